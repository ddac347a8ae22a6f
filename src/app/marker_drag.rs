//! Clicking and dragging actor markers, on the power map and on the spectrum alike.

use super::canvas::CanvasState;
use super::context::PanelContext;
use crate::model::{ActorId, Edit, Position, SpectrumPlacement};
use crate::scene::{FanGeometry, MapTransform, Scene};
use crate::words;
use egui::{CursorIcon, PointerButton, Pos2, Rect, Response, Role, Stroke, Ui, Vec2};

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
        let id = match self {
            Self::Map(_) => "view-marker-on-map",
            Self::Fan(_) => "view-marker-on-spectrum",
        };
        words::ui().with(id, &[("name", name)])
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
    /// Started on the power map (else on the spectrum).
    on_map: bool,
}

impl ActorDrag {
    /// Whether the drag moves actors on the power map (rather than on the spectrum).
    pub fn on_map(&self) -> bool {
        self.on_map
    }

    /// The actors being dragged.
    pub fn actors(&self) -> impl Iterator<Item = &ActorId> {
        self.starts.iter().map(|(id, _, _)| id)
    }
}

impl CanvasState {
    /// The pointer on a view's canvas: click selects the actor under it (Shift toggles) or
    /// clears the selection, dragging an actor moves the selection, dragging empty space
    /// selects the actors inside a band. One interaction for the whole canvas, hit-tested
    /// against the scene, so a map of thousands of actors costs no more widgets than one of
    /// ten; screen readers still find every marker as "NAME on the map" (or "on the spectrum").
    pub(super) fn canvas_pointer(
        &mut self,
        ui: &Ui,
        background: &Response,
        scene: &Scene,
        view: &DragView,
        cx: &mut PanelContext<'_>,
    ) {
        announce_markers(ui, scene, view, cx);
        let shift = ui.input(|i| i.modifiers.shift);
        let pointer_now = ui.input(|i| i.pointer.interact_pos());
        if background.clicked() {
            let hit = background.interact_pointer_pos().and_then(|p| scene.hit(p));
            match hit.map(|i| cx.session.actors[i].id.clone()) {
                Some(id) if shift => cx.selection.toggle(id),
                Some(id) => cx.selection.set_only(id),
                None if !shift => cx.selection.clear(),
                None => {}
            }
        }
        if background.drag_started_by(PointerButton::Primary) {
            let origin = ui
                .input(|i| i.pointer.press_origin())
                .or(background.interact_pointer_pos());
            match origin.and_then(|p| scene.hit(p)) {
                Some(index) => {
                    let id = cx.session.actors[index].id.clone();
                    let on_map = matches!(view, DragView::Map(_));
                    self.start_drag(ui, (id, on_map), shift, origin, cx);
                }
                None => self.band_start = origin,
            }
        }
        if self.drag.is_some() {
            ui.ctx().set_cursor_icon(CursorIcon::Grabbing);
            if background.dragged_by(PointerButton::Primary)
                && let Some(pointer) = pointer_now
            {
                self.continue_drag(view, pointer, cx);
            }
        } else if let Some(hovered) = background.hover_pos().and_then(|p| scene.hit(p))
            && self.band_start.is_none()
        {
            ui.ctx().set_cursor_icon(CursorIcon::Grab);
            // Built only for the hovered marker: thousands of markers are drawn each frame.
            background
                .clone()
                .on_hover_text_at_pointer(marker_tooltip(cx, hovered));
        }
        self.selection_band(ui, background, scene, shift, pointer_now, cx);
        // The drag ends when the button is up, wherever the pointer went meanwhile.
        if self.drag.is_some()
            && (background.drag_stopped() || !ui.input(|i| i.pointer.primary_down()))
        {
            self.end_drag(cx);
        }
    }

    /// Dragging on empty canvas draws a band; letting go selects the actors inside it
    /// (Shift adds them to the selection).
    fn selection_band(
        &mut self,
        ui: &Ui,
        background: &Response,
        scene: &Scene,
        shift: bool,
        pointer_now: Option<Pos2>,
        cx: &mut PanelContext<'_>,
    ) {
        let (Some(start), Some(now)) = (self.band_start, pointer_now) else {
            return;
        };
        let band = Rect::from_two_pos(start, now);
        if background.dragged_by(PointerButton::Primary) {
            ui.painter_at(background.rect).rect(
                band,
                2.0,
                scene.palette.selection.gamma_multiply(0.12),
                Stroke::new(1.5, scene.palette.selection),
                egui::StrokeKind::Inside,
            );
        }
        if background.drag_stopped() || !ui.input(|i| i.pointer.primary_down()) {
            self.band_start = None;
            let ids: Vec<ActorId> = scene
                .actors_in(band)
                .into_iter()
                .map(|i| cx.session.actors[i].id.clone())
                .collect();
            if !shift {
                cx.selection.clear();
            }
            cx.selection.extend(ids);
        }
    }

