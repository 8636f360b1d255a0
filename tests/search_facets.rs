//! Facets on a generated corpus: every value's count is exactly what choosing it (alone in its facet)
//! would give under the query and the other facets; choosing values narrows the results to entries that
//! have one of them in every facet; a date range keeps what may fall in it. Plus a snapshot of the panel
//! for one query, to read.
#![cfg(not(target_arch = "wasm32"))]

mod case_budget;

use std::fmt::Write as _;
use std::sync::OnceLock;

use expect_test::expect_file;
use proptest::prelude::*;
use quoteline::analysis::{analyze, Analysis};
use quoteline::corpus::{read_folder, CalendarDate};
use quoteline::search::tally_speakers;
use quoteline::search::{
    apply_facets, kept_entries, parse_query, run, search, FacetKind, FacetSelection, FacetTable,
    Order, Request, SearchIndex, Target,
};
use quoteline::ui::result_count::named_speakers;

fn generated() -> (&'static SearchIndex, &'static FacetTable) {
    let (_, index, table) = generated_with_analysis();
    (index, table)
}

fn generated_with_analysis() -> &'static (Analysis, SearchIndex, FacetTable) {
    static BUILT: OnceLock<(Analysis, SearchIndex, FacetTable)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let generated = quoteline::generate::generate(&quoteline::generate::GeneratorConfig {
            documents: 80,
            seed: 11,
        });
        let (_, corpus, _) = read_folder(&generated.sources());
        let analysis = analyze(&corpus);
        let index = SearchIndex::build(&corpus, &analysis);
        let table = FacetTable::build(&corpus, &analysis, &index);
        (analysis, index, table)
    })
}

const QUERIES: [&str; 4] = ["", "council", "said -housing", "\"per cent\""];

/// A query, a target, facet values picked by (facet, value) and a month range.
type Case = (usize, usize, Vec<(usize, usize)>, Option<(u8, u8)>);

fn selection_strategy() -> impl Strategy<Value = Case> {
    (
        0..QUERIES.len(),
        0..2usize,
        proptest::collection::vec((0..5usize, 0..40usize), 0..4),
        proptest::option::of((1..=12u8, 1..=12u8)),
    )
}

proptest! {
    #![proptest_config(case_budget::config(64))]
    #[test]
    fn every_count_is_what_choosing_its_value_gives((query, target, picks, months) in selection_strategy()) {
        let (index, table) = generated();
        let target = [Target::Quotes, Target::Documents][target];
        let hits = search(index, &parse_query(QUERIES[query]), target);
        let mut selection = FacetSelection::default();
        for (facet, value) in picks {
            let values = table.facets[facet].values.len();
            if values > 0 {
                selection.values[facet].push((value % values) as u32);
            }
        }
        if let (Some((a, b)), Some((first, last))) = (months, table.date_span()) {
            let year = first.year().max(last.year() - 1);
            let start = CalendarDate::new(year, a.min(b), 1).unwrap();
            let end = CalendarDate::new(year, a.max(b), 28).unwrap();
            selection.dates = Some(start..=end);
        }
        let faceted = apply_facets(table, hits.clone(), &selection);
        for kind in FacetKind::ALL {
            for &(value, count) in &faceted.counts[kind as usize] {
                let mut alone = selection.clone();
                alone.values[kind as usize] = vec![value];
                let chosen = apply_facets(table, hits.clone(), &alone);
                prop_assert_eq!(chosen.hits.len() as u32, count, "{:?} {}", kind, value);
            }
        }
        let mut no_dates = selection.clone();
        no_dates.dates = None;
        let month_total: u32 = faceted.months.iter().map(|month| month.count).sum();
        prop_assert_eq!(
            month_total + faceted.undated,
            apply_facets(table, hits, &no_dates).hits.len() as u32
        );
    }
}

proptest! {
    #![proptest_config(case_budget::config(32))]
    /// A search as the explorer runs it lists what searching then filtering gives, in the order asked:
    /// by score (ties in index order), or by date with undated entries last (ties in index order).
    #[test]
    fn a_run_lists_the_filtered_hits_in_the_order_asked(
        (query, target, picks, _) in selection_strategy(),
        order in 0..3usize,
    ) {
        let (index, table) = generated();
        let target = [Target::Quotes, Target::Documents][target];
        let mut selection = FacetSelection::default();
        for (facet, value) in picks {
            let values = table.facets[facet].values.len();
            if values > 0 {
                selection.values[facet].push((value % values) as u32);
            }
        }
        let order = [Order::Relevance, Order::Newest, Order::Oldest][order];
        let request = Request { query: QUERIES[query].to_owned(), selection: selection.clone(), target, order };
        let listed = run(index, table, &request).faceted.hits;
        let hits = search(index, &parse_query(QUERIES[query]), target);
        let mut expected: Vec<u32> = apply_facets(table, hits, &selection).hits.iter().map(|hit| hit.entry).collect();
        let mut entries: Vec<u32> = listed.iter().map(|hit| hit.entry).collect();
        expected.sort_unstable();
        entries.sort_unstable();
        prop_assert_eq!(entries, expected);
        let by_date = order != Order::Relevance || QUERIES[query].is_empty();
        for pair in listed.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if by_date {
                let (a_date, b_date) = (table.earliest(a.entry), table.earliest(b.entry));
                let in_order = match (a_date, b_date) {
                    (Some(_), None) => true,
                    (None, Some(_)) => false,
                    (Some(x), Some(y)) if x != y => (x > y) == (order != Order::Oldest),
                    _ => a.entry < b.entry,
                };
                prop_assert!(in_order, "{:?} then {:?}", a_date, b_date);
            } else {
                prop_assert!(a.score > b.score || (a.score == b.score && a.entry < b.entry));
            }
        }
    }
}

