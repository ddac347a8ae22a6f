//! The agreements page: the group agreement members write together (values, commitments,
//! how conflict between them is handled) and the memorandum of understanding, which can be
//! drafted from the session and is then rewritten by the group; beside them, what makes
//! networks last.

use crate::app::context::PanelContext;
use crate::app::widgets::{Typing, text_block};
use crate::guidance::draft_memorandum;
use crate::model::{Alliance, Edit, GroupAgreement, Memorandum};
use crate::words;
use egui::{Frame, RichText, ScrollArea, Ui};

/// From this width the guidance stands beside the fields; narrower, it follows them.
const SIDE_BY_SIDE: f32 = 760.0;
/// The width left to the guidance when it stands beside the fields.
const GUIDANCE_WIDTH: f32 = 260.0;

/// What makes networks last, as the method sums it up.
const LASTING: [&str; 7] = [
    "agreement-last-history",
    "agreement-last-aims",
    "agreement-last-leadership",
    "agreement-last-governance",
    "agreement-last-trust",
    "agreement-last-meet",
    "agreement-last-sharing",
];

/// How a draft goes into a memorandum that already has text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fill {
    /// Every field becomes the draft's.
    ReplaceAll,
    /// Only fields that are empty (or blank) take the draft's text: what the group wrote stays.
    EmptyOnly,
}

/// The agreements page: whether it is asking how to use a draft. The texts are in the session.
#[derive(Default)]
pub(crate) struct AgreementsPage {
    /// The memorandum already had text when "Draft from the session" was pressed: the page
    /// asks whether to replace it or fill only the empty fields.
    asking: bool,
}

impl AgreementsPage {
    /// The two agreements' fields, the draft button and the guidance.
    pub(crate) fn ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_>) {
        ScrollArea::vertical()
            .id_salt("agreements")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let width = ui.available_width();
                if width >= SIDE_BY_SIDE {
                    ui.horizontal_top(|ui| {
                        let spacing = ui.spacing().item_spacing.x * 3.0;
                        ui.vertical(|ui| {
                            ui.set_width(width - GUIDANCE_WIDTH - spacing);
                            self.fields(ui, cx);
                        });
                        ui.add_space(spacing);
                        // The rest of the width: the group frame's margins stay inside it.
                        ui.vertical(lasting);
                    });
                } else {
                    self.fields(ui, cx);
                    ui.add_space(8.0);
                    lasting(ui);
                }
            });
    }

    fn fields(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_>) {
        let current = &cx.session.alliance;
        let mut updated = current.clone();
        let mut typing = Typing::default();
        ui.heading(words::ui().get("agreement-group"));
        ui.label(RichText::new(words::ui().get("agreement-group-intro")).weak());
        group_fields(ui, &current.agreement, &mut updated.agreement, &mut typing);
        ui.add_space(12.0);
        ui.heading(words::ui().get("agreement-memo"));
        ui.label(RichText::new(words::ui().get("agreement-memo-intro")).weak());
        let fill = self.draft_controls(ui, cx);
        memo_fields(
            ui,
            &current.memorandum,
            &mut updated.memorandum,
            &mut typing,
        );

        if let Some(fill) = fill {
            self.draft(cx, fill);
        } else if updated != *current
            && let Some(key) = typing.key
        {
            cx.out.edit_merging(Edit::SetAlliance(updated), key);
        }
        if typing.finished {
            cx.out.close_undo_step();
        }
    }

    /// The draft button, or the question it asks when the memorandum has text; how to fill
    /// the memorandum now, if the user said.
    fn draft_controls(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_>) -> Option<Fill> {
        if !self.asking {
            let pressed = ui
                .button(words::ui().get("agreement-draft"))
                .on_hover_text(words::ui().get("agreement-draft-tip"))
                .clicked();
            if !pressed {
                return None;
            }
            if cx.session.alliance.memorandum.is_empty() {
                return Some(Fill::ReplaceAll);
            }
            self.asking = true;
        }
        let mut answer = None;
        Frame::group(ui.style()).show(ui, |ui| {
            ui.label(words::ui().get("agreement-draft-ask"));
            ui.horizontal_wrapped(|ui| {
                if ui.button(words::ui().get("agreement-draft-fill")).clicked() {
                    answer = Some(Some(Fill::EmptyOnly));
                }
                if ui
                    .button(words::ui().get("agreement-draft-replace"))
                    .clicked()
                {
                    answer = Some(Some(Fill::ReplaceAll));
                }
                if ui.button(words::ui().get("agreement-draft-keep")).clicked() {
                    answer = Some(None);
                }
            });
        });
        let fill = answer?;
        self.asking = false;
        fill
    }

    /// Put the session's draft into the memorandum, as one undo step.
    fn draft(&mut self, cx: &mut PanelContext<'_>, fill: Fill) {
        self.asking = false;
        let draft = draft_memorandum(cx.session, cx.words());
        if draft.is_empty() {
            cx.out.status(words::ui().get("agreement-draft-nothing"));
            return;
        }
        let mut updated: Alliance = cx.session.alliance.clone();
        match fill {
            Fill::ReplaceAll => updated.memorandum = draft,
            Fill::EmptyOnly => fill_empty(&mut updated.memorandum, draft),
        }
        if updated == cx.session.alliance {
            cx.out
                .status(words::ui().get("agreement-draft-nothing-new"));
        } else {
            cx.out.edit(Edit::SetAlliance(updated));
            cx.out.status(words::ui().get("agreement-drafted"));
        }
    }
}

