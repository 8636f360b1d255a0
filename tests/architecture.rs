//! The architecture's invariants, checked on the source tree: they are absences, so only a test keeps them.

use std::fs;
use std::path::{Path, PathBuf};

const CORE: [&str; 8] = [
    "src/corpus",
    "src/analysis",
    "src/search",
    "src/bundle",
    "src/serial",
    "src/timeline",
    "src/generate",
    "src/eval",
];
const BROWSER_CRATES: [&str; 5] = ["leptos", "web_sys", "wasm_bindgen", "gloo", "js_sys"];
const INPUT_OUTPUT: [&str; 9] = [
    "std::fs",
    "std::net",
    "std::process",
    "std::env",
    "std::io",
    "println!",
    "eprintln!",
    "print!(",
    "File::",
];

fn package_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            files.push(path);
        }
    }
    files
}

/// Lines of code, with comments and doc comments left out (they may name what the code must not use).
fn code_lines(path: &Path) -> Vec<(usize, String)> {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim_start().starts_with("//"))
        .map(|(index, line)| (index + 1, line.to_owned()))
        .collect()
}

fn violations(dirs: &[&str], forbidden: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for dir in dirs {
        for path in rust_files(&package_dir().join(dir)) {
            for (number, line) in code_lines(&path) {
                for pattern in forbidden {
                    if line.contains(pattern) {
                        let shown = path.strip_prefix(package_dir()).unwrap().display();
                        found.push(format!(
                            "{shown}:{number}: `{pattern}` in `{}`",
                            line.trim()
                        ));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn the_core_never_imports_a_browser_crate() {
    let patterns: Vec<String> = BROWSER_CRATES
        .iter()
        .flat_map(|name| [format!("{name}::"), format!("use {name}")])
        .collect();
    let patterns: Vec<&str> = patterns.iter().map(String::as_str).collect();
    assert_eq!(violations(&CORE, &patterns), Vec::<String>::new());
}

#[test]
fn the_core_does_no_input_or_output() {
    assert_eq!(violations(&CORE, &INPUT_OUTPUT), Vec::<String>::new());
}

#[test]
fn the_corpus_module_names_nothing_outside_itself_because_build_rs_compiles_it() {
    // Except `serial`, which build.rs compiles beside it.
    let outside: Vec<String> = violations(&["src/corpus"], &["crate::"])
        .into_iter()
        .filter(|found| !found.contains("crate::serial::"))
        .collect();
    assert_eq!(outside, Vec::<String>::new());
    assert_eq!(
        violations(&["src/serial"], &["crate::"]),
        Vec::<String>::new()
    );
}

#[test]
fn browser_crates_are_dependencies_of_the_wasm_build_only() {
    let manifest = fs::read_to_string(package_dir().join("Cargo.toml")).unwrap();
    let mut section = String::new();
    let mut misplaced = Vec::new();
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            section = line.to_owned();
            continue;
        }
        let Some((name, _)) = line.split_once('=') else {
            continue;
        };
        let name = name.trim().replace('-', "_");
        let is_browser_crate = BROWSER_CRATES.contains(&name.as_str());
        let wasm_only = section.contains("wasm32");
        if is_browser_crate && section.ends_with("dependencies]") && !wasm_only {
            misplaced.push(format!("{name} in {section}"));
        }
    }
    assert_eq!(misplaced, Vec::<String>::new());
}

#[test]
fn the_checks_see_the_code_they_guard() {
    // A guard that scans nothing passes vacuously: make sure the core and the UI are where the checks look.
    assert!(rust_files(&package_dir().join("src/corpus")).len() >= 5);
    let ui_mentions_leptos = violations(&["src/ui"], &["use leptos"]);
    assert!(
        !ui_mentions_leptos.is_empty(),
        "the scan should find leptos in src/ui"
    );
}
