//! The generator: a deterministic synthetic corpus of scraped news text — documents, their manifest, and
//! the ground truth of every quotation, speaker, figure and piece of page furniture in them — for testing
//! and benchmarking quotation extraction and attribution.
//!
//! Pure like the rest of the core: a config in, file names and texts out; the command line writes them.
//! The same config gives byte-identical output on every platform and in every version, because chance
//! comes from a fixed generator (`random.rs`) and nothing depends on hashing or the clock.
//!
//! The pipeline: stories (a plan in a place, its cast and its lead's statement, `story.rs`) → a plan per
//! document (kind, house, date, how it quotes the statement) → the text written in its house's style
//! (`document.rs`, with `writer.rs`, `quotation.rs` and `page.rs`) → the manifest (`manifest.rs`) and ground truth (`truth.rs`).

mod boilerplate;
mod calendar;
mod document;
mod figure;
mod house;
mod manifest;
mod page;
mod phrasebook;
mod quotation;
mod random;
mod sentence;
mod story;
mod truth;
mod typography;
mod vocabulary;
mod writer;

use crate::corpus::{DocumentKind, MANIFEST_FILE_NAME};

use calendar::Day;
use document::{write_document, DocumentPlan, ShownDate, StatementPlan};
use house::{slug, Publisher};
use manifest::{write_manifest, ManifestEntry, ManifestEvent};
use random::Random;
use story::Story;
use typography::Typography;

pub use figure::FigureUnit;
pub use truth::{
    DocumentTruth, FigureTruth, GroundTruth, QuoteKind, QuoteTruth, RepeatedStatement,
    StatementForm, StatementUse,
};

/// What to generate: how many documents, from which seed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GeneratorConfig {
    pub documents: usize,
    pub seed: u64,
}

/// A file of the generated corpus folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratedFile {
    /// The file's name in the corpus folder: `doc_000001.txt`, or `manifest.toml`.
    pub name: String,
    /// Its contents, UTF-8 (a document may open with a byte-order mark, as some scrapes do).
    pub text: String,
}

#[derive(Clone, Debug)]
pub struct GeneratedCorpus {
    /// The documents in file-name order, then the manifest.
    pub files: Vec<GeneratedFile>,
    pub truth: GroundTruth,
}

impl GeneratedCorpus {
    /// The files as a corpus folder's sources, to read with `corpus::read_folder`.
    pub fn sources(&self) -> Vec<crate::corpus::SourceFile<'_>> {
        self.files
            .iter()
            .map(|file| crate::corpus::SourceFile {
                name: &file.name,
                bytes: file.text.as_bytes(),
            })
            .collect()
    }
}

/// The years the corpus spans.
const FIRST_YEAR: i64 = 2015;
const LAST_YEAR: i64 = 2025;

/// What part a document plays in its story.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    /// The only document about its story.
    Single,
    /// An organisation's release or statement that others then quote.
    Release,
    /// A report quoting a release published shortly before.
    Coverage,
}

#[derive(Clone, Copy, Debug)]
struct Assignment {
    story: usize,
    kind: DocumentKind,
    part: Part,
    /// Days after the story's day that this document appeared.
    delay: i64,
}

