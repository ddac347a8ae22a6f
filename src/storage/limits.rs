//! Cheap checks that run before parsing, so absurd input is refused quickly.

use super::error::LoadError;

/// The largest session file powermap opens.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// The deepest bracket nesting a session file may have; real ones need five.
pub const MAX_NESTING: usize = 32;

/// The most values a session file's unknown fields may hold: they are kept as a JSON tree,
/// which costs up to a hundred bytes a value (this many cost at most about 100 MB).
pub const MAX_UNKNOWN_VALUES: usize = 1_000_000;
/// The most values a file of an older format may hold: migrating one reads it whole as a JSON
/// tree. Far more than the biggest session powermap handles smoothly needs.
pub const MAX_TREE_VALUES: usize = 5_000_000;

/// The bytes of JSON text that lie outside strings, with their offsets: brackets, commas and
/// the like, found without parsing.
fn outside_strings(bytes: &[u8]) -> impl Iterator<Item = (usize, u8)> + '_ {
    let mut in_string = false;
    let mut escaped = false;
    bytes.iter().enumerate().filter_map(move |(offset, &byte)| {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            return None;
        }
        if byte == b'"' {
            in_string = true;
            return None;
        }
        Some((offset, byte))
    })
}

/// At least as many as the values in the JSON `text` (one more than its brackets and commas:
/// every value but the first opens a list or object, or comes first in one, or follows a
/// comma), without parsing it.
pub fn count_values(text: &str) -> usize {
    1 + outside_strings(text.as_bytes())
        .filter(|(_, b)| matches!(b, b'[' | b'{' | b','))
        .count()
}

/// The 1-based line and column of a byte offset.
pub fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.split(|&b| b == b'\n').count();
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    // Columns count characters, not bytes, so accented names do not shift them.
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

/// Refuse text whose brackets nest deeper than [`MAX_NESTING`], without parsing it.
pub fn check_nesting(text: &str) -> Result<(), LoadError> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    for (offset, byte) in outside_strings(bytes) {
        match byte {
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    let (line, column) = line_column(bytes, offset);
                    return Err(LoadError::TooDeep {
                        limit: MAX_NESTING,
                        line,
                        column,
                    });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let text = "ab\nçé x";
        assert_eq!(line_column(text.as_bytes(), 0), (1, 1));
        assert_eq!(line_column(text.as_bytes(), 3), (2, 1));
        let x = text.find('x').expect("x");
        assert_eq!(line_column(text.as_bytes(), x), (2, 4));
    }

    #[test]
    fn values_are_never_undercounted() {
        fn total(v: &serde_json::Value) -> usize {
            1 + match v {
                serde_json::Value::Array(items) => items.iter().map(total).sum(),
                serde_json::Value::Object(map) => map.values().map(total).sum(),
                _ => 0,
            }
        }
        for (text, at_least) in [
            ("0", 1),
            ("[1,2,3]", 4),
            ("{\"a\": [1, {\"b\": 2}], \"c\": \"x,[\"}", 6),
            ("[[], []]", 3),
        ] {
            let parsed: serde_json::Value = serde_json::from_str(text).expect("json");
            assert_eq!(total(&parsed), at_least, "{text}");
            assert!(count_values(text) >= at_least, "{text}");
        }
        assert_eq!(count_values("\"[,{\""), 1);
    }

    #[test]
    fn nesting_inside_strings_does_not_count() {
        let deep_string = format!("{{\"a\": \"{}\"}}", "[".repeat(1000));
        assert!(check_nesting(&deep_string).is_ok());
        let deep = "[".repeat(MAX_NESTING + 1);
        assert!(matches!(
            check_nesting(&deep),
            Err(LoadError::TooDeep { .. })
        ));
    }
}
