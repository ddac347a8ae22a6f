//! The Plan tab: counts, the next-action list, the reflection questions and a guided brainstorm.

use super::PowermapApp;
use super::widgets::{Typing, text_block};
use crate::guidance::{brainstorm_prompts, reflection_questions, strategy};
use crate::model::{Edit, Quadrant, Reflection, Slice};
use egui::{Grid, Key, RichText, TextEdit, Ui};

/// The accessible name of the brainstorm's quick-add field.
pub const BRAINSTORM_FIELD: &str = "Name an actor";

impl PowermapApp {
    /// Everything the room needs to decide what to do next.
    pub(super) fn plan_section(&mut self, ui: &mut Ui) {
        self.counts(ui);
        ui.separator();
        self.next_actions(ui);
        ui.separator();
        self.rounds_section(ui);
        ui.separator();
        self.reveal_order_section(ui);
        ui.separator();
        self.reflection(ui);
        ui.separator();
        self.brainstorm(ui);
    }

    fn counts(&self, ui: &mut Ui) {
        let listed = self.listed_session();
        let actors = &listed.actors;
        let on_map = listed.quadrant_counts();
        let words = self.words();
        ui.label(RichText::new("On the map").strong());
        Grid::new("quadrant counts")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                for quadrant in Quadrant::ALL {
                    ui.label(strategy(quadrant, words).name);
                    ui.label(on_map.of(quadrant).to_string());
                    ui.end_row();
                }
                if on_map.on_the_line > 0 {
                    ui.label(words.get("place-on-the-line"));
                    ui.label(on_map.on_the_line.to_string());
                    ui.end_row();
                }
            });
        ui.add_space(4.0);
        ui.label(RichText::new("On the spectrum").strong());
        Grid::new("slice counts")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                for slice in Slice::ALL {
                    ui.label(words.slice(slice));
                    ui.label(
                        actors
                            .iter()
                            .filter(|a| a.spectrum.is_some_and(|p| p.slice == slice))
                            .count()
                            .to_string(),
                    );
                    ui.end_row();
                }
                ui.label(words.get("place-not-placed"));
                ui.label(
                    actors
                        .iter()
                        .filter(|a| a.spectrum.is_none())
                        .count()
                        .to_string(),
                );
                ui.end_row();
            });
    }

    fn next_actions(&mut self, ui: &mut Ui) {
        ui.label(RichText::new("Next action").strong());
        let words = self.words();
        let targets: Vec<(crate::model::ActorId, String)> = self
            .session()
            .actors
            .iter()
            .filter(|a| a.next_action)
            .map(|a| {
                let step = match (a.spectrum, a.aim()) {
                    (Some(p), Some(aim)) if aim != p.slice => {
                        format!("{}, aiming for {}", words.slice(p.slice), words.slice(aim))
                    }
                    (Some(p), _) => words.slice(p.slice).to_owned(),
                    (None, _) => "not on the spectrum yet".to_owned(),
                };
                (a.id.clone(), format!("{}: {step}", a.name))
            })
            .collect();
        if targets.is_empty() {
            ui.label(
                RichText::new("Mark actors as \"Target of our next action\" in the side panel.")
                    .weak(),
            );
        }
        for (id, text) in targets {
            if ui.link(text).clicked() {
                self.selection.set_only(id);
            }
        }
    }

    fn reflection(&mut self, ui: &mut Ui) {
        ui.label(RichText::new("Planning questions").strong());
        let current = self.session().reflection.clone();
        let mut updated = current.clone();
        let mut typing = Typing::default();
        for question in reflection_questions(self.words()) {
            let slot = answer_slot(&mut updated, question.key);
            let before = slot.clone();
            typing.track(text_block(ui, question.text, &before, "Our answer"), slot);
        }
        if updated != current
            && let Some(key) = typing.key
        {
            self.edit_merging(Edit::SetReflection(updated), key);
        }
        self.close_undo_step |= typing.finished;
    }

    fn brainstorm(&mut self, ui: &mut Ui) {
        ui.label(RichText::new("Guided brainstorm").strong());
        let prompts = brainstorm_prompts(self.words());
        let step = self.panels.brainstorm_step.min(prompts.len() - 1);
        ui.label(RichText::new(format!("Prompt {} of {}", step + 1, prompts.len())).weak());
        ui.label(RichText::new(prompts[step]).heading());
        let label = ui.label(BRAINSTORM_FIELD);
        let response = ui
            .add(
                TextEdit::singleline(&mut self.panels.brainstorm_name)
                    .hint_text("Type a name, press Enter")
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            let name = self.panels.brainstorm_name.trim().to_owned();
            if !name.is_empty() {
                self.add_actor_named(name);
                self.panels.brainstorm_name.clear();
            }
            response.request_focus();
        }
        ui.horizontal(|ui| {
            if ui
                .add_enabled(step > 0, egui::Button::new("Previous prompt"))
                .clicked()
            {
                self.panels.brainstorm_step = step - 1;
            }
            if ui
                .add_enabled(step + 1 < prompts.len(), egui::Button::new("Next prompt"))
                .clicked()
            {
                self.panels.brainstorm_step = step + 1;
            }
        });
    }
}

fn answer_slot<'a>(reflection: &'a mut Reflection, key: &str) -> &'a mut String {
    match key {
        "targets" => &mut reflection.targets,
        "resources" => &mut reflection.resources,
        "interests" => &mut reflection.interests,
        _ => &mut reflection.risks,
    }
}
