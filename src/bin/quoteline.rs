//! The `quoteline` command line: reads a corpus folder (or the bundled corpus) with the same core as the
//! app. Files are read here, at the edge; everything after is the pure core.

use std::fs;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use quoteline::analysis::{analyze, AnalysisReport};
use quoteline::bundle::Bundle;
use quoteline::bundled::bundled_corpus;
use quoteline::corpus::{decode_lossy, read_folder, Corpus, Diagnostic, SourceFile, SourceFormat};
use quoteline::eval::{
    check_speakers, evaluate, pair_files, predicted_analysis, read_annotations, PredictedQuote,
};
use quoteline::generate::{generate, GeneratorConfig};

// Many small, short-lived allocations: mimalloc serves them faster than the system allocator.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "\
quoteline — who said what, in a corpus of news articles and press statements

USAGE:
    quoteline analyze DIR [--format json]   analyse every document in DIR and print the analysis as JSON
    quoteline bundle DIR -o FILE            analyse DIR and write it, with its search index, as a bundle the app
                                            loads with ?corpus=FILE
    quoteline documents [DIR]               print the documents of DIR (default: the bundled corpus) as JSON
    quoteline eval DIR [--predictions FILE] score attribution against brat annotations: DIR holds .txt files
                                            and their .ann files (or PolNeAR's text/ and attributions/);
                                            with FILE, score another tool's quotes (JSON: each file's name
                                            to [{start, end, speaker}], in characters) by the same rules
    quoteline generate --docs N --seed S DIR [--truth FILE]
                                            write N synthetic documents and a manifest into DIR (and what
                                            they quote, as JSON, into FILE)
    quoteline help                          print this help

