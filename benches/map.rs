//! Criterion benches of the figures in BENCHMARKS.md: frames of the real app, hit tests,
//! loading, saving and exporting, for maps of 50 to 20,000 actors.
//!
//! `cargo bench` runs them all; `cargo bench -- frame_power` one group. The summary table
//! comes from `cargo run --release --example bench`.

mod support;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use powermap::app::Command;
use powermap::model::synthetic_session;
use powermap::render::{ExportRequest, export_svg};
use powermap::scene::PageView;
use powermap::storage::{load_file, save_file};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;
use support::{HeadlessApp, SIZES, drag_step, pointer_positions, power_map_scene, start_drag};

/// A saved map of `actors` actors in a folder that lives as long as the bench.
fn saved_map(actors: usize) -> (tempfile::TempDir, PathBuf) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let file = folder.path().join("map.json");
    save_file(&synthetic_session(actors - 1), &file).expect("the map saves");
    (folder, file)
}

/// The app with a map of `actors` open and `view` showing, settled.
fn showing(actors: usize, view: Command) -> (tempfile::TempDir, HeadlessApp) {
    let (folder, file) = saved_map(actors);
    let mut app = HeadlessApp::open(&file);
    assert_eq!(app.app().session().actors.len(), actors);
    app.show(view);
    app.settle(5);
    (folder, app)
}

fn frames(c: &mut Criterion) {
    for (group_name, view) in [
        ("frame_power", Command::ShowPowerMap),
        ("frame_spectrum", Command::ShowSpectrum),
    ] {
        let mut group = c.benchmark_group(group_name);
        group.sample_size(20);
        group.measurement_time(Duration::from_secs(4));
        for actors in SIZES {
            let (_folder, mut app) = showing(actors, view);
            group.bench_function(BenchmarkId::from_parameter(actors), |b| {
                b.iter(|| black_box(app.frame()));
            });
        }
        group.finish();
    }
}

fn drags(c: &mut Criterion) {
    for (group_name, view) in [
        ("frame_power_drag", Command::ShowPowerMap),
        ("frame_spectrum_drag", Command::ShowSpectrum),
    ] {
        let mut group = c.benchmark_group(group_name);
        group.sample_size(20);
        group.measurement_time(Duration::from_secs(4));
        for actors in SIZES {
            let (_folder, mut app) = showing(actors, view);
            let grab = if view == Command::ShowPowerMap {
                app.grab_point_on_map()
            } else {
                app.grab_point_on_spectrum()
            };
            let mut pointer = start_drag(&mut app, grab);
            let mut step = 0;
            group.bench_function(BenchmarkId::from_parameter(actors), |b| {
                b.iter(|| {
                    step += 1;
                    pointer = drag_step(pointer, step);
                    app.move_to(pointer);
                    black_box(app.frame())
                });
            });
            app.release(pointer);
        }
        group.finish();
    }
}

fn hit_tests(c: &mut Criterion) {
    let mut group = c.benchmark_group("hit_test");
    let pointers = pointer_positions(64);
    for actors in SIZES {
        let scene = power_map_scene(&synthetic_session(actors - 1));
        group.bench_function(BenchmarkId::from_parameter(actors), |b| {
            let mut next = pointers.iter().cycle();
            b.iter(|| black_box(scene.hit(*next.next().expect("cycle"))));
        });
    }
    group.finish();
}

fn files(c: &mut Criterion) {
    let mut group = c.benchmark_group("load_save");
    group.sample_size(10);
    for actors in SIZES {
        let (_folder, file) = saved_map(actors);
        group.bench_function(BenchmarkId::from_parameter(actors), |b| {
            b.iter(|| {
                let session = load_file(&file).expect("the map loads");
                save_file(&session, &file).expect("the map saves");
            });
        });
    }
    group.finish();
}

/// Frames while a job runs on another thread, at 5,000 actors: the mean of one measured
/// stretch of frames per sample.
fn jobs(c: &mut Criterion) {
    let (folder, file) = saved_map(5_000);
    let session = load_file(&file).expect("the map loads");
    let mut group = c.benchmark_group("frame_during_job");
    group.sample_size(10);
    let mean = |times: Vec<f64>| times.iter().sum::<f64>() / times.len().max(1) as f64;
    group.bench_function("locked_autosave", |b| {
        b.iter_custom(|iters| {
            let times = support::locked_autosave_frames(&session, folder.path(), 30)
                .expect("the locked autosave runs");
            Duration::from_secs_f64(mean(times) / 1000.0 * iters as f64)
        });
    });
    group.bench_function("export", |b| {
        b.iter_custom(|iters| {
            let times = support::export_frames(&file, 30).expect("the export runs");
            Duration::from_secs_f64(mean(times) / 1000.0 * iters as f64)
        });
    });
    group.finish();
}

fn exports(c: &mut Criterion) {
    let mut group = c.benchmark_group("export_svg");
    group.sample_size(10);
    let request = ExportRequest {
        view: PageView::PowerMap,
        ..ExportRequest::default()
    };
    for actors in SIZES {
        let session = synthetic_session(actors - 1);
        group.bench_function(BenchmarkId::from_parameter(actors), |b| {
            b.iter(|| black_box(export_svg(&session, &request).expect("the SVG export works")));
        });
    }
    group.finish();
}

criterion_group!(benches, frames, drags, hit_tests, files, jobs, exports);
criterion_main!(benches);
