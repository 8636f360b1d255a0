//! Quotes: the quoted spans of a document joined across paragraphs (a quote that runs on, each paragraph
//! opening with a mark and only the last closing) and across an attribution that splits them.

use std::ops::Range;

use compact_str::CompactString;
use serde::{Deserialize, Serialize};

use super::lexicon::{is_cue_verb, is_title_small_word};
use super::quote_marks::{find_quoted_spans, MarkStyle};
use crate::corpus::{is_title_case, Corpus, Document, ParagraphRole};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuoteKind {
    /// A whole utterance in the speaker's words.
    Direct,
    /// A fragment quoted inside the writer's own sentence: will have “a dangerous impact”.
    Partial,
}

impl QuoteKind {
    pub fn id(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
        }
    }
}

/// How the speaker of a quote was found, so a reader can judge the attribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AttributionEvidence {
    /// "X said:" before the quote, in its paragraph or ending the one before.
    Introduced,
    /// "…,” X said." after the quote.
    Followed,
    /// The subject of the reporting verb of the sentence the quote sits in.
    Reported,
    /// No cue of its own: it continues the previous quote's speaker.
    Continued,
}

impl AttributionEvidence {
    pub fn id(self) -> &'static str {
        match self {
            AttributionEvidence::Introduced => "introduced",
            AttributionEvidence::Followed => "followed",
            AttributionEvidence::Reported => "reported",
            AttributionEvidence::Continued => "continued",
        }
    }

    /// How a reader would say it: "named before the quote".
    pub fn explanation(self) -> &'static str {
        match self {
            AttributionEvidence::Introduced => "named before the quote",
            AttributionEvidence::Followed => "named after the quote",
            AttributionEvidence::Reported => "subject of the reporting sentence",
            AttributionEvidence::Continued => "continues the previous quote",
        }
    }
}

/// One part of a quote: the text between its marks, as a byte range into the document's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuotePart {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
}

impl QuotePart {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The document's position in the corpus. (Numbers rather than string ids keep a large corpus's
    /// analysis a fraction of the size in the browser's memory; [`Quote::id`] makes the id when shown.)
    pub document: u32,
    /// Its place among the document's quotes, from 1, in reading order.
    pub number: u32,
    pub kind: QuoteKind,
    pub parts: Vec<QuotePart>,
    /// The reporting verb as written ("said", "added", "warns"): a short word, kept inline rather than
    /// in an allocation of its own (a large corpus has a cue for most of its quotes).
    #[serde(deserialize_with = "crate::serial::compact_text")]
    pub cue: Option<CompactString>,
    /// An index into the analysis's speakers.
    pub speaker: Option<usize>,
    pub evidence: Option<AttributionEvidence>,
    /// Who said it as the story describes them without naming them ("said a senior Cruz adviser"):
    /// shown instead of a speaker, never with one, so an unnamed source is neither lost nor guessed.
    pub described: Option<SourcePhrase>,
}

/// Where in its document the words describing an unnamed source are: byte offsets into the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourcePhrase {
    pub start: u32,
    pub end: u32,
}

impl SourcePhrase {
    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

impl Quote {
    /// Its stable id: "{document id}-q{number}".
    pub fn id(&self, corpus: &Corpus) -> String {
        format!("{}-q{}", corpus.id_at(self.document), self.number)
    }

    /// The words describing its unnamed source, as written: "a senior Cruz adviser".
    pub fn described_source<'a>(&self, text: &'a str) -> Option<&'a str> {
        self.described.and_then(|phrase| text.get(phrase.range()))
    }

    pub fn first_paragraph(&self) -> usize {
        self.parts.first().map_or(0, |part| part.paragraph)
    }

    pub fn last_paragraph(&self) -> usize {
        self.parts.last().map_or(0, |part| part.paragraph)
    }

    /// The quote's words, its parts joined by a space.
    pub fn text(&self, document_text: &str) -> String {
        self.parts
            .iter()
            .filter_map(|part| document_text.get(part.range()))
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// A quote before attribution: its parts, with the positions of its marks for reading the text around it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteCandidate {
    pub style: MarkStyle,
    pub parts: Vec<QuotePart>,
    /// Absolute offset of the opening mark of the first part.
    pub open_start: usize,
    /// Absolute offset just after the closing mark of the last part (or the paragraph's end if unclosed).
    pub close_end: usize,
    /// Whether the first part opens its paragraph.
    pub opens_paragraph: bool,
    /// For a quote split by its attribution ("…,” she said, “…”), where the attribution stands.
    pub split_by: Option<Range<usize>>,
}

