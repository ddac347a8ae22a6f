//! The power map while actors are dragged: the rest of the map is drawn as it was when the
//! drag began (its triangles kept from frame to frame), and the dragged actors' markers,
//! names and lines are drawn over it where they are now (`scene::LiftedPart`). Anything else
//! that changes meanwhile (an undo, another edit, the window, the zoom) builds the whole map
//! again, as the frame after the drag does.

use super::canvas::{CanvasState, SceneInputs};
use super::context::PanelContext;
use crate::model::Position;
use crate::render::{paint_scene_kept, paint_scene_over};
use crate::scene::{LiftedPart, MapTransform, Scene};
use egui::{Painter, Vec2};
use rustc_hash::FxHashSet;

/// Maps with fewer actors are built whole on each frame of a drag: it costs little there,
/// and their names make way for the dragged actor as it moves.
pub(super) const LIFT_FROM_ACTORS: usize = 400;

/// A drag's lifted actors, with what must stay equal for the rest of the map to hold.
pub(super) struct LiftedDrag {
    part: LiftedPart,
    /// The dragged actors, by index, each with the position it was lifted at.
    origins: Vec<(usize, Position)>,
    /// Every actor's position and whether it was parked, when lifted.
    placed: Vec<(Position, bool)>,
    /// The session's shape revision when lifted.
    shape_revision: u64,
    /// How many markers, names and lines the rest of the map has; the lifted ones, as they
    /// are now, follow them in the scene kept between frames.
    rest: (usize, usize, usize),
}

impl CanvasState {
    /// Lift the dragged actors off `scene`, just built whole, if a drag on the map is under
    /// way and the map is large enough to be worth it.
    pub(super) fn lift_dragged(&mut self, scene: &mut Scene, cx: &PanelContext<'_>) {
        self.lifted = None;
        let session = cx.session;
        let Some(drag) = self.drag.as_ref().filter(|drag| drag.on_map()) else {
            return;
        };
        let Some(shape_revision) = cx.facts.shape_revision else {
            return;
        };
        if scene.markers.len() < LIFT_FROM_ACTORS {
            return;
        }
        let dragged: Vec<usize> = drag
            .actors()
            .filter_map(|id| session.actors.iter().position(|a| &a.id == id))
            .collect();
        let set: FxHashSet<usize> = dragged.iter().copied().collect();
        let Some(part) = LiftedPart::lift(scene, &set, session) else {
            return;
        };
        self.lifted = Some(LiftedDrag {
            part,
            origins: dragged
                .iter()
                .map(|&i| (i, session.actors[i].position))
                .collect(),
            placed: session
                .actors
                .iter()
                .map(|a| (a.position, a.parked))
                .collect(),
            shape_revision,
            rest: (scene.markers.len(), scene.labels.len(), scene.edges.len()),
        });
    }

    /// Whether the lifted drag still holds for this frame: the same drag, nothing changed
    /// but the dragged actors' positions.
    pub(super) fn lifted_holds(
        &self,
        cx: &PanelContext<'_>,
        inputs: Option<&SceneInputs<MapTransform>>,
        built_from: Option<&SceneInputs<MapTransform>>,
    ) -> bool {
        let (Some(lifted), Some(drag)) = (&self.lifted, &self.drag) else {
            return false;
        };
        let same_inputs = match (inputs, built_from) {
            (Some(now), Some(then)) => now.same_but_revision(then),
            _ => false,
        };
        let session = cx.session;
        same_inputs
            && drag.on_map()
            && cx.facts.shape_revision == Some(lifted.shape_revision)
            && session.actors.len() == lifted.placed.len()
            && lifted.origins.iter().all(|&(i, _)| {
                !session.actors[i].parked && drag.actors().any(|id| *id == session.actors[i].id)
            })
            && session.actors.iter().zip(&lifted.placed).enumerate().all(
                |(i, (actor, &(position, parked)))| {
                    (actor.position == position && actor.parked == parked)
                        || lifted.origins.iter().any(|&(o, _)| o == i)
                },
            )
    }

    /// Paint `scene` (the rest of the map, with last frame's lifted actors after it) and
    /// the dragged actors where they are now; returns the scene with them after the rest.
    pub(super) fn paint_lifted(
        &mut self,
        painter: &Painter,
        mut scene: Scene,
        cx: &PanelContext<'_>,
        transform: &MapTransform,
    ) -> Scene {
        let Some(lifted) = &self.lifted else {
            paint_scene_kept(painter, &scene, &mut self.marks.0);
            return scene;
        };
        let (markers, labels, edges) = lifted.rest;
        scene.markers.truncate(markers);
        scene.labels.truncate(labels);
        scene.edges.truncate(edges);
        paint_scene_kept(painter, &scene, &mut self.marks.0);
        let offset = |actor: usize| -> Vec2 {
            lifted
                .origins
                .iter()
                .find(|&&(i, _)| i == actor)
                .map_or(Vec2::ZERO, |&(_, from)| {
                    let now = cx.session.actors[actor].position;
                    transform.to_screen(now) - transform.to_screen(from)
                })
        };
        let mut moved = lifted.part.moved(&scene, offset);
        paint_scene_over(painter, &moved);
        scene.markers.append(&mut moved.markers);
        scene.labels.append(&mut moved.labels);
        scene.edges.append(&mut moved.edges);
        scene
    }
}
