//! Data-driven analysis tests: every `tests/fixtures/analysis/NAME.txt` (or `.md`) is analysed and
//! compared with `NAME.expected.toml`, written by hand: the title, author, date and boilerplate; every
//! quote in order with its kind, speaker and cue; the speakers with their roles; the figures.
//! Every difference is written, with totals, to `tests/snapshots/fixture_gaps.txt`: the list of what the
//! analysis does not yet get right. A change in either direction fails the test, so a regression is caught
//! and an improvement is recorded (accept it with UPDATE_EXPECT=1 after reading the diff).

use std::fs;
use std::path::{Path, PathBuf};

use quoteline::analysis::{analyze, name_key, Analysis, AnalysisReport};
use quoteline::corpus::{read_folder, Corpus, SourceFile};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Expected {
    #[serde(default)]
    document: ExpectedDocument,
    #[serde(default, rename = "speaker")]
    speakers: Vec<ExpectedSpeaker>,
    #[serde(default, rename = "quote")]
    quotes: Vec<ExpectedQuote>,
    #[serde(default, rename = "figure")]
    figures: Vec<ExpectedFigure>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ExpectedDocument {
    title: Option<String>,
    author: Option<String>,
    published: Option<String>,
    #[serde(default)]
    boilerplate: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedSpeaker {
    name: String,
    kind: String,
    role: Option<String>,
    organisation: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedQuote {
    text: Option<String>,
    parts: Option<Vec<String>>,
    kind: String,
    speaker: Option<String>,
    /// The words describing a source the story does not name, shown instead of a speaker.
    described: Option<String>,
    cue: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedFigure {
    text: String,
    value: f64,
    speaker: Option<String>,
    /// The words describing an unnamed claimant ("a recent poll of Indiana voters").
    described: Option<String>,
}

fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/analysis")
}

fn read_single(path: &Path) -> Corpus {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let bytes = fs::read(path).unwrap();
    let (_, corpus, _) = read_folder(&[SourceFile {
        name: &name,
        bytes: &bytes,
    }]);
    corpus
}

/// Names match when they are one speaker's: case, apostrophes and "the" set aside.
fn same_name(analysis: &Analysis, found: Option<usize>, expected: Option<&str>) -> bool {
    match (found.map(|index| &analysis.speakers[index]), expected) {
        (None, None) => true,
        (Some(speaker), Some(expected)) => {
            let key = name_key(expected);
            name_key(&speaker.name) == key
                || speaker.aliases.iter().any(|alias| name_key(alias) == key)
        }
        _ => false,
    }
}

/// How much of the expectations the analysis met.
#[derive(Default)]
struct Tally {
    quotes: usize,
    quotes_found: usize,
    quotes_attributed: usize,
    figures: usize,
    figures_found: usize,
    figures_attributed: usize,
}

fn check_fixture(text_path: &Path, expected: &Expected, tally: &mut Tally) -> Vec<String> {
    let mut problems = Vec::new();
    let corpus = read_single(text_path);
    let Some(document) = corpus.documents.first() else {
        return vec!["the fixture was not read as a document".to_owned()];
    };
    let analysis = analyze(&corpus);

    let title_from_text = document.title_origin == quoteline::corpus::TitleOrigin::Text;
    if expected.document.title.as_deref() != title_from_text.then_some(document.title.as_str()) {
        problems.push(format!(
            "title: expected {:?}, found {:?} ({:?})",
            expected.document.title, document.title, document.title_origin
        ));
    }
    if expected.document.author != document.author {
        problems.push(format!(
            "author: expected {:?}, found {:?}",
            expected.document.author, document.author
        ));
    }
    let published = document.published.map(|date| date.to_string());
    if expected.document.published != published {
        problems.push(format!(
            "published: expected {:?}, found {:?}",
            expected.document.published, published
        ));
    }
    let boilerplate: Vec<&str> = document
        .boilerplate_paragraphs()
        .map(|(_, paragraph)| paragraph.text(&document.text))
        .collect();
    if expected.document.boilerplate != boilerplate {
        problems.push(format!(
            "boilerplate: expected {:?}, found {:?}",
            expected.document.boilerplate, boilerplate
        ));
    }

    let found: Vec<&quoteline::analysis::Quote> = analysis.quotes.iter().collect();
    let describe = |quote: &quoteline::analysis::Quote| {
        let parts: Vec<&str> = quote
            .parts
            .iter()
            .map(|part| &document.text[part.range()])
            .collect();
        let speaker = match (quote.speaker, quote.described_source(&document.text)) {
            (Some(index), _) => analysis.speakers[index].name.clone(),
            (None, Some(described)) => format!("({described})"),
            (None, None) => "-".to_owned(),
        };
        format!(
            "{parts:?} {} by {speaker} cue {:?}",
            quote.kind.id(),
            quote.cue
        )
    };
    for (index, expected_quote) in expected.quotes.iter().enumerate() {
        let expected_parts: Vec<String> = match (&expected_quote.text, &expected_quote.parts) {
            (Some(text), _) => vec![text.clone()],
            (None, Some(parts)) => parts.clone(),
            (None, None) => vec![],
        };
        // The same words quoted twice (a headline and its story) are told apart by order.
        let occurrence = expected.quotes[..index]
            .iter()
            .filter(|earlier| {
                earlier
                    .text
                    .as_ref()
                    .map(|text| vec![text.clone()])
                    .as_ref()
                    == Some(&expected_parts)
                    || earlier.parts.as_ref() == Some(&expected_parts)
            })
            .count();
        let Some(quote) = found
            .iter()
            .filter(|quote| {
                let parts: Vec<&str> = quote
                    .parts
                    .iter()
                    .map(|part| &document.text[part.range()])
                    .collect();
                parts == expected_parts
            })
            .nth(occurrence)
        else {
            problems.push(format!(
                "quote {}: not found: {expected_parts:?}",
                index + 1
            ));
            tally.quotes += 1;
            continue;
        };
        tally.quotes += 1;
        tally.quotes_found += 1;
        if same_name(&analysis, quote.speaker, expected_quote.speaker.as_deref()) {
            tally.quotes_attributed += 1;
        }
        if quote.kind.id() != expected_quote.kind {
            problems.push(format!(
                "quote {}: kind {} expected, found {}",
                index + 1,
                expected_quote.kind,
                describe(quote)
            ));
        }
        if !same_name(&analysis, quote.speaker, expected_quote.speaker.as_deref()) {
            problems.push(format!(
                "quote {}: speaker {:?} expected, found {}",
                index + 1,
                expected_quote.speaker,
                describe(quote)
            ));
        }
        let described = quote.described_source(&document.text);
        if described != expected_quote.described.as_deref() {
            problems.push(format!(
                "quote {}: described as {:?} expected, found {}",
                index + 1,
                expected_quote.described,
                describe(quote)
            ));
        }
        if expected_quote.cue.is_some() && quote.cue.as_deref() != expected_quote.cue.as_deref() {
            problems.push(format!(
                "quote {}: cue {:?} expected, found {}",
                index + 1,
                expected_quote.cue,
                describe(quote)
            ));
        }
    }
    if found.len() > expected.quotes.len() {
        for quote in &found {
            let parts: Vec<&str> = quote
                .parts
                .iter()
                .map(|part| &document.text[part.range()])
                .collect();
            let expected_somewhere = expected.quotes.iter().any(|expected_quote| {
                expected_quote.text.as_ref().map(|text| vec![text.as_str()]) == Some(parts.clone())
                    || expected_quote
                        .parts
                        .as_ref()
                        .map(|p| p.iter().map(String::as_str).collect::<Vec<_>>())
                        == Some(parts.clone())
            });
            if !expected_somewhere {
                problems.push(format!("unexpected quote: {}", describe(quote)));
            }
        }
    }

    for expected_speaker in &expected.speakers {
        let key = name_key(&expected_speaker.name);
        let Some(speaker) = analysis
            .speakers
            .iter()
            .find(|speaker| name_key(&speaker.name) == key)
        else {
            problems.push(format!("speaker {:?} not found", expected_speaker.name));
            continue;
        };
        if speaker.kind.id() != expected_speaker.kind {
            problems.push(format!(
                "speaker {:?}: kind {} expected, found {}",
                speaker.name,
                expected_speaker.kind,
                speaker.kind.id()
            ));
        }
        if expected_speaker.role.as_deref().map(str::to_lowercase)
            != speaker.role.as_deref().map(str::to_lowercase)
        {
            problems.push(format!(
                "speaker {:?}: role {:?} expected, found {:?}",
                speaker.name, expected_speaker.role, speaker.role
            ));
        }
        if expected_speaker.organisation.as_deref().map(name_key)
            != speaker.organisation.as_deref().map(name_key)
        {
            problems.push(format!(
                "speaker {:?}: organisation {:?} expected, found {:?}",
                speaker.name, expected_speaker.organisation, speaker.organisation
            ));
        }
        for alias in &expected_speaker.aliases {
            if !speaker
                .aliases
                .iter()
                .any(|known| name_key(known) == name_key(alias))
            {
                problems.push(format!(
                    "speaker {:?}: alias {alias:?} expected, found {:?}",
                    speaker.name, speaker.aliases
                ));
            }
        }
    }

    let report = AnalysisReport::new(&corpus, &analysis);
    for (index, expected_figure) in expected.figures.iter().enumerate() {
        // The same figure written twice (a headline and its story) is told apart by order.
        let occurrence = expected.figures[..index]
            .iter()
            .filter(|earlier| earlier.text == expected_figure.text)
            .count();
        // "6" is the figure "6 months", not "26 years": the expected text starts the figure's words.
        let found = report.figures.iter().filter(|figure| {
            let starts_it = figure.text.find(&expected_figure.text).is_some_and(|at| {
                let before = figure.text[..at].chars().next_back();
                let after = figure.text[at + expected_figure.text.len()..]
                    .chars()
                    .next();
                before.is_none_or(|c| c.is_whitespace() || c == '(')
                    && !after.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',')
            });
            starts_it || expected_figure.text.contains(&figure.text)
        });
        let found = found
            .clone()
            .nth(occurrence)
            .or_else(|| found.clone().next_back());
        match found {
            None => {
                tally.figures += 1;
                problems.push(format!("figure {:?} not found", expected_figure.text));
            }
            Some(figure) => {
                tally.figures += 1;
                tally.figures_found += 1;
                if (figure.value - expected_figure.value).abs()
                    > 1e-6 * expected_figure.value.abs().max(1.0)
                {
                    problems.push(format!(
                        "figure {:?}: value {} expected, found {}",
                        expected_figure.text, expected_figure.value, figure.value
                    ));
                }
                let speaker_name = figure.speaker.as_ref().and_then(|id| {
                    analysis
                        .speakers
                        .iter()
                        .position(|speaker| &speaker.id == id)
                });
                if same_name(&analysis, speaker_name, expected_figure.speaker.as_deref()) {
                    tally.figures_attributed += 1;
                } else {
                    problems.push(format!(
                        "figure {:?}: speaker {:?} expected, found {:?}",
                        expected_figure.text, expected_figure.speaker, figure.speaker
                    ));
                }
                // A figure expected with a named claimant and found with a described one is one fault,
                // already named by the speaker line above.
                if expected_figure.speaker.is_none()
                    && figure.described != expected_figure.described
                {
                    problems.push(format!(
                        "figure {:?}: claimant described as {:?} expected, found {:?}",
                        expected_figure.text, expected_figure.described, figure.described
                    ));
                }
            }
        }
    }
    for figure in &report.figures {
        let expected_somewhere = expected.figures.iter().any(|expected_figure| {
            figure.text.contains(&expected_figure.text)
                || expected_figure.text.contains(&figure.text)
        });
        if !expected_somewhere {
            problems.push(format!(
                "unexpected figure {:?} ({})",
                figure.text, figure.value
            ));
        }
    }
    problems
}

#[test]
fn every_fixture_is_analysed_as_its_expectations_say_or_its_gap_is_recorded() {
    let mut fixtures: Vec<PathBuf> = fs::read_dir(fixtures_dir())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            matches!(
                path.extension().and_then(|extension| extension.to_str()),
                Some("txt" | "md")
            )
        })
        // A fixture is a text with its expectations beside it (the folder's README is not one).
        .filter(|path| path.with_extension("expected.toml").exists())
        .collect();
    fixtures.sort();
    assert!(fixtures.len() >= 20, "the fixtures are missing");
    let mut gaps = String::new();
    let mut exact = 0;
    let mut tally = Tally::default();
    for text_path in &fixtures {
        let expected_path = text_path.with_extension("expected.toml");
        let expected: Expected = toml::from_str(&fs::read_to_string(&expected_path).unwrap())
            .unwrap_or_else(|error| panic!("{}: {error}", expected_path.display()));
        let problems = check_fixture(text_path, &expected, &mut tally);
        if problems.is_empty() {
            exact += 1;
            continue;
        }
        gaps.push_str(&format!(
            "\n{}:\n",
            text_path.file_name().unwrap().to_string_lossy()
        ));
        for problem in problems {
            gaps.push_str(&format!("  - {problem}\n"));
        }
    }
    let summary = format!(
        "Known gaps between the analysis and tests/fixtures/analysis (see tests/analysis_fixtures.rs).\n\
         fixtures met in full: {exact} of {}\n\
         quotes found whole: {} of {}; with the expected speaker: {}\n\
         figures found: {} of {}; with the expected speaker: {}\n",
        fixtures.len(),
        tally.quotes_found,
        tally.quotes,
        tally.quotes_attributed,
        tally.figures_found,
        tally.figures,
        tally.figures_attributed,
    );
    expect_test::expect_file!["snapshots/fixture_gaps.txt"].assert_eq(&format!("{summary}{gaps}"));
}
