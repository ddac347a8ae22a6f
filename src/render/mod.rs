//! Renderers: they only paint a scene, never decide what is in it.

pub mod bidi;
mod clusters;
mod export;
pub mod fonts;
mod lines;
mod painter;
mod svg;

pub use export::{
    Drawing, ExportError, ExportFormat, ExportOutput, ExportRequest, MAX_SIDE, MIN_SIDE, PixelSize,
    export, export_svg, missing_glyphs, neutral_title, render_pdf, render_png, render_preview,
};
pub use painter::{EguiMeasure, marker_shape, paint_legend_symbol, paint_marker, paint_scene};
pub use svg::{escape as escape_xml, scene_to_svg};
