//! Builds the power map scene: quadrants, axes, relationship lines, markers and labels.

use super::Scene;
use super::actors::{MarkerStyle, raise_selected, spread_coincident};
use super::labels::{LabelPlacer, Regions};
use super::measure::TextMeasure;
use super::naming::{LabelMemory, LabelOptions, LabelStyle, label_markers};
use super::shapes::{Area, Edge, Emphasis, Line, Text};
use super::style::{Metrics, Palette};
use super::titles::set_titles;
use super::transform::MapTransform;
use crate::guidance::strategy;
use crate::model::{ActorId, Position, Quadrant, Session};
use crate::words::Words;
use emath::{Align2, Pos2, Rect, Vec2, pos2, vec2};
use std::collections::HashSet;

/// Everything the power map scene depends on besides the session.
pub struct PowerMapInput<'a> {
    /// The session to draw.
    pub session: &'a Session,
    /// Canvas size and view.
    pub transform: MapTransform,
    /// Selected actors get a ring and always keep their label.
    pub selection: &'a HashSet<ActorId>,
    /// Colours.
    pub palette: &'a Palette,
    /// Sizes.
    pub metrics: Metrics,
    /// How big text will be.
    pub measure: &'a dyn TextMeasure,
    /// Per actor (by index): dimmed by a filter or highlighted by the search; empty means
    /// every actor is drawn normally.
    pub emphasis: &'a [Emphasis],
    /// Skip markers hidden under others, and their names: right for the screen at thousands
    /// of actors; exports, drawn at print resolution, draw every marker.
    pub hide_covered: bool,
    /// Where the names were last frame: they stay there while it still fits.
    pub previous_labels: Option<&'a LabelMemory>,
}

/// The emphasis of actor `index`, normal where none was given.
pub fn emphasis_of(emphasis: &[Emphasis], index: usize) -> Emphasis {
    emphasis.get(index).copied().unwrap_or_default()
}

/// Captions on the support axis (message ids), from the opposed end to the supportive end.
const SUPPORT_CAPTIONS: [(f32, &str); 3] = [
    (-1.0, "caption-strongly-opposed"),
    (0.0, "caption-neutral"),
    (1.0, "caption-strongly-supportive"),
];

/// Build the scene of the power map for one canvas.
pub fn build_power_map(input: &PowerMapInput<'_>) -> Scene {
    let t = &input.transform;
    let frame = t.screen;
    let mut scene = Scene::empty(frame, input.palette.clone());

    let mut obstacles = add_quadrants(&mut scene, input);
    let captions = add_axes(&mut scene, input, &obstacles);
    obstacles.extend(captions);

    let mut centers: Vec<Pos2> = input
        .session
        .actors
        .iter()
        .map(|a| t.to_screen(a.position))
        .collect();
    spread_on_map(&mut centers, input);
    add_edges(&mut scene, input, &centers);
    add_markers(&mut scene, input, &centers);
    raise_selected(&mut scene.markers);
    let mut placer = add_labels(&mut scene, input, obstacles);
    place_edge_labels(&mut scene, input, &mut placer);
    scene
}

