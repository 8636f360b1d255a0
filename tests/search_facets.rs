//! Facets on a generated corpus: every value's count is exactly what choosing it (alone in its facet)
//! would give under the query and the other facets; choosing values narrows the results to entries that
//! have one of them in every facet; a date range keeps what may fall in it. Plus a snapshot of the panel
//! for one query, to read.
#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Write as _;
use std::sync::OnceLock;

use expect_test::expect_file;
use proptest::prelude::*;
use quoteline::analysis::analyze;
use quoteline::corpus::{read_folder, CalendarDate};
use quoteline::search::{
    apply_facets, parse_query, search, FacetKind, FacetSelection, FacetTable, SearchIndex, Target,
};

fn generated() -> &'static (SearchIndex, FacetTable) {
    static BUILT: OnceLock<(SearchIndex, FacetTable)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let generated = quoteline::generate::generate(&quoteline::generate::GeneratorConfig {
            documents: 80,
            seed: 11,
        });
        let (_, corpus, _) = read_folder(&generated.sources());
        let analysis = analyze(&corpus);
        let index = SearchIndex::build(&corpus, &analysis);
        let table = FacetTable::build(&corpus, &analysis, &index);
        (index, table)
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
    #![proptest_config(ProptestConfig::with_cases(64))]
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
