//! The browser's address as a signal: read on start and on back/forward, written by [`Location::navigate`].

use std::cell::{Cell, RefCell};

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsValue;

use super::view_state::{BundlePath, IgnoredParameter, ViewState};

/// The query string of the address bar, as a signal. Copy it freely; it is signal handles.
#[derive(Clone, Copy)]
pub struct Location {
    search: ReadSignal<String>,
    set_search: WriteSignal<String>,
    /// What the page opened as: its corpus bundle and whether it is embedded. Every view it links to is on
    /// the same corpus and embedded alike (another corpus, or leaving the embed, is another page load).
    page: StoredValue<ViewState>,
    /// An address written in place (as typing writes it), not yet given to the browser's history.
    pending: StoredValue<Option<Timeout>, LocalStorage>,
}

/// How long the address bar waits after the last in-place change before it is written to history. The
/// view changes at once; only the browser's copy of the address waits. Writing it costs the browser a
/// millisecond or two per keystroke (and Chromium fetches the page's icon again each time), which a
/// keystroke's frame cannot spare, and browsers limit how often a page may write it.
const QUIET_BEFORE_WRITING_MS: u32 = 250;

thread_local! {
    /// The query string of the view on screen, which the address bar may not show yet (an in-place change
    /// waits [`QUIET_BEFORE_WRITING_MS`]): what a crash report must name.
    static SHOWN: RefCell<String> = const { RefCell::new(String::new()) };
    /// Set once the app has failed: from then on the history entry holds the failure's record, and a
    /// write still waiting must not replace it.
    static HALTED: Cell<bool> = const { Cell::new(false) };
}

/// The query string of the view on screen when the app last changed it; the address bar's when it has
/// not yet.
pub fn shown_search() -> String {
    SHOWN
        .try_with(|shown| shown.try_borrow().map(|shown| shown.clone()).ok())
        .ok()
        .flatten()
        .filter(|shown| !shown.is_empty())
        .unwrap_or_else(current_search)
}

/// Stops every later write to the browser's history: the app has failed, and its record is there.
pub fn halt_history() {
    let _ = HALTED.try_with(|halted| halted.set(true));
}

fn remember_shown(search: &str) {
    let _ = SHOWN.try_with(|shown| {
        if let Ok(mut shown) = shown.try_borrow_mut() {
            search.clone_into(&mut shown);
        }
    });
}

impl Location {
    /// Reads the current address and follows back/forward navigation until the owner is cleaned up.
    pub fn from_window() -> Location {
        let search_now = current_search();
        let opened = ViewState::parse(&search_now).0;
        let page = StoredValue::new(ViewState {
            corpus: opened.corpus,
            embed: opened.embed,
            ..ViewState::default()
        });
        remember_shown(&search_now);
        let (search, set_search) = signal(search_now);
        let pending = StoredValue::new_local(None::<Timeout>);
        let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
            // A write still waiting would put the view left behind over the one returned to.
            pending.update_value(|pending| {
                if let Some(write) = pending.take() {
                    write.cancel();
                }
            });
            let search = current_search();
            remember_shown(&search);
            set_search.set(search);
        });
        // The listener is removed when the app unmounts; `on_cleanup` needs `Send`, which a browser-only
        // listener is not, hence the wrapper (the app never leaves the main thread).
        let listener = SendWrapper::new(listener);
        on_cleanup(move || drop(listener));
        Location {
            search,
            set_search,
            page,
            pending,
        }
    }

    /// The corpus bundle the page shows, if not the built-in corpus.
    pub fn corpus(&self) -> Option<BundlePath> {
        self.page.with_value(|page| page.corpus.clone())
    }

    /// Whether the page is embedded in another (`embed=1`).
    pub fn embedded(&self) -> bool {
        self.page.with_value(|page| page.embed)
    }

    /// The link to `state` on the corpus being shown, embedded as the page is: `?` for the default view.
    pub fn href(&self, state: &ViewState) -> String {
        match self.on_page(state).to_query() {
            query if query.is_empty() => "?".to_owned(),
            query => query,
        }
    }

    /// The link to `state` on the corpus being shown, embedded or not whatever this page is: the embed's
    /// way out to the full explorer, the Embed dialog's way in.
    pub fn href_embedded(&self, state: &ViewState, embed: bool) -> String {
        let mut state = self.on_page(state);
        state.embed = embed;
        match state.to_query() {
            query if query.is_empty() => "?".to_owned(),
            query => query,
        }
    }

    /// `state` on this page: its corpus, embedded or not.
    fn on_page(&self, state: &ViewState) -> ViewState {
        self.page.with_value(|page| state.clone().on_page_of(page))
    }

    /// The view the address describes, and what in it was ignored.
    pub fn parsed(&self) -> (ViewState, Vec<IgnoredParameter>) {
        self.search.with(|search| ViewState::parse(search))
    }

    /// Shows `state`, adding an entry to the browser's history so Back returns to the previous view.
    pub fn navigate(&self, state: &ViewState) {
        self.show(state, History::Push);
    }

    /// Shows `state` in place of the current history entry: typing in the search box changes the view
    /// with every keystroke, and Back should not step through them.
    pub fn replace(&self, state: &ViewState) {
        self.show(state, History::Replace);
    }

    fn show(&self, state: &ViewState, history: History) {
        let query = self.on_page(state).to_query();
        // An embedded explorer's views are not entries in the host page's history: its Back button leaves
        // the article, not a search inside it. The explorer has its own ways back.
        let history = if self.embedded() {
            History::Replace
        } else {
            history
        };
        if self.search.with_untracked(|search| *search == query) {
            return;
        }
        let path = gloo::utils::window()
            .location()
            .pathname()
            .unwrap_or_default();
        let url = format!("{path}{query}");
        // Whatever was waiting is superseded: by this address in place, or written before a new entry.
        let waiting = self
            .pending
            .try_update_value(|pending| pending.take())
            .flatten();
        match history {
            History::Replace => {
                if let Some(write) = waiting {
                    write.cancel();
                }
                let write = Timeout::new(QUIET_BEFORE_WRITING_MS, move || {
                    write_history(&url, History::Replace);
                });
                self.pending.set_value(Some(write));
            }
            History::Push => {
                // The address typed so far is the entry Back returns to.
                if let Some(write) = waiting {
                    write.cancel();
                    let before = self
                        .search
                        .with_untracked(|search| format!("{path}{search}"));
                    write_history(&before, History::Replace);
                }
                write_history(&url, History::Push);
            }
        }
        remember_shown(&query);
        self.set_search.set(query);
    }
}

/// Gives the browser's history an address. Where history is unavailable (some sandboxed frames refuse
/// it), the view still changes: the address is the app's state, the history only its copy.
fn write_history(url: &str, history: History) {
    if HALTED.try_with(Cell::get).unwrap_or(true) {
        return;
    }
    let _ = gloo::utils::window()
        .history()
        .and_then(|browser_history| match history {
            History::Push => browser_history.push_state_with_url(&JsValue::NULL, "", Some(url)),
            History::Replace => {
                browser_history.replace_state_with_url(&JsValue::NULL, "", Some(url))
            }
        });
}

/// Whether a change of view is a new history entry or takes the current one's place.
#[derive(Clone, Copy)]
enum History {
    Push,
    Replace,
}

fn current_search() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}
