//! A document's title when the manifest gives none: the first line of the text that reads like a headline.

use super::paragraph::Paragraph;

/// How many opening paragraphs may hold the headline; past that, a line is body text.
const HEADLINE_SEARCH_DEPTH: usize = 6;
/// Navigation lines ("Home", "Skip to content") are shorter than headlines.
const HEADLINE_MIN_WORDS: usize = 4;
const HEADLINE_MAX_WORDS: usize = 30;

/// A title found in the text, and which paragraph it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FoundTitle<'a> {
    pub text: &'a str,
    pub paragraph_index: usize,
}

/// The headline among the opening paragraphs: the first of 4–30 words that does not end like a sentence
/// (headlines end without a full stop). Falls back to the first paragraph with enough words, then `None`.
pub fn find_title<'a>(text: &'a str, paragraphs: &[Paragraph]) -> Option<FoundTitle<'a>> {
    let candidates: Vec<FoundTitle<'a>> = paragraphs
        .iter()
        .take(HEADLINE_SEARCH_DEPTH)
        .enumerate()
        .map(|(paragraph_index, paragraph)| FoundTitle {
            text: strip_markdown_heading(paragraph.text(text)),
            paragraph_index,
        })
        .filter(|found| {
            (HEADLINE_MIN_WORDS..=HEADLINE_MAX_WORDS)
                .contains(&found.text.split_whitespace().count())
        })
        .collect();
    candidates
        .iter()
        .find(|found| !found.text.ends_with('.'))
        .or_else(|| candidates.first())
        .copied()
}

fn strip_markdown_heading(line: &str) -> &str {
    let without_hashes = line.trim_start_matches('#');
    if without_hashes.len() != line.len() && without_hashes.starts_with(' ') {
        without_hashes.trim()
    } else {
        line
    }
}

#[cfg(test)]
mod tests {
    use super::super::paragraph::split_paragraphs;
    use super::*;

    fn title_of(text: &str) -> Option<&str> {
        find_title(text, &split_paragraphs(text)).map(|found| found.text)
    }

    #[test]
    fn navigation_before_the_headline_is_passed_over() {
        assert_eq!(
            title_of("Skip to content\n\nCouncil approves new bus lanes for city centre\n\nThe council voted on Monday."),
            Some("Council approves new bus lanes for city centre")
        );
    }

    #[test]
    fn the_title_knows_its_paragraph() {
        let text = "Menu\n\nCouncil approves new bus lanes\n\nBody.";
        let found = find_title(text, &split_paragraphs(text)).unwrap();
        assert_eq!(found.paragraph_index, 1);
    }

    #[test]
    fn a_markdown_heading_loses_its_hashes() {
        assert_eq!(
            title_of("# Minister defends housing plan\n\nText."),
            Some("Minister defends housing plan")
        );
    }

    #[test]
    fn sentences_are_only_a_fallback() {
        assert_eq!(
            title_of("Home\n\nThe minister spoke on Monday about the plan."),
            Some("The minister spoke on Monday about the plan.")
        );
    }

    #[test]
    fn a_text_of_short_lines_has_no_title() {
        assert_eq!(title_of("Home\nNews\nContact us"), None);
    }
}
