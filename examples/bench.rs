//! Every speed figure of BENCHMARKS.md, for maps of 50 to 20,000 actors.
//!
//! `cargo run --release --example bench` prints a summary table, then one JSON line per
//! figure; `-- --quick` takes fewer samples. Each map size runs in a process of its own, so
//! its peak memory is its own. `-- --write 5000 big.json` writes the 5,000-actor map the
//! figures use, to open in the app (`--crowded` for the long-named map of the label figures);
//! `-- --labels` prints only the label figures. To profile one group of figures at one size:
//! `target/release/examples/bench --child 5000 --only frames` (groups: files, import,
//! startup, frames, jobs, hit, export). In a child, `--frames N` draws N frames per frame
//! figure and `--figures frame_power_drag_ms,...` measures only those frame figures, so that
//! `perf stat -e instructions:u` of two runs with different N counts a frame's instructions.

#[path = "../benches/support/mod.rs"]
mod support;

use egui::Pos2;
use powermap::app::Command;
use powermap::exchange::{ReadOptions, import_tables, read_source};
use powermap::model::{Session, crowded_session, synthetic_session};
use powermap::render::{ExportFormat, ExportRequest, PixelSize, export, export_svg};
use powermap::scene::{
    AimArrows, LabelMemory, MapTransform, Metrics, ModelView, PageView, Palette, PowerMapInput,
    Scene, SpectrumInput, build_power_map, build_spectrum,
};
use powermap::storage::{load_file, save_file};
use serde_json::{Value, json};
use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;
use support::{HeadlessApp, SIZES, drag_step, pointer_positions, start_drag};

/// The allocator the app uses (see `src/main.rs`), so the figures are the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Timings of repeated runs, in milliseconds.
pub struct Timings(Vec<f64>);

impl Timings {
    /// Time `runs` calls of `work`.
    pub fn of(runs: usize, mut work: impl FnMut()) -> Self {
        Self(
            (0..runs)
                .map(|_| {
                    let start = Instant::now();
                    work();
                    start.elapsed().as_secs_f64() * 1000.0
                })
                .collect(),
        )
    }

    /// Timings already taken.
    pub fn from_ms(times: Vec<f64>) -> Self {
        Self(times)
    }

    fn sorted(&self) -> Vec<f64> {
        let mut times = self.0.clone();
        times.sort_by(f64::total_cmp);
        times
    }

    /// The middle run.
    pub fn median(&self) -> f64 {
        let times = self.sorted();
        times[times.len() / 2]
    }

    /// The run 95 % of runs were faster than.
    pub fn p95(&self) -> f64 {
        let times = self.sorted();
        times[(times.len() * 95).div_ceil(100).saturating_sub(1)]
    }

    /// The slowest run: the one frame a user sees freeze.
    pub fn max(&self) -> f64 {
        self.0.iter().copied().fold(0.0, f64::max)
    }
}

/// Frames of the idle app: nothing moves, the whole UI is laid out and tessellated again.
pub fn idle_frames(app: &mut HeadlessApp, runs: usize) -> Timings {
    Timings::of(runs, || {
        app.frame();
    })
}

/// Frames while one actor is dragged a few pixels per frame, from `grab`.
pub fn drag_frames(app: &mut HeadlessApp, grab: Pos2, runs: usize) -> Timings {
    let mut pointer = start_drag(app, grab);
    let times = (0..runs)
        .map(|step| {
            pointer = drag_step(pointer, step);
            app.move_to(pointer);
            let start = Instant::now();
            app.frame();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    app.release(pointer);
    app.settle(2);
    Timings::from_ms(times)
}

/// How many samples each figure takes, and which frame figures run.
#[derive(Clone, Copy)]
struct Samples<'a> {
    frames: usize,
    files: usize,
    exports: usize,
    starts: usize,
    /// The frame figures to measure (`--figures`); empty for all of them.
    figures: &'a [&'a str],
}

impl Samples<'_> {
    fn new(quick: bool, actors: usize) -> Self {
        // Big maps take longer per sample; fewer samples keep the whole run within minutes.
        let big = actors >= 5_000;
        match (quick, big) {
            (true, _) => Self {
                frames: 12,
                files: 3,
                exports: 1,
                starts: 1,
                figures: &[],
            },
            (false, false) => Self {
                frames: 120,
                files: 15,
                exports: 5,
                starts: 5,
                figures: &[],
            },
            (false, true) => Self {
                frames: 60,
                files: 7,
                exports: 3,
                starts: 3,
                figures: &[],
            },
        }
    }

    /// Whether the frame figure `figure` is measured.
    fn wants(&self, figure: &str) -> bool {
        self.figures.is_empty() || self.figures.contains(&figure)
    }
}

