//! Checks that a parsed session makes sense: ranges, unique ids, references that resolve.

use super::error::LoadError;
use crate::model::{INFLUENCE_RANGE, SUPPORT_RANGE, Session};
use std::collections::HashSet;

/// Refuse a session that the app could not show faithfully.
pub fn validate(session: &Session) -> Result<(), LoadError> {
    let mut actor_ids = HashSet::with_capacity(session.actors.len());
    for (i, actor) in session.actors.iter().enumerate() {
        let at = |field: &str| format!("actors[{i}].{field}");
        if actor.id.0.trim().is_empty() {
            return Err(invalid(
                at("id"),
                "an actor's id must not be empty".to_owned(),
            ));
        }
        if !actor_ids.insert(&actor.id) {
            return Err(invalid(
                at("id"),
                format!("the id \"{}\" is used by two actors", actor.id),
            ));
        }
        check_range(&at("support"), actor.position.support, &SUPPORT_RANGE)?;
        check_range(&at("influence"), actor.position.influence, &INFLUENCE_RANGE)?;
        if let Some(place) = actor.spectrum {
            check_range(&at("spectrum.across"), place.across, &(0.0..=1.0))?;
            check_range(&at("spectrum.out"), place.out, &(0.0..=1.0))?;
        }
    }
    for (i, actor) in session.actors.iter().enumerate() {
        if let Some(parent) = &actor.parent {
            if !actor_ids.contains(parent) {
                return Err(invalid(
                    format!("actors[{i}].parent"),
                    format!(
                        "\"{}\" belongs to \"{parent}\", but no actor has that id",
                        actor.name
                    ),
                ));
            }
            if !session.can_be_parent(&actor.id, parent) {
                return Err(invalid(
                    format!("actors[{i}].parent"),
                    format!(
                        "\"{}\" is part of a loop of groups containing each other",
                        actor.name
                    ),
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
    let mut rel_ids = HashSet::with_capacity(session.relationships.len());
    for (i, rel) in session.relationships.iter().enumerate() {
        let at = |field: &str| format!("relationships[{i}].{field}");
        if !rel_ids.insert(&rel.id) {
            return Err(invalid(
                at("id"),
                format!("the id \"{}\" is used by two relationships", rel.id),
            ));
        }
        for (field, end) in [("from", &rel.from), ("to", &rel.to)] {
            if !actor_ids.contains(end) {
                return Err(invalid(
                    at(field),
                    format!("it refers to the actor \"{end}\", which is not in the session"),
                ));
            }
        }
        if rel.from == rel.to {
            return Err(invalid(
                at("to"),
                "a relationship must join two different actors".to_owned(),
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
            "the number is too large to be a position".to_owned(),
        ));
    }
    if !range.contains(&value) {
        return Err(invalid(
            path.to_owned(),
            format!(
                "{value} is outside the allowed range {} to {}",
                range.start(),
                range.end()
            ),
        ));
    }
    Ok(())
}

fn invalid(path: String, reason: String) -> LoadError {
    LoadError::Invalid { path, reason }
}
