//! `powermap room`, the shipped binary: phones join over loopback and answer, and at the time
//! limit the round is in the session file.

use super::client::Phone;
use super::server::session;
use powermap::room::Invite;
use serde_json::json;
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// The invite read from the command's "To scan" line: `http://ADDR/#KEY.CODE`.
fn invite_from(line: &str) -> (SocketAddr, Invite) {
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .expect("an address on the line");
    let (address, fragment) = url.split_once('#').expect("a fragment");
    let (key, code) = fragment.rsplit_once('.').expect("key.code");
    let host = address.trim_start_matches("http://").trim_end_matches('/');
    let invite = Invite {
        address: address.to_owned(),
        key: key.to_owned(),
        code: code.to_owned(),
        fingerprint: String::new(),
    };
    (host.parse().expect("ADDR:PORT"), invite)
}

#[test]
fn the_headless_room_writes_the_answers_into_the_session() {
    let dir = tempfile::tempdir().expect("temp");
    let file = dir.path().join("room.json");
    let (mut saved, ids) = session();
    // "us" is not placed by the room: only the three others are asked about.
    saved.actors[0].is_us = true;
    powermap::storage::save_file(&saved, &file).expect("save");
    let mut child = Command::new(env!("CARGO_BIN_EXE_powermap"))
        .args([
            "room",
            "--listen",
            "127.0.0.1:0",
            "--for",
            "4",
            "--code",
            "424242",
        ])
        .arg(&file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("powermap runs");
    let stdout = child.stdout.take().expect("stdout");
    let (lines, printed) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    let scanned = loop {
        let line = printed
            .recv_timeout(Duration::from_secs(10))
            .expect("the invite is printed");
        if line.contains('#') && line.contains("424242") {
            break line;
        }
    };
    let (address, invite) = invite_from(&scanned);
    assert_eq!(invite.code, "424242");
    for (client, support) in [(1, 0.6), (2, -0.4)] {
        let mut phone = Phone::new(address, &invite, client);
        let (answer, joined) = phone.join(&invite.code).expect("join");
        assert_eq!(answer.status, 200, "{}", answer.refusal());
        assert_eq!(joined["actors"].as_array().map(Vec::len), Some(3));
        let (answer, _) = phone
            .call(
                "answers",
                json!({"answers": [
                    {"actor": 0, "support": support, "influence": 0.7},
                    {"actor": 1, "dont_know": true},
                ]}),
            )
            .expect("answers");
        assert_eq!(answer.status, 200, "{}", answer.refusal());
    }
    let status = child.wait().expect("the room closes at its time limit");
    let rest: Vec<String> = printed.try_iter().collect();
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        std::io::Read::read_to_string(&mut e, &mut stderr).expect("stderr");
    }
    assert!(status.success(), "{status}: {stderr}");
    assert!(
        rest.iter()
            .any(|l| l.contains("2 people") && l.contains("4 answers")),
        "{rest:?}"
    );
    let kept = powermap::storage::load_file(&file).expect("the session loads");
    assert_eq!(kept.actors, saved.actors, "the actors are as they were");
    let [round] = kept.placement_rounds.as_slice() else {
        panic!("one round: {:?}", kept.placement_rounds);
    };
    assert_eq!(round.participants, 2);
    assert_eq!(round.actors, ids);
    assert_eq!(round.answers.len(), 4);
    assert_eq!(
        round.answers_for(&ids[1]).filter(|a| a.dont_know()).count(),
        2
    );
}

#[test]
fn a_bad_code_or_a_missing_file_is_said_with_its_exit_code() {
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_powermap"))
            .args(args)
            .output()
            .expect("powermap runs")
    };
    let bad = run(&["room", "--code", "12", "x.json"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("six digits"));
    let dir = tempfile::tempdir().expect("temp");
    let missing = dir.path().join("missing.json");
    let missing = run(&["room", "--for", "1", &missing.display().to_string()]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("missing.json"));
}
