//! The phones' page: its files, compiled into the binary, and their fingerprint.

use sha2::{Digest, Sha256};

/// The page.
pub const INDEX_HTML: &str = include_str!("../../assets/room/index.html");
/// Its script.
pub const ROOM_JS: &str = include_str!("../../assets/room/room.js");
/// Its style.
pub const ROOM_CSS: &str = include_str!("../../assets/room/room.css");
/// tweetnacl-js 1.0.3 (public domain), as npm ships it.
pub const NACL_JS: &str = include_str!("../../assets/room/nacl.min.js");

/// The page's files by the path they are served at, with their content type.
pub const FILES: [(&str, &str, &str); 4] = [
    ("/", "text/html; charset=utf-8", INDEX_HTML),
    ("/room.js", "text/javascript; charset=utf-8", ROOM_JS),
    ("/room.css", "text/css; charset=utf-8", ROOM_CSS),
    ("/nacl.min.js", "text/javascript; charset=utf-8", NACL_JS),
];

/// The page's file served at `path`, with its content type.
pub fn file(path: &str) -> Option<(&'static str, &'static str)> {
    let path = if path == "/index.html" { "/" } else { path };
    FILES
        .iter()
        .find(|(p, _, _)| *p == path)
        .map(|&(_, kind, text)| (kind, text))
}

/// A short fingerprint of every byte the page is made of: the first 80 bits of SHA-256 over
/// the files one after the other in the order of [`FILES`], as four groups of five hex
/// digits. The projector shows it; anyone on the network can check what the room serves with
/// `for f in / /room.js /room.css /nacl.min.js; do curl -s http://ADDRESS$f; done | sha256sum`
/// (docs/ROOM.md).
pub fn fingerprint() -> String {
    // The files are compiled in, so it never changes; the room panel shows it every frame.
    static FINGERPRINT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    FINGERPRINT
        .get_or_init(|| {
            let mut hash = Sha256::new();
            for (_, _, text) in FILES {
                hash.update(text.as_bytes());
            }
            super::key::hex(&hash.finalize()[..10])
                .as_bytes()
                .chunks(5)
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect::<Vec<_>>()
                .join("-")
        })
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_loads_nothing_from_elsewhere() {
        for (path, _, text) in FILES {
            if path == "/nacl.min.js" {
                continue;
            }
            for needle in ["http://", "https://", "//cdn", "@import", "url("] {
                assert!(!text.contains(needle), "{path} holds {needle}");
            }
        }
        for (path, _, text) in FILES.iter().filter(|(p, _, _)| *p == "/") {
            assert!(
                !text.contains("<script>"),
                "{path}: inline scripts break the policy"
            );
            assert!(
                !text.contains("style="),
                "{path}: inline styles break the policy"
            );
        }
    }

    #[test]
    fn the_fingerprint_is_stable_and_short() {
        let f = fingerprint();
        assert_eq!(f, fingerprint());
        assert_eq!(f.len(), 23);
        assert_eq!(file("/index.html").map(|f| f.1), Some(INDEX_HTML));
        assert_eq!(file("/secret"), None);
    }
}
