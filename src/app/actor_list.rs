//! The left panel: quick-add, the actor list, and the campaign.

use super::context::PanelContext;
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

/// The left panel's own state: the tab shown, the list's search and the Plan tab's drafts.
#[derive(Default)]
pub struct LeftPanel {
    /// The tab shown under quick-add.
    tab: LeftTab,
    /// The actor list's search text.
    list_filter: String,
    /// The brainstorm prompt shown.
    pub(super) brainstorm_step: usize,
    /// The name typed in the brainstorm field.
    pub(super) brainstorm_name: String,
    /// The name typed for the next round.
    pub(super) round_label: String,
}

/// The quick-add field's state, shared by the left panel and the presentation bar.
#[derive(Default)]
pub struct QuickAdd {
    text: String,
    focus: bool,
}

/// The accessible name of the quick-add field; tests find it by this.
pub fn quick_add_label() -> &'static str {
    words::ui().get("list-quick-add")
}

impl LeftPanel {
    /// Show the Plan tab (where the room's revealed placements are listed).
    pub(super) fn show_plan(&mut self) {
        self.tab = LeftTab::Plan;
    }

    /// The left panel under quick-add: the actor list, the campaign or the plan.
    pub(super) fn ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_>) {
        ui.horizontal(|ui| {
            for (tab, id) in [
                (LeftTab::Actors, "list-tab-actors"),
                (LeftTab::Campaign, "list-tab-campaign"),
                (LeftTab::Plan, "list-tab-plan"),
            ] {
                ui.selectable_value(&mut self.tab, tab, words::ui().get(id));
            }
        });
        ui.separator();
        match self.tab {
            LeftTab::Actors => self.actor_list(ui, cx),
            LeftTab::Campaign => {
                egui::ScrollArea::vertical()
                    .id_salt("campaign")
                    .auto_shrink([false, false])
                    .show(ui, |ui| super::campaign_panel::campaign_section(ui, cx));
            }
            LeftTab::Plan => {
                egui::ScrollArea::vertical()
                    .id_salt("plan")
                    .auto_shrink([false, false])
                    .show(ui, |ui| self.plan_section(ui, cx));
            }
        }
    }

    /// Every actor (while a reveal runs, only those revealed), with a search field.
    fn actor_list(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_>) {
        let count = cx.listed().actors.len();
        ui.label(RichText::new(words::ui().counted("list-heading", count)).strong());
        let filter_label = ui.label(words::ui().get("list-find"));
        ui.add(
            TextEdit::singleline(&mut self.list_filter)
                .hint_text(words::ui().get("list-find-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(filter_label.id);
        let needle = self.list_filter.trim().to_lowercase();
        let listed = cx.listed();
        let matches: Vec<usize> = listed
            .actors
            .iter()
            .enumerate()
            .filter(|(_, a)| needle.is_empty() || actor_matches(a, &needle, cx.words()))
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
                    let selected = cx.selection.contains(&actor.id);
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
                cx.selection.toggle(id);
            } else {
                cx.selection.set_only(id);
            }
        }
    }
}

impl QuickAdd {
    /// Put the cursor in the field on the next frame.
    pub(super) fn focus(&mut self) {
        self.focus = true;
    }

    /// The quick-add field: type a name, press Enter, type the next. New actors wait in the
    /// parking lot for the room to place.
    pub(super) fn ui(&mut self, ui: &mut Ui, width: f32, cx: &mut PanelContext<'_>) {
        let label = ui.label(RichText::new(quick_add_label()).strong());
        let response = ui
            .add(
                TextEdit::singleline(&mut self.text)
                    .hint_text(words::ui().get("list-quick-add-hint"))
                    .desired_width(width),
            )
            .labelled_by(label.id);
        if std::mem::take(&mut self.focus) {
            response.request_focus();
        }
        if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            let name = self.text.trim().to_owned();
            if !name.is_empty() {
                add_actor_named(name, cx);
                self.text.clear();
            }
            // Keep the cursor here: a room calls out names one after another.
            response.request_focus();
        }
    }
}

/// Name a new actor, select it, and let it wait in the parking lot: where it belongs is
/// the room's decision, so it is on no quadrant and in no count until someone places it.
/// P puts it near the middle of the map, where no one else sits.
pub(super) fn add_actor_named(name: String, cx: &mut PanelContext<'_>) {
    let position = free_position_near(cx.session, Position::CENTER);
    let mut actor = Actor::new(name, position);
    actor.id = cx.session.fresh_actor_id();
    actor.parked = true;
    cx.selection.set_only(actor.id.clone());
    cx.out
        .status(words::ui().with("list-added", &[("name", &actor.name)]));
    cx.out.edit(Edit::AddActors(vec![actor]));
}

fn actor_matches(actor: &Actor, needle: &str, words: &'static Words) -> bool {
    actor.name.to_lowercase().contains(needle)
        || actor.tags.iter().any(|t| t.to_lowercase().contains(needle))
        || category_label(&actor.category, words)
            .to_lowercase()
            .contains(needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::context::Detached;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    /// Quick-add alone, with what a context is made of: no app around it.
    #[derive(Default)]
    struct Alone {
        quick_add: QuickAdd,
        parts: Detached,
    }

    #[test]
    fn a_name_typed_into_quick_add_becomes_one_parked_actor_selected_and_announced() {
        let mut h = Harness::builder().build_ui_state(
            |ui, alone: &mut Alone| {
                alone.quick_add.ui(ui, 300.0, &mut alone.parts.context());
            },
            Alone::default(),
        );
        h.get_by_label(quick_add_label()).click();
        h.run();
        h.get_by_label(quick_add_label()).type_text("Mayor Varga");
        h.run();
        assert!(
            h.state().parts.out.is_empty(),
            "nothing is added before Enter"
        );
        h.key_press(Key::Enter);
        h.run();
        let alone = h.state();
        let [(Edit::AddActors(added), _)] = alone.parts.out.edits.as_slice() else {
            panic!(
                "one edit adding actors, got {}",
                alone.parts.out.edits.len()
            );
        };
        assert_eq!(added.len(), 1);
        assert_eq!(added[0].name, "Mayor Varga");
        assert!(added[0].parked, "a new actor waits in the parking lot");
        assert!(alone.parts.selection.len() == 1 && alone.parts.selection.contains(&added[0].id));
        let said = words::ui().with("list-added", &[("name", "Mayor Varga")]);
        assert_eq!(alone.parts.out.status.as_deref(), Some(said.as_str()));
        assert!(
            alone.quick_add.text.is_empty(),
            "the field is ready for the next name"
        );
    }
}
