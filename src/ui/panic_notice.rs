//! What the page shows if the app fails outright (a Rust panic): a message saying so, a way out to the
//! corpus's overview, a way to reload, and the panic's message for a report — rather than a page that has
//! silently stopped answering, or one that fails again at the same view on every reload.
//!
//! Built with the DOM's own calls, not Leptos: after a panic the app's reactive state cannot be trusted,
//! and the notice must not depend on it. The way out is a plain link, which needs no code of the app to
//! follow. The failure is also written into the history entry's state (`failure.rs`), so that a reload
//! at the same address opens the overview with a note instead of failing again.

use std::sync::Once;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::failure::Failure;
use super::location::{halt_history, shown_search};

/// The notice's element id: one notice, however many panics.
const NOTICE_ID: &str = "quoteline-failed";

/// Reports panics to the console and in the page, and keeps what failed with the history entry.
pub fn install_panic_notice() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            console_error_panic_hook::hook(info);
            let failure = Failure::new(&shown_search(), &info.to_string());
            keep_in_history(&failure);
            show_failure_notice(&failure);
        }));
    });
}

/// Writes the failure as the state of the current history entry, at the address of the view that failed
/// (the address bar may not show it yet: typing reaches it after a pause). Where a sandboxed frame
/// refuses history, the notice's link is still the way out.
fn keep_in_history(failure: &Failure) {
    let window = gloo::utils::window();
    let path = window.location().pathname().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &JsValue::from_str(&failure.to_state()),
            "",
            Some(&format!("{path}{}", failure.search)),
        );
    }
    halt_history();
}

/// The failure kept in this history entry by the last crash, if the page was reloaded after one; the
/// entry is cleared, so that it is reported once.
pub fn take_kept_failure() -> Option<Failure> {
    let window = gloo::utils::window();
    let history = window.history().ok()?;
    let failure = Failure::from_state(&history.state().ok()?.as_string()?)?;
    let search = window.location().search().unwrap_or_default();
    // Kept with this entry, so written at this address; checked all the same (`?` alone is no query).
    if search.trim_start_matches('?') != failure.search.trim_start_matches('?') {
        return None;
    }
    let _ = history.replace_state(&JsValue::NULL, "");
    Some(failure)
}

/// Shows the notice at the top of the page, over whatever was there.
pub fn show_failure_notice(failure: &Failure) {
    let document = gloo::utils::document();
    if document.get_element_by_id(NOTICE_ID).is_some() {
        return;
    }
    let element = |tag: &str, class: &str, text: Option<&str>| {
        let element = document.create_element(tag).ok()?;
        if !class.is_empty() {
            element.set_class_name(class);
        }
        if text.is_some() {
            element.set_text_content(text);
        }
        Some(element)
    };
    let build = || -> Option<web_sys::Element> {
        let notice = element("div", "failure-notice", None)?;
        notice.set_id(NOTICE_ID);
        notice.set_attribute("role", "alert").ok()?;
        let heading = element(
            "p",
            "failure-notice__heading",
            Some("Quoteline stopped working."),
        )?;
        let way_out = failure.way_out();
        let explanation = if way_out.is_some() {
            "Something went wrong while showing this view that the page cannot recover from. The \
             corpus’s overview should still open; reloading opens it too, and says what failed."
        } else {
            "Something went wrong that the page cannot recover from. Reloading tries again; if it \
             fails again, the details below say what failed."
        };
        let text = element("p", "", Some(explanation))?;
        let actions = element("p", "failure-notice__actions", None)?;
        let mut first_action: Option<web_sys::Element> = None;
        if let Some(way_out) = &way_out {
            let path = gloo::utils::window()
                .location()
                .pathname()
                .unwrap_or_default();
            let link = element("a", "button button--primary", Some(&way_out.label()))?;
            let query = way_out.state.to_query();
            link.set_attribute(
                "href",
                &format!("{path}{}", if query.is_empty() { "?" } else { &query }),
            )
            .ok()?;
            actions.append_child(&link).ok()?;
            first_action = Some(link);
        }
        let reload = element("button", "button", Some("Reload the page"))?;
        reload.set_attribute("type", "button").ok()?;
        let on_click = Closure::<dyn Fn()>::new(|| {
            let _ = gloo::utils::window().location().reload();
        });
        reload
            .add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref())
            .ok()?;
        // The page is failing: the listener lives as long as the page does.
        on_click.forget();
        actions.append_child(&reload).ok()?;
        let first_action = first_action.unwrap_or_else(|| reload.clone());
        let details = failure_details(&document, failure)?;
        for child in [&heading, &text, &actions, &details] {
            notice.append_child(child).ok()?;
        }
        document.body()?.prepend_with_node_1(&notice).ok()?;
        Some(first_action)
    };
    if let Some(first_action) =
        build().and_then(|action| action.dyn_into::<web_sys::HtmlElement>().ok())
    {
        // A keyboard user is not left on a dead page.
        let _ = first_action.focus();
    }
}

/// The panic's message and the address it happened at, folded away, to copy into a report.
fn failure_details(document: &web_sys::Document, failure: &Failure) -> Option<web_sys::Element> {
    let details = document.create_element("details").ok()?;
    details.set_class_name("failure-details");
    let summary = document.create_element("summary").ok()?;
    summary.set_text_content(Some("Details for a report"));
    let message = document.create_element("pre").ok()?;
    message.set_class_name("failure-details__message");
    let address = if failure.search.is_empty() {
        "(the overview)"
    } else {
        &failure.search
    };
    message.set_text_content(Some(&format!(
        "{}\n\nAt the address: {address}",
        failure.message
    )));
    details.append_child(&summary).ok()?;
    details.append_child(&message).ok()?;
    Some(details)
}

/// A test's way to make one view fail on purpose, to see the notice and its way out work: the end-to-end
/// tests set `window.quotelineFailingView` to a view's key (`concordance`, `figures`, `reader`, …) before
/// the app starts. No address can set it, so no link can make someone's page fail.
pub fn fail_if_a_test_asks(view: &str) {
    let asked = js_sys::Reflect::get(
        &gloo::utils::window(),
        &JsValue::from_str("quotelineFailingView"),
    )
    .ok()
    .and_then(|asked| asked.as_string());
    if asked.as_deref() == Some(view) {
        panic!(
            "the {view} view failed on purpose: a test asked it to (window.quotelineFailingView)"
        );
    }
}
