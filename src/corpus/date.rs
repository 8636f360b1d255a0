//! Publication dates that say how precisely they are known: a day, a month, a year, or a range of days.
//!
//! Written in the manifest in ISO 8601 form — `2023-12-11`, `2023-12`, `2023`, or an interval
//! `2023-12-06/2023-12-11` when the exact day is not known — and serialised in the same form, so the
//! manifest, the JSON output and the compiled bundle all read alike.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

const MONTH_ABBREVIATIONS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A day of the proleptic Gregorian calendar, checked on construction (no 31 April, no 29 February 2023) —
/// and on deserialisation, which goes through the same check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "(i32, u8, u8)", into = "(i32, u8, u8)")]
pub struct CalendarDate {
    year: i32,
    month: u8,
    day: u8,
}

impl CalendarDate {
    /// The date, or `None` when no such day exists. Years are limited to 1–9999, as ISO 8601's basic form is.
    pub fn new(year: i32, month: u8, day: u8) -> Option<CalendarDate> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(CalendarDate { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// "11 Dec 2023".
    pub fn label(self) -> String {
        format!(
            "{} {} {}",
            self.day,
            month_abbreviation(self.month),
            self.year
        )
    }
}

impl TryFrom<(i32, u8, u8)> for CalendarDate {
    type Error = String;

    fn try_from((year, month, day): (i32, u8, u8)) -> Result<CalendarDate, String> {
        CalendarDate::new(year, month, day)
            .ok_or_else(|| format!("{year:04}-{month:02}-{day:02} is not a day of the calendar"))
    }
}

impl From<CalendarDate> for (i32, u8, u8) {
    fn from(date: CalendarDate) -> (i32, u8, u8) {
        (date.year, date.month, date.day)
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// "Jan", "Feb"… for months 1–12 (out-of-range months are clamped).
pub fn month_abbreviation(month: u8) -> &'static str {
    MONTH_ABBREVIATIONS[usize::from(month.clamp(1, 12) - 1)]
}

/// When something was published, at the precision the source allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PublishedDate {
    /// The exact day is known.
    Day(CalendarDate),
    /// Only the month is known.
    Month { year: i32, month: u8 },
    /// Only the year is known.
    Year(i32),
    /// Published on one day between `earliest` and `latest` (both included); which one is unknown.
    Range {
        earliest: CalendarDate,
        latest: CalendarDate,
    },
}

/// How precisely a [`PublishedDate`] is known, coarsest last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    Day,
    Range,
    Month,
    Year,
}

impl PublishedDate {
    pub fn precision(self) -> DatePrecision {
        match self {
            PublishedDate::Day(_) => DatePrecision::Day,
            PublishedDate::Range { .. } => DatePrecision::Range,
            PublishedDate::Month { .. } => DatePrecision::Month,
            PublishedDate::Year(_) => DatePrecision::Year,
        }
    }

    /// The first day it may have been published on.
    pub fn earliest(self) -> CalendarDate {
        match self {
            PublishedDate::Day(date) => date,
            PublishedDate::Range { earliest, .. } => earliest,
            PublishedDate::Month { year, month } => CalendarDate {
                year,
                month,
                day: 1,
            },
            PublishedDate::Year(year) => CalendarDate {
                year,
                month: 1,
                day: 1,
            },
        }
    }

    /// The last day it may have been published on.
    pub fn latest(self) -> CalendarDate {
        match self {
            PublishedDate::Day(date) => date,
            PublishedDate::Range { latest, .. } => latest,
            PublishedDate::Month { year, month } => CalendarDate {
                year,
                month,
                day: days_in_month(year, month),
            },
            PublishedDate::Year(year) => CalendarDate {
                year,
                month: 12,
                day: 31,
            },
        }
    }

    /// A short human label that never claims more precision than is known:
    /// "11 Dec 2023", "6–11 Dec 2023", "Dec 2023", "2023".
    pub fn label(self) -> String {
        match self {
            PublishedDate::Day(date) => date.label(),
            PublishedDate::Month { year, month } => {
                format!("{} {}", month_abbreviation(month), year)
            }
            PublishedDate::Year(year) => year.to_string(),
            PublishedDate::Range { earliest, latest } => {
                if earliest.year != latest.year {
                    format!("{} – {}", earliest.label(), latest.label())
                } else if earliest.month != latest.month {
                    format!(
                        "{} {} – {} {} {}",
                        earliest.day,
                        month_abbreviation(earliest.month),
                        latest.day,
                        month_abbreviation(latest.month),
                        latest.year
                    )
                } else {
                    format!(
                        "{}–{} {} {}",
                        earliest.day,
                        latest.day,
                        month_abbreviation(latest.month),
                        latest.year
                    )
                }
            }
        }
    }

