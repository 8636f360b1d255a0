//! The list of the corpus's documents, newest first: title, publisher, kind and date; a page at a time, so
//! a corpus of ten thousand documents opens as quickly as one of ten.

use leptos::prelude::*;

use super::{PublishedLabel, ViewLink};
use crate::corpus::DocumentId;
use crate::ui::app::{CorpusContext, LocationContext};
use crate::ui::format::grouped;
use crate::ui::view_state::ViewState;

/// Documents listed at first, and added by each "Show more".
const PAGE: usize = 50;

#[component]
pub fn DocumentList() -> impl IntoView {
    let CorpusContext(corpus) = expect_context();
    let LocationContext(location) = expect_context();
    let open_document = Memo::new(move |_| location.parsed().0.document);
    // Positions in the corpus, not copies: a document's text can be large.
    let order = corpus.positions_newest_first();
    let count = order.len();
    let (limit, set_limit) = signal(PAGE);
    let shown = move || order.iter().copied().take(limit.get()).collect::<Vec<_>>();
    let remaining = move || count.saturating_sub(limit.get());

    view! {
        <div class="document-list">
            <h2 class="document-list__heading" id="documents-heading">
                "Documents" <span class="count">{grouped(count)}</span>
            </h2>
            <ol class="document-list__items">
                <For
                    each=shown
                    key=|&position| position
                    children=move |position| {
                        let document = &corpus.documents[position];
                        let kind = document.kind_label();
                        let title = document.title.clone();
                        let publisher = document.publisher_label().to_owned();
                        let published = document.published;
                        let id: DocumentId = document.id.clone();
                        let state = ViewState::default().with_document(Some(id.clone()));
                        let is_open = Signal::derive(move || open_document.with(|open| open.as_ref() == Some(&id)));
                        view! {
                            <li>
                                <ViewLink
                                    state=state
                                    class="document-card"
                                    current=is_open
                                >
                                    <span class="document-card__kind">{kind}</span>
                                    <span class="document-card__title">{title}</span>
                                    <span class="document-card__meta">
                                        <span class="document-card__publisher">
                                            {publisher}
                                        </span>
                                        <PublishedLabel date=published />
                                    </span>
                                </ViewLink>
                            </li>
                        }
                    }
                />
            </ol>
            <Show when=move || { remaining() > 0 }>
                <button
                    type="button"
                    class="button document-list__more"
                    on:click=move |_| set_limit.update(|limit| *limit += PAGE)
                >
                    {move || format!("Show {} more of {}", grouped(remaining().min(PAGE)), grouped(remaining()))}
                </button>
            </Show>
        </div>
    }
}
