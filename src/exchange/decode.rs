//! Text files in the encodings spreadsheets write: UTF-8 with or without a byte order mark,
//! UTF-16 ("Unicode text" from Excel), and the legacy code pages Excel on Windows still uses
//! for "CSV" (Windows-1252 in western Europe, 1250, 1251, 1256...). The encoding is read from
//! the byte order mark, else taken as UTF-8 when the bytes are valid UTF-8, else guessed by
//! chardetng; the user can always name another.

use crate::words::ui;
use encoding_rs::Encoding;

/// The encodings the mapping step offers, most common first.
pub const OFFERED_ENCODINGS: [&Encoding; 22] = [
    encoding_rs::UTF_8,
    encoding_rs::WINDOWS_1252,
    encoding_rs::UTF_16LE,
    encoding_rs::UTF_16BE,
    encoding_rs::WINDOWS_1250,
    encoding_rs::WINDOWS_1251,
    encoding_rs::WINDOWS_1253,
    encoding_rs::WINDOWS_1254,
    encoding_rs::WINDOWS_1255,
    encoding_rs::WINDOWS_1256,
    encoding_rs::WINDOWS_1257,
    encoding_rs::WINDOWS_1258,
    encoding_rs::WINDOWS_874,
    encoding_rs::ISO_8859_2,
    encoding_rs::ISO_8859_15,
    encoding_rs::KOI8_U,
    encoding_rs::IBM866,
    encoding_rs::MACINTOSH,
    encoding_rs::SHIFT_JIS,
    encoding_rs::GBK,
    encoding_rs::BIG5,
    encoding_rs::EUC_KR,
];

/// How the bytes of a text file were read.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The text, without a byte order mark.
    pub text: String,
    /// The encoding it was read in.
    pub encoding: &'static Encoding,
    /// How the encoding was chosen.
    pub origin: EncodingOrigin,
    /// The lines (1-based) that held bytes the encoding does not define; each such byte
    /// became "�".
    pub broken_lines: Vec<usize>,
}

/// How a file's encoding was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EncodingOrigin {
    /// The file begins with a byte order mark.
    ByteOrderMark,
    /// Every byte sequence in it is valid UTF-8.
    ValidUtf8,
    /// Guessed from the bytes.
    Guessed,
    /// Named by the user.
    Chosen,
}

impl EncodingOrigin {
    /// What the mapping step says of it.
    pub fn describe(self) -> &'static str {
        ui().get(match self {
            Self::ByteOrderMark => "read-encoding-marked",
            Self::ValidUtf8 => "read-encoding-valid",
            Self::Guessed => "read-encoding-guessed",
            Self::Chosen => "read-encoding-chosen",
        })
    }
}

/// The encoding a name stands for: any WHATWG label ("utf-8", "latin1", "cp1252",
/// "windows-1251", "utf-16le", `shift_jis`...).
pub fn encoding_named(name: &str) -> Option<&'static Encoding> {
    Encoding::for_label(name.trim().as_bytes())
}

/// Decode `bytes` as `chosen`, or as the encoding they are read in (byte order mark, valid
/// UTF-8, else the detector's guess).
pub fn decode(bytes: &[u8], chosen: Option<&'static Encoding>) -> Decoded {
    let bom = Encoding::for_bom(bytes);
    let (encoding, origin) = match (chosen, bom) {
        (Some(encoding), _) => (encoding, EncodingOrigin::Chosen),
        (None, Some((encoding, _))) => (encoding, EncodingOrigin::ByteOrderMark),
        (None, None) => match unmarked_utf16(bytes) {
            Some(encoding) => (encoding, EncodingOrigin::Guessed),
            None if std::str::from_utf8(bytes).is_ok() => {
                (encoding_rs::UTF_8, EncodingOrigin::ValidUtf8)
            }
            None => guess_legacy(bytes),
        },
    };
    // A byte order mark of the encoding read in is not text; another one is the user's
    // choice against it, and decodes as the bytes it is.
    let body = match bom {
        Some((marked, length)) if marked == encoding => &bytes[length..],
        _ => bytes,
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    let broken_lines = if had_errors {
        broken_lines(body, encoding)
    } else {
        Vec::new()
    };
    Decoded {
        text: text.into_owned(),
        encoding,
        origin,
        broken_lines,
    }
}

/// How many bytes of lines with non-ASCII bytes the detector reads: far more than it needs to
/// tell the encodings apart, and a bound on its time for a file of 20,000 rows.
const DETECTOR_BYTES: usize = 64 * 1024;

/// The legacy encoding chardetng guesses for bytes that are not UTF-8. Only lines holding
/// bytes beyond ASCII tell encodings apart, so only those are fed, up to a budget.
fn guess_legacy(bytes: &[u8]) -> (&'static Encoding, EncodingOrigin) {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    let mut fed = 0;
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        if fed >= DETECTOR_BYTES {
            break;
        }
        if !line.is_ascii() {
            detector.feed(line, false);
            fed += line.len();
        }
    }
    detector.feed(&[], true);
    (
        detector.guess(None, chardetng::Utf8Detection::Deny),
        EncodingOrigin::Guessed,
    )
}

