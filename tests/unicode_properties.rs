//! Every function that cuts, steps through or marks text, run on the characters real news holds and our
//! own corpora did not: spaces wider than a byte (no-break, thin, hair, ideographic, narrow no-break),
//! line and paragraph separators, zero-width characters, byte-order marks, combining marks, emoji with
//! modifiers and joiners, right-to-left text and the replacement character a lone surrogate decodes to.
//! Whatever the text, nothing panics, every offset lies on a character boundary, and a mark covers
//! the very text that was searched for (the query is drawn from the text itself).
#![cfg(not(target_arch = "wasm32"))]

mod case_budget;
mod text_corpus;

use proptest::prelude::*;
use proptest::sample::Index;
use quoteline::analysis::{
    analyze, figures_csv, find_figures, quotes_csv, segment_paragraph, word_diff, Analysis,
    AnalysisReport,
};
use quoteline::corpus::{excerpt, title_text, Corpus};
use quoteline::search::{
    claims_found, concordance, excerpt_anchor, run, snippet, tally_speakers, tokenize,
    ConcordanceOrder, FacetSelection, FacetTable, Highlighter, Order, Request, SearchIndex, Target,
};
use quoteline::timeline::{ItemCatalogue, LaneBy, Timeline};
use quoteline::ui::citation::citation;
use quoteline::ui::view_state::ViewState;
use text_corpus::corpus_of;

/// The characters our corpora never held, one piece each.
const HOSTILE: &[&str] = &[
    "\u{a0}",                 // no-break space
    "\u{2009}",               // thin space
    "\u{200a}",               // hair space
    "\u{3000}",               // ideographic space
    "\u{202f}",               // narrow no-break space (French thousands, "10 000")
    "\u{2028}",               // line separator
    "\u{2029}",               // paragraph separator
    "\u{200b}",               // zero-width space
    "\u{200d}",               // zero-width joiner
    "\u{feff}",               // byte-order mark, mid-text
    "e\u{301}",               // a combining acute accent
    "\u{301}",                // a combining mark with nothing to sit on
    "👍🏽",                     // an emoji with a skin-tone modifier
    "👩\u{200d}👩\u{200d}👧", // a family joined by zero-width joiners
    "مرحبا",                  // Arabic, right to left
    "\u{200f}שלום\u{200e}",   // Hebrew between direction marks
    "\u{202e}",               // right-to-left override
    "\u{fffd}",               // what a lone surrogate decodes to
];

/// News-like pieces, so that quotes, speakers, cues and figures are found around the hostile characters.
const NEWS: &[&str] = &[
    "“",
    "”",
    "’",
    "'",
    "\"",
    " ",
    " ",
    ", ",
    ". ",
    "\n",
    "\n\n",
    "said",
    " said Ann Lee, the council’s leader. ",
    " told reporters. ",
    "The harbour",
    "the",
    "town",
    "fleet",
    "Mr",
    "Dr Jane Doe",
    "£4.2",
    "million",
    "1,200",
    "10\u{202f}000",
    "37",
    "per cent",
    "%",
    "$3.5bn",
];

fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(HOSTILE).prop_map(str::to_owned),
        6 => prop::sample::select(NEWS).prop_map(str::to_owned),
        1 => "[a-zA-Z]{1,8}",
        1 => "\\PC{1,3}",
    ];
    prop::collection::vec(piece, 0..90).prop_map(|pieces| pieces.concat())
}

/// A whole article: a headline, then paragraphs of hostile text.
fn article() -> impl Strategy<Value = String> {
    (hostile_text(), prop::collection::vec(hostile_text(), 1..6)).prop_map(
        |(headline, paragraphs)| {
            format!(
                "{}\n\n{}",
                headline.replace(['\n', '\u{2028}', '\u{2029}'], " "),
                paragraphs.join("\n\n")
            )
        },
    )
}

struct Built {
    corpus: Corpus,
    analysis: Analysis,
    index: SearchIndex,
    table: FacetTable,
}

