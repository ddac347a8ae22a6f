//! Repair: a file that is valid JSON but partly wrong can be opened as a repaired copy, with
//! every change listed. Nothing is repaired silently, and the original file is left alone.

use super::error::LoadError;
use super::load::parse_unchecked;
use super::validate::validate;
use crate::model::{ActorId, Assessment, Position, RelationshipId, Session, SpectrumPlacement};
use crate::words::ui;
use std::collections::HashSet;

/// A repaired session and what was changed to make it valid, in words.
pub struct Repaired {
    /// The session, now valid.
    pub session: Session,
    /// One line per change.
    pub changes: Vec<String>,
}

/// Repair the session in `text`. Errors that repair cannot fix (broken JSON, wrong types, a
/// newer version) are returned as they are.
pub fn repair_str(text: &str) -> Result<Repaired, LoadError> {
    let mut session = match parse_unchecked(text) {
        Err(error) => match tame_huge_numbers(text) {
            Some(tamed) => parse_unchecked(&tamed)?,
            None => return Err(error),
        },
        Ok(session) => session,
    };
    let mut changes = Vec::new();
    fix_actors(&mut session, &mut changes);
    fix_relationships(&mut session, &mut changes);
    fix_rounds(&mut session, &mut changes);
    super::placement_checks::fix_placement_rounds(&mut session, &mut changes);
    validate(&session)?;
    Ok(Repaired { session, changes })
}

/// `text` with every number too large for the app's 32-bit places (1e59, say) brought to the
/// largest one there is, which the repairs below then move into range and list; `None` if
/// there was none, or the text is no JSON at all. `serde_json` reads such a number as an
/// error rather than as infinity once any crate in the program asks for exact floats (the
/// co-editing engine does), so it has to be tamed before the session is read.
fn tame_huge_numbers(text: &str) -> Option<String> {
    // Every value is tamed, not only up to the first (no short cut).
    fn tame_all<'a>(values: impl Iterator<Item = &'a mut serde_json::Value>) -> bool {
        let mut any = false;
        for value in values {
            any |= tame(value);
        }
        any
    }
    fn tame(value: &mut serde_json::Value) -> bool {
        match value {
            serde_json::Value::Number(number) => match number.as_f64() {
                Some(x)
                    if x.abs() > f64::from(f32::MAX) && !number.is_i64() && !number.is_u64() =>
                {
                    *value = serde_json::json!(f64::from(f32::MAX).copysign(x));
                    true
                }
                _ => false,
            },
            serde_json::Value::Array(items) => tame_all(items.iter_mut()),
            serde_json::Value::Object(fields) => tame_all(fields.values_mut()),
            _ => false,
        }
    }
    let mut value: serde_json::Value = serde_json::from_str(text).ok()?;
    tame(&mut value).then(|| value.to_string())
}

fn fix_actors(session: &mut Session, changes: &mut Vec<String>) {
    let mut seen = HashSet::new();
    let taken: HashSet<ActorId> = session.actors.iter().map(|a| a.id.clone()).collect();
    let mut fresh_ids = taken.clone();
    for actor in &mut session.actors {
        let p = actor.position;
        let fixed = Position::clamped(p.support, p.influence);
        if !(p.support.is_finite() && p.influence.is_finite())
            || (fixed.support - p.support).abs() > 1e-3
            || (fixed.influence - p.influence).abs() > 1e-3
        {
            changes.push(ui().with(
                "repair-position-moved",
                &[
                    ("name", &actor.name),
                    ("support", &p.support.to_string()),
                    ("influence", &p.influence.to_string()),
                    ("new-support", &fixed.support.to_string()),
                    ("new-influence", &fixed.influence.to_string()),
                ],
            ));
            actor.position = fixed;
        }
        if let Some(place) = actor.spectrum {
            let clamped = place.clamped();
            let moved = !place.across.is_finite()
                || !place.out.is_finite()
                || (clamped.across - place.across).abs() > 1e-3
                || (clamped.out - place.out).abs() > 1e-3;
            if moved {
                changes.push(ui().with("repair-spectrum-moved", &[("name", &actor.name)]));
                actor.spectrum = Some(clamped);
            }
        }
        let mut rating_fixed = false;
        for rating in actor.partner.ratings_mut().into_iter().flatten() {
            let fixed = (*rating).clamp(Assessment::MIN, Assessment::MAX);
            rating_fixed |= fixed != *rating;
            *rating = fixed;
        }
        if rating_fixed {
            changes.push(ui().with("repair-rating", &[("name", &actor.name)]));
        }
        if actor.id.0.trim().is_empty() || !seen.insert(actor.id.clone()) {
            let mut id = ActorId::fresh();
            while fresh_ids.contains(&id) {
                id = ActorId::fresh();
            }
            fresh_ids.insert(id.clone());
            changes.push(ui().with(
                "repair-id-shared",
                &[
                    ("name", &actor.name),
                    ("old", &actor.id.to_string()),
                    ("new", &id.to_string()),
                ],
            ));
            actor.id = id;
        }
    }
    let existing: HashSet<ActorId> = session.actors.iter().map(|a| a.id.clone()).collect();
    let snapshot = session.clone();
    for actor in &mut session.actors {
        let Some(parent) = actor.parent.clone() else {
            continue;
        };
        if !existing.contains(&parent) {
            changes.push(ui().with(
                "repair-parent-missing",
                &[("name", &actor.name), ("parent", &parent.to_string())],
            ));
            actor.parent = None;
        } else if !snapshot.can_be_parent(&actor.id, &parent) {
            changes.push(ui().with("repair-parent-loop", &[("name", &actor.name)]));
            actor.parent = None;
        }
    }
}

