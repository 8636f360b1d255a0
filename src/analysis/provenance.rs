//! Provenance: the same statement in several documents, even split in two, merged, re-paragraphed or
//! lightly edited — found by shared runs of normalised words (as Quotebank and Quootstrap match quotes),
//! with a word-level diff between the versions and the earliest source.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap, FxHashSet, FxHasher};

use serde::{Deserialize, Serialize};
use similar::{capture_diff_slices, Algorithm, DiffOp};
use unicode_normalization::UnicodeNormalization;

use super::fold::fold_key;
use super::quote::{Quote, QuoteKind};
use super::speaker::{name_key, Speaker};
use crate::corpus::{Corpus, PublishedDate};

/// Runs of this many words are the unit of comparison: long enough to be distinctive, short enough to
/// survive a light edit between them.
const SHINGLE_WORDS: usize = 5;
/// Runs shared by more quotes than this are stock phrases.
const MAX_SHARED_QUOTES: usize = 32;
/// A part must share this share of its runs with the whole to count as a part of it.
const PART_COVERAGE: f64 = 0.6;
/// Parts must together cover this share of the whole for it to count as split.
const WHOLE_COVERAGE: f64 = 0.75;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relation {
    /// The same words in both (differences only of case, punctuation, quotation marks or digit grouping).
    Identical,
    /// The same statement with some words changed.
    Edited,
    /// One document has it whole, the other in parts (the first quote id is the whole).
    Split,
    /// One document quotes only an excerpt of the other's quote (the first quote id is the longer).
    Excerpt,
}

impl Relation {
    pub fn id(self) -> &'static str {
        match self {
            Relation::Identical => "identical",
            Relation::Edited => "edited",
            Relation::Split => "split",
            Relation::Excerpt => "excerpt",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DiffKind {
    Equal,
    Delete,
    Insert,
}

/// A run of words of the word-level diff, from the first version to the second.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffSegment {
    pub op: DiffKind,
    pub text: String,
}

/// One statement found in several documents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementMatch {
    /// Quote ids: the whole (or longer) version first, then the other document's parts in order.
    pub quotes: Vec<String>,
    pub relation: Relation,
    /// From the first quote's words to the other quotes' words joined.
    pub diff: Vec<DiffSegment>,
    /// The document published first, when the dates allow saying so.
    pub earliest: Option<String>,
    /// Whether the dates settle which came first (an uncertain range that overlaps the other does not).
    pub earliest_is_certain: bool,
}

/// Quotes of one document with how many runs each shares with the whole.
type SharedRuns = Vec<(usize, usize)>;

/// A quote's normalised words and its runs of words, as hashes: comparing them is all matching does.
struct Fingerprint {
    words: Vec<u64>,
    /// Sorted, without repeats.
    shingles: Vec<u64>,
}

/// Lower case, quotation marks and apostrophes folded, punctuation dropped, digit groups joined (1,200 →
/// 1200): what must agree for two versions to be the same words.
fn normalise_word(word: &str, into: &mut Vec<u8>) {
    into.clear();
    if word.is_ascii() {
        // Nearly every word: the same rules a byte at a time, with nothing to fold.
        into.extend(word.bytes().filter_map(|byte| match byte {
            b'\'' | b'-' => Some(byte),
            byte if byte.is_ascii_alphanumeric() => Some(byte.to_ascii_lowercase()),
            _ => None,
        }));
    } else {
        let mut encoded = [0u8; 4];
        let mut push = |c: char| into.extend_from_slice(c.encode_utf8(&mut encoded).as_bytes());
        // Curly apostrophes and quotation marks are the usual non-ASCII in a word ("children’s"):
        // nothing to decompose then.
        let plain = word
            .chars()
            .all(|c| c.is_ascii() || matches!(c, '’' | '‘' | '“' | '”'));
        let folded = if plain {
            std::borrow::Cow::Borrowed(word)
        } else {
            fold_key(word)
        };
        for c in folded.chars() {
            match c {
                '’' | '‘' | '\'' => push('\''),
                '-' => push('-'),
                c if c.is_ascii_alphanumeric() => push(c.to_ascii_lowercase()),
                c if c.is_alphanumeric() => c.to_lowercase().for_each(&mut push),
                _ => {}
            }
        }
    }
    // Trimmed in place: one buffer serves every word.
    let is_edge = |byte: &u8| matches!(byte, b'\'' | b'-');
    let end = into.len() - into.iter().rev().take_while(|byte| is_edge(byte)).count();
    into.truncate(end);
    let start = into.iter().take_while(|byte| is_edge(byte)).count();
    into.drain(..start);
}

