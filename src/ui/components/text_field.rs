//! A labelled one-line text field bound to a signal, as the dialogs lay their fields out.

use leptos::prelude::*;

#[component]
pub fn TextField(
    /// What the field is, shown above it and read out with it.
    label: &'static str,
    /// The most characters it takes.
    max_length: u32,
    value: ReadSignal<String>,
    set_value: WriteSignal<String>,
    /// Also `dialog__field--wide`: the field spans the dialog's row.
    #[prop(optional)]
    wide: bool,
) -> impl IntoView {
    view! {
        <label class="dialog__field" class:dialog__field--wide=wide>
            <span>{label}</span>
            <input
                type="text"
                maxlength=max_length
                prop:value=move || value.get()
                on:input=move |event| set_value.set(event_target_value(&event))
            />
        </label>
    }
}
