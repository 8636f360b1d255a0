//! Date lines and bylines as pages print them: "Dec 11, 2023", "Published 5 June 2025", "By Jane Doe".

use super::date::{CalendarDate, PublishedDate};

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The line without Markdown emphasis marks ("*By Tessa Lindgren*", "**Published:** 30 April 2024"):
/// a byline or date line in Markdown is still one.
fn without_emphasis(paragraph: &str) -> String {
    paragraph
        .chars()
        .filter(|c| !matches!(c, '*' | '_'))
        .collect()
}

/// What a date line says, and whether it is the first publication or a later update.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateLine {
    pub date: CalendarDate,
    pub is_update: bool,
}

/// Reads a paragraph that is only a date, perhaps labelled and timed: "Dec 11, 2023", "14 March 2024",
/// "Published 5 June 2025", "Updated: 3 Feb 2022 10:30", "2023-12-11", "Monday 11 December 2023".
/// A date inside a sentence is not a date line.
pub fn parse_date_line(paragraph: &str) -> Option<DateLine> {
    let paragraph = without_emphasis(paragraph);
    let paragraph = paragraph.as_str();
    if paragraph.len() > 80 {
        return None;
    }
    let words: Vec<String> = paragraph
        .split(|c: char| c.is_whitespace() || c == ',' || c == '|' || c == '·')
        .map(|word| {
            word.trim_matches([':', '.', '(', ')', '–', '—', '-'])
                .to_lowercase()
        })
        .filter(|word| !word.is_empty())
        .collect();
    let mut is_update = false;
    let mut date = None;
    let mut index = 0;
    while index < words.len() {
        let word = words[index].as_str();
        match word {
            "published" | "posted" | "first" | "on" | "at" | "last" | "date" | "am" | "pm"
            | "gmt" | "bst" | "utc" => {}
            "updated" | "modified" | "edited" => is_update = true,
            _ if WEEKDAYS
                .iter()
                .any(|day| day.starts_with(word) && word.len() >= 3) => {}
            _ if is_clock_time(word) => {}
            _ if date.is_none() => {
                let (found, used) = date_at(&words[index..])?;
                date = Some(found);
                index += used;
                continue;
            }
            _ => return None,
        }
        index += 1;
    }
    date.map(|date| DateLine { date, is_update })
}

/// A date starting at `words[0]`, and how many words it used.
fn date_at(words: &[String]) -> Option<(CalendarDate, usize)> {
    if let Ok(PublishedDate::Day(date)) = words[0].parse::<PublishedDate>() {
        return Some((date, 1));
    }
    let month_of = |word: &str| {
        (word.len() >= 3)
            .then(|| {
                MONTHS
                    .iter()
                    .position(|month| month.starts_with(word.trim_end_matches('.')))
            })
            .flatten()
            .and_then(|index| u8::try_from(index + 1).ok())
    };
    let day_of = |word: &str| {
        let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &word[digits.len()..];
        let ordinal_suffix = matches!(suffix, "" | "st" | "nd" | "rd" | "th");
        (ordinal_suffix && (1..=2).contains(&digits.len()))
            .then(|| digits.parse::<u8>().ok())
            .flatten()
    };
    let year_of = |word: &str| {
        (word.len() == 4)
            .then(|| word.parse::<i32>().ok())
            .flatten()
            .filter(|year| (1900..=2200).contains(year))
    };
    let [first, second, third, ..] = words else {
        return None;
    };
    // "Dec 11 2023" (the comma is already gone) or "11 Dec 2023".
    let (month, day) = match (
        month_of(first),
        day_of(second),
        day_of(first),
        month_of(second),
    ) {
        (Some(month), Some(day), _, _) => (month, day),
        (_, _, Some(day), Some(month)) => (month, day),
        _ => return None,
    };
    let year = year_of(third)?;
    CalendarDate::new(year, month, day).map(|date| (date, 3))
}

fn is_clock_time(word: &str) -> bool {
    let word = word.trim_end_matches("am").trim_end_matches("pm");
    let mut parts = word.split([':', '.']);
    let hours = parts.next().and_then(|hours| hours.parse::<u8>().ok());
    let minutes = parts.next().and_then(|minutes| minutes.parse::<u8>().ok());
    matches!((hours, minutes, parts.next()), (Some(hours), Some(minutes), None) if hours < 24 && minutes < 60)
}

