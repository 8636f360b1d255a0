//! Painting one frame of the timeline on a canvas: the date axis, the lanes in view, their marks and
//! clusters, the chosen dates and the selection.
//!
//! A canvas rather than SVG: a frame of a large corpus draws a few thousand marks, and building that many
//! elements on every frame of a pan cannot keep to 16 ms; painting them costs a millisecond or two. What a
//! canvas cannot say to assistive technology, the view says in words beside it (the selected item's card
//! and the list of months), and what is under the pointer is found from the same layout this paints.

use std::ops::Range;

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement};

use crate::timeline::{axis, AxisConfig, ItemTarget, LaneLayout, LayoutConfig, Timeline, Viewport};

/// The date axis's height at the top of the canvas, in CSS pixels.
pub const AXIS_HEIGHT: f64 = 40.0;
/// Below this canvas width the lane names go above each lane's marks instead of in a column beside them.
const NARROW_BELOW: f64 = 560.0;
/// Room either side of the plot, so that a mark or cluster on the first or last day is not cut.
const PLOT_PADDING: f64 = 20.0;

/// Where things go on a canvas of a given width: beside the lanes on a wide one, a column of lane names;
/// on a narrow one, each name over its lane, so the dates keep the width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geometry {
    pub row_height: f64,
    /// The names' column; none when the names are over the lanes.
    pub label_width: f64,
    /// Where the viewport's x = 0 falls on the canvas.
    pub plot_left: f64,
    /// The plot's width: the viewport's.
    pub plot_width: f64,
    /// From a lane's top to the middle of its marks.
    mark_offset: f64,
}

impl Geometry {
    pub fn for_width(width: f64) -> Geometry {
        let (row_height, label_width, mark_offset) = if width < NARROW_BELOW {
            (46.0, 0.0, 30.0)
        } else {
            (34.0, 184.0, 17.0)
        };
        let padding = if width < NARROW_BELOW {
            PLOT_PADDING / 2.0
        } else {
            PLOT_PADDING
        };
        Geometry {
            row_height,
            label_width,
            plot_left: label_width + padding,
            plot_width: (width - label_width - 2.0 * padding).max(1.0),
            mark_offset,
        }
    }

    fn names_over_lanes(&self) -> bool {
        self.label_width == 0.0
    }

    /// The y of the top of `lane`'s row.
    pub fn lane_top(&self, lane: usize, scroll_top: f64) -> f64 {
        AXIS_HEIGHT + lane as f64 * self.row_height - scroll_top
    }

    /// The y of the middle of `lane`'s marks.
    pub fn lane_middle(&self, lane: usize, scroll_top: f64) -> f64 {
        self.lane_top(lane, scroll_top) + self.mark_offset
    }

    /// The lanes at least partly in view.
    pub fn lanes_in_view(&self, lanes: usize, height: f64, scroll_top: f64) -> Range<usize> {
        let first = (scroll_top / self.row_height).floor().max(0.0) as usize;
        let last =
            ((scroll_top + (height - AXIS_HEIGHT).max(0.0)) / self.row_height).ceil() as usize;
        first.min(lanes)..last.min(lanes)
    }

    /// The lane at canvas y.
    pub fn lane_at(&self, y: f64, scroll_top: f64) -> Option<usize> {
        let lane = ((y - AXIS_HEIGHT + scroll_top) / self.row_height).floor();
        (y >= AXIS_HEIGHT && lane >= 0.0).then_some(lane as usize)
    }

    /// The height of every lane and the axis.
    pub fn total_height(&self, lanes: usize) -> f64 {
        AXIS_HEIGHT + lanes as f64 * self.row_height
    }
}

/// The colours of the page's current scheme, read from the stylesheet (so the canvas follows the theme
/// and the switch without a copy of the palette in Rust).
pub struct Palette {
    surface: String,
    sunken: String,
    ink: String,
    muted: String,
    rule: String,
    accent: String,
    accent_wash: String,
    accent_ink: String,
    quote: String,
    event: String,
    focus: String,
    font: String,
}

