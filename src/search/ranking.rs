//! Answers a query from the index: the entries that match every term and no excluded one, ranked by
//! BM25 over their fields with each field's boost. A word matches itself, its other forms (same stem),
//! a word one edit away when it has five letters or more, and — the word being typed — the words it
//! begins.

use rustc_hash::FxHashSet;

use super::index::{EntryKind, Field, SearchIndex};
use super::query::{Matcher, Query, QueryTerm};
use super::stem::stem;

/// BM25's saturation and length normalisation, as Lucene and most engines set them.
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// How much a match counts that is not the word itself.
const SAME_STEM: f32 = 0.9;
const COMPLETION: f32 = 0.8;
const ONE_EDIT: f32 = 0.6;
/// A word being typed is completed to at most this many words, the most widely used first: "t" begins
/// thousands, and a keystroke must not read them all. One or two letters say little of the word to come,
/// so they are completed to fewer.
const MAX_COMPLETIONS: usize = 48;
const MAX_COMPLETIONS_OF_ONE_LETTER: usize = 8;
const MAX_COMPLETIONS_OF_TWO_LETTERS: usize = 16;
/// The completions of a word being typed together appear in at most this many entries per entry of the
/// index (a quarter of that after one letter, half after two; the most used completion is always taken):
/// a short prefix of common words must not cost a keystroke a pass over most of the index several times
/// over.
const COMPLETION_POSTINGS_PER_ENTRY: usize = 1;
/// Words shorter than this (in characters) are matched exactly: one edit turns a short word into another.
const MIN_TYPO_CHARS: usize = 5;

/// Which entries a search returns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Target {
    Documents,
    #[default]
    Quotes,
    /// Documents and quotes alike: what a timeline places.
    Both,
}

impl Target {
    fn wants(self, kind: EntryKind) -> bool {
        matches!(
            (self, kind),
            (Target::Documents, EntryKind::Document { .. })
                | (Target::Quotes, EntryKind::Quote { .. })
                | (Target::Both, _)
        )
    }
}

/// An entry that matched, with its score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    pub entry: u32,
    pub score: f32,
}

/// The words a term matches, each with how much a match counts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Expansion {
    pub words: Vec<(u32, f32)>,
}

/// Every entry of `target` that the query selects, best first (ties in index order). An empty query (or
/// one of exclusions only) selects every entry, in index order, with score 0.
pub fn search(index: &SearchIndex, query: &Query, target: Target) -> Vec<Hit> {
    let mut hits = matching(index, query, target);
    rank(&mut hits);
    hits
}

/// Orders hits best first, ties in index order.
pub fn rank(hits: &mut [Hit]) {
    // A stable radix sort on the score alone: hits come in index order, so ties stay in it, and a radix
    // sort of tens of thousands of hits is several times faster than comparing them. Scores are never
    // negative, and a non-negative float's bits order as the float does.
    radsort::sort_by_key(hits, |hit| u32::MAX - hit.score.max(0.0).to_bits());
}

