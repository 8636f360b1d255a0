//! Assembly: a manifest plus a folder's source files become a [`Corpus`] of documents, with diagnostics.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::date::PublishedDate;
use super::diagnostic::{Diagnostic, TextPosition};
use super::document::{Document, DocumentId, TitleOrigin};
use super::html::read_html;
use super::layout::{analyse_layout, ParagraphRole};
use super::manifest::{
    parse_manifest, ContextEvent, CorpusInfo, DocumentEntry, Manifest, MANIFEST_FILE_NAME,
};
use super::paragraph::split_paragraphs;
use super::source::{decode_text, SourceFile, SourceFormat};
use super::title::{excerpt, title_text};

/// Every document of a corpus, in file-name order, with the corpus's context events.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corpus {
    pub info: CorpusInfo,
    #[serde(deserialize_with = "crate::serial::exact_vec")]
    pub documents: Vec<Document>,
    pub events: Vec<ContextEvent>,
}

impl Corpus {
    /// The id of the document at `position` ("" past the last: ids made from positions never fail).
    pub fn id_at(&self, position: u32) -> &str {
        self.documents
            .get(position as usize)
            .map_or("", |document| document.id.as_str())
    }

    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents
            .iter()
            .find(|document| document.id.as_str() == id)
    }

    /// The corpus's title, or a plain description of it when the manifest gives none.
    pub fn title(&self) -> &str {
        self.info.title.as_deref().unwrap_or("Untitled corpus")
    }

    /// Documents newest first; undated ones last, by title.
    pub fn documents_newest_first(&self) -> Vec<&Document> {
        self.positions_newest_first()
            .into_iter()
            .map(|position| &self.documents[position])
            .collect()
    }

    /// The same order as positions in `documents`, for lists that look documents up as they show them.
    pub fn positions_newest_first(&self) -> Vec<usize> {
        let mut positions: Vec<usize> = (0..self.documents.len()).collect();
        positions.sort_by(|&a, &b| {
            let (a, b) = (&self.documents[a], &self.documents[b]);
            match (a.published, b.published) {
                (Some(a_date), Some(b_date)) => a_date
                    .cmp_newest_first(b_date)
                    .then_with(|| a.title.cmp(&b.title)),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => a.title.cmp(&b.title),
            }
        });
        positions
    }

    /// Context events oldest first, as a timeline reads.
    pub fn events_in_order(&self) -> Vec<&ContextEvent> {
        let mut events: Vec<&ContextEvent> = self.events.iter().collect();
        events.sort_by_key(|event| (event.date.earliest(), event.date.latest()));
        events
    }

    /// Distinct publishers, in the order they first appear.
    pub fn publishers(&self) -> Vec<&str> {
        let mut seen = HashSet::new();
        self.documents
            .iter()
            .filter_map(|document| document.publisher.as_deref())
            .filter(|publisher| seen.insert(*publisher))
            .collect()
    }
}

