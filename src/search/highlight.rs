//! Where a query matched inside a text: byte ranges of the matching words (a phrase as one range), so the
//! UI can mark them as `<mark>` nodes between text nodes.

use std::ops::Range;

use rustc_hash::FxHashSet;

use super::index::SearchIndex;
use super::query::{Matcher, Query};
use super::ranking::expand;
use super::token::tokenize;
use crate::corpus::Document;

/// The words and phrases a query matches, resolved once against the index and then applied to any text.
#[derive(Clone, Debug, Default)]
pub struct Highlighter {
    words: FxHashSet<String>,
    phrases: Vec<Vec<String>>,
}

impl Highlighter {
    pub fn new(index: &SearchIndex, query: &Query) -> Highlighter {
        let mut highlighter = Highlighter::default();
        for term in query.terms.iter().filter(|term| !term.excluded) {
            match &term.matcher {
                Matcher::Word { key, prefix } => {
                    for (word, _) in expand(index, key, *prefix, true).words {
                        highlighter.words.insert(index.words[word as usize].clone());
                    }
                }
                Matcher::Phrase { keys } => highlighter.phrases.push(keys.clone()),
            }
        }
        highlighter
    }

    /// Nothing would be marked.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.phrases.is_empty()
    }

    /// The first story paragraph of `document` with a match, and its matches: what a document's search
    /// result quotes.
    pub fn first_match<'a>(&self, document: &'a Document) -> Option<(&'a str, Vec<Range<usize>>)> {
        document
            .paragraphs
            .iter()
            .filter(|paragraph| paragraph.role.is_story())
            .map(|paragraph| paragraph.text(&document.text))
            .find_map(|text| {
                let ranges = self.ranges(text);
                (!ranges.is_empty()).then_some((text, ranges))
            })
    }

    /// The matching stretches of `text`, in order, not overlapping, as byte ranges into it.
    pub fn ranges(&self, text: &str) -> Vec<Range<usize>> {
        if self.is_empty() {
            return Vec::new();
        }
        let tokens = tokenize(text);
        let mut ranges: Vec<Range<usize>> = Vec::new();
        for (at, token) in tokens.iter().enumerate() {
            if self.words.contains(&token.key) {
                ranges.push(token.range.clone());
            }
            for phrase in &self.phrases {
                let here = tokens[at..]
                    .iter()
                    .zip(phrase)
                    .take_while(|(token, key)| token.key == **key)
                    .count();
                if here == phrase.len() {
                    ranges.push(token.range.start..tokens[at + here - 1].range.end);
                }
            }
        }
        ranges.sort_by_key(|range| (range.start, std::cmp::Reverse(range.end)));
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for range in ranges {
            match merged.last_mut() {
                Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
                _ => merged.push(range),
            }
        }
        merged
    }
}

/// Where to centre an excerpt of `text` that reaches `reach` bytes either side: at the match with the
/// most different matched words within reach; of equals, the one whose rarest word (in this text) is
/// rarest; then the earliest. "NCA metadata" in a long quote that names the NCA three times and
/// metadata once is shown where both are, or else around "metadata": the word that tells this quote
/// from others, not the first match.
pub fn excerpt_anchor(text: &str, ranges: &[Range<usize>], reach: usize) -> Option<usize> {
    let word = |range: &Range<usize>| {
        text.get(range.clone())
            .map(|word| word.to_lowercase())
            .unwrap_or_default()
    };
    let words: Vec<String> = ranges.iter().map(word).collect();
    let times = |word: &str| words.iter().filter(|other| *other == word).count();
    let mut best: Option<(usize, usize, usize)> = None;
    for (at, anchor) in ranges.iter().enumerate() {
        let mut near: Vec<&str> = ranges
            .iter()
            .zip(&words)
            .filter(|(range, _)| range.start.abs_diff(anchor.start) <= reach)
            .map(|(_, word)| word.as_str())
            .collect();
        near.sort_unstable();
        near.dedup();
        let rarest = near
            .iter()
            .map(|word| times(word))
            .min()
            .unwrap_or(usize::MAX);
        let better = best.is_none_or(|(most, fewest, _)| {
            near.len() > most || (near.len() == most && rarest < fewest)
        });
        if better {
            best = Some((near.len(), rarest, at));
        }
    }
    best.map(|(_, _, at)| ranges[at].start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn anchored(text: &str, words: &[&str], reach: usize) -> String {
        let mut ranges = Vec::new();
        for word in words {
            let mut from = 0;
            while let Some(at) = text[from..].find(word) {
                ranges.push(from + at..from + at + word.len());
                from += at + word.len();
            }
        }
        ranges.sort_by_key(|range| range.start);
        match excerpt_anchor(text, &ranges, reach) {
            Some(at) => text[at..].chars().take(24).collect(),
            None => "nothing".to_owned(),
        }
    }

    #[test]
    fn an_excerpt_centres_where_most_of_the_words_asked_for_are() {
        let text = "The NCA said that, after many months of talks with the company, the NCA's view is that metadata alone will rarely give the NCA enough.";
        expect![[r#"NCA's view is that metad"#]].assert_eq(&anchored(
            text,
            &["NCA", "metadata"],
            40,
        ));
        // Out of each other's reach, the rarer word.
        expect![[r#"metadata alone will rare"#]].assert_eq(&anchored(
            text,
            &["NCA", "metadata"],
            5,
        ));
        expect![[r#"nothing"#]].assert_eq(&anchored(text, &["warrant"], 40));
        // One word asked for, many times: its first.
        expect![[r#"NCA said that, after man"#]].assert_eq(&anchored(text, &["NCA"], 40));
    }
}
