//! A document: one source file's text, its paragraphs, and what is known about where it came from.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::date::PublishedDate;
use super::layout::ParagraphRole;
use super::manifest::{DocumentKind, SourceUrl};
use super::paragraph::Paragraph;

/// A document's stable identifier, made from its file name; safe to put in a URL as it is.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DocumentId(String);

impl DocumentId {
    /// The identifier for a file: its name without extension, with anything but ASCII letters, digits, `-`
    /// and `_` replaced by `-`.
    pub fn from_file_name(file_name: &str) -> DocumentId {
        let stem = file_name
            .rsplit_once('.')
            .map_or(file_name, |(stem, _)| stem);
        let id: String = stem
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        DocumentId(if id.is_empty() {
            "document".to_owned()
        } else {
            id
        })
    }

    /// An identifier as written elsewhere (in a URL): `None` unless it is 1–200 ASCII letters, digits, `-`
    /// or `_`, the only shape [`DocumentId::from_file_name`] makes.
    pub fn parse(text: &str) -> Option<DocumentId> {
        let valid = (1..=200).contains(&text.len())
            && text
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        valid.then(|| DocumentId(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The same identifier with `-2`, `-3`… appended, for files whose names differ only in extension.
    pub(super) fn with_suffix(&self, number: usize) -> DocumentId {
        DocumentId(format!("{}-{number}", self.0))
    }
}

impl fmt::Display for DocumentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where a document's title came from, so a reader knows whether a person or a heuristic chose it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TitleOrigin {
    /// Given by the manifest.
    Manifest,
    /// The headline printed in the text.
    Text,
    /// The text has no headline: its opening words.
    Excerpt,
    /// Stated in a web page's head (`og:title` or `<title>`).
    Page,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub id: DocumentId,
    /// The source file's name in the corpus folder.
    pub file: String,
    pub title: String,
    pub title_origin: TitleOrigin,
    pub publisher: Option<String>,
    pub author: Option<String>,
    pub kind: Option<DocumentKind>,
    pub url: Option<SourceUrl>,
    /// Where it was published when the exact address is unknown.
    pub site: Option<String>,
    pub published: Option<PublishedDate>,
    /// The original text, byte for byte (less a byte-order mark); every offset points into it.
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    /// Words in its paragraphs (counted once, when it is read: a large corpus's total is shown at once).
    pub words: usize,
    /// Added by the reader in their browser, not part of the corpus (`local::join_local`). Never written
    /// into a bundle: what a reader adds is theirs alone.
    #[serde(skip)]
    pub local: bool,
}

impl Document {
    pub fn paragraph_texts(&self) -> impl Iterator<Item = &str> {
        self.paragraphs
            .iter()
            .map(|paragraph| paragraph.text(&self.text))
    }

    /// The story's paragraphs below the headline (body and headings), with their indices.
    pub fn story_paragraphs(&self) -> impl Iterator<Item = (usize, &Paragraph)> {
        self.paragraphs.iter().enumerate().filter(|(_, paragraph)| {
            matches!(paragraph.role, ParagraphRole::Body | ParagraphRole::Heading)
        })
    }

    /// What was set aside as page furniture, with indices: kept, to be shown on request.
    pub fn boilerplate_paragraphs(&self) -> impl Iterator<Item = (usize, &Paragraph)> {
        self.paragraphs
            .iter()
            .enumerate()
            .filter(|(_, paragraph)| paragraph.role.is_boilerplate())
    }

    /// "News article", "Document" when the kind is not known, or "Your document" for one the reader
    /// added: the line above a title says what it is and whose.
    pub fn kind_label(&self) -> &'static str {
        if self.local {
            return "Your document";
        }
        self.kind.map_or("Document", DocumentKind::label)
    }

    /// The publisher, or "Publisher unknown".
    pub fn publisher_label(&self) -> &str {
        self.publisher.as_deref().unwrap_or("Publisher unknown")
    }

    pub fn word_count(&self) -> usize {
        self.words
    }

    /// The words of `paragraphs` of `text`, separated by white space.
    pub(super) fn count_words(text: &str, paragraphs: &[Paragraph]) -> usize {
        paragraphs
            .iter()
            .map(|paragraph| paragraph.text(text).split_whitespace().count())
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_file_names_and_are_url_safe() {
        assert_eq!(
            DocumentId::from_file_name("000_4db77244379ade82.txt").as_str(),
            "000_4db77244379ade82"
        );
        assert_eq!(
            DocumentId::from_file_name("Minister's speech (draft).md").as_str(),
            "Minister-s-speech--draft-"
        );
        assert_eq!(
            DocumentId::from_file_name("archive.2024.txt").as_str(),
            "archive-2024"
        );
        assert_eq!(DocumentId::from_file_name(".txt").as_str(), "document");
    }

    #[test]
    fn parsing_accepts_only_what_file_names_make() {
        assert_eq!(
            DocumentId::parse("000_4db7-x"),
            Some(DocumentId::from_file_name("000_4db7-x.txt"))
        );
        assert_eq!(DocumentId::parse(""), None);
        assert_eq!(DocumentId::parse("a b"), None);
        assert_eq!(DocumentId::parse("<script>"), None);
        assert_eq!(DocumentId::parse(&"x".repeat(201)), None);
    }
}
