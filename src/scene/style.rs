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
    /// Arrows toward where we aim to move an actor (drawn dashed).
    pub aim: Color32,
    /// Arrows of how an actor moved since an earlier round (drawn solid): another hue than
    /// the aim's, so a plan is never read as a change that happened.
    pub movement: Color32,
    /// The room's answers when a placement round's spread is shown: a hue of its own, apart
    /// from aims, movements and kinds, that reads on this palette's background.
    pub spread: Color32,
    /// The quiet hint that a slice and a support value disagree.
    pub hint: Color32,
    /// The halo of actors matching the search.
    pub highlight: Color32,
    /// Quadrant fills, in the order of [`Quadrant::ALL`].
    pub quadrant_fills: [Color32; 4],
    /// Quadrant title colours, in the order of [`Quadrant::ALL`].
    pub quadrant_titles: [Color32; 4],
    /// Wedge fills, in the order of [`Slice::ALL`].
    pub slice_fills: [Color32; 5],
    /// Marker fills, in the order of [`ActorKind::ALL`].
    pub kind_fills: [Color32; 4],
}

/// Kind hues from the Okabe-Ito set: colour-blind-safe, and kinds also differ by shape.
const OKABE_ITO_KINDS: [Color32; 4] = [
    Color32::from_rgb(204, 121, 167),
    Color32::from_rgb(0, 158, 115),
    Color32::from_rgb(0, 114, 178),
    Color32::from_rgb(213, 94, 0),
];

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
            movement: Color32::from_rgb(175, 40, 125),
            spread: Color32::from_rgb(0, 105, 125),
            hint: Color32::from_rgb(200, 120, 0),
            highlight: Color32::from_rgb(255, 200, 0),
            // Light, distinct tints that keep dark text readable.
            quadrant_fills: [
                Color32::from_rgb(220, 239, 222),
                Color32::from_rgb(250, 230, 205),
                Color32::from_rgb(218, 230, 246),
                Color32::from_rgb(232, 231, 228),
            ],
            quadrant_titles: [
                Color32::from_rgb(40, 100, 55),
                Color32::from_rgb(150, 80, 10),
                Color32::from_rgb(40, 80, 150),
                Color32::from_rgb(90, 90, 90),
            ],
            // Blue on our side through light grey to orange on the far side (colour-blind-safe
            // hues; lightness differs between neighbours).
            slice_fills: [
                Color32::from_rgb(120, 170, 210),
                Color32::from_rgb(195, 220, 238),
                Color32::from_rgb(238, 238, 236),
                Color32::from_rgb(250, 214, 170),
                Color32::from_rgb(236, 160, 100),
            ],
            kind_fills: OKABE_ITO_KINDS,
        }
    }

    /// The dark palette: light text on dark tints, for dim rooms and dark desktops.
    pub fn dark() -> Self {
        Self {
            background: Color32::from_rgb(28, 29, 33),
            text: Color32::from_rgb(235, 235, 238),
            muted_text: Color32::from_rgb(170, 170, 180),
            halo: Color32::from_rgba_unmultiplied(20, 20, 24, 200),
            axis: Color32::from_rgb(150, 150, 160),
            outline: Color32::from_rgb(235, 235, 238),
            selection: Color32::from_rgb(110, 170, 255),
            reachable: Color32::from_rgb(60, 200, 140),
            cooperating: Color32::from_rgb(90, 190, 120),
            conflicting: Color32::from_rgb(255, 95, 95),
            aim: Color32::from_rgb(160, 160, 255),
            movement: Color32::from_rgb(240, 120, 200),
            spread: Color32::from_rgb(80, 210, 230),
            hint: Color32::from_rgb(255, 170, 40),
            highlight: Color32::from_rgb(255, 210, 0),
            quadrant_fills: [
                Color32::from_rgb(34, 58, 40),
                Color32::from_rgb(66, 48, 28),
                Color32::from_rgb(30, 44, 68),
                Color32::from_rgb(46, 46, 48),
            ],
            quadrant_titles: [
                Color32::from_rgb(140, 210, 150),
                Color32::from_rgb(240, 180, 110),
                Color32::from_rgb(140, 180, 240),
                Color32::from_rgb(180, 180, 180),
            ],
            slice_fills: [
                Color32::from_rgb(40, 80, 120),
                Color32::from_rgb(38, 58, 78),
                Color32::from_rgb(52, 52, 54),
                Color32::from_rgb(86, 62, 36),
                Color32::from_rgb(120, 70, 30),
            ],
            kind_fills: OKABE_ITO_KINDS,
        }
    }

    /// High contrast for a washed-out projector: white ground, black ink, strong tints and
    /// saturated lines that survive a bright room.
    pub fn high_contrast() -> Self {
        Self {
            background: Color32::WHITE,
            text: Color32::BLACK,
            muted_text: Color32::BLACK,
            halo: Color32::WHITE,
            axis: Color32::BLACK,
            outline: Color32::BLACK,
            selection: Color32::from_rgb(0, 60, 255),
            reachable: Color32::from_rgb(0, 120, 60),
            cooperating: Color32::from_rgb(0, 120, 40),
            conflicting: Color32::from_rgb(210, 0, 0),
            aim: Color32::from_rgb(40, 0, 160),
            movement: Color32::from_rgb(160, 0, 110),
            spread: Color32::from_rgb(0, 80, 100),
            hint: Color32::from_rgb(180, 90, 0),
            highlight: Color32::from_rgb(255, 200, 0),
            quadrant_fills: [
                Color32::from_rgb(190, 235, 195),
                Color32::from_rgb(255, 215, 165),
                Color32::from_rgb(185, 210, 250),
                Color32::from_rgb(222, 222, 222),
            ],
            quadrant_titles: [Color32::BLACK; 4],
            slice_fills: [
                Color32::from_rgb(70, 140, 220),
                Color32::from_rgb(170, 210, 250),
                Color32::WHITE,
                Color32::from_rgb(255, 205, 140),
                Color32::from_rgb(240, 130, 50),
            ],
            kind_fills: OKABE_ITO_KINDS,
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

    /// The fill of a quadrant.
    pub fn quadrant_fill(&self, quadrant: Quadrant) -> Color32 {
        self.quadrant_fills[quadrant_index(quadrant)]
    }

    /// The colour of the quadrant's large title.
    pub fn quadrant_title(&self, quadrant: Quadrant) -> Color32 {
        self.quadrant_titles[quadrant_index(quadrant)]
    }

    /// A wedge's fill.
    pub fn slice_fill(&self, slice: Slice) -> Color32 {
        self.slice_fills[slice.index()]
    }

    /// A marker's fill by kind.
    pub fn kind_fill(&self, kind: ActorKind) -> Color32 {
        let index = ActorKind::ALL.iter().position(|&k| k == kind).unwrap_or(0);
        self.kind_fills[index]
    }

    /// The colour of a relationship line.
    pub fn relationship(&self, kind: RelationshipKind) -> Color32 {
        match kind {
            RelationshipKind::Cooperating => self.cooperating,
            RelationshipKind::Conflicting => self.conflicting,
        }
    }
}

fn quadrant_index(quadrant: Quadrant) -> usize {
    Quadrant::ALL
        .iter()
        .position(|&q| q == quadrant)
        .unwrap_or(0)
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

    /// Sizes for presentation mode: type and markers large enough to read from the back of a
    /// room (names shrink from there on a crowded canvas).
    pub fn presentation() -> Self {
        Self::SCREEN.scaled(1.75)
    }

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
