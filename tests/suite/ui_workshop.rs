//! Workshop mode driven through `egui_kittest`: the keyboard paths, presentation mode with
//! nothing private shown, the parking lot, the step-by-step reveal, themes and zoom.

use crate::harness::{drag, empty_map, press, press_with, start_with};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use powermap::app::{AppOptions, Command, PowermapApp, Theme};
use powermap::model::Slice;
use std::path::PathBuf;

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/river-cleanup.json");

fn selected_names(h: &Harness<'static, PowermapApp>) -> Vec<String> {
    let s = h.state().session();
    s.actors
        .iter()
        .filter(|a| h.state().selection().contains(&a.id))
        .map(|a| a.name.clone())
        .collect()
}

/// Quick-add from the keyboard alone (Ctrl+K, type, Enter), leaving the actor unplaced.
fn quick_add(h: &mut Harness<'static, PowermapApp>, name: &str) {
    press_with(h, Modifiers::COMMAND, Key::K);
    h.get_by_label("Add an actor").type_text(name);
    h.run();
    press(h, Key::Enter);
}

#[test]
fn a_workshop_from_the_keyboard_alone() {
    let mut h = empty_map();
    // Quick-add from its key, twice in a row, then hand the keyboard back to the map.
    quick_add(&mut h, "Mayor");
    quick_add(&mut h, "Council");
    press(&mut h, Key::Escape);
    assert!(
        h.state().session().actors[1..].iter().all(|a| a.parked),
        "both wait in the parking lot"
    );
    let names: Vec<&str> = h
        .state()
        .session()
        .actors
        .iter()
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(names, ["Us", "Mayor", "Council"]);

    // Tab walks forward and wraps; Shift+Tab walks back.
    press(&mut h, Key::Escape);
    press(&mut h, Key::Tab);
    assert_eq!(selected_names(&h), ["Us"]);
    press(&mut h, Key::Tab);
    press(&mut h, Key::Tab);
    assert_eq!(selected_names(&h), ["Council"]);
    press(&mut h, Key::Tab);
    assert_eq!(selected_names(&h), ["Us"], "wraps around");
    press_with(&mut h, Modifiers::SHIFT, Key::Tab);
    assert_eq!(selected_names(&h), ["Council"]);
    press_with(&mut h, Modifiers::SHIFT, Key::Tab);
    assert_eq!(selected_names(&h), ["Mayor"]);

    // Arrows move the selected actor on screen; Shift moves further; one run is one undo step.
    let start = h.state().session().actors[1].position;
    press(&mut h, Key::ArrowRight);
    let small = h.state().session().actors[1].position;
    assert!(small.support > start.support && small.influence == start.influence);
    press_with(&mut h, Modifiers::SHIFT, Key::ArrowUp);
    let far = h.state().session().actors[1].position;
    assert!(far.influence - small.influence > 2.0 * (small.support - start.support));
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        h.state().session().actors[1].position,
        start,
        "one undo undoes the run"
    );
    press_with(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(h.state().session().actors[1].position, far);

    // Enter renames.
    press(&mut h, Key::Enter);
    press_with(&mut h, Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("New name").type_text("Mayor Varga");
    h.run();
    press(&mut h, Key::Enter);
    assert_eq!(h.state().session().actors[1].name, "Mayor Varga");
    assert!(h.state().dialog_message().is_none());

    // Number keys send the selection to a slice of the spectrum.
    press(&mut h, Key::Num2);
    assert_eq!(
        h.state().session().actors[1].spectrum.map(|p| p.slice),
        Some(Slice::PassiveAllies)
    );
    press(&mut h, Key::Num5);
    assert_eq!(
        h.state().session().actors[1].spectrum.map(|p| p.slice),
        Some(Slice::ActiveOpposition)
    );

    // P parks the actor off the map and back.
    press(&mut h, Key::P);
    assert!(h.state().session().actors[1].parked);
    assert!(
        h.query_by_label("Mayor Varga on the map").is_none(),
        "not on the map while parked"
    );
    h.get_by_label("Mayor Varga, in the parking lot");
    press(&mut h, Key::P);
    assert!(!h.state().session().actors[1].parked);
    h.get_by_label("Mayor Varga on the map");

    // Delete removes; undo brings it back.
    press(&mut h, Key::Delete);
    assert_eq!(h.state().session().actors.len(), 2);
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().session().actors.len(), 3);

    // ? lists every shortcut, read from the commands table.
    h.key_press_modifiers(Modifiers::SHIFT, Key::Questionmark);
    h.run();
    assert_eq!(
        h.state().dialog_message().as_deref(),
        Some("Keyboard shortcuts")
    );
    for command in [
        Command::Present,
        Command::NextActor,
        Command::Rename,
        Command::Park,
    ] {
        h.get_by_label(&command.describe());
    }
    press(&mut h, Key::Escape);
    assert!(h.state().dialog_message().is_none());
}

