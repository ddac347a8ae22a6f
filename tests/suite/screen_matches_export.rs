//! Screen and export cannot drift: one scene painted by the egui painter and written as SVG
//! (drawn by resvg) must give the same picture, around every marker and over the whole canvas.
//!
//! The egui side runs egui's own tessellator and rasterises its triangles here on the CPU the
//! way the glow renderer's shader does (vertex colour times texture, premultiplied, blended in
//! gamma space), so the test needs no GPU and no window.
#![expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "a rasteriser turns pixel coordinates, small and clamped at zero, into indices"
)]

use egui::epaint::textures::TextureWrapMode;
use egui::epaint::{ClippedPrimitive, ImageData, Primitive, TextureId};
use egui::{Color32, LayerId, Order, Pos2, Rect, pos2, vec2};
use powermap::model::{Position, Session};
use powermap::render::fonts::{BundledMeasure, install_egui_fonts};
use powermap::render::{paint_scene, render_png, scene_to_svg};
use powermap::scene::{
    AimArrows, Emphasis, MapTransform, Metrics, ModelView, Palette, PowerMapInput, Scene,
    SpectrumInput, build_power_map, build_spectrum,
};
use powermap::storage::load_file;
use resvg::tiny_skia::Pixmap;
use std::collections::{HashMap, HashSet};

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/river-cleanup.json");

/// The example with every kind of ring and badge on show: selected actors, "us", actors we
/// reach, uncertain ones, a slice that disagrees with the map, a search match and a filtered
/// out actor, with the selection and emphasis to draw them.
fn dressed_session() -> (Session, HashSet<powermap::model::ActorId>, Vec<Emphasis>) {
    let mut session = load_file(std::path::Path::new(EXAMPLE)).expect("example");
    // Strongly supportive on the map, in the opposing slice: a disagreement.
    session.actors[4].position = Position::clamped(0.9, 0.4);
    session.actors[4].spectrum = Some(powermap::model::SpectrumPlacement::middle_of(
        powermap::model::Slice::ActiveOpposition,
    ));
    session.actors[7].uncertain = true;
    let selection: HashSet<_> = [1, 5].map(|i| session.actors[i].id.clone()).into();
    let mut emphasis = vec![Emphasis::Normal; session.actors.len()];
    emphasis[6] = Emphasis::Highlighted;
    emphasis[9] = Emphasis::Dimmed;
    (session, selection, emphasis)
}

fn scenes() -> Vec<(&'static str, Scene)> {
    let (session, selection, emphasis) = dressed_session();
    let palette = Palette::light();
    let frame = Rect::from_min_size(Pos2::ZERO, vec2(960.0, 640.0));
    let map = build_power_map(&PowerMapInput {
        session: &session,
        transform: MapTransform::new(frame, ModelView::FIT, session.settings.supportive_side),
        selection: &selection,
        palette: &palette,
        metrics: Metrics::SCREEN,
        measure: BundledMeasure::get(),
        emphasis: &emphasis,
        hide_covered: false,
        previous_labels: None,
    });
    let (fan, _) = build_spectrum(&SpectrumInput {
        session: &session,
        rect: frame,
        selection: &selection,
        palette: &palette,
        metrics: Metrics::SCREEN,
        measure: BundledMeasure::get(),
        emphasis: &emphasis,
        arrows: AimArrows::All,
        hide_covered: false,
        previous_labels: None,
    });
    vec![("power map", map), ("spectrum", fan)]
}

/// A texture as the GPU would hold it.
struct Texture {
    size: [usize; 2],
    pixels: Vec<Color32>,
    repeat: bool,
}

impl Texture {
    /// Bilinear sample at `uv`, as premultiplied colour in 0..=1.
    fn sample(&self, uv: Pos2) -> [f32; 4] {
        let [columns, rows] = self.size;
        let x = uv.x * columns as f32 - 0.5;
        let y = uv.y * rows as f32 - 0.5;
        let (left, top) = (x.floor(), y.floor());
        let (fx, fy) = (x - left, y - top);
        let wrap = |at: f32, count: usize| -> usize {
            let (at, count) = (at as i64, count as i64);
            let at = if self.repeat {
                at.rem_euclid(count)
            } else {
                at.clamp(0, count - 1)
            };
            usize::try_from(at).unwrap_or(0)
        };
        let texel = |column: f32, row: f32| -> [f32; 4] {
            let color = self.pixels[wrap(row, rows) * columns + wrap(column, columns)];
            color.to_array().map(|v| f32::from(v) / 255.0)
        };
        let (top_left, top_right) = (texel(left, top), texel(left + 1.0, top));
        let (bottom_left, bottom_right) = (texel(left, top + 1.0), texel(left + 1.0, top + 1.0));
        std::array::from_fn(|i| {
            let upper = top_left[i] + (top_right[i] - top_left[i]) * fx;
            let lower = bottom_left[i] + (bottom_right[i] - bottom_left[i]) * fx;
            upper + (lower - upper) * fy
        })
    }
}

