//! Folding a header or a cell to the key it is looked up by: "Unterstützung (1-5)" and
//! "unterstutzung" meet, as do "Opposition active" and "opposition-active". Keys are for
//! matching words only; what the user typed is always kept as typed.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// `text` in lower case, without accents, with punctuation turned into single spaces:
/// "Partie prenante", "PARTIE-PRENANTE" and "partie prenante " all fold to "partie prenante".
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    // Most headers and words are ASCII: nothing to decompose.
    if text.is_ascii() {
        for b in text.bytes() {
            if b.is_ascii_alphanumeric() {
                if std::mem::take(&mut space) {
                    out.push(' ');
                }
                out.push(char::from(b.to_ascii_lowercase()));
            } else {
                space = !out.is_empty();
            }
        }
        return out;
    }
    for c in text.nfkd().filter(|&c| !is_combining_mark(c)) {
        // Letters that do not decompose into a base letter and a mark.
        let c = match c {
            'ß' => {
                push_word_char(&mut out, &mut space, 's');
                's'
            }
            'æ' | 'Æ' => {
                push_word_char(&mut out, &mut space, 'a');
                'e'
            }
            'œ' | 'Œ' => {
                push_word_char(&mut out, &mut space, 'o');
                'e'
            }
            'ø' | 'Ø' => 'o',
            'ł' | 'Ł' => 'l',
            'đ' | 'Đ' => 'd',
            'ı' => 'i',
            other => other,
        };
        if c.is_alphanumeric() {
            push_word_char(&mut out, &mut space, c);
        } else {
            space = !out.is_empty();
        }
    }
    out
}

fn push_word_char(out: &mut String, space: &mut bool, c: char) {
    if std::mem::take(space) {
        out.push(' ');
    }
    out.extend(c.to_lowercase());
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn case_accents_and_punctuation_are_folded_away() {
        assert_eq!(fold("Unterstützung"), "unterstutzung");
        assert_eq!(fold("  PARTIE-PRENANTE "), "partie prenante");
        assert_eq!(fold("Opposition  active."), "opposition active");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Œuvre"), "oeuvre");
        assert_eq!(fold("Power / Influence"), "power influence");
        assert_eq!(fold("Influência"), "influencia");
        assert_eq!(fold("مسجد"), "مسجد");
        assert_eq!(fold(""), "");
    }
}
