//! When a view may draw its last scene again. Building a scene of thousands of actors (names
//! placed, hidden markers found) is most of an idle frame, and a window left alone builds the
//! same scene frame after frame. A view keeps the key of everything its scene was built from;
//! while the next frame's key is equal and the names have settled, the last scene is the one
//! a build would give.

use super::naming::LabelMemory;

/// What decides whether a view's last scene may be drawn again: the key of everything it
/// was built from (`K`, the view's own), and whether its names have stopped moving.
pub struct SceneReuse<K> {
    /// The inputs of the scene built last; `None` before the first and after `forget`.
    key: Option<K>,
    /// The names' places the last scene was built from, until a frame finds them equal to
    /// the places it drew; `None` once they are.
    labels_in: Option<LabelMemory>,
}

impl<K> Default for SceneReuse<K> {
    fn default() -> Self {
        Self {
            key: None,
            labels_in: None,
        }
    }
}

impl<K: PartialEq> SceneReuse<K> {
    /// Whether the scene built last may be drawn for `key`, where `drawn` holds the places
    /// of the names that scene drew. Names keep last frame's places and look for room again
    /// over a few frames, so a scene is only reused once its names have settled: built from
    /// the very places it drew, a build would give it again.
    pub fn holds(&mut self, key: &K, drawn: &LabelMemory) -> bool {
        if self.key.as_ref() != Some(key) {
            return false;
        }
        match &self.labels_in {
            None => true,
            Some(before) if before == drawn => {
                self.labels_in = None;
                true
            }
            Some(_) => false,
        }
    }

    /// The inputs of the scene built last, if any.
    pub fn key(&self) -> Option<&K> {
        self.key.as_ref()
    }

    /// Record that a scene was just built from `key`, with its names starting from the
    /// places `labels_in`.
    pub fn built(&mut self, key: K, labels_in: LabelMemory) {
        self.key = Some(key);
        self.labels_in = Some(labels_in);
    }

    /// Reuse nothing on the next frame (the scene was dropped, or built from inputs no key
    /// can name).
    pub fn forget(&mut self) {
        self.key = None;
        self.labels_in = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Position, Session};
    use crate::scene::Scene;
    use crate::scene::test_scenes::screen_power_map;
    use emath::vec2;
    use std::collections::HashSet;

    fn session() -> Session {
        let mut session = Session::default();
        for (k, name) in ["Mayor Varga", "Council", "Teachers' union", "Press"]
            .into_iter()
            .enumerate()
        {
            #[expect(clippy::cast_precision_loss, reason = "four actors")]
            let at = Position::clamped(0.1 * k as f32 - 0.2, 0.3);
            session.actors.push(Actor::new(name, at));
        }
        session
    }

    fn build(session: &Session, previous: &LabelMemory) -> Scene {
        screen_power_map(session, vec2(600.0, 400.0), &HashSet::new(), Some(previous))
    }

    #[test]
    fn a_scene_is_reused_for_the_same_key_once_its_names_settle() {
        let session = session();
        let mut reuse = SceneReuse::default();
        let mut drawn = LabelMemory::default();
        let mut reused = Vec::new();
        let mut last = None;
        for _ in 0..4 {
            if reuse.holds(&1, &drawn) {
                reused.push(true);
                continue;
            }
            reused.push(false);
            let scene = build(&session, &drawn);
            reuse.built(1, std::mem::replace(&mut drawn, LabelMemory::of(&scene)));
            last = Some(scene);
        }
        // Built from no places, then from the places it drew, which it drew again.
        assert_eq!(reused, [false, false, true, true]);
        // And the reused scene is what a build from those places gives.
        assert_eq!(last, Some(build(&session, &drawn)));
        // Another key: built again.
        assert!(!reuse.holds(&2, &drawn));
        reuse.forget();
        assert!(!reuse.holds(&1, &drawn));
    }

    #[test]
    fn names_still_moving_are_built_again() {
        let session = session();
        let mut reuse = SceneReuse::default();
        let scene = build(&session, &LabelMemory::default());
        let drawn = LabelMemory::of(&scene);
        reuse.built(1, LabelMemory::default());
        // Built from no places, it drew some: the next frame builds from them.
        assert!(!reuse.holds(&1, &drawn));
    }
}
