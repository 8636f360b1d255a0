//! The search index over documents and quotes: a sorted vocabulary of word keys (so the word being typed
//! is a range of it), their stems, and a posting list per word with positions (for phrases). Built once
//! from a corpus and its analysis; queried on every keystroke.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::posting::PostingList;
use super::stem::stem;
use super::token::tokenize;
use crate::analysis::Analysis;
use crate::corpus::Corpus;

/// What an entry of the index is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EntryKind {
    /// A whole document: its title, the speakers it quotes, and its story paragraphs.
    Document { document: u32 },
    /// One quote: its words, and its speaker with their organisation.
    Quote { document: u32, quote: u32 },
}

/// The fields an entry's words come from, each weighed in ranking by its [`Field::boost`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Field {
    Title = 0,
    Speaker = 1,
    Quote = 2,
    Body = 3,
}

impl Field {
    pub const ALL: [Field; 4] = [Field::Title, Field::Speaker, Field::Quote, Field::Body];

    /// A match in a title or a speaker's name says more about what an entry is about than one in the
    /// running text; a quote's own words more than the story around it.
    pub fn boost(self) -> f32 {
        match self {
            Field::Title => 2.5,
            Field::Speaker => 2.0,
            Field::Quote => 1.5,
            Field::Body => 1.0,
        }
    }

    pub fn from_byte(byte: u8) -> Option<Field> {
        Field::ALL.get(usize::from(byte)).copied()
    }
}

/// One entry: what it is and how many words each of its fields has (BM25 normalises by length).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub kind: EntryKind,
    pub lengths: [u32; 4],
}

/// The index.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct SearchIndex {
    #[serde(deserialize_with = "crate::serial::exact_vec")]
    pub(super) entries: Vec<Entry>,
    /// Word keys in sorted order; a word's id is its position here.
    pub(super) words: Vec<String>,
    pub(super) postings: Vec<PostingList>,
    /// Stem → the ids of the words that have it ("children", "child" → "child"); ordered, so that an
    /// index serialises to the same bytes every time.
    pub(super) stems: BTreeMap<String, Vec<u32>>,
    /// Per field, the average length over entries that have it.
    pub(super) average_lengths: [f32; 4],
}

impl SearchIndex {
    /// Indexes every document and quote of an analysed corpus.
    pub fn build(corpus: &Corpus, analysis: &Analysis) -> SearchIndex {
        let mut builder = Builder::default();
        let mut quotes_by_document: Vec<Vec<usize>> = vec![Vec::new(); corpus.documents.len()];
        for (index, quote) in analysis.quotes.iter().enumerate() {
            if let Some(quotes) = quotes_by_document.get_mut(quote.document as usize) {
                quotes.push(index);
            }
        }
        for (document_index, document) in corpus.documents.iter().enumerate() {
            let document_id = document_index as u32;
            let mut speaker_names: Vec<&str> = quotes_by_document[document_index]
                .iter()
                .filter_map(|&quote| analysis.speaker_of(&analysis.quotes[quote]))
                .map(|speaker| speaker.name.as_str())
                .collect();
            speaker_names.sort_unstable();
            speaker_names.dedup();
            builder.entry(EntryKind::Document {
                document: document_id,
            });
            builder.field(Field::Title, &[document.title.as_str()]);
            builder.field(Field::Speaker, &speaker_names);
            let story: Vec<&str> = document
                .paragraphs
                .iter()
                .filter(|paragraph| paragraph.role.is_story())
                .map(|paragraph| paragraph.text(&document.text))
                .collect();
            builder.field(Field::Body, &story);
            for &quote_index in &quotes_by_document[document_index] {
                let quote = &analysis.quotes[quote_index];
                builder.entry(EntryKind::Quote {
                    document: document_id,
                    quote: quote_index as u32,
                });
                // Its speaker, and whom they speak for: "IWF" finds what the IWF's people said. Not
                // its document's title: every quote of a story would match what only the story is about.
                if let Some(speaker) = analysis.speaker_of(quote) {
                    let organisation = speaker.organisation.as_deref().unwrap_or_default();
                    builder.field(Field::Speaker, &[speaker.name.as_str(), organisation]);
                }
                let parts: Vec<&str> = quote
                    .parts
                    .iter()
                    .filter_map(|part| document.text.get(part.range()))
                    .collect();
                builder.field(Field::Quote, &parts);
            }
        }
        builder.finish()
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// How many distinct words the index knows.
    pub fn vocabulary_len(&self) -> usize {
        self.words.len()
    }

    /// Bytes the index holds (its words, postings and entries), for the memory report.
    pub fn heap_bytes(&self) -> usize {
        self.words
            .iter()
            .map(|word| word.capacity() + 24)
            .sum::<usize>()
            + self
                .postings
                .iter()
                .map(|list| list.byte_len() + 40)
                .sum::<usize>()
            + self
                .stems
                .iter()
                .map(|(stem, ids)| stem.capacity() + ids.capacity() * 4 + 56)
                .sum::<usize>()
            + self.entries.len() * std::mem::size_of::<Entry>()
    }

    /// The id of a word key, if the index has it.
    pub(super) fn word_id(&self, key: &str) -> Option<u32> {
        self.words
            .binary_search_by(|word| word.as_str().cmp(key))
            .ok()
            .map(|id| id as u32)
    }

    /// The ids of the words `prefix` begins, in vocabulary order.
    pub(super) fn prefix_range(&self, prefix: &str) -> std::ops::Range<usize> {
        let start = self.words.partition_point(|word| word.as_str() < prefix);
        let end = start
            + self.words[start..]
                .iter()
                .take_while(|word| word.starts_with(prefix))
                .count();
        start..end
    }
}

/// Collects postings entry by entry.
#[derive(Default)]
struct Builder {
    entries: Vec<Entry>,
    ids: FxHashMap<String, u32>,
    words: Vec<String>,
    postings: Vec<PostingList>,
    /// The current entry's positions per (word, field), flushed when the entry is done.
    pending: FxHashMap<(u32, u8), Vec<u32>>,
}

impl Builder {
    fn entry(&mut self, kind: EntryKind) {
        self.flush();
        self.entries.push(Entry {
            kind,
            lengths: [0; 4],
        });
    }

