//! Text measuring, abstracted so the scene can place labels without knowing the renderer.

use emath::{Vec2, vec2};

/// Tells the scene how big a piece of text will be when drawn.
pub trait TextMeasure {
    /// The size of `text` at `font_size` pixels, on one line.
    fn measure(&self, text: &str, font_size: f32, strong: bool) -> Vec2;
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
