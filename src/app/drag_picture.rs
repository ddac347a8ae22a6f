//! A view while actors are dragged on it: the rest of the view is drawn as it was when the
//! drag began (its triangles kept from frame to frame), and the dragged actors' markers,
//! names and lines are drawn over it where they are now (`scene::LiftedPart`). Anything else
//! that changes meanwhile (an undo, another edit, the window, the zoom) builds the whole view
//! again, as the frame after the drag does.

use super::canvas::CanvasState;
use super::context::PanelContext;
use crate::model::{Position, Session, SpectrumPlacement};
use crate::render::{paint_scene_kept, paint_scene_over};
use crate::scene::{
    AimArrows, FanGeometry, LiftArrows, LiftedPart, MapTransform, Scene, aim_arrow,
};
use egui::{Painter, Pos2, Vec2};
use rustc_hash::FxHashSet;

/// Views with fewer markers are built whole on each frame of a drag: it costs little there,
/// and their names make way for the dragged actor as it moves.
pub(super) const LIFT_FROM_ACTORS: usize = 400;

/// Which view a drag lifts actors off, with where an actor is drawn on it.
#[derive(Clone, Copy)]
pub(super) enum DragGeometry<'a> {
    /// The power map.
    Map(&'a MapTransform),
    /// The spectrum, and which actors get an aim arrow.
    Fan(&'a FanGeometry, AimArrows),
}

impl DragGeometry<'_> {
    /// Where `actor` is drawn now, if it is on this view.
    fn point(&self, session: &Session, actor: usize) -> Option<Pos2> {
        let actor = &session.actors[actor];
        match self {
            Self::Map(transform) => (!actor.parked).then(|| transform.to_screen(actor.position)),
            Self::Fan(fan, _) => actor.spectrum.map(|p| fan.to_screen(p)),
        }
    }

    fn on_map(&self) -> bool {
        matches!(self, Self::Map(_))
    }
}

/// A drag's lifted actors, with what must stay equal for the rest of the view to hold.
pub(super) struct LiftedDrag {
    part: LiftedPart,
    /// Lifted off the power map (else off the spectrum).
    on_map: bool,
    /// The dragged actors, by index, each with where it was drawn when lifted.
    origins: Vec<(usize, Pos2)>,
    /// Every actor's place on both views when lifted.
    placed: Vec<(Position, bool, Option<SpectrumPlacement>)>,
    /// The session's shape revision when lifted.
    shape_revision: u64,
    /// How many markers, names, lines and arrows the rest of the view has; the lifted ones,
    /// as they are now, follow them in the scene kept between frames.
    rest: [usize; 4],
}

impl LiftedDrag {
    /// Whether the actors were lifted off the power map (else off the spectrum).
    pub(super) fn on_map(&self) -> bool {
        self.on_map
    }
}

impl CanvasState {
    /// Lift the dragged actors off `scene`, just built whole for the view `geometry`, if a
    /// drag on that view is under way and it shows enough actors to be worth it.
    pub(super) fn lift_dragged(
        &mut self,
        scene: &mut Scene,
        cx: &PanelContext<'_>,
        geometry: DragGeometry<'_>,
    ) {
        self.drop_lifted(geometry.on_map());
        let session = cx.session;
        let Some(drag) = self
            .drag
            .as_ref()
            .filter(|drag| drag.on_map() == geometry.on_map())
        else {
            return;
        };
        let Some(shape_revision) = cx.facts.shape_revision else {
            return;
        };
        if scene.markers.len() < LIFT_FROM_ACTORS {
            return;
        }
        let origins: Option<Vec<(usize, Pos2)>> = drag
            .actors()
            .filter_map(|id| session.actors.iter().position(|a| &a.id == id))
            .map(|i| geometry.point(session, i).map(|at| (i, at)))
            .collect();
        let Some(origins) = origins else {
            return;
        };
        let set: FxHashSet<usize> = origins.iter().map(|&(i, _)| i).collect();
        let arrows = match geometry {
            DragGeometry::Map(_) => LiftArrows::Refuse,
            DragGeometry::Fan(..) => LiftArrows::Drop,
        };
        let Some(part) = LiftedPart::lift(scene, &set, session, arrows) else {
            return;
        };
        self.lifted = Some(LiftedDrag {
            part,
            on_map: geometry.on_map(),
            origins,
            placed: session
                .actors
                .iter()
                .map(|a| (a.position, a.parked, a.spectrum))
                .collect(),
            shape_revision,
            rest: [
                scene.markers.len(),
                scene.labels.len(),
                scene.edges.len(),
                scene.arrows.len(),
            ],
        });
    }

