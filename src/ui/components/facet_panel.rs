//! The filters beside the results: each facet's values with the count choosing them would give, as
//! checkboxes, and publication dates as a range with a histogram by month. Choices go to the address bar.

use std::sync::Arc;

use leptos::prelude::*;

use super::search_panel::Found;
use crate::corpus::{CalendarDate, PublishedDate};
use crate::search::FacetKind;
use crate::ui::app::{LocationContext, SearchData};
use crate::ui::format::grouped;

/// Values shown per facet before "Show all".
const SHOWN_VALUES: usize = 8;

#[component]
pub fn FacetPanel(data: Arc<SearchData>, found: Memo<Found>) -> impl IntoView {
    let LocationContext(location) = expect_context();
    let chosen = Memo::new(move |_| location.parsed().0.facets);
    let facets = FacetKind::ALL
        .into_iter()
        .filter(|&kind| !data.facets.facet(kind).values.is_empty())
        .map(|kind| {
            let data = Arc::clone(&data);
            let (show_all, set_show_all) = signal(false);
            let rows = move || {
                let facet = data.facets.facet(kind);
                let chosen_keys = chosen.with(|chosen| chosen.get(&kind).cloned().unwrap_or_default());
                let limit = if show_all.get() { usize::MAX } else { SHOWN_VALUES.max(chosen_keys.len()) };
                // Only the values shown are copied: a facet can have thousands (every speaker).
                let (mut rows, total): (Vec<(String, String, u32)>, usize) = found.with(|found| {
                    let counted = &found.0.faceted.counts[kind as usize];
                    let rows = counted
                        .iter()
                        .take(limit)
                        .map(|&(id, count)| {
                            let value = &facet.values[id as usize];
                            (value.key.clone(), value.label.clone(), count)
                        })
                        .collect();
                    (rows, counted.len())
                });
                // Chosen values stay listed, with the count they give, even when it is zero or ranked
                // past the ones shown.
                let mut total = total;
                for key in &chosen_keys {
                    if !rows.iter().any(|(row_key, _, _)| row_key == key) {
                        let counted = facet.find(key).and_then(|id| {
                            found.with(|found| {
                                found.0.faceted.counts[kind as usize]
                                    .iter()
                                    .find(|&&(counted, _)| counted == id)
                                    .map(|&(_, count)| count)
                            })
                        });
                        if counted.is_none() {
                            total += 1;
                        }
                        let label = facet
                            .find(key)
                            .map_or_else(|| key.clone(), |id| facet.values[id as usize].label.clone());
                        rows.push((key.clone(), label, counted.unwrap_or(0)));
                    }
                }
                let shown: Vec<_> = rows.into_iter().map(|(key, label, count)| {
                    let is_chosen = chosen_keys.contains(&key);
                    let toggle = {
                        let key = key.clone();
                        move |_| {
                            let mut state = location.parsed().0;
                            let values = state.facets.entry(kind).or_default();
                            if let Some(at) = values.iter().position(|value| *value == key) {
                                values.remove(at);
                            } else {
                                values.push(key.clone());
                            }
                            state.facets.retain(|_, values| !values.is_empty());
                            state.document = None;
                            state.quote = None;
                            location.navigate(&state);
                        }
                    };
                    view! {
                        <li class="facet__value" class:facet__value--empty=count == 0>
                            <label>
                                <input type="checkbox" prop:checked=is_chosen on:change=toggle />
                                <span class="facet__label">{label}</span>
                                <span class="facet__count">{grouped(count as usize)}</span>
                            </label>
                        </li>
                    }
                }).collect_view();
                let more = (total > SHOWN_VALUES).then(|| view! {
                    <button type="button" class="facet__more" on:click=move |_| set_show_all.update(|all| *all = !*all)>
                        {move || if show_all.get() { "Show fewer".to_owned() } else { format!("Show all {total}") }}
                    </button>
                });
                view! { <ul class="facet__values">{shown}</ul> {more} }
            };
            view! {
                <fieldset class="facet">
                    <legend class="facet__name">{kind.label()}</legend>
                    {rows}
                </fieldset>
            }
        })
        .collect_view();

    view! {
        <div class="facets">
            {facets}
            <DateFilter data=Arc::clone(&data) found=found />
        </div>
    }
}

/// Publication dates: from and to, and the months with results as bars that choose their month.
#[component]
fn DateFilter(data: Arc<SearchData>, found: Memo<Found>) -> impl IntoView {
    let LocationContext(location) = expect_context();
    let range = Memo::new(move |_| {
        let state = location.parsed().0;
        (state.from, state.to)
    });
    let span = data.facets.date_span();
    let set_date = move |which: &'static str, value: String| {
        let mut state = location.parsed().0;
        let date = match value.parse::<PublishedDate>() {
            Ok(PublishedDate::Day(date)) => Some(date),
            _ => None,
        };
        if which == "from" {
            state.from = date;
        } else {
            state.to = date;
        }
        location.navigate(&state);
    };
    let bars = move || {
        let months = found.with(|found| found.0.faceted.months.clone());
        let highest = months
            .iter()
            .map(|month| month.count)
            .max()
            .unwrap_or(1)
            .max(1);
        months
            .into_iter()
            .map(|month| {
                let label = format!("{} {}", month_name(month.month), month.year);
                let height = format!("height: {}%", 8 + 92 * month.count / highest);
                let choose = move |_| {
                    let mut state = location.parsed().0;
                    state.from = CalendarDate::new(month.year, month.month, 1);
                    state.to = (28..=31)
                        .rev()
                        .find_map(|day| CalendarDate::new(month.year, month.month, day));
                    location.navigate(&state);
                };
                view! {
                    <li>
                        <button
                            type="button"
                            class="histogram__bar"
                            title=format!("{label}: {}", month.count)
                            aria-label=format!("{label}: {} results; show only this month", month.count)
                            on:click=choose
                        >
                            <span style=height></span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let (earliest, latest) = span.map_or((String::new(), String::new()), |(earliest, latest)| {
        (earliest.to_string(), latest.to_string())
    });
    view! {
        <fieldset class="facet facet--dates">
            <legend class="facet__name">"Published"</legend>
            <div class="date-range">
                <label>
                    <span>"From"</span>
                    <input
                        type="date"
                        min=earliest.clone()
                        max=latest.clone()
                        prop:value=move || range.get().0.map(|date| date.to_string()).unwrap_or_default()
                        on:change=move |event| set_date("from", event_target_value(&event))
                    />
                </label>
                <label>
                    <span>"To"</span>
                    <input
                        type="date"
                        min=earliest
                        max=latest
                        prop:value=move || range.get().1.map(|date| date.to_string()).unwrap_or_default()
                        on:change=move |event| set_date("to", event_target_value(&event))
                    />
                </label>
            </div>
            <ol class="histogram" aria-label="Results by month">{bars}</ol>
            {move || {
                let undated = found.with(|found| found.0.faceted.undated);
                (undated > 0).then(|| view! { <p class="facet__note">{format!("{} without a date", grouped(undated as usize))}</p> })
            }}
        </fieldset>
    }
}

fn month_name(month: u8) -> &'static str {
    const NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    NAMES
        .get(usize::from(month).saturating_sub(1))
        .copied()
        .unwrap_or("")
}