pub fn generate(config: &GeneratorConfig) -> GeneratedCorpus {
    let mut random = Random::new(config.seed);
    let outlets: Vec<Publisher> = (0..(config.documents / 40).clamp(4, 300))
        .map(|_| Publisher::outlet(&mut random))
        .collect();

    let first_day = Day::from_date(FIRST_YEAR, 1, 1);
    let span = Day::from_date(LAST_YEAR, 12, 31).days_since(first_day) as u64;
    let mut stories = Vec::new();
    let mut assignments = Vec::with_capacity(config.documents + 2);
    while assignments.len() < config.documents {
        let day = first_day.plus(random.between(0, span) as i64);
        let story_index = stories.len();
        stories.push(Story::new(&mut random.fork(), day));
        if random.percent(12) {
            let kind = if random.percent(75) {
                DocumentKind::PressRelease
            } else {
                DocumentKind::Statement
            };
            assignments.push(Assignment {
                story: story_index,
                kind,
                part: Part::Release,
                delay: 0,
            });
            for _ in 0..1 + random.below(2) {
                let kind = if random.percent(85) {
                    DocumentKind::NewsArticle
                } else {
                    DocumentKind::BlogPost
                };
                assignments.push(Assignment {
                    story: story_index,
                    kind,
                    part: Part::Coverage,
                    delay: random.between(0, 4) as i64,
                });
            }
        } else {
            let kind = random.weighted(&[
                (70, DocumentKind::NewsArticle),
                (6, DocumentKind::Opinion),
                (5, DocumentKind::BlogPost),
                (4, DocumentKind::Report),
                (4, DocumentKind::Speech),
                (3, DocumentKind::Transcript),
                (3, DocumentKind::Statement),
                (3, DocumentKind::PressRelease),
                (2, DocumentKind::Other),
            ]);
            assignments.push(Assignment {
                story: story_index,
                kind,
                part: Part::Single,
                delay: 0,
            });
        }
    }
    assignments.truncate(config.documents);
    // Spread each story's documents over the folder, as a scrape's file order would.
    random.shuffle(&mut assignments);

    let width = config.documents.to_string().len().max(6);
    let file_name = |index: usize| format!("doc_{:0width$}.txt", index + 1);

    // A statement quoted by two or more documents forms a group of repeated statements.
    let mut quoting = vec![0usize; stories.len()];
    for assignment in &assignments {
        if assignment.part != Part::Single {
            quoting[assignment.story] += 1;
        }
    }
    let mut group_of_story: Vec<Option<usize>> = vec![None; stories.len()];
    let mut repeated: Vec<RepeatedStatement> = Vec::new();
    for assignment in &assignments {
        let story = assignment.story;
        if quoting[story] >= 2 && group_of_story[story].is_none() {
            group_of_story[story] = Some(repeated.len());
            repeated.push(RepeatedStatement {
                speaker: stories[story].canonical_name(stories[story].lead().speaker),
                uses: Vec::new(),
            });
        }
    }
    // The earliest coverage of each story, which bounds when its release can have appeared.
    let mut first_coverage: Vec<Option<i64>> = vec![None; stories.len()];
    for assignment in &assignments {
        if assignment.part == Part::Coverage {
            let earliest = first_coverage[assignment.story].get_or_insert(assignment.delay);
            *earliest = (*earliest).min(assignment.delay);
        }
    }

    let mut files = Vec::with_capacity(config.documents + 1);
    let mut entries = Vec::with_capacity(config.documents);
    let mut documents = Vec::with_capacity(config.documents);
    for (index, assignment) in assignments.iter().enumerate() {
        let mut document_random = random.fork();
        let story = &stories[assignment.story];
        let file = file_name(index);
        let day = story.day.plus(assignment.delay);
        let group = group_of_story[assignment.story];
        let organisation_publisher;
        let publisher = match assignment.kind {
            DocumentKind::PressRelease | DocumentKind::Statement | DocumentKind::Speech => {
                let organisation = story
                    .organisation_of(story.lead().speaker)
                    .unwrap_or(story.actor);
                organisation_publisher = Publisher::organisation(
                    &mut document_random,
                    &story.organisations[organisation].name,
                    &story.region,
                );
                &organisation_publisher
            }
            _ => &outlets[document_random.below(outlets.len())],
        };
        let published = published_date(
            &mut document_random,
            assignment,
            day,
            first_coverage[assignment.story],
            story.day,
        );
        let shown_date = match published {
            Published::Day(_) if document_random.percent(88) => ShownDate::Day,
            Published::Month(_) if document_random.percent(50) => ShownDate::Month,
            Published::Nothing if document_random.percent(50) => ShownDate::Day,
            _ => ShownDate::Nothing,
        };
        let has_byline = !publisher.reporters.is_empty() && document_random.percent(75);
        let author = has_byline.then(|| document_random.pick(&publisher.reporters).clone());
        let statement = statement_plan(&mut document_random, assignment, group);
        let plan = DocumentPlan {
            file: file.clone(),
            kind: assignment.kind,
            story,
            publisher,
            day,
            shown_date,
            author: author.clone(),
            statement: statement.clone(),
            target_words: target_words(&mut document_random),
            windows_line_endings: document_random.percent(4),
            byte_order_mark: document_random.percent(3),
        };
        // A stream of its own: the documents written before spaces were set stay as they were.
        let typography = Typography::draw(&mut Random::new(
            config.seed ^ (index as u64 + 1).wrapping_mul(0xD1B5_4A32_D192_ED03),
        ));
        let written = typography.set_document(write_document(&plan, document_random.fork()));
        if let (Some(group), Some(statement)) = (group, statement) {
            repeated[group].uses.push(StatementUse {
                file: file.clone(),
                forms: statement.forms,
            });
        }
        let manifest_author = match author {
            Some(author) if document_random.percent(70) => Some(author),
            None if !publisher.reporters.is_empty() && document_random.percent(15) => {
                Some(document_random.pick(&publisher.reporters).clone())
            }
            _ => None,
        };
        entries.push(manifest_entry(
            &mut document_random,
            &file,
            assignment.kind,
            publisher,
            story,
            manifest_author,
            published,
            &written.truth.title,
            day,
        ));
        documents.push(written.truth);
        files.push(GeneratedFile {
            name: file,
            text: written.text,
        });
    }

    let events = events(&mut random, &stories);
    let places: std::collections::BTreeSet<&str> =
        stories.iter().map(|story| story.place.as_str()).collect();
    let description = format!(
        "{} generated documents about local public life in {} invented places, {FIRST_YEAR}–{LAST_YEAR}. \
         Every name, organisation and quotation is invented.",
        config.documents,
        places.len()
    );
    files.push(GeneratedFile {
        name: MANIFEST_FILE_NAME.to_owned(),
        text: write_manifest(
            &format!("Synthetic news corpus (seed {})", config.seed),
            &description,
            config.seed,
            &entries,
            &events,
        ),
    });
    GeneratedCorpus {
        files,
        truth: GroundTruth {
            documents,
            repeated_statements: repeated,
        },
    }
}