/// Every quoted span of the story paragraphs of `document`, with runs across paragraphs joined.
pub fn find_quote_candidates(document: &Document) -> Vec<QuoteCandidate> {
    let mut candidates: Vec<QuoteCandidate> = Vec::new();
    let mut running: Option<QuoteCandidate> = None;
    for (index, paragraph) in document.paragraphs.iter().enumerate() {
        if !paragraph.role.is_story() {
            continue;
        }
        let text = paragraph.text(&document.text);
        let spans = find_quoted_spans(text);
        let mut spans = spans.into_iter().peekable();
        if let Some(mut open) = running.take() {
            let continues = spans
                .peek()
                .is_some_and(|span| span.open.start == 0 && span.style == open.style);
            if continues {
                let span = spans.next().unwrap_or_else(|| unreachable!("peeked"));
                open.parts.push(QuotePart {
                    start: paragraph.start + span.content.start,
                    end: paragraph.start + span.content.end,
                    paragraph: index,
                });
                match span.close {
                    Some(close) => {
                        open.close_end = paragraph.start + close.end;
                        candidates.push(open);
                    }
                    None => {
                        open.close_end = paragraph.end;
                        running = Some(open);
                        continue;
                    }
                }
            } else {
                candidates.push(open);
            }
        }
        for span in spans {
            // A title ("Its report, “Safe Homes, Safe Futures”, …") is quoted but nobody says it.
            if span.close.is_some()
                && paragraph.role != ParagraphRole::Title
                && is_title_of_work(&text[..span.open.start], &text[span.content.clone()])
            {
                continue;
            }
            let candidate = QuoteCandidate {
                style: span.style,
                parts: vec![QuotePart {
                    start: paragraph.start + span.content.start,
                    end: paragraph.start + span.content.end,
                    paragraph: index,
                }],
                open_start: paragraph.start + span.open.start,
                close_end: paragraph.start
                    + span.close.as_ref().map_or(text.len(), |close| close.end),
                opens_paragraph: span.open.start == 0,
                split_by: None,
            };
            if span.close.is_none() {
                running = Some(candidate);
            } else {
                candidates.push(candidate);
            }
        }
    }
    candidates.extend(running);
    // Drop empty quotes ("" as a mark of nothing).
    candidates.retain(|candidate| {
        candidate.parts.iter().any(|part| {
            document.text[part.range()]
                .chars()
                .any(char::is_alphanumeric)
        })
    });
    candidates
}

/// Whether a quoted stretch is the title of a work rather than someone's words: short, without a
/// sentence's punctuation, and either named by the noun before it ("the report “…”", "documentary “…”")
/// or written in title case ("Out of Sight", "Kids Not Cases").
fn is_title_of_work(before: &str, quoted: &str) -> bool {
    let written = quoted.trim();
    // American style puts the sentence's comma or full stop inside the marks: “Meet the Press.”,
    // “State of the Union,”. A subtitle follows a colon: “The Art of the Deal: …”.
    let quoted = written
        .strip_suffix([',', '.'])
        .filter(|rest| !rest.ends_with('.'))
        .unwrap_or(written);
    let inside_punctuation = quoted.len() < written.len();
    let words: Vec<&str> = quoted.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 8
        || quoted.contains(['.', '!', '?', ';'])
        || quoted.ends_with(',')
        || (quoted.contains(':') && !is_title_case(&quoted.replace(':', "")))
    {
        return false;
    }
    let mut before_words = before
        .trim_end()
        .trim_end_matches(',')
        .split_whitespace()
        .rev();
    let written_previous = before_words.next().unwrap_or("");
    let previous = written_previous.to_lowercase();
    // "called the strategy “the final straw”" judges the work; it does not name it. "called her
    // “Crooked Hillary.”", "branded it “…”" give a name in the speaker's words.
    let second = before_words.next();
    let third = before_words.next();
    let judged = third.is_some_and(|word| is_cue_verb(word.trim_matches(',')));
    let named_by_a_cue = [Some(written_previous), second]
        .into_iter()
        .flatten()
        .any(|word| is_cue_verb(word.trim_matches(',')));
    let named_as_work = !judged
        && matches!(
            previous.as_str(),
            "report"
                | "study"
                | "book"
                | "novel"
                | "film"
                | "documentary"
                | "campaign"
                | "album"
                | "song"
                | "play"
                | "series"
                | "programme"
                | "program"
                | "podcast"
                | "exhibition"
                | "strategy"
                | "titled"
                | "entitled"
        );
    let capitalised = |word: &&str| word.chars().next().is_some_and(char::is_uppercase);
    // Short words ("of", "the", "and") stay lower case in a title; the rest are capitalised.
    let title_case = words.len() >= 2
        && is_title_case(quoted)
        && words.iter().filter(|word| capitalised(word)).count() >= 2;
    if inside_punctuation {
        // With the sentence's punctuation inside the marks the words may as well be someone's ("It’s
        // not new in Virginia,"): only a strict title counts, and not a name someone gave in their
        // words ("called her “Crooked Hillary.”").
        return is_strict_title_case(&words) && !judged && !named_by_a_cue;
    }
    named_as_work || title_case
}

/// Every word capitalised but the short ones a title leaves in lower case: "Meet the Press", "The Art of
/// the Deal", not "It’s not new in Virginia".
fn is_strict_title_case(words: &[&str]) -> bool {
    let capitalised = |word: &str| {
        word.trim_start_matches(|c: char| !c.is_alphanumeric())
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    words.len() >= 2
        && capitalised(words[0])
        && words
            .iter()
            .all(|word| capitalised(word) || is_title_small_word(word))
        && !words
            .iter()
            .any(|word| word.contains(['’', '\'']) && !word.ends_with("’s"))
}
