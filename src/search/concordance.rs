//! Keyword in context: every place a query matched in the documents found, as a line of left context,
//! the match and right context, in reading order or sorted by the words either side — how a researcher
//! sees the company a word keeps.

use std::cmp::Ordering;
use std::ops::Range;

use super::highlight::Highlighter;
use super::token::tokenize;
use crate::corpus::Corpus;

/// Characters of context kept either side of a match (cut at a word boundary).
pub const CONTEXT_CHARS: usize = 60;
/// Lines past this many are counted but not listed.
pub const MAX_LINES: usize = 2_000;

/// One match in its context.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConcordanceLine {
    /// The document's position in the corpus.
    pub document: u32,
    /// The paragraph's index in the document.
    pub paragraph: usize,
    /// The match, as a byte range into the document's text.
    pub range: Range<usize>,
    pub left: String,
    pub matched: String,
    pub right: String,
}

/// How lines are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ConcordanceOrder {
    /// Document by document, in reading order.
    #[default]
    Reading,
    /// By the words before the match, nearest first.
    Left,
    /// By the match, then the words after it.
    Right,
}

/// The lines, and how many there were in all (more than listed when past [`MAX_LINES`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Concordance {
    pub lines: Vec<ConcordanceLine>,
    pub total: usize,
}

/// The lines for `highlighter`'s matches in the story paragraphs of `documents` (positions in the corpus),
/// in the order given.
pub fn concordance(
    corpus: &Corpus,
    documents: impl IntoIterator<Item = u32>,
    highlighter: &Highlighter,
    order: ConcordanceOrder,
) -> Concordance {
    let mut lines = Vec::new();
    let mut total = 0;
    for position in documents {
        let Some(document) = corpus.documents.get(position as usize) else {
            continue;
        };
        for (index, paragraph) in document.paragraphs.iter().enumerate() {
            if !paragraph.role.is_story() {
                continue;
            }
            let text = paragraph.text(&document.text);
            for range in highlighter.ranges(text) {
                total += 1;
                if lines.len() == MAX_LINES {
                    continue;
                }
                lines.push(ConcordanceLine {
                    document: position,
                    paragraph: index,
                    range: paragraph.start + range.start..paragraph.start + range.end,
                    left: left_context(&text[..range.start]),
                    matched: text[range.clone()].to_owned(),
                    right: right_context(&text[range.end..]),
                });
            }
        }
    }
    // Sorted on the words' search keys, so case, accents and apostrophes do not split equal contexts.
    let sort_key = |line: &ConcordanceLine| -> Vec<String> {
        match order {
            ConcordanceOrder::Reading => Vec::new(),
            ConcordanceOrder::Left => {
                let mut key = keys(&line.left);
                key.reverse();
                key
            }
            ConcordanceOrder::Right => {
                let mut key = keys(&line.matched);
                key.extend(keys(&line.right));
                key
            }
        }
    };
    if order != ConcordanceOrder::Reading {
        let mut keyed: Vec<(Vec<String>, ConcordanceLine)> = lines
            .into_iter()
            .map(|line| (sort_key(&line), line))
            .collect();
        keyed.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| reading(&a.1, &b.1)));
        lines = keyed.into_iter().map(|(_, line)| line).collect();
    }
    Concordance { lines, total }
}

fn keys(text: &str) -> Vec<String> {
    tokenize(text).into_iter().map(|token| token.key).collect()
}

fn reading(a: &ConcordanceLine, b: &ConcordanceLine) -> Ordering {
    (a.document, a.range.start).cmp(&(b.document, b.range.start))
}

