//! The documents a reader adds in this browser: held in memory for the visit, and kept in the browser's
//! IndexedDB for the next one only when the reader asks and the page may use it; and a corpus bundle they
//! open from this device, shown in place of the page's corpus. Nothing here is ever sent anywhere: files
//! are read by the browser, and their text goes to the same analysis as the corpus's.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_futures::JsFuture;

use super::app::SearchData;
use super::bundle_fetch::OpenedBundle;
use super::device_store::{self, StoreRefusal};
use crate::bundle::Bundle;
use crate::corpus::{
    admit, refuse_unread, Diagnostic, Held, Limits, LocalText, SourceFile, SourceFormat,
};

/// Where kept documents are stored (this site's storage, this browser only): the key in IndexedDB, and
/// in localStorage, where earlier versions kept them and from where they are moved on the next visit.
const KEY: &str = "quoteline:local-documents";

/// Written at once (localStorage is synchronous) when the reader stops keeping their documents, and
/// removed once the kept copy is known to be gone: a page closed straight after unticking "Keep" ends
/// the deletion unfinished, and the next visit finishes it instead of bringing the documents back.
const FORGET_KEY: &str = "quoteline:local-documents:forget";

/// How long the explorer waits for the kept documents before it shows the corpus without them (they
/// join it when they arrive): a browser whose storage never answers must not leave the page blank.
const RESTORE_PATIENCE_MS: u32 = 1500;

/// Whether the reader's documents outlive the visit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Keeping {
    /// In memory only: gone when the page is closed.
    ForThisVisit,
    /// Asked for, and being written.
    Storing,
    /// In this browser's storage, until removed.
    OnThisDevice,
    /// Asked for, but the browser would not keep them: why, in words.
    Refused(String),
}

/// The reader's documents, provided above the explorer (which is rebuilt on them when they change).
#[derive(Clone, Copy)]
pub struct LocalLibrary {
    pub texts: RwSignal<Vec<LocalText>>,
    /// What the last addition refused or changed, file by file.
    pub notes: RwSignal<Vec<Diagnostic>>,
    pub keeping: RwSignal<Keeping>,
    /// Whether the "Your documents" dialog is asked to be open.
    pub dialog_open: RwSignal<bool>,
    /// Why the last corpus bundle chosen could not be opened.
    pub bundle_notes: RwSignal<Vec<Diagnostic>>,
    /// A corpus bundle opened from this device, shown instead of the page's corpus, with its file name.
    pub opened: RwSignal<Option<(String, OpenedBundle)>>,
    /// Whether the documents kept from the last visit have been read (or given up on).
    pub restored: RwSignal<bool>,
    /// Whether a change of the documents is waiting to be analysed with the corpus: said before the work
    /// starts, since on a large corpus the page is busy for seconds.
    pub analysing: RwSignal<bool>,
    /// Documents let in and not yet joined (they join once "analysing" has been shown): counted against
    /// the limits with those already in.
    pending: StoredValue<Vec<LocalText>>,
    writes: StoredValue<WriteQueue>,
}

/// Writes to storage, one at a time: a change made while one is under way is written after it, once,
/// with the documents as they are then (so the last change always wins).
#[derive(Clone, Copy, Default)]
struct WriteQueue {
    busy: bool,
    pending: bool,
}

impl Keeping {
    /// Whether the reader has asked to keep the documents.
    pub fn wanted(&self) -> bool {
        !matches!(self, Keeping::ForThisVisit)
    }
}

impl LocalLibrary {
    /// The library, empty until the documents the last visit kept (if it kept any) have been read.
    pub fn restore() -> LocalLibrary {
        let library = LocalLibrary {
            texts: RwSignal::new(Vec::new()),
            notes: RwSignal::new(Vec::new()),
            keeping: RwSignal::new(Keeping::ForThisVisit),
            dialog_open: RwSignal::new(false),
            bundle_notes: RwSignal::new(Vec::new()),
            opened: RwSignal::new(None),
            restored: RwSignal::new(false),
            analysing: RwSignal::new(false),
            pending: StoredValue::new(Vec::new()),
            writes: StoredValue::new(WriteQueue::default()),
        };
        // Said once: every `set` rebuilds the explorer, and with it what the reader had open.
        let done = move || {
            if !library.restored.get_untracked() {
                library.restored.set(true);
            }
        };
        gloo::timers::callback::Timeout::new(RESTORE_PATIENCE_MS, done).forget();
        leptos::task::spawn_local(async move {
            if forgetting() {
                // The last visit stopped keeping them but closed before the copy was gone.
                if device_store::write(KEY, None).await.is_ok() {
                    if let Some(storage) = local_storage() {
                        let _ = storage.remove_item(KEY);
                    }
                    mark_forgetting(false);
                }
                done();
                return;
            }
            let kept = device_store::read(KEY).await.ok().flatten();
            let legacy = local_storage().and_then(|storage| storage.get_item(KEY).ok().flatten());
            let parsed = kept
                .as_deref()
                .or(legacy.as_deref())
                .and_then(|json| serde_json::from_str::<Vec<LocalText>>(json).ok());
            if let Some(kept) = parsed {
                // Documents added while storage was slow to answer stay, after the kept ones, and are
                // kept with them.
                let added = library.texts.get_untracked();
                let mut texts = kept;
                texts.extend(
                    added
                        .iter()
                        .filter(|text| texts.iter().all(|kept| kept.name != text.name))
                        .cloned()
                        .collect::<Vec<_>>(),
                );
                library.texts.set(texts);
                library.keeping.set(Keeping::OnThisDevice);
                if !added.is_empty() {
                    library.store();
                }
            }
            done();
            // Kept by an earlier version in localStorage: moved to IndexedDB, and forgotten there once
            // moved (until then it is read from there on each visit).
            if let Some(legacy) = legacy {
                let moved = kept.is_some() || device_store::write(KEY, Some(&legacy)).await.is_ok();
                if let (true, Some(storage)) = (moved, local_storage()) {
                    let _ = storage.remove_item(KEY);
                }
            }
        });
        library
    }

