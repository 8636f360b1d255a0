//! A search as the explorer runs it: the query text, the facet selection, what to list and in which
//! order → the parsed query, the filtered and ordered hits, and the facet panel's counts.

use crate::corpus::CalendarDate;

use super::facet::{apply_facets, FacetSelection, FacetTable, Faceted};
use super::index::{EntryKind, SearchIndex};
use super::query::{parse_query, Query};
use super::ranking::{matching, rank, Target};

/// How results are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Order {
    /// Best match first; with nothing typed, newest first.
    #[default]
    Relevance,
    Newest,
    Oldest,
}

/// What to search for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Request {
    pub query: String,
    pub selection: FacetSelection,
    pub target: Target,
    pub order: Order,
}

/// What a search found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Results {
    pub query: Query,
    pub faceted: Faceted,
}

pub fn run(index: &SearchIndex, table: &FacetTable, request: &Request) -> Results {
    let query = parse_query(&request.query);
    // Facets are counted over the hits in index order (their facet values are read in the order they
    // are laid out), and only the hits that pass them are ranked.
    let hits = matching(index, &query, request.target);
    let mut faceted = apply_facets(table, hits, &request.selection);
    let by_date = match request.order {
        Order::Relevance if query.terms.iter().all(|term| term.excluded) => Some(true),
        Order::Relevance => None,
        Order::Newest => Some(true),
        Order::Oldest => Some(false),
    };
    if let Some(newest_first) = by_date {
        // Undated entries last either way; the same date in index order (hits come in it, and the sort
        // is stable). One integer key per hit, as ranking has.
        radsort::sort_by_key(&mut faceted.hits, |hit| match table.earliest(hit.entry) {
            None => u32::MAX,
            Some(date) if newest_first => u32::MAX - 1 - day_number(date),
            Some(date) => day_number(date),
        });
    } else {
        rank(&mut faceted.hits);
    }
    Results { query, faceted }
}

/// Every document and quote that `query` matches and the chosen facet values keep, in index order,
/// neither ranked nor counted, whatever the chosen dates: what a timeline places (it draws the chosen
/// dates over all of them, so that the range can be seen and moved).
pub fn kept_entries(
    index: &SearchIndex,
    table: &FacetTable,
    query: &Query,
    selection: &FacetSelection,
) -> Vec<EntryKind> {
    let values_only = FacetSelection {
        values: selection.values.clone(),
        dates: None,
    };
    let entries = index.entries();
    matching(index, query, Target::Both)
        .into_iter()
        .filter(|hit| values_only.is_empty() || table.keeps(hit.entry, &values_only))
        .filter_map(|hit| entries.get(hit.entry as usize).map(|entry| entry.kind))
        .collect()
}

/// A number per day that orders as the days do (not a count of days: months are 32 apart).
fn day_number(date: CalendarDate) -> u32 {
    // Years are 1–9999, so this stays far below `u32::MAX`.
    (date.year().max(0) as u32) * 512 + u32::from(date.month()) * 32 + u32::from(date.day())
}