/// What the manifest says about when a document appeared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Published {
    Day(Day),
    Month(Day),
    Year(Day),
    /// The exact day is unknown, only that it lies between these two.
    Range(Day, Day),
    Nothing,
}

impl Published {
    fn manifest_text(self) -> Option<String> {
        match self {
            Published::Day(day) => Some(day.iso()),
            Published::Month(day) => Some(day.iso_month()),
            Published::Year(day) => Some(day.year().to_string()),
            Published::Range(earliest, latest) => {
                Some(format!("{}/{}", earliest.iso(), latest.iso()))
            }
            Published::Nothing => None,
        }
    }
}

fn published_date(
    random: &mut Random,
    assignment: &Assignment,
    day: Day,
    first_coverage: Option<i64>,
    story_day: Day,
) -> Published {
    if assignment.part == Part::Release && random.percent(50) {
        // A release is known only to predate the first report that quoted it.
        let latest = story_day.plus(first_coverage.unwrap_or(0).max(1));
        let earliest = day.plus(-(random.between(0, 5) as i64));
        return Published::Range(earliest, latest);
    }
    match random.below(100) {
        0..=81 => Published::Day(day),
        82..=88 => Published::Month(day),
        89..=93 => Published::Year(day),
        94..=96 => Published::Range(
            day.plus(-(random.between(1, 6) as i64)),
            day.plus(random.between(0, 3) as i64),
        ),
        _ => Published::Nothing,
    }
}

/// How a document quotes its story's statement: releases whole; coverage whole, in part, split by
/// `He added:`, re-paragraphed or lightly edited; single documents sometimes not at all.
fn statement_plan(
    random: &mut Random,
    assignment: &Assignment,
    group: Option<usize>,
) -> Option<StatementPlan> {
    let mut forms = Vec::new();
    match assignment.part {
        Part::Release => {
            forms.push(if random.percent(15) {
                StatementForm::Split
            } else {
                StatementForm::Whole
            });
        }
        Part::Coverage => {
            forms.push(random.weighted(&[
                (35, StatementForm::Whole),
                (20, StatementForm::Excerpt),
                (45, StatementForm::Split),
            ]));
            if random.percent(30) {
                forms.push(StatementForm::Reparagraphed);
            }
            if random.percent(40) {
                forms.push(StatementForm::Edited);
            }
        }
        Part::Single => {
            let quotes_statement = match assignment.kind {
                DocumentKind::NewsArticle
                | DocumentKind::Other
                | DocumentKind::PressRelease
                | DocumentKind::Statement => random.percent(60),
                DocumentKind::Opinion | DocumentKind::BlogPost => random.percent(30),
                _ => false,
            };
            if !quotes_statement {
                return None;
            }
            forms.push(if random.percent(30) {
                StatementForm::Split
            } else {
                StatementForm::Whole
            });
        }
    }
    Some(StatementPlan {
        group: if assignment.part == Part::Single {
            None
        } else {
            group
        },
        forms,
    })
}

