//! The icon: one SVG (`assets/icon.svg`), drawn by resvg at whatever size is needed, for the
//! window and for the PNGs of the icon theme.

use resvg::{tiny_skia, usvg};

/// The icon's source, built into the binary for the window icon.
const ICON_SVG: &str = include_str!("../../assets/icon.svg");

/// The sizes of the icon theme's PNGs (hicolor's usual ones; scalable takes the SVG).
pub const ICON_SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];

/// The size of the window icon: crisp in a title bar and a task switcher alike.
const WINDOW_ICON_SIZE: u32 = 128;

/// The icon drawn `size` pixels square, premultiplied as tiny-skia keeps it.
fn draw(size: u32) -> Result<tiny_skia::Pixmap, String> {
    let tree =
        usvg::Tree::from_str(ICON_SVG, &usvg::Options::default()).map_err(|e| e.to_string())?;
    let mut pixmap = tiny_skia::Pixmap::new(size, size).ok_or("the icon size is zero")?;
    let scale = size as f32 / tree.size().width().max(tree.size().height());
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap)
}

/// The icon as a PNG file `size` pixels square.
pub fn icon_png(size: u32) -> Result<Vec<u8>, String> {
    draw(size)?.encode_png().map_err(|e| e.to_string())
}

/// The icon the window shows in its title bar and the task switcher.
pub fn window_icon() -> Result<egui::IconData, String> {
    let pixmap = draw(WINDOW_ICON_SIZE)?;
    // egui wants straight alpha; tiny-skia keeps it premultiplied.
    let rgba = pixmap
        .pixels()
        .iter()
        .flat_map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        })
        .collect();
    Ok(egui::IconData {
        rgba,
        width: WINDOW_ICON_SIZE,
        height: WINDOW_ICON_SIZE,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_icon_is_the_drawn_icon_with_straight_alpha() {
        let icon = window_icon().expect("icon");
        assert_eq!(icon.rgba.len(), 128 * 128 * 4);
        let pixel = |x: usize, y: usize| &icon.rgba[(y * 128 + x) * 4..(y * 128 + x) * 4 + 4];
        // A corner lies outside the rounded square: transparent.
        assert_eq!(pixel(0, 0)[3], 0);
        // The empty quadrant is the map's pale ground, opaque.
        assert_eq!(pixel(96, 96), [246, 246, 243, 255]);
        // The frame's rounded corner, half covered, keeps the frame's own blue (#1f4e79):
        // premultiplied, it would be darker.
        let edge = (0..30)
            .flat_map(|y| (0..30 - y).map(move |x| (x, y)))
            .map(|(x, y)| pixel(x, y))
            .min_by_key(|p| p[3].abs_diff(128))
            .expect("the corner");
        assert!(edge[3] > 64 && edge[3] < 192, "{edge:?}");
        for (got, want) in edge[..3].iter().zip([31u8, 78, 121]) {
            assert!(got.abs_diff(want) <= 4, "{edge:?}");
        }
    }
}