/// Shade the four quadrants and title each with its strategy; returns the title boxes so
/// actor labels keep clear of them.
fn add_quadrants(scene: &mut Scene, input: &PowerMapInput<'_>) -> Vec<Rect> {
    let t = &input.transform;
    let size = input.metrics.quadrant_title_size;
    let inset = size * 0.5;
    scene.areas.push(Area {
        rect: Rect::from_two_pos(t.point_to_screen(-1.0, 0.0), t.point_to_screen(1.0, 1.0)),
        fill: input.palette.quadrant_fill(Quadrant::Monitor),
    });
    let words = Words::for_session(input.session);
    let mut quadrants = Vec::with_capacity(4);
    for quadrant in Quadrant::ALL {
        let support_end = if quadrant.is_supportive() { 1.0 } else { -1.0 };
        let (inf_lo, inf_hi) = if quadrant.is_high_influence() {
            (0.5, 1.0)
        } else {
            (0.0, 0.5)
        };
        let rect = Rect::from_two_pos(
            t.point_to_screen(0.0, inf_lo),
            t.point_to_screen(support_end, inf_hi),
        );
        scene.areas.push(Area {
            rect,
            fill: input.palette.quadrant_fill(quadrant),
        });
        quadrants.push((quadrant, rect, support_end));
    }
    // One size for all four titles (so no strategy reads as more important), each fitting
    // 80 % of its quadrant's width: on one line, or on two before they shrink much.
    let named: Vec<(&str, Vec2)> = quadrants
        .iter()
        .map(|&(quadrant, rect, _)| {
            (
                strategy(quadrant, words).name,
                vec2(rect.width() * 0.8, rect.height()),
            )
        })
        .collect();
    let setting = set_titles(&named, size, input.measure);
    let fitted = setting.size;

    let mut title_boxes = Vec::with_capacity(4);
    for ((quadrant, rect, support_end), rows) in quadrants.into_iter().zip(setting.rows) {
        // The title sits in the quadrant's outer corner, kept inside the visible part.
        let visible = rect.intersect(t.screen);
        if !visible.is_positive() {
            continue;
        }
        let sizes: Vec<Vec2> = rows
            .iter()
            .map(|row| input.measure.measure(row, fitted, true))
            .collect();
        let row_height = sizes.iter().map(|s| s.y).fold(0.0, f32::max);
        let block = vec2(
            sizes.iter().map(|s| s.x).fold(0.0, f32::max),
            row_height * sizes.len() as f32,
        );
        if block.x + inset > visible.width() || block.y + inset > visible.height() {
            // Zoomed in, only a sliver of this quadrant shows: too little to name it.
            continue;
        }
        let outer_right = t.point_to_screen(support_end, 0.5).x > t.point_to_screen(0.0, 0.5).x;
        let top = quadrant.is_high_influence();
        let anchor = match (top, outer_right) {
            (true, true) => Align2::RIGHT_TOP,
            (true, false) => Align2::LEFT_TOP,
            (false, true) => Align2::RIGHT_BOTTOM,
            (false, false) => Align2::LEFT_BOTTOM,
        };
        let x = if outer_right {
            visible.right() - inset
        } else {
            visible.left() + inset
        };
        let y = if top {
            visible.top() + inset
        } else {
            visible.bottom() - inset
        };
        title_boxes.push(anchor.anchor_size(pos2(x, y), block));
        // Rows hang down from a top corner and stack up from a bottom one.
        let first_row_y = if top { y } else { y - block.y + row_height };
        for (index, row) in rows.into_iter().enumerate() {
            scene.texts.push(Text {
                text: row,
                pos: pos2(x, first_row_y + row_height * index as f32),
                anchor,
                size: fitted,
                color: input.palette.quadrant_title(quadrant),
                strong: true,
            });
        }
    }
    title_boxes
}

