//! The app shell: the corpus and the address as contexts, and the two panes they drive.

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::components::{CorpusOverview, DocumentList, Reader, SearchPanel, ViewLink};
use super::location::Location;
use super::view_state::ViewState;
use crate::analysis::{analyze, Analysis};
use crate::bundled::bundled_corpus;
use crate::corpus::{Corpus, Diagnostic};
use crate::search::{FacetTable, SearchIndex};

/// The corpus the explorer shows, shared with every component.
#[derive(Clone)]
pub struct CorpusContext(pub Arc<Corpus>);

/// What the analysis found in the corpus: quotes, speakers, matches. Computed once, when the browser is
/// first idle after the overview and the document list are on screen, or earlier if a view needs it first.
#[derive(Clone)]
pub struct AnalysisContext {
    corpus: Arc<Corpus>,
    analysis: Arc<OnceLock<Arc<Analysis>>>,
}

impl AnalysisContext {
    pub fn get(&self) -> Arc<Analysis> {
        Arc::clone(
            self.analysis
                .get_or_init(|| Arc::new(timed_analysis(&self.corpus))),
        )
    }

    /// Analyses the corpus when the browser is next idle (within a second), so that the first document
    /// opened finds the analysis done. Its cost is mostly the browser compiling the analysis code the first
    /// time it runs, whatever the corpus (docs/benchmarks/startup.md): idle time is where that belongs.
    fn analyse_when_idle(&self) {
        let context = self.clone();
        let analyse = Closure::once_into_js(move || {
            context.get();
        });
        let window = gloo::utils::window();
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(IDLE_ANALYSIS_DEADLINE_MS);
        // Browsers without requestIdleCallback (Safari) run it after the current task instead.
        let scheduled = window
            .request_idle_callback_with_options(analyse.unchecked_ref(), &options)
            .is_ok()
            || window
                .set_timeout_with_callback(analyse.unchecked_ref())
                .is_ok();
        debug_assert!(scheduled, "neither requestIdleCallback nor setTimeout");
    }
}

/// The search index and facet table of the corpus, built from its analysis the first time a search runs.
#[derive(Clone)]
pub struct SearchContext {
    analysis: AnalysisContext,
    built: Arc<OnceLock<Arc<SearchData>>>,
}

/// What a search reads.
pub struct SearchData {
    pub index: SearchIndex,
    pub facets: FacetTable,
}

impl SearchContext {
    pub fn get(&self) -> Arc<SearchData> {
        Arc::clone(self.built.get_or_init(|| {
            let analysis = self.analysis.get();
            let corpus = &self.analysis.corpus;
            let index = SearchIndex::build(corpus, &analysis);
            let facets = FacetTable::build(corpus, &analysis, &index);
            Arc::new(SearchData { index, facets })
        }))
    }

    pub fn analysis(&self) -> Arc<Analysis> {
        self.analysis.get()
    }
}

/// How long the browser may put the start-up analysis off while it stays busy.
const IDLE_ANALYSIS_DEADLINE_MS: u32 = 1000;

/// Findings about the corpus that a reader should be able to see.
#[derive(Clone)]
pub struct CorpusDiagnostics(pub Arc<Vec<Diagnostic>>);

/// The address bar, the app's global state.
#[derive(Clone, Copy)]
pub struct LocationContext(pub Location);

/// Analyses the corpus, recording how long it took as the User Timing measure `quoteline:analyze`, which
/// the browser benchmark reads (`performance.getEntriesByName`).
fn timed_analysis(corpus: &Corpus) -> Analysis {
    let performance = gloo::utils::window().performance();
    if let Some(performance) = &performance {
        let _ = performance.mark("quoteline:analyze:start");
    }
    let analysis = analyze(corpus);
    if let Some(performance) = &performance {
        let _ = performance.measure_with_start_mark("quoteline:analyze", "quoteline:analyze:start");
    }
    analysis
}

/// The explorer on the corpus compiled into this build.
#[component]
pub fn App() -> impl IntoView {
    let (corpus, diagnostics) = bundled_corpus();
    view! { <Explorer corpus=Arc::new(corpus) diagnostics=Arc::new(diagnostics) /> }
}

/// The explorer on any corpus.
#[component]
pub fn Explorer(
    corpus: Arc<Corpus>,
    #[prop(optional)] diagnostics: Arc<Vec<Diagnostic>>,
) -> impl IntoView {
    let location = Location::from_window();
    let analysis = AnalysisContext {
        corpus: Arc::clone(&corpus),
        analysis: Arc::new(OnceLock::new()),
    };
    analysis.analyse_when_idle();
    provide_context(SearchContext {
        analysis: analysis.clone(),
        built: Arc::new(OnceLock::new()),
    });
    provide_context(analysis);
    provide_context(CorpusContext(Arc::clone(&corpus)));
    provide_context(CorpusDiagnostics(diagnostics));
    provide_context(LocationContext(location));

    // Parsing is cheap, but a memo stops every pane re-rendering when the address changes to the same view.
    let view_state = Memo::new(move |_| location.parsed().0);
    let ignored = move || location.parsed().1;
    let open_document = move || view_state.with(|state| state.document.clone());

    let corpus_for_title = Arc::clone(&corpus);
    Effect::new(move |_| {
        let page_title = match open_document().and_then(|id| corpus_for_title.document(id.as_str()))
        {
            Some(document) => format!("{} — Quoteline", document.title),
            None => format!("{} — Quoteline", corpus_for_title.title()),
        };
        gloo::utils::document().set_title(&page_title);
    });

    let corpus_for_reader = Arc::clone(&corpus);
    let reader_pane = move || {
        match open_document() {
        None => view! { <CorpusOverview><SearchPanel /></CorpusOverview> }.into_any(),
        Some(id) => match corpus_for_reader.document(id.as_str()) {
            Some(document) => view! { <Reader document=document.clone() /> }.into_any(),
            None => view! {
                <div class="not-found" role="alert">
                    <h2>"No such document"</h2>
                    <p>{format!("This corpus has no document “{id}”. It may have been renamed or removed.")}</p>
                    <ViewLink state=ViewState::default()>"See all documents"</ViewLink>
                </div>
            }
            .into_any(),
        },
    }
    };

    view! {
        <div class="app" class:app--reading=move || open_document().is_some()>
            <header class="masthead">
                <ViewLink state=ViewState::default() class="brand">
                    <span class="brand__mark" aria-hidden="true">"“"</span>
                    <span class="brand__name">"Quoteline"</span>
                </ViewLink>
                <p class="masthead__corpus">{corpus.title().to_owned()}</p>
            </header>
            <div class="workspace">
                <nav class="sidebar" aria-labelledby="documents-heading">
                    <DocumentList />
                </nav>
                <main class="pane" id="main">{reader_pane}</main>
            </div>
            <footer class="colophon">
                <p>
                    "Quoteline runs entirely in your browser: the corpus is part of the page, and nothing you do here is sent anywhere."
                </p>
                <Show when=move || !ignored().is_empty()>
                    <p class="colophon__ignored">
                        "Ignored in the address: "
                        {move || {
                            ignored()
                                .iter()
                                .map(|parameter| format!("{}={}", parameter.key, parameter.value))
                                .collect::<Vec<_>>()
                                .join(", ")
                        }}
                    </p>
                </Show>
            </footer>
        </div>
    }
}
