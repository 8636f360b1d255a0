//! Analysis: quotes, their speakers, the figures they claim, and the same statement across sources.
//!
//! Pure: a corpus in, an [`Analysis`] out; nothing here can fail, and every position is a byte offset into
//! the document's original text.

mod attribution;
mod document_source;
mod figure;
mod figure_group;
mod fold;
mod highlight;
mod lexicon;
mod mention;
mod person_merge;
mod provenance;
mod quote;
mod quote_marks;
mod report;
mod sentence;
mod spacing;
mod speaker;
mod table;

pub use attribution::{
    attribute_document, DescribedStatement, DocumentAttribution, ReportedStatement,
};
pub use document_source::{document_source, is_document_noun, DocumentSource};
pub use figure::{find_figures, Currency, FigureKind, FigureMention, Period};
pub use figure_group::{figure_signatures, group_figures, FigureSignature};
pub use fold::fold_key;
pub use highlight::{segment_paragraph, Segment};
pub use lexicon::{is_cue_verb, is_finite_verb, is_function_word, is_title_or_honorific};
pub use mention::{
    find_organisation_names, find_person_names, parse_mention, split_role, Mention, MentionHead,
};
pub use provenance::{
    match_statements, word_diff, DiffKind, DiffSegment, Relation, StatementMatch,
};
pub use quote::{AttributionEvidence, Quote, QuoteKind, QuotePart, SourcePhrase};
pub use quote_marks::{find_quoted_spans, MarkStyle, QuotedSpan};
pub use report::{
    AnalysisReport, DocumentRecord, FigureRecord, QuoteRecord, Selection, SpeakerRecord,
};
pub use sentence::split_sentences;
pub use speaker::{name_key, AcronymTable, Speaker, SpeakerKind, SpeakerRegistry};
pub use table::{figures_csv, quotes_csv};

use crate::corpus::Corpus;
use serde::{Deserialize, Serialize};

/// Everything the analysis found in a corpus. Quotes and reported statements refer to speakers by their
/// index in `speakers`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    #[serde(deserialize_with = "crate::serial::exact_vec")]
    pub speakers: Vec<Speaker>,
    #[serde(deserialize_with = "crate::serial::exact_vec")]
    pub quotes: Vec<Quote>,
    /// Per document (in corpus order), the statements reported without quotation marks.
    #[serde(deserialize_with = "crate::serial::exact_vec")]
    pub reported: Vec<Vec<ReportedStatement>>,
    #[serde(deserialize_with = "crate::serial::exact_vec")]
    pub matches: Vec<StatementMatch>,
    #[serde(deserialize_with = "crate::serial::exact_vec")]
    pub figures: Vec<Figure>,
    /// Figures claimed in more than one place — the same number about the same thing, in other words or
    /// other sources — each as indices into `figures` in the corpus's order; claims in the most documents
    /// first. A figure in none is claimed once.
    pub claims: Vec<Vec<u32>>,
}

/// A figure in a document, attributed to the quote it sits in or the statement it is reported in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The document's position in the corpus. (A corpus has a figure every few sentences: numbers here,
    /// rather than a string id and a document id per figure, keep a large corpus's analysis a fraction
    /// of the size in the browser's memory.)
    pub document: u32,
    /// Its place among the document's figures, from 1, in reading order.
    pub number: u32,
    /// Byte offsets into the document's text.
    pub mention: FigureMention,
    /// An index into the analysis's quotes.
    pub quote: Option<usize>,
    /// An index into the analysis's speakers.
    pub speaker: Option<usize>,
    /// Failing a speaker, the words describing the source that claims it ("a recent poll of Indiana
    /// voters", "a senior Cruz adviser"): byte offsets into the document's text.
    pub described: Option<SourcePhrase>,
}

impl Figure {
    /// The words describing its claimant, as written, when no speaker claims it.
    pub fn described_claimant<'a>(&self, text: &'a str) -> Option<&'a str> {
        self.described.and_then(|phrase| text.get(phrase.range()))
    }

    /// Its stable id: "{document id}-f{number}".
    pub fn id(&self, corpus: &Corpus) -> String {
        format!("{}-f{}", corpus.id_at(self.document), self.number)
    }
}

