//! Renderers: they only draw a scene's primitives, never decide what is in it or measure
//! any of its geometry.

pub mod bidi;
mod clusters;
mod export;
pub mod fonts;
mod lines;
mod mark_layer;
mod markdown;
mod painter;
mod svg;

pub use export::{
    Drawing, ExportError, ExportFormat, ExportOutput, ExportRequest, MAX_SIDE, MIN_SIDE, PixelSize,
    export, export_alliance_svgs, export_markdown, export_svg, export_watched, missing_glyphs,
    neutral_title, render_pdf, render_pdf_pages, render_png, render_preview,
};
pub use mark_layer::MarkLayer;
pub use painter::{
    EguiMeasure, paint_legend_symbol, paint_scene, paint_scene_kept, paint_scene_over,
};
pub use svg::{escape as escape_xml, scene_to_svg};
