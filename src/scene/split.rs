//! How "side by side" shares its space between the power map and the spectrum, on screen and
//! on exported pages alike.

use super::fan::FanGeometry;
use super::style::Metrics;
use emath::{Rect, pos2};

/// The least and most of the width the spectrum gets side by side.
const SPECTRUM_SHARE: (f32, f32) = (0.4, 0.6);

/// The power map's rectangle (left) and the spectrum's (right), `gap` apart, side by side in
/// `area`. The fan is a half-disc, twice as wide as tall, and its actors crowd into half a
/// disc, so it gets the width that lets it reach the full height, up to 60 %; the power map
/// reads at any shape and takes the rest, at least 40 %.
pub fn split_side_by_side(area: Rect, gap: f32, metrics: Metrics) -> (Rect, Rect) {
    let usable = (area.width() - gap).max(0.0);
    let wanted = FanGeometry::width_for_height(area.height(), wedge_name_height(metrics));
    let share = if usable > 0.0 {
        (wanted / usable).clamp(SPECTRUM_SHARE.0, SPECTRUM_SHARE.1)
    } else {
        0.5
    };
    let map_right = area.left() + usable * (1.0 - share);
    let map = Rect::from_min_max(area.min, pos2(map_right, area.bottom()));
    let spectrum = Rect::from_min_max(pos2(map_right + gap, area.top()), area.max);
    (map, spectrum)
}

/// The height of a wedge name at full size (`build_spectrum` may shrink it).
pub fn wedge_name_height(metrics: Metrics) -> f32 {
    metrics.quadrant_title_size * 0.8 * 1.3
}

#[cfg(test)]
mod tests {
    use super::*;
    use emath::{Pos2, vec2};

    #[test]
    fn the_spectrum_gets_the_width_it_can_use_and_the_map_keeps_forty_percent() {
        let metrics = Metrics::SCREEN;
        // A 1920 px screen with both side panels, a page of 1920 x 1080, and a very wide strip.
        for (w, h) in [(1280.0, 700.0), (1864.0, 950.0), (1900.0, 300.0)] {
            let area = Rect::from_min_size(Pos2::ZERO, vec2(w, h));
            let (map, spectrum) = split_side_by_side(area, 12.0, metrics);
            assert!(
                map.width() >= 0.4 * (w - 12.0) - 0.5,
                "{w} x {h}: map {map:?}"
            );
            assert!((spectrum.left() - map.right() - 12.0).abs() < 0.01);
            assert!((spectrum.right() - w).abs() < 0.01 && map.left() == 0.0);
            let fan = FanGeometry::fit(spectrum, true, spectrum.width() * 0.3, 23.0);
            let tall = (fan.outer + 2.0 * (6.0 + 23.0)) / h;
            let wide = 2.0 * fan.outer / spectrum.width();
            assert!(
                tall >= 0.85 || spectrum.width() >= 0.6 * (w - 12.0) - 0.5,
                "{w} x {h}: the fan reaches {:.0} % of the height in {:.0} px",
                tall * 100.0,
                spectrum.width()
            );
            assert!(wide >= 0.85 || tall >= 0.85, "{w} x {h}");
        }
    }
}
