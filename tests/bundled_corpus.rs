//! The corpus compiled into the build is the `corpus/` folder, byte for byte, with its manifest applied.

use std::fs;
use std::path::PathBuf;

use quoteline::bundled::bundled_corpus;
use quoteline::corpus::{parse_manifest, SourceFormat, MANIFEST_FILE_NAME};

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

#[test]
fn every_text_file_of_the_folder_is_bundled_byte_for_byte() {
    let (corpus, diagnostics) = bundled_corpus();
    assert_eq!(
        diagnostics,
        [],
        "the bundled corpus should build without findings"
    );
    let mut text_files: Vec<String> = fs::read_dir(corpus_dir())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| SourceFormat::of_file_name(name).is_some())
        .collect();
    text_files.sort();
    let bundled: Vec<&str> = corpus
        .documents
        .iter()
        .map(|document| document.file.as_str())
        .collect();
    assert_eq!(bundled, text_files);
    for document in &corpus.documents {
        let on_disk = fs::read(corpus_dir().join(&document.file)).unwrap();
        assert_eq!(
            document.text.as_bytes(),
            on_disk.as_slice(),
            "{} differs",
            document.file
        );
        assert!(!document.paragraphs.is_empty());
    }
}

#[test]
fn the_manifest_is_applied_to_the_bundled_documents() {
    let manifest_text = fs::read_to_string(corpus_dir().join(MANIFEST_FILE_NAME)).unwrap();
    let (manifest, diagnostics) = parse_manifest(MANIFEST_FILE_NAME, &manifest_text);
    assert_eq!(diagnostics, []);
    let (corpus, _) = bundled_corpus();
    assert_eq!(corpus.info, manifest.corpus);
    assert_eq!(corpus.events, manifest.events);
    for entry in &manifest.documents {
        let document = corpus
            .documents
            .iter()
            .find(|document| document.file == entry.file)
            .unwrap_or_else(|| panic!("{} is in the manifest but not bundled", entry.file));
        assert_eq!(document.publisher, entry.publisher);
        assert_eq!(document.author, entry.author);
        assert_eq!(document.kind, entry.kind);
        assert_eq!(document.url, entry.url);
        assert_eq!(document.site, entry.site);
        assert_eq!(document.published, entry.published);
    }
}