fn normalised_words(text: &str) -> Vec<String> {
    let mut word = Vec::new();
    text.split_whitespace()
        .filter_map(|written| {
            normalise_word(written, &mut word);
            // Whole characters were pushed, so the bytes are UTF-8.
            String::from_utf8(word.clone())
                .ok()
                .filter(|word| !word.is_empty())
        })
        .collect()
}

fn fingerprint<'a>(parts: impl Iterator<Item = &'a str>) -> Fingerprint {
    let mut word = Vec::new();
    let mut words = Vec::new();
    for written in parts.flat_map(str::split_whitespace) {
        normalise_word(written, &mut word);
        if !word.is_empty() {
            let mut hasher = FxHasher::default();
            hasher.write(&word);
            words.push(hasher.finish());
        }
    }
    let mut shingles: Vec<u64> = words
        .windows(SHINGLE_WORDS)
        .map(|window| {
            let mut hasher = FxHasher::default();
            window.hash(&mut hasher);
            hasher.finish()
        })
        .collect();
    shingles.sort_unstable();
    shingles.dedup();
    Fingerprint { words, shingles }
}

/// Who may have made one statement: the same speaker, a person and the organisation they speak for, or
/// two people of one organisation. A stock phrase ("a step in the right direction") in the mouths of two
/// unrelated speakers is not one statement. An unattributed quote may be anyone's.
struct SpeakerFamilies {
    organisation: Vec<Option<usize>>,
}

impl SpeakerFamilies {
    fn new(speakers: &[Speaker]) -> Self {
        let by_name: FxHashMap<String, usize> = speakers
            .iter()
            .enumerate()
            .map(|(index, speaker)| (name_key(&speaker.name), index))
            .collect();
        let organisation = speakers
            .iter()
            .map(|speaker| {
                speaker
                    .organisation
                    .as_deref()
                    .and_then(|name| by_name.get(&name_key(name)).copied())
            })
            .collect();
        SpeakerFamilies { organisation }
    }

    fn organisation_of(&self, speaker: usize) -> Option<usize> {
        self.organisation.get(speaker).copied().flatten()
    }

    fn may_be_one_statement(&self, a: Option<usize>, b: Option<usize>) -> bool {
        let (Some(a), Some(b)) = (a, b) else {
            return true;
        };
        let (organisation_a, organisation_b) = (self.organisation_of(a), self.organisation_of(b));
        a == b
            || organisation_a == Some(b)
            || organisation_b == Some(a)
            || (organisation_a.is_some() && organisation_a == organisation_b)
    }
}

