//! Clicking and dragging actor markers, on the power map and on the spectrum alike.

use super::PowermapApp;
use crate::model::{ActorId, Edit, Position, SpectrumPlacement};
use crate::scene::{FanGeometry, MapTransform, Scene};
use egui::{CursorIcon, PointerButton, Pos2, Role, Sense, Ui, Vec2, WidgetInfo};

/// Which view a drag happens on, with that view's geometry.
pub enum DragView {
    /// The power map: drags change support and influence.
    Map(MapTransform),
    /// The spectrum: drags change the slice and the place inside it.
    Fan(FanGeometry),
}

impl DragView {
    /// The accessible name of an actor's marker on this view.
    pub fn marker_label(&self, name: &str) -> String {
        match self {
            Self::Map(_) => format!("{name} on the map"),
            Self::Fan(_) => format!("{name} on the spectrum"),
        }
    }

    fn salt(&self) -> &'static str {
        match self {
            Self::Map(_) => "map actor",
            Self::Fan(_) => "spectrum actor",
        }
    }
}

/// Working on a view takes the keyboard away from text fields, so Ctrl+Z, Delete and the
/// other map shortcuts act on the map right after a click or a drag there.
pub fn claim_keyboard(ui: &Ui, rect: egui::Rect) {
    if ui.rect_contains_pointer(rect) && ui.input(|i| i.pointer.any_pressed()) {
        ui.memory_mut(egui::Memory::stop_text_input);
    }
}

/// Moving one or more actors: where each started, so clamping at an edge never drifts.
pub struct ActorDrag {
    undo_key: u64,
    pointer_origin: Pos2,
    starts: Vec<(ActorId, Position, Option<SpectrumPlacement>)>,
}

impl PowermapApp {
    /// One interaction per visible marker: click selects (Shift toggles), drag moves the
    /// selection. Each marker is announced as "NAME on the map" or "NAME on the spectrum".
    pub(super) fn marker_interactions(&mut self, ui: &Ui, scene: &Scene, view: &DragView) {
        let mut dragging_now = false;
        let shift = ui.input(|i| i.modifiers.shift);
        for marker in &scene.markers {
            let actor = &self.doc.session().actors[marker.actor];
            let id = ui.scope_id().with((view.salt(), &actor.id));
            let response = ui.interact(marker.bounds(), id, Sense::click_and_drag());
            let label = view.marker_label(&actor.name);
            let actor_id = actor.id.clone();
            response.widget_info(|| {
                let mut info = WidgetInfo::labeled(Role::Button, true, &label);
                info.selected = Some(marker.selected);
                info
            });
            let response = response.on_hover_cursor(CursorIcon::Grab);
            if response.clicked() {
                if shift {
                    self.selection.toggle(actor_id.clone());
                } else {
                    self.selection.set_only(actor_id.clone());
                }
            }
            if response.drag_started_by(PointerButton::Primary) {
                self.start_drag(ui, actor_id, shift, response.interact_pointer_pos());
            }
            if response.dragged_by(PointerButton::Primary) {
                dragging_now = true;
                ui.ctx().set_cursor_icon(CursorIcon::Grabbing);
                if let Some(pointer) = response.interact_pointer_pos() {
                    self.continue_drag(view, pointer);
                }
            }
            if response.drag_stopped() {
                self.end_drag();
            }
            if response.hovered() && !response.dragged() {
                // Built only for the hovered marker: thousands of markers are drawn each frame.
                response.on_hover_text(self.marker_tooltip(marker.actor));
            }
        }
        // The dragged marker may have left the screen; end the drag when the button is up.
        if self.canvas.drag.is_some() && !dragging_now && !ui.input(|i| i.pointer.primary_down()) {
            self.end_drag();
        }
    }

    fn marker_tooltip(&self, index: usize) -> String {
        let actor = &self.doc.session().actors[index];
        let strategy = crate::guidance::strategy(actor.position.quadrant()).name;
        let mut text = format!("{}: {strategy}", actor.name);
        if let Some(place) = actor.spectrum {
            text.push_str(" · ");
            text.push_str(place.slice.label());
        }
        if actor.slice_disagrees_with_support() {
            text.push_str(
                "\nIts slice and its support on the power map disagree; worth a second look.",
            );
        }
        text
    }

    fn start_drag(&mut self, ui: &Ui, grabbed: ActorId, shift: bool, pointer: Option<Pos2>) {
        if !self.selection.contains(&grabbed) {
            if shift {
                self.selection.toggle(grabbed);
            } else {
                self.selection.set_only(grabbed);
            }
        }
        let session = self.doc.session();
        let starts = self
            .selection
            .in_session_order(session)
            .into_iter()
            .filter_map(|id| session.actor(&id).map(|a| (id, a.position, a.spectrum)))
            .collect();
        let origin = ui
            .input(|i| i.pointer.press_origin())
            .or(pointer)
            .unwrap_or_default();
        self.canvas.drags_started += 1;
        self.canvas.drag = Some(ActorDrag {
            // Mixing in a constant keeps drag keys apart from the text fields' keys.
            undo_key: 0x00d7_a600_0000_0000 ^ self.canvas.drags_started,
            pointer_origin: origin,
            starts,
        });
    }

    fn continue_drag(&mut self, view: &DragView, pointer: Pos2) {
        let Some(drag) = &self.canvas.drag else {
            return;
        };
        let delta: Vec2 = pointer - drag.pointer_origin;
        let key = drag.undo_key;
        let edit = match view {
            DragView::Map(transform) => {
                let (d_support, d_influence) = transform.delta_to_model(delta);
                let moves = drag
                    .starts
                    .iter()
                    .map(|(id, start, _)| (id.clone(), start.offset(d_support, d_influence)))
                    .collect();
                Edit::MoveActors(moves)
            }
            DragView::Fan(fan) => {
                // Each actor keeps the last place inside the fan when the pointer leaves it.
                let places = drag
                    .starts
                    .iter()
                    .filter_map(|(id, _, place)| {
                        let place = (*place)?;
                        fan.placement_at(fan.to_screen(place) + delta)
                            .map(|p| (id.clone(), Some(p)))
                    })
                    .collect();
                Edit::PlaceOnSpectrum(places)
            }
        };
        self.edit_merging(edit, key);
    }

    fn end_drag(&mut self) {
        if self.canvas.drag.take().is_some() {
            self.close_undo_step = true;
        }
    }
}
