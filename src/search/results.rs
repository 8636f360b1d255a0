//! A search as the explorer runs it: the query text, the facet selection, what to list and in which
//! order → the parsed query, the filtered and ordered hits, and the facet panel's counts.

use super::facet::{apply_facets, FacetSelection, FacetTable, Faceted};
use super::index::SearchIndex;
use super::query::{parse_query, Query};
use super::ranking::{search, Target};

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
    let hits = search(index, &query, request.target);
    let mut faceted = apply_facets(table, hits, &request.selection);
    let by_date = match request.order {
        Order::Relevance if query.terms.iter().all(|term| term.excluded) => Some(true),
        Order::Relevance => None,
        Order::Newest => Some(true),
        Order::Oldest => Some(false),
    };
    if let Some(newest_first) = by_date {
        // Undated entries last either way; the same date in index order.
        faceted.hits.sort_by(|a, b| {
            let (a_date, b_date) = (table.earliest(a.entry), table.earliest(b.entry));
            let dated = b_date.is_some().cmp(&a_date.is_some());
            let by_date = if newest_first {
                b_date.cmp(&a_date)
            } else {
                a_date.cmp(&b_date)
            };
            dated.then(by_date).then(a.entry.cmp(&b.entry))
        });
    }
    Results { query, faceted }
}
