//! The Alliance view driven through the real app with `egui_kittest`: offers marked in the
//! actor panel and on the Partners page, levels of collaboration set in the actor panel and
//! on the Continuum page, needs added and removed (and brought back by Undo), the needs
//! nobody covers, and nothing private while presenting.

use crate::harness::{App, actor, click, command, example, press, press_with, start};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use powermap::app::{Command, ViewMode};
use powermap::guidance::coverage;
use powermap::model::Collaboration;
use powermap::words::Words;
use powermap::words::labels::{self, on_the_map};

const EXAMPLE: &str = "migrant-voting-rights.json";
/// An actor of the example that nothing records as a partner yet.
const STUDENTS: &str = "University Student Council";

/// The example open on the desktop window, both side panels showing.
fn example_app() -> App {
    start(Some(example(EXAMPLE)))
}

fn show_alliance(h: &mut App) {
    press_with(h, Modifiers::COMMAND, Key::Num4);
    assert_eq!(h.state().view_mode(), ViewMode::Alliance);
}

/// Scroll the widget labelled `label` into view and click it as a screen reader does, then
/// let the app answer: the actor panel and the alliance pages are longer than the window.
/// (A pointer click on the actor panel's left edge can land on the power map, whose canvas
/// reaches under the panel on this window.)
fn reach(h: &mut App, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click_accesskit();
    h.run();
}

/// Select `name` on the power map and open the actor panel's partner section.
fn partner_section_of(h: &mut App, name: &str) {
    click(h, &on_the_map(name));
    reach(h, labels::text(labels::PARTNER_SECTION));
}

/// Choose `option` in the drop-down announced as `combo`.
fn choose(h: &mut App, combo: &str, option: &str) {
    reach(h, combo);
    reach(h, option);
}

#[test]
fn an_offer_marked_in_the_actor_panel_ranks_the_actor_under_that_need() {
    let mut h = example_app();
    partner_section_of(&mut h, STUDENTS);
    reach(&mut h, "More supporters");
    assert_eq!(actor(&h, STUDENTS).partner.offers, ["supporters"]);

    show_alliance(&mut h);
    let ranked = format!("{STUDENTS} for More supporters");
    h.get_by_label(&ranked);
    // The one line that explains the ranking sits beside the name.
    let session = h.state().session();
    let students = session.actors.iter().position(|a| a.name == STUDENTS);
    let line = coverage(session)
        .into_iter()
        .find(|c| c.need.id == "supporters")
        .and_then(|c| c.offers.into_iter().find(|r| Some(r.actor) == students))
        .map(|r| r.explain(Words::english()))
        .expect("the students are ranked");
    assert!(h.query_all_by_label(&line).next().is_some(), "{line}");
    // Clicking a ranked actor selects it.
    press(&mut h, Key::Escape);
    assert!(h.state().selection().is_empty());
    reach(&mut h, &ranked);
    let students = actor(&h, STUDENTS).id.clone();
    assert!(h.state().selection().contains(&students));
    assert_eq!(h.state().selection().len(), 1);
}

#[test]
fn a_level_now_and_aimed_is_set_in_the_actor_panel_and_on_the_continuum_page() {
    let mut h = example_app();
    partner_section_of(&mut h, STUDENTS);
    choose(&mut h, "Level now", "Cooperation");
    choose(&mut h, "Level aimed", "Campaign coalition");
    let partner = &actor(&h, STUDENTS).partner;
    assert_eq!(partner.now, Some(Collaboration::Cooperation));
    assert_eq!(partner.aim, Some(Collaboration::CampaignCoalition));

    show_alliance(&mut h);
    click(&mut h, "Continuum");
    let teachers = "Teachers' Union, Valmora local";
    assert_eq!(actor(&h, teachers).partner.now, None);
    choose(&mut h, &format!("{teachers}: now"), "Network");
    choose(&mut h, &format!("{teachers}: aimed"), "Strategic alliance");
    choose(&mut h, &format!("{teachers}: trust"), "5");
    let partner = &actor(&h, teachers).partner;
    assert_eq!(partner.now, Some(Collaboration::Network));
    assert_eq!(partner.aim, Some(Collaboration::StrategicAlliance));
    assert_eq!(partner.trust.rating, Some(5));
    // The students, made a partner in the actor panel, have their row too.
    h.get_by_label(&format!("{STUDENTS}: now"));
}

