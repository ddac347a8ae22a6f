//! Every message the code asks for exists in the translation files, and every message the
//! files hold is asked for somewhere: a typo in an id, or a message left behind, fails here.

use powermap::words::Words;
use std::collections::BTreeSet;
use std::path::Path;

/// The groups message ids start with ("strategy-", "menu-"): the first word of every id the
/// English files hold. A string literal starting so is taken as an id.
fn groups() -> BTreeSet<String> {
    Words::english()
        .ids()
        .filter_map(|id| id.split_once('-'))
        .map(|(group, _)| format!("{group}-"))
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// String literals in `source` that look like message ids.
fn ids_in(source: &str, groups: &BTreeSet<String>) -> Vec<String> {
    source
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|text| {
            groups.iter().any(|g| text.starts_with(g.as_str()))
                && text
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_code_and_the_translation_files_name_the_same_messages() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let groups = groups();
    assert!(groups.len() >= 16, "{groups:?}");
    let mut used = BTreeSet::new();
    for file in &files {
        let source = std::fs::read_to_string(file).expect("source");
        used.extend(ids_in(&source, &groups));
    }
    let known: BTreeSet<String> = Words::english().ids().map(str::to_owned).collect();
    let unknown: Vec<_> = used.difference(&known).collect();
    assert!(
        unknown.is_empty(),
        "asked for but never written: {unknown:?}"
    );
    let unused: Vec<_> = known.difference(&used).collect();
    assert!(unused.is_empty(), "written but never asked for: {unused:?}");
}

/// English sentences that may stay in the code: none is shown to anyone. The test-and-log
/// summary of a dialog, the names of the bundled font families, the names the benchmark
/// maps are made of, and HTTP's status lines and headers, which are the protocol's own words.
const NOT_SHOWN: [(&str, &str); 4] = [
    ("src/app/dialogs.rs", "fn summary"),
    ("src/render/fonts.rs", ""),
    ("src/model/synthetic.rs", ""),
    ("src/room/http.rs", ""),
];

/// The string literals of a line that read as an English sentence: two words or more,
/// starting with a capital.
fn sentences(line: &str) -> Vec<&str> {
    line.split('"')
        .skip(1)
        .step_by(2)
        .filter(|text| {
            text.starts_with(|c: char| c.is_ascii_uppercase())
                && text
                    .split(' ')
                    .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 2)
                    .count()
                    >= 2
        })
        .collect()
}

#[test]
fn no_english_sentence_is_left_in_the_code_outside_the_translation_files() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut found = Vec::new();
    for file in &files {
        let name = file.to_string_lossy().replace('\\', "/");
        let source = std::fs::read_to_string(file).expect("source");
        // Tests may say what they like.
        let code = source.split("#[cfg(test)]").next().unwrap_or_default();
        let skipped_from = NOT_SHOWN
            .iter()
            .find(|(path, _)| *path == name)
            .map(|(_, from)| code.find(from).unwrap_or(0));
        let mut at = 0;
        for (number, line) in code.lines().enumerate() {
            let start = at;
            at += line.len() + 1;
            let trimmed = line.trim_start();
            // Comments, attributes (lint reasons), and messages of panics that cannot happen.
            if trimmed.starts_with("//")
                || trimmed.starts_with("#[")
                || ["expect(", "panic!(", "unreachable!(", "assert"]
                    .iter()
                    .any(|p| line.contains(p))
                || skipped_from.is_some_and(|from| start >= from)
            {
                continue;
            }
            for sentence in sentences(line) {
                found.push(format!("{name}:{}: {sentence}", number + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "English sentences in the code, not in assets/words/en: {found:#?}"
    );
}
