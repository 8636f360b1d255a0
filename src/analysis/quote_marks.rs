//! Quotation marks in one paragraph, told apart from apostrophes and paired into quoted spans.
//!
//! Curly marks say which way they face; straight ones (`"` and `'`) are read from what stands beside them.
//! A right single mark (’) is an apostrophe between letters (it’s, O’Neill) or at the start of a word
//! (’90s), and may be a closing quote or a plural possessive (residents’) after a word: that last case is
//! decided by what follows and by whether a later mark could close the quote instead.

use std::ops::Range;

/// Which family of marks a quote uses; the other family may nest inside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MarkStyle {
    Double,
    Single,
}

/// A quoted span found in one paragraph: `content` excludes the marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuotedSpan {
    pub style: MarkStyle,
    /// Byte range of the opening mark, relative to the paragraph.
    pub open: Range<usize>,
    /// Byte range of the text between the marks, relative to the paragraph.
    pub content: Range<usize>,
    /// Byte range of the closing mark, or `None` when the paragraph ends with the quote still open
    /// (the convention for a quote that goes on in the next paragraph).
    pub close: Option<Range<usize>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Direction {
    Open,
    Close,
}

/// A candidate mark: a quotation mark that could open or close, never an apostrophe.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Mark {
    style: MarkStyle,
    direction: Direction,
    /// A closing single mark that might instead be a plural possessive (residents’ homes).
    doubtful: bool,
    start: usize,
    end: usize,
}

/// Every quoted span of `paragraph`, in order; nested quotes stay inside their outer span's content.
pub fn find_quoted_spans(paragraph: &str) -> Vec<QuotedSpan> {
    let marks = classify_marks(paragraph);
    let mut spans = Vec::new();
    let mut index = 0;
    while index < marks.len() {
        let opener = marks[index];
        if opener.direction != Direction::Open {
            index += 1;
            continue;
        }
        match find_closer(&marks, index) {
            Some(closer_index) => {
                let closer = marks[closer_index];
                spans.push(QuotedSpan {
                    style: opener.style,
                    open: opener.start..opener.end,
                    content: opener.end..closer.start,
                    close: Some(closer.start..closer.end),
                });
                index = closer_index + 1;
            }
            None => {
                // A straight single mark that closes nothing was an elision ('90s, 'cause); a stray
                // curly one followed by another opener is ignored. Otherwise the quote runs on to the
                // paragraph's end, as a quote continued in the next paragraph does.
                let is_elision = paragraph[opener.start..].starts_with('\'');
                let is_stray = opener.style == MarkStyle::Single
                    && has_later_open(&marks, index, opener.style);
                if is_elision || is_stray {
                    index += 1;
                    continue;
                }
                spans.push(QuotedSpan {
                    style: opener.style,
                    open: opener.start..opener.end,
                    content: opener.end..paragraph.trim_end().len(),
                    close: None,
                });
                break;
            }
        }
    }
    spans
}

fn has_later_open(marks: &[Mark], index: usize, style: MarkStyle) -> bool {
    marks[index + 1..]
        .iter()
        .any(|mark| mark.style == style && mark.direction == Direction::Open)
}

/// The index of the mark closing the quote opened at `open_index`: the first closing mark of the same
/// style, skipping marks nested in a quote of that style opened inside, and skipping a doubtful closer
/// when a confident one follows before the next opening mark of the style.
fn find_closer(marks: &[Mark], open_index: usize) -> Option<usize> {
    let style = marks[open_index].style;
    let mut candidates = marks
        .iter()
        .enumerate()
        .skip(open_index + 1)
        .filter(|(_, mark)| mark.style == style)
        .take_while(|(_, mark)| mark.direction == Direction::Close || style == MarkStyle::Double)
        .peekable();
    let mut depth = 0usize;
    let mut doubtful = None;
    while let Some((index, mark)) = candidates.next() {
        match mark.direction {
            // A second opening double mark before any close: the first quote was never closed; a
            // nested same-style quote is rare in news text, so this reads as a new quote.
            Direction::Open if depth == 0 && style == MarkStyle::Double => return None,
            Direction::Open => depth += 1,
            Direction::Close if depth > 0 => depth -= 1,
            Direction::Close if mark.doubtful => {
                doubtful.get_or_insert(index);
                if candidates.peek().is_none() {
                    return doubtful;
                }
            }
            Direction::Close => return Some(index),
        }
    }
    doubtful
}

