//! What laptops say to each other once a connection is open: a tag byte, then the body.
//! Bodies from a peer are read with limits; anything that does not read is refused, and
//! the connection that sent it is closed.

use crate::model::ActorId;
use serde::{Deserialize, Serialize};

/// The longest name a person may show to the others, in characters.
pub const MAX_NAME: usize = 60;
/// The most actors one person's selection may name.
pub const MAX_SELECTION: usize = 10_000;

const HELLO: u8 = 1;
const UPDATE: u8 = 2;
const PRESENCE: u8 = 3;
const REMOVED: u8 = 4;
const KEEPALIVE: u8 = 5;

/// Who is at the other end, and what of the session they have.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hello {
    /// The person's name as they chose to show it.
    pub name: String,
    /// Their colour, red, green, blue.
    pub colour: [u8; 3],
    /// The engine's version vector of their copy (empty: they have nothing yet).
    pub version: Vec<u8>,
}

/// One person's selection, shown to the others in their colour with their name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Presence {
    /// Which person: a number each laptop picks at random when the share begins.
    pub person: u64,
    /// Their name.
    pub name: String,
    /// Their colour.
    pub colour: [u8; 3],
    /// The actors they have selected.
    pub selection: Vec<ActorId>,
    /// They left the share: forget them.
    #[serde(default)]
    pub gone: bool,
}

/// A message between laptops.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// The first message each side sends.
    Hello(Hello),
    /// Engine bytes: edits the other side may not have.
    Update(Vec<u8>),
    /// Someone's selection (the sharer passes on everyone's).
    Presence(Presence),
    /// The sharer removed this laptop from the share.
    Removed,
    /// Nothing to say; the connection is still there.
    KeepAlive,
}

impl Message {
    /// The message as bytes, to seal.
    pub fn encode(&self) -> Vec<u8> {
        let (tag, body) = match self {
            Self::Hello(hello) => (HELLO, serde_json::to_vec(hello).unwrap_or_default()),
            Self::Update(bytes) => (UPDATE, bytes.clone()),
            Self::Presence(presence) => {
                (PRESENCE, serde_json::to_vec(presence).unwrap_or_default())
            }
            Self::Removed => (REMOVED, Vec::new()),
            Self::KeepAlive => (KEEPALIVE, Vec::new()),
        };
        let mut bytes = Vec::with_capacity(body.len() + 1);
        bytes.push(tag);
        bytes.extend_from_slice(&body);
        bytes
    }

    /// Read a message a peer sent; `None` if it is not one this version knows, or breaks
    /// the limits.
    pub fn decode(bytes: &[u8]) -> Option<Self> {
        let (&tag, body) = bytes.split_first()?;
        let message = match tag {
            HELLO => Self::Hello(serde_json::from_slice(body).ok()?),
            UPDATE if !body.is_empty() => Self::Update(body.to_vec()),
            PRESENCE => Self::Presence(serde_json::from_slice(body).ok()?),
            REMOVED if body.is_empty() => Self::Removed,
            KEEPALIVE if body.is_empty() => Self::KeepAlive,
            _ => return None,
        };
        message.within_limits().then_some(message)
    }

    fn within_limits(&self) -> bool {
        match self {
            Self::Hello(hello) => hello.name.chars().count() <= MAX_NAME,
            Self::Presence(presence) => {
                presence.name.chars().count() <= MAX_NAME
                    && presence.selection.len() <= MAX_SELECTION
            }
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_reads_back_as_it_was_written() {
        let messages = [
            Message::Hello(Hello {
                name: "Amani".to_owned(),
                colour: [200, 30, 90],
                version: vec![1, 2, 3],
            }),
            Message::Update(vec![9; 300]),
            Message::Presence(Presence {
                person: 42,
                name: "Ngozi".to_owned(),
                colour: [1, 2, 3],
                selection: vec![ActorId("a-1".to_owned())],
                gone: false,
            }),
            Message::Removed,
            Message::KeepAlive,
        ];
        for message in messages {
            assert_eq!(Message::decode(&message.encode()), Some(message));
        }
    }

    #[test]
    fn unknown_empty_or_oversized_messages_are_refused() {
        assert_eq!(Message::decode(&[]), None);
        assert_eq!(Message::decode(&[99, 1, 2]), None);
        assert_eq!(Message::decode(&[UPDATE]), None);
        assert_eq!(Message::decode(&[HELLO, b'{']), None);
        let long = Message::Hello(Hello {
            name: "x".repeat(MAX_NAME + 1),
            colour: [0; 3],
            version: Vec::new(),
        });
        assert_eq!(Message::decode(&long.encode()), None);
    }
}