/// Lengths as news runs: mostly a few hundred words, some short items, a few long reads. The body stops
/// at the first paragraph past the target, and the footer follows, so documents run a little longer.
fn target_words(random: &mut Random) -> usize {
    let words = match random.below(100) {
        0..=24 => random.between(170, 280),
        25..=79 => random.between(270, 480),
        80..=93 => random.between(480, 820),
        _ => random.between(820, 1_350),
    };
    words as usize
}

#[allow(clippy::too_many_arguments)]
fn manifest_entry(
    random: &mut Random,
    file: &str,
    kind: DocumentKind,
    publisher: &Publisher,
    story: &Story,
    author: Option<String>,
    published: Published,
    title: &str,
    day: Day,
) -> ManifestEntry {
    let organisation_site = matches!(
        kind,
        DocumentKind::PressRelease | DocumentKind::Statement | DocumentKind::Speech
    );
    let publisher_name = if organisation_site {
        let organisation = story
            .organisations
            .iter()
            .find(|organisation| organisation.name == publisher.name);
        match organisation {
            Some(organisation) => match &organisation.acronym {
                Some(acronym) if random.percent(50) => {
                    format!("{} ({acronym})", organisation.canonical())
                }
                _ => organisation.canonical(),
            },
            None => publisher.name.replace('\'', "’"),
        }
    } else {
        publisher.name.clone()
    };
    let (url, site) = match random.below(100) {
        0..=59 => {
            let section = if organisation_site {
                *random.pick(&["news", "media-centre", "press-releases", "news-and-events"])
            } else {
                *random.pick(&["news", "local-news", "politics", story.topic.sector])
            };
            let mut page = slug(title);
            if page.len() > 60 {
                let cut = page[..60].rfind('-').unwrap_or(60);
                page.truncate(cut);
            }
            let (year, month, _) = day.date();
            let number = random.between(10_000, 999_999);
            let url = publisher.url(&slug(section), year, month, &page, number);
            (Some(url), None)
        }
        60..=79 => (None, Some(publisher.site.clone())),
        _ => (None, None),
    };
    ManifestEntry {
        file: file.to_owned(),
        publisher: random.percent(96).then_some(publisher_name),
        author,
        kind: random.percent(95).then_some(kind),
        url,
        site,
        published: published.manifest_text(),
    }
}

