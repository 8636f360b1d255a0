//! The results of a search, a page at a time: quotes with their speaker and source, or documents with
//! the passage that matched, every match marked. A quote found in several sources says so, with the
//! wording compared, and can be copied as a citation or a link.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;

use super::search_panel::{opening, Found};
use super::{CopyButton, MarkedText, PublishedLabel, ViewLink};
use crate::analysis::{Analysis, DiffKind};
use crate::corpus::{Corpus, DocumentId, PublishedDate};
use crate::search::{excerpt_anchor, snippet, EntryKind, Highlighter};
use crate::ui::app::{CorpusContext, LocationContext, SearchContext};
use crate::ui::citation::citation;
use crate::ui::view_state::ViewState;

/// Results shown at first, and added by each "Show more".
const PAGE: usize = 30;
/// Words of context either side of a document's first match.
const SNIPPET_WORDS: usize = 14;
/// Quotes longer than this many words are cut to [`QUOTE_CONTEXT_WORDS`] either side of their best match
/// ([`excerpt_anchor`]).
const LONG_QUOTE_WORDS: usize = 70;
const QUOTE_CONTEXT_WORDS: usize = 30;

/// What a result shows, as plain data. Results are keyed by it: the next letter of a word usually finds
/// the same entries with the same words marked, and those results are then left as they are on the page.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Card {
    Quote {
        entry: u32,
        /// Its index in the analysis, for what is made only when asked for (its citation).
        index: u32,
        document: DocumentId,
        quote: String,
        versions: Option<Versions>,
        text: Marked,
        speaker: Option<Marked>,
        detail: Option<String>,
        kind: &'static str,
        title: String,
        publisher: String,
        published: Option<PublishedDate>,
    },
    Document {
        entry: u32,
        document: DocumentId,
        kind: &'static str,
        title: Marked,
        snippet: Option<Marked>,
        publisher: String,
        published: Option<PublishedDate>,
    },
}

/// Text with the byte ranges of it to mark.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Marked(String, Vec<Range<usize>>);

/// The same statement in other sources: where, and how the wording differs from one of them.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Versions {
    /// Documents the statement is in, this one included.
    sources: usize,
    /// The other versions: their document, title and quote id.
    others: Vec<(DocumentId, String, String)>,
    /// The word diff with the first other version, from this quote's words to its.
    diff: Vec<(Wording, String)>,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Wording {
    Both,
    OnlyHere,
    OnlyThere,
}

/// The versions of quote `index` in other documents, from the analysis's statement matches.
fn versions_of(
    corpus: &Corpus,
    analysis: &Analysis,
    matches_of: &HashMap<String, Vec<usize>>,
    position_of: &HashMap<String, usize>,
    index: usize,
) -> Option<Versions> {
    let quote = analysis.quotes.get(index)?;
    let id = quote.id(corpus);
    let matches = matches_of.get(&id)?;
    let mut others: Vec<(DocumentId, String, String)> = Vec::new();
    let mut sources = vec![quote.document as usize];
    let mut diff = None;
    for &found in matches {
        let statement = &analysis.matches[found];
        let this_first = statement.quotes.first() == Some(&id);
        for other in statement.quotes.iter().filter(|other| **other != id) {
            let Some((document_id, _)) = other.rsplit_once("-q") else {
                continue;
            };
            let Some(&position) = position_of.get(document_id) else {
                continue;
            };
            if position == quote.document as usize {
                continue;
            }
            sources.push(position);
            let document = &corpus.documents[position];
            if !others.iter().any(|(known, _, _)| *known == document.id) {
                others.push((document.id.clone(), document.title.clone(), other.clone()));
            }
        }
        // The diff runs from the first quote's words to the others'.
        diff.get_or_insert_with(|| {
            statement
                .diff
                .iter()
                .map(|segment| {
                    let side = match (segment.op, this_first) {
                        (DiffKind::Equal, _) => Wording::Both,
                        (DiffKind::Delete, true) | (DiffKind::Insert, false) => Wording::OnlyHere,
                        (DiffKind::Insert, true) | (DiffKind::Delete, false) => Wording::OnlyThere,
                    };
                    (side, segment.text.clone())
                })
                .collect::<Vec<_>>()
        });
    }
    sources.sort_unstable();
    sources.dedup();
    (!others.is_empty()).then(|| Versions {
        sources: sources.len(),
        others,
        diff: diff.unwrap_or_default(),
    })
}

