//! The shape of a scraped page: which paragraphs are the headline, date line and byline, which are the
//! story, and which are page furniture (navigation, related links, job lists, share lines, footers) to be
//! set aside — kept, and shown on request, but not analysed as the story.
//!
//! Decided by general cues, never by a list of known strings: position (before the headline, after the
//! last sentence of the story), line shape (short, no sentence punctuation), runs of such lines, and the
//! copyright sign.

use serde::{Deserialize, Serialize};

use super::date::CalendarDate;
use super::dateline::{parse_byline, parse_date_line};
use super::paragraph::Paragraph;
use super::title::{find_headline, is_link_list, is_title_case};

/// What a paragraph is on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ParagraphRole {
    Title,
    Dateline,
    Byline,
    /// A short heading inside the story.
    Heading,
    Body,
    Boilerplate(Furniture),
}

impl ParagraphRole {
    /// Part of the story as the writer wrote it (title, headings and body), as opposed to page chrome.
    pub fn is_story(self) -> bool {
        matches!(
            self,
            ParagraphRole::Title | ParagraphRole::Heading | ParagraphRole::Body
        )
    }

    pub fn is_boilerplate(self) -> bool {
        matches!(self, ParagraphRole::Boilerplate(_))
    }
}

/// Why a paragraph was set aside.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Furniture {
    /// Short lines before the headline: skip links, menus.
    Navigation,
    /// After the story ends: related links, vacancies, share lines, "for more" trailers.
    Trailer,
    /// A run of short unpunctuated lines inside the story: share bars, inline link lists.
    Inline,
    /// A copyright notice anywhere.
    Copyright,
}

impl Furniture {
    pub fn label(self) -> &'static str {
        match self {
            Furniture::Navigation => "navigation",
            Furniture::Trailer => "after the story",
            Furniture::Inline => "page furniture",
            Furniture::Copyright => "copyright notice",
        }
    }
}

/// The page's layout: a role for every paragraph, and what the title, date and byline lines said.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    pub roles: Vec<ParagraphRole>,
    pub title: Option<usize>,
    pub published: Option<CalendarDate>,
    pub author: Option<String>,
}

/// How far into a page the date line and byline may be (they follow the headline and standfirst).
const HEADER_DEPTH: usize = 8;
/// Fewer words than this, without sentence punctuation, is a "short line".
const SHORT_LINE_WORDS: usize = 12;
/// This many short lines in a row inside the story is furniture, not headings.
const INLINE_RUN: usize = 3;

