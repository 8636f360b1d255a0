//! Search, data-driven: the queries of `fixtures/search/queries.txt` run against the analysis fixtures
//! read as one corpus, each with its ranked results and what is marked in them, as a snapshot. Run with
//! UPDATE_EXPECT=1 to accept a deliberate change, then read the diff.

use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

use expect_test::expect_file;
use quoteline::analysis::analyze;
use quoteline::corpus::{read_folder, SourceFile};
use quoteline::search::{parse_query, search, EntryKind, Highlighter, SearchIndex, Target};

/// Results listed per query.
const SHOWN: usize = 4;

/// `text` with the ranges marked as «…», cut to the words around the first mark.
fn marked(text: &str, ranges: &[std::ops::Range<usize>]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for range in ranges {
        out.push_str(&text[at..range.start]);
        out.push('«');
        out.push_str(&text[range.clone()]);
        out.push('»');
        at = range.end;
    }
    out.push_str(&text[at..]);
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let first = out.find('«').unwrap_or(0);
    let start = out[..first]
        .char_indices()
        .rev()
        .filter(|&(_, c)| c == ' ')
        .nth(5)
        .map_or(0, |(at, _)| at + 1);
    let mut end = out.len().min(start + 140);
    while !out.is_char_boundary(end) {
        end -= 1;
    }
    let ellipsis = if end < out.len() { " …" } else { "" };
    format!(
        "{}{}{ellipsis}",
        if start > 0 { "… " } else { "" },
        &out[start..end]
    )
}

#[test]
fn queries_find_rank_and_mark_what_they_should() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/analysis");
    let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ext == "txt" || ext == "md")
        })
        .filter(|path| !path.ends_with("README.md"))
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read(&path).unwrap())
        })
        .collect();
    files.sort();
    let sources: Vec<SourceFile> = files
        .iter()
        .map(|(name, bytes)| SourceFile { name, bytes })
        .collect();
    let (_, corpus, _) = read_folder(&sources);
    let analysis = analyze(&corpus);
    let index = SearchIndex::build(&corpus, &analysis);

    let queries = fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/search/queries.txt"),
    )
    .unwrap();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} documents, {} quotes, {} entries, {} words\n",
        corpus.documents.len(),
        analysis.quotes.len(),
        index.entries().len(),
        index.vocabulary_len()
    );
    for line in queries
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
    {
        let (target, text) = match line.split_once(": ") {
            Some(("documents", text)) => (Target::Documents, text),
            Some(("quotes", text)) => (Target::Quotes, text),
            _ => (Target::Quotes, line),
        };
        let query = parse_query(text);
        let hits = search(&index, &query, target);
        let highlighter = Highlighter::new(&index, &query);
        let _ = writeln!(out, "> {line:?}: {} results", hits.len());
        for note in &query.notes {
            let _ = writeln!(out, "  note: {note:?}");
        }
        for hit in hits.iter().take(SHOWN) {
            match index.entries()[hit.entry as usize].kind {
                EntryKind::Document { document } => {
                    let document = &corpus.documents[document as usize];
                    let title = highlighter.ranges(&document.title);
                    let body = highlighter
                        .first_match(document)
                        .map(|(text, ranges)| marked(text, &ranges));
                    let _ = writeln!(
                        out,
                        "  {:>6.2} {} | {} | {}",
                        hit.score,
                        document.id,
                        marked(&document.title, &title),
                        body.unwrap_or_default()
                    );
                }
                EntryKind::Quote { document, quote } => {
                    let document = &corpus.documents[document as usize];
                    let quote = &analysis.quotes[quote as usize];
                    let text = quote.text(&document.text);
                    let speaker = analysis
                        .speaker_of(quote)
                        .map_or("-".to_owned(), |speaker| {
                            let name = marked(&speaker.name, &highlighter.ranges(&speaker.name));
                            match &speaker.organisation {
                                Some(organisation) => format!(
                                    "{name} ({})",
                                    marked(organisation, &highlighter.ranges(organisation))
                                ),
                                None => name,
                            }
                        });
                    let _ = writeln!(
                        out,
                        "  {:>6.2} {} | {speaker} | {}",
                        hit.score,
                        quote.id(&corpus),
                        marked(&text, &highlighter.ranges(&text))
                    );
                }
            }
        }
    }
    expect_file!["snapshots/search_queries.txt"].assert_eq(&out);
}
