//! Component tests in a real browser (wasm-bindgen-test in headless Chromium): mount the explorer on a small
//! corpus, act as a reader would, and check the DOM.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use leptos::prelude::*;
use quoteline::corpus::{assemble, parse_manifest, Corpus, SourceFile};
use quoteline::ui::Explorer;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const MANIFEST: &str = r#"
[corpus]
title = "Harbour plans"

[[document]]
file = "council.txt"
publisher = "Example Borough Council"
kind = "press-release"
published = "2024-03-04/2024-03-08"

[[document]]
file = "gazette.txt"
publisher = "The Example Gazette"
kind = "news-article"
author = "Jane Doe"
url = "https://gazette.example.org/harbour"
published = "2024-03-09"

[[event]]
date = "2024-02"
title = "Consultation opens"
"#;

const COUNCIL: &str =
    "Menu\n\nCouncil publishes harbour regeneration plan\n\nThe council has published its plan.\n";
const GAZETTE: &str = "Harbour plan divides residents and traders\n\nHarbour master Ann Lee said the plan “ignores the fishing fleet”.\n\n“It is a good day for the town,” said Cllr Raj Patel, leader of the Example Borough Council.\n\nTraders welcomed it.\n";

fn test_corpus() -> Arc<Corpus> {
    let (manifest, diagnostics) = parse_manifest("manifest.toml", MANIFEST);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let sources = [
        SourceFile {
            name: "council.txt",
            bytes: COUNCIL.as_bytes(),
        },
        SourceFile {
            name: "gazette.txt",
            bytes: GAZETTE.as_bytes(),
        },
    ];
    let (corpus, diagnostics) = assemble(manifest, &sources);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    Arc::new(corpus)
}

/// Mounts the explorer at `query` in a fresh container; the handle unmounts it when dropped.
fn mount_explorer(query: &str) -> (HtmlElement, impl Drop) {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .unwrap();
    let document = window.document().unwrap();
    let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let corpus = test_corpus();
    let handle = leptos::mount::mount_to(
        container.clone(),
        move || view! { <Explorer corpus=corpus /> },
    );
    (container, handle)
}

