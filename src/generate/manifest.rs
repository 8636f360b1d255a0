//! The generated corpus's `manifest.toml`, written in the form `corpus::parse_manifest` reads.

use std::fmt::Write;

use crate::corpus::DocumentKind;

/// What the manifest says about one generated document.
#[derive(Clone, Debug)]
pub struct ManifestEntry {
    pub file: String,
    pub publisher: Option<String>,
    pub author: Option<String>,
    pub kind: Option<DocumentKind>,
    pub url: Option<String>,
    pub site: Option<String>,
    /// `2023-12-11`, `2023-12`, `2023` or `2023-12-06/2023-12-11`.
    pub published: Option<String>,
}

#[derive(Clone, Debug)]
pub struct ManifestEvent {
    pub date: String,
    pub title: String,
    pub source: String,
}

pub fn write_manifest(
    title: &str,
    description: &str,
    seed: u64,
    entries: &[ManifestEntry],
    events: &[ManifestEvent],
) -> String {
    let mut text = String::with_capacity(200 + entries.len() * 220 + events.len() * 120);
    // `write!` into a String cannot fail.
    let _ = writeln!(
        text,
        "# A synthetic corpus from Quoteline's generator (seed {seed}). Every person, organisation, place and\n\
         # quotation in it is invented; addresses use the example.org, example.com and example.net domains.\n"
    );
    text.push_str("[corpus]\n");
    field(&mut text, "title", title);
    field(&mut text, "description", description);
    for entry in entries {
        text.push_str("\n[[document]]\n");
        field(&mut text, "file", &entry.file);
        let optional = [
            ("publisher", entry.publisher.as_deref()),
            ("author", entry.author.as_deref()),
            ("kind", entry.kind.map(DocumentKind::id)),
            ("url", entry.url.as_deref()),
            ("site", entry.site.as_deref()),
            ("published", entry.published.as_deref()),
        ];
        for (key, value) in optional {
            if let Some(value) = value {
                field(&mut text, key, value);
            }
        }
    }
    for event in events {
        text.push_str("\n[[event]]\n");
        field(&mut text, "date", &event.date);
        field(&mut text, "title", &event.title);
        field(&mut text, "source", &event.source);
    }
    text
}

fn field(text: &mut String, key: &str, value: &str) {
    text.push_str(key);
    text.push_str(" = \"");
    for character in value.chars() {
        match character {
            '"' => text.push_str("\\\""),
            '\\' => text.push_str("\\\\"),
            '\n' => text.push_str("\\n"),
            '\t' => text.push_str("\\t"),
            control if control.is_control() => {
                let _ = write!(text, "\\u{:04X}", control as u32);
            }
            other => text.push(other),
        }
    }
    text.push_str("\"\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::parse_manifest;
    use expect_test::expect;

    #[test]
    fn awkward_values_are_escaped_and_read_back() {
        let entries = [ManifestEntry {
            file: "doc_000001.txt".to_owned(),
            publisher: Some("Tarnley \"Star\" \\ Residents' Voice".to_owned()),
            author: None,
            kind: Some(DocumentKind::PressRelease),
            url: Some("https://tarnley-star.example.com/news/a".to_owned()),
            site: None,
            published: Some("2023-12-06/2023-12-11".to_owned()),
        }];
        let events = [ManifestEvent {
            date: "2023-12".to_owned(),
            title: "Council’s vote".to_owned(),
            source: "Tarnley Council".to_owned(),
        }];
        let text = write_manifest("Title", "About it", 7, &entries, &events);
        let (manifest, diagnostics) = parse_manifest("manifest.toml", &text);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(
            manifest.documents[0].publisher.as_deref(),
            Some("Tarnley \"Star\" \\ Residents' Voice")
        );
        expect![[r#"
            # A synthetic corpus from Quoteline's generator (seed 7). Every person, organisation, place and
            # quotation in it is invented; addresses use the example.org, example.com and example.net domains.

            [corpus]
            title = "Title"
            description = "About it"

            [[document]]
            file = "doc_000001.txt"
            publisher = "Tarnley \"Star\" \\ Residents' Voice"
            kind = "press-release"
            url = "https://tarnley-star.example.com/news/a"
            published = "2023-12-06/2023-12-11"

            [[event]]
            date = "2023-12"
            title = "Council’s vote"
            source = "Tarnley Council"
        "#]]
        .assert_eq(&text);
    }
}
