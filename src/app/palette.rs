//! The command palette (Ctrl+Shift+P or F1): type part of a command's name or of what it
//! does, choose with the arrows, run it with Enter. It lists the whole commands table, so a
//! facilitator finds a command mid-workshop without knowing which menu holds it.

use super::commands::Command;
use crate::words;
use egui::{Align2, Button, Id, Key, Modal, Modifiers, RichText, ScrollArea, TextEdit};

/// The palette's own state: whether it shows, what is typed, which match is chosen.
#[derive(Debug, Default)]
pub struct CommandPalette {
    open: bool,
    query: String,
    chosen: usize,
}

/// A key the palette answers itself, read before its text field sees it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PaletteKey {
    Down,
    Up,
    Run,
    Close,
}

impl CommandPalette {
    /// Whether the palette shows (the window's shortcuts wait meanwhile).
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// The palette, open and empty, with every command listed.
    pub fn opened() -> Self {
        Self {
            open: true,
            ..Self::default()
        }
    }

    /// Draw the palette while it is open; the command to run, when one was chosen. Commands
    /// that cannot run now (`can_run`) are listed greyed and are not run.
    pub fn show(
        &mut self,
        ctx: &egui::Context,
        can_run: impl Fn(Command) -> bool,
    ) -> Option<Command> {
        if !self.open {
            return None;
        }
        let key = ctx.input_mut(|input| {
            // The palette's own shortcut closes it again.
            let shortcut = Command::CommandPalette
                .spec()
                .shortcuts
                .iter()
                .any(|shortcut| input.consume_shortcut(shortcut));
            let mut pressed = |key| input.consume_key(Modifiers::NONE, key);
            if shortcut || pressed(Key::Escape) {
                Some(PaletteKey::Close)
            } else if pressed(Key::Enter) {
                Some(PaletteKey::Run)
            } else if pressed(Key::ArrowDown) {
                Some(PaletteKey::Down)
            } else if pressed(Key::ArrowUp) {
                Some(PaletteKey::Up)
            } else {
                None
            }
        });
        let found = matches(&self.query);
        match key {
            Some(PaletteKey::Down) => self.chosen += 1,
            Some(PaletteKey::Up) => self.chosen = self.chosen.saturating_sub(1),
            _ => {}
        }
        self.chosen = self.chosen.min(found.len().saturating_sub(1));
        let mut clicked = None;
        let id = Id::unique("command palette");
        let area = Modal::default_area(id).anchor(Align2::CENTER_TOP, egui::vec2(0.0, 60.0));
        let modal = Modal::new(id).area(area).show(ctx, |ui| {
            ui.set_width(520.0_f32.min(ctx.content_rect().width() - 40.0));
            let title = ui.label(RichText::new(words::ui().get("palette-title")).strong());
            let field = ui
                .add(
                    TextEdit::singleline(&mut self.query)
                        .hint_text(words::ui().get("palette-search-hint"))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(title.id);
            // The keyboard stays in the field: arrows and Enter are the palette's.
            field.request_focus();
            if field.changed() {
                self.chosen = 0;
            }
            ui.add_space(4.0);
            ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
                if found.is_empty() {
                    ui.label(RichText::new(words::ui().get("palette-nothing-found")).weak());
                }
                for (index, &command) in found.iter().enumerate() {
                    // Full width, so the keys line up at the right edge.
                    let row = Button::selectable(index == self.chosen, command.describe())
                        .shortcut_text(command.all_shortcuts_text(ui.ctx()))
                        .min_size(egui::vec2(ui.available_width(), 0.0));
                    let response = ui.add_enabled(can_run(command), row);
                    if index == self.chosen
                        && matches!(key, Some(PaletteKey::Up | PaletteKey::Down))
                    {
                        response.scroll_to_me(None);
                    }
                    if response.clicked() {
                        clicked = Some(command);
                    }
                }
            });
            ui.separator();
            if let Some(&command) = found.get(self.chosen) {
                let about = if can_run(command) {
                    command.description()
                } else {
                    words::ui().get("palette-unavailable").to_owned()
                };
                ui.label(about);
            }
            ui.label(
                RichText::new(words::ui().get("palette-keys"))
                    .weak()
                    .small(),
            );
        });
        let chosen = found.get(self.chosen).copied();
        let run = key == Some(PaletteKey::Run);
        let ran = clicked.or(chosen.filter(|&c| run && can_run(c)));
        if ran.is_some() || key == Some(PaletteKey::Close) || modal.backdrop_response.clicked() {
            self.open = false;
        }
        ran
    }
}

/// The commands that hold every word typed in their name, label or description, best first:
/// names that start with what was typed, then names that hold every word, then the rest, each
/// in the table's order. An empty query lists every command.
pub fn matches(query: &str) -> Vec<Command> {
    let query = query.trim().to_lowercase();
    let typed: Vec<&str> = query.split_whitespace().collect();
    let mut found: Vec<(u8, Command)> = Command::all()
        .iter()
        .filter(|&&command| command != Command::CommandPalette)
        .filter_map(|&command| {
            let name = command.describe().to_lowercase();
            let label = command.label().to_lowercase();
            let about = command.description().to_lowercase();
            let in_name = |word: &&str| name.contains(word) || label.contains(word);
            let rank = if name.starts_with(&query) || label.starts_with(&query) {
                0
            } else if typed.iter().all(in_name) {
                1
            } else if typed
                .iter()
                .all(|word| in_name(word) || about.contains(word))
            {
                2
            } else {
                return None;
            };
            Some((rank, command))
        })
        .collect();
    found.sort_by_key(|&(rank, _)| rank);
    found.into_iter().map(|(_, command)| command).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Slice;

    #[test]
    fn an_empty_query_lists_every_command_but_the_palette() {
        let all = matches("  ");
        assert_eq!(all.len(), Command::all().len() - 1);
        assert!(!all.contains(&Command::CommandPalette));
    }

    #[test]
    fn names_that_start_with_the_query_come_first() {
        assert_eq!(matches("sav").first(), Some(&Command::Save));
        assert_eq!(matches("SAVE AS").first(), Some(&Command::SaveAs));
        assert_eq!(matches("spectrum").first(), Some(&Command::ShowSpectrum));
    }

    #[test]
    fn words_in_any_order_and_descriptions_are_searched() {
        // "Encrypt" is only in the lock's description.
        assert_eq!(matches("encrypt"), vec![Command::Lock]);
        assert!(matches("allies passive").contains(&Command::ToSlice(Slice::PassiveAllies)));
        assert!(matches("projector").contains(&Command::Present));
        assert!(matches("no such command anywhere").is_empty());
    }
}
