//! The in-app file dialog, for systems that offer no native one (no desktop portal, no
//! zenity) and for `POWERMAP_NO_DIALOGS=1`: folders to browse, the files of the wanted kinds,
//! a path bar to type in (with `~` for home), and a question before a file is replaced. It
//! is the `egui_file` crate's window, kept open across frames; when the user picks, it runs
//! the same continuation the native dialog's answer would have.

use super::PowermapApp;
use super::file_dialogs::{UserFolders, expand_home, with_extension_if_none};
use crate::words;
use egui::{Area, Color32, Id, Key, LayerId, Modal, Modifiers, Order, RichText, Sense, accesskit};
use egui_file::{FileDialog, State};
use std::cell::Cell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// What runs with the chosen path: open it, save to it, or fill another dialog's field.
pub(super) type Then = Box<dyn FnOnce(&mut PowermapApp, PathBuf)>;

/// Choose an existing file, or name one to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Mode {
    /// Pick a file that exists.
    Open,
    /// Name a file to write; replacing one is asked about first.
    Save,
}

/// One request for a file, as the native dialog would have been asked.
pub(super) struct BrowseRequest {
    /// Open or save.
    pub mode: Mode,
    /// The window's title.
    pub title: &'static str,
    /// The button that chooses ("Open", "Save", "Export").
    pub button: &'static str,
    /// The extensions listed (lowercase, no dot); a saved name without one gets the first.
    pub extensions: Vec<&'static str>,
    /// The folder to start in; the documents folder when `None` or gone.
    pub start_in: Option<PathBuf>,
    /// The proposed file name (saving only).
    pub file_name: String,
    /// What to do with the chosen file.
    pub then: Then,
}

/// The in-app dialog: a request waiting to be shown, and the dialog showing.
#[derive(Default)]
pub(super) struct FileBrowser {
    /// Asked for while drawing, where only `&PowermapApp` is at hand (the export dialog's
    /// Choose button); shown from the end of that frame on.
    requested: Cell<Option<BrowseRequest>>,
    showing: Option<Browsing>,
}

impl FileBrowser {
    /// Whether the dialog is showing.
    pub(super) fn is_open(&self) -> bool {
        self.showing.is_some()
    }
}

/// The dialog showing, and what it was asked for.
struct Browsing {
    dialog: FileDialog,
    look: Look,
    home: Option<PathBuf>,
    then: Then,
    /// A file the user chose to save to that exists: replace it?
    replace: Option<PathBuf>,
}

/// What the request asked the dialog to be, kept to build it again in another folder.
struct Look {
    mode: Mode,
    title: &'static str,
    button: &'static str,
    extensions: Vec<&'static str>,
    file_name: String,
}

/// The id of the dialog's window, which is also its layer's.
const WINDOW_ID: &str = "powermap file browser";

/// What a chosen path means.
enum Outcome {
    /// A folder: show it.
    Browse(PathBuf),
    /// A file that exists, to be written: ask first.
    AskToReplace(PathBuf),
    /// The file to open or write.
    Done(PathBuf),
}

impl Look {
    /// A fresh dialog in `folder`, proposing `name` (or the requested name).
    fn dialog(
        &self,
        ctx: &egui::Context,
        folder: Option<PathBuf>,
        name: Option<&str>,
    ) -> FileDialog {
        let size = egui::vec2(640.0, 440.0);
        let screen = ctx.content_rect();
        let top_left = (screen.center() - size / 2.0).max(screen.min);
        let extensions = self.extensions.clone();
        let say = words::ui();
        let mut dialog = match self.mode {
            Mode::Open => FileDialog::open_file().open_button_text(self.button.into()),
            Mode::Save => FileDialog::save_file()
                .default_filename(name.unwrap_or(&self.file_name))
                .save_button_text(self.button.into()),
        }
        .id(Id::unique(WINDOW_ID))
        .title(self.title)
        .default_size(size)
        .default_pos(top_left)
        .keep_on_top(true)
        .show_rename(false)
        .show_new_folder(self.mode == Mode::Save)
        .file_label_text(file_name_label().into())
        .parent_folder_button_hover_text(say.get("browser-up").into())
        .show_hidden_checkbox_text(say.get("browser-show-hidden").into())
        .cancel_button_text(say.get("dialog-cancel").into())
        .new_folder_button_text(say.get("browser-new-folder").into())
        .new_folder_name_text(say.get("browser-new-folder-name").into())
        .refresh_button_hover_text(say.get("browser-refresh").into())
        .show_files_filter(Box::new(move |path: &Path| {
            has_extension(path, &extensions)
        }));
        if let Some(folder) = folder {
            dialog = dialog.initial_path(folder);
        }
        dialog.open();
        dialog
    }
}

