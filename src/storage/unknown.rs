//! Finding the fields a file carries that this version does not know, and putting them back.

use super::error::LoadError;
use super::load::plain_json_reason;
use super::outline::{Node, RawFields};
use crate::model::{ActorId, RelationshipId, Session, UnknownFields};
use serde_json::{Map, Value};

pub(super) const TOP: &[&str] = &[
    "format",
    "version",
    "language",
    "campaign",
    "settings",
    "custom_categories",
    "actors",
    "relationships",
    "reflection",
    "rounds",
    "alliance",
    "placement_rounds",
];
pub(super) const CAMPAIGN: &[&str] = &["title", "problem", "objective", "date", "theory_of_change"];
pub(super) const SETTINGS: &[&str] = &["supportive_side", "reveal_order"];
pub(super) const ACTOR: &[&str] = &[
    "id",
    "name",
    "kind",
    "category",
    "tags",
    "notes",
    "contact",
    "parent",
    "uncertain",
    "uncertain_note",
    "is_us",
    "support",
    "influence",
    "spectrum",
    "target_slice",
    "next_action",
    "parked",
    "links",
    "partner",
];
pub(super) const RELATIONSHIP: &[&str] = &["id", "from", "to", "kind", "tie", "label"];
pub(super) const REFLECTION: &[&str] = &["targets", "resources", "interests", "risks"];
pub(super) const CHANGE_STEP: &[&str] = &["if_we", "then", "because"];
pub(super) const ROUND: &[&str] = &["id", "label", "date", "actors"];
pub(super) const ROUND_ENTRY: &[&str] = &["id", "support", "influence", "spectrum"];

fn id_of(item: &Value) -> Option<String> {
    item.get("id").and_then(Value::as_str).map(str::to_owned)
}

/// The mutable items of the array at `key` in `object`.
fn items_mut<'a>(object: &'a mut Value, key: &str) -> impl Iterator<Item = &'a mut Value> {
    object
        .get_mut(key)
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
}

/// Unknown fields found as text, as the objects they are kept as. Only this much of the file
/// becomes a JSON tree; the outline's budget has bounded it.
fn fields(raw: &RawFields, place: &str) -> Result<Map<String, Value>, LoadError> {
    raw.iter()
        .map(|(key, text)| {
            serde_json::from_str(text.get())
                .map(|value| (key.clone(), value))
                .map_err(|e| LoadError::Field {
                    path: if place.is_empty() {
                        key.clone()
                    } else {
                        format!("{place}.{key}")
                    },
                    reason: plain_json_reason(&e),
                })
        })
        .collect()
}

/// The unknown fields of a file from its outline (format and version already checked).
pub fn unknown_fields(top: &Node) -> Result<UnknownFields, LoadError> {
    let one = |key: &str| top.child(key).first().map(|(_, node)| node);
    let extra_of = |key: &str| one(key).map_or(Ok(Map::new()), |node| fields(&node.extra, key));
    let mut found = UnknownFields {
        top: fields(&top.extra, "")?,
        campaign: extra_of("campaign")?,
        settings: extra_of("settings")?,
        reflection: extra_of("reflection")?,
        ..UnknownFields::default()
    };
    for (index, item) in top.child("actors") {
        if let Some(id) = &item.id {
            let extra = fields(&item.extra, &format!("actors[{index}]"))?;
            found.actors.insert(ActorId(id.clone()), extra);
        }
    }
    for (index, item) in top.child("relationships") {
        if let Some(id) = &item.id {
            let extra = fields(&item.extra, &format!("relationships[{index}]"))?;
            found
                .relationships
                .insert(RelationshipId(id.clone()), extra);
        }
    }
    if let Some(campaign) = one("campaign") {
        for (index, step) in campaign.child("theory_of_change") {
            let place = format!("campaign.theory_of_change[{index}]");
            found
                .theory_of_change
                .insert(*index, fields(&step.extra, &place)?);
        }
    }
    for (index, round) in top.child("rounds") {
        let Some(round_id) = &round.id else {
            continue;
        };
        for (entry_index, entry) in round.child("actors") {
            if let Some(id) = &entry.id {
                let place = format!("rounds[{index}].actors[{entry_index}]");
                found.round_entries.insert(
                    (round_id.clone(), ActorId(id.clone())),
                    fields(&entry.extra, &place)?,
                );
            }
        }
        if !round.extra.is_empty() {
            let extra = fields(&round.extra, &format!("rounds[{index}]"))?;
            found.rounds.insert(round_id.clone(), extra);
        }
    }
    // Objects kept only for what lies under them hold no unknown fields of their own.
    found.actors.retain(|_, extra| !extra.is_empty());
    found.relationships.retain(|_, extra| !extra.is_empty());
    found.round_entries.retain(|_, extra| !extra.is_empty());
    Ok(found)
}

