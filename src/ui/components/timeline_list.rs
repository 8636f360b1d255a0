//! The timeline's items in words: what one item is (for the tooltip, the selected item's card and the
//! list), and the whole timeline as a list of months that a screen reader, or anyone, can read instead.

use std::sync::Arc;

use leptos::prelude::*;

use super::search_panel::opening;
use super::ViewLink;
use crate::analysis::Analysis;
use crate::corpus::{Corpus, DocumentId};
use crate::timeline::{date_of, ItemTarget, Month, Timeline};
use crate::ui::app::{CorpusContext, SearchContext};
use crate::ui::format::grouped;
use crate::ui::view_state::ViewState;

/// The characters of a quote shown where an item is described in one line.
const QUOTE_CHARS: usize = 160;

/// Items a month lists before offering the rest: a month of a large corpus holds thousands.
const MONTH_PAGE: usize = 100;

/// One item in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemSummary {
    /// "Document", "Quote" or "Context event".
    pub kind: &'static str,
    /// A document's title, a quote's words (cut), an event's title.
    pub title: String,
    /// Who: a document's publisher, a quote's speaker and their role, an event's source.
    pub byline: Option<String>,
    /// When, at the precision known: "11 Dec 2023", "6–11 Dec 2023".
    pub date: String,
    /// The document (and quote) it opens in the reader; events open nothing there.
    pub opens: Option<(DocumentId, Option<String>)>,
    /// An event's source page.
    pub url: Option<String>,
}

impl ItemSummary {
    pub fn of(target: ItemTarget, corpus: &Corpus, analysis: &Analysis) -> Option<ItemSummary> {
        let date = |published: Option<crate::corpus::PublishedDate>| {
            published.map_or_else(|| "Date unknown".to_owned(), |date| date.label())
        };
        Some(match target {
            ItemTarget::Document(position) => {
                let document = corpus.documents.get(position as usize)?;
                ItemSummary {
                    kind: "Document",
                    title: document.title.clone(),
                    byline: document.publisher.clone(),
                    date: date(document.published),
                    opens: Some((document.id.clone(), None)),
                    url: None,
                }
            }
            ItemTarget::Quote(index) => {
                let quote = analysis.quotes.get(index as usize)?;
                let document = corpus.documents.get(quote.document as usize)?;
                let words: Vec<&str> = quote
                    .parts
                    .iter()
                    .filter_map(|part| document.text.get(part.range()))
                    .collect();
                let words = words.join(" … ");
                let mut title: String = words.chars().take(QUOTE_CHARS).collect();
                if title.len() < words.len() {
                    title.push('…');
                }
                let byline = Some(analysis.source_of(quote, &document.text).map_or_else(
                    || "Speaker not identified".to_owned(),
                    |source| source.label(),
                ));
                ItemSummary {
                    kind: "Quote",
                    title: format!("“{title}”"),
                    byline,
                    date: date(document.published),
                    opens: Some((document.id.clone(), Some(quote.id(corpus)))),
                    url: None,
                }
            }
            ItemTarget::Event(index) => {
                let event = corpus.events.get(index as usize)?;
                ItemSummary {
                    kind: "Context event",
                    title: event.title.clone(),
                    byline: event.source.clone(),
                    date: event.date.label(),
                    opens: None,
                    url: event.url.as_ref().map(|url| url.as_str().to_owned()),
                }
            }
        })
    }

    /// The view that opens it in the reader, from `state`.
    pub fn opening(&self, state: &ViewState) -> Option<ViewState> {
        let (document, quote) = self.opens.clone()?;
        Some(opening(state, document, quote))
    }

    /// The whole of it in one sentence, for a screen reader.
    pub fn sentence(&self) -> String {
        let mut sentence = format!("{}, {}: {}", self.kind, self.date, self.title);
        if let Some(byline) = &self.byline {
            sentence.push_str(" — ");
            sentence.push_str(byline);
        }
        sentence
    }
}

