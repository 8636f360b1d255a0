//! Accuracy on generated corpora, measured against the generator's ground truth: a regression check on
//! hundreds of documents in every quoting convention the generator writes. The generator was written
//! apart from the analysis, so this measures it rather than echoing it; the floors below sit just under
//! what it reaches today (see README) and are there to catch a regression.

use quoteline::analysis::{analyze, name_key};
use quoteline::corpus::read_folder;
use quoteline::generate::{generate, GeneratorConfig};

struct Accuracy {
    quotes: usize,
    found: usize,
    attributed: usize,
    figures: usize,
    figures_found: usize,
    figures_attributed: usize,
}

fn measure(documents: usize, seed: u64) -> Accuracy {
    let generated = generate(&GeneratorConfig { documents, seed });
    let (_, corpus, _) = read_folder(&generated.sources());
    let analysis = analyze(&corpus);
    let mut accuracy = Accuracy {
        quotes: 0,
        found: 0,
        attributed: 0,
        figures: 0,
        figures_found: 0,
        figures_attributed: 0,
    };
    for truth in &generated.truth.documents {
        let document = corpus
            .documents
            .iter()
            .find(|document| document.file == truth.file)
            .unwrap();
        for expected in &truth.quotes {
            accuracy.quotes += 1;
            let found = analysis.quotes.iter().find(|quote| {
                quote.document == document.id.as_str()
                    && quote
                        .parts
                        .iter()
                        .map(|part| &document.text[part.range()])
                        .eq(expected.parts.iter().map(String::as_str))
            });
            if let Some(quote) = found {
                accuracy.found += 1;
                let speaker = analysis.speaker_of(quote);
                if speaker
                    .is_some_and(|speaker| name_key(&speaker.name) == name_key(&expected.speaker))
                {
                    accuracy.attributed += 1;
                }
            }
        }
        for expected in &truth.figures {
            accuracy.figures += 1;
            let found = analysis.figures.iter().find(|figure| {
                figure.document == document.id.as_str()
                    && document.text[figure.mention.range()].contains(&expected.text)
            });
            if let Some(figure) = found {
                accuracy.figures_found += 1;
                let speaker = figure
                    .speaker
                    .map(|index| name_key(&analysis.speakers[index].name));
                if speaker == expected.speaker.as_deref().map(name_key) {
                    accuracy.figures_attributed += 1;
                }
            }
        }
    }
    accuracy
}

#[test]
fn quotes_speakers_and_figures_of_generated_documents_are_found() {
    let accuracy = measure(300, 2024);
    let share = |part: usize, whole: usize| part as f64 / whole.max(1) as f64;
    let report = format!(
        "quotes {}/{} found, {}/{} attributed; figures {}/{} found, {}/{} attributed",
        accuracy.found,
        accuracy.quotes,
        accuracy.attributed,
        accuracy.quotes,
        accuracy.figures_found,
        accuracy.figures,
        accuracy.figures_attributed,
        accuracy.figures
    );
    println!("{report}");
    assert!(
        accuracy.quotes > 1500,
        "the generator should write many quotes: {report}"
    );
    assert!(share(accuracy.found, accuracy.quotes) >= 0.99, "{report}");
    assert!(
        share(accuracy.attributed, accuracy.quotes) >= 0.85,
        "{report}"
    );
    assert!(
        share(accuracy.figures_found, accuracy.figures) >= 0.99,
        "{report}"
    );
    assert!(
        share(accuracy.figures_attributed, accuracy.figures) >= 0.83,
        "{report}"
    );
}
