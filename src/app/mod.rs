//! The desktop app: an eframe `App` whose panels and canvas emit edits, applied in one place.

/// The context a panel draws with this frame. A macro, not a method, so that it borrows the
/// app's fields one by one and the panel's own state, another field, stays free to borrow.
macro_rules! panel_context {
    ($app:ident) => {
        $crate::app::context::PanelContext {
            session: $app.doc.session(),
            selection: &mut $app.selection,
            view: &$app.view,
            facts: $crate::app::context::AppFacts {
                locked: $app.lock.is_some(),
                recent: &$app.recent.paths,
                can_undo: $crate::app::share::can_undo($app.share.as_ref(), &$app.doc),
                can_redo: $crate::app::share::can_redo($app.share.as_ref(), &$app.doc),
                revision: Some($app.doc.revision()),
                shape_revision: Some($app.doc.shape_revision()),
                share: $crate::app::share::others($app.share.as_ref()),
            },
            out: &mut $app.out,
        }
    };
}

mod actor_list;
mod alliance;
mod appearance;
mod autosave;
mod campaign_panel;
mod canvas;
mod commands;
mod conflict_grid;
mod context;
mod dialogs;
mod dispatch;
mod distinct_words;
mod drag_picture;
mod examples;
mod export_dialog;
mod export_run;
mod file_browser;
mod file_dialogs;
mod files;
mod filters;
mod import_dialog;
mod import_mapping;
mod import_run;
mod inspector;
mod inspector_partner;
mod jobs;
mod layout;
mod marker_drag;
mod menu;
mod modal;
mod palette;
mod parking_lot;
mod plan_charts;
mod plan_panel;
mod preferences;
mod presentation;
mod print;
mod reveal;
mod reveal_order;
mod room;
mod rounds_panel;
mod selection;
mod share;
mod spectrum_panel;
mod spectrum_view;
mod theme;
mod view_state;
mod views;
mod widgets;
mod workshop;

pub use commands::{Command, Direction, Nudge, NudgeStep};
pub use examples::{EXAMPLES, Example};
pub use file_dialogs::{DialogOutcome, FileDialogs, NativeDialogs, NoDialogs, UserFolders};
pub use print::{Handed, PdfOpener, SystemOpener};
pub use selection::Selection;
pub use share::{Announce, ShareRequest};
pub use theme::Theme;
pub use views::ViewMode;

use crate::model::{Document, Edit, Session};
use crate::scene::MapTransform;
use crate::storage::{RecentFiles, RecoverySlots};
use crate::words::{self, Language, Words};
use canvas::CanvasState;
use dialogs::Dialog;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// How the app starts: which file, where settings live, which file dialogs to use.
pub struct AppOptions {
    /// A session to open instead of the last one.
    pub open: Option<PathBuf>,
    /// Where the recent-files list lives; `None` keeps it in memory only (tests).
    pub config_dir: Option<PathBuf>,
    /// The file dialogs to use.
    pub dialogs: Box<dyn FileDialogs>,
    /// Where unsaved work is autosaved for crash recovery; `None` turns autosave off (tests).
    pub recovery_dir: Option<PathBuf>,
    /// The language of a new session's map: the system's in the real app, English in tests
    /// whatever the machine they run on speaks.
    pub language: Language,
    /// Where shares are announced and heard: the local network in the real app, loopback
    /// only in tests.
    pub discovery: crate::share::Network,
}

impl AppOptions {
    /// Options for tests and scripted runs: no config folder, the in-app file dialog.
    pub fn headless(open: Option<PathBuf>) -> Self {
        Self {
            open,
            config_dir: None,
            dialogs: Box::new(NoDialogs),
            recovery_dir: None,
            language: Language::English,
            discovery: crate::share::Network::NOWHERE,
        }
    }
}

