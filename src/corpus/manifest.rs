//! The manifest: what a corpus's texts do not say about themselves (publisher, kind, source, date), and the
//! dated context events around them.
//!
//! Read in two stages: TOML into raw, span-carrying records close to what the user typed, then into a
//! validated [`Manifest`]. Every problem becomes a [`Diagnostic`] naming the manifest's line; the valid
//! rest is kept.

use std::collections::HashSet;
use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::date::PublishedDate;
use super::diagnostic::{Diagnostic, TextPosition};

/// The manifest's file name inside a corpus folder.
pub const MANIFEST_FILE_NAME: &str = "manifest.toml";

/// The validated manifest.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub corpus: CorpusInfo,
    pub documents: Vec<DocumentEntry>,
    pub events: Vec<ContextEvent>,
}

/// What the corpus as a whole is about.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorpusInfo {
    pub title: Option<String>,
    pub description: Option<String>,
}

/// What is known about one source file from outside its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentEntry {
    /// The file's name in the corpus folder.
    pub file: String,
    /// The manifest line the entry starts on, for diagnostics about it.
    pub line: u32,
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub author: Option<String>,
    pub kind: Option<DocumentKind>,
    pub url: Option<SourceUrl>,
    /// Where it was published when the exact address is unknown (`news.example.org`).
    pub site: Option<String>,
    pub published: Option<PublishedDate>,
}

/// Something that happened around the corpus, dated, with where that is documented.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContextEvent {
    pub date: PublishedDate,
    pub title: String,
    pub source: Option<String>,
    pub url: Option<SourceUrl>,
}

/// What sort of text a document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    NewsArticle,
    PressRelease,
    Statement,
    Speech,
    Transcript,
    Report,
    Opinion,
    BlogPost,
    Other,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 9] = [
        DocumentKind::NewsArticle,
        DocumentKind::PressRelease,
        DocumentKind::Statement,
        DocumentKind::Speech,
        DocumentKind::Transcript,
        DocumentKind::Report,
        DocumentKind::Opinion,
        DocumentKind::BlogPost,
        DocumentKind::Other,
    ];

    /// The identifier written in the manifest and in URLs.
    pub fn id(self) -> &'static str {
        match self {
            DocumentKind::NewsArticle => "news-article",
            DocumentKind::PressRelease => "press-release",
            DocumentKind::Statement => "statement",
            DocumentKind::Speech => "speech",
            DocumentKind::Transcript => "transcript",
            DocumentKind::Report => "report",
            DocumentKind::Opinion => "opinion",
            DocumentKind::BlogPost => "blog-post",
            DocumentKind::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            DocumentKind::NewsArticle => "News article",
            DocumentKind::PressRelease => "Press release",
            DocumentKind::Statement => "Statement",
            DocumentKind::Speech => "Speech",
            DocumentKind::Transcript => "Transcript",
            DocumentKind::Report => "Report",
            DocumentKind::Opinion => "Opinion",
            DocumentKind::BlogPost => "Blog post",
            DocumentKind::Other => "Other",
        }
    }
}

impl FromStr for DocumentKind {
    type Err = String;

    fn from_str(text: &str) -> Result<DocumentKind, String> {
        DocumentKind::ALL
            .into_iter()
            .find(|kind| kind.id() == text.trim())
            .ok_or_else(|| {
                let known: Vec<&str> = DocumentKind::ALL.iter().map(|kind| kind.id()).collect();
                format!("unknown kind \"{text}\": use one of {}", known.join(", "))
            })
    }
}

/// An absolute `http:` or `https:` address. Anything else (a `javascript:` URL, a relative path) is refused,
/// because these become links a reader clicks.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SourceUrl(String);

impl SourceUrl {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The host, for showing where a link goes: `www.example.org`.
    pub fn host(&self) -> &str {
        let after_scheme = self
            .0
            .split_once("://")
            .map_or(self.0.as_str(), |(_, rest)| rest);
        let end = after_scheme
            .find(['/', '?', '#'])
            .unwrap_or(after_scheme.len());
        let authority = &after_scheme[..end];
        authority
            .rsplit_once('@')
            .map_or(authority, |(_, host)| host)
    }
}

