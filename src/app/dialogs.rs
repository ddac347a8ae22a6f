//! The questions and messages the window asks in a modal dialog: welcome, errors, unsaved
//! changes, passphrases, repair, recovery, renaming and the shortcuts overlay. A dialog draws
//! and returns the user's `Choice`; `modal.rs` carries it out.

use super::commands::Command;
use super::examples::EXAMPLES;
use super::files::PendingAction;
use crate::words;
use egui::{Id, Key, Modal, RichText};
use std::path::PathBuf;

/// The one modal dialog showing, if any. Its `Debug` hides typed passphrases.
#[derive(Clone, PartialEq)]
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
        /// The repaired session, opened if the user agrees.
        repaired: Box<crate::model::Session>,
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
    /// Nothing could print or show a printout: say why, offer to save the PDF.
    PrintFailed {
        /// Why, in the user's words.
        why: String,
        /// The PDF that was to be printed.
        pdf: Vec<u8>,
    },
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
    /// One line on what the dialog says, for tests and logs: never shown, so in English.
    pub fn summary(&self) -> String {
        match self {
            Self::Welcome => "Welcome".to_owned(),
            Self::Error { title, message } => format!("{title}: {message}"),
            Self::ConfirmDiscard(action) => format!("Unsaved changes: {}", action.question()),
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
            Self::PrintFailed { why, .. } => format!("Could not print: {why}"),
            Self::ChangedOnDisk(path) => format!("{} changed on disk", path.display()),
            Self::OfferRepair {
                reason, changes, ..
            } => format!("Repair offered ({} changes): {reason}", changes.len()),
        }
    }
}

/// Stands in for a typed passphrase wherever a dialog is formatted with `{:?}` (logs, test
/// failures, panics): a passphrase must never reach a terminal or a log file.
struct Hidden;

impl std::fmt::Debug for Hidden {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[hidden]")
    }
}

/// As derived, but with every passphrase field shown as `[hidden]`.
impl std::fmt::Debug for Dialog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Welcome => f.write_str("Welcome"),
            Self::Error { title, message } => f
                .debug_struct("Error")
                .field("title", title)
                .field("message", message)
                .finish(),
            Self::ConfirmDiscard(action) => f.debug_tuple("ConfirmDiscard").field(action).finish(),
            Self::OfferRepair {
                path,
                reason,
                changes,
                repaired: _,
            } => f
                .debug_struct("OfferRepair")
                .field("path", path)
                .field("reason", reason)
                .field("changes", changes)
                .finish(),
            Self::ChangedOnDisk(path) => f.debug_tuple("ChangedOnDisk").field(path).finish(),
            Self::Recover {
                saved_at,
                original,
                passphrase,
                error,
            } => f
                .debug_struct("Recover")
                .field("saved_at", saved_at)
                .field("original", original)
                .field("passphrase", &passphrase.as_ref().map(|_| Hidden))
                .field("error", error)
                .finish(),
            Self::Unlock {
                path,
                text: _,
                error,
            } => f
                .debug_struct("Unlock")
                .field("path", path)
                .field("text", &Hidden)
                .field("error", error)
                .finish(),
            Self::Rename { id, text } => f
                .debug_struct("Rename")
                .field("id", id)
                .field("text", text)
                .finish(),
            Self::Shortcuts => f.write_str("Shortcuts"),
            Self::PrintFailed { why, pdf } => f
                .debug_struct("PrintFailed")
                .field("why", why)
                .field("pdf_bytes", &pdf.len())
                .finish(),
            Self::SetLock {
                first: _,
                second: _,
                error,
            } => f
                .debug_struct("SetLock")
                .field("first", &Hidden)
                .field("second", &Hidden)
                .field("error", error)
                .finish(),
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
    SavePrintout,
}

impl Dialog {
    /// Draw the dialog; what the user chose, once they chose (the app carries it out).
    pub(super) fn show(&mut self, ctx: &egui::Context) -> Option<Choice> {
        let mut choice = None;
        let modal = Modal::new(Id::unique("powermap dialog")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            choice = match self {
                Dialog::Welcome => welcome(ui),
                Dialog::Error { title, message } => error_body(ui, title, message),
                Dialog::ConfirmDiscard(action) => confirm_body(ui, action),
                Dialog::ChangedOnDisk(path) => changed_on_disk_body(ui, path),
                Dialog::OfferRepair {
                    path,
                    reason,
                    changes,
                    ..
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
                Dialog::Shortcuts => shortcuts_body(ui),
                Dialog::PrintFailed { why, .. } => print_failed_body(ui, why),
            };
        });
        // Recovered work needs an answer: Escape or a click outside must not leave it in limbo.
        let must_answer = matches!(self, Dialog::Recover { .. });
        if modal.should_close() && choice.is_none() && !must_answer {
            choice = Some(Choice::Close);
        }
        choice
    }
}

