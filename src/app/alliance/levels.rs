//! The continuum's five levels as the interface shows them: their names, what sets each
//! apart (seven traits, in the reference grid and on hover), and the drop-downs that choose a
//! level or a 1-5 rating, shared by the continuum page and the actor panel.

use crate::model::{Assessment, Collaboration};
use crate::words::{self, Words};
use egui::{RichText, Ui};

/// A level's name, in the map's language.
pub(crate) fn level_name(level: Collaboration, words: &'static Words) -> &'static str {
    words.get(crate::guidance::collaboration_id(level))
}

/// The seven traits that tell the levels apart: the trait's name, then what it is at each
/// level, loosest first (message ids).
const TRAITS: [(&str, [&str; 5]); 7] = [
    (
        "trait-purpose",
        [
            "trait-purpose-cooperation",
            "trait-purpose-network",
            "trait-purpose-campaign_coalition",
            "trait-purpose-strategic_alliance",
            "trait-purpose-merger",
        ],
    ),
    (
        "trait-horizon",
        [
            "trait-horizon-cooperation",
            "trait-horizon-network",
            "trait-horizon-campaign_coalition",
            "trait-horizon-strategic_alliance",
            "trait-horizon-merger",
        ],
    ),
    (
        "trait-vision",
        [
            "trait-vision-cooperation",
            "trait-vision-network",
            "trait-vision-campaign_coalition",
            "trait-vision-strategic_alliance",
            "trait-vision-merger",
        ],
    ),
    (
        "trait-decisions",
        [
            "trait-decisions-cooperation",
            "trait-decisions-network",
            "trait-decisions-campaign_coalition",
            "trait-decisions-strategic_alliance",
            "trait-decisions-merger",
        ],
    ),
    (
        "trait-depth",
        [
            "trait-depth-cooperation",
            "trait-depth-network",
            "trait-depth-campaign_coalition",
            "trait-depth-strategic_alliance",
            "trait-depth-merger",
        ],
    ),
    (
        "trait-accountability",
        [
            "trait-accountability-cooperation",
            "trait-accountability-network",
            "trait-accountability-campaign_coalition",
            "trait-accountability-strategic_alliance",
            "trait-accountability-merger",
        ],
    ),
    (
        "trait-commitment",
        [
            "trait-commitment-cooperation",
            "trait-commitment-network",
            "trait-commitment-campaign_coalition",
            "trait-commitment-strategic_alliance",
            "trait-commitment-merger",
        ],
    ),
];

/// What `level` is like, trait by trait: (trait, what it is at this level).
pub(crate) fn traits(level: Collaboration) -> [(&'static str, &'static str); 7] {
    let at = usize::from(level.step() - 1);
    TRAITS.map(|(name, by_level)| (words::ui().get(name), words::ui().get(by_level[at])))
}

/// A level's traits, for a tooltip.
fn traits_tooltip(ui: &mut Ui, level: Collaboration, map_words: &'static Words) {
    ui.label(RichText::new(level_name(level, map_words)).strong());
    egui::Grid::new(("traits", level.key()))
        .num_columns(2)
        .show(ui, |ui| {
            for (name, what) in traits(level) {
                ui.label(RichText::new(name).weak());
                ui.label(what);
                ui.end_row();
            }
        });
}

/// Every level side by side, trait by trait: the reference the group reads before choosing.
pub(crate) fn reference_grid(ui: &mut Ui, map_words: &'static Words) {
    // Wide enough for the longest trait texts on two lines, narrow enough for 1280 px.
    let column = 150.0;
    egui::Grid::new("levels reference")
        .striped(true)
        .num_columns(6)
        .min_col_width(column)
        .max_col_width(column)
        .show(ui, |ui| {
            ui.label("");
            for level in Collaboration::ALL {
                ui.label(RichText::new(level_name(level, map_words)).strong());
            }
            ui.end_row();
            for (name, by_level) in TRAITS {
                ui.label(RichText::new(words::ui().get(name)).weak());
                for id in by_level {
                    ui.add(egui::Label::new(words::ui().get(id)).wrap());
                }
                ui.end_row();
            }
        });
}

/// How a drop-down is announced to screen readers (and found by tests).
#[derive(Clone, Copy)]
pub(crate) enum Named<'a> {
    /// By this name, where no visible label sits beside it (a table's cell).
    As(&'a str),
    /// By the visible label with this id.
    By(egui::Id),
}

impl Named<'_> {
    fn apply(self, response: egui::Response) -> egui::Response {
        match self {
            Self::As(name) => response.accessible_name(name),
            Self::By(label) => response.labelled_by(label),
        }
    }
}

/// A drop-down choosing a level or none, announced as `name` says; each level shows its traits
/// on hover. Returns whether the choice changed.
pub(crate) fn level_combo(
    ui: &mut Ui,
    name: Named<'_>,
    id_salt: impl egui::AsIdSalt,
    level: &mut Option<Collaboration>,
    map_words: &'static Words,
    width: f32,
) -> bool {
    let before = *level;
    let none = words::ui().get("alliance-level-none");
    let shown = level.map_or(none, |l| level_name(l, map_words));
    let response = name.apply(
        egui::ComboBox::from_id_salt(id_salt)
            .selected_text(shown)
            .width(width)
            .show_ui(ui, |ui| {
                ui.selectable_value(level, None, none);
                for option in Collaboration::ALL {
                    ui.selectable_value(level, Some(option), level_name(option, map_words))
                        .on_hover_ui(|ui| traits_tooltip(ui, option, map_words));
                }
            })
            .response,
    );
    if let Some(current) = before {
        response.on_hover_ui(|ui| traits_tooltip(ui, current, map_words));
    }
    *level != before
}

/// A drop-down choosing a 1-5 rating or none, announced as `name` says. Returns whether it
/// changed.
pub(crate) fn rating_combo(
    ui: &mut Ui,
    name: Named<'_>,
    id_salt: impl egui::AsIdSalt,
    rating: &mut Option<u8>,
    width: f32,
) -> bool {
    let before = *rating;
    let none = words::ui().get("alliance-rating-none");
    // A dash while unrated keeps the column narrow; the list says it in words.
    let shown = rating.map_or_else(
        || words::ui().get("alliance-rating-dash").to_owned(),
        |r| r.to_string(),
    );
    name.apply(
        egui::ComboBox::from_id_salt(id_salt)
            .selected_text(shown)
            .width(width)
            .show_ui(ui, |ui| {
                ui.selectable_value(rating, None, none);
                for value in Assessment::MIN..=Assessment::MAX {
                    ui.selectable_value(rating, Some(value), value.to_string());
                }
            })
            .response,
    );
    *rating != before
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_level_has_seven_traits_of_its_own() {
        for (name, by_level) in TRAITS {
            for id in std::iter::once(name).chain(by_level) {
                assert_ne!(words::ui().get(id), id, "no message {id}");
            }
        }
        let mut seen = std::collections::HashSet::new();
        for level in Collaboration::ALL {
            for (name, what) in traits(level) {
                assert!(!name.is_empty() && !what.is_empty(), "{level:?}");
                assert!(seen.insert(what), "{what} is said of two levels");
            }
        }
        assert_eq!(seen.len(), 35);
    }
}
