//! The power map canvas: paints the scene and turns pointer input into selection, moves,
//! new relationships, pan and zoom.

use super::PowermapApp;
use crate::model::{ActorId, Edit, Position, Relationship, RelationshipKind};
use crate::render::{EguiMeasure, paint_legend_symbol, paint_scene};
use crate::scene::{
    MapTransform, Metrics, ModelView, Palette, PowerMapInput, Scene, build_power_map,
    power_map_legend,
};
use egui::{
    CursorIcon, PointerButton, Pos2, Rect, Role, Sense, Stroke, Ui, Vec2, WidgetInfo, vec2,
};

/// The accessible name of the canvas itself.
pub const CANVAS_LABEL: &str = "Power map";

/// The accessible name of an actor's marker on the canvas.
pub fn marker_label(name: &str) -> String {
    format!("{name} on the map")
}

/// The accessible name of the handle that draws a relationship from an actor.
pub fn link_handle_label(name: &str) -> String {
    format!("Connect {name} to another actor")
}

/// Pan, zoom and the gesture in progress.
#[derive(Default)]
pub struct CanvasState {
    view: ModelView,
    /// The transform of the last frame drawn, for tests and for keyboard zoom.
    pub last_transform: Option<MapTransform>,
    drag: Option<ActorDrag>,
    band_start: Option<Pos2>,
    link_from: Option<ActorId>,
    drags_started: u64,
    /// The legend is shown unless the user hid it.
    pub hide_legend: bool,
}

/// Moving one or more actors: where each started, so clamping at the edge never drifts.
struct ActorDrag {
    undo_key: u64,
    pointer_origin: Pos2,
    starts: Vec<(ActorId, Position)>,
}

impl CanvasState {
    /// Show the whole map.
    pub fn zoom_to_fit(&mut self) {
        self.view = ModelView::FIT;
    }

    /// Zoom about the middle of the view.
    pub fn zoom_by(&mut self, factor: f32) {
        let center = self.view.visible.center();
        self.view = self.view.zoomed(factor, center);
    }
}