/// Job words that mark "Jane Doe, Political Correspondent" as a byline without "By".
const BYLINE_ROLES: [&str; 9] = [
    "correspondent",
    "reporter",
    "editor",
    "journalist",
    "writer",
    "columnist",
    "staff",
    "contributor",
    "reporters",
];

/// The author named by a byline paragraph: "By Jane Doe", "By Jane Doe and John Smith",
/// "By Jane Doe, Political Correspondent", "Jane Doe, Health Reporter".
pub fn parse_byline(paragraph: &str) -> Option<String> {
    let paragraph = without_emphasis(paragraph);
    let paragraph = paragraph.trim();
    if paragraph.len() > 100 || paragraph.ends_with(['.', '!', '?', ':']) {
        return None;
    }
    let (names, has_by) = match paragraph
        .strip_prefix("By ")
        .or_else(|| paragraph.strip_prefix("by "))
    {
        Some(rest) => (rest, true),
        None => (paragraph, false),
    };
    let (names, role) = match names.split_once(',') {
        Some((names, role)) => (names.trim(), Some(role.trim())),
        None => (names.trim(), None),
    };
    let role_marks_byline = role.is_some_and(|role| {
        role.split_whitespace()
            .any(|word| BYLINE_ROLES.contains(&word.to_lowercase().as_str()))
    });
    if !has_by && !role_marks_byline {
        return None;
    }
    let looks_like_names = names.split(" and ").all(|name| {
        let words: Vec<&str> = name.split_whitespace().collect();
        (2..=4).contains(&words.len())
            && words
                .iter()
                .all(|word| word.chars().next().is_some_and(char::is_uppercase))
    });
    looks_like_names.then(|| names.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(paragraph: &str) -> Option<String> {
        parse_date_line(paragraph).map(|line| {
            format!(
                "{}{}",
                line.date,
                if line.is_update { " (updated)" } else { "" }
            )
        })
    }

    #[test]
    fn date_lines_in_the_forms_pages_print() {
        assert_eq!(date("Dec 11, 2023").as_deref(), Some("2023-12-11"));
        assert_eq!(date("14 March 2024").as_deref(), Some("2024-03-14"));
        assert_eq!(date("Published 5 June 2025").as_deref(), Some("2025-06-05"));
        assert_eq!(date("2023-12-11").as_deref(), Some("2023-12-11"));
        assert_eq!(
            date("**Published:** 30 April 2024").as_deref(),
            Some("2024-04-30")
        );
        assert_eq!(
            date("Updated: 3 Feb 2022").as_deref(),
            Some("2022-02-03 (updated)")
        );
        assert_eq!(
            date("Monday 11 December 2023, 10:30 GMT").as_deref(),
            Some("2023-12-11")
        );
        assert_eq!(
            date("Posted on September 3rd, 2021 at 9:15 am").as_deref(),
            Some("2021-09-03")
        );
    }

    #[test]
    fn dates_inside_sentences_and_impossible_dates_are_not_date_lines() {
        assert_eq!(date("The plan was published on 5 June 2025."), None);
        assert_eq!(date("Feb 30, 2023"), None);
        assert_eq!(date("March 2024"), None);
        assert_eq!(date("Chief Constable"), None);
        assert_eq!(date("May"), None);
    }

    #[test]
    fn bylines_name_their_authors() {
        assert_eq!(
            parse_byline("By Paul Jacques").as_deref(),
            Some("Paul Jacques")
        );
        assert_eq!(
            parse_byline("*By Tessa Lindgren*").as_deref(),
            Some("Tessa Lindgren")
        );
        assert_eq!(
            parse_byline("By Jane Doe and John Smith").as_deref(),
            Some("Jane Doe and John Smith")
        );
        assert_eq!(
            parse_byline("By Jane Doe, Political Correspondent").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(
            parse_byline("Jane Doe, Health Reporter").as_deref(),
            Some("Jane Doe")
        );
    }

    #[test]
    fn sentences_and_job_adverts_are_not_bylines() {
        assert_eq!(
            parse_byline("By introducing end to end encryption, companies are at fault."),
            None
        );
        assert_eq!(parse_byline("Chief Constable"), None);
        assert_eq!(parse_byline("Humberside Police"), None);
        assert_eq!(parse_byline("By the numbers"), None);
    }
}