/// The scene painted with egui's painter, tessellated by egui and rasterised here: RGB per
/// pixel, row by row.
fn paint_with_egui(scene: &Scene) -> Vec<[f32; 3]> {
    let ctx = egui::Context::default();
    install_egui_fonts(&ctx);
    let size = scene.frame.max.to_vec2();
    let input = egui::RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, size)),
        ..Default::default()
    };
    let mut output = ctx.run_ui(input, |ui| {
        let painter = ui
            .ctx()
            .layer_painter(LayerId::new(Order::Foreground, egui::Id::unique("scene")));
        paint_scene(&painter, scene);
    });
    let mut textures: HashMap<TextureId, Texture> = HashMap::new();
    for (id, deltas) in &output.textures_delta.set {
        for delta in deltas {
            let ImageData::Color(image) = &delta.image;
            let repeat = delta.options.wrap_mode == TextureWrapMode::Repeat;
            let Some([x, y]) = delta.pos else {
                let pixels = image.pixels.clone();
                let texture = Texture {
                    size: image.size,
                    pixels,
                    repeat,
                };
                textures.insert(*id, texture);
                continue;
            };
            let texture = textures.get_mut(id).expect("patch of a known texture");
            for row in 0..image.size[1] {
                for column in 0..image.size[0] {
                    texture.pixels[(y + row) * texture.size[0] + x + column] =
                        image.pixels[row * image.size[0] + column];
                }
            }
        }
    }
    let primitives = ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
    let (width, height) = (size.x as usize, size.y as usize);
    let mut target = vec![[0.0_f32; 4]; width * height];
    for ClippedPrimitive {
        clip_rect,
        primitive,
    } in &primitives
    {
        let Primitive::Mesh(mesh) = primitive else {
            continue;
        };
        let texture = &textures[&mesh.texture_id];
        for triangle in mesh.indices.chunks_exact(3) {
            let [a, b, c] = [0, 1, 2].map(|k| &mesh.vertices[triangle[k] as usize]);
            fill_triangle(&mut target, width, *clip_rect, [a, b, c], texture);
        }
    }
    target.iter().map(|p| [p[0], p[1], p[2]]).collect()
}

/// How far outside a triangle a pixel centre may lie and still be drawn: a centre on the
/// edge two triangles share goes to both rather than to neither through rounding.
const EDGE: f32 = -1e-5;

/// Twice the signed area of `a b p`.
fn edge(a: Pos2, b: Pos2, p: Pos2) -> f32 {
    (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)
}

/// One triangle: every pixel whose centre it covers gets its interpolated colour times the
/// texture, blended over what is there (premultiplied alpha, in gamma space, as `egui_glow`).
fn fill_triangle(
    target: &mut [[f32; 4]],
    width: usize,
    clip: Rect,
    vertices: [&egui::epaint::Vertex; 3],
    texture: &Texture,
) {
    let [a, b, c] = vertices;
    let area = edge(a.pos, b.pos, c.pos);
    if !area.is_finite() || area.abs() < 1e-6 {
        return;
    }
    let height = target.len() / width;
    let min = a.pos.min(b.pos).min(c.pos).max(clip.min).max(Pos2::ZERO);
    let max = a.pos.max(b.pos).max(c.pos).min(clip.max);
    let (x0, y0) = (min.x.floor() as usize, min.y.floor() as usize);
    let x1 = (max.x.ceil().max(0.0) as usize).min(width);
    let y1 = (max.y.ceil().max(0.0) as usize).min(height);
    for y in y0..y1 {
        for x in x0..x1 {
            let p = pos2(x as f32 + 0.5, y as f32 + 0.5);
            if !clip.contains(p) {
                continue;
            }
            let wa = edge(b.pos, c.pos, p) / area;
            let wb = edge(c.pos, a.pos, p) / area;
            let wc = 1.0 - wa - wb;
            if wa < EDGE || wb < EDGE || wc < EDGE {
                continue;
            }
            let uv = pos2(
                wa * a.uv.x + wb * b.uv.x + wc * c.uv.x,
                wa * a.uv.y + wb * b.uv.y + wc * c.uv.y,
            );
            let texel = texture.sample(uv);
            let (ca, cb, cc) = (a.color.to_array(), b.color.to_array(), c.color.to_array());
            let src: [f32; 4] = std::array::from_fn(|i| {
                let vertex =
                    (wa * f32::from(ca[i]) + wb * f32::from(cb[i]) + wc * f32::from(cc[i])) / 255.0;
                vertex * texel[i]
            });
            let dst = &mut target[y * width + x];
            for i in 0..4 {
                dst[i] = src[i] + dst[i] * (1.0 - src[3]);
            }
        }
    }
}

/// The scene as SVG drawn by resvg: RGB per pixel in 0..=1, row by row.
fn paint_with_svg(scene: &Scene) -> Vec<[f32; 3]> {
    let png = render_png(&scene_to_svg(scene), 1.0).expect("render");
    let pixmap = Pixmap::decode_png(&png).expect("a PNG");
    assert_eq!(
        (pixmap.width(), pixmap.height()),
        (scene.frame.width() as u32, scene.frame.height() as u32)
    );
    pixmap
        .pixels()
        .iter()
        .map(|p| [p.red(), p.green(), p.blue()].map(|v| f32::from(v) / 255.0))
        .collect()
}

