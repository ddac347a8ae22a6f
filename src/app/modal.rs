//! The one modal slot. Whatever holds the window's attention, a question, an error, the
//! command palette, the export or the import dialog, lives in `PowermapApp::modal`, so two can
//! never stack up by accident and the window's shortcuts know when to wait. Dialogs draw and
//! answer; this file (and `export_run.rs`, `import_run.rs`) carries out the answer. The in-app
//! file dialog is the one window that may show above the modal: the export or import dialog
//! that asked for a file waits, hidden, until it is answered.

use super::PowermapApp;
use super::dialogs::{Choice, Dialog};
use super::export_dialog::ExportDialog;
use super::file_browser::BrowseRequest;
use super::import_dialog::ImportDialog;
use super::palette::CommandPalette;
use super::room::OpenRoomDialog;
use super::share::{ApartDialog, JoinDialog, ShareDialog};
use crate::storage::SecretString;

/// What holds the window's attention.
pub enum Modal {
    /// A question or a message.
    Dialog(Dialog),
    /// The command palette.
    Palette(CommandPalette),
    /// File > Export.
    Export(Box<ExportDialog>),
    /// File > Import or Merge.
    Import(Box<ImportDialog>),
    /// Workshop > Open the room.
    Room(Box<OpenRoomDialog>),
    /// File > Share on this network.
    Share(Box<ShareDialog>),
    /// File > Join a shared session.
    Join(Box<JoinDialog>),
    /// The actors moved on both sides while apart, from the share bar.
    PlacedApart(Box<ApartDialog>),
}

/// The dialog's own `Debug` (which hides passphrases), or which other modal it is.
impl std::fmt::Debug for Modal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Dialog(dialog) => dialog.fmt(f),
            Self::Palette(palette) => palette.fmt(f),
            Self::Export(_) => f.write_str("Export"),
            Self::Import(_) => f.write_str("Import"),
            Self::Room(_) => f.write_str("Room"),
            Self::Share(_) => f.write_str("Share"),
            Self::Join(_) => f.write_str("Join"),
            Self::PlacedApart(_) => f.write_str("PlacedApart"),
        }
    }
}

impl PowermapApp {
    /// Show the in-app file dialog for `request` from the end of this frame on (where the
    /// native dialog is not available).
    pub(super) fn browse(&self, request: BrowseRequest) {
        self.file_browser.request(request);
    }

    /// Draw the in-app file dialog if one is open or was asked for, and carry on with the
    /// chosen file.
    pub(super) fn show_file_browser(&mut self, ctx: &egui::Context) {
        let folders = self.dialogs.user_folders();
        if let Some((then, path)) = self.file_browser.show(ctx, &folders) {
            then(self, path);
        }
    }

    /// Show `dialog`, in place of whatever modal was up.
    pub(super) fn ask(&mut self, dialog: Dialog) {
        self.modal = Some(Modal::Dialog(dialog));
    }

    /// The dialog showing, if the modal up is one.
    pub(super) fn dialog(&self) -> Option<&Dialog> {
        match &self.modal {
            Some(Modal::Dialog(dialog)) => Some(dialog),
            _ => None,
        }
    }

    /// The export dialog, when it is the modal up.
    pub(super) fn export_dialog_mut(&mut self) -> Option<&mut ExportDialog> {
        match &mut self.modal {
            Some(Modal::Export(dialog)) => Some(dialog),
            _ => None,
        }
    }

    /// The import dialog, when it is the modal up.
    pub(super) fn import_dialog_mut(&mut self) -> Option<&mut ImportDialog> {
        match &mut self.modal {
            Some(Modal::Import(dialog)) => Some(dialog),
            _ => None,
        }
    }

    /// Close the import dialog, if it is the modal up.
    pub(super) fn close_import_dialog(&mut self) {
        if matches!(self.modal, Some(Modal::Import(_))) {
            self.modal = None;
        }
    }

    /// Draw the modal that is up, and carry out what was chosen in it.
    pub(super) fn show_modal(&mut self, ctx: &egui::Context) {
        let Some(modal) = self.modal.take() else {
            return;
        };
        let modal = match modal {
            // A file dialog asked for by the export or import dialog takes its place until
            // answered.
            Modal::Export(_) | Modal::Import(_) if self.file_browser.is_open() => modal,
            Modal::Export(dialog) => {
                self.show_export_dialog(ctx, *dialog);
                return;
            }
            Modal::Import(dialog) => {
                self.show_import_dialog(ctx, *dialog);
                return;
            }
            Modal::Room(dialog) => {
                self.show_room_dialog(ctx, *dialog);
                return;
            }
            Modal::Share(dialog) => {
                self.show_share_dialog(ctx, *dialog);
                return;
            }
            Modal::Join(dialog) => {
                self.show_join_dialog(ctx, *dialog);
                return;
            }
            Modal::PlacedApart(dialog) => {
                self.show_apart_dialog(ctx, *dialog);
                return;
            }
            Modal::Dialog(mut dialog) => match dialog.show(ctx) {
                Some(choice) => {
                    self.act_on(choice, dialog);
                    return;
                }
                None => Modal::Dialog(dialog),
            },
            Modal::Palette(mut palette) => {
                if let Some(command) = palette.show(ctx, |command| self.command_enabled(command)) {
                    self.out.command(command);
                }
                if !palette.is_open() {
                    return;
                }
                Modal::Palette(palette)
            }
        };
        // What was chosen may have put up another modal meanwhile; that one stays.
        if self.modal.is_none() {
            self.modal = Some(modal);
        }
    }

    /// Carry out what was chosen in `dialog`, which has closed.
    fn act_on(&mut self, choice: Choice, dialog: Dialog) {
        match choice {
            Choice::Close => {}
            Choice::Recover(passphrase) => {
                if let Err(error) = self.recover(passphrase.map(SecretString::from)) {
                    self.offer_recovery();
                    if let Some(Modal::Dialog(Dialog::Recover { error: slot, .. })) =
                        self.modal.as_mut()
                    {
                        *slot = Some(error);
                    }
                }
            }
            Choice::Unlock(path, passphrase) => {
                self.open_locked(&path, SecretString::from(passphrase));
            }
            Choice::SetLock(passphrase) => self.set_lock(Some(SecretString::from(passphrase))),
            Choice::Rename(id, name) => self.rename_actor(&id, name),
            Choice::OpenRepaired(path) => {
                if let Dialog::OfferRepair { repaired, .. } = dialog {
                    self.open_repaired(&path, *repaired);
                }
            }
            Choice::Overwrite(path) => self.save_to(&path, None),
            Choice::SaveElsewhere => self.save_as(None),
            Choice::DiscardRecovery => self.discard_recovery(),
            Choice::Perform(action) => self.perform(action),
            // The save runs the action itself once the file is written: frames later, when
            // its job is done (or the in-app file dialog answered).
            Choice::SaveThen(action) => self.save_then(Some(action)),
            Choice::SavePrintout => {
                if let Dialog::PrintFailed { pdf, .. } = dialog {
                    self.save_printout(pdf);
                }
            }
        }
    }
}