    /// Adds a field's texts (its pieces are read as one run of words).
    fn field(&mut self, field: Field, pieces: &[&str]) {
        let Some(entry) = self.entries.last_mut() else {
            return;
        };
        let mut position = entry.lengths[field as usize];
        for piece in pieces {
            for token in tokenize(piece) {
                let next_id = self.words.len() as u32;
                let id = *self.ids.entry(token.key).or_insert_with_key(|key| {
                    self.words.push(key.clone());
                    self.postings.push(PostingList::default());
                    next_id
                });
                self.pending
                    .entry((id, field as u8))
                    .or_default()
                    .push(position);
                position += 1;
            }
            // Pieces do not run into one another: a phrase never spans two paragraphs.
            position += 1;
        }
        entry.lengths[field as usize] = position;
    }

    fn flush(&mut self) {
        let Some(entry) = self.entries.len().checked_sub(1) else {
            return;
        };
        let mut pending: Vec<((u32, u8), Vec<u32>)> = self.pending.drain().collect();
        pending.sort_unstable_by_key(|(key, _)| *key);
        for ((word, field), positions) in pending {
            self.postings[word as usize].push(entry as u32, field, &positions);
        }
    }

    fn finish(mut self) -> SearchIndex {
        self.flush();
        // Sorted vocabulary: ids become positions in it, so a prefix is a range.
        let mut order: Vec<u32> = (0..self.words.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| self.words[a as usize].cmp(&self.words[b as usize]));
        let mut words = Vec::with_capacity(order.len());
        let mut postings = Vec::with_capacity(order.len());
        let mut old_words: Vec<Option<String>> = self.words.into_iter().map(Some).collect();
        let mut old_postings: Vec<Option<PostingList>> =
            self.postings.into_iter().map(Some).collect();
        for &old in &order {
            words.push(old_words[old as usize].take().unwrap_or_default());
            let mut list = old_postings[old as usize].take().unwrap_or_default();
            list.shrink_to_fit();
            postings.push(list);
        }
        let mut stems: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        for (id, word) in words.iter().enumerate() {
            stems.entry(stem(word)).or_default().push(id as u32);
        }
        let mut average_lengths = [0f32; 4];
        for field in Field::ALL {
            let lengths = self
                .entries
                .iter()
                .map(|entry| entry.lengths[field as usize])
                .filter(|&length| length > 0);
            let (count, total) = lengths.fold((0u64, 0u64), |(count, total), length| {
                (count + 1, total + u64::from(length))
            });
            average_lengths[field as usize] = if count == 0 {
                1.0
            } else {
                total as f32 / count as f32
            };
        }
        SearchIndex {
            entries: self.entries,
            words,
            postings,
            stems,
            average_lengths,
        }
    }
}
