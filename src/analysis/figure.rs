//! Figures: the numbers a news text puts forward — counts, percentages, sums of money, measures — each kept
//! as byte ranges into the text, with its value, what it counts and how often.
//!
//! A hand-written scan over words rather than regular expressions: the wasm build stays small, and each
//! decision (a year? a label? a clock time?) is a named step that a test can point at.
//!
//! Deliberately *not* figures: years and dates (`in 2019`, `Dec 11, 2023`, `2023-12-11`), clock times
//! (`10:30`, `3pm`), ordinals (`21st`), numbers inside words and codes (`E2EE`, `COVID-19`, `M25`, `4G`),
//! numbers after a label (`Section 230`, `Windows 10`), phone and version numbers, footnote marks (`[1]`),
//! and anything in a token holding `/`, `@`, `_`, `=`, `#`, `://` or `www.` (addresses, `24/7`, `9/11`).
//!
//! A range is one figure whose `value` is its lower bound and `upper_value` its upper: `10-15`, `10–15`,
//! `10 to 15`, `between 10 and 15`, `£10-15 million`, `between £2m and £3m` (a scale written after the
//! upper bound applies to both). After "from", `from 10 to 15` is a change, so it is two figures; a
//! "range" going down (`3-1`) is a score, and not a figure at all.
//!
//! Number words count too, when they say what they count: `three children`, `a dozen officers`,
//! `two million people`, `a three-year deal`. Alone (`the two of them`) or before a singular noun
//! (`two factor authentication`) they are left out, and "one" needs a scale (`one million`).

use compact_str::CompactString;
use serde::{Deserialize, Serialize};

use super::lexicon::is_common_verb;

/// One numeric claim in a text.
///
/// Offsets are byte offsets into the text given to [`find_figures`], always on character boundaries, with
/// `start <= number_start < number_end <= end`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FigureMention {
    /// Where the whole phrase starts: a currency sign or code, a sign, "between", or the number itself.
    pub start: usize,
    /// Where the whole phrase ends: after its unit, the counted noun phrase, or the rate.
    pub end: usize,
    /// The number as written, scale word included: "1,200", "4.2 million", "10-15", "a dozen".
    pub number_start: usize,
    pub number_end: usize,
    /// The number with its scale applied (`£4.2m` → 4 200 000); for a range, its lower bound.
    pub value: f64,
    /// The upper bound of a range.
    pub upper_value: Option<f64>,
    pub kind: FigureKind,
    /// What is counted or measured, so that figures can be grouped: the counted noun phrase as written
    /// ("suspected offenders", "seat"), a measure's unit in one spelling ("year", "km"), "percent" or
    /// "percentage point", or a currency's ISO code. Mostly a word or two: kept inline up to a dozen
    /// bytes rather than in an allocation of its own (a large corpus has a figure every few sentences).
    #[serde(deserialize_with = "crate::serial::compact_text")]
    pub unit: Option<CompactString>,
    /// The currency of a sum of money.
    pub currency: Option<Currency>,
    /// How often: "800 arrests a month" is 800 per month.
    pub rate: Option<Period>,
}

impl FigureMention {
    /// The whole phrase, as it stands in `text` (the text given to [`find_figures`]).
    pub fn phrase<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The number, as written in `text`.
    pub fn number<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.number_start..self.number_end).unwrap_or("")
    }

    /// The whole phrase's byte range.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// The same mention with every offset moved by `by` bytes (from a paragraph into its document).
    pub fn shifted(mut self, by: usize) -> FigureMention {
        self.start += by;
        self.end += by;
        self.number_start += by;
        self.number_end += by;
        self
    }
}

/// What a figure is a number of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FigureKind {
    /// A number of things: "800 suspected offenders", "a 12,000-seat stadium", or a bare "800".
    Count,
    /// A share: "92 per cent", "37%", "5 percentage points".
    Percent,
    /// A sum of money: "£4.2 million", "US$5bn", "300 euros".
    Money,
    /// A distance, weight, size or duration: "10km", "26 miles", "five years".
    Measure,
}

impl FigureKind {
    pub fn name(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Percent => "percent",
            FigureKind::Money => "money",
            FigureKind::Measure => "measure",
        }
    }
}

/// A currency, written and serialised as its ISO 4217 code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Currency {
    Gbp,
    Usd,
    Eur,
    Jpy,
    Inr,
    Aud,
    Cad,
    Nzd,
    Hkd,
    Chf,
}

impl Currency {
    const ALL: [Currency; 10] = [
        Currency::Gbp,
        Currency::Usd,
        Currency::Eur,
        Currency::Jpy,
        Currency::Inr,
        Currency::Aud,
        Currency::Cad,
        Currency::Nzd,
        Currency::Hkd,
        Currency::Chf,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Currency::Gbp => "GBP",
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Jpy => "JPY",
            Currency::Inr => "INR",
            Currency::Aud => "AUD",
            Currency::Cad => "CAD",
            Currency::Nzd => "NZD",
            Currency::Hkd => "HKD",
            Currency::Chf => "CHF",
        }
    }

    /// The currency whose code this is, written in capitals as codes are ("GBP", not "gbp", a word).
    fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL
            .into_iter()
            .find(|currency| currency.code() == code)
    }

    /// The currency of a sign written before a number: `£`, `€`, `¥`, `₹` (`$` depends on its prefix).
    fn from_sign(sign: char) -> Option<Currency> {
        match sign {
            '£' => Some(Currency::Gbp),
            '€' => Some(Currency::Eur),
            '¥' => Some(Currency::Jpy),
            '₹' => Some(Currency::Inr),
            _ => None,
        }
    }
}

/// The period of a rate: "a month", "per year", "every single week", "annually".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Period {
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

impl Period {
    pub fn name(self) -> &'static str {
        match self {
            Period::Hour => "hour",
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
            Period::Quarter => "quarter",
            Period::Year => "year",
        }
    }

    /// The period a noun names after "a", "per", "each" or "every".
    fn from_noun(noun: &str) -> Option<Period> {
        let period = match noun.to_ascii_lowercase().as_str() {
            "hour" => Period::Hour,
            "day" => Period::Day,
            "week" => Period::Week,
            "month" => Period::Month,
            "quarter" => Period::Quarter,
            "year" | "annum" => Period::Year,
            _ => return None,
        };
        Some(period)
    }

    /// The period an adverb names on its own: "monthly", "annually".
    fn from_adverb(adverb: &str) -> Option<Period> {
        let period = match adverb.to_ascii_lowercase().as_str() {
            "hourly" => Period::Hour,
            "daily" => Period::Day,
            "weekly" => Period::Week,
            "monthly" => Period::Month,
            "quarterly" => Period::Quarter,
            "annually" | "yearly" => Period::Year,
            _ => return None,
        };
        Some(period)
    }
}

/// Finds the figures in `text`, in order and without overlaps.
///
/// Pure and total: any text gives an answer, possibly empty. Offsets are into `text` as given, so a caller
/// scanning one paragraph adds the paragraph's start to place them in the document.
pub fn find_figures(text: &str) -> Vec<FigureMention> {
    let mut figures: Vec<FigureMention> = Vec::new();
    let mut cursor = 0;
    let bytes = text.as_bytes();
    loop {
        // Over ASCII that can start no figure (neither a digit nor a number word's first letter), a byte
        // at a time: the reading below would step over it just the same.
        while bytes.get(cursor).is_some_and(|&byte| {
            byte.is_ascii()
                && !byte.is_ascii_digit()
                && !NUMBER_WORD_INITIALS.contains(&byte.to_ascii_lowercase())
        }) {
            cursor += 1;
        }
        let Some(character) = char_at(text, cursor) else {
            break;
        };
        let next = cursor + character.len_utf8();
        let starts_word = character.is_alphabetic()
            && !char_before(text, cursor).is_some_and(char::is_alphanumeric);
        let reading = if character.is_ascii_digit() {
            read_numeric_figure(text, cursor)
        } else if starts_word {
            read_spelled_figure(text, cursor)
        } else {
            Reading::NotFigure { resume: next }
        };
        let resume = match reading {
            Reading::Figure(figure) => {
                let resume = figure.end;
                // A prefix read backwards ("USD", "between") could reach into the figure before; the
                // first reading of those words stands.
                if figures.last().is_none_or(|last| last.end <= figure.start) {
                    figures.push(figure);
                }
                resume
            }
            Reading::NotFigure { resume } => resume,
        };
        cursor = resume.max(next);
    }
    figures
}

/// What the scan found where it stood: a figure, or where to go on looking.
enum Reading {
    Figure(FigureMention),
    NotFigure { resume: usize },
}

// ---------------------------------------------------------------------------------------------------------
// Numbers written in digits