fn classify_marks(paragraph: &str) -> Vec<Mark> {
    let mut marks = Vec::new();
    let mut double_open = false;
    // Only quotation marks and apostrophes matter: go from one to the next.
    let quotation_marks = paragraph.char_indices().filter(|&(_, c)| {
        matches!(
            c,
            '“' | '„' | '«' | '”' | '»' | '"' | '‘' | '‚' | '’' | '\''
        )
    });
    for (start, c) in quotation_marks {
        let before = paragraph[..start].chars().next_back();
        let end = start + c.len_utf8();
        let after = paragraph[end..].chars().next();
        let mark = |style, direction, doubtful| Mark {
            style,
            direction,
            doubtful,
            start,
            end,
        };
        match c {
            '“' | '„' | '«' => marks.push(mark(MarkStyle::Double, Direction::Open, false)),
            '”' | '»' => marks.push(mark(MarkStyle::Double, Direction::Close, false)),
            '"' => {
                let direction = if opens_here(before, after) {
                    Direction::Open
                } else if closes_here(before, after) || double_open {
                    Direction::Close
                } else {
                    Direction::Open
                };
                double_open = direction == Direction::Open;
                marks.push(mark(MarkStyle::Double, direction, false));
            }
            '‘' | '‚' => marks.push(mark(MarkStyle::Single, Direction::Open, false)),
            '’' | '\'' => {
                let letter_before = before.is_some_and(char::is_alphanumeric);
                let letter_after = after.is_some_and(char::is_alphanumeric);
                if letter_before && letter_after {
                    continue; // it’s, O’Neill, don't
                }
                if !letter_before && letter_after {
                    // ’90s, ’n’ — but a straight mark at a word's start may open a quote.
                    let elision_of_digits = after.is_some_and(|next| next.is_ascii_digit());
                    if c == '\'' && opens_here(before, after) && !elision_of_digits {
                        marks.push(mark(MarkStyle::Single, Direction::Open, false));
                    }
                    continue;
                }
                // rock ’n’ roll, fish ’n’ chips: a letter or two between elision marks is a word.
                if closes_elided_word(&paragraph[..start]) {
                    continue;
                }
                if closes_here(before, after) {
                    let doubtful = before.is_some_and(|letter| letter == 's' || letter == 'S')
                        && follows_with_lowercase_word(&paragraph[end..]);
                    marks.push(mark(MarkStyle::Single, Direction::Close, doubtful));
                }
            }
            _ => {}
        }
    }
    marks
}

/// Whether the text before a mark ends with an elided word of one or two letters written between
/// apostrophes, the first standing after a space: " ’n" (as in "rock ’n’ roll").
fn closes_elided_word(before_mark: &str) -> bool {
    let word_start = before_mark
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(before_mark.len(), |(at, _)| at);
    let word = &before_mark[word_start..];
    let mut previous = before_mark[..word_start].chars().rev();
    (1..=2).contains(&word.chars().count())
        && matches!(previous.next(), Some('’' | '\''))
        && previous.next().is_some_and(char::is_whitespace)
}

/// An opening mark stands after a space, a bracket, a dash or another opening mark, or at the start.
fn opens_here(before: Option<char>, after: Option<char>) -> bool {
    let before_allows = before.is_none_or(|c| c.is_whitespace() || "([{—–-/“‘\"'".contains(c));
    let after_allows = after.is_some_and(|c| !c.is_whitespace());
    before_allows && after_allows
}

/// A closing mark stands after a word or punctuation, and before a space, punctuation, or the end.
fn closes_here(before: Option<char>, after: Option<char>) -> bool {
    let before_allows = before.is_some_and(|c| !c.is_whitespace());
    let after_allows = after.is_none_or(|c| c.is_whitespace() || !c.is_alphanumeric());
    before_allows && after_allows
}