pub fn analyse_layout(text: &str, paragraphs: &[Paragraph]) -> Layout {
    let texts: Vec<&str> = paragraphs
        .iter()
        .map(|paragraph| paragraph.text(text))
        .collect();
    let mut roles = vec![ParagraphRole::Body; texts.len()];
    let mut published = None;
    let mut update = None;
    let mut author = None;

    for (index, paragraph) in texts.iter().enumerate() {
        if is_copyright(paragraph) {
            roles[index] = ParagraphRole::Boilerplate(Furniture::Copyright);
        }
    }

    let mut story_start = texts.iter().position(|paragraph| is_sentence(paragraph));
    // A notice to the reader before the headline ("We use cookies … you agree …") is page chrome, not
    // the story's first sentence: the story starts after the headline that follows it.
    while let Some(start) = story_start.filter(|&start| is_publisher_voice(texts[start])) {
        let Some(next) = texts[start + 1..]
            .iter()
            .position(|paragraph| is_sentence(paragraph))
            .map(|offset| start + 1 + offset)
        else {
            break;
        };
        let headline_between = find_headline(
            (start + 1..next)
                .filter(|&index| parse_date_line(texts[index]).is_none())
                .filter(|&index| parse_byline(texts[index]).is_none())
                .map(|index| (index, texts[index])),
        );
        if headline_between.is_none() {
            break;
        }
        roles[start] = ParagraphRole::Boilerplate(Furniture::Navigation);
        story_start = Some(next);
    }
    let story_start = story_start;
    let mut story_end = texts
        .iter()
        .rposition(|paragraph| is_sentence(paragraph) && !is_copyright(paragraph));
    // The page speaking to its reader after the story ("visit our appeal page", "see our travel pages")
    // is a trailer, however it is punctuated.
    // So is a notice in telegraphic style ("Market data delayed by 15 minutes. Prices in GBP.").
    while let Some(end) = story_end
        .filter(|&end| end > 0 && (is_publisher_voice(texts[end]) || is_notice(texts[end])))
    {
        story_end = texts[..end]
            .iter()
            .rposition(|paragraph| is_sentence(paragraph) && !is_copyright(paragraph));
    }
    for (index, paragraph) in texts.iter().enumerate() {
        if is_link_list(paragraph) && roles[index] == ParagraphRole::Body {
            roles[index] =
                ParagraphRole::Boilerplate(if story_start.is_some_and(|start| index < start) {
                    Furniture::Navigation
                } else {
                    Furniture::Inline
                });
        }
    }

    // The header runs to the story's first sentence, however much navigation comes before it.
    let header_depth = story_start.map_or(HEADER_DEPTH, |start| start.max(HEADER_DEPTH));
    for index in 0..texts.len().min(header_depth) {
        if roles[index] != ParagraphRole::Body {
            continue;
        }
        if let Some(line) = parse_date_line(texts[index]) {
            roles[index] = ParagraphRole::Dateline;
            let slot = if line.is_update {
                &mut update
            } else {
                &mut published
            };
            slot.get_or_insert(line.date);
        } else if let Some(name) = parse_byline(texts[index]) {
            roles[index] = ParagraphRole::Byline;
            author.get_or_insert(name);
        }
    }

    let header_end = story_start.unwrap_or(texts.len()).min(header_depth);
    let title = find_headline(
        (0..header_end)
            .filter(|&index| roles[index] == ParagraphRole::Body)
            .map(|index| (index, texts[index])),
    );
    if let Some(title) = title {
        roles[title] = ParagraphRole::Title;
    }

    // Before the headline (or, without one, before the story's first sentence): navigation.
    let lead_end = title.or(story_start).unwrap_or(0);
    for role in roles.iter_mut().take(lead_end) {
        if *role == ParagraphRole::Body {
            *role = ParagraphRole::Boilerplate(Furniture::Navigation);
        }
    }
    // Between the headline and the story, short unpunctuated lines are page chrome too.
    if let (Some(title), Some(start)) = (title, story_start) {
        for index in title + 1..start {
            if roles[index] == ParagraphRole::Body && !is_sentence(texts[index]) {
                roles[index] = ParagraphRole::Boilerplate(Furniture::Navigation);
            }
        }
    }
    // After the story's last sentence: everything is trailer.
    if let Some(end) = story_end {
        for role in roles.iter_mut().skip(end + 1) {
            if matches!(*role, ParagraphRole::Body) {
                *role = ParagraphRole::Boilerplate(Furniture::Trailer);
            }
        }
    }
    // Inside the story: a lone short line is a heading, a run of them is furniture.
    let mut index = lead_end;
    while index < story_end.map_or(0, |end| end + 1) {
        let run_length = texts[index..]
            .iter()
            .zip(&roles[index..])
            .take_while(|(paragraph, role)| {
                **role == ParagraphRole::Body && is_short_line(paragraph)
            })
            .count();
        let role = if run_length >= INLINE_RUN {
            ParagraphRole::Boilerplate(Furniture::Inline)
        } else {
            ParagraphRole::Heading
        };
        for slot in &mut roles[index..index + run_length] {
            *slot = role;
        }
        index += run_length.max(1);
    }

    Layout {
        roles,
        title,
        published: published.or(update),
        author,
    }
}

