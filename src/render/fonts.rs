//! The bundled typefaces (licences in assets/fonts): DejaVu Sans for Latin, Greek, Cyrillic,
//! Arabic, Hebrew, Armenian and Georgian, then Noto fonts for the scripts it lacks (more
//! Arabic letters, Ethiopic, Devanagari, Bengali, Tamil, Gurmukhi, Thai, and Chinese, Japanese
//! and Korean). The app, the SVG, the PNG and the PDF all use them, in that order, and nothing
//! else, so a map looks the same on every machine.

use crate::scene::TextMeasure;
use emath::{Vec2, vec2};
use std::sync::OnceLock;

/// DejaVu Sans, regular.
pub static SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans, bold.
pub static SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
/// The family name exports ask for.
pub const FAMILY: &str = "DejaVu Sans";

/// A font for characters DejaVu Sans lacks.
pub struct Fallback {
    /// The font file.
    pub bytes: &'static [u8],
    /// Its family name, as exports ask for it.
    pub family: &'static str,
    /// Its name among egui's fonts.
    pub key: &'static str,
}

/// A fallback font from `assets/fonts/`: its file, family name and egui name.
macro_rules! fallback {
    ($file:literal, $family:literal, $key:literal) => {
        Fallback {
            bytes: include_bytes!(concat!("../../assets/fonts/", $file)),
            family: $family,
            key: $key,
        }
    };
}

/// The fonts asked, in order, for characters DejaVu Sans lacks. One face each (regular): a
/// bold name in these scripts is drawn regular.
pub static FALLBACKS: [Fallback; 8] = [
    fallback!(
        "NotoSansArabic-Regular.ttf",
        "Noto Sans Arabic",
        "NotoSansArabic"
    ),
    fallback!(
        "NotoSansEthiopic-Regular.ttf",
        "Noto Sans Ethiopic",
        "NotoSansEthiopic"
    ),
    fallback!(
        "NotoSansDevanagari-Regular.ttf",
        "Noto Sans Devanagari",
        "NotoSansDevanagari"
    ),
    fallback!(
        "NotoSansBengali-Regular.ttf",
        "Noto Sans Bengali",
        "NotoSansBengali"
    ),
    fallback!(
        "NotoSansTamil-Regular.ttf",
        "Noto Sans Tamil",
        "NotoSansTamil"
    ),
    fallback!(
        "NotoSansGurmukhi-Regular.ttf",
        "Noto Sans Gurmukhi",
        "NotoSansGurmukhi"
    ),
    fallback!("NotoSansThai-Regular.ttf", "Noto Sans Thai", "NotoSansThai"),
    fallback!(
        "NotoSansCJKsc-Common.otf",
        "Noto Sans CJK SC",
        "NotoSansCJKsc"
    ),
];
/// The egui family name of the bold face.
pub const EGUI_BOLD: &str = "bold";

/// Text widths from the bundled fonts' own advance tables, for exports.
pub struct BundledMeasure {
    regular: Face,
    bold: Face,
    /// The fonts for characters DejaVu lacks, in `FALLBACKS` order.
    fallbacks: Vec<ttf_parser::Face<'static>>,
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
                    .and_then(|c| Self::lookup(&face, c))
                    .unwrap_or(0)
            })
            .collect();
        Self { face, advances }
    }

    /// The advance of `c` in font units; `None` when the font lacks it.
    fn lookup(face: &ttf_parser::Face<'_>, c: char) -> Option<u16> {
        face.glyph_index(c).and_then(|g| face.glyph_hor_advance(g))
    }

    fn has(&self, c: char) -> bool {
        self.own_advance(c).is_some()
    }

    /// The advance of `c` in font units when the font has it: one table lookup for most
    /// characters, the font's own map for the rest.
    fn own_advance(&self, c: char) -> Option<u16> {
        match self.advances.get(c as usize) {
            Some(&advance) if advance > 0 => Some(advance),
            _ => self
                .face
                .glyph_index(c)
                .map(|g| self.face.glyph_hor_advance(g).unwrap_or(0)),
        }
    }
}

/// Which bundled font draws a character: DejaVu Sans, or the fallback at this index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FontChoice {
    /// DejaVu Sans (regular or bold).
    Primary,
    /// `FALLBACKS[i]`.
    Fallback(usize),
}