/// Runs of whitespace (line breaks within a paragraph among them) as one space each.
fn spaced(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// The end of `before`, at most [`CONTEXT_CHARS`] characters, starting at a word; a space next to the
/// match is kept ("end-to-end-encryption" has none), so the line reads as the text does.
fn left_context(before: &str) -> String {
    let chars = before.chars().count();
    if chars <= CONTEXT_CHARS {
        return spaced(before.trim_start());
    }
    let cut = before
        .char_indices()
        .nth(chars - CONTEXT_CHARS)
        .map_or(0, |(at, _)| at);
    let tail = &before[cut..];
    // Start at the next word, unless the cut fell at one.
    let start = if before[..cut].ends_with(char::is_whitespace) {
        0
    } else {
        // Past the whole space: a no-break or ideographic space is more than one byte.
        tail.char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(at, space)| at + space.len_utf8())
    };
    format!("… {}", spaced(tail[start..].trim_start()))
}

/// The start of `after`, at most [`CONTEXT_CHARS`] characters, ending at a word.
fn right_context(after: &str) -> String {
    if after.chars().count() <= CONTEXT_CHARS {
        return spaced(after.trim_end());
    }
    let cut = after
        .char_indices()
        .nth(CONTEXT_CHARS)
        .map_or(after.len(), |(at, _)| at);
    let head = &after[..cut];
    let end = if after[cut..].starts_with(char::is_whitespace) {
        head.len()
    } else {
        head.rfind(char::is_whitespace).unwrap_or(head.len())
    };
    format!("{} …", spaced(head[..end].trim_end()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::corpus::{read_folder, SourceFile};
    use crate::search::{parse_query, SearchIndex};
    use expect_test::{expect, Expect};

    fn check(query: &str, order: ConcordanceOrder, expected: Expect) {
        let text = "Harbour plan divides town\n\nThe harbour plan was approved by the council on Monday after a long debate about the harbour and its fishing fleet.\n\n“The harbour is the heart of this town,” said Ann Lee, who has fished from the harbour for forty years.\n\nOld harbour walls will be repaired.";
        let (_, corpus, _) = read_folder(&[SourceFile {
            name: "harbour.txt",
            bytes: text.as_bytes(),
        }]);
        let analysis = analyze(&corpus);
        let index = SearchIndex::build(&corpus, &analysis);
        let highlighter = Highlighter::new(&index, &parse_query(query));
        let found = concordance(&corpus, [0], &highlighter, order);
        let lines: Vec<String> = found
            .lines
            .iter()
            .map(|line| format!("{:>62}[{}]{}", line.left, line.matched, line.right))
            .collect();
        expected.assert_eq(&format!("{} in all\n{}", found.total, lines.join("\n")));
    }

    #[test]
    fn every_match_in_reading_order_with_its_context() {
        check(
            "harbour ",
            ConcordanceOrder::Reading,
            expect![[r#"
                6 in all
                                                                              [Harbour] plan divides town
                                                                          The [harbour] plan was approved by the council on Monday after a long …
                     … by the council on Monday after a long debate about the [harbour] and its fishing fleet.
                                                                         “The [harbour] is the heart of this town,” said Ann Lee, who has fished …
                 … heart of this town,” said Ann Lee, who has fished from the [harbour] for forty years.
                                                                          Old [harbour] walls will be repaired."#]],
        );
    }

    #[test]
    fn sorted_by_either_side() {
        check(
            "harbour ",
            ConcordanceOrder::Left,
            expect![[r#"
                6 in all
                                                                              [Harbour] plan divides town
                                                                          Old [harbour] walls will be repaired.
                                                                          The [harbour] plan was approved by the council on Monday after a long …
                                                                         “The [harbour] is the heart of this town,” said Ann Lee, who has fished …
                     … by the council on Monday after a long debate about the [harbour] and its fishing fleet.
                 … heart of this town,” said Ann Lee, who has fished from the [harbour] for forty years."#]],
        );
        check(
            "harbour ",
            ConcordanceOrder::Right,
            expect![[r#"
                6 in all
                     … by the council on Monday after a long debate about the [harbour] and its fishing fleet.
                 … heart of this town,” said Ann Lee, who has fished from the [harbour] for forty years.
                                                                         “The [harbour] is the heart of this town,” said Ann Lee, who has fished …
                                                                              [Harbour] plan divides town
                                                                          The [harbour] plan was approved by the council on Monday after a long …
                                                                          Old [harbour] walls will be repaired."#]],
        );
    }
}
