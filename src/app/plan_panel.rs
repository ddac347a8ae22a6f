//! The Plan tab: counts, the next-action list, rounds, charts of progress, the reflection
//! questions and a guided brainstorm.

use super::actor_list::LeftPanel;
use super::context::PanelContext;
use super::widgets::{Typing, text_block};
use crate::guidance::{brainstorm_prompts, reflection_questions, strategy};
use crate::model::{Edit, Quadrant, Reflection, Slice};
use crate::words;
use egui::{Grid, Key, RichText, TextEdit, Ui};

impl LeftPanel {
    /// Everything the room needs to decide what to do next.
    pub(super) fn plan_section(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_>) {
        Self::counts(ui, cx);
        ui.separator();
        Self::next_actions(ui, cx);
        ui.separator();
        self.rounds_section(ui, cx);
        ui.separator();
        Self::reveal_section(ui, cx);
        ui.separator();
        // Below the rounds, whose bars the last chart draws, so recording stays in reach.
        super::plan_charts::charts(ui, cx);
        ui.separator();
        Self::reveal_order_section(ui, cx);
        ui.separator();
        Self::reflection(ui, cx);
        ui.separator();
        self.brainstorm(ui, cx);
    }

    fn counts(ui: &mut Ui, cx: &PanelContext<'_>) {
        let listed = cx.listed();
        let actors = &listed.actors;
        let on_map = listed.quadrant_counts();
        let map_words = cx.words();
        ui.label(RichText::new(words::ui().get("plan-on-the-map")).strong());
        Grid::new("quadrant counts")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                for quadrant in Quadrant::ALL {
                    ui.label(strategy(quadrant, map_words).name);
                    ui.label(on_map.of(quadrant).to_string());
                    ui.end_row();
                }
                if on_map.on_the_line > 0 {
                    ui.label(map_words.get("place-on-the-line"));
                    ui.label(on_map.on_the_line.to_string());
                    ui.end_row();
                }
            });
        ui.add_space(4.0);
        ui.label(RichText::new(words::ui().get("plan-on-the-spectrum")).strong());
        Grid::new("slice counts")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                for slice in Slice::ALL {
                    ui.label(map_words.slice(slice));
                    ui.label(
                        actors
                            .iter()
                            .filter(|a| a.spectrum.is_some_and(|p| p.slice == slice))
                            .count()
                            .to_string(),
                    );
                    ui.end_row();
                }
                ui.label(map_words.get("place-not-placed"));
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

    fn next_actions(ui: &mut Ui, cx: &mut PanelContext<'_>) {
        ui.label(RichText::new(words::ui().get("plan-next-action")).strong());
        let map_words = cx.words();
        let targets: Vec<(crate::model::ActorId, String)> = cx
            .session
            .actors
            .iter()
            .filter(|a| a.next_action)
            .map(|a| {
                let name = ("name", a.name.as_str());
                let line = match (a.spectrum, a.aim()) {
                    (Some(p), Some(aim)) if aim != p.slice => words::ui().with(
                        "plan-target-aiming",
                        &[
                            name,
                            ("slice", map_words.slice(p.slice)),
                            ("aim", map_words.slice(aim)),
                        ],
                    ),
                    (Some(p), _) => words::ui().with(
                        "plan-target-slice",
                        &[name, ("slice", map_words.slice(p.slice))],
                    ),
                    (None, _) => words::ui().with("plan-target-unplaced", &[name]),
                };
                (a.id.clone(), line)
            })
            .collect();
        if targets.is_empty() {
            ui.label(RichText::new(words::ui().get("plan-no-targets")).weak());
        }
        for (id, text) in targets {
            if ui.link(text).clicked() {
                cx.selection.set_only(id);
            }
        }
    }

    fn reflection(ui: &mut Ui, cx: &mut PanelContext<'_>) {
        ui.label(RichText::new(words::ui().get("plan-questions")).strong());
        let current = cx.session.reflection.clone();
        let mut updated = current.clone();
        let mut typing = Typing::default();
        for question in reflection_questions(cx.words()) {
            let slot = answer_slot(&mut updated, question.key);
            let before = slot.clone();
            typing.track(
                text_block(
                    ui,
                    question.text,
                    &before,
                    words::ui().get("plan-answer-hint"),
                ),
                slot,
            );
        }
        if updated != current
            && let Some(key) = typing.key
        {
            cx.out.edit_merging(Edit::SetReflection(updated), key);
        }
        if typing.finished {
            cx.out.close_undo_step();
        }
    }

    fn brainstorm(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_>) {
        ui.label(RichText::new(words::ui().get("plan-brainstorm")).strong());
        let prompts = brainstorm_prompts(cx.words());
        let step = self.brainstorm_step.min(prompts.len() - 1);
        ui.label(
            RichText::new(words::ui().with(
                "plan-prompt-progress",
                &[
                    ("number", &(step + 1).to_string()),
                    ("total", &prompts.len().to_string()),
                ],
            ))
            .weak(),
        );
        ui.label(RichText::new(prompts[step]).heading());
        let label = ui.label(words::ui().get("plan-brainstorm-field"));
        let response = ui
            .add(
                TextEdit::singleline(&mut self.brainstorm_name)
                    .hint_text(words::ui().get("plan-brainstorm-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            let name = self.brainstorm_name.trim().to_owned();
            if !name.is_empty() {
                super::actor_list::add_actor_named(name, cx);
                self.brainstorm_name.clear();
            }
            response.request_focus();
        }
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    step > 0,
                    egui::Button::new(words::ui().get("plan-previous-prompt")),
                )
                .clicked()
            {
                self.brainstorm_step = step - 1;
            }
            if ui
                .add_enabled(
                    step + 1 < prompts.len(),
                    egui::Button::new(words::ui().get("plan-next-prompt")),
                )
                .clicked()
            {
                self.brainstorm_step = step + 1;
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