fn print_failed_body(ui: &mut egui::Ui, why: &str) -> Option<Choice> {
    let say = words::ui();
    ui.heading(say.get("print-failed-title"));
    ui.label(say.get("print-failed"));
    ui.label(RichText::new(why).weak());
    let mut choice = None;
    ui.horizontal(|ui| {
        if ui.button(say.get("print-save")).clicked() {
            choice = Some(Choice::SavePrintout);
        }
        if ui.button(say.get("dialog-cancel")).clicked() {
            choice = Some(Choice::Close);
        }
    });
    choice
}

fn error_body(ui: &mut egui::Ui, title: &str, message: &str) -> Option<Choice> {
    ui.heading(title);
    ui.add_space(6.0);
    ui.label(message);
    ui.add_space(10.0);
    let ok = ui.button(words::ui().get("dialog-ok")).clicked()
        || ui.input(|i| i.key_pressed(Key::Enter));
    ok.then_some(Choice::Close)
}

fn repair_body(
    ui: &mut egui::Ui,
    path: &std::path::Path,
    reason: &str,
    changes: &[String],
) -> Option<Choice> {
    let say = words::ui();
    ui.heading(say.get("dialog-repair-title"));
    ui.label(say.with(
        "dialog-repair-reason",
        &[("path", &path.display().to_string()), ("reason", reason)],
    ));
    ui.label(say.get("dialog-repair-intro"));
    egui::ScrollArea::vertical()
        .max_height(220.0)
        .show(ui, |ui| {
            for change in changes {
                ui.label(say.with("dialog-repair-change", &[("change", change)]));
            }
        });
    ui.label(RichText::new(say.get("dialog-repair-unchanged")).weak());
    ui.add_space(10.0);
    ui.horizontal(|ui| {
        if ui.button(say.get("dialog-repair-open")).clicked() {
            return Some(Choice::OpenRepaired(path.to_owned()));
        }
        cancel(ui)
    })
    .inner
}

