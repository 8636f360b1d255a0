//! Ingestion on arbitrary bytes: a folder of files that are text, broken UTF-8, binary, NUL-ridden or
//! byte-order-marked, with any manifest, is read without a panic; a file that cannot be read as text is
//! named in an error and yields no document; every document's paragraphs are byte ranges of its text, on
//! character boundaries, in order and apart. `PROPTEST_CASES=100000 cargo test --test corpus_properties`
//! runs it for longer.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use quoteline::corpus::{decode_text, read_folder, Severity, SourceFile};

/// File contents as they come: text with the marks of scraped pages, or bytes that are no text at all.
fn file_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        "\\PC{0,40}".prop_map(String::into_bytes),
        Just(b"\n\n".to_vec()),
        Just(b"\r\n".to_vec()),
        Just("\u{FEFF}".as_bytes().to_vec()),
        Just(b"\xEF\xBB\xBF".to_vec()),
        Just(b"\0".to_vec()),
        Just(b"\xFF\xFE".to_vec()),
        Just(b"\xED\xA0\x80".to_vec()),
        Just("“Quoted,” she said. ".as_bytes().to_vec()),
        Just(b"# Headline\n".to_vec()),
        Just(b"<p>markup</p>".to_vec()),
        prop::collection::vec(any::<u8>(), 0..24),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

/// A manifest: well-formed entries for the files, broken TOML, or bytes.
fn manifest_bytes() -> impl Strategy<Value = Option<Vec<u8>>> {
    proptest::option::of(prop_oneof![
        Just(
            b"[corpus]\ntitle = \"T\"\n\n[[document]]\nfile = \"0.txt\"\npublished = \"2023-12\"\n"
                .to_vec()
        ),
        Just(
            b"[[document]]\nfile = \"1.md\"\npublished = \"2023-13-45\"\nurl = \"javascript:x\"\n"
                .to_vec()
        ),
        Just(b"[[event]]\ndate = \"2023\"\ntitle = \"E\"\n".to_vec()),
        "\\PC{0,80}".prop_map(String::into_bytes),
        prop::collection::vec(any::<u8>(), 0..64),
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_folder_is_read_and_its_paragraphs_are_ranges_of_its_text(
        files in prop::collection::vec(file_bytes(), 0..4),
        manifest in manifest_bytes(),
    ) {
        let names: Vec<String> = (0..files.len())
            .map(|index| format!("{index}.{}", if index % 2 == 0 { "txt" } else { "md" }))
            .collect();
        let mut sources: Vec<SourceFile<'_>> = names
            .iter()
            .zip(&files)
            .map(|(name, bytes)| SourceFile { name, bytes })
            .collect();
        if let Some(manifest) = &manifest {
            sources.push(SourceFile { name: "manifest.toml", bytes: manifest });
        }
        let (_, corpus, diagnostics) = read_folder(&sources);
        prop_assert!(corpus.documents.len() <= files.len());
        for source in sources.iter().filter(|source| source.name != "manifest.toml") {
            if decode_text(*source).is_err() {
                prop_assert!(
                    diagnostics.iter().any(|d| d.severity == Severity::Error && d.file == source.name),
                    "no error names {}", source.name
                );
                prop_assert!(corpus.documents.iter().all(|document| document.file != source.name));
            }
        }
        for document in &corpus.documents {
            let mut end = 0;
            for paragraph in &document.paragraphs {
                prop_assert!(paragraph.start >= end && paragraph.start <= paragraph.end);
                prop_assert!(document.text.get(paragraph.range()).is_some(), "{:?} off a boundary", paragraph.range());
                end = paragraph.end;
            }
            prop_assert!(end <= document.text.len());
        }
    }
}
