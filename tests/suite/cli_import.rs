//! `powermap import` and `powermap export --format csv` from the command line: every fixture
//! becomes a session `powermap check` accepts; bad input gets reasons and a non-zero exit.

use std::path::Path;
use std::process::Command;

fn powermap() -> Command {
    Command::new(env!("CARGO_BIN_EXE_powermap"))
}

fn fixture(path: &str) -> String {
    format!(
        "{}/tests/fixtures/import/{path}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn check(session: &Path) {
    let out = powermap().arg("check").arg(session).output().expect("run");
    assert!(out.status.success(), "{out:?}");
}

#[test]
fn every_fixture_imports_from_the_command_line_into_a_valid_session() {
    let dir = tempfile::tempdir().expect("dir");
    for (file, from) in [
        ("kumu/kumu-changelabs-template.json", None),
        (
            "kumu/kumu-omidyarnetwork-us-financial-inclusion-BACKUP.json",
            Some("kumu"),
        ),
        ("kumu/snap-to-tutorial-project.json", None),
        ("kumu/paypal-mafia.xlsx", Some("xlsx")),
        ("kumu/snap-to-tutorial-data.xlsx", None),
        ("onodo/onodo_template.xlsx", Some("onodo")),
        ("oligrapher/exxon.json", None),
        (
            "oligrapher/abortion-bans-corporations.json",
            Some("oligrapher"),
        ),
    ] {
        let out_path = dir.path().join(format!("{}.json", file.replace('/', "-")));
        let mut command = powermap();
        command
            .arg("import")
            .arg(fixture(file))
            .arg("--out")
            .arg(&out_path);
        if let Some(from) = from {
            command.args(["--from", from]);
        }
        let out = command.output().expect("run");
        let code = out.status.code();
        assert!(matches!(code, Some(0 | 3)), "{file}: {out:?}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout.starts_with("wrote "), "{file}: {stdout}");
        check(&out_path);
    }
}

#[test]
fn rows_with_problems_are_named_and_the_exit_says_so() {
    let dir = tempfile::tempdir().expect("dir");
    let csv = dir.path().join("actors.csv");
    std::fs::write(
        &csv,
        "name,support,influence\nMayor,3,4\nPress,30,4\n,1,1\n",
    )
    .expect("write");
    let out_path = dir.path().join("out.json");
    let out = powermap()
        .arg("import")
        .arg(&csv)
        .args([
            "--support-scale",
            "0-10",
            "--influence-scale",
            "0-10",
            "--out",
        ])
        .arg(&out_path)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("actors row 3: support 30 is outside 0 to 10"),
        "{stderr}"
    );
    assert!(stderr.contains("actors row 4: has no name"), "{stderr}");
    check(&out_path);

    // Nothing to import at all: a clear line, exit 1, nothing written.
    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, "").expect("write");
    let none = dir.path().join("none.json");
    let out = powermap()
        .arg("import")
        .arg(&empty)
        .arg("--out")
        .arg(&none)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("The file is empty"));
    assert!(!none.exists());
    let out = powermap()
        .args(["import", "x.csv", "--from", "numbers", "--out", "y.json"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
}

#[test]
fn csv_export_writes_actors_and_relationships_that_import_back() {
    let dir = tempfile::tempdir().expect("dir");
    let example = format!("{}/examples/river-cleanup.json", env!("CARGO_MANIFEST_DIR"));
    let csv = dir.path().join("river.csv");
    let out = powermap()
        .args(["export", &example, "--format", "csv", "--out"])
        .arg(&csv)
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    let relations = dir.path().join("river-relationships.csv");
    assert!(relations.exists());
    let text = std::fs::read_to_string(&csv).expect("read");
    assert!(text.starts_with("id,name,kind,category,support,influence,slice,tags"));
    let back = dir.path().join("back.json");
    let out = powermap()
        .arg("import")
        .arg(&csv)
        .arg("--relations")
        .arg(&relations)
        .arg("--out")
        .arg(&back)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    check(&back);
    // Importing it again into the result adds nothing.
    let again = dir.path().join("again.json");
    let out = powermap()
        .arg("import")
        .arg(&csv)
        .arg("--relations")
        .arg(&relations)
        .arg("--into")
        .arg(&back)
        .arg("--out")
        .arg(&again)
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(": 0 new, 0 updated,"), "{stdout}");
    assert!(stdout.contains("and 0 new relationships"), "{stdout}");
}