/// The timeline as months, each a folded list of its items in date order.
#[component]
pub fn TimelineList(
    timeline: Signal<Arc<Timeline>>,
    /// The view an item opens from: the current one, with the timeline's zoom.
    state: Signal<ViewState>,
) -> impl IntoView {
    let months = Memo::new(move |_| timeline.with(|timeline| timeline.months()));
    view! {
        <details class="timeline__list">
            <summary>
                {move || {
                    let months = months.with(Vec::len);
                    format!("The timeline as a list ({} {})", grouped(months), if months == 1 { "month" } else { "months" })
                }}
            </summary>
            <ul class="timeline__months">
                <For
                    each=move || months.get()
                    key=|month| (month.year, month.month, month.items.clone())
                    children=move |month| view! { <MonthItems month timeline state /> }
                />
            </ul>
        </details>
    }
}

/// One month: its count, and its items once opened.
#[component]
fn MonthItems(
    month: Month,
    timeline: Signal<Arc<Timeline>>,
    state: Signal<ViewState>,
) -> impl IntoView {
    let CorpusContext(corpus) = expect_context();
    let analysis = expect_context::<SearchContext>().analysis();
    let (open, set_open) = signal(false);
    let (shown, set_shown) = signal(MONTH_PAGE);
    let count = month.count() as usize;
    let items = month.items.clone();
    let list = move || {
        if !open.get() {
            return None;
        }
        let limit = shown.get();
        let entries = timeline.with(|timeline| {
            let order = timeline.in_time_order();
            order[items.start as usize..items.end as usize]
                .iter()
                .take(limit)
                .filter_map(|&index| timeline.item(index).copied())
                .collect::<Vec<_>>()
        });
        let rows = entries
            .into_iter()
            .filter_map(|item| {
                let summary = ItemSummary::of(item.target, &corpus, &analysis)?;
                let day = date_of(item.first_day);
                Some(view! { <ItemRow summary state day=day.to_string() /> })
            })
            .collect_view();
        Some(view! {
            <ol class="timeline__items">{rows}</ol>
            {(limit < count).then(|| view! {
                <button type="button" class="button button--quiet" on:click=move |_| set_shown.update(|shown| *shown += MONTH_PAGE)>
                    {format!("Show {} more of {}", grouped(MONTH_PAGE.min(count - limit)), grouped(count))}
                </button>
            })}
        })
    };
    view! {
        <li>
            <details on:toggle=move |event| {
                let open_now = event_target::<web_sys::HtmlDetailsElement>(&event).open();
                set_open.set(open_now);
            }>
                <summary>
                    <span class="timeline__month">{month.label.clone()}</span>
                    <span class="timeline__month-count">
                        {format!("{} {}", grouped(count), if count == 1 { "item" } else { "items" })}
                    </span>
                </summary>
                {list}
            </details>
        </li>
    }
}

/// An item of the list: what it is, when, and a way to open it.
#[component]
fn ItemRow(summary: ItemSummary, state: Signal<ViewState>, day: String) -> impl IntoView {
    let ItemSummary {
        kind,
        title,
        byline,
        date,
        url,
        ..
    } = summary.clone();
    let target = Signal::derive(move || summary.opening(&state.get()));
    let heading = move || {
        let title = title.clone();
        match target.get() {
            Some(target) => view! { <ViewLink state=target>{title}</ViewLink> }.into_any(),
            None => view! { <span>{title}</span> }.into_any(),
        }
    };
    view! {
        <li class="timeline__item">
            <span class="timeline__item-kind">{kind}</span>
            <time datetime=day>{date}</time>
            <span class="timeline__item-title">{heading}</span>
            {byline.map(|byline| view! { <span class="timeline__item-by">{byline}</span> })}
            {url.map(|url| view! { <a class="timeline__item-source" href=url rel="noopener noreferrer" target="_blank">"Source"</a> })}
        </li>
    }
}
