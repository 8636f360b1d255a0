//! Search speed on 10,000 generated documents: building the index, and a fixed list of queries typed a
//! character at a time (every prefix of each is a query, as every keystroke is). Run with
//! `cargo bench --bench search`; results are kept in docs/benchmarks/search.md.

#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::Criterion;
    use quoteline::analysis::analyze;
    use quoteline::corpus::read_folder;
    use quoteline::generate::{generate, GeneratorConfig};
    use quoteline::search::{parse_query, search, SearchIndex, Target};

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

    pub fn search_generated(c: &mut Criterion) {
        let documents = 10_000;
        let generated = generate(&GeneratorConfig {
            documents,
            seed: 2024,
        });
        let (_, corpus, _) = read_folder(&generated.sources());
        let analysis = analyze(&corpus);
        let index = SearchIndex::build(&corpus, &analysis);
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
                        .map(|typed| search(&index, &parse_query(typed), Target::Quotes).len())
                        .sum::<usize>()
                })
            });
        }
        group.finish();
    }

    criterion::criterion_group!(benches, search_generated);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
