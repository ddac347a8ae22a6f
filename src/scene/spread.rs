//! The spread of a placement round drawn on a view: every answer the room gave an actor as a
//! small dot, the median as a larger one, and on the power map the interquartile cross. Plain
//! dots and lines, so the egui painter and the SVG export draw the same; dots and lines go
//! under the markers and names, which stay legible.

use super::Scene;
use super::fan::FanGeometry;
use super::movement::MovementView;
use super::shapes::{Dot, Line};
use super::style::Metrics;
use super::transform::MapTransform;
use crate::model::{ActorSpread, actor_spread};
use crate::model::{PlacementRound, Session, Slice, SpectrumPlacement};

/// Add the spread of `round` to a view of `session`: per actor of the round, its answers,
/// their median and (on the map) the cross from the first to the third quartile. Actors the
/// session no longer has are left out.
pub fn add_spread(
    scene: &mut Scene,
    session: &Session,
    round: &PlacementRound,
    view: &MovementView<'_>,
    metrics: Metrics,
) {
    let index = session.actor_index();
    for id in &round.actors {
        let Some(&actor) = index.get(id) else {
            continue;
        };
        let spread = actor_spread(round, id);
        match view {
            MovementView::Map(transform) => add_map_spread(scene, &spread, transform, metrics),
            MovementView::Fan(fan) => {
                // Answers sit at the actor's distance from the centre, so each actor's dots
                // stay on its own ring of the fan.
                let out = session.actors[actor].spectrum.map_or(0.5, |p| p.out);
                add_fan_spread(scene, &spread, fan, out, metrics);
            }
        }
    }
}

/// The radius of one answer's dot and of the median's.
fn dot_radii(metrics: Metrics) -> (f32, f32) {
    let answer = (metrics.marker_radius * 0.28).max(2.0);
    (answer, answer * 2.0)
}

/// A median: a dot in the spread colour inside a ring of the halo colour, so it reads over
/// answers, axes and shading alike.
fn add_median(scene: &mut Scene, center: emath::Pos2, radius: f32) {
    scene.dots.push(Dot {
        center,
        radius: radius + 1.5,
        color: scene.palette.halo,
    });
    scene.dots.push(Dot {
        center,
        radius,
        color: scene.palette.spread,
    });
}

fn add_map_spread(
    scene: &mut Scene,
    spread: &ActorSpread,
    transform: &MapTransform,
    metrics: Metrics,
) {
    let (answer, median) = dot_radii(metrics);
    let color = scene.palette.spread;
    for place in &spread.places {
        scene.dots.push(Dot {
            center: transform.to_screen(*place),
            radius: answer,
            color,
        });
    }
    let Some(map) = spread.map else { return };
    let (support, influence) = (map.median.support, map.median.influence);
    let width = metrics.line_width * 1.5;
    for [a, b] in [
        [
            (map.support_quartiles.0, influence),
            (map.support_quartiles.1, influence),
        ],
        [
            (support, map.influence_quartiles.0),
            (support, map.influence_quartiles.1),
        ],
    ] {
        scene.lines.push(Line {
            points: [
                transform.point_to_screen(a.0, a.1),
                transform.point_to_screen(b.0, b.1),
            ],
            width,
            color,
            dashed: false,
        });
    }
    add_median(scene, transform.to_screen(map.median), median);
}

fn add_fan_spread(
    scene: &mut Scene,
    spread: &ActorSpread,
    fan: &FanGeometry,
    out: f32,
    metrics: Metrics,
) {
    let Some(slices) = spread.slice else { return };
    let (answer, median) = dot_radii(metrics);
    let color = scene.palette.spread;
    for slice in Slice::ALL {
        let count = slices.counts[slice.index()];
        // Spaced evenly across the wedge, so the count of answers per slice can be read.
        for k in 0..count {
            let across = (k + 1) as f32 / (count + 1) as f32;
            scene.dots.push(Dot {
                center: fan.to_screen(SpectrumPlacement { slice, across, out }),
                radius: answer,
                color,
            });
        }
    }
    let middle = SpectrumPlacement {
        slice: slices.median,
        across: 0.5,
        out,
    };
    add_median(scene, fan.to_screen(middle), median);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, PlaceOn, PlacementAnswer, Position, SupportiveSide};
    use crate::scene::{ModelView, Palette};
    use emath::{Rect, pos2};

    fn round(actor: &Actor, places: &[Option<(f32, f32)>]) -> PlacementRound {
        PlacementRound {
            id: "r1".into(),
            opened: "2026-12-01T00:00:00Z".into(),
            place_on: PlaceOn::Map,
            actors: vec![actor.id.clone()],
            participants: u32::try_from(places.len()).expect("a few answers"),
            answers: (1..)
                .zip(places)
                .map(|(n, p)| PlacementAnswer {
                    participant: n,
                    actor: actor.id.clone(),
                    position: p.map(|(s, i)| Position::clamped(s, i)),
                    slice: None,
                    seconds: 10,
                })
                .collect(),
        }
    }

    #[test]
    fn every_answer_is_a_dot_and_the_median_has_a_cross() {
        let mut session = Session::default();
        let actor = Actor::new("Mayor", Position::clamped(0.0, 0.5));
        session.actors.push(actor.clone());
        let round = round(
            &actor,
            &[Some((-0.5, 0.2)), Some((0.5, 0.8)), None, Some((0.1, 0.5))],
        );
        let frame = Rect::from_min_max(pos2(0.0, 0.0), pos2(400.0, 300.0));
        let transform = MapTransform::new(frame, ModelView::FIT, SupportiveSide::default());
        let mut scene = Scene::empty(frame, Palette::light());
        add_spread(
            &mut scene,
            &session,
            &round,
            &MovementView::Map(&transform),
            Metrics::SCREEN,
        );
        // Three answers, "don't know" drawn as nothing, and the median's ring and dot.
        assert_eq!(scene.dots.len(), 3 + 2);
        assert_eq!(scene.lines.len(), 2);
        let median = transform.to_screen(Position::clamped(0.1, 0.5));
        assert!(scene.dots.last().is_some_and(|d| d.center == median));
        assert!(
            scene
                .dots
                .iter()
                .all(|d| d.color == scene.palette.spread || d.color == scene.palette.halo)
        );
    }

    #[test]
    fn an_actor_gone_from_the_session_draws_nothing() {
        let session = Session::default();
        let actor = Actor::new("Gone", Position::clamped(0.0, 0.5));
        let round = round(&actor, &[Some((0.5, 0.5))]);
        let frame = Rect::from_min_max(pos2(0.0, 0.0), pos2(400.0, 300.0));
        let transform = MapTransform::new(frame, ModelView::FIT, SupportiveSide::default());
        let mut scene = Scene::empty(frame, Palette::light());
        add_spread(
            &mut scene,
            &session,
            &round,
            &MovementView::Map(&transform),
            Metrics::SCREEN,
        );
        assert!(scene.dots.is_empty() && scene.lines.is_empty());
    }
}