fn changed_on_disk_body(ui: &mut egui::Ui, path: &std::path::Path) -> Option<Choice> {
    let say = words::ui();
    ui.heading(say.get("dialog-changed-title"));
    ui.label(say.with(
        "dialog-changed-body",
        &[("path", &path.display().to_string())],
    ));
    ui.add_space(10.0);
    ui.horizontal(|ui| {
        if ui.button(say.get("dialog-changed-overwrite")).clicked() {
            return Some(Choice::Overwrite(path.to_owned()));
        }
        if ui
            .button(say.get("dialog-changed-save-elsewhere"))
            .clicked()
        {
            return Some(Choice::SaveElsewhere);
        }
        cancel(ui)
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
    let say = words::ui();
    ui.heading(say.get("recover-title"));
    ui.label(match original {
        Some(path) => say.with(
            "recover-body-file",
            &[("time", saved_at), ("path", &path.display().to_string())],
        ),
        None => say.with("recover-body-unsaved", &[("time", saved_at)]),
    });
    let locked = passphrase.is_some();
    let typed = passphrase.map(|text| {
        ui.label(say.get("recover-locked"));
        passphrase_field(ui, say.get("dialog-passphrase"), text);
        text.clone()
    });
    if let Some(error) = error {
        ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
    }
    ui.add_space(10.0);
    ui.horizontal(|ui| {
        let enter = locked && ui.input(|i| i.key_pressed(Key::Enter));
        if ui.button(say.get("recover-button")).clicked() || enter {
            return Some(Choice::Recover(typed.clone()));
        }
        ui.button(say.get("recover-discard"))
            .clicked()
            .then_some(Choice::DiscardRecovery)
    })
    .inner
}

/// The Cancel button most dialogs end with.
fn cancel(ui: &mut egui::Ui) -> Option<Choice> {
    ui.button(words::ui().get("dialog-cancel"))
        .clicked()
        .then_some(Choice::Close)
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
    let say = words::ui();
    ui.heading(say.get("dialog-unlock-title"));
    ui.label(say.with(
        "dialog-unlock-body",
        &[("path", &path.display().to_string())],
    ));
    let field = passphrase_field(ui, say.get("dialog-passphrase"), text);
    if ui.memory(|m| m.focused().is_none()) && !field.lost_focus() {
        field.request_focus();
    }
    if let Some(error) = error {
        ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
    }
    let submitted = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    ui.horizontal(|ui| {
        if (ui.button(say.get("dialog-unlock-open")).clicked() || submitted) && !text.is_empty() {
            return Some(Choice::Unlock(path.to_owned(), std::mem::take(text)));
        }
        cancel(ui)
    })
    .inner
}

fn rename_body(ui: &mut egui::Ui, id: &crate::model::ActorId, text: &mut String) -> Option<Choice> {
    let say = words::ui();
    ui.heading(say.get("dialog-rename-title"));
    let label = ui.label(say.get("dialog-rename-label"));
    let field = ui
        .add(egui::TextEdit::singleline(text).desired_width(360.0))
        .labelled_by(label.id);
    if ui.memory(|m| m.focused().is_none()) && !field.lost_focus() {
        field.request_focus();
    }
    let submitted = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    ui.horizontal(|ui| {
        let named = !text.trim().is_empty();
        let button = egui::Button::new(say.get("dialog-rename-button"));
        if (ui.add_enabled(named, button).clicked() || submitted) && named {
            return Some(Choice::Rename(id.clone(), text.trim().to_owned()));
        }
        cancel(ui)
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
    let say = words::ui();
    ui.heading(say.get("dialog-lock-title"));
    ui.label(say.get("dialog-lock-body"));
    let first_field = passphrase_field(ui, say.get("dialog-passphrase"), first);
    let second_field = passphrase_field(ui, say.get("dialog-passphrase-again"), second);
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
        if ui.button(say.get("dialog-lock-button")).clicked() || submitted {
            if first.chars().count() < MIN_PASSPHRASE {
                *error = Some(say.counted("dialog-lock-too-short", MIN_PASSPHRASE));
                first_field.request_focus();
            } else if first != second {
                *error = Some(say.get("dialog-lock-differ").to_owned());
                second_field.request_focus();
            } else {
                return Some(Choice::SetLock(std::mem::take(first)));
            }
        }
        cancel(ui)
    })
    .inner
}

fn confirm_body(ui: &mut egui::Ui, action: &PendingAction) -> Option<Choice> {
    let say = words::ui();
    ui.heading(say.get("dialog-confirm-title"));
    ui.label(action.question());
    ui.add_space(10.0);
    ui.horizontal(|ui| {
        if ui.button(say.get("dialog-confirm-save")).clicked() {
            return Some(Choice::SaveThen(action.clone()));
        }
        if ui.button(say.get("dialog-confirm-dont-save")).clicked() {
            return Some(Choice::Perform(action.clone()));
        }
        cancel(ui)
    })
    .inner
}

fn welcome(ui: &mut egui::Ui) -> Option<Choice> {
    let mut choice = None;
    let say = words::ui();
    ui.heading(say.get("dialog-welcome-title"));
    ui.label(say.get("dialog-welcome-intro"));
    ui.add_space(8.0);
    if ui
        .button(RichText::new(say.get("dialog-welcome-empty")).strong())
        .clicked()
    {
        choice = Some(Choice::Close);
    }
    ui.add_space(8.0);
    ui.label(RichText::new(say.get("dialog-welcome-examples")).weak());
    for (index, example) in EXAMPLES.iter().enumerate() {
        ui.horizontal(|ui| {
            let open = say.with("dialog-welcome-open-example", &[("title", example.title)]);
            if ui.button(open).clicked() {
                choice = Some(Choice::Perform(PendingAction::OpenExample(index)));
            }
            ui.label(example.blurb);
        });
    }
    choice
}

/// The shortcuts overlay: every command with a key, as the commands table defines them.
fn shortcuts_body(ui: &mut egui::Ui) -> Option<Choice> {
    ui.heading(words::ui().get("workshop-shortcuts-heading"));
    ui.label(RichText::new(words::ui().get("workshop-shortcuts-hint")).weak());
    ui.add_space(6.0);
    let ctx = ui.ctx().clone();
    egui::ScrollArea::vertical()
        .max_height(ui.ctx().content_rect().height() * 0.6)
        .show(ui, |ui| {
            egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                for &command in Command::all() {
                    let keys = command.all_shortcuts_text(&ctx);
                    if keys.is_empty() {
                        continue;
                    }
                    ui.label(RichText::new(keys).monospace().strong());
                    ui.label(command.describe());
                    ui.end_row();
                }
            });
        });
    ui.add_space(6.0);
    ui.button(words::ui().get("workshop-close"))
        .clicked()
        .then_some(Choice::Close)
}

#[cfg(test)]
mod tests {
    use super::Dialog;
    use std::path::PathBuf;

    #[test]
    fn debug_output_never_shows_a_typed_passphrase() {
        let secret = "correct horse battery";
        let dialogs = [
            Dialog::Unlock {
                path: PathBuf::from("map.json"),
                text: secret.to_owned(),
                error: Some("wrong passphrase".to_owned()),
            },
            Dialog::SetLock {
                first: secret.to_owned(),
                second: secret.to_owned(),
                error: None,
            },
            Dialog::Recover {
                saved_at: "12:00".to_owned(),
                original: None,
                passphrase: Some(secret.to_owned()),
                error: None,
            },
        ];
        for dialog in &dialogs {
            for shown in [format!("{dialog:?}"), format!("{dialog:#?}")] {
                assert!(!shown.contains("horse"), "{shown}");
                assert!(shown.contains("[hidden]"), "{shown}");
            }
        }
        // What is not secret still shows, to help whoever reads a failure.
        assert!(format!("{:?}", dialogs[0]).contains("map.json"));
        assert!(format!("{:?}", dialogs[0]).contains("wrong passphrase"));
    }
}
