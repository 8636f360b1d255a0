//! The visible stretch of the time axis, and the moves that change it: fit, zoom, pan, reveal, brush.
//!
//! A viewport is three numbers, so every gesture is a pure function from one viewport to the next and the
//! renderer can keep it in a signal and redraw from it. Positions are in days as `f64` (a day `d` covers
//! `d..d + 1`), so zooming never rounds a view to whole days and a gesture undone returns exactly.

use super::day::{date_of, DaySpan, LAST_DAY};
use crate::corpus::CalendarDate;

/// The narrowest view, in days. Nothing finer than a day is known of any item, so zooming further would
/// only widen one day's marks without separating any; at a week a day is already a seventh of the view,
/// wide enough for its marks and its tick label.
pub const MIN_VISIBLE_DAYS: f64 = 7.0;

/// The space left either side of the data when fitted, as a fraction of its span: enough that the first
/// and last marks do not sit on the edges (at least a day).
const FIT_MARGIN: f64 = 0.03;

/// How far from an edge, in pixels, an item brought into view lands.
const REVEAL_PADDING: f64 = 24.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// The day at the left edge (fractional: a day `d` covers `d..d + 1`).
    pub first_day: f64,
    pub days_per_pixel: f64,
    /// The plot's width in pixels.
    pub width: f64,
}

impl Viewport {
    /// The whole of `span`, centred, with a margin either side.
    pub fn fit(span: DaySpan, width: f64) -> Viewport {
        let width = usable_width(width);
        let visible = widest_view(span);
        let middle = (f64::from(span.first) + f64::from(span.last) + 1.0) / 2.0;
        Viewport {
            first_day: middle - visible / 2.0,
            days_per_pixel: visible / width,
            width,
        }
    }

    /// How many days the view shows.
    pub fn visible_days(&self) -> f64 {
        self.width * self.days_per_pixel
    }

    /// The x of the start of `day` (pass `day + 1.0` for its end).
    pub fn x_of(&self, day: f64) -> f64 {
        (day - self.first_day) / self.days_per_pixel
    }

    /// The (fractional) day at `x`.
    pub fn day_at(&self, x: f64) -> f64 {
        self.first_day + x * self.days_per_pixel
    }

    /// The whole days at least partly in view.
    pub fn days(&self) -> DaySpan {
        let first = self.first_day.floor().clamp(0.0, f64::from(LAST_DAY));
        let end = (self.first_day + self.visible_days()).ceil() - 1.0;
        let last = end.clamp(first, f64::from(LAST_DAY));
        DaySpan {
            first: first as u32,
            last: last as u32,
        }
    }

    /// Zoomed by `factor` (above 1 closer, below 1 further) keeping the day under `anchor_x` where it
    /// is: the pointer for the wheel and pinch, the middle for buttons. The view stays between
    /// [`MIN_VISIBLE_DAYS`] and the fitted span of the data, and on the data.
    pub fn zoomed(&self, factor: f64, anchor_x: f64, span: DaySpan) -> Viewport {
        if !(factor.is_finite() && factor > 0.0) {
            return *self;
        }
        let anchor_x = if anchor_x.is_finite() {
            anchor_x.clamp(0.0, self.width)
        } else {
            self.width / 2.0
        };
        let anchor_day = self.day_at(anchor_x);
        let visible = (self.visible_days() / factor).clamp(MIN_VISIBLE_DAYS, widest_view(span));
        let days_per_pixel = visible / self.width;
        Viewport {
            first_day: anchor_day - anchor_x * days_per_pixel,
            days_per_pixel,
            width: self.width,
        }
        .kept_on(span)
    }

    /// Moved as a drag by `pixels` moves it (to the right shows earlier days), stopping while some of the
    /// data is still in view.
    pub fn panned(&self, pixels: f64, span: DaySpan) -> Viewport {
        if !pixels.is_finite() {
            return *self;
        }
        Viewport {
            first_day: self.first_day - pixels * self.days_per_pixel,
            ..*self
        }
        .kept_on(span)
    }

    /// Moved the least that brings `days` into view, a little way from the edge; unchanged when they are
    /// in view already. Days longer than the view show from their start.
    pub fn revealing(&self, days: DaySpan, span: DaySpan) -> Viewport {
        let visible = self.visible_days();
        let padding = (REVEAL_PADDING * self.days_per_pixel).min(visible / 4.0);
        let (start, end) = (f64::from(days.first), f64::from(days.last) + 1.0);
        let view_end = self.first_day + visible;
        let first_day = if end - start > visible - 2.0 * padding || start < self.first_day + padding
        {
            start - padding
        } else if end > view_end - padding {
            end + padding - visible
        } else {
            return *self;
        };
        Viewport { first_day, ..*self }.kept_on(span)
    }

