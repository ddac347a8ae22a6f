//! The network's shape, a short guided step: three questions one after another (why we
//! network, similar or diverse members, informal or formal structure), each with its answers,
//! what each answer asks of the members, and the group's reason; then a summary with the
//! method's advice. Choices and reasons live in the session's alliance plan, so they are
//! saved, undone and exported like everything else.

use crate::app::context::PanelContext;
use crate::app::widgets::{Typing, text_block};
use crate::guidance::{membership_id, purpose_id, structure_id};
use crate::model::{Choice, Edit, Membership, NetworkPurpose, NetworkShape, Structure};
use crate::words::{self, Words};
use egui::{RichText, ScrollArea, Ui};

/// A page of the step: one of the three questions, or the summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
enum Page {
    #[default]
    Purpose,
    Members,
    Structure,
    Summary,
}

impl Page {
    /// Every page, in the order they are walked.
    const ALL: [Self; 4] = [Self::Purpose, Self::Members, Self::Structure, Self::Summary];
    /// How many pages ask a question.
    const QUESTIONS: usize = 3;

    fn index(self) -> usize {
        Self::ALL
            .iter()
            .position(|p| *p == self)
            .unwrap_or_default()
    }

    fn previous(self) -> Option<Self> {
        self.index().checked_sub(1).map(|i| Self::ALL[i])
    }

    fn next(self) -> Option<Self> {
        Self::ALL.get(self.index() + 1).copied()
    }

    /// Its name in the step indicator.
    fn label(self) -> &'static str {
        words::ui().get(match self {
            Self::Purpose => "shape-step-purpose",
            Self::Members => "shape-step-members",
            Self::Structure => "shape-step-structure",
            Self::Summary => "shape-step-summary",
        })
    }
}

