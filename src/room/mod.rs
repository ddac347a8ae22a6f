//! The room: phones on the local network place actors privately, the facilitator reveals the
//! spread. The app opens a [`Room`] (which starts a small HTTP server on the one address the
//! facilitator picked), polls it each frame, and closes it; nothing listens otherwise.
//!
//! Every payload is sealed with a key that reaches phones only in the address's fragment
//! (`key.rs`, `seal.rs`); the server reads requests within strict limits (`http.rs`,
//! `server.rs`), checks the room code and rate-limits wrong tries (`gate.rs`), and keeps the
//! answers (`state.rs`) that `api.rs` receives. docs/ROOM.md has the threat model.

mod api;
mod choice;
mod facilitator;
mod gate;
mod http;
mod key;
mod network;
mod page;
mod seal;
mod server;
mod state;
mod words;

pub use choice::{ActorChoice, actors_to_place, unplaced};
pub use facilitator::{Invite, Reveal, Room, RoomError, RoomOptions, Seat, is_room_code};
pub use http::HttpLimits;
pub use key::{KEY_CONTEXT, RoomKey};
pub use network::{ListenChoice, default_listen, listen_choices};
pub use page::{FILES as PAGE_FILES, fingerprint as page_fingerprint};
pub use seal::Sealer;
pub use server::ServerLimits;
pub use state::{Proposal, RoomActor, RoomEvent};
pub use words::words_json;