/// The memorandum's fields in order, with their labels and hints.
fn memo_slots(memo: &mut Memorandum) -> [(&'static str, &'static str, &mut String); 5] {
    [
        (
            "agreement-purpose",
            "agreement-purpose-hint",
            &mut memo.purpose,
        ),
        (
            "agreement-members",
            "agreement-members-hint",
            &mut memo.members,
        ),
        (
            "agreement-decisions",
            "agreement-decisions-hint",
            &mut memo.decisions,
        ),
        (
            "agreement-resources",
            "agreement-resources-hint",
            &mut memo.resources,
        ),
        (
            "agreement-memo-commitments",
            "agreement-memo-commitments-hint",
            &mut memo.commitments,
        ),
    ]
}

fn group_fields(
    ui: &mut Ui,
    current: &GroupAgreement,
    updated: &mut GroupAgreement,
    typing: &mut Typing,
) {
    for (label, hint, shown, slot) in [
        (
            "agreement-values",
            "agreement-values-hint",
            &current.values,
            &mut updated.values,
        ),
        (
            "agreement-commitments",
            "agreement-commitments-hint",
            &current.commitments,
            &mut updated.commitments,
        ),
        (
            "agreement-conflict",
            "agreement-conflict-hint",
            &current.conflict,
            &mut updated.conflict,
        ),
    ] {
        typing.track(
            text_block(ui, words::ui().get(label), shown, words::ui().get(hint)),
            slot,
        );
    }
}

fn memo_fields(ui: &mut Ui, current: &Memorandum, updated: &mut Memorandum, typing: &mut Typing) {
    let mut shown = current.clone();
    for ((label, hint, shown), (_, _, slot)) in
        memo_slots(&mut shown).into_iter().zip(memo_slots(updated))
    {
        typing.track(
            text_block(ui, words::ui().get(label), shown, words::ui().get(hint)),
            slot,
        );
    }
}

/// The draft's text goes only where the group has written nothing yet.
fn fill_empty(memo: &mut Memorandum, mut draft: Memorandum) {
    for ((_, _, slot), (_, _, drafted)) in memo_slots(memo).into_iter().zip(memo_slots(&mut draft))
    {
        if slot.trim().is_empty() && !drafted.is_empty() {
            *slot = std::mem::take(drafted);
        }
    }
}

