//! The layout adapts to the window: side panels, the fan, side by side and the legend, driven
//! through `egui_kittest` at the sizes organizers use (a 1366 x 768 laptop, 1920 x 1080).

use crate::harness::{App, LAPTOP, click, example, press, press_with, start_with};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use powermap::app::AppOptions;
use powermap::words::labels::{self, ACTOR_PANEL, NOTHING_SELECTED, QUICK_ADD};

/// The app with an example open, in a window of `size`.
fn app(size: [f32; 2]) -> App {
    let open = example("migrant-voting-rights.json");
    start_with(AppOptions::headless(Some(open)), size)
}

fn canvas_width(h: &App) -> f32 {
    h.state()
        .canvas_transform()
        .expect("canvas drawn")
        .screen
        .width()
}

fn left_open(h: &App) -> bool {
    h.query_by_label(labels::text(QUICK_ADD)).is_some()
}

fn right_open(h: &App) -> bool {
    h.query_by_label(labels::text(NOTHING_SELECTED)).is_some()
}

fn assert_canvas_share(h: &App, window: f32, when: &str) {
    let width = canvas_width(h);
    assert!(
        width >= 0.6 * window,
        "{when}: the canvas is {width} of {window} px ({:.0} %)",
        100.0 * width / window
    );
}

#[test]
fn a_laptop_keeps_most_of_its_width_for_the_canvas_and_panels_one_click_away() {
    let mut h = app(LAPTOP);
    assert_canvas_share(&h, 1366.0, "on opening");
    assert!(
        left_open(&h) && !right_open(&h),
        "one panel at a time, the left first"
    );

    click(&mut h, labels::text(ACTOR_PANEL));
    assert!(right_open(&h) && !left_open(&h), "the toggle swaps panels");
    assert_canvas_share(&h, 1366.0, "with the actor panel");

    press_with(&mut h, Modifiers::COMMAND, Key::R);
    assert!(!right_open(&h) && !left_open(&h), "the shortcut closes it");
    assert_canvas_share(&h, 1366.0, "with no panel");

    press_with(&mut h, Modifiers::COMMAND, Key::L);
    assert!(left_open(&h), "the shortcut opens the left panel");
    assert_canvas_share(&h, 1366.0, "with the left panel");
}

#[test]
fn a_wide_screen_shows_both_panels_and_still_keeps_the_canvas_share() {
    for width in [1400.0, 1920.0] {
        let h = app([width, 1080.0]);
        assert!(left_open(&h) && right_open(&h), "both panels at {width} px");
        assert_canvas_share(&h, width, "both panels");
    }
}

#[test]
fn side_by_side_gives_the_fan_the_width_it_can_use() {
    let mut h = app([1920.0, 1080.0]);
    press_with(&mut h, Modifiers::COMMAND, Key::Num3);
    let map = canvas_width(&h);
    let fan = h.state().spectrum_geometry().expect("spectrum drawn");
    // Both panels are open: the views share about 1270 px.
    assert!(
        fan.outer >= 350.0,
        "the fan's radius is {} px beside a {map} px map",
        fan.outer
    );
    assert!(map >= 480.0, "the map is {map} px wide");
}

/// Every legend entry's text, with its distance from the legend's left edge and its height.
fn legend_entries(h: &App, window_height: f32) -> Vec<(String, f32, f32)> {
    let in_strip = |r: egui::Rect| r.top() > window_height - 200.0;
    let left = h
        .query_all_by_label("Legend")
        .map(|n| n.rect())
        .find(|&r| in_strip(r))
        .expect("the legend is shown")
        .left();
    powermap::scene::power_map_legend(
        &powermap::scene::Palette::light(),
        powermap::words::Words::english(),
    )
    .iter()
    .map(|entry| {
        let rect = h
            .query_all_by_label(entry.text)
            .map(|n| n.rect())
            .find(|&r| in_strip(r))
            .unwrap_or_else(|| panic!("{} is in the legend", entry.text));
        (entry.text.to_owned(), rect.left() - left, rect.height())
    })
    .collect()
}

#[test]
fn legend_entries_wrap_whole_and_read_large_when_presenting() {
    // Every window width from 1000 to 1920 px wraps the legend somewhere else.
    let widths = (0..24).map(|k| ([1000.0 + 40.0 * k as f32, 768.0], false));
    for (size, present) in widths.chain([([1366.0, 768.0], false), ([1280.0, 720.0], true)]) {
        let mut h = app(size);
        if present {
            press(&mut h, Key::F5);
        }
        // Names are drawn at this size at most (smaller on a crowded canvas); the legend at
        // four fifths of it reads from as far.
        let names = h.state().map_label_size() * 0.8;
        for (text, from_left, height) in legend_entries(&h, size[1]) {
            // A symbol is as wide as 1.6 text heights; wrapped alone, a text would start the row.
            assert!(
                from_left >= 16.0,
                "{size:?}: \"{text}\" starts a legend row without its symbol"
            );
            if present {
                assert!(
                    height >= names,
                    "{size:?}: \"{text}\" is {height} px tall beside names of {names} px"
                );
            }
        }
    }
}
