//! Search tokens: the words of a text as a search compares them — case, accents and apostrophes folded,
//! digit groups joined — each with the byte range it came from, so a match can be highlighted in the
//! original text.

use std::ops::Range;

use crate::analysis::fold_key;

/// A word of a text: where it is, and the key it is compared by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offsets into the text that was tokenised.
    pub range: Range<usize>,
    /// Lower case, accents and compatibility forms folded (NFKD without combining marks), apostrophes
    /// straight, digit-group commas dropped ("1,200" → "1200"), edge apostrophes trimmed.
    pub key: String,
}

/// Longer words are cut to this many bytes of key: no word is this long, and a query of one "word" of a
/// million letters must not cost a million-letter key per comparison.
pub const MAX_KEY_BYTES: usize = 64;

/// The words of `text`. A word is a run of letters and digits; an apostrophe between letters stays in
/// it ("children’s", "O'Neill"), and so does a comma or point between digits ("1,200", "6.2"). Hyphens,
/// slashes and other punctuation separate words, so "12,000-seat" gives "12000" and "seat".
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut previous = c;
        while let Some(&(at, next)) = chars.peek() {
            let joins = next.is_alphanumeric()
                // A mark that joins what is on both sides of it: look one character further.
                || (is_inner_mark(previous, next) && {
                    let after = text[at + next.len_utf8()..].chars().next();
                    after.is_some_and(|after| {
                        if matches!(next, ',' | '.') {
                            after.is_ascii_digit()
                        } else {
                            after.is_alphanumeric()
                        }
                    })
                });
            // Combining marks belong to the letter before them ("e\u{301}").
            let combining = unicode_normalization::char::is_combining_mark(next);
            if !(joins || combining) {
                break;
            }
            end = at + next.len_utf8();
            previous = next;
            chars.next();
        }
        let key = key_of(&text[start..end]);
        if !key.is_empty() {
            tokens.push(Token {
                range: start..end,
                key,
            });
        }
    }
    tokens
}

/// An apostrophe after a letter, or a digit-group comma or decimal point after a digit.
fn is_inner_mark(previous: char, mark: char) -> bool {
    match mark {
        '\'' | '’' | '‘' => previous.is_alphanumeric(),
        ',' | '.' => previous.is_ascii_digit(),
        _ => false,
    }
}

/// The comparison key of one word as [`tokenize`] cut it.
pub fn key_of(word: &str) -> String {
    let folded = fold_key(word);
    let mut key = String::with_capacity(folded.len());
    for c in folded.chars() {
        match c {
            ',' => {}
            '\'' => key.push('\''),
            c => key.extend(c.to_lowercase()),
        }
    }
    let trimmed = key.trim_matches('\'');
    let mut key = if trimmed.len() == key.len() {
        key
    } else {
        trimmed.to_owned()
    };
    if key.len() > MAX_KEY_BYTES {
        let mut cut = MAX_KEY_BYTES;
        while !key.is_char_boundary(cut) {
            cut -= 1;
        }
        key.truncate(cut);
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check(text: &str, expected: Expect) {
        let rendered: Vec<String> = tokenize(text)
            .iter()
            .map(|token| format!("{}={}", &text[token.range.clone()], token.key))
            .collect();
        expected.assert_eq(&rendered.join(" "));
    }

    #[test]
    fn words_fold_case_accents_and_apostrophes() {
        check(
            "José’s “Café” O'Neill ＮＣＡ ﬁnance children’s residents’",
            expect![[
                "José’s=jose's Café=cafe O'Neill=o'neill ＮＣＡ=nca ﬁnance=finance children’s=children's residents=residents"
            ]],
        );
    }

    #[test]
    fn numbers_keep_their_groups_and_points_together() {
        check(
            "On average 1,200 children, £4.2m, a 12,000-seat arena; 6.2%. In 2023, 800.",
            expect![[
                "On=on average=average 1,200=1200 children=children 4.2m=4.2m a=a 12,000=12000 seat=seat arena=arena 6.2=6.2 In=in 2023=2023 800=800"
            ]],
        );
    }

    #[test]
    fn decomposed_accents_stay_in_their_word() {
        check("Jose\u{301} Álvarez", expect!["José=jose Álvarez=alvarez"]);
    }

    #[test]
    fn nothing_to_find_in_punctuation() {
        check(" — “…” -- ' ", expect![""]);
    }
}
