//! Search speed on 10,000 generated documents: building the index and facets; a fixed list of queries
//! typed a character at a time (every prefix of each is a query, as every keystroke is), each answered as
//! the app answers it (matching, ranking, filtering and counting every facet); and queries meant to hurt.
//! Run with `cargo bench --bench search`; results are kept in docs/benchmarks/search.md.

#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::Criterion;
    use quoteline::analysis::analyze;
    use quoteline::corpus::read_folder;
    use quoteline::generate::{generate, GeneratorConfig};
    use quoteline::search::{
        parse_query, run, search, FacetTable, Request, SearchIndex, Target, MAX_QUERY_BYTES,
    };

    /// What people search a news corpus for: names, topics, a figure, a phrase, an exclusion, a typo.
    pub const QUERIES: &[&str] = &[
        "council",
        "police chief constable",
        "\"per cent\"",
        "housing -council",
        "1,200",
        "hospital waiting",
        "ambulence",
        "minister said",
    ];

    /// Queries no one should type, and some will: each must answer within a keystroke's budget or be cut
    /// with a note.
    fn hostile_queries() -> Vec<(&'static str, String)> {
        vec![
            ("10,000 characters of one word", "a".repeat(10_000)),
            (
                "3,000 terms",
                (0..3_000).map(|n| format!("w{n} ")).collect::<String>(),
            ),
            (
                "unmatched quotation marks",
                "\"council \"said \"the".repeat(40),
            ),
            (
                "regular expression syntax",
                "(.*)+ [a-z]{1,9} ^$ \\d+ | council.* (?i) \\".repeat(20),
            ),
            ("emoji", "🚓🚑 police 👮‍♀️ council 🏥 ".repeat(30)),
            (
                "right-to-left text",
                "الشرطة قالت \u{202E}council\u{202C} המשטרה אמרה ".repeat(30),
            ),
            ("every word a prefix of many", "c a t s o m e ".repeat(60)),
        ]
    }

    pub fn search_generated(c: &mut Criterion) {
        let documents = 10_000;
        let generated = generate(&GeneratorConfig {
            documents,
            seed: 2024,
        });
        let (_, corpus, _) = read_folder(&generated.sources());
        let analysis = analyze(&corpus);
        let index = SearchIndex::build(&corpus, &analysis);
        let facets = FacetTable::build(&corpus, &analysis, &index);
        let answer = |typed: &str| {
            let request = Request {
                query: typed.to_owned(),
                ..Request::default()
            };
            run(&index, &facets, &request)
        };
        let text_bytes: usize = corpus.documents.iter().map(|d| d.text.len()).sum();
        eprintln!(
            "corpus: {documents} documents, {} quotes, {} MB of text; index: {} entries, {} words, {:.1} MB",
            analysis.quotes.len(),
            text_bytes / 1_000_000,
            index.entries().len(),
            index.vocabulary_len(),
            index.heap_bytes() as f64 / 1e6
        );
        // A benchmark that silently found nothing would be fast: check that the queries find things.
        for query in QUERIES {
            let hits = search(&index, &parse_query(query), Target::Quotes).len();
            eprintln!("{query:?}: {hits} quotes");
        }
        assert!(search(&index, &parse_query("council"), Target::Quotes).len() > 1_000);

        let mut group = c.benchmark_group("10k generated documents, search");
        group.sample_size(10);
        group.bench_function("build the index", |b| {
            b.iter(|| SearchIndex::build(&corpus, &analysis))
        });
        group.bench_function("build the facets", |b| {
            b.iter(|| FacetTable::build(&corpus, &analysis, &index))
        });
        group.finish();

        let mut group = c.benchmark_group("10k generated documents, keystrokes");
        for query in QUERIES {
            let keystrokes: Vec<&str> = query
                .char_indices()
                .map(|(at, c)| &query[..at + c.len_utf8()])
                .collect();
            group.bench_function(format!("{query:?}, every keystroke (quotes)"), |b| {
                b.iter(|| {
                    keystrokes
                        .iter()
                        .map(|typed| answer(typed).faceted.hits.len())
                        .sum::<usize>()
                })
            });
        }
        group.finish();

        let mut group = c.benchmark_group("10k generated documents, hostile queries");
        for (name, query) in hostile_queries() {
            // Each is cut to what the app reads (as the address bar cuts it), then answered.
            let mut cut = query.len().min(MAX_QUERY_BYTES);
            while !query.is_char_boundary(cut) {
                cut -= 1;
            }
            let typed = &query[..cut];
            eprintln!(
                "{name}: {} quotes, notes {:?}",
                answer(typed).faceted.hits.len(),
                answer(typed).query.notes
            );
            group.bench_function(name, |b| b.iter(|| answer(typed).faceted.hits.len()));
        }
        group.finish();
    }

    criterion::criterion_group!(benches, search_generated);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
