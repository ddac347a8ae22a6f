//! Cheap checks that run before parsing, so absurd input is refused quickly.

use super::error::LoadError;

/// The largest session file powermap opens.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// The deepest bracket nesting a session file may have; real ones need five.
pub const MAX_NESTING: usize = 32;

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
    let mut in_string = false;
    let mut escaped = false;
    for (offset, &byte) in bytes.iter().enumerate() {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
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
