//! Spaces as real web pages set them: a share of documents keep the no-break spaces their content system
//! wrote (after a short word, between a number and its unit, after an honorific) and the "&nbsp; " some
//! write after a full stop. About three real scraped articles in ten hold a no-break space; a corpus
//! without one never tests the code that steps over a space wider than a byte.
//!
//! Some houses also set a spaced dash with thin spaces (`word\u{2009}–\u{2009}word`), as typographers do
//! where a full space looks too loose.
//!
//! The rules look only at the characters around each space, never at where the text starts: applied to
//! a quotation's or a figure's own text they change it exactly as they change it inside the document, so
//! the ground truth stays exact.

use super::document::WrittenDocument;
use super::random::Random;

const NO_BREAK_SPACE: char = '\u{a0}';
const THIN_SPACE: char = '\u{2009}';

fn is_dash(character: char) -> bool {
    matches!(character, '–' | '—')
}

/// Honorifics a content system binds to the name after them.
const HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Cllr", "Sen", "Rep"];

/// How one document sets its spaces.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Typography {
    /// After a word of two letters, between a number and the word after it, after an honorific.
    pub no_break_spaces: bool,
    /// A no-break space added before the space after a full stop (`.&nbsp; Next`).
    pub wide_sentence_gaps: bool,
    /// Thin spaces either side of a spaced dash.
    pub thin_spaced_dashes: bool,
}

impl Typography {
    /// Three documents in ten set no-break spaces; of those, two in five widen the gap after a stop.
    /// One in four, independently, sets thin spaces around dashes.
    pub fn draw(random: &mut Random) -> Typography {
        let no_break_spaces = random.percent(30);
        let wide_sentence_gaps = no_break_spaces && random.percent(40);
        let thin_spaced_dashes = random.percent(25);
        Typography {
            no_break_spaces,
            wide_sentence_gaps,
            thin_spaced_dashes,
        }
    }

    /// The document, its ground truth set the same way.
    pub fn set_document(self, mut written: WrittenDocument) -> WrittenDocument {
        if self == Typography::default() {
            return written;
        }
        written.text = self.set(&written.text);
        let truth = &mut written.truth;
        truth.title = self.set(&truth.title);
        for line in [&mut truth.date_line, &mut truth.byline]
            .into_iter()
            .flatten()
        {
            *line = self.set(line);
        }
        for quote in &mut truth.quotes {
            for part in &mut quote.parts {
                *part = self.set(part);
            }
        }
        for figure in &mut truth.figures {
            figure.text = self.set(&figure.text);
        }
        for paragraph in &mut truth.boilerplate {
            *paragraph = self.set(paragraph);
        }
        written
    }

    /// `text` with its spaces set. A no-break space is whitespace, so the words stay the same words.
    pub fn set(self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + text.len() / 16);
        // The run of letters and digits just before, and whether a character other than one of those
        // came between it and here.
        let mut word_start = 0;
        let mut word_end = 0;
        let mut previous: Option<char> = None;
        let mut characters = text.char_indices().peekable();
        while let Some((at, character)) = characters.next() {
            let next = characters.peek().map(|&(_, next)| next);
            if character == ' ' {
                let word = &text[word_start..word_end];
                let touching = word_end == at;
                let just_after = |stop: char| word_end + stop.len_utf8() == at;
                let after_short_word =
                    touching && word.chars().count() == 2 && word.chars().all(char::is_alphabetic);
                let between_number_and_word = touching
                    && previous.is_some_and(|c| c.is_ascii_digit())
                    && next.is_some_and(char::is_alphabetic);
                let after_honorific = HONORIFICS.contains(&word)
                    && (touching || (previous == Some('.') && just_after('.')))
                    && next.is_some_and(char::is_uppercase);
                let bound = self.no_break_spaces
                    && (after_short_word || between_number_and_word || after_honorific);
                let beside_dash = previous.is_some_and(is_dash) || next.is_some_and(is_dash);
                if self.thin_spaced_dashes && beside_dash {
                    out.push(THIN_SPACE);
                } else if bound {
                    out.push(NO_BREAK_SPACE);
                } else if self.wide_sentence_gaps
                    && previous == Some('.')
                    && next.is_some_and(char::is_uppercase)
                {
                    out.push(NO_BREAK_SPACE);
                    out.push(' ');
                } else {
                    out.push(' ');
                }
            } else {
                if character.is_alphanumeric() {
                    if word_end != at {
                        word_start = at;
                    }
                    word_end = at + character.len_utf8();
                }
                out.push(character);
            }
            previous = Some(character);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn shown(text: &str) -> String {
        text.replace(NO_BREAK_SPACE, "_").replace(THIN_SPACE, "^")
    }

    #[test]
    fn spaces_are_bound_where_a_content_system_binds_them() {
        let typography = Typography {
            no_break_spaces: true,
            wide_sentence_gaps: true,
            thin_spaced_dashes: false,
        };
        expect!["Mr_Lee said it_is_up_to_the council._ The cost, £4.2_million, rose by_37_per cent in_2023._ Dr._Ann Jones agreed."]
            .assert_eq(&shown(&typography.set(
                "Mr Lee said it is up to the council. The cost, £4.2 million, rose by 37 per cent in 2023. Dr. Ann Jones agreed.",
            )));
    }

    #[test]
    fn a_piece_of_the_text_is_set_as_it_is_inside_the_text() {
        let typography = Typography {
            no_break_spaces: true,
            wide_sentence_gaps: true,
            thin_spaced_dashes: true,
        };
        let text = "“We are at a loss – all of us. It is up to Mr Lee,” said Ann. It cost £4.2 million in 12 months.";
        let whole = typography.set(text);
        for piece in [
            "We are at a loss – all of us. It is up to Mr Lee,",
            "£4.2 million",
            "12 months",
        ] {
            assert!(whole.contains(&typography.set(piece)), "{piece}");
        }
    }

    #[test]
    fn a_spaced_dash_is_set_with_thin_spaces_and_a_hyphen_is_left_alone() {
        let typography = Typography {
            thin_spaced_dashes: true,
            ..Typography::default()
        };
        expect!["LONDON^–^The long-awaited plan^—^first proposed in 2019^—^is in 10^–^12 weeks."]
            .assert_eq(&shown(&typography.set(
                "LONDON – The long-awaited plan — first proposed in 2019 — is in 10 – 12 weeks.",
            )));
    }

    #[test]
    fn a_plain_document_is_left_alone() {
        let text = "It is up to us – Mr Lee said so.";
        assert_eq!(Typography::default().set(text), text);
    }
}
