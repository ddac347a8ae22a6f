//! View geometry: what a view of a session looks like at one size, as plain shapes in pixels.
//! The app paints a scene with egui; exports will write the same scene to files.

mod hit;
mod labels;
mod legend;
mod measure;
mod power_map;
mod shapes;
mod style;
mod transform;

pub use labels::{LabelPlacer, LabelRequest, candidates as label_candidates, place_labels};
pub use legend::{LegendEntry, LegendSymbol, power_map_legend};
pub use measure::{ApproxMeasure, TextMeasure};
pub use power_map::{PowerMapInput, build_power_map, quadrant_center};
pub use shapes::{ActorLabel, Area, Edge, Line, Marker, Text};
pub use style::{MarkerShape, Metrics, Palette, kind_shape};
pub use transform::{MapTransform, ModelView};

use emath::Rect;

/// One view of a session, ready to paint, in drawing order: areas, lines, texts, edges,
/// markers, labels.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// The canvas.
    pub frame: Rect,
    /// The colours the scene was built with; renderers take rings and halos from it.
    pub palette: Palette,
    /// Shaded regions.
    pub areas: Vec<Area>,
    /// Axes and dividers.
    pub lines: Vec<Line>,
    /// Titles and captions.
    pub texts: Vec<Text>,
    /// Relationship lines.
    pub edges: Vec<Edge>,
    /// Actor markers, later ones on top.
    pub markers: Vec<Marker>,
    /// Actor names that found a free place.
    pub labels: Vec<ActorLabel>,
}

impl Scene {
    /// A scene with nothing in it yet.
    pub fn empty(frame: Rect, palette: Palette) -> Self {
        Self {
            frame,
            palette,
            areas: Vec::new(),
            lines: Vec::new(),
            texts: Vec::new(),
            edges: Vec::new(),
            markers: Vec::new(),
            labels: Vec::new(),
        }
    }
}