/// The powermap app.
pub struct PowermapApp {
    doc: Document,
    path: Option<PathBuf>,
    selection: Selection,
    canvas: CanvasState,
    /// The alliance view's pages, shown instead of the canvas.
    alliance: alliance::AllianceView,
    /// The right panel: the selected actor.
    inspector: inspector::Inspector,
    /// The left panel: the actor list, the campaign and the plan.
    left: actor_list::LeftPanel,
    /// The quick-add field, on the left panel or the presentation bar.
    quick_add: actor_list::QuickAdd,
    /// The one modal up, if any: a question, an error, the palette, the export or import
    /// dialog.
    modal: Option<modal::Modal>,
    recent: RecentFiles,
    config_dir: Option<PathBuf>,
    dialogs: Box<dyn FileDialogs>,
    /// What the panels and commands asked for this frame, applied in one place.
    out: context::Outbox,
    window_title: String,
    quit_confirmed: bool,
    closing: bool,
    status: String,
    /// How the session is being looked at: shared by the panels, changed through the outbox.
    view: view_state::ViewState,
    file_browser: file_browser::FileBrowser,
    autosave: Option<autosave::Autosave>,
    disk_stamp: Option<files::DiskStamp>,
    /// The passphrase of a locked session; saves and autosaves are encrypted with it.
    lock: Option<crate::storage::SecretString>,
    /// What was last written of this machine's display preferences (kept in `view`).
    stored_prefs: appearance::StoredPreferences,
    /// Saves, autosaves, exports and import reads running off the UI thread.
    jobs: jobs::Jobs,
    /// File > Print: how PDFs are handed on, and the printouts a viewer may still read.
    printing: print::Printing,
    /// The room, while it is open: phones place the actors.
    room: Option<room::OpenRoom>,
    /// The share, while this session is shared or joined: other laptops edit it too.
    share: Option<share::OpenShare>,
    /// Where shares are announced and heard.
    discovery: crate::share::Network,
    /// The context the window runs in, kept from the first frame: what runs on other
    /// threads (a share) asks it for a frame when something arrives.
    ui_context: Option<egui::Context>,
}

