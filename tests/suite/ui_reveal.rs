//! The reveal of a kept placement round, driven through `egui_kittest`: the Plan tab lists
//! the round, showing it draws the room's answers on the map, the actors come most disputed
//! first, and each is moved to the median (one undo step) or kept where it is.

use crate::harness::{App, command, example, start};
use egui_kittest::kittest::{NodeT, Queryable};
use powermap::app::Command;
use powermap::model::{PlacementRound, most_disputed_first};
use powermap::words::labels;

/// The example with its kept round, on the Plan tab, with the round's spread shown.
fn spread_shown() -> (App, PlacementRound) {
    let mut h = start(Some(example("migrant-voting-rights.json")));
    let round = h.state().session().placement_rounds[0].clone();
    h.get_by_label(labels::text("list-tab-plan")).click();
    h.run();
    let label = h.state().words().counted_with(
        "reveal-round",
        round.participants as usize,
        &[("opened", &round.opened_readable())],
    );
    h.get_by_label(&label).scroll_to_me();
    h.run();
    h.get_by_label(&label).click();
    h.run();
    h.run();
    (h, round)
}

/// The dots drawn on the power map in the spread's colour.
fn spread_dots(h: &App) -> usize {
    h.state().power_map_scene().map_or(0, |scene| {
        scene
            .dots
            .iter()
            .filter(|d| d.color == scene.palette.spread)
            .count()
    })
}

#[test]
fn showing_a_round_draws_every_answer_and_lists_the_most_disputed_first() {
    let h = start(Some(example("migrant-voting-rights.json")));
    assert_eq!(
        spread_dots(&h),
        0,
        "nothing is shown before a round is chosen"
    );
    drop(h);
    let (mut h, round) = spread_shown();
    let spreads = most_disputed_first(&round);
    let placed: usize = spreads.iter().map(|s| s.places.len()).sum();
    let medians = spreads.iter().filter(|s| s.map.is_some()).count();
    assert_eq!(spread_dots(&h), placed + medians);
    // The legend says what the dots are while they show.
    let legend = h.state().words().get("legend-spread");
    assert!(
        h.query_by_label(legend).is_some(),
        "no legend line for the spread"
    );
    // The names in the panel come in the order of disagreement.
    let names: Vec<String> = spreads
        .iter()
        .map(|s| {
            let a = h.state().session().actors.iter().find(|a| a.id == s.actor);
            a.map(|a| a.name.clone()).unwrap_or_default()
        })
        .collect();
    assert_eq!(
        names[0], "The Valmora Courier",
        "the example's disputed actor"
    );
    h.get_by_label(&names[0]).scroll_to_me();
    h.run();
    // Read in one frame: scrolling in between would move the list.
    let first = h.get_by_label(&names[0]).rect().top();
    let second = h.get_by_label(&names[1]).rect().top();
    assert!(first < second, "{} is listed before {}", names[0], names[1]);
    // Closing the spread takes the dots away.
    h.get_by_label(labels::text("reveal-close")).scroll_to_me();
    h.run();
    h.get_by_label(labels::text("reveal-close")).click();
    h.run();
    assert!(
        h.query_by_label(legend).is_none(),
        "the legend line goes with the spread"
    );
    h.run();
    assert_eq!(spread_dots(&h), 0);
}

#[test]
fn adopting_a_median_moves_the_actor_and_one_undo_brings_it_back() {
    let (mut h, round) = spread_shown();
    let disputed = &most_disputed_first(&round)[0];
    let find = |h: &App| {
        h.state()
            .session()
            .actors
            .iter()
            .find(|a| a.id == disputed.actor)
            .cloned()
    };
    let before = find(&h).expect("the disputed actor is on the map");
    let median = disputed.map.expect("the room placed it").median;
    assert_ne!(before.position, median);
    let adopt = labels::text("reveal-adopt");
    h.get_all_by_label(adopt)
        .next()
        .expect("a button")
        .scroll_to_me();
    h.run();
    h.get_all_by_label(adopt).next().expect("a button").click();
    h.run();
    let after = find(&h).expect("still there");
    assert_eq!(after.position, median);
    assert_eq!(
        after.spectrum.map(|p| p.slice),
        disputed.slice.map(|s| s.median)
    );
    command(&mut h, Command::Undo);
    assert_eq!(find(&h), Some(before));
}

#[test]
fn keep_moves_nothing() {
    let (mut h, _) = spread_shown();
    let before = h.state().session().clone();
    let keep = labels::text("reveal-keep");
    let buttons = h.get_all_by_label(keep).count();
    h.get_all_by_label(keep)
        .next()
        .expect("a button")
        .scroll_to_me();
    h.run();
    h.get_all_by_label(keep).next().expect("a button").click();
    h.run();
    assert_eq!(h.state().session(), &before);
    assert!(!h.state().is_dirty());
    // The kept actor is done: its buttons are no longer offered.
    let enabled = h
        .get_all_by_label(keep)
        .filter(|n| !n.accesskit_node().is_disabled())
        .count();
    assert_eq!(enabled, buttons - 1);
}