fn put_back(target: &mut Value, extra: &Map<String, Value>) {
    let Value::Object(map) = target else {
        return;
    };
    for (key, value) in extra {
        // What this version writes always wins over an old unknown value of the same name.
        map.entry(key.clone()).or_insert_with(|| value.clone());
    }
}

/// Put the session's unknown fields back into its serialized form.
pub fn restore_unknown(file: &mut Value, session: &Session) {
    let unknown = &session.unknown;
    if unknown.count() == 0 {
        return;
    }
    if let Some(part) = file.get_mut("campaign") {
        put_back(part, &unknown.campaign);
    }
    if let Some(part) = file.get_mut("settings") {
        put_back(part, &unknown.settings);
    }
    if let Some(part) = file.get_mut("reflection") {
        put_back(part, &unknown.reflection);
    }
    if let Some(campaign) = file.get_mut("campaign") {
        for (index, step) in items_mut(campaign, "theory_of_change").enumerate() {
            if let Some(extra) = unknown.theory_of_change.get(&index) {
                put_back(step, extra);
            }
        }
    }
    for item in items_mut(file, "actors") {
        if let Some(extra) = id_of(item).and_then(|id| unknown.actors.get(&ActorId(id))) {
            put_back(item, extra);
        }
    }
    for item in items_mut(file, "relationships") {
        if let Some(extra) =
            id_of(item).and_then(|id| unknown.relationships.get(&RelationshipId(id)))
        {
            put_back(item, extra);
        }
    }
    for round in items_mut(file, "rounds") {
        let Some(round_id) = id_of(round) else {
            continue;
        };
        if let Some(extra) = unknown.rounds.get(&round_id) {
            put_back(round, extra);
        }
        for entry in items_mut(round, "actors") {
            let key = id_of(entry).map(|id| (round_id.clone(), ActorId(id)));
            if let Some(extra) = key.and_then(|key| unknown.round_entries.get(&key)) {
                put_back(entry, extra);
            }
        }
    }
    put_back(file, &unknown.top);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Actor, ChangeStatement, Position, Reflection, Relationship, RelationshipKind, Round,
        RoundEntry, Slice, SpectrumPlacement,
    };

    fn keys(value: &Value) -> Vec<String> {
        value
            .as_object()
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// The known-field lists must name exactly what this version writes, or fields would be
    /// lost (missing from the list) or duplicated (stale names).
    #[test]
    fn known_lists_match_what_is_written() {
        let mut a = Actor::new("A", Position::CENTER);
        a.category = "x".into();
        a.tags = vec!["t".into()];
        a.notes = "n".into();
        a.contact = "c".into();
        a.parent = Some(ActorId("p".into()));
        a.uncertain = true;
        a.uncertain_note = "u".into();
        a.is_us = true;
        a.spectrum = Some(SpectrumPlacement::middle_of(Slice::Neutral));
        a.target_slice = Some(Slice::Neutral);
        a.next_action = true;
        a.parked = true;
        a.links = vec!["https://example.org".into()];
        a.partner.offers = vec!["funding".into()];
        let mut written = keys(&serde_json::to_value(&a).expect("actor"));
        written.sort();
        let mut listed: Vec<String> = ACTOR.iter().map(|s| (*s).to_owned()).collect();
        listed.sort();
        assert_eq!(written, listed);
        let mut r = Relationship::new(a.id.clone(), a.id.clone(), RelationshipKind::Cooperating);
        r.label = "l".into();
        let mut written = keys(&serde_json::to_value(&r).expect("relationship"));
        written.sort();
        let mut listed: Vec<String> = RELATIONSHIP.iter().map(|s| (*s).to_owned()).collect();
        listed.sort();
        assert_eq!(written, listed);
        let round = Round {
            id: "r".into(),
            label: "l".into(),
            date: "d".into(),
            actors: vec![RoundEntry {
                id: a.id.clone(),
                support: 0.0,
                influence: 0.0,
                spectrum: a.spectrum,
            }],
        };
        let value = serde_json::to_value(&round).expect("round");
        for (written, listed) in [
            (&value, ROUND),
            (&value["actors"][0], ROUND_ENTRY),
            (
                &serde_json::to_value(Reflection {
                    targets: "t".into(),
                    resources: "r".into(),
                    interests: "i".into(),
                    risks: "k".into(),
                })
                .expect("reflection"),
                REFLECTION,
            ),
            (
                &serde_json::to_value(ChangeStatement {
                    if_we: "a".into(),
                    then: "b".into(),
                    because: "c".into(),
                })
                .expect("step"),
                CHANGE_STEP,
            ),
        ] {
            let mut written = keys(written);
            written.sort_unstable();
            let mut listed: Vec<String> = listed.iter().map(|s| (*s).to_owned()).collect();
            listed.sort_unstable();
            assert_eq!(written, listed);
        }
    }
}
