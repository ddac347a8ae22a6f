//! The right panel: every field of the selected actor, its strategy and its connections.

use super::commands::Command;
use super::context::PanelContext;
use super::widgets::{Typing, labelled_combo, merge_key, text_block, text_line};
use crate::guidance::{BUILT_IN_CATEGORIES, category_label, on_the_line_note, strategy};
use crate::model::{
    Actor, ActorId, ActorKind, Edit, Position, Relationship, RelationshipKind, Session, Tie,
};
use crate::words::{self, Words};
use egui::{RichText, Slider, Ui};

/// The inspector's own state: what is being typed before it becomes an edit.
#[derive(Default)]
pub struct Inspector {
    /// The name of a category being added.
    new_category: String,
    /// The actor a new connection would link to.
    link_target: Option<ActorId>,
    /// The tags text being typed, and whose tags they are.
    tags_draft: Option<(ActorId, String)>,
}

impl Inspector {
    /// The inspector panel.
    pub(super) fn ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_>) {
        egui::ScrollArea::vertical()
            .id_salt("inspector")
            .show(ui, |ui| {
                ui.add_space(4.0);
                if cx.view.is_looking_back(cx.session) {
                    ui.label(RichText::new(words::ui().get("inspector-looking-back")).strong());
                    ui.disable();
                }
                if cx.view.revealed_count().is_some() {
                    // Nothing here may show an actor before its turn, nor change the map.
                    ui.label(RichText::new(words::ui().get("inspector-revealing")).strong());
                    nothing_selected(ui, &cx.listed());
                    return;
                }
                let primary = cx.selection.primary().cloned();
                let actor = primary.and_then(|id| cx.session.actor(&id).cloned());
                match (actor, cx.selection.len()) {
                    (_, n) if n > 1 => Self::multi_selection(ui, n, cx),
                    (Some(actor), _) => self.actor_inspector(ui, &actor, cx),
                    (None, _) => nothing_selected(ui, cx.session),
                }
            });
    }

    fn multi_selection(ui: &mut Ui, count: usize, cx: &mut PanelContext<'_>) {
        ui.heading(words::ui().counted("inspector-selected", count));
        ui.label(words::ui().get("inspector-drag-together"));
        ui.horizontal(|ui| {
            if ui
                .button(words::ui().get("inspector-duplicate-all"))
                .clicked()
            {
                cx.out.command(Command::Duplicate);
            }
            if ui.button(words::ui().get("inspector-delete-all")).clicked() {
                let ids = cx.selection.in_session_order(cx.session);
                cx.out.edit(Edit::DeleteActors(ids));
            }
        });
    }

    fn actor_inspector(&mut self, ui: &mut Ui, actor: &Actor, cx: &mut PanelContext<'_>) {
        let mut updated = actor.clone();
        let mut typing = Typing::default();

        typing.track(
            text_line(
                ui,
                words::ui().get("inspector-name"),
                &actor.name,
                words::ui().get("inspector-name-hint"),
            ),
            &mut updated.name,
        );
        if actor.parked {
            ui.label(RichText::new(words::ui().get("inspector-parked")).italics());
        } else {
            Self::strategy_box(ui, actor.position, cx.words());
        }
        ui.add_space(6.0);
        let map_words = cx.words();
        labelled_combo(
            ui,
            words::ui().get("inspector-kind"),
            "kind",
            map_words.kind(actor.kind),
            140.0,
            |ui| {
                for kind in ActorKind::ALL {
                    ui.selectable_value(&mut updated.kind, kind, map_words.kind(kind));
                }
            },
        );
        self.category_picker(ui, &mut updated, cx);
        ui.add_space(4.0);
        if let Some(position) = position_sliders(ui, actor.position) {
            // Setting a position is placing the actor, as a drag onto the map is.
            updated.position = position;
            updated.parked = false;
        }
        ui.add_space(4.0);
        Self::spectrum_section(ui, actor, &mut updated, cx);
        ui.add_space(4.0);
        Self::partner_section(ui, actor, &mut updated, &mut typing, cx);
        ui.add_space(4.0);
        flags(ui, actor, &mut updated, &mut typing);
        self.tags_field(ui, actor, &mut updated, &mut typing);
        typing.track(
            text_line(
                ui,
                words::ui().get("inspector-contact"),
                &actor.contact,
                words::ui().get("inspector-contact-hint"),
            ),
            &mut updated.contact,
        );
        typing.track(
            text_block(
                ui,
                words::ui().get("inspector-notes"),
                &actor.notes,
                words::ui().get("inspector-notes-hint"),
            ),
            &mut updated.notes,
        );
        Self::parent_picker(ui, &mut updated, cx);
        links(ui, actor, &mut updated);

        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(words::ui().get("inspector-duplicate")).clicked() {
                cx.out.command(Command::Duplicate);
            }
            if ui.button(words::ui().get("inspector-delete")).clicked() {
                cx.out.edit(Edit::DeleteActors(vec![actor.id.clone()]));
            }
        });

        if updated != *actor {
            match typing.key {
                Some(key) => cx.out.edit_merging(Edit::UpdateActor(updated), key),
                None => cx.out.edit(Edit::UpdateActor(updated)),
            }
        }
        if typing.finished {
            cx.out.close_undo_step();
        }

        ui.separator();
        self.connections(ui, &actor.id, cx);
    }

    /// While the tags field is being typed in, it shows the draft as typed (a trailing
    /// comma included); the stored tags are the cleaned-up list.
    fn tags_field(&mut self, ui: &mut Ui, actor: &Actor, updated: &mut Actor, typing: &mut Typing) {
        let draft = match &self.tags_draft {
            Some((id, text)) if *id == actor.id => text.clone(),
            _ => actor.tags.join(", "),
        };
        let mut tags_text = draft.clone();
        let tags = text_line(
            ui,
            words::ui().get("inspector-tags"),
            &draft,
            words::ui().get("inspector-tags-hint"),
        );
        let (focused, done) = (tags.response.has_focus(), tags.finished);
        typing.track(tags, &mut tags_text);
        updated.tags = split_tags(&tags_text);
        self.tags_draft = (focused && !done).then(|| (actor.id.clone(), tags_text));
    }

    fn strategy_box(ui: &mut Ui, position: Position, map_words: &'static Words) {
        let Some(quadrant) = position.quadrant() else {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(map_words.get("place-on-the-line")).heading());
                ui.label(on_the_line_note(map_words));
            });
            return;
        };
        let advice = strategy(quadrant, map_words);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(words::ui().get("inspector-strategy-heading")).weak());
            ui.label(RichText::new(advice.name).heading());
            ui.label(advice.summary);
            if let Some(caveat) = advice.caveat {
                ui.label(RichText::new(caveat).italics());
            }
        });
    }

    fn category_picker(&mut self, ui: &mut Ui, actor: &mut Actor, cx: &mut PanelContext<'_>) {
        let custom = cx.session.custom_categories.clone();
        let map_words = cx.words();
        let shown = if actor.category.is_empty() {
            words::ui().get("inspector-category-none").to_owned()
        } else {
            category_label(&actor.category, map_words).to_owned()
        };
        {
            labelled_combo(
                ui,
                words::ui().get("inspector-category"),
                "category",
                shown,
                200.0,
                |ui| {
                    ui.selectable_value(
                        &mut actor.category,
                        String::new(),
                        words::ui().get("inspector-category-none"),
                    );
                    ui.label(RichText::new(words::ui().get("inspector-partner-kinds")).weak());
                    for c in BUILT_IN_CATEGORIES.iter().filter(|c| !c.is_role) {
                        ui.selectable_value(
                            &mut actor.category,
                            c.key.to_owned(),
                            c.label(map_words),
                        );
                    }
                    ui.label(RichText::new(words::ui().get("inspector-roles")).weak());
                    for c in BUILT_IN_CATEGORIES.iter().filter(|c| c.is_role) {
                        ui.selectable_value(
                            &mut actor.category,
                            c.key.to_owned(),
                            c.label(map_words),
                        );
                    }
                    if !custom.is_empty() {
                        ui.label(RichText::new(words::ui().get("inspector-own-categories")).weak());
                        for name in &custom {
                            ui.selectable_value(&mut actor.category, name.clone(), name);
                        }
                    }
                },
            );
        }
        ui.horizontal(|ui| {
            let label = ui.label(words::ui().get("inspector-new-category"));
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut self.new_category)
                        .hint_text(words::ui().get("inspector-new-category-hint"))
                        .desired_width(140.0),
                )
                .labelled_by(label.id);
            let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui
                .button(words::ui().get("inspector-add-category"))
                .clicked()
                || entered)
                && !self.new_category.trim().is_empty()
            {
                let name = self.new_category.trim().to_owned();
                self.new_category.clear();
                cx.out.edit(Edit::AddCategory(name.clone()));
                actor.category = name;
            }
        });
    }

    fn parent_picker(ui: &mut Ui, actor: &mut Actor, cx: &PanelContext<'_>) {
        let session = cx.session;
        let current = actor
            .parent
            .as_ref()
            .and_then(|p| session.actor(p))
            .map_or_else(
                || words::ui().get("inspector-parent-none").to_owned(),
                |p| p.name.clone(),
            );
        labelled_combo(
            ui,
            words::ui().get("inspector-part-of"),
            "parent",
            current,
            200.0,
            |ui| {
                ui.selectable_value(
                    &mut actor.parent,
                    None,
                    words::ui().get("inspector-parent-none"),
                );
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
            },
        )
        .on_hover_text(words::ui().get("inspector-part-of-hint"));
    }

    fn connections(&mut self, ui: &mut Ui, actor_id: &ActorId, cx: &mut PanelContext<'_>) {
        let session = cx.session;
        let rels: Vec<(Relationship, String)> = session
            .connections(actor_id)
            .map(|rel| {
                let other = session.actor(rel.other_end(actor_id)).map_or_else(
                    || words::ui().get("inspector-unknown-actor").to_owned(),
                    |a| a.name.clone(),
                );
                (rel.clone(), other)
            })
            .collect();
        ui.label(RichText::new(words::ui().counted("inspector-connections", rels.len())).strong());
        let map_words = cx.words();
        for (rel, other) in &rels {
            ui.push_id(&rel.id, |ui| {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    let mut updated = rel.clone();
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(other.as_str()).strong());
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            if ui
                                .small_button(words::ui().get("inspector-remove"))
                                .clicked()
                            {
                                cx.out.edit(Edit::DeleteRelationship(rel.id.clone()));
                            }
                        });
                    });
                    ui.horizontal(|ui| {
                        let kind = map_words.relationship(rel.kind);
                        labelled_combo(
                            ui,
                            words::ui().get("inspector-connection-kind"),
                            "kind",
                            kind,
                            110.0,
                            |ui| {
                                for kind in RelationshipKind::ALL {
                                    let name = map_words.relationship(kind);
                                    ui.selectable_value(&mut updated.kind, kind, name);
                                }
                            },
                        );
                        labelled_combo(
                            ui,
                            words::ui().get("inspector-tie"),
                            "tie",
                            map_words.tie(rel.tie),
                            110.0,
                            |ui| {
                                for tie in Tie::ALL {
                                    ui.selectable_value(&mut updated.tie, tie, map_words.tie(tie));
                                }
                            },
                        );
                    });
                    let label = text_line(
                        ui,
                        words::ui().get("inspector-connection-label"),
                        &rel.label,
                        words::ui().get("inspector-connection-label-hint"),
                    );
                    let typing = label.text.is_some();
                    if let Some(text) = label.text {
                        updated.label = text;
                    }
                    if updated != *rel {
                        if typing {
                            cx.out.edit_merging(
                                Edit::UpdateRelationship(updated),
                                merge_key(label.response.id),
                            );
                        } else {
                            cx.out.edit(Edit::UpdateRelationship(updated));
                        }
                    }
                    if label.finished {
                        cx.out.close_undo_step();
                    }
                });
            });
        }
        self.add_connection(ui, actor_id, cx);
    }

    fn add_connection(&mut self, ui: &mut Ui, actor_id: &ActorId, cx: &mut PanelContext<'_>) {
        let session = cx.session;
        ui.add_space(4.0);
        ui.label(RichText::new(words::ui().get("inspector-drag-handle")).weak());
        let chosen = self
            .link_target
            .as_ref()
            .and_then(|id| session.actor(id))
            .map_or(words::ui().get("inspector-choose"), |a| a.name.as_str());
        let mut target = self.link_target.clone();
        let mut new_link = None;
        labelled_combo(
            ui,
            words::ui().get("inspector-connect-to"),
            "link target",
            chosen,
            160.0,
            |ui| {
                for other in session.actors.iter().filter(|a| &a.id != actor_id) {
                    ui.selectable_value(&mut target, Some(other.id.clone()), &other.name);
                }
            },
        );
        ui.horizontal(|ui| {
            for kind in RelationshipKind::ALL {
                let add = ui.add_enabled(
                    target.is_some(),
                    egui::Button::new(add_connection_label(kind)),
                );
                if add.clicked() {
                    new_link = target
                        .take()
                        .map(|to| Relationship::new(actor_id.clone(), to, kind));
                }
            }
        });
        self.link_target = target;
        if let Some(rel) = new_link {
            cx.out.edit(Edit::AddRelationship(rel));
        }
    }
}

