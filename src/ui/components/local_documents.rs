//! "Your documents": the reader adds texts of their own — chosen or dropped `.txt`, `.md` and `.html`
//! files, or pasted text — which the browser reads and the same analysis takes in beside the corpus.
//! Nothing is uploaded; they are kept on this device only if the reader asks, where the browser allows.
//!
//! Two parts: the masthead's button (inside the explorer) and the dialog (beside it, so that it stays
//! open while the explorer is rebuilt on the documents just added).

use leptos::prelude::*;

use crate::corpus::{Diagnostic, Limits, Severity};
use crate::ui::components::TextField;
use crate::ui::format::{file_size, grouped};
use crate::ui::local_library::{chosen_files, dropped_files, Keeping, LocalLibrary};

/// The masthead's button: opens the dialog, and says how many documents the reader has added.
#[component]
pub fn LocalDocumentsButton() -> impl IntoView {
    // An explorer mounted on its own (a component test) has no library, and no button for one.
    let Some(library) = use_context::<LocalLibrary>() else {
        return ().into_any();
    };
    let count = move || library.texts.with(Vec::len);
    view! {
        <button
            type="button"
            class="button masthead__action"
            aria-haspopup="dialog"
            on:click=move |_| library.dialog_open.set(true)
        >
            "Your documents"
            {move || (count() > 0).then(|| view! { <span class="count">{grouped(count())}</span> })}
        </button>
    }
    .into_any()
}