#[test]
fn map_keys_leave_text_fields_alone() {
    let mut h = empty_map();
    quick_add(&mut h, "Mayor");
    // The quick-add field still has the keyboard: typing digits and P types them.
    h.get_by_label("Add an actor").type_text("P5");
    h.run();
    press(&mut h, Key::Tab);
    let mayor = &h.state().session().actors[1];
    assert!(
        mayor.spectrum.is_none() && mayor.parked,
        "no map command ran while typing"
    );
}

#[test]
fn presentation_mode_shows_nothing_private() {
    let options = AppOptions::headless(Some(PathBuf::from(EXAMPLE)));
    let mut h = start_with(options, [1280.0, 720.0]);
    let session = h.state().session().clone();
    let with_notes = session
        .actors
        .iter()
        .find(|a| !a.notes.is_empty())
        .expect("an actor with notes");
    let with_doubt = session
        .actors
        .iter()
        .find(|a| !a.uncertain_note.is_empty())
        .expect("an uncertain actor");
    h.state_mut().queue_command(Command::Present);
    h.run();
    h.get_by_label(&format!("{} on the map", with_notes.name))
        .click();
    h.run();
    press(&mut h, Key::F5);
    press(&mut h, Key::F5);
    assert!(h.state().is_presenting());
    for private in [
        &with_notes.notes,
        &with_doubt.uncertain_note,
        &with_notes.contact,
    ] {
        if private.is_empty() {
            continue;
        }
        assert!(
            h.query_by_label_contains(private).is_none(),
            "{private} is shown"
        );
        assert!(
            h.query_by_value(private).is_none(),
            "{private} is in a field"
        );
    }
    assert!(h.query_by_label("Notes").is_none(), "no notes field");
    // Every actor on the map can still be found by its name.
    for actor in session.actors.iter().filter(|a| !a.parked) {
        h.get_by_label(&format!("{} on the map", actor.name));
    }
    press(&mut h, Key::F5);
    assert!(!h.state().is_presenting());
    // A 1280 px window shows one side panel at a time: open the selected actor's.
    h.get_by_label("Actor panel").click();
    h.run();
    h.get_by_label("Notes");
}

#[test]
fn presentation_draws_labels_large_and_reveals_step_by_step() {
    let options = AppOptions::headless(Some(PathBuf::from(EXAMPLE)));
    let mut h = start_with(options, [1280.0, 720.0]);
    press(&mut h, Key::F5);
    let scene = h.state().map_label_size();
    assert!(scene >= 24.0, "labels are {scene} px");
    let total = h.state().session().actors.len();
    h.state_mut().queue_command(Command::StartReveal);
    h.run();
    assert_eq!(h.state().revealed_count(), Some(0));
    let first = h.state().session().reveal_sequence()[0];
    let first_name = h.state().session().actors[first].name.clone();
    assert!(
        h.query_by_label(&format!("{first_name} on the map"))
            .is_none()
    );
    press(&mut h, Key::Space);
    press(&mut h, Key::Space);
    assert_eq!(h.state().revealed_count(), Some(2));
    press(&mut h, Key::Backspace);
    assert_eq!(h.state().revealed_count(), Some(1));
    // While revealing, the map cannot be changed by accident.
    press(&mut h, Key::Delete);
    assert_eq!(h.state().session().actors.len(), total);
    press(&mut h, Key::F5);
    assert_eq!(
        h.state().revealed_count(),
        None,
        "leaving presentation ends the reveal"
    );
}

