//! The view as URL text and back: the URL is the app's global state.
//!
//! Parsing is total, in two stages as the rest of the app reads input: the raw query string becomes a
//! valid [`ViewState`] plus the parts that were ignored and why, which the UI can show. Serialising and
//! parsing back gives the same state.

use std::collections::BTreeMap;

use crate::corpus::{CalendarDate, DocumentId, PublishedDate};
use crate::search::{FacetKind, Order, MAX_QUERY_BYTES};
use crate::timeline::LaneBy;

const CORPUS_KEY: &str = "corpus";
const DOCUMENT_KEY: &str = "doc";
const QUOTE_KEY: &str = "quote-id";
const QUERY_KEY: &str = "q";
const VIEW_KEY: &str = "view";
const SORT_KEY: &str = "sort";
const FROM_KEY: &str = "from";
const TO_KEY: &str = "to";
const LANES_KEY: &str = "lanes";
const ZOOM_KEY: &str = "zoom";
const EMBED_KEY: &str = "embed";
/// A facet value key longer than this is no key the app makes.
const MAX_VALUE_BYTES: usize = 200;
/// Values chosen in one facet past this many are ignored.
const MAX_VALUES_PER_FACET: usize = 50;

/// Everything that decides what the explorer shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// A prebuilt corpus bundle to show instead of the corpus built into the app.
    pub corpus: Option<BundlePath>,
    /// The search box's text, as typed.
    pub query: String,
    /// Chosen values per facet (their keys), in the order chosen; a facet with none is absent.
    pub facets: BTreeMap<FacetKind, Vec<String>>,
    /// Publication dates to keep, both ends included.
    pub from: Option<CalendarDate>,
    pub to: Option<CalendarDate>,
    pub view: ResultView,
    pub sort: SortOrder,
    /// The document open in the reader.
    pub document: Option<DocumentId>,
    /// The quote selected in it ("{document}-q{n}").
    pub quote: Option<String>,
    /// What the timeline's lanes stand for.
    pub lanes: LaneBy,
    /// The days the timeline shows, first and last (both included); the whole span when absent.
    pub zoom: Option<(CalendarDate, CalendarDate)>,
    /// Shown inside another page's iframe: compact chrome, a link out to the full explorer, the content's
    /// height told to the parent page (`embed=1`).
    pub embed: bool,
}

/// Where a corpus bundle is, relative to the page: a path on the app's own origin, never a URL to another
/// (the app requests nothing from any other origin).
///
/// 1–300 bytes of ASCII letters, digits and `. _ ~ / -`, not starting with `//` and with no empty path
/// segment: no scheme, host, query, fragment, percent escape or backslash can be written in it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct BundlePath(String);

impl BundlePath {
    pub fn parse(text: &str) -> Option<BundlePath> {
        let valid = (1..=300).contains(&text.len())
            && text
                .bytes()
                .all(|byte| byte.is_ascii_alphanumeric() || b"._~/-".contains(&byte))
            && !text.contains("//")
            && !text.ends_with('/');
        valid.then(|| BundlePath(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The file's name, for messages: "big.bin" of "data/big.bin".
    pub fn file_name(&self) -> &str {
        self.0.rsplit('/').next().unwrap_or(&self.0)
    }
}

/// What the results list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ResultView {
    #[default]
    Quotes,
    Documents,
    /// Who said the quotes found, with how many and in how many sources; with one speaker chosen, their
    /// page: every quote of theirs in date order.
    Speakers,
    /// The figures claimed in the documents found, the same claim in several places together.
    Figures,
    /// The documents, quotes and context events found, on a time axis in lanes.
    Timeline,
    /// Every match in its context (keyword in context).
    Concordance,
}

impl ResultView {
    pub const ALL: [ResultView; 6] = [
        ResultView::Quotes,
        ResultView::Documents,
        ResultView::Speakers,
        ResultView::Figures,
        ResultView::Timeline,
        ResultView::Concordance,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ResultView::Quotes => "quotes",
            ResultView::Documents => "documents",
            ResultView::Speakers => "speakers",
            ResultView::Figures => "figures",
            ResultView::Timeline => "timeline",
            ResultView::Concordance => "concordance",
        }
    }

    /// What the search lists for this view: quotes, or documents.
    pub fn lists_quotes(self) -> bool {
        matches!(self, ResultView::Quotes | ResultView::Speakers)
    }
}

/// How results are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortOrder {
    /// Best match first; with no query, newest first. In the concordance, reading order.
    #[default]
    Relevance,
    Newest,
    Oldest,
    /// The concordance by the words before each match (elsewhere, as `Relevance`).
    LeftContext,
    /// The concordance by each match and the words after it (elsewhere, as `Relevance`).
    RightContext,
}

