//! The job runner: work that would freeze the window (saving, autosaving, exporting, reading
//! an import) runs on a thread of its own with a snapshot of what it needs. The UI thread
//! looks for finished jobs once a frame, draws their progress in the status bar, and applies
//! what each one hands back (a `Finish`), so the session only ever changes on the UI thread.

use super::PowermapApp;
use super::dialogs::Dialog;
use crate::words;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

/// What a job hands back to the UI thread: the change to make to the app now that it is done.
pub(super) type Finish = Box<dyn FnOnce(&mut PowermapApp) + Send>;

/// How often the window redraws while a job runs: often enough to notice its end and to turn
/// the spinner, without the continuous repaint egui's own spinner asks for.
const POLL: Duration = Duration::from_millis(50);

/// The kinds of job; each says whether it can be cancelled, shown and waited for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum JobKind {
    /// Writing the session to its file.
    Save,
    /// Writing unsaved work (or its lock) to the recovery folder.
    Autosave,
    /// Drawing and writing an export.
    Export,
    /// Reading a file to import or merge.
    ImportRead,
    /// Building an import's rows into actors, planning a merge, or applying it.
    Import,
    /// Drawing the export dialog's preview; a newer request stops the one before.
    Preview,
}

impl JobKind {
    /// Whether the user may stop it. A save may not: it either writes the whole file or
    /// leaves the old one, and stopping it half way would only leave the user unsure which.
    fn cancellable(self) -> bool {
        matches!(
            self,
            Self::Export | Self::ImportRead | Self::Import | Self::Preview
        )
    }

    /// Whether quitting waits for it: a session file or its recovery copy is being written.
    pub(super) fn holds_quit(self) -> bool {
        matches!(self, Self::Save | Self::Autosave)
    }

    /// Whether the status bar shows it; an autosave is quiet, and a preview shows in its
    /// dialog.
    fn shown(self) -> bool {
        !matches!(self, Self::Autosave | Self::Preview)
    }
}

/// What a running job tells the UI, and the flag the UI sets to stop it.
#[derive(Default)]
pub(super) struct Progress {
    cancelled: AtomicBool,
    done: AtomicU64,
    total: AtomicU64,
    /// What the job is doing now, in the user's words; empty until it says.
    doing: Mutex<&'static str>,
    /// The message that counts the steps ("rows { $done } of { $total }"), when the steps
    /// are things the user knows (rows, pages) rather than stages of the work.
    counting: Mutex<Option<&'static str>>,
}

impl Progress {
    /// Whether the user asked to stop; the work checks this between its steps.
    pub(super) fn cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    /// Say that the work has `total` countable steps (rows, pages, steps of a drawing).
    pub(super) fn set_total(&self, total: u64) {
        self.total.store(total, Ordering::Relaxed);
    }

    /// Say that `done` of the steps are finished, and what the work does next.
    pub(super) fn step(&self, done: u64, doing: &'static str) {
        self.done.store(done, Ordering::Relaxed);
        *self.doing.lock().unwrap_or_else(PoisonError::into_inner) = doing;
    }

    /// The part done, when the work is countable.
    fn fraction(&self) -> Option<f32> {
        let total = self.total.load(Ordering::Relaxed);
        let done = self.done.load(Ordering::Relaxed).min(total);
        (total > 0).then(|| done as f32 / total as f32)
    }

    /// Say that the steps are counted in the user's units: `message` (a message id with
    /// `$done` and `$total`) says how far the work is, "rows 12,000 of 20,000".
    pub(super) fn count_in(&self, message: &'static str) {
        *self.counting.lock().unwrap_or_else(PoisonError::into_inner) = Some(message);
    }

    /// What the work is doing, in words: counted steps, else the stage it said.
    fn doing(&self) -> String {
        let counting = *self.counting.lock().unwrap_or_else(PoisonError::into_inner);
        let total = self.total.load(Ordering::Relaxed);
        match counting {
            Some(message) if total > 0 => {
                let done = self.done.load(Ordering::Relaxed).min(total);
                words::ui().with(
                    message,
                    &[("done", &grouped(done)), ("total", &grouped(total))],
                )
            }
            _ => (*self.doing.lock().unwrap_or_else(PoisonError::into_inner)).to_owned(),
        }
    }
}

impl crate::model::Watch for Progress {
    fn advanced(&self, done: usize, total: usize) {
        self.set_total(total as u64);
        self.done.store(done as u64, Ordering::Relaxed);
    }

    fn stopped(&self) -> bool {
        self.cancelled()
    }
}

