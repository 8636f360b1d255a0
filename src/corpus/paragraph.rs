//! Paragraphs as byte ranges into a document's original text, so everything later can point back into it.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::layout::ParagraphRole;

/// One paragraph: `start..end` is a byte range into the document's text, trimmed of surrounding whitespace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    /// What the paragraph is on the page; `Body` until the layout is analysed.
    pub role: ParagraphRole,
}

impl Paragraph {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The paragraph's text, as it stands in `document_text`. Line breaks inside a paragraph are kept;
    /// they are hard wraps, which a reader shows as spaces.
    pub fn text<'a>(&self, document_text: &'a str) -> &'a str {
        document_text.get(self.range()).unwrap_or("")
    }
}

/// Splits text into paragraphs.
///
/// A blank line always ends a paragraph. A single line break ends one too — scraped pages put one
/// paragraph on each line — unless it looks like a hard wrap inside a sentence: the line before does not
/// end a sentence, a clause or a quotation, and the next line starts in lower case.
pub fn split_paragraphs(text: &str) -> Vec<Paragraph> {
    let mut paragraphs = Vec::new();
    let mut current: Option<Range<usize>> = None;
    let mut line_start = 0;
    while line_start <= text.len() {
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |newline| line_start + newline);
        let line = &text[line_start..line_end];
        let content =
            trimmed_range(line).map(|range| line_start + range.start..line_start + range.end);
        match (content, current.take()) {
            (None, open) => paragraphs.extend(open.map(to_paragraph)),
            (Some(content), None) => current = Some(content),
            (Some(content), Some(open)) => {
                if is_hard_wrap(&text[open.clone()], &text[content.clone()]) {
                    current = Some(open.start..content.end);
                } else {
                    paragraphs.push(to_paragraph(open));
                    current = Some(content);
                }
            }
        }
        line_start = line_end + 1;
    }
    paragraphs.extend(current.map(to_paragraph));
    paragraphs
}

fn to_paragraph(range: Range<usize>) -> Paragraph {
    Paragraph {
        start: range.start,
        end: range.end,
        role: ParagraphRole::Body,
    }
}

/// The range of `line` without leading and trailing whitespace, or `None` for a blank line.
fn trimmed_range(line: &str) -> Option<Range<usize>> {
    let start = line.len() - line.trim_start().len();
    let end = line.trim_end().len();
    (start < end).then_some(start..end)
}

fn is_hard_wrap(paragraph_so_far: &str, next_line: &str) -> bool {
    let ends_unit = paragraph_so_far
        .chars()
        .next_back()
        .is_some_and(|last| ".!?:;\"”’)]…".contains(last));
    let continues_in_lower_case = next_line.chars().next().is_some_and(char::is_lowercase);
    !ends_unit && continues_in_lower_case
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check(text: &str, expected: Expect) {
        let rendered: Vec<String> = split_paragraphs(text)
            .iter()
            .map(|paragraph| {
                format!(
                    "{}..{} {:?}",
                    paragraph.start,
                    paragraph.end,
                    paragraph.text(text)
                )
            })
            .collect();
        expected.assert_eq(&rendered.join("\n"));
    }

    #[test]
    fn blank_lines_separate_paragraphs_and_ranges_point_into_the_original() {
        check(
            "Title line\n\n  First paragraph.  \n\n\n\nSecond “quoted” paragraph.\n",
            expect![[r#"
                0..10 "Title line"
                14..30 "First paragraph."
                36..66 "Second “quoted” paragraph.""#]],
        );
    }

    #[test]
    fn each_line_of_a_scraped_page_is_its_own_paragraph() {
        check(
            "Select Vacancies\nChief Constable\nHumberside Police",
            expect![[r#"
                0..16 "Select Vacancies"
                17..32 "Chief Constable"
                33..50 "Humberside Police""#]],
        );
    }

    #[test]
    fn hard_wrapped_prose_is_one_paragraph() {
        check(
            "The council said the plan would\ncost more than expected.\nIt will vote on Monday.",
            expect![[r#"
                0..56 "The council said the plan would\ncost more than expected."
                57..80 "It will vote on Monday.""#]],
        );
    }

    #[test]
    fn windows_line_endings_are_not_part_of_a_paragraph() {
        check(
            "One.\r\n\r\nTwo.\r\n",
            expect![[r#"
                0..4 "One."
                8..12 "Two.""#]],
        );
    }

    #[test]
    fn empty_and_blank_texts_have_no_paragraphs() {
        check("", expect![[""]]);
        check(" \n\t\n", expect![[""]]);
    }

    #[test]
    fn a_text_without_a_final_newline_keeps_its_last_paragraph() {
        check(
            "Copyright © 2024 Example",
            expect![[r#"0..25 "Copyright © 2024 Example""#]],
        );
    }
}
