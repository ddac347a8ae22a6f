//! Small form helpers shared by the panels: labelled text fields that report edits, and an
//! actor's name as it is read.

use crate::render::bidi::{has_right_to_left, visual_job};
use egui::{Response, RichText, TextEdit, Ui, WidgetText};

/// An actor's name for a list or button: a name with right-to-left letters laid out run by
/// run in visual order (`render::bidi`), any other as plain text; `size` overrides the body
/// size, `strong` makes it stand out as egui's strong text does.
pub fn name_text(ui: &Ui, name: &str, size: Option<f32>, strong: bool) -> WidgetText {
    if has_right_to_left(name) {
        let mut font = egui::TextStyle::Body.resolve(ui.style());
        if let Some(size) = size {
            font.size = size;
        }
        // Strong text is a stronger colour in egui, not a bolder face.
        let color = if strong {
            ui.visuals().strong_text_color()
        } else {
            egui::Color32::PLACEHOLDER
        };
        return visual_job(name, &font, color).into();
    }
    let mut text = RichText::new(name);
    if let Some(size) = size {
        text = text.size(size);
    }
    if strong {
        text = text.strong();
    }
    text.into()
}

/// What a text field did this frame.
pub struct FieldChange {
    /// The new text, if the user changed it.
    pub text: Option<String>,
    /// Whether the field lost focus (ends an undo step of typing).
    pub finished: bool,
    /// The field's response.
    pub response: Response,
}

/// A one-line text field under a label, editing a copy of `value`.
pub fn text_line(ui: &mut Ui, label: &str, value: &str, hint: &str) -> FieldChange {
    field(ui, label, value, hint, false)
}

/// A multi-line text field under a label, editing a copy of `value`.
pub fn text_block(ui: &mut Ui, label: &str, value: &str, hint: &str) -> FieldChange {
    field(ui, label, value, hint, true)
}

fn field(ui: &mut Ui, label: &str, value: &str, hint: &str, multiline: bool) -> FieldChange {
    let label_response = ui.label(label);
    let mut text = value.to_owned();
    let edit = if multiline {
        TextEdit::multiline(&mut text).desired_rows(3)
    } else {
        TextEdit::singleline(&mut text)
    };
    let response = ui
        .add(edit.hint_text(hint).desired_width(f32::INFINITY))
        .labelled_by(label_response.id);
    FieldChange {
        text: response.changed().then_some(text),
        finished: response.lost_focus(),
        response,
    }
}

/// Collects what a form's text fields did this frame: the last field typed in (its undo
/// key, so typing in one field is one undo step) and whether any field was left.
#[derive(Default)]
pub struct Typing {
    /// The undo-merge key of the field typed in, if any.
    pub key: Option<u64>,
    /// Whether a field lost focus (ends the typing undo step).
    pub finished: bool,
}

impl Typing {
    /// Copy a field's new text into `slot` and remember that typing happened.
    pub fn track(&mut self, change: FieldChange, slot: &mut String) {
        if let Some(text) = change.text {
            *slot = text;
            self.key = Some(merge_key(change.response.id));
        }
        self.finished |= change.finished;
    }
}

/// A stable number for an undo-merge key from a widget id, so typing in one field is one step.
pub fn merge_key(id: egui::Id) -> u64 {
    id.value()
}

/// A drop-down with a visible label before it, announced under that label.
pub fn labelled_combo(
    ui: &mut Ui,
    label: &str,
    id_salt: impl egui::AsIdSalt,
    selected_text: impl Into<egui::WidgetText>,
    width: f32,
    add_contents: impl FnOnce(&mut Ui),
) -> Response {
    ui.horizontal(|ui| {
        let label_response = ui.label(label);
        egui::ComboBox::from_id_salt(id_salt)
            .selected_text(selected_text)
            .width(width)
            .show_ui(ui, add_contents)
            .response
            .labelled_by(label_response.id)
    })
    .inner
}