    /// The same days per pixel and left edge over a new width (the window was resized).
    pub fn resized(&self, width: f64, span: DaySpan) -> Viewport {
        let width = usable_width(width);
        let visible = (width * self.days_per_pixel).clamp(MIN_VISIBLE_DAYS, widest_view(span));
        Viewport {
            first_day: self.first_day,
            days_per_pixel: visible / width,
            width,
        }
        .kept_on(span)
    }

    /// The days a brush from `from_x` to `to_x` covers (either direction), as the date filter's inclusive
    /// range: the day under each end, kept within the data.
    pub fn brushed(&self, from_x: f64, to_x: f64, span: DaySpan) -> (CalendarDate, CalendarDate) {
        let day_under = |x: f64| {
            let x = if x.is_finite() { x } else { 0.0 };
            let day = self
                .day_at(x)
                .floor()
                .clamp(f64::from(span.first), f64::from(span.last));
            day as u32
        };
        let (from, to) = (day_under(from_x), day_under(to_x));
        (date_of(from.min(to)), date_of(from.max(to)))
    }

    /// Moved back, if need be, so that some of the data stays in view: a quarter of the view, or all of
    /// the data when it is shorter than that.
    fn kept_on(self, span: DaySpan) -> Viewport {
        let visible = self.visible_days();
        let keep = (visible / 4.0).min(f64::from(span.days()));
        let lowest = f64::from(span.first) + keep - visible;
        let highest = f64::from(span.last) + 1.0 - keep;
        Viewport {
            first_day: self.first_day.clamp(lowest, highest),
            ..self
        }
    }
}

/// A plot is at least a pixel wide, so that days per pixel stays finite.
fn usable_width(width: f64) -> f64 {
    if width.is_finite() {
        width.max(1.0)
    } else {
        1.0
    }
}

/// The widest view: the data's span with its margins, and never narrower than the narrowest view.
fn widest_view(span: DaySpan) -> f64 {
    let days = f64::from(span.days());
    let margin = (days * FIT_MARGIN).max(1.0);
    (days + 2.0 * margin).max(MIN_VISIBLE_DAYS)
}

#[cfg(test)]
mod tests {
    use super::super::day::day_of;
    use super::*;
    use expect_test::{expect, Expect};

    fn day(text: &str) -> u32 {
        let date: crate::corpus::PublishedDate = text.parse().unwrap();
        day_of(date.earliest())
    }

    fn span(first: &str, last: &str) -> DaySpan {
        DaySpan {
            first: day(first),
            last: day(last),
        }
    }

    /// The view as dates: its first and last whole days and its days per pixel.
    fn describe(viewport: &Viewport) -> String {
        let days = viewport.days();
        format!(
            "{} – {} ({:.2} days, {:.4} days/px)",
            date_of(days.first),
            date_of(days.last),
            viewport.visible_days(),
            viewport.days_per_pixel
        )
    }

    fn check(viewport: &Viewport, expected: Expect) {
        expected.assert_eq(&describe(viewport));
    }

    #[test]
    fn fitting_centres_the_data_with_a_margin() {
        let data = span("2023-01-01", "2023-12-31");
        check(
            &Viewport::fit(data, 1000.0),
            expect!["2022-12-21 – 2024-01-11 (386.90 days, 0.3869 days/px)"],
        );
    }

    #[test]
    fn a_single_day_fits_as_the_narrowest_view() {
        let data = span("2023-12-11", "2023-12-11");
        check(
            &Viewport::fit(data, 700.0),
            expect!["2023-12-08 – 2023-12-14 (7.00 days, 0.0100 days/px)"],
        );
    }

    #[test]
    fn zooming_keeps_the_day_under_the_pointer() {
        let data = span("2020-01-01", "2023-12-31");
        let fitted = Viewport::fit(data, 1000.0);
        let anchor_day = fitted.day_at(250.0);
        let zoomed = fitted.zoomed(4.0, 250.0, data);
        assert!((zoomed.day_at(250.0) - anchor_day).abs() < 1e-9);
        check(
            &zoomed,
            expect!["2020-09-03 – 2021-09-25 (387.17 days, 0.3872 days/px)"],
        );
    }

    #[test]
    fn zoom_stops_at_a_week_and_at_the_whole_span() {
        let data = span("2020-01-01", "2023-12-31");
        let fitted = Viewport::fit(data, 1000.0);
        check(
            &fitted.zoomed(1e6, 500.0, data),
            expect!["2021-12-28 – 2022-01-03 (7.00 days, 0.0070 days/px)"],
        );
        check(
            &fitted.zoomed(1e-6, 0.0, data),
            expect!["2019-11-18 – 2024-02-13 (1548.66 days, 1.5487 days/px)"],
        );
    }

    #[test]
    fn panning_stops_with_a_quarter_of_the_view_still_on_the_data() {
        let data = span("2023-01-01", "2023-12-31");
        let month = Viewport::fit(data, 1000.0).zoomed(12.0, 500.0, data);
        check(
            &month.panned(1e9, data),
            expect!["2022-12-07 – 2023-01-09 (32.24 days, 0.0322 days/px)"],
        );
        check(
            &month.panned(-1e9, data),
            expect!["2023-12-23 – 2024-01-25 (32.24 days, 0.0322 days/px)"],
        );
    }

