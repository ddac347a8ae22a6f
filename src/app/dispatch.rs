//! Carrying out commands, from menus, buttons, shortcuts and the palette alike: whether one
//! can run now, and what each does. Both matches are exhaustive, so a new command does not
//! compile until it is given a meaning here.

use super::PowermapApp;
use super::appearance::InterfaceSize;
use super::commands::{Command, Needs};
use super::context::{self, AppFacts};
use super::dialogs::Dialog;
use super::files::PendingAction;
use super::layout::Side;
use super::modal::Modal;
use super::palette::CommandPalette;
use super::selection::Selection;
use super::view_state::ViewState;
use super::views::ViewMode;
use crate::model::{Edit, Session, Slice, SpectrumPlacement, SupportiveSide};

impl PowermapApp {
    /// Whether `command` can run now, judged from the app's own state.
    pub(super) fn command_enabled(&self, command: Command) -> bool {
        command_enabled(
            command,
            self.session(),
            &self.selection,
            &self.view,
            &context::AppFacts {
                locked: self.lock.is_some(),
                recent: &self.recent.paths,
                can_undo: super::share::can_undo(self.share.as_ref(), &self.doc),
                can_redo: super::share::can_redo(self.share.as_ref(), &self.doc),
                revision: Some(self.doc.revision()),
                shape_revision: Some(self.doc.shape_revision()),
                share: super::share::others(self.share.as_ref()),
            },
        )
    }

    /// Carry out the commands queued this frame.
    pub(super) fn run_commands(&mut self, ctx: &egui::Context) {
        let commands = std::mem::take(&mut self.out.commands);
        if !commands.is_empty() {
            // A command runs after this frame's panels were drawn: draw again to show its effect.
            ctx.request_repaint();
        }
        for command in commands {
            if !self.command_enabled(command) {
                continue;
            }
            self.run_command(ctx, command);
        }
    }

    /// Edit > Undo: this person's own last edit while shared, the last edit otherwise.
    fn undo(&mut self) {
        self.apply_edits();
        if !self.undo_shared() {
            self.doc.undo();
        }
        self.selection.retain_existing(self.doc.session());
    }

    /// Edit > Redo.
    fn redo(&mut self) {
        self.apply_edits();
        if !self.redo_shared() {
            self.doc.redo();
        }
        self.selection.retain_existing(self.doc.session());
    }

    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New => self.request(PendingAction::New),
            Command::Open => self.request(PendingAction::Open),
            Command::Save => {
                self.save();
            }
            Command::SaveAs => {
                self.save_as(None);
            }
            Command::Quit => {
                if self.doc.is_dirty() {
                    self.request(PendingAction::Quit);
                } else {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            Command::Undo => self.undo(),
            Command::Redo => self.redo(),
            Command::QuickAdd => {
                self.quick_add.focus();
                if !self.view.is_presenting() {
                    self.show_panel(ctx, Side::Left);
                }
            }
            Command::Duplicate => self.duplicate_selection(),
            Command::Delete => {
                let ids = self.selection.in_session_order(self.session());
                self.edit(Edit::DeleteActors(ids));
            }
            Command::SelectAll => {
                let ids: Vec<_> = self
                    .view
                    .listed(self.session())
                    .actors
                    .iter()
                    .map(|a| a.id.clone())
                    .collect();
                self.selection.extend(ids);
            }
            Command::SelectNone if self.view.revealed_count().is_some() => self.end_reveal(),
            Command::SelectNone => self.selection.clear(),
            Command::ZoomToFit => self.canvas.zoom_to_fit(),
            Command::ZoomMapIn => self.canvas.zoom_by(1.25),
            Command::ZoomMapOut => self.canvas.zoom_by(0.8),
            Command::Export => self.open_export_dialog(),
            Command::Print => self.print(),
            Command::ExportAllianceMarkdown => self.open_markdown_export(),
            Command::Import => self.open_import_dialog(false),
            Command::Merge => self.open_import_dialog(true),
            Command::Lock => {
                self.ask(Dialog::SetLock {
                    first: String::new(),
                    second: String::new(),
                    error: None,
                });
            }
            Command::Unlock => self.set_lock(None),
            Command::ToggleLegend => self.canvas.hide_legend = !self.canvas.hide_legend,
            Command::ToggleAllAims => self.canvas.all_aims = !self.canvas.all_aims,
            Command::ShowPowerMap => self.view.mode = ViewMode::PowerMap,
            Command::ShowSpectrum => self.view.mode = ViewMode::Spectrum,
            Command::ShowBoth => self.view.mode = ViewMode::SideBySide,
            Command::ShowAlliance => self.view.mode = ViewMode::Alliance,
            Command::SliceTowardUs => self.shift_slices(Slice::toward_us),
            Command::SliceAwayFromUs => self.shift_slices(Slice::away_from_us),
            Command::FlipSupportiveSide => self.flip_supportive_side(),
            Command::Present => self.toggle_presentation(ctx),
            Command::ShowShortcuts => self.ask(Dialog::Shortcuts),
            Command::CommandPalette => {
                self.modal = Some(Modal::Palette(CommandPalette::opened()));
            }
            Command::NextActor => self.walk(1),
            Command::PreviousActor => self.walk(-1),
            Command::Nudge(nudge) => self.nudge(nudge),
            Command::Rename => self.start_rename(),
            Command::ToSlice(slice) => self.send_to_slice(slice),
            Command::Park => self.toggle_parked(),
            Command::LargerInterface => self.resize_interface(ctx, InterfaceSize::Larger),
            Command::SmallerInterface => self.resize_interface(ctx, InterfaceSize::Smaller),
            Command::NormalInterfaceSize => self.resize_interface(ctx, InterfaceSize::Normal),
            Command::UseTheme(theme) => self.use_theme(ctx, theme),
            Command::StartReveal => self.start_reveal(),
            Command::OpenRoom => self.open_room_dialog(),
            Command::ShareSession => self.open_share_dialog(),
            Command::JoinShare => self.open_join_dialog(),
            Command::StopSharing => self.stop_sharing(),
            Command::RevealNext => self.step_reveal(1),
            Command::RevealPrevious => self.step_reveal(-1),
            Command::ToggleLeftPanel => self.toggle_panel(ctx, Side::Left),
            Command::ToggleRightPanel => self.toggle_panel(ctx, Side::Right),
        }
    }

