//! Hit testing: which actor is under the pointer, which are inside a selection rectangle.

use super::Scene;
use emath::{Pos2, Rect};

/// Extra pixels around a marker that still count as a hit, so small markers are easy to grab.
const SLOP: f32 = 3.0;

impl Scene {
    /// The actor (index into `Session::actors`) drawn topmost under `pos`, by marker or label.
    pub fn hit(&self, pos: Pos2) -> Option<usize> {
        let on_marker = self
            .markers
            .iter()
            .rev()
            .find(|m| m.center.distance(pos) <= m.radius + SLOP)
            .map(|m| m.actor);
        on_marker.or_else(|| {
            self.labels
                .iter()
                .rev()
                .find(|l| l.rect.contains(pos))
                .map(|l| l.actor)
        })
    }

    /// The actors whose markers' centres lie inside `rect`.
    pub fn actors_in(&self, rect: Rect) -> Vec<usize> {
        self.markers
            .iter()
            .filter(|m| rect.contains(m.center))
            .map(|m| m.actor)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Actor, Position, Session};
    use crate::scene::{
        ApproxMeasure, MapTransform, Metrics, ModelView, Palette, PowerMapInput, build_power_map,
    };
    use emath::{Rect, pos2, vec2};
    use std::collections::HashSet;

    #[test]
    fn hit_finds_the_topmost_marker_and_misses_empty_space() {
        let mut s = Session::default();
        s.actors
            .push(Actor::new("Below", Position::clamped(0.5, 0.5)));
        // Nearly on the same spot (actors on exactly one spot are drawn spread apart).
        s.actors
            .push(Actor::new("Above", Position::clamped(0.505, 0.5)));
        s.actors
            .push(Actor::new("Alone", Position::clamped(-0.5, 0.2)));
        let transform = MapTransform::new(
            Rect::from_min_size(pos2(0.0, 0.0), vec2(800.0, 600.0)),
            ModelView::FIT,
            s.settings.supportive_side,
        );
        let palette = Palette::light();
        let selection = HashSet::new();
        let scene = build_power_map(&PowerMapInput {
            session: &s,
            transform,
            selection: &selection,
            palette: &palette,
            metrics: Metrics::SCREEN,
            measure: &ApproxMeasure,
            emphasis: &[],
            hide_covered: false,
            previous_labels: None,
        });
        let shared = transform.to_screen(Position::clamped(0.505, 0.5));
        assert_eq!(scene.hit(shared), Some(1));
        assert_eq!(
            scene.hit(shared + vec2(Metrics::SCREEN.marker_radius + 1.0, 0.0)),
            Some(1)
        );
        let alone = transform.to_screen(Position::clamped(-0.5, 0.2));
        assert_eq!(scene.hit(alone), Some(2));
        assert_eq!(scene.hit(pos2(5.0, 5.0)), None);
        let all = scene.actors_in(Rect::from_min_size(pos2(0.0, 0.0), vec2(800.0, 600.0)));
        assert_eq!(all.len(), 3);
        assert_eq!(
            scene.actors_in(Rect::from_center_size(alone, vec2(10.0, 10.0))),
            vec![2]
        );
    }
}
