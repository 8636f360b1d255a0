//! The timeline view: the documents, quotes and context events a search keeps, on a time axis in lanes
//! by organisation or by speaker. Zoom with the buttons, Ctrl and the wheel, or a pinch; pan by dragging,
//! a sideways scroll or the keys; drag along the dates to filter by them; step between items with the
//! arrow keys and open one with Enter or a click.
//!
//! The address holds what a link should reproduce (lanes, the days shown, the date filter); a gesture in
//! progress lives in a signal and is written to the address when it ends, so that a pan does not re-run
//! anything that reads the address on every frame.

use std::ops::Range;
use std::sync::Arc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::timeline_canvas::{paint, Drawn, Geometry, Palette, Scene, AXIS_HEIGHT};
use super::timeline_list::{ItemSummary, TimelineList};
use super::ViewLink;
use crate::corpus::PublishedDate;
use crate::search::{kept_entries, parse_query, EntryKind};
use crate::timeline::{
    date_of, day_of, DaySpan, ItemTarget, LaneBy, Move, Pick, Timeline, Viewport,
};
use crate::ui::app::{CorpusContext, LocationContext, SearchContext};
use crate::ui::format::grouped;
use crate::ui::timing::measured;

/// How far a pointer may be from a mark and still pick it: a finger is wider than a mark.
const MOUSE_REACH: f64 = 5.0;
const TOUCH_REACH: f64 = 14.0;
/// A press that moves less than this is a click, not a drag.
const CLICK_SLOP: f64 = 4.0;
/// Zoom per button press or key press, and per 100 pixels of wheel.
const ZOOM_STEP: f64 = 1.6;
const WHEEL_ZOOM_PER_100PX: f64 = 1.25;
/// A key pan moves a fifth of the view.
const KEY_PAN: f64 = 0.2;
/// A wheel gesture is written to the address once the wheel has been still this long.
const WHEEL_SETTLE_MS: u32 = 300;
/// How long the hint that a plain wheel scrolls the page stays up.
const HINT_MS: u32 = 1800;
/// Each frame's measure is kept for the browser benchmark; past this many they are cleared, so that a
/// long session does not accumulate them.
const MEASURES_KEPT: u32 = 10_000;
const FRAME_MEASURE: &str = "quoteline:timeline-frame";
/// The items a clicked cluster lists; the rest are in the list of months.
const LISTED_MOST: usize = 30;

/// A timeline, compared by identity: a new search makes a new one.
#[derive(Clone)]
struct Built(Arc<Timeline>);

impl PartialEq for Built {
    fn eq(&self, other: &Built) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// A press on the plot, from down to up.
#[derive(Clone, Debug)]
enum Gesture {
    /// Dragging the view; from the viewport at the press.
    Pan {
        start_x: f64,
        start_y: f64,
        from: Viewport,
        moved: bool,
    },
    /// Dragging along the axis: a date range.
    Brush { start_x: f64, moved: bool },
    /// Two fingers: the distance between them at the start.
    Pinch { distance: f64, from: Viewport },
}

/// The pointers down on the plot, by id, with where they are.
#[derive(Clone, Debug, Default)]
struct Pointers(Vec<(i32, f64, f64)>);

impl Pointers {
    fn set(&mut self, id: i32, x: f64, y: f64) {
        match self.0.iter_mut().find(|(pointer, _, _)| *pointer == id) {
            Some(entry) => *entry = (id, x, y),
            None => self.0.push((id, x, y)),
        }
    }

    fn remove(&mut self, id: i32) {
        self.0.retain(|(pointer, _, _)| *pointer != id);
    }

