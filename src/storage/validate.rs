//! Checks that a parsed session makes sense: ranges, unique ids, references that resolve.

use super::error::LoadError;
use crate::model::{Assessment, INFLUENCE_RANGE, SUPPORT_RANGE, Session};
use crate::words::ui;
use std::collections::HashSet;

/// The ratings of trust, benefits and risks a file may hold.
const RATINGS: std::ops::RangeInclusive<f32> = Assessment::MIN as f32..=Assessment::MAX as f32;

/// Refuse a session that the app could not show faithfully.
pub fn validate(session: &Session) -> Result<(), LoadError> {
    let mut actor_ids = HashSet::with_capacity(session.actors.len());
    for (i, actor) in session.actors.iter().enumerate() {
        let at = |field: &str| format!("actors[{i}].{field}");
        if actor.id.0.trim().is_empty() {
            return Err(invalid(
                at("id"),
                ui().get("load-invalid-empty-id").to_owned(),
            ));
        }
        if !actor_ids.insert(&actor.id) {
            return Err(invalid(
                at("id"),
                ui().with(
                    "load-invalid-actor-id-twice",
                    &[("id", &actor.id.to_string())],
                ),
            ));
        }
        check_range(&at("support"), actor.position.support, &SUPPORT_RANGE)?;
        check_range(&at("influence"), actor.position.influence, &INFLUENCE_RANGE)?;
        if let Some(place) = actor.spectrum {
            check_range(&at("spectrum.across"), place.across, &(0.0..=1.0))?;
            check_range(&at("spectrum.out"), place.out, &(0.0..=1.0))?;
        }
        for (field, rating) in actor.partner.ratings() {
            if let Some(r) = rating {
                check_range(
                    &at(&format!("partner.{field}.rating")),
                    f32::from(r),
                    &RATINGS,
                )?;
            }
        }
    }
    for (i, actor) in session.actors.iter().enumerate() {
        if let Some(parent) = &actor.parent {
            if !actor_ids.contains(parent) {
                return Err(invalid(
                    format!("actors[{i}].parent"),
                    ui().with(
                        "load-invalid-parent-missing",
                        &[("name", &actor.name), ("parent", &parent.to_string())],
                    ),
                ));
            }
            if !session.can_be_parent(&actor.id, parent) {
                return Err(invalid(
                    format!("actors[{i}].parent"),
                    ui().with("load-invalid-parent-loop", &[("name", &actor.name)]),
                ));
            }
        }
    }
    for (r, round) in session.rounds.iter().enumerate() {
        for (i, entry) in round.actors.iter().enumerate() {
            let at = |field: &str| format!("rounds[{r}].actors[{i}].{field}");
            check_range(&at("support"), entry.support, &SUPPORT_RANGE)?;
            check_range(&at("influence"), entry.influence, &INFLUENCE_RANGE)?;
            if let Some(place) = entry.spectrum {
                check_range(&at("spectrum.across"), place.across, &(0.0..=1.0))?;
                check_range(&at("spectrum.out"), place.out, &(0.0..=1.0))?;
            }
        }
    }
    super::placement_checks::check_placement_rounds(session)?;
    let mut rel_ids = HashSet::with_capacity(session.relationships.len());
    for (i, rel) in session.relationships.iter().enumerate() {
        let at = |field: &str| format!("relationships[{i}].{field}");
        if !rel_ids.insert(&rel.id) {
            return Err(invalid(
                at("id"),
                ui().with(
                    "load-invalid-relationship-id-twice",
                    &[("id", &rel.id.to_string())],
                ),
            ));
        }
        for (field, end) in [("from", &rel.from), ("to", &rel.to)] {
            if !actor_ids.contains(end) {
                return Err(invalid(
                    at(field),
                    ui().with("load-invalid-missing-end", &[("id", &end.to_string())]),
                ));
            }
        }
        if rel.from == rel.to {
            return Err(invalid(
                at("to"),
                ui().get("load-invalid-self-line").to_owned(),
            ));
        }
    }
    Ok(())
}

fn check_range(
    path: &str,
    value: f32,
    range: &std::ops::RangeInclusive<f32>,
) -> Result<(), LoadError> {
    if !value.is_finite() {
        return Err(invalid(
            path.to_owned(),
            ui().get("load-invalid-not-finite").to_owned(),
        ));
    }
    if !range.contains(&value) {
        return Err(invalid(
            path.to_owned(),
            ui().with(
                "load-invalid-range",
                &[
                    ("value", &value.to_string()),
                    ("low", &range.start().to_string()),
                    ("high", &range.end().to_string()),
                ],
            ),
        ));
    }
    Ok(())
}

fn invalid(path: String, reason: String) -> LoadError {
    LoadError::Invalid { path, reason }
}
