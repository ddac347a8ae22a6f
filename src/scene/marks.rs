//! The primitives markers are drawn with, and how what a marker shows (its kind, selection,
//! reach, "us", doubt, a disagreement, a search match or a filter) becomes them. Every ring,
//! halo and badge is measured here once; the screen and exports only draw the result, so
//! they cannot drift apart.

use super::shapes::{Emphasis, Marker, Text};
use super::style::{MarkerShape, Palette};
use crate::model::ActorId;
use ecolor::Color32;
use emath::{Align2, Pos2, Rect, Vec2, pos2, vec2};

/// How an outline is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pen {
    /// Width in pixels, centred on the outline.
    pub width: f32,
    /// Colour.
    pub color: Color32,
    /// Dash and gap lengths in pixels along the outline, from its start; solid when `None`.
    pub dash: Option<[f32; 2]>,
}

impl Pen {
    /// A solid pen.
    pub fn solid(width: f32, color: Color32) -> Self {
        Self {
            width,
            color,
            dash: None,
        }
    }
}

/// The outline of a figure. A circle starts at its rightmost point and runs clockwise on
/// screen (as SVG's does), which is where its dashes start.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Path {
    /// A circle.
    Circle {
        /// Centre.
        center: Pos2,
        /// Radius.
        radius: f32,
    },
    /// A rectangle with rounded corners.
    RoundedRect {
        /// The rectangle.
        rect: Rect,
        /// Corner radius.
        corner: f32,
    },
    /// A closed polygon of three points.
    Triangle([Pos2; 3]),
    /// A closed polygon of four points.
    Quad([Pos2; 4]),
}

impl Path {
    /// The corners of a polygon (empty for a circle or rectangle).
    pub fn points(&self) -> &[Pos2] {
        match self {
            Self::Triangle(p) => p,
            Self::Quad(p) => p,
            Self::Circle { .. } | Self::RoundedRect { .. } => &[],
        }
    }

    /// How far from `from` any point of the path lies.
    fn reach(&self, from: Pos2) -> f32 {
        match self {
            Self::Circle { center, radius } => center.distance(from) + radius,
            Self::RoundedRect { rect, .. } => [
                rect.left_top(),
                rect.right_top(),
                rect.left_bottom(),
                rect.right_bottom(),
            ]
            .into_iter()
            .map(|p| p.distance(from))
            .fold(0.0, f32::max),
            Self::Triangle(_) | Self::Quad(_) => self
                .points()
                .iter()
                .map(|p| p.distance(from))
                .fold(0.0, f32::max),
        }
    }
}

/// A shape filled, outlined, or both.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// Its outline.
    pub path: Path,
    /// Fill colour, if filled.
    pub fill: Option<Color32>,
    /// The outline's pen, if outlined.
    pub pen: Option<Pen>,
}

impl Figure {
    /// How far from `from` anything of the figure is drawn, its outline's width included.
    pub fn reach(&self, from: Pos2) -> f32 {
        self.path.reach(from) + self.pen.map_or(0.0, |p| p.width / 2.0)
    }
}

/// What is drawn over a marker's body: a ring or a badge's disc, or a badge's mark.
#[derive(Clone, Debug, PartialEq)]
pub enum Overlay {
    /// A ring or a disc.
    Figure(Figure),
    /// A one-character mark ("?", "!"), centred on its anchor.
    Mark(Text),
}

/// A dashed ring: dashes this long, gaps this long, in pixels.
const REACH_DASH: [f32; 2] = [4.0, 3.0];

/// How much a filtered-out marker is drawn.
const DIMMED_OPACITY: f32 = 0.25;

