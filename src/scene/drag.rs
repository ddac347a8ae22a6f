//! A drag on a map of thousands of actors without building the whole picture each frame.
//! While actors are dragged, nothing else on the map changes: their markers, names and
//! relationship lines are lifted off the scene once, the rest is drawn as it was (so its
//! triangles are kept from frame to frame), and the lifted part follows the pointer. Names
//! are placed anew, around the actors where they land, once the drag ends.

use super::Scene;
use super::marks::{Overlay, Path};
use super::shapes::{ActorLabel, Edge, Marker};
use crate::model::{ActorId, Session};
use emath::Vec2;
use rustc_hash::{FxHashMap, FxHashSet};

/// What lifting does with the dragged actors' arrows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LiftArrows {
    /// Lift nothing where a dragged actor has an arrow (on the power map an aim or a
    /// movement, whose far end does not follow the actor).
    Refuse,
    /// Take them off: the caller draws them anew each frame (the spectrum's aims).
    Drop,
}

/// The part of a scene that belongs to the dragged actors, as it was drawn when lifted.
#[derive(Clone, Debug, PartialEq)]
pub struct LiftedPart {
    markers: Vec<Marker>,
    labels: Vec<ActorLabel>,
    /// Each relationship line touching a dragged actor, with the actors its two ends follow
    /// (`None` for an end at an actor left in place).
    edges: Vec<(Edge, [Option<usize>; 2])>,
}

impl LiftedPart {
    /// Take what belongs to the actors `dragged` (indices into `session.actors`) off
    /// `scene`: their markers, names and relationship lines. Markers the dragged ones hid
    /// are drawn again, as the dragged ones leave. The dragged actors' arrows are taken off
    /// (`LiftArrows::Drop`), or nothing is lifted and `None` returned, with `scene`
    /// untouched (`LiftArrows::Refuse`).
    pub fn lift(
        scene: &mut Scene,
        dragged: &FxHashSet<usize>,
        session: &Session,
        arrows: LiftArrows,
    ) -> Option<Self> {
        if scene
            .arrows
            .iter()
            .any(|arrow| dragged.contains(&arrow.actor))
        {
            match arrows {
                LiftArrows::Refuse => return None,
                LiftArrows::Drop => scene.arrows.retain(|arrow| !dragged.contains(&arrow.actor)),
            }
        }
        // By id, the dragged actors only: a relationship's ends are looked up once each.
        let dragged_ids: FxHashMap<&ActorId, usize> = dragged
            .iter()
            .filter_map(|&i| session.actors.get(i).map(|a| (&a.id, i)))
            .collect();
        let lifted_markers: Vec<Marker>;
        (lifted_markers, scene.markers) = std::mem::take(&mut scene.markers)
            .into_iter()
            .partition(|marker| dragged.contains(&marker.actor));
        let labels;
        (labels, scene.labels) = std::mem::take(&mut scene.labels)
            .into_iter()
            .partition(|label| dragged.contains(&label.actor));
        let mut edges = Vec::new();
        let mut kept = Vec::with_capacity(scene.edges.len());
        for edge in std::mem::take(&mut scene.edges) {
            let ends = session
                .relationships
                .get(edge.relationship)
                .map(|r| [&r.from, &r.to].map(|id| dragged_ids.get(id).copied()));
            match ends {
                Some(ends) if ends.iter().any(Option::is_some) => edges.push((edge, ends)),
                _ => kept.push(edge),
            }
        }
        scene.edges = kept;
        // The covered flag only saves drawing: a marker drawn that others still hide is
        // painted over by them.
        for marker in &mut scene.markers {
            if marker.covered
                && lifted_markers
                    .iter()
                    .any(|lifted| lifted.bounds().intersects(marker.bounds()))
            {
                marker.covered = false;
            }
        }
        Some(Self {
            markers: lifted_markers,
            labels,
            edges,
        })
    }

    /// The lifted part with each dragged actor moved by `offset(actor)` from where it was
    /// lifted, as a scene of its own in `frame` to draw over the rest.
    pub fn moved(&self, frame: &Scene, offset: impl Fn(usize) -> Vec2) -> Scene {
        let mut scene = Scene::empty(frame.frame, frame.palette.clone());
        scene.edges = self
            .edges
            .iter()
            .map(|(edge, [from, to])| {
                let from = from.map_or(Vec2::ZERO, &offset);
                let to = to.map_or(Vec2::ZERO, &offset);
                let mut edge = edge.clone();
                edge.from += from;
                edge.to += to;
                if let Some(label) = &mut edge.label {
                    label.pos += (from + to) / 2.0;
                }
                edge
            })
            .collect();
        scene.markers = self
            .markers
            .iter()
            .map(|marker| moved_marker(marker, offset(marker.actor)))
            .collect();
        scene.labels = self
            .labels
            .iter()
            .map(|label| {
                let by = offset(label.actor);
                let mut label = label.clone();
                label.rect = label.rect.translate(by);
                label.anchor += by;
                label.leader = label.leader.map(|ends| ends.map(|end| end + by));
                label
            })
            .collect();
        scene
    }
}