impl TryFrom<String> for SourceUrl {
    type Error = String;

    fn try_from(text: String) -> Result<SourceUrl, String> {
        let trimmed = text.trim();
        let lower = trimmed.to_ascii_lowercase();
        let rest = lower
            .strip_prefix("https://")
            .or_else(|| lower.strip_prefix("http://"));
        match rest {
            Some(rest) if !rest.is_empty() && !rest.starts_with('/') => {}
            _ => {
                return Err(format!(
                    "\"{trimmed}\" is not an absolute http(s) address; leave the field out when the address is unknown"
                ))
            }
        }
        if trimmed.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(format!(
                "\"{trimmed}\" contains spaces or control characters"
            ));
        }
        Ok(SourceUrl(trimmed.to_owned()))
    }
}

impl From<SourceUrl> for String {
    fn from(url: SourceUrl) -> String {
        url.0
    }
}

impl fmt::Display for SourceUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    #[serde(default)]
    corpus: RawCorpusInfo,
    #[serde(default, rename = "document")]
    documents: Vec<Spanned<RawDocumentEntry>>,
    #[serde(default, rename = "event")]
    events: Vec<Spanned<RawContextEvent>>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCorpusInfo {
    title: Option<String>,
    description: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocumentEntry {
    file: Spanned<String>,
    title: Option<String>,
    publisher: Option<String>,
    author: Option<String>,
    kind: Option<Spanned<String>>,
    url: Option<Spanned<String>>,
    site: Option<String>,
    published: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContextEvent {
    date: Spanned<String>,
    title: String,
    source: Option<String>,
    url: Option<Spanned<String>>,
}

/// Reads a manifest. `file_name` is how diagnostics name it. Never fails: a manifest that is not TOML at all
/// gives an empty manifest and an error; a bad field is left out with an error naming its line.
pub fn parse_manifest(file_name: &str, text: &str) -> (Manifest, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let raw: RawManifest = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(error) => {
            let position = error
                .span()
                .map(|span| TextPosition::of_offset(text, span.start));
            let message = error.message().trim().to_owned();
            diagnostics.push(Diagnostic::error(file_name, position, message));
            return (Manifest::default(), diagnostics);
        }
    };
    let line_starts = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(offset, _)| offset + 1))
        .collect();
    let mut report = Reporter {
        file_name,
        text,
        line_starts,
        diagnostics: &mut diagnostics,
    };
    let corpus = CorpusInfo {
        title: non_empty(raw.corpus.title),
        description: non_empty(raw.corpus.description),
    };
    let mut files_seen = HashSet::new();
    let mut documents = Vec::with_capacity(raw.documents.len());
    for spanned_entry in raw.documents {
        let entry_line = report.position(spanned_entry.span()).line;
        let raw_entry = spanned_entry.into_inner();
        if let Some(entry) = validate_document(raw_entry, entry_line, &mut files_seen, &mut report)
        {
            documents.push(entry);
        }
    }
    let events = raw
        .events
        .into_iter()
        .filter_map(|spanned_event| validate_event(spanned_event.into_inner(), &mut report))
        .collect();
    (
        Manifest {
            corpus,
            documents,
            events,
        },
        diagnostics,
    )
}

struct Reporter<'a> {
    file_name: &'a str,
    text: &'a str,
    /// Where each line starts, so that positions cost a search, not a scan (manifests can be long).
    line_starts: Vec<usize>,
    diagnostics: &'a mut Vec<Diagnostic>,
}