    /// Forget the actors lifted off the power map (`on_map`) or off the spectrum.
    pub(super) fn drop_lifted(&mut self, on_map: bool) {
        self.lifted = self.lifted.take().filter(|lifted| lifted.on_map != on_map);
    }

    /// Whether the lifted drag still holds for this frame on the view `geometry`, whose
    /// other inputs are `same_inputs` as when it was lifted: the same drag, and nothing
    /// changed but the dragged actors' places.
    pub(super) fn lifted_holds(
        &self,
        cx: &PanelContext<'_>,
        same_inputs: bool,
        geometry: DragGeometry<'_>,
    ) -> bool {
        let (Some(lifted), Some(drag)) = (&self.lifted, &self.drag) else {
            return false;
        };
        let session = cx.session;
        let dragged = |i: usize| lifted.origins.iter().any(|&(o, _)| o == i);
        same_inputs
            && lifted.on_map == geometry.on_map()
            && drag.on_map() == geometry.on_map()
            && cx.facts.shape_revision == Some(lifted.shape_revision)
            && session.actors.len() == lifted.placed.len()
            && lifted.origins.iter().all(|&(i, _)| {
                geometry.point(session, i).is_some()
                    && drag.actors().any(|id| *id == session.actors[i].id)
            })
            && session.actors.iter().zip(&lifted.placed).enumerate().all(
                |(i, (actor, &(position, parked, spectrum)))| {
                    dragged(i)
                        || (actor.position == position
                            && actor.parked == parked
                            && actor.spectrum == spectrum)
                },
            )
    }

    /// Paint `scene` (the rest of the view, with last frame's lifted actors after it) and
    /// the dragged actors where they are now; returns the scene with them after the rest.
    /// Without a lifted drag on this view, paints `scene` as it is.
    pub(super) fn paint_lifted(
        &mut self,
        painter: &Painter,
        mut scene: Scene,
        cx: &PanelContext<'_>,
        geometry: DragGeometry<'_>,
    ) -> Scene {
        let layer = if geometry.on_map() {
            &mut self.marks.0
        } else {
            &mut self.marks.1
        };
        let Some(lifted) = self
            .lifted
            .as_ref()
            .filter(|lifted| lifted.on_map == geometry.on_map())
        else {
            paint_scene_kept(painter, &scene, layer);
            return scene;
        };
        let [markers, labels, edges, arrows] = lifted.rest;
        scene.markers.truncate(markers);
        scene.labels.truncate(labels);
        scene.edges.truncate(edges);
        scene.arrows.truncate(arrows);
        paint_scene_kept(painter, &scene, layer);
        let session = cx.session;
        let offset = |actor: usize| -> Vec2 {
            let from = lifted.origins.iter().find(|&&(i, _)| i == actor);
            match (from, geometry.point(session, actor)) {
                (Some(&(_, from)), Some(now)) => now - from,
                _ => Vec2::ZERO,
            }
        };
        let mut moved = lifted.part.moved(&scene, offset);
        if let DragGeometry::Fan(fan, which) = geometry {
            let (palette, metrics) = (&scene.palette, cx.view.map_metrics());
            moved.arrows = moved
                .markers
                .iter()
                .filter_map(|marker| {
                    let actor = &session.actors[marker.actor];
                    aim_arrow(marker, actor, fan, palette, metrics, which)
                })
                .collect();
        }
        paint_scene_over(painter, &moved);
        scene.markers.append(&mut moved.markers);
        scene.labels.append(&mut moved.labels);
        scene.edges.append(&mut moved.edges);
        scene.arrows.append(&mut moved.arrows);
        scene
    }
}