    fn flip_supportive_side(&mut self) {
        let mut settings = self.session().settings.clone();
        settings.supportive_side = match settings.supportive_side {
            SupportiveSide::Right => SupportiveSide::Left,
            SupportiveSide::Left => SupportiveSide::Right,
        };
        self.edit(Edit::SetSettings(settings));
    }

    /// Move every selected actor one slice; actors not yet placed start in neutral.
    fn shift_slices(&mut self, step: fn(Slice) -> Slice) {
        self.place_selection_on_spectrum(|current| match current {
            Some(p) => SpectrumPlacement {
                slice: step(p.slice),
                ..p
            },
            None => SpectrumPlacement::middle_of(Slice::Neutral),
        });
    }

    /// Copy the selected actors beside the originals and select the copies.
    pub(super) fn duplicate_selection(&mut self) {
        let ids = self.selection.in_session_order(self.session());
        let mut copies = Vec::with_capacity(ids.len());
        let mut session = self.session().clone();
        for id in ids {
            let Some(original) = session.actor(&id) else {
                continue;
            };
            let mut copy = original.clone();
            copy.id = session.fresh_actor_id();
            copy.name = session.copy_name(|n| {
                // A name is data: no isolate marks in it, whatever script it is in.
                crate::words::ui()
                    .counted_with("menu-copy-name", n, &[("name", original.name.as_str())])
                    .replace(['\u{2068}', '\u{2069}'], "")
            });
            copy.is_us = false;
            copy.position = original.position.offset(0.06, -0.04);
            session.actors.push(copy.clone());
            copies.push(copy);
        }
        self.selection.clear();
        self.selection.extend(copies.iter().map(|c| c.id.clone()));
        self.edit(Edit::AddActors(copies));
    }
}

/// Whether `command` can run now (menus grey it out otherwise).
pub(super) fn command_enabled(
    command: Command,
    session: &Session,
    selection: &Selection,
    view: &ViewState,
    facts: &AppFacts<'_>,
) -> bool {
    let spec = command.spec();
    if command.edits_session() && (view.is_looking_back(session) || view.revealed_count().is_some())
    {
        return false;
    }
    match spec.needs {
        Needs::Nothing => true,
        Needs::Selection => !selection.is_empty(),
        Needs::OneSelected => selection.len() == 1,
        Needs::SelectionOrReveal => !selection.is_empty() || view.revealed_count().is_some(),
        Needs::Actors => !session.actors.is_empty(),
        Needs::Reveal => view.revealed_count().is_some(),
        Needs::UndoHistory => facts.can_undo,
        Needs::RedoHistory => facts.can_redo,
        Needs::Lock => facts.locked,
        Needs::NotSharing => facts.share.is_none(),
        Needs::Sharing => facts.share.is_some(),
    }
}
