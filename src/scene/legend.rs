//! The legend: what each shape, line and ring on the power map means.

use super::Scene;
use super::marks::MarkerLook;
use super::shapes::{Arrow, Dot, Line};
use super::style::{MarkerShape, Palette, kind_shape};
use crate::model::{ActorId, ActorKind, RelationshipKind};
use crate::words::Words;
use ecolor::Color32;
use emath::{Rect, vec2};

/// What a legend entry draws beside its text.
#[derive(Clone, Debug, PartialEq)]
pub enum LegendSymbol {
    /// A marker of this shape and fill.
    Marker(MarkerShape, Color32),
    /// A line, dashed or solid.
    Line {
        /// Line colour.
        color: Color32,
        /// Dashed rather than solid.
        dashed: bool,
    },
    /// The dashed ring of actors we can already reach.
    ReachRing(Color32),
    /// The double ring of "us".
    UsRing,
    /// The question-mark badge of uncertain actors.
    UncertainBadge,
    /// The exclamation badge where a slice and the power map disagree.
    HintBadge(Color32),
    /// The room's spread: a few answers' dots, their median and the middle half's cross.
    Spread(Color32),
    /// An arrow: dashed toward an aim, solid for a movement since a round.
    Arrow {
        /// Arrow colour.
        color: Color32,
        /// Dashed rather than solid.
        dashed: bool,
    },
}

/// One line of the legend.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    /// What is drawn.
    pub symbol: LegendSymbol,
    /// What it means.
    pub text: &'static str,
}

/// The legend of the power map, in the order it is listed.
pub fn power_map_legend(palette: &Palette, words: &'static Words) -> Vec<LegendEntry> {
    let mut entries: Vec<LegendEntry> = ActorKind::ALL
        .into_iter()
        .map(|kind| LegendEntry {
            symbol: LegendSymbol::Marker(kind_shape(kind), palette.kind_fill(kind)),
            text: words.kind(kind),
        })
        .collect();
    entries.extend([
        LegendEntry {
            symbol: LegendSymbol::UsRing,
            text: words.get("legend-us"),
        },
        LegendEntry {
            symbol: LegendSymbol::ReachRing(palette.reachable),
            text: words.get("legend-cooperates-with-us"),
        },
        LegendEntry {
            symbol: LegendSymbol::UncertainBadge,
            text: words.get("legend-uncertain"),
        },
        LegendEntry {
            symbol: LegendSymbol::Line {
                color: palette.relationship(RelationshipKind::Cooperating),
                dashed: false,
            },
            text: words.get("relationship-cooperating"),
        },
        LegendEntry {
            symbol: LegendSymbol::Line {
                color: palette.relationship(RelationshipKind::Conflicting),
                dashed: true,
            },
            text: words.get("relationship-conflicting"),
        },
        LegendEntry {
            symbol: LegendSymbol::Arrow {
                color: palette.aim,
                dashed: true,
            },
            text: words.get("legend-aim"),
        },
        LegendEntry {
            symbol: LegendSymbol::Arrow {
                color: palette.movement,
                dashed: false,
            },
            text: words.get("legend-moved"),
        },
        LegendEntry {
            symbol: LegendSymbol::HintBadge(palette.hint),
            text: words.get("legend-disagree"),
        },
    ]);
    entries
}

/// The legend's line for the room's spread, shown when a placement round's spread is drawn.
pub fn spread_legend(palette: &Palette, words: &'static Words) -> LegendEntry {
    LegendEntry {
        symbol: LegendSymbol::Spread(palette.spread),
        text: words.get("legend-spread"),
    }
}

/// Add the drawing of `symbol` to `scene`, centred in `room`: a marker (with the ring or
/// badge it explains) `radius` pixels big, or a line or an arrow across `room`. Pages and the
/// app's legend strip both draw their symbols this way.
pub fn add_legend_symbol(
    scene: &mut Scene,
    symbol: &LegendSymbol,
    room: Rect,
    radius: f32,
    palette: &Palette,
) {
    let c = room.center();
    let plain = MarkerLook::plain(
        MarkerShape::Circle,
        palette.background,
        palette.outline,
        1.0,
    );
    let (look, radius) = match symbol {
        LegendSymbol::Marker(shape, fill) => (
            MarkerLook {
                shape: *shape,
                fill: *fill,
                ..plain
            },
            radius,
        ),
        LegendSymbol::UsRing => (
            MarkerLook {
                is_us: true,
                ..plain
            },
            radius,
        ),
        LegendSymbol::ReachRing(_) => (
            MarkerLook {
                reachable: true,
                ..plain
            },
            radius,
        ),
        LegendSymbol::UncertainBadge => (
            MarkerLook {
                uncertain: true,
                ..plain
            },
            radius * 0.5,
        ),
        LegendSymbol::HintBadge(_) => (
            MarkerLook {
                hint: true,
                ..plain
            },
            radius * 0.5,
        ),
        LegendSymbol::Line { color, dashed } => {
            scene.lines.push(Line {
                points: [
                    room.left_center() + vec2(2.0, 0.0),
                    room.right_center() - vec2(2.0, 0.0),
                ],
                width: 2.0,
                color: *color,
                dashed: *dashed,
            });
            return;
        }
        LegendSymbol::Spread(color) => {
            add_spread_symbol(scene, room, *color, palette);
            return;
        }
        LegendSymbol::Arrow { color, dashed } => {
            scene.arrows.push(Arrow {
                actor: usize::MAX,
                from: room.left_center() + vec2(1.0, 0.0),
                to: room.right_center() - vec2(1.0, 0.0),
                color: *color,
                width: 1.5,
                dashed: *dashed,
            });
            return;
        }
    };
    // A legend's symbol stands for no actor.
    let id = ActorId(String::new());
    scene
        .markers
        .push(look.marker(usize::MAX, id, c, radius, palette));
}

/// The spread's symbol: the middle half's cross, two answers and the median, as the views
/// draw them.
fn add_spread_symbol(scene: &mut Scene, room: Rect, color: Color32, palette: &Palette) {
    let c = room.center();
    let half = room.height().min(room.width()) * 0.45;
    for (from, to) in [
        (c - vec2(half, 0.0), c + vec2(half, 0.0)),
        (c - vec2(0.0, half), c + vec2(0.0, half)),
    ] {
        scene.lines.push(Line {
            points: [from, to],
            width: 1.5,
            color,
            dashed: false,
        });
    }
    for offset in [vec2(-half, -half), vec2(half, half * 0.6)] {
        scene.dots.push(Dot {
            center: c + offset * 0.8,
            radius: 2.0,
            color,
        });
    }
    scene.dots.push(Dot {
        center: c,
        radius: 4.5,
        color: palette.halo,
    });
    scene.dots.push(Dot {
        center: c,
        radius: 3.0,
        color,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_and_both_line_styles_are_explained() {
        let words = Words::english();
        let legend = power_map_legend(&Palette::light(), words);
        for kind in ActorKind::ALL {
            assert!(legend.iter().any(|e| e.text == words.kind(kind)));
        }
        let lines: Vec<bool> = legend
            .iter()
            .filter_map(|e| match e.symbol {
                LegendSymbol::Line { dashed, .. } => Some(dashed),
                _ => None,
            })
            .collect();
        assert_eq!(
            lines,
            [false, true],
            "conflict differs by dashing, not colour alone"
        );
    }
}
