//! The documents a reader adds in this browser: held in memory for the visit, and kept in the browser's
//! storage for the next one only when the reader asks and the page may use it; and a corpus bundle they
//! open from this device, shown in place of the page's corpus. Nothing here is ever sent anywhere: files
//! are read by the browser, and their text goes to the same analysis as the corpus's.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::app::SearchData;
use super::bundle_fetch::OpenedBundle;
use crate::bundle::Bundle;
use crate::corpus::{
    admit, refuse_unread, Diagnostic, Held, Limits, LocalText, SourceFile, SourceFormat,
};

/// Where kept documents are stored (this site's storage, this browser only).
const KEY: &str = "quoteline:local-documents";

/// Whether the reader's documents outlive the visit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Keeping {
    /// In memory only: gone when the page is closed.
    ForThisVisit,
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
    /// A corpus bundle opened from this device, shown instead of the page's corpus, with its file name.
    pub opened: RwSignal<Option<(String, OpenedBundle)>>,
}

impl LocalLibrary {
    /// The library as the last visit kept it, if it kept it.
    pub fn restore() -> LocalLibrary {
        let kept: Option<Vec<LocalText>> = storage()
            .and_then(|storage| storage.get_item(KEY).ok().flatten())
            .and_then(|json| serde_json::from_str(&json).ok());
        let keeping = if kept.is_some() {
            Keeping::OnThisDevice
        } else {
            Keeping::ForThisVisit
        };
        LocalLibrary {
            texts: RwSignal::new(kept.unwrap_or_default()),
            notes: RwSignal::new(Vec::new()),
            keeping: RwSignal::new(keeping),
            dialog_open: RwSignal::new(false),
            opened: RwSignal::new(None),
        }
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
        let admission = self.texts.with_untracked(|texts| {
            let names: Vec<String> = texts.iter().map(|text| text.name.clone()).collect();
            let bytes = texts.iter().map(|text| text.text.len()).sum();
            admit(
                &sources,
                Held {
                    bytes,
                    names: &names,
                },
                Limits::DEFAULT,
            )
        });
        notes.extend(admission.diagnostics);
        self.notes.set(notes);
        if !admission.admitted.is_empty() {
            self.texts.update(|texts| texts.extend(admission.admitted));
            self.store();
        }
    }

    /// Opens a corpus bundle saved from Quoteline (Export, "Whole corpus") from this device.
    pub fn open_bundle(self, file: web_sys::File) {
        leptos::task::spawn_local(async move {
            let name = file.name();
            let refuse = |message: String| vec![Diagnostic::error(&name, None, message)];
            let bytes = match JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(_) => {
                    self.notes.set(refuse(
                        "could not be read by the browser (was it moved or deleted?)".to_owned(),
                    ));
                    return;
                }
            };
            match Bundle::from_bytes(&bytes) {
                Ok(bundle) => {
                    self.notes.set(Vec::new());
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
                    .notes
                    .set(refuse(format!("could not be opened: {error}"))),
            }
        });
    }

    /// Back to the page's own corpus.
    pub fn close_bundle(self) {
        self.opened.set(None);
    }

    pub fn remove(self, name: &str) {
        self.texts
            .update(|texts| texts.retain(|text| text.name != name));
        self.notes.set(Vec::new());
        self.store();
    }

    pub fn remove_all(self) {
        self.texts.set(Vec::new());
        self.notes.set(Vec::new());
        self.store();
    }

    /// Keeps the documents on this device from now on, or stops keeping them (and forgets the copy).
    pub fn keep(self, yes: bool) {
        if yes {
            self.keeping.set(Keeping::OnThisDevice);
            self.store();
        } else {
            if let Some(storage) = storage() {
                let _ = storage.remove_item(KEY);
            }
            self.keeping.set(Keeping::ForThisVisit);
        }
    }

    /// Writes the documents to storage if they are to be kept; says so if the browser refuses.
    fn store(self) {
        if self.keeping.get_untracked() == Keeping::ForThisVisit {
            return;
        }
        let json = self
            .texts
            .with_untracked(|texts| serde_json::to_string(texts).unwrap_or_default());
        let stored = match storage() {
            None => Err("this browser does not let the page keep anything here (a private window, an embedded frame, or storage turned off)"),
            Some(storage) => storage.set_item(KEY, &json).map_err(|_| {
                "the browser's storage for this site is full (it holds a few megabytes): remove some documents"
            }),
        };
        match stored {
            Ok(()) => self.keeping.set(Keeping::OnThisDevice),
            Err(reason) => {
                if let Some(storage) = storage() {
                    let _ = storage.remove_item(KEY);
                }
                self.keeping.set(Keeping::Refused(format!(
                    "Not kept: {reason}. They stay until you close this page."
                )));
            }
        }
    }
}

/// This site's storage in this browser, if the page may use it (reaching it throws in sandboxed frames
/// and where storage is blocked).
fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
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
