//! The user interface: the only module that touches the browser (Leptos, web-sys, gloo, wasm-bindgen).
//!
//! `view_state`, `format`, `result_count`, `citation`, `embed_snippet` and `failure` are pure and compiled everywhere so they are tested natively; the components are
//! compiled for the browser only.

pub mod citation;
pub mod embed_snippet;
pub mod failure;
pub mod format;
pub mod result_count;
pub mod view_state;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod bundle_fetch;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod device_store;
#[cfg(target_arch = "wasm32")]
mod embed;
#[cfg(target_arch = "wasm32")]
mod local_library;
#[cfg(target_arch = "wasm32")]
mod location;
#[cfg(target_arch = "wasm32")]
mod panic_notice;
#[cfg(target_arch = "wasm32")]
mod preference;
#[cfg(target_arch = "wasm32")]
mod timing;

#[cfg(target_arch = "wasm32")]
pub use app::{App, Explorer};
#[cfg(target_arch = "wasm32")]
pub use panic_notice::{fail_if_a_test_asks, install_panic_notice, show_failure_notice};
