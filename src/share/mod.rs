//! Co-editing: laptops on one network edit the same session live, and laptops that were
//! apart merge when they meet again. The engine is Loro (ARCHITECTURE.md, "Co-editing
//! engine"); `mirror` keeps the session and the engine's document in step (`records` and
//! `fields` lay the session out in the document), `settle` makes what peers wrote at the
//! same time into a session a file can hold, `apart` finds the actors two laptops placed
//! differently while they were apart, `wire` encrypts the bytes between laptops,
//! `link` runs the connections, `discovery` announces shares on the
//! network and hears them, `message` is what they say, and `sharing` is one laptop's
//! side of a share. Nothing here runs unless the user shares a session or opens File >
//! Join.

mod apart;
#[cfg(test)]
mod convergence_tests;
mod discovery;
mod fields;
mod link;
mod message;
mod mirror;
mod records;
mod settle;
mod sharing;
#[cfg(test)]
mod tests;
mod wire;

pub use apart::PlacedApart;
pub use discovery::{Announcement, DiscoveryError, Heard, Listening, Network};
pub use link::{Closed, LinkId, MAX_PEERS};
pub use message::{MAX_NAME, Presence};
pub use mirror::{Mirror, MirrorError};
pub use settle::settle;
pub use sharing::{Notice, Person, ShareError, Sharing, Standing};
pub use wire::{ShareKey, WireError};
