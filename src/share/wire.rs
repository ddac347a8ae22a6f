//! The bytes between two laptops: a Noise handshake with a key derived from the share
//! passphrase, then messages encrypted and authenticated in frames.
//!
//! On connecting, the sharer first sends, in the clear, [`MAGIC`] and the share's id (the
//! salt the key is derived with; it reveals nothing of the passphrase). Both sides then run
//! `Noise_NNpsk0_25519_ChaChaPoly_BLAKE2s` with that prefix as the prologue, so a changed id
//! fails the handshake. Without the passphrase nobody can finish the handshake, read a
//! frame, or change, replay or reorder one unnoticed: each frame is sealed under the next
//! nonce, so any of these fails to open and ends the connection.
//!
//! A frame is a big-endian `u16` length and that many bytes sealed by Noise; a message is
//! one or more frames, each frame's first byte saying whether more follow. Messages are
//! capped at [`MAX_MESSAGE`] bytes; anything larger ends the connection.

use snow::{Builder, HandshakeState, TransportState};
use std::io::{self, Read, Write};

/// The clear prefix of a connection: names the protocol and its version.
pub const MAGIC: &[u8; 8] = b"PMSHARE1";
/// Bytes in a share's id.
pub const SHARE_ID_LEN: usize = 16;
/// The largest message either side accepts (a whole 20,000-actor document fits).
pub const MAX_MESSAGE: usize = 64 * 1024 * 1024;
/// The Noise protocol.
const PATTERN: &str = "Noise_NNpsk0_25519_ChaChaPoly_BLAKE2s";
/// Noise's own limit on one message.
const MAX_FRAME: usize = 65_535;
/// What Noise adds to each frame (the tag).
const TAG: usize = 16;
/// Plain bytes per frame: Noise's limit less the tag and the "more follows" byte.
const CHUNK: usize = MAX_FRAME - TAG - 1;

/// A 32-byte key derived from the share passphrase and the share's id.
#[derive(Clone)]
pub struct ShareKey([u8; 32]);

impl ShareKey {
    /// Derive the key with scrypt (2^15 rounds, as a passphrase typed by people needs):
    /// about a tenth of a second, so run it off the UI thread.
    pub fn derive(passphrase: &str, share_id: &[u8; SHARE_ID_LEN]) -> Self {
        let mut salt = Vec::with_capacity(MAGIC.len() + SHARE_ID_LEN);
        salt.extend_from_slice(MAGIC);
        salt.extend_from_slice(share_id);
        let mut key = [0; 32];
        // Parameters within scrypt's limits and a 32-byte output cannot fail.
        let params = scrypt::Params::new(15, 8, 1, 32).expect("scrypt parameters");
        scrypt::scrypt(passphrase.as_bytes(), &salt, &params, &mut key).expect("scrypt output");
        Self(key)
    }
}

impl std::fmt::Debug for ShareKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ShareKey(..)")
    }
}

