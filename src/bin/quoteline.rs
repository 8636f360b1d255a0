//! The `quoteline` command line: reads a corpus folder (or the bundled corpus) with the same core as the app.

use std::fs;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use quoteline::bundled::bundled_corpus;
use quoteline::corpus::{read_folder, Corpus, Diagnostic, SourceFile};

const USAGE: &str = "\
quoteline — who said what, in a corpus of news articles and press statements

USAGE:
    quoteline documents [DIR]    print the documents of corpus folder DIR (default: the bundled corpus) as JSON
    quoteline help               print this help

A corpus folder holds .txt and .md files and a manifest.toml describing them. Problems are reported on
standard error as FILE:LINE:COLUMN: SEVERITY: MESSAGE; the exit status is 1 when any is an error.";

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let arguments: Vec<&str> = arguments.iter().map(String::as_str).collect();
    match arguments.as_slice() {
        ["documents"] => print_documents(bundled_corpus()),
        ["documents", dir] => match read_corpus_folder(Path::new(dir)) {
            Ok(read) => print_documents(read),
            Err(message) => {
                eprintln!("quoteline: {message}");
                ExitCode::FAILURE
            }
        },
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn print_documents((corpus, diagnostics): (Corpus, Vec<Diagnostic>)) -> ExitCode {
    for diagnostic in &diagnostics {
        eprintln!("{diagnostic}");
    }
    let json = match serde_json::to_string_pretty(&corpus.documents) {
        Ok(json) => json,
        Err(error) => {
            eprintln!("quoteline: cannot write JSON: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut stdout = std::io::stdout().lock();
    if writeln!(stdout, "{json}").is_err() {
        return ExitCode::FAILURE;
    }
    if diagnostics.iter().any(Diagnostic::is_error) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The edge where files are read; everything after is the pure core.
fn read_corpus_folder(dir: &Path) -> Result<(Corpus, Vec<Diagnostic>), String> {
    let entries =
        fs::read_dir(dir).map_err(|error| format!("cannot read {}: {error}", dir.display()))?;
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        if !entry.file_type().is_ok_and(|kind| kind.is_file()) {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        let bytes = fs::read(entry.path())
            .map_err(|error| format!("cannot read {}: {error}", entry.path().display()))?;
        files.push((name, bytes));
    }
    let sources: Vec<SourceFile<'_>> = files
        .iter()
        .map(|(name, bytes)| SourceFile { name, bytes })
        .collect();
    let (_, corpus, diagnostics) = read_folder(&sources);
    Ok((corpus, diagnostics))
}