#[test]
fn theme_zoom_view_and_panels_are_remembered() {
    let dir = tempfile::tempdir().expect("temp");
    let options = || AppOptions {
        config_dir: Some(dir.path().to_owned()),
        ..AppOptions::headless(None)
    };
    let mut h = start_with(options(), [1400.0, 860.0]);
    h.get_by_label("Start an empty map").click();
    h.run();
    h.state_mut()
        .queue_command(Command::UseTheme(Theme::HighContrast));
    press_with(&mut h, Modifiers::COMMAND, Key::Plus);
    press_with(&mut h, Modifiers::COMMAND, Key::Plus);
    h.state_mut().queue_command(Command::ShowSpectrum);
    h.state_mut().queue_command(Command::ToggleLeftPanel);
    h.run();
    assert_eq!(h.ctx.zoom_factor(), 1.25);
    drop(h);

    let mut again = start_with(options(), [1400.0, 860.0]);
    again.get_by_label("Start an empty map").click();
    again.run();
    assert_eq!(again.state().theme(), Theme::HighContrast);
    assert_eq!(again.ctx.zoom_factor(), 1.25);
    assert_eq!(again.state().view_mode(), powermap::app::ViewMode::Spectrum);
    assert!(
        again.query_by_label("Add an actor").is_none(),
        "the left panel stays closed"
    );
    press_with(&mut again, Modifiers::COMMAND, Key::Num0);
    assert_eq!(again.ctx.zoom_factor(), 1.0);
}

#[test]
fn the_facilitator_sets_the_reveal_order() {
    let mut h = empty_map();
    quick_add(&mut h, "Mayor");
    quick_add(&mut h, "Council");
    press(&mut h, Key::Escape);
    h.get_by_label("Plan").click();
    h.run();
    // The Plan tab's charts sit above the reveal order, so it is below the fold.
    h.get_by_label("Reveal order").scroll_to_me();
    h.run();
    h.get_by_label("Reveal order").click();
    h.run();
    h.get_by_label("Reveal Council earlier").scroll_to_me();
    h.run();
    h.get_by_label("Reveal Council earlier").click();
    h.run();
    let s = h.state().session();
    let order: Vec<&str> = s
        .reveal_sequence()
        .iter()
        .map(|&i| s.actors[i].name.as_str())
        .collect();
    assert_eq!(order, ["Us", "Council", "Mayor"]);
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    let s = h.state().session();
    let order: Vec<&str> = s
        .reveal_sequence()
        .iter()
        .map(|&i| s.actors[i].name.as_str())
        .collect();
    assert_eq!(order, ["Us", "Mayor", "Council"], "undoable like any edit");
}

/// Names in the scripts a room is likely to use: the bundled fonts must draw every letter,
/// on screen (egui panics in tests on a missing glyph) and in exports.
const NAMES_IN_MANY_SCRIPTS: [&str; 4] = [
    "Škola Łódź, Ærøskøbing & Açaí",
    "Городской совет",
    "Δήμος Αθηναίων",
    "Žena Đurđević",
];

