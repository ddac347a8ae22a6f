//! Builds the spectrum of allies scene: five wedges, placed actors, and one-step arrows.

use super::Scene;
use super::actors::{MarkerStyle, raise_selected, spread_coincident};
use super::fan::FanGeometry;
use super::labels::Regions;
use super::measure::TextMeasure;
use super::naming::{LabelMemory, LabelOptions, LabelStyle, label_markers};
use super::shapes::{Arrow, Band, Dot, Emphasis, Marker, Text};
use super::style::{Metrics, Palette};
use crate::model::{Actor, ActorId, Session, Slice, SpectrumPlacement, SupportiveSide};
use crate::words::Words;
use emath::{Pos2, Rect, pos2};
use std::collections::HashSet;

/// Which actors get an arrow toward where we aim to move them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AimArrows {
    /// Selected actors and targets of the next action.
    #[default]
    Focused,
    /// Every placed actor whose aim is another slice.
    All,
}

/// Everything the spectrum scene depends on besides the session.
pub struct SpectrumInput<'a> {
    /// The session to draw.
    pub session: &'a Session,
    /// The canvas.
    pub rect: Rect,
    /// Selected actors.
    pub selection: &'a HashSet<ActorId>,
    /// Colours.
    pub palette: &'a Palette,
    /// Sizes.
    pub metrics: Metrics,
    /// How big text will be.
    pub measure: &'a dyn TextMeasure,
    /// Per actor: dimmed or highlighted (empty: all normal).
    pub emphasis: &'a [Emphasis],
    /// Which aims to draw.
    pub arrows: AimArrows,
    /// Skip markers hidden under others, and their names: right for the screen at thousands
    /// of actors; exports, drawn at print resolution, draw every marker.
    pub hide_covered: bool,
    /// Where the names were last frame: they stay there while it still fits.
    pub previous_labels: Option<&'a LabelMemory>,
}

/// Build the spectrum scene; also returns the fan's geometry for hit testing and drops.
pub fn build_spectrum(input: &SpectrumInput<'_>) -> (Scene, FanGeometry) {
    let allies_on_right = input.session.settings.supportive_side == SupportiveSide::Right;
    // Wedge names shrink on narrow canvases (side by side) rather than squeezing the fan; up
    // to 30 % of the width they fit beside or over the arc (`FanGeometry::label_anchor`).
    let base_size = input.metrics.quadrant_title_size * 0.8;
    let words = Words::for_session(input.session);
    let widest = Slice::ALL
        .iter()
        .map(|&s| input.measure.measure(words.slice(s), base_size, true).x)
        .fold(0.0, f32::max);
    let room = input.rect.width() * 0.3;
    let title_size = if widest > room {
        (base_size * room / widest).max(9.0)
    } else {
        base_size
    };
    let label_width = widest * title_size / base_size;
    let label_height = super::split::wedge_name_height(input.metrics) * title_size / base_size;
    let fan = FanGeometry::fit(input.rect, allies_on_right, label_width, label_height);
    let mut scene = Scene::empty(input.rect, input.palette.clone());
    let obstacles = add_wedges(&mut scene, &fan, input, title_size);

    let style = MarkerStyle::new(
        input.session,
        input.selection,
        input.palette,
        input.metrics,
        input.emphasis,
    );
    let placed: Vec<usize> = (0..input.session.actors.len())
        .filter(|&i| input.session.actors[i].spectrum.is_some())
        .collect();
    let mut points: Vec<Pos2> = placed
        .iter()
        .filter_map(|&i| input.session.actors[i].spectrum.map(|p| fan.to_screen(p)))
        .collect();
    spread_coincident(&mut points, input.metrics.marker_radius);
    for (&i, point) in placed.iter().zip(points) {
        scene
            .markers
            .push(style.marker(i, &input.session.actors[i], point));
    }
    raise_selected(&mut scene.markers);
    add_aims(&mut scene, &fan, input);
    label_markers(
        &mut scene,
        &input.session.actors,
        LabelStyle {
            palette: input.palette,
            metrics: input.metrics,
            measure: input.measure,
            words: Words::for_session(input.session),
        },
        obstacles,
        LabelOptions {
            hide_covered: input.hide_covered,
            regions: Regions::Fan(fan),
            previous: input.previous_labels,
        },
    );
    (scene, fan)
}

/// The five wedges with their names and textures; returns the name boxes for label placement.
fn add_wedges(
    scene: &mut Scene,
    fan: &FanGeometry,
    input: &SpectrumInput<'_>,
    size: f32,
) -> Vec<Rect> {
    let words = Words::for_session(input.session);
    let mut boxes = Vec::new();
    for slice in Slice::ALL {
        let (outer, inner) = fan.wedge_arcs(slice, 24);
        let fill = input.palette.slice_fill(slice);
        if let Some(spacing) = input.palette.slice_texture(slice) {
            add_texture(
                scene,
                fan,
                slice,
                &outer,
                spacing,
                input.palette.outline.gamma_multiply(0.35),
            );
        }
        scene.bands.push(Band {
            outer,
            inner,
            fill,
            stroke: input.palette.axis,
        });
        let (pos, anchor) = fan.label_anchor(slice);
        let text = words.slice(slice).to_owned();
        boxes.push(anchor.anchor_size(pos, input.measure.measure(&text, size, true)));
        scene.texts.push(Text {
            text,
            pos,
            anchor,
            size,
            color: input.palette.text,
            strong: true,
        });
    }
    boxes
}

