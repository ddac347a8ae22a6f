//! Any bytes given to the loader: it refuses or accepts, never panics; what it accepts saves
//! and loads back equal; repair never panics either.
#![no_main]

use libfuzzer_sys::fuzz_target;
use powermap::storage::{load_bytes, load_str, repair_str, to_json};

fuzz_target!(|bytes: &[u8]| {
    if let Ok(session) = load_bytes(bytes) {
        let text = to_json(&session).expect("an accepted session serialises");
        let again = load_str(&text).expect("a saved session loads back");
        assert_eq!(again, session, "a saved session loads back equal");
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        if let Ok(repaired) = repair_str(text) {
            let saved = to_json(&repaired.session).expect("a repaired session serialises");
            load_str(&saved).expect("a repaired session is valid");
        }
    }
});