/// What an answer means for the members: what it asks of them, or what it gains and costs.
enum About {
    /// How much interdependence and joint decision-making it asks for.
    Asks(&'static str),
    /// Its advantages and its disadvantages.
    Trade(&'static str, &'static str),
}

/// One answer to a question: its value, its name in the map's language, what it means.
struct Answer<T> {
    value: T,
    name: &'static str,
    about: About,
}

fn purpose_answers(map: &'static Words) -> Vec<Answer<NetworkPurpose>> {
    NetworkPurpose::ALL
        .into_iter()
        .map(|value| {
            let asks = match value {
                NetworkPurpose::ExchangeInformation => "shape-purpose-exchange_information",
                NetworkPurpose::Coordinate => "shape-purpose-coordinate",
                NetworkPurpose::CommonFunding => "shape-purpose-common_funding",
                NetworkPurpose::JointVenture => "shape-purpose-joint_venture",
                NetworkPurpose::CommonIdentity => "shape-purpose-common_identity",
            };
            Answer {
                value,
                name: map.get(purpose_id(value)),
                about: About::Asks(words::ui().get(asks)),
            }
        })
        .collect()
}

fn members_answers(map: &'static Words) -> Vec<Answer<Membership>> {
    Membership::ALL
        .into_iter()
        .map(|value| {
            let (gains, costs) = match value {
                Membership::Similar => {
                    ("shape-members-similar-for", "shape-members-similar-against")
                }
                Membership::Diverse => {
                    ("shape-members-diverse-for", "shape-members-diverse-against")
                }
            };
            Answer {
                value,
                name: map.get(membership_id(value)),
                about: About::Trade(words::ui().get(gains), words::ui().get(costs)),
            }
        })
        .collect()
}

fn structure_answers(map: &'static Words) -> Vec<Answer<Structure>> {
    Structure::ALL
        .into_iter()
        .map(|value| {
            let (gains, costs) = match value {
                Structure::Informal => (
                    "shape-structure-informal-for",
                    "shape-structure-informal-against",
                ),
                Structure::Formal => (
                    "shape-structure-formal-for",
                    "shape-structure-formal-against",
                ),
            };
            Answer {
                value,
                name: map.get(structure_id(value)),
                about: About::Trade(words::ui().get(gains), words::ui().get(costs)),
            }
        })
        .collect()
}

/// The method's advice on choosing a shape, shown with the structure and in the summary.
const ADVICE: [&str; 3] = [
    "shape-advice-objective",
    "shape-advice-trust",
    "shape-advice-lean",
];

/// The network-shape step: which page is shown. Everything else is in the session.
#[derive(Default)]
pub(crate) struct NetworkStep {
    page: Page,
}

impl NetworkStep {
    /// The step indicator, the page shown, and Back and Next.
    pub(crate) fn ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_>) {
        ScrollArea::vertical()
            .id_salt("network shape")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.heading(words::ui().get("shape-heading"));
                ui.label(RichText::new(words::ui().get("shape-intro")).weak());
                ui.add_space(4.0);
                self.indicator(ui);
                ui.separator();
                // Each page its own id, so the reason fields, drawn at the same place on
                // every page, neither share their typing state nor merge into one undo step.
                ui.push_id(self.page, |ui| self.page_ui(ui, cx));
                ui.add_space(8.0);
                self.navigation(ui);
            });
    }

    /// Where the walk is: "Question 2 of 3" (or the summary) and every page's name, the current one marked;
    /// a page's name goes straight to it.
    fn indicator(&mut self, ui: &mut Ui) {
        let progress = if self.page == Page::Summary {
            words::ui().get("shape-progress-done").to_owned()
        } else {
            words::ui().with(
                "shape-progress",
                &[
                    ("number", &(self.page.index() + 1).to_string()),
                    ("total", &Page::QUESTIONS.to_string()),
                ],
            )
        };
        ui.label(RichText::new(progress).weak());
        ui.horizontal_wrapped(|ui| {
            for page in Page::ALL {
                ui.selectable_value(&mut self.page, page, page.label());
            }
        });
    }

    fn navigation(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let previous = self.page.previous();
            if ui
                .add_enabled(
                    previous.is_some(),
                    egui::Button::new(words::ui().get("shape-back")),
                )
                .clicked()
                && let Some(page) = previous
            {
                self.page = page;
            }
            if let Some(next) = self.page.next()
                && ui.button(words::ui().get("shape-next")).clicked()
            {
                self.page = next;
            }
        });
    }

    fn page_ui(&self, ui: &mut Ui, cx: &mut PanelContext<'_>) {
        let map = cx.words();
        let current = &cx.session.alliance.network;
        let mut updated = current.clone();
        let mut typing = Typing::default();
        let chose = match self.page {
            Page::Purpose => question(
                ui,
                "shape-purpose-question",
                "shape-purpose-intro",
                &purpose_answers(map),
                &current.purpose,
                &mut updated.purpose,
                &mut typing,
            ),
            Page::Members => question(
                ui,
                "shape-members-question",
                "shape-members-intro",
                &members_answers(map),
                &current.members,
                &mut updated.members,
                &mut typing,
            ),
            Page::Structure => {
                let chose = question(
                    ui,
                    "shape-structure-question",
                    "shape-structure-intro",
                    &structure_answers(map),
                    &current.structure,
                    &mut updated.structure,
                    &mut typing,
                );
                ui.add_space(6.0);
                advice(ui);
                chose
            }
            Page::Summary => {
                summary(ui, current, map);
                false
            }
        };
        if updated != *current {
            let mut alliance = cx.session.alliance.clone();
            alliance.network = updated;
            let edit = Edit::SetAlliance(alliance);
            match typing.key {
                // A choice is its own undo step; typing a reason merges key by key.
                Some(key) if !chose => cx.out.edit_merging(edit, key),
                _ => cx.out.edit(edit),
            }
        }
        if typing.finished {
            cx.out.close_undo_step();
        }
    }
}

/// A question with its answers and the reason field; whether an answer was chosen now.
fn question<T: Copy + PartialEq>(
    ui: &mut Ui,
    title: &'static str,
    intro: &'static str,
    answers: &[Answer<T>],
    current: &Choice<T>,
    updated: &mut Choice<T>,
    typing: &mut Typing,
) -> bool {
    ui.label(RichText::new(words::ui().get(title)).strong().size(16.0));
    ui.label(RichText::new(words::ui().get(intro)).weak());
    ui.add_space(4.0);
    let mut chose = false;
    for answer in answers {
        let selected = current.chosen == Some(answer.value);
        if ui.radio(selected, answer.name).clicked() && !selected {
            updated.chosen = Some(answer.value);
            chose = true;
        }
        ui.indent(answer.name, |ui| about(ui, &answer.about));
        ui.add_space(2.0);
    }
    ui.add_space(4.0);
    typing.track(
        text_block(
            ui,
            words::ui().get("shape-reason"),
            &current.reason,
            words::ui().get("shape-reason-hint"),
        ),
        &mut updated.reason,
    );
    chose
}

