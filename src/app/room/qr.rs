//! The QR code the projector shows: drawn as rectangles, so it stays sharp at any size and
//! needs no texture.

use egui::{Color32, Rect, Sense, Ui, Vec2, pos2, vec2};
use qrcode::{Color, EcLevel, QrCode};

/// Modules of light margin around the code, as scanners expect.
const QUIET_ZONE: usize = 4;

/// A QR code ready to paint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPicture {
    text: String,
    width: usize,
    dark: Vec<bool>,
}

impl QrPicture {
    /// The code for `text` with medium error correction (a projector's glare and a shaky
    /// phone); `None` if the text is too long for any QR code.
    pub fn new(text: &str) -> Option<Self> {
        let code = QrCode::with_error_correction_level(text, EcLevel::M).ok()?;
        Some(Self {
            text: text.to_owned(),
            width: code.width(),
            dark: code
                .to_colors()
                .into_iter()
                .map(|c| c == Color::Dark)
                .collect(),
        })
    }

    /// What the code carries.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Modules per side, without the quiet zone.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Whether the module at `x`, `y` is dark.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        self.dark.get(y * self.width + x).copied().unwrap_or(false)
    }

    /// Paint the code in a square of `side` points (quiet zone included), dark on white
    /// whatever the theme, with `alt` as its text for screen readers.
    pub fn show(&self, ui: &mut Ui, side: f32, alt: &str) -> egui::Response {
        let (rect, response) = ui.allocate_exact_size(Vec2::splat(side), Sense::hover());
        let alt = alt.to_owned();
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &alt));
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, Color32::WHITE);
        let width = self.width();
        let cells = width + 2 * QUIET_ZONE;
        // Whole pixels per module: fractional ones blur the edges scanners look for.
        let module = (side / cells as f32).floor().max(1.0);
        let origin = rect.center() - Vec2::splat(module * cells as f32 / 2.0)
            + Vec2::splat(module * QUIET_ZONE as f32);
        let origin = pos2(origin.x.round(), origin.y.round());
        for y in 0..width {
            let mut x = 0;
            // One rectangle per run of dark modules in a row: fewer shapes to tessellate.
            while x < width {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < width && self.is_dark(x, y) {
                    x += 1;
                }
                let min = origin + vec2(start as f32 * module, y as f32 * module);
                let run = Rect::from_min_size(min, vec2((x - start) as f32 * module, module));
                painter.rect_filled(run, 0.0, Color32::BLACK);
            }
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_room_address_fits_a_small_code_with_its_finder_patterns() {
        let address = "http://192.168.100.200:54321/#ABCDE-FGHIJ-KLMNO-PQRST.123456";
        let qr = QrPicture::new(address).expect("fits");
        assert_eq!(qr.text(), address);
        // Version 4 or 5 at level M: small enough for a phone across a room.
        assert!((33..=41).contains(&qr.width()), "{}", qr.width());
        // The finder pattern's corners: dark at the outer ring, light just inside it.
        assert!(qr.is_dark(0, 0) && qr.is_dark(6, 0) && qr.is_dark(0, 6));
        assert!(!qr.is_dark(1, 1) && qr.is_dark(2, 2));
        assert!(qr.is_dark(qr.width() - 1, 0));
    }

    #[test]
    fn text_too_long_for_any_code_is_refused() {
        assert!(QrPicture::new(&"x".repeat(8000)).is_none());
    }
}
