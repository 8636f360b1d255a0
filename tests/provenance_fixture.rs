//! Provenance on a corpus written for it: a press release's statement, split in two by a news article with
//! its numbers regrouped, is found as one statement, with the difference shown and the earliest source.

use std::fs;
use std::path::PathBuf;

use quoteline::analysis::{analyze, DiffKind};
use quoteline::corpus::{read_folder, SourceFile};
use serde::Deserialize;

#[derive(Deserialize)]
struct Expected {
    #[serde(rename = "match")]
    matches: Vec<ExpectedMatch>,
}

#[derive(Deserialize)]
struct ExpectedMatch {
    quotes: Vec<(String, String)>,
    relation: String,
    earliest: String,
}

#[test]
fn the_split_statement_is_matched_with_its_diff_and_earliest_source() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/provenance");
    let files: Vec<(String, Vec<u8>)> = fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap())
        .map(|entry| {
            (
                entry.file_name().to_string_lossy().into_owned(),
                fs::read(entry.path()).unwrap(),
            )
        })
        .filter(|(name, _)| name == "manifest.toml" || name.ends_with(".txt"))
        .collect();
    let sources: Vec<SourceFile<'_>> = files
        .iter()
        .map(|(name, bytes)| SourceFile { name, bytes })
        .collect();
    let (_, corpus, diagnostics) = read_folder(&sources);
    assert!(
        diagnostics.iter().all(|diagnostic| !diagnostic.is_error()),
        "{diagnostics:?}"
    );
    let analysis = analyze(&corpus);
    let expected: Expected =
        toml::from_str(&fs::read_to_string(dir.join("expected.toml")).unwrap()).unwrap();

    for expected_match in &expected.matches {
        let wanted: Vec<String> = expected_match
            .quotes
            .iter()
            .map(|(file, first_words)| {
                let document = corpus
                    .documents
                    .iter()
                    .find(|document| document.file == *file)
                    .unwrap();
                analysis
                    .quotes
                    .iter()
                    .find(|quote| {
                        corpus.documents[quote.document as usize].id == document.id
                            && quote.text(&document.text).starts_with(first_words.as_str())
                    })
                    .unwrap_or_else(|| panic!("no quote in {file} starting {first_words:?}"))
                    .id(&corpus)
            })
            .collect();
        let found = analysis
            .matches
            .iter()
            .find(|statement| statement.quotes == wanted)
            .unwrap_or_else(|| panic!("no match {wanted:?} among {:#?}", analysis.matches));
        assert_eq!(found.relation.id(), expected_match.relation);
        let earliest_file = found
            .earliest
            .as_deref()
            .and_then(|id| corpus.document(id))
            .map(|document| document.file.as_str());
        assert_eq!(earliest_file, Some(expected_match.earliest.as_str()));
        assert!(found.earliest_is_certain, "the dates are a day apart");
        let changes: Vec<(DiffKind, &str)> = found
            .diff
            .iter()
            .filter(|segment| segment.op != DiffKind::Equal)
            .map(|segment| (segment.op, segment.text.as_str()))
            .collect();
        assert!(
            changes.contains(&(DiffKind::Delete, "1200"))
                && changes.contains(&(DiffKind::Insert, "1,200")),
            "{changes:?}"
        );
    }
}
