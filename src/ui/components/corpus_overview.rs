//! What the corpus is, shown before a document is chosen: its description and extent, then what it is
//! given to show (the search), then its context events.

use leptos::prelude::*;

use super::{grouped, PublishedLabel};
use crate::ui::app::{CorpusContext, CorpusDiagnostics};

/// Context events listed before "Show all": a corpus may record hundreds.
const SHOWN_EVENTS: usize = 12;
/// Publishers named in the overview; the rest are counted (the publisher filter lists them all).
const NAMED_PUBLISHERS: usize = 12;

#[component]
pub fn CorpusOverview(children: Children) -> impl IntoView {
    let CorpusContext(corpus) = expect_context();
    let CorpusDiagnostics(diagnostics) = expect_context();
    let document_count = corpus.documents.len();
    let word_count: usize = corpus
        .documents
        .iter()
        .map(|document| document.word_count())
        .sum();
    let publishers = {
        let all = corpus.publishers();
        let named = all[..all.len().min(NAMED_PUBLISHERS)].join(" · ");
        match all.len().saturating_sub(NAMED_PUBLISHERS) {
            0 => named,
            more => format!("{named} and {} more", grouped(more)),
        }
    };
    let events: Vec<_> = corpus.events_in_order().into_iter().cloned().collect();
    let notes: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();

    view! {
        <section class="overview" aria-labelledby="overview-title">
            <p class="overview__eyebrow">"Corpus"</p>
            <h1 class="overview__title" id="overview-title">{corpus.title().to_owned()}</h1>
            {corpus.info.description.clone().map(|description| view! { <p class="overview__description">{description}</p> })}
            <dl class="overview__stats">
                <div>
                    <dt>"Documents"</dt>
                    <dd>{grouped(document_count)}</dd>
                </div>
                <div>
                    <dt>"Words"</dt>
                    <dd>{grouped(word_count)}</dd>
                </div>
                <div class="overview__publishers">
                    <dt>"Publishers"</dt>
                    <dd>{publishers}</dd>
                </div>
            </dl>
            {children()}
            {(!events.is_empty()).then(|| {
                let total = events.len();
                let (show_all, set_show_all) = signal(false);
                let shown = move || {
                    let limit = if show_all.get() { total } else { SHOWN_EVENTS };
                    events.iter().take(limit).cloned().map(|event| view! {
                        <li class="context__event">
                            <PublishedLabel date=Some(event.date) />
                            <span class="context__title">{event.title}</span>
                            {event.source.map(|source| view! { <span class="context__source">{source}</span> })}
                        </li>
                    }).collect_view()
                };
                view! {
                    <section class="context" aria-labelledby="context-title">
                        <h2 id="context-title">"Context"</h2>
                        <ol class="context__events">{shown}</ol>
                        {(total > SHOWN_EVENTS).then(|| view! {
                            <button type="button" class="button context__more" on:click=move |_| set_show_all.update(|all| *all = !*all)>
                                {move || if show_all.get() { "Show fewer".to_owned() } else { format!("Show all {} events", grouped(total)) }}
                            </button>
                        })}
                    </section>
                }
            })}
            {(!notes.is_empty()).then(|| view! {
                <details class="overview__notes">
                    <summary>{format!("{} notes about this corpus's files", notes.len())}</summary>
                    <ul>{notes.into_iter().map(|note| view! { <li><code>{note}</code></li> }).collect_view()}</ul>
                </details>
            })}
        </section>
    }
}