impl Browsing {
    fn new(ctx: &egui::Context, request: BrowseRequest, folders: &UserFolders) -> Self {
        let start = request
            .start_in
            .filter(|folder| folder.is_dir())
            .or_else(|| folders.default_folder().map(Path::to_owned));
        let look = Look {
            mode: request.mode,
            title: request.title,
            button: request.button,
            extensions: request.extensions,
            file_name: request.file_name,
        };
        Self {
            dialog: look.dialog(ctx, start, None),
            look,
            home: folders.home.clone(),
            then: request.then,
            replace: None,
        }
    }

    /// Where a path the dialog returned points: typed paths are relative to the folder shown,
    /// and `~` is home.
    fn resolve(&self, picked: &Path) -> PathBuf {
        let folder = self.dialog.directory();
        let typed = picked.strip_prefix(folder).unwrap_or(picked);
        let expanded = expand_home(typed, self.home.as_deref());
        if expanded.is_relative() {
            folder.join(expanded)
        } else {
            expanded
        }
    }

    fn outcome(&self, picked: &Path) -> Outcome {
        let path = self.resolve(picked);
        if path.is_dir() {
            return Outcome::Browse(path);
        }
        match self.look.mode {
            Mode::Open => Outcome::Done(path),
            Mode::Save => {
                let path = match self.look.extensions.first() {
                    Some(extension) => with_extension_if_none(path, extension),
                    None => path,
                };
                if path.exists() {
                    Outcome::AskToReplace(path)
                } else {
                    Outcome::Done(path)
                }
            }
        }
    }

    /// While saving, a path typed in the bar at the top that is not a folder leaves the
    /// dialog where it was with that name half-chosen: go to its folder and propose its name,
    /// which is what typing a full path means.
    fn follow_typed_path(&mut self, ctx: &egui::Context) {
        if self.look.mode != Mode::Save {
            return;
        }
        let Some(chosen) = self.dialog.path().map(Path::to_owned) else {
            return;
        };
        if chosen.parent() == Some(self.dialog.directory()) {
            return; // Clicked in the list.
        }
        let path = self.resolve(&chosen);
        let (folder, name) = if path.is_dir() {
            (path, None)
        } else {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            // A folder that does not exist: stay, so the bar shows where the file would go.
            let folder = path
                .parent()
                .filter(|folder| folder.is_dir())
                .unwrap_or(self.dialog.directory())
                .to_owned();
            (folder, name)
        };
        self.dialog = self.look.dialog(ctx, Some(folder), name.as_deref());
    }
}

fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

impl FileBrowser {
    /// Show the in-app file dialog for `request` (in place of one already showing) from the
    /// end of this frame on.
    pub(super) fn request(&self, request: BrowseRequest) {
        self.requested.set(Some(request));
    }

    /// Draw the dialog if one is open or was asked for (starting in `folders`); the chosen
    /// file and what to do with it, once one was chosen.
    pub(super) fn show(
        &mut self,
        ctx: &egui::Context,
        folders: &UserFolders,
    ) -> Option<(Then, PathBuf)> {
        if let Some(request) = self.requested.take() {
            ctx.add_plugin(NameTheFields);
            self.showing = Some(Browsing::new(ctx, request, folders));
            ctx.request_repaint();
        }
        let browsing = self.showing.as_mut()?;
        backdrop(ctx);
        // Like egui's own modals: nothing beneath the dialog takes clicks or keys.
        ctx.memory_mut(|m| m.set_modal_layer(LayerId::new(Order::Middle, Id::unique(WINDOW_ID))));
        if let Some(target) = browsing.replace.clone() {
            match replace_question(ctx, &target) {
                Some(true) => return self.finish(target),
                Some(false) => browsing.replace = None,
                None => {}
            }
            // Escape answered the question; it must not also close the dialog behind it.
            ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape));
        }
        browsing.dialog.show(ctx);
        match browsing.dialog.state() {
            State::Open => browsing.follow_typed_path(ctx),
            State::Selected => {
                let Some(picked) = browsing.dialog.path().map(Path::to_owned) else {
                    browsing.dialog.open();
                    return None;
                };
                match browsing.outcome(&picked) {
                    Outcome::Browse(folder) => {
                        browsing.dialog = browsing.look.dialog(ctx, Some(folder), None);
                    }
                    Outcome::AskToReplace(path) => {
                        // Reopened behind the question, as it was.
                        browsing.dialog.open();
                        browsing.replace = Some(path);
                    }
                    Outcome::Done(path) => return self.finish(path),
                }
            }
            State::Cancelled | State::Closed => self.showing = None,
        }
        None
    }

    fn finish(&mut self, path: PathBuf) -> Option<(Then, PathBuf)> {
        self.showing.take().map(|browsing| (browsing.then, path))
    }
}

