//! The package's generated files (man pages, shell completions, icon PNGs) are those the
//! current code makes, the exit statuses README lists are the ones the command uses, and the
//! hand-written desktop files agree with each other.

use powermap::cli::Exit;
use powermap::desktop::{ICON_SIZES, generated_files};
use powermap::words::ui;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const REGENERATE: &str = "run `cargo run --release --example packaging` and commit the result";

fn packaging() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/packaging")
}

/// Every file under `dir`, relative to `root`.
fn files_under(root: &Path, dir: &Path, out: &mut BTreeSet<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files_under(root, &path, out);
        } else {
            out.insert(path.strip_prefix(root).expect("inside").to_owned());
        }
    }
}

#[test]
fn man_pages_completions_and_icons_are_generated_from_the_current_code() {
    let root = packaging();
    let files = generated_files().expect("generated files");
    let mut stale = Vec::new();
    for file in &files {
        let on_disk = std::fs::read(root.join(&file.path)).unwrap_or_default();
        if on_disk != file.bytes {
            stale.push(file.path.display().to_string());
        }
    }
    assert!(stale.is_empty(), "out of date: {stale:?}; {REGENERATE}");

    // Nothing left behind from a subcommand or size that no longer exists.
    let made: BTreeSet<PathBuf> = files.iter().map(|f| f.path.clone()).collect();
    let mut found = BTreeSet::new();
    for dir in ["man", "completions", "icons"] {
        files_under(&root, &root.join(dir), &mut found);
    }
    let extra: Vec<_> = found.difference(&made).collect();
    assert!(extra.is_empty(), "not generated any more: {extra:?}");

    // The pages the package installs: the program's and one per subcommand.
    let names: Vec<String> = made
        .iter()
        .filter(|p| p.starts_with("man"))
        .map(|p| p.file_name().expect("name").to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "powermap-check.1",
            "powermap-export.1",
            "powermap-import.1",
            "powermap-room.1",
            "powermap.1"
        ]
    );
    assert_eq!(
        made.iter().filter(|p| p.starts_with("icons")).count(),
        ICON_SIZES.len()
    );
}

#[test]
fn the_man_page_lists_every_exit_status() {
    let files = generated_files().expect("generated files");
    let page = files
        .iter()
        .find(|f| f.path.ends_with("powermap.1"))
        .expect("powermap.1");
    let page = String::from_utf8_lossy(&page.bytes);
    assert!(page.contains(".SH \"EXIT STATUS\""), "{page}");
    for exit in Exit::ALL {
        let meaning = ui().get(exit.meaning_id()).replace('-', "\\-");
        assert!(
            page.contains(&format!("{}\n{meaning}", exit.code())),
            "{meaning} missing from {page}"
        );
    }
}

#[test]
fn readme_lists_the_exit_statuses_the_command_uses() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    for exit in Exit::ALL {
        let row = format!("| {} | {} |", exit.code(), ui().get(exit.meaning_id()));
        assert!(readme.contains(&row), "README lacks the row {row}");
    }
}

#[test]
fn version_prints_the_name_and_version() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_powermap"))
        .arg("--version")
        .output()
        .expect("run powermap");
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        format!("powermap {}\n", env!("CARGO_PKG_VERSION"))
    );
}

/// The shared-mime-info rules for sessions: the glob patterns and the strings looked for,
/// each with the range of offsets it may start at.
fn mime_rules() -> (Vec<String>, Vec<(String, usize)>) {
    let xml = std::fs::read_to_string(packaging().join("powermap-mime.xml")).expect("mime xml");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed");
    let session_type = doc
        .descendants()
        .find(|n| n.attribute("type") == Some("application/x-powermap-session"))
        .expect("the session type");
    let globs = session_type
        .descendants()
        .filter(|n| n.has_tag_name("glob"))
        .filter_map(|n| n.attribute("pattern").map(str::to_owned))
        .collect();
    let magic = session_type
        .descendants()
        .filter(|n| n.has_tag_name("match"))
        .map(|n| {
            assert_eq!(n.attribute("type"), Some("string"));
            let (_, last) = n
                .attribute("offset")
                .and_then(|o| o.split_once(':'))
                .expect("a range of offsets");
            (
                n.attribute("value").expect("value").to_owned(),
                last.parse().expect("offset"),
            )
        })
        .collect();
    (globs, magic)
}

#[test]
fn the_mime_type_recognises_saved_sessions_by_content_and_by_name() {
    let (globs, magic) = mime_rules();
    let double = format!("*.{}", powermap::desktop::SESSION_EXTENSION);
    assert_eq!(globs, [double], "only the double extension, not *.json");

    // A session as powermap saves it: its content matches one of the strings in range.
    let session = powermap::storage::load_str(include_str!("../../examples/river-cleanup.json"))
        .expect("example");
    let saved = powermap::storage::to_json(&session).expect("json");
    let found = magic
        .iter()
        .any(|(value, last)| saved.find(value.as_str()).is_some_and(|at| at <= *last));
    assert!(
        found,
        "no rule matches the start of a saved session: {:?}",
        &saved[..80]
    );

    // Any other JSON file does not.
    let other = r#"{"format": "something-else", "name": "powermap-session"}"#;
    assert!(
        !magic
            .iter()
            .any(|(value, _)| other.contains(value.as_str()))
    );

    // The desktop entry opens this type, and hands the file to the program.
    let entry = std::fs::read_to_string(packaging().join("powermap.desktop")).expect("entry");
    assert!(
        entry
            .lines()
            .any(|l| l == "MimeType=application/x-powermap-session;")
    );
    assert!(entry.lines().any(|l| l == "Exec=powermap %f"));
}

#[test]
fn exports_of_a_powermap_json_session_are_named_without_the_double_extension() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = dir.path().join("river.powermap.json");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/river-cleanup.json"),
        &session,
    )
    .expect("copy");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_powermap"))
        .args(["export", "--format", "csv"])
        .arg(&session)
        .output()
        .expect("run powermap");
    assert!(status.status.success(), "{status:?}");
    assert!(dir.path().join("river.csv").is_file());
    assert!(dir.path().join("river-relationships.csv").is_file());
}
