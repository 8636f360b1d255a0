//! Search: an index over documents and quotes, queries as people type them, and ranked results.
//!
//! Pure: a corpus and its analysis in, a [`SearchIndex`] out; a query string in, ranked [`Hit`]s out.
//! Every match keeps its byte range in the original text, for highlighting.

mod claim_list;
mod concordance;
mod facet;
mod highlight;
mod index;
mod posting;
mod query;
mod ranking;
mod results;
mod selection;
mod snippet;
mod speaker_tally;
mod stem;
mod token;

pub use claim_list::{claims_found, FoundClaim};
pub use concordance::{
    concordance, Concordance, ConcordanceLine, ConcordanceOrder, CONTEXT_CHARS, MAX_LINES,
};
pub use facet::{
    apply_facets, Facet, FacetKind, FacetSelection, FacetTable, FacetValue, Faceted, MonthCount,
};
pub use highlight::{excerpt_anchor, Highlighter};
pub use index::{Entry, EntryKind, Field, SearchIndex};
pub use posting::{Posting, PostingList};
pub use query::{parse_query, Matcher, Query, QueryNote, QueryTerm, MAX_QUERY_BYTES, MAX_TERMS};
pub use ranking::{expand, matching, rank, search, within_one_edit, Expansion, Hit, Target};
pub use results::{kept_entries, run, Order, Request, Results};
pub use selection::{selection_of, Claimants};
pub use snippet::snippet;
pub use speaker_tally::{tally_speakers, SpeakerTally};
pub use stem::stem;
pub use token::{key_of, tokenize, Token, MAX_KEY_BYTES};