/// The support and influence sliders; the new position if the user moved one.
fn position_sliders(ui: &mut Ui, position: Position) -> Option<Position> {
    ui.label(RichText::new(words::ui().get("inspector-position")).strong());
    let (mut support, mut influence) = (position.support, position.influence);
    // Clamping only on edits: clamping on sight would round stored values and count as an edit.
    let support_changed = ui
        .add(
            Slider::new(&mut support, -1.0..=1.0)
                .text(words::ui().get("inspector-support"))
                .fixed_decimals(2)
                .clamping(egui::SliderClamping::Edits),
        )
        .on_hover_text(words::ui().get("inspector-support-hint"))
        .changed();
    let influence_changed = ui
        .add(
            Slider::new(&mut influence, 0.0..=1.0)
                .text(words::ui().get("inspector-influence"))
                .fixed_decimals(2)
                .clamping(egui::SliderClamping::Edits),
        )
        .on_hover_text(words::ui().get("inspector-influence-hint"))
        .changed();
    (support_changed || influence_changed).then(|| Position::clamped(support, influence))
}

/// The "us" and "uncertain" flags, and the research note when uncertain.
fn flags(ui: &mut Ui, actor: &Actor, updated: &mut Actor, typing: &mut Typing) {
    ui.checkbox(&mut updated.is_us, words::ui().get("inspector-is-us"));
    ui.checkbox(
        &mut updated.uncertain,
        words::ui().get("inspector-uncertain"),
    );
    if updated.uncertain {
        typing.track(
            text_line(
                ui,
                words::ui().get("inspector-settle"),
                &actor.uncertain_note,
                words::ui().get("inspector-settle-hint"),
            ),
            &mut updated.uncertain_note,
        );
    }
}

