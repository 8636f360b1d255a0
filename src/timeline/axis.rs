//! The time axis's ticks for a viewport: the finest unit whose labels cannot touch, major ticks labelled
//! in it, and unlabelled minor ticks in a finer unit that divides it.

use super::day::{date_of, day_of, weekday, DaySpan, LAST_DAY};
use super::viewport::Viewport;
use crate::corpus::{month_abbreviation, CalendarDate};

/// What a major tick marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickUnit {
    /// Every day: "11 Dec".
    Days,
    /// Mondays: "11 Dec".
    Weeks,
    /// First days of months: "Dec 2023".
    Months,
    /// First days of January, April, July and October: "Oct 2023".
    Quarters,
    /// First days of years divisible by the step: "2020".
    Years(u32),
}

/// Year steps for long views, each dividing the next so that minor ticks fall on major ones.
const YEAR_STEPS: [u32; 10] = [1, 2, 10, 20, 100, 200, 1000, 2000, 10_000, 20_000];

impl TickUnit {
    /// Every unit, finest first.
    fn all() -> impl Iterator<Item = TickUnit> {
        [
            TickUnit::Days,
            TickUnit::Weeks,
            TickUnit::Months,
            TickUnit::Quarters,
        ]
        .into_iter()
        .chain(YEAR_STEPS.into_iter().map(TickUnit::Years))
    }

    /// The fewest days between two ticks: what decides whether labels fit.
    fn shortest_days(self) -> f64 {
        match self {
            TickUnit::Days => 1.0,
            TickUnit::Weeks => 7.0,
            TickUnit::Months => 28.0,
            TickUnit::Quarters => 90.0,
            TickUnit::Years(step) => 365.0 * f64::from(step),
        }
    }

    /// The most characters a label has: "11 Dec", "Dec 2023", "2023".
    fn label_chars(self) -> f64 {
        match self {
            TickUnit::Days | TickUnit::Weeks => 6.0,
            TickUnit::Months | TickUnit::Quarters => 8.0,
            TickUnit::Years(_) => 4.0,
        }
    }

    /// Finer units whose ticks fall on every tick of this one, finest first.
    fn divisions(self) -> Vec<TickUnit> {
        match self {
            TickUnit::Days => Vec::new(),
            TickUnit::Weeks | TickUnit::Months => vec![TickUnit::Days],
            TickUnit::Quarters => vec![TickUnit::Days, TickUnit::Months],
            TickUnit::Years(step) => {
                let mut finer = vec![TickUnit::Months, TickUnit::Quarters];
                finer.extend(
                    YEAR_STEPS
                        .into_iter()
                        .take_while(|&smaller| smaller < step)
                        .filter(|&smaller| step % smaller == 0)
                        .map(TickUnit::Years),
                );
                finer
            }
        }
    }

    /// The first tick on or after `day`, if the calendar has one.
    fn first_from(self, day: u32) -> Option<u32> {
        let date = date_of(day);
        let month_start = |year: i32, month: u8| CalendarDate::new(year, month, 1).map(day_of);
        match self {
            TickUnit::Days => Some(day),
            TickUnit::Weeks => Some(day + (7 - weekday(day)) % 7).filter(|&d| d <= LAST_DAY),
            TickUnit::Months | TickUnit::Quarters => {
                let step = if self == TickUnit::Months { 1 } else { 3 };
                let mut month = date.month();
                let mut year = date.year();
                // Back to the unit's start, then forward past `day`.
                month -= (month - 1) % step;
                loop {
                    let start = month_start(year, month)?;
                    if start >= day {
                        return Some(start);
                    }
                    month += step;
                    if month > 12 {
                        month -= 12;
                        year += 1;
                    }
                }
            }
            TickUnit::Years(step) => {
                let step = step as i32;
                let year = date.year();
                let mut tick_year = year - year.rem_euclid(step);
                if tick_year < 1 {
                    // There was no year 0: the first multiple of the step is the step.
                    tick_year += step;
                }
                loop {
                    let start = month_start(tick_year, 1)?;
                    if start >= day {
                        return Some(start);
                    }
                    tick_year += step;
                }
            }
        }
    }

