//! The app shell: the corpus and the address as contexts, and the two panes they drive.

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::bundle_fetch::{load_bundle, LoadProgress, OpenedBundle};
use super::components::{
    follow_view_link, BundleProgress, CorpusOverview, DocumentList, EmbedDialog, FailureNote,
    LocalDocumentsButton, LocalDocumentsDialog, Reader, SearchPanel, ThemeSwitch, ViewLink,
};
use super::embed::HeightReporter;
use super::failure::Failure;
use super::local_library::LocalLibrary;
use super::location::Location;
use super::panic_notice::take_kept_failure;
use super::timing::measured;
use super::view_state::{BundlePath, IgnoredReason, ViewState};
use crate::analysis::{analyze, Analysis};
use crate::bundled::bundled_corpus;
use crate::corpus::{join_local, Corpus, Diagnostic};
use crate::search::{FacetTable, SearchIndex};
use crate::timeline::ItemCatalogue;

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
    catalogue: Arc<OnceLock<Arc<ItemCatalogue>>>,
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
            let (index, facets) = measured("quoteline:index", || {
                let index = SearchIndex::build(corpus, &analysis);
                let facets = FacetTable::build(corpus, &analysis, &index);
                (index, facets)
            });
            Arc::new(SearchData { index, facets })
        }))
    }

    pub fn analysis(&self) -> Arc<Analysis> {
        self.analysis.get()
    }

    /// What the timeline needs of the corpus (days and lanes), made the first time a timeline is shown.
    pub fn catalogue(&self) -> Arc<ItemCatalogue> {
        Arc::clone(self.catalogue.get_or_init(|| {
            let analysis = self.analysis.get();
            Arc::new(measured("quoteline:timeline-catalogue", || {
                ItemCatalogue::new(&self.analysis.corpus, &analysis)
            }))
        }))
    }
}

/// Characters of an ignored address parameter's value shown at the foot of the page.
const IGNORED_VALUE_CHARS: usize = 60;

/// How long the browser may put the start-up analysis off while it stays busy.
const IDLE_ANALYSIS_DEADLINE_MS: u32 = 1000;

/// Findings about the corpus that a reader should be able to see.
#[derive(Clone)]
pub struct CorpusDiagnostics(pub Arc<Vec<Diagnostic>>);

/// The crash a reload after it brought the reader back from, if this page load is one: the explorer opened
/// the overview instead of the view that failed, and says so.
#[derive(Clone)]
pub struct LastFailure(pub Option<Arc<Failure>>);

/// The address bar, the app's global state.
#[derive(Clone, Copy)]
pub struct LocationContext(pub Location);

/// Analyses the corpus, recording how long it took as the User Timing measure `quoteline:analyze`, which
/// the browser benchmark reads.
fn timed_analysis(corpus: &Corpus) -> Analysis {
    measured("quoteline:analyze", || analyze(corpus))
}

/// The explorer on the corpus the address names (`?corpus=FILE`, a bundle on this site), or else on the
/// corpus compiled into this build.
#[component]
pub fn App() -> impl IntoView {
    // Before the address is read: a reload after a crash opens the overview, not the view that failed.
    let failure = take_kept_failure().map(Arc::new);
    if let Some(way_out) = failure.as_ref().and_then(|failure| failure.way_out()) {
        let window = gloo::utils::window();
        let path = window.location().pathname().unwrap_or_default();
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("{path}{}", way_out.state.to_query())),
            );
        }
    }
    provide_context(LastFailure(failure));
    let location = Location::from_window();
    // The reader's own documents outlive the explorer, which is rebuilt on the corpus they join.
    let library = LocalLibrary::restore();
    provide_context(library);
    let page_corpus = location.corpus();
    let (bundled, diagnostics) = match page_corpus {
        None => {
            let (corpus, diagnostics) = bundled_corpus();
            (Some(Arc::new(corpus)), Arc::new(diagnostics))
        }
        Some(_) => (None, Arc::default()),
    };
    // A bundle opened from this device takes the place of the page's corpus until closed.
    let explorer = move || match (library.opened.get(), &bundled, page_corpus.clone()) {
        // The reader's kept documents are read first (a few milliseconds), so that an address naming one
        // of them opens it rather than a "not found".
        _ if !library.restored.get() => ().into_any(),
        (Some((_, opened)), _, _) => explorer_on_bundle(location, opened, library),
        (None, Some(corpus), _) => {
            let corpus = Arc::clone(corpus);
            let diagnostics = Arc::clone(&diagnostics);
            (move || {
                let corpus = with_local(&corpus, library);
                let diagnostics = Arc::clone(&diagnostics);
                view! { <Explorer location corpus diagnostics /> }
            })
            .into_any()
        }
        (None, None, Some(path)) => view! { <BundleExplorer location path /> }.into_any(),
        (None, None, None) => ().into_any(),
    };
    view! {
        {explorer}
        <LocalDocumentsDialog />
    }
}

