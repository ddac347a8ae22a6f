//! The bundled typeface (DejaVu Sans, licence in assets/fonts): the app, the SVG, the PNG and
//! the PDF all use it and nothing else, so a map looks the same on every machine.

use crate::scene::TextMeasure;
use emath::{Vec2, vec2};
use std::sync::OnceLock;

/// DejaVu Sans, regular.
pub const SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans, bold.
pub const SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
/// The family name exports ask for.
pub const FAMILY: &str = "DejaVu Sans";
/// The egui family name of the bold face.
pub const EGUI_BOLD: &str = "bold";

/// Text widths from the bundled fonts' own advance tables, for exports.
pub struct BundledMeasure {
    regular: ttf_parser::Face<'static>,
    bold: ttf_parser::Face<'static>,
}

impl BundledMeasure {
    /// The measure of the bundled fonts (parsed once per process).
    pub fn get() -> &'static Self {
        static MEASURE: OnceLock<BundledMeasure> = OnceLock::new();
        MEASURE.get_or_init(|| {
            let face = |bytes: &'static [u8]| {
                ttf_parser::Face::parse(bytes, 0).expect("the bundled font parses")
            };
            Self {
                regular: face(SANS),
                bold: face(SANS_BOLD),
            }
        })
    }

    fn width(face: &ttf_parser::Face<'_>, text: &str, size: f32) -> f32 {
        let fallback = face.glyph_index('?');
        let units: u32 = text
            .chars()
            .map(|c| {
                // Measured as the SVG writes them: line breaks and tabs as spaces, other
                // control characters and XML's forbidden ones not at all.
                let c = match c {
                    '\t' | '\n' | '\r' => ' ',
                    '\u{FFFE}' | '\u{FFFF}' => return 0,
                    c if c.is_control() => return 0,
                    c => c,
                };
                let glyph = face.glyph_index(c).or(fallback);
                glyph
                    .and_then(|g| face.glyph_hor_advance(g))
                    .map_or(0, u32::from)
            })
            .sum();
        units as f32 * size / f32::from(face.units_per_em())
    }
}

impl TextMeasure for BundledMeasure {
    fn measure(&self, text: &str, font_size: f32, strong: bool) -> Vec2 {
        let face = if strong { &self.bold } else { &self.regular };
        vec2(Self::width(face, text, font_size), font_size * 1.25)
    }
}

/// Make egui draw with the bundled fonts (the proportional family, and a bold family).
pub fn install_egui_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "DejaVuSans".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(SANS)),
    );
    fonts.font_data.insert(
        "DejaVuSans-Bold".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(SANS_BOLD)),
    );
    if let Some(family) = fonts.families.get_mut(&egui::FontFamily::Proportional) {
        family.insert(0, "DejaVuSans".to_owned());
    }
    fonts.families.insert(
        egui::FontFamily::Name(EGUI_BOLD.into()),
        vec!["DejaVuSans-Bold".to_owned(), "DejaVuSans".to_owned()],
    );
    ctx.set_fonts(fonts);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_grow_with_text_and_bold_is_wider() {
        let m = BundledMeasure::get();
        let short = m.measure("Mayor", 14.0, false).x;
        let long = m.measure("Mayor of the city", 14.0, false).x;
        assert!(short > 20.0 && long > short * 2.0);
        assert!(m.measure("Mayor", 14.0, true).x > short);
        assert!(
            m.measure("Мэр Ελλάδα", 14.0, false).x > 40.0,
            "Cyrillic and Greek have glyphs"
        );
    }
}