fn fix_relationships(session: &mut Session, changes: &mut Vec<String>) {
    let existing: HashSet<ActorId> = session.actors.iter().map(|a| a.id.clone()).collect();
    // The actor's name, or its id when it is not in the file.
    let names = |id: &ActorId| {
        session
            .actor(id)
            .map_or_else(|| id.to_string(), |a| a.name.clone())
    };
    let mut removed = Vec::new();
    for rel in &session.relationships {
        if !existing.contains(&rel.from) || !existing.contains(&rel.to) {
            removed.push((
                rel.id.clone(),
                ui().with(
                    "repair-line-end-missing",
                    &[("from", &names(&rel.from)), ("to", &names(&rel.to))],
                ),
            ));
        } else if rel.from == rel.to {
            removed.push((
                rel.id.clone(),
                ui().with("repair-line-to-itself", &[("name", &names(&rel.from))]),
            ));
        }
    }
    let gone: HashSet<RelationshipId> = removed.iter().map(|(id, _)| id.clone()).collect();
    changes.extend(removed.into_iter().map(|(_, line)| line));
    session.relationships.retain(|r| !gone.contains(&r.id));
    let mut seen = HashSet::new();
    for rel in &mut session.relationships {
        if !seen.insert(rel.id.clone()) {
            let id = RelationshipId::fresh();
            changes.push(ui().with(
                "repair-line-id-shared",
                &[("old", &rel.id.to_string()), ("new", &id.to_string())],
            ));
            rel.id = id;
        }
    }
}

/// Positions recorded in rounds are moved into range like the actors' own.
fn fix_rounds(session: &mut Session, changes: &mut Vec<String>) {
    for round in &mut session.rounds {
        let mut moved = 0;
        for entry in &mut round.actors {
            let fixed = Position::clamped(entry.support, entry.influence);
            let place = entry.spectrum.map(SpectrumPlacement::clamped);
            let same = |a: f32, b: f32| a.is_finite() && (a - b).abs() <= 1e-3;
            let unchanged = same(entry.support, fixed.support)
                && same(entry.influence, fixed.influence)
                && entry.spectrum.zip(place).is_none_or(|(old, new)| {
                    same(old.across, new.across) && same(old.out, new.out)
                });
            if !unchanged {
                entry.support = fixed.support;
                entry.influence = fixed.influence;
                entry.spectrum = place;
                moved += 1;
            }
        }
        if moved > 0 {
            changes.push(ui().counted_with(
                "repair-round-moved",
                moved,
                &[("round", &round.label)],
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAMAGED: &str = r#"{"format": "powermap-session", "version": 2,
        "actors": [
          {"id": "a", "name": "Mayor", "support": 1.7, "influence": 0.5},
          {"id": "a", "name": "Council", "support": 0.1, "influence": 0.9, "parent": "ghost"},
          {"id": "b", "name": "Press", "support": -0.2, "influence": 0.3}
        ],
        "relationships": [
          {"id": "r1", "from": "a", "to": "b"},
          {"id": "r2", "from": "a", "to": "nobody"},
          {"id": "r1", "from": "b", "to": "a"}
        ]}"#;

    #[test]
    fn every_fix_is_listed_and_the_result_is_valid() {
        assert!(
            crate::storage::load_str(DAMAGED).is_err(),
            "refused as it is"
        );
        let repaired = repair_str(DAMAGED).expect("repairable");
        let s = &repaired.session;
        assert_eq!(s.actors[0].position.support, 1.0);
        assert_ne!(s.actors[0].id, s.actors[1].id);
        assert_eq!(s.actors[1].parent, None);
        assert_eq!(s.relationships.len(), 2);
        assert_eq!(repaired.changes.len(), 5, "{:#?}", repaired.changes);
        assert!(
            repaired
                .changes
                .iter()
                .any(|c| c.contains("Mayor") && c.contains("moved into the map"))
        );
        assert!(repaired.changes.iter().any(|c| c.contains("nobody")));
    }

    #[test]
    fn broken_json_is_not_repairable() {
        assert!(matches!(
            repair_str("{\"format\": "),
            Err(LoadError::Truncated { .. })
        ));
    }
}