/// UTF-16 without a byte order mark, as some tools write it: text in Latin letters, digits
/// and punctuation has a zero byte in every other place (the high half of each unit), which
/// no single-byte encoding or UTF-8 text has.
fn unmarked_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zeros = |offset: usize| {
        sample
            .iter()
            .skip(offset)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    // Most units of the text's one script have a zero high byte; the other half is text.
    if odd * 10 >= pairs * 6 && even * 10 <= pairs {
        Some(encoding_rs::UTF_16LE)
    } else if even * 10 >= pairs * 6 && odd * 10 <= pairs {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// The lines holding bytes `encoding` does not define: each line is decoded alone, so a "�"
/// the file itself holds is not taken for a broken byte.
fn broken_lines(body: &[u8], encoding: &'static Encoding) -> Vec<usize> {
    // UTF-16 lines are not split at a 0x0A byte; the whole text is checked line by line.
    if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
        let (text, _) = encoding.decode_without_bom_handling(body);
        return text
            .lines()
            .enumerate()
            .filter(|(_, line)| line.contains('\u{FFFD}'))
            .map(|(i, _)| i + 1)
            .collect();
    }
    body.split(|&b| b == b'\n')
        .enumerate()
        .filter(|(_, line)| {
            encoding
                .decode_without_bom_handling_and_without_replacement(line)
                .is_none()
        })
        .map(|(i, _)| i + 1)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_order_marks_utf8_and_legacy_code_pages_are_told_apart() {
        let utf8 = decode("Préfecture".as_bytes(), None);
        assert_eq!(
            (utf8.encoding, utf8.origin),
            (encoding_rs::UTF_8, EncodingOrigin::ValidUtf8)
        );
        let with_bom = decode(b"\xEF\xBB\xBFNom", None);
        assert_eq!(with_bom.text, "Nom");
        assert_eq!(with_bom.origin, EncodingOrigin::ByteOrderMark);
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Name\tÉvry".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&utf16, None).text, "Name\tÉvry");
        let unmarked: Vec<u8> = "Name\tSupport\r\nCafé\t5\r\n"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        let read = decode(&unmarked, None);
        assert_eq!(
            (read.encoding, read.text.as_str()),
            (encoding_rs::UTF_16BE, "Name\tSupport\r\nCafé\t5\r\n")
        );
        assert_eq!(decode(b"Name,\0\0\n", None).encoding, encoding_rs::UTF_8);
        let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(
            "Acteur;Type\r\nPréfecture de la Loire;Institution\r\nMairie d’Évry;Mairie\r\n",
        );
        let read = decode(&latin, None);
        assert_eq!(read.encoding, encoding_rs::WINDOWS_1252);
        assert!(read.text.contains("Préfecture de la Loire") && read.text.contains("d’Évry"));
        assert!(read.broken_lines.is_empty());
    }

    #[test]
    fn bytes_the_chosen_encoding_does_not_define_are_named_by_line() {
        let read = decode(b"Name\nCaf\xE9\nok\n\xFF", Some(encoding_rs::UTF_8));
        assert_eq!(read.broken_lines, vec![2, 4]);
        assert_eq!(read.origin, EncodingOrigin::Chosen);
        assert_eq!(encoding_named("latin1"), Some(encoding_rs::WINDOWS_1252));
        assert_eq!(encoding_named("cp1251"), Some(encoding_rs::WINDOWS_1251));
        assert_eq!(encoding_named("klingon"), None);
    }
}
