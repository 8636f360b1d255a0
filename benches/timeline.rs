//! Timeline speed on 10,000 generated documents: building the timeline from every document and quote
//! (what a new set of search results costs), and one frame — the axis and the layout of every lane — at
//! the zooms a reader uses: the whole span, a year, a month, a week. A frame must leave most of its 16 ms
//! to the browser's drawing. Run with `cargo bench --bench timeline`.

#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;

    use criterion::Criterion;
    use quoteline::analysis::analyze;
    use quoteline::corpus::read_folder;
    use quoteline::generate::{generate, GeneratorConfig};
    use quoteline::timeline::{
        axis, AxisConfig, ItemCatalogue, LaneBy, LayoutConfig, Timeline, Viewport,
    };

    /// The plot's width in pixels: a laptop's window less the side panel.
    const WIDTH: f64 = 1200.0;

    pub fn timeline_generated(c: &mut Criterion) {
        let generated = generate(&GeneratorConfig {
            documents: 10_000,
            seed: 2024,
        });
        let (_, corpus, _) = read_folder(&generated.sources());
        let analysis = analyze(&corpus);
        let catalogue = ItemCatalogue::new(&corpus, &analysis);
        let documents = 0..corpus.documents.len() as u32;
        let quotes = 0..analysis.quotes.len() as u32;
        let build = |lane_by| {
            Timeline::build(
                &catalogue,
                &analysis,
                lane_by,
                documents.clone(),
                quotes.clone(),
            )
        };
        let timeline = build(LaneBy::Organisation);
        let placed = timeline.items().len() + timeline.undated().total() as usize;
        // Every document, quote and event is placed or counted undated: a build that dropped some would
        // measure less work.
        assert_eq!(
            placed,
            corpus.documents.len() + analysis.quotes.len() + corpus.events.len()
        );
        let span = timeline.span().expect("the generated corpus is dated");
        eprintln!(
            "corpus: {} documents, {} quotes, {} events; timeline: {} items in {} lanes ({} by speaker), {} undated, {} days",
            corpus.documents.len(),
            analysis.quotes.len(),
            corpus.events.len(),
            timeline.items().len(),
            timeline.lanes().len(),
            build(LaneBy::Speaker).lanes().len(),
            timeline.undated().total(),
            span.days()
        );

        let mut group = c.benchmark_group("10k generated documents, timeline");
        group.bench_function("catalogue (once per corpus)", |b| {
            b.iter(|| ItemCatalogue::new(&corpus, &analysis))
        });
        group.bench_function("build by organisation", |b| {
            b.iter(|| build(LaneBy::Organisation).items().len())
        });
        group.bench_function("build by speaker", |b| {
            b.iter(|| build(LaneBy::Speaker).items().len())
        });

        let whole = Viewport::fit(span, WIDTH);
        // Zoomed around the middle of the data, where it is densest.
        let middle = WIDTH / 2.0;
        let zooms = [
            ("whole span", whole),
            ("one year", zoom_to(&whole, 365.0, middle, span)),
            ("one month", zoom_to(&whole, 30.0, middle, span)),
            ("one week", zoom_to(&whole, 7.0, middle, span)),
        ];
        let layout_config = LayoutConfig::default();
        let axis_config = AxisConfig::default();
        let all_lanes = 0..timeline.lanes().len();
        for (name, viewport) in &zooms {
            let layout = timeline.layout(viewport, all_lanes.clone(), &layout_config);
            let drawn: u32 = layout.iter().map(|lane| lane.count()).sum();
            let marks: usize = layout.iter().map(|lane| lane.marks.len()).sum();
            let clusters: usize = layout.iter().map(|lane| lane.clusters.len()).sum();
            eprintln!(
                "{name}: {:.0} days, {drawn} items drawn as {marks} marks and {clusters} clusters, {} ticks",
                viewport.visible_days(),
                axis(viewport, &axis_config).ticks.len()
            );
            assert!(drawn > 0, "the {name} frame draws nothing");
            // The renderer lays out the lanes on screen: the first (and fullest) forty, or every one of
            // the thousands, which no screen shows at once, as an upper bound.
            for (lanes_name, lanes) in [
                ("40 lanes on screen", 0..40),
                ("every lane", all_lanes.clone()),
            ] {
                group.bench_function(format!("frame: {name}, {lanes_name}"), |b| {
                    b.iter(|| {
                        let ticks = axis(black_box(viewport), &axis_config);
                        let layout = timeline.layout(viewport, lanes.clone(), &layout_config);
                        (ticks.ticks.len(), layout.len())
                    })
                });
            }
        }
        group.finish();
    }

    fn zoom_to(
        whole: &Viewport,
        days: f64,
        anchor_x: f64,
        span: quoteline::timeline::DaySpan,
    ) -> Viewport {
        whole.zoomed(whole.visible_days() / days, anchor_x, span)
    }

    criterion::criterion_group!(benches, timeline_generated);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
