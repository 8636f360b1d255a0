//! The URL as the app's state, on arbitrary input: parsing any query string gives a state (never a
//! panic), serialising any state and parsing it back gives the same state with nothing ignored, and a
//! parsed state serialises to a URL that parses to itself.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use quoteline::corpus::{CalendarDate, DocumentId};
use quoteline::search::{FacetKind, MAX_QUERY_BYTES};
use quoteline::timeline::LaneBy;
use quoteline::ui::view_state::{BundlePath, ResultView, SortOrder, ViewState};

fn date() -> impl Strategy<Value = Option<CalendarDate>> {
    proptest::option::of(
        (1..=9999i32, 1..=12u8, 1..=28u8).prop_map(|(y, m, d)| CalendarDate::new(y, m, d).unwrap()),
    )
}

fn state() -> impl Strategy<Value = ViewState> {
    let facets = proptest::collection::btree_map(
        proptest::sample::select(FacetKind::ALL.to_vec()),
        proptest::collection::btree_set("\\PC{1,20}", 1..4)
            .prop_map(|values| values.into_iter().collect::<Vec<_>>()),
        0..3,
    );
    let corpus = proptest::option::of("[A-Za-z0-9._~-]{1,20}(/[A-Za-z0-9._~-]{1,20}){0,2}");
    (
        corpus,
        "\\PC{0,60}",
        facets,
        date(),
        date(),
        proptest::sample::select(ResultView::ALL.to_vec()),
        proptest::sample::select(SortOrder::ALL.to_vec()),
        proptest::option::of("[A-Za-z0-9_-]{1,30}"),
        proptest::option::of(1..500u32),
        (
            proptest::sample::select(vec![LaneBy::Organisation, LaneBy::Speaker]),
            date(),
            0..400u32,
            proptest::bool::ANY,
        ),
    )
        .prop_map(
            |(
                corpus,
                query,
                facets,
                from,
                to,
                view,
                sort,
                document,
                quote,
                (lanes, zoom, days, embed),
            )| {
                let document = document.and_then(|id| DocumentId::parse(&id));
                let quote = document
                    .as_ref()
                    .zip(quote)
                    .map(|(document, n)| format!("{}-q{n}", document.as_str()));
                ViewState {
                    corpus: corpus.and_then(|path| BundlePath::parse(&path)),
                    query,
                    facets,
                    from,
                    to,
                    view,
                    sort,
                    document,
                    quote,
                    lanes,
                    zoom: zoom.map(|first| {
                        let last = CalendarDate::new(first.year(), 12, 28)
                            .filter(|_| days > 0)
                            .unwrap_or(first);
                        (first, last.max(first))
                    }),
                    embed,
                }
            },
        )
}

proptest! {
    #[test]
    fn serialising_then_parsing_gives_the_same_state(state in state()) {
        prop_assume!(state.query.len() <= MAX_QUERY_BYTES);
        let (parsed, ignored) = ViewState::parse(&state.to_query());
        prop_assert_eq!(ignored, vec![]);
        prop_assert_eq!(parsed, state);
    }

    #[test]
    fn any_query_string_parses_to_a_state_that_round_trips(text in "\\PC{0,200}") {
        let (state, _) = ViewState::parse(&text);
        let (again, ignored) = ViewState::parse(&state.to_query());
        prop_assert_eq!(ignored, vec![]);
        prop_assert_eq!(again, state);
    }
}