    /// Reads `files` (chosen or dropped) and adds those the limits let in.
    pub fn add_files(self, files: Vec<web_sys::File>) {
        leptos::task::spawn_local(async move {
            let mut read: Vec<(String, Vec<u8>)> = Vec::new();
            let mut notes = Vec::new();
            for file in files {
                let name = file.name();
                // Too large to read at all: refused from its size.
                if let Some(refusal) = refuse_unread(&name, file.size() as usize, Limits::DEFAULT) {
                    notes.push(refusal);
                    continue;
                }
                match JsFuture::from(file.array_buffer()).await {
                    Ok(buffer) => read.push((name, js_sys::Uint8Array::new(&buffer).to_vec())),
                    Err(_) => notes.push(Diagnostic::error(
                        &name,
                        None,
                        "could not be read by the browser (was it moved or deleted?)",
                    )),
                }
            }
            self.add(&read, notes);
        });
    }

    /// Adds pasted text as a document named `name` (or "Pasted text").
    pub fn add_pasted(self, name: &str, text: &str) {
        // Pasted text is plain text whatever its name: a name like "notes.md" keeps its kind, any other
        // ("Minutes 3.2", "<b>") becomes a .txt name.
        let name = match name.trim() {
            "" => "Pasted text.txt".to_owned(),
            name if SourceFormat::of_file_name(name).is_some() => name.to_owned(),
            name => format!("{name}.txt"),
        };
        self.add(&[(name, text.as_bytes().to_vec())], Vec::new());
    }

    fn add(self, files: &[(String, Vec<u8>)], mut notes: Vec<Diagnostic>) {
        let sources: Vec<SourceFile<'_>> = files
            .iter()
            .map(|(name, bytes)| SourceFile { name, bytes })
            .collect();
        let (names, bytes): (Vec<String>, usize) = self.texts.with_untracked(|texts| {
            self.pending.with_value(|pending| {
                let held = || texts.iter().chain(pending);
                (
                    held().map(|text| text.name.clone()).collect(),
                    held().map(|text| text.text.len()).sum(),
                )
            })
        });
        let admission = admit(
            &sources,
            Held {
                bytes,
                names: &names,
            },
            Limits::DEFAULT,
        );
        notes.extend(admission.diagnostics);
        self.notes.set(notes);
        if !admission.admitted.is_empty() {
            self.pending
                .update_value(|pending| pending.extend(admission.admitted));
            self.change_after_paint(move || {
                let admitted = self.pending.try_update_value(std::mem::take);
                self.texts
                    .update(|texts| texts.extend(admitted.unwrap_or_default()));
            });
        }
    }

    /// Changes the documents once the page has said it is analysing them (the explorer is rebuilt on
    /// them at once, which on a large corpus keeps the page busy for seconds), then keeps the change.
    fn change_after_paint(self, change: impl FnOnce() + 'static) {
        self.analysing.set(true);
        let apply = move || {
            change();
            self.analysing.set(false);
            self.store();
        };
        // Applied once, by whichever comes first: a timeout queued from the next animation frame's
        // callbacks, which runs after that frame is drawn, or a later timeout for a page whose frames
        // are not drawn (a hidden tab).
        let apply = std::rc::Rc::new(std::cell::Cell::new(Some(apply)));
        let once = move || {
            if let Some(apply) = apply.take() {
                apply();
            }
        };
        let after_frame = once.clone();
        let next_frame = Closure::once_into_js(move || {
            gloo::timers::callback::Timeout::new(0, after_frame).forget();
        });
        let _ = gloo::utils::window().request_animation_frame(next_frame.unchecked_ref());
        gloo::timers::callback::Timeout::new(250, once).forget();
    }

