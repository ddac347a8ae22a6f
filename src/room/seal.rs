//! Every payload between a phone and the room, sealed: a fresh 24-byte nonce followed by
//! tweetnacl's `secretbox` (XSalsa20-Poly1305) of the JSON text. Whoever lacks the key can
//! neither read nor forge one.

use crypto_secretbox::aead::{Aead, KeyInit};
use crypto_secretbox::{Key, Nonce, XSalsa20Poly1305};

/// Bytes of the nonce that starts every sealed message.
pub const NONCE_BYTES: usize = 24;
/// Bytes the box adds to the text (Poly1305's tag).
pub const TAG_BYTES: usize = 16;

/// Seals and opens messages with one room's box key.
pub struct Sealer {
    cipher: XSalsa20Poly1305,
}

impl Sealer {
    /// A sealer for the 32-byte box key.
    pub fn new(box_key: &[u8; 32]) -> Self {
        Self {
            cipher: XSalsa20Poly1305::new(Key::from_slice(box_key)),
        }
    }

    /// The message sealed under a fresh random nonce: nonce, then box.
    pub fn seal(&self, plain: &[u8]) -> Result<Vec<u8>, std::io::Error> {
        let nonce: [u8; NONCE_BYTES] = super::key::random_bytes()?;
        let boxed = self
            .cipher
            .encrypt(Nonce::from_slice(&nonce), plain)
            .map_err(|_| std::io::Error::other("sealing failed"))?;
        let mut out = Vec::with_capacity(NONCE_BYTES + boxed.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&boxed);
        Ok(out)
    }

    /// The text of a sealed message, or `None` when it is too short, was made with another
    /// key or was changed on the way.
    pub fn open(&self, sealed: &[u8]) -> Option<Vec<u8>> {
        if sealed.len() < NONCE_BYTES + TAG_BYTES {
            return None;
        }
        let (nonce, boxed) = sealed.split_at(NONCE_BYTES);
        self.cipher.decrypt(Nonce::from_slice(nonce), boxed).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_messages_open_only_with_their_key_and_unchanged() {
        let a = Sealer::new(&[7; 32]);
        let b = Sealer::new(&[8; 32]);
        let sealed = a.seal(b"{\"op\":\"join\"}").expect("seal");
        assert_eq!(sealed.len(), NONCE_BYTES + TAG_BYTES + 13);
        assert_eq!(a.open(&sealed).as_deref(), Some(&b"{\"op\":\"join\"}"[..]));
        assert_eq!(b.open(&sealed), None);
        let mut changed = sealed.clone();
        changed[30] ^= 1;
        assert_eq!(a.open(&changed), None);
        assert_eq!(a.open(&sealed[..39]), None);
        assert_eq!(a.open(&[]), None);
        assert_ne!(a.seal(b"x").expect("seal"), a.seal(b"x").expect("seal"));
    }
}