    #[test]
    fn revealing_moves_the_least_and_only_when_needed() {
        let data = span("2023-01-01", "2023-12-31");
        let june = Viewport::fit(data, 1000.0).zoomed(12.0, 500.0, data);
        check(
            &june,
            expect!["2023-06-16 – 2023-07-18 (32.24 days, 0.0322 days/px)"],
        );
        assert_eq!(june.revealing(span("2023-07-01", "2023-07-01"), data), june);
        check(
            &june.revealing(span("2023-08-01", "2023-08-01"), data),
            expect!["2023-07-01 – 2023-08-02 (32.24 days, 0.0322 days/px)"],
        );
        check(
            &june.revealing(span("2023-03-01", "2023-03-01"), data),
            expect!["2023-02-28 – 2023-04-01 (32.24 days, 0.0322 days/px)"],
        );
        check(
            &june.revealing(span("2023-09-01", "2023-12-31"), data),
            expect!["2023-08-31 – 2023-10-02 (32.24 days, 0.0322 days/px)"],
        );
    }

    #[test]
    fn a_brush_is_ordered_and_kept_within_the_data() {
        let data = span("2023-01-01", "2023-12-31");
        let fitted = Viewport::fit(data, 1000.0);
        let render = |(from, to): (CalendarDate, CalendarDate)| format!("{from}..={to}");
        expect!["2023-04-21..=2023-08-10"].assert_eq(&render(fitted.brushed(600.0, 314.0, data)));
        expect!["2023-01-01..=2023-12-31"].assert_eq(&render(fitted.brushed(-50.0, 5000.0, data)));
        expect!["2023-01-01..=2023-01-01"].assert_eq(&render(fitted.brushed(f64::NAN, 1.0, data)));
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        fn data_span() -> impl Strategy<Value = DaySpan> {
            (700_000u32..760_000, 0u32..5_000).prop_map(|(first, length)| DaySpan {
                first,
                last: first + length,
            })
        }

        proptest! {
            #[test]
            fn zooming_in_and_back_out_returns_the_view(
                data in data_span(),
                width in 200.0f64..3000.0,
                closer in 1.0f64..20.0,
                view_anchor in 0.0f64..1.0,
                factor in 0.5f64..2.0,
                anchor in 0.2f64..0.8,
            ) {
                let fitted = Viewport::fit(data, width);
                let start = fitted.zoomed(closer, view_anchor * width, data);
                let anchor_x = anchor * width;
                let there = start.zoomed(factor, anchor_x, data);
                let unclamped_days_per_pixel = start.days_per_pixel / factor;
                let unclamped_first = start.day_at(anchor_x) - anchor_x * unclamped_days_per_pixel;
                // Only a zoom that stopped at neither limit can be undone exactly.
                prop_assume!((there.days_per_pixel - unclamped_days_per_pixel).abs() <= 1e-12 * unclamped_days_per_pixel);
                prop_assume!((there.first_day - unclamped_first).abs() < 1e-6);
                let back = there.zoomed(1.0 / factor, anchor_x, data);
                prop_assert!((back.first_day - start.first_day).abs() < 1e-6, "{back:?} {start:?}");
                prop_assert!((back.days_per_pixel / start.days_per_pixel - 1.0).abs() < 1e-9);
            }

            #[test]
            fn a_brush_is_ordered_and_inside_the_data(
                data in data_span(),
                width in 200.0f64..3000.0,
                closer in 0.5f64..100.0,
                pan in -5000.0f64..5000.0,
                from_x in -1000.0f64..4000.0,
                to_x in -1000.0f64..4000.0,
            ) {
                let view = Viewport::fit(data, width).zoomed(closer, width / 3.0, data).panned(pan, data);
                let (from, to) = view.brushed(from_x, to_x, data);
                prop_assert!(from <= to);
                prop_assert!(date_of(data.first) <= from && to <= date_of(data.last));
            }

            #[test]
            fn no_gesture_loses_the_data(
                data in data_span(),
                width in 200.0f64..3000.0,
                gestures in proptest::collection::vec((0u8..3, -3000.0f64..3000.0), 0..20),
            ) {
                let mut view = Viewport::fit(data, width);
                for (kind, amount) in gestures {
                    view = match kind {
                        0 => view.zoomed((amount / 1000.0).exp(), amount.abs() % width, data),
                        1 => view.panned(amount, data),
                        _ => view.resized(amount.abs() + 1.0, data),
                    };
                    let shown = view.days();
                    prop_assert!(shown.first <= data.last && shown.last >= data.first, "{view:?}");
                    prop_assert!(view.visible_days() >= MIN_VISIBLE_DAYS - 1e-9);
                }
            }
        }
    }
}
