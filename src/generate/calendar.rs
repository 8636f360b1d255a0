//! Days for the generator: day numbers to count with, ISO dates for the manifest, and the many ways a page
//! writes a date in its text.

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// A day, counted from 1970-01-01, so that "three days earlier" is a subtraction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(i64);

impl Day {
    /// The day of a calendar date (proleptic Gregorian; Hinnant's `days_from_civil`).
    pub fn from_date(year: i64, month: u32, day: u32) -> Day {
        let year = if month <= 2 { year - 1 } else { year };
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(month);
        let shifted_month = if month > 2 { month - 3 } else { month + 9 };
        let day_of_year = (153 * shifted_month + 2) / 5 + i64::from(day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        Day(era * 146_097 + day_of_era - 719_468)
    }

    /// The calendar date of this day (Hinnant's `civil_from_days`).
    pub fn date(self) -> (i64, u32, u32) {
        let shifted = self.0 + 719_468;
        let era = shifted.div_euclid(146_097);
        let day_of_era = shifted - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        } as u32;
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        (year, month, day)
    }

    pub fn plus(self, days: i64) -> Day {
        Day(self.0 + days)
    }

    pub fn days_since(self, earlier: Day) -> i64 {
        self.0 - earlier.0
    }

    pub fn year(self) -> i64 {
        self.date().0
    }

    /// 0 for Monday; 1970-01-01 was a Thursday.
    pub fn weekday(self) -> usize {
        (self.0 + 3).rem_euclid(7) as usize
    }

    pub fn weekday_name(self) -> &'static str {
        WEEKDAY_NAMES[self.weekday()]
    }

    /// `2023-12-11`, as the manifest writes a day.
    pub fn iso(self) -> String {
        let (year, month, day) = self.date();
        format!("{year:04}-{month:02}-{day:02}")
    }

    /// `2023-12`, as the manifest writes a month.
    pub fn iso_month(self) -> String {
        let (year, month, _) = self.date();
        format!("{year:04}-{month:02}")
    }
}

pub fn month_name(month: u32) -> &'static str {
    MONTH_NAMES[month as usize - 1]
}

fn month_abbreviation(month: u32) -> &'static str {
    &month_name(month)[..3]
}

/// How a page writes its publication date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateStyle {
    /// `Dec 11, 2023`
    MonthDayYearShort,
    /// `December 11, 2023`
    MonthDayYear,
    /// `14 March 2024`
    DayMonthYear,
    /// `14 Mar 2024`
    DayMonthYearShort,
    /// `Published 5 June 2025`
    Published,
    /// `Published: 05/06/2025` (day first, as British pages write it)
    PublishedNumeric,
    /// `2023-12-11`
    Iso,
    /// `Monday 14 March 2024`
    WeekdayDayMonthYear,
    /// `Mon 14 Mar 2024 10.42 GMT`
    WeekdayWithTime,
    /// `14.03.2024`
    Dotted,
    /// `Posted on March 14, 2024`
    PostedOn,
    /// `Last updated: 14 March 2024, 10:42am`
    LastUpdated,
}

impl DateStyle {
    pub const ALL: [DateStyle; 12] = [
        DateStyle::MonthDayYearShort,
        DateStyle::MonthDayYear,
        DateStyle::DayMonthYear,
        DateStyle::DayMonthYearShort,
        DateStyle::Published,
        DateStyle::PublishedNumeric,
        DateStyle::Iso,
        DateStyle::WeekdayDayMonthYear,
        DateStyle::WeekdayWithTime,
        DateStyle::Dotted,
        DateStyle::PostedOn,
        DateStyle::LastUpdated,
    ];

    /// The date line for `day`; `minutes` after midnight gives the time where the style shows one.
    pub fn write(self, day: Day, minutes: u32) -> String {
        let (year, month, date) = day.date();
        let hour = minutes / 60 % 24;
        let minute = minutes % 60;
        match self {
            DateStyle::MonthDayYearShort => {
                format!("{} {date}, {year}", month_abbreviation(month))
            }
            DateStyle::MonthDayYear => format!("{} {date}, {year}", month_name(month)),
            DateStyle::DayMonthYear => format!("{date} {} {year}", month_name(month)),
            DateStyle::DayMonthYearShort => format!("{date} {} {year}", month_abbreviation(month)),
            DateStyle::Published => format!("Published {date} {} {year}", month_name(month)),
            DateStyle::PublishedNumeric => format!("Published: {date:02}/{month:02}/{year}"),
            DateStyle::Iso => day.iso(),
            DateStyle::WeekdayDayMonthYear => {
                format!("{} {date} {} {year}", day.weekday_name(), month_name(month))
            }
            DateStyle::WeekdayWithTime => {
                // British Summer Time, roughly: the clocks go forward from April to October.
                let zone = if (4..=10).contains(&month) {
                    "BST"
                } else {
                    "GMT"
                };
                format!(
                    "{} {date} {} {year} {hour:02}.{minute:02} {zone}",
                    &day.weekday_name()[..3],
                    month_abbreviation(month),
                )
            }
            DateStyle::Dotted => format!("{date:02}.{month:02}.{year}"),
            DateStyle::PostedOn => format!("Posted on {} {date}, {year}", month_name(month)),
            DateStyle::LastUpdated => {
                let (twelve_hour, half) = match hour {
                    0 => (12, "am"),
                    1..=11 => (hour, "am"),
                    12 => (12, "pm"),
                    _ => (hour - 12, "pm"),
                };
                format!(
                    "Last updated: {date} {} {year}, {twelve_hour}:{minute:02}{half}",
                    month_name(month)
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    #[test]
    fn day_numbers_round_trip_through_the_calendar() {
        for (year, month, day) in [(1970, 1, 1), (2000, 2, 29), (2023, 12, 11), (2025, 3, 1)] {
            assert_eq!(Day::from_date(year, month, day).date(), (year, month, day));
        }
        assert_eq!(Day::from_date(1970, 1, 1), Day(0));
        assert_eq!(
            Day::from_date(2024, 3, 1).days_since(Day::from_date(2024, 2, 28)),
            2
        );
        assert_eq!(Day::from_date(2023, 12, 11).weekday_name(), "Monday");
    }

    #[test]
    fn every_date_style_writes_the_same_day() {
        let day = Day::from_date(2024, 3, 4);
        let lines: Vec<String> = DateStyle::ALL
            .iter()
            .map(|style| style.write(day, 14 * 60 + 5))
            .collect();
        expect![[r#"
            [
                "Mar 4, 2024",
                "March 4, 2024",
                "4 March 2024",
                "4 Mar 2024",
                "Published 4 March 2024",
                "Published: 04/03/2024",
                "2024-03-04",
                "Monday 4 March 2024",
                "Mon 4 Mar 2024 14.05 GMT",
                "04.03.2024",
                "Posted on March 4, 2024",
                "Last updated: 4 March 2024, 2:05pm",
            ]
        "#]]
        .assert_debug_eq(&lines);
    }
}
