//! The spectrum of allies, targets and rounds, driven through the real app with `egui_kittest`.

use crate::harness::{App, actor, click, drag, empty_map, press, press_with, quick_add, slice_of};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use powermap::model::{Direction, Slice, SpectrumPlacement};
use powermap::words::labels::{
    self, AIM, BACK_TO_NOW, COMPARE_WITH_NOW, LOOK_BACK, PLAN_TAB, RECORD_ROUND, in_the_tray,
    on_the_map, on_the_spectrum,
};

/// A new actor, selected, put in neutral with the keyboard, on the spectrum view.
fn neutral_union() -> App {
    let mut h = empty_map();
    quick_add(&mut h, "Union");
    click(&mut h, &on_the_map("Union"));
    press(&mut h, Key::PageUp);
    assert_eq!(
        slice_of(&h, "Union"),
        Some(Slice::Neutral),
        "an unplaced actor starts in neutral"
    );
    press_with(&mut h, Modifiers::COMMAND, Key::Num2);
    h
}

#[test]
fn dragging_from_neutral_into_passive_allies_changes_the_slice() {
    let mut h = neutral_union();
    let from = h.get_by_label(&on_the_spectrum("Union")).rect().center();
    let fan = h.state().spectrum_geometry().expect("spectrum drawn");
    let to = fan.to_screen(SpectrumPlacement {
        slice: Slice::PassiveAllies,
        across: 0.4,
        out: 0.6,
    });
    drag(&mut h, from, to);
    let place = actor(&h, "Union").spectrum.expect("placed");
    assert_eq!(place.slice, Slice::PassiveAllies);
    assert!(
        (place.across - 0.4).abs() < 0.05 && (place.out - 0.6).abs() < 0.05,
        "the place inside the wedge is kept: {place:?}"
    );
    // One drag is one undo step, back to neutral.
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(slice_of(&h, "Union"), Some(Slice::Neutral));
}

#[test]
fn tactics_follow_the_slice_and_the_aim() {
    let mut h = neutral_union();
    h.get_by_label("Tactics for this slice");
    h.get_by_label("Win their sympathy");
    // Aim two steps ahead: the advice says to go one step at a time.
    click(&mut h, labels::text(AIM));
    click(&mut h, "Active allies");
    let union = actor(&h, "Union");
    assert_eq!(union.target_slice, Some(Slice::ActiveAllies));
    h.get_by_label_contains("one step at a time");
    // One slice toward us: the tactics change with it.
    press(&mut h, Key::PageUp);
    assert_eq!(slice_of(&h, "Union"), Some(Slice::PassiveAllies));
    h.get_by_label("Turn agreement into action");
    assert!(h.query_by_label("Win their sympathy").is_none());
}

#[test]
fn active_opposition_gets_advice_not_to_convert() {
    let mut h = neutral_union();
    press(&mut h, Key::PageDown);
    press(&mut h, Key::PageDown);
    assert_eq!(slice_of(&h, "Union"), Some(Slice::ActiveOpposition));
    h.get_by_label_contains("Do not try to convert them");
}

#[test]
fn the_tray_holds_unplaced_actors_until_dragged_in() {
    let mut h = empty_map();
    quick_add(&mut h, "Press");
    press_with(&mut h, Modifiers::COMMAND, Key::Num2);
    h.get_by_label("Not yet placed (2)");
    let from = h.get_by_label(&in_the_tray("Press")).rect().center();
    let fan = h.state().spectrum_geometry().expect("spectrum drawn");
    let to = fan.to_screen(SpectrumPlacement::middle_of(Slice::PassiveOpposition));
    drag(&mut h, from, to);
    assert_eq!(slice_of(&h, "Press"), Some(Slice::PassiveOpposition));
    h.get_by_label(&on_the_spectrum("Press"));
}

#[test]
fn rounds_record_compare_and_look_back() {
    let mut h = neutral_union();
    click(&mut h, labels::text(PLAN_TAB));
    click(&mut h, labels::text(RECORD_ROUND));
    assert_eq!(h.state().session().rounds.len(), 1);

    // Move the union toward us on both views.
    click(&mut h, &on_the_spectrum("Union"));
    press(&mut h, Key::PageUp);
    press_with(&mut h, Modifiers::COMMAND, Key::Num3);
    let from = h.get_by_label(&on_the_map("Union")).rect().center();
    drag(&mut h, from, from + egui::vec2(90.0, -40.0));

    click(&mut h, labels::text(COMPARE_WITH_NOW));
    let movements = h.state().compare_movements();
    assert_eq!(movements.len(), 1);
    assert_eq!(movements[0].direction, Direction::TowardUs);
    assert_eq!(
        movements[0].spectrum.0.map(|p| p.slice),
        Some(Slice::Neutral)
    );
    assert_eq!(
        movements[0].spectrum.1.map(|p| p.slice),
        Some(Slice::PassiveAllies)
    );
    assert_eq!(
        h.state().movement_arrows_drawn(),
        (1, 1),
        "one arrow on each view"
    );
    h.get_by_label_contains("Union, toward us");

    click(&mut h, labels::text(LOOK_BACK));
    assert!(h.state().is_looking_back());
    let then = h.state().session().rounds[0]
        .actors
        .iter()
        .find(|e| e.spectrum.is_some())
        .and_then(|e| e.spectrum);
    assert_eq!(
        then.map(|p| p.slice),
        Some(Slice::Neutral),
        "the round kept the old slice"
    );
    click(&mut h, labels::text(BACK_TO_NOW));
    assert!(!h.state().is_looking_back());
}