/// Every statement that appears in more than one document. `speakers` are those the quotes' speaker
/// indices refer to.
pub fn match_statements(
    corpus: &Corpus,
    quotes: &[Quote],
    speakers: &[Speaker],
) -> Vec<StatementMatch> {
    let dates: HashMap<&str, Option<PublishedDate>> = corpus
        .documents
        .iter()
        .map(|document| (document.id.as_str(), document.published))
        .collect();
    let quote_document: Vec<usize> = quotes.iter().map(|quote| quote.document as usize).collect();
    let id_of_document = |index: usize| -> &str {
        corpus
            .documents
            .get(quote_document[index])
            .map_or("", |document| document.id.as_str())
    };
    let text_of = |index: usize| -> &str {
        corpus
            .documents
            .get(quote_document[index])
            .map_or("", |document| document.text.as_str())
    };
    let fingerprints: Vec<Fingerprint> = quotes
        .iter()
        .enumerate()
        .map(|(index, quote)| {
            let text = text_of(index);
            fingerprint(quote.parts.iter().filter_map(|part| text.get(part.range())))
        })
        .collect();
    let families = SpeakerFamilies::new(speakers);
    // Every (run, quote) pair, sorted: each run's quotes are then one stretch of pairs, in quote order.
    let mut pairs: Vec<(u64, usize)> = Vec::with_capacity(
        fingerprints
            .iter()
            .map(|fingerprint| fingerprint.shingles.len())
            .sum(),
    );
    for (index, fingerprint) in fingerprints.iter().enumerate() {
        pairs.extend(fingerprint.shingles.iter().map(|&shingle| (shingle, index)));
    }
    pairs.sort_unstable();
    // A run of words found in very many quotes, or in the mouths of speakers who cannot share a
    // statement, is a stock phrase ("a step in the right direction"), not evidence of one statement.
    // Leaving the very common ones out also keeps matching linear in the corpus size.
    let postings: Vec<&[(u64, usize)]> = pairs
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|sharing| {
            sharing.len() <= MAX_SHARED_QUOTES && {
                let mut speakers = sharing
                    .iter()
                    .filter_map(|&(_, index)| quotes[index].speaker);
                let first = speakers.next();
                speakers.all(|other| families.may_be_one_statement(first, Some(other)))
            }
        })
        .collect();
    // Each quote's runs that are evidence, as indices into `postings`.
    let mut evidence_runs: Vec<Vec<usize>> = vec![Vec::new(); quotes.len()];
    for (posting, sharing) in postings.iter().enumerate() {
        for &(_, index) in sharing.iter() {
            evidence_runs[index].push(posting);
        }
    }

    // Coverage is counted in the runs that are evidence: a quote made only of stock phrases matches
    // nothing.
    let evidence: Vec<usize> = evidence_runs.iter().map(Vec::len).collect();

    let mut matches = Vec::new();
    let mut claimed: FxHashSet<(usize, usize)> = FxHashSet::default();
    // Shared runs with every other quote, counted in place; `touched` lists the quotes counted.
    let mut shared = vec![0usize; quotes.len()];
    let mut touched: Vec<usize> = Vec::new();
    // Longest first, so that a whole statement claims its parts before a part is matched on its own.
    let mut order: Vec<usize> = (0..quotes.len()).collect();
    order.sort_by_key(|&index| std::cmp::Reverse(fingerprints[index].shingles.len()));
    for whole in order {
        let whole_fingerprint = &fingerprints[whole];
        if evidence[whole] == 0 {
            continue;
        }
        for &posting in &evidence_runs[whole] {
            for &(_, other) in postings[posting] {
                if quote_document[other] != quote_document[whole] {
                    if shared[other] == 0 {
                        touched.push(other);
                    }
                    shared[other] += 1;
                }
            }
        }
        let mut found: Vec<(usize, usize)> = Vec::new();
        for other in touched.drain(..) {
            let count = std::mem::take(&mut shared[other]);
            let part_coverage = count as f64 / evidence[other].max(1) as f64;
            if part_coverage >= PART_COVERAGE
                && families.may_be_one_statement(quotes[whole].speaker, quotes[other].speaker)
                && !claimed.contains(&(whole.min(other), whole.max(other)))
            {
                found.push((other, count));
            }
        }
        // One group per other document, in corpus order; its quotes in reading order.
        found.sort_unstable_by_key(|&(other, _)| (quote_document[other], other));
        for document_quotes in found.chunk_by(|a, b| quote_document[a.0] == quote_document[b.0]) {
            // Fragments quoted in the writer's own sentences are excerpts of the statement, each on its
            // own; whole utterances are its versions or its parts.
            let (fragments, utterances): (SharedRuns, SharedRuns) = document_quotes
                .iter()
                .partition(|&&(other, _)| quotes[other].kind == QuoteKind::Partial);
            let mut groups: Vec<SharedRuns> = fragments
                .into_iter()
                .map(|fragment| vec![fragment])
                .collect();
            if !utterances.is_empty() {
                groups.insert(0, utterances);
            }
            for parts in groups {
                let covered: usize = parts.iter().map(|&(_, count)| count).sum();
                let whole_coverage = covered as f64 / evidence[whole] as f64;
                let part_indices: Vec<usize> = parts.iter().map(|&(other, _)| other).collect();
                let relation = if whole_coverage < WHOLE_COVERAGE {
                    Relation::Excerpt
                } else if part_indices.len() > 1 {
                    Relation::Split
                } else if fingerprints[part_indices[0]].words == whole_fingerprint.words {
                    Relation::Identical
                } else {
                    Relation::Edited
                };
                let whole_text = quotes[whole].text(text_of(whole));
                let other_text = part_indices
                    .iter()
                    .map(|&part| quotes[part].text(text_of(part)))
                    .collect::<Vec<_>>()
                    .join(" ");
                // An excerpt is compared with the stretch of the whole it quotes, not with all of it.
                let compared = if relation == Relation::Excerpt {
                    excerpt_window(&whole_text, &other_text)
                } else {
                    whole_text
                };
                // A different figure is a different claim, however alike the words around it.
                if !numbers_agree(&compared, &other_text) {
                    continue;
                }
                let (earliest, earliest_is_certain) = earliest_of(
                    &dates,
                    id_of_document(whole),
                    id_of_document(part_indices[0]),
                );
                let diff = word_diff(&compared, &other_text);
                for &part in &part_indices {
                    claimed.insert((whole.min(part), whole.max(part)));
                }
                matches.push(StatementMatch {
                    quotes: std::iter::once(whole)
                        .chain(part_indices.iter().copied())
                        .map(|index| quotes[index].id(corpus))
                        .collect(),
                    relation,
                    diff,
                    earliest,
                    earliest_is_certain,
                });
            }
        }
    }
    matches.sort_by(|a, b| a.quotes.cmp(&b.quotes));
    matches
}

