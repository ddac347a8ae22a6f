//! The power map canvas: paints the scene and turns pointer input into selection, moves,
//! new relationships, pan and zoom.

use super::context::PanelContext;
use super::drag_picture::{DragGeometry, LiftedDrag};
use super::marker_drag::{ActorDrag, DragView, claim_keyboard};
use super::rounds_panel::RoundView;
use super::view_state::ViewState;
use crate::model::Session;
use crate::model::{ActorId, Edit, Relationship, RelationshipKind};
use crate::render::{EguiMeasure, MarkLayer, paint_legend_symbol};
use crate::scene::{
    AimArrows, Emphasis, LabelMemory, MapTransform, Metrics, ModelView, MovementView, Palette,
    PowerMapInput, Scene, SceneReuse, build_power_map, power_map_legend, spread_legend,
};
use crate::words::{self, Words};
use egui::{PointerButton, Pos2, Rect, Role, Sense, Stroke, Ui, Vec2, WidgetInfo, vec2};
use std::borrow::Cow;
use std::collections::HashSet;

/// The accessible name of the canvas itself.
pub fn canvas_label() -> &'static str {
    words::ui().get("view-canvas-power-map")
}

/// The accessible name of the handle that draws a relationship from an actor.
pub fn link_handle_label(name: &str) -> String {
    words::ui().with("view-link-handle", &[("name", name)])
}

/// The side of the link handle's square, in points.
const HANDLE_SIZE: f32 = 18.0;

/// Where the link handle sits: at the first diagonal corner around the marker (above right,
/// below right, above left, below left) where it covers neither the actor's name nor leaves
/// the canvas, a step farther out when all four near corners are taken, else above right.
fn link_handle_center(marker: Pos2, radius: f32, name: Option<Rect>, canvas: Rect) -> Pos2 {
    const CORNERS: [Vec2; 4] = [
        vec2(1.0, -1.0),
        vec2(1.0, 1.0),
        vec2(-1.0, -1.0),
        vec2(-1.0, 1.0),
    ];
    let near = radius + 12.0;
    [near, near + HANDLE_SIZE, near + 2.0 * HANDLE_SIZE]
        .into_iter()
        .flat_map(|reach| CORNERS.map(|corner| marker + corner * reach))
        .find(|&center| {
            let rect = Rect::from_center_size(center, Vec2::splat(HANDLE_SIZE));
            canvas.contains_rect(rect) && name.is_none_or(|n| !n.intersects(rect))
        })
        .unwrap_or(marker + CORNERS[0] * near)
}

/// The canvas component: pan, zoom, the gesture in progress and what the last frame drew.
/// It draws the power map (with its parking lot) and the spectrum from a `PanelContext`.
#[derive(Default)]
pub struct CanvasState {
    view: ModelView,
    /// The transform of the last frame drawn, for tests and for keyboard zoom.
    pub last_transform: Option<MapTransform>,
    /// The actors being dragged, on either view.
    pub drag: Option<ActorDrag>,
    /// Where a selection band started, while one is being drawn.
    pub band_start: Option<Pos2>,
    link_from: Option<ActorId>,
    /// How many drags have started; keeps each drag's undo step its own.
    pub drags_started: u64,
    /// The legend is shown unless the user hid it.
    pub hide_legend: bool,
    /// The spectrum's geometry in the last frame, for tests and drops.
    pub last_fan: Option<crate::scene::FanGeometry>,
    /// Draw every actor's one-step arrow, not only the selected and targeted ones.
    pub all_aims: bool,
    /// Movement arrows drawn in the last frame, per view (power map, spectrum).
    pub movement_arrows: (usize, usize),
    /// Where the power map's names were drawn last frame, so they stay put.
    pub power_labels: LabelMemory,
    /// Where the spectrum's names were drawn last frame.
    pub spectrum_labels: LabelMemory,
    /// Where the name of the one selected actor was drawn on the power map last frame.
    pub selected_name: Option<Rect>,
    /// The power map's scene as painted last frame: what the screen shows, kept (rather
    /// than dropped) so that tests compare the app's own picture with exports.
    pub power_scene: Option<Scene>,
    /// The spectrum's scene as painted last frame, drawn again while nothing changed.
    pub(super) spectrum_scene: Option<Scene>,
    /// When each view's last scene (power map, spectrum) may be drawn again.
    pub(super) reuse: (MapReuse, FanReuse),
    /// How many scenes each view built, for the tests of their reuse.
    #[cfg(test)]
    pub(super) builds: (usize, usize),
    /// The triangles of each view's markers and names, reused while they stay the same.
    pub(super) marks: (MarkLayer, MarkLayer),
    /// A drag on a view of many actors: the dragged actors lifted off the rest of the view.
    pub(super) lifted: Option<LiftedDrag>,
}

