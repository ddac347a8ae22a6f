//! A view's markers and names as triangles, kept from one frame to the next while they stay
//! the same. At thousands of actors egui spends more of a frame turning them into triangles
//! than on anything else; a window left alone shows the same markers and names frame after
//! frame, so their triangles are made once and handed to egui again. While they change
//! every frame (a drag), keeping them would only cost a copy, so they are kept once they
//! have stayed the same for a frame.

use super::painter::mark_shapes;
use crate::scene::{ActorLabel, Marker, Scene};
use egui::epaint::{ClippedShape, Mesh, Primitive, TessellationOptions};
use egui::{Color32, Painter, Rect, Shape, emath::TSTransform};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// The triangles of the markers and names a view drew last, with what they were made from.
#[derive(Default)]
pub struct MarkLayer {
    kept: Option<Kept>,
    /// The last frame's `sketch`, to tell when the markers stopped changing.
    last_sketch: u64,
}

/// What the triangles were made from, and the triangles.
struct Kept {
    markers: Vec<Marker>,
    labels: Vec<ActorLabel>,
    halo: Color32,
    leader: Color32,
    view: View,
    meshes: Vec<Arc<Mesh>>,
}

/// Everything besides the scene that decides the triangles: where they are clipped, how
/// finely and how they are anti-aliased, and the font atlas their letters point into (it
/// grows, or is cleared and filled anew, as egui lays out new text).
#[derive(Clone, Copy, PartialEq)]
struct View {
    clip: Rect,
    pixels_per_point: f32,
    options: TessellationOptions,
    atlas_size: [usize; 2],
    atlas_fill: f32,
}

impl View {
    fn of(painter: &Painter) -> Self {
        let ctx = painter.ctx();
        let (atlas_size, atlas_fill) =
            ctx.fonts(|fonts| (fonts.font_image_size(), fonts.font_atlas_fill_ratio()));
        Self {
            clip: painter.clip_rect(),
            pixels_per_point: ctx.pixels_per_point(),
            options: ctx.tessellation_options(|options| *options),
            atlas_size,
            atlas_fill,
        }
    }
}

impl MarkLayer {
    /// Paint `scene`'s markers and names with `painter`: the triangles of the last call if
    /// they were made from the same markers and names in the same view, else new ones.
    pub fn paint(&mut self, painter: &Painter, scene: &Scene) {
        let view = View::of(painter);
        let same = self.kept.as_ref().is_some_and(|kept| {
            kept.view == view
                && kept.halo == scene.palette.halo
                && kept.leader == scene.palette.muted_text
                && kept.markers == scene.markers
                && kept.labels == scene.labels
        });
        if !same {
            let sketch = sketch(scene, &view);
            let steady = sketch == self.last_sketch;
            self.last_sketch = sketch;
            if !steady {
                // Changing frame after frame: drawn as any shapes are, nothing kept.
                painter.extend(mark_shapes(painter, scene));
                return;
            }
            self.keep(painter, scene, view);
        }
        if let Some(kept) = &self.kept {
            for mesh in &kept.meshes {
                painter.add(Shape::Mesh(Arc::clone(mesh)));
            }
        }
    }

    /// Make and keep the triangles of `scene`'s markers and names.
    fn keep(&mut self, painter: &Painter, scene: &Scene, view: View) {
        let shapes = mark_shapes(painter, scene)
            .into_iter()
            .map(|shape| ClippedShape {
                clip_rect: view.clip,
                shape,
                transform_after_tessellation: TSTransform::IDENTITY,
            })
            .collect();
        // egui's own tessellator, with the options and the font atlas it draws the rest of
        // the frame with, so the triangles are the ones it would have made.
        let meshes = painter
            .ctx()
            .tessellate(shapes, view.pixels_per_point)
            .into_iter()
            .filter_map(|clipped| match clipped.primitive {
                Primitive::Mesh(mesh) => Some(Arc::new(mesh)),
                Primitive::Callback(_) => None,
            })
            .collect();
        self.kept = Some(Kept {
            markers: scene.markers.clone(),
            labels: scene.labels.clone(),
            halo: scene.palette.halo,
            leader: scene.palette.muted_text,
            // Laying the names out may have added letters to the atlas.
            view: View::of(painter),
            meshes,
        });
    }
}

