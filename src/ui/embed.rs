//! The explorer inside another page's iframe: it tells the parent page its height, in the formats embed
//! scripts already read, and accepts one message from the parent — a request to tell it again — once the
//! message has been checked.
//!
//! Posted to the parent, whenever the explorer's height changes:
//! - `{src, context: "iframe.resize", height}` (the format of Embedly's and Medium's embed scripts; `src`
//!   is the address the frame was opened at, the one the embedding page wrote in its `<iframe src>`);
//! - `{sentinel: "amp", type: "embed-size", height}` (AMP's `amp-iframe`).
//!
//! Both go to any origin (`"*"`): a height and the address the embedder itself wrote tell the parent
//! nothing it did not know, and a sandboxed frame cannot name its parent's origin reliably. Nothing a
//! reader types or chooses is in them.
//!
//! Accepted from the parent: `{context: "iframe.resize", type: "measure"}`, which `public/embed.js` sends
//! when it starts (it may load after the frame first spoke). It is taken only from the parent window
//! itself (not a sibling frame, not a window the frame opened), from the parent page's origin — never
//! `"null"`, which any sandboxed document has — and only as a plain object with exactly those two short
//! string fields. Anything else is ignored without a word.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The context of the size messages and of the one request the explorer accepts.
const RESIZE_CONTEXT: &str = "iframe.resize";
/// What the parent sends to ask for the height again.
const MEASURE_REQUEST: &str = "measure";
/// A field of an accepted message longer than this is no message `embed.js` sends.
const MAX_FIELD_CHARS: u32 = 32;

/// Tells the parent page the height of `element` now and whenever it changes, and answers the parent's
/// request to tell it again. Lasts until the returned value is dropped.
pub struct HeightReporter {
    _observer: Option<ResizeWatch>,
    _listener: Option<EventListener>,
}

struct ResizeWatch {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for ResizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

impl HeightReporter {
    /// Starts reporting; does nothing in a page that is not in a frame.
    pub fn start(element: web_sys::Element) -> HeightReporter {
        let window = gloo::utils::window();
        let Some(parent) = parent_window(&window) else {
            return HeightReporter {
                _observer: None,
                _listener: None,
            };
        };
        // The address the frame was opened at, as the embedding page wrote it.
        let src = window.location().href().unwrap_or_default();
        let last_height = Rc::new(Cell::new(0u32));
        let report = {
            let parent = parent.clone();
            let element = element.clone();
            let last_height = Rc::clone(&last_height);
            move |always: bool| {
                let height = content_height(&element);
                if height == 0 || (!always && height == last_height.get()) {
                    return;
                }
                last_height.set(height);
                post_height(&parent, &src, height);
            }
        };
        let observer = {
            let report = report.clone();
            let callback = Closure::<dyn FnMut()>::new(move || report(false));
            web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref())
                .ok()
                .map(|observer| {
                    observer.observe(&element);
                    ResizeWatch {
                        observer,
                        _callback: callback,
                    }
                })
        };
        report(true);
        let listener = EventListener::new(&window, "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                return;
            };
            if is_request_from_parent(event, &parent) {
                report(true);
            }
        });
        HeightReporter {
            _observer: observer,
            _listener: Some(listener),
        }
    }
}

/// The page this one is framed in; `None` at the top.
fn parent_window(window: &web_sys::Window) -> Option<web_sys::Window> {
    let parent = window.parent().ok().flatten()?;
    let top_level = JsValue::from(parent.clone()) == JsValue::from(window.clone());
    (!top_level).then_some(parent)
}

/// The element's height in whole pixels, rounded up so the frame never cuts its last line.
fn content_height(element: &web_sys::Element) -> u32 {
    let height = element.get_bounding_client_rect().height().ceil();
    if height.is_finite() && height > 0.0 {
        height.min(f64::from(u32::MAX)) as u32
    } else {
        0
    }
}

fn post_height(parent: &web_sys::Window, src: &str, height: u32) {
    let message = Object::new();
    set(&message, "src", &src.into());
    set(&message, "context", &RESIZE_CONTEXT.into());
    set(&message, "height", &height.into());
    let _ = parent.post_message(&message, "*");
    let amp = Object::new();
    set(&amp, "sentinel", &"amp".into());
    set(&amp, "type", &"embed-size".into());
    set(&amp, "height", &height.into());
    let _ = parent.post_message(&amp, "*");
}

fn set(object: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(object, &key.into(), value);
}

/// Whether `event` is the parent page asking for the height: from the parent window itself, from the
/// embedding page's origin, and exactly the request's shape.
fn is_request_from_parent(event: &web_sys::MessageEvent, parent: &web_sys::Window) -> bool {
    let from_parent = event
        .source()
        .is_some_and(|source| JsValue::from(source) == JsValue::from(parent.clone()));
    from_parent && origin_is_parent_page(&event.origin()) && is_measure_request(&event.data())
}

/// Whether `origin` is the embedding page's: the browser's own record of it where it keeps one
/// (`location.ancestorOrigins`), else the page that opened the frame (`document.referrer`). A sandboxed
/// document's `"null"` matches nothing, and with neither record nothing is accepted.
fn origin_is_parent_page(origin: &str) -> bool {
    if origin == "null" || origin.is_empty() {
        return false;
    }
    let window = gloo::utils::window();
    let ancestors = Reflect::get(&window.location(), &"ancestorOrigins".into())
        .ok()
        .and_then(|list| list.dyn_into::<web_sys::DomStringList>().ok());
    if let Some(ancestors) = ancestors {
        return ancestors.item(0).is_some_and(|parent| parent == origin);
    }
    let referrer = gloo::utils::document().referrer();
    web_sys::Url::new(&referrer).is_ok_and(|url| url.origin() == origin)
}

/// Whether `data` is `{context: "iframe.resize", type: "measure"}` and nothing more: a plain object (not
/// an array, string or anything with a prototype of its own), two fields, each a short string.
fn is_measure_request(data: &JsValue) -> bool {
    let Some(object) = data.dyn_ref::<Object>() else {
        return false;
    };
    let plain = Object::get_prototype_of(object) == Object::get_prototype_of(&Object::new());
    if !plain || Object::keys(object).length() != 2 {
        return false;
    }
    let field = |key: &str| {
        Reflect::get(object, &key.into())
            .ok()
            .and_then(|value| value.dyn_into::<js_sys::JsString>().ok())
            .filter(|value| value.length() <= MAX_FIELD_CHARS)
            .map(String::from)
    };
    field("context").as_deref() == Some(RESIZE_CONTEXT)
        && field("type").as_deref() == Some(MEASURE_REQUEST)
}
