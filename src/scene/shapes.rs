//! The drawable pieces of a scene: plain geometry with colours, no behaviour.

use super::marks::{Figure, Overlay};
use super::style::MarkerShape;
use crate::model::ActorId;
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

/// One actor's marker, as the primitives it is drawn with (built by `MarkerLook::marker`),
/// and the facts they show, for naming, hit testing and screen readers.
#[derive(Clone, Debug, PartialEq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent facts about the actor, each shown by its own ring or badge"
)]
pub struct Marker {
    /// Index of the actor in `Session::actors` (`usize::MAX` for a legend's symbol).
    pub actor: usize,
    /// The actor's id (empty for a legend's symbol).
    pub id: ActorId,
    /// Centre in pixels.
    pub center: Pos2,
    /// Radius in pixels.
    pub radius: f32,
    /// Outline by kind.
    pub shape: MarkerShape,
    /// Halos and rings under the body: search match, selection, reach.
    pub under: Vec<Figure>,
    /// The body: the kind's shape, filled and outlined.
    pub body: Figure,
    /// Rings and badges over the body: "us", uncertain, disagreement.
    pub over: Vec<Overlay>,
    /// How opaque the whole marker is drawn (filtered-out actors are faint, never hidden).
    pub opacity: f32,
    /// Whether the actor is selected.
    pub selected: bool,
    /// Whether we can already reach it (a cooperating tie to us).
    pub reachable: bool,
    /// Whether it is us.
    pub is_us: bool,
    /// Whether the room is unsure where it belongs.
    pub uncertain: bool,
    /// Its slice and its support disagree strongly: a quiet hint, nothing more.
    pub hint: bool,
    /// Dimmed (filtered out) or highlighted (matches the search).
    pub emphasis: Emphasis,
    /// Hidden under markers drawn later: the screen skips it (see `flag_covered_markers`).
    pub covered: bool,
}

/// How strongly a marker is drawn: filters dim actors rather than hide them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Emphasis {
    /// Drawn as usual.
    #[default]
    Normal,
    /// Filtered out: drawn faintly.
    Dimmed,
    /// Matches the search: drawn with a halo.
    Highlighted,
}

/// A ring segment between two arcs (a wedge of the spectrum), as its two arcs.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    /// Points along the outer arc, in order.
    pub outer: Vec<Pos2>,
    /// Points along the inner arc, in the same order as `outer`.
    pub inner: Vec<Pos2>,
    /// Fill colour.
    pub fill: Color32,
    /// Outline colour.
    pub stroke: Color32,
}

/// A small filled dot (the texture that tells opposition wedges apart in greyscale).
#[derive(Clone, Debug, PartialEq)]
pub struct Dot {
    /// Centre.
    pub center: Pos2,
    /// Radius.
    pub radius: f32,
    /// Colour.
    pub color: Color32,
}

/// An arrow from where an actor is to where we aim to move it, or to where it moved.
#[derive(Clone, Debug, PartialEq)]
pub struct Arrow {
    /// Index of the actor in `Session::actors`.
    pub actor: usize,
    /// Tail.
    pub from: Pos2,
    /// Head.
    pub to: Pos2,
    /// Colour.
    pub color: Color32,
    /// Line width.
    pub width: f32,
    /// Dashed (an aim not yet reached) or solid (a movement that happened).
    pub dashed: bool,
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
    /// The name as drawn: on one line, on two (split by a line break), or shortened with an
    /// ellipsis where even that found no room.
    pub text: String,
    /// Shortened with an ellipsis.
    pub shortened: bool,
    /// The centre of the actor's marker.
    pub anchor: Pos2,
    /// A thin line from the marker's edge to the name, when the name sits away from its
    /// marker or across a dividing line.
    pub leader: Option<[Pos2; 2]>,
    /// Font size in pixels.
    pub size: f32,
    /// Text colour.
    pub color: Color32,
    /// Bold (for us and selected actors).
    pub strong: bool,
}
