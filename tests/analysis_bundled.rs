//! The full analysis of the bundled corpus, as a snapshot: every quote with its speaker, every speaker,
//! every cross-source match. Run with UPDATE_EXPECT=1 to accept a deliberate change, then read the diff.

use std::fmt::Write as _;

use expect_test::expect_file;
use quoteline::analysis::analyze;
use quoteline::bundled::bundled_corpus;

#[test]
fn the_bundled_corpus_analysis() {
    let (corpus, _) = bundled_corpus();
    let analysis = analyze(&corpus);
    let mut out = String::new();
    for document in &corpus.documents {
        let _ = writeln!(
            out,
            "document {} | {} | author {:?} | published {:?} | {} boilerplate paragraphs",
            document.id,
            document.title,
            document.author,
            document.published.map(|date| date.to_string()),
            document.boilerplate_paragraphs().count()
        );
    }
    for quote in &analysis.quotes {
        let document = &corpus.documents[quote.document as usize];
        let speaker = analysis
            .speaker_of(quote)
            .map_or("-", |speaker| speaker.name.as_str());
        let text = quote.text(&document.text);
        let words: Vec<&str> = text.split_whitespace().collect();
        let shown = if words.len() > 14 {
            format!(
                "{} … {}",
                words[..8].join(" "),
                words[words.len() - 4..].join(" ")
            )
        } else {
            words.join(" ")
        };
        let _ = writeln!(
            out,
            "{} {:?} parts={} speaker={} cue={:?} evidence={:?}\n    {}",
            quote.id(&corpus),
            quote.kind,
            quote.parts.len(),
            speaker,
            quote.cue.as_deref().unwrap_or("-"),
            quote.evidence,
            shown
        );
    }
    for speaker in &analysis.speakers {
        let _ = writeln!(
            out,
            "speaker {} | {} | {:?} | role {:?} | organisation {:?} | aliases {:?}",
            speaker.id,
            speaker.name,
            speaker.kind,
            speaker.role,
            speaker.organisation,
            speaker.aliases
        );
    }
    for figure in &analysis.figures {
        let document = &corpus.documents[figure.document as usize];
        let speaker = figure
            .speaker
            .map_or("-", |index| analysis.speakers[index].name.as_str());
        let quote = figure
            .quote
            .map_or("-".to_owned(), |index| analysis.quotes[index].id(&corpus));
        let _ = writeln!(
            out,
            "figure {} {:?} = {} {:?} per {:?} | speaker {} | quote {}",
            figure.id(&corpus),
            &document.text[figure.mention.range()],
            figure.mention.value,
            figure.mention.unit,
            figure.mention.rate.map(|period| period.name()),
            speaker,
            quote
        );
    }
    for statement in &analysis.matches {
        let changes: Vec<String> = statement
            .diff
            .iter()
            .filter(|segment| segment.op != quoteline::analysis::DiffKind::Equal)
            .map(|segment| format!("{:?} {:?}", segment.op, segment.text))
            .collect();
        let _ = writeln!(
            out,
            "match {:?} {:?} earliest {:?} (certain: {}) changes {:?}",
            statement.relation,
            statement.quotes,
            statement.earliest,
            statement.earliest_is_certain,
            changes
        );
    }
    expect_file!["snapshots/bundled_analysis.txt"].assert_eq(&out);
}

#[test]
fn every_quote_and_figure_of_the_bundled_corpus_has_a_speaker() {
    let (corpus, _) = bundled_corpus();
    let analysis = analyze(&corpus);
    let unattributed: Vec<String> = analysis
        .quotes
        .iter()
        .filter(|quote| quote.speaker.is_none())
        .map(|quote| quote.id(&corpus))
        .collect();
    assert_eq!(unattributed, Vec::<String>::new());
    let figures_without_speaker: Vec<String> = analysis
        .figures
        .iter()
        .filter(|figure| figure.speaker.is_none())
        .map(|figure| figure.id(&corpus))
        .collect();
    assert_eq!(figures_without_speaker, Vec::<String>::new());
}
