//! Modal dialogs: welcome, errors, unsaved changes, passphrases, repair and recovery.

use super::PowermapApp;
use super::examples::EXAMPLES;
use super::files::PendingAction;
use crate::storage::SecretString;
use egui::{Id, Key, Modal, RichText};
use std::path::PathBuf;

/// The one modal dialog showing, if any.
#[derive(Clone, Debug, PartialEq)]
pub enum Dialog {
    /// First start: new session or an example.
    Welcome,
    /// Something failed; the work is kept.
    Error {
        /// Short heading.
        title: String,
        /// What happened and what is kept.
        message: String,
    },
    /// Unsaved changes would be lost by this action.
    ConfirmDiscard(PendingAction),
    /// The file is valid JSON but partly wrong: open a repaired copy?
    OfferRepair {
        /// The damaged file.
        path: PathBuf,
        /// Why it was refused.
        reason: String,
        /// What repair would change, one line each.
        changes: Vec<String>,
    },
    /// The file changed on disk since it was opened or saved: overwrite it?
    ChangedOnDisk(PathBuf),
    /// Work from a crash was found: recover it or throw it away.
    Recover {
        /// When it was autosaved.
        saved_at: String,
        /// The file it belongs to, if any.
        original: Option<PathBuf>,
        /// The passphrase typed so far, when the autosaved copy is locked.
        passphrase: Option<String>,
        /// Why the last attempt failed.
        error: Option<String>,
    },
    /// A locked file: type its passphrase to open it.
    Unlock {
        /// The locked file.
        path: PathBuf,
        /// The passphrase typed so far.
        text: String,
        /// Why the last attempt failed.
        error: Option<String>,
    },
    /// A new name for an actor.
    Rename {
        /// The actor.
        id: crate::model::ActorId,
        /// The name typed so far.
        text: String,
    },
    /// Every keyboard shortcut, read from the commands table.
    Shortcuts,
    /// Lock the session with a passphrase, typed twice.
    SetLock {
        /// The passphrase.
        first: String,
        /// The passphrase again.
        second: String,
        /// What is wrong with what was typed.
        error: Option<String>,
    },
}

impl Dialog {
    /// One line on what the dialog says, for tests and logs.
    pub fn summary(&self) -> String {
        match self {
            Self::Welcome => "Welcome".to_owned(),
            Self::Error { title, message } => format!("{title}: {message}"),
            Self::ConfirmDiscard(action) => format!("Unsaved changes before {}", action.verb()),
            Self::Recover { saved_at, .. } => format!("Recover work autosaved at {saved_at}"),
            Self::Unlock { path, error, .. } => {
                format!(
                    "Passphrase for {}{}",
                    path.display(),
                    error
                        .as_deref()
                        .map(|e| format!(": {e}"))
                        .unwrap_or_default()
                )
            }
            Self::SetLock { .. } => "Lock with a passphrase".to_owned(),
            Self::Rename { text, .. } => format!("Rename to {text}"),
            Self::Shortcuts => "Keyboard shortcuts".to_owned(),
            Self::ChangedOnDisk(path) => format!("{} changed on disk", path.display()),
            Self::OfferRepair {
                reason, changes, ..
            } => format!(
                "Repair offered ({}): {reason}",
                crate::words::count(changes.len(), "change", "changes")
            ),
        }
    }
}

/// What the user chose in a dialog this frame; applied after the dialog is drawn.
pub(super) enum Choice {
    Close,
    Recover(Option<String>),
    Unlock(PathBuf, String),
    SetLock(String),
    Rename(crate::model::ActorId, String),
    DiscardRecovery,
    Overwrite(PathBuf),
    OpenRepaired(PathBuf),
    SaveElsewhere,
    Perform(PendingAction),
    SaveThen(PendingAction),
}

