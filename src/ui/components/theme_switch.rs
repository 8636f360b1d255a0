//! The colour scheme: the system's (the default), light or dark, chosen by the reader and kept on this
//! device.

use leptos::prelude::*;

use crate::ui::preference;

/// Where the choice is kept.
const KEY: &str = "quoteline-theme";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Theme {
    System,
    Light,
    Dark,
}

impl Theme {
    const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    fn key(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Theme::System => "System",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }

    fn from_key(key: &str) -> Theme {
        Theme::ALL
            .into_iter()
            .find(|theme| theme.key() == key)
            .unwrap_or(Theme::System)
    }

    /// Shows the page in this scheme: the root element's `data-theme`, which the stylesheet reads.
    fn apply(self) {
        let Some(root) = gloo::utils::document().document_element() else {
            return;
        };
        let _ = match self {
            Theme::System => root.remove_attribute("data-theme"),
            theme => root.set_attribute("data-theme", theme.key()),
        };
        // What the stylesheet cannot reach (the timeline's canvas) repaints on this.
        if let Ok(event) = web_sys::Event::new("quoteline-theme") {
            let _ = gloo::utils::window().dispatch_event(&event);
        }
    }
}

#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let kept = preference::read(KEY).map_or(Theme::System, |key| Theme::from_key(&key));
    kept.apply();
    let (theme, set_theme) = signal(kept);
    let choose = move |event: leptos::ev::Event| {
        let chosen = Theme::from_key(&event_target_value(&event));
        chosen.apply();
        preference::write(KEY, (chosen != Theme::System).then_some(chosen.key()));
        set_theme.set(chosen);
    };
    view! {
        <label class="theme-switch">
            <span>"Colours"</span>
            <select on:change=choose prop:value=move || theme.get().key()>
                {Theme::ALL.into_iter().map(|theme| view! {
                    <option value=theme.key()>{theme.label()}</option>
                }).collect_view()}
            </select>
        </label>
    }
}
