//! Which actors are selected, and which one the inspector shows.

use crate::model::{ActorId, Session};
use std::collections::HashSet;

/// The selected actors. The primary one is the last clicked; the inspector shows it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    ids: HashSet<ActorId>,
    primary: Option<ActorId>,
}

impl Selection {
    /// Only `id`.
    pub fn set_only(&mut self, id: ActorId) {
        self.ids.clear();
        self.ids.insert(id.clone());
        self.primary = Some(id);
    }

    /// Add `id`, or remove it if it was selected (Shift-click).
    pub fn toggle(&mut self, id: ActorId) {
        if self.ids.remove(&id) {
            if self.primary.as_ref() == Some(&id) {
                self.primary = self.ids.iter().next().cloned();
            }
        } else {
            self.ids.insert(id.clone());
            self.primary = Some(id);
        }
    }

    /// Add several (rectangle selection).
    pub fn extend(&mut self, ids: impl IntoIterator<Item = ActorId>) {
        for id in ids {
            self.primary.get_or_insert_with(|| id.clone());
            self.ids.insert(id);
        }
    }

    /// Select nothing.
    pub fn clear(&mut self) {
        self.ids.clear();
        self.primary = None;
    }

    /// Whether `id` is selected.
    pub fn contains(&self, id: &ActorId) -> bool {
        self.ids.contains(id)
    }

    /// The selected ids.
    pub fn ids(&self) -> &HashSet<ActorId> {
        &self.ids
    }

    /// How many are selected.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether nothing is selected.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The actor the inspector shows.
    pub fn primary(&self) -> Option<&ActorId> {
        self.primary.as_ref()
    }

    /// Drop ids of actors that no longer exist (after delete or undo).
    pub fn retain_existing(&mut self, session: &Session) {
        if self.ids.is_empty() {
            return;
        }
        let ids: Vec<ActorId> = self.ids.iter().cloned().collect();
        for (id, found) in ids.iter().zip(session.positions_of(ids.iter())) {
            if found.is_none() {
                self.ids.remove(id);
            }
        }
        if self.primary.as_ref().is_some_and(|p| !self.ids.contains(p)) {
            self.primary = self.ids.iter().next().cloned();
        }
    }

    /// The selected ids in the session's drawing order (stable for duplicate and delete).
    pub fn in_session_order(&self, session: &Session) -> Vec<ActorId> {
        session
            .actors
            .iter()
            .filter(|a| self.ids.contains(&a.id))
            .map(|a| a.id.clone())
            .collect()
    }
}