/// Why a connection ended or could not begin.
#[derive(Debug, thiserror::Error)]
pub enum WireError {
    /// The socket failed or closed.
    #[error("{0}")]
    Io(#[from] io::Error),
    /// The other side is not a powermap share (wrong prefix).
    #[error("not a powermap share")]
    NotAShare,
    /// The handshake failed: the passphrases differ (or someone tampered with it).
    #[error("the handshake failed")]
    Handshake,
    /// A frame did not open: changed, replayed or out of order.
    #[error("a message did not open")]
    Tampered,
    /// A message was larger than [`MAX_MESSAGE`].
    #[error("a message was too large")]
    TooLarge,
}

impl From<snow::Error> for WireError {
    fn from(_: snow::Error) -> Self {
        Self::Handshake
    }
}

/// A Noise builder for this protocol, with the prologue and the pre-shared key set.
fn noise<'a>(key: &'a ShareKey, prologue: &'a [u8]) -> Result<Builder<'a>, WireError> {
    // The pattern is a constant this module names; it always parses.
    let params = PATTERN.parse().expect("Noise pattern");
    Ok(Builder::new(params).prologue(prologue)?.psk(0, &key.0)?)
}

fn prologue(share_id: &[u8; SHARE_ID_LEN]) -> Vec<u8> {
    [MAGIC.as_slice(), share_id].concat()
}

/// The sharer's side: send the clear prefix, then answer the handshake.
pub fn accept<S: Read + Write>(
    stream: &mut S,
    key: &ShareKey,
    share_id: &[u8; SHARE_ID_LEN],
) -> Result<Sealed, WireError> {
    let prologue = prologue(share_id);
    stream.write_all(&prologue)?;
    let mut handshake = noise(key, &prologue)?.build_responder()?;
    let first = read_frame(stream)?;
    let mut scratch = vec![0; MAX_FRAME];
    handshake.read_message(&first, &mut scratch)?;
    let len = handshake.write_message(&[], &mut scratch)?;
    write_frame(stream, &scratch[..len])?;
    finish(handshake)
}

/// Read the sharer's clear prefix: the share's id, which the key is derived with.
pub fn read_share_id<S: Read>(stream: &mut S) -> Result<[u8; SHARE_ID_LEN], WireError> {
    let mut prefix = [0; MAGIC.len() + SHARE_ID_LEN];
    stream.read_exact(&mut prefix)?;
    if &prefix[..MAGIC.len()] != MAGIC {
        return Err(WireError::NotAShare);
    }
    let mut id = [0; SHARE_ID_LEN];
    id.copy_from_slice(&prefix[MAGIC.len()..]);
    Ok(id)
}

/// The joiner's side, once [`read_share_id`] has given the id and the key is derived.
pub fn connect<S: Read + Write>(
    stream: &mut S,
    key: &ShareKey,
    share_id: &[u8; SHARE_ID_LEN],
) -> Result<Sealed, WireError> {
    let prologue = prologue(share_id);
    let mut handshake = noise(key, &prologue)?.build_initiator()?;
    let mut scratch = vec![0; MAX_FRAME];
    let len = handshake.write_message(&[], &mut scratch)?;
    write_frame(stream, &scratch[..len])?;
    // A sharer that cannot open our first message (another passphrase) closes: that is
    // the end of the stream here.
    let answer = match read_frame(stream) {
        Ok(answer) => answer,
        Err(WireError::Io(e)) if e.kind() == io::ErrorKind::UnexpectedEof => {
            return Err(WireError::Handshake);
        }
        Err(e) => return Err(e),
    };
    handshake.read_message(&answer, &mut scratch)?;
    finish(handshake)
}

fn finish(handshake: HandshakeState) -> Result<Sealed, WireError> {
    Ok(Sealed {
        transport: handshake.into_transport_mode()?,
        partial: Vec::new(),
    })
}

/// A connection after the handshake: seals messages to send and opens those received.
pub struct Sealed {
    transport: TransportState,
    /// The frames of a message received so far.
    partial: Vec<u8>,
}

impl Sealed {
    /// Seal `message` into frames, each ready to write as it is.
    pub fn seal(&mut self, message: &[u8]) -> Result<Vec<u8>, WireError> {
        if message.len() > MAX_MESSAGE {
            return Err(WireError::TooLarge);
        }
        let chunks = message.len().div_ceil(CHUNK).max(1);
        let mut out = Vec::with_capacity(message.len() + chunks * (TAG + 3));
        let mut plain = Vec::with_capacity(CHUNK + 1);
        let mut sealed = vec![0; MAX_FRAME];
        for (i, chunk) in message
            .chunks(CHUNK)
            .chain(message.is_empty().then_some(&[][..]))
            .enumerate()
        {
            plain.clear();
            plain.push(u8::from(i + 1 < chunks));
            plain.extend_from_slice(chunk);
            let len = self
                .transport
                .write_message(&plain, &mut sealed)
                .map_err(|_| WireError::Tampered)?;
            // `len` is at most MAX_FRAME, which fits a u16.
            out.extend_from_slice(&u16::try_from(len).unwrap_or(u16::MAX).to_be_bytes());
            out.extend_from_slice(&sealed[..len]);
        }
        Ok(out)
    }

