//! The right panel: every field of the selected actor, its strategy and its connections.

use super::PowermapApp;
use super::widgets::{Typing, labelled_combo, merge_key, text_block, text_line};
use crate::guidance::{BUILT_IN_CATEGORIES, category_label, on_the_line_note, strategy};
use crate::model::{
    Actor, ActorId, ActorKind, Edit, Position, Relationship, RelationshipKind, Session, Tie,
};
use crate::words::Words;
use egui::{RichText, Slider, Ui};

/// The heading above the strategy suggestion; tests look for it.
pub const STRATEGY_HEADING: &str = "Suggested strategy";

impl PowermapApp {
    /// The inspector panel.
    pub(super) fn inspector(&mut self, ui: &mut Ui) {
        egui::ScrollArea::vertical()
            .id_salt("inspector")
            .show(ui, |ui| {
                ui.add_space(4.0);
                if self.is_looking_back() {
                    ui.label(
                        RichText::new("An earlier round is shown. Go back to now to edit.")
                            .strong(),
                    );
                    ui.disable();
                }
                if self.revealed_count().is_some() {
                    // Nothing here may show an actor before its turn, nor change the map.
                    ui.label(
                        RichText::new("Revealing the map: editing waits until the reveal ends.")
                            .strong(),
                    );
                    nothing_selected(ui, &self.listed_session());
                    return;
                }
                let primary = self.selection.primary().cloned();
                let actor = primary.and_then(|id| self.session().actor(&id).cloned());
                match (actor, self.selection.len()) {
                    (_, n) if n > 1 => self.multi_selection(ui, n),
                    (Some(actor), _) => self.actor_inspector(ui, &actor),
                    (None, _) => nothing_selected(ui, self.session()),
                }
            });
    }

    fn multi_selection(&mut self, ui: &mut Ui, count: usize) {
        ui.heading(format!(
            "{} selected",
            crate::words::count(count, "actor", "actors")
        ));
        ui.label("Drag any of them on the map to move them together.");
        ui.horizontal(|ui| {
            if ui.button("Duplicate all").clicked() {
                self.duplicate_selection();
            }
            if ui.button("Delete all").clicked() {
                let ids = self.selection.in_session_order(self.session());
                self.edit(Edit::DeleteActors(ids));
            }
        });
    }