/// Whether the two versions give the same figures where they line up: a number replaced by another
/// ("19 per cent" against "18 per cent") makes a different claim. Figures only one version has (a
/// sentence more or less) and the way a figure is written (1,200 or 1200, £79m or £79 million) are not
/// differences.
fn numbers_agree(original: &str, version: &str) -> bool {
    let words = |text: &str| -> Vec<String> {
        normalised_words(text)
            .into_iter()
            .map(|word| {
                let digits =
                    word.len() - word.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                if digits > 0 {
                    word[..digits].to_owned()
                } else {
                    word
                }
            })
            .collect()
    };
    let (old, new) = (words(original), words(version));
    let numbers = |words: &[String]| -> Vec<String> {
        words
            .iter()
            .filter(|word| word.starts_with(|c: char| c.is_ascii_digit()))
            .cloned()
            .collect()
    };
    capture_diff_slices(Algorithm::Myers, &old, &new)
        .into_iter()
        .all(|op| match op {
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                let (before, after) = (
                    numbers(&old[old_index..old_index + old_len]),
                    numbers(&new[new_index..new_index + new_len]),
                );
                before.is_empty() || after.is_empty() || before == after
            }
            _ => true,
        })
}

/// Which of two documents was published first, and whether that is certain.
fn earliest_of(
    dates: &HashMap<&str, Option<PublishedDate>>,
    first: &str,
    second: &str,
) -> (Option<String>, bool) {
    let date = |id: &str| dates.get(id).copied().flatten();
    let (Some(first_date), Some(second_date)) = (date(first), date(second)) else {
        return (None, false);
    };
    let before = |a: PublishedDate, b: PublishedDate| a.latest() < b.earliest();
    if before(first_date, second_date) {
        (Some(first.to_owned()), true)
    } else if before(second_date, first_date) {
        (Some(second.to_owned()), true)
    } else {
        // Overlapping: the one that can be earliest is the likelier first, but it is not settled.
        match first_date.earliest().cmp(&second_date.earliest()) {
            std::cmp::Ordering::Less => (Some(first.to_owned()), false),
            std::cmp::Ordering::Greater => (Some(second.to_owned()), false),
            std::cmp::Ordering::Equal => (None, false),
        }
    }
}

/// The words of `whole` (as written) that line up best with `excerpt`'s normalised words.
fn excerpt_window(whole: &str, excerpt: &str) -> String {
    let written: Vec<&str> = whole.split_whitespace().collect();
    let normalised: Vec<String> = written
        .iter()
        .map(|word| normalised_words(word).join(" "))
        .collect();
    let wanted = normalised_words(excerpt);
    if wanted.is_empty() || wanted.len() > written.len() {
        return whole.to_owned();
    }
    let best_start = (0..=written.len() - wanted.len())
        .max_by_key(|&start| {
            let agreeing = wanted
                .iter()
                .zip(&normalised[start..])
                .filter(|(wanted, found)| wanted == found)
                .count();
            (agreeing, std::cmp::Reverse(start))
        })
        .unwrap_or(0);
    written[best_start..best_start + wanted.len()].join(" ")
}

