//! A link to another view of the explorer: a real `<a href>` (so it can be opened in a new tab, copied or
//! bookmarked) that changes the view in place on a plain click.
//!
//! The links carry no listener of their own: the explorer follows a click on any of them with one
//! listener ([`follow_view_link`]), reading the view back from the link's address. Result lists are rebuilt
//! on every keystroke, and a listener added and removed per link per keystroke was a measurable share of
//! the keystroke.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::app::LocationContext;
use crate::ui::location::Location;
use crate::ui::view_state::ViewState;

/// The attribute that marks a view link, for the explorer's one listener.
const MARKER: &str = "data-view-link";

#[component]
pub fn ViewLink(
    /// The view it opens: fixed, or following the current one (a result's link keeps the search as it
    /// is typed).
    #[prop(into)]
    state: Signal<ViewState>,
    #[prop(optional, into)] class: Option<String>,
    #[prop(optional)] current: Option<Signal<bool>>,
    children: Children,
) -> impl IntoView {
    let LocationContext(location) = expect_context();
    let href = move || state.with(|state| location.href(state));
    // Only a link that can be the current view watches for it.
    let current = current.map(|current| move || current.get().then_some("page"));
    view! {
        <a href=href class=class aria-current=current data-view-link="">
            {children()}
        </a>
    }
}

/// Follows a plain click on a [`ViewLink`] inside the element this listens on: the view changes in place
/// and the page scrolls to its top. A click with a modifier or another button is left to the browser
/// (a new tab or window).
pub fn follow_view_link(location: Location) -> impl Fn(MouseEvent) + 'static {
    move |event: MouseEvent| {
        let wants_new_context = event.button() != 0
            || event.ctrl_key()
            || event.meta_key()
            || event.shift_key()
            || event.alt_key();
        if wants_new_context || event.default_prevented() {
            return;
        }
        let link = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest(&format!("a[{MARKER}]")).ok().flatten());
        let Some(href) = link.and_then(|link| link.get_attribute("href")) else {
            return;
        };
        event.prevent_default();
        location.navigate(&ViewState::parse(&href).0);
        gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}