/// What a marker shows, before it becomes primitives.
#[derive(Clone, Copy, Debug, PartialEq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent facts about an actor, each shown by its own ring or badge"
)]
pub struct MarkerLook {
    /// Outline by kind.
    pub shape: MarkerShape,
    /// Fill by kind.
    pub fill: Color32,
    /// Outline colour.
    pub outline: Color32,
    /// Outline width.
    pub outline_width: f32,
    /// Selected: a tinted halo with a ring.
    pub selected: bool,
    /// We can already reach it: a dashed ring.
    pub reachable: bool,
    /// It is us: a second ring.
    pub is_us: bool,
    /// The room is unsure where it belongs: a "?" badge above right.
    pub uncertain: bool,
    /// Its slice and its support disagree strongly: a quiet "!" badge below right.
    pub hint: bool,
    /// Dimmed (drawn faintly) or highlighted (a halo).
    pub emphasis: Emphasis,
}

impl MarkerLook {
    /// A marker of `shape` in `fill` with an `outline` pen `outline_width` wide, and none of
    /// the rings, halos or badges.
    pub fn plain(shape: MarkerShape, fill: Color32, outline: Color32, outline_width: f32) -> Self {
        Self {
            shape,
            fill,
            outline,
            outline_width,
            selected: false,
            reachable: false,
            is_us: false,
            uncertain: false,
            hint: false,
            emphasis: Emphasis::Normal,
        }
    }

    /// The marker of actor `actor` (its index in `Session::actors`) with id `id`, centred at
    /// `center`, `radius` pixels big, in `palette`'s colours.
    pub fn marker(
        &self,
        actor: usize,
        id: ActorId,
        center: Pos2,
        radius: f32,
        palette: &Palette,
    ) -> Marker {
        let (c, r) = (center, radius);
        let circle = |radius: f32| Path::Circle { center: c, radius };
        let mut under = Vec::new();
        if self.emphasis == Emphasis::Highlighted {
            under.push(Figure {
                path: circle(r + 10.0),
                fill: Some(palette.highlight.gamma_multiply(0.6)),
                pen: None,
            });
        }
        if self.selected {
            under.push(Figure {
                path: circle(r + 7.0),
                fill: Some(palette.selection.gamma_multiply(0.25)),
                pen: Some(Pen::solid(2.5, palette.selection)),
            });
        }
        if self.reachable {
            under.push(Figure {
                path: circle(r + 4.0),
                fill: None,
                pen: Some(Pen {
                    dash: Some(REACH_DASH),
                    ..Pen::solid(2.5, palette.reachable)
                }),
            });
        }
        let body = Figure {
            path: body_path(self.shape, c, r),
            fill: Some(self.fill),
            pen: Some(Pen::solid(self.outline_width, self.outline)),
        };
        let mut over = Vec::new();
        if self.is_us {
            over.push(Overlay::Figure(Figure {
                path: circle(r + 4.0),
                fill: None,
                pen: Some(Pen::solid(2.0, self.outline)),
            }));
        }
        if self.uncertain {
            let badge = Badge {
                center: c + vec2(r * 0.9, -r * 0.9),
                radius: (r * 0.55).max(6.0),
                disc: palette.background,
                ink: self.outline,
                mark: "?",
            };
            badge.push(&mut over);
        }
        if self.hint {
            let badge = Badge {
                center: c + vec2(r * 0.9, r * 0.9),
                radius: (r * 0.5).max(5.0),
                disc: palette.hint,
                ink: palette.background,
                mark: "!",
            };
            badge.push(&mut over);
        }
        Marker {
            actor,
            id,
            center,
            radius,
            shape: self.shape,
            under,
            body,
            over,
            opacity: if self.emphasis == Emphasis::Dimmed {
                DIMMED_OPACITY
            } else {
                1.0
            },
            selected: self.selected,
            reachable: self.reachable,
            is_us: self.is_us,
            uncertain: self.uncertain,
            hint: self.hint,
            emphasis: self.emphasis,
            covered: false,
        }
    }
}

/// A small disc with a one-character mark on it.
struct Badge {
    center: Pos2,
    radius: f32,
    disc: Color32,
    ink: Color32,
    mark: &'static str,
}

