//! The search view: the box, what to list and in which order, the filters and the results, all read from
//! and written to the address bar.

use std::sync::Arc;

use leptos::prelude::*;

use super::{ConcordanceList, FacetPanel, ResultList, SearchBox, ViewLink};
use crate::search::{run, Order, QueryNote, Request, Results, Target};
use crate::ui::app::{LocationContext, SearchContext};
use crate::ui::format::grouped;
use crate::ui::timing::measured;
use crate::ui::view_state::{IgnoredReason, ResultView, SortOrder, ViewState};

/// A search's results, compared by identity: a new search is a new value, and comparing two result lists
/// element by element on every keystroke would cost more than it saves. With them, the text searched for.
#[derive(Clone)]
pub struct Found(pub Arc<Results>, pub Arc<str>);

impl PartialEq for Found {
    fn eq(&self, other: &Found) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

#[component]
pub fn SearchPanel() -> impl IntoView {
    let LocationContext(location) = expect_context();
    let search = expect_context::<SearchContext>();
    let data = search.get();
    let state = Memo::new(move |_| location.parsed().0);
    let data_for_results = Arc::clone(&data);
    // The search itself: the expensive step, run once per change of what it depends on.
    let found = Memo::new(move |_| {
        let state = state.get();
        let chosen = state
            .facets
            .iter()
            .map(|(kind, keys)| (*kind, keys.as_slice()));
        let (selection, _) = data_for_results.facets.select(chosen, state.from, state.to);
        let request = Request {
            query: state.query.clone(),
            selection,
            target: match state.view {
                ResultView::Quotes => Target::Quotes,
                ResultView::Documents | ResultView::Concordance => Target::Documents,
            },
            order: match state.sort {
                SortOrder::Relevance | SortOrder::LeftContext | SortOrder::RightContext => {
                    Order::Relevance
                }
                SortOrder::Newest => Order::Newest,
                SortOrder::Oldest => Order::Oldest,
            },
        };
        let results = measured("quoteline:search", || {
            run(&data_for_results.index, &data_for_results.facets, &request)
        });
        Found(Arc::new(results), Arc::from(request.query))
    });
    let count = move || found.with(|found| found.0.faceted.hits.len());
    let filtered = move || {
        state.with(|state| !state.facets.is_empty() || state.from.is_some() || state.to.is_some())
    };
    // The address bar cuts a long search before the search sees it: say so as the search would.
    let cut_in_address =
        Memo::new(move |_| {
            location.parsed().1.iter().any(|parameter| {
                parameter.key == "q" && parameter.reason == IgnoredReason::Shortened
            })
        });
    let notes = move || {
        found.with(|found| {
            let mut notes = found.0.query.notes.clone();
            if cut_in_address.get()
                && !notes
                    .iter()
                    .any(|note| matches!(note, QueryNote::Shortened { .. }))
            {
                notes.insert(
                    0,
                    QueryNote::Shortened {
                        kept_bytes: state.with(|state| state.query.len()),
                    },
                );
            }
            notes
                .iter()
                .map(|note| match note {
                    QueryNote::Shortened { kept_bytes } => {
                        // The cut is made in bytes; people count characters.
                        let kept = state.with(|state| {
                            state
                                .query
                                .get(..*kept_bytes)
                                .map_or(*kept_bytes, |kept| kept.chars().count())
                        });
                        format!(
                            "Only the first {} characters of the search are used.",
                            grouped(kept)
                        )
                    }
                    QueryNote::TooManyTerms { ignored } => {
                        format!(
                            "{ignored} words past the first {} are left out.",
                            crate::search::MAX_TERMS
                        )
                    }
                    QueryNote::UnclosedPhrase => {
                        "A quotation mark is not closed: the phrase runs to the end.".to_owned()
                    }
                    QueryNote::OnlyExclusions => {
                        "Only words to leave out: showing everything without them.".to_owned()
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    // What changes with the list shown, not with every keystroke: the switcher's current option, the
    // orders offered, the noun counted.
    let shown = Memo::new(move |_| state.with(|state| state.view));
    // The switcher's links keep the search and filters: their addresses follow the view, and the links
    // themselves are built once.
    let view_link = move |view: ResultView, label: &'static str| {
        let target = Signal::derive(move || {
            let mut target = state.get();
            target.view = view;
            target
        });
        let current = Signal::derive(move || shown.get() == view);
        view! { <ViewLink state=target class="segmented__option" current=current>{label}</ViewLink> }
    };
    let on_sort = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        let mut next = state.get_untracked();
        next.sort = SortOrder::ALL
            .into_iter()
            .find(|sort| sort.key() == value)
            .unwrap_or_default();
        location.navigate(&next);
    };
    // Filters start open beside the results; on a phone, folded above them.
    let wide = gloo::utils::window()
        .inner_width()
        .ok()
        .and_then(|width| width.as_f64())
        .is_none_or(|width| width > 832.0);
    let clear = move || {
        let mut next = state.get_untracked();
        next.facets.clear();
        next.from = None;
        next.to = None;
        next
    };

    view! {
        <section class="search" aria-labelledby="results-heading">
            <SearchBox />
            <div class="search__bar">
                <h2 class="search__count" id="results-heading" aria-live="polite">
                    {move || {
                        let noun = match shown.get() {
                            ResultView::Quotes if count() == 1 => "quote",
                            ResultView::Quotes => "quotes",
                            ResultView::Documents | ResultView::Concordance if count() == 1 => "document",
                            ResultView::Documents | ResultView::Concordance => "documents",
                        };
                        format!("{} {noun}", grouped(count()))
                    }}
                </h2>
                <nav class="segmented" aria-label="List">
                    {view_link(ResultView::Quotes, "Quotes")}
                    {view_link(ResultView::Documents, "Documents")}
                    {view_link(ResultView::Concordance, "In context")}
                </nav>
                <label class="search__sort">
                    <span>"Order"</span>
                    <select on:change=on_sort prop:value=move || state.with(|state| state.sort.key())>
                        {move || if shown.get() == ResultView::Concordance {
                            view! {
                                <option value="relevance">"Reading order"</option>
                                <option value="left">"By the words before"</option>
                                <option value="right">"By the words after"</option>
                            }.into_any()
                        } else {
                            view! {
                                <option value="relevance">"Best match"</option>
                                <option value="newest">"Newest first"</option>
                                <option value="oldest">"Oldest first"</option>
                            }.into_any()
                        }}
                    </select>
                </label>
            </div>
            {move || {
                let notes = notes();
                (!notes.is_empty()).then(|| view! {
                    <ul class="search__notes">{notes.into_iter().map(|note| view! { <li>{note}</li> }).collect_view()}</ul>
                })
            }}
            <div class="search__body">
                <details class="search__filters" open=wide>
                    <summary>
                        "Filters"
                        {move || {
                            let chosen = state.with(|state| {
                                state.facets.values().map(Vec::len).sum::<usize>()
                                    + usize::from(state.from.is_some() || state.to.is_some())
                            });
                            (chosen > 0).then(|| format!(" ({chosen} chosen)"))
                        }}
                    </summary>
                    <FacetPanel data=Arc::clone(&data) found=found />
                </details>
                // What the list shows results for: the browser benchmark waits for it to be the text typed.
                <div class="search__results" data-results-for=move || found.with(|found| found.1.to_string())>
                    {move || (count() == 0).then(|| view! {
                        <div class="search__empty" role="status">
                            <p>"Nothing matches."</p>
                            {filtered().then(|| view! { <ViewLink state=clear() class="button">"Clear the filters"</ViewLink> })}
                        </div>
                    })}
                    {move || if shown.get() == ResultView::Concordance {
                        view! { <ConcordanceList found=found /> }.into_any()
                    } else {
                        view! { <ResultList found=found /> }.into_any()
                    }}
                </div>
            </div>
        </section>
    }
}

/// The view a result opens: its document, with the quote selected.
pub fn opening(
    state: &ViewState,
    document: crate::corpus::DocumentId,
    quote: Option<String>,
) -> ViewState {
    let mut next = state.with_document(Some(document));
    next.quote = quote;
    next
}