impl BundledMeasure {
    /// The measure of the bundled fonts (parsed once per process).
    pub fn get() -> &'static Self {
        static MEASURE: OnceLock<BundledMeasure> = OnceLock::new();
        MEASURE.get_or_init(|| Self {
            regular: Face::parse(SANS),
            bold: Face::parse(SANS_BOLD),
            fallbacks: FALLBACKS
                .iter()
                .map(|f| ttf_parser::Face::parse(f.bytes, 0).expect("the bundled font parses"))
                .collect(),
        })
    }

    /// The font that draws `c`: DejaVu Sans when it has it, else the first fallback that
    /// does; `None` when no bundled font has it (it would be drawn as an empty box).
    pub fn font_for(&self, c: char) -> Option<FontChoice> {
        if self.regular.has(c) {
            return Some(FontChoice::Primary);
        }
        self.fallbacks
            .iter()
            .position(|face| face.glyph_index(c).is_some())
            .map(FontChoice::Fallback)
    }

    /// `text` cut into runs of characters one font draws, in order. Spaces, digits and
    /// punctuation between two runs of a fallback font stay in that run, so a word group of
    /// one script is shaped as one piece.
    pub fn font_runs(&self, text: &str) -> Vec<(std::ops::Range<usize>, FontChoice)> {
        let mut runs: Vec<(std::ops::Range<usize>, FontChoice)> = Vec::new();
        for (start, c) in text.char_indices() {
            let end = start + c.len_utf8();
            let neutral = !c.is_alphabetic() && !is_mark(c);
            let choice = match runs.last() {
                // Keep neutral characters with the run before when that run's font has them.
                Some((_, FontChoice::Fallback(i)))
                    if neutral && self.fallbacks[*i].glyph_index(c).is_some() =>
                {
                    FontChoice::Fallback(*i)
                }
                // A combining mark belongs to the character it sits on.
                Some((_, previous)) if is_mark(c) => *previous,
                _ => self.font_for(c).unwrap_or(FontChoice::Primary),
            };
            match runs.last_mut() {
                Some((range, last)) if *last == choice => range.end = end,
                _ => runs.push((start..end, choice)),
            }
        }
        runs
    }

    /// The width of `text` from its characters' advances, and whether `face` has every one.
    fn width(&self, face: &Face, text: &str, size: f32) -> (f32, bool) {
        let mut width = 0.0;
        let mut all_in_face = true;
        for c in text.chars() {
            // Measured as the SVG writes them: line breaks and tabs as spaces, other
            // control characters and XML's forbidden ones not at all.
            let c = match c {
                '\t' | '\n' | '\r' => ' ',
                '\u{FFFE}' | '\u{FFFF}' => continue,
                c if c.is_control() => continue,
                c => c,
            };
            width += if let Some(advance) = face.own_advance(c) {
                f32::from(advance) / f32::from(face.face.units_per_em())
            } else {
                all_in_face = false;
                self.fallback_advance(c)
            };
        }
        (width * size, all_in_face)
    }

    /// The advance of `c` in ems from the first fallback font that has it; a character no
    /// bundled font has is as wide as an em's box would be drawn.
    fn fallback_advance(&self, c: char) -> f32 {
        self.fallbacks
            .iter()
            .find_map(|face| {
                let advance = Face::lookup(face, c)?;
                Some(f32::from(advance) / f32::from(face.units_per_em()))
            })
            .unwrap_or(1.0)
    }
}

/// Whether `c` is a combining mark, drawn on the character before it.
fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

impl TextMeasure for BundledMeasure {
    fn measure(&self, text: &str, font_size: f32, strong: bool) -> Vec2 {
        let face = if strong { &self.bold } else { &self.regular };
        let (mut width, all_in_face) = self.width(face, text, font_size);
        // Scripts whose letters combine (Devanagari, Thai...) are as wide as they are shaped:
        // the SVG places them cluster by cluster at the shaper's positions. Right-to-left text
        // is laid out by resvg itself, somewhat wider than shaped here; its letters' own
        // widths, never narrower than joined, keep its box around it.
        if !all_in_face && !super::bidi::has_right_to_left(text) {
            width = super::clusters::shaped_width(text, font_size, strong);
        }
        vec2(width, font_size * 1.25)
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
    for fallback in &FALLBACKS {
        fonts.font_data.insert(
            fallback.key.to_owned(),
            std::sync::Arc::new(egui::FontData::from_static(fallback.bytes)),
        );
    }
    let keys = || FALLBACKS.iter().map(|f| f.key.to_owned());
    // DejaVu first, then egui's own fonts (icons, emoji), then the scripts DejaVu lacks.
    if let Some(family) = fonts.families.get_mut(&egui::FontFamily::Proportional) {
        family.insert(0, "DejaVuSans".to_owned());
        family.extend(keys());
    }
    if let Some(family) = fonts.families.get_mut(&egui::FontFamily::Monospace) {
        family.extend(keys());
    }
    fonts.families.insert(
        egui::FontFamily::Name(EGUI_BOLD.into()),
        ["DejaVuSans-Bold".to_owned(), "DejaVuSans".to_owned()]
            .into_iter()
            .chain(keys())
            .collect(),
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
