//! The results of a search, a page at a time: quotes with their speaker and source, or documents with
//! the passage that matched, every match marked.

use leptos::prelude::*;

use super::search_panel::{opening, Found};
use super::{MarkedText, PublishedLabel, ViewLink};
use crate::search::{EntryKind, Highlighter};
use crate::ui::app::{CorpusContext, LocationContext, SearchContext};

/// Results shown at first, and added by each "Show more".
const PAGE: usize = 30;
/// Words of context either side of a document's first match.
const SNIPPET_WORDS: usize = 14;
/// Quotes longer than this many words are cut to [`QUOTE_CONTEXT_WORDS`] either side of their first match.
const LONG_QUOTE_WORDS: usize = 70;
const QUOTE_CONTEXT_WORDS: usize = 30;

#[component]
pub fn ResultList(found: Memo<Found>) -> impl IntoView {
    let CorpusContext(corpus) = expect_context();
    let LocationContext(location) = expect_context();
    let search = expect_context::<SearchContext>();
    let data = search.get();
    let analysis = search.analysis();
    let (limit, set_limit) = signal(PAGE);
    // A new search starts at its first page.
    Effect::watch(
        move || found.get(),
        move |_, _, _| set_limit.set(PAGE),
        false,
    );
    let items = move || {
        let found = found.get();
        let highlighter = Highlighter::new(&data.index, &found.0.query);
        let state = location.parsed().0;
        found
            .0
            .faceted
            .hits
            .iter()
            .take(limit.get())
            .map(|hit| match data.index.entries()[hit.entry as usize].kind {
                EntryKind::Quote { document, quote } => {
                    let document = &corpus.documents[document as usize];
                    let quote = &analysis.quotes[quote as usize];
                    let whole = quote.text(&document.text);
                    let whole_ranges = highlighter.ranges(&whole);
                    // A long quote is shown around its first match; the reader has all of it.
                    let (text, ranges) = match whole_ranges.first() {
                        Some(first) if whole.split_whitespace().nth(LONG_QUOTE_WORDS).is_some() => {
                            snippet(&whole, first.start, &whole_ranges, QUOTE_CONTEXT_WORDS)
                        }
                        _ => (whole, whole_ranges),
                    };
                    let speaker = analysis.speaker_of(quote);
                    let name = speaker.map_or_else(|| "Speaker not identified".to_owned(), |speaker| speaker.name.clone());
                    let name_ranges = if speaker.is_some() { highlighter.ranges(&name) } else { Vec::new() };
                    let detail = speaker.and_then(|speaker| match (&speaker.role, &speaker.organisation) {
                        (Some(role), Some(organisation)) => Some(format!("{role}, {organisation}")),
                        (Some(role), None) => Some(role.clone()),
                        (None, Some(organisation)) => Some(organisation.clone()),
                        (None, None) => None,
                    });
                    let target = opening(&state, document.id.clone(), Some(quote.id.clone()));
                    // Owned: a link's children are built later, when nothing here is borrowed any more.
                    let (title, publisher, published) = (
                        document.title.clone(),
                        document.publisher.clone().unwrap_or_default(),
                        document.published,
                    );
                    let kind = match quote.kind {
                        crate::analysis::QuoteKind::Direct => "Direct quote",
                        crate::analysis::QuoteKind::Partial => "Partial quote",
                    };
                    view! {
                        <li class="result result--quote">
                            <ViewLink state=target class="result__link">
                                <blockquote class="result__quote">
                                    <MarkedText text=text ranges=ranges />
                                </blockquote>
                                <p class="result__speaker">
                                    <span class="result__name"><MarkedText text=name ranges=name_ranges /></span>
                                    {detail.map(|detail| view! { <span class="result__role">{detail}</span> })}
                                </p>
                                <p class="result__meta">
                                    <span class="result__kind">{kind}</span>
                                    <span class="result__source">{title}</span>
                                    <span>{publisher}</span>
                                    <PublishedLabel date=published />
                                </p>
                            </ViewLink>
                        </li>
                    }
                    .into_any()
                }
                EntryKind::Document { document } => {
                    let document = &corpus.documents[document as usize];
                    let title_ranges = highlighter.ranges(&document.title);
                    let snippet = highlighter.first_match(document).map(|(text, ranges)| {
                        snippet(text, ranges[0].start, &ranges, SNIPPET_WORDS)
                    });
                    let target = opening(&state, document.id.clone(), None);
                    let (kind, title, publisher, published) = (
                        document.kind_label(),
                        document.title.clone(),
                        document.publisher_label().to_owned(),
                        document.published,
                    );
                    view! {
                        <li class="result result--document">
                            <ViewLink state=target class="result__link">
                                <span class="result__kind">{kind}</span>
                                <span class="result__title"><MarkedText text=title ranges=title_ranges /></span>
                                {snippet.map(|(text, ranges)| view! { <p class="result__snippet"><MarkedText text=text ranges=ranges /></p> })}
                                <p class="result__meta">
                                    <span>{publisher}</span>
                                    <PublishedLabel date=published />
                                </p>
                            </ViewLink>
                        </li>
                    }
                    .into_any()
                }
            })
            .collect_view()
    };
    let remaining = move || {
        found
            .with(|found| found.0.faceted.hits.len())
            .saturating_sub(limit.get())
    };
    view! {
        <ol class="results">{items}</ol>
        {move || (remaining() > 0).then(|| view! {
            <button type="button" class="button results__more" on:click=move |_| set_limit.update(|limit| *limit += PAGE)>
                {format!("Show {} more", remaining().min(PAGE))}
            </button>
        })}
    }
}

/// Up to `words` words either side of the first match, with the marks inside it moved to the snippet's
/// own offsets; "…" where the text goes on.
fn snippet(
    text: &str,
    first: usize,
    ranges: &[std::ops::Range<usize>],
    words: usize,
) -> (String, Vec<std::ops::Range<usize>>) {
    let start = text[..first]
        .char_indices()
        .rev()
        .filter(|&(_, c)| c.is_whitespace())
        .nth(words)
        .map_or(0, |(at, c)| at + c.len_utf8());
    let end = text[first..]
        .char_indices()
        .filter(|&(_, c)| c.is_whitespace())
        .nth(words)
        .map_or(text.len(), |(at, _)| first + at);
    let lead = if start > 0 { "… " } else { "" };
    let tail = if end < text.len() { " …" } else { "" };
    let shifted = ranges
        .iter()
        .filter(|range| range.start >= start && range.end <= end)
        .map(|range| range.start - start + lead.len()..range.end - start + lead.len())
        .collect();
    (format!("{lead}{}{tail}", &text[start..end]), shifted)
}