/// The dividers through neutral support and middle influence, and the axis captions; returns
/// the captions' boxes so actor labels keep clear of them. At any zoom a caption that would
/// overprint another caption or a quadrant title (`titles`) tries its other place, and is left
/// out if that is taken too.
fn add_axes(scene: &mut Scene, input: &PowerMapInput<'_>, titles: &[Rect]) -> Vec<Rect> {
    let t = &input.transform;
    let color = input.palette.axis;
    let width = (input.metrics.line_width * 0.75).max(1.0);
    scene.lines.push(Line {
        points: [t.point_to_screen(-1.0, 0.5), t.point_to_screen(1.0, 0.5)],
        width,
        color,
        dashed: false,
    });
    scene.lines.push(Line {
        points: [t.point_to_screen(0.0, 0.0), t.point_to_screen(0.0, 1.0)],
        width,
        color,
        dashed: false,
    });

    let size = input.metrics.axis_caption_size;
    let frame = t.screen.shrink(4.0);
    let mut captions = Captions {
        input,
        size,
        frame,
        taken: titles.to_vec(),
        boxes: Vec::new(),
        scene,
    };
    let words = Words::for_session(input.session);
    let bottom = (t.point_to_screen(0.0, 0.0).y + 4.0).min(frame.bottom() - size * 1.3);
    // The ends first: they say which way support runs, even zoomed in (kept at the edge).
    for (support, caption) in [
        SUPPORT_CAPTIONS[0],
        SUPPORT_CAPTIONS[2],
        SUPPORT_CAPTIONS[1],
    ] {
        let x = t.point_to_screen(support, 0.0).x;
        let anchor = match (support.partial_cmp(&0.0), t.flipped) {
            (Some(std::cmp::Ordering::Less), false) | (Some(std::cmp::Ordering::Greater), true) => {
                Align2::LEFT_TOP
            }
            (Some(std::cmp::Ordering::Equal) | None, _) => Align2::CENTER_TOP,
            _ => Align2::RIGHT_TOP,
        };
        if support == 0.0 && !(frame.left()..=frame.right()).contains(&x) {
            // The neutral line is out of view: a caption at the edge would mark nothing.
            continue;
        }
        // Not `clamp`: on a canvas narrower than the inset the frame's left passes its right,
        // and a caption drawn out of place is better than a panic.
        let pos = pos2(x.max(frame.left()).min(frame.right()), bottom);
        captions.place(words.get(caption), &[(pos, anchor)]);
    }
    // Beside the influence divider, on the side free of quadrant titles and the bottom row.
    let x = t.point_to_screen(0.0, 1.0).x;
    let top = t.point_to_screen(0.0, 1.0).y.max(frame.top()) + 2.0;
    let low = t
        .point_to_screen(0.0, 0.0)
        .y
        .min(bottom)
        .min(frame.bottom())
        - 2.0;
    if (frame.left()..=frame.right()).contains(&x) {
        captions.place(
            words.get("caption-high-influence"),
            &[
                (pos2(x + 6.0, top), Align2::LEFT_TOP),
                (pos2(x - 6.0, top), Align2::RIGHT_TOP),
            ],
        );
        captions.place(
            words.get("caption-low-influence"),
            &[
                (pos2(x + 6.0, low), Align2::LEFT_BOTTOM),
                (pos2(x - 6.0, low), Align2::RIGHT_BOTTOM),
            ],
        );
    }
    captions.boxes
}

/// Axis captions placed so far, and what they must not overprint.
struct Captions<'a, 'b> {
    input: &'a PowerMapInput<'b>,
    size: f32,
    frame: Rect,
    /// Quadrant titles and the captions already placed.
    taken: Vec<Rect>,
    /// The captions' boxes.
    boxes: Vec<Rect>,
    scene: &'a mut Scene,
}

impl Captions<'_, '_> {
    /// Put `caption` at the first of `places` where it overprints nothing placed before.
    fn place(&mut self, caption: &str, places: &[(Pos2, Align2)]) {
        let text_size = self.input.measure.measure(caption, self.size, false);
        let free = places.iter().find_map(|&(pos, anchor)| {
            let rect = anchor.anchor_size(pos, text_size);
            let inside =
                rect.left() >= self.frame.left() - 4.0 && rect.right() <= self.frame.right() + 4.0;
            (inside && !self.taken.iter().any(|r| r.intersects(rect)))
                .then_some((pos, anchor, rect))
        });
        let Some((pos, anchor, rect)) = free else {
            return;
        };
        self.taken.push(rect);
        self.boxes.push(rect);
        self.scene
            .texts
            .push(caption_text(self.input, caption, pos, anchor, self.size));
    }
}

fn caption_text(
    input: &PowerMapInput<'_>,
    text: &str,
    pos: Pos2,
    anchor: Align2,
    size: f32,
) -> Text {
    Text {
        text: text.to_owned(),
        pos,
        anchor,
        size,
        color: input.palette.muted_text,
        strong: false,
    }
}

