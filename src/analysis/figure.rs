//! Figures: the numeric claims of a text — counts of something, percentages, sums of money, rates — with
//! their value, unit and exact place; never years, dates, times, ordinals, codes or labels.

use std::ops::Range;

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FigureKind {
    /// A number of things: "800 suspected offenders", "21 million reports", "a 12,000-seat stadium".
    Count,
    /// "92 per cent", "85%".
    Percent,
    /// "£4.2 million", "$10m", "€300".
    Currency,
}

impl FigureKind {
    pub fn id(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Percent => "percent",
            FigureKind::Currency => "currency",
        }
    }
}

/// A figure found in a text; ranges are byte offsets into that text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FigureMention {
    /// The whole phrase: "800 suspected offenders a month", "£4.2 million", "92 per cent".
    pub range: Range<usize>,
    /// The number as written, with its scale word: "1,200", "4.2 million", "21 million".
    pub number: Range<usize>,
    pub value: f64,
    pub kind: FigureKind,
    /// What is counted ("suspected offenders", "seat"), "percent", or the currency's ISO code.
    pub unit: Option<String>,
    /// The period of a rate: "day", "week", "month", "year".
    pub per: Option<String>,
}

const MONTHS: [&str; 24] = [
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
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Words that end a counted noun phrase ("800 children *a* month", "37 per cent *of* respondents").
const FUNCTION_WORDS: [&str; 40] = [
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "from", "by",
    "per", "each", "every", "that", "which", "who", "than", "as", "is", "are", "was", "were", "be",
    "been", "will", "would", "have", "has", "had", "it", "they", "we", "this", "these", "those",
    "more",
];

/// Capitalised labels a number belongs to rather than counts with ("Section 230", "Article 13").
fn is_label(word: &str) -> bool {
    let word = word.trim_end_matches(['.', ',']);
    let first_capital = word.chars().next().is_some_and(char::is_uppercase);
    first_capital
        && !matches!(
            word,
            "A" | "An"
                | "The"
                | "Some"
                | "About"
                | "Around"
                | "Nearly"
                | "Almost"
                | "Over"
                | "Under"
                | "Just"
                | "Only"
                | "More"
                | "Fewer"
                | "Less"
                | "At"
                | "By"
                | "Of"
                | "To"
                | "In"
                | "On"
                | "And"
        )
}

/// Every figure in `text`, in order.
pub fn find_figures(text: &str) -> Vec<FigureMention> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut figures = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        let (offset, c) = chars[index];
        if !c.is_ascii_digit() {
            index += 1;
            continue;
        }
        let (figure, next) = read_figure(text, &chars, index);
        if let Some(figure) = figure {
            figures.push(figure);
        }
        index = next.max(index + 1);
        let _ = offset;
    }
    figures
}

