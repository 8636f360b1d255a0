//! The concordance: each match of the search in the documents found, with the words either side, each
//! line opening its document.

use leptos::prelude::*;

use super::search_panel::{opening, Found};
use super::ViewLink;
use crate::search::{concordance, ConcordanceOrder, EntryKind, Highlighter, MAX_LINES};
use crate::ui::app::{CorpusContext, LocationContext, SearchContext};
use crate::ui::format::grouped;
use crate::ui::view_state::SortOrder;

#[component]
pub fn ConcordanceList(found: Memo<Found>) -> impl IntoView {
    let CorpusContext(corpus) = expect_context();
    let LocationContext(location) = expect_context();
    let data = expect_context::<SearchContext>().get();
    move || {
        let found = found.get();
        let state = location.parsed().0;
        if found.0.query.terms.iter().all(|term| term.excluded) {
            return view! {
                <p class="concordance__hint">"Type a word or a phrase to see each place it is used, in context."</p>
            }
            .into_any();
        }
        let highlighter = Highlighter::new(&data.index, &found.0.query);
        let documents = found.0.faceted.hits.iter().filter_map(|hit| {
            match data.index.entries()[hit.entry as usize].kind {
                EntryKind::Document { document } => Some(document),
                EntryKind::Quote { .. } => None,
            }
        });
        let order = match state.sort {
            SortOrder::LeftContext => ConcordanceOrder::Left,
            SortOrder::RightContext => ConcordanceOrder::Right,
            _ => ConcordanceOrder::Reading,
        };
        let lines = concordance(&corpus, documents, &highlighter, order);
        let note = (lines.total > lines.lines.len()).then(|| {
            format!(
                "The first {} of {} lines.",
                grouped(MAX_LINES),
                grouped(lines.total)
            )
        });
        let rows = lines
            .lines
            .into_iter()
            .map(|line| {
                let document = &corpus.documents[line.document as usize];
                let target = opening(&state, document.id.clone(), None);
                let title = document.title.clone();
                view! {
                    <li>
                        <ViewLink state=target class="concordance__line">
                            <span class="concordance__left">{line.left}</span>
                            <mark class="match concordance__match">{line.matched}</mark>
                            <span class="concordance__right">{line.right}</span>
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