    /// The ticks within `days`.
    fn ticks_in(self, days: DaySpan) -> impl Iterator<Item = u32> {
        let mut next = self.first_from(days.first);
        std::iter::from_fn(move || {
            let day = next.filter(|&day| day <= days.last)?;
            next = self.first_from(day + 1);
            Some(day)
        })
    }

    /// The label of the tick on `day`.
    fn label(self, day: u32) -> String {
        let date = date_of(day);
        match self {
            TickUnit::Days | TickUnit::Weeks => {
                format!("{} {}", date.day(), month_abbreviation(date.month()))
            }
            TickUnit::Months | TickUnit::Quarters => {
                format!("{} {}", month_abbreviation(date.month()), date.year())
            }
            TickUnit::Years(_) => date.year().to_string(),
        }
    }
}

/// Sizes in pixels, from the stylesheet.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AxisConfig {
    /// The widest character of the labels' font (digits and capitals).
    pub char_width: f64,
    /// The least space between two labels.
    pub label_gap: f64,
    /// The least space between two minor ticks; closer, they are left out.
    pub min_minor_spacing: f64,
}

impl Default for AxisConfig {
    fn default() -> AxisConfig {
        AxisConfig {
            char_width: 7.0,
            label_gap: 12.0,
            min_minor_spacing: 5.0,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub x: f64,
    /// The day it stands at the start of.
    pub day: u32,
    /// Major ticks are labelled; minor ones are not.
    pub label: Option<String>,
}

impl Tick {
    pub fn is_major(&self) -> bool {
        self.label.is_some()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub unit: TickUnit,
    pub minor_unit: Option<TickUnit>,
    /// Left to right; a minor tick never stands where a major one does.
    pub ticks: Vec<Tick>,
}

/// The ticks of `viewport`: the finest unit whose labels are at least their own width and a gap apart,
/// even where its ticks are closest (February, a 90-day quarter), and minor ticks in the finest unit
/// that divides it and is at least `min_minor_spacing` apart.
pub fn axis(viewport: &Viewport, config: &AxisConfig) -> Axis {
    let pixels_per_day = 1.0 / viewport.days_per_pixel;
    let spacing = |unit: TickUnit| unit.shortest_days() * pixels_per_day;
    let unit = TickUnit::all()
        .find(|&unit| spacing(unit) >= unit.label_chars() * config.char_width + config.label_gap)
        .unwrap_or(TickUnit::Years(YEAR_STEPS[YEAR_STEPS.len() - 1]));
    let minor_unit = unit
        .divisions()
        .into_iter()
        .find(|&finer| spacing(finer) >= config.min_minor_spacing);
    // Ticks stand at the start of a day: those from the first day starting in view to the last.
    let shown = viewport.days();
    let first = shown.first + u32::from(f64::from(shown.first) < viewport.first_day);
    let days = DaySpan {
        first,
        last: shown.last.max(first),
    };
    let mut ticks: Vec<Tick> = unit
        .ticks_in(days)
        .map(|day| Tick {
            x: viewport.x_of(f64::from(day)),
            day,
            label: Some(unit.label(day)),
        })
        .collect();
    if let Some(minor_unit) = minor_unit {
        let majors: Vec<u32> = ticks.iter().map(|tick| tick.day).collect();
        ticks.extend(
            minor_unit
                .ticks_in(days)
                .filter(|day| majors.binary_search(day).is_err())
                .map(|day| Tick {
                    x: viewport.x_of(f64::from(day)),
                    day,
                    label: None,
                }),
        );
        ticks.sort_by_key(|tick| tick.day);
    }
    Axis {
        unit,
        minor_unit,
        ticks,
    }
}

#[cfg(test)]
mod tests {
    use super::super::day::day_of;
    use super::*;
    use expect_test::{expect, Expect};

    fn check(first: &str, days: f64, width: f64, expected: Expect) {
        let date: crate::corpus::PublishedDate = first.parse().unwrap();
        let viewport = Viewport {
            first_day: f64::from(day_of(date.earliest())),
            days_per_pixel: days / width,
            width,
        };
        let axis = axis(&viewport, &AxisConfig::default());
        let majors: Vec<String> = axis
            .ticks
            .iter()
            .filter_map(|tick| {
                tick.label
                    .as_ref()
                    .map(|label| format!("{:.0} {label}", tick.x))
            })
            .collect();
        let minors = axis.ticks.iter().filter(|tick| !tick.is_major()).count();
        expected.assert_eq(&format!(
            "{:?} / minor {:?} ({minors})\n{}",
            axis.unit,
            axis.minor_unit,
            majors.join(", ")
        ));
    }

    #[test]
    fn a_week_is_labelled_by_day() {
        check(
            "2023-12-09",
            7.0,
            1000.0,
            expect![[r#"
                Days / minor None (0)
                0 9 Dec, 143 10 Dec, 286 11 Dec, 429 12 Dec, 571 13 Dec, 714 14 Dec, 857 15 Dec"#]],
        );
    }

    #[test]
    fn a_month_is_labelled_by_mondays_over_days() {
        check(
            "2023-12",
            31.0,
            400.0,
            expect![[r#"
                Weeks / minor Some(Days) (27)
                39 4 Dec, 129 11 Dec, 219 18 Dec, 310 25 Dec"#]],
        );
    }

    #[test]
    fn a_year_is_labelled_by_month() {
        check(
            "2023",
            365.0,
            1200.0,
            expect![[r#"
                Months / minor None (0)
                0 Jan 2023, 102 Feb 2023, 194 Mar 2023, 296 Apr 2023, 395 May 2023, 496 Jun 2023, 595 Jul 2023, 697 Aug 2023, 799 Sep 2023, 898 Oct 2023, 999 Nov 2023, 1098 Dec 2023"#]],
        );
    }

    #[test]
    fn a_narrow_year_is_labelled_by_quarter() {
        check(
            "2023",
            365.0,
            400.0,
            expect![[r#"
                Quarters / minor Some(Months) (8)
                0 Jan 2023, 99 Apr 2023, 198 Jul 2023, 299 Oct 2023"#]],
        );
    }

    #[test]
    fn decades_are_labelled_by_year_steps_that_divide_evenly() {
        check(
            "1990",
            365.25 * 40.0,
            600.0,
            expect![[r#"
                Years(10) / minor Some(Years(1)) (36)
                0 1990, 150 2000, 300 2010, 450 2020"#]],
        );
    }

    #[test]
    fn the_whole_calendar_still_has_an_axis() {
        check(
            "0001",
            f64::from(LAST_DAY),
            800.0,
            expect![[r#"
                Years(1000) / minor Some(Years(100)) (90)
                80 1000, 160 2000, 240 3000, 320 4000, 400 5000, 480 6000, 560 7000, 640 8000, 720 9000"#]],
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn labels_never_touch(
                first in 0.0f64..3_600_000.0,
                days_per_pixel in 0.001f64..5000.0,
                width in 50.0f64..3000.0,
            ) {
                let viewport = Viewport { first_day: first, days_per_pixel, width };
                let config = AxisConfig::default();
                let axis = axis(&viewport, &config);
                let majors: Vec<&Tick> = axis.ticks.iter().filter(|tick| tick.is_major()).collect();
                for pair in majors.windows(2) {
                    let room = pair[1].x - pair[0].x;
                    let needed = pair[0].label.as_ref().unwrap().chars().count() as f64 * config.char_width
                        + config.label_gap;
                    prop_assert!(room >= needed - 1e-6, "{pair:?}");
                }
                for pair in axis.ticks.windows(2) {
                    prop_assert!(pair[0].day < pair[1].day);
                }
                for tick in &axis.ticks {
                    prop_assert!(tick.x >= -1e-6 && tick.x <= width + 1e-6, "{tick:?}");
                }
            }
        }
    }
}