#[component]
pub fn ResultList(found: Memo<Found>) -> impl IntoView {
    let CorpusContext(corpus) = expect_context();
    let LocationContext(location) = expect_context();
    let search = expect_context::<SearchContext>();
    let data = search.get();
    let analysis = search.analysis();
    let state = Memo::new(move |_| location.parsed().0);
    // Which statement matches each quote is in: a few thousand at most, found once.
    let mut matches_of: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, statement) in analysis.matches.iter().enumerate() {
        for quote in &statement.quotes {
            matches_of.entry(quote.clone()).or_default().push(index);
        }
    }
    let matches_of = Arc::new(matches_of);
    // The documents those quotes are in, by id.
    let matched: std::collections::HashSet<&str> = matches_of
        .keys()
        .filter_map(|quote| Some(quote.rsplit_once("-q")?.0))
        .collect();
    let position_of: Arc<HashMap<String, usize>> = Arc::new(
        corpus
            .documents
            .iter()
            .enumerate()
            .filter(|(_, document)| matched.contains(document.id.as_str()))
            .map(|(position, document)| (document.id.to_string(), position))
            .collect(),
    );
    let corpus_for_cards = Arc::clone(&corpus);
    let analysis_for_cards = Arc::clone(&analysis);
    // How many results are shown, for which search: a new search starts at its first page, with no
    // effect to reset it (the count is for the results it was raised on).
    let (shown_for, set_shown_for) = signal((0u64, PAGE));
    let search_id = move || found.with(|found| found.2);
    let limit = move || {
        let (search, limit) = shown_for.get();
        if search == search_id() {
            limit
        } else {
            PAGE
        }
    };
    let cards = move || {
        let found = found.get();
        let highlighter = Highlighter::new(&data.index, &found.0.query);
        found
            .0
            .faceted
            .hits
            .iter()
            .take(limit())
            .map(|hit| match data.index.entries()[hit.entry as usize].kind {
                EntryKind::Quote { document, quote } => {
                    let index = quote;
                    let versions = versions_of(
                        &corpus,
                        &analysis,
                        &matches_of,
                        &position_of,
                        index as usize,
                    );
                    let document = &corpus.documents[document as usize];
                    let quote = &analysis.quotes[quote as usize];
                    let whole = quote.text(&document.text);
                    let whole_ranges = highlighter.ranges(&whole);
                    // A long quote is shown around its first match; the reader has all of it.
                    let anchor = excerpt_anchor(&whole, &whole_ranges, QUOTE_CONTEXT_WORDS * 6);
                    let (text, ranges) = match anchor {
                        Some(anchor)
                            if whole.split_whitespace().nth(LONG_QUOTE_WORDS).is_some() =>
                        {
                            snippet(&whole, anchor, &whole_ranges, QUOTE_CONTEXT_WORDS)
                        }
                        _ => (whole, whole_ranges),
                    };
                    let source = analysis.source_of(quote, &document.text);
                    Card::Quote {
                        entry: hit.entry,
                        index,
                        document: document.id.clone(),
                        quote: quote.id(&corpus),
                        versions,
                        text: Marked(text, ranges),
                        speaker: source.map(|source| {
                            let name = source.name();
                            let ranges = highlighter.ranges(&name);
                            Marked(name, ranges)
                        }),
                        detail: source.and_then(|source| source.detail()),
                        kind: match quote.kind {
                            crate::analysis::QuoteKind::Direct => "Direct quote",
                            crate::analysis::QuoteKind::Partial => "Partial quote",
                        },
                        title: document.title.clone(),
                        // A quote from the reader's own document says so where its source is named.
                        publisher: match (document.local, &document.publisher) {
                            (true, Some(publisher)) => format!("Your document · {publisher}"),
                            (true, None) => "Your document".to_owned(),
                            (false, publisher) => publisher.clone().unwrap_or_default(),
                        },
                        published: document.published,
                    }
                }
                EntryKind::Document { document } => {
                    let document = &corpus.documents[document as usize];
                    Card::Document {
                        entry: hit.entry,
                        document: document.id.clone(),
                        kind: document.kind_label(),
                        title: Marked(document.title.clone(), highlighter.ranges(&document.title)),
                        snippet: highlighter.first_match(document).map(|(text, ranges)| {
                            let anchor = excerpt_anchor(text, &ranges, SNIPPET_WORDS * 6)
                                .unwrap_or(ranges[0].start);
                            let (text, ranges) = snippet(text, anchor, &ranges, SNIPPET_WORDS);
                            Marked(text, ranges)
                        }),
                        publisher: document.publisher_label().to_owned(),
                        published: document.published,
                    }
                }
            })
            .collect::<Vec<_>>()
    };
    // A result's link opens it in the current view (the search as it now stands): its address follows
    // the view while the result itself stays.
    let card_view = move |card: Card| match card {
        Card::Quote {
            index,
            document,
            quote,
            versions,
            text,
            speaker,
            detail,
            kind,
            title,
            publisher,
            published,
            ..
        } => {
            let document_id = document.clone();
            let quote_id = quote.clone();
            let target = Signal::derive(move || {
                opening(&state.get(), document_id.clone(), Some(quote_id.clone()))
            });
            // A link to the quote alone, in its document: what someone sent it should see.
            let link = {
                let document = document.clone();
                let quote = quote.clone();
                Signal::derive(move || {
                    let mut alone = ViewState {
                        corpus: state.with(|state| state.corpus.clone()),
                        ..ViewState::default()
                    };
                    alone.document = Some(document.clone());
                    alone.quote = Some(quote.clone());
                    // For whoever it is sent to: the full explorer, even when copied from an embed.
                    absolute(&location.href_embedded(&alone, false))
                })
            };
            let cited = {
                let corpus = Arc::clone(&corpus_for_cards);
                let analysis = Arc::clone(&analysis_for_cards);
                Signal::derive(move || {
                    let quote = &analysis.quotes[index as usize];
                    let document = &corpus.documents[quote.document as usize];
                    citation(&analysis, quote, document, &link.get())
                })
            };
            let (citing, set_citing) = signal(false);
            let versions = versions.map(|versions| {
                let others = versions
                    .others
                    .into_iter()
                    .enumerate()
                    .map(|(at, (document, title, quote))| {
                        let target = Signal::derive(move || {
                            opening(&state.get(), document.clone(), Some(quote.clone()))
                        });
                        // Titles hold commas: a semicolon keeps one from running into the next.
                        view! { {(at > 0).then_some("; ")}<ViewLink state=target>{title}</ViewLink> }
                    })
                    .collect_view();
                let diff = versions
                    .diff
                    .into_iter()
                    .map(|(side, words)| match side {
                        Wording::Both => view! { <span>{words}" "</span> }.into_any(),
                        Wording::OnlyHere => view! { <del>{words}</del>" " }.into_any(),
                        Wording::OnlyThere => view! { <ins>{words}</ins>" " }.into_any(),
                    })
                    .collect_view();
                view! {
                    <div class="result__versions">
                        <p>{format!("Appears in {} sources · also in ", versions.sources)}{others}</p>
                        <details>
                            <summary>"Compare the wording"</summary>
                            <p class="result__diff">{diff}</p>
                            <p class="result__diff-key">
                                <del>"struck"</del>" only in this source; "<ins>"underlined"</ins>" only in the other"
                            </p>
                        </details>
                    </div>
                }
            });
            let name = match speaker {
                Some(Marked(name, ranges)) => {
                    view! { <MarkedText text=name ranges=ranges /> }.into_any()
                }
                None => "Speaker not identified".into_any(),
            };
            view! {
                <li class="result result--quote">
                    <ViewLink state=target class="result__link">
                        <blockquote class="result__quote">
                            <MarkedText text=text.0 ranges=text.1 />
                        </blockquote>
                        <p class="result__speaker">
                            <span class="result__name">{name}</span>
                            {detail.map(|detail| view! { <span class="result__role">{detail}</span> })}
                        </p>
                        <p class="result__meta">
                            <span class="result__kind">{kind}</span>
                            <span class="result__source">{title}</span>
                            <span>{publisher}</span>
                            <PublishedLabel date=published />
                        </p>
                    </ViewLink>
                    {versions}
                    // Folded until asked for: every keystroke builds a page of results, and two copy
                    // buttons each would double what a result costs to build.
                    <div class="result__actions">
                        <button
                            type="button"
                            class="copy__button"
                            aria-expanded=move || if citing.get() { "true" } else { "false" }
                            on:click=move |_| set_citing.update(|open| *open = !*open)
                        >
                            "Cite or link"
                        </button>
                        {move || citing.get().then(|| view! {
                            <CopyButton label="Copy citation" text=cited />
                            <CopyButton label="Copy link" text=link />
                        })}
                    </div>
                </li>
            }
            .into_any()
        }
        Card::Document {
            document,
            kind,
            title,
            snippet,
            publisher,
            published,
            ..
        } => {
            let target = Signal::derive(move || opening(&state.get(), document.clone(), None));
            view! {
                <li class="result result--document">
                    <ViewLink state=target class="result__link">
                        <span class="result__kind">{kind}</span>
                        <span class="result__title"><MarkedText text=title.0 ranges=title.1 /></span>
                        {snippet.map(|Marked(text, ranges)| view! { <p class="result__snippet"><MarkedText text=text ranges=ranges /></p> })}
                        <p class="result__meta">
                            <span>{publisher}</span>
                            <PublishedLabel date=published />
                        </p>
                    </ViewLink>
                </li>
            }
            .into_any()
        }
    };
    let remaining = move || {
        found
            .with(|found| found.0.faceted.hits.len())
            .saturating_sub(limit())
    };
    view! {
        <ol class="results">
            <For each=cards key=|card| card.clone() children=card_view />
        </ol>
        {move || (remaining() > 0).then(|| view! {
            <button type="button" class="button results__more" on:click=move |_| set_shown_for.set((search_id(), limit() + PAGE))>
                {format!("Show {} more", remaining().min(PAGE))}
            </button>
        })}
    }
}

/// An address on this page's site, from a link's `?…` address.
fn absolute(href: &str) -> String {
    let location = gloo::utils::window().location();
    let page = location.href().unwrap_or_default();
    web_sys::Url::new_with_base(href, &page).map_or_else(|_| href.to_owned(), |url| url.href())
}