fn about(ui: &mut Ui, about: &About) {
    match about {
        About::Asks(text) => {
            ui.label(RichText::new(*text).weak());
        }
        About::Trade(gains, costs) => {
            for (heading, text) in [("shape-advantages", gains), ("shape-disadvantages", costs)] {
                ui.horizontal_wrapped(|ui| {
                    ui.spacing_mut().item_spacing.x = 4.0;
                    ui.label(RichText::new(words::ui().get(heading)).strong());
                    ui.label(RichText::new(*text).weak());
                });
            }
        }
    }
}

fn advice(ui: &mut Ui) {
    ui.label(RichText::new(words::ui().get("shape-advice-heading")).strong());
    for id in ADVICE {
        ui.horizontal_wrapped(|ui| {
            ui.label("•");
            ui.label(words::ui().get(id));
        });
    }
}

/// Every choice with its reason, then the advice.
fn summary(ui: &mut Ui, shape: &NetworkShape, map: &'static Words) {
    ui.label(
        RichText::new(words::ui().get("shape-summary-heading"))
            .strong()
            .size(16.0),
    );
    let purpose = chosen_name(&shape.purpose, &purpose_answers(map));
    let members = chosen_name(&shape.members, &members_answers(map));
    let structure = chosen_name(&shape.structure, &structure_answers(map));
    for (question, chosen, reason) in [
        ("shape-purpose-question", purpose, &shape.purpose.reason),
        ("shape-members-question", members, &shape.members.reason),
        (
            "shape-structure-question",
            structure,
            &shape.structure.reason,
        ),
    ] {
        ui.add_space(4.0);
        ui.label(RichText::new(words::ui().get(question)).weak());
        match chosen {
            Some(name) => ui.label(RichText::new(name).strong()),
            None => ui.label(RichText::new(words::ui().get("shape-not-chosen")).italics()),
        };
        if reason.trim().is_empty() {
            ui.label(RichText::new(words::ui().get("shape-no-reason")).weak());
        } else {
            ui.label(reason.as_str());
        }
    }
    ui.add_space(8.0);
    advice(ui);
}

fn chosen_name<T: PartialEq>(choice: &Choice<T>, answers: &[Answer<T>]) -> Option<&'static str> {
    let chosen = choice.chosen.as_ref()?;
    answers.iter().find(|a| a.value == *chosen).map(|a| a.name)
}

#[cfg(test)]
mod tests {
    use super::super::alone::{alone, click, type_into, undo_steps};
    use super::*;
    use crate::model::{Session, UndoStep};
    use egui::accesskit::Toggled;
    use egui_kittest::Harness;
    use egui_kittest::kittest::{NodeT, Queryable};

    type Alone = super::super::alone::Alone<NetworkStep>;

