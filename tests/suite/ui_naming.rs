//! Every actor named in the real app: each example in presentation mode on a 1280 x 720
//! projector, on the power map and on the spectrum, and side by side at 1920 x 1080, with
//! egui's own text layout deciding what fits.

use crate::harness;
use crate::harness::{App, start_with};
use egui::Key;
use powermap::app::{AppOptions, Command};
use powermap::model::Session;
use std::collections::HashSet;
use std::path::PathBuf;

const EXAMPLES: [&str; 3] = [
    "migrant-voting-rights",
    "river-cleanup",
    "university-funding",
];

fn example(name: &str) -> PathBuf {
    harness::example(&format!("{name}.json"))
}

fn app(file: PathBuf, size: [f32; 2]) -> App {
    start_with(AppOptions::headless(Some(file)), size)
}

fn show(h: &mut App, command: Command) {
    h.state_mut().queue_command(command);
    // A few frames: the first places the names, the next keep them.
    for _ in 0..3 {
        h.run();
    }
}

/// The actors a view places: on the map unless parked, on the spectrum if in a slice.
fn placed(session: &Session, power: bool) -> HashSet<usize> {
    session
        .actors
        .iter()
        .enumerate()
        .filter(|(_, a)| {
            if power {
                !a.parked
            } else {
                a.spectrum.is_some()
            }
        })
        .map(|(i, _)| i)
        .collect()
}

/// Every actor the view places is named in full.
fn assert_all_named(h: &App, power: bool, what: &str) {
    let (map, fan) = h.state().names_drawn();
    let drawn = if power { map } else { fan };
    let session = h.state().session();
    let in_full: HashSet<usize> = drawn
        .names()
        .filter(|&(_, _, full)| full)
        .map(|(actor, _, _)| actor)
        .collect();
    for actor in placed(session, power) {
        assert!(
            in_full.contains(&actor),
            "{what}: {} is not named in full",
            session.actors[actor].name
        );
    }
    for (actor, text, _) in drawn.names() {
        assert_eq!(
            text.replace('\n', " "),
            session.actors[actor].name,
            "{what}: the name drawn"
        );
    }
    assert_eq!(drawn.unnamed(), 0, "{what}");
}

#[test]
fn presentation_on_a_projector_names_every_actor_on_both_views() {
    for name in EXAMPLES {
        let mut h = app(example(name), [1280.0, 720.0]);
        h.key_press(Key::F5);
        h.run();
        assert!(h.state().is_presenting());
        show(&mut h, Command::ShowPowerMap);
        assert_all_named(&h, true, &format!("{name}, power map"));
        show(&mut h, Command::ShowSpectrum);
        assert_all_named(&h, false, &format!("{name}, spectrum"));
    }
}

#[test]
fn side_by_side_on_a_wide_screen_names_every_actor() {
    for name in EXAMPLES {
        let mut h = app(example(name), [1920.0, 1080.0]);
        show(&mut h, Command::ShowBoth);
        assert_all_named(&h, true, &format!("{name}, side by side, power map"));
        assert_all_named(&h, false, &format!("{name}, side by side, spectrum"));
    }
}

#[test]
fn a_laptop_window_with_its_panels_names_every_actor() {
    for name in EXAMPLES {
        let mut h = app(example(name), [1366.0, 768.0]);
        show(&mut h, Command::ShowPowerMap);
        assert_all_named(&h, true, &format!("{name}, laptop, power map"));
        show(&mut h, Command::ShowSpectrum);
        assert_all_named(&h, false, &format!("{name}, laptop, spectrum"));
    }
}
