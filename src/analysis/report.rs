//! The analysis as one self-contained record: the JSON `quoteline analyze` prints and the app exports.
//! Field names are a published interface that other tools read: add fields, never rename one.

use serde::Serialize;

use super::provenance::StatementMatch;
use super::Analysis;
use crate::corpus::Corpus;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AnalysisReport {
    pub documents: Vec<DocumentRecord>,
    pub speakers: Vec<SpeakerRecord>,
    pub quotes: Vec<QuoteRecord>,
    pub figures: Vec<FigureRecord>,
    pub matches: Vec<StatementMatch>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocumentRecord {
    pub id: String,
    pub file: String,
    pub title: String,
    pub author: Option<String>,
    pub publisher: Option<String>,
    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or a range `YYYY-MM-DD/YYYY-MM-DD`.
    pub published: Option<String>,
    pub kind: Option<String>,
    pub url: Option<String>,
    /// The story's paragraphs (title, date line, byline, headings, body), in order; quotes' paragraph
    /// numbers index this list.
    pub paragraphs: Vec<String>,
    /// The page furniture set aside, in order.
    pub boilerplate: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SpeakerRecord {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub role: Option<String>,
    pub organisation: Option<String>,
    pub aliases: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuoteRecord {
    pub id: String,
    pub document: String,
    pub speaker: Option<String>,
    pub text: String,
    pub kind: String,
    pub cue: Option<String>,
    /// First and last paragraph, as indices into the document's `paragraphs`.
    pub paragraphs: [usize; 2],
    /// Byte ranges of the quote's parts in the original file (after a byte-order mark).
    pub ranges: Vec<[usize; 2]>,
    /// How the speaker was found: introduced, followed, reported or continued.
    pub evidence: Option<String>,
    /// The words describing a source the story does not name ("a senior Cruz adviser"), when there is
    /// no speaker.
    pub described: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FigureRecord {
    pub id: String,
    pub document: String,
    pub quote: Option<String>,
    pub speaker: Option<String>,
    /// Failing a speaker, the words describing the source that claims it, as written ("a recent poll of
    /// Indiana voters").
    pub described: Option<String>,
    pub value: f64,
    pub unit: Option<String>,
    pub text: String,
    /// count, percent, money or measure.
    pub kind: String,
    /// The period of a rate ("month" for "800 arrests a month").
    pub per: Option<String>,
    /// Byte range of the phrase in the original file.
    pub range: [usize; 2],
    /// When the same claim is made in more than one place: the id of its first mention, which every
    /// mention of it shares.
    pub claim: Option<String>,
}

/// Part of an analysis: some of its quotes and figures, by index, in the order a report of it lists them.
/// The report also holds the documents and speakers they name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub quotes: Vec<u32>,
    pub figures: Vec<u32>,
}

impl Selection {
    /// Every quote and figure.
    pub fn all(analysis: &Analysis) -> Selection {
        Selection {
            quotes: (0..analysis.quotes.len() as u32).collect(),
            figures: (0..analysis.figures.len() as u32).collect(),
        }
    }
}

impl AnalysisReport {
    /// The whole analysis: every document, speaker, quote, figure and match.
    pub fn new(corpus: &Corpus, analysis: &Analysis) -> AnalysisReport {
        AnalysisReport::build(corpus, analysis, &Selection::all(analysis), true)
    }

    /// The quotes and figures chosen, in the selection's order (an export's is the order on screen), with the documents they are in, the
    /// speakers they name and the matches among the quotes: the same schema as the whole, so a tool that
    /// reads one reads the other.
    pub fn of_selection(
        corpus: &Corpus,
        analysis: &Analysis,
        selection: &Selection,
    ) -> AnalysisReport {
        AnalysisReport::build(corpus, analysis, selection, false)
    }

    /// `everything`: every document and speaker too, those without a quote or figure included.
    fn build(
        corpus: &Corpus,
        analysis: &Analysis,
        selection: &Selection,
        everything: bool,
    ) -> AnalysisReport {
        let mut document_used = vec![everything; corpus.documents.len()];
        let mut speaker_used = vec![everything; analysis.speakers.len()];
        let mut mark = |document: u32, speaker: Option<usize>| {
            if let Some(slot) = document_used.get_mut(document as usize) {
                *slot = true;
            }
            if let Some(slot) = speaker.and_then(|speaker| speaker_used.get_mut(speaker)) {
                *slot = true;
            }
        };
        for quote in selection
            .quotes
            .iter()
            .filter_map(|&index| analysis.quotes.get(index as usize))
        {
            mark(quote.document, quote.speaker);
        }
        for figure in selection
            .figures
            .iter()
            .filter_map(|&index| analysis.figures.get(index as usize))
        {
            mark(figure.document, figure.speaker);
        }
        let mut report =
            AnalysisReport::documents_and_speakers(corpus, analysis, &document_used, &speaker_used);
        report.quotes = AnalysisReport::quote_records(corpus, analysis, &selection.quotes);
        report.figures = AnalysisReport::figure_records(corpus, analysis, &selection.figures);
        let chosen_ids: std::collections::HashSet<&str> = report
            .quotes
            .iter()
            .map(|quote| quote.id.as_str())
            .collect();
        report.matches = analysis
            .matches
            .iter()
            .filter(|statement| {
                statement
                    .quotes
                    .iter()
                    .any(|id| chosen_ids.contains(id.as_str()))
            })
            .cloned()
            .collect();
        report
    }

    fn documents_and_speakers(
        corpus: &Corpus,
        analysis: &Analysis,
        document_used: &[bool],
        speaker_used: &[bool],
    ) -> AnalysisReport {
        let mut documents = Vec::new();
        for (document, _) in corpus
            .documents
            .iter()
            .zip(document_used)
            .filter(|(_, used)| **used)
        {
            let mut paragraphs = Vec::new();
            let mut boilerplate = Vec::new();
            for paragraph in &document.paragraphs {
                let text = paragraph.text(&document.text).to_owned();
                if paragraph.role.is_boilerplate() {
                    boilerplate.push(text);
                } else {
                    paragraphs.push(text);
                }
            }
            documents.push(DocumentRecord {
                id: document.id.to_string(),
                file: document.file.clone(),
                title: document.title.clone(),
                author: document.author.clone(),
                publisher: document.publisher.clone(),
                published: document.published.map(|date| date.to_string()),
                kind: document.kind.map(|kind| kind.id().to_owned()),
                url: document.url.as_ref().map(ToString::to_string),
                paragraphs,
                boilerplate,
            });
        }
        let speakers = analysis
            .speakers
            .iter()
            .zip(speaker_used)
            .filter(|(_, used)| **used)
            .map(|(speaker, _)| SpeakerRecord {
                id: speaker.id.clone(),
                name: speaker.name.clone(),
                kind: speaker.kind.id().to_owned(),
                role: speaker.role.clone(),
                organisation: speaker.organisation.clone(),
                aliases: speaker.aliases.clone(),
            })
            .collect();
        AnalysisReport {
            documents,
            speakers,
            quotes: Vec::new(),
            figures: Vec::new(),
            matches: Vec::new(),
        }
    }

    fn quote_records(corpus: &Corpus, analysis: &Analysis, chosen: &[u32]) -> Vec<QuoteRecord> {
        once_each(chosen)
            .filter_map(|index| analysis.quotes.get(index as usize))
            .filter_map(|quote| {
                let document = corpus.documents.get(quote.document as usize)?;
                // A paragraph's index among the story paragraphs, which `paragraphs` lists.
                let index_of = |paragraph: usize| {
                    document.paragraphs.get(..paragraph).map_or(0, |before| {
                        before
                            .iter()
                            .filter(|paragraph| !paragraph.role.is_boilerplate())
                            .count()
                    })
                };
                Some(QuoteRecord {
                    id: quote.id(corpus),
                    document: document.id.to_string(),
                    speaker: speaker_id(analysis, quote.speaker),
                    text: quote.text(&document.text),
                    kind: quote.kind.id().to_owned(),
                    cue: quote.cue.as_deref().map(str::to_owned),
                    paragraphs: [
                        index_of(quote.first_paragraph()),
                        index_of(quote.last_paragraph()),
                    ],
                    ranges: quote
                        .parts
                        .iter()
                        .map(|part| [part.start, part.end])
                        .collect(),
                    evidence: quote.evidence.map(|evidence| evidence.id().to_owned()),
                    described: quote.described_source(&document.text).map(str::to_owned),
                })
            })
            .collect()
    }

    fn figure_records(corpus: &Corpus, analysis: &Analysis, chosen: &[u32]) -> Vec<FigureRecord> {
        let mut claim_of: Vec<Option<u32>> = vec![None; analysis.figures.len()];
        for claim in &analysis.claims {
            for &figure in claim {
                if let Some(slot) = claim_of.get_mut(figure as usize) {
                    *slot = claim.first().copied();
                }
            }
        }
        once_each(chosen)
            .filter_map(|index| {
                Some((
                    analysis.figures.get(index as usize)?,
                    claim_of.get(index as usize)?,
                ))
            })
            .filter_map(|(figure, claim)| {
                let document = corpus.documents.get(figure.document as usize)?;
                Some(FigureRecord {
                    id: figure.id(corpus),
                    document: document.id.to_string(),
                    quote: figure
                        .quote
                        .and_then(|index| analysis.quotes.get(index))
                        .map(|quote| quote.id(corpus)),
                    speaker: speaker_id(analysis, figure.speaker),
                    described: figure.described_claimant(&document.text).map(str::to_owned),
                    value: figure.mention.value,
                    unit: figure.mention.unit.as_deref().map(str::to_owned),
                    text: document.text[figure.mention.range()].to_owned(),
                    kind: figure.mention.kind.name().to_owned(),
                    per: figure.mention.rate.map(|period| period.name().to_owned()),
                    range: [figure.mention.start, figure.mention.end],
                    claim: claim
                        .and_then(|first| analysis.figures.get(first as usize))
                        .map(|first| first.id(corpus)),
                })
            })
            .collect()
    }
}

/// One flag per item of a list `len` long, set for the indices given (those past the end ignored).
/// `indices` in their order, each the first time it comes.
fn once_each(indices: &[u32]) -> impl Iterator<Item = u32> + '_ {
    let mut seen = rustc_hash::FxHashSet::default();
    indices
        .iter()
        .copied()
        .filter(move |&index| seen.insert(index))
}

fn speaker_id(analysis: &Analysis, index: Option<usize>) -> Option<String> {
    index
        .and_then(|index| analysis.speakers.get(index))
        .map(|speaker| speaker.id.clone())
}
