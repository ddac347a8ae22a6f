//! Stable identifiers for actors and relationships.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};

/// The stable id of an actor; it survives save, load and merge.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ActorId(pub String);

/// The stable id of a relationship between two actors.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RelationshipId(pub String);

impl fmt::Display for ActorId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for RelationshipId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A fresh id body: unique within this process, and unlikely to collide with ids made
/// by another run (two organizers mapping separately must be mergeable later), so it
/// mixes the clock into a counter instead of counting from one.
pub(crate) fn fresh_token() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| {
            d.as_secs().wrapping_mul(1_000_000_000) ^ u64::from(d.subsec_nanos())
        });
    let mixed = splitmix64(nanos ^ count.rotate_left(32)) ^ count;
    format!("{:012x}", mixed & 0xffff_ffff_ffff)
}

fn splitmix64(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl ActorId {
    /// A new id that no other actor made in this process has.
    pub fn fresh() -> Self {
        Self(format!("a-{}", fresh_token()))
    }
}

impl RelationshipId {
    /// A new id that no other relationship made in this process has.
    pub fn fresh() -> Self {
        Self(format!("r-{}", fresh_token()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_ids_differ() {
        let ids: std::collections::HashSet<_> = (0..10_000).map(|_| ActorId::fresh()).collect();
        assert_eq!(ids.len(), 10_000);
    }
}
