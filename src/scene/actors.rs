//! Markers and name labels for actors, shared by every view.

use super::marks::MarkerLook;
use super::shapes::{Emphasis, Marker};
use super::style::{Metrics, Palette, kind_shape};
use crate::model::{Actor, ActorId, Session};
use emath::{Pos2, Vec2};
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
        MarkerLook {
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
        .marker(
            index,
            actor.id.clone(),
            center,
            if actor.is_us { radius * 1.3 } else { radius },
            self.palette,
        )
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

/// Spread markers that sit on the same spot around it, so each stays visible and can be
/// named and grabbed. Only the drawing moves: the actors' positions stay as they are. `radius`
/// is a marker's radius.
pub fn spread_coincident(points: &mut [Pos2], radius: f32) {
    // A sunflower spiral: each marker a golden angle on from the last, each farther out, so
    // any number of them spread evenly without a gap in the middle.
    const GOLDEN_ANGLE: f32 = 2.399_963;
    let mut groups: rustc_hash::FxHashMap<(i64, i64), Vec<usize>> =
        rustc_hash::FxHashMap::default();
    for (i, p) in points.iter().enumerate() {
        #[expect(
            clippy::cast_possible_truncation,
            reason = "screen pixels, rounded to find markers on the same one"
        )]
        let key = (p.x.round() as i64, p.y.round() as i64);
        groups.entry(key).or_default().push(i);
    }
    for members in groups.values().filter(|m| m.len() > 1) {
        let center = points[members[0]];
        for (k, &i) in members.iter().enumerate() {
            let k = k as f32;
            points[i] = center + Vec2::angled(k * GOLDEN_ANGLE) * (radius * 1.6 * (k + 0.5).sqrt());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use emath::pos2;

    #[test]
    fn markers_on_one_spot_spread_apart_and_others_stay() {
        let mut points = vec![pos2(100.0, 100.0); 5];
        points.push(pos2(300.0, 300.0));
        spread_coincident(&mut points, 9.0);
        assert_eq!(points[5], pos2(300.0, 300.0));
        for (i, a) in points[..5].iter().enumerate() {
            assert!(
                a.distance(pos2(100.0, 100.0)) < 9.0 * 4.0,
                "stays near its spot"
            );
            for b in &points[i + 1..5] {
                assert!(a.distance(*b) > 9.0, "{a:?} and {b:?} hide each other");
            }
        }
    }
}