/// Builds the corpus from a manifest and the files of its folder (the manifest file itself, hidden files
/// and files of unknown kinds among them are passed over). Never fails: unusable files are left out with an
/// error naming them, and doubtful ones are kept with a warning.
pub fn assemble(manifest: Manifest, sources: &[SourceFile<'_>]) -> (Corpus, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut entries: HashMap<&str, &DocumentEntry> = manifest
        .documents
        .iter()
        .map(|entry| (entry.file.as_str(), entry))
        .collect();
    let mut sorted_sources: Vec<&SourceFile<'_>> = sources.iter().collect();
    sorted_sources.sort_by_key(|source| source.name);

    let mut ids_taken = HashSet::new();
    let mut documents = Vec::new();
    for source in sorted_sources {
        if source.name == MANIFEST_FILE_NAME || source.name.starts_with('.') {
            continue;
        }
        let entry = entries.remove(source.name);
        if SourceFormat::of_file_name(source.name).is_none() {
            let message = "is not a .txt, .md or .html file, so it is not part of the corpus";
            diagnostics.push(if entry.is_some() {
                Diagnostic::error(source.name, None, message)
            } else {
                Diagnostic::warning(source.name, None, message)
            });
            continue;
        }
        let decoded = match decode_text(*source) {
            Ok(text) => text,
            Err(diagnostic) => {
                diagnostics.push(diagnostic);
                continue;
            }
        };
        // A web page's text is read out of its markup, and what its head states stands in for the
        // manifest where the manifest is silent.
        let page = (SourceFormat::of_file_name(source.name) == Some(SourceFormat::Html))
            .then(|| read_html(decoded));
        let text = page.as_ref().map_or(decoded, |page| page.text.as_str());
        let mut paragraphs = split_paragraphs(text);
        if paragraphs.is_empty() {
            diagnostics.push(Diagnostic::warning(source.name, None, "is empty: left out"));
            continue;
        }
        if entry.is_none() && page.is_none() {
            diagnostics.push(Diagnostic::warning(
                source.name,
                None,
                format!("has no entry in {MANIFEST_FILE_NAME}: its publisher, kind and date are unknown"),
            ));
        }
        let layout = analyse_layout(text, &paragraphs);
        for (paragraph, role) in paragraphs.iter_mut().zip(&layout.roles) {
            paragraph.role = *role;
        }
        let id = unique_id(DocumentId::from_file_name(source.name), &mut ids_taken);
        let headline = layout
            .title
            .map(|index| title_text(paragraphs[index].text(text)));
        let first_story_paragraph = || {
            paragraphs
                .iter()
                .find(|paragraph| paragraph.role == ParagraphRole::Body)
                .map(|paragraph| excerpt(paragraph.text(text)))
        };
        // A headline the layout finds reads better than the head's title, which often carries the site's
        // name; a page's first <h1> is its headline when the layout finds none.
        let page_title = page
            .as_ref()
            .and_then(|page| page.headline.clone().or_else(|| page.title.clone()));
        let manifest_title = entry.and_then(|entry| entry.title.clone());
        let (title, title_origin) = match (manifest_title, headline, page_title) {
            (Some(title), _, _) => (title, TitleOrigin::Manifest),
            (None, Some(headline), _) => (headline, TitleOrigin::Text),
            (None, None, Some(title)) => (title, TitleOrigin::Page),
            (None, None, None) => (
                first_story_paragraph().unwrap_or_else(|| source.name.to_owned()),
                TitleOrigin::Excerpt,
            ),
        };
        documents.push(Document {
            id,
            file: source.name.to_owned(),
            title,
            title_origin,
            // The manifest overrides what a page's head states, which overrides what its text says.
            publisher: entry
                .and_then(|entry| entry.publisher.clone())
                .or_else(|| page.as_ref().and_then(|page| page.site.clone())),
            author: entry
                .and_then(|entry| entry.author.clone())
                .or_else(|| page.as_ref().and_then(|page| page.author.clone()))
                .or(layout.author),
            kind: entry.and_then(|entry| entry.kind),
            url: entry
                .and_then(|entry| entry.url.clone())
                .or_else(|| page.as_ref().and_then(|page| page.url.clone())),
            site: entry.and_then(|entry| entry.site.clone()),
            published: entry
                .and_then(|entry| entry.published)
                .or_else(|| page.as_ref().and_then(|page| page.published))
                .or(layout.published.map(PublishedDate::Day)),
            words: Document::count_words(text, &paragraphs),
            text: text.to_owned(),
            paragraphs,
            local: false,
        });
    }

    let mut unmatched: Vec<&DocumentEntry> = entries.into_values().collect();
    unmatched.sort_by_key(|entry| entry.line);
    for entry in unmatched {
        diagnostics.push(Diagnostic::error(
            MANIFEST_FILE_NAME,
            Some(TextPosition {
                line: entry.line,
                column: 1,
            }),
            format!(
                "there is no file named \"{}\" in the corpus folder",
                entry.file
            ),
        ));
    }

    let corpus = Corpus {
        info: manifest.corpus,
        documents,
        events: manifest.events,
    };
    (corpus, diagnostics)
}

/// Reads a whole corpus folder, given as its files: the manifest among them, then every document. Returns the
/// validated manifest too, for a build that embeds it.
pub fn read_folder(files: &[SourceFile<'_>]) -> (Manifest, Corpus, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let manifest = match files.iter().find(|file| file.name == MANIFEST_FILE_NAME) {
        Some(file) => match decode_text(*file) {
            Ok(text) => {
                let (manifest, manifest_diagnostics) = parse_manifest(MANIFEST_FILE_NAME, text);
                diagnostics.extend(manifest_diagnostics);
                manifest
            }
            Err(diagnostic) => {
                diagnostics.push(diagnostic);
                Manifest::default()
            }
        },
        None => {
            diagnostics.push(Diagnostic::warning(
                MANIFEST_FILE_NAME,
                None,
                "is missing: no document has a publisher, kind or date",
            ));
            Manifest::default()
        }
    };
    let (corpus, assembly_diagnostics) = assemble(manifest.clone(), files);
    diagnostics.extend(assembly_diagnostics);
    if corpus.documents.is_empty() {
        diagnostics.push(Diagnostic::error(
            MANIFEST_FILE_NAME,
            None,
            "the corpus has no documents: add .txt or .md files beside the manifest",
        ));
    }
    (manifest, corpus, diagnostics)
}

fn unique_id(id: DocumentId, taken: &mut HashSet<DocumentId>) -> DocumentId {
    let mut unique = id.clone();
    let mut number = 1;
    while taken.contains(&unique) {
        number += 1;
        unique = id.with_suffix(number);
    }
    taken.insert(unique.clone());
    unique
}

#[cfg(test)]
mod tests {
    use super::super::manifest::parse_manifest;
    use super::*;
    use expect_test::{expect, Expect};

    fn check(manifest_text: &str, files: &[(&str, &[u8])], expected: Expect) {
        let (manifest, mut diagnostics) = parse_manifest("manifest.toml", manifest_text);
        let sources: Vec<SourceFile<'_>> = files
            .iter()
            .map(|&(name, bytes)| SourceFile { name, bytes })
            .collect();
        let (corpus, assembly_diagnostics) = assemble(manifest, &sources);
        diagnostics.extend(assembly_diagnostics);
        let mut lines: Vec<String> = corpus
            .documents
            .iter()
            .map(|document| {
                format!(
                    "{} [{:?}] {:?} | {} | {} | {} | {} paragraphs",
                    document.id,
                    document.title_origin,
                    document.title,
                    document.publisher.as_deref().unwrap_or("-"),
                    document.kind_label(),
                    document
                        .published
                        .map_or("undated".to_owned(), |date| date.label()),
                    document.paragraphs.len()
                )
            })
            .collect();
        lines.extend(diagnostics.iter().map(ToString::to_string));
        expected.assert_eq(&lines.join("\n"));
    }

    const MANIFEST: &str = r#"
[[document]]
file = "a.txt"
publisher = "The Daily Example"
kind = "news-article"
published = "2024-03-14"

[[document]]
file = "b.md"
title = "A title the manifest gives"
publisher = "Example Council"
kind = "press-release"
published = "2024-03-10/2024-03-14"
"#;

    #[test]
    fn files_meet_their_manifest_entries() {
        check(
            MANIFEST,
            &[
                ("b.md", b"# Heading in the text\n\nBody."),
                (
                    "a.txt",
                    b"Home\n\nCouncil approves new bus lanes today\n\nThe council voted.\n",
                ),
            ],
            expect![[r#"
                a [Text] "Council approves new bus lanes today" | The Daily Example | News article | 14 Mar 2024 | 3 paragraphs
                b [Manifest] "A title the manifest gives" | Example Council | Press release | 10–14 Mar 2024 | 2 paragraphs"#]],
        );
    }

    #[test]
    fn a_file_without_an_entry_is_kept_and_a_missing_file_is_an_error() {
        check(
            MANIFEST,
            &[
                ("a.txt", b"Council approves new bus lanes today"),
                ("c.txt", b"Home\nNews"),
            ],
            expect![[r#"
                a [Text] "Council approves new bus lanes today" | The Daily Example | News article | 14 Mar 2024 | 1 paragraphs
                c [Excerpt] "Home" | - | Document | undated | 2 paragraphs
                c.txt: warning: has no entry in manifest.toml: its publisher, kind and date are unknown
                manifest.toml:8:1: error: there is no file named "b.md" in the corpus folder"#]],
        );
    }

    #[test]
    fn a_saved_web_page_is_read_as_its_text_and_its_head_fills_in_for_the_manifest() {
        let page = br#"<html><head><title>Bus lanes | Example News</title>
            <meta property="og:site_name" content="Example News">
            <meta name="author" content="Ada Byline">
            <meta property="article:published_time" content="2024-03-12T08:00:00Z">
            <link rel="canonical" href="https://news.example/bus-lanes"></head>
            <body><nav><a href="/">Home</a></nav><h1>Council approves new bus lanes</h1>
            <p>&ldquo;It is a good day,&rdquo; said the mayor.</p></body></html>"#;
        let untitled =
            b"<p>No headline here, only a sentence that goes on.</p><title>Head title</title>";
        check(
            "[[document]]\nfile = \"c.html\"\npublisher = \"The Manifest's Publisher\"\n",
            &[("a.html", page), ("b.htm", untitled), ("c.html", page)],
            expect![[r#"
                a [Text] "Council approves new bus lanes" | Example News | Document | 12 Mar 2024 | 3 paragraphs
                b [Page] "Head title" | - | Document | undated | 1 paragraphs
                c [Text] "Council approves new bus lanes" | The Manifest's Publisher | Document | 12 Mar 2024 | 3 paragraphs"#]],
        );
    }

    #[test]
    fn unreadable_files_are_left_out_with_their_position() {
        check(
            "",
            &[
                ("bad.txt", b"ok\nnot \xFF ok"),
                ("empty.txt", b"  \n"),
                ("image.png", b"\x89PNG"),
                (".DS_Store", b"\x00\x00"),
                ("manifest.toml", b""),
            ],
            expect![[r#"
                bad.txt:2:5: error: is not valid UTF-8 text here: save the file as UTF-8
                empty.txt: warning: is empty: left out
                image.png: warning: is not a .txt, .md or .html file, so it is not part of the corpus"#]],
        );
    }

    #[test]
    fn a_folder_is_read_through_its_own_manifest() {
        let files = [
            SourceFile {
                name: "manifest.toml",
                bytes: b"[[document]]\nfile = \"a.txt\"\npublisher = \"P\"\n",
            },
            SourceFile {
                name: "a.txt",
                bytes: b"Council approves new bus lanes today",
            },
        ];
        let (manifest, corpus, diagnostics) = read_folder(&files);
        assert_eq!(diagnostics, []);
        assert_eq!(manifest.documents.len(), 1);
        assert_eq!(corpus.documents[0].publisher.as_deref(), Some("P"));
    }

    #[test]
    fn a_folder_without_manifest_or_documents_says_so() {
        let (_, corpus, diagnostics) = read_folder(&[SourceFile {
            name: "notes.pdf",
            bytes: b"%PDF",
        }]);
        assert!(corpus.documents.is_empty());
        let rendered: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        assert_eq!(
            rendered,
            [
                "manifest.toml: warning: is missing: no document has a publisher, kind or date",
                "notes.pdf: warning: is not a .txt, .md or .html file, so it is not part of the corpus",
                "manifest.toml: error: the corpus has no documents: add .txt or .md files beside the manifest",
            ]
        );
    }

    #[test]
    fn ids_stay_unique_when_names_differ_only_in_extension() {
        let sources = [
            SourceFile {
                name: "note.md",
                bytes: b"One two three four",
            },
            SourceFile {
                name: "note.txt",
                bytes: b"Five six seven eight",
            },
        ];
        let (corpus, _) = assemble(Manifest::default(), &sources);
        let ids: Vec<&str> = corpus
            .documents
            .iter()
            .map(|document| document.id.as_str())
            .collect();
        assert_eq!(ids, ["note", "note-2"]);
    }

    #[test]
    fn newest_first_puts_undated_documents_last() {
        let (manifest, _) = parse_manifest("manifest.toml", MANIFEST);
        let sources = [
            SourceFile {
                name: "a.txt",
                bytes: b"Alpha headline of four words",
            },
            SourceFile {
                name: "b.md",
                bytes: b"Beta",
            },
            SourceFile {
                name: "c.txt",
                bytes: b"Gamma headline of four words",
            },
        ];
        let (corpus, _) = assemble(manifest, &sources);
        let order: Vec<&str> = corpus
            .documents_newest_first()
            .iter()
            .map(|document| document.id.as_str())
            .collect();
        assert_eq!(order, ["a", "b", "c"]);
    }
}
