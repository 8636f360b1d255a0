//! A link to another view of the explorer: a real `<a href>` (so it can be opened in a new tab, copied or
//! bookmarked) that changes the view in place on a plain click.

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::ui::app::LocationContext;
use crate::ui::view_state::ViewState;

#[component]
pub fn ViewLink(
    state: ViewState,
    #[prop(optional, into)] class: Option<String>,
    #[prop(optional)] current: Option<Signal<bool>>,
    children: Children,
) -> impl IntoView {
    let LocationContext(location) = expect_context();
    let href = location.href(&state);
    let on_click = move |event: MouseEvent| {
        let wants_new_context = event.button() != 0
            || event.ctrl_key()
            || event.meta_key()
            || event.shift_key()
            || event.alt_key();
        if wants_new_context {
            return;
        }
        event.prevent_default();
        location.navigate(&state);
        gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
    };
    view! {
        <a
            href=href
            class=class
            aria-current=move || current.is_some_and(|current| current.get()).then_some("page")
            on:click=on_click
        >
            {children()}
        </a>
    }
}