A corpus folder holds .txt and .md files and, optionally, a manifest.toml describing them. Problems are
reported on standard error as FILE:LINE:COLUMN: SEVERITY: MESSAGE. `analyze` reads what it can (invalid
UTF-8 and NUL bytes become warnings) and fails only when no document could be read.";

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let arguments: Vec<&str> = arguments.iter().map(String::as_str).collect();
    match arguments.as_slice() {
        ["analyze", dir]
        | ["analyze", dir, "--format", "json"]
        | ["analyze", "--format", "json", dir] => run_analyze(Path::new(dir)),
        ["analyze", ..] => usage_error("analyze takes a folder and, optionally, --format json"),
        ["bundle", dir, "-o" | "--output", file] | ["bundle", "-o" | "--output", file, dir] => {
            run_bundle(Path::new(dir), Path::new(file))
        }
        ["bundle", ..] => usage_error("bundle takes a folder and -o FILE"),
        ["documents"] => print_documents(bundled_corpus()),
        ["documents", dir] => match read_corpus_folder(Path::new(dir), Decoding::Strict) {
            Ok(read) => print_documents(read),
            Err(message) => fail(&message),
        },
        ["eval", dir] => run_eval(Path::new(dir), None),
        ["eval", dir, "--predictions", file] | ["eval", "--predictions", file, dir] => {
            run_eval(Path::new(dir), Some(Path::new(file)))
        }
        ["eval", ..] => usage_error("eval takes a folder and, optionally, --predictions FILE"),
        ["generate", rest @ ..] => run_generate(rest),
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => usage_error("unknown command"),
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("quoteline: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

fn fail(message: &str) -> ExitCode {
    eprintln!("quoteline: {message}");
    ExitCode::FAILURE
}

/// The corpus in `dir`, read as `analyze` and `bundle` read it: what can be read is (its problems printed),
/// and only a folder with no readable document fails.
fn read_what_can_be_read(dir: &Path) -> Result<Corpus, ExitCode> {
    let (corpus, diagnostics) =
        read_corpus_folder(dir, Decoding::Lossy).map_err(|message| fail(&message))?;
    for diagnostic in &diagnostics {
        eprintln!("{diagnostic}");
    }
    if corpus.documents.is_empty() {
        return Err(fail(&format!(
            "no document in {} could be read",
            dir.display()
        )));
    }
    Ok(corpus)
}

fn run_analyze(dir: &Path) -> ExitCode {
    let corpus = match read_what_can_be_read(dir) {
        Ok(corpus) => corpus,
        Err(status) => return status,
    };
    let analysis = analyze(&corpus);
    let report = AnalysisReport::new(&corpus, &analysis);
    write_json(&report)
}

fn run_bundle(dir: &Path, file: &Path) -> ExitCode {
    let corpus = match read_what_can_be_read(dir) {
        Ok(corpus) => corpus,
        Err(status) => return status,
    };
    let documents = corpus.documents.len();
    let bundle = Bundle::build(corpus);
    let bytes = bundle.to_bytes();
    if let Err(error) = fs::write(file, &bytes) {
        return fail(&format!("cannot write {}: {error}", file.display()));
    }
    eprintln!(
        "quoteline: wrote {} ({documents} documents, {} quotes, {} bytes)",
        file.display(),
        bundle.analysis.quotes.len(),
        bytes.len()
    );
    ExitCode::SUCCESS
}

/// Reads DIR's texts and their annotations, analyses the texts as one corpus and prints the scores and
/// every fault. An annotation line that cannot be read is named and skipped.
fn run_eval(dir: &Path, predictions: Option<&Path>) -> ExitCode {
    let (text_dir, annotation_dir) =
        if dir.join("text").is_dir() && dir.join("attributions").is_dir() {
            (dir.join("text"), dir.join("attributions"))
        } else {
            (dir.to_path_buf(), dir.to_path_buf())
        };
    let names = |folder: &Path, extension: &str| -> Result<Vec<String>, String> {
        let entries = fs::read_dir(folder)
            .map_err(|error| format!("cannot read {}: {error}", folder.display()))?;
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(extension))
            .collect();
        names.sort_unstable();
        Ok(names)
    };
    let (texts, annotations) = match (names(&text_dir, ".txt"), names(&annotation_dir, ".ann")) {
        (Ok(texts), Ok(annotations)) => (texts, annotations),
        (Err(message), _) | (_, Err(message)) => return fail(&message),
    };
    let text_names: Vec<&str> = texts.iter().map(String::as_str).collect();
    let annotation_names: Vec<&str> = annotations.iter().map(String::as_str).collect();
    let pairing = pair_files(&text_names, &annotation_names);
    if pairing.pairs.is_empty() {
        return fail(&format!(
            "no .txt file in {} has a .ann file beside it",
            dir.display()
        ));
    }
    for unpaired in &pairing.unpaired {
        eprintln!("{unpaired}: warning: no text of this name: skipped");
    }
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut annotation_texts: Vec<(String, String)> = Vec::new();
    for (text, annotation) in &pairing.pairs {
        let read = |path: std::path::PathBuf| {
            fs::read(&path)
                .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
                .map_err(|error| eprintln!("{}: warning: cannot be read: {error}", path.display()))
        };
        if let (Ok(body), Ok(ann)) = (
            read(text_dir.join(text)),
            read(annotation_dir.join(annotation)),
        ) {
            files.push((text.clone(), body.into_bytes()));
            annotation_texts.push((annotation.clone(), ann));
        }
    }
    let sources: Vec<SourceFile<'_>> = files
        .iter()
        .map(|(name, bytes)| SourceFile { name, bytes })
        .collect();
    let (_, corpus, diagnostics) = read_folder(&sources);
    for diagnostic in diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.is_error())
    {
        eprintln!("{diagnostic}");
    }
    let mut annotated = Vec::new();
    for ((text_name, text), (annotation_name, ann)) in files.iter().zip(&annotation_texts) {
        let Some(position) = corpus
            .documents
            .iter()
            .position(|document| &document.file == text_name)
        else {
            continue;
        };
        let (gold, problems) =
            read_annotations(annotation_name, ann, &String::from_utf8_lossy(text));
        for problem in &problems {
            eprintln!("{problem}");
        }
        annotated.push((position, gold));
    }
    let analysis = match predictions {
        None => analyze(&corpus),
        Some(file) => {
            let predicted: std::collections::HashMap<String, Vec<PredictedQuote>> =
                match fs::read(file)
                    .map_err(|error| error.to_string())
                    .and_then(|bytes| {
                        serde_json::from_slice(&bytes).map_err(|error| error.to_string())
                    }) {
                    Ok(predicted) => predicted,
                    Err(error) => return fail(&format!("cannot read {}: {error}", file.display())),
                };
            let by_position: Vec<(usize, Vec<PredictedQuote>)> = predicted
                .into_iter()
                .filter_map(|(name, quotes)| {
                    let position = corpus
                        .documents
                        .iter()
                        .position(|document| document.file == name)?;
                    Some((position, quotes))
                })
                .collect();
            let (analysis, outside) = predicted_analysis(&corpus, &by_position);
            if outside > 0 {
                eprintln!(
                    "{}: warning: {outside} quotes fall outside their text: skipped",
                    file.display()
                );
            }
            analysis
        }
    };
    let evaluation = evaluate(&corpus, &analysis, &annotated);
    if pairing.annotated_again > 0 {
        let texts = if pairing.annotated_again == 1 {
            "text is"
        } else {
            "texts are"
        };
        println!(
            "{} {texts} annotated more than once: the first annotation file by name is scored",
            pairing.annotated_again
        );
    }
    print!("{evaluation}");
    // The speaker list a reader would see with every text as one corpus.
    println!("\nspeakers of the whole folder as one corpus");
    print!("{}", check_speakers(&analysis.speakers));
    ExitCode::SUCCESS
}

