//! Renderers: they only paint a scene, never decide what is in it.

mod painter;

pub use painter::{EguiMeasure, marker_shape, paint_legend_symbol, paint_marker, paint_scene};
