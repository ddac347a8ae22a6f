//! Markers and name labels for actors, shared by every view.

use super::Scene;
use super::labels::{LabelPlacer, LabelRequest, place_labels};
use super::measure::TextMeasure;
use super::shapes::{ActorLabel, Emphasis, Marker};
use super::style::{Metrics, Palette, kind_shape};
use crate::model::{Actor, ActorId, Session};
use emath::{Pos2, Rect, vec2};
use std::collections::HashSet;

/// What every marker of one scene needs to know besides its actor.
pub struct MarkerStyle<'a> {
    reachable: HashSet<ActorId>,
    selection: &'a HashSet<ActorId>,
    palette: &'a Palette,
    metrics: Metrics,
    emphasis: &'a [Emphasis],
}

impl<'a> MarkerStyle<'a> {
    /// The style for markers of `session`.
    pub fn new(
        session: &Session,
        selection: &'a HashSet<ActorId>,
        palette: &'a Palette,
        metrics: Metrics,
        emphasis: &'a [Emphasis],
    ) -> Self {
        Self {
            reachable: session.reachable_from_us(),
            selection,
            palette,
            metrics,
            emphasis,
        }
    }

    /// The marker of actor `index` at `center`.
    pub fn marker(&self, index: usize, actor: &Actor, center: Pos2) -> Marker {
        let radius = self.metrics.marker_radius;
        Marker {
            actor: index,
            center,
            radius: if actor.is_us { radius * 1.3 } else { radius },
            shape: kind_shape(actor.kind),
            fill: self.palette.kind_fill(actor.kind),
            outline: self.palette.outline,
            outline_width: if actor.is_us { 3.0 } else { 1.5 },
            selected: self.selection.contains(&actor.id),
            reachable: self.reachable.contains(&actor.id),
            is_us: actor.is_us,
            uncertain: actor.uncertain,
            hint: actor.slice_disagrees_with_support(),
            emphasis: self.emphasis.get(index).copied().unwrap_or_default(),
        }
    }
}

/// Name every marker of `scene` where there is room, most important first (selected, us, then
/// the more influential); names with no free place are left out. Returns the placer so later
/// labels (relationship labels) avoid these.
pub fn label_markers(
    scene: &mut Scene,
    actors: &[Actor],
    palette: &Palette,
    metrics: Metrics,
    measure: &dyn TextMeasure,
    mut obstacles: Vec<Rect>,
) -> LabelPlacer {
    let size = metrics.label_size;
    obstacles.extend(scene.markers.iter().map(Marker::bounds));
    let mut order: Vec<usize> = (0..scene.markers.len()).collect();
    order.sort_by(|&a, &b| {
        let (ma, mb) = (&scene.markers[a], &scene.markers[b]);
        let rank = |m: &Marker| (m.selected, m.is_us, m.emphasis == Emphasis::Highlighted);
        rank(mb).cmp(&rank(ma)).then(
            actors[mb.actor]
                .position
                .influence
                .total_cmp(&actors[ma.actor].position.influence),
        )
    });
    let requests: Vec<LabelRequest> = order
        .iter()
        .map(|&m| {
            let marker = &scene.markers[m];
            let strong = marker.is_us || marker.selected;
            let text_size =
                measure.measure(&actors[marker.actor].name, size, strong) + vec2(6.0, 2.0);
            LabelRequest {
                anchor: marker.center,
                radius: marker.radius,
                size: text_size,
                forced: marker.selected,
            }
        })
        .collect();
    let mut placer = LabelPlacer::with_obstacles(&obstacles);
    let label_rects = place_labels(&mut placer, &requests, scene.frame);
    for (&m, rect) in order.iter().zip(label_rects) {
        let Some(rect) = rect else { continue };
        let marker = &scene.markers[m];
        let color = if marker.emphasis == Emphasis::Dimmed {
            palette.muted_text.gamma_multiply(0.5)
        } else {
            palette.text
        };
        scene.labels.push(ActorLabel {
            actor: marker.actor,
            rect,
            text: actors[marker.actor].name.clone(),
            size,
            color,
            strong: marker.is_us || marker.selected,
        });
    }
    placer
}