impl SortOrder {
    pub const ALL: [SortOrder; 5] = [
        SortOrder::Relevance,
        SortOrder::Newest,
        SortOrder::Oldest,
        SortOrder::LeftContext,
        SortOrder::RightContext,
    ];

    pub fn key(self) -> &'static str {
        match self {
            SortOrder::Relevance => "relevance",
            SortOrder::Newest => "newest",
            SortOrder::Oldest => "oldest",
            SortOrder::LeftContext => "left",
            SortOrder::RightContext => "right",
        }
    }
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
    /// Kept, but cut to the length the app reads.
    Shortened,
    /// More values than a facet takes.
    TooMany,
}

impl ViewState {
    /// Reads a query string, with or without its leading `?`.
    pub fn parse(query: &str) -> (ViewState, Vec<IgnoredParameter>) {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut state = ViewState::default();
        let mut ignored = Vec::new();
        let mut seen: Vec<&'static str> = Vec::new();
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            let single = [
                CORPUS_KEY,
                DOCUMENT_KEY,
                QUOTE_KEY,
                QUERY_KEY,
                VIEW_KEY,
                SORT_KEY,
                FROM_KEY,
                TO_KEY,
                LANES_KEY,
                ZOOM_KEY,
                EMBED_KEY,
            ]
            .into_iter()
            .find(|&single| single == key);
            let reason = if let Some(single) = single {
                if seen.contains(&single) {
                    Some(IgnoredReason::Repeated)
                } else {
                    seen.push(single);
                    state.read_single(single, &value)
                }
            } else if let Some(facet) = FacetKind::from_key(&key) {
                let chosen = state.facets.entry(facet).or_default();
                let valid = !value.is_empty() && value.len() <= MAX_VALUE_BYTES;
                if !valid {
                    Some(IgnoredReason::InvalidValue)
                } else if chosen.iter().any(|existing| *existing == value) {
                    Some(IgnoredReason::Repeated)
                } else if chosen.len() == MAX_VALUES_PER_FACET {
                    Some(IgnoredReason::TooMany)
                } else {
                    chosen.push(value.clone().into_owned());
                    None
                }
            } else {
                Some(IgnoredReason::UnknownKey)
            };
            if let Some(reason) = reason {
                ignored.push(IgnoredParameter {
                    key: key.into_owned(),
                    value: value.into_owned(),
                    reason,
                });
            }
        }
        state.facets.retain(|_, values| !values.is_empty());
        (state, ignored)
    }

    /// Reads one of the keys that take a single value; the reason it was not taken, if it was not.
    fn read_single(&mut self, key: &str, value: &str) -> Option<IgnoredReason> {
        let valid = match key {
            CORPUS_KEY => BundlePath::parse(value).map(|path| self.corpus = Some(path)),
            DOCUMENT_KEY => DocumentId::parse(value).map(|id| self.document = Some(id)),
            QUOTE_KEY => is_quote_id(value).then(|| self.quote = Some(value.to_owned())),
            QUERY_KEY => {
                if value.len() > MAX_QUERY_BYTES {
                    let mut cut = MAX_QUERY_BYTES;
                    while !value.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    self.query = value[..cut].to_owned();
                    return Some(IgnoredReason::Shortened);
                }
                self.query = value.to_owned();
                Some(())
            }
            VIEW_KEY => ResultView::ALL
                .into_iter()
                .find(|view| view.key() == value)
                .map(|view| self.view = view),
            SORT_KEY => SortOrder::ALL
                .into_iter()
                .find(|sort| sort.key() == value)
                .map(|sort| self.sort = sort),
            FROM_KEY => day(value).map(|date| self.from = Some(date)),
            TO_KEY => day(value).map(|date| self.to = Some(date)),
            LANES_KEY => match value {
                "organisation" => Some(LaneBy::Organisation),
                "speaker" => Some(LaneBy::Speaker),
                _ => None,
            }
            .map(|lanes| self.lanes = lanes),
            ZOOM_KEY => value.split_once("..").and_then(|(first, last)| {
                let (first, last) = (day(first)?, day(last)?);
                (first <= last).then(|| self.zoom = Some((first, last)))
            }),
            EMBED_KEY => match value {
                "1" => Some(true),
                "0" => Some(false),
                _ => None,
            }
            .map(|embed| self.embed = embed),
            _ => None,
        };
        valid.is_none().then_some(IgnoredReason::InvalidValue)
    }

    /// The query string for this state: empty for the default view, otherwise starting with `?`.
    pub fn to_query(&self) -> String {
        let mut serializer = form_urlencoded::Serializer::new(String::new());
        if let Some(corpus) = &self.corpus {
            serializer.append_pair(CORPUS_KEY, corpus.as_str());
        }
        if !self.query.is_empty() {
            serializer.append_pair(QUERY_KEY, &self.query);
        }
        for (facet, values) in &self.facets {
            for value in values {
                serializer.append_pair(facet.key(), value);
            }
        }
        if let Some(from) = self.from {
            serializer.append_pair(FROM_KEY, &from.to_string());
        }
        if let Some(to) = self.to {
            serializer.append_pair(TO_KEY, &to.to_string());
        }
        if self.view != ResultView::default() {
            serializer.append_pair(VIEW_KEY, self.view.key());
        }
        if self.sort != SortOrder::default() {
            serializer.append_pair(SORT_KEY, self.sort.key());
        }
        if self.lanes == LaneBy::Speaker {
            serializer.append_pair(LANES_KEY, "speaker");
        }
        if let Some((first, last)) = self.zoom {
            serializer.append_pair(ZOOM_KEY, &format!("{first}..{last}"));
        }
        if self.embed {
            serializer.append_pair(EMBED_KEY, "1");
        }
        if let Some(document) = &self.document {
            serializer.append_pair(DOCUMENT_KEY, document.as_str());
        }
        if let Some(quote) = &self.quote {
            serializer.append_pair(QUOTE_KEY, quote);
        }
        let query = serializer.finish();
        if query.is_empty() {
            query
        } else {
            format!("?{query}")
        }
    }

    /// The same view on the page `page` is: its corpus, and embedded or not. What a page is stays the same
    /// from link to link; another corpus, or leaving the embed, is another page load.
    pub fn on_page_of(mut self, page: &ViewState) -> ViewState {
        self.corpus = page.corpus.clone();
        self.embed = page.embed;
        self
    }

    /// The same view with another document open (and no quote selected in it).
    /// A speaker's page: the speakers view with one speaker chosen.
    pub fn is_speaker_page(&self) -> bool {
        self.view == ResultView::Speakers
            && self
                .facets
                .get(&FacetKind::Speaker)
                .is_some_and(|chosen| chosen.len() == 1)
    }

    /// The order the search lists its results in for this view: a speaker's quotes in date order, oldest
    /// first unless asked otherwise; the concordance's orders are its own, over the best matches.
    pub fn search_order(&self) -> Order {
        match self.sort {
            SortOrder::Newest => Order::Newest,
            SortOrder::Oldest => Order::Oldest,
            _ if self.is_speaker_page() => Order::Oldest,
            SortOrder::Relevance | SortOrder::LeftContext | SortOrder::RightContext => {
                Order::Relevance
            }
        }
    }

    /// The start of an export's file name: `quoteline-`, the search's words, then the filters chosen
    /// (their values and the dates), lower case and joined by hyphens; `quoteline-all` with neither. Two
    /// exports of different views get different names, and the name says what the file holds.
    pub fn file_stem(&self) -> String {
        /// Past this, the name is cut at a hyphen: file systems and download bars want short names.
        const MAX_STEM_CHARS: usize = 80;
        let words = |text: &str| -> Vec<String> {
            text.split(|character: char| !character.is_alphanumeric())
                .filter(|word| !word.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        // A word left out ("-Meta") is named as left out.
        let mut parts: Vec<String> = self
            .query
            .split_whitespace()
            .flat_map(|chunk| {
                let named = words(chunk);
                let left_out = (chunk.starts_with(['-', '−']) && !named.is_empty())
                    .then(|| "without".to_owned());
                left_out.into_iter().chain(named)
            })
            .take(6)
            .collect();
        for values in self.facets.values() {
            for value in values {
                parts.extend(words(value));
            }
        }
        match (self.from, self.to) {
            (Some(from), Some(to)) if from == to => parts.push(from.to_string()),
            (from, to) => {
                if let Some(from) = from {
                    parts.extend(["from".to_owned(), from.to_string()]);
                }
                if let Some(to) = to {
                    parts.extend(["to".to_owned(), to.to_string()]);
                }
            }
        }
        if parts.is_empty() {
            parts.push("all".to_owned());
        }
        let mut stem = "quoteline".to_owned();
        for part in parts {
            if stem.chars().count() + 1 + part.chars().count() > MAX_STEM_CHARS {
                break;
            }
            stem.push('-');
            stem.push_str(&part);
        }
        stem
    }

    pub fn with_document(&self, document: Option<DocumentId>) -> ViewState {
        let mut state = self.clone();
        state.document = document;
        state.quote = None;
        state
    }
}

/// A day written YYYY-MM-DD.
fn day(text: &str) -> Option<CalendarDate> {
    match text.parse::<PublishedDate>() {
        Ok(PublishedDate::Day(date)) => Some(date),
        _ => None,
    }
}

/// A quote id as the analysis makes them: a document id, "-q" and a number.
fn is_quote_id(text: &str) -> bool {
    text.rsplit_once("-q").is_some_and(|(document, number)| {
        DocumentId::parse(document).is_some()
            && !number.is_empty()
            && number.len() <= 9
            && number.bytes().all(|byte| byte.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_is_named_for_the_search_and_its_filters() {
        let named = |query: &str| ViewState::parse(query).0.file_stem();
        expect_test::expect![[r#"
            quoteline-all
            quoteline-child-safety-without-meta
            quoteline-encryption-ian-critchley-press-release-from-2023-12-01-to-2023-12-31
            quoteline-2023-12-07
            quoteline-élysée-東京"#]]
        .assert_eq(
            &[
                named(""),
                named("?q=%E2%80%9Cchild+safety%E2%80%9D+-Meta"),
                named("?q=encryption&speaker=ian-critchley&kind=press-release&from=2023-12-01&to=2023-12-31"),
                named("?from=2023-12-07&to=2023-12-07"),
                named("?q=%C3%89lys%C3%A9e%C2%A0%E6%9D%B1%E4%BA%AC"),
            ]
            .join("\n"),
        );
        // However many words, a name of a bounded length.
        let long = ViewState {
            query: "word ".repeat(40),
            ..ViewState::default()
        };
        assert!(long.file_stem().chars().count() <= 80);
    }
    use expect_test::{expect, Expect};

    fn check(query: &str, expected: Expect) {
        let (state, ignored) = ViewState::parse(query);
        let ignored: Vec<String> = ignored
            .iter()
            .map(|parameter| {
                format!(
                    "{}={:?} {:?}",
                    parameter.key, parameter.value, parameter.reason
                )
            })
            .collect();
        expected.assert_eq(&format!("{state:?}\nignored: {ignored:?}"));
    }

    #[test]
    fn an_empty_query_is_the_default_view() {
        for query in ["", "?"] {
            let (state, ignored) = ViewState::parse(query);
            assert_eq!(state, ViewState::default());
            assert_eq!(ignored, []);
        }
        assert_eq!(ViewState::default().to_query(), "");
    }

    #[test]
    fn every_part_of_the_view_is_read() {
        check(
            "?corpus=data/big-2024.bin&q=child+safety+%22end-to-end%22&speaker=ian-critchley&speaker=iwf&org=npcc&from=2023-12-01&to=2023-12-31&view=timeline&sort=newest&lanes=speaker&zoom=2023-11-20..2024-01-10&embed=1&doc=000_4db77244379ade82&quote-id=000_4db77244379ade82-q3",
            expect![[r#"
                ViewState { corpus: Some(BundlePath("data/big-2024.bin")), query: "child safety \"end-to-end\"", facets: {Speaker: ["ian-critchley", "iwf"], Organisation: ["npcc"]}, from: Some(CalendarDate { year: 2023, month: 12, day: 1 }), to: Some(CalendarDate { year: 2023, month: 12, day: 31 }), view: Timeline, sort: Newest, document: Some(DocumentId("000_4db77244379ade82")), quote: Some("000_4db77244379ade82-q3"), lanes: Speaker, zoom: Some((CalendarDate { year: 2023, month: 11, day: 20 }, CalendarDate { year: 2024, month: 1, day: 10 })), embed: true }
                ignored: []"#]],
        );
    }

    #[test]
    fn anything_else_is_ignored_with_a_reason() {
        check(
            "?doc=%3Cscript%3E&doc=a&utm_source=x&&=&q%FF=1&view=grid&sort=random&from=2023-02-30&to=yesterday&speaker=&quote-id=x&q=a&q=b&lanes=people&zoom=2024-01-02..2023-01-01&zoom=2023-01-01&embed=yes",
            expect![[r#"
                ViewState { corpus: None, query: "a", facets: {}, from: None, to: None, view: Quotes, sort: Relevance, document: None, quote: None, lanes: Organisation, zoom: None, embed: false }
                ignored: ["doc=\"<script>\" InvalidValue", "doc=\"a\" Repeated", "utm_source=\"x\" UnknownKey", "=\"\" UnknownKey", "q�=\"1\" UnknownKey", "view=\"grid\" InvalidValue", "sort=\"random\" InvalidValue", "from=\"2023-02-30\" InvalidValue", "to=\"yesterday\" InvalidValue", "speaker=\"\" InvalidValue", "quote-id=\"x\" InvalidValue", "q=\"b\" Repeated", "lanes=\"people\" InvalidValue", "zoom=\"2024-01-02..2023-01-01\" InvalidValue", "zoom=\"2023-01-01\" Repeated", "embed=\"yes\" InvalidValue"]"#]],
        );
    }

    #[test]
    fn a_corpus_is_a_path_on_this_origin_and_nothing_else() {
        for path in [
            "big.bin",
            "data/big.bin",
            "../corpora/2024.bin",
            "/corpora/a_b~c.bin",
        ] {
            assert_eq!(
                BundlePath::parse(path).as_ref().map(BundlePath::as_str),
                Some(path)
            );
        }
        for path in [
            "",
            "https://example.com/big.bin",
            "//example.com/big.bin",
            "/\\example.com/big.bin",
            "javascript:alert(1)",
            "big.bin?x=1",
            "big.bin#x",
            "data:,x",
            "big%2Ebin",
            "data//big.bin",
            "data/",
            "big bin",
        ] {
            assert_eq!(BundlePath::parse(path), None, "{path}");
        }
        assert_eq!(
            BundlePath::parse("data/big.bin").unwrap().file_name(),
            "big.bin"
        );
        let (state, ignored) = ViewState::parse("?corpus=https%3A%2F%2Fexample.com%2Fbig.bin");
        assert_eq!(state.corpus, None);
        assert_eq!(ignored[0].reason, IgnoredReason::InvalidValue);
    }

    #[test]
    fn a_long_query_is_cut_and_too_many_values_are_dropped() {
        let long = format!("?q={}", "a".repeat(MAX_QUERY_BYTES + 10));
        let (state, ignored) = ViewState::parse(&long);
        assert_eq!(state.query.len(), MAX_QUERY_BYTES);
        assert_eq!(ignored[0].reason, IgnoredReason::Shortened);
        let many: Vec<String> = (0..60).map(|n| format!("speaker=s{n}")).collect();
        let (state, ignored) = ViewState::parse(&many.join("&"));
        assert_eq!(
            state.facets[&FacetKind::Speaker].len(),
            MAX_VALUES_PER_FACET
        );
        assert_eq!(ignored.len(), 10);
        assert!(ignored
            .iter()
            .all(|parameter| parameter.reason == IgnoredReason::TooMany));
    }
}