/// Evenly spaced dots inside a wedge.
fn add_texture(
    scene: &mut Scene,
    fan: &FanGeometry,
    slice: Slice,
    outer: &[Pos2],
    spacing: f32,
    color: ecolor::Color32,
) {
    let bounds = Rect::from_points(outer).union(Rect::from_center_size(
        fan.center,
        emath::Vec2::splat(2.0 * fan.inner),
    ));
    let mut y = bounds.top() + spacing / 2.0;
    let mut row = 0;
    while y < bounds.bottom() {
        // Alternate rows are offset by half a step, so the dots read as a texture, not a grid.
        let mut x = bounds.left() + if row % 2 == 0 { spacing / 2.0 } else { spacing };
        while x < bounds.right() {
            let p = pos2(x, y);
            if fan.contains(slice, p) {
                scene.dots.push(Dot {
                    center: p,
                    radius: 1.6,
                    color,
                });
            }
            x += spacing;
        }
        y += spacing;
        row += 1;
    }
}

fn add_aims(scene: &mut Scene, fan: &FanGeometry, input: &SpectrumInput<'_>) {
    let arrows: Vec<Arrow> = scene
        .markers
        .iter()
        .filter_map(|marker| {
            let actor = &input.session.actors[marker.actor];
            aim_arrow(
                marker,
                actor,
                fan,
                input.palette,
                input.metrics,
                input.arrows,
            )
        })
        .collect();
    scene.arrows.extend(arrows);
}

/// The arrow from `marker` toward the slice we aim to move its `actor` to, if `arrows`
/// draws one for it (a selected actor's always, while it is not there yet).
pub fn aim_arrow(
    marker: &Marker,
    actor: &Actor,
    fan: &FanGeometry,
    palette: &Palette,
    metrics: Metrics,
    arrows: AimArrows,
) -> Option<Arrow> {
    let (place, aim) = (actor.spectrum?, actor.aim()?);
    let wanted = arrows == AimArrows::All || marker.selected || actor.next_action;
    if aim == place.slice || !wanted {
        return None;
    }
    let target = fan.to_screen(SpectrumPlacement {
        slice: aim,
        ..place
    });
    let direction = (target - marker.center).normalized();
    Some(Arrow {
        actor: marker.actor,
        from: marker.center + direction * (marker.radius + 3.0),
        to: target,
        color: palette.aim,
        width: metrics.line_width,
        dashed: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Position};
    use crate::scene::ApproxMeasure;
    use emath::vec2;

    fn build(session: &Session, selection: &HashSet<ActorId>) -> (Scene, FanGeometry) {
        let palette = Palette::light();
        build_spectrum(&SpectrumInput {
            session,
            rect: Rect::from_min_size(Pos2::ZERO, vec2(1000.0, 650.0)),
            selection,
            palette: &palette,
            metrics: Metrics::SCREEN,
            measure: &ApproxMeasure,
            emphasis: &[],
            hide_covered: false,
            previous_labels: None,
            arrows: AimArrows::Focused,
        })
    }

    #[test]
    fn five_labelled_wedges_and_only_placed_actors() {
        let mut s = Session::default();
        let mut placed = Actor::new("Placed", Position::CENTER);
        placed.spectrum = Some(SpectrumPlacement::middle_of(Slice::Neutral));
        s.actors
            .extend([placed, Actor::new("Waiting", Position::CENTER)]);
        let (scene, fan) = build(&s, &HashSet::new());
        assert_eq!(scene.bands.len(), 5);
        for slice in Slice::ALL {
            assert!(
                scene
                    .texts
                    .iter()
                    .any(|t| t.text == Words::english().slice(slice))
            );
        }
        assert_eq!(scene.markers.len(), 1);
        assert_eq!(
            scene.hit(fan.to_screen(SpectrumPlacement::middle_of(Slice::Neutral))),
            Some(0)
        );
        assert!(!scene.dots.is_empty(), "opposition wedges carry a texture");
    }

    #[test]
    fn selected_actors_get_a_one_step_arrow_toward_us() {
        let mut s = Session::default();
        let mut a = Actor::new("Council", Position::clamped(-0.5, 0.8));
        a.spectrum = Some(SpectrumPlacement::middle_of(Slice::PassiveOpposition));
        let id = a.id.clone();
        s.actors.push(a);
        let (scene, fan) = build(&s, &HashSet::new());
        assert!(
            scene.arrows.is_empty(),
            "no arrow unless selected or a target"
        );
        let (scene, _) = build(&s, &HashSet::from([id]));
        assert_eq!(scene.arrows.len(), 1);
        let head = fan.placement_at(scene.arrows[0].to).expect("in the fan");
        assert_eq!(head.slice, Slice::Neutral);
        assert!(
            !scene.markers[0].hint,
            "passive opposition at -0.5 agrees with the map"
        );
    }
}