/// A count with its digits in groups of three ("20,000"), as the interface's language
/// separates them.
pub(super) fn grouped(count: u64) -> String {
    let digits = count.to_string();
    let separator = words::ui().get("job-digit-group");
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

/// Give the calling thread (a job's) a lower CPU priority than the UI thread, so that on a
/// busy machine the frame wins the cores and the job takes what is left. Linux lets each
/// thread have its own nice value; elsewhere nothing is done.
fn yield_to_the_window() {
    #[cfg(target_os = "linux")]
    {
        /// The nice value of job threads: below the UI thread (0), not starved.
        const JOB_NICE: i32 = 10;
        // On Linux, "the process 0" is the calling thread. If the system refuses, the job
        // simply runs at the UI's priority, as it did before.
        let _ = rustix::process::setpriority_process(None, JOB_NICE);
    }
}

/// A job on its thread.
struct Running {
    kind: JobKind,
    /// What it does, for the status bar ("Saving river.json").
    what: String,
    progress: Arc<Progress>,
    result: Receiver<Finish>,
    thread: Option<JoinHandle<()>>,
}

/// How a job ended.
pub(super) enum Outcome {
    /// It finished (or stopped when asked) and says what to do now.
    Done(Finish),
    /// Its thread could not start or stopped without an answer; nothing it did is applied.
    Lost(JobKind, String),
}

/// The jobs running now.
#[derive(Default)]
pub(super) struct Jobs {
    running: Vec<Running>,
    /// The window was asked to close while a save ran: it closes once the save is done.
    pub(super) quit_waiting: bool,
}

impl Jobs {
    /// Start `work` on a thread of its own; `what` says what it does, for the status bar.
    pub(super) fn start(
        &mut self,
        kind: JobKind,
        what: String,
        work: impl FnOnce(&Progress) -> Finish + Send + 'static,
    ) {
        let progress = Arc::new(Progress::default());
        let (send, result) = mpsc::channel();
        let shared = Arc::clone(&progress);
        let thread = std::thread::Builder::new()
            .name(format!("powermap {kind:?}"))
            .spawn(move || {
                yield_to_the_window();
                // The receiver is gone only when the app is; there is nobody left to tell.
                let _ = send.send(work(&shared));
            })
            // A thread that could not start is reported like one that died: by its channel,
            // whose sender went with the closure.
            .ok();
        self.running.push(Running {
            kind,
            what,
            progress,
            result,
            thread,
        });
    }

    /// Whether a job of `kind` is running.
    pub(super) fn busy(&self, kind: JobKind) -> bool {
        self.running.iter().any(|job| job.kind == kind)
    }

    /// Whether any job is running.
    pub(super) fn any(&self) -> bool {
        !self.running.is_empty()
    }

    /// The jobs that finished since the last look, without waiting.
    pub(super) fn finished(&mut self) -> Vec<Outcome> {
        let mut outcomes = Vec::new();
        let mut index = 0;
        while let Some(job) = self.running.get(index) {
            match job.result.try_recv() {
                Ok(finish) => {
                    let job = self.running.remove(index);
                    join(job.thread);
                    outcomes.push(Outcome::Done(finish));
                }
                Err(TryRecvError::Disconnected) => {
                    let job = self.running.remove(index);
                    join(job.thread);
                    outcomes.push(Outcome::Lost(job.kind, job.what));
                }
                Err(TryRecvError::Empty) => index += 1,
            }
        }
        outcomes
    }

    /// Wait until every job that `picks` picks has finished, and say how each ended.
    pub(super) fn wait(&mut self, picks: impl Fn(JobKind) -> bool) -> Vec<Outcome> {
        let (waited, rest) = std::mem::take(&mut self.running)
            .into_iter()
            .partition::<Vec<_>, _>(|job| picks(job.kind));
        self.running = rest;
        waited
            .into_iter()
            .map(|job| {
                let outcome = match job.result.recv() {
                    Ok(finish) => Outcome::Done(finish),
                    Err(_) => Outcome::Lost(job.kind, job.what),
                };
                join(job.thread);
                outcome
            })
            .collect()
    }

    /// Ask the jobs of `kind` to stop, if they can be stopped.
    pub(super) fn cancel(&self, kind: JobKind) {
        let stoppable = self.running.iter().filter(|job| job.kind == kind);
        for job in stoppable.filter(|job| job.kind.cancellable()) {
            job.progress.cancelled.store(true, Ordering::Relaxed);
        }
    }
}

/// Wait for a thread that has already sent its answer (or died), so none is left behind.
fn join(thread: Option<JoinHandle<()>>) {
    if let Some(thread) = thread {
        // A panic was already seen as a lost answer.
        let _ = thread.join();
    }
}

impl PowermapApp {
    /// Apply what the jobs that finished since last frame hand back; keep redrawing while
    /// any runs, so that its end is noticed.
    pub(super) fn poll_jobs(&mut self, ctx: &egui::Context) {
        let outcomes = self.jobs.finished();
        let any_finished = !outcomes.is_empty();
        self.apply_outcomes(outcomes);
        if self.jobs.any() {
            ctx.request_repaint_after(POLL);
        } else if any_finished {
            ctx.request_repaint();
        }
        self.quit_when_saved(ctx);
    }

    /// Wait for every running job and apply what each hands back (before the app ends, so
    /// that no save is cut short; and for tests and benchmarks that need a job's result).
    pub fn wait_for_jobs(&mut self) {
        let outcomes = self.jobs.wait(|_| true);
        self.apply_outcomes(outcomes);
    }

    /// Ask every job that can stop to stop (the app is ending).
    pub(super) fn stop_jobs(&self) {
        for kind in [
            JobKind::Export,
            JobKind::ImportRead,
            JobKind::Import,
            JobKind::Preview,
        ] {
            self.jobs.cancel(kind);
        }
    }

    /// Wait for the jobs of `kind` only (a second save waits for the first).
    pub(super) fn wait_for(&mut self, kind: JobKind) {
        let outcomes = self.jobs.wait(|k| k == kind);
        self.apply_outcomes(outcomes);
    }

    /// Wait for a save or autosave under way (before the session it copied is replaced, or
    /// before the recovery folder is touched again).
    pub(super) fn wait_for_writes(&mut self) {
        let outcomes = self.jobs.wait(JobKind::holds_quit);
        self.apply_outcomes(outcomes);
    }

    /// Whether a background job is running (saving, autosaving, exporting, reading a file).
    pub fn job_running(&self) -> bool {
        self.jobs.any()
    }

    fn apply_outcomes(&mut self, outcomes: Vec<Outcome>) {
        for outcome in outcomes {
            match outcome {
                Outcome::Done(finish) => finish(self),
                Outcome::Lost(kind, what) => {
                    let said = words::ui().with("job-lost", &[("what", &what)]);
                    // The dialog that waits for the job stops waiting and says it too.
                    match kind {
                        JobKind::ImportRead | JobKind::Import => self.import_job_lost(&said),
                        JobKind::Preview => self.preview_job_lost(&said),
                        JobKind::Save | JobKind::Autosave | JobKind::Export => {}
                    }
                    self.status = said;
                }
            }
        }
    }

    /// Close the window once the saves a quit waits for are done; a failed save keeps the
    /// window open (its error says why) and work edited meanwhile is asked about.
    fn quit_when_saved(&mut self, ctx: &egui::Context) {
        if !self.jobs.quit_waiting || self.jobs_holding_quit() {
            return;
        }
        self.jobs.quit_waiting = false;
        if self.dialog().is_some() {
            return;
        }
        if self.doc.is_dirty() {
            self.ask(Dialog::ConfirmDiscard(super::files::PendingAction::Quit));
        } else {
            self.closing = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// Whether a save or autosave is running, which quitting must wait for.
    pub(super) fn jobs_holding_quit(&self) -> bool {
        self.jobs.running.iter().any(|job| job.kind.holds_quit())
    }

    /// The running jobs in the status bar: what each does, how far it is, and a button that
    /// stops those that can be stopped.
    pub(super) fn jobs_status(&self, ui: &mut egui::Ui) {
        let say = words::ui();
        if self.jobs.quit_waiting {
            ui.separator();
            spinner(ui);
            ui.label(say.get("job-quit-waiting"));
        }
        for job in self.jobs.running.iter().filter(|job| job.kind.shown()) {
            ui.separator();
            let progress = &job.progress;
            match progress.fraction() {
                Some(fraction) => {
                    ui.add(egui::ProgressBar::new(fraction).desired_width(90.0));
                }
                None => spinner(ui),
            }
            let doing = progress.doing();
            let cancelled = progress.cancelled();
            let text = if cancelled {
                say.with("job-cancelling", &[("what", &job.what)])
            } else if doing.is_empty() {
                job.what.clone()
            } else {
                say.with("job-doing", &[("what", &job.what), ("doing", &doing)])
            };
            ui.label(text);
            if job.kind.cancellable() && !cancelled && ui.button(say.get("job-cancel")).clicked() {
                progress.cancelled.store(true, Ordering::Relaxed);
            }
        }
    }
}

/// A turning arc, redrawn at the job poll's pace (egui's spinner asks for every frame).
pub(super) fn spinner(ui: &mut egui::Ui) {
    let size = ui.style().spacing.interact_size.y;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::new(egui::Role::ProgressIndicator));
    let radius = rect.height() * 0.5 - 3.0;
    let start = ui.input(|i| i.time) * std::f64::consts::TAU;
    let points: Vec<egui::Pos2> = (0..=16)
        .map(|i| {
            let angle = start + f64::from(i) / 16.0 * 240f64.to_radians();
            let (sin, cos) = angle.sin_cos();
            #[expect(
                clippy::cast_possible_truncation,
                reason = "a unit circle's coordinates"
            )]
            let offset = egui::vec2(cos as f32, sin as f32);
            rect.center() + radius * offset
        })
        .collect();
    let color = ui.visuals().strong_text_color();
    ui.painter()
        .add(egui::Shape::line(points, egui::Stroke::new(2.0, color)));
}