    /// What a reader must know about the precision, or `None` when the day is exact.
    pub fn precision_note(self) -> Option<&'static str> {
        match self.precision() {
            DatePrecision::Day => None,
            DatePrecision::Range => Some("exact day unknown"),
            DatePrecision::Month => Some("month only"),
            DatePrecision::Year => Some("year only"),
        }
    }

    /// Orders newest first by the latest possible day, then the narrower date first.
    pub fn cmp_newest_first(self, other: PublishedDate) -> Ordering {
        other
            .latest()
            .cmp(&self.latest())
            .then_with(|| other.earliest().cmp(&self.earliest()))
    }
}

impl fmt::Display for PublishedDate {
    /// The ISO 8601 form the manifest uses; it parses back to the same value.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            PublishedDate::Day(date) => write!(f, "{date}"),
            PublishedDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            PublishedDate::Year(year) => write!(f, "{year:04}"),
            PublishedDate::Range { earliest, latest } => write!(f, "{earliest}/{latest}"),
        }
    }
}

/// Why a date could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError {
    pub kind: DateErrorKind,
    pub input: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateErrorKind {
    /// Not of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD.
    Shape,
    /// Well formed, but no such month or day (2023-13, 2023-02-30).
    NoSuchDay,
    /// A range whose end comes before its start.
    RangeBackwards,
    /// A range whose ends are not both whole days.
    RangeNotOfDays,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let input = &self.input;
        match self.kind {
            DateErrorKind::Shape => write!(
                f,
                "\"{input}\" is not a date: write a day \"2023-12-11\", a month \"2023-12\", a year \"2023\", \
                 or a range of days \"2023-12-06/2023-12-11\" when the exact day is unknown"
            ),
            DateErrorKind::NoSuchDay => write!(f, "\"{input}\" names a month or day that does not exist"),
            DateErrorKind::RangeBackwards => {
                write!(f, "the range \"{input}\" ends before it starts")
            }
            DateErrorKind::RangeNotOfDays => write!(
                f,
                "the range \"{input}\" must run from one whole day to another, like \"2023-12-06/2023-12-11\""
            ),
        }
    }
}

impl std::error::Error for DateError {}

impl FromStr for PublishedDate {
    type Err = DateError;

    fn from_str(input: &str) -> Result<PublishedDate, DateError> {
        let error = |kind| DateError {
            kind,
            input: input.to_owned(),
        };
        let trimmed = input.trim();
        if let Some((start, end)) = trimmed.split_once('/') {
            let start = parse_single(start.trim()).map_err(error)?;
            let end = parse_single(end.trim()).map_err(error)?;
            let (PublishedDate::Day(earliest), PublishedDate::Day(latest)) = (start, end) else {
                return Err(error(DateErrorKind::RangeNotOfDays));
            };
            return match earliest.cmp(&latest) {
                Ordering::Greater => Err(error(DateErrorKind::RangeBackwards)),
                // A range of one day is simply that day.
                Ordering::Equal => Ok(PublishedDate::Day(earliest)),
                Ordering::Less => Ok(PublishedDate::Range { earliest, latest }),
            };
        }
        parse_single(trimmed).map_err(error)
    }
}

fn parse_single(text: &str) -> Result<PublishedDate, DateErrorKind> {
    let mut parts = text.split('-');
    let year = parse_digits(parts.next(), 4)?;
    let month = parts
        .next()
        .map(|part| parse_digits(Some(part), 2))
        .transpose()?;
    let day = parts
        .next()
        .map(|part| parse_digits(Some(part), 2))
        .transpose()?;
    if parts.next().is_some() {
        return Err(DateErrorKind::Shape);
    }
    let year = i32::try_from(year).map_err(|_| DateErrorKind::Shape)?;
    if year == 0 {
        return Err(DateErrorKind::NoSuchDay);
    }
    let month_in_range = |month: u32| {
        u8::try_from(month)
            .ok()
            .filter(|month| (1..=12).contains(month))
            .ok_or(DateErrorKind::NoSuchDay)
    };
    match (month, day) {
        (None, _) => Ok(PublishedDate::Year(year)),
        (Some(month), None) => Ok(PublishedDate::Month {
            year,
            month: month_in_range(month)?,
        }),
        (Some(month), Some(day)) => {
            let day = u8::try_from(day).map_err(|_| DateErrorKind::NoSuchDay)?;
            CalendarDate::new(year, month_in_range(month)?, day)
                .map(PublishedDate::Day)
                .ok_or(DateErrorKind::NoSuchDay)
        }
    }
}

fn parse_digits(part: Option<&str>, width: usize) -> Result<u32, DateErrorKind> {
    match part {
        Some(digits) if digits.len() == width && digits.bytes().all(|b| b.is_ascii_digit()) => {
            digits.parse().map_err(|_| DateErrorKind::Shape)
        }
        _ => Err(DateErrorKind::Shape),
    }
}

