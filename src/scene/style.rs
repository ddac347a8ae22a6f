//! Colours, shapes and sizes of the drawn map. One place, so the app and exports agree.

use crate::model::{ActorKind, Quadrant, RelationshipKind, Slice};
use ecolor::Color32;

/// The outline a marker has; kinds differ by shape as well as colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkerShape {
    /// Individuals.
    Circle,
    /// Groups.
    Triangle,
    /// Organizations.
    Square,
    /// Institutions.
    Diamond,
}

/// The colours a map is drawn in.
#[derive(Clone, Debug, PartialEq)]
pub struct Palette {
    /// Behind everything, outside the map's area.
    pub background: Color32,
    /// Text on the map.
    pub text: Color32,
    /// Text of lesser importance (axis captions).
    pub muted_text: Color32,
    /// The behind-label halo that keeps labels legible over lines.
    pub halo: Color32,
    /// Axis and quadrant divider lines.
    pub axis: Color32,
    /// Marker outlines.
    pub outline: Color32,
    /// The ring around selected actors.
    pub selection: Color32,
    /// The ring around actors we can already reach.
    pub reachable: Color32,
    /// Cooperation lines.
    pub cooperating: Color32,
    /// Conflict lines.
    pub conflicting: Color32,
    /// Arrows toward where we aim to move an actor.
    pub aim: Color32,
    /// The quiet hint that a slice and a support value disagree.
    pub hint: Color32,
    /// The halo of actors matching the search.
    pub highlight: Color32,
}

impl Palette {
    /// The light palette used on screen by default.
    pub fn light() -> Self {
        Self {
            background: Color32::from_rgb(246, 246, 243),
            text: Color32::from_rgb(25, 25, 30),
            muted_text: Color32::from_rgb(85, 85, 95),
            halo: Color32::from_rgba_unmultiplied(255, 255, 255, 210),
            axis: Color32::from_rgb(120, 120, 130),
            outline: Color32::from_rgb(30, 30, 35),
            selection: Color32::from_rgb(20, 90, 230),
            reachable: Color32::from_rgb(0, 140, 90),
            cooperating: Color32::from_rgb(40, 120, 70),
            conflicting: Color32::from_rgb(200, 40, 40),
            aim: Color32::from_rgb(60, 60, 160),
            hint: Color32::from_rgb(200, 120, 0),
            highlight: Color32::from_rgb(255, 200, 0),
        }
    }

    /// A wedge's fill: blue on our side through light grey to orange on the far side
    /// (colour-blind-safe hues; lightness differs between neighbours).
    pub fn slice_fill(&self, slice: Slice) -> Color32 {
        match slice {
            Slice::ActiveAllies => Color32::from_rgb(120, 170, 210),
            Slice::PassiveAllies => Color32::from_rgb(195, 220, 238),
            Slice::Neutral => Color32::from_rgb(238, 238, 236),
            Slice::PassiveOpposition => Color32::from_rgb(250, 214, 170),
            Slice::ActiveOpposition => Color32::from_rgb(236, 160, 100),
        }
    }

    /// The dot texture of a wedge, as dot spacing in pixels: opposition wedges are dotted
    /// (sparse for passive, dense for active) so that a greyscale print still tells them
    /// from the allies' wedges of similar lightness.
    pub fn slice_texture(&self, slice: Slice) -> Option<f32> {
        match slice {
            Slice::PassiveOpposition => Some(22.0),
            Slice::ActiveOpposition => Some(12.0),
            _ => None,
        }
    }

    /// The print palette: white paper, dark ink, tints that stay apart in greyscale.
    pub fn print() -> Self {
        Self {
            background: Color32::WHITE,
            text: Color32::from_rgb(10, 10, 10),
            muted_text: Color32::from_rgb(70, 70, 70),
            halo: Color32::from_rgba_unmultiplied(255, 255, 255, 225),
            ..Self::light()
        }
    }

    /// The fill of a quadrant: light, distinct tints that keep dark text readable.
    pub fn quadrant_fill(&self, quadrant: Quadrant) -> Color32 {
        match quadrant {
            Quadrant::Partner => Color32::from_rgb(220, 239, 222),
            Quadrant::AwarenessRaising => Color32::from_rgb(250, 230, 205),
            Quadrant::CapacityDevelopment => Color32::from_rgb(218, 230, 246),
            Quadrant::Monitor => Color32::from_rgb(232, 231, 228),
        }
    }

    /// The colour of the quadrant's large title.
    pub fn quadrant_title(&self, quadrant: Quadrant) -> Color32 {
        match quadrant {
            Quadrant::Partner => Color32::from_rgb(40, 100, 55),
            Quadrant::AwarenessRaising => Color32::from_rgb(150, 80, 10),
            Quadrant::CapacityDevelopment => Color32::from_rgb(40, 80, 150),
            Quadrant::Monitor => Color32::from_rgb(90, 90, 90),
        }
    }

    /// A marker's fill by kind (colour-blind-safe hues from the Okabe-Ito set).
    pub fn kind_fill(&self, kind: ActorKind) -> Color32 {
        match kind {
            ActorKind::Individual => Color32::from_rgb(204, 121, 167),
            ActorKind::Group => Color32::from_rgb(0, 158, 115),
            ActorKind::Organization => Color32::from_rgb(0, 114, 178),
            ActorKind::Institution => Color32::from_rgb(213, 94, 0),
        }
    }

    /// The colour of a relationship line.
    pub fn relationship(&self, kind: RelationshipKind) -> Color32 {
        match kind {
            RelationshipKind::Cooperating => self.cooperating,
            RelationshipKind::Conflicting => self.conflicting,
        }
    }
}

/// The marker shape of a kind.
pub fn kind_shape(kind: ActorKind) -> MarkerShape {
    match kind {
        ActorKind::Individual => MarkerShape::Circle,
        ActorKind::Group => MarkerShape::Triangle,
        ActorKind::Organization => MarkerShape::Square,
        ActorKind::Institution => MarkerShape::Diamond,
    }
}

/// Pixel sizes of a drawn map, scaled together for screens, projectors and print.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metrics {
    /// Marker radius.
    pub marker_radius: f32,
    /// Actor label text size.
    pub label_size: f32,
    /// Quadrant title text size.
    pub quadrant_title_size: f32,
    /// Axis caption text size.
    pub axis_caption_size: f32,
    /// Relationship line width.
    pub line_width: f32,
}

impl Metrics {
    /// Sizes for a desktop screen at 1:1 scale; `scaled` grows them for projectors and print.
    pub const SCREEN: Self = Self {
        marker_radius: 9.0,
        label_size: 14.0,
        quadrant_title_size: 22.0,
        axis_caption_size: 13.0,
        line_width: 2.0,
    };

    /// All sizes multiplied by `factor`.
    #[must_use]
    pub fn scaled(self, factor: f32) -> Self {
        Self {
            marker_radius: self.marker_radius * factor,
            label_size: self.label_size * factor,
            quadrant_title_size: self.quadrant_title_size * factor,
            axis_caption_size: self.axis_caption_size * factor,
            line_width: self.line_width * factor,
        }
    }
}
