//! Downloading a corpus bundle from the app's own origin, reporting progress as the bytes arrive, and
//! opening it: every way it can fail becomes a [`LoadFailure`] the page shows.

use std::sync::Arc;

use js_sys::{Promise, Uint8Array};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStreamDefaultReader, ReadableStreamReadResult, Response};

use super::app::SearchData;
use super::timing::{mark, Measure};
use super::view_state::BundlePath;
use crate::analysis::Analysis;
use crate::bundle::{BundleError, BundleReader, SectionSource, HEADER_BYTES};
use crate::corpus::Corpus;

/// Where a download is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadProgress {
    /// Asked for, no answer yet.
    Requesting,
    /// Bytes arriving; the total is known once the bundle's header is in.
    Downloading { received: u64, total: Option<u64> },
    /// All in; being read (the page cannot repaint until this is done).
    Opening,
}

/// Why a bundle could not be shown: a sentence for the heading and one that says what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadFailure {
    pub problem: String,
    pub advice: String,
}

/// A bundle, opened: what the explorer reads, shared.
#[derive(Clone)]
pub struct OpenedBundle {
    pub corpus: Arc<Corpus>,
    pub analysis: Arc<Analysis>,
    pub search: Arc<SearchData>,
}

/// Fetches and opens the bundle at `path`, writing how far it has got into `progress`.
pub async fn load_bundle(
    path: BundlePath,
    progress: WriteSignal<LoadProgress>,
) -> Result<OpenedBundle, LoadFailure> {
    let url = same_origin_url(&path)?;
    let damaged = |error: BundleError| {
        LoadFailure {
        problem: format!("“{}” could not be opened: {error}.", path.file_name()),
        advice: "Build it again with this version's command line (quoteline bundle), or open the corpus \
                 built into the app."
            .to_owned(),
    }
    };
    let (reader, file) = download(&path, &url, progress).await?.map_err(damaged)?;
    mark("quoteline:bundle:downloaded");
    progress.set(LoadProgress::Opening);
    next_paint().await;
    // The file stays with the browser, outside the app's memory, which holds a piece of it at a time:
    // wasm memory never shrinks, so a section copied in whole would stay in it as a hole of its size.
    let mut source = BrowserFile(file);
    // Each section is read in a task of its own, the browser's events handled between them: the page
    // never stops answering for longer than its largest section takes.
    let reading = Measure::start("quoteline:bundle:read");
    let corpus: Corpus = reader.read(0, &mut source).map_err(damaged)?;
    next_task().await;
    let analysis: Analysis = reader.read(1, &mut source).map_err(damaged)?;
    next_task().await;
    let index = reader.read(2, &mut source).map_err(damaged)?;
    next_task().await;
    let facets = reader.read(3, &mut source).map_err(damaged)?;
    reading.end();
    Ok(OpenedBundle {
        corpus: Arc::new(corpus),
        analysis: Arc::new(analysis),
        search: Arc::new(SearchData { index, facets }),
    })
}

/// A downloaded bundle file in the browser's memory.
struct BrowserFile(Uint8Array);

impl SectionSource for BrowserFile {
    fn copy(&mut self, at: usize, into: &mut [u8]) {
        let end = at + into.len();
        self.0.subarray(at as u32, end as u32).copy_to(into);
    }
}

/// The bundle's address, resolved against the page and checked to be on the page's own origin (the path's
/// shape already rules other origins out; this makes sure of it whatever the page's base).
fn same_origin_url(path: &BundlePath) -> Result<String, LoadFailure> {
    let refused = || LoadFailure {
        problem: format!("“{}” is not on this site.", path.as_str()),
        advice: "Quoteline only opens corpus bundles from the site it is served from.".to_owned(),
    };
    let location = gloo::utils::window().location();
    let page = location.href().map_err(|_| refused())?;
    let url = web_sys::Url::new_with_base(path.as_str(), &page).map_err(|_| refused())?;
    if Some(url.origin()) != location.origin().ok() {
        return Err(refused());
    }
    Ok(url.href())
}