/// Open the app window; `file` is opened instead of the last session.
pub fn run(file: Option<PathBuf>) -> ExitCode {
    let dialogs: Box<dyn FileDialogs> = if std::env::var_os("POWERMAP_NO_DIALOGS").is_some() {
        Box::new(NoDialogs)
    } else {
        Box::new(NativeDialogs)
    };
    let options = AppOptions {
        open: file,
        config_dir: RecentFiles::default_folder(),
        dialogs,
        recovery_dir: RecoverySlots::default_folder(),
        language: Language::system(),
        discovery: crate::share::Network::LOCAL,
    };
    let mut native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("powermap")
            .with_app_id("powermap")
            .with_inner_size([1400.0, 860.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    // Without it the window shows the desktop's generic icon; not worth refusing to start.
    if let Ok(icon) = crate::desktop::window_icon() {
        native.viewport = native.viewport.with_icon(icon);
    }
    let result = eframe::run_native(
        "powermap",
        native,
        Box::new(|cc| {
            install_style(&cc.egui_ctx);
            Ok(Box::new(PowermapApp::new(options)))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!(
                "{}",
                words::ui().with("win-no-window", &[("error", &error.to_string())])
            );
            ExitCode::FAILURE
        }
    }
}

/// The look the app starts with: light, to match the map and printed reports.
pub fn install_style(ctx: &egui::Context) {
    ctx.set_theme(egui::Theme::Light);
    crate::render::fonts::install_egui_fonts(ctx);
}

impl PowermapApp {
    /// The app, with the requested file, the last session, or a new one and the welcome screen.
    pub fn new(options: AppOptions) -> Self {
        let recent = options
            .config_dir
            .as_deref()
            .map(RecentFiles::load)
            .unwrap_or_default();
        let prefs = options
            .config_dir
            .as_deref()
            .map(preferences::Preferences::load)
            .unwrap_or_default();
        let mut app = Self {
            doc: Document::new(options.language.new_session()),
            path: None,
            selection: Selection::default(),
            canvas: CanvasState::default(),
            alliance: alliance::AllianceView::default(),
            inspector: inspector::Inspector::default(),
            left: actor_list::LeftPanel::default(),
            quick_add: actor_list::QuickAdd::default(),
            modal: None,
            recent,
            config_dir: options.config_dir,
            dialogs: options.dialogs,
            out: context::Outbox::default(),
            window_title: String::new(),
            quit_confirmed: false,
            closing: false,
            status: String::new(),
            file_browser: file_browser::FileBrowser::default(),
            disk_stamp: None,
            lock: None,
            stored_prefs: appearance::StoredPreferences::new(&prefs),
            view: view_state::ViewState::new(prefs),
            jobs: jobs::Jobs::default(),
            printing: print::Printing::default(),
            room: None,
            share: None,
            discovery: options.discovery,
            ui_context: None,
            autosave: options
                .recovery_dir
                .map(|dir| autosave::Autosave::new(&RecoverySlots::new(dir))),
        };
        match (options.open, app.recent.last().map(Path::to_owned)) {
            (Some(path), _) => app.open_path(&path),
            (None, Some(last)) => {
                app.open_path(&last);
                if app.path.is_none() {
                    // The last session moved or broke: say so once, then stop trying it.
                    app.forget_recent(&last);
                }
            }
            (None, None) => app.ask(Dialog::Welcome),
        }
        // Work lost in a crash comes first: the question replaces the welcome screen.
        app.offer_recovery();
        app
    }

    /// The session as it is now.
    pub fn session(&self) -> &Session {
        self.doc.session()
    }

    /// The words of the session's language: what the map and the side panels say of it.
    pub fn words(&self) -> &'static Words {
        Words::for_session(self.session())
    }

    /// The file the session belongs to, if it was opened or saved.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether the session is locked with a passphrase.
    pub fn is_locked(&self) -> bool {
        self.lock.is_some()
    }

    /// Whether there are unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.doc.is_dirty()
    }

    /// The selected actors.
    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    /// The message a modal dialog is showing, if any (for tests and diagnostics).
    pub fn dialog_message(&self) -> Option<String> {
        self.dialog().map(Dialog::summary)
    }

    /// The canvas transform of the last frame: where model positions were drawn.
    pub fn canvas_transform(&self) -> Option<MapTransform> {
        self.canvas.last_transform
    }

    /// Open a file as if it was dropped on the window (asks first if work is unsaved).
    pub fn request_open(&mut self, path: &Path) {
        self.request(files::PendingAction::OpenPath(path.to_owned()));
    }

    /// The spectrum's geometry in the last frame it was drawn.
    pub fn spectrum_geometry(&self) -> Option<crate::scene::FanGeometry> {
        self.canvas.last_fan
    }

    /// How many movement arrows (round to now) the power map and the spectrum drew last frame.
    pub fn movement_arrows_drawn(&self) -> (usize, usize) {
        self.canvas.movement_arrows
    }

    /// The names drawn on the power map and the spectrum in the last frame.
    pub fn names_drawn(&self) -> (&crate::scene::LabelMemory, &crate::scene::LabelMemory) {
        (&self.canvas.power_labels, &self.canvas.spectrum_labels)
    }

    /// The power map's scene as it was painted in the last frame.
    pub fn power_map_scene(&self) -> Option<&crate::scene::Scene> {
        self.canvas.power_scene.as_ref()
    }

    /// Where the name of the one selected actor was drawn on the power map in the last frame.
    pub fn selected_name_rect(&self) -> Option<egui::Rect> {
        self.canvas.selected_name
    }

    /// Queue a command as if its menu entry was chosen.
    pub fn queue_command(&mut self, command: Command) {
        self.out.command(command);
    }

    fn edit(&mut self, edit: Edit) {
        self.out.edit(edit);
    }

    fn edit_merging(&mut self, edit: Edit, key: u64) {
        self.out.edit_merging(edit, key);
    }

    /// Apply the edits the frame collected, in order, through the one path that records undo.
    fn apply_edits(&mut self) {
        let any = !self.out.edits.is_empty();
        for (edit, step) in self.out.edits.drain(..) {
            self.doc.apply(edit, step);
        }
        if std::mem::take(&mut self.out.close_undo_step) {
            self.doc.close_undo_step();
        }
        if any {
            self.selection.retain_existing(self.doc.session());
        }
    }

    /// Carry out what the panels asked for this frame besides edits and commands, which
    /// `apply_edits` and `run_commands` take in their turn.
    fn apply_requests(&mut self) {
        if let Some(status) = self.out.status.take() {
            self.status = status;
        }
        if let Some(dialog) = self.out.dialog.take() {
            self.ask(dialog);
        }
        for change in std::mem::take(&mut self.out.view_changes) {
            change(&mut self.view);
        }
        for action in std::mem::take(&mut self.out.file_actions) {
            self.request(action);
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let name = self.path.as_deref().and_then(Path::file_name).map_or_else(
            || {
                let title = &self.session().campaign.title;
                if title.trim().is_empty() {
                    words::ui().get("win-untitled").to_owned()
                } else {
                    title.clone()
                }
            },
            |n| n.to_string_lossy().into_owned(),
        );
        let title = words::ui().with(
            if self.is_dirty() {
                "win-title-unsaved"
            } else {
                "win-title"
            },
            &[("name", &name)],
        );
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    /// Whether presentation mode is on.
    pub fn is_presenting(&self) -> bool {
        self.view.is_presenting()
    }

    /// How many actors the reveal shows, while one runs.
    pub fn revealed_count(&self) -> Option<usize> {
        self.view.revealed_count()
    }

    /// Who moved since the round being compared with (empty when not comparing).
    pub fn compare_movements(&self) -> Vec<crate::model::Movement> {
        self.view.compare_movements(self.session())
    }

    /// Whether the canvas shows an earlier round, where nothing can be moved.
    pub fn is_looking_back(&self) -> bool {
        self.view.is_looking_back(self.session())
    }

    /// The size of actor labels on the canvas, in points.
    pub fn map_label_size(&self) -> f32 {
        self.view.map_metrics().label_size
    }

    /// The view the canvas shows.
    pub fn view_mode(&self) -> ViewMode {
        self.view.mode
    }

    /// The title the window shows (the file name and an unsaved marker).
    pub fn window_title(&self) -> &str {
        &self.window_title
    }
}

impl eframe::App for PowermapApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if self.ui_context.is_none() {
            self.ui_context = Some(ctx.clone());
        }
        self.poll_jobs(&ctx);
        self.poll_room(&ctx);
        self.apply_preferences(&ctx);
        self.handle_close_request(&ctx);
        self.handle_dropped_files(&ctx);
        if self.modal.is_none() && !self.file_browser.is_open() {
            for command in Command::pressed(&ctx, self.view.mode.shows_map()) {
                self.out.command(command);
            }
        }

        if self.view.workshop.presenting {
            // Nothing private on a projector: no side panels, no notes, no status messages.
            egui::Panel::top("presentation").show(ui, |ui| {
                presentation::presentation_bar(ui, &mut self.quick_add, &mut panel_context!(self));
            });
            self.share_bar(ui);
            self.presenting_room_panel(ui);
        } else {
            egui::Panel::top("menu").show(ui, |ui| menu::menu_bar(ui, &mut panel_context!(self)));
            egui::Panel::bottom("status").show(ui, |ui| {
                ui.horizontal(|ui| {
                    menu::status_line(ui, &panel_context!(self), &self.status);
                    self.jobs_status(ui);
                });
            });
            self.share_bar(ui);
            self.side_panels(ui);
        }
        egui::CentralPanel::no_frame().show(ui, |ui| self.views_ui(ui));

        self.show_modal(&ctx);
        Self::show_file_hover(&ctx);
        self.apply_requests();
        self.run_commands(&ctx);
        // What the commands asked for in their turn (a dialog, a status message).
        self.apply_requests();
        // After the commands and dialogs: the file dialog they asked for shows this frame.
        self.show_file_browser(&ctx);
        self.apply_edits();
        self.poll_share(&ctx);
        self.autosave_tick(&ctx);
        self.update_title(&ctx);
        self.store_preferences_if_changed();
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // However the window went, a save or autosave under way finishes before the app ends;
        // an export or a read stops at its next step, so that it writes nothing half done.
        self.stop_jobs();
        self.wait_for_jobs();
        // The server stops with the room; its answers were kept when the close was asked.
        self.room = None;
        // The others are told this laptop left, and its connections close.
        self.share = None;
    }
}
