//! Day numbers: a calendar date as a count of days since 1 January of year 1, and back.
//!
//! The timeline measures in days because its arithmetic is all distances (pixels per day, the days
//! between two items); a plain integer makes those subtractions and keeps an item small.

use crate::corpus::{CalendarDate, PublishedDate};

/// The number of 9999-12-31, the last day a [`CalendarDate`] can be.
pub const LAST_DAY: u32 = 3_652_058;

/// Days in a 400-year cycle of the Gregorian calendar, which repeats exactly.
const DAYS_PER_ERA: i64 = 146_097;

/// The day's number: 0 for 0001-01-01, counting every day of the proleptic Gregorian calendar.
pub fn day_of(date: CalendarDate) -> u32 {
    // Howard Hinnant's `days_from_civil`, counted from 0000-03-01 so that a leap day ends its year.
    let month = i64::from(date.month());
    let year = i64::from(date.year()) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let shifted_month = (month + 9) % 12;
    let day_of_year = (153 * shifted_month + 2) / 5 + i64::from(date.day()) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    let since_march_of_year_zero = era * DAYS_PER_ERA + day_of_era;
    // 0000-03-01 to 0001-01-01 is 306 days.
    (since_march_of_year_zero - 306).clamp(0, i64::from(LAST_DAY)) as u32
}

/// The date of a day number; numbers past [`LAST_DAY`] give the last day.
pub fn date_of(day: u32) -> CalendarDate {
    let since_march_of_year_zero = i64::from(day.min(LAST_DAY)) + 306;
    let era = since_march_of_year_zero.div_euclid(DAYS_PER_ERA);
    let day_of_era = since_march_of_year_zero - era * DAYS_PER_ERA;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day_of_month = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    CalendarDate::new(year as i32, month as u8, day_of_month as u8)
        .expect("every number up to LAST_DAY is a day of the calendar (tested on all of them)")
}

/// The days something may fall on, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DaySpan {
    pub first: u32,
    pub last: u32,
}

impl DaySpan {
    /// Every day a publication date allows: one for an exact day, all of a month, a year or a range.
    pub fn of(date: PublishedDate) -> DaySpan {
        DaySpan {
            first: day_of(date.earliest()),
            last: day_of(date.latest()),
        }
    }

    /// How many days it covers (at least one).
    pub fn days(self) -> u32 {
        self.last.saturating_sub(self.first) + 1
    }

    /// The smallest span covering both.
    pub fn union(self, other: DaySpan) -> DaySpan {
        DaySpan {
            first: self.first.min(other.first),
            last: self.last.max(other.last),
        }
    }
}

/// Monday, Tuesday… as 0, 1…: 0001-01-01 was a Monday, and weeks repeat every seven days.
pub fn weekday(day: u32) -> u32 {
    day % 7
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn date(year: i32, month: u8, day: u8) -> CalendarDate {
        CalendarDate::new(year, month, day).unwrap()
    }

    #[test]
    fn landmarks_of_the_calendar() {
        let landmarks = [
            date(1, 1, 1),
            date(1, 12, 31),
            date(4, 2, 29),
            date(1900, 3, 1),
            date(1970, 1, 1),
            date(2000, 2, 29),
            date(2023, 12, 11),
            date(9999, 12, 31),
        ];
        let rendered: Vec<String> = landmarks
            .iter()
            .map(|&date| {
                let day = day_of(date);
                format!("{date} = {day} (weekday {})", weekday(day))
            })
            .collect();
        expect![[r#"
            0001-01-01 = 0 (weekday 0)
            0001-12-31 = 364 (weekday 0)
            0004-02-29 = 1154 (weekday 6)
            1900-03-01 = 693654 (weekday 3)
            1970-01-01 = 719162 (weekday 3)
            2000-02-29 = 730178 (weekday 1)
            2023-12-11 = 738864 (weekday 0)
            9999-12-31 = 3652058 (weekday 4)"#]]
        .assert_eq(&rendered.join("\n"));
    }

    #[test]
    fn numbers_past_the_last_day_give_the_last_day() {
        assert_eq!(date_of(LAST_DAY + 1), date(9999, 12, 31));
        assert_eq!(date_of(u32::MAX), date(9999, 12, 31));
    }

    #[test]
    fn every_day_follows_the_one_before() {
        // The whole calendar, walked: each number's date is the day after the previous number's.
        let mut previous = date_of(0);
        for day in 1..=LAST_DAY {
            let current = date_of(day);
            assert!(current > previous, "{current} after {previous}");
            assert_eq!(day_of(current), day);
            previous = current;
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn a_date_survives_the_round_trip(year in 1i32..=9999, month in 1u8..=12, day in 1u8..=31) {
                if let Some(date) = CalendarDate::new(year, month, day) {
                    prop_assert_eq!(date_of(day_of(date)), date);
                }
            }

            #[test]
            fn a_number_survives_the_round_trip(day in 0u32..=LAST_DAY) {
                prop_assert_eq!(day_of(date_of(day)), day);
            }
        }
    }
}