/// When the power map's last scene may be drawn again.
type MapReuse = SceneReuse<SceneInputs<MapTransform>>;
/// When the spectrum's last scene may be drawn again.
type FanReuse = SceneReuse<SceneInputs<(Rect, AimArrows)>>;

/// Everything a view's scene is built from, `G` being the view's own geometry (the power
/// map's transform; the spectrum's rectangle and arrows): while all of it is equal from one
/// frame to the next, the view draws its last scene again (`SceneReuse`). The session is
/// named by its revision, the text measure by the pixel density of egui's fonts (their
/// definitions are set once, at start).
#[derive(PartialEq)]
pub(super) struct SceneInputs<G> {
    revision: u64,
    /// Looking back at or comparing with a round: the session shown and the movements.
    round_view: Option<RoundView>,
    /// A reveal in progress: the actors shown.
    reveal: Option<usize>,
    /// The placement round whose spread is shown.
    spread_round: Option<String>,
    selection: HashSet<ActorId>,
    emphasis: Vec<Emphasis>,
    palette: Palette,
    metrics: Metrics,
    pixels_per_point: f32,
    geometry: G,
}

/// Whether a view may draw its last scene again for `inputs` (`SceneReuse::holds`), and
/// whether `inputs` are those its last scene was built from but for the session's revision
/// (as on each frame of a drag).
pub(super) fn reuse_check<G: PartialEq>(
    inputs: Option<&SceneInputs<G>>,
    reuse: &mut SceneReuse<SceneInputs<G>>,
    drawn: &LabelMemory,
) -> (bool, bool) {
    let reusable = inputs.is_some_and(|inputs| reuse.holds(inputs, drawn));
    let same = match (inputs, reuse.key()) {
        (Some(now), Some(then)) => now.same_but_revision(then),
        _ => false,
    };
    (reusable, same)
}

/// Whether a view draws another session than the present one (an earlier round looked at,
/// or the actors revealed so far): then nothing on it can be moved, and filters do not show.
pub(super) fn shows_other_session(view: &ViewState, now: &Session) -> bool {
    // Exactly when `ViewState::shown_session` gives a session, without making it.
    view.revealed_count().is_some() || view.is_looking_back(now)
}

/// Per actor, how a view's scene draws it: as this frame's reuse key holds it, else worked
/// out now; nothing stands out on a view showing another session than the present (`frozen`).
pub(super) fn scene_emphasis<'a, G>(
    inputs: Option<&'a SceneInputs<G>>,
    view: &ViewState,
    now: &Session,
    frozen: bool,
) -> Cow<'a, [Emphasis]> {
    match inputs {
        Some(inputs) => Cow::Borrowed(&inputs.emphasis),
        None if frozen => Cow::Owned(Vec::new()),
        None => Cow::Owned(view.emphasis(now)),
    }
}

impl<G: PartialEq> SceneInputs<G> {
    /// Whether `other` holds the same inputs but for the session's revision.
    pub(super) fn same_but_revision(&self, other: &Self) -> bool {
        self.round_view == other.round_view
            && self.reveal == other.reveal
            && self.spread_round == other.spread_round
            && self.selection == other.selection
            && self.emphasis == other.emphasis
            && self.palette == other.palette
            && self.metrics == other.metrics
            && self.pixels_per_point == other.pixels_per_point
            && self.geometry == other.geometry
    }
}

impl<G> SceneInputs<G> {
    /// The inputs of this frame's scene, if the session has a revision to name it by;
    /// `frozen` when the view shows another session than the present (no emphasis then).
    pub(super) fn of(
        cx: &PanelContext<'_>,
        ctx: &egui::Context,
        frozen: bool,
        geometry: G,
    ) -> Option<Self> {
        let view = cx.view;
        Some(Self {
            revision: cx.facts.revision?,
            round_view: view.round_view.clone(),
            reveal: view.revealed_count(),
            spread_round: view.spread_round.clone(),
            selection: cx.selection.ids().clone(),
            emphasis: if frozen {
                Vec::new()
            } else {
                view.emphasis(cx.session)
            },
            palette: view.map_palette(),
            metrics: view.map_metrics(),
            pixels_per_point: ctx.pixels_per_point(),
            geometry,
        })
    }
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