#[component]
pub fn LocalDocumentsDialog() -> impl IntoView {
    let library = expect_context::<LocalLibrary>();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    // The button asks; the dialog opens as a modal, on the page's top layer.
    Effect::new(move |_| {
        if library.dialog_open.get() {
            if let Some(dialog) = dialog.get() {
                if !dialog.open() {
                    let _ = dialog.show_modal();
                }
            }
        }
    });
    let (pasted, set_pasted) = signal(String::new());
    let (pasted_name, set_pasted_name) = signal(String::new());
    let (dragging, set_dragging) = signal(false);
    let limits = Limits::DEFAULT;
    let total = move || {
        library
            .texts
            .with(|texts| texts.iter().map(|text| text.text.len()).sum::<usize>())
    };

    let add_pasted = move |_| {
        library.add_pasted(&pasted_name.get_untracked(), &pasted.get_untracked());
        if library
            .notes
            .with_untracked(|notes| notes.iter().all(|note| note.severity != Severity::Error))
        {
            set_pasted.set(String::new());
            set_pasted_name.set(String::new());
        }
    };
    view! {
        <dialog
            node_ref=dialog
            class="dialog local-dialog"
            aria-labelledby="local-dialog-title"
            on:close=move |_| library.dialog_open.set(false)
        >
            <form method="dialog" class="dialog__form">
                <header class="dialog__header">
                    <h2 id="local-dialog-title">"Your documents"</h2>
                    <button type="submit" class="dialog__close" aria-label="Close">"×"</button>
                </header>
                <p class="dialog__lead">
                    "Add articles, statements or transcripts of your own. Your browser reads them with the same analysis as the corpus, and they join every view, marked “Your document”. Nothing is uploaded: they never leave this device."
                </p>
                <label
                    class="local-dialog__drop"
                    class:local-dialog__drop--over=move || dragging.get()
                    on:dragover=move |event: web_sys::DragEvent| {
                        event.prevent_default();
                        set_dragging.set(true);
                    }
                    on:dragleave=move |_| set_dragging.set(false)
                    on:drop=move |event: web_sys::DragEvent| {
                        event.prevent_default();
                        set_dragging.set(false);
                        library.add_files(dropped_files(&event));
                    }
                >
                    <span class="local-dialog__drop-title">"Choose files, or drop them here"</span>
                    <span class="local-dialog__drop-hint">
                        {format!(
                            ".txt, .md or .html · up to {} MB a file, {} MB together",
                            limits.file_bytes / 1_000_000,
                            limits.total_bytes / 1_000_000
                        )}
                    </span>
                    <input
                        type="file"
                        class="visually-hidden"
                        multiple
                        accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
                        on:change=move |event| library.add_files(chosen_files(&event))
                    />
                </label>
                <div class="local-dialog__paste">
                    <label class="dialog__field">
                        <span>"Or paste a text"</span>
                        <textarea
                            rows="5"
                            prop:value=move || pasted.get()
                            on:input=move |event| set_pasted.set(event_target_value(&event))
                        ></textarea>
                    </label>
                    <div class="local-dialog__paste-row">
                        <TextField
                            label="Its name (optional)"
                            max_length=120
                            value=pasted_name
                            set_value=set_pasted_name
                        />
                        <button
                            type="button"
                            class="button"
                            prop:disabled=move || pasted.with(|text| text.trim().is_empty())
                            on:click=add_pasted
                        >
                            "Add the pasted text"
                        </button>
                    </div>
                </div>
                <Notes notes=library.notes />
                <p class="local-dialog__analysing" role="status">
                    {move || library.analysing.get().then_some(
                        "Analysing your documents with the corpus… On a large corpus this takes a few seconds.",
                    )}
                </p>
                {move || {
                    let texts = library.texts.get();
                    (!texts.is_empty()).then(|| view! {
                        <section class="local-dialog__list" aria-labelledby="local-dialog-added">
                            <h3 id="local-dialog-added">
                                {format!("Added: {} ({} of {} MB)", grouped(texts.len()), file_size(total() as u64), limits.total_bytes / 1_000_000)}
                            </h3>
                            <ul>
                                {texts.into_iter().map(|text| {
                                    let name = text.name.clone();
                                    let label = format!("Remove {}", text.name);
                                    view! {
                                        <li>
                                            <span class="local-dialog__name">{text.name.clone()}</span>
                                            <span class="local-dialog__size">{file_size(text.text.len() as u64)}</span>
                                            <button type="button" class="button button--quiet" aria-label=label on:click=move |_| library.remove(&name)>"Remove"</button>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                            <button type="button" class="button button--quiet" on:click=move |_| library.remove_all()>"Remove all"</button>
                        </section>
                    })
                }}
                <div class="local-dialog__keep">
                    <label class="dialog__check">
                        <input
                            type="checkbox"
                            prop:checked=move || matches!(library.keeping.get(), Keeping::Storing | Keeping::OnThisDevice)
                            on:change=move |event| library.keep(event_target_checked(&event))
                        />
                        <span>"Keep them in this browser for next time"</span>
                    </label>
                    <p class="local-dialog__keeping" role="status">
                        {move || match library.keeping.get() {
                            Keeping::ForThisVisit => "They stay in this page's memory until you close it.".to_owned(),
                            Keeping::Storing => "Keeping them in this browser…".to_owned(),
                            Keeping::OnThisDevice => "Kept in this browser's storage on this device, until you remove them.".to_owned(),
                            Keeping::Refused(reason) => reason,
                        }}
                    </p>
                </div>
                <section class="local-dialog__bundle" aria-labelledby="local-dialog-bundle">
                    <h3 id="local-dialog-bundle">"Or a whole corpus"</h3>
                    <label class="local-dialog__file">
                        <span>"Open a corpus saved from Quoteline (Export, “Whole corpus”: a .bin file), shown in place of this site's."</span>
                        <span class="button" aria-hidden="true">"Open a saved corpus…"</span>
                        <input
                            type="file"
                            class="visually-hidden"
                            accept=".bin,application/octet-stream"
                            on:change=move |event| {
                                if let Some(file) = chosen_files(&event).into_iter().next() {
                                    library.open_bundle(file);
                                }
                            }
                        />
                    </label>
                    <Notes notes=library.bundle_notes />
                    {move || library.opened.get().map(|(name, opened)| view! {
                        <p class="local-dialog__opened" role="status">
                            {format!("Showing {name}: {} documents. ", grouped(opened.corpus.documents.len()))}
                            <button type="button" class="button button--quiet" on:click=move |_| library.close_bundle()>
                                "Back to this site's corpus"
                            </button>
                        </p>
                    })}
                </section>
                <div class="dialog__actions">
                    <span></span>
                    <button type="submit" class="dialog__done">"Done"</button>
                </div>
            </form>
        </dialog>
    }
}

/// What an addition refused or changed, file by file, announced as it changes.
#[component]
fn Notes(notes: RwSignal<Vec<Diagnostic>>) -> impl IntoView {
    view! {
        <ul class="local-dialog__notes" aria-live="polite">
            {move || notes.get().into_iter().map(|note| {
                let error = note.severity == Severity::Error;
                view! {
                    <li class:local-dialog__note--error=error>
                        <strong>{note.file.clone()}</strong>
                        {note.line.map(|line| format!(" (line {line}{})", note.column.map(|column| format!(", column {column}")).unwrap_or_default()))}
                        {format!(" {}", note.message)}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