fn texts(container: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = container.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|index| nodes.item(index))
        .map(|node| {
            let mut pieces = Vec::new();
            collect_text(&node, &mut pieces);
            pieces
                .join(" ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// The text of every text node under `node`, in order: unlike `textContent`, adjacent elements' texts stay
/// separate words even without a stylesheet.
fn collect_text(node: &web_sys::Node, pieces: &mut Vec<String>) {
    if node.node_type() == web_sys::Node::TEXT_NODE {
        pieces.extend(node.text_content());
        return;
    }
    let children = node.child_nodes();
    for index in 0..children.length() {
        if let Some(child) = children.item(index) {
            collect_text(&child, pieces);
        }
    }
}

fn find(container: &HtmlElement, selector: &str) -> Option<Element> {
    container.query_selector(selector).unwrap()
}

#[wasm_bindgen_test]
async fn the_list_shows_every_document_newest_first_with_publisher_and_date() {
    let (container, _handle) = mount_explorer("");
    leptos::task::tick().await;
    assert_eq!(
        texts(&container, ".document-card"),
        [
            "News article Harbour plan divides residents and traders The Example Gazette 9 Mar 2024",
            "Press release Council publishes harbour regeneration plan Example Borough Council 4–8 Mar 2024 exact day unknown",
        ]
    );
    assert_eq!(texts(&container, "h1"), ["Harbour plans"]);
    assert_eq!(texts(&container, ".context__title"), ["Consultation opens"]);
    container.remove();
}

#[wasm_bindgen_test]
async fn choosing_a_document_opens_it_in_the_reader_and_the_address() {
    let (container, _handle) = mount_explorer("");
    leptos::task::tick().await;
    let link: HtmlElement = find(&container, "a[href='?doc=gazette']")
        .expect("a link to the gazette")
        .unchecked_into();
    link.click();
    leptos::task::tick().await;

    assert_eq!(
        web_sys::window().unwrap().location().search().unwrap(),
        "?doc=gazette"
    );
    assert_eq!(
        texts(&container, "article h1"),
        ["Harbour plan divides residents and traders"]
    );
    assert_eq!(
        texts(&container, ".reader__text p"),
        [
            "Harbour master Ann Lee said the plan “ ignores the fishing fleet ”.",
            "“ It is a good day for the town, ” said Cllr Raj Patel, leader of the Example Borough Council.",
            "Traders welcomed it."
        ],
        "the headline is the heading, not a paragraph too"
    );
    assert_eq!(
        find(&container, ".reader__text p").unwrap().id(),
        "p2",
        "paragraph ids count from the start of the text"
    );
    let current = texts(&container, "[aria-current=page].document-card");
    assert_eq!(current.len(), 1);
    assert!(current[0].contains("Harbour plan divides"));
    let source: HtmlElement = find(&container, ".reader__source")
        .unwrap()
        .unchecked_into();
    assert_eq!(
        source.get_attribute("href").as_deref(),
        Some("https://gazette.example.org/harbour")
    );
    assert_eq!(
        source.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    container.remove();
}

#[wasm_bindgen_test]
async fn quotes_are_marked_and_focusing_one_shows_its_speaker() {
    let (container, _handle) = mount_explorer("?doc=gazette");
    leptos::task::tick().await;
    assert_eq!(
        texts(&container, "mark.quote"),
        [
            "ignores the fishing fleet",
            "It is a good day for the town,"
        ]
    );
    let card = || texts(&container, ".attribution-card")[0].clone();
    assert!(
        card().contains("Point at or tab to a highlighted quote"),
        "{}",
        card()
    );

    let second: HtmlElement = container
        .query_selector_all("mark.quote")
        .unwrap()
        .item(1)
        .unwrap()
        .unchecked_into();
    second.focus().unwrap();
    leptos::task::tick().await;
    assert!(card().contains("Raj Patel"), "{}", card());
    assert!(
        card().contains("leader, Example Borough Council"),
        "{}",
        card()
    );
    assert!(
        card().contains("“said” — named after the quote"),
        "{}",
        card()
    );

    let first: HtmlElement = container
        .query_selector("mark.quote")
        .unwrap()
        .unwrap()
        .unchecked_into();
    first.focus().unwrap();
    leptos::task::tick().await;
    assert!(card().contains("Ann Lee"), "{}", card());
    assert!(card().contains("Partial quote"), "{}", card());
    container.remove();
}

#[wasm_bindgen_test]
async fn a_document_with_only_a_date_range_says_the_day_is_unknown() {
    let (container, _handle) = mount_explorer("?doc=council");
    leptos::task::tick().await;
    let facts = texts(&container, ".reader__facts");
    assert!(
        facts[0].contains("Published 4–8 Mar 2024 exact day unknown"),
        "{facts:?}"
    );
    let time = find(&container, ".reader__facts time").unwrap();
    assert_eq!(
        time.get_attribute("datetime"),
        None,
        "no single machine date for a range"
    );
    assert_eq!(
        time.get_attribute("title").as_deref(),
        Some("Published on one day between 4 Mar 2024 and 8 Mar 2024")
    );
    assert_eq!(
        texts(&container, ".reader__source--unknown"),
        ["Source address not known"]
    );
    container.remove();
}

#[wasm_bindgen_test]
async fn an_unknown_document_in_the_address_gets_a_message_and_the_ignored_parts_are_shown() {
    let (container, _handle) = mount_explorer("?doc=nothing_here&ref=abc");
    leptos::task::tick().await;
    let alert = texts(&container, "[role=alert]");
    assert_eq!(alert.len(), 1);
    assert!(
        alert[0].contains("This corpus has no document “nothing_here”"),
        "{alert:?}"
    );
    assert_eq!(
        texts(&container, ".colophon__ignored"),
        ["Ignored in the address: ref=abc"]
    );
    container.remove();
}

#[wasm_bindgen_test]
async fn a_search_in_the_address_lists_matching_quotes_with_their_words_marked() {
    let (container, _handle) = mount_explorer("?q=fleet");
    leptos::task::tick().await;
    assert_eq!(texts(&container, "#results-heading"), ["1 quote"]);
    assert_eq!(texts(&container, ".results mark.match"), ["fleet"]);
    // Marks are nodes among text nodes: the quote reads exactly as written.
    assert_eq!(
        texts(&container, ".result__quote"),
        ["ignores the fishing fleet"]
    );
    assert_eq!(texts(&container, ".result__name"), ["Ann Lee"]);
    let speakers = texts(&container, "fieldset.facet:first-of-type .facet__value");
    assert_eq!(speakers, ["Ann Lee 1"]);
    container.remove();
}

#[wasm_bindgen_test]
async fn an_empty_search_offers_to_clear_its_filters() {
    let (container, _handle) = mount_explorer("?q=zzzq&kind=press-release");
    leptos::task::tick().await;
    assert_eq!(texts(&container, "#results-heading"), ["0 quotes"]);
    let clear = find(&container, ".search__empty a").expect("a way out");
    assert_eq!(clear.get_attribute("href").as_deref(), Some("?q=zzzq"));
    container.remove();
}

/// Waits `ms` milliseconds of the browser's time.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn typing_changes_the_view_at_once_and_the_address_when_typing_pauses() {
    let (container, _handle) = mount_explorer("");
    leptos::task::tick().await;
    let input: web_sys::HtmlInputElement = find(&container, "#search-input")
        .expect("the search box")
        .unchecked_into();
    let search = || web_sys::window().unwrap().location().search().unwrap();
    for typed in ["f", "fl", "fleet"] {
        input.set_value(typed);
        input
            .dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
        leptos::task::tick().await;
    }
    assert_eq!(texts(&container, ".results mark.match"), ["fleet"]);
    // The browser's copy of the address waits for a pause in the typing.
    assert_eq!(search(), "");
    sleep(400).await;
    assert_eq!(search(), "?q=fleet");

    // A new entry after typing keeps what was typed in the entry before it, for Back to return to.
    input.set_value("town");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    leptos::task::tick().await;
    let link: HtmlElement = find(&container, ".results a[data-view-link]")
        .expect("a result")
        .unchecked_into();
    link.click();
    leptos::task::tick().await;
    assert!(search().starts_with("?q=town&doc="), "{}", search());
    let history = web_sys::window().unwrap().history().unwrap();
    history.back().unwrap();
    sleep(100).await;
    assert_eq!(search(), "?q=town");
    container.remove();
}

#[wasm_bindgen_test]
fn a_failure_is_said_in_the_page_with_a_way_out_and_its_details() {
    let failure = quoteline::ui::failure::Failure::new("?q=fleet&view=concordance", "boom at here");
    quoteline::ui::show_failure_notice(&failure);
    // However often the app fails, one notice.
    quoteline::ui::show_failure_notice(&failure);
    let document = web_sys::window().unwrap().document().unwrap();
    let notices = document.query_selector_all("#quoteline-failed").unwrap();
    assert_eq!(notices.length(), 1);
    let notice: Element = notices.item(0).unwrap().unchecked_into();
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    let text = notice.text_content().unwrap_or_default();
    assert!(text.starts_with("Quoteline stopped working."), "{text}");
    // The way out is a plain link to the overview, which needs none of the failed app to follow.
    let link = notice.query_selector("a.button--primary").unwrap().unwrap();
    assert_eq!(link.text_content().as_deref(), Some("Open the overview"));
    let href = link.get_attribute("href").unwrap_or_default();
    assert!(href.ends_with('?'), "{href}");
    let button = notice.query_selector("button").unwrap().unwrap();
    assert_eq!(button.text_content().as_deref(), Some("Reload the page"));
    // It takes the keyboard focus, so a keyboard user is not left on a dead page.
    assert_eq!(document.active_element(), Some(link));
    // The panic's message, folded away for a report.
    let details = notice
        .query_selector("details.failure-details")
        .unwrap()
        .unwrap();
    assert!(details.get_attribute("open").is_none());
    let message = details.text_content().unwrap_or_default();
    assert!(message.contains("boom at here"), "{message}");
    assert!(message.contains("?q=fleet&view=concordance"), "{message}");
    notice.remove();
}

/// The names of this origin's IndexedDB databases.
async fn database_names() -> Vec<String> {
    let factory = web_sys::window().unwrap().indexed_db().unwrap().unwrap();
    let databases: js_sys::Function = js_sys::Reflect::get(&factory, &"databases".into())
        .unwrap()
        .unchecked_into();
    let listed = databases.call0(&factory).unwrap();
    let listed = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(listed))
        .await
        .unwrap();
    js_sys::Array::from(&listed)
        .iter()
        .filter_map(|database| {
            js_sys::Reflect::get(&database, &"name".into())
                .ok()?
                .as_string()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn values_kept_on_the_device_are_read_back_replaced_and_forgotten() {
    use quoteline::ui::device_store::{read, write};
    // Reading or forgetting before anything is kept leaves no database behind.
    assert_eq!(read("test:notes").await, Ok(None));
    assert_eq!(write("test:notes", None).await, Ok(()));
    assert!(!database_names().await.contains(&"quoteline".to_owned()));

    let text = "Une décision « historique » ✓ — 𝄞\u{0}\u{FEFF}";
    assert_eq!(write("test:notes", Some(text)).await, Ok(()));
    assert!(database_names().await.contains(&"quoteline".to_owned()));
    assert_eq!(read("test:notes").await, Ok(Some(text.to_owned())));
    assert_eq!(read("test:other").await, Ok(None));

    // Three megabytes, more than a localStorage value may hold in some browsers.
    let large = "harbour ".repeat(400_000);
    assert_eq!(write("test:notes", Some(&large)).await, Ok(()));
    assert_eq!(
        read("test:notes").await.unwrap().map(|kept| kept.len()),
        Some(large.len())
    );

    assert_eq!(write("test:notes", None).await, Ok(()));
    assert_eq!(read("test:notes").await, Ok(None));
}
