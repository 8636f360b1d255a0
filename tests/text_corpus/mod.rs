//! A corpus of texts a property test made up, one document each (`doc0.txt`, `doc1.txt`, …), with no
//! manifest: shared by the tests that run the pipeline on arbitrary text.

use quoteline::corpus::{assemble, Corpus, Manifest, SourceFile};

pub fn corpus_of(texts: &[String]) -> Corpus {
    let names: Vec<String> = (0..texts.len())
        .map(|index| format!("doc{index}.txt"))
        .collect();
    let sources: Vec<SourceFile<'_>> = names
        .iter()
        .zip(texts)
        .map(|(name, text)| SourceFile {
            name,
            bytes: text.as_bytes(),
        })
        .collect();
    assemble(Manifest::default(), &sources).0
}
