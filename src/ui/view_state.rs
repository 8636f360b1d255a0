//! The view as URL text and back: the URL is the app's global state.
//!
//! Parsing is total, in two stages as the rest of the app reads input: the raw query string becomes a
//! valid [`ViewState`] plus the parts that were ignored and why, which the UI can show. Serialising and
//! parsing back gives the same state.

use crate::corpus::DocumentId;

const DOCUMENT_KEY: &str = "doc";

/// Everything that decides what the explorer shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The document open in the reader.
    pub document: Option<DocumentId>,
}

/// A part of the URL that did not become part of the view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IgnoredParameter {
    pub key: String,
    pub value: String,
    pub reason: IgnoredReason,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IgnoredReason {
    /// Not a parameter this version of the app knows.
    UnknownKey,
    /// A known key whose value cannot be valid.
    InvalidValue,
    /// A known key given again; the first one counts.
    Repeated,
}

impl ViewState {
    /// Reads a query string, with or without its leading `?`.
    pub fn parse(query: &str) -> (ViewState, Vec<IgnoredParameter>) {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut state = ViewState::default();
        let mut ignored = Vec::new();
        let mut seen_document = false;
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            let reason = match key.as_ref() {
                DOCUMENT_KEY if seen_document => Some(IgnoredReason::Repeated),
                DOCUMENT_KEY => {
                    seen_document = true;
                    match DocumentId::parse(&value) {
                        Some(id) => {
                            state.document = Some(id);
                            None
                        }
                        None => Some(IgnoredReason::InvalidValue),
                    }
                }
                _ => Some(IgnoredReason::UnknownKey),
            };
            if let Some(reason) = reason {
                ignored.push(IgnoredParameter {
                    key: key.into_owned(),
                    value: value.into_owned(),
                    reason,
                });
            }
        }
        (state, ignored)
    }

    /// The query string for this state: empty for the default view, otherwise starting with `?`.
    pub fn to_query(&self) -> String {
        let mut serializer = form_urlencoded::Serializer::new(String::new());
        if let Some(document) = &self.document {
            serializer.append_pair(DOCUMENT_KEY, document.as_str());
        }
        let query = serializer.finish();
        if query.is_empty() {
            query
        } else {
            format!("?{query}")
        }
    }

    /// The same view with another document open.
    pub fn with_document(&self, document: Option<DocumentId>) -> ViewState {
        let mut state = self.clone();
        state.document = document;
        state
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check(query: &str, expected: Expect) {
        let (state, ignored) = ViewState::parse(query);
        expected.assert_eq(&format!("{state:?} ignored: {ignored:?}"));
    }

    #[test]
    fn an_empty_query_is_the_default_view() {
        check("", expect![[r#"ViewState { document: None } ignored: []"#]]);
        check(
            "?",
            expect![[r#"ViewState { document: None } ignored: []"#]],
        );
    }

    #[test]
    fn a_document_is_read_from_doc() {
        check(
            "?doc=000_4db77244379ade82",
            expect![[
                r#"ViewState { document: Some(DocumentId("000_4db77244379ade82")) } ignored: []"#
            ]],
        );
    }

    #[test]
    fn anything_else_is_ignored_with_a_reason() {
        check(
            "?doc=%3Cscript%3E&doc=a&utm_source=x&&=&q%FF=1",
            expect![[
                r#"ViewState { document: None } ignored: [IgnoredParameter { key: "doc", value: "<script>", reason: InvalidValue }, IgnoredParameter { key: "doc", value: "a", reason: Repeated }, IgnoredParameter { key: "utm_source", value: "x", reason: UnknownKey }, IgnoredParameter { key: "", value: "", reason: UnknownKey }, IgnoredParameter { key: "q�", value: "1", reason: UnknownKey }]"#
            ]],
        );
    }

    #[test]
    fn serialising_then_parsing_gives_the_same_state() {
        let states = [
            ViewState::default(),
            ViewState::default().with_document(DocumentId::parse("001_aad81fa9cc082233")),
            ViewState::default().with_document(DocumentId::parse("a-b_c")),
        ];
        for state in states {
            let (parsed, ignored) = ViewState::parse(&state.to_query());
            assert_eq!(parsed, state);
            assert_eq!(ignored, []);
        }
    }

    #[test]
    fn the_default_view_has_an_empty_query() {
        assert_eq!(ViewState::default().to_query(), "");
    }
}
