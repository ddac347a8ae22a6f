//! What the criterion benches and `examples/bench.rs` share: the real app driven headless,
//! frame by frame, and the workloads each figure measures.

use egui::{Event, Modifiers, PointerButton, Pos2, RawInput, Rect, Vec2, pos2, vec2};
use powermap::app::{AppOptions, Command, PowermapApp, install_style};
use powermap::model::Session;
use powermap::scene::{
    ApproxMeasure, MapTransform, Metrics, ModelView, Palette, PowerMapInput, Scene, build_power_map,
};
use std::collections::HashSet;
use std::path::Path;

/// The map sizes every figure is measured at.
pub const SIZES: [usize; 4] = [50, 500, 5_000, 20_000];

/// The window the app is measured in: its default size.
pub const WINDOW: Vec2 = vec2(1400.0, 860.0);

/// The app as eframe runs it, without a window: input in, layout and tessellation out.
pub struct HeadlessApp {
    ctx: egui::Context,
    app: PowermapApp,
    frame: eframe::Frame,
    events: Vec<Event>,
    time: f64,
}

impl HeadlessApp {
    /// The app with `file` open, as `powermap FILE` starts it (no settings, no autosave).
    pub fn open(file: &Path) -> Self {
        let ctx = egui::Context::default();
        install_style(&ctx);
        let app = PowermapApp::new(AppOptions::headless(Some(file.to_owned())));
        Self {
            ctx,
            app,
            frame: eframe::Frame::_new_kittest(),
            events: Vec::new(),
            time: 0.0,
        }
    }

    /// The app itself.
    pub fn app(&self) -> &PowermapApp {
        &self.app
    }

    /// Run one frame: the whole UI, then tessellation into triangles, as eframe does before
    /// handing them to the GPU. Returns how many triangles came out.
    pub fn frame(&mut self) -> usize {
        self.time += 1.0 / 60.0;
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, WINDOW)),
            time: Some(self.time),
            predicted_dt: 1.0 / 60.0,
            events: std::mem::take(&mut self.events),
            focused: true,
            ..RawInput::default()
        };
        let (app, frame) = (&mut self.app, &mut self.frame);
        let output = self.ctx.run_ui(input, |ui| eframe::App::ui(app, ui, frame));
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        primitives
            .iter()
            .map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(mesh) => mesh.indices.len() / 3,
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum()
    }

    /// Run `count` frames to let layout, fonts and animations settle.
    pub fn settle(&mut self, count: usize) {
        for _ in 0..count {
            self.frame();
        }
    }

    /// Show the power map or the spectrum, as the menu does.
    pub fn show(&mut self, command: Command) {
        self.app.queue_command(command);
        self.settle(3);
    }

    /// Press the primary button at `pos`; the next frames drag from there.
    pub fn press(&mut self, pos: Pos2) {
        self.events.push(Event::PointerMoved(pos));
        self.events.push(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed: true,
            modifiers: Modifiers::NONE,
        });
    }

    /// Move the pointer to `pos` (dragging while the button is down).
    pub fn move_to(&mut self, pos: Pos2) {
        self.events.push(Event::PointerMoved(pos));
    }

    /// Let go of the primary button at `pos`.
    pub fn release(&mut self, pos: Pos2) {
        self.events.push(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed: false,
            modifiers: Modifiers::NONE,
        });
    }

    /// Where the actor nearest the middle of the power map is drawn, to grab it.
    pub fn grab_point_on_map(&self) -> Pos2 {
        let transform = self
            .app
            .canvas_transform()
            .expect("the power map was drawn");
        let middle = transform.screen.center();
        self.app
            .session()
            .actors
            .iter()
            .map(|a| transform.to_screen(a.position))
            .filter(|p| transform.screen.shrink(60.0).contains(*p))
            .min_by(|a, b| a.distance(middle).total_cmp(&b.distance(middle)))
            .expect("an actor on screen")
    }

    /// Where the actor nearest the middle of the spectrum is drawn, to grab it.
    pub fn grab_point_on_spectrum(&self) -> Pos2 {
        let fan = self
            .app
            .spectrum_geometry()
            .expect("the spectrum was drawn");
        let middle = fan.to_screen(powermap::model::SpectrumPlacement {
            slice: powermap::model::Slice::Neutral,
            across: 0.5,
            out: 0.5,
        });
        self.app
            .session()
            .actors
            .iter()
            .filter_map(|a| a.spectrum)
            .map(|p| fan.to_screen(p))
            .min_by(|a, b| a.distance(middle).total_cmp(&b.distance(middle)))
            .expect("an actor on the spectrum")
    }
}

/// Press on `grab` and move past egui's drag threshold, so the next frames drag; returns
/// where the pointer is.
pub fn start_drag(app: &mut HeadlessApp, grab: Pos2) -> Pos2 {
    app.press(grab);
    for step in 1..=3u8 {
        app.move_to(grab + vec2(f32::from(step) * 4.0, 0.0));
        app.frame();
    }
    grab + vec2(12.0, 0.0)
}

/// The pointer's next place in a drag that sweeps back and forth a few pixels per frame.
pub fn drag_step(pointer: Pos2, frame: usize) -> Pos2 {
    let direction = if (frame / 40).is_multiple_of(2) {
        1.0
    } else {
        -1.0
    };
    pointer + vec2(direction * 3.0, direction * 2.0)
}

/// The power map scene of `session` in the default window, as hit tests see it.
pub fn power_map_scene(session: &Session) -> Scene {
    let transform = MapTransform::new(
        Rect::from_min_size(Pos2::ZERO, WINDOW),
        ModelView::FIT,
        session.settings.supportive_side,
    );
    build_power_map(&PowerMapInput {
        session,
        transform,
        selection: &HashSet::new(),
        palette: &Palette::light(),
        metrics: Metrics::SCREEN,
        measure: &ApproxMeasure,
        emphasis: &[],
        hide_covered: true,
        previous_labels: None,
    })
}

/// Pointer positions spread over the window, the same every run.
pub fn pointer_positions(count: usize) -> Vec<Pos2> {
    (0..count)
        .map(|i| {
            let k = i as f32;
            pos2(
                (k * 97.31) % WINDOW.x,
                (k * 53.17 + k * k * 0.013) % WINDOW.y,
            )
        })
        .collect()
}
