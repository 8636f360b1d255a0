//! Ground truth: what the generator knows it wrote — every quotation and who said it, every figure, which
//! paragraphs are page furniture, and which statements recur across documents — so that tests can measure
//! how well extraction and attribution recover it.
//!
//! Names are canonical: a person's first name and surname without honorifics or post-nominals, an
//! organisation's full name, in both cases with typographic apostrophes (`O’Neill`) whatever the document
//! printed. Quotations are only the marked ones: the unmarked words of a speech or a transcript, which are
//! also their speakers', are not listed.

use serde::Serialize;

use crate::corpus::DocumentKind;

use super::figure::FigureUnit;

#[derive(Clone, Debug, Default, Serialize)]
pub struct GroundTruth {
    /// One entry per document, in file-name order.
    pub documents: Vec<DocumentTruth>,
    /// Statements that appear in more than one document.
    pub repeated_statements: Vec<RepeatedStatement>,
}

#[derive(Clone, Debug, Serialize)]
pub struct DocumentTruth {
    pub file: String,
    pub kind: DocumentKind,
    /// The headline as the text prints it.
    pub title: String,
    /// The line giving the publication date, when the text has one.
    pub date_line: Option<String>,
    pub byline: Option<String>,
    pub quotes: Vec<QuoteTruth>,
    pub figures: Vec<FigureTruth>,
    /// The text of every paragraph that is page furniture (navigation, share lines, related links,
    /// vacancies, copyright, trailers), trimmed as a paragraph splitter trims it.
    pub boilerplate: Vec<String>,
    /// Words in the document, as `split_whitespace` counts them.
    pub words: usize,
}

/// One quotation, as it stands in the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuoteTruth {
    /// Exactly the text between the marks, punctuation inside the marks included. A quotation split by
    /// its attribution, or running over several paragraphs (each opening with a mark and only the last
    /// closing), has one part per piece, in order.
    pub parts: Vec<String>,
    pub kind: QuoteKind,
    /// The canonical name of whoever said it.
    pub speaker: String,
    /// The index in `repeated_statements` when this quotation is (part of) a repeated statement.
    pub statement: Option<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Whole sentences in the speaker's words, attributed by a cue, a pronoun or continuity.
    Direct,
    /// A few words quoted inside reported speech or a headline: `said the plan would have “a dangerous
    /// impact on trade”`.
    Partial,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FigureTruth {
    /// The figure as printed: `£4.2 million`, `37 per cent`, `1,200`, `12,000-seat`. Years, dates,
    /// times, phone numbers and numbers written as words are not figures.
    pub text: String,
    pub value: f64,
    pub unit: FigureUnit,
    /// Who gave the figure (in a quotation or reported speech); `None` in the reporter's own narrative.
    pub speaker: Option<String>,
}

/// A statement quoted by several documents, and how each quoted it.
#[derive(Clone, Debug, Serialize)]
pub struct RepeatedStatement {
    pub speaker: String,
    pub uses: Vec<StatementUse>,
}

#[derive(Clone, Debug, Serialize)]
pub struct StatementUse {
    pub file: String,
    pub forms: Vec<StatementForm>,
}

/// How a document reproduced a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StatementForm {
    /// All of it, as first published.
    Whole,
    /// Only its opening paragraphs.
    Excerpt,
    /// In two quotations with a cue between them (`He added:`).
    Split,
    /// With paragraphs joined or divided differently.
    Reparagraphed,
    /// Lightly edited: a figure retyped (`1200` → `1,200`, `per cent` → `%`) or a word changed.
    Edited,
}