fn build(texts: &[String]) -> Built {
    let corpus = corpus_of(texts);
    let analysis = analyze(&corpus);
    let index = SearchIndex::build(&corpus, &analysis);
    let table = FacetTable::build(&corpus, &analysis, &index);
    Built {
        corpus,
        analysis,
        index,
        table,
    }
}

fn on_boundaries(text: &str, range: &std::ops::Range<usize>) -> bool {
    range.start <= range.end && text.get(range.clone()).is_some()
}

/// A word of the corpus's story text, as written, to search for; or a phrase of it and the next word.
fn drawn_query(
    built: &Built,
    pick: Index,
    phrase: bool,
) -> Option<(String, u32, std::ops::Range<usize>)> {
    let mut words = Vec::new();
    for (position, document) in built.corpus.documents.iter().enumerate() {
        // Only the story is indexed: a footer's words are not found.
        for paragraph in document
            .paragraphs
            .iter()
            .filter(|paragraph| paragraph.role.is_story())
        {
            let tokens = tokenize(&document.text[paragraph.start..paragraph.end]);
            for (at, token) in tokens.iter().enumerate() {
                let start = paragraph.start + token.range.start;
                let end = match (phrase, tokens.get(at + 1)) {
                    (true, Some(next)) => paragraph.start + next.range.end,
                    (true, None) => continue,
                    (false, _) => paragraph.start + token.range.end,
                };
                words.push((position as u32, start..end));
            }
        }
    }
    if words.is_empty() {
        return None;
    }
    let (document, range) = words[pick.index(words.len())].clone();
    let written = &built.corpus.documents[document as usize].text[range.clone()];
    // Quotation marks inside the words would end the phrase early; such a phrase is not drawn.
    if written.contains(['"', '“', '”']) {
        return None;
    }
    let query = if phrase {
        format!("\"{written}\"")
    } else {
        written.to_owned()
    };
    Some((query, document, range))
}

