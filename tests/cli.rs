//! The `quoteline` command line, run as a user runs it.

use std::fs;
use std::path::PathBuf;
use std::process::{Command, Output};

fn quoteline(arguments: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_quoteline"))
        .args(arguments)
        .output()
        .expect("the binary runs")
}

#[test]
fn documents_prints_the_bundled_corpus_as_json() {
    let output = quoteline(&["documents"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let documents: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let documents = documents.as_array().unwrap();
    let corpus_files = fs::read_dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus"))
        .unwrap()
        .filter(|entry| {
            entry
                .as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|extension| extension == "txt")
        })
        .count();
    assert_eq!(documents.len(), corpus_files);
    for document in documents {
        let text = document["text"].as_str().unwrap();
        for paragraph in document["paragraphs"].as_array().unwrap() {
            let start = paragraph["start"].as_u64().unwrap() as usize;
            let end = paragraph["end"].as_u64().unwrap() as usize;
            assert!(text
                .get(start..end)
                .is_some_and(|slice| !slice.trim().is_empty()));
        }
    }
}

#[test]
fn documents_of_a_folder_reports_its_problems_and_fails() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-corpus");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("manifest.toml"),
        "[[document]]\nfile = \"a.txt\"\nkind = \"blog\"\n",
    )
    .unwrap();
    fs::write(
        dir.join("a.txt"),
        "Minister opens the new library today\n\nShe said it was overdue.\n",
    )
    .unwrap();
    let output = quoteline(&["documents", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("manifest.toml:3:8: error: unknown kind \"blog\""),
        "{stderr}"
    );
    let documents: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        documents[0]["title"], "Minister opens the new library today",
        "the rest is still read"
    );
}

#[test]
fn an_unknown_command_prints_usage_and_exits_2() {
    let output = quoteline(&["frobnicate"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("USAGE"));
}

#[test]
fn generate_writes_a_corpus_that_analyze_reads() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-generated");
    let _ = fs::remove_dir_all(&dir);
    let truth = dir.with_extension("truth.json");
    let output = quoteline(&[
        "generate",
        "--docs",
        "25",
        "--seed",
        "9",
        dir.to_str().unwrap(),
        "--truth",
        truth.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        fs::read_dir(&dir).unwrap().count(),
        26,
        "25 documents and a manifest"
    );
    let truth: serde_json::Value = serde_json::from_slice(&fs::read(&truth).unwrap()).unwrap();
    assert_eq!(truth["documents"].as_array().unwrap().len(), 25);

    let output = quoteline(&["analyze", dir.to_str().unwrap(), "--format", "json"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["documents"].as_array().unwrap().len(), 25);
    assert!(report["quotes"].as_array().unwrap().len() > 150);
    for key in ["speakers", "figures", "matches"] {
        assert!(report[key].is_array(), "{key} is missing");
    }
    let quote = &report["quotes"][0];
    for key in [
        "id",
        "document",
        "speaker",
        "text",
        "kind",
        "cue",
        "paragraphs",
    ] {
        assert!(quote.get(key).is_some(), "quotes lack {key}");
    }
}

#[test]
fn analyze_reads_what_it_can_and_fails_only_when_nothing_is_readable() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-bad-input");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("empty.txt"), "").unwrap();
    fs::write(
        dir.join("latin1.txt"),
        b"Caf\xe9 owner says \xe2\x80\x9cwe will stay open,\xe2\x80\x9d she said.\n",
    )
    .unwrap();
    fs::write(dir.join("binary.txt"), b"\x00\x01\x02PNG").unwrap();
    let output = quoteline(&["analyze", dir.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.contains("latin1.txt:1:4: warning: is not valid UTF-8"),
        "{stderr}"
    );
    assert!(stderr.contains("empty.txt: warning: is empty"), "{stderr}");
    assert!(
        stderr.contains("binary.txt:1:1: warning: contains NUL bytes"),
        "{stderr}"
    );

    let nothing = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-nothing");
    let _ = fs::remove_dir_all(&nothing);
    fs::create_dir_all(&nothing).unwrap();
    fs::write(nothing.join("empty.txt"), "  \n").unwrap();
    let output = quoteline(&["analyze", nothing.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no document"));
}

#[test]
fn bundle_writes_a_file_that_reads_back_as_the_corpus_analysed() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-bundle");
    let _ = fs::remove_dir_all(&dir);
    let output = quoteline(&[
        "generate",
        "--docs",
        "12",
        "--seed",
        "4",
        dir.to_str().unwrap(),
    ]);
    assert!(output.status.success());
    let file = dir.with_extension("bin");
    let output = quoteline(&[
        "bundle",
        dir.to_str().unwrap(),
        "-o",
        file.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let bundle = quoteline::bundle::Bundle::from_bytes(&fs::read(&file).unwrap()).unwrap();
    assert_eq!(bundle.corpus.documents.len(), 12);
    assert_eq!(
        bundle.index.entries().len(),
        12 + bundle.analysis.quotes.len()
    );

    let output = quoteline(&["bundle", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
}

/// A brat folder written for this test (tests/fixtures/brat: a wire story in US style, annotated by two
/// annotators, one of whose files holds a span past the text's end).
fn brat_fixture() -> String {
    format!("{}/tests/fixtures/brat", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn eval_scores_the_analysis_against_brat_annotations_and_names_bad_lines() {
    let output = quoteline(&["eval", &brat_fixture()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.contains(
            "capitol-vote_a1b2.ann:4:1: warning: T99: the span \"10 99999\" is past the text's end"
        ),
        "{stderr}"
    );
    // The scores, then every fault with its file and words. (A snapshot: attribution's gaps are visible
    // here, and it changes as they close.)
    expect_test::expect_file!["snapshots/eval_brat.txt"]
        .assert_eq(&String::from_utf8_lossy(&output.stdout));
}

#[test]
fn eval_scores_another_tools_quotes_by_the_same_rules() {
    let predictions = format!(
        "{}/tests/fixtures/brat-peer.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let output = quoteline(&["eval", &brat_fixture(), "--predictions", &predictions]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.contains("1 quotes fall outside their text"),
        "{stderr}"
    );
    // Two of six annotated quotes found (the peer's file has none for the second story); the headline
    // is no quote; both speakers right (a title before the name, or its absence, is no part of the match).
    assert!(
        stdout.contains("recall                       0.333 (2 found)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("precision                    0.667 (2 of our 3 direct quotes annotated)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("speaker accuracy             1.000 (2 right of 2 given a speaker)"),
        "{stdout}"
    );

    let missing = quoteline(&[
        "eval",
        &brat_fixture(),
        "--predictions",
        "no-such-file.json",
    ]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read no-such-file.json"));
}
