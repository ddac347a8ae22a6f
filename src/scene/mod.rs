//! View geometry: what a view of a session looks like at one size, as plain shapes in pixels.
//! Everything drawn is measured here, markers' rings, halos and badges included; the app
//! paints a scene with egui and exports write the same scene as SVG, neither adding geometry.

mod actors;
mod alliance_charts;
mod alliance_pages;
mod alliance_report;
mod drag;
mod fan;
mod hit;
mod label_space;
mod labels;
mod legend;
mod marks;
mod measure;
mod movement;
mod naming;
mod occlusion;
mod page;
mod power_map;
mod reuse;
mod shapes;
mod spectrum;
mod split;
mod spread;
mod spread_table;
mod style;
#[cfg(test)]
mod test_scenes;
mod titles;
mod transform;

pub use alliance_pages::{AlliancePagesOptions, build_alliance_pages};
pub use alliance_report::{
    AllianceOptions, AllianceReport, Bar, Field, NeedRow, PartnerRow, Rated, alliance_report,
    has_alliance_plan,
};
pub use drag::{LiftArrows, LiftedPart};
pub use fan::FanGeometry;
pub use labels::Regions;
pub use legend::{LegendEntry, LegendSymbol, add_legend_symbol, power_map_legend, spread_legend};
pub use marks::{Figure, MarkerLook, Overlay, Path, Pen};
pub use measure::{ApproxMeasure, TextMeasure};
pub use movement::{MovementView, add_movement_arrows};
pub use naming::LabelMemory;
pub use page::{PageOptions, PageView, Paper, UNITS_PER_INCH, build_page};
pub use power_map::{PowerMapInput, build_power_map, emphasis_of, quadrant_center};
pub use reuse::SceneReuse;
pub use shapes::{ActorLabel, Area, Arrow, Band, Dot, Edge, Emphasis, Line, Marker, Text};
pub use spectrum::{AimArrows, SpectrumInput, aim_arrow, build_spectrum};
pub use split::split_side_by_side;
pub use spread::add_spread;
pub use style::{MarkerShape, Metrics, Palette, kind_shape};
pub use transform::{MapTransform, ModelView};

use emath::Rect;

/// One view of a session, ready to paint, in drawing order: areas, lines, texts, edges,
/// markers, labels.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// The canvas.
    pub frame: Rect,
    /// The colours the scene was built with; renderers take the background, the halo
    /// behind names and the leader lines' colour from it.
    pub palette: Palette,
    /// Shaded regions.
    pub areas: Vec<Area>,
    /// Ring segments (the spectrum's wedges).
    pub bands: Vec<Band>,
    /// Texture dots.
    pub dots: Vec<Dot>,
    /// Axes and dividers.
    pub lines: Vec<Line>,
    /// Titles and captions.
    pub texts: Vec<Text>,
    /// Relationship lines.
    pub edges: Vec<Edge>,
    /// Aims and movements.
    pub arrows: Vec<Arrow>,
    /// Actor markers, later ones on top.
    pub markers: Vec<Marker>,
    /// Actor names that found a free place.
    pub labels: Vec<ActorLabel>,
    /// How many actors are named in full, shortened or not at all.
    pub naming: Naming,
}

/// How the actors drawn on a scene are named: every one should be, in full.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Naming {
    /// Actors drawn (or hidden under other markers) on the canvas.
    pub actors: usize,
    /// Named in full, on one line or two.
    pub in_full: usize,
    /// Named with a shortened name.
    pub shortened: usize,
    /// Not named: no room even for a shortened name.
    pub missing: usize,
}

impl Scene {
    /// Move everything of `other` into this scene (its coordinates are already the page's).
    pub fn absorb(&mut self, other: &mut Scene) {
        self.areas.append(&mut other.areas);
        self.bands.append(&mut other.bands);
        self.dots.append(&mut other.dots);
        self.lines.append(&mut other.lines);
        self.texts.append(&mut other.texts);
        self.edges.append(&mut other.edges);
        self.arrows.append(&mut other.arrows);
        self.markers.append(&mut other.markers);
        self.labels.append(&mut other.labels);
        self.naming.actors += other.naming.actors;
        self.naming.in_full += other.naming.in_full;
        self.naming.shortened += other.naming.shortened;
        self.naming.missing += other.naming.missing;
    }

    /// A scene with nothing in it yet.
    pub fn empty(frame: Rect, palette: Palette) -> Self {
        Self {
            frame,
            palette,
            areas: Vec::new(),
            bands: Vec::new(),
            dots: Vec::new(),
            arrows: Vec::new(),
            lines: Vec::new(),
            texts: Vec::new(),
            edges: Vec::new(),
            markers: Vec::new(),
            labels: Vec::new(),
            naming: Naming::default(),
        }
    }
}
