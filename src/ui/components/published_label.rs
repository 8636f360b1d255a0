//! A publication date shown at exactly the precision that is known.

use leptos::prelude::*;

use crate::corpus::{DatePrecision, PublishedDate};

#[component]
pub fn PublishedLabel(date: Option<PublishedDate>) -> impl IntoView {
    let Some(date) = date else {
        return view! { <span class="date date--unknown">"Date unknown"</span> }.into_any();
    };
    // `datetime` has no form for "some day in this range", so a range gives its span in words instead.
    let (machine_date, spelled_out) = match date.precision() {
        DatePrecision::Range => (
            None,
            Some(format!(
                "Published on one day between {} and {}",
                date.earliest().label(),
                date.latest().label()
            )),
        ),
        _ => (Some(date.to_string()), None),
    };
    view! {
        <span class="date">
            <time datetime=machine_date title=spelled_out>{date.label()}</time>
            {date.precision_note().map(|note| view! { <span class="date__precision">{note}</span> })}
        </span>
    }
    .into_any()
}
