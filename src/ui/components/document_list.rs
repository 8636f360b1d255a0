//! The list of the corpus's documents, newest first: title, publisher, kind and date.

use leptos::prelude::*;

use super::{PublishedLabel, ViewLink};
use crate::corpus::{Document, DocumentId};
use crate::ui::app::{CorpusContext, LocationContext};
use crate::ui::view_state::ViewState;

#[component]
pub fn DocumentList() -> impl IntoView {
    let CorpusContext(corpus) = expect_context();
    let LocationContext(location) = expect_context();
    let open_document = Memo::new(move |_| location.parsed().0.document);
    let documents: Vec<Document> = corpus
        .documents_newest_first()
        .into_iter()
        .cloned()
        .collect();
    let count = documents.len();

    view! {
        <div class="document-list">
            <h2 class="document-list__heading" id="documents-heading">
                "Documents" <span class="count">{count}</span>
            </h2>
            <ol class="document-list__items">
                <For
                    each=move || documents.clone()
                    key=|document| document.id.clone()
                    children=move |document| {
                        let id: DocumentId = document.id.clone();
                        let is_open = Signal::derive(move || open_document.with(|open| open.as_ref() == Some(&id)));
                        view! {
                            <li>
                                <ViewLink
                                    state=ViewState::default().with_document(Some(document.id.clone()))
                                    class="document-card"
                                    current=is_open
                                >
                                    <span class="document-card__kind">{document.kind_label()}</span>
                                    <span class="document-card__title">{document.title.clone()}</span>
                                    <span class="document-card__meta">
                                        <span class="document-card__publisher">
                                            {document.publisher.clone().unwrap_or_else(|| "Publisher unknown".to_owned())}
                                        </span>
                                        <PublishedLabel date=document.published />
                                    </span>
                                </ViewLink>
                            </li>
                        }
                    }
                />
            </ol>
        </div>
    }
}
