//! Relationship lines as one textured quad each: a repeating dash texture instead of a shape
//! per dash, so thousands of dashed lines cost thousands of triangles, not millions; solid
//! lines share the same smooth sides and the same single mesh.

use egui::{Color32, ColorImage, Context, Id, Mesh, Pos2, TextureHandle, TextureOptions, pos2};

/// Texels along one period of the pattern: a dash of four line widths, a gap of three.
const PERIOD_TEXELS: usize = 28;
const DASH_TEXELS: usize = 16;
/// Texels across the line, for smooth (anti-aliased) sides.
const ACROSS_TEXELS: usize = 16;
/// Pixels of soft edge on either side of a line.
const FEATHER: f32 = 1.0;

/// The texture for lines `width` points wide, dashed or solid, made once and kept in the
/// context.
fn line_texture(ctx: &Context, width: f32, dashed: bool) -> TextureHandle {
    #[expect(
        clippy::cast_possible_truncation,
        reason = "line widths are a few points; quarter points tell them apart"
    )]
    let key = Id::unique((
        "powermap line texture",
        (width * 4.0).round() as i32,
        dashed,
    ));
    if let Some(handle) = ctx.data(|d| d.get_temp::<TextureHandle>(key)) {
        return handle;
    }
    let height = width + 2.0 * FEATHER;
    let mut pixels = Vec::with_capacity(PERIOD_TEXELS * ACROSS_TEXELS);
    for row in 0..ACROSS_TEXELS {
        // How much of a pixel at this distance from the middle the line covers.
        let from_middle = ((row as f32 + 0.5) / ACROSS_TEXELS as f32 - 0.5).abs() * height;
        let coverage = (width / 2.0 + 0.5 - from_middle).clamp(0.0, 1.0);
        for column in 0..PERIOD_TEXELS {
            let alpha = if !dashed || column < DASH_TEXELS {
                coverage
            } else {
                0.0
            };
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "alpha is in 0..=1"
            )]
            pixels.push(Color32::from_white_alpha((alpha * 255.0).round() as u8));
        }
    }
    let image = ColorImage::new([PERIOD_TEXELS, ACROSS_TEXELS], pixels);
    let handle = ctx.load_texture("relationship line", image, TextureOptions::LINEAR_REPEAT);
    ctx.data_mut(|d| d.insert_temp(key, handle.clone()));
    handle
}

/// Lines of one width and style, gathered into a single mesh.
pub struct LineBatch {
    mesh: Mesh,
    width: f32,
    dashed: bool,
    _texture: TextureHandle,
}

impl LineBatch {
    /// An empty batch of lines `width` points wide, dashed or solid.
    pub fn new(ctx: &Context, width: f32, dashed: bool) -> Self {
        let texture = line_texture(ctx, width, dashed);
        Self {
            mesh: Mesh::with_texture(texture.id()),
            width,
            dashed,
            _texture: texture,
        }
    }

    /// Whether lines `width` wide and `dashed` belong in this batch.
    pub fn holds(&self, width: f32, dashed: bool) -> bool {
        self.width == width && self.dashed == dashed
    }

    /// Add a line from `from` to `to`; dashes start at `from`.
    pub fn add(&mut self, from: Pos2, to: Pos2, color: Color32) {
        let along = to - from;
        let length = along.length();
        if length < 0.5 {
            return;
        }
        let across = along.rot90() / length * (self.width / 2.0 + FEATHER);
        let periods = length / (self.width * 7.0);
        #[expect(
            clippy::cast_possible_truncation,
            reason = "one mesh holds far fewer than four billion vertices"
        )]
        let first = self.mesh.vertices.len() as u32;
        for (pos, uv) in [
            (from - across, pos2(0.0, 0.0)),
            (from + across, pos2(0.0, 1.0)),
            (to - across, pos2(periods, 0.0)),
            (to + across, pos2(periods, 1.0)),
        ] {
            self.mesh
                .vertices
                .push(egui::epaint::Vertex { pos, uv, color });
        }
        self.mesh.add_triangle(first, first + 1, first + 2);
        self.mesh.add_triangle(first + 1, first + 3, first + 2);
    }

    /// The lines as one shape to paint.
    pub fn into_shape(self) -> egui::Shape {
        egui::Shape::mesh(self.mesh)
    }
}