impl PowermapApp {
    /// Draw the modal dialog, if one is up, and act on the user's choice.
    pub(super) fn show_dialog(&mut self, ctx: &egui::Context) {
        let Some(dialog) = self.dialog.as_mut() else {
            return;
        };
        let mut choice = None;
        let modal = Modal::new(Id::unique("powermap dialog")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            choice = match dialog {
                Dialog::Welcome => welcome(ui),
                Dialog::Error { title, message } => error_body(ui, title, message),
                Dialog::ConfirmDiscard(action) => confirm_body(ui, action),
                Dialog::ChangedOnDisk(path) => changed_on_disk_body(ui, path),
                Dialog::OfferRepair {
                    path,
                    reason,
                    changes,
                } => repair_body(ui, path, reason, changes),
                Dialog::Recover {
                    saved_at,
                    original,
                    passphrase,
                    error,
                } => recover_body(
                    ui,
                    saved_at,
                    original.as_deref(),
                    passphrase.as_mut(),
                    error.as_deref(),
                ),
                Dialog::Unlock { path, text, error } => {
                    unlock_body(ui, path, text, error.as_deref())
                }
                Dialog::SetLock {
                    first,
                    second,
                    error,
                } => set_lock_body(ui, first, second, error),
                Dialog::Rename { id, text } => rename_body(ui, id, text),
                Dialog::Shortcuts => super::workshop::shortcuts_body(ui),
            };
        });
        // Recovered work needs an answer: Escape or a click outside must not leave it in limbo.
        let must_answer = matches!(dialog, Dialog::Recover { .. });
        if modal.should_close() && choice.is_none() && !must_answer {
            choice = Some(Choice::Close);
        }
        let Some(choice) = choice else { return };
        self.dialog = None;
        self.act_on(choice);
    }

    fn act_on(&mut self, choice: Choice) {
        match choice {
            Choice::Close => {}
            Choice::Recover(passphrase) => {
                if let Err(error) = self.recover(passphrase.map(SecretString::from)) {
                    self.offer_recovery();
                    if let Some(Dialog::Recover { error: slot, .. }) = self.dialog.as_mut() {
                        *slot = Some(error);
                    }
                }
            }
            Choice::Unlock(path, passphrase) => {
                self.open_locked(&path, SecretString::from(passphrase));
            }
            Choice::SetLock(passphrase) => self.set_lock(Some(SecretString::from(passphrase))),
            Choice::Rename(id, name) => self.rename_actor(&id, name),
            Choice::OpenRepaired(path) => self.open_repaired(&path),
            Choice::Overwrite(path) => {
                self.save_to(&path);
            }
            Choice::SaveElsewhere => {
                self.save_as(None);
            }
            Choice::DiscardRecovery => self.discard_recovery(),
            Choice::Perform(action) => self.perform(action),
            Choice::SaveThen(action) => {
                if self.path.is_some() {
                    if self.save() {
                        self.perform(action);
                    }
                } else {
                    // Save as runs the action itself once the file is written, which may be
                    // frames later, from the in-app file dialog.
                    self.save_as(Some(action));
                }
            }
        }
    }
}

fn error_body(ui: &mut egui::Ui, title: &str, message: &str) -> Option<Choice> {
    ui.heading(title);
    ui.add_space(6.0);
    ui.label(message);
    ui.add_space(10.0);
    let ok = ui.button("OK").clicked() || ui.input(|i| i.key_pressed(Key::Enter));
    ok.then_some(Choice::Close)
}

fn repair_body(
    ui: &mut egui::Ui,
    path: &std::path::Path,
    reason: &str,
    changes: &[String],
) -> Option<Choice> {
    ui.heading("This file needs repair");
    ui.label(format!(
        "{} could not be opened as it is: {reason}",
        path.display()
    ));
    ui.label("powermap can open a repaired copy. It would change:");
    egui::ScrollArea::vertical()
        .max_height(220.0)
        .show(ui, |ui| {
            for change in changes {
                ui.label(format!("• {change}"));
            }
        });
    ui.label(RichText::new("The file itself stays as it is until you save the copy.").weak());
    ui.add_space(10.0);
    ui.horizontal(|ui| {
        if ui.button("Open a repaired copy").clicked() {
            return Some(Choice::OpenRepaired(path.to_owned()));
        }
        ui.button("Cancel").clicked().then_some(Choice::Close)
    })
    .inner
}

fn changed_on_disk_body(ui: &mut egui::Ui, path: &std::path::Path) -> Option<Choice> {
    ui.heading("The file changed on disk");
    ui.label(format!(
        "{} was changed since you opened it, perhaps by another powermap or a sync folder. \
         Saving now would replace those changes with yours.",
        path.display()
    ));
    ui.add_space(10.0);
    ui.horizontal(|ui| {
        if ui.button("Overwrite it").clicked() {
            return Some(Choice::Overwrite(path.to_owned()));
        }
        if ui.button("Save as another file…").clicked() {
            return Some(Choice::SaveElsewhere);
        }
        ui.button("Cancel").clicked().then_some(Choice::Close)
    })
    .inner
}

fn recover_body(
    ui: &mut egui::Ui,
    saved_at: &str,
    original: Option<&std::path::Path>,
    passphrase: Option<&mut String>,
    error: Option<&str>,
) -> Option<Choice> {
    ui.heading("Recover unsaved work?");
    let belongs = original.map_or_else(
        || "a session that was never saved".to_owned(),
        |p| p.display().to_string(),
    );
    ui.label(format!(
        "powermap closed before some work was saved. It was autosaved at {saved_at} and belongs to {belongs}. \
         Recovering opens it as unsaved work; your file on disk is not changed until you save."
    ));
    let locked = passphrase.is_some();
    let typed = passphrase.map(|text| {
        ui.label("It was a locked session: type its passphrase to recover it.");
        passphrase_field(ui, "Passphrase", text);
        text.clone()
    });
    if let Some(error) = error {
        ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
    }
    ui.add_space(10.0);
    ui.horizontal(|ui| {
        let enter = locked && ui.input(|i| i.key_pressed(Key::Enter));
        if ui.button("Recover").clicked() || enter {
            return Some(Choice::Recover(typed.clone()));
        }
        ui.button("Discard it")
            .clicked()
            .then_some(Choice::DiscardRecovery)
    })
    .inner
}

