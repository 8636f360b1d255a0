//! Provenance: the same statement in several documents, even split in two, merged, re-paragraphed or
//! lightly edited — found by shared runs of normalised words (as Quotebank and Quootstrap match quotes),
//! with a word-level diff between the versions and the earliest source.

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};
use similar::{capture_diff_slices, Algorithm, DiffOp};

use super::quote::{Quote, QuoteKind};
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

struct Fingerprint {
    words: Vec<String>,
    shingles: HashSet<u64>,
}

/// Lower case, quotation marks and apostrophes folded, punctuation dropped, digit groups joined (1,200 →
/// 1200): what must agree for two versions to be the same words.
fn normalised_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|word| {
            word.chars()
                .filter_map(|c| match c {
                    '’' | '‘' | '\'' => Some('\''),
                    c if c.is_alphanumeric() => Some(c),
                    '-' => Some('-'),
                    _ => None,
                })
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .map(|word| word.trim_matches(['\'', '-']).to_owned())
        .filter(|word| !word.is_empty())
        .collect()
}

fn fingerprint(text: &str) -> Fingerprint {
    let words = normalised_words(text);
    let shingles = words
        .windows(SHINGLE_WORDS)
        .map(|window| {
            let mut hasher = DefaultHasher::new();
            window.hash(&mut hasher);
            hasher.finish()
        })
        .collect();
    Fingerprint { words, shingles }
}

/// Every statement that appears in more than one document.
pub fn match_statements(corpus: &Corpus, quotes: &[Quote]) -> Vec<StatementMatch> {
    let dates: HashMap<&str, Option<PublishedDate>> = corpus
        .documents
        .iter()
        .map(|document| (document.id.as_str(), document.published))
        .collect();
    let documents: HashMap<&str, &str> = corpus
        .documents
        .iter()
        .map(|document| (document.id.as_str(), document.text.as_str()))
        .collect();
    let texts: Vec<String> = quotes
        .iter()
        .map(|quote| {
            documents
                .get(quote.document.as_str())
                .map_or_else(String::new, |text| quote.text(text))
        })
        .collect();
    let fingerprints: Vec<Fingerprint> = texts.iter().map(|text| fingerprint(text)).collect();
    let mut postings: HashMap<u64, Vec<usize>> = HashMap::new();
    for (index, fingerprint) in fingerprints.iter().enumerate() {
        for &shingle in &fingerprint.shingles {
            postings.entry(shingle).or_default().push(index);
        }
    }
    // A run of words found in very many quotes is a stock phrase, not evidence of one statement; leaving
    // it out also keeps matching linear in the corpus size.
    postings.retain(|_, quotes| quotes.len() <= MAX_SHARED_QUOTES);

    let mut matches = Vec::new();
    let mut claimed: HashSet<(usize, usize)> = HashSet::new();
    // Longest first, so that a whole statement claims its parts before a part is matched on its own.
    let mut order: Vec<usize> = (0..quotes.len()).collect();
    order.sort_by_key(|&index| std::cmp::Reverse(fingerprints[index].shingles.len()));
    for whole in order {
        let whole_fingerprint = &fingerprints[whole];
        if whole_fingerprint.shingles.is_empty() {
            continue;
        }
        // Shared runs with every quote of another document.
        let mut shared: HashMap<usize, usize> = HashMap::new();
        for shingle in &whole_fingerprint.shingles {
            for &other in postings.get(shingle).map_or(&[][..], Vec::as_slice) {
                if quotes[other].document != quotes[whole].document {
                    *shared.entry(other).or_default() += 1;
                }
            }
        }
        let mut by_document: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
        for (other, count) in shared {
            let part_coverage = count as f64 / fingerprints[other].shingles.len().max(1) as f64;
            if part_coverage >= PART_COVERAGE
                && !claimed.contains(&(whole.min(other), whole.max(other)))
            {
                by_document
                    .entry(quotes[other].document.as_str())
                    .or_default()
                    .push((other, count));
            }
        }
        let mut documents: Vec<_> = by_document.into_iter().collect();
        documents.sort_by(|a, b| a.0.cmp(b.0));
        for (_, mut found) in documents {
            found.sort_by_key(|&(other, _)| other);
            // Fragments quoted in the writer's own sentences are excerpts of the statement, each on its
            // own; whole utterances are its versions or its parts.
            let (fragments, utterances): (SharedRuns, SharedRuns) = found
                .into_iter()
                .partition(|&(other, _)| quotes[other].kind == QuoteKind::Partial);
            let mut groups: Vec<Vec<(usize, usize)>> = fragments
                .into_iter()
                .map(|fragment| vec![fragment])
                .collect();
            if !utterances.is_empty() {
                groups.insert(0, utterances);
            }
            for parts in groups {
                let covered: usize = parts.iter().map(|&(_, count)| count).sum();
                let whole_coverage = covered as f64 / whole_fingerprint.shingles.len() as f64;
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
                for &part in &part_indices {
                    claimed.insert((whole.min(part), whole.max(part)));
                }
                let other_text = part_indices
                    .iter()
                    .map(|&part| texts[part].as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                let (earliest, earliest_is_certain) = earliest_of(
                    &dates,
                    &quotes[whole].document,
                    &quotes[part_indices[0]].document,
                );
                // An excerpt is compared with the stretch of the whole it quotes, not with all of it.
                let diff = if relation == Relation::Excerpt {
                    word_diff(&excerpt_window(&texts[whole], &other_text), &other_text)
                } else {
                    word_diff(&texts[whole], &other_text)
                };
                matches.push(StatementMatch {
                    quotes: std::iter::once(whole)
                        .chain(part_indices.iter().copied())
                        .map(|index| quotes[index].id.clone())
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

/// A word-level diff of two versions, as runs of equal, deleted and inserted words (as written, without
/// quotation marks).
pub fn word_diff(old: &str, new: &str) -> Vec<DiffSegment> {
    let strip =
        |word: &'_ str| -> String { word.trim_matches(['“', '”', '"', '‘']).to_owned() };
    let old_words: Vec<String> = old.split_whitespace().map(strip).collect();
    let new_words: Vec<String> = new.split_whitespace().map(strip).collect();
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
    for op in capture_diff_slices(Algorithm::Myers, &old_words, &new_words) {
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
