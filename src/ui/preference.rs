//! A reader's preferences on this device (the colour scheme): kept in the browser's storage where the page
//! may use it, and only for this visit where it may not (a sandboxed iframe, storage blocked). Never sent
//! anywhere, and never part of the address: the address is the view, the same for everyone.

use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    /// What is kept while storage is out of reach.
    static IN_MEMORY: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// The browser's storage for this site, if the page may use it (reaching it can throw: sandboxed frames,
/// blocked third-party storage).
fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The kept value of `key`.
pub fn read(key: &str) -> Option<String> {
    storage()
        .and_then(|storage| storage.get_item(key).ok().flatten())
        .or_else(|| IN_MEMORY.with(|kept| kept.borrow().get(key).cloned()))
}

/// Keeps `value` for `key`, or forgets it (`None`).
pub fn write(key: &str, value: Option<&str>) {
    let stored = storage().is_some_and(|storage| match value {
        Some(value) => storage.set_item(key, value).is_ok(),
        None => storage.remove_item(key).is_ok(),
    });
    IN_MEMORY.with(|kept| {
        let mut kept = kept.borrow_mut();
        match value {
            Some(value) if !stored => {
                kept.insert(key.to_owned(), value.to_owned());
            }
            _ => {
                kept.remove(key);
            }
        }
    });
}