impl Badge {
    fn push(self, over: &mut Vec<Overlay>) {
        over.push(Overlay::Figure(Figure {
            path: Path::Circle {
                center: self.center,
                radius: self.radius,
            },
            fill: Some(self.disc),
            pen: Some(Pen::solid(1.0, self.ink)),
        }));
        over.push(Overlay::Mark(Text {
            text: self.mark.to_owned(),
            pos: self.center,
            anchor: Align2::CENTER_CENTER,
            size: self.radius * 1.6,
            color: self.ink,
            strong: true,
        }));
    }
}

/// The outline of a marker of `shape` centred at `c`, `r` pixels big: kinds differ by shape
/// as well as colour.
fn body_path(shape: MarkerShape, c: Pos2, r: f32) -> Path {
    match shape {
        MarkerShape::Circle => Path::Circle {
            center: c,
            radius: r,
        },
        MarkerShape::Square => Path::RoundedRect {
            rect: Rect::from_center_size(c, Vec2::splat(2.0 * r * 0.85)),
            corner: 2.0,
        },
        MarkerShape::Triangle => Path::Triangle([
            pos2(c.x, c.y - r * 1.1),
            pos2(c.x + r, c.y + r * 0.75),
            pos2(c.x - r, c.y + r * 0.75),
        ]),
        MarkerShape::Diamond => {
            let d = r * 1.15;
            Path::Quad([
                pos2(c.x, c.y - d),
                pos2(c.x + d, c.y),
                pos2(c.x, c.y + d),
                pos2(c.x - d, c.y),
            ])
        }
    }
}

impl Marker {
    /// How far from its centre anything of this marker is drawn: its shape, outline, rings,
    /// halo and badges. Names and the occlusion grid keep to this disc.
    pub fn extent(&self) -> f32 {
        // The body by its kind's nominal size. A triangle counts as 1.1 r although its lower
        // corners reach 1.25 r: a name may touch those corners, as it always could; counting
        // them costs crowded maps names in full (tests/suite/naming.rs).
        let r = self.radius;
        let body = match self.shape {
            MarkerShape::Circle => r,
            MarkerShape::Square => r * 0.85 * std::f32::consts::SQRT_2,
            MarkerShape::Triangle => r * 1.1,
            MarkerShape::Diamond => r * 1.15,
        } + self.body.pen.map_or(0.0, |p| p.width / 2.0);
        // The rest as drawn; a badge's mark stays inside its disc.
        self.under
            .iter()
            .chain(self.over.iter().filter_map(|o| match o {
                Overlay::Figure(f) => Some(f),
                Overlay::Mark(_) => None,
            }))
            .map(|f| f.reach(self.center))
            .fold(body, f32::max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn look() -> MarkerLook {
        MarkerLook::plain(
            MarkerShape::Circle,
            Color32::from_rgb(200, 100, 50),
            Color32::BLACK,
            1.5,
        )
    }

    #[test]
    fn each_fact_adds_its_ring_or_badge_and_the_extent_covers_them() {
        let palette = Palette::light();
        let at = pos2(100.0, 100.0);
        let plain = look().marker(0, ActorId("a".to_owned()), at, 10.0, &palette);
        assert!(plain.under.is_empty() && plain.over.is_empty());
        assert!((plain.extent() - 10.75).abs() < 1e-4, "{}", plain.extent());
        let all = MarkerLook {
            selected: true,
            reachable: true,
            is_us: true,
            uncertain: true,
            hint: true,
            emphasis: Emphasis::Highlighted,
            ..look()
        }
        .marker(0, ActorId("a".to_owned()), at, 10.0, &palette);
        assert_eq!(all.under.len(), 3, "halo, selection, reach");
        assert_eq!(all.over.len(), 5, "us ring, two badges with their marks");
        // The search halo, 10 px beyond the marker, reaches farthest.
        assert!((all.extent() - 20.0).abs() < 1e-4, "{}", all.extent());
        let dimmed = MarkerLook {
            emphasis: Emphasis::Dimmed,
            ..look()
        }
        .marker(0, ActorId("a".to_owned()), at, 10.0, &palette);
        assert!(dimmed.opacity < 1.0);
    }
}