/// The explorer on an opened bundle, with the reader's documents if they have added any: the bundle's
/// analysis and index are of its corpus alone, so the joined corpus is analysed afresh.
fn explorer_on_bundle(location: Location, opened: OpenedBundle, library: LocalLibrary) -> AnyView {
    let OpenedBundle {
        corpus,
        analysis,
        search,
    } = opened;
    let joined = with_local(&corpus, library);
    if Arc::ptr_eq(&joined, &corpus) {
        view! { <Explorer location corpus analysis search /> }.into_any()
    } else {
        view! { <Explorer location corpus=joined /> }.into_any()
    }
}

/// `corpus` with the reader's documents after its own, or `corpus` itself when they have added none.
fn with_local(corpus: &Arc<Corpus>, library: LocalLibrary) -> Arc<Corpus> {
    library.texts.with(|texts| {
        if texts.is_empty() {
            Arc::clone(corpus)
        } else {
            Arc::new(join_local(corpus, texts).0)
        }
    })
}

/// The explorer on a corpus bundle, once it has downloaded; its progress until then, or why it failed.
#[component]
fn BundleExplorer(location: Location, path: BundlePath) -> impl IntoView {
    let (progress, set_progress) = signal(LoadProgress::Requesting);
    let name = path.file_name().to_owned();
    let opened = LocalResource::new(move || load_bundle(path.clone(), set_progress));
    move || match opened.get() {
        None => view! { <BundleProgress name=name.clone() progress /> }.into_any(),
        Some(Ok(opened)) => explorer_on_bundle(location, opened, expect_context::<LocalLibrary>()),
        Some(Err(failure)) => {
            view! { <BundleProgress name=name.clone() progress failure /> }.into_any()
        }
    }
}

