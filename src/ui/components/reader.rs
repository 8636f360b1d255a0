//! The reader: one document's provenance and its text as paragraphs, with every quote highlighted and its
//! speaker shown on hover and focus, the search's matches marked, and keys to go from quote to quote.

use std::sync::Arc;

use leptos::prelude::*;

use wasm_bindgen::JsCast;

use super::{grouped, AttributionCard, MarkedText, PublishedLabel, ViewLink};
use crate::analysis::{segment_paragraph, Analysis};
use crate::corpus::{Document, ParagraphRole, TitleOrigin};
use crate::search::{parse_query, Highlighter};
use crate::ui::app::{AnalysisContext, CorpusContext, LocationContext, SearchContext};
use crate::ui::view_state::ViewState;

/// Speakers are told apart by one of these hues (see `--speaker-N` in the stylesheet).
const SPEAKER_HUES: usize = 8;

#[component]
pub fn Reader(document: Document) -> impl IntoView {
    crate::ui::panic_notice::fail_if_a_test_asks("reader");
    let analysis = expect_context::<AnalysisContext>().get();
    let CorpusContext(corpus) = expect_context();
    // Figures name their document by its place in the corpus.
    let position = corpus
        .documents
        .iter()
        .position(|candidate| candidate.id == document.id);
    let (active_quote, set_active_quote) = signal(None::<usize>);
    let LocationContext(location) = expect_context();
    let opened_with = location.parsed().0;
    // The search that led here, marked in the text: read once, as the reader opens (the search box is
    // not on the page while it is).
    let highlighter = (!opened_with.query.trim().is_empty()).then(|| {
        let data = expect_context::<SearchContext>().get();
        Highlighter::new(&data.index, &parse_query(&opened_with.query))
    });
    let highlighter = highlighter.as_ref();
    // The quote a result or a link pointed at: in view and focused once the text is on the page, so its
    // attribution shows and the keys below go on from it.
    if let Some(selected) = opened_with.quote.clone() {
        Effect::new(move |_| {
            let selector = format!("mark.quote[data-quote=\"{selected}\"]");
            if let Ok(Some(mark)) = gloo::utils::document().query_selector(&selector) {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                mark.scroll_into_view_with_scroll_into_view_options(&options);
                if let Ok(mark) = mark.dyn_into::<web_sys::HtmlElement>() {
                    let _ = mark.focus();
                }
            }
        });
    }
    // j and k (or n and p) go to the next and the previous quote, as in a mail reader.
    let keys = window_event_listener(leptos::ev::keydown, move |event| {
        let step = match event.key().as_str() {
            "j" | "n" => 1,
            "k" | "p" => -1,
            _ => return,
        };
        if event.ctrl_key() || event.meta_key() || event.alt_key() || typing_in(&event) {
            return;
        }
        let document = gloo::utils::document();
        let Ok(marks) = document.query_selector_all("article.reader mark.quote") else {
            return;
        };
        let count = marks.length() as i64;
        if count == 0 {
            return;
        }
        let active = document.active_element();
        let current = (0..marks.length())
            .find(|&index| {
                marks
                    .item(index)
                    .map(|node| node.unchecked_into::<web_sys::Element>())
                    == active
            })
            .map(i64::from);
        let next = match current {
            Some(index) => (index + step).rem_euclid(count),
            None if step > 0 => 0,
            None => count - 1,
        };
        if let Some(mark) = marks
            .item(next as u32)
            .and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        {
            event.prevent_default();
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            mark.scroll_into_view_with_scroll_into_view_options(&options);
            let _ = mark.focus();
        }
    });
    on_cleanup(move || keys.remove());

    let quote_indices: Vec<usize> = analysis
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, quote)| Some(quote.document as usize) == position)
        .map(|(index, _)| index)
        .collect();
    let highlights: Vec<(std::ops::Range<usize>, usize)> = quote_indices
        .iter()
        .flat_map(|&index| {
            analysis.quotes[index]
                .parts
                .iter()
                .map(move |part| (part.range(), index))
        })
        .collect();
    let mut speakers_here: Vec<usize> = quote_indices
        .iter()
        .filter_map(|&index| analysis.quotes[index].speaker)
        .collect();
    speakers_here.sort_unstable();
    speakers_here.dedup();

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
            let id = format!("p{}", index + 1);
            let runs = paragraph_runs(
                &analysis,
                &document,
                paragraph.range(),
                &highlights,
                highlighter,
                opened_with.quote.as_deref(),
                set_active_quote,
            );
            if paragraph.role == ParagraphRole::Heading {
                view! { <h2 class="reader__subheading" id=id>{runs}</h2> }.into_any()
            } else {
                view! { <p id=id>{runs}</p> }.into_any()
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
    // A headline printed in the text keeps its highlights (headlines quote too).
    let title_paragraph = document.paragraphs.iter().find(|paragraph| {
        paragraph.role == ParagraphRole::Title && document.title_origin == TitleOrigin::Text
    });
    let title = match title_paragraph {
        Some(paragraph) => {
            // A Markdown heading's `#` marks are not part of the title.
            let text = paragraph.text(&document.text);
            let hashes = text.len() - text.trim_start_matches('#').trim_start().len();
            let range = paragraph.start + hashes..paragraph.end;
            paragraph_runs(
                &analysis,
                &document,
                range,
                &highlights,
                highlighter,
                opened_with.quote.as_deref(),
                set_active_quote,
            )
            .into_any()
        }
        None => document.title.clone().into_any(),
    };
    let words = document.word_count();
    let quote_count = quote_indices.len();
    let figures: Vec<(String, String, String)> = analysis
        .figures
        .iter()
        .filter(|figure| Some(figure.document as usize) == position)
        .map(|figure| {
            let text = document.text[figure.mention.range()].to_owned();
            let who = analysis
                .claimant_of(figure, &document.text)
                .map_or_else(|| "Not attributed".to_owned(), |claimant| claimant.label());
            let paragraph = document
                .paragraphs
                .iter()
                .position(|paragraph| {
                    paragraph.start <= figure.mention.start && figure.mention.start < paragraph.end
                })
                .map_or_else(String::new, |index| format!("#p{}", index + 1));
            (text, who, paragraph)
        })
        .collect();
    let speaker_legend = speakers_here
        .iter()
        .map(|&index| {
            let speaker = &analysis.speakers[index];
            view! {
                <li class=format!("speaker-chip speaker-{}", index % SPEAKER_HUES) id=format!("speaker-{index}")>
                    {speaker.name.clone()}
                </li>
            }
        })
        .collect_view();

    // Back to what the document was opened from (the search, its filters, the view and the timeline's
    // zoom), or to the overview when it was opened from nothing.
    let back = Signal::derive(move || location.parsed().0.with_document(None));
    let back_label = move || {
        if back.with(|back| back.clone().on_page_of(&ViewState::default()) == ViewState::default())
        {
            "← All documents"
        } else {
            "← Back to the results"
        }
    };
    view! {
        <article class="reader" aria-labelledby="reader-title">
            <ViewLink state=back class="reader__back">{back_label}</ViewLink>
            <header class="reader__header">
                <p class="reader__kind">{document.kind_label()}</p>
                <h1 class="reader__title" id="reader-title" tabindex="-1">{title}</h1>
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
                        <dd>{format!("{} words · {} quotes", grouped(words), grouped(quote_count))}</dd>
                    </div>
                </dl>
                {source}
                {(!speakers_here.is_empty()).then(|| view! {
                    <div class="reader__speakers">
                        <h2 class="reader__speakers-heading">"Speakers quoted"</h2>
                        <ul class="speaker-legend">{speaker_legend}</ul>
                        <p class="reader__key">
                            "Quotes are underlined in their speaker's colour: a solid line for direct quotes, dotted for partial ones, dashed where the speaker is unknown. Press "
                            <kbd>"j"</kbd>" and "<kbd>"k"</kbd>" to go to the next and previous quote."
                        </p>
                    </div>
                })}
            </header>
            <div class="reader__text">{paragraphs}</div>
            {(!figures.is_empty()).then(|| view! {
                <section class="reader__figures" aria-labelledby="figures-heading">
                    <h2 id="figures-heading">"Figures claimed"</h2>
                    <table>
                        <thead>
                            <tr><th scope="col">"Figure"</th><th scope="col">"Claimed by"</th></tr>
                        </thead>
                        <tbody>
                            {figures.into_iter().map(|(text, who, anchor)| view! {
                                <tr>
                                    <td><a href=anchor>{text}</a></td>
                                    <td>{who}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </section>
            })}
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
            <AttributionCard active_quote=active_quote />
        </article>
    }
}

/// Whether a key went to a field being typed in (a key there is a letter, not a command).
fn typing_in(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| {
            matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || element.has_attribute("contenteditable")
        })
}

/// A paragraph's text as plain runs and `<mark>`ed quote runs, with the search's matches marked inside
/// either. A quote's mark can take focus; hovering or focusing it shows its attribution in the card.
fn paragraph_runs(
    analysis: &Arc<Analysis>,
    document: &Document,
    paragraph: std::ops::Range<usize>,
    highlights: &[(std::ops::Range<usize>, usize)],
    highlighter: Option<&Highlighter>,
    selected: Option<&str>,
    set_active_quote: WriteSignal<Option<usize>>,
) -> impl IntoView {
    segment_paragraph(&document.text, paragraph, highlights)
        .into_iter()
        .map(|segment| {
            let text = document.text[segment.range.clone()].to_owned();
            let matches =
                highlighter.map_or_else(Vec::new, |highlighter| highlighter.ranges(&text));
            let text = view! { <MarkedText text=text ranges=matches /> };
            match segment.quote {
                None => text.into_any(),
                Some(quote_index) => {
                    let quote = &analysis.quotes[quote_index];
                    let hue = quote
                        .speaker
                        .map_or("speaker-unknown".to_owned(), |speaker| {
                            format!("speaker-{}", speaker % SPEAKER_HUES)
                        });
                    let described_by = quote.speaker.map(|speaker| format!("speaker-{speaker}"));
                    let id = format!("{}-q{}", document.id, quote.number);
                    view! {
                        <mark
                            class=format!("quote quote--{} {hue}", quote.kind.id())
                            class:quote--selected=selected == Some(id.as_str())
                            tabindex="0"
                            data-quote=id.clone()
                            aria-describedby=described_by
                            on:mouseenter=move |_| set_active_quote.set(Some(quote_index))
                            on:focus=move |_| set_active_quote.set(Some(quote_index))
                        >
                            {text}
                        </mark>
                    }
                    .into_any()
                }
            }
        })
        .collect_view()
}