/// `marker`, its rings, badges and marks, moved by `by`.
fn moved_marker(marker: &Marker, by: Vec2) -> Marker {
    let mut marker = marker.clone();
    marker.center += by;
    for figure in marker.under.iter_mut().chain([&mut marker.body]) {
        move_path(&mut figure.path, by);
    }
    for overlay in &mut marker.over {
        match overlay {
            Overlay::Figure(figure) => move_path(&mut figure.path, by),
            Overlay::Mark(text) => text.pos += by,
        }
    }
    marker
}

fn move_path(path: &mut Path, by: Vec2) {
    match path {
        Path::Circle { center, .. } => *center += by,
        Path::RoundedRect { rect, .. } => *rect = rect.translate(by),
        Path::Triangle(points) => points.iter_mut().for_each(|p| *p += by),
        Path::Quad(points) => points.iter_mut().for_each(|p| *p += by),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Position, Relationship, RelationshipKind};
    use crate::scene::test_scenes::screen_power_map;
    use emath::vec2;
    use std::collections::HashSet;

    fn session(dragged_at: Position) -> Session {
        let mut session = Session::default();
        for (name, at) in [
            ("Mayor Varga", Position::clamped(-0.4, 0.7)),
            ("Teachers' union", dragged_at),
            ("Press", Position::clamped(0.5, 0.2)),
        ] {
            session.actors.push(Actor::new(name, at));
        }
        let [a, b, c] = [0, 1, 2].map(|i| session.actors[i].id.clone());
        session.relationships.push(Relationship::new(
            a.clone(),
            b,
            RelationshipKind::Cooperating,
        ));
        session
            .relationships
            .push(Relationship::new(a, c, RelationshipKind::Conflicting));
        session
    }

    fn build(session: &Session) -> Scene {
        screen_power_map(session, vec2(800.0, 500.0), &HashSet::new(), None)
    }

    #[test]
    fn the_lifted_part_follows_the_drag_and_the_rest_stays() {
        let before = session(Position::clamped(0.2, 0.6));
        let mut rest = build(&before);
        let whole = rest.clone();
        let dragged: FxHashSet<usize> = [1].into_iter().collect();
        let lifted =
            LiftedPart::lift(&mut rest, &dragged, &before, LiftArrows::Refuse).expect("no arrows");
        // The dragged actor's marker, name and one line are lifted; the other line stays.
        assert!(rest.markers.iter().all(|m| m.actor != 1));
        assert!(rest.labels.iter().all(|l| l.actor != 1));
        assert_eq!((rest.edges.len(), lifted.edges.len()), (1, 1));
        assert_eq!(rest.markers.len() + 1, whole.markers.len());

        let by = vec2(30.0, -12.0);
        let moved = lifted.moved(&rest, |actor| if actor == 1 { by } else { Vec2::ZERO });
        let marker = &moved.markers[0];
        let original = whole.markers.iter().find(|m| m.actor == 1).expect("drawn");
        assert_eq!(marker.center, original.center + by);
        assert_eq!(marker.bounds(), original.bounds().translate(by));
        assert_eq!(
            marker.body.reach(marker.center),
            original.body.reach(original.center)
        );
        // The line's dragged end follows, the other end stays, its label halfway.
        let (edge, _) = &lifted.edges[0];
        assert_eq!(moved.edges[0].to, edge.to + by);
        assert_eq!(moved.edges[0].from, edge.from);
        let label = whole.labels.iter().find(|l| l.actor == 1).expect("named");
        assert_eq!(moved.labels[0].rect, label.rect.translate(by));
        assert_eq!(moved.labels[0].anchor, label.anchor + by);
    }

    #[test]
    fn a_marker_hidden_under_the_dragged_one_is_drawn_once_it_leaves() {
        // Two actors on the very same spot are spread apart; make the hidden one a copy at
        // the same place with the covered flag, as the occlusion pass leaves it.
        let before = session(Position::clamped(0.2, 0.6));
        let mut rest = build(&before);
        let dragged_marker = rest.markers.iter().find(|m| m.actor == 1).cloned();
        let mut hidden = dragged_marker.expect("drawn");
        hidden.actor = 2;
        hidden.covered = true;
        rest.markers.insert(0, hidden);
        let dragged: FxHashSet<usize> = [1].into_iter().collect();
        LiftedPart::lift(&mut rest, &dragged, &before, LiftArrows::Refuse).expect("no arrows");
        assert!(rest.markers.iter().all(|m| !m.covered));
    }
}
