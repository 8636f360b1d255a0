//! The attribution of the quote under the pointer or the keyboard focus: who said it, in what role, by
//! what cue, how the speaker was found, and where else the statement appears.

use leptos::prelude::*;

use super::{speaker_page, ViewLink};
use crate::analysis::Relation;
use crate::corpus::DocumentId;
use crate::ui::app::{AnalysisContext, CorpusContext, LocationContext};

#[component]
pub fn AttributionCard(active_quote: ReadSignal<Option<usize>>) -> impl IntoView {
    let analysis = expect_context::<AnalysisContext>().get();
    let CorpusContext(corpus) = expect_context();
    let LocationContext(location) = expect_context();
    let card = move || {
        let index = active_quote.get()?;
        let quote = analysis.quotes.get(index)?;
        let speaker = analysis.speaker_of(quote);
        let source = corpus
            .documents
            .get(quote.document as usize)
            .and_then(|document| analysis.source_of(quote, &document.text));
        let who = source.map_or_else(
            || "Speaker not identified".to_owned(),
            |source| source.name(),
        );
        let role = source.and_then(|source| source.detail());
        let how = match (&quote.cue, quote.evidence) {
            (Some(cue), Some(evidence)) => format!("“{cue}” — {}", evidence.explanation()),
            (None, Some(evidence)) => evidence.explanation().to_owned(),
            _ => "no attribution found in the text".to_owned(),
        };
        let id = quote.id(&corpus);
        let elsewhere: Vec<(DocumentId, String, &'static str)> = analysis
            .matches
            .iter()
            .filter(|statement| statement.quotes.contains(&id))
            .flat_map(|statement| {
                statement
                    .quotes
                    .iter()
                    .filter(|other| **other != id)
                    .filter_map(|other| corpus.document(other.rsplit_once("-q")?.0))
                    .filter(|document| {
                        corpus
                            .documents
                            .get(quote.document as usize)
                            .map(|own| &own.id)
                            != Some(&document.id)
                    })
                    .map(move |document| {
                        let relation = match statement.relation {
                            Relation::Identical => "same words",
                            Relation::Edited => "edited",
                            Relation::Split => "split differently",
                            Relation::Excerpt => "excerpt",
                        };
                        (document.id.clone(), document.title.clone(), relation)
                    })
            })
            .collect();
        let mut elsewhere = elsewhere;
        elsewhere.dedup();
        // Everything this speaker said, across the corpus: their page.
        let all_quotes = speaker.map(|speaker| {
            let said = analysis
                .quotes
                .iter()
                .filter(|other| other.speaker == quote.speaker)
                .count();
            let label = if said == 1 {
                format!("{}'s page", speaker.name)
            } else {
                format!("All {said} quotes by {}", speaker.name)
            };
            (speaker_page(&location.parsed().0, speaker), label)
        });
        Some(view! {
            <div class="attribution-card__body">
                <p class="attribution-card__who">{who}</p>
                {role.map(|role| view! { <p class="attribution-card__role">{role}</p> })}
                <p class="attribution-card__how">{format!("{} quote · {how}", if quote.kind.id() == "direct" { "Direct" } else { "Partial" })}</p>
                {all_quotes.map(|(page, label)| view! {
                    <p class="attribution-card__speaker-page"><ViewLink state=page>{label}</ViewLink></p>
                })}
                {(!elsewhere.is_empty()).then(|| view! {
                    <p class="attribution-card__elsewhere">
                        "Also in: "
                        {elsewhere.into_iter().enumerate().map(|(at, (id, title, relation))| view! {
                            {(at > 0).then_some("; ")}
                            <ViewLink state=location.parsed().0.with_document(Some(id))>{title}</ViewLink>
                            {format!(" ({relation})")}
                        }).collect_view()}
                    </p>
                })}
            </div>
        })
    };
    view! {
        <aside class="attribution-card" aria-live="polite" aria-label="Attribution of the highlighted quote">
            {move || card().map_or_else(
                || view! { <p class="attribution-card__hint">"Point at or tab to a highlighted quote to see who said it."</p> }.into_any(),
                IntoAny::into_any,
            )}
        </aside>
    }
}
