//! The filters beside the results: each facet's values with the count choosing them would give, as
//! checkboxes, and publication dates as a range with a histogram by month. Choices go to the address bar.

use std::sync::Arc;

use leptos::prelude::*;
use rustc_hash::FxHashMap;

use super::search_panel::Found;
use crate::corpus::{CalendarDate, PublishedDate};
use crate::search::FacetKind;
use crate::ui::app::{LocationContext, SearchData};
use crate::ui::format::grouped;

/// Values shown per facet before "Show all".
const SHOWN_VALUES: usize = 8;

/// One value in a facet's list, as shown.
#[derive(Clone, Debug, PartialEq)]
struct FacetRow {
    key: String,
    label: String,
    count: u32,
    chosen: bool,
}

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
            // The rows shown, as plain data: a memo, so that a keystroke that leaves a facet's counts as
            // they were (the next letter of a word often does) changes nothing on the page.
            let rows = Memo::new(move |_| {
                let facet = data.facets.facet(kind);
                let chosen_keys = chosen.with(|chosen| chosen.get(&kind).cloned().unwrap_or_default());
                let limit = if show_all.get() { usize::MAX } else { SHOWN_VALUES.max(chosen_keys.len()) };
                // Only the values shown are copied: a facet can have thousands (every speaker).
                let (mut rows, total): (Vec<FacetRow>, usize) = found.with(|found| {
                    let counted = &found.0.faceted.counts[kind as usize];
                    let rows = counted
                        .iter()
                        .take(limit)
                        .map(|&(id, count)| {
                            let value = &facet.values[id as usize];
                            FacetRow {
                                chosen: chosen_keys.contains(&value.key),
                                key: value.key.clone(),
                                label: value.label.clone(),
                                count,
                            }
                        })
                        .collect();
                    (rows, counted.len())
                });
                // Chosen values stay listed, with the count they give, even when it is zero or ranked
                // past the ones shown.
                let mut total = total;
                for key in &chosen_keys {
                    if !rows.iter().any(|row| row.key == *key) {
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
                        rows.push(FacetRow { key: key.clone(), label, count: counted.unwrap_or(0), chosen: true });
                    }
                }
                (rows, total)
            });
            let toggle = move |key: &str| {
                let mut state = location.parsed().0;
                let values = state.facets.entry(kind).or_default();
                if let Some(at) = values.iter().position(|value| value == key) {
                    values.remove(at);
                } else {
                    values.push(key.to_owned());
                }
                state.facets.retain(|_, values| !values.is_empty());
                state.document = None;
                state.quote = None;
                location.navigate(&state);
            };
            let total = move || rows.with(|(_, total)| *total);
            let more = move || (total() > SHOWN_VALUES).then(|| view! {
                <button type="button" class="facet__more" on:click=move |_| set_show_all.update(|all| *all = !*all)>
                    {move || if show_all.get() { "Show fewer".to_owned() } else { format!("Show all {}", total()) }}
                </button>
            });
            // Each row's count and check, by key: a row is built once and then only its count and check
            // change, so a checkbox keeps keyboard focus when it is toggled (a facet's own counts do not
            // change with its own choices, so the row does not move either).
            let shown_by_key = Memo::new(move |_| {
                rows.with(|(rows, _)| {
                    rows.iter()
                        .map(|row| (row.key.clone(), (row.count, row.chosen)))
                        .collect::<FxHashMap<String, (u32, bool)>>()
                })
            });
            let rows = view! {
                <ul class="facet__values">
                    <For
                        each=move || rows.with(|(rows, _)| rows.clone())
                        key=|row| row.key.clone()
                        let:row
                    >
                        {
                            let key = row.key.clone();
                            let shown = Memo::new(move |_| shown_by_key.with(|shown| shown.get(&key).copied().unwrap_or((0, false))));
                            let key = row.key.clone();
                            view! {
                                <li class="facet__value" class:facet__value--empty=move || shown.get().0 == 0>
                                    <label>
                                        <input
                                            type="checkbox"
                                            prop:checked=move || shown.get().1
                                            on:change=move |_| toggle(&key)
                                        />
                                        <span class="facet__label">{row.label}</span>
                                        <span class="facet__count">{move || grouped(shown.get().0 as usize)}</span>
                                    </label>
                                </li>
                            }
                        }
                    </For>
                </ul>
                {more}
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
    // A bar per month with results, keyed by month: typing changes the bars' heights and counts, and
    // only months that gain or lose every result are added or removed.
    let months = Memo::new(move |_| found.with(|found| found.0.faceted.months.clone()));
    let highest = Memo::new(move |_| {
        months.with(|months| {
            months
                .iter()
                .map(|month| month.count)
                .max()
                .unwrap_or(1)
                .max(1)
        })
    });
    let bars = view! {
        <For each=move || months.get() key=|month| (month.year, month.month) let:month>
            {
                let (year, number) = (month.year, month.month);
                let count = Memo::new(move |_| {
                    months.with(|months| {
                        months
                            .iter()
                            .find(|month| (month.year, month.month) == (year, number))
                            .map_or(0, |month| month.count)
                    })
                });
                let label = format!("{} {}", month_name(number), year);
                let choose = move |_| {
                    let mut state = location.parsed().0;
                    state.from = CalendarDate::new(year, number, 1);
                    state.to = (28..=31)
                        .rev()
                        .find_map(|day| CalendarDate::new(year, number, day));
                    location.navigate(&state);
                };
                let title = {
                    let label = label.clone();
                    move || format!("{label}: {}", count.get())
                };
                view! {
                    <li>
                        <button
                            type="button"
                            class="histogram__bar"
                            title=title
                            aria-label=move || format!("{label}: {} results; show only this month", count.get())
                            on:click=choose
                        >
                            <span style:height=move || format!("{}%", 8 + 92 * count.get() / highest.get())></span>
                        </button>
                    </li>
                }
            }
        </For>
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
