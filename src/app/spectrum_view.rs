//! The spectrum of allies view: the fan, its actors, and the tray of actors not yet placed.

use super::canvas::{CanvasState, SceneInputs, reuse_check, scene_emphasis, shows_other_session};
use super::context::PanelContext;
use super::drag_picture::DragGeometry;
use super::marker_drag::{DragView, claim_keyboard};
use super::widgets::name_text;
use crate::model::{ActorId, Edit, Slice, SpectrumPlacement};
use crate::render::EguiMeasure;
use crate::scene::{
    AimArrows, FanGeometry, LabelMemory, MovementView, Scene, SpectrumInput, build_spectrum,
};
use crate::words;
use egui::{RichText, Role, ScrollArea, Sense, Stroke, Ui, WidgetInfo};

/// The accessible name of the spectrum canvas.
pub fn spectrum_label() -> &'static str {
    words::ui().get("view-canvas-spectrum")
}

impl CanvasState {
    /// The spectrum view, filling `ui`.
    pub(super) fn spectrum_ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_>) {
        let now = cx.session;
        let view = cx.view;
        let unplaced: Vec<usize> = (0..now.actors.len())
            .filter(|&i| now.actors[i].spectrum.is_none())
            .collect();
        if !unplaced.is_empty() && !view.is_looking_back(now) && view.revealed_count().is_none() {
            // Below the fan, so the fan keeps its width even side by side with the power map.
            egui::Panel::bottom("tray")
                .resizable(true)
                .default_size(96.0)
                .show(ui, |ui| tray(ui, &unplaced, cx));
        }
        let rect = ui.available_rect_before_wrap();
        if rect.width() < 40.0 || rect.height() < 40.0 {
            self.spectrum_scene = None;
            self.reuse.1.forget();
            return;
        }
        let background = ui.allocate_rect(rect, Sense::click_and_drag());
        background.widget_info(|| WidgetInfo::labeled(Role::Canvas, true, spectrum_label()));
        let palette = view.map_palette();
        let ctx = ui.ctx().clone();
        let frozen = shows_other_session(view, now);
        let arrows = if self.all_aims {
            AimArrows::All
        } else {
            AimArrows::Focused
        };
        let inputs = SceneInputs::of(cx, &ctx, frozen, (rect, arrows));
        let last = self.spectrum_scene.take();
        let (reusable, same_inputs) =
            reuse_check(inputs.as_ref(), &mut self.reuse.1, &self.spectrum_labels);
        let painter = ui.painter_at(rect);
        let (scene, fan) = match (last, self.last_fan) {
            // Nothing changed: drawn again as it was (the lifted actors too, if any).
            (Some(last), Some(fan)) if reusable => {
                let geometry = DragGeometry::Fan(&fan, arrows);
                (self.paint_lifted(&painter, last, cx, geometry), fan)
            }
            (Some(last), Some(fan))
                if !frozen
                    && self.lifted_holds(cx, same_inputs, DragGeometry::Fan(&fan, arrows)) =>
            {
                let geometry = DragGeometry::Fan(&fan, arrows);
                (self.paint_lifted(&painter, last, cx, geometry), fan)
            }
            _ => {
                let (mut scene, fan) = self.build_spectrum(cx, &ctx, rect, arrows, inputs);
                let geometry = DragGeometry::Fan(&fan, arrows);
                self.drop_lifted(false);
                if !frozen {
                    self.lift_dragged(&mut scene, cx, geometry);
                }
                (self.paint_lifted(&painter, scene, cx, geometry), fan)
            }
        };
        if let Some(others) = cx.facts.share {
            super::share::presence::paint_presence(&painter, &scene.markers, others);
        }
        if frozen {
            self.spectrum_scene = Some(scene);
            return;
        }
        claim_keyboard(ui, rect);
        self.canvas_pointer(ui, &background, &scene, &DragView::Fan(fan), cx);

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
            cx.selection.set_only((*id).clone());
            cx.out
                .edit(Edit::PlaceOnSpectrum(vec![((*id).clone(), Some(place))]));
        }
        self.spectrum_scene = Some(scene);
    }

    /// Build the spectrum's scene from `cx` (with its movement arrows) in `rect`, keeping
    /// the names' places and the fan for the next frame, and `inputs` to know when the scene
    /// may be drawn again.
    fn build_spectrum(
        &mut self,
        cx: &PanelContext<'_>,
        ctx: &egui::Context,
        rect: egui::Rect,
        arrows: AimArrows,
        inputs: Option<SceneInputs<(egui::Rect, AimArrows)>>,
    ) -> (Scene, FanGeometry) {
        #[cfg(test)]
        {
            self.builds.1 += 1;
        }
        let (now, view) = (cx.session, cx.view);
        let looked = view.shown_session(now);
        let emphasis = scene_emphasis(inputs.as_ref(), view, now, looked.is_some());
        let session = looked.as_ref().unwrap_or(now);
        let (mut scene, fan) = build_spectrum(&SpectrumInput {
            session,
            rect,
            selection: cx.selection.ids(),
            palette: &view.map_palette(),
            metrics: view.map_metrics(),
            measure: &EguiMeasure { ctx },
            emphasis: &emphasis,
            hide_covered: true,
            previous_labels: Some(&self.spectrum_labels),
            arrows,
        });
        drop(emphasis);
        self.last_fan = Some(fan);
        let labels_in = std::mem::replace(&mut self.spectrum_labels, LabelMemory::of(&scene));
        match inputs {
            Some(inputs) => self.reuse.1.built(inputs, labels_in),
            None => self.reuse.1.forget(),
        }
        self.movement_arrows.1 = super::rounds_panel::draw_movements(
            &mut scene,
            view,
            now,
            session,
            &MovementView::Fan(&fan),
        );
        super::rounds_panel::draw_spread(&mut scene, view, now, session, &MovementView::Fan(&fan));
        (scene, fan)
    }
}

/// Actors not yet on the spectrum, ready to be dragged in.
fn tray(ui: &mut Ui, unplaced: &[usize], cx: &mut PanelContext<'_>) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(words::ui().counted("view-tray-heading", unplaced.len())).strong());
        ui.label(RichText::new(words::ui().get("view-tray-hint")).weak());
    });
    let mut clicked = None;
    ScrollArea::vertical()
        .id_salt("tray")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| draggable_names(ui, cx, unplaced, tray_label, &mut clicked));
        });
    if let Some(id) = clicked {
        cx.selection.set_only(id);
    }
}

/// A wrapped row of selectable names that can be dragged onto a view. A big import can
/// leave thousands waiting: the first few hundred are shown (the selected one always),
/// and the actor list's search finds the rest.
pub(super) fn draggable_names(
    ui: &mut Ui,
    cx: &PanelContext<'_>,
    indices: &[usize],
    accessible: fn(&str) -> String,
    clicked: &mut Option<ActorId>,
) {
    const SHOWN: usize = 300;
    let session = cx.session;
    let shown = indices
        .iter()
        .enumerate()
        .filter(|&(k, &index)| k < SHOWN || cx.selection.contains(&session.actors[index].id));
    for (_, &index) in shown {
        let actor = &session.actors[index];
        let selected = cx.selection.contains(&actor.id);
        let size = cx.view.is_presenting().then_some(22.0);
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

/// The accessible name of an actor waiting in the tray.
pub fn tray_label(name: &str) -> String {
    words::ui().with("view-tray-name", &[("name", name)])
}