/// A labelled passphrase field that shows dots, focused when the dialog opens.
fn passphrase_field(ui: &mut egui::Ui, label: &str, text: &mut String) -> egui::Response {
    let label = ui.label(label);
    ui.add(
        egui::TextEdit::singleline(text)
            .password(true)
            .desired_width(320.0),
    )
    .labelled_by(label.id)
}

fn unlock_body(
    ui: &mut egui::Ui,
    path: &std::path::Path,
    text: &mut String,
    error: Option<&str>,
) -> Option<Choice> {
    ui.heading("This session is locked");
    ui.label(format!("Type the passphrase of {}.", path.display()));
    let field = passphrase_field(ui, "Passphrase", text);
    if ui.memory(|m| m.focused().is_none()) && !field.lost_focus() {
        field.request_focus();
    }
    if let Some(error) = error {
        ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
    }
    let submitted = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    ui.horizontal(|ui| {
        if (ui.button("Open").clicked() || submitted) && !text.is_empty() {
            return Some(Choice::Unlock(path.to_owned(), std::mem::take(text)));
        }
        ui.button("Cancel").clicked().then_some(Choice::Close)
    })
    .inner
}

fn rename_body(ui: &mut egui::Ui, id: &crate::model::ActorId, text: &mut String) -> Option<Choice> {
    ui.heading("Rename");
    let label = ui.label("New name");
    let field = ui
        .add(egui::TextEdit::singleline(text).desired_width(360.0))
        .labelled_by(label.id);
    if ui.memory(|m| m.focused().is_none()) && !field.lost_focus() {
        field.request_focus();
    }
    let submitted = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    ui.horizontal(|ui| {
        let named = !text.trim().is_empty();
        if (ui.add_enabled(named, egui::Button::new("Rename")).clicked() || submitted) && named {
            return Some(Choice::Rename(id.clone(), text.trim().to_owned()));
        }
        ui.button("Cancel").clicked().then_some(Choice::Close)
    })
    .inner
}

/// The shortest passphrase powermap accepts; scrypt slows guessing, length does the rest.
const MIN_PASSPHRASE: usize = 8;

fn set_lock_body(
    ui: &mut egui::Ui,
    first: &mut String,
    second: &mut String,
    error: &mut Option<String>,
) -> Option<Choice> {
    ui.heading("Lock this session");
    ui.label(
        "The file, its backups and its autosaved copies will be encrypted with this passphrase \
         (the age format). Without it nobody can open the file, and neither can you: \
         powermap cannot recover a forgotten passphrase.",
    );
    let first_field = passphrase_field(ui, "Passphrase", first);
    let second_field = passphrase_field(ui, "Passphrase again", second);
    let anywhere = |f: &egui::Response| f.has_focus() || f.lost_focus();
    if !anywhere(&first_field) && !anywhere(&second_field) && error.is_none() {
        first_field.request_focus();
    }
    if first_field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
        second_field.request_focus();
    }
    let submitted = second_field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    if let Some(message) = error.as_deref() {
        ui.label(RichText::new(message).color(ui.visuals().error_fg_color));
    }
    ui.horizontal(|ui| {
        if ui.button("Lock").clicked() || submitted {
            if first.chars().count() < MIN_PASSPHRASE {
                *error = Some(format!("Use at least {MIN_PASSPHRASE} characters."));
                first_field.request_focus();
            } else if first != second {
                *error = Some("The two passphrases differ.".to_owned());
                second_field.request_focus();
            } else {
                return Some(Choice::SetLock(std::mem::take(first)));
            }
        }
        ui.button("Cancel").clicked().then_some(Choice::Close)
    })
    .inner
}

fn confirm_body(ui: &mut egui::Ui, action: &PendingAction) -> Option<Choice> {
    ui.heading("Save your changes?");
    ui.label(format!(
        "This session has unsaved changes. Save them before {}?",
        action.verb()
    ));
    ui.add_space(10.0);
    ui.horizontal(|ui| {
        if ui.button("Save").clicked() {
            return Some(Choice::SaveThen(action.clone()));
        }
        if ui.button("Don't save").clicked() {
            return Some(Choice::Perform(action.clone()));
        }
        ui.button("Cancel").clicked().then_some(Choice::Close)
    })
    .inner
}

fn welcome(ui: &mut egui::Ui) -> Option<Choice> {
    let mut choice = None;
    ui.heading("Welcome to powermap");
    ui.label("Map who has a stake in your campaign: how much they support it, and how much influence they have. Everything stays on this computer.");
    ui.add_space(8.0);
    if ui
        .button(RichText::new("Start an empty map").strong())
        .clicked()
    {
        choice = Some(Choice::Close);
    }
    ui.add_space(8.0);
    ui.label(RichText::new("Or open an example to see how a finished map looks:").weak());
    for (index, example) in EXAMPLES.iter().enumerate() {
        ui.horizontal(|ui| {
            if ui.button(format!("Open \"{}\"", example.title)).clicked() {
                choice = Some(Choice::Perform(PendingAction::OpenExample(index)));
            }
            ui.label(example.blurb);
        });
    }
    choice
}
