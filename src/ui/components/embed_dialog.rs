//! "Embed": the iframe snippet for the view on screen, ready to paste into an article, with the script that
//! fits the frame to its content.

use leptos::prelude::*;

use crate::ui::app::LocationContext;
use crate::ui::components::{CopyButton, TextField};
use crate::ui::embed_snippet::{EmbedSnippet, DEFAULT_HEIGHT, MAX_HEIGHT, MIN_HEIGHT};

/// The resizing script, beside the app's page (Trunk copies it from `public/`).
const SCRIPT_FILE: &str = "embed.js";

#[component]
pub fn EmbedDialog(
    /// The corpus's title, for the frame's default title.
    corpus_title: String,
) -> impl IntoView {
    let LocationContext(location) = expect_context();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let (title, set_title) = signal(String::new());
    let (height, set_height) = signal(DEFAULT_HEIGHT);
    let (resizes, set_resizes) = signal(true);
    let page = gloo::utils::window().location();
    let from_disk = page.protocol().is_ok_and(|protocol| protocol == "file:");

    let open = move |_| {
        // The title follows what is searched, until the person writes their own.
        let query = location.parsed().0.query;
        set_title.set(match query.trim() {
            "" => format!("Quoteline: {corpus_title}"),
            query => format!("Quoteline: “{query}”"),
        });
        if let Some(dialog) = dialog.get_untracked() {
            let _ = dialog.show_modal();
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };
    let snippet = Signal::derive(move || {
        let mut state = location.parsed().0;
        state.embed = true;
        let here = gloo::utils::window().location().href().unwrap_or_default();
        let absolute = |relative: &str| {
            web_sys::Url::new_with_base(relative, &here)
                .map(|url| url.href())
                .unwrap_or_default()
        };
        EmbedSnippet {
            page_url: absolute(&location.href_embedded(&state, true)),
            script_url: resizes.get().then(|| absolute(SCRIPT_FILE)),
            title: title.get(),
            height: height.get(),
        }
        .to_html()
    });

    view! {
        <button type="button" class="button masthead__action" aria-haspopup="dialog" on:click=open>
            "Embed"
        </button>
        <dialog node_ref=dialog class="dialog" aria-labelledby="embed-dialog-title">
            <form method="dialog" class="dialog__form">
                <header class="dialog__header">
                    <h2 id="embed-dialog-title">"Embed this view"</h2>
                    <button type="button" class="dialog__close" aria-label="Close" on:click=close>
                        "×"
                    </button>
                </header>
                <p class="dialog__lead">
                    "Paste this HTML into your page. It shows what you see now — the search, the filters and the view — with a link to open the full explorer. Nothing readers do in it is sent anywhere."
                </p>
                {from_disk.then(|| view! {
                    <p class="dialog__warning" role="note">
                        "This copy is opened from a file on this computer, which other sites cannot show. Publish the app on a web host first (see the README), then embed it from there."
                    </p>
                })}
                <div class="dialog__fields">
                    <TextField
                        label="Title (read out by screen readers)"
                        max_length=200
                        value=title
                        set_value=set_title
                        wide=true
                    />
                    <label class="dialog__field">
                        <span>"Height in pixels"</span>
                        <input
                            type="number"
                            min=MIN_HEIGHT
                            max=MAX_HEIGHT
                            step="10"
                            prop:value=move || height.get().to_string()
                            on:change=move |event| {
                                if let Ok(asked) = event_target_value(&event).trim().parse::<u32>() {
                                    set_height.set(asked.clamp(MIN_HEIGHT, MAX_HEIGHT));
                                }
                            }
                        />
                    </label>
                    <label class="dialog__check">
                        <input
                            type="checkbox"
                            prop:checked=move || resizes.get()
                            on:change=move |event| set_resizes.set(event_target_checked(&event))
                        />
                        <span>"Fit the frame to its content (adds a small script from this site)"</span>
                    </label>
                </div>
                <label class="dialog__code">
                    <span class="visually-hidden">"Embed code"</span>
                    <textarea readonly rows="6" spellcheck="false" prop:value=move || snippet.get()></textarea>
                </label>
                <div class="dialog__actions">
                    <CopyButton label="Copy embed code" text=snippet />
                    <button type="submit" class="dialog__done">"Done"</button>
                </div>
            </form>
        </dialog>
    }
}