/// Reads the figure whose digits start at `at`, in the order the text gives its evidence: what is written
/// against the digits, a range, a date or time it belongs to, then the words after it; the year and
/// label checks come last because they depend on those words.
fn read_numeric_figure(text: &str, at: usize) -> Reading {
    if let Some(token_end) = address_end(text, at) {
        return Reading::NotFigure { resume: token_end };
    }
    let prefix = match read_prefix(text, at) {
        Ok(prefix) => prefix,
        Err(resume) => return Reading::NotFigure { resume },
    };
    let Some(lower) = read_digits(text, at) else {
        return Reading::NotFigure { resume: at + 1 };
    };
    let unsigned_percent = char_at(text, lower.end) == Some('%');
    if lower.has_leading_zero() || (prefix.sign == Sign::Plus && !unsigned_percent) {
        return Reading::NotFigure {
            resume: phone_end(text, at),
        };
    }
    if let Some(resume) = not_a_quantity_after(text, &lower) {
        return Reading::NotFigure { resume };
    }

    let is_money = prefix.currency.is_some();
    let mut draft = Draft::new(&prefix, &lower);
    let lower_suffix = read_suffix(text, lower.end, is_money);
    let lower_exponent = match lower_suffix {
        Suffix::NotQuantity { resume } => return Reading::NotFigure { resume },
        Suffix::Scale { exponent, .. } => Some(exponent),
        Suffix::Absent | Suffix::Measure { .. } => None,
    };
    let measured = matches!(lower_suffix, Suffix::Measure { .. });
    draft.apply_suffix(lower_suffix);
    let range = if measured {
        RangeReading::Single
    } else {
        read_range(text, &prefix, &lower, draft.number_end)
    };
    match range {
        RangeReading::NotQuantity { resume } => return Reading::NotFigure { resume },
        RangeReading::Single => {}
        RangeReading::Upper {
            upper,
            between_start,
        } => {
            let upper_suffix = read_suffix(text, upper.end, is_money);
            // "£2m to £3m" shares a scale; "£2m to 3" is no range.
            let same_scale = match (&upper_suffix, lower_exponent) {
                (Suffix::NotQuantity { resume }, _) => {
                    return Reading::NotFigure { resume: *resume }
                }
                (Suffix::Scale { exponent, .. }, Some(lower_exponent)) => {
                    *exponent == lower_exponent
                }
                (_, Some(_)) => false,
                (_, None) => true,
            };
            if same_scale {
                draft.start = between_start.unwrap_or(draft.start);
                draft.number_end = upper.end;
                draft.end = upper.end;
                draft.upper_mantissa = Some(upper.mantissa);
                draft.apply_suffix(upper_suffix);
            }
        }
    }

    let plain_count = !is_money && draft.exponent == 0 && draft.kind == FigureKind::Count;
    if plain_count {
        if let Some(resume) = date_or_time_end(text, draft.number_start, draft.number_end) {
            return Reading::NotFigure { resume };
        }
    }
    complete(text, &mut draft);
    if reads_as_year(text, &lower, &draft) {
        return Reading::NotFigure {
            resume: draft.number_end,
        };
    }
    let may_be_label =
        draft.currency.is_none() && draft.exponent == 0 && draft.kind != FigureKind::Percent;
    if may_be_label
        && (follows_label(text, draft.number_start) || names_a_service(text, draft.number_end))
    {
        return Reading::NotFigure { resume: draft.end };
    }
    Reading::Figure(draft.into_mention())
}

/// Whether the number ending at `number_end` names a service rather than counting: "the 111 helpline",
/// "the 38 bus", "the 999 service" — a singular noun of the kind named by number, closing its phrase
/// ("3 bus routes" counts routes).
fn names_a_service(text: &str, number_end: usize) -> bool {
    let Some(noun) = word_at(text, skip_spaces(text, number_end)) else {
        return false;
    };
    let closes_phrase = word_at(text, skip_spaces(text, noun.end))
        .is_none_or(|next| !next.text.ends_with('s') || text[noun.end..next.start].trim() != "");
    is_one_of(noun.text, NAMED_BY_NUMBER) && closes_phrase
}

/// Things named by a number: "the 111 helpline", "the number 38 bus".
const NAMED_BY_NUMBER: &[&str] = &[
    "helpline", "hotline", "line", "number", "service", "bus", "route", "tram", "train",
];

/// A number written in digits, before what surrounds it says whether it is a figure.
#[derive(Clone, Debug)]
struct Digits {
    start: usize,
    end: usize,
    /// The digits and decimal point, thousands separators left out: "1,200.5" → "1200.5".
    mantissa: String,
    grouped: bool,
    decimal: bool,
    integer_digits: usize,
}

impl Digits {
    fn value(&self) -> f64 {
        self.mantissa.parse().unwrap_or(0.0)
    }

    /// "0161", "007": phone numbers and identifiers, never quantities ("0.5" is fine).
    fn has_leading_zero(&self) -> bool {
        self.mantissa.starts_with('0') && self.integer_digits > 1
    }

    /// Four digits, as a year between 1800 and 2100 is written (never "2,000").
    fn is_year_shaped(&self) -> bool {
        self.integer_digits == 4
            && !self.grouped
            && !self.decimal
            && (1800.0..=2100.0).contains(&self.value())
    }
}

