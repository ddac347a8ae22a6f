//! Filters and search: filtered-out actors are dimmed on both views, matches are highlighted.

use super::context::PanelContext;
use super::widgets::labelled_combo;
use crate::guidance::category_label;
use crate::model::{Actor, ActorKind};
use crate::scene::Emphasis;
use crate::words;
use egui::{TextEdit, Ui};
use std::collections::BTreeSet;

/// What the room is looking for. Empty fields filter nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Names containing this (any case) are highlighted.
    pub search: String,
    /// Only this kind.
    pub kind: Option<ActorKind>,
    /// Only this category key.
    pub category: Option<String>,
    /// Only actors with this tag.
    pub tag: Option<String>,
    /// Only actors marked uncertain.
    pub uncertain_only: bool,
    /// Only targets of the next action.
    pub targets_only: bool,
}

impl Filters {
    /// Whether any filter (not the search) is set.
    pub fn any(&self) -> bool {
        self.kind.is_some()
            || self.category.is_some()
            || self.tag.is_some()
            || self.uncertain_only
            || self.targets_only
    }

    /// Whether `actor` passes every filter that is set.
    pub fn passes(&self, actor: &Actor) -> bool {
        self.kind.is_none_or(|k| actor.kind == k)
            && self.category.as_ref().is_none_or(|c| &actor.category == c)
            && self.tag.as_ref().is_none_or(|t| actor.tags.contains(t))
            && (!self.uncertain_only || actor.uncertain)
            && (!self.targets_only || actor.next_action)
    }

    /// How to draw `actor`: dimmed when filtered out, highlighted when its name matches.
    pub fn emphasis(&self, actor: &Actor, needle: &str) -> Emphasis {
        if !self.passes(actor) {
            Emphasis::Dimmed
        } else if !needle.is_empty() && actor.name.to_lowercase().contains(needle) {
            Emphasis::Highlighted
        } else {
            Emphasis::Normal
        }
    }
}

/// The search field and the filters, in one row above the views. The widgets change a copy;
/// a changed copy replaces the view's filters after this frame.
pub(super) fn filter_bar(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    let session = cx.session;
    let map_words = cx.words();
    let mut edited = cx.view.filters.clone();
    let filters = &mut edited;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(words::ui().get("filter-highlight"));
        ui.add(
            TextEdit::singleline(&mut filters.search)
                .hint_text(words::ui().get("filter-highlight-hint"))
                .desired_width(130.0),
        )
        .labelled_by(label.id);
        let any_kind = words::ui().get("filter-any-kind");
        let kind_text = filters.kind.map_or(any_kind, |k| map_words.kind(k));
        let kind_label = words::ui().get("filter-kind");
        labelled_combo(ui, kind_label, "filter kind", kind_text, 110.0, |ui| {
            ui.selectable_value(&mut filters.kind, None, any_kind);
            for kind in ActorKind::ALL {
                ui.selectable_value(&mut filters.kind, Some(kind), map_words.kind(kind));
            }
        });
        let category_text = filters
            .category
            .as_deref()
            .map_or(words::ui().get("filter-any-category"), |c| {
                category_label(c, map_words)
            })
            .to_owned();
        labelled_combo(
            ui,
            words::ui().get("filter-category"),
            "filter category",
            category_text,
            140.0,
            |ui| {
                ui.selectable_value(
                    &mut filters.category,
                    None,
                    words::ui().get("filter-any-category"),
                );
                // Gathered only while the list is open: a map of thousands of actors
                // would pay for it on every frame.
                let categories: BTreeSet<&str> = session
                    .actors
                    .iter()
                    .map(|a| a.category.as_str())
                    .filter(|c| !c.is_empty())
                    .collect();
                for c in categories {
                    ui.selectable_value(
                        &mut filters.category,
                        Some(c.to_owned()),
                        category_label(c, map_words),
                    );
                }
            },
        );
        let any_tag = words::ui().get("filter-any-tag");
        let tag_text = filters.tag.clone().unwrap_or_else(|| any_tag.to_owned());
        let tag_label = words::ui().get("filter-tag");
        labelled_combo(ui, tag_label, "filter tag", tag_text, 110.0, |ui| {
            ui.selectable_value(&mut filters.tag, None, any_tag);
            let tags: BTreeSet<&str> = session
                .actors
                .iter()
                .flat_map(|a| a.tags.iter().map(String::as_str))
                .collect();
            for t in tags {
                ui.selectable_value(&mut filters.tag, Some(t.to_owned()), t);
            }
        });
        ui.checkbox(
            &mut filters.uncertain_only,
            words::ui().get("filter-uncertain-only"),
        );
        ui.checkbox(
            &mut filters.targets_only,
            words::ui().get("filter-targets-only"),
        );
        if (filters.any() || !filters.search.is_empty())
            && ui.button(words::ui().get("filter-clear")).clicked()
        {
            *filters = Filters::default();
        }
    });
    if edited != cx.view.filters {
        cx.out.change_view(move |view| view.filters = edited);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Position;

    #[test]
    fn filtered_out_actors_dim_and_matches_highlight() {
        let mut mayor = Actor::new("Mayor Varga", Position::CENTER);
        mayor.kind = ActorKind::Individual;
        let council = Actor::new("Council", Position::CENTER);
        let filters = Filters {
            kind: Some(ActorKind::Individual),
            ..Filters::default()
        };
        assert_eq!(filters.emphasis(&mayor, "varga"), Emphasis::Highlighted);
        assert_eq!(filters.emphasis(&council, "varga"), Emphasis::Dimmed);
        assert_eq!(Filters::default().emphasis(&council, ""), Emphasis::Normal);
    }
}
