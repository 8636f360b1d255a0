//! The same figure claimed in several places: "800 suspected offenders a month" in a police chief's
//! statement and "800 suspects every single month" in an agency director's words are one claim, and a
//! reader checking it needs to see both.
//!
//! Two mentions are one claim when they give the same number (and the same upper bound, currency and
//! kind of figure), their rates do not contradict each other (a month against none is no contradiction:
//! "1,200 children and 800 suspects every month" gives its rate once), what they count shares a word
//! ("suspected offenders", "suspects"), and the words around them share at least two more. A number
//! alone is no evidence: a large corpus says "800" about many things.

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};

use super::figure::{Currency, FigureKind, Period};
use super::Figure;
use crate::corpus::Corpus;

/// Words either side of a figure, in its paragraph, that say what it is about.
const CONTEXT_WORDS: usize = 10;

/// Context words two mentions must share, besides what they count.
const SHARED_CONTEXT: usize = 2;

/// Past this many mentions of one number, a mention is compared with each group's first mention only,
/// so that a common number ("two", "10 per cent") costs time in its groups, not in its mentions squared.
const PAIRWISE_LIMIT: usize = 64;

/// What a figure's mention must share with another's to be the same claim, read once per analysis.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureSignature {
    kind: FigureKind,
    value: u64,
    upper: Option<u64>,
    currency: Option<Currency>,
    rate: Option<Period>,
    /// Stems of what is counted ("suspect", "offend"), as ids, ordered; empty for percentages, money and
    /// measures, whose unit says nothing of what they are about.
    counted: Vec<u32>,
    /// Stems of the content words around the figure, as ids, ordered, with what it counts left out.
    context: Vec<u32>,
}

impl FigureSignature {
    /// The same number, in the same currency and kind, at rates that agree.
    fn same_number(&self, other: &FigureSignature) -> bool {
        self.kind == other.kind
            && self.value == other.value
            && self.upper == other.upper
            && self.currency == other.currency
            && match (self.rate, other.rate) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
    }

    fn same_claim(&self, other: &FigureSignature) -> bool {
        let counted_agree = self.counted.is_empty() && other.counted.is_empty()
            || shared(&self.counted, &other.counted) > 0;
        self.same_number(other)
            && counted_agree
            && shared(&self.context, &other.context) >= SHARED_CONTEXT
    }
}

/// How many words two ordered lists share.
fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut count) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                count += 1;
                i += 1;
                j += 1;
            }
        }
    }
    count
}

/// The signature of every figure, in its order.
pub fn figure_signatures(corpus: &Corpus, figures: &[Figure]) -> Vec<FigureSignature> {
    let stemmer = Stemmer::create(Algorithm::English);
    // Each distinct word is stemmed once, and each stem is a number: a large corpus has hundreds of
    // thousands of figures and a few thousand words around them.
    let mut stem_of: HashMap<String, u32> = HashMap::new();
    let mut stem_ids: HashMap<String, u32> = HashMap::new();
    let mut stems = |text: &str| -> Vec<u32> {
        content_words(text)
            .map(|word| {
                if let Some(&id) = stem_of.get(&word) {
                    return id;
                }
                let stem = stemmer.stem(&word).into_owned();
                let next = stem_ids.len() as u32;
                let id = *stem_ids.entry(stem).or_insert(next);
                stem_of.insert(word, id);
                id
            })
            .collect()
    };
    figures
        .iter()
        .map(|figure| {
            let mention = &figure.mention;
            let document = corpus.documents.get(figure.document as usize);
            let text = document.map_or("", |document| document.text.as_str());
            let counted = match (mention.kind, &mention.unit) {
                (FigureKind::Count, Some(unit)) => sorted(stems(unit)),
                _ => Vec::new(),
            };
            let paragraph = document
                .and_then(|document| {
                    // Paragraphs are in order and do not overlap.
                    let after = document
                        .paragraphs
                        .partition_point(|paragraph| paragraph.start <= mention.start);
                    document.paragraphs.get(after.checked_sub(1)?)
                })
                .filter(|paragraph| mention.end <= paragraph.end)
                .map_or(0..text.len(), |paragraph| paragraph.start..paragraph.end);
            let before = text.get(paragraph.start..mention.start).unwrap_or("");
            let after = text.get(mention.end..paragraph.end).unwrap_or("");
            let before: Vec<&str> = before.split_whitespace().collect();
            let near = before[before.len().saturating_sub(CONTEXT_WORDS)..]
                .iter()
                .copied()
                .chain(after.split_whitespace().take(CONTEXT_WORDS));
            // A rate's own word ("month", "year") is among the common words left out.
            let mut context: Vec<u32> = near.flat_map(&mut stems).collect();
            context.retain(|stem| !counted.contains(stem));
            FigureSignature {
                kind: mention.kind,
                value: mention.value.to_bits(),
                upper: mention.upper_value.map(f64::to_bits),
                currency: mention.currency,
                rate: mention.rate,
                counted,
                context: sorted(context),
            }
        })
        .collect()
}

