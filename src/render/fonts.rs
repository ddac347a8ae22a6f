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
    regular: Face,
    bold: Face,
}

/// Characters below this have their advance looked up once, when the font is parsed:
/// Latin, Greek and Cyrillic, most of what maps are written in, without a cmap search each.
const TABLED: usize = 0x500;

/// One face and the advances of its first `TABLED` characters, in font units.
struct Face {
    face: ttf_parser::Face<'static>,
    advances: Vec<u16>,
}

impl Face {
    fn parse(bytes: &'static [u8]) -> Self {
        let face = ttf_parser::Face::parse(bytes, 0).expect("the bundled font parses");
        let advances = (0..TABLED)
            .map(|code| {
                u32::try_from(code)
                    .ok()
                    .and_then(char::from_u32)
                    .map_or(0, |c| Self::lookup(&face, c))
            })
            .collect();
        Self { face, advances }
    }

    /// The advance of `c` in font units; a character the font lacks as wide as "?".
    fn lookup(face: &ttf_parser::Face<'_>, c: char) -> u16 {
        face.glyph_index(c)
            .or_else(|| face.glyph_index('?'))
            .and_then(|g| face.glyph_hor_advance(g))
            .unwrap_or(0)
    }

    fn advance(&self, c: char) -> u16 {
        self.advances
            .get(c as usize)
            .copied()
            .unwrap_or_else(|| Self::lookup(&self.face, c))
    }
}

impl BundledMeasure {
    /// The measure of the bundled fonts (parsed once per process).
    pub fn get() -> &'static Self {
        static MEASURE: OnceLock<BundledMeasure> = OnceLock::new();
        MEASURE.get_or_init(|| Self {
            regular: Face::parse(SANS),
            bold: Face::parse(SANS_BOLD),
        })
    }

    fn width(face: &Face, text: &str, size: f32) -> f32 {
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
                u32::from(face.advance(c))
            })
            .sum();
        units as f32 * size / f32::from(face.face.units_per_em())
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