/// A line that reads as (the end of) a sentence: ends with sentence punctuation, perhaps inside a closing
/// quotation mark, or is long enough to be prose whatever its ending.
fn is_sentence(paragraph: &str) -> bool {
    let trimmed = paragraph.trim_end_matches(['"', '”', '’', '\'', ')', ']', ' ']);
    let ends_like_sentence = trimmed.ends_with(['.', '!', '?', '…', ':', ';']);
    let words = paragraph.split_whitespace().count();
    (ends_like_sentence && words >= 3) || words >= 2 * SHORT_LINE_WORDS
}

fn is_short_line(paragraph: &str) -> bool {
    !is_sentence(paragraph) && paragraph.split_whitespace().count() < SHORT_LINE_WORDS
}

/// Short, unquoted, and addressing the reader in the publisher's voice ("our", "us", "you").
fn is_publisher_voice(paragraph: &str) -> bool {
    let words: Vec<String> = paragraph
        .split_whitespace()
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    // Quoted words are someone speaking; a quoted title ("our documentary “Locked Doors”") is not.
    let quoted = paragraph
        .split(['“', '”', '"'])
        .skip(1)
        .step_by(2)
        .any(|inside| !is_title_case(inside));
    !quoted
        && words.len() < 30
        && words
            .iter()
            .any(|word| matches!(word.as_str(), "our" | "us" | "you" | "your"))
}

/// Terse sentences, one of them without a verb ("… delayed by 15 minutes. Prices in GBP."): a notice
/// about the page, not a sentence of the story, which makes its statements with verbs ("Shares rose
/// 6.2%.").
fn is_notice(paragraph: &str) -> bool {
    /// A notice's sentences are at most this long.
    const NOTICE_WORDS: usize = 8;
    let quoted = paragraph.contains(['“', '”', '"', '‘']);
    // Sentences end at a stop before a space: "example.org/events" is not two.
    let mut sentences = Vec::new();
    let mut start = 0;
    for (at, stop) in paragraph.match_indices(['.', '!', '?']) {
        let end = at + stop.len();
        if paragraph[end..].starts_with(char::is_whitespace) || end == paragraph.len() {
            sentences.push(paragraph[start..end].trim());
            start = end;
        }
    }
    sentences.push(paragraph[start..].trim());
    sentences.retain(|sentence| !sentence.is_empty());
    !quoted
        && !sentences.is_empty()
        && sentences
            .iter()
            .all(|sentence| sentence.split_whitespace().count() <= NOTICE_WORDS)
        // At least two words: "1." numbers an item of a list, it is no sentence.
        && sentences
            .iter()
            .any(|sentence| sentence.split_whitespace().nth(1).is_some() && is_verbless(sentence))
}

/// A sentence of a name and its qualifiers only ("Prices in GBP.", "Figures from ONS."): after its first
/// word, nothing but function words, capitalised words and numbers, so nothing that could be a verb
/// ("Tickets cost £5." has one).
fn is_verbless(sentence: &str) -> bool {
    sentence.split_whitespace().skip(1).all(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        word.is_empty()
            || !word.chars().next().is_some_and(char::is_lowercase)
            || matches!(
                word,
                "in" | "on"
                    | "at"
                    | "of"
                    | "for"
                    | "to"
                    | "by"
                    | "from"
                    | "with"
                    | "and"
                    | "or"
                    | "the"
                    | "a"
                    | "an"
                    | "per"
            )
    })
}

fn is_copyright(paragraph: &str) -> bool {
    let short = paragraph.split_whitespace().count() <= 25;
    short
        && (paragraph.contains('©')
            || paragraph
                .get(..9)
                .is_some_and(|start| start.eq_ignore_ascii_case("copyright")))
}

#[cfg(test)]
mod tests {
    use super::super::paragraph::split_paragraphs;
    use super::*;
    use expect_test::{expect, Expect};