/// What [`search`] selects, with scores, in index order: the order in which an entry's facets and date
/// are read fastest (they are laid out by entry).
pub fn matching(index: &SearchIndex, query: &Query, target: Target) -> Vec<Hit> {
    let entries = index.entries.len();
    let included: Vec<&QueryTerm> = query.terms.iter().filter(|term| !term.excluded).collect();
    let mut scores = TermScores::new(entries);
    let mut excluded = vec![false; entries];
    for term in query.terms.iter().filter(|term| term.excluded) {
        scores.clear();
        let words = term_words(index, term, false);
        scores.add_term(index, term, &words, &|_| true);
        for &entry in &scores.touched {
            excluded[entry as usize] = true;
        }
    }
    let wanted = |entry: usize| !excluded[entry] && target.wants(index.entries[entry].kind);
    if included.is_empty() {
        return (0..entries)
            .filter(|&entry| wanted(entry))
            .map(|entry| Hit {
                entry: entry as u32,
                score: 0.0,
            })
            .collect();
    }
    let mut total = vec![0f32; entries];
    let mut matched = vec![0u16; entries];
    // The most selective term first: every later term scores only the entries still in the running, so a
    // common word typed after a rare one costs little more than reading its postings.
    let mut included: Vec<PlannedTerm> = included
        .into_iter()
        .map(|term| {
            let words = term_words(index, term, true);
            let postings = words
                .iter()
                .map(|&(word, _)| index.postings[word as usize].entry_count() as usize)
                .sum();
            PlannedTerm {
                term,
                words,
                postings,
            }
        })
        .collect();
    included.sort_by_key(|planned| planned.postings);
    for (number, PlannedTerm { term, words, .. }) in included.iter().enumerate() {
        scores.clear();
        let in_the_running = |entry: u32| usize::from(matched[entry as usize]) == number;
        scores.add_term(index, term, words, &in_the_running);
        for &entry in &scores.touched {
            let entry = entry as usize;
            // Only entries that matched every term so far can match them all.
            if usize::from(matched[entry]) == number {
                matched[entry] += 1;
                total[entry] += scores.best[entry];
            }
        }
    }
    let needed = included.len();
    (0..entries)
        .filter(|&entry| usize::from(matched[entry]) == needed && wanted(entry))
        .map(|entry| Hit {
            entry: entry as u32,
            score: total[entry],
        })
        .collect()
}

/// A term to score, with the words it reads and how many postings they hold (its cost).
struct PlannedTerm<'a> {
    term: &'a QueryTerm,
    words: Vec<(u32, f32)>,
    postings: usize,
}

/// One term's best score per entry, in a dense array reused from term to term (a sparse map costs more
/// than the array when a common word matches most entries).
struct TermScores {
    best: Vec<f32>,
    /// The entries with a score, each once.
    touched: Vec<u32>,
}

impl TermScores {
    fn new(entries: usize) -> TermScores {
        TermScores {
            best: vec![0.0; entries],
            touched: Vec::new(),
        }
    }

    fn clear(&mut self) {
        for &entry in &self.touched {
            self.best[entry as usize] = 0.0;
        }
        self.touched.clear();
    }

    fn keep_best(&mut self, entry: u32, score: f32) {
        let slot = &mut self.best[entry as usize];
        if *slot == 0.0 {
            self.touched.push(entry);
        }
        if score > *slot {
            *slot = score;
        }
    }

    /// Scores `term` (whose words are `words`, from [`term_words`]) in the entries `candidate` accepts.
    fn add_term(
        &mut self,
        index: &SearchIndex,
        term: &QueryTerm,
        words: &[(u32, f32)],
        candidate: &dyn Fn(u32) -> bool,
    ) {
        match &term.matcher {
            Matcher::Word { key, .. } => {
                // Other forms of a word weigh as the word itself: a rarer plural must not outrank it.
                let own_idf = index.word_id(key).map(|word| idf(index, word));
                for &(word, weight) in words {
                    let idf = own_idf.unwrap_or_else(|| idf(index, word));
                    let mut current: Option<(u32, f32)> = None;
                    for (entry, field, count) in index.postings[word as usize].counts() {
                        if !candidate(entry) {
                            continue;
                        }
                        let score = field_score(index, entry, field, count as usize, idf);
                        current = match current {
                            Some((last, sum)) if last == entry => Some((last, sum + score)),
                            Some((last, sum)) => {
                                self.keep_best(last, sum * weight);
                                Some((entry, score))
                            }
                            None => Some((entry, score)),
                        };
                    }
                    if let Some((last, sum)) = current {
                        self.keep_best(last, sum * weight);
                    }
                }
            }
            Matcher::Phrase { keys } => {
                // Matches come in entry order: an entry's fields are summed as they pass.
                let mut current: Option<(u32, f32)> = None;
                for (entry, field, count, idf) in phrase_matches(index, keys, candidate) {
                    let score = field_score(index, entry, field, count, idf);
                    current = match current {
                        Some((last, sum)) if last == entry => Some((last, sum + score)),
                        Some((last, sum)) => {
                            self.keep_best(last, sum);
                            Some((entry, score))
                        }
                        None => Some((entry, score)),
                    };
                }
                if let Some((last, sum)) = current {
                    self.keep_best(last, sum);
                }
            }
        }
    }
}

