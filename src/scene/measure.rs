//! Text measuring, abstracted so the scene can place labels without knowing the renderer.

use emath::{Vec2, vec2};

/// Tells the scene how big a piece of text will be when drawn.
pub trait TextMeasure {
    /// The size of `text` at `font_size` pixels, on one line.
    fn measure(&self, text: &str, font_size: f32, strong: bool) -> Vec2;

    /// The length in bytes of the longest start of `text` that is at most `width` wide.
    /// Adds up one character at a time and stops at the first that overflows, so the cost
    /// follows what fits, not the length of the text (a 200,000-character note clips at once).
    fn fitting_prefix(&self, text: &str, font_size: f32, strong: bool, width: f32) -> usize {
        let mut used = 0.0;
        let mut buffer = [0; 4];
        for (at, c) in text.char_indices() {
            used += self
                .measure(c.encode_utf8(&mut buffer), font_size, strong)
                .x;
            if used > width {
                return at;
            }
        }
        text.len()
    }
}

/// An estimate from character counts, for tests and places without a font at hand.
#[derive(Clone, Copy, Debug, Default)]
pub struct ApproxMeasure;

impl TextMeasure for ApproxMeasure {
    fn measure(&self, text: &str, font_size: f32, strong: bool) -> Vec2 {
        let per_char = if strong { 0.6 } else { 0.55 };
        #[expect(
            clippy::cast_precision_loss,
            reason = "character counts of labels are small"
        )]
        let chars = text.chars().count() as f32;
        vec2(chars * per_char * font_size, font_size * 1.25)
    }
}
