//! The room's secrets: the key that travels in the address's fragment (and from which the
//! box key is derived), the room code the server checks, and the participants' tokens.

use sha2::{Digest, Sha512};

/// Crockford's base32 alphabet: digits and capitals without I, L, O and U, so that what is
/// read aloud or typed cannot be mistaken.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Characters of the room key: 20 of base32, 100 bits.
const KEY_CHARS: usize = 20;
/// The key is shown in groups of this many characters.
const GROUP: usize = 5;
/// How many room codes there are: six digits.
const CODES: u64 = 1_000_000;

/// What the box key is derived from besides the room key, so that the same text used
/// elsewhere gives another key. The page (room.js) hashes the same bytes.
pub const KEY_CONTEXT: &str = "powermap room v1 ";

/// Random bytes from the system's generator.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], std::io::Error> {
    let mut bytes = [0; N];
    getrandom::fill(&mut bytes).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(bytes)
}

/// The secret a room's address carries after `#`: 100 random bits as 20 Crockford base32
/// characters. Only phones that were shown the address know it; the server never receives it.
#[derive(Clone, PartialEq, Eq)]
pub struct RoomKey {
    /// The 20 characters, capitals, without separators.
    text: String,
}

impl std::fmt::Debug for RoomKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Keys stay out of logs and panic messages.
        f.write_str("RoomKey(..)")
    }
}

impl RoomKey {
    /// A new random key.
    pub fn generate() -> Result<Self, std::io::Error> {
        let bytes: [u8; 13] = random_bytes()?;
        // 13 bytes are 104 bits; the first 100 make the 20 characters.
        let mut bits: u128 = 0;
        for b in bytes {
            bits = (bits << 8) | u128::from(b);
        }
        let text = (0..KEY_CHARS)
            .map(|i| {
                let shift = 104 - 5 * (i + 1);
                char::from(CROCKFORD[usize::try_from((bits >> shift) & 31).unwrap_or(0)])
            })
            .collect();
        Ok(Self { text })
    }

    /// A key as someone typed it: case, dashes and spaces do not matter, and I, L and O are
    /// read as 1, 1 and 0 (Crockford's rule). `None` unless it is exactly 20 characters.
    pub fn parse(typed: &str) -> Option<Self> {
        let mut text = String::with_capacity(KEY_CHARS);
        for c in typed.chars().filter(|c| !matches!(c, '-' | ' ')) {
            let c = match c.to_ascii_uppercase() {
                'I' | 'L' => '1',
                'O' => '0',
                c => c,
            };
            if !c.is_ascii() || !CROCKFORD.contains(&(c as u8)) {
                return None;
            }
            text.push(c);
        }
        (text.len() == KEY_CHARS).then_some(Self { text })
    }

    /// The key in groups of five joined by dashes, as the projector shows it and the
    /// address carries it: `7K3PQ-9XDAM-M3PZ8-H1RTV`.
    pub fn grouped(&self) -> String {
        self.text
            .as_bytes()
            .chunks(GROUP)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join("-")
    }

    /// The 32-byte key of the secret box: the first half of SHA-512 over
    /// [`KEY_CONTEXT`] and the key's 20 characters (what tweetnacl's `nacl.hash` computes).
    pub fn box_key(&self) -> [u8; 32] {
        let digest = Sha512::new()
            .chain_update(KEY_CONTEXT.as_bytes())
            .chain_update(self.text.as_bytes())
            .finalize();
        let mut key = [0; 32];
        key.copy_from_slice(&digest[..32]);
        key
    }
}

/// A new room code: six digits, easy to read out and to type on a phone's number pad.
pub fn room_code() -> Result<String, std::io::Error> {
    let bytes: [u8; 8] = random_bytes()?;
    let n = u64::from_le_bytes(bytes) % CODES;
    Ok(format!("{n:06}"))
}

/// A new participant token: 128 random bits as hex.
pub fn token() -> Result<String, std::io::Error> {
    let bytes: [u8; 16] = random_bytes()?;
    Ok(hex(&bytes))
}

/// Bytes as lowercase hex digits.
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut out, b| {
            let _ = write!(out, "{b:02x}");
            out
        })
}

/// Whether two texts are equal, taking the same time wherever they differ (codes and tokens
/// are compared with this, so timing tells a guesser nothing).
pub fn same_secret(a: &str, b: &str) -> bool {
    let mut diff = u8::from(a.len() != b.len());
    for (x, y) in a.bytes().zip(b.bytes()) {
        diff |= x ^ y;
    }
    diff == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_20_readable_characters_in_four_groups() {
        let key = RoomKey::generate().expect("random");
        let shown = key.grouped();
        assert_eq!(shown.len(), 23);
        assert_eq!(shown.matches('-').count(), 3);
        assert!(
            shown
                .chars()
                .all(|c| c == '-' || CROCKFORD.contains(&(c as u8)))
        );
        assert_ne!(key, RoomKey::generate().expect("random"));
        assert_eq!(RoomKey::parse(&shown), Some(key.clone()));
        assert_eq!(RoomKey::parse(&shown.to_lowercase()), Some(key));
    }

    #[test]
    fn typing_slips_are_forgiven_and_wrong_keys_refused() {
        let a = RoomKey::parse("ABCDE-FGH1J-KMN0P-QRSTV").expect("key");
        assert_eq!(RoomKey::parse("abcde fghij kmnop qrstv"), Some(a.clone()));
        assert_eq!(RoomKey::parse("ABCDEFGHLJKMNOPQRSTV"), Some(a));
        assert_eq!(RoomKey::parse("ABCDE-FGH1J-KMN0P-QRST"), None);
        assert_eq!(RoomKey::parse("ABCDE-FGH1J-KMN0P-QRSTU"), None);
        assert_eq!(RoomKey::parse("ABCDE-FGH1J-KMN0P-QRSTÉ"), None);
    }

    #[test]
    fn the_box_key_is_the_first_half_of_sha512() {
        let key = RoomKey::parse("00000-00000-00000-00000").expect("key");
        let digest = Sha512::digest(format!("{KEY_CONTEXT}00000000000000000000").as_bytes());
        assert_eq!(key.box_key()[..], digest[..32]);
        assert_ne!(
            key.box_key(),
            RoomKey::parse("00000-00000-00000-00001")
                .expect("key")
                .box_key()
        );
    }

    #[test]
    fn codes_and_tokens() {
        let code = room_code().expect("random");
        assert_eq!(code.len(), 6);
        assert!(code.chars().all(|c| c.is_ascii_digit()));
        let t = token().expect("random");
        assert_eq!(t.len(), 32);
        assert!(same_secret(&t, &t.clone()));
        assert!(!same_secret(&t, &t[..31]));
        assert!(!same_secret("123456", "123457"));
    }
}
