//! The spectrum of allies, targets and rounds, driven through the real app with `egui_kittest`.

use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use powermap::app::{AppOptions, Command, PowermapApp, install_style};
use powermap::model::{Direction, Slice, SpectrumPlacement};

fn empty_map() -> Harness<'static, PowermapApp> {
    let mut h = Harness::builder()
        .with_size([1400.0, 860.0])
        .build_eframe(|cc| {
            install_style(&cc.egui_ctx);
            PowermapApp::new(AppOptions::headless(None))
        });
    h.run();
    h.get_by_label("Start an empty map").click();
    h.run();
    h
}

/// Add an actor by name and place it as P does (a new actor waits in the parking lot).
fn quick_add(h: &mut Harness<'static, PowermapApp>, name: &str) {
    h.get_by_label("Add an actor").click();
    h.run();
    h.get_by_label("Add an actor").type_text(name);
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.state_mut().queue_command(Command::Park);
    h.run();
}

fn drag(h: &mut Harness<'static, PowermapApp>, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.step();
    h.drag_at(from);
    h.step();
    for t in [0.1, 0.3, 0.6, 1.0] {
        h.hover_at(from.lerp(to, t));
        h.step();
    }
    h.drop_at(to);
    h.run();
}

fn slice_of(h: &Harness<'static, PowermapApp>, name: &str) -> Option<Slice> {
    let actor = h
        .state()
        .session()
        .actors
        .iter()
        .find(|a| a.name == name)
        .expect("actor");
    actor.spectrum.map(|p| p.slice)
}

fn press(h: &mut Harness<'static, PowermapApp>, key: Key) {
    // Click empty canvas first so no text field holds the keyboard.
    h.key_press(key);
    h.run();
}

/// A new actor, selected, put in neutral with the keyboard, on the spectrum view.
fn neutral_union() -> Harness<'static, PowermapApp> {
    let mut h = empty_map();
    quick_add(&mut h, "Union");
    h.get_by_label("Union on the map").click();
    h.run();
    press(&mut h, Key::PageUp);
    assert_eq!(
        slice_of(&h, "Union"),
        Some(Slice::Neutral),
        "an unplaced actor starts in neutral"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    h.run();
    h
}

#[test]
fn dragging_from_neutral_into_passive_allies_changes_the_slice() {
    let mut h = neutral_union();
    let from = h.get_by_label("Union on the spectrum").rect().center();
    let fan = h.state().spectrum_geometry().expect("spectrum drawn");
    let to = fan.to_screen(SpectrumPlacement {
        slice: Slice::PassiveAllies,
        across: 0.4,
        out: 0.6,
    });
    drag(&mut h, from, to);
    let place = h
        .state()
        .session()
        .actors
        .iter()
        .find(|a| a.name == "Union")
        .and_then(|a| a.spectrum)
        .expect("placed");
    assert_eq!(place.slice, Slice::PassiveAllies);
    assert!(
        (place.across - 0.4).abs() < 0.05 && (place.out - 0.6).abs() < 0.05,
        "the place inside the wedge is kept: {place:?}"
    );
    // One drag is one undo step, back to neutral.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(slice_of(&h, "Union"), Some(Slice::Neutral));
}

#[test]
fn tactics_follow_the_slice_and_the_aim() {
    let mut h = neutral_union();
    h.get_by_label("Tactics for this slice");
    h.get_by_label("Win their sympathy");
    // Aim two steps ahead: the advice says to go one step at a time.
    h.get_by_label("Aim").click();
    h.run();
    h.get_by_label("Active allies").click();
    h.run();
    let union = h
        .state()
        .session()
        .actors
        .iter()
        .find(|a| a.name == "Union")
        .expect("union");
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
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    h.run();
    h.get_by_label("Not yet placed (2)");
    let from = h.get_by_label("Press, not yet placed").rect().center();
    let fan = h.state().spectrum_geometry().expect("spectrum drawn");
    let to = fan.to_screen(SpectrumPlacement::middle_of(Slice::PassiveOpposition));
    drag(&mut h, from, to);
    assert_eq!(slice_of(&h, "Press"), Some(Slice::PassiveOpposition));
    h.get_by_label("Press on the spectrum");
}

#[test]
fn rounds_record_compare_and_look_back() {
    let mut h = neutral_union();
    h.get_by_label("Plan").click();
    h.run();
    h.get_by_label("Record a round").click();
    h.run();
    assert_eq!(h.state().session().rounds.len(), 1);

    // Move the union toward us on both views.
    h.get_by_label("Union on the spectrum").click();
    h.run();
    press(&mut h, Key::PageUp);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    h.run();
    let from = h.get_by_label("Union on the map").rect().center();
    drag(&mut h, from, from + egui::vec2(90.0, -40.0));

    h.get_by_label("Compare with now").click();
    h.run();
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

    h.get_by_label("Look back").click();
    h.run();
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
    h.get_by_label("Back to now").click();
    h.run();
    assert!(!h.state().is_looking_back());
}
