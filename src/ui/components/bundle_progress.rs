//! The page shown while a corpus bundle downloads and opens, or in its place when it cannot be opened.

use leptos::prelude::*;

use crate::ui::bundle_fetch::{LoadFailure, LoadProgress};
use crate::ui::format::file_size;

#[component]
pub fn BundleProgress(
    /// The bundle's file name.
    name: String,
    progress: ReadSignal<LoadProgress>,
    #[prop(optional)] failure: Option<LoadFailure>,
) -> impl IntoView {
    let Some(failure) = failure else {
        let status = move || match progress.get() {
            LoadProgress::Requesting => "Waiting for the server…".to_owned(),
            LoadProgress::Downloading {
                received,
                total: Some(total),
            } => format!("{} of {}", file_size(received), file_size(total)),
            LoadProgress::Downloading { received, .. } => format!("{} so far", file_size(received)),
            LoadProgress::Opening => "Downloaded. Opening it…".to_owned(),
        };
        // Without a known total the bar is indeterminate (no value), as the platform draws it.
        let value = move || match progress.get() {
            LoadProgress::Downloading {
                received,
                total: Some(total),
            } if total > 0 => Some((received as f64 / total as f64).min(1.0)),
            LoadProgress::Opening => Some(1.0),
            _ => None,
        };
        return view! {
            <section class="bundle-status" aria-labelledby="bundle-status-heading">
                <h1 id="bundle-status-heading">"Loading the corpus “" {name} "”"</h1>
                <progress class="bundle-status__bar" max="1" value=value aria-describedby="bundle-status-detail"></progress>
                <p id="bundle-status-detail" class="bundle-status__detail" aria-live="polite">{status}</p>
            </section>
        }
        .into_any();
    };
    let LoadFailure { problem, advice } = failure;
    let reload = move |_| {
        let _ = gloo::utils::window().location().reload();
    };
    view! {
        <section class="bundle-status bundle-status--failed" role="alert" aria-labelledby="bundle-status-heading">
            <h1 id="bundle-status-heading">"This corpus could not be opened"</h1>
            <p class="bundle-status__problem">{problem}</p>
            <p class="bundle-status__detail">{advice}</p>
            <p class="bundle-status__actions">
                <button type="button" class="button" on:click=reload>"Try again"</button>
                // A new page load without the corpus: the built-in corpus, at the default view.
                <a class="button button--quiet" href="?">"Open the corpus built into the app"</a>
            </p>
        </section>
    }
    .into_any()
}
