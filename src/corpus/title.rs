//! A document's title when the manifest gives none: the headline before the story, or else an excerpt.

/// Navigation lines ("Home", "Skip to content") are shorter than headlines.
const HEADLINE_MIN_WORDS: usize = 4;
const HEADLINE_MAX_WORDS: usize = 30;
const EXCERPT_WORDS: usize = 12;

/// The headline among `candidates` (the paragraphs before the story's first sentence, less date lines and
/// bylines): of those of 4–30 words that do not end with a full stop, the longest, since navigation and
/// share lines are shorter than headlines; the earliest among equals.
pub fn find_headline<'a>(candidates: impl IntoIterator<Item = (usize, &'a str)>) -> Option<usize> {
    candidates
        .into_iter()
        .map(|(index, text)| (index, strip_markdown_heading(text)))
        .filter(|(_, text)| !text.ends_with('.') && !is_link_list(text))
        .map(|(index, text)| (index, text.split_whitespace().count()))
        .filter(|(_, words)| (HEADLINE_MIN_WORDS..=HEADLINE_MAX_WORDS).contains(words))
        .min_by_key(|&(index, words)| (std::cmp::Reverse(words), index))
        .map(|(index, _)| index)
}

/// A line of links separated by bars or bullets ("News | Sport | Weather"): a menu or a share bar.
pub fn is_link_list(line: &str) -> bool {
    line.chars()
        .filter(|c| matches!(c, '|' | '•' | '»' | '›' | '·'))
        .count()
        >= 2
}

/// A title of a work as written: "Locked Doors", "Out of Sight" — up to eight words, the first and every
/// word of four letters or more capitalised.
pub fn is_title_case(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=8).contains(&words.len())
        && words
            .iter()
            .filter(|word| word.chars().filter(|c| c.is_alphabetic()).count() >= 4)
            .all(|word| word.chars().next().is_some_and(char::is_uppercase))
        && words[0].chars().next().is_some_and(char::is_uppercase)
}

/// A headline's text as a title: Markdown `#` marks gone, runs of whitespace (hard wraps) made single spaces.
pub fn title_text(headline: &str) -> String {
    strip_markdown_heading(headline)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The opening words of a paragraph, for a document that has no headline.
pub fn excerpt(paragraph: &str) -> String {
    let words: Vec<&str> = paragraph.split_whitespace().collect();
    if words.len() <= EXCERPT_WORDS {
        words.join(" ")
    } else {
        format!("{}…", words[..EXCERPT_WORDS].join(" "))
    }
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
    use super::*;

    fn headline(lines: &[&str]) -> Option<usize> {
        find_headline(lines.iter().copied().enumerate())
    }

    #[test]
    fn the_longest_unpunctuated_line_before_the_story_is_the_headline() {
        assert_eq!(
            headline(&[
                "Skip to main content",
                "Council approves new bus lanes for the city centre"
            ]),
            Some(1)
        );
        assert_eq!(
            headline(&[
                "Home",
                "News",
                "Minister defends housing plan",
                "Share on social media"
            ]),
            Some(2)
        );
    }

    #[test]
    fn sentences_and_short_lines_are_not_headlines() {
        assert_eq!(
            headline(&["Home", "News", "The minister spoke on Monday about it."]),
            None
        );
    }

    #[test]
    fn markdown_headings_lose_their_hashes() {
        assert_eq!(
            title_text("# Minister  defends\nhousing plan"),
            "Minister defends housing plan"
        );
        assert_eq!(
            title_text("#hashtag politics today"),
            "#hashtag politics today"
        );
    }

    #[test]
    fn excerpts_stop_at_twelve_words() {
        assert_eq!(excerpt("One two three."), "One two three.");
        assert_eq!(
            excerpt("The council met on Monday to agree a budget for the coming year and more."),
            "The council met on Monday to agree a budget for the coming…"
        );
    }
}