/// Who a quote is from, as a reader is shown it: a speaker, or the words describing a source the story
/// does not name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteSource<'a> {
    Speaker(&'a Speaker),
    Described(&'a str),
}

impl QuoteSource<'_> {
    /// "Linda M. Hale"; "A senior Cruz adviser", as a label opens.
    pub fn name(&self) -> String {
        match self {
            QuoteSource::Speaker(speaker) => speaker.name.clone(),
            QuoteSource::Described(words) => {
                let mut chars = words.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_uppercase().chain(chars).collect()
                })
            }
        }
    }

    /// The speaker's role and organisation; for a described source, that the story does not name them.
    pub fn detail(&self) -> Option<String> {
        match self {
            QuoteSource::Speaker(speaker) => speaker.description(),
            QuoteSource::Described(_) => Some("not named in the story".to_owned()),
        }
    }

    /// Name and detail on one line, as a citation gives them.
    pub fn label(&self) -> String {
        match self.detail() {
            Some(detail) => format!("{}, {detail}", self.name()),
            None => self.name(),
        }
    }
}

impl Analysis {
    pub fn speaker_of(&self, quote: &Quote) -> Option<&Speaker> {
        quote.speaker.and_then(|index| self.speakers.get(index))
    }

    /// Its speaker or, failing one, the words describing its unnamed source; `text` is its document's.
    pub fn source_of<'a>(&'a self, quote: &Quote, text: &'a str) -> Option<QuoteSource<'a>> {
        self.speaker_of(quote)
            .map(QuoteSource::Speaker)
            .or_else(|| quote.described_source(text).map(QuoteSource::Described))
    }

    /// Who claims a figure: its speaker or, failing one, the words describing its unnamed claimant ("a
    /// recent poll of Indiana voters"); `text` is its document's.
    pub fn claimant_of<'a>(&'a self, figure: &Figure, text: &'a str) -> Option<QuoteSource<'a>> {
        figure
            .speaker
            .and_then(|index| self.speakers.get(index))
            .map(QuoteSource::Speaker)
            .or_else(|| figure.described_claimant(text).map(QuoteSource::Described))
    }

    /// The quotes of the document at `position` in the corpus.
    pub fn quotes_in(&self, position: usize) -> impl Iterator<Item = &Quote> + '_ {
        self.quotes
            .iter()
            .filter(move |quote| quote.document as usize == position)
    }
}

/// Analyses every document of the corpus; speakers are shared across documents.
pub fn analyze(corpus: &Corpus) -> Analysis {
    let mut acronyms = AcronymTable::default();
    for document in &corpus.documents {
        for paragraph in document
            .paragraphs
            .iter()
            .filter(|paragraph| paragraph.role.is_story())
        {
            acronyms.learn_from(&spacing::plain_spaces(paragraph.text(&document.text)));
        }
        if let Some(publisher) = &document.publisher {
            acronyms.learn_from(publisher);
        }
    }
    let mut registry = SpeakerRegistry::new(acronyms);
    let mut quotes = Vec::new();
    let mut reported = Vec::new();
    let mut described = Vec::new();
    for (position, document) in corpus.documents.iter().enumerate() {
        // Read with plain spaces, so that "according to" is found however the page spaced it.
        let plain = spacing::with_plain_spaces(document);
        let attribution = attribute_document(position as u32, &plain, &mut registry);
        quotes.extend(attribution.quotes);
        reported.push(attribution.reported);
        described.push(attribution.described);
    }
    // Organisations are registered when first named, to be referred back to; only those who said
    // something are speakers.
    let all_speakers = registry.into_speakers();
    // One person, one speaker: forms a document left apart join the person the corpus names in full.
    let mut statements = vec![0usize; all_speakers.len()];
    let spoken = quotes
        .iter()
        .filter_map(|quote| quote.speaker)
        .chain(reported.iter().flatten().map(|statement| statement.speaker));
    for speaker in spoken {
        statements[speaker] += 1;
    }
    let same_person = person_merge::merge_people(&all_speakers, &statements);
    for quote in &mut quotes {
        quote.speaker = quote.speaker.map(|speaker| same_person[speaker]);
    }
    for statement in reported.iter_mut().flatten() {
        statement.speaker = same_person[statement.speaker];
    }
    let matches = match_statements(corpus, &quotes, &all_speakers);
    let mut new_index = vec![None; all_speakers.len()];
    let mut speakers = Vec::new();
    let used = quotes
        .iter()
        .filter_map(|quote| quote.speaker)
        .chain(reported.iter().flatten().map(|statement| statement.speaker));
    let mut used: Vec<usize> = used.collect();
    used.sort_unstable();
    used.dedup();
    for old in used {
        new_index[old] = Some(speakers.len());
        speakers.push(all_speakers[old].clone());
    }
    for quote in &mut quotes {
        quote.speaker = quote.speaker.and_then(|old| new_index[old]);
    }
    for statement in reported.iter_mut().flatten() {
        statement.speaker = new_index[statement.speaker].unwrap_or(statement.speaker);
    }
    let figures = find_document_figures(corpus, &quotes, &reported, &described);
    let claims = {
        let signatures = figure_signatures(corpus, &figures);
        let all: Vec<usize> = (0..figures.len()).collect();
        group_figures(&signatures, &figures, &all)
            .into_iter()
            .filter(|group| group.len() > 1)
            .map(|group| group.into_iter().map(|figure| figure as u32).collect())
            .collect()
    };
    Analysis {
        speakers,
        quotes,
        reported,
        matches,
        figures,
        claims,
    }
}

