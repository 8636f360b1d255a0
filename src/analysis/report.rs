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
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FigureRecord {
    pub id: String,
    pub document: String,
    pub quote: Option<String>,
    pub speaker: Option<String>,
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

impl AnalysisReport {
    pub fn new(corpus: &Corpus, analysis: &Analysis) -> AnalysisReport {
        let speaker_id = |index: Option<usize>| {
            index
                .and_then(|index| analysis.speakers.get(index))
                .map(|speaker| speaker.id.clone())
        };
        let mut documents = Vec::new();
        // Maps a document's paragraph index to its index among the story paragraphs.
        let mut story_index: Vec<Vec<Option<usize>>> = Vec::new();
        for document in &corpus.documents {
            let mut paragraphs = Vec::new();
            let mut boilerplate = Vec::new();
            let mut indices = Vec::new();
            for paragraph in &document.paragraphs {
                let text = paragraph.text(&document.text).to_owned();
                if paragraph.role.is_boilerplate() {
                    boilerplate.push(text);
                    indices.push(None);
                } else {
                    indices.push(Some(paragraphs.len()));
                    paragraphs.push(text);
                }
            }
            story_index.push(indices);
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
        let quotes = analysis
            .quotes
            .iter()
            .filter_map(|quote| {
                let position = quote.document as usize;
                let document = corpus.documents.get(position)?;
                let index_of = |paragraph: usize| {
                    story_index[position]
                        .get(paragraph)
                        .copied()
                        .flatten()
                        .unwrap_or(0)
                };
                Some(QuoteRecord {
                    id: quote.id(corpus),
                    document: document.id.to_string(),
                    speaker: speaker_id(quote.speaker),
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
                })
            })
            .collect();
        let speakers = analysis
            .speakers
            .iter()
            .map(|speaker| SpeakerRecord {
                id: speaker.id.clone(),
                name: speaker.name.clone(),
                kind: speaker.kind.id().to_owned(),
                role: speaker.role.clone(),
                organisation: speaker.organisation.clone(),
                aliases: speaker.aliases.clone(),
            })
            .collect();
        let mut claim_of: Vec<Option<u32>> = vec![None; analysis.figures.len()];
        for claim in &analysis.claims {
            for &figure in claim {
                if let Some(slot) = claim_of.get_mut(figure as usize) {
                    *slot = claim.first().copied();
                }
            }
        }
        AnalysisReport {
            documents,
            speakers,
            quotes,
            figures: analysis
                .figures
                .iter()
                .zip(&claim_of)
                .filter_map(|(figure, claim)| {
                    let document = corpus.documents.get(figure.document as usize)?;
                    Some(FigureRecord {
                        id: figure.id(corpus),
                        document: document.id.to_string(),
                        quote: figure
                            .quote
                            .and_then(|index| analysis.quotes.get(index))
                            .map(|quote| quote.id(corpus)),
                        speaker: speaker_id(figure.speaker),
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
                .collect(),
            matches: analysis.matches.clone(),
        }
    }
}
