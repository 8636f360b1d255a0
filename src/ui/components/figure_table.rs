//! The figures view: the numbers claimed in the documents found — what each counts, who claimed it, where
//! and when — with every other place the same claim is made beside it, each opening its context.

use std::sync::Arc;

use leptos::prelude::*;

use super::search_panel::opening;
use super::{PublishedLabel, ViewLink};
use crate::analysis::{Figure, FigureKind, QuoteSource};
use crate::search::FoundClaim;
use crate::ui::app::{CorpusContext, LocationContext, SearchContext};
use crate::ui::format::grouped;

/// Claims shown at first, and added by each "Show more".
const PAGE: usize = 40;

#[component]
pub fn FigureTable(claims: Memo<Arc<Vec<FoundClaim>>>) -> impl IntoView {
    let CorpusContext(corpus) = expect_context();
    let LocationContext(location) = expect_context();
    let analysis = expect_context::<SearchContext>().analysis();
    let state = Memo::new(move |_| location.parsed().0);
    let (limit, set_limit) = signal(PAGE);
    let row = {
        let corpus = Arc::clone(&corpus);
        let analysis = Arc::clone(&analysis);
        move |index: u32, found: bool| {
            let figure: &Figure = &analysis.figures[index as usize];
            let document = &corpus.documents[figure.document as usize];
            let phrase = document.text[figure.mention.range()].to_owned();
            let claimant = analysis.claimant_of(figure, &document.text);
            let quote = figure
                .quote
                .and_then(|quote| analysis.quotes.get(quote))
                .map(|quote| quote.id(&corpus));
            let target = opening(&state.get_untracked(), document.id.clone(), quote);
            view! {
                <tr class="figure-row" class:figure-row--elsewhere=!found>
                    <td class="figure-row__phrase">
                        <ViewLink state=target class="figure-row__link">{phrase}</ViewLink>
                        <span class="figure-row__counts">{counted(figure)}</span>
                    </td>
                    <td class="figure-row__who">
                        {match claimant {
                            None => view! { <span class="figure-row__unknown">"Not attributed"</span> }.into_any(),
                            Some(QuoteSource::Speaker(speaker)) => view! {
                                <span class="figure-row__name">{speaker.name.clone()}</span>
                                {speaker.organisation_name().filter(|organisation| *organisation != speaker.name).map(|organisation| view! {
                                    <span class="figure-row__organisation">{organisation.to_owned()}</span>
                                })}
                            }.into_any(),
                            // "A recent poll of Indiana voters": the story's own words for a claimant it
                            // does not name.
                            Some(described) => view! {
                                <span class="figure-row__name">{described.name()}</span>
                                <span class="figure-row__unknown">{described.detail()}</span>
                            }.into_any(),
                        }}
                    </td>
                    <td class="figure-row__where">
                        <span class="figure-row__title">{document.title.clone()}</span>
                        <span class="figure-row__publisher">
                            {document.publisher_label().to_owned()}" · "<PublishedLabel date=document.published />
                        </span>
                    </td>
                </tr>
            }
        }
    };
    let groups = move || {
        let row = row.clone();
        let corpus = Arc::clone(&corpus);
        let analysis = Arc::clone(&analysis);
        claims.with(|claims| {
            claims
                .iter()
                .take(limit.get())
                .map(|claim| {
                    let repeated = claim.mentions.len() > 1;
                    let heading = repeated.then(|| {
                        let mut sources: Vec<u32> = claim
                            .mentions
                            .iter()
                            .map(|&mention| analysis.figures[mention as usize].document)
                            .collect();
                        sources.sort_unstable();
                        sources.dedup();
                        let first = &analysis.figures[claim.mentions[0] as usize];
                        let number = corpus.documents[first.document as usize].text
                            [first.mention.number_start..first.mention.number_end]
                            .to_owned();
                        format!(
                            "{number}: claimed {} times in {} {}",
                            claim.mentions.len(),
                            sources.len(),
                            if sources.len() == 1 { "source" } else { "sources" }
                        )
                    });
                    let rows = claim
                        .mentions
                        .iter()
                        .map(|&mention| row(mention, claim.found.contains(&mention)))
                        .collect_view();
                    view! {
                        <tbody class="claim" class:claim--repeated=repeated>
                            {heading.map(|heading| view! {
                                <tr class="claim__heading"><th scope="rowgroup" colspan="3">{heading}</th></tr>
                            })}
                            {rows}
                        </tbody>
                    }
                })
                .collect_view()
        })
    };
    let remaining = move || claims.with(|claims| claims.len().saturating_sub(limit.get()));
    view! {
        <table class="figures">
            <caption class="visually-hidden">"Figures claimed in the documents found"</caption>
            <thead>
                <tr>
                    <th scope="col">"Figure"</th>
                    <th scope="col">"Claimed by"</th>
                    <th scope="col">"Where and when"</th>
                </tr>
            </thead>
            {groups}
        </table>
        {move || (remaining() > 0).then(|| view! {
            <button type="button" class="button results__more" on:click=move |_| set_limit.update(|limit| *limit += PAGE)>
                {format!("Show {} more", grouped(remaining().min(PAGE)))}
            </button>
        })}
    }
}

/// What a figure counts, in words: "suspected offenders a month", "per cent", "GBP".
fn counted(figure: &Figure) -> String {
    let mention = &figure.mention;
    let what = match (mention.kind, mention.unit.as_deref(), mention.currency) {
        (_, _, Some(currency)) => currency.code().to_owned(),
        (FigureKind::Percent, Some("percentage point"), _) => "percentage points".to_owned(),
        (FigureKind::Percent, _, _) => "per cent".to_owned(),
        (_, Some(unit), _) => unit.to_owned(),
        (_, None, _) => String::new(),
    };
    match mention.rate {
        Some(period) if what.is_empty() => format!("a {}", period.name()),
        Some(period) => format!("{what} a {}", period.name()),
        None => what,
    }
}