/// A figure's budget on the reference machine (BENCHMARKS.md), if the issue set one.
fn budget(figure: &str, actors: usize) -> Option<f64> {
    match (figure, actors) {
        (f, n) if f.starts_with("frame_") && f.ends_with("_ms") => match n {
            500 => Some(2.0),
            5_000 => Some(8.0),
            20_000 => Some(16.0),
            _ => None,
        },
        ("load_save_ms", 20_000) => Some(200.0),
        ("startup_ms", _) => Some(500.0),
        _ => None,
    }
}

fn timed(figure: &str, actors: usize, timings: &Timings) -> Value {
    json!({
        "figure": figure,
        "actors": actors,
        "median": round3(timings.median()),
        "p95": round3(timings.p95()),
    })
}

fn round3(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

/// The largest resident set this process reached, from the kernel's own count.
fn peak_memory_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// The groups of figures, in the order they run; `--only` picks some (for profiling).
const GROUPS: [&str; 8] = [
    "files",
    "import",
    "startup",
    "frames",
    "jobs",
    "import-frames",
    "hit",
    "export",
];

/// Measure the figures of `groups` for one map size and print them as JSON lines.
/// `frames` and `figures` are `--frames` and `--figures`, if given.
fn measure(
    actors: usize,
    quick: bool,
    groups: &[&str],
    frames: Option<usize>,
    figures: &[&str],
) -> Result<(), String> {
    let default = Samples::new(quick, actors);
    let samples = Samples {
        frames: frames.unwrap_or(default.frames),
        figures,
        ..default
    };
    let session: Session = synthetic_session(actors - 1);
    let folder = tempfile_folder()?;
    let file = folder.join("map.json");
    save_file(&session, &file).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for &group in groups {
        match group {
            "files" => file_figures(&session, &file, samples, &mut out),
            "import" => import_figures(&session, &folder, samples, &mut out)?,
            "startup" => {
                let startup = Timings::of(samples.starts, || {
                    let mut app = HeadlessApp::open(&file);
                    app.frame();
                });
                out.push(timed("startup_ms", actors, &startup));
            }
            "frames" => {
                frame_figures(actors, &file, samples, &mut out)?;
                // The app with the map open, loaded, saved and drawn: what a user's machine
                // needs. Exports, measured later, take more for their page-sized pixmaps.
                if let Some(peak) = peak_memory_mib() {
                    out.push(json!({"figure": "peak_memory_app_mib", "actors": actors, "value": (peak * 10.0).round() / 10.0}));
                }
            }
            "jobs" => job_figures(&session, &folder, samples, &mut out)?,
            "import-frames" => import_frame_figures(&session, &folder, &mut out)?,
            "hit" => hit_figures(&session, samples, &mut out),
            "export" => export_figures(&session, samples, &mut out),
            other => return Err(format!("no figures called {other}; try {GROUPS:?}")),
        }
    }
    if let Some(peak) = peak_memory_mib() {
        out.push(json!({"figure": "peak_memory_all_mib", "actors": actors, "value": (peak * 10.0).round() / 10.0}));
    }
    let _ = std::fs::remove_dir_all(&folder);
    let mut stdout = std::io::stdout().lock();
    for line in out {
        writeln!(stdout, "{line}").map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn file_figures(session: &Session, file: &Path, samples: Samples, out: &mut Vec<Value>) {
    let actors = session.actors.len();
    let load_save = Timings::of(samples.files, || {
        let loaded = load_file(file).expect("the map loads");
        save_file(&loaded, file).expect("the map saves");
    });
    out.push(timed("load_save_ms", actors, &load_save));
    let load = Timings::of(samples.files, || {
        load_file(file).expect("the map loads");
    });
    out.push(timed("load_ms", actors, &load));
    let save = Timings::of(samples.files, || {
        save_file(session, file).expect("the map saves");
    });
    out.push(timed("save_ms", actors, &save));
}

/// The map as a French Excel user keeps it: Windows-1252, `;`, decimal commas, a title
/// above the header, scales in the headers, attitude words, and a total row at the end.
fn excel_sheet(session: &Session) -> Vec<u8> {
    let mut text = String::from(
        "Carte des acteurs – campagne\r\n\r\nActeur;Type;Soutien (1-5);Influence (1-5);Attitude;Commentaires\r\n",
    );
    let words = [
        "allié actif",
        "allié passif",
        "neutre",
        "sceptique",
        "opposant",
    ];
    for actor in &session.actors {
        let support = 1.0 + (actor.position.support + 1.0) * 2.0;
        let influence = 1.0 + actor.position.influence * 4.0;
        let word = actor.spectrum.map_or("", |p| words[p.slice.index()]);
        let _ = write!(
            text,
            "{} é;{};{support:.1};{influence:.1};{word};Réunion prévue à la préfecture\r\n",
            actor.name,
            powermap::words::Words::english().kind(actor.kind)
        );
    }
    text.push_str("Total;;;;;\r\n");
    let text = text.replace('.', ",");
    encoding_rs::WINDOWS_1252.encode(&text).0.into_owned()
}

/// Reading that sheet (encoding guessed, header found, columns and scales guessed) and
/// building the actors from it, as File > Import and `powermap import` do.
fn import_figures(
    session: &Session,
    folder: &Path,
    samples: Samples,
    out: &mut Vec<Value>,
) -> Result<(), String> {
    let actors = session.actors.len();
    let file = folder.join("acteurs.csv");
    std::fs::write(&file, excel_sheet(session)).map_err(|e| e.to_string())?;
    let mut imported = 0;
    let import = Timings::of(samples.files, || {
        let source = read_source(&file, ReadOptions::default(), None).expect("reads");
        imported = import_tables(&source.tables, &source.mapping)
            .expect("imports")
            .actors
            .len();
    });
    if imported != actors {
        return Err(format!("the sheet gave {imported} actors, not {actors}"));
    }
    out.push(timed("import_excel_csv_ms", actors, &import));
    Ok(())
}

fn frame_figures(
    actors: usize,
    file: &Path,
    samples: Samples,
    out: &mut Vec<Value>,
) -> Result<(), String> {
    let mut app = HeadlessApp::open(file);
    if app.app().session().actors.len() != actors {
        return Err(format!(
            "the app opened {} actors, not {actors}",
            app.app().session().actors.len()
        ));
    }
    for (view, name) in [
        (Command::ShowPowerMap, "power"),
        (Command::ShowSpectrum, "spectrum"),
    ] {
        app.show(view);
        app.settle(5);
        let idle = format!("frame_{name}_ms");
        if samples.wants(&idle) {
            out.push(timed(&idle, actors, &idle_frames(&mut app, samples.frames)));
            out.push(json!({"figure": format!("frame_{name}_triangles"), "actors": actors, "value": app.frame()}));
        }
        let drag = format!("frame_{name}_drag_ms");
        if samples.wants(&drag) {
            let grab = if name == "power" {
                app.grab_point_on_map()
            } else {
                app.grab_point_on_spectrum()
            };
            out.push(timed(
                &drag,
                actors,
                &drag_frames(&mut app, grab, samples.frames),
            ));
            if name == "power" && app.app().selection().len() != 1 {
                return Err("the drag on the power map did not select the actor".to_owned());
            }
        }
    }
    Ok(())
}

/// Frames while background jobs run: a locked autosave (scrypt and the whole session on
/// another thread) and an A4 300 dpi PNG export.
fn job_figures(
    session: &Session,
    folder: &Path,
    samples: Samples,
    out: &mut Vec<Value>,
) -> Result<(), String> {
    let actors = session.actors.len();
    if samples.wants("frame_during_locked_autosave_ms") {
        out.push(timed(
            "frame_during_locked_autosave_ms",
            actors,
            &Timings::from_ms(support::locked_autosave_frames(
                session,
                folder,
                samples.frames,
            )?),
        ));
    }
    if samples.wants("frame_during_export_ms") {
        out.push(timed(
            "frame_during_export_ms",
            actors,
            &Timings::from_ms(support::export_frames(
                &folder.join("map.json"),
                samples.frames,
            )?),
        ));
    }
    Ok(())
}

/// Every frame of File > Import of the CSV file `csv` into a new map, from the click that
/// reads the file to the frame that shows the imported actors, in ms: the clicks on Read,
/// Next and Import and the frames drawn while each one's work runs.
fn import_frames(csv: &Path, rows: usize) -> Result<Vec<f64>, String> {
    use powermap::words::labels::{IMPORT, NEXT_CHANGES, READ_FILE, text};
    let start_file = csv.with_file_name("import-into.json");
    powermap::storage::save_file(&Session::new_with_us(), &start_file)
        .map_err(|e| e.to_string())?;
    let mut app = HeadlessApp::open(&start_file);
    app.settle(3);
    let before = app.app().session().actors.len();
    app.show(Command::Import);
    // The file field has the keyboard when the dialog opens.
    app.type_text(&csv.display().to_string());
    app.settle(2);
    let mut times = Vec::new();
    for button in [READ_FILE, NEXT_CHANGES, IMPORT] {
        times.push(app.click_labelled(text(button))?);
        app.frames_until_jobs_end(&mut times);
        // The frames that take in what the job did.
        for _ in 0..3 {
            let start = Instant::now();
            app.frame();
            times.push(start.elapsed().as_secs_f64() * 1000.0);
        }
    }
    let imported = app.app().session().actors.len() - before;
    if imported != rows {
        return Err(format!("the import gave {imported} actors, not {rows}"));
    }
    Ok(times)
}

/// Every frame of importing, into a new map, a sheet the way Excel writes it with as many
/// rows as the map has actors: reading, building, planning and merging, with the clicks.
fn import_frame_figures(
    session: &Session,
    folder: &Path,
    out: &mut Vec<Value>,
) -> Result<(), String> {
    let actors = session.actors.len();
    let sheet = folder.join("import-frames.csv");
    std::fs::write(&sheet, excel_sheet(session)).map_err(|e| e.to_string())?;
    let frames = Timings::from_ms(import_frames(&sheet, actors)?);
    let mut figure = timed("frame_during_import_ms", actors, &frames);
    figure["max"] = json!(round3(frames.max()));
    out.push(figure);
    Ok(())
}

fn hit_figures(session: &Session, samples: Samples, out: &mut Vec<Value>) {
    let scene = support::power_map_scene(session);
    let pointers = pointer_positions(1_000);
    let mut hits = 0usize;
    let batches = Timings::of(samples.frames, || {
        hits += pointers.iter().filter_map(|&p| scene.hit(p)).count();
    });
    // A batch of 1,000 hit tests in milliseconds is one hit test in microseconds.
    out.push(timed("hit_test_us", session.actors.len(), &batches));
    std::hint::black_box(hits);
}

fn export_figures(session: &Session, samples: Samples, out: &mut Vec<Value>) {
    let actors = session.actors.len();
    let svg = ExportRequest {
        view: PageView::PowerMap,
        format: ExportFormat::Svg,
        ..ExportRequest::default()
    };
    out.push(timed(
        "export_svg_ms",
        actors,
        &Timings::of(samples.exports, || {
            export_svg(session, &svg).expect("the SVG export works");
        }),
    ));
    // The table with notes, one of them 100,000 characters long: clipping it is linear
    // (before, re-measuring the note per character took minutes).
    let mut noted = session.clone();
    if let Some(actor) = noted.actors.get_mut(1) {
        actor.notes = "note ".repeat(20_000);
    }
    let table = ExportRequest {
        table: true,
        notes: true,
        ..svg.clone()
    };
    out.push(timed(
        "export_svg_long_note_ms",
        actors,
        &Timings::of(samples.exports, || {
            export_svg(&noted, &table).expect("the SVG export works");
        }),
    ));
    let png = ExportRequest {
        view: PageView::PowerMap,
        format: ExportFormat::Png,
        pixels: PixelSize::Dpi(300),
        ..ExportRequest::default()
    };
    out.push(timed(
        "export_png_a4_300dpi_ms",
        actors,
        &Timings::of(samples.exports, || {
            export(session, &png).expect("the PNG export works");
        }),
    ));
}

fn tempfile_folder() -> Result<std::path::PathBuf, String> {
    let folder = std::env::temp_dir().join(format!("powermap-bench-{}", std::process::id()));
    std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    Ok(folder)
}

/// Run each map size in a child process and collect its figures.
fn run_all(quick: bool) -> Result<Vec<Value>, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut figures = Vec::new();
    for actors in SIZES {
        eprintln!("measuring {actors} actors...");
        let mut command = std::process::Command::new(&exe);
        command.arg("--child").arg(actors.to_string());
        if quick {
            command.arg("--quick");
        }
        let output = command.output().map_err(|e| e.to_string())?;
        if !output.status.success() {
            return Err(format!(
                "measuring {actors} actors failed: {}",
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        for line in String::from_utf8_lossy(&output.stdout).lines() {
            figures.push(serde_json::from_str(line).map_err(|e| format!("{line}: {e}"))?);
        }
    }
    Ok(figures)
}

/// The summary: one row per figure, one column per map size, budgets marked.
fn print_table(figures: &[Value]) {
    let mut names: Vec<&str> = Vec::new();
    for f in figures {
        let name = f["figure"].as_str().unwrap_or_default();
        // The label figures have a table of their own.
        if !names.contains(&name) && !name.starts_with("label") {
            names.push(name);
        }
    }
    print!("{:<26}", "figure (median)");
    for actors in SIZES {
        print!("{:>16}", format!("{actors} actors"));
    }
    println!();
    let mut misses = Vec::new();
    for name in names {
        print!("{name:<26}");
        for actors in SIZES {
            let found = figures
                .iter()
                .find(|f| f["figure"] == name && f["actors"] == actors);
            let value = found.and_then(|f| f["median"].as_f64().or_else(|| f["value"].as_f64()));
            let cell = match (value, budget(name, actors)) {
                (Some(v), Some(b)) if v > b => {
                    misses.push(format!("{name} at {actors} actors: {v:.2} > {b}"));
                    format!("{v:.2} > {b}!")
                }
                (Some(v), Some(b)) => format!("{v:.2} ≤ {b}"),
                (Some(v), None) if v.fract() == 0.0 => format!("{v:.0}"),
                (Some(v), None) => format!("{v:.2}"),
                (None, _) => "-".to_owned(),
            };
            print!("{cell:>16}");
        }
        println!();
    }
    if misses.is_empty() {
        println!("\nEvery budget is met.");
    } else {
        println!("\nBudgets missed:\n  {}", misses.join("\n  "));
    }
    println!();
}

/// The presentation canvas of a 1280 x 720 projector: the window less the top bar and the
/// legend.
const PROJECTOR: egui::Vec2 = egui::vec2(1280.0, 612.0);

/// One view of `session` on the projector, in presentation mode, measured with the bundled
/// font the app draws with; with `previous`, as a frame after one that placed the names.
fn projector_scene(session: &Session, power: bool, previous: Option<&LabelMemory>) -> Scene {
    let palette = Palette::light();
    let rect = egui::Rect::from_min_size(Pos2::ZERO, PROJECTOR);
    let selection = std::collections::HashSet::new();
    let measure = powermap::render::fonts::BundledMeasure::get();
    if power {
        build_power_map(&PowerMapInput {
            session,
            transform: MapTransform::new(rect, ModelView::FIT, session.settings.supportive_side),
            selection: &selection,
            palette: &palette,
            metrics: Metrics::presentation(),
            measure,
            emphasis: &[],
            hide_covered: true,
            previous_labels: previous,
        })
    } else {
        build_spectrum(&SpectrumInput {
            session,
            rect,
            selection: &selection,
            palette: &palette,
            metrics: Metrics::presentation(),
            measure,
            emphasis: &[],
            arrows: AimArrows::Focused,
            hide_covered: true,
            previous_labels: previous,
        })
        .0
    }
}

/// How many actors are named in full on the projector, and how long placing names takes.
fn label_figures(quick: bool) -> Result<Vec<Value>, String> {
    let mut out = Vec::new();
    let mut maps: Vec<(String, Session)> = Vec::new();
    for name in [
        "migrant-voting-rights",
        "river-cleanup",
        "university-funding",
    ] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join(format!("{name}.json"));
        let session = load_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        maps.push((name.to_owned(), session));
    }
    maps.push(("crowded-60".to_owned(), crowded_session(59)));
    for (name, session) in &maps {
        for (view, power) in [("power", true), ("spectrum", false)] {
            let naming = projector_scene(session, power, None).naming;
            out.push(json!({
                "figure": "labels_named_ratio",
                "map": name,
                "view": view,
                "value": round3(naming.in_full as f64 / naming.actors.max(1) as f64),
                "shortened": naming.shortened,
                "missing": naming.missing,
            }));
        }
    }
    let runs = if quick { 5 } else { 30 };
    for actors in [60, 200, 5_000] {
        let session = crowded_session(actors - 1);
        let first = projector_scene(&session, true, None);
        let memory = LabelMemory::of(&first);
        let fresh = Timings::of(runs, || {
            std::hint::black_box(projector_scene(&session, true, None));
        });
        let steady = Timings::of(runs, || {
            std::hint::black_box(projector_scene(&session, true, Some(&memory)));
        });
        // The whole scene is built each time; the names are most of its cost on a crowd.
        out.push(timed("label_place_ms", actors, &fresh));
        out.push(timed("label_place_steady_ms", actors, &steady));
    }
    Ok(out)
}

/// The label figures as a short table.
fn print_label_table(figures: &[Value]) {
    println!("names on a 1280x720 projector in presentation mode (named in full / actors):");
    for f in figures
        .iter()
        .filter(|f| f["figure"] == "labels_named_ratio")
    {
        println!(
            "  {:<24} {:<9} {:>6.3}  (shortened {}, missing {})",
            f["map"].as_str().unwrap_or_default(),
            f["view"].as_str().unwrap_or_default(),
            f["value"].as_f64().unwrap_or_default(),
            f["shortened"],
            f["missing"]
        );
    }
    println!("placing names (the whole power map scene), ms, median / p95:");
    for f in figures.iter().filter(|f| {
        f["figure"]
            .as_str()
            .is_some_and(|name| name.starts_with("label_place"))
    }) {
        println!(
            "  {:<22} {:>6} actors {:>9.3} / {:.3}",
            f["figure"].as_str().unwrap_or_default(),
            f["actors"],
            f["median"].as_f64().unwrap_or_default(),
            f["p95"].as_f64().unwrap_or_default()
        );
    }
    println!();
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let cores = std::thread::available_parallelism().map_or(0, std::num::NonZero::get);
    format!("{cpu}, {cores} cores available")
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = args.iter().any(|a| a == "--quick");
    if let Some(at) = args.iter().position(|a| a == "--write") {
        // A big map to open in the real window: `--write 5000 big.json`.
        let (Some(actors), Some(path)) = (
            args.get(at + 1).and_then(|n| n.parse::<usize>().ok()),
            args.get(at + 2),
        ) else {
            eprintln!("--write needs a number of actors and a file");
            return ExitCode::FAILURE;
        };
        // `--crowded`: the map of workshop-length names the label figures use instead.
        let session = if args.iter().any(|a| a == "--crowded") {
            crowded_session(actors.saturating_sub(1))
        } else {
            synthetic_session(actors.saturating_sub(1))
        };
        return match save_file(&session, Path::new(path)) {
            Ok(_) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("{error}");
                ExitCode::FAILURE
            }
        };
    }
    if let Some(at) = args.iter().position(|a| a == "--child") {
        let Some(actors) = args.get(at + 1).and_then(|n| n.parse().ok()) else {
            eprintln!("--child needs a number of actors");
            return ExitCode::FAILURE;
        };
        let only = args
            .iter()
            .position(|a| a == "--only")
            .and_then(|at| args.get(at + 1));
        let groups: Vec<&str> = only.map_or(GROUPS.to_vec(), |list| list.split(',').collect());
        let value_of = |flag: &str| {
            args.iter()
                .position(|a| a == flag)
                .and_then(|at| args.get(at + 1))
        };
        let Ok(frames) = value_of("--frames").map(|n| n.parse::<usize>()).transpose() else {
            eprintln!("--frames needs a number of frames");
            return ExitCode::FAILURE;
        };
        let figures: Vec<&str> =
            value_of("--figures").map_or(Vec::new(), |list| list.split(',').collect());
        return match measure(actors, quick, &groups, frames, &figures) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("{message}");
                ExitCode::FAILURE
            }
        };
    }
    let labels_only = args.iter().any(|a| a == "--labels");
    let measured = if labels_only {
        label_figures(quick)
    } else {
        run_all(quick).and_then(|mut figures| {
            figures.extend(label_figures(quick)?);
            Ok(figures)
        })
    };
    match measured {
        Ok(figures) => {
            if !labels_only {
                println!("powermap benchmarks on {}", machine());
                println!(
                    "frames: the whole app UI in a {}x{} window, laid out and tessellated, in ms\n",
                    support::WINDOW.x,
                    support::WINDOW.y
                );
                print_table(&figures);
            }
            print_label_table(&figures);
            for f in &figures {
                println!("{f}");
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("bench: {message}");
            ExitCode::FAILURE
        }
    }
}
