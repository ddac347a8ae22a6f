//! Markers and name labels for actors, shared by every view.

use super::Scene;
use super::labels::{LabelPlacer, LabelRequest, candidates as label_candidates};
use super::measure::TextMeasure;
use super::occlusion::flag_covered_markers;
use super::shapes::{ActorLabel, Emphasis, Marker};
use super::style::{Metrics, Palette, kind_shape};
use crate::model::{Actor, ActorId, Session};
use emath::{Pos2, Rect, vec2};
use std::collections::HashSet;

/// What every marker of one scene needs to know besides its actor.
pub struct MarkerStyle<'a> {
    reachable: rustc_hash::FxHashSet<&'a ActorId>,
    selection: &'a HashSet<ActorId>,
    palette: &'a Palette,
    metrics: Metrics,
    emphasis: &'a [Emphasis],
}

impl<'a> MarkerStyle<'a> {
    /// The style for markers of `session`.
    pub fn new(
        session: &'a Session,
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
            covered: false,
        }
    }
}

/// Move the selected markers to the end, so they are drawn (and hit) on top: an actor being
/// dragged across a crowded map stays in sight. The others keep their order.
pub fn raise_selected(markers: &mut Vec<Marker>) {
    if !markers.iter().any(|m| m.selected) {
        return;
    }
    let selected: Vec<Marker> = markers.iter().filter(|m| m.selected).cloned().collect();
    markers.retain(|m| !m.selected);
    markers.extend(selected);
}

/// Name every marker of `scene` where there is room, most important first (selected, us, then
/// the more influential); names with no free place are left out. With `hide_covered`, markers
/// hidden under others are flagged first and get no name. Returns the placer so later labels
/// (relationship labels) avoid these.
pub fn label_markers(
    scene: &mut Scene,
    actors: &[Actor],
    style: LabelStyle<'_>,
    mut obstacles: Vec<Rect>,
    hide_covered: bool,
) -> LabelPlacer {
    if hide_covered {
        flag_covered_markers(&mut scene.markers, scene.frame);
    }
    let size = style.metrics.label_size;
    obstacles.extend(
        scene
            .markers
            .iter()
            .filter(|m| !m.covered)
            .map(Marker::bounds),
    );
    // Selected first, then us, then search matches, then the more influential; ties keep
    // the drawing order.
    let mut order: Vec<LabelOrder> = scene
        .markers
        .iter()
        .enumerate()
        .filter(|(_, m)| !m.covered)
        .map(|(i, m)| {
            let rank = (m.selected, m.is_us, m.emphasis == Emphasis::Highlighted);
            (
                std::cmp::Reverse(rank),
                -actors[m.actor].position.influence,
                i,
            )
        })
        .collect();
    order.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)).then(a.2.cmp(&b.2)));
    // The smallest box any name needs: where even it finds no free place, a name cannot
    // fit, and measuring it (the costly part on a crowded map) is skipped.
    let smallest = vec2(8.0, style.measure.measure("M", size, false).y * 0.8);
    let mut placer = LabelPlacer::new(scene.frame, &obstacles);
    for &(_, _, m) in &order {
        let marker = &scene.markers[m];
        if !marker.selected
            && !label_candidates(marker.center, marker.radius, smallest)
                .iter()
                .any(|&rect| placer.is_free(rect))
        {
            continue;
        }
        let strong = marker.is_us || marker.selected;
        let text_size = style
            .measure
            .measure(&actors[marker.actor].name, size, strong)
            + vec2(6.0, 2.0);
        let Some(rect) = placer.place(&LabelRequest {
            anchor: marker.center,
            radius: marker.radius,
            size: text_size,
            forced: marker.selected,
        }) else {
            continue;
        };
        let color = if marker.emphasis == Emphasis::Dimmed {
            style.palette.muted_text.gamma_multiply(0.5)
        } else {
            style.palette.text
        };
        scene.labels.push(ActorLabel {
            actor: marker.actor,
            rect,
            text: actors[marker.actor].name.clone(),
            size,
            color,
            strong,
        });
    }
    placer
}

/// Sort key of a name: selected, us and highlighted first (reversed so `true` sorts first),
/// then higher influence (negated), then the marker's index.
type LabelOrder = (std::cmp::Reverse<(bool, bool, bool)>, f32, usize);

/// What names are drawn with.
#[derive(Clone, Copy)]
pub struct LabelStyle<'a> {
    /// Text colours.
    pub palette: &'a Palette,
    /// Text sizes.
    pub metrics: Metrics,
    /// How big a name will be.
    pub measure: &'a dyn TextMeasure,
}