impl Palette {
    /// Reads the colours from `probe`'s children (each styled with one of the page's colours, named by
    /// its `data-colour`) and the font from the canvas.
    pub fn read(probe: &Element, canvas: &HtmlCanvasElement) -> Palette {
        let window = gloo::utils::window();
        let colour = |name: &str| {
            probe
                .query_selector(&format!("[data-colour={name}]"))
                .ok()
                .flatten()
                .and_then(|element| window.get_computed_style(&element).ok().flatten())
                .and_then(|style| style.get_property_value("color").ok())
                .filter(|value| !value.is_empty())
                .unwrap_or_else(|| "#808080".to_owned())
        };
        let font = window
            .get_computed_style(canvas)
            .ok()
            .flatten()
            .and_then(|style| style.get_property_value("font-family").ok())
            .filter(|value| !value.is_empty())
            .unwrap_or_else(|| "sans-serif".to_owned());
        Palette {
            surface: colour("surface"),
            sunken: colour("sunken"),
            ink: colour("ink"),
            muted: colour("muted"),
            rule: colour("rule"),
            accent: colour("accent"),
            accent_wash: colour("accent-wash"),
            accent_ink: colour("accent-ink"),
            quote: colour("quote"),
            event: colour("event"),
            focus: colour("focus"),
            font,
        }
    }
}

/// Everything one frame shows.
pub struct Scene<'a> {
    pub timeline: &'a Timeline,
    pub viewport: Viewport,
    /// The canvas's size in CSS pixels.
    pub width: f64,
    pub height: f64,
    pub geometry: Geometry,
    /// How far the lanes are scrolled, in CSS pixels.
    pub scroll_top: f64,
    pub selected: Option<u32>,
    /// A drag along the axis, in plot x: the date range it would choose.
    pub brushing: Option<(f64, f64)>,
    /// The date filter, as day numbers (both included).
    pub chosen_days: Option<(u32, u32)>,
}

/// What a frame drew, for finding what the pointer is over.
#[derive(Clone, Debug, Default)]
pub struct Drawn {
    pub geometry: Option<Geometry>,
    pub scroll_top: f64,
    pub lanes: Vec<LaneLayout>,
}

impl Drawn {
    /// The lane layout at canvas y, if a lane is drawn there.
    pub fn lane_at(&self, y: f64) -> Option<&LaneLayout> {
        let lane = self.geometry?.lane_at(y, self.scroll_top)?;
        self.lanes
            .iter()
            .find(|layout| layout.lane as usize == lane)
    }
}

/// Paints `scene` and returns what it drew.
pub fn paint(canvas: &HtmlCanvasElement, scene: &Scene, palette: &Palette) -> Drawn {
    let ratio = gloo::utils::window().device_pixel_ratio().max(1.0);
    let (pixel_width, pixel_height) = (
        (scene.width * ratio).round() as u32,
        (scene.height * ratio).round() as u32,
    );
    // Setting a canvas's size clears it and its state even when unchanged: only when it changes.
    if canvas.width() != pixel_width {
        canvas.set_width(pixel_width);
    }
    if canvas.height() != pixel_height {
        canvas.set_height(pixel_height);
    }
    let Some(context) = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|context| context.dyn_into::<CanvasRenderingContext2d>().ok())
    else {
        return Drawn::default();
    };
    let _ = context.set_transform(ratio, 0.0, 0.0, ratio, 0.0, 0.0);
    let painter = Painter {
        context: &context,
        scene,
        palette,
    };
    painter.paint()
}

struct Painter<'a> {
    context: &'a CanvasRenderingContext2d,
    scene: &'a Scene<'a>,
    palette: &'a Palette,
}

