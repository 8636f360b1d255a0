//! The corpus compiled into this build (see `build.rs`), read by the same assembly as any other corpus.

use crate::corpus::{assemble, Corpus, Diagnostic, Manifest, SourceFile, MANIFEST_FILE_NAME};

include!(concat!(env!("OUT_DIR"), "/bundled_corpus.rs"));

/// The bundled corpus. `build.rs` has already refused a corpus with errors, so the diagnostics hold at most
/// warnings, which the app and the command line can show.
pub fn bundled_corpus() -> (Corpus, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let manifest = postcard::from_bytes::<Manifest>(MANIFEST).unwrap_or_else(|error| {
        diagnostics.push(Diagnostic::error(
            MANIFEST_FILE_NAME,
            None,
            format!(
                "the bundled manifest cannot be decoded ({error}); documents are shown without it"
            ),
        ));
        Manifest::default()
    });
    let sources: Vec<SourceFile<'_>> = SOURCES
        .iter()
        .map(|&(name, bytes)| SourceFile { name, bytes })
        .collect();
    let (corpus, assembly_diagnostics) = assemble(manifest, &sources);
    diagnostics.extend(assembly_diagnostics);
    (corpus, diagnostics)
}