    /// The power map canvas, filling `ui`.
    pub(super) fn power_map_ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_>) {
        super::parking_lot::parking_lot_panel(ui, cx);
        let rect = ui.available_rect_before_wrap();
        if rect.width() < 10.0 || rect.height() < 10.0 {
            self.power_scene = None;
            self.reuse.0.forget();
            return;
        }
        let background = ui.allocate_rect(rect, Sense::click_and_drag());
        background.widget_info(|| WidgetInfo::labeled(Role::Canvas, true, canvas_label()));
        let now = cx.session;
        let view = cx.view;
        self.pan_and_zoom(ui, &background, rect, now.settings.supportive_side);

        let transform = MapTransform::new(rect, self.view, now.settings.supportive_side);
        self.last_transform = Some(transform);
        let palette = view.map_palette();
        let ctx = ui.ctx().clone();
        let frozen = shows_other_session(view, now);
        let inputs = SceneInputs::of(cx, &ctx, frozen, transform);
        let last = self.power_scene.take();
        let (reusable, same_inputs) =
            reuse_check(inputs.as_ref(), &mut self.reuse.0, &self.power_labels);
        let painter = ui.painter_at(rect);
        let geometry = DragGeometry::Map(&transform);
        let scene = match last {
            // Nothing changed: drawn again as it was (the lifted actors too, if any).
            Some(last) if reusable => self.paint_lifted(&painter, last, cx, geometry),
            Some(last) if !frozen && self.lifted_holds(cx, same_inputs, geometry) => {
                self.paint_lifted(&painter, last, cx, geometry)
            }
            _ => {
                let mut scene = self.build_power_map(cx, &ctx, transform, inputs);
                self.drop_lifted(true);
                if !frozen {
                    self.lift_dragged(&mut scene, cx, geometry);
                }
                self.paint_lifted(&painter, scene, cx, geometry)
            }
        };
        if let Some(others) = cx.facts.share {
            super::share::presence::paint_presence(&painter, &scene.markers, others);
        }
        if frozen {
            // An earlier round is shown as it was: nothing can be moved there.
            self.power_scene = Some(scene);
            return;
        }

        claim_keyboard(ui, rect);
        // A name dragged from the parking lot (or the spectrum's tray) lands where it is let go.
        if let Some(id) = background.dnd_release_payload::<ActorId>()
            && let Some(pointer) = ui.input(|i| i.pointer.interact_pos())
        {
            cx.selection.set_only((*id).clone());
            cx.out.edit(Edit::MoveActors(vec![(
                (*id).clone(),
                transform.to_model(pointer),
            )]));
        }
        self.link_handle(ui, &scene, &painter, cx);
        self.canvas_pointer(ui, &background, &scene, &DragView::Map(transform), cx);
        if scene.markers.is_empty() && now.actors.is_empty() {
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                words::ui().get("view-empty-map"),
                egui::FontId::proportional(18.0),
                palette.muted_text,
            );
        }
        self.power_scene = Some(scene);
    }

    /// Build the power map's scene from `cx` (with its movement arrows), keeping the names'
    /// places for the next frame and `inputs` to know when the scene may be drawn again.
    fn build_power_map(
        &mut self,
        cx: &PanelContext<'_>,
        ctx: &egui::Context,
        transform: MapTransform,
        inputs: Option<SceneInputs<MapTransform>>,
    ) -> Scene {
        #[cfg(test)]
        {
            self.builds.0 += 1;
        }
        let (now, view) = (cx.session, cx.view);
        let looked = view.shown_session(now);
        let emphasis = scene_emphasis(inputs.as_ref(), view, now, looked.is_some());
        let session = looked.as_ref().unwrap_or(now);
        let mut scene = build_power_map(&PowerMapInput {
            session,
            transform,
            selection: cx.selection.ids(),
            palette: &view.map_palette(),
            metrics: view.map_metrics(),
            measure: &EguiMeasure { ctx },
            emphasis: &emphasis,
            hide_covered: true,
            previous_labels: Some(&self.power_labels),
        });
        drop(emphasis);
        let labels_in = std::mem::replace(&mut self.power_labels, LabelMemory::of(&scene));
        match inputs {
            Some(inputs) => self.reuse.0.built(inputs, labels_in),
            None => self.reuse.0.forget(),
        }
        self.movement_arrows.0 = super::rounds_panel::draw_movements(
            &mut scene,
            view,
            now,
            session,
            &MovementView::Map(&transform),
        );
        super::rounds_panel::draw_spread(
            &mut scene,
            view,
            now,
            session,
            &MovementView::Map(&transform),
        );
        scene
    }

    fn pan_and_zoom(
        &mut self,
        ui: &Ui,
        background: &egui::Response,
        rect: Rect,
        supportive_side: crate::model::SupportiveSide,
    ) {
        let transform = MapTransform::new(rect, self.view, supportive_side);
        if background.dragged_by(PointerButton::Secondary)
            || background.dragged_by(PointerButton::Middle)
        {
            self.view = self
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
            let anchor = hover.map_or(self.view.visible.center(), |p| transform.view_point(p));
            self.view = self.view.zoomed(zoom, anchor);
        } else if scroll != Vec2::ZERO {
            self.view = self.view.panned(transform.pan_delta(scroll));
        }
    }

    /// The small handle beside a single selected actor: drag it onto another actor to connect them.
    fn link_handle(
        &mut self,
        ui: &Ui,
        scene: &Scene,
        painter: &egui::Painter,
        cx: &mut PanelContext<'_>,
    ) {
        self.selected_name = None;
        let Some(primary) = cx.selection.primary().cloned() else {
            return;
        };
        if cx.selection.len() != 1 {
            return;
        }
        let Some(marker) = scene.markers.iter().find(|m| m.id == primary) else {
            return;
        };
        let name_rect = scene
            .labels
            .iter()
            .find(|l| l.actor == marker.actor)
            .map(|l| l.rect);
        self.selected_name = name_rect;
        let center = link_handle_center(marker.center, marker.radius, name_rect, scene.frame);
        let rect = Rect::from_center_size(center, Vec2::splat(HANDLE_SIZE));
        let name = cx.session.actors[marker.actor].name.clone();
        let response = ui.interact(rect, ui.scope_id().with("link handle"), Sense::drag());
        response.widget_info(|| WidgetInfo::labeled(Role::Button, true, link_handle_label(&name)));
        let response = response.on_hover_text(words::ui().get("view-link-handle-hint"));
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
            self.link_from = Some(primary.clone());
        }
        let pointer_now = ui.input(|i| i.pointer.interact_pos());
        if response.dragged()
            && let Some(pointer) = pointer_now
        {
            painter.line_segment([marker.center, pointer], Stroke::new(2.0, color));
        }
        if response.drag_stopped()
            && let Some(from) = self.link_from.take()
        {
            let target = pointer_now
                .and_then(|p| scene.hit(p))
                .map(|i| cx.session.actors[i].id.clone());
            match target {
                Some(to) if to != from => {
                    let other = cx
                        .session
                        .actor(&to)
                        .map(|a| a.name.clone())
                        .unwrap_or_default();
                    cx.out.status(
                        words::ui().with("view-connected", &[("name", &name), ("other", &other)]),
                    );
                    cx.out.edit(Edit::AddRelationship(Relationship::new(
                        from,
                        to,
                        RelationshipKind::Cooperating,
                    )));
                }
                _ => cx.out.status(words::ui().get("view-link-missed")),
            }
        }
    }
}