impl Reporter<'_> {
    fn position(&self, span: Range<usize>) -> TextPosition {
        let offset = span.start.min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let line_start = self.line_starts[line - 1];
        TextPosition::of_offset(&self.text[line_start..], offset - line_start).on_line(line)
    }

    fn error(&mut self, span: Range<usize>, message: String) {
        let position = self.position(span);
        self.diagnostics
            .push(Diagnostic::error(self.file_name, Some(position), message));
    }

    fn date(&mut self, field: &Spanned<String>) -> Option<PublishedDate> {
        match field.get_ref().parse() {
            Ok(date) => Some(date),
            Err(error) => {
                self.error(field.span(), error.to_string());
                None
            }
        }
    }

    fn url(&mut self, field: Option<Spanned<String>>) -> Option<SourceUrl> {
        let field = field?;
        if field.get_ref().trim().is_empty() {
            return None;
        }
        let span = field.span();
        match SourceUrl::try_from(field.into_inner()) {
            Ok(url) => Some(url),
            Err(message) => {
                self.error(span, message);
                None
            }
        }
    }
}

fn validate_document(
    raw: RawDocumentEntry,
    line: u32,
    files_seen: &mut HashSet<String>,
    report: &mut Reporter<'_>,
) -> Option<DocumentEntry> {
    let file = raw.file.get_ref().trim().to_owned();
    if file.is_empty() || file.contains(['/', '\\']) || file == "." || file == ".." {
        report.error(
            raw.file.span(),
            format!("\"{file}\" is not a file name in the corpus folder (no folders or paths)"),
        );
        return None;
    }
    if !files_seen.insert(file.clone()) {
        report.error(
            raw.file.span(),
            format!("\"{file}\" already has an entry above; merge the two"),
        );
        return None;
    }
    let kind = raw.kind.and_then(|kind| match kind.get_ref().parse() {
        Ok(kind) => Some(kind),
        Err(message) => {
            report.error(kind.span(), message);
            None
        }
    });
    let published = raw.published.and_then(|published| report.date(&published));
    Some(DocumentEntry {
        file,
        line,
        title: non_empty(raw.title),
        publisher: non_empty(raw.publisher),
        author: non_empty(raw.author),
        kind,
        url: report.url(raw.url),
        site: non_empty(raw.site),
        published,
    })
}

fn validate_event(raw: RawContextEvent, report: &mut Reporter<'_>) -> Option<ContextEvent> {
    let date = report.date(&raw.date)?;
    let Some(title) = non_empty(Some(raw.title)) else {
        report.error(raw.date.span(), "this event has an empty title".to_owned());
        return None;
    };
    Some(ContextEvent {
        date,
        title,
        source: non_empty(raw.source),
        url: report.url(raw.url),
    })
}