    fn start_drag(
        &mut self,
        ui: &Ui,
        (grabbed, on_map): (ActorId, bool),
        shift: bool,
        pointer: Option<Pos2>,
        cx: &mut PanelContext<'_>,
    ) {
        if !cx.selection.contains(&grabbed) {
            if shift {
                cx.selection.toggle(grabbed);
            } else {
                cx.selection.set_only(grabbed);
            }
        }
        let session = cx.session;
        let starts = cx
            .selection
            .in_session_order(session)
            .into_iter()
            .filter_map(|id| session.actor(&id).map(|a| (id, a.position, a.spectrum)))
            .collect();
        let origin = ui
            .input(|i| i.pointer.press_origin())
            .or(pointer)
            .unwrap_or_default();
        self.drags_started += 1;
        self.drag = Some(ActorDrag {
            // Mixing in a constant keeps drag keys apart from the text fields' keys.
            undo_key: 0x00d7_a600_0000_0000 ^ self.drags_started,
            pointer_origin: origin,
            starts,
            on_map,
        });
    }

    fn continue_drag(&mut self, view: &DragView, pointer: Pos2, cx: &mut PanelContext<'_>) {
        let Some(drag) = &self.drag else {
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
        cx.out.edit_merging(edit, key);
    }

    fn end_drag(&mut self, cx: &mut PanelContext<'_>) {
        if self.drag.take().is_some() {
            cx.out.close_undo_step();
        }
        // The names make way around the actors where they landed: the view is built whole.
        match self.lifted.take() {
            Some(lifted) if lifted.on_map() => self.reuse.0.forget(),
            Some(_) => self.reuse.1.forget(),
            None => {}
        }
    }
}

/// Every marker as an accessible button with its name, bounds and selected state, when
/// a screen reader (or a test) is listening; a click requested by one selects the actor.
fn announce_markers(ui: &Ui, scene: &Scene, view: &DragView, cx: &mut PanelContext<'_>) {
    let ctx = ui.ctx();
    let base = ui.scope_id().with(view.salt());
    let mut requested = None;
    for marker in &scene.markers {
        let actor = &cx.session.actors[marker.actor];
        let id = base.with(&marker.id);
        let announced = ctx.accesskit_node_builder(id, |node| {
            node.set_role(Role::Button);
            node.set_label(view.marker_label(&actor.name));
            let bounds = marker.bounds();
            node.set_bounds(egui::accesskit::Rect {
                x0: bounds.min.x.into(),
                y0: bounds.min.y.into(),
                x1: bounds.max.x.into(),
                y1: bounds.max.y.into(),
            });
            node.set_selected(marker.selected);
            node.add_action(egui::accesskit::Action::Click);
        });
        if announced.is_none() {
            // Nobody is listening: no nodes this frame.
            return;
        }
        if ui.input(|i| i.has_accesskit_action_request(id, egui::accesskit::Action::Click)) {
            requested = Some(actor.id.clone());
        }
    }
    if let Some(id) = requested {
        cx.selection.set_only(id);
    }
}

/// What hovering a marker says of its actor: where it stands, and whether its slice
/// disagrees with its support.
fn marker_tooltip(cx: &PanelContext<'_>, index: usize) -> String {
    let actor = &cx.session.actors[index];
    let map_words = cx.words();
    let name = ("name", actor.name.as_str());
    let place = ("place", crate::guidance::place_name(actor, map_words));
    let mut text = match actor.spectrum {
        Some(spectrum) => words::ui().with(
            "view-marker-tip-slice",
            &[name, place, ("slice", map_words.slice(spectrum.slice))],
        ),
        None => words::ui().with("view-marker-tip", &[name, place]),
    };
    if actor.slice_disagrees_with_support() {
        // A sentence of its own, on a line of its own.
        text.push('\n');
        text.push_str(words::ui().get("view-marker-disagrees"));
    }
    text
}
