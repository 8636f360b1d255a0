//! The text the attribution reads: every space wider than a byte (no-break, thin, hair, ideographic,
//! narrow no-break, the line and paragraph separators) written as as many ASCII spaces as it has bytes,
//! and a double quotation mark typed as two single marks or grave accents (''like this'', ``this'')
//! written as a straight double mark and a space. Cues and names are found by their words and the single
//! spaces between them ("according to", " of "), as real pages write them with any of those spaces, and
//! quotes by their marks as wire archives print them; since every byte offset stays where it was, what the
//! attribution finds points into the original text unchanged.

use std::borrow::Cow;

use crate::corpus::Document;

/// Whether `c` is a space to write as ASCII ones: whitespace that is not ASCII, a line break apart.
fn is_wide_space(c: char) -> bool {
    !c.is_ascii() && c.is_whitespace() && c != '\u{85}'
}

/// `text` with its wide spaces as ASCII spaces and its doubled marks as `"`, byte for byte; borrowed
/// when it has neither.
pub fn plain_spaces(text: &str) -> Cow<'_, str> {
    let doubled = text.contains("''") || text.contains("``");
    if !doubled && (text.is_ascii() || !text.chars().any(is_wide_space)) {
        return Cow::Borrowed(text);
    }
    let mut plain = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if is_wide_space(c) {
            plain.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else if matches!(c, '\'' | '`') && chars.peek().is_some_and(|&(_, next)| next == c) {
            chars.next();
            // The mark stands where a double one would: against the quoted words.
            let before = text[..at].chars().next_back();
            let after = text[at + 2..].chars().next();
            let opens = c == '`'
                || (before.is_none_or(|b| b.is_whitespace() || "([{—–-/".contains(b))
                    && after.is_some_and(|a| !a.is_whitespace()));
            plain.push_str(if opens { " \"" } else { "\" " });
        } else {
            plain.push(c);
        }
    }
    Cow::Owned(plain)
}

/// The document with its text's spaces made plain; itself when there are none.
pub fn with_plain_spaces(document: &Document) -> Cow<'_, Document> {
    match plain_spaces(&document.text) {
        Cow::Borrowed(_) => Cow::Borrowed(document),
        Cow::Owned(text) => {
            let mut plain = document.clone();
            plain.text = text;
            Cow::Owned(plain)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_spaces_become_as_many_spaces_as_they_have_bytes() {
        let text = "According\u{a0}to\u{202f}Ann Lee,\u{3000}the\u{2028}chair";
        let plain = plain_spaces(text);
        assert_eq!(plain, "According  to   Ann Lee,   the   chair");
        assert_eq!(plain.len(), text.len());
        // Every offset means the same place in both.
        assert_eq!(
            &plain[plain.find("Ann").unwrap()..][..3],
            &text[text.find("Ann").unwrap()..][..3]
        );
    }

    #[test]
    fn doubled_single_marks_and_grave_accents_are_double_marks_against_the_words() {
        let text = "''Usually we get that back,'' Ms. Acosta said, ``and we will.''";
        let plain = plain_spaces(text);
        assert_eq!(
            plain,
            " \"Usually we get that back,\"  Ms. Acosta said,  \"and we will.\" "
        );
        assert_eq!(plain.len(), text.len());
        // An apostrophe and a possessive stay as they are.
        assert_eq!(
            plain_spaces("the residents' hall, O'Neill's"),
            "the residents' hall, O'Neill's"
        );
    }

    #[test]
    fn text_without_them_is_borrowed() {
        assert!(matches!(
            plain_spaces("Ann Lee said — it’s so"),
            Cow::Borrowed(_)
        ));
    }
}