fn print_documents((corpus, diagnostics): (Corpus, Vec<Diagnostic>)) -> ExitCode {
    for diagnostic in &diagnostics {
        eprintln!("{diagnostic}");
    }
    let status = write_json(&corpus.documents);
    if diagnostics.iter().any(Diagnostic::is_error) {
        ExitCode::FAILURE
    } else {
        status
    }
}

fn write_json<T: serde::Serialize>(value: &T) -> ExitCode {
    let json = match serde_json::to_string_pretty(value) {
        Ok(json) => json,
        Err(error) => return fail(&format!("cannot write JSON: {error}")),
    };
    let mut stdout = std::io::stdout().lock();
    match writeln!(stdout, "{json}") {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}

fn run_generate(arguments: &[&str]) -> ExitCode {
    let mut documents = None;
    let mut seed = 1;
    let mut dir = None;
    let mut truth = None;
    let mut rest = arguments.iter();
    while let Some(&argument) = rest.next() {
        match argument {
            "--docs" => documents = rest.next().and_then(|value| value.parse::<usize>().ok()),
            "--seed" => match rest.next().and_then(|value| value.parse::<u64>().ok()) {
                Some(value) => seed = value,
                None => return usage_error("--seed takes a whole number"),
            },
            "--truth" => truth = rest.next().copied(),
            other if !other.starts_with("--") && dir.is_none() => dir = Some(other),
            other => return usage_error(&format!("generate does not take {other:?}")),
        }
    }
    let (Some(documents), Some(dir)) = (documents, dir) else {
        return usage_error("generate needs --docs N and a folder");
    };
    if documents == 0 {
        return usage_error("--docs must be at least 1");
    }
    let dir = Path::new(dir);
    if let Err(error) = fs::create_dir_all(dir) {
        return fail(&format!("cannot create {}: {error}", dir.display()));
    }
    let generated = generate(&GeneratorConfig { documents, seed });
    for file in &generated.files {
        if let Err(error) = fs::write(dir.join(&file.name), &file.text) {
            return fail(&format!(
                "cannot write {}: {error}",
                dir.join(&file.name).display()
            ));
        }
    }
    if let Some(truth) = truth {
        let json = match serde_json::to_string_pretty(&generated.truth) {
            Ok(json) => json,
            Err(error) => return fail(&format!("cannot write JSON: {error}")),
        };
        if let Err(error) = fs::write(truth, json) {
            return fail(&format!("cannot write {truth}: {error}"));
        }
    }
    eprintln!(
        "quoteline: wrote {documents} documents and a manifest to {}",
        dir.display()
    );
    ExitCode::SUCCESS
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Decoding {
    /// Files that are not UTF-8 are errors and left out (as the build treats the bundled corpus).
    Strict,
    /// Every file is read: invalid bytes are replaced, NUL bytes dropped, each with a warning.
    Lossy,
}

fn read_corpus_folder(dir: &Path, decoding: Decoding) -> Result<(Corpus, Vec<Diagnostic>), String> {
    let entries =
        fs::read_dir(dir).map_err(|error| format!("cannot read {}: {error}", dir.display()))?;
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut diagnostics = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        if !entry.file_type().is_ok_and(|kind| kind.is_file()) {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        let bytes = match fs::read(entry.path()) {
            Ok(bytes) => bytes,
            Err(error) => {
                diagnostics.push(Diagnostic::warning(
                    &name,
                    None,
                    format!("cannot be read: {error}"),
                ));
                continue;
            }
        };
        let bytes = if decoding == Decoding::Lossy && SourceFormat::of_file_name(&name).is_some() {
            let (text, decoding_diagnostics) = decode_lossy(SourceFile {
                name: &name,
                bytes: &bytes,
            });
            diagnostics.extend(decoding_diagnostics);
            text.into_bytes()
        } else {
            bytes
        };
        files.push((name, bytes));
    }
    let sources: Vec<SourceFile<'_>> = files
        .iter()
        .map(|(name, bytes)| SourceFile { name, bytes })
        .collect();
    let (_, corpus, folder_diagnostics) = read_folder(&sources);
    diagnostics.extend(folder_diagnostics);
    Ok((corpus, diagnostics))
}