    fn step_alone(session: Session) -> Harness<'static, Alone> {
        alone(session, 700.0, 900.0)
    }

    fn shape(h: &Harness<'_, Alone>) -> NetworkShape {
        h.state().doc.session().alliance.network.clone()
    }

    fn map(key: &'static str) -> &'static str {
        Words::english().get(key)
    }

    fn ui(key: &'static str) -> &'static str {
        words::ui().get(key)
    }

    #[test]
    fn walking_the_step_stores_each_choice_and_reason_and_going_back_keeps_them() {
        let mut h = step_alone(Session::new_with_us());
        assert!(h.query_by_label("Question 1 of 3").is_some());
        assert!(
            h.query_by_label(ui("shape-purpose-exchange_information"))
                .is_some(),
            "each purpose says what it asks of the members"
        );
        click(&mut h, map("purpose-joint_venture"));
        assert_eq!(shape(&h).purpose.chosen, Some(NetworkPurpose::JointVenture));
        type_into(&mut h, ui("shape-reason"), "One campaign ");
        type_into(&mut h, ui("shape-reason"), "until the vote");
        assert_eq!(shape(&h).purpose.reason, "One campaign until the vote");

        click(&mut h, ui("shape-next"));
        assert!(h.query_by_label("Question 2 of 3").is_some());
        assert!(
            h.query_by_label(ui("shape-members-diverse-against"))
                .is_some()
        );
        click(&mut h, map("members-diverse"));
        type_into(&mut h, ui("shape-reason"), "A wider base");

        click(&mut h, ui("shape-back"));
        assert!(h.query_by_label("Question 1 of 3").is_some());
        assert!(
            h.get_by_label(map("purpose-joint_venture"))
                .accesskit_node()
                .toggled()
                == Some(Toggled::True),
            "the choice is still marked when coming back"
        );
        assert_eq!(
            h.get_by_label(ui("shape-reason")).value().as_deref(),
            Some("One campaign until the vote")
        );

        click(&mut h, ui("shape-next"));
        click(&mut h, ui("shape-next"));
        assert!(h.query_by_label("Question 3 of 3").is_some());
        assert!(h.query_by_label(ui("shape-advice-lean")).is_some());
        click(&mut h, map("structure-informal"));

        click(&mut h, ui("shape-next"));
        assert!(h.query_by_label(ui("shape-summary-heading")).is_some());
        assert!(h.query_by_label(ui("shape-progress-done")).is_some());
        assert!(h.query_by_label("One campaign until the vote").is_some());
        assert!(h.query_by_label("A wider base").is_some());
        assert!(h.query_by_label(map("structure-informal")).is_some());
        assert!(h.query_by_label(ui("shape-no-reason")).is_some());
        assert!(
            h.query_by_label(ui("shape-next")).is_none(),
            "the summary is the end"
        );

        let stored = shape(&h);
        assert_eq!(stored.members.chosen, Some(Membership::Diverse));
        assert_eq!(stored.members.reason, "A wider base");
        assert_eq!(stored.structure.chosen, Some(Structure::Informal));
        assert!(stored.structure.reason.is_empty());
    }

    #[test]
    fn each_choice_and_each_reason_typed_key_by_key_is_one_undo_step() {
        let mut h = step_alone(Session::new_with_us());
        click(&mut h, map("purpose-coordinate"));
        type_into(&mut h, ui("shape-reason"), "We ");
        type_into(&mut h, ui("shape-reason"), "share ");
        type_into(&mut h, ui("shape-reason"), "a calendar");
        click(&mut h, ui("shape-next"));
        click(&mut h, map("members-similar"));
        // Choosing the answer already chosen changes nothing.
        click(&mut h, map("members-similar"));
        click(&mut h, map("members-diverse"));
        assert_eq!(
            h.state()
                .sent
                .iter()
                .filter(|s| **s == UndoStep::New)
                .count(),
            3,
            "a choice is a new step each time it changes: {:?}",
            h.state().sent
        );
        assert_eq!(shape(&h).purpose.reason, "We share a calendar");
        // Diverse, similar, the reason, coordinate.
        assert_eq!(undo_steps(&mut h), 4);
        assert!(shape(&h).is_empty());
    }

    #[test]
    fn a_page_name_in_the_indicator_goes_straight_to_it() {
        let mut session = Session::new_with_us();
        session.alliance.network.structure.chosen = Some(Structure::Formal);
        session.alliance.network.structure.reason = "We apply for funds".into();
        let mut h = step_alone(session);
        click(&mut h, ui("shape-step-summary"));
        assert!(h.query_by_label(map("structure-formal")).is_some());
        assert!(h.query_by_label("We apply for funds").is_some());
        assert_eq!(
            h.query_all_by_label(ui("shape-not-chosen")).count(),
            2,
            "the two questions not answered say so"
        );
        click(&mut h, ui("shape-step-members"));
        assert!(h.query_by_label("Question 2 of 3").is_some());
        assert!(h.state().sent.is_empty(), "walking changes nothing");
    }
}