/// A place on the map (a quadrant's strategy, the neutral line) and how many actors it holds.
fn place_count(place: &str, count: usize) -> String {
    words::ui().counted_with("inspector-place-count", count, &[("place", place)])
}

/// The button that connects the selected actor to the chosen one with a `kind` relationship.
fn add_connection_label(kind: RelationshipKind) -> &'static str {
    match kind {
        RelationshipKind::Cooperating => words::ui().get("inspector-add-cooperating"),
        RelationshipKind::Conflicting => words::ui().get("inspector-add-conflicting"),
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
    let map_words = Words::for_session(session);
    ui.heading(words::ui().get("inspector-nothing-selected"));
    ui.label(words::ui().get("inspector-nothing-selected-hint"));
    ui.add_space(8.0);
    ui.label(RichText::new(words::ui().get("inspector-on-this-map")).strong());
    let counts = session.quadrant_counts();
    for quadrant in crate::model::Quadrant::ALL {
        ui.label(place_count(
            strategy(quadrant, map_words).name,
            counts.of(quadrant),
        ));
    }
    if counts.on_the_line > 0 {
        ui.label(place_count(
            map_words.get("place-on-the-line"),
            counts.on_the_line,
        ));
    }
}

/// Links kept from an import: text to copy, never opened or fetched by the app; each can be
/// removed.
fn links(ui: &mut Ui, actor: &Actor, updated: &mut Actor) {
    if actor.links.is_empty() {
        return;
    }
    ui.label(RichText::new(words::ui().get("inspector-links")).weak());
    for (i, link) in actor.links.iter().enumerate() {
        ui.horizontal(|ui| {
            if ui
                .small_button(words::ui().get("inspector-remove"))
                .on_hover_text(words::ui().get("inspector-forget-link"))
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