fn backdrop(ctx: &egui::Context) {
    let screen = ctx.content_rect();
    Area::new(Id::unique("powermap file browser backdrop"))
        .order(Order::Middle)
        .fixed_pos(screen.min)
        .interactable(false)
        .show(ctx, |ui| {
            let (rect, _) = ui.allocate_exact_size(screen.size(), Sense::hover());
            ui.painter()
                .rect_filled(rect, 0.0, Color32::from_black_alpha(100));
        });
}

/// "Replace it?" for a file that exists; `Some(true)` to replace, `Some(false)` to go back.
fn replace_question(ctx: &egui::Context, path: &Path) -> Option<bool> {
    let modal = Modal::new(Id::unique("powermap replace file")).show(ctx, |ui| {
        let say = words::ui();
        ui.set_max_width(480.0);
        ui.heading(say.get("browser-replace-title"));
        ui.label(say.with(
            "browser-replace-body",
            &[("path", &path.display().to_string())],
        ));
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(say.get("browser-replace")).strong())
                .clicked()
            {
                return Some(true);
            }
            ui.button(say.get("browser-choose-another"))
                .clicked()
                .then_some(false)
        })
        .inner
    });
    modal
        .inner
        .or_else(|| modal.should_close().then_some(false))
}

/// Names the dialog's two text fields for screen readers (and tests), which `egui_file` leaves
/// unnamed: the folder bar at the top and the file name at the bottom.
struct NameTheFields;

impl egui::Plugin for NameTheFields {
    fn debug_name(&self) -> &'static str {
        "powermap file browser field names"
    }

    fn output_hook(&mut self, _ctx: &egui::Context, output: &mut egui::FullOutput) {
        if let Some(update) = output.platform_output.accesskit_update.as_mut() {
            name_the_fields(&mut update.nodes);
        }
    }
}

/// The path bar's accessible name; it has no visible label.
fn folder_field() -> &'static str {
    words::ui().get("browser-folder")
}

/// The visible label of the file name field, which also names it.
fn file_name_label() -> &'static str {
    words::ui().get("browser-file-name")
}

fn name_the_fields(nodes: &mut [(accesskit::NodeId, accesskit::Node)]) {
    let window = Id::unique(WINDOW_ID).accesskit_id();
    if !nodes.iter().any(|(id, _)| *id == window) {
        return;
    }
    let index: HashMap<accesskit::NodeId, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, (id, _))| (*id, i))
        .collect();
    let mut unnamed = Vec::new();
    let mut file_label = None;
    let mut stack = vec![window];
    while let Some(id) = stack.pop() {
        let Some(&i) = index.get(&id) else { continue };
        let node = &nodes[i].1;
        match node.role() {
            accesskit::Role::TextInput if node.label().is_none() => {
                let top = node.bounds().map_or(f64::MAX, |b| b.y0);
                unnamed.push((top, i));
            }
            accesskit::Role::Label if node.value() == Some(file_name_label()) => {
                file_label = Some(id);
            }
            _ => {}
        }
        stack.extend_from_slice(node.children());
    }
    unnamed.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut fields = unnamed.into_iter().map(|(_, i)| i);
    if let Some(i) = fields.next() {
        nodes[i].1.set_label(folder_field());
    }
    if let Some(i) = fields.next() {
        let field = &mut nodes[i].1;
        field.set_label(file_name_label());
        if let Some(label) = file_label {
            field.push_labelled_by(label);
        }
    }
}
