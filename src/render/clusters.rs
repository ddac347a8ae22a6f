//! Texts whose letters combine into clusters of several glyphs (Devanagari, Bengali, Tamil,
//! Gurmukhi, Thai...), placed cluster by cluster for the SVG. The SVG renderer beneath the
//! PNG and PDF exports (usvg 0.45) advances past such a cluster by its widest glyph, not by
//! all of them, so vowel signs land on the next letter. Shaping the text here (rustybuzz,
//! the same shaper) and giving each cluster its own x keeps every glyph where the font puts
//! it; each cluster is then shaped alone, which its own glyphs need and nothing more.

use super::fonts::{BundledMeasure, FALLBACKS, FontChoice, SANS, SANS_BOLD};
use std::ops::Range;
use std::sync::OnceLock;

/// One cluster of a text, where it starts along the line (from the text's start), in which
/// font.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedCluster {
    /// Its characters, as a range of the text.
    pub range: Range<usize>,
    /// Where it starts, in the text's units (font size 1 is 1 em).
    pub x: f32,
    /// The font that draws it.
    pub font: FontChoice,
}

/// The shaping faces of the bundled fonts: DejaVu Sans regular and bold, then the fallbacks.
struct Faces {
    regular: rustybuzz::Face<'static>,
    bold: rustybuzz::Face<'static>,
    fallbacks: Vec<rustybuzz::Face<'static>>,
}

fn faces() -> &'static Faces {
    static FACES: OnceLock<Faces> = OnceLock::new();
    FACES.get_or_init(|| {
        let face = |bytes| rustybuzz::Face::from_slice(bytes, 0).expect("the bundled font parses");
        Faces {
            regular: face(SANS),
            bold: face(SANS_BOLD),
            fallbacks: FALLBACKS.iter().map(|f| face(f.bytes)).collect(),
        }
    })
}

/// The width of `text` at font size `size` as shaped, run by run in the font that draws
/// each run: Arabic letters joined are narrower than the same letters alone.
pub fn shaped_width(text: &str, size: f32, strong: bool) -> f32 {
    let faces = faces();
    let mut width = 0.0;
    for (range, font) in BundledMeasure::get().font_runs(text) {
        let face = face_of(faces, font, strong);
        let shaped = shape(face, &text[range]);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        width += units as f32 * size / face.units_per_em().max(1) as f32;
    }
    width
}

/// One run of text shaped in `face`, its direction and script guessed from its letters.
fn shape(face: &rustybuzz::Face<'_>, run: &str) -> rustybuzz::GlyphBuffer {
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(run);
    buffer.guess_segment_properties();
    rustybuzz::shape(face, &[], buffer)
}

fn face_of(faces: &Faces, font: FontChoice, strong: bool) -> &rustybuzz::Face<'static> {
    match font {
        FontChoice::Primary if strong => &faces.bold,
        FontChoice::Primary => &faces.regular,
        FontChoice::Fallback(i) => &faces.fallbacks[i],
    }
}

/// The clusters of `text` at font size `size`, and its whole width, when a run of it in a
/// fallback font has a cluster of several glyphs; `None` when the text needs no placing
/// (most texts: Latin, Cyrillic, Chinese, Arabic...).
pub fn place_clusters(text: &str, size: f32, strong: bool) -> Option<(Vec<PlacedCluster>, f32)> {
    // Right-to-left texts are left to the SVG renderer, which orders them.
    if super::bidi::has_right_to_left(text) {
        return None;
    }
    let runs = BundledMeasure::get().font_runs(text);
    if !runs
        .iter()
        .any(|(_, f)| matches!(f, FontChoice::Fallback(_)))
    {
        return None;
    }
    let faces = faces();
    let mut placed = Vec::new();
    let mut x = 0.0;
    let mut needs_placing = false;
    for (range, font) in runs {
        let face = face_of(faces, font, strong);
        let shaped = shape(face, &text[range.clone()]);
        let scale = size / face.units_per_em().max(1) as f32;
        let infos = shaped.glyph_infos();
        let positions = shaped.glyph_positions();
        let mut k = 0;
        while k < infos.len() {
            let cluster = infos[k].cluster as usize;
            let mut end = k;
            let mut advance = 0;
            while end < infos.len() && infos[end].cluster as usize == cluster {
                advance += positions[end].x_advance;
                end += 1;
            }
            if end - k > 1 && matches!(font, FontChoice::Fallback(_)) {
                needs_placing = true;
            }
            let next = infos.get(end).map_or(range.len(), |g| g.cluster as usize);
            if next <= cluster {
                // Clusters that do not run forward: not a text this placing is for.
                return None;
            }
            placed.push(PlacedCluster {
                range: range.start + cluster..range.start + next,
                x,
                font,
            });
            x += advance as f32 * scale;
            k = end;
        }
    }
    needs_placing.then_some((placed, x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devanagari_is_placed_cluster_by_cluster_and_latin_is_left_alone() {
        let text = "भारतीय संघ";
        let (clusters, width) = place_clusters(text, 10.0, false).expect("placed");
        let rebuilt: String = clusters.iter().map(|c| &text[c.range.clone()]).collect();
        assert_eq!(rebuilt, text, "every character in exactly one cluster");
        assert!(
            clusters
                .windows(2)
                .all(|w| w[0].x < w[1].x || w[1].range.start == w[0].range.end)
        );
        assert!(
            clusters.len() < text.chars().count(),
            "vowel signs join their consonant"
        );
        assert!(width > 20.0 && width < 100.0, "{width}");
        assert_eq!(place_clusters("Mayor Varga", 10.0, false), None);
        assert_eq!(place_clusters("华人互助会", 10.0, false), None);
        assert_eq!(place_clusters("جمعية الجالية", 10.0, false), None);
    }

    #[test]
    fn combining_scripts_are_measured_as_shaped_and_latin_letter_by_letter() {
        use crate::scene::TextMeasure as _;
        let measure = BundledMeasure::get();
        let text = "भारतीय व्यापारी संघ";
        let (_, placed) = place_clusters(text, 12.0, false).expect("placed");
        assert!((measure.measure(text, 12.0, false).x - placed).abs() < 0.01);
        assert!((shaped_width(text, 12.0, false) - placed).abs() < 0.01);
        // Latin is measured letter by letter, as before; shaping differs only by kerning.
        let latin = shaped_width("Mayor Varga", 12.0, false);
        let letters = measure.measure("Mayor Varga", 12.0, false).x;
        assert!(
            (latin - letters).abs() < letters * 0.05,
            "{latin} {letters}"
        );
    }
}
