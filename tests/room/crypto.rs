//! The page's crypto library (tweetnacl-js, as served) and ours agree: the same box key from
//! the same room key, and each opens what the other sealed.

use super::client::hex;
use powermap::room::{KEY_CONTEXT, PAGE_FILES, RoomKey, Sealer};
use std::process::Command;

/// Whether `program` runs here; without it the test says so loudly and passes, except in CI
/// (`CI` set), which installs it and so must run the test.
pub fn available(program: &str, what: &str) -> bool {
    let runs = Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !runs {
        assert!(
            std::env::var_os("CI").is_none(),
            "{program} is missing in CI: .ci/run must install it ({what})"
        );
        eprintln!(
            "\n*** SKIPPED: {program} is not installed, so {what} did not run. \
             Install it (see .ci/run) to run it. ***\n"
        );
    }
    runs
}

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len() / 2)
        .filter_map(|i| u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok())
        .collect()
}

#[test]
fn the_pages_tweetnacl_and_the_rooms_secretbox_interoperate() {
    if !available("node", "the crypto round trip with the page's tweetnacl") {
        return;
    }
    let dir = tempfile::tempdir().expect("temporary folder");
    let nacl = PAGE_FILES
        .iter()
        .find(|(path, _, _)| *path == "/nacl.min.js")
        .map(|(_, _, text)| *text)
        .expect("the page serves tweetnacl");
    std::fs::write(dir.path().join("nacl.min.js"), nacl).expect("write");
    let key = RoomKey::generate().expect("random");
    let sealer = Sealer::new(&key.box_key());
    let from_rust = sealer.seal("ça va? 👍 from Rust".as_bytes()).expect("seal");
    // The page's own steps: canonical key, nacl.hash, secretbox with a random nonce.
    let script = r#"
const nacl = require(process.argv[2]);
const [context, key, sealedHex] = process.argv.slice(3);
const canonical = key.replace(/-/g, "");
const boxKey = nacl.hash(new TextEncoder().encode(context + canonical)).subarray(0, 32);
const sealed = Buffer.from(sealedHex, "hex");
const opened = nacl.secretbox.open(sealed.subarray(24), sealed.subarray(0, 24), boxKey);
const nonce = nacl.randomBytes(24);
const boxed = nacl.secretbox(new TextEncoder().encode("bonjour 🌍 from the page"), nonce, boxKey);
console.log(Buffer.from(boxKey).toString("hex"));
console.log(opened ? new TextDecoder().decode(opened) : "NOT OPENED");
console.log(Buffer.concat([Buffer.from(nonce), Buffer.from(boxed)]).toString("hex"));
"#;
    let script_path = dir.path().join("roundtrip.js");
    std::fs::write(&script_path, script).expect("write");
    let out = Command::new("node")
        .arg(&script_path)
        .arg(dir.path().join("nacl.min.js"))
        .arg(KEY_CONTEXT)
        .arg(key.grouped())
        .arg(hex(&from_rust))
        .output()
        .expect("node runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("text");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert_eq!(lines[0], hex(&key.box_key()), "the same box key");
    assert_eq!(
        lines[1], "ça va? 👍 from Rust",
        "the page opens what the room sealed"
    );
    let from_page = unhex(lines[2]);
    assert_eq!(
        sealer.open(&from_page).as_deref(),
        Some("bonjour 🌍 from the page".as_bytes()),
        "the room opens what the page sealed"
    );
    let mut changed = from_page;
    changed[40] ^= 1;
    assert_eq!(sealer.open(&changed), None);
}