impl Serialize for PublishedDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PublishedDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<PublishedDate, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check(input: &str, expected: Expect) {
        let actual = match input.parse::<PublishedDate>() {
            Ok(date) => format!(
                "{date} | {} | {:?} | {}..={} | note: {:?}",
                date.label(),
                date.precision(),
                date.earliest(),
                date.latest(),
                date.precision_note()
            ),
            Err(error) => format!("error: {error}"),
        };
        expected.assert_eq(&actual);
    }

    #[test]
    fn a_day_is_exact() {
        check(
            "2023-12-11",
            expect!["2023-12-11 | 11 Dec 2023 | Day | 2023-12-11..=2023-12-11 | note: None"],
        );
    }

    #[test]
    fn a_range_within_one_month_reads_as_days_of_that_month() {
        check(
            "2023-12-06/2023-12-11",
            expect![[
                r#"2023-12-06/2023-12-11 | 6–11 Dec 2023 | Range | 2023-12-06..=2023-12-11 | note: Some("exact day unknown")"#
            ]],
        );
    }

    #[test]
    fn a_range_across_months_and_years_names_both_ends() {
        assert_eq!(
            "2023-11-28/2023-12-03"
                .parse::<PublishedDate>()
                .unwrap()
                .label(),
            "28 Nov – 3 Dec 2023"
        );
        assert_eq!(
            "2023-12-28/2024-01-02"
                .parse::<PublishedDate>()
                .unwrap()
                .label(),
            "28 Dec 2023 – 2 Jan 2024"
        );
    }

    #[test]
    fn a_month_spans_all_its_days_including_leap_february() {
        check(
            "2024-02",
            expect![[
                r#"2024-02 | Feb 2024 | Month | 2024-02-01..=2024-02-29 | note: Some("month only")"#
            ]],
        );
    }

    #[test]
    fn a_year_alone() {
        check(
            "1999",
            expect![[r#"1999 | 1999 | Year | 1999-01-01..=1999-12-31 | note: Some("year only")"#]],
        );
    }

    #[test]
    fn a_one_day_range_is_that_day() {
        check(
            "2023-12-06/2023-12-06",
            expect!["2023-12-06 | 6 Dec 2023 | Day | 2023-12-06..=2023-12-06 | note: None"],
        );
    }

    #[test]
    fn impossible_days_are_refused() {
        check(
            "2023-02-29",
            expect![[r#"error: "2023-02-29" names a month or day that does not exist"#]],
        );
        check(
            "2023-13",
            expect![[r#"error: "2023-13" names a month or day that does not exist"#]],
        );
        check(
            "2023-04-31",
            expect![[r#"error: "2023-04-31" names a month or day that does not exist"#]],
        );
    }

    #[test]
    fn other_shapes_are_refused_with_the_forms_that_work() {
        check(
            "11 Dec 2023",
            expect![[
                r#"error: "11 Dec 2023" is not a date: write a day "2023-12-11", a month "2023-12", a year "2023", or a range of days "2023-12-06/2023-12-11" when the exact day is unknown"#
            ]],
        );
        check(
            "2023-1-5",
            expect![[
                r#"error: "2023-1-5" is not a date: write a day "2023-12-11", a month "2023-12", a year "2023", or a range of days "2023-12-06/2023-12-11" when the exact day is unknown"#
            ]],
        );
        check(
            "",
            expect![[
                r#"error: "" is not a date: write a day "2023-12-11", a month "2023-12", a year "2023", or a range of days "2023-12-06/2023-12-11" when the exact day is unknown"#
            ]],
        );
    }

    #[test]
    fn ranges_must_run_forwards_between_whole_days() {
        check(
            "2023-12-11/2023-12-06",
            expect![[r#"error: the range "2023-12-11/2023-12-06" ends before it starts"#]],
        );
        check(
            "2023-11/2023-12",
            expect![[
                r#"error: the range "2023-11/2023-12" must run from one whole day to another, like "2023-12-06/2023-12-11""#
            ]],
        );
    }

    #[test]
    fn every_form_parses_back_from_its_own_text() {
        for text in ["2023-12-11", "2023-12", "2023", "2023-12-06/2023-12-11"] {
            let date: PublishedDate = text.parse().unwrap();
            assert_eq!(date.to_string(), text);
            assert_eq!(date.to_string().parse::<PublishedDate>().unwrap(), date);
        }
    }

    #[test]
    fn newest_first_orders_by_latest_possible_day() {
        let mut dates: Vec<PublishedDate> =
            ["2023-12-06/2023-12-11", "2023-12-11", "2023-12", "2022"]
                .iter()
                .map(|text| text.parse().unwrap())
                .collect();
        dates.sort_by(|a, b| a.cmp_newest_first(*b));
        let order: Vec<String> = dates.iter().map(ToString::to_string).collect();
        assert_eq!(
            order,
            ["2023-12", "2023-12-11", "2023-12-06/2023-12-11", "2022"]
        );
    }
}