#[test]
fn names_in_latin_cyrillic_and_greek_are_drawn_on_screen_and_in_exports() {
    let mut h = empty_map();
    for name in NAMES_IN_MANY_SCRIPTS {
        quick_add(&mut h, name);
        place(&mut h);
    }
    press(&mut h, Key::Escape);
    press(&mut h, Key::F5);
    for name in NAMES_IN_MANY_SCRIPTS {
        h.get_by_label(&format!("{name} on the map"));
    }
    for font in [
        powermap::render::fonts::SANS,
        powermap::render::fonts::SANS_BOLD,
    ] {
        let face = ttf_parser::Face::parse(font, 0).expect("bundled font");
        for name in NAMES_IN_MANY_SCRIPTS {
            for c in name.chars().filter(|c| !c.is_whitespace()) {
                assert!(
                    face.glyph_index(c).is_some(),
                    "no glyph for {c:?} in {name}"
                );
            }
        }
    }
    let request = powermap::render::ExportRequest {
        format: powermap::render::ExportFormat::Svg,
        ..powermap::render::ExportRequest::default()
    };
    let (svg, _) = powermap::render::export_svg(h.state().session(), &request).expect("svg");
    let png =
        powermap::render::render_png(&svg, 0.5).expect("the page renders with the bundled fonts");
    assert!(png.len() > 10_000);
    for name in NAMES_IN_MANY_SCRIPTS {
        let escaped = name.replace('&', "&amp;");
        assert!(svg.contains(&escaped), "{name} missing from the export");
    }
}

use crate::common;

/// The projected canvas at 1280 x 720 in presentation mode: the scene the app painted,
/// written as SVG and drawn, compared with `tests/references/presentation-1280x720.png`
/// (`UPDATE_REFERENCES=1` rewrites it). That the painter draws a scene as SVG does is
/// `tests/suite/screen_matches_export.rs`.
#[test]
fn presentation_canvas_matches_its_reference_image() {
    use powermap::render::{render_png, scene_to_svg};
    let options = AppOptions::headless(Some(PathBuf::from(EXAMPLE)));
    let mut h = start_with(options, [1280.0, 720.0]);
    press(&mut h, Key::F5);
    let scene = h.state().power_map_scene().expect("canvas drawn");
    let png = render_png(&scene_to_svg(scene), 1.0).expect("render");
    let reference = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/references/presentation-1280x720.png");
    if std::env::var_os("UPDATE_REFERENCES").is_some() {
        std::fs::write(&reference, &png).expect("write reference");
        return;
    }
    let got = resvg::tiny_skia::Pixmap::decode_png(&png).expect("a PNG");
    let want = resvg::tiny_skia::Pixmap::decode_png(
        &std::fs::read(&reference).expect("reference; run with UPDATE_REFERENCES=1"),
    )
    .expect("reference PNG");
    let (mean, big) = common::difference(&got, &want);
    assert!(
        mean < 1.5 && big < 0.005,
        "mean difference {mean:.3}, {:.3}% of pixels differ",
        big * 100.0
    );
}

#[test]
fn counts_are_singular_for_one() {
    let mut h = empty_map();
    h.get_by_label("1 actor · 0 relationships");
    // The reveal counts in the status line too.
    h.state_mut().queue_command(Command::StartReveal);
    h.run();
    press(&mut h, Key::Space);
    assert_eq!(h.state().revealed_count(), Some(1));
    h.get_by_label("Revealed 1 of 1 actor.");
    assert!(h.query_by_label_contains("1 actors").is_none());
}

/// Put the actor just quick-added (selected, waiting in the parking lot) on the map, as P does.
fn place(h: &mut Harness<'static, PowermapApp>) {
    h.state_mut().queue_command(Command::Park);
    h.run();
}