proptest! {
    #![proptest_config(case_budget::config(200))]

    /// Searching, marking, excerpts, snippets, the concordance in every order, figures, speakers and
    /// the timeline, on hostile text, for a word or phrase drawn from it.
    #[test]
    fn every_view_of_hostile_text_cuts_at_characters(
        texts in prop::collection::vec(article(), 1..4),
        pick in any::<Index>(),
        phrase in any::<bool>(),
    ) {
        let built = build(&texts);
        let Some((query, drawn_document, drawn)) = drawn_query(&built, pick, phrase) else {
            return Ok(());
        };
        let corpus = &built.corpus;
        for target in [Target::Quotes, Target::Documents, Target::Both] {
            for order in [Order::Relevance, Order::Newest] {
                let results = run(&built.index, &built.table, &Request {
                    query: query.clone(),
                    selection: FacetSelection::default(),
                    target,
                    order,
                });
                let hits = &results.faceted.hits;
                claims_found(&built.index, &built.analysis, hits, |_| true);
                let tallies = tally_speakers(&built.index, &built.analysis, hits);
                prop_assert!(tallies.iter().all(|tally| tally.speaker.is_none_or(|speaker| speaker < built.analysis.speakers.len())));
            }
        }
        let results = run(&built.index, &built.table, &Request {
            query: query.clone(),
            selection: FacetSelection::default(),
            target: Target::Documents,
            order: Order::Relevance,
        });
        let highlighter = Highlighter::new(&built.index, &results.query);
        // The words searched for are marked where they were drawn from.
        let text = &corpus.documents[drawn_document as usize].text;
        let ranges = highlighter.ranges(text);
        prop_assert!(
            ranges.iter().any(|range| range.start <= drawn.start && drawn.end <= range.end),
            "{:?} at {:?} is not marked in {:?}: {:?}", query, drawn, text, ranges
        );
        for document in &corpus.documents {
            let ranges = highlighter.ranges(&document.text);
            for range in &ranges {
                prop_assert!(on_boundaries(&document.text, range) && range.start < range.end);
            }
            if let Some(anchor) = excerpt_anchor(&document.text, &ranges, 84) {
                let (cut, marks) = snippet(&document.text, anchor, &ranges, 14);
                for mark in &marks {
                    prop_assert!(on_boundaries(&cut, mark));
                }
                prop_assert!(!marks.is_empty(), "the snippet keeps the match it is centred on");
            }
            if let Some((paragraph, ranges)) = highlighter.first_match(document) {
                let anchor = excerpt_anchor(paragraph, &ranges, 84).unwrap_or(ranges[0].start);
                let (cut, marks) = snippet(paragraph, anchor, &ranges, 3);
                let matched: Vec<&str> = ranges.iter().map(|range| &paragraph[range.clone()]).collect();
                for mark in &marks {
                    prop_assert!(matched.contains(&&cut[mark.clone()]), "{:?} in {:?}", mark, cut);
                }
            }
            excerpt(&document.text);
            title_text(&document.title);
        }
        let positions = 0..corpus.documents.len() as u32;
        for order in [ConcordanceOrder::Reading, ConcordanceOrder::Left, ConcordanceOrder::Right] {
            let found = concordance(corpus, positions.clone(), &highlighter, order);
            prop_assert!(found.total >= found.lines.len());
            for line in &found.lines {
                let text = &corpus.documents[line.document as usize].text;
                prop_assert!(on_boundaries(text, &line.range));
                prop_assert_eq!(&line.matched, &text[line.range.clone()]);
            }
        }
        let catalogue = ItemCatalogue::new(corpus, &built.analysis);
        for lane_by in [LaneBy::Organisation, LaneBy::Speaker] {
            Timeline::build(&catalogue, &built.analysis, lane_by, positions.clone(), 0..built.analysis.quotes.len() as u32);
        }
    }

    /// Quotes, their highlights in the reader, citations, the diff of two versions and the tables, on
    /// hostile text.
    #[test]
    fn quotes_figures_and_citations_of_hostile_text_cut_at_characters(
        texts in prop::collection::vec(article(), 1..3),
    ) {
        let built = build(&texts);
        let corpus = &built.corpus;
        let analysis = &built.analysis;
        for quote in &analysis.quotes {
            let document = &corpus.documents[quote.document as usize];
            let words = quote.text(&document.text);
            let cited = citation(analysis, quote, document, "?q=x");
            prop_assert!(cited.contains(words.split_whitespace().next().unwrap_or_default()));
            let segments = word_diff(&words, &words.replace('’', "'"));
            prop_assert!(segments.iter().all(|segment| segment.op == quoteline::analysis::DiffKind::Equal), "{:?}", segments);
            let highlights: Vec<(std::ops::Range<usize>, usize)> =
                quote.parts.iter().map(|part| (part.range(), 0)).collect();
            for paragraph in &document.paragraphs {
                for segment in segment_paragraph(&document.text, paragraph.start..paragraph.end, &highlights) {
                    prop_assert!(on_boundaries(&document.text, &segment.range));
                }
            }
        }
        for document in &corpus.documents {
            for paragraph in &document.paragraphs {
                let text = &document.text[paragraph.start..paragraph.end];
                for figure in find_figures(text) {
                    prop_assert!(on_boundaries(text, &figure.range()));
                    figure.phrase(text);
                    figure.number(text);
                }
            }
        }
        for figure in &analysis.figures {
            let text = &corpus.documents[figure.document as usize].text;
            prop_assert!(on_boundaries(text, &figure.mention.range()));
        }
        let report = AnalysisReport::new(corpus, analysis);
        quotes_csv(&report);
        figures_csv(&report);
    }

    /// An address carrying hostile text reads back as the view it names.
    #[test]
    fn an_address_with_hostile_text_reads_back(query in hostile_text()) {
        let state = ViewState { query, ..ViewState::default() };
        let (read, ignored) = ViewState::parse(&state.to_query());
        prop_assert_eq!(ignored, vec![]);
        let (again, _) = ViewState::parse(&read.to_query());
        prop_assert_eq!(again, read);
    }
}