/// The file, kept in the browser's memory (not the app's), with its checked header; or what the header
/// says is wrong with it, as soon as its first bytes arrive.
async fn download(
    path: &BundlePath,
    url: &str,
    progress: WriteSignal<LoadProgress>,
) -> Result<Result<(BundleReader, Uint8Array), BundleError>, LoadFailure> {
    let unreachable = || LoadFailure {
        problem: format!("“{}” could not be downloaded.", path.file_name()),
        advice: "The connection failed or the server stopped answering: check that the site is \
                 reachable, then reload the page."
            .to_owned(),
    };
    let response: Response = JsFuture::from(gloo::utils::window().fetch_with_str(url))
        .await
        .map_err(|_| unreachable())?
        .unchecked_into();
    if !response.ok() {
        let status = response.status();
        let problem = if status == 404 {
            format!("There is no corpus bundle at “{}”.", path.as_str())
        } else {
            format!(
                "The server refused “{}” ({status} {}).",
                path.as_str(),
                response.status_text()
            )
        };
        return Err(LoadFailure {
            problem,
            advice:
                "Check the corpus named in the address: it must be a file on this site, given by \
                     its path from the app's page."
                    .to_owned(),
        });
    }
    let Some(body) = response.body() else {
        return Ok(Err(BundleError::Empty));
    };
    let stream: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    progress.set(LoadProgress::Downloading {
        received: 0,
        total: None,
    });
    // Chunks until the header is in; then one buffer of the file's length, filled as bytes arrive.
    let mut early: Vec<Uint8Array> = Vec::new();
    let mut file: Option<(BundleReader, Uint8Array)> = None;
    let mut received: u64 = 0;
    let stop = |error: BundleError| {
        let _ = stream.cancel();
        Ok(Err(error))
    };
    loop {
        let chunk: ReadableStreamReadResult = JsFuture::from(stream.read())
            .await
            .map_err(|_| unreachable())?
            .unchecked_into();
        if chunk.get_done().unwrap_or(true) {
            break;
        }
        let chunk: Uint8Array = chunk.get_value().unchecked_into();
        let at = received;
        received += u64::from(chunk.length());
        match &file {
            Some((reader, buffer)) => {
                if received > reader.file_length() {
                    return stop(BundleError::Corrupt(
                        "more bytes than the header says".to_owned(),
                    ));
                }
                buffer.set(&chunk, at as u32);
            }
            None => {
                early.push(chunk);
                if received >= HEADER_BYTES as u64 {
                    let header = joined(&early, HEADER_BYTES);
                    let reader = match BundleReader::new(&header, u64::MAX) {
                        Ok(reader) => reader,
                        Err(error) => return stop(error),
                    };
                    let total = reader.file_length();
                    if total > MAX_FILE_BYTES {
                        return stop(BundleError::Corrupt(format!(
                            "its header claims {total} bytes, more than a browser can hold"
                        )));
                    }
                    if received > total {
                        return stop(BundleError::Corrupt(
                            "more bytes than the header says".to_owned(),
                        ));
                    }
                    let buffer = Uint8Array::new_with_length(total as u32);
                    let mut offset = 0;
                    for piece in early.drain(..) {
                        buffer.set(&piece, offset);
                        offset += piece.length();
                    }
                    file = Some((reader, buffer));
                }
            }
        }
        progress.set(LoadProgress::Downloading {
            received,
            total: file.as_ref().map(|(reader, _)| reader.file_length()),
        });
    }
    Ok(match file {
        Some((reader, buffer)) if received == reader.file_length() => Ok((reader, buffer)),
        Some((reader, _)) => Err(BundleError::Truncated {
            expected: reader.file_length(),
            found: received,
        }),
        // Fewer bytes than a header: what they are decides the message (empty, foreign, cut short).
        None => {
            let bytes = joined(&early, received as usize);
            Err(BundleReader::new(&bytes, received)
                .err()
                .unwrap_or(BundleError::Truncated {
                    expected: HEADER_BYTES as u64,
                    found: received,
                }))
        }
    })
}

/// A file larger than this is not one a page can hold (typed arrays are indexed by 32 bits).
const MAX_FILE_BYTES: u64 = u32::MAX as u64;

/// The first `length` bytes of `chunks`, copied into the app's memory.
fn joined(chunks: &[Uint8Array], length: usize) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(length);
    for chunk in chunks {
        let take = (length - bytes.len()).min(chunk.length() as usize);
        let start = bytes.len();
        bytes.resize(start + take, 0);
        chunk.subarray(0, take as u32).copy_to(&mut bytes[start..]);
        if bytes.len() == length {
            break;
        }
    }
    bytes
}

/// Resolves in a later task, once the browser has handled what was waiting.
async fn next_task() {
    let promise = Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _: Result<JsValue, JsValue> = JsFuture::from(promise).await;
}

/// Resolves after the browser has painted what is on screen now (or after a fifth of a second in a tab
/// that is not painting), so that "Opening…" shows before the page is busy reading the bundle.
async fn next_paint() {
    let promise = Promise::new(&mut |resolve, _| {
        let window = gloo::utils::window();
        let after_paint = resolve.clone();
        let on_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(
                after_paint.unchecked_ref(),
                0,
            );
        });
        let _ = window.request_animation_frame(on_frame.unchecked_ref());
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 200);
    });
    let _: Result<JsValue, JsValue> = JsFuture::from(promise).await;
}