    fn actor_inspector(&mut self, ui: &mut Ui, actor: &Actor) {
        let mut updated = actor.clone();
        let mut typing = Typing::default();

        typing.track(
            text_line(ui, "Name", &actor.name, "Who is it?"),
            &mut updated.name,
        );
        if actor.parked {
            ui.label(
                RichText::new(
                    "In the parking lot: not placed on the power map yet. Drag it onto the map, set its position below, or press P.",
                )
                .italics(),
            );
        } else {
            Self::strategy_box(ui, actor.position, self.words());
        }
        ui.add_space(6.0);
        let words = self.words();
        labelled_combo(ui, "Kind", "kind", words.kind(actor.kind), 140.0, |ui| {
            for kind in ActorKind::ALL {
                ui.selectable_value(&mut updated.kind, kind, words.kind(kind));
            }
        });
        self.category_picker(ui, &mut updated);
        ui.add_space(4.0);
        if let Some(position) = position_sliders(ui, actor.position) {
            // Setting a position is placing the actor, as a drag onto the map is.
            updated.position = position;
            updated.parked = false;
        }
        ui.add_space(4.0);
        self.spectrum_section(ui, actor, &mut updated);
        ui.add_space(4.0);
        flags(ui, actor, &mut updated, &mut typing);
        self.tags_field(ui, actor, &mut updated, &mut typing);
        typing.track(
            text_line(
                ui,
                "Contact person",
                &actor.contact,
                "Who do we talk to there?",
            ),
            &mut updated.contact,
        );
        typing.track(
            text_block(ui, "Notes", &actor.notes, "Private notes"),
            &mut updated.notes,
        );
        self.parent_picker(ui, &mut updated);
        links(ui, actor, &mut updated);

        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button("Duplicate").clicked() {
                self.duplicate_selection();
            }
            if ui.button("Delete").clicked() {
                self.edit(Edit::DeleteActors(vec![actor.id.clone()]));
            }
        });

        if updated != *actor {
            match typing.key {
                Some(key) => self.edit_merging(Edit::UpdateActor(updated), key),
                None => self.edit(Edit::UpdateActor(updated)),
            }
        }
        self.close_undo_step |= typing.finished;

        ui.separator();
        self.connections(ui, &actor.id);
    }

    /// While the tags field is being typed in, it shows the draft as typed (a trailing
    /// comma included); the stored tags are the cleaned-up list.
    fn tags_field(&mut self, ui: &mut Ui, actor: &Actor, updated: &mut Actor, typing: &mut Typing) {
        let draft = match &self.panels.tags_draft {
            Some((id, text)) if *id == actor.id => text.clone(),
            _ => actor.tags.join(", "),
        };
        let mut tags_text = draft.clone();
        let tags = text_line(ui, "Tags", &draft, "Separated by commas");
        let (focused, done) = (tags.response.has_focus(), tags.finished);
        typing.track(tags, &mut tags_text);
        updated.tags = split_tags(&tags_text);
        self.panels.tags_draft = (focused && !done).then(|| (actor.id.clone(), tags_text));
    }

    fn strategy_box(ui: &mut Ui, position: Position, words: &'static Words) {
        let Some(quadrant) = position.quadrant() else {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(words.get("place-on-the-line")).heading());
                ui.label(on_the_line_note(words));
            });
            return;
        };
        let advice = strategy(quadrant, words);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(STRATEGY_HEADING).weak());
            ui.label(RichText::new(advice.name).heading());
            ui.label(advice.summary);
            if let Some(caveat) = advice.caveat {
                ui.label(RichText::new(caveat).italics());
            }
        });
    }

    fn category_picker(&mut self, ui: &mut Ui, actor: &mut Actor) {
        let custom = self.session().custom_categories.clone();
        let words = self.words();
        let shown = if actor.category.is_empty() {
            "None".to_owned()
        } else {
            category_label(&actor.category, words).to_owned()
        };
        {
            labelled_combo(ui, "Category", "category", shown, 200.0, |ui| {
                ui.selectable_value(&mut actor.category, String::new(), "None");
                ui.label(RichText::new("Kinds of partner").weak());
                for c in BUILT_IN_CATEGORIES.iter().filter(|c| !c.is_role) {
                    ui.selectable_value(&mut actor.category, c.key.to_owned(), c.label(words));
                }
                ui.label(RichText::new("Roles").weak());
                for c in BUILT_IN_CATEGORIES.iter().filter(|c| c.is_role) {
                    ui.selectable_value(&mut actor.category, c.key.to_owned(), c.label(words));
                }
                if !custom.is_empty() {
                    ui.label(RichText::new("Our own").weak());
                    for name in &custom {
                        ui.selectable_value(&mut actor.category, name.clone(), name);
                    }
                }
            });
        }
        ui.horizontal(|ui| {
            let label = ui.label("New category");
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut self.panels.new_category)
                        .hint_text("Our own category")
                        .desired_width(140.0),
                )
                .labelled_by(label.id);
            let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button("Add").clicked() || entered)
                && !self.panels.new_category.trim().is_empty()
            {
                let name = self.panels.new_category.trim().to_owned();
                self.panels.new_category.clear();
                self.edit(Edit::AddCategory(name.clone()));
                actor.category = name;
            }
        });
    }

    fn parent_picker(&self, ui: &mut Ui, actor: &mut Actor) {
        let session = self.session();
        let current = actor
            .parent
            .as_ref()
            .and_then(|p| session.actor(p))
            .map_or_else(|| "None".to_owned(), |p| p.name.clone());
        labelled_combo(ui, "Part of", "parent", current, 200.0, |ui| {
            ui.selectable_value(&mut actor.parent, None, "None");
            for candidate in session
                .actors
                .iter()
                .filter(|c| session.can_be_parent(&actor.id, &c.id))
            {
                ui.selectable_value(
                    &mut actor.parent,
                    Some(candidate.id.clone()),
                    &candidate.name,
                );
            }
        })
        .on_hover_text("The group or institution this actor belongs to");
    }

    fn connections(&mut self, ui: &mut Ui, actor_id: &ActorId) {
        let session = self.session();
        let rels: Vec<(Relationship, String)> = session
            .connections(actor_id)
            .map(|rel| {
                let other = session
                    .actor(rel.other_end(actor_id))
                    .map_or_else(|| "?".to_owned(), |a| a.name.clone());
                (rel.clone(), other)
            })
            .collect();
        ui.label(RichText::new(format!("Connections ({})", rels.len())).strong());
        let words = self.words();
        for (rel, other) in &rels {
            ui.push_id(&rel.id, |ui| {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    let mut updated = rel.clone();
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(other.as_str()).strong());
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            if ui.small_button("Remove").clicked() {
                                self.edit(Edit::DeleteRelationship(rel.id.clone()));
                            }
                        });
                    });
                    ui.horizontal(|ui| {
                        let kind = words.relationship(rel.kind);
                        labelled_combo(ui, "Kind", "kind", kind, 110.0, |ui| {
                            for kind in RelationshipKind::ALL {
                                let name = words.relationship(kind);
                                ui.selectable_value(&mut updated.kind, kind, name);
                            }
                        });
                        labelled_combo(ui, "Tie", "tie", words.tie(rel.tie), 110.0, |ui| {
                            for tie in Tie::ALL {
                                ui.selectable_value(&mut updated.tie, tie, words.tie(tie));
                            }
                        });
                    });
                    let label = text_line(ui, "Label", &rel.label, "Optional");
                    let typing = label.text.is_some();
                    if let Some(text) = label.text {
                        updated.label = text;
                    }
                    if updated != *rel {
                        if typing {
                            self.edit_merging(
                                Edit::UpdateRelationship(updated),
                                merge_key(label.response.id),
                            );
                        } else {
                            self.edit(Edit::UpdateRelationship(updated));
                        }
                    }
                    self.close_undo_step |= label.finished;
                });
            });
        }
        self.add_connection(ui, actor_id);
    }

    fn add_connection(&mut self, ui: &mut Ui, actor_id: &ActorId) {
        let session = self.doc.session();
        ui.add_space(4.0);
        ui.label(RichText::new("Or drag from the + handle beside the actor on the map.").weak());
        let chosen = self
            .panels
            .link_target
            .as_ref()
            .and_then(|id| session.actor(id))
            .map_or("Choose…", |a| a.name.as_str());
        let mut target = self.panels.link_target.clone();
        let mut new_link = None;
        labelled_combo(ui, "Connect to", "link target", chosen, 160.0, |ui| {
            for other in session.actors.iter().filter(|a| &a.id != actor_id) {
                ui.selectable_value(&mut target, Some(other.id.clone()), &other.name);
            }
        });
        ui.horizontal(|ui| {
            for kind in RelationshipKind::ALL {
                let add = ui.add_enabled(
                    target.is_some(),
                    egui::Button::new(format!(
                        "Add {}",
                        Words::english().relationship(kind).to_lowercase()
                    )),
                );
                if add.clicked() {
                    new_link = target
                        .take()
                        .map(|to| Relationship::new(actor_id.clone(), to, kind));
                }
            }
        });
        self.panels.link_target = target;
        if let Some(rel) = new_link {
            self.edit(Edit::AddRelationship(rel));
        }
    }
}