/// A word as the diff compares it: the same words typed differently are not a change of wording. Curly
/// and straight apostrophes, a dash of either width inside a compound, composed and decomposed accents
/// and the invisible characters a page carries (zero-width spaces, direction marks, byte-order marks,
/// soft hyphens) make no difference; a changed letter, digit or accent does.
fn diff_key(word: &str) -> String {
    // A quote's closing comma or full stop is the writer's ("…here,” she said), not the speaker's.
    word.trim_end_matches([',', '.', ';', ':'])
        .nfc()
        .filter(|c| {
            !matches!(
                c,
                '\u{200b}'
                    | '\u{200c}'
                    | '\u{200e}'
                    | '\u{200f}'
                    | '\u{2060}'
                    | '\u{feff}'
                    | '\u{ad}'
            )
        })
        .map(|c| match c {
            '’' | '‘' | 'ʼ' | '`' | '´' | '′' => '\'',
            '–' | '—' | '‐' | '‑' => '-',
            c => c,
        })
        .collect()
}

/// A word-level diff of two versions, as runs of equal, deleted and inserted words (as written, without
/// quotation marks; an equal run as the first version wrote it).
pub fn word_diff(old: &str, new: &str) -> Vec<DiffSegment> {
    let strip = |word: &'_ str| -> String {
        word.trim_matches(['“', '”', '"', '‘', '„', '«', '»'])
            .to_owned()
    };
    let old_words: Vec<String> = old.split_whitespace().map(strip).collect();
    let new_words: Vec<String> = new.split_whitespace().map(strip).collect();
    let old_keys: Vec<String> = old_words.iter().map(|word| diff_key(word)).collect();
    let new_keys: Vec<String> = new_words.iter().map(|word| diff_key(word)).collect();
    let mut segments: Vec<DiffSegment> = Vec::new();
    let mut push = |op: DiffKind, words: &[String]| {
        if words.is_empty() {
            return;
        }
        let text = words.join(" ");
        match segments.last_mut() {
            Some(last) if last.op == op => {
                last.text.push(' ');
                last.text.push_str(&text);
            }
            _ => segments.push(DiffSegment { op, text }),
        }
    };
    for op in capture_diff_slices(Algorithm::Myers, &old_keys, &new_keys) {
        match op {
            DiffOp::Equal { old_index, len, .. } => {
                push(DiffKind::Equal, &old_words[old_index..old_index + len])
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => push(DiffKind::Delete, &old_words[old_index..old_index + old_len]),
            DiffOp::Insert {
                new_index, new_len, ..
            } => push(DiffKind::Insert, &new_words[new_index..new_index + new_len]),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                push(DiffKind::Delete, &old_words[old_index..old_index + old_len]);
                push(DiffKind::Insert, &new_words[new_index..new_index + new_len]);
            }
        }
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalised_words_fold_case_marks_and_digit_groups() {
        assert_eq!(
            normalised_words("“On average 1,200 children’s cases,"),
            ["on", "average", "1200", "children's", "cases"]
        );
    }

    #[test]
    fn the_same_words_typed_differently_are_not_a_difference() {
        let diff = word_diff(
            "We’re “deeply concerned” – end\u{2013}to\u{2013}end Jose\u{301}",
            "We're \"deeply\u{200b} concerned\" – end-to-end José",
        );
        assert_eq!(diff.len(), 1, "{diff:?}");
        assert_eq!(diff[0].op, DiffKind::Equal);
        // A changed accent is a change.
        assert_eq!(word_diff("resume", "résumé").len(), 2);
        // The writer's punctuation closing a quote is not.
        assert_eq!(word_diff("who work here.", "who work here,").len(), 1);
    }

    #[test]
    fn the_diff_shows_changed_words_only() {
        let diff = word_diff(
            "safeguards on average 1200 children a month",
            "safeguards on average 1,200 children a month",
        );
        let rendered: Vec<String> = diff
            .iter()
            .map(|segment| format!("{:?}:{}", segment.op, segment.text))
            .collect();
        assert_eq!(
            rendered,
            [
                "Equal:safeguards on average",
                "Delete:1200",
                "Insert:1,200",
                "Equal:children a month"
            ]
        );
    }
}