    /// Opens a corpus bundle saved from Quoteline (Export, "Whole corpus") from this device.
    pub fn open_bundle(self, file: web_sys::File) {
        leptos::task::spawn_local(async move {
            let name = file.name();
            let refuse = |message: String| vec![Diagnostic::error(&name, None, message)];
            let bytes = match JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(_) => {
                    self.bundle_notes.set(refuse(
                        "could not be read by the browser (was it moved or deleted?)".to_owned(),
                    ));
                    return;
                }
            };
            match Bundle::from_bytes(&bytes) {
                Ok(bundle) => {
                    self.bundle_notes.set(Vec::new());
                    self.opened.set(Some((
                        name.clone(),
                        OpenedBundle {
                            corpus: Arc::new(bundle.corpus),
                            analysis: Arc::new(bundle.analysis),
                            search: Arc::new(SearchData {
                                index: bundle.index,
                                facets: bundle.facets,
                            }),
                        },
                    )));
                }
                Err(error) => self
                    .bundle_notes
                    .set(refuse(format!("could not be opened: {error}"))),
            }
        });
    }

    /// Back to the page's own corpus.
    pub fn close_bundle(self) {
        self.opened.set(None);
    }

    pub fn remove(self, name: &str) {
        let name = name.to_owned();
        self.notes.set(Vec::new());
        self.change_after_paint(move || {
            self.texts
                .update(|texts| texts.retain(|text| text.name != name));
        });
    }

    pub fn remove_all(self) {
        self.notes.set(Vec::new());
        self.change_after_paint(move || self.texts.set(Vec::new()));
    }

    /// Keeps the documents on this device from now on, or stops keeping them (and forgets the copy).
    pub fn keep(self, yes: bool) {
        mark_forgetting(!yes);
        self.keeping.set(if yes {
            Keeping::Storing
        } else {
            Keeping::ForThisVisit
        });
        self.store();
    }

    /// Brings the device's copy up to date: the documents written if they are to be kept, the copy
    /// forgotten if not; says so if the browser refuses.
    fn store(self) {
        if self.keeping.get_untracked().wanted() {
            self.keeping.set(Keeping::Storing);
        }
        let start = self.writes.try_update_value(|queue| {
            queue.pending = true;
            !std::mem::replace(&mut queue.busy, true)
        });
        if start != Some(true) {
            return;
        }
        leptos::task::spawn_local(async move {
            // While a write is under way, leaving the page asks first: closing would end it unfinished.
            let leaving = gloo::events::EventListener::new_with_options(
                &gloo::utils::window(),
                "beforeunload",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                |event| event.prevent_default(),
            );
            while self
                .writes
                .try_update_value(|queue| std::mem::take(&mut queue.pending))
                == Some(true)
            {
                let keep = self.keeping.get_untracked().wanted();
                let json = keep.then(|| {
                    self.texts
                        .with_untracked(|texts| serde_json::to_string(texts).unwrap_or_default())
                });
                let written = device_store::write(KEY, json.as_deref()).await;
                if self.writes.with_value(|queue| queue.pending) {
                    // A later change is written next; this result is already out of date.
                    continue;
                }
                match (keep, written) {
                    (true, Ok(())) => self.keeping.set(Keeping::OnThisDevice),
                    (true, Err(refusal)) => self.refused(refusal).await,
                    (false, Ok(())) => mark_forgetting(false),
                    // Not kept, and the browser would not forget the copy: the next visit tries again.
                    (false, Err(_)) => {}
                }
            }
            self.writes.update_value(|queue| queue.busy = false);
            drop(leaving);
        });
    }

    /// Says that the browser would not keep the documents, and forgets any older copy, which would
    /// otherwise come back on the next visit as if it were the reader's choice.
    async fn refused(self, refusal: StoreRefusal) {
        let _ = device_store::write(KEY, None).await;
        self.keeping.set(Keeping::Refused(format!(
            "Not kept: {}. They stay until you close this page.",
            refusal.reason()
        )));
    }
}

/// This site's localStorage in this browser, where earlier versions kept documents, if the page may use
/// it (reaching it throws in sandboxed frames and where storage is blocked).
fn local_storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// Whether an earlier visit stopped keeping the documents before their copy was known to be gone.
fn forgetting() -> bool {
    local_storage().is_some_and(|storage| storage.get_item(FORGET_KEY).ok().flatten().is_some())
}

/// Notes (or clears) that the kept copy is to be forgotten. Where localStorage is refused, IndexedDB
/// is too, and there is no copy to forget.
fn mark_forgetting(yes: bool) {
    if let Some(storage) = local_storage() {
        let _ = if yes {
            storage.set_item(FORGET_KEY, "1")
        } else {
            storage.remove_item(FORGET_KEY)
        };
    }
}

/// The files of a drop or a file field, as a list.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|index| list.item(index))
        .collect()
}

/// The files a drag carries, if it carries any.
pub fn dropped_files(event: &web_sys::DragEvent) -> Vec<web_sys::File> {
    files_of(event.data_transfer().and_then(|transfer| transfer.files()))
}

/// The files chosen in a file field.
pub fn chosen_files(event: &web_sys::Event) -> Vec<web_sys::File> {
    let input = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok());
    let files = files_of(input.as_ref().and_then(|input| input.files()));
    // The same file chosen again is a new choice.
    if let Some(input) = input {
        input.set_value("");
    }
    files
}