impl Painter<'_> {
    fn paint(&self) -> Drawn {
        let Scene {
            timeline,
            viewport,
            width,
            height,
            geometry,
            scroll_top,
            ..
        } = *self.scene;
        let label_width = geometry.label_width;
        let context = self.context;
        context.set_fill_style_str(&self.palette.surface);
        context.fill_rect(0.0, 0.0, width, height);

        let lanes = geometry.lanes_in_view(timeline.lanes().len(), height, scroll_top);
        let layouts = timeline.layout(&viewport, lanes.clone(), &LayoutConfig::default());
        let axis = axis(&viewport, &AxisConfig::default());

        // The plot: rows, grid, chosen dates, marks; clipped to the right of the labels.
        context.save();
        context.begin_path();
        context.rect(label_width, 0.0, width - label_width, height);
        context.clip();
        for lane in lanes.clone() {
            if lane % 2 == 1 {
                let top = geometry.lane_top(lane, scroll_top);
                context.set_fill_style_str(&self.palette.sunken);
                context.fill_rect(label_width, top, width - label_width, geometry.row_height);
            }
        }
        context.set_stroke_style_str(&self.palette.rule);
        context.set_line_width(1.0);
        for tick in axis.ticks.iter().filter(|tick| tick.is_major()) {
            let x = (self.scene.geometry.plot_left + tick.x).round() + 0.5;
            context.begin_path();
            context.move_to(x, AXIS_HEIGHT);
            context.line_to(x, height);
            context.stroke();
        }
        self.chosen_dates(&viewport);
        for layout in &layouts {
            self.lane(layout);
        }
        self.brushing();
        context.restore();

        self.axis(&axis.ticks);
        self.labels(lanes);
        Drawn {
            geometry: Some(geometry),
            scroll_top,
            lanes: layouts,
        }
    }

    fn font(&self, size: f64, weight: &str) {
        self.context
            .set_font(&format!("{weight} {size}px {}", self.palette.font));
    }

    /// The date filter as a band over every lane, edged, so what is chosen and what is not both show.
    fn chosen_dates(&self, viewport: &Viewport) {
        let Some((first, last)) = self.scene.chosen_days else {
            return;
        };
        let plot_left = self.scene.geometry.plot_left;
        let start = plot_left + viewport.x_of(f64::from(first));
        let end = plot_left + viewport.x_of(f64::from(last) + 1.0);
        let context = self.context;
        context.set_fill_style_str(&self.palette.accent_wash);
        context.fill_rect(start, 0.0, end - start, self.scene.height);
        context.set_stroke_style_str(&self.palette.accent);
        context.set_line_width(1.5);
        for x in [start, end] {
            context.begin_path();
            context.move_to(x, 0.0);
            context.line_to(x, self.scene.height);
            context.stroke();
        }
    }

    /// A drag along the axis, before it is let go.
    fn brushing(&self) {
        let Some((from, to)) = self.scene.brushing else {
            return;
        };
        let plot_left = self.scene.geometry.plot_left;
        let (start, end) = (plot_left + from.min(to), plot_left + from.max(to));
        let context = self.context;
        context.set_global_alpha(0.18);
        context.set_fill_style_str(&self.palette.focus);
        context.fill_rect(start, 0.0, end - start, self.scene.height);
        context.set_global_alpha(1.0);
        context.set_stroke_style_str(&self.palette.focus);
        context.set_line_width(2.0);
        for x in [start, end] {
            context.begin_path();
            context.move_to(x, 0.0);
            context.line_to(x, self.scene.height);
            context.stroke();
        }
    }

    fn lane(&self, layout: &LaneLayout) {
        let middle = self
            .scene
            .geometry
            .lane_middle(layout.lane as usize, self.scene.scroll_top);
        let plot_left = self.scene.geometry.plot_left;
        let context = self.context;
        // Ranges beneath everything: a day's mark or a cluster inside a range stays readable.
        for mark in &layout.marks {
            if let Some(item) = self.scene.timeline.item(mark.item) {
                if item.last_day > item.first_day {
                    self.range(plot_left + mark.x, mark.width, middle, item.target);
                }
            }
        }
        for cluster in &layout.clusters {
            let text = compact_count(cluster.count);
            self.font(11.0, "600");
            let text_width = context
                .measure_text(&text)
                .map(|metrics| metrics.width())
                .unwrap_or(12.0);
            let start = plot_left + cluster.x_start;
            let width = (cluster.x_end - cluster.x_start).max(text_width + 12.0);
            let height = 20.0;
            rounded_rect(
                context,
                start,
                middle - height / 2.0,
                width,
                height,
                height / 2.0,
            );
            context.set_fill_style_str(&self.palette.accent_wash);
            context.fill();
            context.set_stroke_style_str(&self.palette.accent);
            context.set_line_width(1.0);
            context.stroke();
            context.set_fill_style_str(&self.palette.accent_ink);
            context.set_text_align("center");
            context.set_text_baseline("middle");
            let _ = context.fill_text(&text, start + width / 2.0, middle + 0.5);
        }
        for mark in &layout.marks {
            let Some(item) = self.scene.timeline.item(mark.item) else {
                continue;
            };
            let x = plot_left + mark.x;
            let ranged = item.last_day > item.first_day;
            self.symbol(x, middle, item.target);
            if self.scene.selected == Some(mark.item) {
                context.set_stroke_style_str(&self.palette.focus);
                context.set_line_width(2.5);
                let width = if ranged { mark.width.max(12.0) } else { 12.0 };
                rounded_rect(context, x - 8.0, middle - 12.0, width + 10.0, 24.0, 6.0);
                context.stroke();
            }
        }
        // A selected item inside a cluster is shown where it falls, over the cluster.
        if let Some(selected) = self.scene.selected {
            let inside = layout
                .clusters
                .iter()
                .any(|cluster| cluster.items.contains(&selected));
            if let (true, Some(item), Some(viewport)) = (
                inside,
                self.scene.timeline.item(selected),
                Some(self.scene.viewport),
            ) {
                let x = plot_left + viewport.x_of(f64::from(item.first_day));
                context.set_stroke_style_str(&self.palette.focus);
                context.set_line_width(2.5);
                context.begin_path();
                context.move_to(x, middle - 14.0);
                context.line_to(x, middle + 14.0);
                context.stroke();
            }
        }
    }

    /// The days an item may fall on, when more than one: a light bar between end caps.
    fn range(&self, x: f64, width: f64, middle: f64, target: ItemTarget) {
        let context = self.context;
        let colour = self.colour_of(target);
        context.set_global_alpha(0.28);
        context.set_fill_style_str(colour);
        context.fill_rect(x, middle - 4.0, width, 8.0);
        context.set_global_alpha(1.0);
        context.set_stroke_style_str(colour);
        context.set_line_width(1.5);
        for cap in [x + 0.75, x + width - 0.75] {
            context.begin_path();
            context.move_to(cap, middle - 7.0);
            context.line_to(cap, middle + 7.0);
            context.stroke();
        }
    }

    fn colour_of(&self, target: ItemTarget) -> &str {
        match target {
            ItemTarget::Document(_) => &self.palette.accent,
            ItemTarget::Quote(_) => &self.palette.quote,
            ItemTarget::Event(_) => &self.palette.event,
        }
    }

    /// Each kind its own shape as well as its own colour: a bar for a document, a dot for a quote, a
    /// diamond for a context event.
    fn symbol(&self, x: f64, middle: f64, target: ItemTarget) {
        let context = self.context;
        context.set_fill_style_str(self.colour_of(target));
        context.set_stroke_style_str(&self.palette.surface);
        context.set_line_width(1.0);
        context.begin_path();
        match target {
            ItemTarget::Document(_) => {
                context.rect(x, middle - 8.0, 5.0, 16.0);
            }
            ItemTarget::Quote(_) => {
                let _ = context.arc(x + 3.0, middle, 4.5, 0.0, std::f64::consts::TAU);
            }
            ItemTarget::Event(_) => {
                context.move_to(x + 3.0, middle - 7.0);
                context.line_to(x + 10.0, middle);
                context.line_to(x + 3.0, middle + 7.0);
                context.line_to(x - 4.0, middle);
                context.close_path();
            }
        }
        context.fill();
        context.stroke();
    }

    fn axis(&self, ticks: &[crate::timeline::Tick]) {
        let Scene {
            width, geometry, ..
        } = *self.scene;
        let label_width = geometry.label_width;
        let context = self.context;
        context.set_fill_style_str(&self.palette.surface);
        context.fill_rect(0.0, 0.0, width, AXIS_HEIGHT);
        context.save();
        context.begin_path();
        context.rect(label_width, 0.0, width - label_width, AXIS_HEIGHT);
        context.clip();
        // The chosen dates and a brush show in the axis too: that is where a brush is drawn.
        self.chosen_dates(&self.scene.viewport);
        self.brushing();
        context.set_stroke_style_str(&self.palette.rule);
        context.set_line_width(1.0);
        self.font(12.0, "500");
        context.set_text_align("left");
        context.set_text_baseline("alphabetic");
        for tick in ticks {
            let x = (self.scene.geometry.plot_left + tick.x).round() + 0.5;
            let (top, colour) = if tick.is_major() {
                (AXIS_HEIGHT - 16.0, &self.palette.muted)
            } else {
                (AXIS_HEIGHT - 6.0, &self.palette.rule)
            };
            context.set_stroke_style_str(colour);
            context.begin_path();
            context.move_to(x, top);
            context.line_to(x, AXIS_HEIGHT);
            context.stroke();
            if let Some(label) = &tick.label {
                context.set_fill_style_str(&self.palette.ink);
                let _ = context.fill_text(label, x + 4.0, AXIS_HEIGHT - 20.0);
            }
        }
        context.restore();
        context.set_stroke_style_str(&self.palette.rule);
        context.begin_path();
        context.move_to(0.0, AXIS_HEIGHT - 0.5);
        context.line_to(width, AXIS_HEIGHT - 0.5);
        context.stroke();
    }

    /// The lane names down the left, over their rows, with each lane's count.
    fn labels(&self, lanes: std::ops::Range<usize>) {
        let Scene {
            timeline,
            height,
            geometry,
            scroll_top,
            width,
            ..
        } = *self.scene;
        if geometry.names_over_lanes() {
            self.names_over_lanes(lanes);
            return;
        }
        let label_width = geometry.label_width;
        let context = self.context;
        context.save();
        context.begin_path();
        context.rect(0.0, AXIS_HEIGHT, label_width, height - AXIS_HEIGHT);
        context.clip();
        context.set_fill_style_str(&self.palette.surface);
        context.fill_rect(0.0, AXIS_HEIGHT, label_width, height - AXIS_HEIGHT);
        context.set_text_baseline("middle");
        for lane in lanes {
            let Some(info) = timeline.lanes().get(lane) else {
                continue;
            };
            let middle = geometry.lane_middle(lane, scroll_top);
            if lane % 2 == 1 {
                context.set_fill_style_str(&self.palette.sunken);
                let top = geometry.lane_top(lane, scroll_top);
                context.fill_rect(0.0, top, label_width, geometry.row_height);
            }
            let count = compact_count(info.count());
            self.font(11.0, "500");
            context.set_text_align("right");
            context.set_fill_style_str(&self.palette.muted);
            let count_width = context
                .measure_text(&count)
                .map(|metrics| metrics.width())
                .unwrap_or(16.0);
            let _ = context.fill_text(&count, label_width - 10.0, middle);
            self.font(12.5, "500");
            context.set_text_align("left");
            context.set_fill_style_str(&self.palette.ink);
            let room = label_width - 10.0 - count_width - 8.0 - 10.0;
            let label = fitted(context, &info.label, room);
            let _ = context.fill_text(&label, 10.0, middle);
        }
        context.restore();
        context.set_stroke_style_str(&self.palette.rule);
        context.set_line_width(1.0);
        context.begin_path();
        context.move_to(label_width - 0.5, 0.0);
        context.line_to(label_width - 0.5, height);
        context.stroke();
        let _ = width;
    }

    /// On a narrow canvas: each lane's name and count in small type over its marks, full width.
    fn names_over_lanes(&self, lanes: Range<usize>) {
        let Scene {
            timeline,
            geometry,
            scroll_top,
            width,
            height,
            ..
        } = *self.scene;
        let context = self.context;
        context.save();
        context.begin_path();
        context.rect(0.0, AXIS_HEIGHT, width, height - AXIS_HEIGHT);
        context.clip();
        context.set_text_baseline("alphabetic");
        for lane in lanes {
            let Some(info) = timeline.lanes().get(lane) else {
                continue;
            };
            let baseline = geometry.lane_top(lane, scroll_top) + 14.0;
            let count = format!(" · {}", compact_count(info.count()));
            self.font(11.5, "600");
            context.set_text_align("left");
            let count_width = {
                self.font(11.0, "500");
                context
                    .measure_text(&count)
                    .map(|metrics| metrics.width())
                    .unwrap_or(24.0)
            };
            self.font(11.5, "600");
            let name = fitted(context, &info.label, width - 20.0 - count_width);
            let name_width = context
                .measure_text(&name)
                .map(|metrics| metrics.width())
                .unwrap_or(0.0);
            context.set_fill_style_str(&self.palette.ink);
            let _ = context.fill_text(&name, 10.0, baseline);
            self.font(11.0, "500");
            context.set_fill_style_str(&self.palette.muted);
            let _ = context.fill_text(&count, 10.0 + name_width, baseline);
        }
        context.restore();
    }
}

