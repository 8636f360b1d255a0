//! The timeline of the bundled corpus, as a snapshot: its lanes by organisation and by speaker, every item
//! with its days, the month list and a fitted frame's axis and layout. Run with UPDATE_EXPECT=1 to accept a
//! deliberate change, then read the diff.

use std::fmt::Write as _;

use expect_test::expect_file;
use quoteline::analysis::{analyze, Analysis};
use quoteline::bundled::bundled_corpus;
use quoteline::corpus::Corpus;
use quoteline::timeline::{
    axis, date_of, AxisConfig, ItemCatalogue, ItemTarget, LaneBy, LayoutConfig, Timeline, Viewport,
};

fn describe(corpus: &Corpus, analysis: &Analysis, timeline: &Timeline, out: &mut String) {
    let name = |target: ItemTarget| match target {
        ItemTarget::Document(position) => {
            format!("document {}", corpus.documents[position as usize].id)
        }
        ItemTarget::Quote(index) => format!("quote {}", analysis.quotes[index as usize].id(corpus)),
        ItemTarget::Event(index) => format!("event {}", corpus.events[index as usize].title),
    };
    for lane in timeline.lanes() {
        let _ = writeln!(
            out,
            "lane {} \"{}\" ({} items)",
            lane.key,
            lane.label,
            lane.count()
        );
        for item in &timeline.items()[lane.items.start as usize..lane.items.end as usize] {
            let _ = writeln!(
                out,
                "  {}..={} {}",
                date_of(item.first_day),
                date_of(item.last_day),
                name(item.target)
            );
        }
    }
    let undated = timeline.undated();
    let _ = writeln!(
        out,
        "undated: {} documents, {} quotes",
        undated.documents, undated.quotes
    );
}

#[test]
fn the_bundled_corpus_timeline() {
    let (corpus, _) = bundled_corpus();
    let analysis = analyze(&corpus);
    let catalogue = ItemCatalogue::new(&corpus, &analysis);
    let documents = || 0..corpus.documents.len() as u32;
    let quotes = || 0..analysis.quotes.len() as u32;
    let mut out = String::new();
    for lane_by in [LaneBy::Organisation, LaneBy::Speaker] {
        let timeline = Timeline::build(&catalogue, &analysis, lane_by, documents(), quotes());
        let _ = writeln!(out, "# by {lane_by:?}");
        describe(&corpus, &analysis, &timeline, &mut out);
    }

    let timeline = Timeline::build(
        &catalogue,
        &analysis,
        LaneBy::Organisation,
        documents(),
        quotes(),
    );
    let _ = writeln!(out, "# months");
    for month in timeline.months() {
        let _ = writeln!(out, "{}: {}", month.label, month.count());
    }
    let span = timeline.span().expect("the bundled corpus is dated");
    let viewport = Viewport::fit(span, 960.0);
    let _ = writeln!(
        out,
        "# fitted to {}..={} at 960 px",
        date_of(span.first),
        date_of(span.last)
    );
    let ticks = axis(&viewport, &AxisConfig::default());
    let labels: Vec<&str> = ticks
        .ticks
        .iter()
        .filter_map(|tick| tick.label.as_deref())
        .collect();
    let _ = writeln!(out, "axis {:?}: {}", ticks.unit, labels.join(", "));
    for lane in timeline.layout(
        &viewport,
        0..timeline.lanes().len(),
        &LayoutConfig::default(),
    ) {
        let _ = writeln!(
            out,
            "lane {}: {} marks, clusters of {:?}",
            lane.lane,
            lane.marks.len(),
            lane.clusters
                .iter()
                .map(|cluster| cluster.count)
                .collect::<Vec<_>>()
        );
    }
    expect_file!["snapshots/bundled_timeline.txt"].assert_eq(&out);
}
