//! What failed when the app stopped working, kept with the page's history entry so that a reload after
//! a crash opens the corpus's overview, with a note saying what failed, instead of failing again at the
//! same view forever.
//!
//! Pure (tested natively): the browser side (`panic_notice.rs`) writes the record into `history.state` at
//! the moment of the panic, and the next start of the app reads it back with [`Failure::from_state`].

use serde::{Deserialize, Serialize};

use super::view_state::{ResultView, SortOrder, ViewState};

/// A crash: the address of the view that failed and the panic's message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    /// The query string of the view being shown when it failed (`?q=…&view=…`, or empty).
    pub search: String,
    /// The panic's message and where in the code it was raised, for a report.
    pub message: String,
}

/// The one key of the object kept in `history.state`, so that a state written by anything else is never
/// taken for a failure.
#[derive(Serialize, Deserialize)]
struct Kept {
    #[serde(rename = "quotelineFailure")]
    failure: Failure,
}

/// A panic message past this many bytes is cut (at a character boundary) before it is kept: the history
/// entry's state has a size limit, and a report needs the start of the message, not all of it.
const MAX_MESSAGE_BYTES: usize = 4_000;

impl Failure {
    pub fn new(search: &str, message: &str) -> Failure {
        let mut cut = message.len().min(MAX_MESSAGE_BYTES);
        while !message.is_char_boundary(cut) {
            cut -= 1;
        }
        Failure {
            search: search.to_owned(),
            message: message[..cut].to_owned(),
        }
    }

    /// The text to keep as the history entry's state.
    pub fn to_state(&self) -> String {
        serde_json::to_string(&Kept {
            failure: self.clone(),
        })
        .unwrap_or_default()
    }

    /// The failure kept in a history entry's state, if that state is one.
    pub fn from_state(state: &str) -> Option<Failure> {
        serde_json::from_str::<Kept>(state)
            .ok()
            .map(|kept| kept.failure)
    }

    /// The view that failed.
    pub fn view(&self) -> ViewState {
        ViewState::parse(&self.search).0
    }

    /// Where to go instead: the corpus's overview, the address without the view that failed (its corpus
    /// bundle and embedding kept, since those are what the page is). When the overview itself failed,
    /// the page's own corpus if a bundle was open, and otherwise nowhere else.
    pub fn way_out(&self) -> Option<WayOut> {
        let failed = self.view();
        let overview = ViewState {
            corpus: failed.corpus.clone(),
            embed: failed.embed,
            ..ViewState::default()
        };
        if overview != failed {
            return Some(WayOut {
                state: overview,
                place: "the overview",
            });
        }
        failed.corpus.is_some().then(|| WayOut {
            state: ViewState {
                embed: failed.embed,
                ..ViewState::default()
            },
            place: "the built-in corpus",
        })
    }
}

/// A view to open instead of the one that failed, and what it is called.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WayOut {
    pub state: ViewState,
    /// "the overview", or "the built-in corpus" when a bundle's own overview failed.
    pub place: &'static str,
}

impl WayOut {
    /// What its link says.
    pub fn label(&self) -> String {
        format!("Open {}", self.place)
    }
}

/// The view `state` describes, in words, for "Quoteline stopped working while showing …": the open
/// document's title comes from `title_of`, since the address holds only its id.
pub fn describe_view(state: &ViewState, title_of: impl Fn(&str) -> Option<String>) -> String {
    if let Some(document) = &state.document {
        return match title_of(document.as_str()) {
            Some(title) => format!("the document “{title}”"),
            None => format!("the document “{}”", document.as_str()),
        };
    }
    let speaker_page = state.is_speaker_page();
    let mut words = match state.view {
        ResultView::Quotes => "the quotes",
        ResultView::Documents => "the documents",
        ResultView::Speakers if speaker_page => "a speaker’s page",
        ResultView::Speakers => "the speakers",
        ResultView::Figures => "the figures",
        ResultView::Timeline => "the timeline",
        ResultView::Concordance => "In context",
    }
    .to_owned();
    let query = state.query.trim();
    if !query.is_empty() {
        words.push_str(&format!(" for “{query}”"));
    }
    let filters = state.facets.values().map(Vec::len).sum::<usize>()
        + usize::from(state.from.is_some() || state.to.is_some());
    // A speaker's page is its one chosen speaker, not a filter.
    let filters = filters - usize::from(speaker_page);
    match filters {
        0 => {}
        1 => words.push_str(", with a filter"),
        _ => words.push_str(&format!(", with {filters} filters")),
    }
    match (state.view, state.sort) {
        (ResultView::Concordance, SortOrder::LeftContext) => {
            words.push_str(", sorted by the words before")
        }
        (ResultView::Concordance, SortOrder::RightContext) => {
            words.push_str(", sorted by the words after")
        }
        _ => {}
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    #[test]
    fn a_failure_survives_the_history_entry_and_nothing_else_is_taken_for_one() {
        let failure = Failure::new(
            "?q=the&view=concordance",
            "panicked at src/x.rs:1:2:\nbyte index 3 is not a char boundary; it is inside '\u{a0}'",
        );
        assert_eq!(Failure::from_state(&failure.to_state()), Some(failure));
        for other in [
            "",
            "null",
            "{}",
            "\"text\"",
            "{\"quotelineFailure\":1}",
            "[1,2]",
        ] {
            assert_eq!(Failure::from_state(other), None, "{other}");
        }
    }

    #[test]
    fn a_long_message_is_cut_at_a_character() {
        let message = "é".repeat(MAX_MESSAGE_BYTES);
        let failure = Failure::new("", &message);
        assert!(failure.message.len() <= MAX_MESSAGE_BYTES);
        assert!(failure.message.chars().all(|c| c == 'é'));
    }

    #[test]
    fn the_way_out_is_the_overview_of_the_same_corpus() {
        let way_out = |search: &str| {
            Failure::new(search, "")
                .way_out()
                .map(|way| format!("{} {}", way.label(), way.state.to_query()))
        };
        expect![[r#"
            Some("Open the overview ")
            Some("Open the overview ?corpus=big.bin&embed=1")
            Some("Open the built-in corpus ")
            Some("Open the built-in corpus ?embed=1")
            None"#]]
        .assert_eq(
            &[
                way_out("?q=the&view=concordance&sort=left"),
                way_out("?corpus=big.bin&q=a&doc=x&embed=1"),
                way_out("?corpus=big.bin"),
                way_out("?corpus=big.bin&embed=1"),
                way_out(""),
            ]
            .map(|way| format!("{way:?}"))
            .join("\n"),
        );
    }

    #[test]
    fn the_view_that_failed_in_words() {
        let describe = |search: &str| {
            describe_view(&ViewState::parse(search).0, |id| {
                (id == "a").then(|| "Harbour plan approved".to_owned())
            })
        };
        expect![[r#"
            the quotes
            In context for “the”, sorted by the words before
            the figures for “council”, with 2 filters
            a speaker’s page
            the speakers, with a filter
            the timeline, with a filter
            the document “Harbour plan approved”
            the document “b”"#]]
        .assert_eq(
            &[
                describe(""),
                describe("?q=the+&view=concordance&sort=left"),
                describe("?q=council&view=figures&speaker=x&org=y"),
                describe("?view=speakers&speaker=x"),
                describe("?view=speakers&publisher=p"),
                describe("?view=timeline&from=2023-01-01&to=2023-02-01"),
                describe("?q=x&doc=a"),
                describe("?doc=b"),
            ]
            .join("\n"),
        );
    }
}