fn non_empty(text: Option<String>) -> Option<String> {
    text.map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check_diagnostics(text: &str, expected: Expect) {
        let (_, diagnostics) = parse_manifest("manifest.toml", text);
        let rendered: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        expected.assert_eq(&rendered.join("\n"));
    }

    const VALID: &str = r#"
[corpus]
title = "A corpus"

[[document]]
file = "a.txt"
publisher = "The Daily Example"
author = "Jane Doe"
kind = "news-article"
url = "https://news.example.org/story"
published = "2024-03-14"

[[document]]
file = "b.md"
publisher = "Example Council"
kind = "press-release"
url = ""
site = "press.example.org"
published = "2024-03-10/2024-03-14"

[[event]]
date = "2024-03"
title = "Something happened"
source = "Example Agency"
"#;

    #[test]
    fn a_valid_manifest_reads_whole_and_silent() {
        let (manifest, diagnostics) = parse_manifest("manifest.toml", VALID);
        assert_eq!(diagnostics, []);
        assert_eq!(manifest.corpus.title.as_deref(), Some("A corpus"));
        assert_eq!(manifest.documents.len(), 2);
        let first = &manifest.documents[0];
        assert_eq!(first.line, 5);
        assert_eq!(first.kind, Some(DocumentKind::NewsArticle));
        assert_eq!(first.url.as_ref().unwrap().host(), "news.example.org");
        let second = &manifest.documents[1];
        assert_eq!(second.url, None, "an empty url means unknown");
        assert_eq!(second.site.as_deref(), Some("press.example.org"));
        assert_eq!(
            second.published.unwrap().to_string(),
            "2024-03-10/2024-03-14"
        );
        assert_eq!(manifest.events.len(), 1);
        assert_eq!(manifest.events[0].date.label(), "Mar 2024");
    }

    #[test]
    fn a_manifest_that_is_not_toml_names_the_line() {
        check_diagnostics(
            "[corpus]\ntitle = \"ok\"\n\n[[document]]\nfile = \"a.txt\npublisher = \"x\"\n",
            expect![[r#"manifest.toml:5:14: error: invalid basic string, expected `"`"#]],
        );
    }

    #[test]
    fn a_misspelt_field_is_refused_by_name() {
        check_diagnostics(
            "[[document]]\nfile = \"a.txt\"\npublsher = \"x\"\n",
            expect![[
                r#"manifest.toml:3:1: error: unknown field `publsher`, expected one of `file`, `title`, `publisher`, `author`, `kind`, `url`, `site`, `published`"#
            ]],
        );
    }

    #[test]
    fn bad_values_name_their_own_lines_and_the_rest_is_kept() {
        let text = "[[document]]\nfile = \"a.txt\"\nkind = \"newz\"\npublished = \"11 Dec 2023\"\nurl = \"javascript:alert(1)\"\n\n[[document]]\nfile = \"a.txt\"\n\n[[document]]\nfile = \"../etc/passwd\"\n\n[[event]]\ndate = \"2023-02-30\"\ntitle = \"x\"\n";
        check_diagnostics(
            text,
            expect![[r#"
                manifest.toml:3:8: error: unknown kind "newz": use one of news-article, press-release, statement, speech, transcript, report, opinion, blog-post, other
                manifest.toml:4:13: error: "11 Dec 2023" is not a date: write a day "2023-12-11", a month "2023-12", a year "2023", or a range of days "2023-12-06/2023-12-11" when the exact day is unknown
                manifest.toml:5:7: error: "javascript:alert(1)" is not an absolute http(s) address; leave the field out when the address is unknown
                manifest.toml:8:8: error: "a.txt" already has an entry above; merge the two
                manifest.toml:11:8: error: "../etc/passwd" is not a file name in the corpus folder (no folders or paths)
                manifest.toml:14:8: error: "2023-02-30" names a month or day that does not exist"#]],
        );
        let (manifest, _) = parse_manifest("manifest.toml", text);
        assert_eq!(
            manifest.documents.len(),
            1,
            "the first entry stays, without its bad fields"
        );
        assert_eq!(manifest.documents[0].kind, None);
        assert_eq!(manifest.documents[0].published, None);
        assert_eq!(manifest.documents[0].url, None);
        assert!(manifest.events.is_empty());
    }

    #[test]
    fn an_event_needs_a_date_and_a_title() {
        check_diagnostics(
            "[[event]]\ntitle = \"x\"\n",
            expect![[r#"manifest.toml:1:1: error: missing field `date`"#]],
        );
    }

    #[test]
    fn an_empty_manifest_is_a_valid_empty_manifest() {
        let (manifest, diagnostics) = parse_manifest("manifest.toml", "");
        assert_eq!(manifest, Manifest::default());
        assert_eq!(diagnostics, []);
    }

    #[test]
    fn the_manifest_survives_the_compact_form_the_build_embeds() {
        let (manifest, _) = parse_manifest("manifest.toml", VALID);
        let bytes = postcard::to_allocvec(&manifest).unwrap();
        let back: Manifest = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back, manifest);
    }

    #[test]
    fn source_url_host_ignores_credentials_paths_and_ports_stay() {
        let url = SourceUrl::try_from("https://user@example.org:8443/a?b#c".to_owned()).unwrap();
        assert_eq!(url.host(), "example.org:8443");
        assert!(SourceUrl::try_from("ftp://example.org".to_owned()).is_err());
        assert!(SourceUrl::try_from("https:///path".to_owned()).is_err());
        assert!(SourceUrl::try_from("https://exa mple.org".to_owned()).is_err());
    }
}