/// A quick summary of where `scene`'s markers and names are in `view`, without copying
/// them: equal on two frames in a row means the picture has most likely stopped changing.
/// It only decides when triangles are kept; whether kept ones are used is decided by
/// comparing everything.
fn sketch(scene: &Scene, view: &View) -> u64 {
    let mut hasher = rustc_hash::FxHasher::default();
    let mut floats = |values: &[f32]| {
        for value in values {
            value.to_bits().hash(&mut hasher);
        }
    };
    floats(&[
        view.clip.min.x,
        view.clip.min.y,
        view.clip.max.x,
        view.clip.max.y,
        view.pixels_per_point,
    ]);
    for marker in &scene.markers {
        floats(&[
            marker.center.x,
            marker.center.y,
            marker.radius,
            marker.opacity,
            f32::from(u8::from(marker.covered)),
            f32::from(u8::from(marker.selected)),
            // How many rings and badges it has.
            #[expect(clippy::cast_precision_loss, reason = "a handful")]
            {
                (marker.under.len() * 8 + marker.over.len()) as f32
            },
        ]);
    }
    for label in &scene.labels {
        floats(&[
            label.rect.min.x,
            label.rect.min.y,
            label.rect.max.x,
            label.rect.max.y,
        ]);
    }
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::{Emphasis, MarkerLook, MarkerShape, Palette};
    use egui::{Pos2, RawInput, pos2, vec2};

    /// A scene of `count` circle markers in a row, every third one reachable (dashed ring)
    /// and uncertain (a badge with a mark), each with a name.
    fn scene(count: usize, shift: f32) -> Scene {
        let palette = Palette::light();
        let mut scene = Scene::empty(
            Rect::from_min_size(Pos2::ZERO, vec2(800.0, 400.0)),
            palette.clone(),
        );
        for k in 0..count {
            #[expect(clippy::cast_precision_loss, reason = "a few markers")]
            let center = pos2(40.0 + 60.0 * k as f32 + shift, 100.0);
            let look = MarkerLook {
                shape: MarkerShape::Circle,
                fill: Color32::from_rgb(200, 100, 50),
                outline: Color32::BLACK,
                outline_width: 1.5,
                selected: false,
                reachable: k % 3 == 0,
                is_us: false,
                uncertain: k % 3 == 0,
                hint: false,
                emphasis: Emphasis::Normal,
            };
            let id = crate::model::ActorId(format!("a{k}"));
            scene
                .markers
                .push(look.marker(k, id, center, 12.0, &palette));
            scene.labels.push(ActorLabel {
                actor: k,
                rect: Rect::from_min_size(center + vec2(-20.0, 16.0), vec2(40.0, 14.0)),
                text: format!("Actor {k}"),
                shortened: false,
                anchor: center,
                leader: None,
                size: 11.0,
                color: Color32::BLACK,
                strong: false,
            });
        }
        scene
    }

    /// The triangles one frame of `scene` makes, painted through `layer` if given, else
    /// directly; and whether the markers' triangles were handed over ready-made.
    fn frame(
        ctx: &egui::Context,
        scene: &Scene,
        layer: Option<&mut MarkLayer>,
    ) -> (Vec<Mesh>, bool) {
        let mut layer = layer;
        let output = ctx.run_ui(RawInput::default(), |ui| {
            let painter = ui.painter_at(scene.frame);
            match layer.as_deref_mut() {
                Some(layer) => layer.paint(&painter, scene),
                None => painter.extend(mark_shapes(&painter, scene)),
            }
        });
        let ready_made = output
            .shapes
            .iter()
            .any(|clipped| matches!(clipped.shape, Shape::Mesh(_)));
        let meshes = ctx
            .tessellate(output.shapes, output.pixels_per_point)
            .into_iter()
            .filter_map(|clipped| match clipped.primitive {
                Primitive::Mesh(mesh) => Some(mesh),
                Primitive::Callback(_) => None,
            })
            .collect();
        (meshes, ready_made)
    }

    #[test]
    fn kept_triangles_are_the_ones_egui_makes_and_follow_every_change() {
        let ctx = egui::Context::default();
        crate::render::fonts::install_egui_fonts(&ctx);
        let still = scene(9, 0.0);
        // Let the fonts settle, then what egui makes of the shapes directly.
        for _ in 0..3 {
            frame(&ctx, &still, None);
        }
        let (direct, _) = frame(&ctx, &still, None);
        let mut layer = MarkLayer::default();
        let mut ready = Vec::new();
        for _ in 0..4 {
            let (meshes, ready_made) = frame(&ctx, &still, Some(&mut layer));
            assert_eq!(meshes, direct, "the same triangles, kept or not");
            ready.push(ready_made);
        }
        // The first frame cannot know the picture holds still; the second keeps it.
        assert_eq!(ready, [false, true, true, true]);
        // A marker moved: drawn anew at once, never the kept picture.
        let moved = scene(9, 3.0);
        let (moved_direct, _) = frame(&ctx, &moved, None);
        let (meshes, ready_made) = frame(&ctx, &moved, Some(&mut layer));
        assert!(!ready_made);
        assert_eq!(meshes, moved_direct);
        assert_ne!(meshes, direct);
        // Held still again: kept again, and the same as drawn directly.
        let (meshes, ready_made) = frame(&ctx, &moved, Some(&mut layer));
        assert!(ready_made);
        assert_eq!(meshes, moved_direct);
    }
}