    /// The distance between the first two, and the x between them.
    fn spread(&self) -> Option<(f64, f64)> {
        let [(_, x1, y1), (_, x2, y2), ..] = self.0.as_slice() else {
            return None;
        };
        Some((
            ((x2 - x1).powi(2) + (y2 - y1).powi(2)).sqrt(),
            (x1 + x2) / 2.0,
        ))
    }
}

/// What the pointer is over, for the tooltip.
#[derive(Clone, Debug, PartialEq)]
struct Hover {
    x: f64,
    y: f64,
    text: String,
}

#[component]
pub fn TimelineView() -> impl IntoView {
    let LocationContext(location) = expect_context();
    let CorpusContext(corpus) = expect_context();
    let search = expect_context::<SearchContext>();
    let data = search.get();
    let analysis = search.analysis();
    let catalogue = search.catalogue();
    let state = Memo::new(move |_| location.parsed().0);

    // What the timeline's items depend on: the search, the facet values and the lanes; not the dates
    // chosen (drawn over the items) nor the days shown.
    let scope = Memo::new(move |_| {
        state.with(|state| (state.query.clone(), state.facets.clone(), state.lanes))
    });
    let built = Memo::new({
        let analysis = Arc::clone(&analysis);
        move |_| {
            scope.with(|(query, facets, lanes)| {
                let chosen = facets.iter().map(|(kind, keys)| (*kind, keys.as_slice()));
                let (selection, _) = data.facets.select(chosen, None, None);
                let timeline = measured("quoteline:timeline-build", || {
                    let entries =
                        kept_entries(&data.index, &data.facets, &parse_query(query), &selection);
                    let (mut documents, mut quotes) = (Vec::new(), Vec::new());
                    for entry in entries {
                        match entry {
                            EntryKind::Document { document } => documents.push(document),
                            EntryKind::Quote { quote, .. } => quotes.push(quote),
                        }
                    }
                    Timeline::build(&catalogue, &analysis, *lanes, documents, quotes)
                });
                Built(Arc::new(timeline))
            })
        }
    });
    let timeline = Signal::derive(move || built.with(|built| Arc::clone(&built.0)));
    let span = Memo::new(move |_| built.with(|built| built.0.span()));

    // The plot's size, as laid out; the lanes' scroll.
    let plot_ref = NodeRef::<leptos::html::Div>::new();
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let palette_ref = NodeRef::<leptos::html::Div>::new();
    let (size, set_size) = signal((0.0f64, 0.0f64));
    let (scroll_top, set_scroll_top) = signal(0.0f64);
    let geometry = move || Geometry::for_width(size.get().0);
    let geometry_now = move || Geometry::for_width(size.get_untracked().0);
    let plot_width = move || geometry().plot_width;

    // The view while a gesture moves it; `None` follows the address.
    let (live, set_live) = signal(None::<Viewport>);
    let viewport = Memo::new(move |_| {
        let span = span.get()?;
        let width = plot_width();
        Some(match live.get() {
            Some(viewport) => viewport.resized(width, span),
            None => match state.with(|state| state.zoom) {
                Some((first, last)) => showing(first, last, width, span),
                None => Viewport::fit(span, width),
            },
        })
    });

    let (selected, set_selected) = signal(None::<ItemTarget>);
    let selected_index = Memo::new(move |_| {
        let target = selected.get()?;
        built.with(|built| built.0.find(target))
    });
    let (brushing, set_brushing) = signal(None::<(f64, f64)>);
    let (listed, set_listed) = signal(None::<Listed>);
    let (hover, set_hover) = signal(None::<Hover>);
    let (hint, set_hint) = signal(false);
    let (repaint, set_repaint) = signal(0u32);
    let chosen_days = Memo::new(move |_| {
        state.with(|state| match (state.from, state.to) {
            (None, None) => None,
            (from, to) => {
                let first = from.map_or(0, day_of);
                let last = to.map_or(crate::timeline::LAST_DAY, day_of);
                Some((first.min(last), first.max(last)))
            }
        })
    });

    // Painting: each change asks for a frame, and a frame paints whatever is current then.
    let drawn = StoredValue::new_local(Drawn::default());
    // The colours, read from the stylesheet when first painted and again when the scheme changes (not
    // on every frame: each read asks the browser for eleven computed styles).
    let palette = StoredValue::new_local(None::<(u32, Arc<Palette>)>);
    let frame_asked = StoredValue::new(false);
    let frames = StoredValue::new(0u32);
    let paint_now = move || {
        // A frame asked for just before the view closed comes after it is gone.
        if frame_asked.is_disposed() {
            return;
        }
        frame_asked.set_value(false);
        let (Some(canvas), Some(probe)) = (canvas_ref.get_untracked(), palette_ref.get_untracked())
        else {
            return;
        };
        let Some(viewport) = viewport.get_untracked() else {
            return;
        };
        let (width, height) = size.get_untracked();
        if width <= 0.0 || height <= 0.0 {
            return;
        }
        let timeline = timeline.get_untracked();
        let scheme = repaint.get_untracked();
        let palette = match palette.get_value() {
            Some((read_for, colours)) if read_for == scheme => colours,
            _ => {
                let colours = Arc::new(Palette::read(&probe, &canvas));
                palette.set_value(Some((scheme, Arc::clone(&colours))));
                colours
            }
        };
        let scene = Scene {
            timeline: &timeline,
            viewport,
            width,
            height,
            geometry: Geometry::for_width(width),
            scroll_top: scroll_top.get_untracked(),
            selected: selected_index.get_untracked(),
            brushing: brushing.get_untracked(),
            chosen_days: chosen_days.get_untracked(),
        };
        let frame = measured(FRAME_MEASURE, || paint(&canvas, &scene, &palette));
        drawn.set_value(frame);
        frames.update_value(|count| *count += 1);
        if frames.get_value().is_multiple_of(MEASURES_KEPT) {
            if let Some(performance) = gloo::utils::window().performance() {
                performance.clear_measures_with_measure_name(FRAME_MEASURE);
                performance.clear_marks_with_mark_name(&format!("{FRAME_MEASURE}:start"));
            }
        }
    };
    Effect::new(move |_| {
        // Everything a frame shows, read here so that a change asks for a frame.
        viewport.track();
        size.track();
        scroll_top.track();
        selected_index.track();
        brushing.track();
        chosen_days.track();
        repaint.track();
        built.track();
        if frame_asked.get_value() {
            return;
        }
        frame_asked.set_value(true);
        let frame = Closure::once_into_js(paint_now);
        if gloo::utils::window()
            .request_animation_frame(frame.unchecked_ref())
            .is_err()
        {
            frame_asked.set_value(false);
        }
    });

    // The plot's size follows its box; the canvas follows the colour scheme.
    Effect::new(move |_| {
        let Some(plot) = plot_ref.get() else {
            return;
        };
        let measure = move |plot: &web_sys::Element| {
            set_size.set((
                f64::from(plot.client_width()),
                f64::from(plot.client_height()),
            ));
        };
        measure(&plot);
        let observed = plot.clone();
        let on_resize = Closure::<dyn FnMut()>::new(move || measure(&observed));
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&plot);
            let kept = SendWrapper::new((observer, on_resize));
            on_cleanup(move || kept.0.disconnect());
        }
    });
    let scheme_listeners = {
        let window = gloo::utils::window();
        let theme = EventListener::new(&window, "quoteline-theme", move |_| {
            set_repaint.update(|count| *count += 1);
        });
        let system = window
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .map(|query| {
                EventListener::new(&query, "change", move |_| {
                    set_repaint.update(|count| *count += 1);
                })
            });
        SendWrapper::new((theme, system))
    };
    on_cleanup(move || drop(scheme_listeners));

    // Writing the view to the address: the days shown, and what the gesture chose.
    let commit = move |viewport: Viewport| {
        let Some(span) = span.get_untracked() else {
            return;
        };
        let mut next = state.get_untracked();
        next.zoom = zoom_of(&viewport, span);
        location.replace(&next);
    };
    // The view as it is now, the days shown included: what an item is opened from, so Back returns here.
    let as_shown = move || {
        let mut shown = state.get_untracked();
        if let (Some(viewport), Some(span)) = (viewport.get_untracked(), span.get_untracked()) {
            shown.zoom = zoom_of(&viewport, span);
        }
        shown
    };
    let zoom_by = move |factor: f64, anchor_x: Option<f64>| {
        let (Some(current), Some(span)) = (viewport.get_untracked(), span.get_untracked()) else {
            return;
        };
        let next = current.zoomed(factor, anchor_x.unwrap_or(current.width / 2.0), span);
        set_live.set(Some(next));
        commit(next);
    };
    let fit = move || {
        set_live.set(None);
        let mut next = state.get_untracked();
        next.zoom = None;
        location.replace(&next);
    };

    // Opening an item: a document or quote in the reader, with this view behind it for Back.
    let corpus_for_open = Arc::clone(&corpus);
    let analysis_for_open = Arc::clone(&analysis);
    let open = move |target: ItemTarget| {
        let Some(summary) = ItemSummary::of(target, &corpus_for_open, &analysis_for_open) else {
            return;
        };
        let from = as_shown();
        if let Some(next) = summary.opening(&from) {
            location.replace(&from);
            location.navigate(&next);
        }
    };

    // Selecting: the item comes into view, across and down.
    let select = move |index: u32| {
        let (item, lane) = built.with_untracked(|built| {
            let item = built.0.item(index).copied();
            (item, item.map(|item| item.lane as usize))
        });
        let Some(item) = item else {
            return;
        };
        set_selected.set(Some(item.target));
        if let (Some(current), Some(span)) = (viewport.get_untracked(), span.get_untracked()) {
            let next = current.revealing(item.days(), span);
            if next != current {
                set_live.set(Some(next));
                commit(next);
            }
        }
        if let (Some(plot), Some(lane)) = (plot_ref.get_untracked(), lane) {
            let row = geometry_now().row_height;
            let top = lane as f64 * row;
            let visible = f64::from(plot.client_height()) - AXIS_HEIGHT;
            let scrolled = f64::from(plot.scroll_top());
            if top < scrolled {
                plot.set_scroll_top(top as i32);
            } else if top + row > scrolled + visible {
                plot.set_scroll_top((top + row - visible).ceil() as i32);
            }
        }
    };

    // What is under a point of the canvas.
    let timeline_day_of = move |index: u32| {
        built.with_untracked(|built| built.0.item(index).map(|item| item.first_day))
    };
    let pick_at = move |x: f64, y: f64, reach: f64| {
        drawn.with_value(|drawn| {
            let layout = drawn.lane_at(y)?;
            let plot_x = x - drawn.geometry?.plot_left;
            if plot_x < -reach {
                return None;
            }
            match layout.pick(plot_x, reach)? {
                Pick::Item(item) => Some(Picked::Item(item)),
                Pick::Cluster(index) => {
                    let cluster = layout.clusters.get(index)?;
                    Some(Picked::Cluster {
                        items: cluster.items.clone(),
                        one_day: timeline_day_of(cluster.items.start)
                            == timeline_day_of(cluster.items.end - 1),
                        days: DaySpan {
                            first: cluster.first_day,
                            last: cluster.last_day,
                        },
                        count: cluster.count,
                    })
                }
            }
        })
    };
    let corpus_for_hover = Arc::clone(&corpus);
    let analysis_for_hover = Arc::clone(&analysis);
    let describe = move |picked: &Picked| match *picked {
        Picked::Item(index) => {
            let target =
                built.with_untracked(|built| built.0.item(index).map(|item| item.target))?;
            ItemSummary::of(target, &corpus_for_hover, &analysis_for_hover)
                .map(|summary| summary.sentence())
        }
        Picked::Cluster {
            days,
            count,
            one_day,
            ..
        } => Some(format!(
            "{} items, {} — click to {}",
            grouped(count as usize),
            days_label(days),
            if one_day { "list them" } else { "zoom in" }
        )),
    };

    let pointers = StoredValue::new(Pointers::default());
    let gesture = StoredValue::new(None::<Gesture>);
    let canvas_point = move |event: &web_sys::MouseEvent| {
        let Some(canvas) = canvas_ref.get_untracked() else {
            return (0.0, 0.0);
        };
        let rect = canvas.get_bounding_client_rect();
        (
            f64::from(event.client_x()) - rect.left(),
            f64::from(event.client_y()) - rect.top(),
        )
    };

    let on_pointer_down = move |event: web_sys::PointerEvent| {
        if event.pointer_type() == "mouse" && event.button() != 0 {
            return;
        }
        let (x, y) = canvas_point(&event);
        pointers.update_value(|pointers| pointers.set(event.pointer_id(), x, y));
        if let Some(canvas) = canvas_ref.get_untracked() {
            let _ = canvas.set_pointer_capture(event.pointer_id());
        }
        let Some(current) = viewport.get_untracked() else {
            return;
        };
        let next = match pointers.with_value(Pointers::spread) {
            Some((distance, _)) => Gesture::Pinch {
                distance: distance.max(1.0),
                from: current,
            },
            None if y < AXIS_HEIGHT || event.shift_key() => Gesture::Brush {
                start_x: x - geometry_now().plot_left,
                moved: false,
            },
            None => Gesture::Pan {
                start_x: x,
                start_y: y,
                from: current,
                moved: false,
            },
        };
        gesture.set_value(Some(next));
        set_hover.set(None);
        set_listed.set(None);
    };
    let on_pointer_move = move |event: web_sys::PointerEvent| {
        let (x, y) = canvas_point(&event);
        let Some(span) = span.get_untracked() else {
            return;
        };
        pointers.update_value(|pointers| {
            if pointers
                .0
                .iter()
                .any(|(id, _, _)| *id == event.pointer_id())
            {
                pointers.set(event.pointer_id(), x, y);
            }
        });
        let plot_x = x - geometry_now().plot_left;
        match gesture.get_value() {
            None => {
                let reach = if event.pointer_type() == "mouse" {
                    MOUSE_REACH
                } else {
                    TOUCH_REACH
                };
                let next = pick_at(x, y, reach)
                    .and_then(|picked| describe(&picked))
                    .map(|text| Hover { x, y, text });
                if hover.with_untracked(|hover| *hover != next) {
                    set_hover.set(next);
                }
            }
            Some(Gesture::Pan {
                start_x,
                start_y,
                from,
                moved,
            }) => {
                let far = (x - start_x).abs().max((y - start_y).abs()) > CLICK_SLOP;
                if moved || far {
                    gesture.set_value(Some(Gesture::Pan {
                        start_x,
                        start_y,
                        from,
                        moved: true,
                    }));
                    set_live.set(Some(from.panned(x - start_x, span)));
                }
            }
            Some(Gesture::Brush { start_x, moved }) => {
                if moved || (plot_x - start_x).abs() > CLICK_SLOP {
                    gesture.set_value(Some(Gesture::Brush {
                        start_x,
                        moved: true,
                    }));
                    let width = plot_width();
                    set_brushing.set(Some((start_x.clamp(0.0, width), plot_x.clamp(0.0, width))));
                }
            }
            Some(Gesture::Pinch { distance, from }) => {
                if let Some((now, middle)) = pointers.with_value(Pointers::spread) {
                    let anchor = middle - geometry_now().plot_left;
                    set_live.set(Some(from.zoomed(now / distance, anchor, span)));
                }
            }
        }
    };
    let open_for_click = open.clone();
    let on_pointer_up = move |event: web_sys::PointerEvent| {
        let (x, y) = canvas_point(&event);
        pointers.update_value(|pointers| pointers.remove(event.pointer_id()));
        let Some(ended) = gesture.get_value() else {
            return;
        };
        // A pinch ends when its last finger lifts; a lifted second finger leaves nothing to pan with.
        if matches!(ended, Gesture::Pinch { .. }) && pointers.with_value(|p| !p.0.is_empty()) {
            return;
        }
        gesture.set_value(None);
        let Some(span) = span.get_untracked() else {
            return;
        };
        match ended {
            Gesture::Pan { moved: true, .. } | Gesture::Pinch { .. } => {
                if let Some(current) = viewport.get_untracked() {
                    commit(current);
                }
            }
            Gesture::Brush {
                start_x,
                moved: true,
            } => {
                set_brushing.set(None);
                let Some(current) = viewport.get_untracked() else {
                    return;
                };
                let plot_x = x - geometry_now().plot_left;
                let (from, to) = current.brushed(start_x, plot_x, span);
                let mut next = state.get_untracked();
                next.from = Some(from);
                next.to = Some(to);
                next.zoom = zoom_of(&current, span);
                location.navigate(&next);
            }
            Gesture::Pan { moved: false, .. } | Gesture::Brush { moved: false, .. } => {
                let reach = if event.pointer_type() == "mouse" {
                    MOUSE_REACH
                } else {
                    TOUCH_REACH
                };
                match pick_at(x, y, reach) {
                    Some(Picked::Item(index)) => {
                        let target = built
                            .with_untracked(|built| built.0.item(index).map(|item| item.target));
                        if let Some(target) = target {
                            set_selected.set(Some(target));
                            if !matches!(target, ItemTarget::Event(_)) {
                                open_for_click(target);
                            }
                        }
                    }
                    // Items of one day never part, however close the zoom: those are listed instead.
                    Some(Picked::Cluster {
                        items,
                        one_day: true,
                        ..
                    }) => set_listed.set(Some(Listed { x, y, items })),
                    Some(Picked::Cluster { days, .. }) => {
                        let width = plot_width();
                        let next = Viewport::fit(days, width).resized(width, span);
                        set_live.set(Some(next));
                        commit(next);
                    }
                    None => set_selected.set(None),
                }
            }
        }
    };
    let on_pointer_cancel = move |event: web_sys::PointerEvent| {
        pointers.update_value(|pointers| pointers.remove(event.pointer_id()));
        if pointers.with_value(|pointers| pointers.0.is_empty()) {
            gesture.set_value(None);
            set_brushing.set(None);
        }
    };

    // The wheel: with Ctrl (or ⌘, or a trackpad's pinch, which arrives so) it zooms; sideways or with
    // Shift it pans; alone it scrolls the page as everywhere else, and a hint says how to zoom. Attached
    // by hand: only a listener that is not passive may keep the page from scrolling.
    let wheel_settle = StoredValue::new_local(None::<Timeout>);
    let hint_timer = StoredValue::new_local(None::<Timeout>);
    Effect::new(move |_| {
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        let listener = EventListener::new_with_options(
            &canvas,
            "wheel",
            EventListenerOptions::enable_prevent_default(),
            move |event| {
                let Some(event) = event.dyn_ref::<web_sys::WheelEvent>() else {
                    return;
                };
                let (Some(current), Some(span)) = (viewport.get_untracked(), span.get_untracked())
                else {
                    return;
                };
                // Lines and pages, from some mice, as pixels.
                let unit = match event.delta_mode() {
                    1 => 16.0,
                    2 => 400.0,
                    _ => 1.0,
                };
                let (dx, dy) = (event.delta_x() * unit, event.delta_y() * unit);
                let (x, _) = canvas_point(event);
                let anchor = x - geometry_now().plot_left;
                let next = if event.ctrl_key() || event.meta_key() {
                    current.zoomed(WHEEL_ZOOM_PER_100PX.powf(-dy / 100.0), anchor, span)
                } else if event.shift_key() || dx.abs() > dy.abs() {
                    let sideways = if dx.abs() > dy.abs() { dx } else { dy };
                    current.panned(-sideways, span)
                } else {
                    set_hint.set(true);
                    hint_timer.set_value(Some(Timeout::new(HINT_MS, move || set_hint.set(false))));
                    return;
                };
                event.prevent_default();
                set_live.set(Some(next));
                wheel_settle.set_value(Some(Timeout::new(WHEEL_SETTLE_MS, move || {
                    if let Some(current) = viewport.get_untracked() {
                        commit(current);
                    }
                })));
            },
        );
        let listener = SendWrapper::new(listener);
        on_cleanup(move || drop(listener));
    });

    let open_for_keys = open.clone();
    let on_key = move |event: web_sys::KeyboardEvent| {
        let (Some(current), Some(span)) = (viewport.get_untracked(), span.get_untracked()) else {
            return;
        };
        let movement = match (event.key().as_str(), event.shift_key()) {
            ("ArrowRight", false) => Some(Move::Next),
            ("ArrowLeft", false) => Some(Move::Previous),
            ("ArrowUp", _) => Some(Move::LaneUp),
            ("ArrowDown", _) => Some(Move::LaneDown),
            ("]", _) => Some(Move::NextInLane),
            ("[", _) => Some(Move::PreviousInLane),
            ("Home", _) => Some(Move::First),
            ("End", _) => Some(Move::Last),
            _ => None,
        };
        if let Some(movement) = movement {
            event.prevent_default();
            let from = selected_index.get_untracked();
            if let Some(index) = built.with_untracked(|built| built.0.step(from, movement)) {
                select(index);
            }
            return;
        }
        match (event.key().as_str(), event.shift_key()) {
            ("ArrowRight", true) | ("ArrowLeft", true) => {
                let direction = if event.key() == "ArrowRight" {
                    -1.0
                } else {
                    1.0
                };
                let next = current.panned(direction * current.width * KEY_PAN, span);
                set_live.set(Some(next));
                commit(next);
            }
            ("+", _) | ("=", _) => {
                let anchor = selected_index.get_untracked().and_then(|index| {
                    let item = built.with_untracked(|built| built.0.item(index).copied())?;
                    Some(current.x_of(f64::from(item.first_day)))
                });
                zoom_by(ZOOM_STEP, anchor);
            }
            ("-", _) | ("_", _) => zoom_by(1.0 / ZOOM_STEP, None),
            ("0", _) => fit(),
            ("Enter", _) => {
                if let Some(target) = selected.get_untracked() {
                    open_for_keys(target);
                }
            }
            ("Escape", _) => {
                set_listed.set(None);
                set_selected.set(None);
            }
            _ => return,
        }
        event.prevent_default();
    };

    // A cluster of one day's items, listed where it was clicked: each opens in the reader from the view as
    // it is (written to the address first, so that Back returns to it).
    let corpus_for_listed = Arc::clone(&corpus);
    let analysis_for_listed = Arc::clone(&analysis);
    let popover = move || {
        let Listed { x, y, items } = listed.get()?;
        let targets: Vec<ItemTarget> = built.with(|built| {
            items
                .clone()
                .filter_map(|index| built.0.item(index).map(|item| item.target))
                .collect()
        });
        let first_day = built.with(|built| built.0.item(items.start).map(|item| item.first_day))?;
        let from = as_shown();
        let count = targets.len();
        let rows = targets
            .into_iter()
            .take(LISTED_MOST)
            .filter_map(|target| ItemSummary::of(target, &corpus_for_listed, &analysis_for_listed))
            .map(|summary| {
                let heading = match summary.opening(&from) {
                    Some(target) => view! { <ViewLink state=target>{summary.title.clone()}</ViewLink> }.into_any(),
                    None => view! { <span>{summary.title.clone()}</span> }.into_any(),
                };
                view! {
                    <li>
                        <span class="timeline__item-kind">{summary.kind}</span>
                        <span class="timeline__item-title">{heading}</span>
                        {summary.byline.clone().map(|byline| view! { <span class="timeline__item-by">{byline}</span> })}
                    </li>
                }
            })
            .collect_view();
        let heading = format!("{} items, {}", grouped(count), date_of(first_day).label());
        let label = heading.clone();
        Some(view! {
            <div
                class="timeline__popover"
                role="dialog"
                aria-label=label
                style:left=format!("clamp(0.5rem, {x}px - 10rem, 100% - 20.5rem)")
                style:top=format!("{}px", y + 14.0)
                on:keydown=move |event| {
                    if event.key() == "Escape" {
                        set_listed.set(None);
                        if let Some(canvas) = canvas_ref.get_untracked() {
                            let _ = canvas.focus();
                        }
                    }
                }
            >
                <div class="timeline__popover-head">
                    <p>{heading}</p>
                    <button type="button" class="button button--icon" aria-label="Close" on:click=move |_| set_listed.set(None)>"×"</button>
                </div>
                <ul>{rows}</ul>
                {(count > LISTED_MOST).then(|| view! {
                    <p class="timeline__popover-more">{format!("And {} more: see the timeline as a list, below.", grouped(count - LISTED_MOST))}</p>
                })}
            </div>
        })
    };

    let corpus_for_card = Arc::clone(&corpus);
    let analysis_for_card = Arc::clone(&analysis);
    let card = move || {
        // Only while the item is on the timeline: a new search may have left it out.
        selected_index.get()?;
        let target = selected.get()?;
        let summary = ItemSummary::of(target, &corpus_for_card, &analysis_for_card)?;
        let opening = summary.opening(&state.get());
        Some(view! {
            <div class="timeline__card">
                <p class="timeline__card-meta">
                    <span class="timeline__card-kind">{summary.kind}</span>
                    " · "
                    {summary.date.clone()}
                </p>
                <p class="timeline__card-title">{summary.title.clone()}</p>
                {summary.byline.clone().map(|byline| view! { <p class="timeline__card-by">{byline}</p> })}
                {opening.map(|target| view! { <ViewLink state=target class="button">"Open in the reader"</ViewLink> })}
                {summary.url.clone().map(|url| view! {
                    <a class="button button--quiet" href=url rel="noopener noreferrer" target="_blank">"Open the source"</a>
                })}
            </div>
        })
    };
    let corpus_for_announce = Arc::clone(&corpus);
    let analysis_for_announce = Arc::clone(&analysis);
    let announcement = move || {
        selected_index
            .get()
            .and(selected.get())
            .and_then(|target| {
                ItemSummary::of(target, &corpus_for_announce, &analysis_for_announce)
            })
            .map(|summary| {
                let opens = if summary.opens.is_some() {
                    " Enter opens it in the reader."
                } else {
                    ""
                };
                format!("{}.{opens}", summary.sentence())
            })
            .unwrap_or_default()
    };

    let lanes_link = move |lanes: LaneBy, label: &'static str| {
        let target = Signal::derive(move || {
            let mut next = state.get();
            next.lanes = lanes;
            next
        });
        let current = Signal::derive(move || state.with(|state| state.lanes == lanes));
        view! { <ViewLink state=target class="segmented__option" current=current>{label}</ViewLink> }
    };
    let filter_to_view = Signal::derive(move || {
        let mut next = state.get();
        if let (Some(viewport), Some(span)) = (viewport.get(), span.get()) {
            let (from, to) = viewport.brushed(0.0, viewport.width - 0.001, span);
            next.from = Some(from);
            next.to = Some(to);
        }
        next
    });
    let without_dates = Signal::derive(move || {
        let mut next = state.get();
        next.from = None;
        next.to = None;
        next
    });
    let dated = move || state.with(|state| state.from.is_some() || state.to.is_some());
    let summary_line = move || {
        built.with(|built| {
            let timeline = &built.0;
            let (mut documents, mut quotes, mut events) = (0usize, 0usize, 0usize);
            for item in timeline.items() {
                match item.target {
                    ItemTarget::Document(_) => documents += 1,
                    ItemTarget::Quote(_) => quotes += 1,
                    ItemTarget::Event(_) => events += 1,
                }
            }
            let plural = |count: usize, one: &str, many: &str| {
                format!("{} {}", grouped(count), if count == 1 { one } else { many })
            };
            let mut line = format!(
                "{}, {} and {} in {}",
                plural(documents, "document", "documents"),
                plural(quotes, "quote", "quotes"),
                plural(events, "context event", "context events"),
                plural(timeline.lanes().len(), "lane", "lanes"),
            );
            let undated = timeline.undated().total() as usize;
            if undated > 0 {
                line.push_str(&format!("; {} without a date", grouped(undated)));
            }
            line
        })
    };
    let shown_days = move || {
        viewport
            .get()
            .map(|viewport| days_label(viewport.days()))
            .unwrap_or_default()
    };
    let total_height = move || {
        let lanes = built.with(|built| built.0.lanes().len());
        geometry().total_height(lanes)
    };
    let list_state = Signal::derive(move || state.get());

    view! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h3 class="visually-hidden" id="timeline-heading">"Timeline"</h3>
            <div class="timeline__toolbar">
                <nav class="segmented segmented--small" aria-label="Lanes">
                    {lanes_link(LaneBy::Organisation, "By organisation")}
                    {lanes_link(LaneBy::Speaker, "By speaker")}
                </nav>
                <div class="timeline__zoom" role="group" aria-label="Zoom">
                    <button type="button" class="button button--icon" aria-label="Zoom out" title="Zoom out (−)"
                        on:click=move |_| zoom_by(1.0 / ZOOM_STEP, None)>"−"</button>
                    <button type="button" class="button button--icon" aria-label="Zoom in" title="Zoom in (+)"
                        on:click=move |_| zoom_by(ZOOM_STEP, None)>"+"</button>
                    <button type="button" class="button button--quiet" title="Show everything (0)"
                        on:click=move |_| fit()>"Fit all"</button>
                </div>
                <div class="timeline__dates">
                    <span class="timeline__shown" aria-live="polite">{shown_days}</span>
                    <ViewLink state=filter_to_view class="button button--quiet">"Filter to these dates"</ViewLink>
                    <Show when=dated>
                        <ViewLink state=without_dates class="button button--quiet">"Clear dates"</ViewLink>
                    </Show>
                </div>
            </div>
            <p class="timeline__summary">{summary_line}</p>
            {move || span.get().is_none().then(|| view! {
                <p class="timeline__empty" role="status">"Nothing found has a date to place on the timeline."</p>
            })}
            <div class="timeline__frame" class:timeline__frame--empty=move || span.get().is_none()>
                <div
                    class="timeline__plot"
                    node_ref=plot_ref
                    style:height=move || format!("min({}px, 70vh)", total_height())
                    on:scroll=move |event| {
                        let top = event_target::<web_sys::Element>(&event).scroll_top();
                        set_scroll_top.set(f64::from(top));
                    }
                >
                    <canvas
                        class="timeline__canvas"
                        node_ref=canvas_ref
                        tabindex="0"
                        role="img"
                        aria-label="Timeline: the arrow keys move between items (up and down between lanes), Enter opens one, + and − zoom, Shift and the arrows pan, 0 shows everything. The same items are listed by month below."
                        aria-describedby="timeline-selected"
                        style:width=move || format!("{}px", size.get().0)
                        style:height=move || format!("{}px", size.get().1)
                        on:pointerdown=on_pointer_down
                        on:pointermove=on_pointer_move
                        on:pointerup=on_pointer_up
                        on:pointercancel=on_pointer_cancel
                        on:pointerleave=move |_| set_hover.set(None)
                        on:dblclick=move |event: web_sys::MouseEvent| {
                            let (x, y) = canvas_point(&event);
                            if y >= AXIS_HEIGHT {
                                zoom_by(ZOOM_STEP, Some(x - geometry_now().plot_left));
                            }
                        }
                        on:keydown=on_key
                    ></canvas>
                    <div
                        class="timeline__spacer"
                        style:height=move || format!("{}px", (total_height() - size.get().1).max(0.0))
                    ></div>
                </div>
                {move || hover.get().map(|hover| {
                    // Past the middle it opens to the pointer's left, so it never reaches past the page.
                    let leftward = hover.x > size.get_untracked().0 / 2.0;
                    view! {
                        <div
                            class="timeline__tip"
                            class:timeline__tip--left=leftward
                            role="tooltip"
                            style:left=format!("{}px", hover.x)
                            style:top=format!("{}px", hover.y)
                        >{hover.text}</div>
                    }
                })}
                {popover}
                <Show when=move || hint.get()>
                    <p class="timeline__hint" role="status">"Hold Ctrl (⌘ on a Mac) and scroll to zoom, or pinch"</p>
                </Show>
            </div>
            <ul class="timeline__legend" aria-label="Key">
                <li><span class="timeline__key timeline__key--document" aria-hidden="true"></span>"Document"</li>
                <li><span class="timeline__key timeline__key--quote" aria-hidden="true"></span>"Quote"</li>
                <li><span class="timeline__key timeline__key--event" aria-hidden="true"></span>"Context event"</li>
                <li><span class="timeline__key timeline__key--range" aria-hidden="true"></span>"Date known only within a range"</li>
                <li><span class="timeline__key timeline__key--cluster" aria-hidden="true">"12"</span>"Items too close to tell apart (click to zoom)"</li>
            </ul>
            <p class="timeline__help">
                <span class="timeline__help-pointer">
                    "Drag to move along the dates · Ctrl + scroll or pinch to zoom · drag along the dates at the top to filter by them · the arrow keys step from item to item"
                </span>
                <span class="timeline__help-touch">
                    "Swipe sideways to move along the dates · pinch to zoom · drag along the dates at the top to filter by them · tap an item to open it"
                </span>
            </p>
            <div class="visually-hidden" id="timeline-selected" aria-live="polite">{announcement}</div>
            {card}
            <TimelineList timeline state=list_state />
            <div class="timeline__palette" node_ref=palette_ref aria-hidden="true">
                <span data-colour="surface"></span>
                <span data-colour="sunken"></span>
                <span data-colour="ink"></span>
                <span data-colour="muted"></span>
                <span data-colour="rule"></span>
                <span data-colour="accent"></span>
                <span data-colour="accent-wash"></span>
                <span data-colour="accent-ink"></span>
                <span data-colour="quote"></span>
                <span data-colour="event"></span>
                <span data-colour="focus"></span>
            </div>
        </section>
    }
}

