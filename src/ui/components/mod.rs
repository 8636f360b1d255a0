//! The explorer's components, one per file, each named after its file.

mod attribution_card;
mod corpus_overview;
mod document_list;
mod published_label;
mod reader;
mod view_link;

pub use attribution_card::AttributionCard;
pub use corpus_overview::CorpusOverview;
pub use document_list::DocumentList;
pub use published_label::PublishedLabel;
pub use reader::Reader;
pub use view_link::ViewLink;

use super::format::grouped;
