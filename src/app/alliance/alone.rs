//! Test support: one Alliance page drawn alone over a document, so its edits are applied and
//! its undo steps counted as the app does, without the rest of the app.

use crate::app::context::{Detached, PanelContext};
use crate::model::{Document, Session, UndoStep};
use egui::Ui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// A page that can be drawn alone.
pub(super) trait Page: Default {
    /// Draw the page from `cx`.
    fn draw(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_>);
}

impl Page for super::agreements::AgreementsPage {
    fn draw(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_>) {
        self.ui(ui, cx);
    }
}

impl Page for super::network_step::NetworkStep {
    fn draw(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_>) {
        self.ui(ui, cx);
    }
}

/// The page, what it draws from, the document its edits go to, and every undo step sent.
pub(super) struct Alone<P> {
    page: P,
    /// What the page draws from and sends to.
    pub(super) parts: Detached,
    /// The document the edits are applied to.
    pub(super) doc: Document,
    /// Every edit sent, as its undo step.
    pub(super) sent: Vec<UndoStep>,
}

/// A harness of `width` x `height` drawing page `P` over `session`.
pub(super) fn alone<P: Page + 'static>(
    session: Session,
    width: f32,
    height: f32,
) -> Harness<'static, Alone<P>> {
    let alone = Alone {
        page: P::default(),
        parts: Detached::default(),
        doc: Document::new(session),
        sent: Vec::new(),
    };
    let mut h = Harness::builder()
        .with_size(egui::vec2(width, height))
        .build_ui_state(
            |ui, alone: &mut Alone<P>| {
                alone.parts.session = alone.doc.session().clone();
                alone.page.draw(ui, &mut alone.parts.context());
                for (edit, step) in alone.parts.out.edits.drain(..) {
                    alone.sent.push(step);
                    alone.doc.apply(edit, step);
                }
                if std::mem::take(&mut alone.parts.out.close_undo_step) {
                    alone.doc.close_undo_step();
                }
            },
            alone,
        );
    h.run();
    h
}

/// How many steps undo takes back, undoing them all.
pub(super) fn undo_steps<P>(h: &mut Harness<'_, Alone<P>>) -> usize {
    let mut steps = 0;
    while h.state_mut().doc.undo() {
        steps += 1;
    }
    steps
}

/// Click the widget labelled `label`, and let the page answer.
pub(super) fn click<P>(h: &mut Harness<'_, Alone<P>>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// Type `text` into the field labelled `label`.
pub(super) fn type_into<P>(h: &mut Harness<'_, Alone<P>>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}