impl PowermapApp {
    /// The central canvas.
    pub(super) fn canvas_ui(&mut self, ui: &mut Ui) {
        if !self.canvas.hide_legend {
            // A strip of its own, so the legend never covers an actor.
            egui::Panel::bottom("legend")
                .resizable(false)
                .show(ui, |ui| legend_strip(ui, &Palette::light()));
        }
        let rect = ui.available_rect_before_wrap();
        if rect.width() < 10.0 || rect.height() < 10.0 {
            return;
        }
        let background = ui.allocate_rect(rect, Sense::click_and_drag());
        background.widget_info(|| WidgetInfo::labeled(Role::Canvas, true, CANVAS_LABEL));
        self.pan_and_zoom(ui, &background, rect);

        let transform = MapTransform::new(
            rect,
            self.canvas.view,
            self.session().settings.supportive_side,
        );
        self.canvas.last_transform = Some(transform);
        let palette = Palette::light();
        let ctx = ui.ctx().clone();
        let scene = build_power_map(&PowerMapInput {
            session: self.doc.session(),
            transform,
            selection: self.selection.ids(),
            palette: &palette,
            metrics: Metrics::SCREEN,
            measure: &EguiMeasure { ctx: &ctx },
            emphasis: &[],
        });
        let painter = ui.painter_at(rect);
        paint_scene(&painter, &scene);

        // Working on the map takes the keyboard away from text fields, so Ctrl+Z, Delete
        // and the other map shortcuts act on the map right after a drag or click.
        if ui.rect_contains_pointer(rect) && ui.input(|i| i.pointer.any_pressed()) {
            ui.memory_mut(egui::Memory::stop_text_input);
        }
        self.marker_interactions(ui, &scene, transform);
        self.link_handle(ui, &scene, &painter);
        self.background_interactions(ui, &background, &scene, &painter);
        if scene.markers.is_empty() && self.session().actors.is_empty() {
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                "Add actors with the field on the left: type a name, press Enter.",
                egui::FontId::proportional(18.0),
                palette.muted_text,
            );
        }
    }

    fn pan_and_zoom(&mut self, ui: &Ui, background: &egui::Response, rect: Rect) {
        let transform = MapTransform::new(
            rect,
            self.canvas.view,
            self.session().settings.supportive_side,
        );
        if background.dragged_by(PointerButton::Secondary)
            || background.dragged_by(PointerButton::Middle)
        {
            self.canvas.view = self
                .canvas
                .view
                .panned(transform.pan_delta(background.drag_delta()));
        }
        if !ui.rect_contains_pointer(rect) {
            return;
        }
        let (zoom, scroll, hover) = ui.input(|i| {
            (
                i.zoom_delta(),
                i.smooth_scroll_delta(),
                i.pointer.hover_pos(),
            )
        });
        if zoom != 1.0 {
            let anchor = hover.map_or(self.canvas.view.visible.center(), |p| {
                transform.view_point(p)
            });
            self.canvas.view = self.canvas.view.zoomed(zoom, anchor);
        } else if scroll != Vec2::ZERO {
            self.canvas.view = self.canvas.view.panned(transform.pan_delta(scroll));
        }
    }

    fn marker_interactions(&mut self, ui: &Ui, scene: &Scene, transform: MapTransform) {
        let mut dragging_now = false;
        let shift = ui.input(|i| i.modifiers.shift);
        for marker in &scene.markers {
            let actor = &self.doc.session().actors[marker.actor];
            let id = ui.scope_id().with(("actor", &actor.id));
            let response = ui.interact(marker.bounds(), id, Sense::click_and_drag());
            let name = actor.name.clone();
            let actor_id = actor.id.clone();
            response.widget_info(|| {
                let mut info = WidgetInfo::labeled(Role::Button, true, marker_label(&name));
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
                    self.continue_drag(transform, pointer);
                }
            }
            if response.drag_stopped() {
                self.end_drag();
            }
            if response.hovered() && !response.dragged() {
                response.on_hover_text(format!(
                    "{name}: {}",
                    crate::guidance::strategy(
                        self.doc.session().actors[marker.actor].position.quadrant()
                    )
                    .name
                ));
            }
        }
        // The dragged marker may have left the screen; end the drag when the button is up.
        if self.canvas.drag.is_some() && !dragging_now && !ui.input(|i| i.pointer.primary_down()) {
            self.end_drag();
        }
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
            .filter_map(|id| session.actor(&id).map(|a| (id, a.position)))
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

    fn continue_drag(&mut self, transform: MapTransform, pointer: Pos2) {
        let Some(drag) = &self.canvas.drag else {
            return;
        };
        let (d_support, d_influence) = transform.delta_to_model(pointer - drag.pointer_origin);
        let moves = drag
            .starts
            .iter()
            .map(|(id, start)| (id.clone(), start.offset(d_support, d_influence)))
            .collect();
        let key = drag.undo_key;
        self.edit_merging(Edit::MoveActors(moves), key);
    }

    fn end_drag(&mut self) {
        if self.canvas.drag.take().is_some() {
            self.close_undo_step = true;
        }
    }

    /// The small handle beside a single selected actor: drag it onto another actor to connect them.
    fn link_handle(&mut self, ui: &Ui, scene: &Scene, painter: &egui::Painter) {
        let Some(primary) = self.selection.primary().cloned() else {
            return;
        };
        if self.selection.len() != 1 {
            return;
        }
        let Some(marker) = scene
            .markers
            .iter()
            .find(|m| self.doc.session().actors[m.actor].id == primary)
        else {
            return;
        };
        let center = marker.center + vec2(marker.radius + 12.0, -(marker.radius + 12.0));
        let rect = Rect::from_center_size(center, Vec2::splat(18.0));
        let name = self.doc.session().actors[marker.actor].name.clone();
        let response = ui.interact(rect, ui.scope_id().with("link handle"), Sense::drag());
        response.widget_info(|| WidgetInfo::labeled(Role::Button, true, link_handle_label(&name)));
        let response = response.on_hover_text("Drag onto another actor to connect them");
        let color = scene.palette.selection;
        painter.circle(
            center,
            8.0,
            scene.palette.background,
            Stroke::new(2.0, color),
        );
        painter.line_segment(
            [center - vec2(4.0, 0.0), center + vec2(4.0, 0.0)],
            Stroke::new(2.0, color),
        );
        painter.line_segment(
            [center - vec2(0.0, 4.0), center + vec2(0.0, 4.0)],
            Stroke::new(2.0, color),
        );

        if response.drag_started() {
            self.canvas.link_from = Some(primary.clone());
        }
        let pointer_now = ui.input(|i| i.pointer.interact_pos());
        if response.dragged()
            && let Some(pointer) = pointer_now
        {
            painter.line_segment([marker.center, pointer], Stroke::new(2.0, color));
        }
        if response.drag_stopped()
            && let Some(from) = self.canvas.link_from.take()
        {
            let target = pointer_now
                .and_then(|p| scene.hit(p))
                .map(|i| self.doc.session().actors[i].id.clone());
            match target {
                Some(to) if to != from => {
                    let other = self
                        .doc
                        .session()
                        .actor(&to)
                        .map(|a| a.name.clone())
                        .unwrap_or_default();
                    self.status = format!(
                        "Connected {name} and {other}. Set the kind and tie in the side panel."
                    );
                    self.edit(Edit::AddRelationship(Relationship::new(
                        from,
                        to,
                        RelationshipKind::Cooperating,
                    )));
                }
                _ => "Drop the line on another actor to connect them.".clone_into(&mut self.status),
            }
        }
    }

    fn background_interactions(
        &mut self,
        ui: &Ui,
        background: &egui::Response,
        scene: &Scene,
        painter: &egui::Painter,
    ) {
        let shift = ui.input(|i| i.modifiers.shift);
        if background.clicked() {
            let hit = background.interact_pointer_pos().and_then(|p| scene.hit(p));
            match hit.map(|i| self.doc.session().actors[i].id.clone()) {
                Some(id) if shift => self.selection.toggle(id),
                Some(id) => self.selection.set_only(id),
                None if !shift => self.selection.clear(),
                None => {}
            }
        }
        if background.drag_started_by(PointerButton::Primary) {
            self.canvas.band_start = ui
                .input(|i| i.pointer.press_origin())
                .or(background.interact_pointer_pos());
        }
        let Some(start) = self.canvas.band_start else {
            return;
        };
        let Some(now) = ui.input(|i| i.pointer.interact_pos()) else {
            return;
        };
        let band = Rect::from_two_pos(start, now);
        if background.dragged_by(PointerButton::Primary) {
            painter.rect(
                band,
                2.0,
                scene.palette.selection.gamma_multiply(0.12),
                Stroke::new(1.5, scene.palette.selection),
                egui::StrokeKind::Inside,
            );
        }
        if background.drag_stopped() {
            self.canvas.band_start = None;
            let ids: Vec<ActorId> = scene
                .actors_in(band)
                .into_iter()
                .map(|i| self.doc.session().actors[i].id.clone())
                .collect();
            if !shift {
                self.selection.clear();
            }
            self.selection.extend(ids);
        }
    }
}

/// The legend as one wrapped row of symbols and their meanings.
fn legend_strip(ui: &mut Ui, palette: &Palette) {
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new("Legend").strong());
        let font = egui::TextStyle::Body.resolve(ui.style());
        for entry in power_map_legend(palette) {
            // Symbol and meaning wrap together, never apart.
            let text_width = ui.fonts_mut(|f| {
                f.layout_no_wrap(entry.text.to_owned(), font.clone(), palette.text)
                    .size()
                    .x
            });
            if ui.available_width() < 22.0 + text_width + 2.0 * ui.spacing().item_spacing.x {
                ui.end_row();
            }
            let (rect, _) = ui.allocate_exact_size(vec2(22.0, 16.0), Sense::hover());
            paint_legend_symbol(ui.painter(), rect, &entry.symbol, palette);
            ui.label(entry.text);
            ui.add_space(4.0);
        }
    });
}