/// The words a term reads, with their weights: a word's expansion; a phrase's words (for its cost: it
/// is answered from positions).
fn term_words(index: &SearchIndex, term: &QueryTerm, loose: bool) -> Vec<(u32, f32)> {
    match &term.matcher {
        Matcher::Word { key, prefix } => expand(index, key, *prefix && loose, loose).words,
        // A phrase is answered from its rarest word's positions outward.
        Matcher::Phrase { keys } => keys
            .iter()
            .filter_map(|key| index.word_id(key))
            .min_by_key(|&word| index.postings[word as usize].entry_count())
            .map(|word| vec![(word, 1.0)])
            .unwrap_or_default(),
    }
}

fn idf(index: &SearchIndex, word: u32) -> f32 {
    let entries = index.entries.len() as f32;
    let frequency = index.postings[word as usize].entry_count() as f32;
    (1.0 + (entries - frequency + 0.5) / (frequency + 0.5)).ln()
}

fn field_score(index: &SearchIndex, entry: u32, field: u8, count: usize, idf: f32) -> f32 {
    let Some(field) = Field::from_byte(field) else {
        return 0.0;
    };
    let length = index.entries[entry as usize].lengths[field as usize] as f32;
    let average = index.average_lengths[field as usize];
    let count = count as f32;
    let saturation = count * (K1 + 1.0) / (count + K1 * (1.0 - B + B * length / average));
    field.boost() * idf * saturation
}

/// The words a typed word matches: itself, its other forms, one edit away (if long enough), and with
/// `prefix` the words it begins. `loose` off: itself and its forms only (what an exclusion removes).
pub fn expand(index: &SearchIndex, key: &str, prefix: bool, loose: bool) -> Expansion {
    let mut words: Vec<(u32, f32)> = Vec::new();
    let mut seen = FxHashSet::default();
    let mut add = |word: u32, weight: f32, words: &mut Vec<(u32, f32)>| {
        if seen.insert(word) {
            words.push((word, weight));
        }
    };
    if let Some(word) = index.word_id(key) {
        add(word, 1.0, &mut words);
    }
    if let Some(forms) = index.stems.get(&stem(key)) {
        for &word in forms {
            add(word, SAME_STEM, &mut words);
        }
    }
    if prefix {
        let mut completions: Vec<u32> = index.prefix_range(key).map(|id| id as u32).collect();
        completions
            .sort_by_key(|&word| std::cmp::Reverse(index.postings[word as usize].entry_count()));
        let most = match key.chars().count() {
            1 => MAX_COMPLETIONS_OF_ONE_LETTER,
            2 => MAX_COMPLETIONS_OF_TWO_LETTERS,
            _ => MAX_COMPLETIONS,
        };
        // One or two letters say little of the word to come: their completions read less.
        let budget = match key.chars().count() {
            1 => index.entries.len() * COMPLETION_POSTINGS_PER_ENTRY / 4,
            2 => index.entries.len() * COMPLETION_POSTINGS_PER_ENTRY / 2,
            _ => index.entries.len() * COMPLETION_POSTINGS_PER_ENTRY,
        };
        let mut read = 0;
        for word in completions.into_iter().take(most) {
            let postings = index.postings[word as usize].entry_count() as usize;
            if read > 0 && read + postings > budget {
                break;
            }
            read += postings;
            add(word, COMPLETION, &mut words);
        }
    }
    if loose && key.chars().count() >= MIN_TYPO_CHARS {
        for (id, word) in index.words.iter().enumerate() {
            if within_one_edit(key, word) {
                add(id as u32, ONE_EDIT, &mut words);
            }
        }
    }
    Expansion { words }
}

