//! The spectrum of allies view: the fan, its actors, and the tray of actors not yet placed.

use super::PowermapApp;
use super::marker_drag::{DragView, claim_keyboard};
use super::widgets::name_text;
use crate::model::{ActorId, Edit, Slice, SpectrumPlacement};
use crate::render::{EguiMeasure, paint_scene_kept};
use crate::scene::{AimArrows, MovementView, SpectrumInput, build_spectrum};
use crate::words;
use egui::{RichText, Role, ScrollArea, Sense, Stroke, Ui, WidgetInfo};

/// The accessible name of the spectrum canvas.
pub fn spectrum_label() -> &'static str {
    words::ui().get("view-canvas-spectrum")
}

impl PowermapApp {
    /// The spectrum view, filling `ui`.
    pub(super) fn spectrum_ui(&mut self, ui: &mut Ui) {
        let unplaced: Vec<usize> = (0..self.session().actors.len())
            .filter(|&i| self.session().actors[i].spectrum.is_none())
            .collect();
        if !unplaced.is_empty() && !self.is_looking_back() && self.revealed_count().is_none() {
            // Below the fan, so the fan keeps its width even side by side with the power map.
            egui::Panel::bottom("tray")
                .resizable(true)
                .default_size(96.0)
                .show(ui, |ui| self.tray(ui, &unplaced));
        }
        let rect = ui.available_rect_before_wrap();
        if rect.width() < 40.0 || rect.height() < 40.0 {
            return;
        }
        let background = ui.allocate_rect(rect, Sense::click_and_drag());
        background.widget_info(|| WidgetInfo::labeled(Role::Canvas, true, spectrum_label()));
        let palette = self.map_palette();
        let ctx = ui.ctx().clone();
        let looked = self.shown_session();
        let emphasis = if looked.is_some() {
            Vec::new()
        } else {
            self.emphasis()
        };
        let session = looked.as_ref().unwrap_or_else(|| self.doc.session());
        let (mut scene, fan) = build_spectrum(&SpectrumInput {
            session,
            rect,
            selection: self.selection.ids(),
            palette: &palette,
            metrics: self.map_metrics(),
            measure: &EguiMeasure { ctx: &ctx },
            emphasis: &emphasis,
            hide_covered: true,
            previous_labels: Some(&self.canvas.spectrum_labels),
            arrows: if self.canvas.all_aims {
                AimArrows::All
            } else {
                AimArrows::Focused
            },
        });
        self.canvas.last_fan = Some(fan);
        self.canvas.spectrum_labels = crate::scene::LabelMemory::of(&scene);
        self.canvas.movement_arrows.1 =
            self.draw_movements(&mut scene, session, &MovementView::Fan(&fan));
        let painter = ui.painter_at(rect);
        paint_scene_kept(&painter, &scene, &mut self.canvas.marks.1);
        if looked.is_some() {
            return;
        }
        claim_keyboard(ui, rect);
        self.canvas_pointer(ui, &background, &scene, &DragView::Fan(fan));

        // A name dragged from the tray: outline the wedge it would land in, place it on release.
        let pointer_now = ui.input(|i| i.pointer.interact_pos());
        if background.dnd_hover_payload::<ActorId>().is_some()
            && let Some(place) = pointer_now.and_then(|p| fan.placement_at(p))
        {
            let (outer, inner) = fan.wedge_arcs(place.slice, 24);
            let mut outline = outer;
            outline.extend(inner.into_iter().rev());
            outline.push(outline[0]);
            painter.add(egui::Shape::line(
                outline,
                Stroke::new(3.0, palette.selection),
            ));
        }
        if let Some(id) = background.dnd_release_payload::<ActorId>() {
            let place = pointer_now
                .and_then(|p| fan.placement_at(p))
                .unwrap_or_else(|| SpectrumPlacement::middle_of(Slice::Neutral));
            self.selection.set_only((*id).clone());
            self.edit(Edit::PlaceOnSpectrum(vec![((*id).clone(), Some(place))]));
        }
    }

    /// Actors not yet on the spectrum, ready to be dragged in.
    fn tray(&mut self, ui: &mut Ui, unplaced: &[usize]) {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(words::ui().counted("view-tray-heading", unplaced.len())).strong(),
            );
            ui.label(RichText::new(words::ui().get("view-tray-hint")).weak());
        });
        let mut clicked = None;
        ScrollArea::vertical()
            .id_salt("tray")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| self.tray_items(ui, unplaced, &mut clicked));
            });
        if let Some(id) = clicked {
            self.selection.set_only(id);
        }
    }

    fn tray_items(&self, ui: &mut Ui, unplaced: &[usize], clicked: &mut Option<ActorId>) {
        self.draggable_names(ui, unplaced, tray_label, clicked);
    }

    /// A wrapped row of selectable names that can be dragged onto a view. A big import can
    /// leave thousands waiting: the first few hundred are shown (the selected one always),
    /// and the actor list's search finds the rest.
    pub(super) fn draggable_names(
        &self,
        ui: &mut Ui,
        indices: &[usize],
        accessible: fn(&str) -> String,
        clicked: &mut Option<ActorId>,
    ) {
        const SHOWN: usize = 300;
        let session = self.doc.session();
        let shown = indices
            .iter()
            .enumerate()
            .filter(|&(k, &index)| k < SHOWN || self.selection.contains(&session.actors[index].id));
        for (_, &index) in shown {
            let actor = &self.doc.session().actors[index];
            let selected = self.selection.contains(&actor.id);
            let size = self.is_presenting().then_some(22.0);
            let text = name_text(ui, &actor.name, size, false);
            let response = ui
                .add(egui::Button::selectable(selected, text).sense(Sense::click_and_drag()))
                .accessible_name(accessible(&actor.name));
            response.dnd_set_drag_payload(actor.id.clone());
            if response.clicked() {
                *clicked = Some(actor.id.clone());
            }
        }
        if indices.len() > SHOWN {
            ui.label(
                RichText::new(words::ui().counted("view-more-names", indices.len() - SHOWN)).weak(),
            );
        }
    }
}

/// The accessible name of an actor waiting in the tray.
pub fn tray_label(name: &str) -> String {
    words::ui().with("view-tray-name", &[("name", name)])
}
