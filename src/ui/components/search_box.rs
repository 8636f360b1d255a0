//! The search box: what is typed goes to the address bar as it is typed (replacing the history entry,
//! so Back leaves the search rather than stepping through its letters).

use leptos::prelude::*;

use crate::ui::app::LocationContext;

#[component]
pub fn SearchBox() -> impl IntoView {
    let LocationContext(location) = expect_context();
    let query = Memo::new(move |_| location.parsed().0.query);
    let on_input = move |event: leptos::ev::Event| {
        let mut state = location.parsed().0;
        state.query = event_target_value(&event);
        state.document = None;
        state.quote = None;
        location.replace(&state);
    };
    view! {
        <form class="search-box" role="search" on:submit=|event| event.prevent_default()>
            <label class="search-box__label" for="search-input">"Search quotes, speakers and documents"</label>
            <input
                id="search-input"
                class="search-box__input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                // Any corpus's: an example from one corpus would be nonsense over another.
                placeholder="A word, a name or “a phrase”"
                aria-describedby="search-help"
                prop:value=move || query.get()
                on:input=on_input
            />
            <p class="search-box__help" id="search-help">
                "Words match their other forms and small typos; put a phrase in quotation marks; start a word with − to leave it out."
            </p>
        </form>
    }
}