/// The explorer on any corpus; its analysis and search index are built when first needed unless given.
#[component]
pub fn Explorer(
    #[prop(optional)] location: Option<Location>,
    corpus: Arc<Corpus>,
    #[prop(optional)] diagnostics: Arc<Vec<Diagnostic>>,
    #[prop(optional)] analysis: Option<Arc<Analysis>>,
    #[prop(optional)] search: Option<Arc<SearchData>>,
) -> impl IntoView {
    let location = location.unwrap_or_else(Location::from_window);
    let prebuilt = analysis.is_some();
    let analysis = AnalysisContext {
        corpus: Arc::clone(&corpus),
        analysis: Arc::new(analysis.map(OnceLock::from).unwrap_or_default()),
    };
    if !prebuilt {
        analysis.analyse_when_idle();
    }
    provide_context(SearchContext {
        analysis: analysis.clone(),
        built: Arc::new(search.map(OnceLock::from).unwrap_or_default()),
        catalogue: Arc::default(),
    });
    provide_context(analysis);
    provide_context(CorpusContext(Arc::clone(&corpus)));
    provide_context(CorpusDiagnostics(diagnostics));
    provide_context(LocationContext(location));

    // Parsing is cheap, but a memo stops every pane re-rendering when the address changes to the same view.
    let view_state = Memo::new(move |_| location.parsed().0);
    // A search cut to the length the app reads is said beside the search, not here.
    let ignored = move || {
        let mut ignored = location.parsed().1;
        ignored.retain(|parameter| {
            !(parameter.key == "q" && parameter.reason == IgnoredReason::Shortened)
        });
        ignored
    };
    // A memo of its own: the panes below are rebuilt when the open document changes, not on every
    // keystroke in the search box.
    let open_document = Memo::new(move |_| view_state.with(|state| state.document.clone()));

    let corpus_for_title = Arc::clone(&corpus);
    Effect::new(move |_| {
        let page_title = match open_document
            .get()
            .and_then(|id| corpus_for_title.document(id.as_str()))
        {
            Some(document) => format!("{} — Quoteline", document.title),
            None => format!("{} — Quoteline", corpus_for_title.title()),
        };
        gloo::utils::document().set_title(&page_title);
    });

    let corpus_for_reader = Arc::clone(&corpus);
    let reader_pane = move || {
        match open_document.get() {
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

    let embedded = location.embedded();
    // Embedded, the frame tells the page around it how tall it is, for as long as it shows.
    let app_element = NodeRef::<leptos::html::Div>::new();
    if embedded {
        let reporter = StoredValue::new_local(None::<HeightReporter>);
        app_element.on_load(move |element| {
            reporter.set_value(Some(HeightReporter::start(element.into())));
        });
    }
    let corpus_title = corpus.title().to_owned();
    let masthead = if embedded {
        // Compact: the brand (the corpus is the page's heading below), and the way out to the whole
        // explorer at the same view, in a new tab (the article stays where the reader left it).
        let full_explorer = move || location.href_embedded(&view_state.get(), false);
        view! {
            <header class="masthead masthead--embedded">
                <ViewLink state=ViewState::default() class="brand brand--small">
                    <span class="brand__mark" aria-hidden="true">"“"</span>
                    <span class="brand__name">"Quoteline"</span>
                </ViewLink>
                <a class="masthead__out" href=full_explorer target="_blank" rel="noopener">
                    "Open the full explorer"
                    <span class="visually-hidden">" (opens in a new tab)"</span>
                    <span aria-hidden="true">" ↗"</span>
                </a>
            </header>
        }
        .into_any()
    } else {
        view! {
            <header class="masthead">
                <ViewLink state=ViewState::default() class="brand">
                    <span class="brand__mark" aria-hidden="true">"“"</span>
                    <span class="brand__name">"Quoteline"</span>
                </ViewLink>
                <p class="masthead__corpus">{corpus_title.clone()}</p>
                <div class="masthead__actions">
                    <LocalDocumentsButton />
                    <EmbedDialog corpus_title />
                    <ThemeSwitch />
                </div>
            </header>
        }
        .into_any()
    };

    view! {
        <div
            class="app"
            class:app--embedded=embedded
            class:app--reading=move || open_document.with(Option::is_some)
            node_ref=app_element
            on:click=follow_view_link(location)
        >
            {masthead}
            <div class="workspace">
                {(!embedded).then(|| view! {
                    <nav class="sidebar" aria-labelledby="documents-heading">
                        <DocumentList />
                    </nav>
                })}
                <main class="pane" id="main"><FailureNote />{reader_pane}</main>
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
                                .map(|parameter| {
                                    // A pasted essay in the address is named, not reprinted.
                                    let value: String = parameter.value.chars().take(IGNORED_VALUE_CHARS).collect();
                                    let cut = if value.len() < parameter.value.len() { "…" } else { "" };
                                    format!("{}={value}{cut}", parameter.key)
                                })
                                .collect::<Vec<_>>()
                                .join(", ")
                        }}
                    </p>
                </Show>
            </footer>
        </div>
    }
}