/// Reads the figure whose first digit is `chars[start]`, if it is one; returns where scanning goes on.
fn read_figure(
    text: &str,
    chars: &[(usize, char)],
    start: usize,
) -> (Option<FigureMention>, usize) {
    let char_at = |index: usize| chars.get(index).map(|&(_, c)| c);
    let offset_at = |index: usize| chars.get(index).map_or(text.len(), |&(offset, _)| offset);

    // The digits: groups of three after commas, then a decimal part.
    let mut end = start;
    while char_at(end).is_some_and(|c| c.is_ascii_digit()) {
        end += 1;
    }
    let mut grouped = false;
    while char_at(end) == Some(',')
        && (1..=3).all(|step| char_at(end + step).is_some_and(|c| c.is_ascii_digit()))
        && !char_at(end + 4).is_some_and(|c| c.is_ascii_digit())
    {
        end += 4;
        grouped = true;
    }
    let mut decimal = false;
    if char_at(end) == Some('.') && char_at(end + 1).is_some_and(|c| c.is_ascii_digit()) {
        end += 1;
        while char_at(end).is_some_and(|c| c.is_ascii_digit()) {
            end += 1;
        }
        decimal = true;
        // A second point makes a version or a date: 2.0.1, 11.12.2023.
        if char_at(end) == Some('.') && char_at(end + 1).is_some_and(|c| c.is_ascii_digit()) {
            return (None, skip_token(chars, end));
        }
    }
    let digits_text = &text[offset_at(start)..offset_at(end)];
    let Ok(base_value) = digits_text.replace(',', "").parse::<f64>() else {
        return (None, end);
    };

    // What stands right before: a currency sign, or a letter or hyphenated code (E2EE, COVID-19, M25).
    let mut phrase_start = start;
    let mut currency = None;
    let before = start.checked_sub(1).and_then(char_at);
    match before {
        Some('£') => currency = Some("GBP"),
        Some('€') => currency = Some("EUR"),
        Some('¥') => currency = Some("JPY"),
        Some('$') => {
            let is_us = start >= 3
                && text[offset_at(start - 3)..offset_at(start)].eq_ignore_ascii_case("us$");
            currency = Some("USD");
            if is_us {
                phrase_start = start - 3;
            }
        }
        Some(c) if c.is_alphanumeric() || c == '_' => return (None, skip_token(chars, end)),
        Some('-' | '/' | ':' | '.' | '#' | '+') => {
            let code_before = start
                .checked_sub(2)
                .and_then(char_at)
                .is_some_and(char::is_alphanumeric);
            if code_before {
                return (None, skip_token(chars, end));
            }
        }
        _ => {}
    }
    if currency.is_some() && phrase_start == start {
        phrase_start = start - 1;
    }
    // A URL, an e-mail address or a path: not prose.
    let word_start = chars[..start]
        .iter()
        .rposition(|&(_, c)| c.is_whitespace())
        .map_or(0, |index| index + 1);
    let word_end = skip_token(chars, end);
    let word = &text[offset_at(word_start)..offset_at(word_end)];
    if word.contains("://")
        || word.contains("www.")
        || word.contains('@')
        || word.matches('/').count() > 0 && !word.contains("£")
    {
        return (None, word_end);
    }

    // What follows directly: a time, an ordinal, a unit letter, a percent sign, a compound ("12,000-seat").
    let after = char_at(end);
    if after == Some(':') && char_at(end + 1).is_some_and(|c| c.is_ascii_digit()) {
        return (None, skip_token(chars, end));
    }
    let letters_after: String = chars[end..]
        .iter()
        .map(|&(_, c)| c)
        .take_while(|c| c.is_alphabetic())
        .collect();
    let lower_letters = letters_after.to_lowercase();
    let mut value = base_value;
    let mut number_end = end;
    let mut kind = if currency.is_some() {
        FigureKind::Currency
    } else {
        FigureKind::Count
    };
    let mut unit: Option<String> = currency.map(str::to_owned);
    if !letters_after.is_empty() {
        let scale = match lower_letters.as_str() {
            "m" | "mn" if currency.is_some() => Some(1e6),
            "bn" | "b" if currency.is_some() => Some(1e9),
            "k" => Some(1e3),
            "bn" => Some(1e9),
            _ => None,
        };
        match scale {
            Some(scale) => {
                value *= scale;
                number_end = end + letters_after.chars().count();
            }
            // 21st, 4G, 3D, 10am, 5pm, 3km (a measure we do not read): not a figure.
            None => return (None, skip_token(chars, end)),
        }
    }
    if after == Some('%') {
        kind = FigureKind::Percent;
        unit = Some("percent".to_owned());
        number_end = end + 1;
    }

    // A date or a year: "11 December 2023", "Dec 11, 2023", "in 2019", "2023-12-11".
    let previous_word = last_word(&text[..offset_at(phrase_start)]);
    let next_words = following_words(text, offset_at(number_end), 4);
    let next_word = next_words.first().map(|word| word.to_lowercase());
    let is_month =
        |word: &str| MONTHS.contains(&word.trim_end_matches(['.', ',']).to_lowercase().as_str());
    let is_year_like =
        !grouped && !decimal && digits_text.len() == 4 && (1800.0..=2100.0).contains(&base_value);
    let looks_like_date = previous_word.as_deref().is_some_and(is_month)
        || next_word.as_deref().is_some_and(is_month)
        || (after == Some('-')
            && char_at(end + 1).is_some_and(|c| c.is_ascii_digit())
            && digits_text.len() == 4);
    if currency.is_none()
        && kind != FigureKind::Percent
        && (looks_like_date || is_year_like && !counts_something(&next_words))
    {
        return (None, skip_token(chars, number_end));
    }
    if currency.is_none()
        && previous_word.as_deref().is_some_and(is_label)
        && kind != FigureKind::Percent
        && !counts_something(&next_words)
    {
        return (None, skip_token(chars, number_end));
    }
    // A phone number: groups of digits separated by spaces.
    let is_digit_group = |word: &str| word.len() >= 3 && word.chars().all(|c| c.is_ascii_digit());
    if !grouped
        && (next_words.first().is_some_and(|word| is_digit_group(word))
            || previous_word.as_deref().is_some_and(is_digit_group))
    {
        return (None, skip_token(chars, number_end));
    }

    let mut phrase_end = offset_at(number_end);
    let mut number_range_end = offset_at(number_end);
    // Compound adjective: "a 12,000-seat stadium".
    if after == Some('-') && letters_after.is_empty() {
        let compound: String = chars[end + 1..]
            .iter()
            .map(|&(_, c)| c)
            .take_while(|c| c.is_alphabetic())
            .collect();
        if !compound.is_empty() && compound.chars().all(char::is_lowercase) {
            unit = Some(compound.clone());
            phrase_end = offset_at(end + 1) + compound.len();
            return (
                Some(FigureMention {
                    range: offset_at(phrase_start)..phrase_end,
                    number: offset_at(phrase_start)..number_range_end,
                    value,
                    kind,
                    unit,
                    per: None,
                }),
                end + 1 + compound.chars().count(),
            );
        }
    }

    // Words after the number: scale, "per cent", what is counted, and a rate.
    let mut words = WordCursor::new(text, phrase_end);
    if let Some(scale) = words.peek().and_then(|word| scale_of(&word)) {
        value *= scale;
        words.advance();
        phrase_end = words.position;
        number_range_end = phrase_end;
    }
    if kind != FigureKind::Percent {
        let next_two: Vec<String> = (0..2)
            .filter_map(|step| words.peek_at(step))
            .map(|word| {
                word.trim_end_matches([',', '.', ';', ':', ')'])
                    .to_lowercase()
            })
            .collect();
        let per_cent = match next_two
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice()
        {
            ["per", "cent", ..] => Some(2),
            ["percent", ..] => Some(1),
            ["percentage", "points"] => Some(2),
            _ => None,
        };
        if let Some(count) = per_cent {
            for _ in 0..count {
                words.advance();
            }
            phrase_end = words.position_after(&next_two[count - 1]);
            kind = FigureKind::Percent;
            unit = Some(
                if count == 2 && next_two[0] == "percentage" {
                    "percentage points"
                } else {
                    "percent"
                }
                .to_owned(),
            );
        }
    }
    if kind == FigureKind::Count {
        // "21 million reports of …": skip "of" after a scale word? No: the counted noun follows directly.
        let mut noun_words = Vec::new();
        while noun_words.len() < 3 {
            let Some(word) = words.peek_raw() else { break };
            let bare = word
                .trim_start()
                .trim_end_matches([',', '.', ';', ':', ')', '”', '"', '’']);
            let is_noun_like = !bare.is_empty()
                && bare.chars().all(|c| c.is_alphabetic() || c == '-')
                && bare.chars().next().is_some_and(char::is_lowercase)
                && !FUNCTION_WORDS.contains(&bare)
                && (noun_words.is_empty() || !looks_like_verb(bare));
            if !is_noun_like {
                break;
            }
            noun_words.push(bare.to_owned());
            words.advance();
            phrase_end = words.position_after(bare);
            if bare.len() != word.trim_start().len() {
                break;
            }
        }
        if !noun_words.is_empty() {
            unit = Some(noun_words.join(" "));
        }
    }
    // A rate: "a month", "per year", "each week", "every single month", "annually".
    let per = read_rate(&mut words).map(|(period, end)| {
        phrase_end = end;
        period
    });

    let figure = FigureMention {
        range: offset_at(phrase_start)..phrase_end,
        number: offset_at(phrase_start)..number_range_end,
        value,
        kind,
        unit,
        per,
    };
    (Some(figure), number_end)
}