    /// Open one frame read by [`read_frame`]. Returns a whole message once its last frame
    /// has come.
    pub fn open(&mut self, frame: &[u8]) -> Result<Option<Vec<u8>>, WireError> {
        let mut plain = vec![0; frame.len()];
        let len = self
            .transport
            .read_message(frame, &mut plain)
            .map_err(|_| WireError::Tampered)?;
        let Some((&more, body)) = plain[..len].split_first() else {
            return Err(WireError::Tampered);
        };
        if self.partial.len() + body.len() > MAX_MESSAGE {
            return Err(WireError::TooLarge);
        }
        self.partial.extend_from_slice(body);
        Ok((more == 0).then(|| std::mem::take(&mut self.partial)))
    }
}

/// Read one frame: its length, then its bytes.
pub fn read_frame<S: Read>(stream: &mut S) -> Result<Vec<u8>, WireError> {
    let mut len = [0; 2];
    stream.read_exact(&mut len)?;
    let mut frame = vec![0; usize::from(u16::from_be_bytes(len))];
    stream.read_exact(&mut frame)?;
    Ok(frame)
}

fn write_frame<S: Write>(stream: &mut S, frame: &[u8]) -> Result<(), WireError> {
    let len = u16::try_from(frame.len()).map_err(|_| WireError::TooLarge)?;
    stream.write_all(&len.to_be_bytes())?;
    stream.write_all(frame)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{TcpListener, TcpStream};

    const ID: [u8; SHARE_ID_LEN] = *b"0123456789abcdef";

    /// A sharer on loopback answering one connection with `key`; returns the joiner's result
    /// with `joiner_key`, and the sharer's.
    fn handshake(
        key: &ShareKey,
        joiner_key: &ShareKey,
    ) -> (Result<Sealed, WireError>, Result<Sealed, WireError>) {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let address = listener.local_addr().expect("address");
        let key = key.clone();
        let sharer = std::thread::spawn(move || {
            let (mut stream, _) = listener.accept().expect("accept");
            stream
                .set_read_timeout(Some(std::time::Duration::from_secs(5)))
                .expect("timeout");
            accept(&mut stream, &key, &ID)
        });
        let mut stream = TcpStream::connect(address).expect("connect");
        stream
            .set_read_timeout(Some(std::time::Duration::from_secs(5)))
            .expect("timeout");
        let id = read_share_id(&mut stream).expect("the share's id");
        assert_eq!(id, ID);
        let joined = connect(&mut stream, joiner_key, &id);
        drop(stream);
        (joined, sharer.join().expect("sharer thread"))
    }

    fn failure(outcome: Result<Sealed, WireError>) -> Option<WireError> {
        outcome.err()
    }

    #[test]
    fn the_same_passphrase_opens_what_the_other_side_sealed() {
        let key = ShareKey::derive("river stone lantern", &ID);
        let (joiner, sharer) = handshake(&key, &key);
        let (mut joiner, mut sharer) = (joiner.expect("joiner"), sharer.expect("sharer"));
        let message: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        let sealed = joiner.seal(&message).expect("seal");
        let mut reader = sealed.as_slice();
        let mut opened = None;
        while opened.is_none() {
            let frame = read_frame(&mut reader).expect("frame");
            opened = sharer.open(&frame).expect("open");
        }
        assert_eq!(opened.expect("message"), message);
        let empty = sharer.seal(&[]).expect("seal");
        let frame = read_frame(&mut empty.as_slice()).expect("frame");
        assert_eq!(joiner.open(&frame).expect("open"), Some(Vec::new()));
    }

    #[test]
    fn another_passphrase_fails_the_handshake_on_both_sides() {
        let key = ShareKey::derive("river stone lantern", &ID);
        let wrong = ShareKey::derive("river stone lanterns", &ID);
        let (joiner, sharer) = handshake(&key, &wrong);
        let (joiner, sharer) = (failure(joiner), failure(sharer));
        assert!(matches!(joiner, Some(WireError::Handshake)), "{joiner:?}");
        assert!(matches!(sharer, Some(WireError::Handshake)), "{sharer:?}");
    }

    #[test]
    fn a_changed_replayed_or_misdirected_frame_does_not_open() {
        let key = ShareKey::derive("river stone lantern", &ID);
        let first_frame = |sealed: &mut Sealed, text: &[u8]| {
            let bytes = sealed.seal(text).expect("seal");
            read_frame(&mut bytes.as_slice()).expect("frame")
        };
        let (joiner, sharer) = handshake(&key, &key);
        let (mut joiner, mut sharer) = (joiner.expect("joiner"), sharer.expect("sharer"));
        let mut changed = first_frame(&mut joiner, b"move actor a-1");
        changed[5] ^= 1;
        assert!(
            matches!(sharer.open(&changed), Err(WireError::Tampered)),
            "changed"
        );

        let (joiner, sharer) = handshake(&key, &key);
        let (mut joiner, mut sharer) = (joiner.expect("joiner"), sharer.expect("sharer"));
        let frame = first_frame(&mut joiner, b"move actor a-1");
        assert!(sharer.open(&frame).expect("open").is_some());
        assert!(
            matches!(sharer.open(&frame), Err(WireError::Tampered)),
            "replayed"
        );

        let (_, other) = handshake(&key, &key);
        let mut other = other.expect("sharer");
        assert!(
            matches!(other.open(&frame), Err(WireError::Tampered)),
            "misdirected"
        );
    }

    #[test]
    fn a_stream_that_is_not_a_share_is_named_so() {
        let mut bytes: &[u8] = b"HTTP/1.1 200 OK\r\n\r\nhello there, this is a web server";
        assert!(matches!(
            read_share_id(&mut bytes),
            Err(WireError::NotAShare)
        ));
    }
}