/// What makes networks last, as a short list beside the agreements.
fn lasting(ui: &mut Ui) {
    Frame::group(ui.style()).show(ui, |ui| {
        ui.label(RichText::new(words::ui().get("agreement-last-heading")).strong());
        for id in LASTING {
            ui.horizontal_wrapped(|ui| {
                ui.label("•");
                ui.label(words::ui().get(id));
            });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::super::alone::{alone, click, type_into, undo_steps};
    use super::*;
    use crate::model::{Session, UndoStep};
    use crate::storage::load_str;
    use crate::words::Words;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    type Alone = super::super::alone::Alone<AgreementsPage>;

    fn page_alone(session: Session, width: f32) -> Harness<'static, Alone> {
        alone(session, width, 1400.0)
    }

    fn plan(h: &Harness<'_, Alone>) -> Alliance {
        h.state().doc.session().alliance.clone()
    }

    fn ui(key: &'static str) -> &'static str {
        words::ui().get(key)
    }

    /// The example session, whose plan has a memorandum, with the memorandum cleared or not.
    fn example(clear_memorandum: bool) -> Session {
        let mut session = load_str(crate::app::EXAMPLES[0].json).expect("the example loads");
        if clear_memorandum {
            session.alliance.memorandum = Memorandum::default();
        }
        session
    }

    #[test]
    fn typing_in_the_agreement_keeps_it_in_the_session_one_undo_step_per_field() {
        let mut h = page_alone(Session::new_with_us(), 1000.0);
        type_into(&mut h, ui("agreement-values"), "Residents ");
        type_into(&mut h, ui("agreement-values"), "decide with us");
        type_into(&mut h, ui("agreement-conflict"), "Talk first");
        type_into(&mut h, ui("agreement-resources"), "Hall on Tuesdays");
        let stored = plan(&h);
        assert_eq!(stored.agreement.values, "Residents decide with us");
        assert_eq!(stored.agreement.conflict, "Talk first");
        assert_eq!(stored.memorandum.resources, "Hall on Tuesdays");
        assert!(
            h.query_by_label(ui("agreement-last-meet")).is_some(),
            "the guidance shows beside the fields"
        );
        assert_eq!(undo_steps(&mut h), 3, "one step per field typed in");
        assert!(plan(&h).is_empty());
    }

    #[test]
    fn drafting_fills_an_empty_memorandum_from_the_session_in_one_undo_step() {
        let mut h = page_alone(example(true), 1000.0);
        click(&mut h, ui("agreement-draft"));
        assert!(
            h.query_by_label(ui("agreement-draft-ask")).is_none(),
            "nothing to replace, so nothing to ask"
        );
        let memo = plan(&h).memorandum;
        assert!(
            memo.purpose.contains("charter amendment"),
            "{}",
            memo.purpose
        );
        assert!(
            memo.members.contains("Migrant Voices Network"),
            "{}",
            memo.members
        );
        assert!(memo.decisions.contains("consensus"), "{}", memo.decisions);
        assert!(memo.resources.contains("Law Clinic"), "{}", memo.resources);
        assert!(memo.commitments.contains("press release"));
        assert_eq!(
            h.get_by_label(ui("agreement-members")).value().as_deref(),
            Some(memo.members.as_str()),
            "the field shows the draft"
        );
        assert_eq!(h.state().sent, vec![UndoStep::New]);
        assert_eq!(
            h.state().parts.out.status.as_deref(),
            Some(ui("agreement-drafted"))
        );
        assert_eq!(undo_steps(&mut h), 1);
    }

    #[test]
    fn drafting_over_written_text_asks_first_and_keeping_it_changes_nothing() {
        let before = example(false);
        let mut h = page_alone(before.clone(), 1000.0);
        click(&mut h, ui("agreement-draft"));
        assert!(h.query_by_label(ui("agreement-draft-ask")).is_some());
        assert!(
            h.state().sent.is_empty(),
            "nothing replaced before the answer"
        );
        click(&mut h, ui("agreement-draft-keep"));
        assert!(h.query_by_label(ui("agreement-draft-ask")).is_none());
        assert!(h.query_by_label(ui("agreement-draft")).is_some());
        assert_eq!(plan(&h), before.alliance);
        assert!(h.state().sent.is_empty());
    }

    #[test]
    fn replacing_all_puts_the_whole_draft_in_one_undo_step() {
        let mut session = example(false);
        session.alliance.memorandum.decisions = "Whoever shouts loudest".into();
        let draft = draft_memorandum(&session, Words::for_session(&session));
        let mut h = page_alone(session, 1000.0);
        click(&mut h, ui("agreement-draft"));
        click(&mut h, ui("agreement-draft-replace"));
        assert_eq!(plan(&h).memorandum, draft);
        assert!(!plan(&h).memorandum.decisions.contains("shouts"));
        assert_eq!(h.state().sent, vec![UndoStep::New]);
        assert_eq!(undo_steps(&mut h), 1);
        assert!(plan(&h).memorandum.decisions.contains("shouts"));
    }

    #[test]
    fn filling_empty_fields_keeps_what_the_group_wrote() {
        let mut session = example(false);
        session.alliance.memorandum.resources = "  ".into();
        session.alliance.memorandum.members = String::new();
        let written = session.alliance.memorandum.clone();
        let draft = draft_memorandum(&session, Words::for_session(&session));
        let mut h = page_alone(session, 600.0);
        assert!(
            h.query_by_label(ui("agreement-last-history")).is_some(),
            "the guidance follows the fields on a narrow page"
        );
        click(&mut h, ui("agreement-draft"));
        click(&mut h, ui("agreement-draft-fill"));
        let memo = plan(&h).memorandum;
        assert_eq!(memo.members, draft.members);
        assert_eq!(memo.resources, draft.resources);
        assert_eq!(memo.purpose, written.purpose, "written text stays");
        assert_eq!(memo.decisions, written.decisions);
        assert_eq!(h.state().sent, vec![UndoStep::New]);
    }

    #[test]
    fn a_session_with_nothing_to_draft_from_says_so_and_changes_nothing() {
        let mut h = page_alone(Session::new_with_us(), 1000.0);
        click(&mut h, ui("agreement-draft"));
        assert!(h.state().sent.is_empty());
        assert_eq!(
            h.state().parts.out.status.as_deref(),
            Some(ui("agreement-draft-nothing"))
        );
    }
}