/// Dated context for the timeline: meetings, decisions and campaigns around some of the stories.
fn events(random: &mut Random, stories: &[Story]) -> Vec<ManifestEvent> {
    let mut events = Vec::new();
    for (index, story) in stories.iter().enumerate() {
        if index > 0 && !random.percent(8) {
            continue;
        }
        let actor = story.organisations[story.actor].canonical();
        let critic = story.organisations[story.critic].canonical();
        let plan = story.plan_full();
        let (title, source) = match random.below(4) {
            0 => (
                format!(
                    "{actor} {} {plan}",
                    random.pick(&["announces", "publishes", "approves", "consults on"])
                ),
                actor,
            ),
            1 => (format!("Public meeting on {plan}"), actor),
            2 => (
                format!("{critic} launches a campaign against {plan}"),
                critic,
            ),
            _ => (format!("Consultation on {plan} closes"), actor),
        };
        let day = story.day.plus(-(random.between(0, 30) as i64));
        let date = if random.percent(80) {
            day.iso()
        } else {
            day.iso_month()
        };
        events.push(ManifestEvent {
            date,
            title: title.replace('\'', "’"),
            source,
        });
    }
    events
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{parse_manifest, read_folder, split_paragraphs, Severity};
    use expect_test::expect;

    fn corpus(documents: usize, seed: u64) -> GeneratedCorpus {
        generate(&GeneratorConfig { documents, seed })
    }

    fn documents(
        corpus: &GeneratedCorpus,
    ) -> impl Iterator<Item = (&GeneratedFile, &DocumentTruth)> {
        corpus.files.iter().zip(&corpus.truth.documents)
    }

    fn manifest_text(corpus: &GeneratedCorpus) -> &str {
        &corpus.files.last().unwrap().text
    }

    #[test]
    fn the_same_seed_gives_the_same_corpus_and_another_seed_another() {
        let first = corpus(40, 11);
        assert_eq!(first.files, corpus(40, 11).files);
        let other = corpus(40, 12);
        assert_ne!(first.files[0].text, other.files[0].text);
        assert_ne!(manifest_text(&first), manifest_text(&other));
    }

    #[test]
    fn there_are_as_many_documents_as_asked_plus_the_manifest() {
        assert_eq!(
            corpus(0, 3).files.len(),
            1,
            "an empty corpus is just its manifest"
        );
        for count in [1, 7, 120] {
            let generated = corpus(count, 3);
            assert_eq!(generated.files.len(), count + 1);
            assert_eq!(generated.truth.documents.len(), count);
            assert_eq!(generated.files[0].name, "doc_000001.txt");
            assert_eq!(generated.files[count].name, "manifest.toml");
            assert_eq!(
                generated.files[count - 1].name,
                format!("doc_{count:06}.txt")
            );
        }
    }

    #[test]
    fn the_manifest_parses_without_errors_and_uses_every_date_precision() {
        let generated = corpus(300, 5);
        let (manifest, diagnostics) = parse_manifest("manifest.toml", manifest_text(&generated));
        let errors: Vec<String> = diagnostics
            .iter()
            .filter(|diagnostic| diagnostic.severity == Severity::Error)
            .map(ToString::to_string)
            .collect();
        assert_eq!(errors, Vec::<String>::new());
        assert_eq!(manifest.documents.len(), 300);
        assert!(!manifest.events.is_empty());
        let precisions: std::collections::BTreeSet<String> = manifest
            .documents
            .iter()
            .filter_map(|entry| entry.published)
            .map(|date| format!("{:?}", date.precision()))
            .collect();
        expect![[r#"{"Day", "Month", "Range", "Year"}"#]].assert_eq(&format!("{precisions:?}"));
        let kinds: std::collections::BTreeSet<&str> = manifest
            .documents
            .iter()
            .filter_map(|entry| entry.kind.map(DocumentKind::id))
            .collect();
        assert_eq!(kinds.len(), DocumentKind::ALL.len(), "{kinds:?}");
    }

    #[test]
    fn the_folder_reads_without_errors() {
        let generated = corpus(200, 8);
        let (_, corpus, diagnostics) = read_folder(&generated.sources());
        let errors: Vec<String> = diagnostics
            .iter()
            .filter(|diagnostic| diagnostic.severity == Severity::Error)
            .map(ToString::to_string)
            .collect();
        assert_eq!(errors, Vec::<String>::new());
        assert_eq!(corpus.documents.len(), 200);
    }

    #[test]
    fn documents_average_four_to_five_hundred_words_within_150_to_1500() {
        let generated = corpus(200, 21);
        let counts: Vec<usize> = generated
            .files
            .iter()
            .take(200)
            .map(|file| file.text.split_whitespace().count())
            .collect();
        let mean = counts.iter().sum::<usize>() / counts.len();
        assert!((400..=500).contains(&mean), "mean {mean}");
        let (shortest, longest) = (counts.iter().min().unwrap(), counts.iter().max().unwrap());
        assert!(
            *shortest >= 120 && *longest <= 1_700,
            "{shortest}..{longest}"
        );
    }

    #[test]
    fn every_quotation_figure_and_furniture_line_is_in_its_document() {
        let generated = corpus(250, 2);
        for (file, truth) in documents(&generated) {
            assert_eq!(file.name, truth.file);
            let text = file.text.trim_start_matches('\u{FEFF}');
            for quote in &truth.quotes {
                for part in &quote.parts {
                    assert!(
                        text.contains(part.as_str()),
                        "{}: quote {part:?}",
                        file.name
                    );
                }
            }
            for figure in &truth.figures {
                assert!(
                    text.contains(&figure.text),
                    "{}: figure {:?}",
                    file.name,
                    figure.text
                );
            }
            let paragraphs: Vec<&str> = split_paragraphs(text)
                .iter()
                .map(|paragraph| paragraph.text(text))
                .collect();
            for line in &truth.boilerplate {
                assert!(
                    paragraphs.contains(&line.as_str()),
                    "{}: furniture {line:?}",
                    file.name
                );
            }
            assert!(text.contains(&truth.title), "{}: title", file.name);
        }
    }

    #[test]
    fn repeated_statements_are_quoted_by_every_document_that_uses_them() {
        let generated = corpus(300, 4);
        let groups = &generated.truth.repeated_statements;
        assert!(groups.len() >= 10, "{} groups", groups.len());
        for (index, group) in groups.iter().enumerate() {
            assert!(group.uses.len() >= 2);
            for usage in &group.uses {
                let truth = generated
                    .truth
                    .documents
                    .iter()
                    .find(|document| document.file == usage.file)
                    .unwrap();
                assert!(truth
                    .quotes
                    .iter()
                    .any(|quote| quote.statement == Some(index) && quote.speaker == group.speaker));
            }
        }
    }

    #[test]
    fn the_corpus_varies_its_conventions() {
        let generated = corpus(400, 9);
        let texts: Vec<&str> = generated
            .files
            .iter()
            .map(|file| file.text.as_str())
            .collect();
        let count = |needle: &str| texts.iter().filter(|text| text.contains(needle)).count();
        for needle in [
            "“",
            "\"",
            "‘",
            "’s",
            "'s",
            "\r\n",
            "\u{FEFF}",
            "\n\n\n",
            "©",
            " per cent",
            "%",
            "£",
            "’90s",
            "O’",
        ] {
            assert!(count(needle) > 0, "no document has {needle:?}");
        }
        // Characters wider than a byte that real pages hold, in a share of documents, quotations included.
        for needle in ["\u{a0}", "\u{2009}–\u{2009}", "\u{200d}"] {
            let share = count(needle) as f64 / texts.len() as f64;
            assert!((0.05..0.6).contains(&share), "{needle:?} in {share:.2}");
            let quoted = generated
                .truth
                .documents
                .iter()
                .flat_map(|document| &document.quotes)
                .flat_map(|quote| &quote.parts)
                .any(|part| part.contains(needle));
            assert!(quoted, "no quotation holds {needle:?}");
        }
        let kinds = |kind| {
            generated
                .truth
                .documents
                .iter()
                .flat_map(|document| &document.quotes)
                .filter(|quote| quote.kind == kind)
                .count()
        };
        assert!(kinds(QuoteKind::Direct) > kinds(QuoteKind::Partial));
        assert!(kinds(QuoteKind::Partial) > 100);
        let multi_part = generated
            .truth
            .documents
            .iter()
            .flat_map(|document| &document.quotes)
            .filter(|quote| quote.parts.len() > 1)
            .count();
        assert!(multi_part > 100);
    }

    #[test]
    fn a_short_document_reads_like_news() {
        let generated = corpus(12, 1);
        let shortest = generated
            .files
            .iter()
            .take(12)
            .min_by_key(|file| file.text.len())
            .unwrap();
        let truth = &generated.truth.documents[generated
            .files
            .iter()
            .position(|file| file.name == shortest.name)
            .unwrap()];
        let quotes: Vec<String> = truth
            .quotes
            .iter()
            .map(|quote| format!("{:?} {} {:?}", quote.kind, quote.speaker, quote.parts))
            .collect();
        expect![[r#"
            Direct Health Staff Federation ["We\u{a0}will not stand by, and watch expectant mothers being treated like this."]
            Partial Zoe Walsh ["a false economy"]
            Partial Dev Harlow ["the right decision"]"#]].assert_eq(&quotes.join("\n"));
        expect![[r#"
            Farrmouth can’t afford to get the review wrong

            By Farah Wainwright
            Monday 17 July 2023

            Perhaps I’m being unfair, but I doubt it.  None of this is inevitable.

            The carers’ case deserves a fairer hearing than it’s had.  We’ve been here before, in the 2000s.  The numbers tell their own story: 19 per cent of carers say staff shortages has got worse.

            The Health Staff Federation (HSF) says 36 appointments could be lost.

            They said: “We will not stand by, and watch expectant mothers being treated like this.”

            Pell Vale has some of the worst figures in the country for staff shortages, with 40.7 per cent of referrals affected.

            If the trust wants to win people round, it’ll have to do better than this.

            Advertisement

            Zoe Walsh, who founded Save Farrmouth, said the decision was “a false economy”.

            Advertisement

            In a letter to members, Dr Dev Harlow, medical director at the Pell Vale Hospitals Trust, called the review “the right decision”.

            The review will be discussed at a meeting of the trust on Tuesday."#]].assert_eq(&shortest.text);
    }
}
