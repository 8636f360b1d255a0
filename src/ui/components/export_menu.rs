//! "Export": what the view finds — the quotes of the search and filters, and the figures of the documents
//! found — saved as CSV tables or as JSON in `quoteline analyze`'s schema. The files are made in the
//! browser and handed to it as downloads: nothing is sent anywhere.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::analysis::{figures_csv, quotes_csv, Analysis, AnalysisReport};
use crate::bundle::Bundle;
use crate::corpus::Corpus;
use crate::search::{selection_of, Claimants, FacetKind};
use crate::ui::app::{CorpusContext, LocationContext, SearchContext};
use crate::ui::format::{file_size, grouped};
use crate::ui::view_state::ViewState;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    QuotesCsv,
    FiguresCsv,
    Json,
    /// The whole corpus as shown (the reader's documents included), analysed and indexed.
    Bundle,
}

#[component]
pub fn ExportMenu() -> impl IntoView {
    let LocationContext(location) = expect_context();
    let CorpusContext(corpus) = expect_context();
    let search = expect_context::<SearchContext>();
    let (status, set_status) = signal(None::<String>);
    let save = move |format: Format| {
        let saved = match format {
            Format::Bundle => save_bundle(&corpus, &search),
            table => save_table(table, &corpus, &search, &location.parsed().0),
        };
        set_status.set(Some(saved.unwrap_or_else(|()| BLOCKED.to_owned())));
    };
    let save = Arc::new(save);
    let button = move |format: Format, label: &'static str| {
        let save = Arc::clone(&save);
        view! {
            <button type="button" class="button button--quiet" on:click=move |_| save(format)>{label}</button>
        }
    };
    view! {
        <details class="export">
            <summary class="export__summary">"Export"</summary>
            <div class="export__panel">
                <p class="export__note">
                    "What this view finds: the quotes of the search and filters, and the figures of the documents found; or the whole corpus, your documents included, as a bundle the app opens again. The files are made in your browser; nothing is sent anywhere."
                </p>
                <div class="export__actions">
                    {button(Format::QuotesCsv, "Quotes (CSV)")}
                    {button(Format::FiguresCsv, "Figures (CSV)")}
                    {button(Format::Json, "Both (JSON)")}
                    {button(Format::Bundle, "Whole corpus (bundle)")}
                </div>
                <p class="export__status" role="status">{move || status.get()}</p>
            </div>
        </details>
    }
}

fn counted(count: usize, noun: &str) -> String {
    format!(
        "{} {noun}{}",
        grouped(count),
        if count == 1 { "" } else { "s" }
    )
}

const BLOCKED: &str = "This browser did not let the page save a file (a frame may forbid downloads): open the full explorer and export from there.";

/// What a file is made of.
enum Part<'a> {
    Text(&'a str),
    Bytes(&'a [u8]),
}

/// Saves the whole corpus shown (the reader's documents included) as a bundle; says what was saved.
fn save_bundle(corpus: &Corpus, search: &SearchContext) -> Result<String, ()> {
    let data = search.get();
    let bundle = Bundle {
        corpus: corpus.clone(),
        analysis: Analysis::clone(&search.analysis()),
        index: data.index.clone(),
        facets: data.facets.clone(),
    };
    let file = "quoteline-corpus.bin";
    let bytes = bundle.to_bytes();
    download(file, "application/octet-stream", Part::Bytes(&bytes))?;
    Ok(format!(
        "Saved {file}: {}, {}. Open it again from Your documents, or put it beside the app and open index.html?corpus={file}.",
        counted(bundle.corpus.documents.len(), "document"),
        file_size(bytes.len() as u64)
    ))
}

/// Saves what `state`'s view finds as a table or JSON; says what was saved.
fn save_table(
    format: Format,
    corpus: &Corpus,
    search: &SearchContext,
    state: &ViewState,
) -> Result<String, ()> {
    let data = search.get();
    let analysis = search.analysis();
    let chosen = |kind| state.facets.get(&kind).cloned().unwrap_or_default();
    let (facets, _) = data.facets.select(
        state
            .facets
            .iter()
            .map(|(kind, keys)| (*kind, keys.as_slice())),
        state.from,
        state.to,
    );
    let claimants = Claimants::new(
        &analysis,
        &chosen(FacetKind::Speaker),
        &chosen(FacetKind::Organisation),
    );
    let selection = selection_of(
        &data.index,
        &data.facets,
        &analysis,
        &state.query,
        &facets,
        &claimants,
        state.search_order(),
    );
    let report = AnalysisReport::of_selection(corpus, &analysis, &selection);
    let name = state.file_stem();
    let quotes = counted(report.quotes.len(), "quote");
    let figures = counted(report.figures.len(), "figure");
    let (file, mime, text, what) = match format {
        Format::QuotesCsv => (
            format!("{name}-quotes.csv"),
            "text/csv;charset=utf-8",
            quotes_csv(&report),
            quotes,
        ),
        Format::FiguresCsv => (
            format!("{name}-figures.csv"),
            "text/csv;charset=utf-8",
            figures_csv(&report),
            figures,
        ),
        Format::Json | Format::Bundle => (
            format!("{name}.json"),
            "application/json",
            serde_json::to_string_pretty(&report).unwrap_or_default(),
            format!("{quotes} and {figures}"),
        ),
    };
    download(&file, mime, Part::Text(&text))?;
    Ok(format!("Saved {file}: {what}."))
}

/// Hands `part` to the browser as a file download named `file`.
fn download(file: &str, mime: &str, part: Part<'_>) -> Result<(), ()> {
    let part: wasm_bindgen::JsValue = match part {
        Part::Text(text) => wasm_bindgen::JsValue::from_str(text),
        Part::Bytes(bytes) => js_sys::Uint8Array::from(bytes).into(),
    };
    let parts = js_sys::Array::of1(&part);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| ())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| ())?;
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or(())?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    link.set_href(&url);
    link.set_download(file);
    link.click();
    // The download has its own copy once started; the address is let go a moment later.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