proptest! {
    #![proptest_config(case_budget::config(32))]
    /// What a timeline places: the documents and the quotes a search of each with the same facet values
    /// lists, whatever the dates chosen (the timeline draws the range over them).
    #[test]
    fn the_kept_entries_are_both_searches_without_the_dates((query, _, picks, months) in selection_strategy()) {
        let (index, table) = generated();
        let mut selection = FacetSelection::default();
        for (facet, value) in picks {
            let values = table.facets[facet].values.len();
            if values > 0 {
                selection.values[facet].push((value % values) as u32);
            }
        }
        let without_dates = selection.clone();
        if let (Some((a, b)), Some((first, _))) = (months, table.date_span()) {
            let start = CalendarDate::new(first.year(), a.min(b), 1).unwrap();
            let end = CalendarDate::new(first.year(), a.max(b), 28).unwrap();
            selection.dates = Some(start..=end);
        }
        let parsed = parse_query(QUERIES[query]);
        let kept: Vec<u32> = kept_entries(index, table, &parsed, &selection)
            .into_iter()
            .map(|kind| index.entries().iter().position(|entry| entry.kind == kind).unwrap() as u32)
            .collect();
        let mut expected: Vec<u32> = [Target::Documents, Target::Quotes]
            .into_iter()
            .flat_map(|target| apply_facets(table, search(index, &parsed, target), &without_dates).hits)
            .map(|hit| hit.entry)
            .collect();
        expected.sort_unstable();
        prop_assert!(kept.windows(2).all(|pair| pair[0] < pair[1]), "in index order");
        prop_assert_eq!(kept, expected);
    }
}

#[test]
fn the_panel_for_a_query() {
    let (index, table) = generated();
    let hits = search(index, &parse_query("council "), Target::Quotes);
    let mut selection = FacetSelection::default();
    let direct = table.facet(FacetKind::QuoteKind).find("direct").unwrap();
    selection.values[FacetKind::QuoteKind as usize].push(direct);
    let faceted = apply_facets(table, hits.clone(), &selection);
    let mut out = format!(
        "\"council\" in quotes: {} results, {} direct\n",
        hits.len(),
        faceted.hits.len()
    );
    for kind in FacetKind::ALL {
        let facet = table.facet(kind);
        let shown: Vec<String> = faceted.counts[kind as usize]
            .iter()
            .take(4)
            .map(|&(value, count)| format!("{} {count}", facet.values[value as usize].label))
            .collect();
        let _ = writeln!(
            out,
            "{}: {} values; {}",
            kind.label(),
            faceted.counts[kind as usize].len(),
            shown.join(", ")
        );
    }
    let months: Vec<String> = faceted
        .months
        .iter()
        .take(6)
        .map(|month| format!("{}-{:02} {}", month.year, month.month, month.count))
        .collect();
    let _ = writeln!(
        out,
        "months: {} with results, first {}; undated {}",
        faceted.months.len(),
        months.join(", "),
        faceted.undated
    );
    expect_file!["snapshots/search_facets.txt"].assert_eq(&out);
}

/// The speakers view's heading and the speaker filter count the same people: the row of quotes whose
/// speaker was not found is no speaker ("1,869 speakers" once stood over "Show all 1868").
#[test]
fn the_speakers_counted_are_the_speaker_filters_values() {
    let (analysis, index, table) = generated_with_analysis();
    let mut unattributed = false;
    for query in QUERIES {
        let results = run(
            index,
            table,
            &Request {
                query: query.to_owned(),
                selection: FacetSelection::default(),
                target: Target::Quotes,
                order: Order::Relevance,
            },
        );
        let tallies = tally_speakers(index, analysis, &results.faceted.hits);
        unattributed |= tallies.iter().any(|tally| tally.speaker.is_none());
        assert_eq!(
            named_speakers(&tallies),
            results.faceted.counts[FacetKind::Speaker as usize].len(),
            "{query:?}"
        );
    }
    assert!(
        unattributed,
        "the generator leaves some quotes unattributed"
    );
}
