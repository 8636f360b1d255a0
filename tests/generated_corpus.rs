//! Accuracy on generated corpora, measured against the generator's ground truth: a regression check on
//! hundreds of documents in every quoting convention the generator writes. The generator was written
//! apart from the analysis, so this measures it rather than echoing it; the floors below sit just under
//! what it reaches today (see README) and are there to catch a regression.

use std::collections::HashMap;

use quoteline::analysis::{analyze, name_key};
use quoteline::corpus::read_folder;
use quoteline::generate::{generate, GeneratorConfig, QuoteTruth};

struct Accuracy {
    quotes: usize,
    found: usize,
    attributed: usize,
    figures: usize,
    figures_found: usize,
    figures_attributed: usize,
    /// Statement matches the analysis reports, and those whose quotes are all one repeated statement.
    matches: usize,
    matches_right: usize,
    /// Pairs of documents quoting one repeated statement, and those the right matches connect.
    statement_pairs: usize,
    statement_pairs_linked: usize,
}

/// Lower-case words of letters and digits, space-separated: what two versions of the same words share.
fn comparable_words(text: &str) -> String {
    let kept: String = text
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else if c == ',' || c == '’' || c == '\'' {
                '\0'
            } else {
                ' '
            }
        })
        .filter(|&c| c != '\0')
        .collect();
    format!(
        " {} ",
        kept.split_whitespace().collect::<Vec<_>>().join(" ")
    )
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
        matches: 0,
        matches_right: 0,
        statement_pairs: 0,
        statement_pairs_linked: 0,
    };
    // What the truth says of each quote the analysis found whole.
    let mut truth_of: HashMap<String, &QuoteTruth> = HashMap::new();
    for truth in &generated.truth.documents {
        let position = corpus
            .documents
            .iter()
            .position(|document| document.file == truth.file)
            .unwrap();
        let document = &corpus.documents[position];
        for expected in &truth.quotes {
            accuracy.quotes += 1;
            let found = analysis.quotes.iter().find(|quote| {
                quote.document as usize == position
                    && quote
                        .parts
                        .iter()
                        .map(|part| &document.text[part.range()])
                        .eq(expected.parts.iter().map(String::as_str))
            });
            if let Some(quote) = found {
                accuracy.found += 1;
                truth_of.insert(quote.id(&corpus), expected);
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
                figure.document as usize == position
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
    // A match is right when all its quotes are uses of one repeated statement; the documents the right
    // matches connect (directly or through a third) are the statement's sources the analysis links.
    let document_of: HashMap<String, &str> = analysis
        .quotes
        .iter()
        .map(|quote| {
            let file = corpus.documents[quote.document as usize].file.as_str();
            (quote.id(&corpus), file)
        })
        .collect();
    let mut components: HashMap<(usize, &str), (usize, &str)> = HashMap::new();
    fn root<'a>(
        components: &HashMap<(usize, &'a str), (usize, &'a str)>,
        mut node: (usize, &'a str),
    ) -> (usize, &'a str) {
        while let Some(&parent) = components.get(&node) {
            if parent == node {
                break;
            }
            node = parent;
        }
        node
    }
    for found in &analysis.matches {
        accuracy.matches += 1;
        let Some(truths) = found
            .quotes
            .iter()
            .map(|id| truth_of.get(id.as_str()).copied())
            .collect::<Option<Vec<&QuoteTruth>>>()
        else {
            if std::env::var_os("QUOTELINE_SHOW_WRONG_MATCHES").is_some() {
                eprintln!("match of a quote not found whole: {:?}", found.quotes);
            }
            continue;
        };
        let statement = truths[0].statement;
        let one_statement =
            statement.is_some() && truths.iter().all(|truth| truth.statement == statement);
        // The generator reuses stock phrases in statements it does not mark as repeated: the same
        // speaker's same words in two sources are one statement too.
        let words = |truth: &QuoteTruth| comparable_words(&truth.parts.join(" "));
        let whole = words(truths[0]);
        let same_words = truths[1..].iter().all(|truth| {
            name_key(&truth.speaker) == name_key(&truths[0].speaker)
                && whole.contains(&words(truth))
        });
        if !(one_statement || same_words) {
            if std::env::var_os("QUOTELINE_SHOW_WRONG_MATCHES").is_some() {
                eprintln!("wrong match: {found:?}");
            }
            continue;
        }
        accuracy.matches_right += 1;
        let Some(statement) = statement else {
            continue;
        };
        let first = root(
            &components,
            (statement, document_of[found.quotes[0].as_str()]),
        );
        for id in &found.quotes[1..] {
            let other = root(&components, (statement, document_of[id.as_str()]));
            if other != first {
                components.insert(other, first);
            }
        }
    }
    for (statement, group) in generated.truth.repeated_statements.iter().enumerate() {
        let files: Vec<&str> = group.uses.iter().map(|used| used.file.as_str()).collect();
        for (position, a) in files.iter().enumerate() {
            for b in &files[position + 1..] {
                accuracy.statement_pairs += 1;
                if root(&components, (statement, a)) == root(&components, (statement, b)) {
                    accuracy.statement_pairs_linked += 1;
                } else if std::env::var_os("QUOTELINE_SHOW_UNLINKED").is_some() {
                    eprintln!("unlinked statement {statement}: {a} and {b}");
                    for file in [a, b] {
                        let truth = generated
                            .truth
                            .documents
                            .iter()
                            .find(|d| d.file == *file)
                            .unwrap();
                        for q in truth
                            .quotes
                            .iter()
                            .filter(|q| q.statement == Some(statement))
                        {
                            let whole = truth_of.values().any(|t| std::ptr::eq(*t, q));
                            eprintln!("  {file} found={whole} {:?}", q.parts);
                        }
                    }
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
        "quotes {}/{} found, {}/{} attributed; figures {}/{} found, {}/{} attributed; \
         statement matches {}/{} right, {}/{} pairs of sources linked",
        accuracy.found,
        accuracy.quotes,
        accuracy.attributed,
        accuracy.quotes,
        accuracy.figures_found,
        accuracy.figures,
        accuracy.figures_attributed,
        accuracy.figures,
        accuracy.matches_right,
        accuracy.matches,
        accuracy.statement_pairs_linked,
        accuracy.statement_pairs
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
    assert!(
        accuracy.statement_pairs > 20,
        "the generator should repeat statements across sources: {report}"
    );
    assert!(
        share(accuracy.matches_right, accuracy.matches) >= 0.9,
        "{report}"
    );
    assert!(
        share(accuracy.statement_pairs_linked, accuracy.statement_pairs) >= 0.95,
        "{report}"
    );
}