/// After the first word of a counted phrase (which may be an adjective: "suspected offenders"), a verb
/// ends it: "2019 residents came".
fn looks_like_verb(word: &str) -> bool {
    word.ends_with("ed")
        || matches!(
            word,
            "came"
                | "went"
                | "said"
                | "says"
                | "got"
                | "made"
                | "took"
                | "left"
                | "live"
                | "work"
                | "can"
                | "could"
                | "may"
                | "might"
                | "must"
                | "should"
                | "do"
                | "did"
                | "does"
                | "need"
                | "face"
                | "remain"
                | "say"
                | "saw"
                | "see"
                | "lost"
                | "won"
                | "died"
                | "were"
                | "was"
                | "are"
                | "is"
        )
}

fn counts_something(next_words: &[String]) -> bool {
    next_words.first().is_some_and(|word| {
        let lower = word.to_lowercase();
        scale_of(&lower).is_some()
            || lower == "per"
            || lower == "percent"
            || (word.chars().all(char::is_lowercase)
                && !FUNCTION_WORDS.contains(&lower.as_str())
                && lower.len() > 2)
    })
}

fn scale_of(word: &str) -> Option<f64> {
    match word
        .trim_end_matches([',', '.', ';', ')'])
        .to_lowercase()
        .as_str()
    {
        "thousand" => Some(1e3),
        "million" | "millions" => Some(1e6),
        "billion" | "billions" | "bn" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

fn read_rate(words: &mut WordCursor<'_>) -> Option<(String, usize)> {
    let period_of = |word: &str| match word
        .trim_end_matches([',', '.', ';', ':', ')'])
        .to_lowercase()
        .as_str()
    {
        "day" => Some("day"),
        "week" => Some("week"),
        "month" => Some("month"),
        "year" => Some("year"),
        "hour" => Some("hour"),
        _ => None,
    };
    let adverb_of = |word: &str| match word
        .trim_end_matches([',', '.', ';', ':', ')'])
        .to_lowercase()
        .as_str()
    {
        "daily" => Some("day"),
        "weekly" => Some("week"),
        "monthly" => Some("month"),
        "annually" | "yearly" => Some("year"),
        _ => None,
    };
    let first = words.peek()?;
    if let Some(period) = adverb_of(&first) {
        let word = words.peek_raw()?;
        let bare_len = word
            .trim_start()
            .trim_end_matches([',', '.', ';', ':', ')'])
            .len();
        let end = words.position + (word.len() - word.trim_start().len()) + bare_len;
        words.advance();
        return Some((period.to_owned(), end));
    }
    let mut lookahead = 0;
    let lead = first.to_lowercase();
    if !matches!(lead.as_str(), "a" | "an" | "per" | "each" | "every") {
        return None;
    }
    lookahead += 1;
    if words
        .peek_at(lookahead)
        .is_some_and(|word| word.eq_ignore_ascii_case("single"))
    {
        lookahead += 1;
    }
    let period_word = words.peek_at(lookahead)?;
    let period = period_of(&period_word)?;
    for _ in 0..lookahead {
        words.advance();
    }
    let raw = words.peek_raw()?;
    let bare_len = raw
        .trim_start()
        .trim_end_matches([',', '.', ';', ':', ')'])
        .len();
    let end = words.position + (raw.len() - raw.trim_start().len()) + bare_len;
    words.advance();
    Some((period.to_owned(), end))
}

/// The words of `text` from a position, one at a time.
struct WordCursor<'a> {
    text: &'a str,
    position: usize,
}

impl<'a> WordCursor<'a> {
    fn new(text: &'a str, position: usize) -> WordCursor<'a> {
        WordCursor { text, position }
    }

    /// The next word as written, with the whitespace before it.
    fn peek_raw(&self) -> Option<&'a str> {
        let rest = &self.text[self.position..];
        let leading = rest.len() - rest.trim_start().len();
        // Only words in the same clause: a line break or nothing between does not continue the phrase.
        if leading == 0 || rest[..leading].contains('\n') {
            return None;
        }
        let word_end = rest[leading..]
            .find(char::is_whitespace)
            .map_or(rest.len(), |end| leading + end);
        Some(&rest[..word_end])
    }

    fn peek(&self) -> Option<String> {
        self.peek_raw().map(|word| word.trim().to_owned())
    }

    fn peek_at(&self, steps: usize) -> Option<String> {
        let mut cursor = WordCursor {
            text: self.text,
            position: self.position,
        };
        for _ in 0..steps {
            cursor.peek_raw()?;
            cursor.advance();
        }
        cursor.peek()
    }

    fn advance(&mut self) {
        if let Some(word) = self.peek_raw() {
            self.position += word.len();
        }
    }

    /// Where the next word ends if only its first `bare.len()` bytes count (the rest is punctuation).
    fn position_after(&self, bare: &str) -> usize {
        let before = &self.text[..self.position];
        let word_start = before
            .rfind(char::is_whitespace)
            .map_or(0, |offset| offset + 1);
        word_start + bare.len()
    }
}

fn skip_token(chars: &[(usize, char)], from: usize) -> usize {
    let mut index = from;
    while chars.get(index).is_some_and(|&(_, c)| !c.is_whitespace()) {
        index += 1;
    }
    index
}

fn last_word(text: &str) -> Option<String> {
    text.split_whitespace()
        .last()
        .map(|word| word.trim_matches(['(', ',', '“', '"']).to_owned())
}

fn following_words(text: &str, from: usize, count: usize) -> Vec<String> {
    text[from..]
        .split_whitespace()
        .take(count)
        .map(|word| word.trim_matches([',', '.', ';', ':', ')', '(']).to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check(text: &str, expected: Expect) {
        let rendered: Vec<String> = find_figures(text)
            .iter()
            .map(|figure| {
                format!(
                    "{} | number {} | {} | {:?} | {} | per {}",
                    &text[figure.range.clone()],
                    &text[figure.number.clone()],
                    figure.value,
                    figure.kind,
                    figure.unit.as_deref().unwrap_or("-"),
                    figure.per.as_deref().unwrap_or("-")
                )
            })
            .collect();
        expected.assert_eq(&rendered.join("\n"));
    }

    #[test]
    fn counts_with_what_they_count_and_their_rate() {
        check(
            "On average policing arrests 800 suspected offenders a month and safeguards on average 1,200 children a month in relation to child sexual exploitation (CSE) offences.",
            expect![[r#"
                800 suspected offenders a month | number 800 | 800 | Count | suspected offenders | per month
                1,200 children a month | number 1,200 | 1200 | Count | children | per month"#]],
        );
        check(
            "we are safeguarding 1,200 children and arresting around 800 suspects every single month.",
            expect![[r#"
                1,200 children | number 1,200 | 1200 | Count | children | per -
                800 suspects every single month | number 800 | 800 | Count | suspects | per month"#]],
        );
    }

    #[test]
    fn scale_words_percentages_and_money() {
        check(
            "will lead to at least 21 million reports of child sexual abuse going undetected",
            expect![[
                r#"21 million reports | number 21 million | 21000000 | Count | reports | per -"#
            ]],
        );
        check(
            "(92 per cent from Facebook and 85% from Instagram), up 3 percentage points",
            expect![[r#"
                92 per cent | number 92 | 92 | Percent | percent | per -
                85% | number 85% | 85 | Percent | percent | per -
                3 percentage points | number 3 | 3 | Percent | percentage points | per -"#]],
        );
        check(
            "The council will spend £4.2 million on a 12,000-seat stadium, up from $10 million pledged in 2019, plus €300 and £4m and US$2bn.",
            expect![[r#"
                £4.2 million | number £4.2 million | 4200000 | Currency | GBP | per -
                12,000-seat | number 12,000 | 12000 | Count | seat | per -
                $10 million | number $10 million | 10000000 | Currency | USD | per -
                €300 | number €300 | 300 | Currency | EUR | per -
                £4m | number £4m | 4000000 | Currency | GBP | per -
                US$2bn | number US$2bn | 2000000000 | Currency | USD | per -"#]],
        );
    }

    #[test]
    fn dates_times_codes_labels_and_ordinals_are_not_figures() {
        check(
            "Meta’s new end-to-end encryption (E2EE) will have a dangerous impact. Dec 11, 2023. Published 5 June 2025. Section 230 of the act, at 10:30am on 3 March, the 21st time, COVID-19 on the M25 with 4G, in 2019, see www.example.org/2023/report1 or call 0800 123 4567, version 2.0.1",
            expect![[""]],
        );
    }

    #[test]
    fn a_thousands_separated_year_sized_number_is_a_count() {
        check(
            "About 2,000 people and 2019 residents came; 1999 was a good year.",
            expect![[r#"
            2,000 people | number 2,000 | 2000 | Count | people | per -
            2019 residents | number 2019 | 2019 | Count | residents | per -"#]],
        );
    }

    #[test]
    fn figures_at_the_end_of_a_sentence_stop_before_the_stop() {
        check(
            "The report says 37 per cent. It cost 5,000.",
            expect![[r#"
            37 per cent | number 37 | 37 | Percent | percent | per -
            5,000 | number 5,000 | 5000 | Count | - | per -"#]],
        );
    }
}
