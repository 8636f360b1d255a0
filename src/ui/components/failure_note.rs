//! The note a reload after a crash opens with: which view failed, a way to try it again, and the
//! panic's message for a report. Shown on the view the app opened instead, until the reader moves on or
//! dismisses it.

use std::sync::Arc;

use leptos::prelude::*;

use super::ViewLink;
use crate::ui::app::{CorpusContext, LastFailure, LocationContext};
use crate::ui::failure::describe_view;

#[component]
pub fn FailureNote() -> impl IntoView {
    // An explorer mounted on its own (as the browser tests do) has had no crash to report.
    let LastFailure(failure) = use_context().unwrap_or(LastFailure(None));
    let LocationContext(location) = expect_context();
    let CorpusContext(corpus) = expect_context();
    let failure = failure?;
    // The view the app opened instead: the note belongs to it, not to the views the reader goes on to.
    let opened = location.parsed().0;
    let (dismissed, set_dismissed) = signal(false);
    let failed = failure.view();
    let described = describe_view(&failed, |id| {
        corpus.document(id).map(|document| document.title.clone())
    });
    let way_out = failure.way_out();
    let retry = way_out.is_some();
    let instead = match &way_out {
        Some(way_out) => format!(", so this time it opened {} instead.", way_out.place),
        None => ". It is trying again.".to_owned(),
    };
    let message = Arc::clone(&failure);
    let shown = move || !dismissed.get() && location.parsed().0 == opened;
    Some(view! {
        <Show when=shown>
            <div class="failure-note" role="status">
                <p class="failure-note__text">
                    <strong>"Quoteline stopped working"</strong>
                    {format!(" while showing {described}{instead}")}
                </p>
                <p class="failure-note__actions">
                    {retry.then(|| view! { <ViewLink state=failed.clone() class="button">"Try that view again"</ViewLink> })}
                    <button type="button" class="button button--quiet" on:click=move |_| set_dismissed.set(true)>
                        "Dismiss"
                    </button>
                </p>
                <details class="failure-details">
                    <summary>"Details for a report"</summary>
                    <pre class="failure-details__message">
                        {format!("{}\n\nAt the address: {}", message.message, if message.search.is_empty() { "(the overview)" } else { &message.search })}
                    </pre>
                </details>
            </div>
        </Show>
    })
}
