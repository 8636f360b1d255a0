//! A result's snippet: a few words either side of a match, cut at spaces of any width, with the
//! match's marks moved to the snippet's own offsets.

use std::ops::Range;

/// What goes before a snippet that starts inside the text, and after one that stops inside it.
const LEAD: &str = "… ";
const TAIL: &str = " …";

/// Up to `words` words either side of the match at byte `first` (a character boundary), with the marks
/// that lie wholly inside it moved to the snippet's offsets; "…" where the text goes on. A space may be
/// a no-break, thin or ideographic one, wider than a byte: the cut steps past the whole character.
pub fn snippet(
    text: &str,
    first: usize,
    ranges: &[Range<usize>],
    words: usize,
) -> (String, Vec<Range<usize>>) {
    let first = (0..=first.min(text.len()))
        .rev()
        .find(|&at| text.is_char_boundary(at))
        .unwrap_or(0);
    let start = text[..first]
        .char_indices()
        .rev()
        .filter(|&(_, c)| c.is_whitespace())
        .nth(words)
        .map_or(0, |(at, space)| at + space.len_utf8());
    let end = text[first..]
        .char_indices()
        .filter(|&(_, c)| c.is_whitespace())
        .nth(words)
        .map_or(text.len(), |(at, _)| first + at);
    let lead = if start > 0 { LEAD } else { "" };
    let tail = if end < text.len() { TAIL } else { "" };
    let shifted = ranges
        .iter()
        .filter(|range| range.start >= start && range.end <= end)
        .map(|range| range.start - start + lead.len()..range.end - start + lead.len())
        .collect();
    (format!("{lead}{}{tail}", &text[start..end]), shifted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    /// The snippet around the first `word`, its marks in brackets.
    fn check(text: &str, word: &str, words: usize, expected: Expect) {
        let ranges: Vec<Range<usize>> = text
            .match_indices(word)
            .map(|(at, found)| at..at + found.len())
            .collect();
        let (snippet, marks) = snippet(text, ranges[0].start, &ranges, words);
        let mut shown = String::new();
        let mut at = 0;
        for mark in marks {
            shown.push_str(&snippet[at..mark.start]);
            shown.push('[');
            shown.push_str(&snippet[mark.clone()]);
            shown.push(']');
            at = mark.end;
        }
        shown.push_str(&snippet[at..]);
        expected.assert_eq(&shown);
    }

    #[test]
    fn words_either_side_of_the_match() {
        check(
            "one two three four harbour five six seven eight",
            "harbour",
            2,
            expect!["… three four [harbour] five six …"],
        );
        check(
            "the harbour wall",
            "harbour",
            5,
            expect!["the [harbour] wall"],
        );
    }

    #[test]
    fn spaces_wider_than_a_byte_are_stepped_past_whole() {
        // No-break, thin and ideographic spaces: two and three bytes each.
        check(
            "one\u{a0}two\u{2009}three\u{3000}harbour\u{a0}five\u{202f}six",
            "harbour",
            1,
            expect!["… three\u{3000}[harbour]\u{a0}five …"],
        );
    }
}
