//! Quoteline: a static, embeddable explorer of who said what in a corpus of news articles and press
//! statements.
//!
//! The pure core (`corpus`, `analysis`, `search`, `timeline`) takes plain data and
//! returns plain data with diagnostics; it knows nothing of the browser and does no I/O, so it builds and is
//! tested natively. `ui` is the only module that touches the browser, and only its URL state is compiled
//! natively (it is pure too).

pub mod analysis;
pub mod bundle;
pub mod bundled;
pub mod corpus;
pub mod eval;
pub mod generate;
pub mod search;
pub mod serial;
pub mod timeline;
pub mod ui;
