//! A corpus with problems stops the build with messages naming each file and line; a good one builds.
//!
//! Runs `cargo check` on this package with `QUOTELINE_CORPUS_DIR` pointing at a corpus written here, in a
//! target folder of its own so the build under test never disturbs the one running these tests.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn check_with_corpus(corpus_dir: &Path) -> (bool, String) {
    let package_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let output = Command::new(env!("CARGO"))
        .args([
            "check",
            "--lib",
            "--offline",
            "--quiet",
            "--message-format=short",
        ])
        .current_dir(&package_dir)
        .env("QUOTELINE_CORPUS_DIR", corpus_dir)
        .env(
            "CARGO_TARGET_DIR",
            package_dir.join("target/corpus-build-check"),
        )
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output.status.success(), stderr)
}

fn write_corpus(name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    for (file, bytes) in files {
        fs::write(dir.join(file), bytes).unwrap();
    }
    dir
}

#[test]
fn a_broken_corpus_fails_the_build_naming_file_and_line_and_a_good_one_builds() {
    let broken = write_corpus(
        "broken-corpus",
        &[
            (
                "manifest.toml",
                b"[[document]]\nfile = \"a.txt\"\npublished = \"Dec 2023\"\n\n[[document]]\nfile = \"missing.txt\"\n",
            ),
            ("a.txt", b"A perfectly good headline here\n\nBody.\n"),
            ("b.txt", b"First line\nLatin-1 caf\xE9\n"),
        ],
    );
    let (success, stderr) = check_with_corpus(&broken);
    assert!(!success, "the build should fail:\n{stderr}");
    for expected in [
        "manifest.toml:3:13: error: \"Dec 2023\" is not a date",
        "manifest.toml:5:1: error: there is no file named \"missing.txt\"",
        "b.txt:2:12: error: is not valid UTF-8 text here",
    ] {
        assert!(
            stderr.contains(expected),
            "missing `{expected}` in:\n{stderr}"
        );
    }

    let unparsable = write_corpus(
        "unparsable-corpus",
        &[("manifest.toml", b"[corpus\n"), ("a.txt", b"Text.")],
    );
    let (success, stderr) = check_with_corpus(&unparsable);
    assert!(!success);
    assert!(stderr.contains("manifest.toml:1:"), "{stderr}");

    let good = write_corpus(
        "good-corpus",
        &[
            (
                "manifest.toml",
                b"[[document]]\nfile = \"a.txt\"\npublished = \"2023-12\"\n",
            ),
            ("a.txt", b"A perfectly good headline here\n\nBody.\n"),
        ],
    );
    let (success, stderr) = check_with_corpus(&good);
    assert!(success, "a good corpus should build:\n{stderr}");
}