fn add_edges(scene: &mut Scene, input: &PowerMapInput<'_>, centers: &[Pos2]) {
    let index = input.session.actor_index();
    let visible = input.transform.screen.expand(8.0);
    for (i, rel) in input.session.relationships.iter().enumerate() {
        let (Some(&a), Some(&b)) = (index.get(&rel.from), index.get(&rel.to)) else {
            continue;
        };
        let actors = &input.session.actors;
        if actors[a].parked || actors[b].parked {
            continue;
        }
        let (from, to) = (centers[a], centers[b]);
        if !visible.intersects(Rect::from_two_pos(from, to)) {
            continue;
        }
        let label = (!rel.label.is_empty()).then(|| Text {
            text: rel.label.clone(),
            pos: from.lerp(to, 0.5),
            anchor: Align2::CENTER_CENTER,
            size: input.metrics.axis_caption_size * 0.9,
            color: input.palette.relationship(rel.kind),
            strong: false,
        });
        scene.edges.push(Edge {
            relationship: i,
            from,
            to,
            color: input.palette.relationship(rel.kind),
            width: input.metrics.line_width,
            dashed: rel.kind == crate::model::RelationshipKind::Conflicting,
            label,
        });
    }
}

fn add_markers(scene: &mut Scene, input: &PowerMapInput<'_>, centers: &[Pos2]) {
    let style = MarkerStyle::new(
        input.session,
        input.selection,
        input.palette,
        input.metrics,
        input.emphasis,
    );
    let visible = input
        .transform
        .screen
        .expand(input.metrics.marker_radius * 2.0);
    for (i, actor) in input.session.actors.iter().enumerate() {
        // Parked actors wait in the parking lot beside the map, not on it.
        if !actor.parked && visible.contains(centers[i]) {
            scene.markers.push(style.marker(i, actor, centers[i]));
        }
    }
}

/// Spread the markers of actors on the same spot (parked actors are not on the map).
fn spread_on_map(centers: &mut [Pos2], input: &PowerMapInput<'_>) {
    let on_map: Vec<usize> = (0..centers.len())
        .filter(|&i| !input.session.actors[i].parked)
        .collect();
    let mut points: Vec<Pos2> = on_map.iter().map(|&i| centers[i]).collect();
    spread_coincident(&mut points, input.metrics.marker_radius);
    for (&i, point) in on_map.iter().zip(points) {
        centers[i] = point;
    }
}

/// Place actor names, most important first; returns the placer so edge labels avoid them.
fn add_labels(scene: &mut Scene, input: &PowerMapInput<'_>, obstacles: Vec<Rect>) -> LabelPlacer {
    let t = &input.transform;
    label_markers(
        scene,
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
            regions: Regions::Quadrants {
                split: t.point_to_screen(0.0, 0.5),
                area: Rect::from_two_pos(t.point_to_screen(-1.0, 0.0), t.point_to_screen(1.0, 1.0)),
            },
            previous: input.previous_labels,
        },
    )
}

/// Relationship labels go on their line where they cover no actor or name (the middle,
/// else a third of the way from either end); where the line is too crowded they are left
/// out, except on the selected actors' lines, whose labels are always shown.
fn place_edge_labels(scene: &mut Scene, input: &PowerMapInput<'_>, placer: &mut LabelPlacer) {
    let index = input.session.actor_index();
    let relationships = &input.session.relationships;
    let selected = |id: &ActorId| input.selection.contains(id) && index.contains_key(id);
    // Relationship labels stay smaller than the names, which may have shrunk to fit.
    let names = scene.labels.first().map_or(f32::INFINITY, |l| l.size * 0.9);
    for edge in &mut scene.edges {
        let rel = &relationships[edge.relationship];
        let forced = selected(&rel.from) || selected(&rel.to);
        let Some(label) = edge.label.as_mut() else {
            continue;
        };
        label.size = label.size.min(names);
        let size = input.measure.measure(&label.text, label.size, false) + vec2(4.0, 2.0);
        let options: Vec<Rect> = [0.5, 0.35, 0.65]
            .iter()
            .map(|&t| Rect::from_center_size(edge.from.lerp(edge.to, t), size))
            .collect();
        match placer.place_first_free(&options) {
            Some(rect) => label.pos = rect.center(),
            None if forced => placer.block(options[0]),
            None => edge.label = None,
        }
    }
}