fn sorted(mut words: Vec<u32>) -> Vec<u32> {
    words.sort_unstable();
    words.dedup();
    words
}

/// The lower-case words of four letters or more in `text` that are not function words or words every
/// report of a figure uses.
fn content_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|word| word.chars().count() >= 4)
        .map(str::to_lowercase)
        .filter(|word| !COMMON_WORDS.contains(&word.as_str()))
}

/// Words too common near a figure to tell two claims apart.
const COMMON_WORDS: &[&str] = &[
    "about", "above", "across", "added", "after", "again", "almost", "also", "among", "around",
    "average", "been", "before", "being", "below", "between", "billion", "both", "cent", "could",
    "days", "does", "during", "each", "every", "from", "have", "having", "hour", "hours", "into",
    "just", "last", "less", "like", "many", "million", "month", "months", "more", "most", "much",
    "nearly", "only", "other", "over", "percent", "quarter", "said", "says", "single", "some",
    "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those",
    "thousand", "through", "told", "under", "very", "week", "weeks", "were", "what", "when",
    "where", "which", "while", "will", "with", "would", "year", "years",
];

/// The figures among `which` (indices into `figures`, whose signatures these are) that make one claim,
/// each group in the corpus's order (document, then place); groups found in the most documents first,
/// then those with the most mentions, then in the order of their first mention.
pub fn group_figures(
    signatures: &[FigureSignature],
    figures: &[Figure],
    which: &[usize],
) -> Vec<Vec<usize>> {
    let mut ordered: Vec<usize> = which
        .iter()
        .copied()
        .filter(|&figure| figure < signatures.len() && figure < figures.len())
        .collect();
    ordered.sort_unstable();
    ordered.dedup();
    // Mentions of one number side by side: only they can be one claim.
    let mut by_number = ordered.clone();
    by_number.sort_by(|&a, &b| {
        let (a_sig, b_sig) = (&signatures[a], &signatures[b]);
        (a_sig.value, a_sig.upper, a_sig.kind.name())
            .cmp(&(b_sig.value, b_sig.upper, b_sig.kind.name()))
            .then(a.cmp(&b))
    });
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for run in by_number.chunk_by(|&a, &b| {
        signatures[a].value == signatures[b].value
            && signatures[a].upper == signatures[b].upper
            && signatures[a].kind == signatures[b].kind
    }) {
        let mut run_groups: Vec<Vec<usize>> = Vec::new();
        for &figure in run {
            let signature = &signatures[figure];
            let found = run_groups.iter().position(|group| {
                let compared = if run.len() > PAIRWISE_LIMIT {
                    &group[..1]
                } else {
                    &group[..]
                };
                compared
                    .iter()
                    .any(|&other| signature.same_claim(&signatures[other]))
            });
            match found {
                Some(index) => run_groups[index].push(figure),
                None => run_groups.push(vec![figure]),
            }
        }
        groups.extend(run_groups);
    }
    let documents = |group: &Vec<usize>| {
        let mut documents: Vec<u32> = group
            .iter()
            .map(|&figure| figures[figure].document)
            .collect();
        documents.sort_unstable();
        documents.dedup();
        documents.len()
    };
    groups.sort_by_cached_key(|group| {
        (
            std::cmp::Reverse(documents(group)),
            std::cmp::Reverse(group.len()),
            group[0],
        )
    });
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyze, Analysis};
    use crate::bundled::bundled_corpus;
    use expect_test::expect;

    #[test]
    fn the_bundled_corpus_figures_repeated_across_sources_are_grouped() {
        let (corpus, _) = bundled_corpus();
        let analysis = analyze(&corpus);
        let signatures = figure_signatures(&corpus, &analysis.figures);
        let all: Vec<usize> = (0..analysis.figures.len()).collect();
        let shown: Vec<String> = group_figures(&signatures, &analysis.figures, &all)
            .iter()
            .map(|group| {
                group
                    .iter()
                    .map(|&index| {
                        let figure = &analysis.figures[index];
                        let text = &corpus.documents[figure.document as usize].text;
                        let speaker = figure
                            .speaker
                            .map_or("-", |speaker| analysis.speakers[speaker].name.as_str());
                        format!(
                            "{} “{}” ({speaker})",
                            figure.id(&corpus),
                            &text[figure.mention.range()]
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" | ")
            })
            .collect();
        expect![[r#"
            [
                "000_4db77244379ade82-f1 “800 suspected offenders a month” (Ian Critchley) | 000_4db77244379ade82-f7 “800 suspects every single month” (James Babbage) | 001_aad81fa9cc082233-f1 “800 suspected offenders a month” (Ian Critchley)",
                "000_4db77244379ade82-f2 “1,200 children a month” (Ian Critchley) | 000_4db77244379ade82-f6 “1,200 children” (James Babbage) | 001_aad81fa9cc082233-f2 “1200 children a month” (Ian Critchley)",
                "000_4db77244379ade82-f3 “21 million reports” (Susie Hargreaves)",
                "000_4db77244379ade82-f4 “92 per cent” (National Crime Agency)",
                "000_4db77244379ade82-f5 “85 per cent” (National Crime Agency)",
                "000_4db77244379ade82-f8 “37 per cent” (Suojellaan Lapsia)",
                "000_4db77244379ade82-f9 “25 per cent” (Suojellaan Lapsia)",
            ]
        "#]].assert_debug_eq(&shown);
    }

    /// Two stories, analysed as the app would.
    fn analysed(texts: &[&str]) -> (Corpus, Analysis) {
        let names: Vec<String> = (0..texts.len()).map(|n| format!("doc{n}.txt")).collect();
        let sources: Vec<crate::corpus::SourceFile<'_>> = names
            .iter()
            .zip(texts)
            .map(|(name, text)| crate::corpus::SourceFile {
                name,
                bytes: text.as_bytes(),
            })
            .collect();
        let (corpus, _) = crate::corpus::assemble(crate::corpus::Manifest::default(), &sources);
        let analysis = analyze(&corpus);
        (corpus, analysis)
    }

    fn groups_of(texts: &[&str]) -> Vec<Vec<String>> {
        let (corpus, analysis) = analysed(texts);
        let signatures = figure_signatures(&corpus, &analysis.figures);
        let all: Vec<usize> = (0..analysis.figures.len()).collect();
        group_figures(&signatures, &analysis.figures, &all)
            .into_iter()
            .map(|group| {
                group
                    .into_iter()
                    .map(|index| {
                        let figure = &analysis.figures[index];
                        let text = &corpus.documents[figure.document as usize].text;
                        text[figure.mention.range()].to_owned()
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn one_claim_in_other_words_is_one_group() {
        let groups = groups_of(&[
            "Rail strike talks\n\nThe union said drivers would strike after 4,000 members voted \
             for action over pay and conditions at the depots.",
            "Drivers vote to strike\n\nMore than 4,000 union members backed strike action over \
             pay at the depots, the union said.",
        ]);
        assert_eq!(groups, [["4,000 members", "4,000 union members"]]);
    }

    #[test]
    fn a_number_alone_is_not_one_claim() {
        let groups = groups_of(&[
            "Homes built\n\nThe council built 800 homes last year on land beside the river, \
             the planning committee heard.",
            "Winter pressure\n\nThe hospital treated 800 patients a month during the winter, its \
             emergency department reported.",
        ]);
        assert_eq!(groups, [["800 homes"], ["800 patients a month"]]);
    }

    #[test]
    fn rates_that_disagree_are_different_claims() {
        let groups = groups_of(&[
            "Arrests\n\nOfficers arrest 800 suspects a month in child exploitation inquiries, \
             police chiefs said.",
            "Arrests\n\nOfficers arrest 800 suspects a year in child exploitation inquiries, \
             police chiefs said.",
        ]);
        assert_eq!(groups.len(), 2, "{groups:?}");
    }
}
