//! Text with stretches marked: text nodes and `<mark>` nodes, never HTML built from strings.

use std::ops::Range;

use leptos::prelude::*;

/// `text` with each of `ranges` (byte ranges into it, in order, not overlapping) in a `<mark>`.
#[component]
pub fn MarkedText(text: String, ranges: Vec<Range<usize>>) -> impl IntoView {
    let mut pieces = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut at = 0;
    for range in ranges {
        let (Some(before), Some(marked)) = (text.get(at..range.start), text.get(range.clone()))
        else {
            continue;
        };
        if !before.is_empty() {
            pieces.push(before.to_owned().into_any());
        }
        pieces.push(view! { <mark class="match">{marked.to_owned()}</mark> }.into_any());
        at = range.end;
    }
    if let Some(rest) = text.get(at..) {
        pieces.push(rest.to_owned().into_any());
    }
    pieces
}
