//! Properties of search on arbitrary input: tokens and highlight ranges lie on character boundaries, in
//! order, and cut the text into pieces that rebuild it exactly (an excerpt centred on one of them); any query parses within its limits and
//! runs without panicking; posting lists read back what was written.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::OnceLock;

use proptest::prelude::*;
use quoteline::analysis::analyze;
use quoteline::bundled::bundled_corpus;
use quoteline::corpus::Corpus;
use quoteline::search::{
    excerpt_anchor, parse_query, search, tokenize, within_one_edit, Highlighter, Matcher, Posting,
    PostingList, SearchIndex, Target, MAX_KEY_BYTES, MAX_TERMS,
};

/// The optimal string alignment distance (insertions, deletions, substitutions and swaps of neighbours),
/// computed the slow, obvious way: what `within_one_edit` must agree with.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut table = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in table.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in table[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (table[i - 1][j] + 1)
                .min(table[i][j - 1] + 1)
                .min(table[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(table[i - 2][j - 2] + 1);
            }
            table[i][j] = best;
        }
    }
    table[a.len()][b.len()]
}

fn bundled_index() -> &'static (Corpus, SearchIndex) {
    static INDEX: OnceLock<(Corpus, SearchIndex)> = OnceLock::new();
    INDEX.get_or_init(|| {
        let (corpus, _) = bundled_corpus();
        let analysis = analyze(&corpus);
        let index = SearchIndex::build(&corpus, &analysis);
        (corpus, index)
    })
}

/// Queries made of what people type, and of what they should not: marks, minus signs, regex syntax.
fn query_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_owned()),
        Just("“".to_owned()),
        Just("-".to_owned()),
        Just(" ".to_owned()),
        Just("child".to_owned()),
        Just("encryption".to_owned()),
        Just("1,200".to_owned()),
        Just("Critch".to_owned()),
        Just(".*[a-z]+$".to_owned()),
        "\\PC{0,6}",
    ];
    proptest::collection::vec(piece, 0..30).prop_map(|pieces| pieces.concat())
}

proptest! {
    #[test]
    fn one_edit_agrees_with_the_edit_distance(a in "[abcé]{0,7}", b in "[abcé]{0,7}") {
        prop_assert_eq!(within_one_edit(&a, &b), edit_distance(&a, &b) <= 1, "{} / {}", a, b);
    }

    #[test]
    fn tokens_are_on_boundaries_and_in_order(text in "\\PC{0,80}") {
        let mut last = 0;
        for token in tokenize(&text) {
            prop_assert!(token.range.start >= last);
            prop_assert!(text.get(token.range.clone()).is_some());
            prop_assert!(!token.key.is_empty() && token.key.len() <= MAX_KEY_BYTES);
            last = token.range.end;
        }
    }

    #[test]
    fn any_text_parses_within_the_limits(text in "\\PC{0,400}") {
        let query = parse_query(&text);
        prop_assert!(query.terms.len() <= MAX_TERMS);
        for term in &query.terms {
            match &term.matcher {
                Matcher::Word { key, .. } => prop_assert!(!key.is_empty()),
                Matcher::Phrase { keys } => prop_assert!(!keys.is_empty()),
            }
        }
    }

    #[test]
    fn any_query_runs_and_its_marks_rebuild_the_text(text in query_text()) {
        let (corpus, index) = bundled_index();
        let query = parse_query(&text);
        for target in [Target::Documents, Target::Quotes] {
            let hits = search(index, &query, target);
            prop_assert!(hits.windows(2).all(|pair| pair[0].score >= pair[1].score));
        }
        let highlighter = Highlighter::new(index, &query);
        for document in &corpus.documents {
            let ranges = highlighter.ranges(&document.text);
            let mut rebuilt = String::new();
            let mut at = 0;
            for range in &ranges {
                prop_assert!(range.start >= at && range.start < range.end);
                rebuilt.push_str(&document.text[at..range.start]);
                rebuilt.push_str(&document.text[range.clone()]);
                at = range.end;
            }
            rebuilt.push_str(&document.text[at..]);
            prop_assert_eq!(&rebuilt, &document.text);
            // An excerpt is centred on a match, whenever there is one.
            let anchor = excerpt_anchor(&document.text, &ranges, 180);
            prop_assert_eq!(anchor.is_some(), !ranges.is_empty());
            prop_assert!(anchor.is_none_or(|anchor| ranges.iter().any(|range| range.start == anchor)));
        }
    }

    #[test]
    fn postings_round_trip(gaps in proptest::collection::vec((0u32..5_000, proptest::collection::btree_set(0u32..1_000_000, 1..6)), 0..40)) {
        let mut list = PostingList::default();
        let mut expected = Vec::new();
        let mut entry = 0;
        for (index, (gap, positions)) in gaps.iter().enumerate() {
            entry += gap + u32::from(index > 0);
            let positions: Vec<u32> = positions.iter().copied().collect();
            list.push(entry, 0, &positions);
            expected.push(Posting { entry, field: 0, positions });
        }
        prop_assert_eq!(list.iter().collect::<Vec<_>>(), expected);
    }
}