/// Reads the number starting at `start`: digits, thousands groups of exactly three ("1,200"), a decimal
/// fraction ("4.2").
fn read_digits(text: &str, start: usize) -> Option<Digits> {
    let first_group = digit_run(text, start);
    if first_group == 0 {
        return None;
    }
    let mut end = start + first_group;
    let mut mantissa = text[start..end].to_owned();
    let mut grouped = false;
    if first_group <= 3 {
        // Thousands are grouped by commas, or (the SI's way, and some newsrooms') by a thin, narrow
        // no-break or no-break space: "10 000". Never by a plain space, which parts two numbers ("in
        // 2019 150 people"). One number keeps to one separator.
        let separator =
            char_at(text, end).filter(|c| matches!(c, ',' | '\u{2009}' | '\u{202f}' | '\u{a0}'));
        if let Some(separator) = separator {
            let width = separator.len_utf8();
            while char_at(text, end) == Some(separator)
                && digit_run(text, end + width) == 3
                && !is_digit_at(text, end + width + 3)
            {
                mantissa.push_str(&text[end + width..end + width + 3]);
                end += width + 3;
                grouped = true;
            }
        }
    }
    let integer_digits = mantissa.len();
    let mut decimal = false;
    if char_at(text, end) == Some('.') {
        let fraction = digit_run(text, end + 1);
        if fraction > 0 {
            mantissa.push('.');
            mantissa.push_str(&text[end + 1..end + 1 + fraction]);
            end += 1 + fraction;
            decimal = true;
        }
    }
    Some(Digits {
        start,
        end,
        mantissa,
        grouped,
        decimal,
        integer_digits,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sign {
    Unwritten,
    Minus,
    Plus,
}

/// What is written right before a number's digits: a currency, a sign.
struct Prefix {
    start: usize,
    number_start: usize,
    currency: Option<Currency>,
    sign: Sign,
}

/// Reads what stands before the digits at `at`, or says where the word or code they belong to ends.
fn read_prefix(text: &str, at: usize) -> Result<Prefix, usize> {
    let plain = Prefix {
        start: at,
        number_start: at,
        currency: None,
        sign: Sign::Unwritten,
    };
    let Some(before) = char_before(text, at) else {
        return Ok(plain);
    };
    let before_start = at - before.len_utf8();
    let prefix = match before {
        // "GBP300" is money; "E2EE", "M25", "G7" are parts of words.
        letter if letter.is_alphanumeric() => {
            let code_start = capitals_start(text, at);
            let standalone = !char_before(text, code_start).is_some_and(char::is_alphanumeric);
            match Currency::from_code(&text[code_start..at]) {
                Some(currency) if standalone => Prefix {
                    start: code_start,
                    currency: Some(currency),
                    ..plain
                },
                _ => return Err(code_end(text, at)),
            }
        }
        '-' | '−' => {
            // "COVID-19" is a name; "-5" after a space or bracket is a negative number.
            if char_before(text, before_start).is_some_and(char::is_alphanumeric) {
                return Err(code_end(text, at));
            }
            Prefix {
                start: before_start,
                number_start: before_start,
                sign: Sign::Minus,
                ..plain
            }
        }
        '+' => Prefix {
            start: before_start,
            number_start: before_start,
            sign: Sign::Plus,
            ..plain
        },
        '$' => {
            let (start, currency) = dollar_prefix(text, before_start);
            Prefix {
                start,
                currency: Some(currency),
                ..plain
            }
        }
        '.' | ',' | ':' if char_before(text, before_start).is_some_and(char::is_alphanumeric) => {
            return Err(code_end(text, at));
        }
        sign => match Currency::from_sign(sign) {
            Some(currency) => Prefix {
                start: before_start,
                currency: Some(currency),
                ..plain
            },
            None => plain,
        },
    };
    if prefix.currency.is_none() && prefix.sign == Sign::Unwritten {
        // "GBP 300": a code written as a word before the number.
        if let Some(word) = word_before(text, at) {
            if let Some(currency) = Currency::from_code(word.text) {
                return Ok(Prefix {
                    start: word.start,
                    currency: Some(currency),
                    ..prefix
                });
            }
        }
    }
    Ok(prefix)
}

/// Which dollar a `$` at `dollar` means, from the capitals written against it ("US$", "A$", "HK$"), and
/// where the phrase starts. A bare `$` is taken for the US dollar.
fn dollar_prefix(text: &str, dollar: usize) -> (usize, Currency) {
    let letters_start = capitals_start(text, dollar);
    let standalone = !char_before(text, letters_start).is_some_and(char::is_alphanumeric);
    let currency = match &text[letters_start..dollar] {
        "US" => Currency::Usd,
        "A" | "AU" => Currency::Aud,
        "C" | "CA" => Currency::Cad,
        "NZ" => Currency::Nzd,
        "HK" => Currency::Hkd,
        _ => return (dollar, Currency::Usd),
    };
    if standalone {
        (letters_start, currency)
    } else {
        (dollar, Currency::Usd)
    }
}

/// Where the token holding `at` ends, when that token is an address or notation rather than prose: URLs,
/// e-mail addresses, paths, `24/7`, `11/12/2023`, `#1`, `a_b`, `x=5`.
fn address_end(text: &str, at: usize) -> Option<usize> {
    let token_start = text[..at]
        .char_indices()
        .rev()
        .find(|(_, character)| character.is_whitespace())
        .map_or(0, |(index, character)| index + character.len_utf8());
    let token_end = text[at..]
        .find(char::is_whitespace)
        .map_or(text.len(), |offset| at + offset);
    let token = &text[token_start..token_end];
    let is_address = token.contains("://")
        || token.contains("www.")
        || token.contains(['@', '/', '\\', '_', '=', '#']);
    is_address.then_some(token_end)
}

/// Where a number stops being a quantity because of what is written against it: a clock time or ratio
/// (`10:30`, `2:1`), a version (`1.2.3`), a list without spaces (`1,2,3`), a footnote mark (`[1]`).
fn not_a_quantity_after(text: &str, digits: &Digits) -> Option<usize> {
    let after = digits.end;
    match char_at(text, after) {
        Some(':' | '.' | ',') if is_digit_at(text, after + 1) => Some(code_end(text, digits.start)),
        Some(']') if char_before(text, digits.start) == Some('[') => Some(after + 1),
        _ => None,
    }
}

/// Letters written against the end of a number.
enum Suffix {
    Absent,
    Scale { exponent: i32, end: usize },
    Measure { unit: &'static str, end: usize },
    NotQuantity { resume: usize },
}

/// Reads the letters written against a number: a scale (`£4m`, `3bn`, `50k`), a unit (`10km`), or what
/// makes it no quantity: an ordinal (`21st`), a time (`3pm`), a decade (`1990s`), a code (`4G`).
fn read_suffix(text: &str, at: usize, is_money: bool) -> Suffix {
    if starts_with_clock_marker(text, at) {
        return Suffix::NotQuantity { resume: at + 4 };
    }
    let rest = &text[at..];
    let end = at + rest.len() - rest.trim_start_matches(char::is_alphabetic).len();
    if end == at {
        return Suffix::Absent;
    }
    if is_digit_at(text, end) || char_at(text, end) == Some('_') {
        return Suffix::NotQuantity {
            resume: code_end(text, at),
        };
    }
    let letters = &text[at..end];
    if is_one_of(letters, &["st", "nd", "rd", "th", "am", "pm", "s"]) {
        return Suffix::NotQuantity { resume: end };
    }
    let exponent = match letters {
        "bn" | "BN" => Some(9),
        "b" if is_money => Some(9),
        "tn" | "trn" => Some(12),
        "k" | "K" => Some(3),
        // "100m" alone may be metres; after a currency sign it is millions.
        "m" | "mn" | "M" if is_money => Some(6),
        _ => None,
    };
    if let Some(exponent) = exponent {
        return Suffix::Scale { exponent, end };
    }
    match measure_unit(letters).filter(|unit| unit.attachable) {
        Some(unit) => Suffix::Measure {
            unit: unit.name,
            end,
        },
        None => Suffix::NotQuantity {
            resume: code_end(text, at),
        },
    }
}

/// A range's upper bound, if the number at `lower` opens one.
enum RangeReading {
    Single,
    Upper {
        upper: Digits,
        between_start: Option<usize>,
    },
    NotQuantity {
        resume: usize,
    },
}

/// Reads the upper bound of a range whose lower bound is `lower`, written up to `lower_end` (its scale
/// included: "£2m").
fn read_range(text: &str, prefix: &Prefix, lower: &Digits, lower_end: usize) -> RangeReading {
    if let Some(dash @ ('-' | '–')) = char_at(text, lower_end) {
        let upper_start = skip_currency_sign(text, lower_end + dash.len_utf8(), prefix);
        if let Some(upper) = read_digits(text, upper_start) {
            // "2023-12-11", "2019-20", "555-0123", "1-2-3": dates, seasons, phone numbers, codes.
            let continues = matches!(char_at(text, upper.end), Some('-' | '–' | ':' | '.' | ','))
                && is_digit_at(text, upper.end + 1);
            if lower.is_year_shaped() || upper.has_leading_zero() || continues {
                return RangeReading::NotQuantity {
                    resume: dashed_end(text, lower.start),
                };
            }
            // A "range" going down is a score ("won 3-1").
            if upper.value() <= lower.value() {
                return RangeReading::NotQuantity { resume: upper.end };
            }
            return RangeReading::Upper {
                upper,
                between_start: None,
            };
        }
    }
    let word_before_number = word_before(text, prefix.start);
    let between = word_before_number.filter(|word| word.text.eq_ignore_ascii_case("between"));
    // "from 10 to 15" is a change from one figure to another, not a range.
    let after_from = word_before_number.is_some_and(|word| word.text.eq_ignore_ascii_case("from"));
    let joining = if between.is_some() { "and" } else { "to" };
    if after_from || prefix.sign != Sign::Unwritten {
        return RangeReading::Single;
    }
    let Some(joint) =
        word_after(text, lower_end).filter(|word| word.text.eq_ignore_ascii_case(joining))
    else {
        return RangeReading::Single;
    };
    let upper_start = skip_spaces(text, joint.end);
    if upper_start == joint.end {
        return RangeReading::Single;
    }
    let upper_start = skip_currency_sign(text, upper_start, prefix);
    match read_digits(text, upper_start) {
        Some(upper)
            if upper.value() > lower.value()
                && !upper.has_leading_zero()
                && not_a_quantity_after(text, &upper).is_none() =>
        {
            RangeReading::Upper {
                upper,
                between_start: between.map(|word| word.start),
            }
        }
        _ => RangeReading::Single,
    }
}

/// Past a currency sign repeated on a range's upper bound ("£10-£15"), when the lower bound had one.
fn skip_currency_sign(text: &str, at: usize, prefix: &Prefix) -> usize {
    match char_at(text, at) {
        Some(sign @ ('£' | '€' | '$' | '¥' | '₹')) if prefix.currency.is_some() => {
            at + sign.len_utf8()
        }
        _ => at,
    }
}

/// Where a date or clock time ends, when the number ending at `number_end` is part of one: "3 March",
/// "11 December 2023", "Dec 11, 2023", "3 pm", "5 o'clock".
fn date_or_time_end(text: &str, number_start: usize, number_end: usize) -> Option<usize> {
    let after = skip_spaces(text, number_end);
    if after > number_end {
        if starts_with_clock_marker(text, after) {
            return Some(after + 4);
        }
        if let Some(word) = word_at(text, after) {
            let clock_words = ["am", "pm", "o'clock", "o’clock", "GMT", "BST", "UTC"];
            if is_one_of(word.text, &clock_words) {
                return Some(word.end);
            }
            if is_month(word.text) {
                return Some(year_end(text, word.end));
            }
        }
    }
    month_before(text, number_start).then(|| year_end(text, number_end))
}

/// Past a year completing a date (" 2023" or ", 2023"), or `end` itself.
fn year_end(text: &str, end: usize) -> usize {
    let after_comma = if char_at(text, end) == Some(',') {
        end + 1
    } else {
        end
    };
    let year_start = skip_spaces(text, after_comma);
    if year_start > after_comma && digit_run(text, year_start) == 4 {
        year_start + 4
    } else {
        end
    }
}

/// Whether a month's name ("Dec", "Dec.", "December") stands right before `number_start`.
fn month_before(text: &str, number_start: usize) -> bool {
    let end = skip_spaces_back(text, number_start);
    if end == number_start {
        return false;
    }
    let name_end = if char_before(text, end) == Some('.') {
        end - 1
    } else {
        end
    };
    word_ending_at(text, name_end).is_some_and(|word| is_month(word.text))
}

/// Whether the number at `lower` is a year: four digits between 1800 and 2100, with nothing that makes it
/// a quantity (a counted noun, a percent, a currency, a scale, a rate). A counted noun does not save it
/// after a determiner or preposition of time: "the 2019 report", "in 2019 elections".
fn reads_as_year(text: &str, lower: &Digits, draft: &Draft) -> bool {
    let dated_by_word_before =
        word_before(text, draft.start).is_some_and(|word| is_one_of(word.text, YEAR_CONTEXT_WORDS));
    lower.is_year_shaped()
        && draft.kind == FigureKind::Count
        && draft.exponent == 0
        && draft.currency.is_none()
        && draft.rate.is_none()
        && !draft.mantissa.starts_with('-')
        && (draft.unit.is_none() || dated_by_word_before)
}

/// Whether the number at `number_start` names something rather than counting: "Section 230", "Article
/// 13", "No. 10", "Windows 10", "Room 101". A label is a known label word in any case, or any capitalised
/// word that does not start a sentence and is no function word, month, currency code or possessive.
fn follows_label(text: &str, number_start: usize) -> bool {
    let end = skip_spaces_back(text, number_start);
    if end == number_start {
        return false;
    }
    if char_before(text, end) == Some('.') {
        return word_ending_at(text, end - 1)
            .is_some_and(|word| is_one_of(word.text, &["no", "nos"]));
    }
    let Some(word) = word_ending_at(text, end) else {
        return false;
    };
    if is_one_of(word.text, LABEL_WORDS) {
        return true;
    }
    word.text.chars().any(char::is_uppercase)
        && !is_stop_word(word.text)
        && !is_possessive(word.text)
        && !is_month(word.text)
        && Currency::from_code(word.text).is_none()
        && !starts_sentence(text, word.start)
}

// ---------------------------------------------------------------------------------------------------------
// Numbers written in words

/// A number written in words: "three", "twenty-one", "a dozen", "a million", "one million".
struct Spelled<'a> {
    number_end: usize,
    value: u32,
    exponent: i32,
    /// "one" counts only with a scale ("one million"): alone it is mostly a pronoun ("one of them").
    needs_scale: bool,
    /// The unit of a compound ("three-year"), with where it ends.
    compound: Option<(&'a str, usize)>,
}

/// The letters number words start with: "a", "an", "one" … "ninety".
const NUMBER_WORD_INITIALS: &[u8] = b"aefnost";

fn read_spelled_figure(text: &str, at: usize) -> Reading {
    // Every number word ("a", "one", "two" … "ninety", "hundred" … "billion") starts with one of these:
    // most words are passed over without being read.
    let may_be_number = char_at(text, at).is_some_and(|first| {
        !first.is_ascii() || NUMBER_WORD_INITIALS.contains(&(first as u8).to_ascii_lowercase())
    });
    if !may_be_number {
        return Reading::NotFigure { resume: at + 1 };
    }
    let Some(word) = word_at(text, at) else {
        return Reading::NotFigure { resume: at + 1 };
    };
    let not_figure = Reading::NotFigure { resume: word.end };
    if !ends_cleanly(text, &word) {
        return not_figure;
    }
    let Some(spelled) = read_spelled_number(text, word) else {
        return not_figure;
    };
    // "Channel Four", "Formula Two".
    if follows_label(text, word.start) {
        return not_figure;
    }
    let mut draft = Draft {
        start: word.start,
        end: spelled.number_end,
        number_start: word.start,
        number_end: spelled.number_end,
        mantissa: spelled.value.to_string(),
        upper_mantissa: None,
        exponent: spelled.exponent,
        kind: FigureKind::Count,
        unit: None,
        currency: None,
        rate: None,
    };
    if let Some((segment, end)) = spelled.compound {
        let counted = counted_unit(segment, end);
        draft.kind = counted.kind;
        draft.unit = Some(counted.unit);
        draft.end = counted.end;
    }
    complete(text, &mut draft);
    // A number word alone ("two", "the three of them") says nothing countable; with a scale, a unit or a
    // rate it does. Number words also open compound terms ("two factor authentication"), so a noun
    // they count must be plural.
    let says_what_it_counts = draft.unit.is_some() || draft.exponent > 0 || draft.rate.is_some();
    let counts_a_singular = spelled.compound.is_none()
        && draft.kind == FigureKind::Count
        && draft
            .unit
            .as_deref()
            .and_then(|unit| unit.rsplit(' ').next())
            .is_some_and(|head| !is_plural(head));
    // "two years", "Ten years on", "Two hours a week": a spelled-out span of time is the writer's prose,
    // not a figure anyone claims (in digits, "14 days" stays one).
    let spans_time = draft.unit.as_deref().is_some_and(|unit| {
        matches!(
            unit,
            "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "decade"
        )
    });
    if !says_what_it_counts
        || counts_a_singular
        || spans_time
        || (spelled.needs_scale && draft.exponent == 0)
    {
        return not_figure;
    }
    Reading::Figure(draft.into_mention())
}

fn read_spelled_number<'a>(text: &'a str, word: Word<'a>) -> Option<Spelled<'a>> {
    if is_one_of(word.text, &["a", "an"]) {
        let next = word_after(text, word.end).filter(|next| ends_cleanly(text, next))?;
        let (value, exponent) = if next.text.eq_ignore_ascii_case("dozen") {
            (12, 0)
        } else {
            (
                1,
                scale_exponent(next.text).filter(|_| next.text.len() > 2)?,
            )
        };
        return Some(Spelled {
            number_end: next.end,
            value,
            exponent,
            needs_scale: false,
            compound: None,
        });
    }
    let mut segments = word.text.split('-');
    let first = segments.next()?;
    let mut value = if first.eq_ignore_ascii_case("one") {
        1
    } else {
        small_number(first)?
    };
    let mut length = first.len();
    let mut rest = segments.next();
    if value >= 20 {
        if let Some(units) = rest.and_then(unit_number) {
            value += units;
            length += 1 + rest.map_or(0, str::len);
            rest = segments.next();
        }
    }
    let compound = match rest {
        None => None,
        Some(segment)
            if value > 1
                && segment.chars().all(char::is_lowercase)
                && !is_one_of(segment, FRACTION_AND_ORDINAL_WORDS) =>
        {
            Some((segment, word.start + length + 1 + segment.len()))
        }
        Some(_) => return None,
    };
    Some(Spelled {
        number_end: word.start + length,
        value,
        exponent: 0,
        needs_scale: value == 1,
        compound,
    })
}

/// Two to nineteen, and the tens to ninety ("one" is read apart: it is mostly a pronoun).
fn small_number(word: &str) -> Option<u32> {
    const NAMES: [&str; 18] = [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let position = |names: &[&str]| {
        names
            .iter()
            .position(|name| name.eq_ignore_ascii_case(word))
    };
    if let Some(index) = position(&NAMES) {
        return u32::try_from(index).ok().map(|index| index + 2);
    }
    position(&TENS).and_then(|index| u32::try_from(index).ok().map(|index| (index + 2) * 10))
}

/// One to nine, the units of "twenty-one".
fn unit_number(word: &str) -> Option<u32> {
    const UNITS: [&str; 9] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    UNITS
        .iter()
        .position(|name| name.eq_ignore_ascii_case(word))
        .and_then(|index| u32::try_from(index).ok().map(|index| index + 1))
}

// ---------------------------------------------------------------------------------------------------------
// What follows a number, however written

/// A figure being read: everything but the value is known in the text's terms.
struct Draft {
    start: usize,
    end: usize,
    number_start: usize,
    number_end: usize,
    /// The number as a decimal string, signed ("-4.2"), so that scaling by a power of ten is exact.
    mantissa: String,
    upper_mantissa: Option<String>,
    exponent: i32,
    kind: FigureKind,
    unit: Option<String>,
    currency: Option<Currency>,
    rate: Option<Period>,
}

impl Draft {
    fn new(prefix: &Prefix, lower: &Digits) -> Draft {
        let mantissa = if prefix.sign == Sign::Minus {
            format!("-{}", lower.mantissa)
        } else {
            lower.mantissa.clone()
        };
        Draft {
            start: prefix.start,
            end: lower.end,
            number_start: prefix.number_start,
            number_end: lower.end,
            mantissa,
            upper_mantissa: None,
            exponent: 0,
            kind: FigureKind::Count,
            unit: None,
            currency: prefix.currency,
            rate: None,
        }
    }

    fn apply_suffix(&mut self, suffix: Suffix) {
        match suffix {
            Suffix::Scale { exponent, end } => {
                self.exponent = exponent;
                self.number_end = end;
                self.end = end;
            }
            Suffix::Measure { unit, end } => {
                self.kind = FigureKind::Measure;
                self.unit = Some(unit.to_owned());
                self.end = end;
            }
            Suffix::Absent | Suffix::NotQuantity { .. } => {}
        }
    }

    fn into_mention(self) -> FigureMention {
        FigureMention {
            start: self.start,
            end: self.end,
            number_start: self.number_start,
            number_end: self.number_end,
            value: scaled(&self.mantissa, self.exponent),
            upper_value: self
                .upper_mantissa
                .as_deref()
                .map(|mantissa| scaled(mantissa, self.exponent)),
            kind: self.kind,
            unit: self.unit.map(CompactString::from),
            currency: self.currency,
            rate: self.rate,
        }
    }
}

/// `mantissa` × 10^`exponent`, parsed in one go so that "4.2" million is exactly 4 200 000.
fn scaled(mantissa: &str, exponent: i32) -> f64 {
    format!("{mantissa}e{exponent}").parse().unwrap_or(0.0)
}

/// Reads what follows the number: a scale word, a percent, a currency, the counted noun or unit, a rate.
fn complete(text: &str, draft: &mut Draft) {
    if draft.exponent == 0 && draft.kind == FigureKind::Count && draft.unit.is_none() {
        let scale = word_after(text, draft.number_end)
            .filter(|word| ends_cleanly(text, word))
            .and_then(|word| Some((scale_exponent(word.text)?, word.end)));
        if let Some((exponent, end)) = scale {
            draft.exponent = exponent;
            draft.number_end = end;
            draft.end = end;
        }
    }
    if draft.kind == FigureKind::Count && draft.unit.is_none() {
        if let Some((unit, end)) = percent_after(text, draft.end) {
            draft.kind = FigureKind::Percent;
            draft.unit = Some(unit.to_owned());
            draft.currency = None;
            draft.end = end;
        } else {
            if draft.currency.is_none() {
                if let Some((currency, end)) = currency_after(text, draft.end) {
                    draft.currency = Some(currency);
                    draft.end = end;
                }
            }
            if let Some(currency) = draft.currency {
                draft.kind = FigureKind::Money;
                draft.unit = Some(currency.code().to_owned());
            }
        }
    }
    if draft.kind == FigureKind::Count && draft.unit.is_none() {
        if let Some(counted) =
            compound_after(text, draft.end).or_else(|| counted_noun(text, draft.end))
        {
            draft.kind = counted.kind;
            draft.unit = Some(counted.unit);
            draft.end = counted.end;
        }
    }
    if let Some((period, end)) = rate_after(text, draft.end) {
        draft.rate = Some(period);
        draft.end = end;
    }
}

fn scale_exponent(word: &str) -> Option<i32> {
    let exponent = match word.to_ascii_lowercase().as_str() {
        "hundred" => 2,
        "thousand" => 3,
        "million" | "mn" => 6,
        "billion" | "bn" => 9,
        "trillion" | "tn" => 12,
        _ => return None,
    };
    Some(exponent)
}

/// "%", " %", "per cent", "percent", "per-cent", "percentage points".
fn percent_after(text: &str, from: usize) -> Option<(&'static str, usize)> {
    let sign_at = skip_spaces(text, from);
    if char_at(text, sign_at) == Some('%') {
        return Some(("percent", sign_at + 1));
    }
    let word = word_after(text, from).filter(|word| ends_cleanly(text, word))?;
    if is_one_of(word.text, &["percent", "per-cent"]) {
        return Some(("percent", word.end));
    }
    let (second, unit) = if word.text.eq_ignore_ascii_case("per") {
        (&["cent"][..], "percent")
    } else if word.text.eq_ignore_ascii_case("percentage") {
        (&["point", "points"][..], "percentage point")
    } else {
        return None;
    };
    let next = word_after(text, word.end)
        .filter(|next| ends_cleanly(text, next) && is_one_of(next.text, second))?;
    Some((unit, next.end))
}

/// A currency named after the number: "300 GBP", "300 euros", "300 €".
fn currency_after(text: &str, from: usize) -> Option<(Currency, usize)> {
    let sign_at = skip_spaces(text, from);
    if let Some(sign @ '€') = char_at(text, sign_at) {
        return Some((Currency::Eur, sign_at + sign.len_utf8()));
    }
    let word = word_after(text, from).filter(|word| ends_cleanly(text, word))?;
    let currency = Currency::from_code(word.text).or_else(|| {
        match word.text.to_ascii_lowercase().as_str() {
            "dollar" | "dollars" => Some(Currency::Usd),
            "euro" | "euros" => Some(Currency::Eur),
            _ => None,
        }
    })?;
    Some((currency, word.end))
}

/// What a number counts or measures.
struct Counted {
    kind: FigureKind,
    unit: String,
    end: usize,
}

fn counted_unit(word: &str, end: usize) -> Counted {
    match measure_unit(word) {
        Some(unit) => Counted {
            kind: FigureKind::Measure,
            unit: unit.name.to_owned(),
            end,
        },
        None => Counted {
            kind: FigureKind::Count,
            unit: word.to_owned(),
            end,
        },
    }
}

/// The unit of a compound written against the number: "12,000-seat", "10-year".
fn compound_after(text: &str, from: usize) -> Option<Counted> {
    if char_at(text, from) != Some('-') {
        return None;
    }
    let start = from + 1;
    let rest = &text[start..];
    let end = start + rest.len() - rest.trim_start_matches(char::is_lowercase).len();
    let segment = &text[start..end];
    if segment.is_empty() || is_stop_word(segment) || is_digit_at(text, end) {
        return None;
    }
    Some(counted_unit(segment, end))
}

/// The noun phrase a number counts: up to three lower-case words ("suspected offenders", "NHS staff"),
/// stopping at function words, adverbs and punctuation. Trailing participles are dropped ("people
/// arrested" counts people), as is a trailing acronym.
fn counted_noun(text: &str, from: usize) -> Option<Counted> {
    let mut words: Vec<Word> = Vec::new();
    let mut cursor = from;
    while words.len() < 3 {
        let Some(word) = word_after(text, cursor) else {
            break;
        };
        let lower_case = word.text.chars().next().is_some_and(char::is_lowercase)
            && !word.text.chars().any(char::is_uppercase);
        let acceptable = ends_cleanly(text, &word)
            && !is_stop_word(word.text)
            && !is_adverb(word.text)
            && (lower_case || is_acronym(word.text));
        if !acceptable {
            break;
        }
        if words.is_empty() {
            if let Some(unit) = measure_unit(word.text) {
                return Some(Counted {
                    kind: FigureKind::Measure,
                    unit: unit.name.to_owned(),
                    end: word.end,
                });
            }
        }
        words.push(word);
        cursor = word.end;
    }
    while words
        .last()
        .is_some_and(|word| is_acronym(word.text) || is_participle(word.text))
    {
        words.pop();
    }
    let end = words.last()?.end;
    let unit: Vec<&str> = words.iter().map(|word| word.text).collect();
    Some(Counted {
        kind: FigureKind::Count,
        unit: unit.join(" "),
        end,
    })
}

/// "a month", "per year", "each week", "every single month", "an hour", "annually" — but not "a month
/// ago" or "a year of".
fn rate_after(text: &str, from: usize) -> Option<(Period, usize)> {
    let first = word_after(text, from).filter(|word| ends_cleanly(text, word))?;
    if let Some(period) = Period::from_adverb(first.text) {
        return Some((period, first.end));
    }
    if !is_one_of(first.text, &["a", "an", "per", "each", "every"]) {
        return None;
    }
    let mut noun = word_after(text, first.end)?;
    if is_one_of(first.text, &["each", "every"]) && noun.text.eq_ignore_ascii_case("single") {
        noun = word_after(text, noun.end)?;
    }
    if !ends_cleanly(text, &noun) {
        return None;
    }
    let period = Period::from_noun(noun.text)?;
    let not_a_rate = [
        "ago", "of", "earlier", "later", "before", "after", "old", "or",
    ];
    if word_after(text, noun.end).is_some_and(|next| is_one_of(next.text, &not_a_rate)) {
        return None;
    }
    Some((period, noun.end))
}

/// A unit of measure, in the one spelling figures are grouped by.
struct MeasureUnit {
    name: &'static str,
    /// Written against the number too: "10km", "5GB".
    attachable: bool,
}

fn measure_unit(word: &str) -> Option<MeasureUnit> {
    let (name, attachable) = match word.to_ascii_lowercase().as_str() {
        "km" => ("km", true),
        "kilometre" | "kilometres" | "kilometer" | "kilometers" => ("km", false),
        "mile" | "miles" => ("mile", false),
        "metre" | "metres" | "meter" | "meters" => ("metre", false),
        "cm" => ("cm", true),
        "mm" => ("mm", true),
        "kg" => ("kg", true),
        "kilogram" | "kilograms" | "kilos" => ("kg", false),
        "tonne" | "tonnes" | "ton" | "tons" => ("tonne", false),
        "litre" | "litres" | "liter" | "liters" => ("litre", false),
        "ml" => ("ml", true),
        "acre" | "acres" => ("acre", false),
        "hectare" | "hectares" => ("hectare", false),
        "ft" => ("foot", true),
        "foot" | "feet" => ("foot", false),
        "inch" | "inches" => ("inch", false),
        "mph" => ("mph", true),
        "kwh" => ("kWh", true),
        "mw" => ("MW", true),
        "gw" => ("GW", true),
        "mb" => ("MB", true),
        "gb" => ("GB", true),
        "tb" => ("TB", true),
        "second" | "seconds" => ("second", false),
        "minute" | "minutes" => ("minute", false),
        "hour" | "hours" => ("hour", false),
        "day" | "days" => ("day", false),
        "week" | "weeks" => ("week", false),
        "month" | "months" => ("month", false),
        "year" | "years" => ("year", false),
        "decade" | "decades" => ("decade", false),
        _ => return None,
    };
    Some(MeasureUnit { name, attachable })
}

// ---------------------------------------------------------------------------------------------------------
// Word lists

/// Function words, quantifiers and common reporting verbs: a counted noun phrase stops at them, and a
/// capitalised one before a number ("About 800") is no label.
const STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "without",
    "within",
    "into",
    "onto",
    "over",
    "under",
    "about",
    "above",
    "below",
    "across",
    "after",
    "before",
    "during",
    "since",
    "until",
    "till",
    "per",
    "each",
    "every",
    "and",
    "or",
    "nor",
    "but",
    "than",
    "then",
    "so",
    "as",
    "if",
    "when",
    "while",
    "where",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "has",
    "have",
    "had",
    "having",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "not",
    "no",
    "more",
    "less",
    "fewer",
    "most",
    "least",
    "many",
    "much",
    "some",
    "any",
    "all",
    "both",
    "either",
    "neither",
    "other",
    "another",
    "such",
    "same",
    "very",
    "too",
    "also",
    "only",
    "just",
    "even",
    "still",
    "yet",
    "ago",
    "again",
    "here",
    "there",
    "it",
    "its",
    "they",
    "them",
    "their",
    "he",
    "him",
    "his",
    "she",
    "her",
    "we",
    "us",
    "our",
    "you",
    "your",
    "i",
    "me",
    "my",
    "said",
    "says",
    "say",
    "told",
    "according",
    "including",
    "among",
    "between",
    "through",
    "throughout",
    "around",
    "near",
    "nearly",
    "almost",
    "approximately",
    "roughly",
    "exactly",
    "estimated",
    "last",
    "next",
    "out",
    "up",
    "down",
    "off",
    "via",
    "versus",
    "vs",
    "plus",
    "minus",
    "times",
    "because",
    "although",
    "though",
    "whereas",
    "like",
    "unlike",
    "against",
    "toward",
    "towards",
    "upon",
    "whether",
    // Comparatives and adverbs of time or place: "a year or two later".
    "later",
    "earlier",
    "sooner",
    "higher",
    "lower",
    "greater",
    "larger",
    "smaller",
    "bigger",
    "longer",
    "shorter",
    "older",
    "younger",
    "better",
    "worse",
    "further",
    "faster",
    "slower",
    "rather",
    "ever",
    "never",
    "instead",
    "already",
    "away",
    "back",
    "together",
    "apart",
    "alone",
    "overall",
    "now",
    "today",
    "yesterday",
    "tomorrow",
];

/// Words that make the number after them a name, even in lower case: "section 230", "page 3".
const LABEL_WORDS: &[&str] = &[
    "section",
    "sections",
    "article",
    "articles",
    "clause",
    "clauses",
    "paragraph",
    "chapter",
    "page",
    "pages",
    "room",
    "flight",
    "version",
    "platform",
    "gate",
    "junction",
    "route",
    "schedule",
    "amendment",
    "annex",
    "appendix",
    "footnote",
    "exhibit",
    "figure",
    "table",
    "number",
    "bus",
    "highway",
    "interstate",
    "episode",
    "volume",
];

/// Words after which a four-digit number is a year even when a noun follows: "the 2019 report".
const YEAR_CONTEXT_WORDS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "that", "last",
    "next", "since", "during", "until", "till", "in", "by", "circa", "mid", "early", "late",
];

const MONTHS: &[&str] = &[
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
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
];

/// A compound after a number word that makes a fraction or ordinal, not a count: "three-quarters".
const FRACTION_AND_ORDINAL_WORDS: &[&str] = &[
    "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "first",
    "second", "fourth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// Nouns that look like participles or adverbs, and so must not be dropped from a counted phrase.
const NOUNS_LIKE_VERB_FORMS: &[&str] = &[
    "thing",
    "things",
    "building",
    "meeting",
    "morning",
    "evening",
    "funding",
    "housing",
    "training",
    "spending",
    "ruling",
    "finding",
    "warning",
    "hearing",
    "wedding",
    "offspring",
    "sibling",
    "string",
    "spring",
    "king",
    "ring",
    "wing",
    "need",
    "speed",
    "seed",
    "bed",
    "shed",
    "breed",
    "family",
    "assembly",
    "supply",
    "rally",
    "ally",
];

/// Words that never name what a number counts: function words, and common verbs ("800 people came").
fn is_stop_word(word: &str) -> bool {
    is_one_of(word, STOP_WORDS) || is_common_verb(word)
}

fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|entry| entry.eq_ignore_ascii_case(word))
}

/// A month's name, capitalised as names are ("may" is a verb).
pub(super) fn is_month(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && is_one_of(word, MONTHS)
}

fn is_possessive(word: &str) -> bool {
    ["'s", "’s", "s'", "s’"]
        .iter()
        .any(|ending| word.ends_with(ending))
}

/// "NHS", "UK": two to five capitals.
fn is_acronym(word: &str) -> bool {
    (2..=5).contains(&word.len()) && word.chars().all(|character| character.is_ascii_uppercase())
}

/// "officers", "children", "staff": a plural, or a noun that counts like one.
fn is_plural(noun: &str) -> bool {
    const IRREGULAR: [&str; 12] = [
        "people",
        "children",
        "men",
        "women",
        "police",
        "staff",
        "personnel",
        "feet",
        "teeth",
        "mice",
        "cattle",
        "livestock",
    ];
    (noun.ends_with('s') && !noun.ends_with("ss")) || is_one_of(noun, &IRREGULAR)
}

fn is_adverb(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly") && !is_one_of(word, NOUNS_LIKE_VERB_FORMS)
}

fn is_participle(word: &str) -> bool {
    let looks_like_one =
        (word.len() > 3 && word.ends_with("ed")) || (word.len() > 4 && word.ends_with("ing"));
    looks_like_one && !is_one_of(word, NOUNS_LIKE_VERB_FORMS)
}

// ---------------------------------------------------------------------------------------------------------
// Scanning primitives: every offset they return is on a character boundary.

fn char_at(text: &str, index: usize) -> Option<char> {
    text.get(index..)?.chars().next()
}

fn char_before(text: &str, index: usize) -> Option<char> {
    text.get(..index)?.chars().next_back()
}

fn is_digit_at(text: &str, index: usize) -> bool {
    text.as_bytes().get(index).is_some_and(u8::is_ascii_digit)
}

fn digit_run(text: &str, from: usize) -> usize {
    text.as_bytes().get(from..).map_or(0, |bytes| {
        bytes
            .iter()
            .take_while(|byte| byte.is_ascii_digit())
            .count()
    })
}

/// "a.m." or "p.m." at `at`.
fn starts_with_clock_marker(text: &str, at: usize) -> bool {
    text.get(at..at + 4)
        .is_some_and(|head| head.eq_ignore_ascii_case("a.m.") || head.eq_ignore_ascii_case("p.m."))
}

/// Spaces within a line: a figure's words never run across a line break.
fn is_space(character: char) -> bool {
    matches!(character, ' ' | '\t' | '\u{a0}' | '\u{2009}' | '\u{202f}')
}

fn skip_spaces(text: &str, from: usize) -> usize {
    let rest = text.get(from..).unwrap_or("");
    from + rest.len() - rest.trim_start_matches(is_space).len()
}

fn skip_spaces_back(text: &str, before: usize) -> usize {
    text.get(..before)
        .unwrap_or("")
        .trim_end_matches(is_space)
        .len()
}

/// Where the run of ASCII capitals ending at `end` starts.
fn capitals_start(text: &str, end: usize) -> usize {
    let head = &text[..end];
    head.trim_end_matches(|character: char| character.is_ascii_uppercase())
        .len()
}

/// Where a code or word with digits in it ends: letters and digits, joined by `-`, `.`, `:`, `/`, `_`, `,`
/// when something alphanumeric follows them ("COVID-19", "10:30am", "1.2.3").
fn code_end(text: &str, from: usize) -> usize {
    let mut end = from;
    let mut characters = text[from..].char_indices().peekable();
    while let Some((offset, character)) = characters.next() {
        if character.is_alphanumeric() {
            end = from + offset + character.len_utf8();
        } else if matches!(character, '-' | '.' | ':' | '/' | '_' | ',')
            && end == from + offset
            && characters
                .peek()
                .is_some_and(|&(_, next)| next.is_alphanumeric())
        {
            continue;
        } else {
            break;
        }
    }
    end
}

/// Where a phone number starting at `from` ends: groups of digits joined by at most two of space, `-`,
/// `.`, `(`, `)`.
fn phone_end(text: &str, from: usize) -> usize {
    let mut end = from;
    loop {
        end += digit_run(text, end);
        let mut probe = end;
        let mut separators = 0;
        while separators < 2 {
            match char_at(text, probe) {
                Some(separator @ (' ' | '-' | '.' | '(' | ')' | '\u{a0}')) => {
                    probe += separator.len_utf8();
                    separators += 1;
                }
                _ => break,
            }
        }
        if separators == 0 || !is_digit_at(text, probe) {
            return end;
        }
        end = probe;
    }
}

/// Where digits joined by dashes, slashes or dots end: "2023-12-11", "2019–20".
fn dashed_end(text: &str, from: usize) -> usize {
    let mut end = from + digit_run(text, from);
    while let Some(joiner @ ('-' | '–' | '/' | '.')) = char_at(text, end) {
        if !is_digit_at(text, end + joiner.len_utf8()) {
            break;
        }
        end += joiner.len_utf8();
        end += digit_run(text, end);
    }
    end
}

#[derive(Clone, Copy, Debug)]
struct Word<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

/// Inside a word: hyphens and apostrophes between letters ("end-to-end", "children’s").
fn is_joiner(character: char) -> bool {
    matches!(character, '-' | '\'' | '’')
}

/// The word starting at `start`: letters, with joiners between them.
fn word_at(text: &str, start: usize) -> Option<Word<'_>> {
    let rest = text.get(start..)?;
    let mut length = 0;
    let mut characters = rest.char_indices().peekable();
    while let Some((offset, character)) = characters.next() {
        if character.is_alphabetic() {
            length = offset + character.len_utf8();
        } else if is_joiner(character)
            && length > 0
            && length == offset
            && characters
                .peek()
                .is_some_and(|&(_, next)| next.is_alphabetic())
        {
            continue;
        } else {
            break;
        }
    }
    (length > 0).then(|| Word {
        start,
        end: start + length,
        text: &rest[..length],
    })
}

/// The word ending at `end`: letters, with joiners between them.
fn word_ending_at(text: &str, end: usize) -> Option<Word<'_>> {
    let head = text.get(..end)?;
    let mut start = end;
    let mut characters = head.char_indices().rev().peekable();
    while let Some((offset, character)) = characters.next() {
        if character.is_alphabetic() {
            start = offset;
        } else if is_joiner(character)
            && start < end
            && start == offset + character.len_utf8()
            && characters
                .peek()
                .is_some_and(|&(_, previous)| previous.is_alphabetic())
        {
            continue;
        } else {
            break;
        }
    }
    (start < end).then(|| Word {
        start,
        end,
        text: &head[start..],
    })
}

