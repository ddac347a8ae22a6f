//! Inputs that are not ordinary files (a named pipe, a device, a folder) are refused at once
//! with one line by `check`, `export` and `import`, never waited on or read without end.
//! Every run is bounded in time, so a regression fails here instead of hanging the suite.
#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Run powermap with `args`; kill it and fail if it has not finished within ten seconds.
fn run_bounded(args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_powermap"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run powermap");
    let started = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > Duration::from_secs(10) {
            child.kill().expect("kill");
            child.wait().expect("reap");
            panic!("powermap {args:?} still ran after 10 s: it waited on its input");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

/// A named pipe nobody writes to.
fn fifo(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let status = Command::new("mkfifo").arg(&path).status().expect("mkfifo");
    assert!(status.success());
    path
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Refused with a failure code, in one line that names the path and what it is.
fn assert_refused(out: &Output, path: &str, kind: &str) {
    let said = text(out);
    assert!(!out.status.success(), "{said}");
    assert_eq!(said.trim_end().lines().count(), 1, "one line: {said}");
    assert!(said.contains(path), "{said}");
    assert!(said.contains(&format!("is {kind}, not a file")), "{said}");
}

#[test]
fn a_named_pipe_is_refused_by_check_export_and_import() {
    let dir = tempfile::tempdir().expect("dir");
    let pipe = fifo(dir.path(), "pipe.json");
    let pipe = pipe.to_str().expect("utf-8 path");
    let out_json = dir.path().join("out.json");
    let out_json = out_json.to_str().expect("utf-8 path");
    let out_png = dir.path().join("out.png");
    let out_png = out_png.to_str().expect("utf-8 path");
    assert_refused(&run_bounded(&["check", pipe]), pipe, "a named pipe");
    assert_refused(
        &run_bounded(&["export", pipe, "--out", out_png]),
        pipe,
        "a named pipe",
    );
    for from in ["csv", "xlsx", "kumu", "oligrapher"] {
        assert_refused(
            &run_bounded(&["import", pipe, "--from", from, "--out", out_json]),
            pipe,
            "a named pipe",
        );
    }
    // Guessing the format reads the file too.
    assert_refused(
        &run_bounded(&["import", pipe, "--out", out_json]),
        pipe,
        "a named pipe",
    );
}

#[test]
fn a_named_pipe_of_relationships_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let actors = dir.path().join("actors.csv");
    std::fs::write(&actors, "Name\nMayor\n").expect("write");
    let pipe = fifo(dir.path(), "relations.csv");
    let out_json = dir.path().join("out.json");
    let pipe_text = pipe.to_str().expect("utf-8 path");
    let out = run_bounded(&[
        "import",
        actors.to_str().expect("utf-8 path"),
        "--relations",
        pipe_text,
        "--out",
        out_json.to_str().expect("utf-8 path"),
    ]);
    assert_refused(&out, pipe_text, "a named pipe");
}

#[test]
fn a_device_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().expect("dir");
    let out_json = dir.path().join("out.json");
    let out_json = out_json.to_str().expect("utf-8 path");
    // /dev/zero never ends: reading it "up to the limit" took 64 MiB and a misleading size.
    assert_refused(
        &run_bounded(&["check", "/dev/zero"]),
        "/dev/zero",
        "a device",
    );
    assert_refused(
        &run_bounded(&["import", "/dev/zero", "--from", "csv", "--out", out_json]),
        "/dev/zero",
        "a device",
    );
    assert_refused(
        &run_bounded(&["import", "/dev/zero", "--out", out_json]),
        "/dev/zero",
        "a device",
    );
}

#[test]
fn a_folder_is_refused_in_plain_words() {
    let dir = tempfile::tempdir().expect("dir");
    let folder = dir.path().to_str().expect("utf-8 path");
    assert_refused(&run_bounded(&["check", folder]), folder, "a folder");
    let out_json = dir.path().join("out.json");
    assert_refused(
        &run_bounded(&[
            "import",
            folder,
            "--from",
            "csv",
            "--out",
            out_json.to_str().expect("utf-8 path"),
        ]),
        folder,
        "a folder",
    );
}