    fn check(text: &str, expected: Expect) {
        let paragraphs = split_paragraphs(text);
        let layout = analyse_layout(text, &paragraphs);
        let mut lines: Vec<String> = paragraphs
            .iter()
            .zip(&layout.roles)
            .map(|(paragraph, role)| format!("{role:?}: {}", paragraph.text(text)))
            .collect();
        lines.push(format!(
            "published: {:?}, author: {:?}",
            layout.published.map(|d| d.to_string()),
            layout.author
        ));
        expected.assert_eq(&lines.join("\n"));
    }

    #[test]
    fn a_scraped_article_keeps_its_story_and_sets_its_chrome_aside() {
        check(
            "Skip to main content\nMenu\n\nCouncil approves harbour plan after long debate\n\nThe plan was approved on Tuesday.\n\n14 March 2024\nBy Jane Doe\n\nThe council voted 30 to 12 in favour of the plan, which has divided residents.\n\nWhat happens next\n\n“We will start in May,” the leader said.\n\nShare this article\n\nRelated stories\n\nHarbour traders fear for the summer season\n\nJobs\n\nHarbour Master\n\nNorthshire Port Authority\n\n© 2024 The Example Post. All rights reserved.",
            expect![[r#"
                Boilerplate(Navigation): Skip to main content
                Boilerplate(Navigation): Menu
                Title: Council approves harbour plan after long debate
                Body: The plan was approved on Tuesday.
                Dateline: 14 March 2024
                Byline: By Jane Doe
                Body: The council voted 30 to 12 in favour of the plan, which has divided residents.
                Heading: What happens next
                Body: “We will start in May,” the leader said.
                Boilerplate(Trailer): Share this article
                Boilerplate(Trailer): Related stories
                Boilerplate(Trailer): Harbour traders fear for the summer season
                Boilerplate(Trailer): Jobs
                Boilerplate(Trailer): Harbour Master
                Boilerplate(Trailer): Northshire Port Authority
                Boilerplate(Copyright): © 2024 The Example Post. All rights reserved.
                published: Some("2024-03-14"), author: Some("Jane Doe")"#]],
        );
    }

    #[test]
    fn a_run_of_short_lines_inside_the_story_is_furniture() {
        check(
            "Minister opens the new library in town\n\nThe library opened on Monday with a queue outside.\n\nShare\nTweet\nEmail\n\nIt has 40,000 books and a café.",
            expect![[r#"
                Title: Minister opens the new library in town
                Body: The library opened on Monday with a queue outside.
                Boilerplate(Inline): Share
                Boilerplate(Inline): Tweet
                Boilerplate(Inline): Email
                Body: It has 40,000 books and a café.
                published: None, author: None"#]],
        );
    }

    #[test]
    fn a_notice_after_the_story_is_a_trailer_but_a_terse_last_sentence_is_not() {
        check(
            "Shares climb after results\n\nShares in Greywater rose 6.2% on the news.\n\nTickets cost £5.\n\nMarket data delayed by at least 15 minutes. Prices in GBP.\n\n© 2024 Coastline Business Daily",
            expect![[r#"
                Title: Shares climb after results
                Body: Shares in Greywater rose 6.2% on the news.
                Body: Tickets cost £5.
                Boilerplate(Trailer): Market data delayed by at least 15 minutes. Prices in GBP.
                Boilerplate(Copyright): © 2024 Coastline Business Daily
                published: None, author: None"#]],
        );
    }

    #[test]
    fn a_text_that_is_all_story_is_left_alone() {
        check(
            "The council met on Monday.\n\nIt agreed the budget.",
            expect![[r#"
                Body: The council met on Monday.
                Body: It agreed the budget.
                published: None, author: None"#]],
        );
    }

    #[test]
    fn an_update_line_gives_the_date_only_without_a_published_line() {
        check(
            "Town hall reopens after two years of work\n\nUpdated: 3 Feb 2022\n\nThe town hall reopened today after repairs.",
            expect![[r#"
                Title: Town hall reopens after two years of work
                Dateline: Updated: 3 Feb 2022
                Body: The town hall reopened today after repairs.
                published: Some("2022-02-03"), author: None"#]],
        );
    }
}