/// The word after `from`, past at least one space on the same line.
fn word_after(text: &str, from: usize) -> Option<Word<'_>> {
    let start = skip_spaces(text, from);
    if start == from {
        return None;
    }
    word_at(text, start)
}

/// The word before `before`, past at least one space on the same line.
fn word_before(text: &str, before: usize) -> Option<Word<'_>> {
    let end = skip_spaces_back(text, before);
    if end == before {
        return None;
    }
    word_ending_at(text, end)
}

/// Whether a word is whole: not the letters of a code that goes on in digits ("E2EE").
fn ends_cleanly(text: &str, word: &Word) -> bool {
    !char_at(text, word.end).is_some_and(char::is_alphanumeric)
}

/// Whether the word at `word_start` opens a sentence, a quotation, a bracket or a line: there, a
/// capital letter says nothing about being a name.
fn starts_sentence(text: &str, word_start: usize) -> bool {
    let before = skip_spaces_back(text, word_start);
    char_before(text, before).is_none_or(|character| ".!?:;\"“”‘'([{—–-…•\n\r".contains(character))
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    /// One line per figure: `phrase [number] | value | kind | unit | rate`.
    fn check(text: &str, expected: Expect) {
        let rendered: Vec<String> = find_figures(text)
            .iter()
            .map(|figure| {
                let value = match figure.upper_value {
                    Some(upper) => format!("{}..{}", figure.value, upper),
                    None => figure.value.to_string(),
                };
                format!(
                    "{} [{}] | {} | {} | {} | {}",
                    figure.phrase(text),
                    figure.number(text),
                    value,
                    figure.kind.name(),
                    figure.unit.as_deref().unwrap_or("-"),
                    figure.rate.map_or("-", Period::name),
                )
            })
            .collect();
        expected.assert_eq(&rendered.join("\n"));
    }

    #[test]
    fn counted_noun_phrases_and_monthly_rates_from_the_npcc_statement() {
        check(
            "On average policing arrests 800 suspected offenders a month and safeguards on average \
             1,200 children a month in relation to child sexual exploitation (CSE) offences.",
            expect![[r#"
                800 suspected offenders a month [800] | 800 | count | suspected offenders | month
                1,200 children a month [1,200] | 1200 | count | children | month"#]],
        );
        check(
            "Together, we are safeguarding 1,200 children and arresting around 800 suspects every \
             single month.",
            expect![[r#"
                1,200 children [1,200] | 1200 | count | children | -
                800 suspects every single month [800] | 800 | count | suspects | month"#]],
        );
    }

    #[test]
    fn thousands_grouped_by_a_thin_or_no_break_space_are_one_number() {
        check(
            "The plan sets aside 10\u{202f}000 square feet, 1\u{2009}250\u{2009}000 dollars and 12\u{a0}000 homes.",
            expect![[r#"
                10 000 square feet [10 000] | 10000 | count | square feet | -
                1 250 000 dollars [1 250 000] | 1250000 | money | USD | -
                12 000 homes [12 000] | 12000 | count | homes | -"#]],
        );
    }

    #[test]
    fn a_scale_word_belongs_to_the_number() {
        check(
            "will lead to at least 21 million reports of child sexual abuse going undetected",
            expect!["21 million reports [21 million] | 21000000 | count | reports | -"],
        );
        check(
            "two million people, a million users, a dozen officers and 3 thousand homes",
            expect![[r#"
                two million people [two million] | 2000000 | count | people | -
                a million users [a million] | 1000000 | count | users | -
                a dozen officers [a dozen] | 12 | count | officers | -
                3 thousand homes [3 thousand] | 3000 | count | homes | -"#]],
        );
    }

    #[test]
    fn per_cent_is_written_in_several_ways() {
        check(
            "(92 per cent from Facebook and 85 per cent from Instagram)",
            expect![[r#"
                92 per cent [92] | 92 | percent | percent | -
                85 per cent [85] | 85 | percent | percent | -"#]],
        );
        check(
            "The report says 37 per cent of respondents to their survey said",
            expect!["37 per cent [37] | 37 | percent | percent | -"],
        );
        check(
            "92% and 92 % and 92 percent and 92 per-cent, up 5 percentage points",
            expect![[r#"
                92% [92] | 92 | percent | percent | -
                92 % [92] | 92 | percent | percent | -
                92 percent [92] | 92 | percent | percent | -
                92 per-cent [92] | 92 | percent | percent | -
                5 percentage points [5] | 5 | percent | percentage point | -"#]],
        );
    }

    #[test]
    fn money_compounds_and_a_year_in_one_sentence() {
        check(
            "The council will spend £4.2 million on a 12,000-seat stadium, up from $10 million \
             pledged in 2019.",
            expect![[r#"
                £4.2 million [4.2 million] | 4200000 | money | GBP | -
                12,000-seat [12,000] | 12000 | count | seat | -
                $10 million [10 million] | 10000000 | money | USD | -"#]],
        );
    }

    #[test]
    fn currencies_by_sign_code_and_name() {
        check(
            "£4m, $3.5bn, €2 billion, US$5 million, A$20, GBP 300, USD250, 300 euros, 40 dollars, \
             £50k, ¥1,000, 15 €",
            expect![[r#"
                £4m [4m] | 4000000 | money | GBP | -
                $3.5bn [3.5bn] | 3500000000 | money | USD | -
                €2 billion [2 billion] | 2000000000 | money | EUR | -
                US$5 million [5 million] | 5000000 | money | USD | -
                A$20 [20] | 20 | money | AUD | -
                GBP 300 [300] | 300 | money | GBP | -
                USD250 [250] | 250 | money | USD | -
                300 euros [300] | 300 | money | EUR | -
                40 dollars [40] | 40 | money | USD | -
                £50k [50k] | 50000 | money | GBP | -
                ¥1,000 [1,000] | 1000 | money | JPY | -
                15 € [15] | 15 | money | EUR | -"#]],
        );
    }

    #[test]
    fn thousands_separators_do_not_change_the_value() {
        check(
            "1,200 children; 1200 children; 1,000,000 views; 2,500.75 pounds",
            expect![[r#"
                1,200 children [1,200] | 1200 | count | children | -
                1200 children [1200] | 1200 | count | children | -
                1,000,000 views [1,000,000] | 1000000 | count | views | -
                2,500.75 pounds [2,500.75] | 2500.75 | count | pounds | -"#]],
        );
    }

    #[test]
    fn ranges_are_one_figure_with_two_bounds() {
        check(
            "10-15 per cent, 10–15 days, between 10 and 15 officers, 800 to 1,200 children, \
             £10-15 million, between £2m and £3m",
            expect![[r#"
                10-15 per cent [10-15] | 10..15 | percent | percent | -
                10–15 days [10–15] | 10..15 | measure | day | -
                between 10 and 15 officers [10 and 15] | 10..15 | count | officers | -
                800 to 1,200 children [800 to 1,200] | 800..1200 | count | children | -
                £10-15 million [10-15 million] | 10000000..15000000 | money | GBP | -
                between £2m and £3m [2m and £3m] | 2000000..3000000 | money | GBP | -"#]],
        );
    }

    #[test]
    fn a_scale_written_against_both_bounds_is_shared() {
        check(
            "between £2m and £3m, £2bn to £3bn, £2m to £3bn",
            expect![[r#"
                between £2m and £3m [2m and £3m] | 2000000..3000000 | money | GBP | -
                £2bn to £3bn [2bn to £3bn] | 2000000000..3000000000 | money | GBP | -
                £2m [2m] | 2000000 | money | GBP | -
                £3bn [3bn] | 3000000000 | money | GBP | -"#]],
        );
    }

    #[test]
    fn a_change_from_one_number_to_another_is_two_figures() {
        check(
            "the rate rose from 10 to 15 per cent",
            expect![[r#"
            10 [10] | 10 | count | - | -
            15 per cent [15] | 15 | percent | percent | -"#]],
        );
    }

    #[test]
    fn scores_are_not_ranges() {
        check("They won 3-1 at home and drew 2–2.", expect![[""]]);
    }

    #[test]
    fn rates_name_their_period() {
        check(
            "£300 a week, 20 calls per day, 5 reports each week, 800 suspects every single month, \
             £4m annually, 12 flights an hour, 2% per year, 800 a month",
            expect![[r#"
                £300 a week [300] | 300 | money | GBP | week
                20 calls per day [20] | 20 | count | calls | day
                5 reports each week [5] | 5 | count | reports | week
                800 suspects every single month [800] | 800 | count | suspects | month
                £4m annually [4m] | 4000000 | money | GBP | year
                12 flights an hour [12] | 12 | count | flights | hour
                2% per year [2] | 2 | percent | percent | year
                800 a month [800] | 800 | count | - | month"#]],
        );
    }

    #[test]
    fn a_period_that_dates_something_is_no_rate() {
        check(
            "3 months ago, 40 people a year or two later, 800 cases a year earlier",
            expect![[r#"
                3 months [3] | 3 | measure | month | -
                40 people [40] | 40 | count | people | -
                800 cases [800] | 800 | count | cases | -"#]],
        );
    }

    #[test]
    fn measures_take_one_spelling_of_their_unit() {
        check(
            "a 10km run, 26.2 miles, 5 years in prison, a 10-year plan, 5GB of data, 3 tonnes",
            expect![[r#"
                10km [10] | 10 | measure | km | -
                26.2 miles [26.2] | 26.2 | measure | mile | -
                5 years [5] | 5 | measure | year | -
                10-year [10] | 10 | measure | year | -
                5GB [5] | 5 | measure | GB | -
                3 tonnes [3] | 3 | measure | tonne | -"#]],
        );
    }

    #[test]
    fn number_words_count_only_when_they_say_what_they_count() {
        check(
            "Three children, twenty-one officers and a three-year deal; one of the two was seen \
             on Channel Four. Three-quarters agreed; one million people watched; two factor \
             authentication; five police officers. Two years on, ten weeks later; two hours a \
             week.",
            expect![[r#"
                Three children [Three] | 3 | count | children | -
                twenty-one officers [twenty-one] | 21 | count | officers | -
                one million people [one million] | 1000000 | count | people | -
                five police officers [five] | 5 | count | police officers | -"#]],
        );
    }

    #[test]
    fn counted_noun_phrases_stop_at_verbs_participles_and_function_words() {
        check(
            "800 people were arrested, 300 people arrested, 40 NHS staff, 800 children going \
             missing, 12 officers currently",
            expect![[r#"
                800 people [800] | 800 | count | people | -
                300 people [300] | 300 | count | people | -
                40 NHS staff [40] | 40 | count | NHS staff | -
                800 children [800] | 800 | count | children | -
                12 officers [12] | 12 | count | officers | -"#]],
        );
    }

    #[test]
    fn negative_and_explicitly_positive_numbers() {
        check(
            "growth of -3% and −2.5 per cent, then +5%",
            expect![[r#"
            -3% [-3] | -3 | percent | percent | -
            −2.5 per cent [−2.5] | -2.5 | percent | percent | -
            +5% [+5] | 5 | percent | percent | -"#]],
        );
    }

    #[test]
    fn words_and_codes_with_digits_are_not_figures() {
        check(
            "Meta’s new end-to-end encryption (E2EE) will have a dangerous impact",
            expect![[""]],
        );
        check(
            "COVID-19 closed the M25; the G7 met; 4G masts; 3D printers; the 1990s",
            expect![[""]],
        );
    }

    #[test]
    fn dates_are_not_figures() {
        check("Dec 11, 2023", expect![[""]]);
        check("Published 5 June 2025", expect![[""]]);
        check(
            "on 11 December 2023, on 2023-12-11, on Dec. 3 and on March 3 2024",
            expect![[""]],
        );
    }

    #[test]
    fn years_are_not_figures_unless_they_count_something() {
        check(
            "in 2019, since 1999, the 2019 report, 2,000 people and 2000 people attended; \
             between 2019 and 2021; the 2019-20 season; Copyright © 2024 Police Professional",
            expect![[r#"
                2,000 people [2,000] | 2000 | count | people | -
                2000 people [2000] | 2000 | count | people | -"#]],
        );
    }

    #[test]
    fn clock_times_are_not_figures() {
        check("at 10:30am on 3 March", expect![[""]]);
        check(
            "by 3pm, at 3 pm, at 10.30am, at 5 o’clock, at 9 a.m. and 14:00 GMT",
            expect![[""]],
        );
    }

    #[test]
    fn ordinals_are_not_figures() {
        check(
            "the 1st and 21st centuries, the 2nd and 3rd rounds",
            expect![[""]],
        );
    }

    #[test]
    fn a_number_after_a_label_is_a_name() {
        check("Section 230 of the act", expect![[""]]);
        check(
            "under Article 13, in Room 101, on Flight 370, at No. 10, running Windows 10 and \
             iOS 17 on page 4",
            expect![[""]],
        );
    }

    #[test]
    fn a_number_naming_a_service_is_a_name() {
        check(
            "use the 111 helpline, call the 101 number, take the 38 bus; a 2016 study found",
            expect![[""]],
        );
        check(
            "3 bus routes and 20 service stations",
            expect![[r#"
                3 bus routes [3] | 3 | count | bus routes | -
                20 service stations [20] | 20 | count | service stations | -"#]],
        );
    }

    #[test]
    fn a_capitalised_word_opening_a_sentence_is_no_label() {
        check(
            "About 800 people came. Some 40 officers left. “Over 1,200 children were helped.”",
            expect![[r#"
                800 people [800] | 800 | count | people | -
                40 officers [40] | 40 | count | officers | -
                1,200 children [1,200] | 1200 | count | children | -"#]],
        );
    }

    #[test]
    fn phone_version_and_address_numbers_are_not_figures() {
        check(
            "Call 0161 496 0000 or +44 20 7946 0958 or (020) 7946 0958.",
            expect![[""]],
        );
        check(
            "version 2.1.3, v1.2, 192.168.0.1, https://example.com/2023/report-800.html, \
             www.example2.com, help@site99.org, 24/7 and 9/11, #1 and [2]",
            expect![[""]],
        );
    }

    #[test]
    fn a_list_written_without_spaces_is_not_a_number() {
        check("codes 1,2,3 and 4,56", expect![[""]]);
    }

    #[test]
    fn figures_span_lines_only_within_one_line() {
        check(
            "800\nchildren a month\n1,200 children\na month",
            expect![[r#"
            800 [800] | 800 | count | - | -
            1,200 children [1,200] | 1200 | count | children | -"#]],
        );
    }

    #[test]
    fn offsets_are_bytes_into_the_original_text() {
        let text = "Meta’s “£4.2m” — and “between 10 and 15 officers”";
        let rendered: Vec<String> = find_figures(text)
            .iter()
            .map(|figure| {
                format!(
                    "{}..{} number {}..{} {:?}",
                    figure.start,
                    figure.end,
                    figure.number_start,
                    figure.number_end,
                    figure.phrase(text)
                )
            })
            .collect();
        expect![[r#"
            12..18 number 14..18 "£4.2m"
            33..59 number 41..50 "between 10 and 15 officers""#]]
        .assert_eq(&rendered.join("\n"));
    }

    #[test]
    fn a_figure_serialises_with_kebab_case_kinds_and_iso_codes() {
        let text = "£300 a week";
        let json = serde_json::to_string_pretty(&find_figures(text)).unwrap();
        expect![[r#"
            [
              {
                "start": 0,
                "end": 12,
                "number_start": 2,
                "number_end": 5,
                "value": 300.0,
                "upper_value": null,
                "kind": "money",
                "unit": "GBP",
                "currency": "GBP",
                "rate": "week"
              }
            ]"#]]
        .assert_eq(&json);
        let read_back: Vec<FigureMention> = serde_json::from_str(&json).unwrap();
        assert_eq!(read_back, find_figures(text));
    }

    #[test]
    fn empty_and_numberless_texts_have_no_figures() {
        check("", expect![[""]]);
        check("No numbers here, only words.", expect![[""]]);
    }

    /// Texts assembled from awkward fragments: the scan never panics, every range is on character
    /// boundaries, each number lies inside its phrase, and figures come in order without overlapping.
    #[test]
    fn any_text_gives_well_formed_figures() {
        const FRAGMENTS: [&str; 64] = [
            "800",
            "1,200",
            "1200",
            "4.2",
            "0",
            "07",
            "2023",
            "19",
            "£",
            "$",
            "US$",
            "€",
            "-",
            "−",
            "–",
            "+",
            "%",
            " per cent",
            " million",
            "m",
            "bn",
            "k",
            " ",
            "  ",
            "\u{a0}",
            "\n",
            ",",
            ".",
            ":",
            "(",
            ")",
            "[",
            "]",
            "/",
            "between ",
            " and ",
            " to ",
            "a ",
            "an ",
            "dozen",
            " a month",
            "every single ",
            "each ",
            "-seat",
            " children",
            " suspected offenders",
            "Section ",
            "Dec ",
            "March ",
            "E2EE",
            "COVID-19",
            "st",
            "pm",
            "am",
            "three",
            "twenty-",
            "one",
            "’",
            "“",
            "é",
            "🙂",
            "GBP ",
            "per",
            "https://x.y/",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next_random = |bound: usize| {
            // A linear congruential generator: fixed, so a failure can be replayed.
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            usize::try_from(state >> 33).unwrap() % bound
        };
        let mut figures_seen = 0;
        for _ in 0..600 {
            let fragment_count = 1 + next_random(12);
            let text: String = (0..fragment_count)
                .map(|_| FRAGMENTS[next_random(FRAGMENTS.len())])
                .collect();
            let figures = find_figures(&text);
            let mut previous_end = 0;
            for figure in &figures {
                let boundaries = [
                    figure.start,
                    figure.end,
                    figure.number_start,
                    figure.number_end,
                ];
                assert!(
                    boundaries
                        .iter()
                        .all(|&offset| text.is_char_boundary(offset)),
                    "{text:?}: {figure:?}"
                );
                assert!(
                    previous_end <= figure.start
                        && figure.start <= figure.number_start
                        && figure.number_start < figure.number_end
                        && figure.number_end <= figure.end
                        && figure.end <= text.len(),
                    "{text:?}: {figure:?}"
                );
                assert!(!figure.value.is_nan(), "{text:?}: {figure:?}");
                previous_end = figure.end;
            }
            figures_seen += figures.len();
        }
        // The fragments hold plenty of figures: a scan that found none would pass the checks above.
        assert!(figures_seen > 100, "only {figures_seen} figures");
    }
}
