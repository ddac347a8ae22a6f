//! Helpers shared by the test files that compare rendered images with references.

use resvg::tiny_skia::Pixmap;

/// Mean absolute difference per channel (0..255) and the share of pixels that differ a lot.
pub fn difference(a: &Pixmap, b: &Pixmap) -> (f64, f64) {
    assert_eq!(
        (a.width(), a.height()),
        (b.width(), b.height()),
        "sizes differ"
    );
    let (mut total, mut big) = (0u64, 0u64);
    for (pa, pb) in a.pixels().iter().zip(b.pixels()) {
        let d = [
            pa.red().abs_diff(pb.red()),
            pa.green().abs_diff(pb.green()),
            pa.blue().abs_diff(pb.blue()),
        ];
        total += d.iter().map(|&v| u64::from(v)).sum::<u64>();
        if d.iter().any(|&v| v > 64) {
            big += 1;
        }
    }
    let pixels = f64::from(a.width()) * f64::from(a.height());
    (total as f64 / (pixels * 3.0), big as f64 / pixels)
}