/// `text` cut with an ellipsis to fit `room` pixels in the context's font.
fn fitted(context: &CanvasRenderingContext2d, text: &str, room: f64) -> String {
    let width = |text: &str| {
        context
            .measure_text(text)
            .map(|metrics| metrics.width())
            .unwrap_or(0.0)
    };
    if width(text) <= room {
        return text.to_owned();
    }
    // Binary search on characters: labels are short, but a frame measures every lane in view.
    let chars: Vec<char> = text.chars().collect();
    let (mut low, mut high) = (0, chars.len());
    while low < high {
        let middle = (low + high).div_ceil(2);
        let candidate: String = chars[..middle].iter().collect::<String>() + "…";
        if width(&candidate) <= room {
            low = middle;
        } else {
            high = middle - 1;
        }
    }
    chars[..low]
        .iter()
        .collect::<String>()
        .trim_end()
        .to_owned()
        + "…"
}

/// "7", "1.2k", "12k": a count that fits a cluster.
pub fn compact_count(count: u32) -> String {
    match count {
        0..=999 => count.to_string(),
        1_000..=9_999 => format!("{:.1}k", f64::from(count) / 1_000.0),
        _ => format!("{}k", count / 1_000),
    }
}

fn rounded_rect(
    context: &CanvasRenderingContext2d,
    x: f64,
    y: f64,
    width: f64,
    height: f64,
    radius: f64,
) {
    let radius = radius.min(width / 2.0).min(height / 2.0);
    context.begin_path();
    context.move_to(x + radius, y);
    let _ = context.arc_to(x + width, y, x + width, y + height, radius);
    let _ = context.arc_to(x + width, y + height, x, y + height, radius);
    let _ = context.arc_to(x, y + height, x, y, radius);
    let _ = context.arc_to(x, y, x + width, y, radius);
    context.close_path();
}
