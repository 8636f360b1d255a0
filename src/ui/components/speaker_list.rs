//! The speakers view: who said the quotes found, with their role and organisation and how many quotes in
//! how many sources; and a speaker's page, which heads the list of all their quotes.

use leptos::prelude::*;

use super::ViewLink;
use crate::analysis::Speaker;
use crate::search::{FacetKind, SpeakerTally};
use crate::ui::app::{LocationContext, SearchContext};
use crate::ui::format::grouped;
use crate::ui::view_state::{ResultView, ViewState};

/// Speakers shown at first, and added by each "Show more".
const PAGE: usize = 50;

/// The page of one speaker: this corpus, this speaker, every quote of theirs.
pub fn speaker_page(state: &ViewState, speaker: &Speaker) -> ViewState {
    let mut page = ViewState {
        corpus: state.corpus.clone(),
        view: ResultView::Speakers,
        ..ViewState::default()
    };
    page.facets
        .insert(FacetKind::Speaker, vec![speaker.id.clone()]);
    page
}

/// "3 quotes in 2 sources".
fn counts(quotes: u32, sources: u32) -> String {
    let plural = |count: u32, one: &str, many: &str| {
        format!(
            "{} {}",
            grouped(count as usize),
            if count == 1 { one } else { many }
        )
    };
    format!(
        "{} in {}",
        plural(quotes, "quote", "quotes"),
        plural(sources, "source", "sources")
    )
}

/// A speaker's row, as plain data.
struct Named {
    name: String,
    detail: Option<String>,
    page: ViewState,
}

#[component]
pub fn SpeakerList(tallies: Memo<std::sync::Arc<Vec<SpeakerTally>>>) -> impl IntoView {
    let LocationContext(location) = expect_context();
    let analysis = expect_context::<SearchContext>().analysis();
    let state = Memo::new(move |_| location.parsed().0);
    let (limit, set_limit) = signal(PAGE);
    // Plain data first, then the rows.
    let rows = move || {
        let listed: Vec<(Option<Named>, String)> = tallies.with(|tallies| {
            tallies
                .iter()
                .take(limit.get())
                .map(|tally| {
                    let speaker = tally
                        .speaker
                        .and_then(|index| analysis.speakers.get(index))
                        .map(|speaker| Named {
                            name: speaker.name.clone(),
                            detail: speaker.description(),
                            page: speaker_page(&state.get(), speaker),
                        });
                    (speaker, counts(tally.quotes, tally.sources))
                })
                .collect()
        });
        listed
            .into_iter()
            .map(|(speaker, counted)| match speaker {
                Some(Named { name, detail, page }) => view! {
                    <li class="speaker-row">
                        <ViewLink state=page class="speaker-row__link">
                            <span class="speaker-row__name">{name}</span>
                            <span class="speaker-row__detail">{detail}</span>
                            <span class="speaker-row__counts">{counted}</span>
                        </ViewLink>
                    </li>
                }
                .into_any(),
                None => view! {
                    <li class="speaker-row speaker-row--unknown">
                        <span class="speaker-row__name">"Speaker not identified"</span>
                        <span class="speaker-row__detail">"Quotes whose speaker the text does not make clear"</span>
                        <span class="speaker-row__counts">{counted}</span>
                    </li>
                }
                .into_any(),
            })
            .collect_view()
    };
    let remaining = move || tallies.with(|tallies| tallies.len().saturating_sub(limit.get()));
    view! {
        <ol class="speakers">{rows}</ol>
        {move || (remaining() > 0).then(|| view! {
            <button type="button" class="button results__more" on:click=move |_| set_limit.update(|limit| *limit += PAGE)>
                {format!("Show {} more", grouped(remaining().min(PAGE)))}
            </button>
        })}
    }
}

/// The head of a speaker's page: who they are, how much they said where, and the way back to everyone.
#[component]
pub fn SpeakerHeader(speaker: Speaker, tally: Signal<Option<SpeakerTally>>) -> impl IntoView {
    let LocationContext(location) = expect_context();
    let everyone = Signal::derive(move || {
        let mut state = location.parsed().0;
        state.facets.remove(&FacetKind::Speaker);
        state
    });
    let aliases = (!speaker.aliases.is_empty())
        .then(|| format!("Also written: {}", speaker.aliases.join(", ")));
    view! {
        <header class="speaker-page">
            <ViewLink state=everyone class="speaker-page__back">"← All speakers"</ViewLink>
            <h3 class="speaker-page__name">{speaker.name.clone()}</h3>
            <p class="speaker-page__detail">{speaker.description()}</p>
            {aliases.map(|aliases| view! { <p class="speaker-page__aliases">{aliases}</p> })}
            <p class="speaker-page__counts">
                {move || tally.get().map_or_else(
                    || "No quotes under the current search".to_owned(),
                    |tally| counts(tally.quotes, tally.sources),
                )}
            </p>
        </header>
    }
}
