//! The campaign: title, problem, objective, date, and the theory of change.

use super::context::PanelContext;
use super::widgets::{Typing, labelled_combo, text_block, text_line};
use crate::model::{Campaign, ChangeStatement, Edit, LanguageCode, SupportiveSide};
use crate::words::{self, Language};
use egui::Ui;

/// The campaign section of the left panel.
pub(super) fn campaign_section(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    let campaign = cx.session.campaign.clone();
    let mut updated = campaign.clone();
    let mut typing = Typing::default();
    typing.track(
        text_line(
            ui,
            words::ui().get("campaign-title"),
            &campaign.title,
            words::ui().get("campaign-title-hint"),
        ),
        &mut updated.title,
    );
    typing.track(
        text_block(
            ui,
            words::ui().get("campaign-problem"),
            &campaign.problem,
            words::ui().get("campaign-problem-hint"),
        ),
        &mut updated.problem,
    );
    typing.track(
        text_block(
            ui,
            words::ui().get("campaign-objective"),
            &campaign.objective,
            words::ui().get("campaign-objective-hint"),
        ),
        &mut updated.objective,
    );
    typing.track(
        text_line(
            ui,
            words::ui().get("campaign-date"),
            &campaign.date,
            words::ui().get("campaign-date-hint"),
        ),
        &mut updated.date,
    );

    supportive_side_choice(ui, cx);
    language_choice(ui, cx);
    ui.add_space(6.0);
    ui.label(egui::RichText::new(words::ui().get("campaign-theory")).strong());
    ui.label(egui::RichText::new(words::ui().get("campaign-theory-hint")).weak());
    let mut structural = None;
    let count = campaign.theory_of_change.len();
    for (i, statement) in campaign.theory_of_change.iter().enumerate() {
        ui.push_id(("toc", i), |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                if let Some(change) = step_header(ui, i, count) {
                    structural = Some(change);
                }
                step_fields(ui, statement, &mut updated.theory_of_change[i], &mut typing);
            });
        });
    }
    if ui.button(words::ui().get("campaign-add-step")).clicked() {
        structural = Some(TocChange::Add);
    }

    if let Some(change) = structural {
        apply_toc_change(&mut updated, &change);
        cx.out.edit(Edit::SetCampaign(updated));
    } else if let Some(key) = typing.key {
        cx.out.edit_merging(Edit::SetCampaign(updated), key);
    }
    if typing.finished {
        cx.out.close_undo_step();
    }
}

/// Guides differ on where supportive actors go; let the room match the one it knows.
fn supportive_side_choice(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    let mut settings = cx.session.settings.clone();
    ui.horizontal(|ui| {
        ui.label(words::ui().get("campaign-supportive-side"));
        ui.radio_value(
            &mut settings.supportive_side,
            SupportiveSide::Right,
            words::ui().get("campaign-side-right"),
        );
        ui.radio_value(
            &mut settings.supportive_side,
            SupportiveSide::Left,
            words::ui().get("campaign-side-left"),
        );
    });
    if settings != cx.session.settings {
        cx.out.edit(Edit::SetSettings(settings));
    }
}

/// The language of the map's words: quadrants, slices, captions, legend, exports.
fn language_choice(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    let stored = cx.session.language.clone();
    let known = Language::from_code(&stored.0);
    // A code this version has no words for (a newer file) stays chosen until changed.
    let shown = known.map_or_else(
        || words::ui().with("campaign-language-unknown", &[("code", &stored.0)]),
        |l| l.own_name().to_owned(),
    );
    let mut chosen = known;
    labelled_combo(
        ui,
        words::ui().get("campaign-map-language"),
        "map language",
        shown,
        140.0,
        |ui| {
            for language in Language::ALL {
                ui.selectable_value(&mut chosen, Some(language), language.own_name());
            }
        },
    )
    .on_hover_text(words::ui().get("campaign-map-language-hint"));
    if let Some(language) = chosen
        && chosen != known
    {
        cx.out
            .edit(Edit::SetLanguage(LanguageCode(language.code().to_owned())));
        cx.out.status(words::ui().with(
            "campaign-language-set",
            &[("language", language.own_name())],
        ));
    }
}

/// A step's number and the buttons that remove it or move it; the change asked for, if any.
fn step_header(ui: &mut Ui, i: usize, count: usize) -> Option<TocChange> {
    let mut change = None;
    ui.horizontal(|ui| {
        ui.label(
            egui::RichText::new(
                words::ui().with("campaign-step", &[("number", &(i + 1).to_string())]),
            )
            .strong(),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .small_button(words::ui().get("campaign-remove"))
                .on_hover_text(words::ui().get("campaign-remove-hint"))
                .clicked()
            {
                change = Some(TocChange::Remove(i));
            }
            if ui
                .add_enabled(
                    i + 1 < count,
                    egui::Button::new(words::ui().get("campaign-later")).small(),
                )
                .clicked()
            {
                change = Some(TocChange::Swap(i, i + 1));
            }
            if ui
                .add_enabled(
                    i > 0,
                    egui::Button::new(words::ui().get("campaign-earlier")).small(),
                )
                .clicked()
            {
                change = Some(TocChange::Swap(i - 1, i));
            }
        });
    });
    change
}

/// The "if we", "then" and "because" of a step, typed into `slot`.
fn step_fields(
    ui: &mut Ui,
    statement: &ChangeStatement,
    slot: &mut ChangeStatement,
    typing: &mut Typing,
) {
    typing.track(
        text_line(
            ui,
            words::ui().get("campaign-if-we"),
            &statement.if_we,
            words::ui().get("campaign-if-we-hint"),
        ),
        &mut slot.if_we,
    );
    typing.track(
        text_line(
            ui,
            words::ui().get("campaign-then"),
            &statement.then,
            words::ui().get("campaign-then-hint"),
        ),
        &mut slot.then,
    );
    typing.track(
        text_line(
            ui,
            words::ui().get("campaign-because"),
            &statement.because,
            words::ui().get("campaign-because-hint"),
        ),
        &mut slot.because,
    );
}

enum TocChange {
    Add,
    Remove(usize),
    Swap(usize, usize),
}

fn apply_toc_change(campaign: &mut Campaign, change: &TocChange) {
    let steps = &mut campaign.theory_of_change;
    match change {
        TocChange::Add => {
            // The new step's action starts from the previous step's result, as the method chains them.
            let if_we = steps.last().map(|s| s.then.clone()).unwrap_or_default();
            steps.push(ChangeStatement {
                if_we,
                ..ChangeStatement::default()
            });
        }
        TocChange::Remove(i) if *i < steps.len() => {
            steps.remove(*i);
        }
        TocChange::Swap(a, b) if *a < steps.len() && *b < steps.len() => steps.swap(*a, *b),
        TocChange::Remove(_) | TocChange::Swap(..) => {}
    }
}