#[test]
fn a_quick_added_actor_waits_in_the_parking_lot_counted_nowhere() {
    let mut h = empty_map();
    press(&mut h, Key::Escape);
    h.get_by_label("Partner: 0");
    quick_add(&mut h, "Mayor");
    let mayor = h.state().session().actors[1].clone();
    assert!(mayor.parked, "waits unplaced");
    assert!(h.query_by_label("Mayor on the map").is_none());
    let waiting = h.get_by_label("Mayor, in the parking lot").rect().center();
    // Selected, it is named no strategy; with nothing selected, no count holds it.
    assert!(h.query_by_label("Partner").is_none());
    assert!(h.query_by_label("On the neutral line").is_none());
    press(&mut h, Key::Escape);
    press(&mut h, Key::Escape);
    assert!(h.state().selection().is_empty());
    h.get_by_label("Partner: 0");
    assert!(h.query_by_label_contains("On the neutral line").is_none());

    // Dragged from the parking lot onto the map, it is placed where it is let go.
    let target = powermap::model::Position::clamped(0.5, 0.8);
    let to = h
        .state()
        .canvas_transform()
        .expect("canvas drawn")
        .to_screen(target);
    drag(&mut h, waiting, to);
    let placed = h.state().session().actors[1].clone();
    assert!(!placed.parked, "placed by the drag");
    assert!((placed.position.support - 0.5).abs() < 0.03, "{placed:?}");
    h.get_by_label("Mayor on the map");
    press(&mut h, Key::Escape);
    press(&mut h, Key::Escape);
    h.get_by_label("Partner: 1");

    // Setting its position in the side panel places it too.
    quick_add(&mut h, "Press");
    let slider = h
        .query_all_by_role(egui::accesskit::Role::Slider)
        .next()
        .expect("the support slider")
        .rect();
    let at = egui::pos2(slider.left() + slider.width() * 0.8, slider.center().y);
    h.hover_at(at);
    h.step();
    h.drag_at(at);
    h.step();
    h.drop_at(at);
    h.run();
    let press_actor = h.state().session().actors[2].clone();
    assert!(
        !press_actor.parked && press_actor.position.support > 0.3,
        "{press_actor:?}"
    );
    h.get_by_label("Press on the map");

    // P places one where it waits: here the middle of the map, on the neutral line.
    quick_add(&mut h, "Council");
    assert!(h.state().session().actors[3].parked);
    place(&mut h);
    assert!(!h.state().session().actors[3].parked);
    h.get_by_label("Council on the map");
}

#[test]
fn a_reveal_outside_presentation_gives_nothing_away_and_escape_or_a_button_ends_it() {
    let options = AppOptions::headless(Some(PathBuf::from(EXAMPLE)));
    let mut h = start_with(options, [1400.0, 860.0]);
    let session = h.state().session().clone();
    let sequence = session.reveal_sequence();
    let first = session.actors[sequence[0]].name.clone();
    let hidden: Vec<String> = sequence[1..]
        .iter()
        .map(|&i| session.actors[i].name.clone())
        .collect();
    h.get_by_label(&hidden[0]);
    press(&mut h, Key::F6);
    press(&mut h, Key::Space);
    assert_eq!(h.state().revealed_count(), Some(1));
    assert!(!h.state().is_presenting());
    // The actor list, its count and the status bar hold only what the map shows.
    h.get_by_label(&first);
    for name in &hidden {
        assert!(h.query_by_label(name).is_none(), "{name} is listed");
    }
    h.get_by_label("Actors (1)");
    h.get_by_label_contains("1 actor · ");
    // So do the counts per quadrant.
    let counts = session.revealed(1).quadrant_counts();
    for (quadrant, name) in powermap::model::Quadrant::ALL.into_iter().zip([
        "Partner",
        "Awareness raising",
        "Capacity development",
        "Monitor",
    ]) {
        h.get_by_label(&format!("{name}: {}", counts.of(quadrant)));
    }
    // Escape ends it; so does a button in sight.
    press(&mut h, Key::Escape);
    assert_eq!(h.state().revealed_count(), None);
    h.get_by_label(&hidden[0]);
    press(&mut h, Key::F6);
    assert_eq!(h.state().revealed_count(), Some(0));
    h.get_by_label("End the reveal (Esc)").click();
    h.run();
    assert_eq!(h.state().revealed_count(), None);
}
