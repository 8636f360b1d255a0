//! "Export": what the view finds — the quotes of the search and filters, and the figures of the documents
//! found — saved as CSV tables or as JSON in `quoteline analyze`'s schema. The files are made in the
//! browser and handed to it as downloads: nothing is sent anywhere.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::analysis::{figures_csv, quotes_csv, AnalysisReport};
use crate::search::{selection_of, Claimants, FacetKind};
use crate::ui::app::{CorpusContext, LocationContext, SearchContext};
use crate::ui::format::grouped;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    QuotesCsv,
    FiguresCsv,
    Json,
}

#[component]
pub fn ExportMenu() -> impl IntoView {
    let LocationContext(location) = expect_context();
    let CorpusContext(corpus) = expect_context();
    let search = expect_context::<SearchContext>();
    let (status, set_status) = signal(None::<String>);
    let save = move |format: Format| {
        let state = location.parsed().0;
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
        );
        let report = AnalysisReport::of_selection(&corpus, &analysis, &selection);
        let name = file_stem(&state.query);
        let (file, mime, text, what) = match format {
            Format::QuotesCsv => (
                format!("{name}-quotes.csv"),
                "text/csv;charset=utf-8",
                quotes_csv(&report),
                counted(report.quotes.len(), "quote"),
            ),
            Format::FiguresCsv => (
                format!("{name}-figures.csv"),
                "text/csv;charset=utf-8",
                figures_csv(&report),
                counted(report.figures.len(), "figure"),
            ),
            Format::Json => (
                format!("{name}.json"),
                "application/json",
                serde_json::to_string_pretty(&report).unwrap_or_default(),
                format!(
                    "{} and {}",
                    counted(report.quotes.len(), "quote"),
                    counted(report.figures.len(), "figure")
                ),
            ),
        };
        set_status.set(Some(match download(&file, mime, &text) {
            Ok(()) => format!("Saved {file}: {what}."),
            Err(()) => "This browser did not let the page save a file (a frame may forbid downloads): open the full explorer and export from there.".to_owned(),
        }));
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
                    "What this view finds: the quotes of the search and filters, and the figures of the documents found. The files are made in your browser; nothing is sent anywhere."
                </p>
                <div class="export__actions">
                    {button(Format::QuotesCsv, "Quotes (CSV)")}
                    {button(Format::FiguresCsv, "Figures (CSV)")}
                    {button(Format::Json, "Both (JSON)")}
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

/// `quoteline-` and the search's words, lower case, joined by hyphens, short; `quoteline-all` for none.
fn file_stem(query: &str) -> String {
    let words: Vec<String> = query
        .split(|character: char| !character.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .take(6)
        .map(str::to_lowercase)
        .collect();
    let words = if words.is_empty() {
        "all".to_owned()
    } else {
        words.join("-")
    };
    format!("quoteline-{}", words.chars().take(60).collect::<String>())
}

/// Hands `text` to the browser as a file download named `file`.
fn download(file: &str, mime: &str, text: &str) -> Result<(), ()> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
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
