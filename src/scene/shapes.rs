//! The drawable pieces of a scene: plain geometry with colours, no behaviour.

use super::style::MarkerShape;
use ecolor::Color32;
use emath::{Align2, Pos2, Rect};

/// A filled rectangle (quadrant shading, the map's frame).
#[derive(Clone, Debug, PartialEq)]
pub struct Area {
    /// Where, in pixels.
    pub rect: Rect,
    /// Fill colour.
    pub fill: Color32,
}

/// A straight line (axes, dividers).
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Start and end.
    pub points: [Pos2; 2],
    /// Width in pixels.
    pub width: f32,
    /// Colour.
    pub color: Color32,
    /// Drawn dashed rather than solid.
    pub dashed: bool,
}

/// A piece of text anchored at a point.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    /// What it says.
    pub text: String,
    /// The anchor point.
    pub pos: Pos2,
    /// Which part of the text sits on the anchor.
    pub anchor: Align2,
    /// Font size in pixels.
    pub size: f32,
    /// Colour.
    pub color: Color32,
    /// Drawn bold (quadrant titles).
    pub strong: bool,
}

/// One actor's marker.
#[derive(Clone, Debug, PartialEq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent flags a renderer draws as separate rings and badges"
)]
pub struct Marker {
    /// Index of the actor in `Session::actors`.
    pub actor: usize,
    /// Centre in pixels.
    pub center: Pos2,
    /// Radius in pixels.
    pub radius: f32,
    /// Outline by kind.
    pub shape: MarkerShape,
    /// Fill by kind.
    pub fill: Color32,
    /// Outline colour.
    pub outline: Color32,
    /// Outline width.
    pub outline_width: f32,
    /// Whether the actor is selected.
    pub selected: bool,
    /// Whether we can already reach it (a cooperating tie to us).
    pub reachable: bool,
    /// Whether it is us.
    pub is_us: bool,
    /// Whether the room is unsure where it belongs.
    pub uncertain: bool,
}

impl Marker {
    /// The square that holds the marker, rings included.
    pub fn bounds(&self) -> Rect {
        Rect::from_center_size(self.center, emath::Vec2::splat(2.0 * (self.radius + 4.0)))
    }
}

/// A relationship line between two markers.
#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    /// Index of the relationship in `Session::relationships`.
    pub relationship: usize,
    /// Start (the `from` actor's centre).
    pub from: Pos2,
    /// End (the `to` actor's centre).
    pub to: Pos2,
    /// Colour by kind.
    pub color: Color32,
    /// Width in pixels.
    pub width: f32,
    /// Conflicts are dashed, so the kinds differ without colour too.
    pub dashed: bool,
    /// The relationship's label at the middle, if it has one.
    pub label: Option<Text>,
}

/// An actor's name, placed where it collides with nothing.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorLabel {
    /// Index of the actor in `Session::actors`.
    pub actor: usize,
    /// The box the text fills, in pixels.
    pub rect: Rect,
    /// The name.
    pub text: String,
    /// Font size in pixels.
    pub size: f32,
    /// Text colour.
    pub color: Color32,
    /// Bold (for us and selected actors).
    pub strong: bool,
}