/// Where a phrase occurs: per (entry, field), how many times, with the summed idf of its words.
fn phrase_matches(
    index: &SearchIndex,
    keys: &[String],
    candidate: &dyn Fn(u32) -> bool,
) -> Vec<(u32, u8, usize, f32)> {
    let Some(ids) = keys
        .iter()
        .map(|key| index.word_id(key))
        .collect::<Option<Vec<u32>>>()
    else {
        return Vec::new();
    };
    let idf: f32 = ids.iter().map(|&word| idf(index, word)).sum();
    // Start from the rarest word; the others must sit at its position plus their offset.
    let (anchor_offset, &anchor) = ids
        .iter()
        .enumerate()
        .min_by_key(|(_, &word)| index.postings[word as usize].entry_count())
        .unwrap_or((0, &ids[0]));
    // Where the phrase may start, per (entry, field), in posting order: every other word's postings come in
    // the same order, so each is merged with these in one pass, with no lookups.
    let mut candidates: Vec<(u32, u8, Vec<u32>)> = index.postings[anchor as usize]
        .iter()
        .filter(|posting| candidate(posting.entry))
        .filter_map(|posting| {
            let starts: Vec<u32> = posting
                .positions
                .iter()
                .filter_map(|&position| position.checked_sub(anchor_offset as u32))
                .collect();
            (!starts.is_empty()).then_some((posting.entry, posting.field, starts))
        })
        .collect();
    for (offset, &word) in ids.iter().enumerate() {
        if offset == anchor_offset || candidates.is_empty() {
            continue;
        }
        let mut postings = index.postings[word as usize].iter();
        let mut posting = postings.next();
        candidates.retain_mut(|(entry, field, starts)| {
            let place = (*entry, *field);
            while posting
                .as_ref()
                .is_some_and(|posting| (posting.entry, posting.field) < place)
            {
                posting = postings.next();
            }
            let Some(posting) = posting
                .as_ref()
                .filter(|posting| (posting.entry, posting.field) == place)
            else {
                return false;
            };
            starts.retain(|&start| {
                posting
                    .positions
                    .binary_search(&(start + offset as u32))
                    .is_ok()
            });
            !starts.is_empty()
        });
    }
    candidates
        .into_iter()
        .map(|(entry, field, starts)| (entry, field, starts.len(), idf))
        .collect()
}

/// Whether two words are at most one edit apart: a letter changed, added or removed, or two neighbours
/// swapped.
pub fn within_one_edit(a: &str, b: &str) -> bool {
    if a.len().abs_diff(b.len()) > 4 {
        return false;
    }
    // Most words are ASCII, where a character is a byte: compared in place, with no copy (this runs for
    // every word of the vocabulary on every keystroke that needs it).
    if a.is_ascii() && b.is_ascii() {
        return one_edit(a.as_bytes(), b.as_bytes());
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    one_edit(&a, &b)
}

fn one_edit<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    // Between words of five characters together or more, one edit leaves the first or the last character
    // in place: the test that turns most of a vocabulary away at once. (Shorter pairs, such as "ab" and
    // "ba", can change at both ends.)
    let ends_kept = a.first() == b.first() || a.last() == b.last();
    if a.len() + b.len() >= 5 && !ends_kept {
        return false;
    }
    let common_start = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if common_start == a.len() && a.len() == b.len() {
        return true;
    }
    let (a_rest, b_rest) = (&a[common_start..], &b[common_start..]);
    let common_end = a_rest
        .iter()
        .rev()
        .zip(b_rest.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a_middle, b_middle) = (
        &a_rest[..a_rest.len() - common_end],
        &b_rest[..b_rest.len() - common_end],
    );
    match (a_middle.len(), b_middle.len()) {
        (1, 1) | (0, 1) | (1, 0) => true,
        (2, 2) => a_middle[0] == b_middle[1] && a_middle[1] == b_middle[0],
        _ => false,
    }
}