/// Both pictures and their difference as PNGs, to look at when the test fails
/// (`SCREEN_EXPORT_IMAGES=folder`).
fn dump(view: &str, what: &str, screen: &[[f32; 3]], export: &[[f32; 3]], width: usize) {
    let Some(dir) = std::env::var_os("SCREEN_EXPORT_IMAGES") else {
        return;
    };
    let dir = std::path::Path::new(&dir);
    save(screen, width, &dir.join(format!("{view}{what}-screen.png")));
    save(export, width, &dir.join(format!("{view}{what}-export.png")));
    let difference: Vec<[f32; 3]> = screen
        .iter()
        .zip(export)
        .map(|(a, b)| std::array::from_fn(|i| 1.0 - 4.0 * (a[i] - b[i]).abs()))
        .collect();
    save(
        &difference,
        width,
        &dir.join(format!("{view}{what}-difference.png")),
    );
}

/// RGB pixels as a PNG, to look at when the test fails (`SCREEN_EXPORT_IMAGES=folder`).
fn save(pixels: &[[f32; 3]], width: usize, path: &std::path::Path) {
    let height = pixels.len() / width;
    let mut pixmap = Pixmap::new(width as u32, height as u32).expect("size");
    for (out, p) in pixmap.pixels_mut().iter_mut().zip(pixels) {
        let [r, g, b] = p.map(|v| (v.clamp(0.0, 1.0) * 255.0).round() as u8);
        *out = resvg::tiny_skia::PremultipliedColorU8::from_rgba(r, g, b, 255).expect("opaque");
    }
    pixmap.save_png(path).expect("write PNG");
}

/// Mean absolute difference per channel (in 0..=255) inside `rect`.
fn mean_difference(a: &[[f32; 3]], b: &[[f32; 3]], width: usize, rect: Rect) -> f32 {
    let height = a.len() / width;
    let (x0, y0) = (rect.min.x.max(0.0) as usize, rect.min.y.max(0.0) as usize);
    let x1 = (rect.max.x.max(0.0) as usize).min(width);
    let y1 = (rect.max.y.max(0.0) as usize).min(height);
    let (mut total, mut count) = (0.0, 0);
    for y in y0..y1 {
        for x in x0..x1 {
            let (p, q) = (a[y * width + x], b[y * width + x]);
            total += (0..3).map(|i| (p[i] - q[i]).abs()).sum::<f32>();
            count += 3;
        }
    }
    total * 255.0 / count.max(1) as f32
}

#[test]
fn the_egui_painter_and_the_svg_draw_the_same_picture() {
    for (view, scene) in scenes() {
        let m = &scene.markers;
        assert!(
            m.iter().any(|m| m.selected)
                && m.iter().any(|m| m.is_us)
                && m.iter().any(|m| m.reachable)
                && m.iter().any(|m| m.uncertain)
                && m.iter().any(|m| m.emphasis == Emphasis::Highlighted)
                && m.iter().any(|m| m.emphasis == Emphasis::Dimmed),
            "{view}: every ring and badge is on show"
        );
        if view == "spectrum" {
            assert!(
                m.iter().any(|m| m.hint),
                "the disagreement badge is on show"
            );
        }
        let screen = paint_with_egui(&scene);
        let export = paint_with_svg(&scene);
        let width = scene.frame.width() as usize;
        dump(view, "", &screen, &export, width);
        let whole = mean_difference(&screen, &export, width, scene.frame);
        // The markers alone on their background, so that no name or line crossing them
        // (whose text and dashes the two rasterisers draw a little differently) hides a
        // ring, halo or badge drawn by one renderer and not the other, or in another size or
        // colour.
        let mut markers = scene.clone();
        markers.edges.clear();
        markers.labels.clear();
        markers.texts.clear();
        markers.arrows.clear();
        markers.lines.clear();
        let screen = paint_with_egui(&markers);
        let export = paint_with_svg(&markers);
        dump(view, "-markers", &screen, &export, width);
        let differences: Vec<(f32, &powermap::scene::Marker)> = scene
            .markers
            .iter()
            .map(|marker| {
                let around = Rect::from_center_size(
                    marker.center,
                    egui::Vec2::splat(2.0 * (marker.radius + 12.0)),
                );
                (mean_difference(&screen, &export, width, around), marker)
            })
            .collect();
        let worst = *differences
            .iter()
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .expect("markers");
        eprintln!(
            "{view}: whole canvas {whole:.2}, worst marker {:.2} (actor {})",
            worst.0, worst.1.actor
        );
        // Names and dashes are rasterised a little differently (egui snaps lines and text
        // to pixels, resvg does not): about 4.5 over a whole canvas, under 5 around a marker.
        // A marker whose halo or ring one renderer lacks differs by 10 to 25.
        assert!(
            whole < 6.0,
            "{view}: the canvas differs by {whole:.2} on average"
        );
        assert!(
            worst.0 < 6.5,
            "{view}: the marker of actor {} differs by {:.2} on average: {:?}",
            worst.1.actor,
            worst.0,
            worst.1
        );
    }
}
