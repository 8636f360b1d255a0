//! What the page shows if the app fails outright (a Rust panic): a message saying so and a way to reload,
//! rather than a page that has silently stopped answering.
//!
//! Built with the DOM's own calls, not Leptos: after a panic the app's reactive state cannot be trusted,
//! and the notice must not depend on it. The view lives in the address, so reloading loses nothing.

use std::sync::Once;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The notice's element id: one notice, however many panics.
const NOTICE_ID: &str = "quoteline-failed";

/// Reports panics to the console and in the page.
pub fn install_panic_notice() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            console_error_panic_hook::hook(info);
            show_failure_notice();
        }));
    });
}

/// Shows the notice at the top of the page, over whatever was there.
pub fn show_failure_notice() {
    let document = gloo::utils::document();
    if document.get_element_by_id(NOTICE_ID).is_some() {
        return;
    }
    let (Ok(notice), Ok(heading), Ok(text), Ok(reload)) = (
        document.create_element("div"),
        document.create_element("p"),
        document.create_element("p"),
        document.create_element("button"),
    ) else {
        return;
    };
    notice.set_id(NOTICE_ID);
    notice.set_class_name("failure-notice");
    let _ = notice.set_attribute("role", "alert");
    heading.set_class_name("failure-notice__heading");
    heading.set_text_content(Some("Quoteline stopped working."));
    text.set_text_content(Some(
        "Something went wrong that the page cannot recover from. Reloading opens the same view again; \
         nothing you were looking at is lost.",
    ));
    reload.set_class_name("button");
    let _ = reload.set_attribute("type", "button");
    reload.set_text_content(Some("Reload the page"));
    let on_click = Closure::<dyn Fn()>::new(|| {
        let _ = gloo::utils::window().location().reload();
    });
    let _ = reload.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    // The page is failing: the listener lives as long as the page does.
    on_click.forget();
    let _ = notice.append_child(&heading);
    let _ = notice.append_child(&text);
    let _ = notice.append_child(&reload);
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&notice);
    }
    if let Ok(reload) = reload.dyn_into::<web_sys::HtmlElement>() {
        let _ = reload.focus();
    }
}