/// The legend as one wrapped row of symbols and their meanings, its text `text_size` points
/// tall (large while presenting, so the room can read it); with the spread's line when a
/// placement round's `spread` is drawn.
pub(super) fn legend_strip(
    ui: &mut Ui,
    palette: &Palette,
    text_size: f32,
    words: &'static Words,
    spread: bool,
) {
    if words.language().is_right_to_left() {
        // egui's rows follow their parent's direction: inside a right-to-left layout the row,
        // and each symbol with its meaning, start at the right.
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
            legend_rows(ui, palette, text_size, words, spread);
        });
    } else {
        legend_rows(ui, palette, text_size, words, spread);
    }
}

fn legend_rows(
    ui: &mut Ui,
    palette: &Palette,
    text_size: f32,
    words: &'static Words,
    spread: bool,
) {
    ui.horizontal_wrapped(|ui| {
        let font = egui::FontId::proportional(text_size);
        let symbol = vec2(text_size * 1.6, text_size * 1.15);
        let line = ui.fonts_mut(|f| f.row_height(&font));
        let height = symbol.y.max(line);
        // A wrapped row is at least this tall: as tall as an entry, so every entry of a row,
        // the first too, sits on the same line.
        ui.spacing_mut().interact_size.y = height;
        // In a row as tall as the entries', so the heading lines up with them.
        ui.allocate_ui(vec2(0.0, height), |ui| {
            ui.horizontal(|ui| {
                ui.label(
                    egui::RichText::new(words.get("legend-heading"))
                        .strong()
                        .size(text_size),
                )
            });
        });
        let mut entries = power_map_legend(palette, words);
        if spread {
            entries.push(spread_legend(palette, words));
        }
        for entry in entries {
            let text_width = ui.fonts_mut(|f| {
                f.layout_no_wrap(entry.text.to_owned(), font.clone(), palette.text)
                    .size()
                    .x
            });
            let gap = ui.spacing().item_spacing.x;
            // Symbol and meaning take one place in the row, so the row wraps before an entry,
            // never between its symbol and its text.
            let whole = vec2(symbol.x + gap + text_width + 1.0, height);
            ui.allocate_ui(whole, |ui| {
                ui.horizontal(|ui| {
                    let (rect, _) = ui.allocate_exact_size(symbol, Sense::hover());
                    paint_legend_symbol(ui.painter(), rect, &entry.symbol, palette);
                    ui.label(egui::RichText::new(entry.text).size(text_size));
                });
            });
            ui.add_space(4.0);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::context::Detached;
    use crate::model::{Actor, Position, Session, UndoStep};
    use crate::scene::Scene;
    use egui::pos2;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    /// The canvas alone, with what a context is made of: no app around it.
    #[derive(Default)]
    struct Alone {
        canvas: CanvasState,
        parts: Detached,
    }

    fn canvas_alone(session: Session) -> Harness<'static, Alone> {
        let alone = Alone {
            parts: Detached {
                session,
                ..Detached::default()
            },
            ..Alone::default()
        };
        let mut harness = Harness::builder()
            .with_size(vec2(800.0, 600.0))
            .with_context_setup(crate::app::install_style)
            .build_ui_state(
                |ui, alone: &mut Alone| {
                    alone.canvas.power_map_ui(ui, &mut alone.parts.context());
                },
                alone,
            );
        harness.run();
        harness
    }

    #[test]
    fn clicking_a_marker_selects_it_and_dragging_it_sends_one_undo_step_of_moves() {
        let mut session = Session::default();
        let start = Position {
            support: -0.5,
            influence: 0.5,
        };
        session.actors.push(Actor::new("Mayor Varga", start));
        session.actors.push(Actor::new("Council", Position::CENTER));
        let mayor = session.actors[0].id.clone();
        let mut h = canvas_alone(session);
        let transform = h.state().canvas.last_transform.expect("canvas drawn");
        let from = transform.to_screen(start);

        h.get_by_label(&DragView::Map(transform).marker_label("Mayor Varga"))
            .click();
        h.run();
        let selection = &h.state().parts.selection;
        assert!(selection.len() == 1 && selection.contains(&mayor));
        assert!(h.state().parts.out.edits.is_empty(), "a click moves nobody");

        let to = from + vec2(120.0, -60.0);
        press(&mut h, from);
        for t in [0.1, 0.3, 0.6, 1.0] {
            h.hover_at(from.lerp(to, t));
            h.step();
        }
        h.drop_at(to);
        h.run();

        let out = &h.state().parts.out;
        let Some((Edit::MoveActors(moves), UndoStep::Merge(key))) = out.edits.last() else {
            panic!("no move sent: {:?}", out.edits.len());
        };
        assert!(
            out.edits
                .iter()
                .all(|(_, step)| step == &UndoStep::Merge(*key)),
            "every step of one drag is one undo step"
        );
        assert!(out.close_undo_step, "letting go ends the undo step");
        let [(actor, position)] = moves.as_slice() else {
            panic!("{} actors moved", moves.len());
        };
        assert_eq!(actor, &mayor);
        let expected = transform.to_model(to);
        assert!(
            (position.support - expected.support).abs() < 0.01
                && (position.influence - expected.influence).abs() < 0.01,
            "{position:?} is not {expected:?}"
        );
        assert!(h.state().canvas.drag.is_none());
    }

    /// Both views side by side alone, over a session whose revision the test keeps.
    fn views_alone(session: Session) -> Harness<'static, Alone> {
        let mut parts = Detached {
            session,
            revision: Some(1),
            ..Detached::default()
        };
        parts.view.mode = super::super::views::ViewMode::SideBySide;
        let mut harness = Harness::builder()
            .with_size(vec2(1000.0, 600.0))
            .with_context_setup(crate::app::install_style)
            .build_ui_state(
                |ui, alone: &mut Alone| alone.canvas.ui(ui, &mut alone.parts.context()),
                Alone {
                    parts,
                    // No legend: its height follows the fonts, and so the views' rectangles.
                    canvas: CanvasState {
                        hide_legend: true,
                        ..CanvasState::default()
                    },
                },
            );
        harness.run();
        harness
    }

    /// The scenes both views drew last frame.
    fn drawn(h: &Harness<'_, Alone>) -> (Option<Scene>, Option<Scene>) {
        let canvas = &h.state().canvas;
        (canvas.power_scene.clone(), canvas.spectrum_scene.clone())
    }

    /// An edit: the session changes, and with it its revision.
    fn edit(h: &mut Harness<'_, Alone>, change: impl FnOnce(&mut Session)) {
        let parts = &mut h.state_mut().parts;
        change(&mut parts.session);
        parts.revision = parts.revision.map(|r| r + 1);
    }

    type Change = Box<dyn Fn(&mut Harness<'static, Alone>)>;

    /// Record a round, move an actor on both views, and compare with the round.
    fn compare_with_a_round(h: &mut Harness<'static, Alone>) {
        let round = h.state().parts.session.record_round("Before", "2026-11-30");
        let id = round.id.clone();
        edit(h, |s| {
            s.rounds.push(round);
            s.actors[2].position = Position::clamped(-0.7, -0.6);
            s.actors[2].spectrum = Some(crate::model::SpectrumPlacement::middle_of(
                crate::model::Slice::ActiveAllies,
            ));
        });
        h.state_mut().parts.view.round_view = Some(RoundView::Compare(id));
    }

    /// Each change of what the views are drawn from, named, with the views it concerns
    /// (power map, spectrum); `mayor` is an actor to select.
    fn changes(mayor: crate::model::ActorId) -> Vec<(&'static str, (bool, bool), Change)> {
        // What changes, and which views it concerns (power map, spectrum).
        let both = (true, true);
        vec![
            (
                "an edit",
                both,
                Box::new(|h| edit(h, |s| s.actors[1].position = Position::clamped(0.6, 0.6))),
            ),
            (
                "the selection",
                both,
                Box::new(move |h| h.state_mut().parts.selection.set_only(mayor.clone())),
            ),
            (
                "the search",
                both,
                Box::new(|h| h.state_mut().parts.view.filters.search = "union".into()),
            ),
            (
                "the theme",
                both,
                Box::new(|h| {
                    h.state_mut().parts.view.prefs.theme = crate::app::theme::Theme::Dark;
                }),
            ),
            (
                "presenting",
                both,
                Box::new(|h| h.state_mut().parts.view.workshop.presenting = true),
            ),
            (
                "zoom",
                (true, false),
                Box::new(|h| h.state_mut().canvas.zoom_by(1.5)),
            ),
            (
                "zoom to fit",
                (true, false),
                Box::new(|h| h.state_mut().canvas.zoom_to_fit()),
            ),
            (
                "the window's size",
                both,
                Box::new(|h| {
                    h.set_size(vec2(900.0, 560.0));
                }),
            ),
            (
                "the pixel density",
                both,
                Box::new(|h| {
                    // A screen with twice the pixels: the same size in points.
                    let viewports = &mut h.input_mut().viewports;
                    viewports
                        .entry(egui::ViewportId::ROOT)
                        .or_default()
                        .native_pixels_per_point = Some(2.0);
                }),
            ),
            (
                "all aims",
                (false, true),
                Box::new(|h| h.state_mut().canvas.all_aims = true),
            ),
            (
                "comparing with a round",
                both,
                Box::new(compare_with_a_round),
            ),
            (
                "looking back at the round",
                both,
                Box::new(|h| {
                    let view = &mut h.state_mut().parts.view;
                    if let Some(RoundView::Compare(id)) = view.round_view.take() {
                        view.round_view = Some(RoundView::Look(id));
                    }
                }),
            ),
            (
                "back to the present",
                both,
                Box::new(|h| {
                    let view = &mut h.state_mut().parts.view;
                    view.round_view = None;
                    view.filters.search.clear();
                }),
            ),
            (
                "a reveal",
                both,
                Box::new(|h| h.state_mut().parts.view.workshop.reveal = Some(2)),
            ),
        ]
    }

    #[test]
    fn both_views_draw_their_last_scene_again_until_anything_it_is_built_from_changes() {
        let mut session = Session::default();
        for (k, name) in ["Mayor Varga", "Council", "Teachers' union", "Press"]
            .into_iter()
            .enumerate()
        {
            #[expect(clippy::cast_precision_loss, reason = "four actors")]
            let at = Position::clamped(0.3 * k as f32 - 0.5, 0.4 - 0.2 * k as f32);
            let mut actor = Actor::new(name, at);
            actor.spectrum = Some(crate::model::SpectrumPlacement::middle_of(
                crate::model::Slice::ALL[k],
            ));
            session.actors.push(actor);
        }
        let mayor = session.actors[0].id.clone();
        let mut h = views_alone(session);
        let settled = h.state().canvas.builds;
        h.run_steps(3);
        assert_eq!(
            h.state().canvas.builds,
            settled,
            "a still window builds nothing"
        );

        for (name, concerns, change) in changes(mayor) {
            let builds = h.state().canvas.builds;
            let before = drawn(&h);
            change(&mut h);
            // Names look for their places over a few frames.
            h.run_steps(4);
            let after = h.state().canvas.builds;
            assert_eq!(
                (after.0 > builds.0, after.1 > builds.1),
                concerns,
                "{name}: built again ({builds:?} then {after:?})"
            );
            let shown = drawn(&h);
            if concerns.0 {
                assert!(shown.0 != before.0, "{name}: the power map did not change");
            }
            if concerns.1 {
                assert!(shown.1 != before.1, "{name}: the spectrum did not change");
            }
            // What a build from scratch draws now: the scenes shown were not stale.
            let canvas = &mut h.state_mut().canvas;
            canvas.reuse.0.forget();
            canvas.reuse.1.forget();
            h.step();
            assert!(drawn(&h) == shown, "{name}: a stale scene was drawn");
            let settled = h.state().canvas.builds;
            h.run_steps(2);
            assert_eq!(h.state().canvas.builds, settled, "{name}: nothing reused");
        }
    }

    /// Apply the moves the canvas sent as the app does: a new revision, the same shape.
    fn apply_moves(h: &mut Harness<'_, Alone>) {
        let parts = &mut h.state_mut().parts;
        for (edit, _) in std::mem::take(&mut parts.out.edits) {
            assert!(
                matches!(edit, Edit::MoveActors(_) | Edit::PlaceOnSpectrum(_)),
                "only moves during a drag: {edit:?}"
            );
            parts.session.apply(edit);
            parts.revision = parts.revision.map(|r| r + 1);
        }
    }

    /// The canvas alone showing `mode` of a large `session` in a 1000 x 700 window, the
    /// session's moves kept apart from other changes (`shape_revision`) as the app does.
    fn large_view(
        session: Session,
        mode: super::super::views::ViewMode,
    ) -> Harness<'static, Alone> {
        let mut parts = Detached {
            session,
            revision: Some(1),
            shape_revision: Some(1),
            ..Detached::default()
        };
        parts.view.mode = mode;
        Harness::builder()
            .with_size(vec2(1000.0, 700.0))
            .with_context_setup(crate::app::install_style)
            .build_ui_state(
                |ui, alone: &mut Alone| alone.canvas.ui(ui, &mut alone.parts.context()),
                Alone {
                    parts,
                    canvas: CanvasState::default(),
                },
            )
    }

    /// Press on `from` and hold, as a drag begins.
    fn press(h: &mut Harness<'_, Alone>, from: Pos2) {
        h.hover_at(from);
        h.step();
        h.drag_at(from);
        h.step();
    }

    /// One step of a drag to `to`: the canvas sends its moves, the app applies them, and a
    /// frame draws them. Returns how many scenes each view had built before that frame.
    fn drag_to(h: &mut Harness<'_, Alone>, to: Pos2) -> (usize, usize) {
        h.hover_at(to);
        h.step();
        apply_moves(h);
        let builds = h.state().canvas.builds;
        h.step();
        builds
    }

    #[test]
    fn a_drag_on_a_large_map_moves_the_lifted_actor_over_the_rest_and_builds_it_after() {
        let mut session = Session::default();
        for k in 0..450_u16 {
            let (column, row) = (f32::from(k % 30), f32::from(k / 30));
            let at = Position::clamped(column / 15.0 - 0.97, row / 15.0 + 0.02);
            session.actors.push(Actor::new(format!("A{k}"), at));
        }
        let mut h = large_view(session, super::super::views::ViewMode::PowerMap);
        h.run_steps(4);
        let transform = h.state().canvas.last_transform.expect("drawn");
        let dragged = 200;
        let from = transform.to_screen(h.state().parts.session.actors[dragged].position);
        press(&mut h, from);
        let mut builds_while_dragging = Vec::new();
        for t in 1..=8_u8 {
            let to = from + vec2(f32::from(t) * 9.0, f32::from(t) * -5.0);
            builds_while_dragging.push(drag_to(&mut h, to).0);
            let state = h.state();
            let scene = state.canvas.power_scene.as_ref().expect("drawn");
            let now = transform.to_screen(state.parts.session.actors[dragged].position);
            let marker = scene
                .markers
                .iter()
                .find(|m| m.actor == dragged)
                .expect("the dragged actor is drawn");
            assert!(
                marker.center.distance(now) < 0.01,
                "the marker follows the drag"
            );
            assert!(state.canvas.lifted.is_some(), "lifted while dragging");
            let mut actors: Vec<usize> = scene.markers.iter().map(|m| m.actor).collect();
            actors.sort_unstable();
            actors.dedup();
            assert_eq!(actors.len(), scene.markers.len(), "no actor drawn twice");
        }
        // The map was built when the drag began (and the selection changed), then no more.
        assert!(
            builds_while_dragging[2..]
                .iter()
                .all(|&b| b == builds_while_dragging[2]),
            "built during the drag: {builds_while_dragging:?}"
        );
        // Anything but a move (here a rename) builds the map whole again.
        let builds = h.state().canvas.builds.0;
        {
            let parts = &mut h.state_mut().parts;
            parts.session.actors[3].name = "Renamed during the drag".into();
            parts.revision = parts.revision.map(|r| r + 1);
            parts.shape_revision = parts.revision;
        }
        h.step();
        assert!(
            h.state().canvas.builds.0 > builds,
            "a rename builds the map again"
        );
        h.drop_at(from + vec2(80.0, -45.0));
        h.step();
        apply_moves(&mut h);
        h.run_steps(4);
        let state = h.state();
        assert!(state.canvas.lifted.is_none() && state.canvas.drag.is_none());
        // After the drag, the map is what a build from scratch draws.
        let shown = state.canvas.power_scene.clone();
        h.state_mut().canvas.reuse.0.forget();
        h.step();
        assert!(
            h.state().canvas.power_scene == shown,
            "a stale picture after the drag"
        );
    }

    #[test]
    fn a_drag_on_a_large_spectrum_moves_the_lifted_actor_and_its_aim_over_the_rest() {
        let mut session = Session::default();
        for k in 0..450_u16 {
            let mut actor = Actor::new(format!("A{k}"), Position::CENTER);
            actor.spectrum = Some(crate::model::SpectrumPlacement {
                slice: crate::model::Slice::ALL[usize::from(k % 5)],
                across: f32::from(k % 13) / 13.0 + 0.03,
                out: f32::from(k % 17) / 17.0 + 0.02,
            });
            session.actors.push(actor);
        }
        let mut h = large_view(session, super::super::views::ViewMode::Spectrum);
        h.run_steps(4);
        let fan = h.state().canvas.last_fan.expect("drawn");
        // An actor on top of any other, whose aim (one step toward us) is another slice.
        let dragged = {
            let state = h.state();
            let scene = state.canvas.spectrum_scene.as_ref().expect("drawn");
            let actors = &state.parts.session.actors;
            let on_top = scene.markers.iter().rev().find(|m| {
                let actor = &actors[m.actor];
                scene.hit(m.center) == Some(m.actor)
                    && actor.aim() != actor.spectrum.map(|p| p.slice)
            });
            on_top.expect("a marker on top").actor
        };
        let at = |h: &Harness<'_, Alone>| {
            let place = h.state().parts.session.actors[dragged].spectrum;
            fan.to_screen(place.expect("on the spectrum"))
        };
        // Where it is drawn, which may be beside its place where others share that place.
        let drawn_at = |h: &Harness<'_, Alone>| {
            let scene = h.state().canvas.spectrum_scene.as_ref().expect("drawn");
            let marker = scene.markers.iter().find(|m| m.actor == dragged);
            marker.expect("the dragged actor is drawn").center
        };
        let (from, place) = (drawn_at(&h), at(&h));
        press(&mut h, from);
        let mut builds = Vec::new();
        for t in 1..=6_u8 {
            let to = from + vec2(f32::from(t) * 8.0, f32::from(t) * -6.0);
            builds.push(drag_to(&mut h, to).1);
            let state = h.state();
            let scene = state.canvas.spectrum_scene.as_ref().expect("drawn");
            let marker = scene.markers.iter().find(|m| m.actor == dragged);
            let marker = marker.expect("the dragged actor is drawn");
            let id = &state.parts.session.actors[dragged].id;
            assert!(
                state.parts.selection.contains(id),
                "the actor dragged is selected"
            );
            let moved = (marker.center - from) - (at(&h) - place);
            assert!(moved.length() < 0.01, "the marker follows the drag");
            assert!(state.canvas.lifted.is_some(), "lifted while dragging");
            let aims: Vec<_> = scene.arrows.iter().filter(|a| a.actor == dragged).collect();
            assert_eq!(aims.len(), 1, "the dragged actor's aim is drawn once");
            assert!(aims[0].from.distance(marker.center) < marker.radius + 4.0);
        }
        assert!(
            builds[2..].iter().all(|&b| b == builds[2]),
            "built during the drag: {builds:?}"
        );
        h.drop_at(from + vec2(30.0, -20.0));
        h.step();
        apply_moves(&mut h);
        h.run_steps(4);
        assert!(h.state().canvas.lifted.is_none());
        let shown = h.state().canvas.spectrum_scene.clone();
        h.state_mut().canvas.reuse.1.forget();
        h.step();
        assert!(
            h.state().canvas.spectrum_scene == shown,
            "a stale picture after the drag"
        );
    }

    fn canvas() -> Rect {
        Rect::from_min_size(Pos2::ZERO, vec2(800.0, 600.0))
    }

    fn handle(center: Pos2) -> Rect {
        Rect::from_center_size(center, Vec2::splat(HANDLE_SIZE))
    }

    #[test]
    fn the_handle_sits_above_right_unless_the_name_or_the_edge_is_there() {
        let marker = pos2(400.0, 300.0);
        let right = Rect::from_min_size(pos2(411.0, 291.0), vec2(120.0, 18.0));
        assert_eq!(
            link_handle_center(marker, 7.0, Some(right), canvas()),
            pos2(419.0, 281.0)
        );
        // A name above the marker: the handle goes below it.
        let above = Rect::from_min_size(pos2(340.0, 271.0), vec2(120.0, 18.0));
        let center = link_handle_center(marker, 7.0, Some(above), canvas());
        assert!(
            !handle(center).intersects(above) && center.y > marker.y,
            "{center:?}"
        );
        // In the top right corner: inside the canvas, clear of a name to the left.
        let corner = pos2(790.0, 10.0);
        let left = Rect::from_min_size(pos2(660.0, 1.0), vec2(120.0, 18.0));
        let center = link_handle_center(corner, 7.0, Some(left), canvas());
        assert!(canvas().contains_rect(handle(center)), "{center:?}");
        assert!(!handle(center).intersects(left), "{center:?}");
    }
}
