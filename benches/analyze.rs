//! Analysis speed on generated corpora: reading 10,000 documents into a corpus and analysing them
//! (quotes, attribution, figures, provenance), the bundled corpus as the app does at start-up, and one
//! long document at two lengths.
//! Run with `cargo bench --bench analyze`; results are kept in docs/benchmarks/analysis.md.

// The allocator the command line uses, so that the benchmark measures what `quoteline analyze` does.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

// Criterion runs natively only; the wasm32 build of the benches (for clippy) is an empty program.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{BatchSize, Criterion};
    use quoteline::analysis::{
        analyze, attribute_document, find_figures, match_statements, AcronymTable, SpeakerRegistry,
    };
    use quoteline::bundled::bundled_corpus;
    use quoteline::corpus::{read_folder, SourceFile};
    use quoteline::generate::{generate, GeneratorConfig};

    pub fn analyse_generated(c: &mut Criterion) {
        let documents = 10_000;
        let generated = generate(&GeneratorConfig {
            documents,
            seed: 2024,
        });
        let sources = generated.sources();
        let words: usize = generated
            .files
            .iter()
            .map(|file| file.text.split_whitespace().count())
            .sum();
        let (_, corpus, _) = read_folder(&sources);
        // A benchmark that silently did nothing would be fast: check what it works on.
        assert_eq!(corpus.documents.len(), documents);
        let quotes = analyze(&corpus).quotes.len();
        assert!(quotes > 50_000, "only {quotes} quotes");
        eprintln!("corpus: {documents} documents, {words} words, {quotes} quotes");

        let mut group = c.benchmark_group("10k generated documents");
        group.sample_size(10);
        group.bench_function("read folder (ingestion and layout)", |b| {
            b.iter(|| read_folder(&sources))
        });
        group.bench_function("analyze (quotes, speakers, figures, provenance)", |b| {
            b.iter_batched(
                || corpus.clone(),
                |corpus| analyze(&corpus),
                BatchSize::LargeInput,
            )
        });
        group.finish();

        // The stages of `analyze` on their own, to see where its time goes.
        let mut acronyms = AcronymTable::default();
        for document in &corpus.documents {
            for paragraph in document.paragraphs.iter().filter(|p| p.role.is_story()) {
                acronyms.learn_from(paragraph.text(&document.text));
            }
            if let Some(publisher) = &document.publisher {
                acronyms.learn_from(publisher);
            }
        }
        let attribute = |acronyms: AcronymTable| {
            let mut registry = SpeakerRegistry::new(acronyms);
            let quotes: Vec<_> = corpus
                .documents
                .iter()
                .enumerate()
                .flat_map(|(position, document)| {
                    attribute_document(position as u32, document, &mut registry).quotes
                })
                .collect();
            (quotes, registry.into_speakers())
        };
        let (quotes, speakers) = attribute(acronyms.clone());
        let mut group = c.benchmark_group("10k generated documents, by stage");
        group.sample_size(10);
        group.bench_function("attribution (quotes and speakers)", |b| {
            b.iter_batched(|| acronyms.clone(), attribute, BatchSize::LargeInput)
        });
        group.bench_function("provenance (statements across documents)", |b| {
            b.iter(|| match_statements(&corpus, &quotes, &speakers))
        });
        group.bench_function("figures", |b| {
            b.iter(|| {
                corpus
                    .documents
                    .iter()
                    .flat_map(|document| {
                        document
                            .paragraphs
                            .iter()
                            .filter(|paragraph| paragraph.role.is_story())
                            .map(|paragraph| find_figures(paragraph.text(&document.text)).len())
                    })
                    .sum::<usize>()
            })
        });
        group.finish();
    }

    pub fn analyse_bundled(c: &mut Criterion) {
        let (corpus, _) = bundled_corpus();
        assert!(!analyze(&corpus).quotes.is_empty());
        c.bench_function("bundled corpus: assemble and analyze", |b| {
            b.iter(|| {
                let (corpus, _) = bundled_corpus();
                analyze(&corpus)
            })
        });
    }

    /// One long document (a report, a transcript, a reader's own file) at two lengths: its time should
    /// grow with its length, not faster (looking things up by scanning the document or its quotes once
    /// per quote made 1 MB take 8 times as long as 300 kB).
    pub fn analyse_long_document(c: &mut Criterion) {
        let generated = generate(&GeneratorConfig {
            documents: 3_000,
            seed: 2025,
        });
        let mut group = c.benchmark_group("one long document");
        group.sample_size(10);
        for length in [256_000, 1_024_000] {
            let mut text = String::new();
            for file in &generated.files {
                if text.len() >= length {
                    break;
                }
                text.push_str(&file.text);
                text.push_str("\n\n");
            }
            let source = [SourceFile {
                name: "long.txt",
                bytes: text.as_bytes(),
            }];
            let (_, corpus, _) = read_folder(&source);
            let quotes = analyze(&corpus).quotes.len();
            assert!(
                quotes > length / 2_000,
                "only {quotes} quotes in {length} bytes"
            );
            eprintln!("long document: {} bytes, {quotes} quotes", text.len());
            group.bench_function(format!("analyze, {} kB", length / 1_000), |b| {
                b.iter(|| analyze(&corpus))
            });
        }
        group.finish();
    }

    criterion::criterion_group!(
        benches,
        analyse_bundled,
        analyse_generated,
        analyse_long_document
    );
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