#[test]
fn a_need_is_added_and_removed_and_undo_brings_it_back_with_its_offers() {
    let mut h = example_app();
    show_alliance(&mut h);
    h.get_by_label("Another need").scroll_to_me();
    h.run();
    h.get_by_label("Another need").focus();
    h.run();
    h.get_by_label("Another need")
        .type_text("Childcare at meetings");
    h.run();
    reach(&mut h, "Add need");
    let names = |h: &App| -> Vec<String> {
        h.state()
            .session()
            .alliance
            .needs()
            .into_iter()
            .map(|n| if n.name.is_empty() { n.id } else { n.name })
            .collect()
    };
    assert!(names(&h).contains(&"Childcare at meetings".to_owned()));
    // A new need nobody offers yet stands out.
    h.get_by_label_contains("Nobody offers these 2 needs yet");

    let clinic = "Valmora University Law Clinic";
    assert!(actor(&h, clinic).partner.offers("legal_help"));
    reach(&mut h, "Remove Legal help");
    assert!(!names(&h).contains(&"legal_help".to_owned()));
    assert!(
        !actor(&h, clinic).partner.offers("legal_help"),
        "its offers went too"
    );
    command(&mut h, Command::Undo);
    assert!(names(&h).contains(&"legal_help".to_owned()));
    assert!(
        actor(&h, clinic).partner.offers("legal_help"),
        "undo brought the offer back"
    );
}

#[test]
fn needs_nobody_covers_are_listed_until_someone_offers_them() {
    let mut h = example_app();
    show_alliance(&mut h);
    h.get_by_label("⚠ Nobody offers this need yet: International attention");
    h.get_by_label("⚠ Nobody offers this yet");
    // The actor list names every actor too: hide it, so the drop-down's entry is the one.
    command(&mut h, Command::ToggleLeftPanel);
    choose(
        &mut h,
        "Who offers International attention",
        "Valmora Citizens' Forum (online group)",
    );
    assert!(
        actor(&h, "Valmora Citizens' Forum (online group)")
            .partner
            .offers("international_attention")
    );
    h.get_by_label("Every need has someone who could meet it.");
    assert!(h.query_by_label("⚠ Nobody offers this yet").is_none());
}

#[test]
fn presenting_the_alliance_view_shows_who_covers_each_need_and_nothing_private() {
    let mut h = example_app();
    show_alliance(&mut h);
    press(&mut h, Key::F5);
    assert!(h.state().is_presenting());
    let session = h.state().session().clone();
    let notes: Vec<&str> = session
        .actors
        .iter()
        .flat_map(|a| [&a.partner.trust, &a.partner.benefits, &a.partner.risks])
        .map(|assessment| assessment.note.as_str())
        .filter(|note| !note.is_empty())
        .collect();
    assert!(notes.len() >= 10, "the example has partner notes");
    for note in notes {
        assert!(h.query_by_label_contains(note).is_none(), "{note} is shown");
        assert!(h.query_by_value(note).is_none(), "{note} is in a field");
    }
    assert!(
        h.query_by_label_contains("/5").is_none(),
        "a rating is shown"
    );
    assert!(
        h.query_by_label_contains("trust").is_none(),
        "a reason is shown"
    );
    // The clinic covers two needs: its name shows under both.
    assert_eq!(
        h.query_all_by_label("Valmora University Law Clinic")
            .count(),
        2
    );
    h.get_by_label("⚠ Nobody offers this yet");
    assert!(
        h.query_by_label("Continuum").is_none(),
        "the private page is out of reach"
    );
}

#[test]
fn the_maps_plain_keys_do_not_act_unseen_on_the_alliance_pages() {
    let mut h = example_app();
    click(&mut h, &on_the_map(STUDENTS));
    let before = actor(&h, STUDENTS).clone();
    show_alliance(&mut h);
    // P parks, 1 sends to a slice, an arrow nudges: none of them may act on a map not shown.
    for key in [Key::P, Key::Num1, Key::ArrowLeft] {
        press(&mut h, key);
    }
    let after = actor(&h, STUDENTS);
    assert!(!after.parked, "parked from the alliance page");
    assert_eq!(after.spectrum, before.spectrum);
    assert_eq!(after.position, before.position);
}

#[test]
fn the_network_shape_and_agreements_pages_are_reached_from_the_view_and_show_the_plan() {
    let mut h = example_app();
    show_alliance(&mut h);
    let ui = Words::english();
    reach(&mut h, ui.get("alliance-page-network"));
    assert!(h.query_by_label(ui.get("shape-purpose-question")).is_some());
    let reason = &h.state().session().alliance.network.purpose.reason;
    assert!(
        h.query_all_by_value(reason).next().is_some(),
        "the example's reason for networking is shown for editing"
    );
    reach(&mut h, ui.get("alliance-page-agreements"));
    assert!(h.query_by_label(ui.get("agreement-group")).is_some());
    let values = &h.state().session().alliance.agreement.values;
    assert!(
        h.query_all_by_value(values).next().is_some(),
        "the group agreement is shown"
    );
}
