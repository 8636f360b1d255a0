//! A button that copies a text: to the clipboard where the browser allows it, and otherwise into a field
//! shown beside it with the text selected, ready to copy by hand (an iframe without clipboard permission,
//! a page not served securely).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// How a copy went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Copied {
    Not,
    Done,
    /// The browser refused: the text is shown to copy by hand.
    ByHand,
}

#[component]
pub fn CopyButton(
    /// What the button says: "Copy citation".
    label: &'static str,
    /// The text copied, made when the button is pressed.
    text: Signal<String>,
) -> impl IntoView {
    let (copied, set_copied) = signal(Copied::Not);
    let field = NodeRef::<leptos::html::Input>::new();
    let copy = move |_| {
        let text = text.get_untracked();
        leptos::task::spawn_local(async move {
            let written = match clipboard() {
                Some(clipboard) => JsFuture::from(clipboard.write_text(&text)).await.is_ok(),
                None => false,
            };
            if written {
                set_copied.set(Copied::Done);
                return;
            }
            set_copied.set(Copied::ByHand);
            // Once the field is on the page, its text selected: one keystroke copies it.
            next_frame().await;
            if let Some(input) = field.get_untracked() {
                input.set_value(&text);
                let _ = input.focus();
                input.select();
            }
        });
    };
    view! {
        <span class="copy">
            <button type="button" class="copy__button" on:click=copy>{label}</button>
            // On the page before anything is said in it, so that screen readers announce what is.
            <span class="copy__status" role="status">
                {move || (copied.get() == Copied::Done).then_some("Copied")}
            </span>
            {move || (copied.get() == Copied::ByHand).then(|| view! {
                <label class="copy__by-hand">
                    <span>"This browser does not let the page copy. Select and copy:"</span>
                    <input node_ref=field type="text" readonly />
                </label>
            })}
        </span>
    }
}

/// Resolves after the browser's next frame, when what the last signal changes drew is on the page.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().request_animation_frame(&resolve);
    });
    let _ = JsFuture::from(promise).await;
}

/// The clipboard, where the page may use it: not in a frame whose permissions policy withholds
/// `clipboard-write` (an iframe without `allow="clipboard-write"`), where asking is refused and Chromium
/// reports the attempt as an error in the console.
fn clipboard() -> Option<web_sys::Clipboard> {
    if !policy_allows("clipboard-write") {
        return None;
    }
    let navigator = gloo::utils::window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    (!clipboard.is_undefined() && !clipboard.is_null()).then(|| clipboard.unchecked_into())
}

/// Whether the document's permissions policy allows `feature`; true where the browser does not say
/// (only Chromium exposes the policy, as `permissionsPolicy` or `featurePolicy`).
fn policy_allows(feature: &str) -> bool {
    let document = gloo::utils::document();
    ["permissionsPolicy", "featurePolicy"]
        .into_iter()
        .find_map(|name| {
            let policy = js_sys::Reflect::get(&document, &name.into()).ok()?;
            let allows = js_sys::Reflect::get(&policy, &"allowsFeature".into()).ok()?;
            let allows: js_sys::Function = allows.dyn_into().ok()?;
            allows.call1(&policy, &feature.into()).ok()?.as_bool()
        })
        .unwrap_or(true)
}
