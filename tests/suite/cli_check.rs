//! `powermap check`: one line per file, exit 0 when all are fine, 1 otherwise, never a panic.

use std::process::Command;

fn powermap() -> Command {
    Command::new(env!("CARGO_BIN_EXE_powermap"))
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn good_files_print_counts_and_exit_zero() {
    let example = format!("{}/examples/river-cleanup.json", env!("CARGO_MANIFEST_DIR"));
    let out = powermap()
        .args(["check", &fixture("minimal-v1.json"), &example])
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(
        lines[0].ends_with("ok (2 actors, 1 relationship)"),
        "{}",
        lines[0]
    );
    assert!(lines[1].contains(": ok ("), "{}", lines[1]);
}

#[test]
fn bad_files_give_one_line_each_and_exit_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases: [(&str, &[u8], &str); 5] = [
        ("empty.json", b"", "empty"),
        ("broken.json", b"{\n  \"format\": oops\n}", "line 2, column"),
        ("binary.json", &[0x89, b'P', b'N', b'G', 0, 0xff], "not UTF-8"),
        ("list.json", b"[1, 2, 3]", "a list"),
        ("newer.json", b"{\"format\": \"powermap-session\", \"version\": 7, \"actors\": [], \"relationships\": []}", "version 7"),
    ];
    for (name, bytes, expected) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        let out = powermap().arg("check").arg(&path).output().expect("run");
        assert_eq!(out.status.code(), Some(1), "{name}: {out:?}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(stdout.lines().count(), 1, "{name}: {stdout}");
        assert!(stdout.contains(expected), "{name}: {stdout}");
        assert!(
            out.stderr.is_empty(),
            "{name}: no panic output: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn one_bad_file_among_good_ones_fails_the_run() {
    let out = powermap()
        .args([
            "check",
            &fixture("minimal-v1.json"),
            "/nonexistent/file.json",
        ])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.lines().next().is_some_and(|l| l.contains("ok")));
    assert!(
        stdout.contains("Could not read /nonexistent/file.json"),
        "{stdout}"
    );
}

#[test]
fn check_without_files_is_a_usage_error() {
    let out = powermap().arg("check").output().expect("run");
    assert_eq!(out.status.code(), Some(2));
}
