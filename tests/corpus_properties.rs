//! Ingestion on arbitrary bytes: a folder of files that are text, broken UTF-8, binary, NUL-ridden or
//! byte-order-marked, with any manifest, is read without a panic; a file that cannot be read as text is
//! named in an error and yields no document; every document's paragraphs are byte ranges of its text, on
//! character boundaries, in order and apart. Saved web pages among them are read as their text. And what a
//! reader adds in the browser is let in or refused one file at a time, within the limits, under names of
//! its own. `PROPTEST_CASES=100000 cargo test --test corpus_properties` runs it for longer.
#![cfg(not(target_arch = "wasm32"))]

mod case_budget;

use proptest::prelude::*;
use std::collections::HashSet;

use quoteline::corpus::{admit, decode_text, read_folder, Held, Limits, Severity, SourceFile};

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
        Just(b"<script>if (a < b) { x = '</p>' }</script>".to_vec()),
        Just(b"<title>T</title><meta name=author content=\"A\">".to_vec()),
        Just(b"&ldquo;&amp;&#xD800;&#0;&notin&".to_vec()),
        Just(b"<h1>H</h1><br><pre>  x\n</pre><!-- c".to_vec()),
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
    #![proptest_config(case_budget::config(256))]

    #[test]
    fn any_folder_is_read_and_its_paragraphs_are_ranges_of_its_text(
        files in prop::collection::vec(file_bytes(), 0..4),
        manifest in manifest_bytes(),
    ) {
        let names: Vec<String> = (0..files.len())
            .map(|index| format!("{index}.{}", ["txt", "md", "html"][index % 3]))
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

    #[test]
    fn what_a_reader_adds_is_let_in_or_refused_one_file_at_a_time(
        files in prop::collection::vec(
            ("\\PC{0,12}(\\.(txt|md|html|htm|pdf|TXT))?", file_bytes()),
            0..8,
        ),
        held_bytes in 0usize..120,
        held_names in prop::collection::vec("[a-c]\\.txt", 0..3),
    ) {
        let limits = Limits { file_bytes: 200, total_bytes: 400, files: 6 };
        let sources: Vec<SourceFile<'_>> = files
            .iter()
            .map(|(name, bytes)| SourceFile { name, bytes })
            .collect();
        let admission = admit(&sources, Held { bytes: held_bytes, names: &held_names }, limits);
        let refused = admission.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
        prop_assert_eq!(admission.admitted.len() + refused, files.len());
        let added: usize = admission.admitted.iter().map(|text| text.text.len()).sum();
        prop_assert!(admission.admitted.iter().all(|text| text.text.len() <= limits.file_bytes * 2));
        prop_assert!(held_names.len() + admission.admitted.len() <= limits.files.max(held_names.len()));
        prop_assert!(added <= limits.total_bytes * 2);
        let mut names: HashSet<&str> = held_names.iter().map(String::as_str).collect();
        for text in &admission.admitted {
            prop_assert!(names.insert(&text.name), "{} is taken", text.name);
            prop_assert!(!text.name.contains(['/', '\\']) && !text.name.chars().any(char::is_control));
            prop_assert!(!text.text.contains('\0') && !text.text.trim().is_empty());
        }
    }
}
