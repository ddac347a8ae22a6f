//! What the criterion benches and `examples/bench.rs` share: the real app driven headless,
//! frame by frame, and the workloads each figure measures.

use egui::{Event, Modifiers, PointerButton, Pos2, RawInput, Rect, Vec2, pos2, vec2};
use powermap::app::{AppOptions, Command, PowermapApp, install_style};
use powermap::model::Session;
use powermap::scene::{
    ApproxMeasure, MapTransform, Metrics, ModelView, Palette, PowerMapInput, Scene, build_power_map,
};
use powermap::storage::{SecretString, save_file_with};
use std::collections::HashSet;
use std::path::Path;
use std::time::Instant;

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

    /// The app started with `options` (a recovery folder, so that it autosaves).
    pub fn with_options(options: AppOptions) -> Self {
        let ctx = egui::Context::default();
        install_style(&ctx);
        Self {
            ctx,
            app: PowermapApp::new(options),
            frame: eframe::Frame::_new_kittest(),
            events: Vec::new(),
            time: 0.0,
        }
    }

    /// The app itself.
    pub fn app(&self) -> &PowermapApp {
        &self.app
    }

    /// The app itself, to queue commands or wait for its jobs.
    pub fn app_mut(&mut self) -> &mut PowermapApp {
        &mut self.app
    }

    /// Type `text` into the focused field in the next frame.
    pub fn type_text(&mut self, text: &str) {
        self.events.push(Event::Text(text.to_owned()));
    }

    /// Press and let go of `key` in the next frame.
    pub fn press_key(&mut self, key: egui::Key) {
        for pressed in [true, false] {
            self.events.push(Event::Key {
                key,
                physical_key: None,
                pressed,
                repeat: false,
                modifiers: Modifiers::NONE,
            });
        }
    }

    /// Click the widget the accessibility tree names `label` (looked up in one frame with
    /// the tree turned on, then off again, so that measured frames do not build it). Returns
    /// how long the frame that took the click took, in ms: the one that does what it asks.
    pub fn click_labelled(&mut self, label: &str) -> Result<f64, String> {
        self.ctx.enable_accesskit();
        let output = self.run();
        self.ctx.disable_accesskit();
        let update = output
            .platform_output
            .accesskit_update
            .ok_or("no accessibility tree")?;
        let bounds = update
            .nodes
            .iter()
            .find(|(_, node)| node.label() == Some(label))
            .and_then(|(_, node)| node.bounds())
            .ok_or_else(|| format!("nothing called {label}"))?;
        #[expect(
            clippy::cast_possible_truncation,
            reason = "window coordinates fit an f32"
        )]
        let centre = pos2(
            f64::midpoint(bounds.x0, bounds.x1) as f32,
            f64::midpoint(bounds.y0, bounds.y1) as f32,
        );
        self.press(centre);
        self.frame();
        self.release(centre);
        let start = Instant::now();
        self.frame();
        Ok(start.elapsed().as_secs_f64() * 1000.0)
    }

    /// Time frames into `times`, at least one, until no background job runs.
    pub fn frames_until_jobs_end(&mut self, times: &mut Vec<f64>) {
        loop {
            let start = Instant::now();
            self.frame();
            times.push(start.elapsed().as_secs_f64() * 1000.0);
            if !self.app().job_running() {
                break;
            }
        }
    }

    /// Run one frame: the whole UI, then tessellation into triangles, as eframe does before
    /// handing them to the GPU. Returns how many triangles came out.
    pub fn frame(&mut self) -> usize {
        let output = self.run();
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        primitives
            .iter()
            .map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(mesh) => mesh.indices.len() / 3,
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum()
    }

    /// One frame of the UI, untessellated.
    fn run(&mut self) -> egui::FullOutput {
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
        self.ctx.run_ui(input, |ui| eframe::App::ui(app, ui, frame))
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

/// The app with a locked copy of `session` open (typed into the passphrase dialog) and
/// autosaving into a recovery folder.
pub fn locked_app(session: &Session, folder: &Path) -> Result<HeadlessApp, String> {
    const PASSPHRASE: &str = "bench passphrase";
    let file = folder.join("locked.json");
    let secret = SecretString::from(PASSPHRASE.to_owned());
    save_file_with(session, &file, Some(&secret)).map_err(|e| e.to_string())?;
    let mut options = AppOptions::headless(Some(file));
    options.recovery_dir = Some(folder.join("recovery"));
    let mut app = HeadlessApp::with_options(options);
    app.settle(3);
    app.type_text(PASSPHRASE);
    app.frame();
    app.press_key(egui::Key::Enter);
    app.settle(3);
    if !app.app().is_locked() {
        return Err("the locked map did not open".to_owned());
    }
    Ok(app)
}

/// Idle frames of the power map while a locked autosave runs, from the frame that starts it
/// to the one that sees it done, in ms; each round first drags an actor a little (an edit).
pub fn locked_autosave_frames(
    session: &Session,
    folder: &Path,
    frames: usize,
) -> Result<Vec<f64>, String> {
    let mut app = locked_app(session, folder)?;
    app.show(Command::ShowPowerMap);
    app.settle(5);
    let mut times = Vec::new();
    let mut autosaves = 0;
    while times.len() < frames {
        let grab = app.grab_point_on_map();
        let pointer = start_drag(&mut app, grab);
        app.release(pointer);
        app.settle(2);
        if !app.app().is_dirty() {
            return Err("the drag did not edit the map".to_owned());
        }
        app.app_mut().autosave_now();
        app.frames_until_jobs_end(&mut times);
        autosaves += 1;
    }
    if autosaves == 0 {
        return Err("no autosave ran".to_owned());
    }
    Ok(times)
}

/// Idle frames of the power map while File > Export writes an A4 page at 300 dpi as PNG,
/// started from the dialog's own button.
pub fn export_frames(file: &Path, frames: usize) -> Result<Vec<f64>, String> {
    let mut app = HeadlessApp::open(file);
    app.show(Command::ShowPowerMap);
    app.settle(5);
    let mut times = Vec::new();
    while times.len() < frames {
        // The dialog proposes the same file each time: no question about replacing it.
        let _ = std::fs::remove_file(file.with_file_name("map-power.png"));
        app.show(Command::Export);
        app.click_labelled("Export")?;
        if !app.app().job_running() {
            return Err("the export did not start as a job".to_owned());
        }
        while app.app().job_running() && times.len() < frames {
            let start = Instant::now();
            app.frame();
            times.push(start.elapsed().as_secs_f64() * 1000.0);
        }
        app.app_mut().wait_for_jobs();
        app.settle(2);
    }
    Ok(times)
}