/// The model position at the middle of a quadrant, for tests and for placing new actors.
pub fn quadrant_center(quadrant: Quadrant) -> Position {
    let support = if quadrant.is_supportive() { 0.5 } else { -0.5 };
    let influence = if quadrant.is_high_influence() {
        0.75
    } else {
        0.25
    };
    Position::clamped(support, influence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, ActorKind, Relationship, RelationshipKind, SupportiveSide};
    use crate::scene::{ApproxMeasure, ModelView};
    use emath::Vec2;

    fn build(session: &Session, selection: &HashSet<ActorId>) -> Scene {
        build_with(session, selection, Vec2::new(1000.0, 700.0), ModelView::FIT)
    }

    fn build_at(session: &Session, size: Vec2, view: ModelView) -> Scene {
        build_with(session, &HashSet::new(), size, view)
    }

    fn build_with(
        session: &Session,
        selection: &HashSet<ActorId>,
        size: Vec2,
        view: ModelView,
    ) -> Scene {
        let palette = Palette::light();
        let transform = MapTransform::new(
            Rect::from_min_size(Pos2::ZERO, size),
            view,
            session.settings.supportive_side,
        );
        build_power_map(&PowerMapInput {
            session,
            transform,
            selection,
            palette: &palette,
            metrics: Metrics::SCREEN,
            measure: &ApproxMeasure,
            emphasis: &[],
            hide_covered: false,
            previous_labels: None,
        })
    }

    #[test]
    fn every_actor_gets_a_marker_and_titles_name_the_strategies() {
        let mut s = Session::new_with_us();
        for q in Quadrant::ALL {
            s.actors
                .push(Actor::new(format!("{q:?}"), quadrant_center(q)));
        }
        let scene = build(&s, &HashSet::new());
        assert_eq!(scene.markers.len(), 5);
        for title in [
            "Partner",
            "Awareness raising",
            "Capacity development",
            "Monitor",
        ] {
            assert!(scene.texts.iter().any(|t| t.text == title), "{title}");
        }
        assert_eq!(
            scene.labels.len(),
            5,
            "spread-out actors all keep their labels"
        );
    }

    #[test]
    fn flipping_moves_supportive_titles_left() {
        let mut s = Session::default();
        let partner_x = |scene: &Scene| {
            scene
                .texts
                .iter()
                .find(|t| t.text == "Partner")
                .map(|t| t.pos.x)
        };
        let right = partner_x(&build(&s, &HashSet::new())).expect("title");
        s.settings.supportive_side = SupportiveSide::Left;
        let left = partner_x(&build(&s, &HashSet::new())).expect("title");
        assert!(left < 500.0 && right > 500.0);
    }

    #[test]
    fn kinds_have_different_shapes_and_conflicts_are_dashed() {
        let mut s = Session::new_with_us();
        let mut person = Actor::new("Person", Position::clamped(-0.5, 0.2));
        person.kind = ActorKind::Individual;
        let person_id = person.id.clone();
        s.actors.push(person);
        let us = s.actors[0].id.clone();
        s.relationships.push(Relationship::new(
            us,
            person_id,
            RelationshipKind::Conflicting,
        ));
        let scene = build(&s, &HashSet::new());
        assert_ne!(scene.markers[0].shape, scene.markers[1].shape);
        assert!(scene.edges[0].dashed);
        assert!(
            !scene.markers[1].reachable,
            "a conflict does not make an actor reachable"
        );
    }

    #[test]
    fn selected_labels_survive_crowding() {
        let mut s = Session::default();
        for i in 0..200 {
            s.actors.push(Actor::new(
                format!("Crowd member {i}"),
                Position::clamped(0.3, 0.3),
            ));
        }
        let chosen = s.actors[150].id.clone();
        let selection = HashSet::from([chosen]);
        let scene = build(&s, &selection);
        assert!(scene.labels.iter().any(|l| l.actor == 150));
        assert_eq!(
            scene.markers.last().map(|m| m.actor),
            Some(150),
            "the selected marker is drawn on top of the crowd"
        );
        assert_eq!(scene.hit(scene.markers[199].center), Some(150));
        assert!(scene.labels.len() < 200);
    }

    #[test]
    fn quadrant_titles_share_one_size() {
        let s = Session::new_with_us();
        let titles = |scene: &Scene| -> Vec<f32> {
            scene
                .texts
                .iter()
                .filter(|t| {
                    // A whole title, or one of its two rows.
                    Quadrant::ALL.iter().any(|&q| {
                        let title = strategy(q, Words::english()).name;
                        t.strong && (title.starts_with(&t.text) || title.ends_with(&t.text))
                    })
                })
                .map(|t| t.size)
                .collect()
        };
        for (size, view) in [
            (Vec2::new(1000.0, 700.0), ModelView::FIT),
            (Vec2::new(420.0, 600.0), ModelView::FIT),
            (Vec2::new(300.0, 300.0), ModelView::FIT),
            (
                Vec2::new(800.0, 600.0),
                ModelView::FIT.zoomed(1.6, Pos2::new(0.3, 0.6)),
            ),
        ] {
            let sizes = titles(&build_at(&s, size, view));
            assert!(!sizes.is_empty(), "{size:?}: no titles");
            assert!(
                sizes.iter().all(|&x| (x - sizes[0]).abs() < 0.01),
                "{size:?}: titles at {sizes:?}"
            );
        }
    }

    #[test]
    fn axis_captions_never_overprint_at_any_zoom() {
        const CAPTIONS: [&str; 5] = [
            "Strongly opposed",
            "Neutral",
            "Strongly supportive",
            "High influence",
            "Low influence",
        ];
        let mut s = Session::new_with_us();
        // Names right where the influence captions sit.
        s.actors.push(Actor::new(
            "Grace Fellowship Church, a long name",
            Position::clamped(-0.05, 0.02),
        ));
        s.actors.push(Actor::new(
            "Valmora City Council, also long",
            Position::clamped(0.08, 0.98),
        ));
        let mut views = vec![ModelView::FIT];
        for (factor, anchor) in [
            (1.5, Pos2::new(0.0, 0.5)),
            (3.0, Pos2::new(0.0, 0.0)),
            (3.0, Pos2::new(0.9, 0.1)),
            (2.0, Pos2::new(-0.9, 0.9)),
            (6.0, Pos2::new(0.05, 0.05)),
            (12.0, Pos2::new(-0.02, 0.5)),
            (0.3, Pos2::new(0.0, 0.5)),
        ] {
            views.push(ModelView::FIT.zoomed(factor, anchor));
        }
        for (size, side) in [
            (Vec2::new(1000.0, 700.0), SupportiveSide::Right),
            (Vec2::new(420.0, 600.0), SupportiveSide::Right),
            (Vec2::new(1280.0, 640.0), SupportiveSide::Right),
            (Vec2::new(700.0, 500.0), SupportiveSide::Left),
        ] {
            s.settings.supportive_side = side;
            for view in &views {
                let scene = build_at(&s, size, *view);
                let boxes: Vec<(String, Rect)> = scene
                    .texts
                    .iter()
                    .filter(|t| CAPTIONS.contains(&t.text.as_str()) || t.strong)
                    .map(|t| {
                        let measured = ApproxMeasure.measure(&t.text, t.size, t.strong);
                        // Shrunk a hair: a title's two rows touch without overprinting.
                        let rect = t.anchor.anchor_size(t.pos, measured).shrink(0.05);
                        (t.text.clone(), rect)
                    })
                    .collect();
                for (i, (a, ra)) in boxes.iter().enumerate() {
                    for (b, rb) in &boxes[i + 1..] {
                        assert!(!ra.intersects(*rb), "{size:?} {view:?}: {a} overprints {b}");
                    }
                    if CAPTIONS.contains(&a.as_str()) {
                        for label in &scene.labels {
                            assert!(
                                !label.rect.intersects(*ra),
                                "{size:?} {view:?}: {} overprints {a}",
                                label.text
                            );
                        }
                    }
                }
            }
        }
    }
}
