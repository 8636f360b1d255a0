//! The reader: one document's provenance and its text as paragraphs.

use leptos::prelude::*;

use super::{grouped, PublishedLabel, ViewLink};
use crate::corpus::{Document, ParagraphRole};
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
        .story_paragraphs()
        .map(|(index, paragraph)| {
            let text = paragraph.text(&document.text).to_owned();
            let id = format!("p{}", index + 1);
            if paragraph.role == ParagraphRole::Heading {
                view! { <h2 class="reader__subheading" id=id>{text}</h2> }.into_any()
            } else {
                view! { <p id=id>{text}</p> }.into_any()
            }
        })
        .collect_view();
    let set_aside: Vec<(usize, String, &'static str)> = document
        .boilerplate_paragraphs()
        .map(|(index, paragraph)| {
            let reason = match paragraph.role {
                ParagraphRole::Boilerplate(furniture) => furniture.label(),
                _ => "",
            };
            (index, paragraph.text(&document.text).to_owned(), reason)
        })
        .collect();
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
            {(!set_aside.is_empty()).then(|| view! {
                <details class="reader__set-aside">
                    <summary>{format!("{} lines of page furniture set aside", set_aside.len())}</summary>
                    <p class="reader__set-aside-note">
                        "Navigation, related links, share lines and footers from the scraped page. They are kept, but not read as part of the story."
                    </p>
                    <ol>
                        {set_aside.into_iter().map(|(index, text, reason)| view! {
                            <li id=format!("p{}", index + 1)>
                                <span class="reader__set-aside-text">{text}</span>
                                <span class="reader__set-aside-reason">{reason}</span>
                            </li>
                        }).collect_view()}
                    </ol>
                </details>
            })}
            <p class="reader__file">"Source file: " <code>{document.file.clone()}</code></p>
        </article>
    }
}
