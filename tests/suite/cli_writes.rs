//! What the command line writes: a locked session stays locked, no output replaces an input or
//! a device, a pipe never blocks, two imports into one session both land, links stay links,
//! and exports of a private session are private.

use powermap::storage::{SecretString, is_locked, load_file, load_file_with, save_file_with};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/river-cleanup.json");
const PASSPHRASE: &str = "correct river 2026";
/// No command here takes more than a few seconds; a hang is a failure, not a wait.
const LIMIT: Duration = Duration::from_secs(30);

fn powermap() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_powermap"));
    command
        .env_remove("POWERMAP_PASSPHRASE")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// Run with a time limit: a command that blocks is killed and the test fails saying so.
fn run(command: &mut Command) -> Output {
    let mut child = command.spawn().expect("start powermap");
    let started = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > LIMIT {
            let _ = child.kill();
            panic!("{command:?} was still running after {LIMIT:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn csv(dir: &Path, name: &str, rows: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, format!("name,support,influence\n{rows}")).expect("write csv");
    path
}

fn locked_copy(dir: &Path) -> PathBuf {
    let path = dir.join("locked.json");
    let session = load_file(Path::new(EXAMPLE)).expect("example");
    save_file_with(&session, &path, Some(&SecretString::from(PASSPHRASE))).expect("lock");
    path
}

#[test]
fn importing_into_a_locked_session_writes_it_locked_with_the_same_passphrase() {
    let dir = tempfile::tempdir().expect("temp");
    let session = locked_copy(dir.path());
    let rows = csv(dir.path(), "new.csv", "Harbour Authority,-0.5,0.9\n");
    let out = dir.path().join("merged.json");
    let import_into = |target: &Path, extra: &[&str]| {
        run(powermap()
            .env("POWERMAP_PASSPHRASE", PASSPHRASE)
            .arg("import")
            .arg(&rows)
            .arg("--into")
            .arg(&session)
            .arg("--out")
            .arg(target)
            .args(extra))
    };
    for target in [&session, &out] {
        let result = import_into(target, &[]);
        assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
        let bytes = std::fs::read(target).expect("read");
        assert!(
            is_locked(&bytes),
            "{} was written in plaintext",
            target.display()
        );
        assert!(!bytes.windows(9).any(|w| w == b"Harbour A"));
        let opened = load_file_with(target, Some(&SecretString::from(PASSPHRASE))).expect("open");
        assert!(opened.actors.iter().any(|a| a.name == "Harbour Authority"));
    }
    // Only when asked, explicitly, is the copy written without a lock.
    let plain = dir.path().join("plain.json");
    let result = import_into(&plain, &["--unlocked"]);
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    assert!(String::from_utf8_lossy(&result.stdout).contains("without a lock"));
    assert!(load_file(&plain).is_ok());
}

#[test]
fn no_export_or_import_replaces_the_file_it_reads() {
    let dir = tempfile::tempdir().expect("temp");
    let session = dir.path().join("map.json");
    std::fs::copy(EXAMPLE, &session).expect("copy");
    let link = dir.path().join("link-to-map.json");
    std::os::unix::fs::symlink(&session, &link).expect("link");
    let before = std::fs::read(&session).expect("read");
    let attempts: Vec<Vec<&str>> = vec![
        vec!["--out", "map.json"],
        vec!["--out", "link-to-map.json"],
        vec!["--format", "svg", "--out", "./map.json"],
        vec!["--redact", "--key", "map.json", "--out", "report.png"],
        vec!["--redact", "--key", "same.txt", "--out", "same.txt"],
        vec!["--format", "csv", "--out", "map.json"],
    ];
    for args in attempts {
        let result = run(powermap()
            .current_dir(dir.path())
            .arg("export")
            .arg("map.json")
            .args(&args));
        assert_eq!(
            result.status.code(),
            Some(1),
            "{args:?}: {}",
            stderr(&result)
        );
        let message = stderr(&result);
        assert!(message.contains("would replace"), "{args:?}: {message}");
        assert_eq!(std::fs::read(&session).expect("read"), before, "{args:?}");
        assert!(!dir.path().join("report.png").exists(), "{args:?}");
    }
    let rows = csv(dir.path(), "rows.csv", "Mayor,0.5,0.5\n");
    let result = run(powermap().arg("import").arg(&rows).arg("--out").arg(&rows));
    assert_eq!(result.status.code(), Some(1), "{}", stderr(&result));
    assert!(stderr(&result).contains("the file being imported"));
}

#[test]
fn pipes_folders_and_devices_are_refused_as_outputs_without_waiting() {
    let dir = tempfile::tempdir().expect("temp");
    let session = dir.path().join("map.json");
    std::fs::copy(EXAMPLE, &session).expect("copy");
    let fifo = dir.path().join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).expect("folder");
    let mut targets = vec![(fifo.clone(), "a named pipe"), (folder, "a folder")];
    // Only root can make a device node; as root, replacing one was the worst case.
    let device = dir.path().join("null-device");
    let root = std::fs::metadata(dir.path()).expect("stat").uid() == 0;
    if root
        && Command::new("mknod")
            .arg(&device)
            .args(["c", "1", "3"])
            .status()
            .is_ok_and(|s| s.success())
    {
        targets.push((device.clone(), "a device"));
    }
    let rows = csv(dir.path(), "rows.csv", "Mayor,0.5,0.5\n");
    for (target, what) in &targets {
        for args in [
            vec![
                "export".into(),
                session.clone().into_os_string(),
                "--out".into(),
            ],
            vec![
                "export".into(),
                session.clone().into_os_string(),
                "--format".into(),
                "csv".into(),
                "--out".into(),
            ],
            vec![
                "import".into(),
                rows.clone().into_os_string(),
                "--out".into(),
            ],
        ] {
            let result = run(powermap().args(&args).arg(target));
            assert_eq!(
                result.status.code(),
                Some(1),
                "{args:?} {what}: {}",
                stderr(&result)
            );
            assert!(
                stderr(&result).contains(what),
                "{args:?}: {}",
                stderr(&result)
            );
        }
    }
    if targets.len() == 3 {
        let kind = std::fs::metadata(&device).expect("stat").file_type();
        assert!(
            std::os::unix::fs::FileTypeExt::is_char_device(&kind),
            "the device was replaced"
        );
    }
    assert!(std::os::unix::fs::FileTypeExt::is_fifo(
        &std::fs::metadata(&fifo).expect("stat").file_type()
    ));
}

#[test]
fn two_imports_into_one_session_at_once_both_land() {
    let dir = tempfile::tempdir().expect("temp");
    let session = dir.path().join("map.json");
    for round in 0..6 {
        std::fs::copy(EXAMPLE, &session).expect("copy");
        let names = [format!("Alpha {round}"), format!("Beta {round}")];
        let files: Vec<PathBuf> = names
            .iter()
            .enumerate()
            .map(|(i, name)| {
                csv(
                    dir.path(),
                    &format!("rows{i}.csv"),
                    &format!("{name},0.2,0.7\n"),
                )
            })
            .collect();
        let children: Vec<_> = files
            .iter()
            .map(|file| {
                powermap()
                    .arg("import")
                    .arg(file)
                    .arg("--into")
                    .arg(&session)
                    .arg("--out")
                    .arg(&session)
                    .spawn()
                    .expect("start")
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().expect("wait");
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        }
        let merged = load_file(&session).expect("load");
        for name in &names {
            assert!(
                merged.actors.iter().any(|a| &a.name == name),
                "round {round}: {name} was lost"
            );
        }
    }
}

#[test]
fn exports_of_a_private_session_are_private_and_a_locked_one_too() {
    let dir = tempfile::tempdir().expect("temp");
    let session = dir.path().join("map.json");
    std::fs::copy(EXAMPLE, &session).expect("copy");
    let mode = |path: &Path| std::fs::metadata(path).expect("stat").permissions().mode() & 0o777;
    std::fs::set_permissions(&session, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let report = dir.path().join("report.svg");
    let key = dir.path().join("codes.txt");
    let result = run(powermap()
        .arg("export")
        .arg(&session)
        .args(["--format", "svg", "--redact", "--key"])
        .arg(&key)
        .arg("--out")
        .arg(&report));
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    assert_eq!(mode(&report), 0o600);
    assert_eq!(mode(&key), 0o600, "the codes key holds real names");
    let table = dir.path().join("data.csv");
    let result = run(powermap()
        .arg("export")
        .arg(&session)
        .args(["--format", "csv", "--out"])
        .arg(&table));
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    assert_eq!(mode(&table), 0o600);
    assert_eq!(mode(&dir.path().join("data-relationships.csv")), 0o600);

    let locked = locked_copy(dir.path());
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let from_locked = dir.path().join("from-locked.svg");
    let result = run(powermap()
        .env("POWERMAP_PASSPHRASE", PASSPHRASE)
        .arg("export")
        .arg(&locked)
        .args(["--format", "svg", "--out"])
        .arg(&from_locked));
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    assert_eq!(mode(&from_locked), 0o600);

    // A world-readable session's exports follow the user's defaults (at least owner rw).
    std::fs::set_permissions(&session, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let public = dir.path().join("public.svg");
    let result = run(powermap()
        .arg("export")
        .arg(&session)
        .args(["--format", "svg", "--out"])
        .arg(&public));
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    assert_ne!(mode(&public) & 0o044, 0, "{:o}", mode(&public));
}
