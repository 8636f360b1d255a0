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
