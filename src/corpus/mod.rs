//! The corpus: source files and their manifest, read into documents whose paragraphs keep byte offsets into
//! the original text.
//!
//! Pure: bytes in, values and [`Diagnostic`]s out, no I/O. `build.rs` compiles this folder too (to check a
//! corpus before it is bundled), so nothing here may name anything outside it: use `super::`, never `crate::`.

mod assembly;
mod date;
mod dateline;
mod diagnostic;
mod document;
mod html;
mod layout;
mod local;
mod manifest;
mod paragraph;
mod source;
mod title;

pub use assembly::{assemble, read_folder, Corpus};
pub use date::{
    month_abbreviation, CalendarDate, DateError, DateErrorKind, DatePrecision, PublishedDate,
};
pub use dateline::{parse_byline, parse_date_line, DateLine};
pub use diagnostic::{Diagnostic, Severity, TextPosition};
pub use document::{Document, DocumentId, TitleOrigin};
pub use html::{read_html, HtmlPage};
pub use layout::{analyse_layout, Furniture, Layout, ParagraphRole};
pub use local::{admit, join_local, refuse_unread, Admission, Held, Limits, LocalText};
pub use manifest::{
    parse_manifest, ContextEvent, CorpusInfo, DocumentEntry, DocumentKind, Manifest, SourceUrl,
    MANIFEST_FILE_NAME,
};
pub use paragraph::{split_paragraphs, Paragraph};
pub use source::{decode_lossy, decode_text, SourceFile, SourceFormat};
pub use title::{excerpt, find_headline, is_link_list, is_title_case, title_text};