/// Every figure of the story paragraphs, with the quote it sits in (and so its speaker) or else the
/// reported statement it belongs to.
fn find_document_figures(
    corpus: &Corpus,
    quotes: &[Quote],
    reported: &[Vec<ReportedStatement>],
    described: &[Vec<DescribedStatement>],
) -> Vec<Figure> {
    let mut figures = Vec::new();
    // Quotes are in document order: each document's are one run of indices.
    let mut runs: Vec<std::ops::Range<usize>> = vec![0..0; corpus.documents.len()];
    for (index, quote) in quotes.iter().enumerate() {
        if let Some(run) = runs.get_mut(quote.document as usize) {
            if run.start == run.end {
                *run = index..index + 1;
            } else {
                run.end = index + 1;
            }
        }
    }
    for (position, document) in corpus.documents.iter().enumerate() {
        let quoted = Spans::of(runs[position].clone().flat_map(|index| {
            quotes[index]
                .parts
                .iter()
                .map(move |part| (part.start..part.end, index))
        }));
        let reported_here = Spans::of(
            reported
                .get(position)
                .into_iter()
                .flatten()
                .map(|statement| (statement.start..statement.end, statement.speaker)),
        );
        let described_here = Spans::of(
            described
                .get(position)
                .into_iter()
                .flatten()
                .map(|statement| (statement.start..statement.end, statement.source)),
        );
        let mut number = 0;
        for paragraph in &document.paragraphs {
            if !paragraph.role.is_story() {
                continue;
            }
            for mention in find_figures(paragraph.text(&document.text)) {
                let mention = mention.shifted(paragraph.start);
                let at = mention.number_start;
                let quote = quoted.at(at);
                let (speaker, described) = match quote {
                    Some(index) => (quotes[index].speaker, quotes[index].described),
                    None => match reported_here.at(at) {
                        Some(speaker) => (Some(speaker), None),
                        None => (None, described_here.at(at)),
                    },
                };
                number += 1;
                figures.push(Figure {
                    document: position as u32,
                    number,
                    mention,
                    quote,
                    speaker,
                    // "according to exit polling reported by two networks": the source's own
                    // words claim nothing.
                    described: described
                        .filter(|source| speaker.is_none() && !source.range().contains(&at)),
                });
            }
        }
    }
    figures
}

/// Stretches of a document that do not overlap (the parts of its quotes, its reported statements), each
/// with a value, sorted to be looked up by position: a long document has thousands of each.
struct Spans<T> {
    spans: Vec<(std::ops::Range<usize>, T)>,
}

impl<T: Copy> Spans<T> {
    fn of(spans: impl Iterator<Item = (std::ops::Range<usize>, T)>) -> Spans<T> {
        let mut spans: Vec<_> = spans.collect();
        spans.sort_by_key(|(span, _)| span.start);
        Spans { spans }
    }

    /// The value of the stretch that holds byte `at`.
    fn at(&self, at: usize) -> Option<T> {
        let after = self.spans.partition_point(|(span, _)| span.start <= at);
        let (span, value) = self.spans.get(after.checked_sub(1)?)?;
        span.contains(&at).then_some(*value)
    }
}
