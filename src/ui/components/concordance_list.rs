//! The concordance: each match of the search in the documents found, with the words either side, each
//! line opening its document.

use std::sync::Arc;

use leptos::prelude::*;

use super::search_panel::opening;
use super::ViewLink;
use crate::search::{Concordance, MAX_LINES};
use crate::ui::app::{CorpusContext, LocationContext};
use crate::ui::format::grouped;

/// `lines` are the search panel's, which counts them in its heading; none when nothing was typed.
#[component]
pub fn ConcordanceList(lines: Memo<Option<Arc<Concordance>>>) -> impl IntoView {
    let CorpusContext(corpus) = expect_context();
    let LocationContext(location) = expect_context();
    move || {
        let state = location.parsed().0;
        let Some(lines) = lines.get() else {
            return view! {
                <p class="concordance__hint">"Type a word or a phrase to see each place it is used, in context."</p>
            }
            .into_any();
        };
        let note = (lines.total > lines.lines.len()).then(|| {
            format!(
                "The first {} of {} lines.",
                grouped(MAX_LINES),
                grouped(lines.total)
            )
        });
        let rows = lines
            .lines
            .iter()
            .map(|line| {
                let document = &corpus.documents[line.document as usize];
                let target = opening(&state, document.id.clone(), None);
                let title = document.title.clone();
                // The link's children outlive this borrow of the lines.
                let (left, matched, right) =
                    (line.left.clone(), line.matched.clone(), line.right.clone());
                view! {
                    <li>
                        <ViewLink state=target class="concordance__line">
                            <span class="concordance__left">{left}</span>
                            <mark class="match concordance__match">{matched}</mark>
                            <span class="concordance__right">{right}</span>
                            <span class="concordance__source">{title}</span>
                        </ViewLink>
                    </li>
                }
            })
            .collect_view();
        view! {
            {note.map(|note| view! { <p class="concordance__note">{note}</p> })}
            <ol class="concordance">{rows}</ol>
        }
        .into_any()
    }
}
