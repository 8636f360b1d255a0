//! The search view: the box, what to list and in which order, the filters and the results, all read from
//! and written to the address bar.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{
    ConcordanceList, ExportMenu, FacetPanel, FigureTable, ResultList, SearchBox, SpeakerHeader,
    SpeakerList, TimelineView, ViewLink,
};
use crate::search::{
    claims_found, concordance, run, tally_speakers, Claimants, ConcordanceOrder, EntryKind,
    FacetKind, Highlighter, QueryNote, Request, Results, Target,
};
use crate::ui::app::{CorpusContext, LocationContext, SearchContext};
use crate::ui::format::grouped;
use crate::ui::panic_notice::fail_if_a_test_asks;
use crate::ui::result_count::{filter_counts_note, named_speakers, ResultCount};
use crate::ui::timing::measured;
use crate::ui::view_state::{IgnoredReason, ResultView, SortOrder, ViewState};

/// A search's results, compared by identity: a new search is a new value, and comparing two result lists
/// element by element on every keystroke would cost more than it saves. With them, the text searched for
/// and the search's number.
#[derive(Clone)]
pub struct Found(pub Arc<Results>, pub Arc<str>, pub u64);

/// Numbers each search made, so that what belongs to one search (how many results are shown) can tell
/// a new search from it.
static SEARCHES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

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
    let analysis = search.analysis();
    // A speaker's page: the speakers view with one speaker chosen.
    let speaker_shown = Memo::new({
        let analysis = Arc::clone(&analysis);
        move |_| {
            state.with(|state| {
                let chosen = state.facets.get(&FacetKind::Speaker)?;
                match (state.view, chosen.as_slice()) {
                    (ResultView::Speakers, [key]) => analysis
                        .speakers
                        .iter()
                        .position(|speaker| speaker.id == *key),
                    _ => None,
                }
            })
        }
    });
    // What the search depends on, apart from the rest of the address (the timeline's zoom, the open
    // document): a change there does not search again.
    let data_for_request = Arc::clone(&data);
    let request = Memo::new(move |_| {
        let state = state.get();
        let chosen = state
            .facets
            .iter()
            .map(|(kind, keys)| (*kind, keys.as_slice()));
        let (selection, _) = data_for_request.facets.select(chosen, state.from, state.to);
        Request {
            query: state.query.clone(),
            selection,
            target: if state.view.lists_quotes() {
                Target::Quotes
            } else {
                Target::Documents
            },
            order: state.search_order(),
        }
    });
    // The search itself: the expensive step, run once per change of what it depends on.
    let found = Memo::new(move |_| {
        let request = request.get();
        let results = measured("quoteline:search", || {
            run(&data_for_results.index, &data_for_results.facets, &request)
        });
        let number = SEARCHES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Found(Arc::new(results), Arc::from(request.query), number)
    });
    // What changes with the list shown, not with every keystroke: the switcher's current option, the
    // orders offered, the noun counted.
    let shown = Memo::new(move |_| state.with(|state| state.view));
    // The speakers and the claims of the results: worked out only while their view is shown.
    let tallies = Memo::new({
        let data = Arc::clone(&data);
        let analysis = Arc::clone(&analysis);
        move |_| {
            found.with(|found| {
                Arc::new(tally_speakers(
                    &data.index,
                    &analysis,
                    &found.0.faceted.hits,
                ))
            })
        }
    });
    let claims = Memo::new({
        let data = Arc::clone(&data);
        let analysis = Arc::clone(&analysis);
        move |_| {
            let (speakers, organisations) = state.with(|state| {
                let chosen = |kind| state.facets.get(&kind).cloned().unwrap_or_default();
                (chosen(FacetKind::Speaker), chosen(FacetKind::Organisation))
            });
            // With speakers or organisations chosen, only the figures they claimed: which speakers
            // those are is settled once, not once per figure.
            let claimants = Claimants::new(&analysis, &speakers, &organisations);
            found.with(|found| {
                Arc::new(claims_found(
                    &data.index,
                    &analysis,
                    &found.0.faceted.hits,
                    |figure| claimants.keeps(figure),
                ))
            })
        }
    });
    // Each place the words are used, in the documents found: worked out only while "In context" is
    // shown, and here rather than in the list, since the heading counts them. None with no words to find.
    let CorpusContext(corpus) = expect_context();
    let lines = Memo::new({
        let data = Arc::clone(&data);
        move |_| {
            let order = match state.with(|state| state.sort) {
                SortOrder::LeftContext => ConcordanceOrder::Left,
                SortOrder::RightContext => ConcordanceOrder::Right,
                _ => ConcordanceOrder::Reading,
            };
            found.with(|found| {
                if found.0.query.terms.iter().all(|term| term.excluded) {
                    return None;
                }
                let highlighter = Highlighter::new(&data.index, &found.0.query);
                let documents = found.0.faceted.hits.iter().filter_map(|hit| {
                    match data.index.entries()[hit.entry as usize].kind {
                        EntryKind::Document { document } => Some(document),
                        EntryKind::Quote { .. } => None,
                    }
                });
                Some(Arc::new(concordance(
                    &corpus,
                    documents,
                    &highlighter,
                    order,
                )))
            })
        }
    });
    let result_count = move || {
        let hits = found.with(|found| found.0.faceted.hits.len());
        match shown.get() {
            ResultView::Speakers if speaker_shown.get().is_none() => {
                ResultCount::Speakers(tallies.with(|tallies| named_speakers(tallies)))
            }
            ResultView::Quotes | ResultView::Speakers => ResultCount::Quotes(hits),
            ResultView::Figures => ResultCount::Figures {
                figures: claims.with(|claims| claims.iter().map(|claim| claim.found.len()).sum()),
                documents: hits,
            },
            ResultView::Concordance => {
                match lines.with(|lines| lines.as_ref().map(|lines| lines.total)) {
                    Some(matches) => ResultCount::Matches {
                        matches,
                        documents: hits,
                    },
                    None => ResultCount::Documents(hits),
                }
            }
            ResultView::Documents | ResultView::Timeline => ResultCount::Documents(hits),
        }
    };
    let count = move || result_count().listed();
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
    let filters_ref = NodeRef::<leptos::html::Details>::new();
    let close_filters = move || {
        if let Some(filters) = filters_ref.get_untracked() {
            filters.set_open(false);
            if let Some(summary) = filters
                .first_element_child()
                .and_then(|summary| summary.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = summary.focus();
            }
        }
    };
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
                    {move || result_count().heading()}
                </h2>
                <nav class="segmented" aria-label="List">
                    {view_link(ResultView::Quotes, "Quotes")}
                    {view_link(ResultView::Documents, "Documents")}
                    {view_link(ResultView::Speakers, "Speakers")}
                    {view_link(ResultView::Figures, "Figures")}
                    {view_link(ResultView::Timeline, "Timeline")}
                    {view_link(ResultView::Concordance, "In context")}
                </nav>
                // Speakers are listed most quoted first, and claims most repeated first: no order to choose.
                <label class="search__sort" class:search__sort--none=move || {
                    matches!(shown.get(), ResultView::Figures | ResultView::Timeline)
                        || (shown.get() == ResultView::Speakers && speaker_shown.get().is_none())
                }>
                    <span>"Order"</span>
                    <select on:change=on_sort prop:value=move || state.with(|state| state.sort.key())>
                        {move || if shown.get() == ResultView::Concordance {
                            view! {
                                <option value="relevance">"Reading order"</option>
                                <option value="left">"By the words before"</option>
                                <option value="right">"By the words after"</option>
                            }.into_any()
                        } else if speaker_shown.get().is_some() {
                            view! {
                                <option value="relevance">"Oldest first"</option>
                                <option value="newest">"Newest first"</option>
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
                // Embedded, exporting is the full explorer's (a frame may forbid downloads).
                {(!location.embedded()).then(|| view! { <ExportMenu /> })}
            </div>
            {move || {
                let notes = notes();
                (!notes.is_empty()).then(|| view! {
                    <ul class="search__notes">{notes.into_iter().map(|note| view! { <li>{note}</li> }).collect_view()}</ul>
                })
            }}
            // The timeline takes the whole width, with the filters folded above it.
            <div class="search__body" class:search__body--stacked=move || shown.get() == ResultView::Timeline>
                <details
                    class="search__filters"
                    node_ref=filters_ref
                    prop:open=move || wide && shown.get() != ResultView::Timeline
                    on:keydown=move |event| {
                        if event.key() == "Escape" {
                            close_filters();
                        }
                    }
                >
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
                    // On a phone the filters open as a drawer over the results, closed by its button, the
                    // backdrop (the summary, stretched) or Escape.
                    <div class="search__drawer">
                        <div class="search__drawer-head">
                            <h2>"Filters"</h2>
                            <button type="button" class="button" on:click=move |_| close_filters()>
                                {move || result_count().show_label()}
                            </button>
                        </div>
                        <p class="search__filters-note">
                            {move || filter_counts_note(state.with(|state| state.view.lists_quotes()))}
                        </p>
                        <FacetPanel data=Arc::clone(&data) found=found />
                    </div>
                </details>
                // What the list shows results for: the browser benchmark waits for it to be the text typed.
                <div class="search__results" data-results-for=move || found.with(|found| found.1.to_string())>
                    {move || (count() == 0).then(|| view! {
                        <div class="search__empty" role="status">
                            <p>"Nothing matches."</p>
                            {filtered().then(|| view! { <ViewLink state=clear() class="button">"Clear the filters"</ViewLink> })}
                        </div>
                    })}
                    {move || {
                        fail_if_a_test_asks(shown.get().key());
                        match (shown.get(), speaker_shown.get()) {
                        (ResultView::Concordance, _) => view! { <ConcordanceList lines=lines /> }.into_any(),
                        (ResultView::Figures, _) => view! { <FigureTable claims=claims /> }.into_any(),
                        (ResultView::Timeline, _) => view! { <TimelineView /> }.into_any(),
                        (ResultView::Speakers, None) => view! { <SpeakerList tallies=tallies /> }.into_any(),
                        (ResultView::Speakers, Some(index)) => {
                            let speaker = analysis.speakers[index].clone();
                            let id = index;
                            let tally = Signal::derive(move || {
                                tallies.with(|tallies| tallies.iter().find(|tally| tally.speaker == Some(id)).cloned())
                            });
                            view! { <SpeakerHeader speaker tally /> <ResultList found=found /> }.into_any()
                        }
                        _ => view! { <ResultList found=found /> }.into_any(),
                    }}}
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
