//! The left panel: quick-add, the actor list, and the campaign.

use super::PowermapApp;
use super::widgets::name_text;
use crate::guidance::category_label;
use crate::model::{Actor, Edit, Position, free_position_near};
use crate::words::{self, Words};
use egui::{Key, RichText, ScrollArea, TextEdit, Ui};

/// Which list the left panel shows under quick-add.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LeftTab {
    /// Every actor, with a search field.
    #[default]
    Actors,
    /// What the campaign is about and its theory of change.
    Campaign,
    /// Counts, next actions, rounds, questions and the brainstorm.
    Plan,
}

/// The accessible name of the quick-add field; tests find it by this.
pub fn quick_add_label() -> &'static str {
    words::ui().get("list-quick-add")
}

impl PowermapApp {
    /// The left panel: quick-add always on top, then the actor list or the campaign.
    pub(super) fn left_panel(&mut self, ui: &mut Ui) {
        ui.add_space(4.0);
        self.quick_add(ui);
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            for (tab, id) in [
                (LeftTab::Actors, "list-tab-actors"),
                (LeftTab::Campaign, "list-tab-campaign"),
                (LeftTab::Plan, "list-tab-plan"),
            ] {
                ui.selectable_value(&mut self.panels.left_tab, tab, words::ui().get(id));
            }
        });
        ui.separator();
        match self.panels.left_tab {
            LeftTab::Actors => self.actor_list(ui),
            LeftTab::Campaign => {
                egui::ScrollArea::vertical()
                    .id_salt("campaign")
                    .auto_shrink([false, false])
                    .show(ui, |ui| self.campaign_section(ui));
            }
            LeftTab::Plan => {
                egui::ScrollArea::vertical()
                    .id_salt("plan")
                    .auto_shrink([false, false])
                    .show(ui, |ui| self.plan_section(ui));
            }
        }
    }

    fn quick_add(&mut self, ui: &mut Ui) {
        self.quick_add_field(ui, f32::INFINITY);
    }

    /// The quick-add field: type a name, press Enter, type the next. New actors wait in the
    /// parking lot for the room to place.
    pub(super) fn quick_add_field(&mut self, ui: &mut Ui, width: f32) {
        let label = ui.label(RichText::new(quick_add_label()).strong());
        let response = ui
            .add(
                TextEdit::singleline(&mut self.panels.quick_add)
                    .hint_text(words::ui().get("list-quick-add-hint"))
                    .desired_width(width),
            )
            .labelled_by(label.id);
        if std::mem::take(&mut self.panels.focus_quick_add) {
            response.request_focus();
        }
        if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            let name = self.panels.quick_add.trim().to_owned();
            if !name.is_empty() {
                self.add_actor_named(name);
                self.panels.quick_add.clear();
            }
            // Keep the cursor here: a room calls out names one after another.
            response.request_focus();
        }
    }

    /// Name a new actor, select it, and let it wait in the parking lot: where it belongs is
    /// the room's decision, so it is on no quadrant and in no count until someone places it.
    /// P puts it near the middle of the map, where no one else sits.
    pub(super) fn add_actor_named(&mut self, name: String) {
        let position = free_position_near(self.session(), Position::CENTER);
        let mut actor = Actor::new(name, position);
        actor.id = self.session().fresh_actor_id();
        actor.parked = true;
        self.selection.set_only(actor.id.clone());
        self.status = words::ui().with("list-added", &[("name", &actor.name)]);
        self.edit(Edit::AddActors(vec![actor]));
    }

    /// Every actor (while a reveal runs, only those revealed), with a search field.
    fn actor_list(&mut self, ui: &mut Ui) {
        let count = self.view.listed(self.session()).actors.len();
        ui.label(RichText::new(words::ui().counted("list-heading", count)).strong());
        let filter_label = ui.label(words::ui().get("list-find"));
        ui.add(
            TextEdit::singleline(&mut self.panels.list_filter)
                .hint_text(words::ui().get("list-find-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(filter_label.id);
        let needle = self.panels.list_filter.trim().to_lowercase();
        let listed = self.view.listed(self.session());
        let matches: Vec<usize> = listed
            .actors
            .iter()
            .enumerate()
            .filter(|(_, a)| needle.is_empty() || actor_matches(a, &needle, self.words()))
            .map(|(i, _)| i)
            .collect();
        let row_height = ui.text_style_height(&egui::TextStyle::Button) + 4.0;
        let mut clicked = None;
        ScrollArea::vertical()
            .id_salt("actor list")
            .auto_shrink([false, false])
            .show_rows(ui, row_height, matches.len(), |ui, rows| {
                for &index in &matches[rows] {
                    let actor = &listed.actors[index];
                    let selected = self.selection.contains(&actor.id);
                    let text = name_text(ui, &actor.name, None, actor.is_us);
                    let response = ui.selectable_label(selected, text);
                    if response.clicked() {
                        clicked = Some((actor.id.clone(), ui.input(|i| i.modifiers.shift)));
                    }
                }
            });
        drop(listed);
        if let Some((id, shift)) = clicked {
            if shift {
                self.selection.toggle(id);
            } else {
                self.selection.set_only(id);
            }
        }
    }
}

fn actor_matches(actor: &Actor, needle: &str, words: &'static Words) -> bool {
    actor.name.to_lowercase().contains(needle)
        || actor.tags.iter().any(|t| t.to_lowercase().contains(needle))
        || category_label(&actor.category, words)
            .to_lowercase()
            .contains(needle)
}
