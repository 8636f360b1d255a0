//! The reader: one document's provenance and its text as paragraphs.

use leptos::prelude::*;

use super::{grouped, PublishedLabel, ViewLink};
use crate::corpus::Document;
use crate::ui::view_state::ViewState;

#[component]
pub fn Reader(document: Document) -> impl IntoView {
    let source = match (&document.url, &document.site) {
        (Some(url), _) => view! {
            <a class="reader__source" href=url.to_string() target="_blank" rel="noopener noreferrer">
                {format!("Original at {}", url.host())}
                <span aria-hidden="true">" ↗"</span>
            </a>
        }
        .into_any(),
        (None, Some(site)) => view! {
            <span class="reader__source reader__source--unknown">
                {format!("Published on {site}; the exact address is not known")}
            </span>
        }
        .into_any(),
        (None, None) => view! {
            <span class="reader__source reader__source--unknown">"Source address not known"</span>
        }
        .into_any(),
    };
    // Ids are the paragraph's number in the whole text, so links to a paragraph stay stable.
    let paragraphs = document
        .body_paragraphs()
        .map(|(index, text)| view! { <p id=format!("p{}", index + 1)>{text.to_owned()}</p> })
        .collect_view();
    let words = document.word_count();

    view! {
        <article class="reader" aria-labelledby="reader-title">
            <ViewLink state=ViewState::default() class="reader__back">"← All documents"</ViewLink>
            <header class="reader__header">
                <p class="reader__kind">{document.kind_label()}</p>
                <h1 class="reader__title" id="reader-title" tabindex="-1">{document.title.clone()}</h1>
                <dl class="reader__facts">
                    <div>
                        <dt>"Publisher"</dt>
                        <dd>{document.publisher.clone().unwrap_or_else(|| "Unknown".to_owned())}</dd>
                    </div>
                    {document.author.clone().map(|author| view! {
                        <div>
                            <dt>"Author"</dt>
                            <dd>{author}</dd>
                        </div>
                    })}
                    <div>
                        <dt>"Published"</dt>
                        <dd><PublishedLabel date=document.published /></dd>
                    </div>
                    <div>
                        <dt>"Length"</dt>
                        <dd>{format!("{} words · {} paragraphs", grouped(words), grouped(document.paragraphs.len()))}</dd>
                    </div>
                </dl>
                {source}
            </header>
            <div class="reader__text">{paragraphs}</div>
            <p class="reader__file">"Source file: " <code>{document.file.clone()}</code></p>
        </article>
    }
}
