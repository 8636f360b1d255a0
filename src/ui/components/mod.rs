//! The explorer's components, one per file, each named after its file.

mod attribution_card;
mod bundle_progress;
mod concordance_list;
mod copy_button;
mod corpus_overview;
mod document_list;
mod embed_dialog;
mod export_menu;
mod facet_panel;
mod figure_table;
mod marked_text;
mod published_label;
mod reader;
mod result_list;
mod search_box;
mod search_panel;
mod speaker_list;
mod theme_switch;
mod timeline_canvas;
mod timeline_list;
mod timeline_view;
mod view_link;

pub use attribution_card::AttributionCard;
pub use bundle_progress::BundleProgress;
pub use concordance_list::ConcordanceList;
pub use copy_button::CopyButton;
pub use corpus_overview::CorpusOverview;
pub use document_list::DocumentList;
pub use embed_dialog::EmbedDialog;
pub use export_menu::ExportMenu;
pub use facet_panel::FacetPanel;
pub use figure_table::FigureTable;
pub use marked_text::MarkedText;
pub use published_label::PublishedLabel;
pub use reader::Reader;
pub use result_list::ResultList;
pub use search_box::SearchBox;
pub use search_panel::SearchPanel;
pub use speaker_list::{speaker_page, SpeakerHeader, SpeakerList};
pub use theme_switch::ThemeSwitch;
pub use timeline_view::TimelineView;
pub use view_link::{follow_view_link, ViewLink};

use super::format::grouped;
