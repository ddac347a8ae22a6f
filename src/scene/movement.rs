//! Arrows from where actors stood in a recorded round to where they stand now.

use super::Scene;
use super::fan::FanGeometry;
use super::shapes::Arrow;
use super::style::Metrics;
use super::transform::MapTransform;
use crate::model::{Movement, Session};
use emath::Pos2;

/// Where a movement's arrow starts and ends on one view, if it shows there.
fn ends_on_map(transform: &MapTransform, movement: &Movement) -> Option<(Pos2, Pos2)> {
    let (then, now) = movement.position;
    (then != now).then(|| (transform.to_screen(then), transform.to_screen(now)))
}

fn ends_on_fan(fan: &FanGeometry, movement: &Movement) -> Option<(Pos2, Pos2)> {
    match movement.spectrum {
        (Some(then), Some(now)) if then != now => Some((fan.to_screen(then), fan.to_screen(now))),
        _ => None,
    }
}

/// Which view arrows (or a round's spread) go on.
pub enum MovementView<'a> {
    /// The power map, through its transform.
    Map(&'a MapTransform),
    /// The spectrum, through its fan.
    Fan(&'a FanGeometry),
}

/// Add a solid arrow per movement, from then to now, drawn under the markers in the
/// palette's movement colour, bolder than the dashed aim arrows. The head stops at the edge
/// of the marker where the actor stands now; a move shorter than a marker still gets an arrow
/// of visible length, ending at that edge and pointing the way it moved.
pub fn add_movement_arrows(
    scene: &mut Scene,
    session: &Session,
    movements: &[Movement],
    view: &MovementView<'_>,
    metrics: Metrics,
) {
    if movements.is_empty() {
        return;
    }
    let index = session.actor_index();
    let width = metrics.line_width * 1.5;
    // The head's length as the renderers draw it, and a shaft as long again.
    let min_length = 2.0 * (width * 4.0 + 4.0);
    for movement in movements {
        let Some(&actor) = index.get(&movement.id) else {
            continue;
        };
        let ends = match view {
            MovementView::Map(t) => ends_on_map(t, movement),
            MovementView::Fan(f) => ends_on_fan(f, movement),
        };
        let Some((from, to)) = ends else { continue };
        // Too small to have a direction on screen.
        if from.distance(to) < 0.01 {
            continue;
        }
        let direction = (to - from).normalized();
        let tip = to - direction * (metrics.marker_radius + 2.0);
        let tail = if (tip - from).dot(direction) < min_length {
            tip - direction * min_length
        } else {
            from
        };
        scene.arrows.push(Arrow {
            actor,
            from: tail,
            to: tip,
            color: scene.palette.movement,
            width,
            dashed: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Position, Slice, SpectrumPlacement};
    use crate::scene::{ModelView, Palette};
    use emath::{Rect, vec2};

    #[test]
    fn one_arrow_per_view_for_an_actor_that_moved_on_both() {
        let mut s = Session::default();
        let mut a = Actor::new("Council", Position::clamped(-0.5, 0.8));
        a.spectrum = Some(SpectrumPlacement::middle_of(Slice::PassiveOpposition));
        let id = a.id.clone();
        s.actors.push(a);
        let round = s.record_round("Before", "2026-01-01");
        let council = s.actor_mut(&id).expect("council");
        council.position = Position::clamped(0.3, 0.8);
        council.spectrum = Some(SpectrumPlacement::middle_of(Slice::PassiveAllies));
        let moves = s.movements_since(&round);
        let rect = Rect::from_min_size(Pos2::ZERO, vec2(800.0, 600.0));
        let transform = MapTransform::new(rect, ModelView::FIT, s.settings.supportive_side);
        let fan = FanGeometry::fit(rect, true, 120.0, 20.0);
        let mut scene = Scene::empty(rect, Palette::light());
        add_movement_arrows(
            &mut scene,
            &s,
            &moves,
            &MovementView::Map(&transform),
            Metrics::SCREEN,
        );
        add_movement_arrows(
            &mut scene,
            &s,
            &moves,
            &MovementView::Fan(&fan),
            Metrics::SCREEN,
        );
        assert_eq!(scene.arrows.len(), 2);
        assert!(
            scene.arrows[0].to.x > scene.arrows[0].from.x,
            "moved toward supportive, drawn right"
        );
    }
}