/// Words that follow a closing quote far more often than they follow a plural possessive.
const WORDS_AFTER_A_QUOTE: [&str; 24] = [
    "and", "after", "as", "at", "before", "but", "by", "for", "from", "in", "into", "is", "of",
    "on", "or", "over", "said", "says", "so", "than", "that", "to", "was", "with",
];

/// After the mark: a space and a lower-case word that is not a small function word (residents’ homes),
/// where a closing quote would be followed by punctuation, an attribution, a capital or "and", "after"….
fn follows_with_lowercase_word(after_mark: &str) -> bool {
    let Some(rest) = after_mark.strip_prefix(' ') else {
        return false;
    };
    let word = &rest[..rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len())];
    word.chars().next().is_some_and(char::is_lowercase) && !WORDS_AFTER_A_QUOTE.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check(paragraph: &str, expected: Expect) {
        let rendered: Vec<String> = find_quoted_spans(paragraph)
            .iter()
            .map(|span| {
                format!(
                    "{:?}{} {:?}",
                    span.style,
                    if span.close.is_some() { "" } else { " (open)" },
                    &paragraph[span.content.clone()]
                )
            })
            .collect();
        expected.assert_eq(&rendered.join("\n"));
    }

    #[test]
    fn elided_words_between_apostrophes() {
        check(
            "‘I learned to play rock ’n’ roll, badly.’ Fish ’n’ chips.",
            expect![[r#"Single "I learned to play rock ’n’ roll, badly.""#]],
        );
    }

    #[test]
    fn curly_double_quotes() {
        check(
            "“This will dramatically reduce their ability,” it added.",
            expect![[r#"Double "This will dramatically reduce their ability,""#]],
        );
    }

    #[test]
    fn straight_double_quotes_are_read_by_position() {
        check(
            r#""We will act," she said, "and soon." Then "partial words" again."#,
            expect![[r#"
                Double "We will act,"
                Double "and soon."
                Double "partial words""#]],
        );
    }

    #[test]
    fn apostrophes_never_open_or_close_quotes() {
        check(
            "It’s the Club's view that residents’ homes and the ’90s O’Neill rock ’n’ roll era don't matter.",
            expect![[""]],
        );
    }

    #[test]
    fn single_quotes_with_a_plural_possessive_inside() {
        check(
            "Minister vows to ‘protect residents’ homes at all costs’ after floods",
            expect![[r#"Single "protect residents’ homes at all costs""#]],
        );
    }

    #[test]
    fn a_plural_possessive_at_the_end_of_a_single_quote_still_closes_it() {
        check(
            "He called it ‘a win for the residents’ and left.",
            expect![[r#"Single "a win for the residents""#]],
        );
    }

    #[test]
    fn nested_quotes_stay_inside_the_outer_quote() {
        check(
            "“They told us ‘no’ twice, and it’s not over,” she said.",
            expect![[r#"Double "They told us ‘no’ twice, and it’s not over,""#]],
        );
        check(
            "‘He said “never” to me,’ she recalled.",
            expect![[r#"Single "He said “never” to me,""#]],
        );
    }

    #[test]
    fn a_quote_left_open_at_the_end_of_the_paragraph() {
        check(
            "“On average policing arrests 800 suspected offenders a month.",
            expect![[
                r#"Double (open) "On average policing arrests 800 suspected offenders a month.""#
            ]],
        );
    }

    #[test]
    fn straight_single_quotes_in_a_headline_and_elisions() {
        check(
            "Council 'will not back down' over the 'cause, says leader",
            expect![[r#"Single "will not back down""#]],
        );
        check("Back to the '90s for the students' union", expect![[""]]);
    }

    #[test]
    fn the_curly_headline_of_a_real_article() {
        check(
            "NPCC warns Meta’s roll-out of end-to-end-encryption ‘putting safety of children at risk’",
            expect![[r#"Single "putting safety of children at risk""#]],
        );
    }
}