/// The support and influence sliders; the new position if the user moved one.
fn position_sliders(ui: &mut Ui, position: Position) -> Option<Position> {
    ui.label(RichText::new("Position").strong());
    let (mut support, mut influence) = (position.support, position.influence);
    // Clamping only on edits: clamping on sight would round stored values and count as an edit.
    let support_changed = ui
        .add(
            Slider::new(&mut support, -1.0..=1.0)
                .text("Support")
                .fixed_decimals(2)
                .clamping(egui::SliderClamping::Edits),
        )
        .on_hover_text("-1 strongly opposed, 0 neutral, 1 strongly supportive")
        .changed();
    let influence_changed = ui
        .add(
            Slider::new(&mut influence, 0.0..=1.0)
                .text("Influence")
                .fixed_decimals(2)
                .clamping(egui::SliderClamping::Edits),
        )
        .on_hover_text("0 little influence, 1 decisive influence")
        .changed();
    (support_changed || influence_changed).then(|| Position::clamped(support, influence))
}

/// The "us" and "uncertain" flags, and the research note when uncertain.
fn flags(ui: &mut Ui, actor: &Actor, updated: &mut Actor, typing: &mut Typing) {
    ui.checkbox(&mut updated.is_us, "This is us (the mapping organization)");
    ui.checkbox(
        &mut updated.uncertain,
        "Uncertain: the room is not sure where it belongs",
    );
    if updated.uncertain {
        typing.track(
            text_line(
                ui,
                "What would settle it",
                &actor.uncertain_note,
                "Who could we ask? What could we read?",
            ),
            &mut updated.uncertain_note,
        );
    }
}

fn split_tags(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

fn nothing_selected(ui: &mut Ui, session: &Session) {
    let words = Words::for_session(session);
    ui.heading("No actor selected");
    ui.label("Click an actor on the map to see its suggested strategy and edit it. Shift-click or drag a rectangle to select several.");
    ui.add_space(8.0);
    ui.label(RichText::new("On this map").strong());
    let counts = session.quadrant_counts();
    for quadrant in crate::model::Quadrant::ALL {
        ui.label(format!(
            "{}: {}",
            strategy(quadrant, words).name,
            counts.of(quadrant)
        ));
    }
    if counts.on_the_line > 0 {
        ui.label(format!(
            "{}: {}",
            words.get("place-on-the-line"),
            counts.on_the_line
        ));
    }
}

/// Links kept from an import: text to copy, never opened or fetched by the app; each can be
/// removed.
fn links(ui: &mut Ui, actor: &Actor, updated: &mut Actor) {
    if actor.links.is_empty() {
        return;
    }
    ui.label(RichText::new("Links (kept from an import; never opened by powermap)").weak());
    for (i, link) in actor.links.iter().enumerate() {
        ui.horizontal(|ui| {
            if ui
                .small_button("Remove")
                .on_hover_text("Forget this link")
                .clicked()
            {
                updated
                    .links
                    .remove(i.min(updated.links.len().saturating_sub(1)));
            }
            let shown = if link.chars().count() > 48 {
                format!("{}…", link.chars().take(47).collect::<String>())
            } else {
                link.clone()
            };
            ui.add(egui::Label::new(shown).selectable(true))
                .on_hover_text(link);
        });
    }
}
