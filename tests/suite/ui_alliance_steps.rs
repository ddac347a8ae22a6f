//! The Plan tab's charts of the alliance and of the spectrum across rounds, driven through the
//! real app with `egui_kittest`. (The network-shape step and the agreements page are tested
//! as components, beside their code.)

use crate::harness::{App, click, empty_map, example, start};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use powermap::words::labels::{self, PLAN_TAB};

/// What the Plan tab's charts tell a screen reader, one text per chart drawn.
fn charts(h: &App) -> Vec<String> {
    h.query_all_by_role(Role::Image)
        .filter_map(|node| node.accesskit_node().label())
        .collect()
}

fn chart<'a>(charts: &'a [String], title: &str) -> &'a str {
    charts
        .iter()
        .find(|c| c.starts_with(title))
        .unwrap_or_else(|| panic!("no chart {title} in {charts:?}"))
}

#[test]
fn the_plan_tab_charts_the_examples_partners_needs_and_rounds() {
    let mut h = start(Some(example("migrant-voting-rights.json")));
    assert!(charts(&h).is_empty(), "the charts live in the Plan tab");
    click(&mut h, labels::text(PLAN_TAB));
    let drawn = charts(&h);
    assert_eq!(drawn.len(), 3, "{drawn:?}");

    let levels = chart(&drawn, "Partners by level");
    for figures in [
        "Cooperation: 3 now, 3 aimed",
        "Network: 1 now, 2 aimed",
        "Campaign coalition: 1 now, 2 aimed",
        "Strategic alliance: 0 now, 1 aimed",
        "Merger or structural affiliation: 0 now, 0 aimed",
    ] {
        assert!(levels.contains(figures), "{figures} in {levels}");
    }

    let needs = chart(&drawn, "Needs covered");
    let session = h.state().session();
    let open = powermap::guidance::coverage(session)
        .iter()
        .filter(|c| c.is_uncovered())
        .count();
    assert!(open > 0, "the example leaves a need open");
    let covered = session.alliance.needs().len() - open;
    assert!(
        needs.contains(&format!("{covered} covered, {open} not covered")),
        "{needs}"
    );
    assert!(
        h.query_by_label_contains("Nobody offers yet: ").is_some(),
        "the open needs are named"
    );

    let slices = chart(&drawn, "Actors per slice, by round");
    let kick_off = slices.find("Kick-off workshop:").expect("the first round");
    let launch = slices.find("After the launch:").expect("the second round");
    let now = slices.find("Now:").expect("the map now");
    assert!(kick_off < launch && launch < now, "oldest first: {slices}");
    let bars = powermap::guidance::slices_per_round(session);
    let [allies, leaning, neutral, against, opposed] = bars[bars.len() - 1].counts;
    let now_figures = format!(
        "Now: Active allies {allies}, Passive allies {leaning}, Neutral {neutral}, \
         Passive opposition {against}, Active opposition {opposed}"
    );
    assert!(
        slices[now..].starts_with(&now_figures),
        "{now_figures} in {slices}"
    );
    assert!(allies + leaning + neutral + against + opposed > 0);
    assert!(h.query_by_label("1: Kick-off workshop").is_some());
}

#[test]
fn an_empty_map_says_in_a_line_that_there_is_nothing_to_chart() {
    let mut h = empty_map();
    click(&mut h, labels::text(PLAN_TAB));
    let drawn = charts(&h);
    assert!(
        !drawn.iter().any(|c| c.starts_with("Partners by level")),
        "{drawn:?}"
    );
    assert!(!drawn.iter().any(|c| c.starts_with("Needs covered")));
    assert!(
        h.query_by_label("No partners yet: set a level, now or aimed, on an actor.")
            .is_some()
    );
    assert!(
        h.query_by_label("Nobody is marked as offering anything yet.")
            .is_some()
    );
    let us_placed = h
        .state()
        .session()
        .actors
        .iter()
        .any(|a| a.spectrum.is_some());
    assert_eq!(
        drawn.iter().any(|c| c.starts_with("Actors per slice")),
        us_placed,
        "the spectrum chart shows exactly when someone is placed: {drawn:?}"
    );
    assert_eq!(
        h.query_by_label("Nobody is on the spectrum yet.").is_some(),
        !us_placed
    );
}