/// What a point of the canvas is over.
#[derive(Clone, Debug, PartialEq)]
enum Picked {
    Item(u32),
    Cluster {
        days: DaySpan,
        count: u32,
        items: Range<u32>,
        /// Every item starts on the same day: no zoom parts them.
        one_day: bool,
    },
}

/// A cluster's items, listed where it was clicked.
#[derive(Clone, Debug, PartialEq)]
struct Listed {
    x: f64,
    y: f64,
    items: Range<u32>,
}

/// The view of `first..=last` at `width`, kept within what the data allows.
fn showing(
    first: crate::corpus::CalendarDate,
    last: crate::corpus::CalendarDate,
    width: f64,
    span: DaySpan,
) -> Viewport {
    let (first, last) = (day_of(first), day_of(last));
    let days = f64::from(last.saturating_sub(first) + 1);
    Viewport {
        first_day: f64::from(first),
        days_per_pixel: days / width.max(1.0),
        width: width.max(1.0),
    }
    .resized(width, span)
}

/// The address's form of a view: the whole days it shows, or nothing when it shows everything.
fn zoom_of(
    viewport: &Viewport,
    span: DaySpan,
) -> Option<(crate::corpus::CalendarDate, crate::corpus::CalendarDate)> {
    let fitted = Viewport::fit(span, viewport.width);
    if (fitted.days_per_pixel - viewport.days_per_pixel).abs() < fitted.days_per_pixel * 1e-6
        && (fitted.first_day - viewport.first_day).abs() < 0.5
    {
        return None;
    }
    let first = viewport.first_day.round().max(0.0) as u32;
    let last = (viewport.first_day + viewport.visible_days()).round() as u32;
    Some((date_of(first), date_of(last.saturating_sub(1).max(first))))
}

/// The days as a date is written where only a range of days is known: "7–11 Dec 2023", "11 Dec 2023".
fn days_label(days: DaySpan) -> String {
    let (first, last) = (date_of(days.first), date_of(days.last));
    if first == last {
        first.label()
    } else {
        PublishedDate::Range {
            earliest: first,
            latest: last,
        }
        .label()
    }
}
