//! Finding the fields a file carries that this version does not know, and putting them back.

use crate::model::{ActorId, RelationshipId, Session, UnknownFields};
use serde_json::{Map, Value};

const TOP: &[&str] = &[
    "format",
    "version",
    "campaign",
    "settings",
    "custom_categories",
    "actors",
    "relationships",
    "reflection",
    "rounds",
];
const CAMPAIGN: &[&str] = &["title", "problem", "objective", "date", "theory_of_change"];
const SETTINGS: &[&str] = &["supportive_side", "reveal_order"];
const ACTOR: &[&str] = &[
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
];
const RELATIONSHIP: &[&str] = &["id", "from", "to", "kind", "tie", "label"];
const REFLECTION: &[&str] = &["targets", "resources", "interests", "risks"];
const CHANGE_STEP: &[&str] = &["if_we", "then", "because"];
const ROUND: &[&str] = &["id", "label", "date", "actors"];
const ROUND_ENTRY: &[&str] = &["id", "support", "influence", "spectrum"];

fn unknown_in(object: Option<&Value>, known: &[&str]) -> Map<String, Value> {
    let Some(Value::Object(map)) = object else {
        return Map::new();
    };
    map.iter()
        .filter(|(k, _)| !known.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

fn id_of(item: &Value) -> Option<String> {
    item.get("id").and_then(Value::as_str).map(str::to_owned)
}

/// The items of the array at `key` in `object`.
fn items<'a>(object: Option<&'a Value>, key: &str) -> impl Iterator<Item = &'a Value> {
    object
        .and_then(|o| o.get(key))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
}

/// The mutable items of the array at `key` in `object`.
fn items_mut<'a>(object: &'a mut Value, key: &str) -> impl Iterator<Item = &'a mut Value> {
    object
        .get_mut(key)
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
}

/// The unknown fields of a parsed file body (format and version already checked).
pub fn find_unknown(body: &Value) -> UnknownFields {
    let mut found = UnknownFields {
        top: unknown_in(Some(body), TOP),
        campaign: unknown_in(body.get("campaign"), CAMPAIGN),
        settings: unknown_in(body.get("settings"), SETTINGS),
        reflection: unknown_in(body.get("reflection"), REFLECTION),
        ..UnknownFields::default()
    };
    for item in items(Some(body), "actors") {
        let extra = unknown_in(Some(item), ACTOR);
        if let (false, Some(id)) = (extra.is_empty(), id_of(item)) {
            found.actors.insert(ActorId(id), extra);
        }
    }
    for item in items(Some(body), "relationships") {
        let extra = unknown_in(Some(item), RELATIONSHIP);
        if let (false, Some(id)) = (extra.is_empty(), id_of(item)) {
            found.relationships.insert(RelationshipId(id), extra);
        }
    }
    for (index, step) in items(body.get("campaign"), "theory_of_change").enumerate() {
        let extra = unknown_in(Some(step), CHANGE_STEP);
        if !extra.is_empty() {
            found.theory_of_change.insert(index, extra);
        }
    }
    for round in items(Some(body), "rounds") {
        let Some(round_id) = id_of(round) else {
            continue;
        };
        for entry in items(Some(round), "actors") {
            let extra = unknown_in(Some(entry), ROUND_ENTRY);
            if let (false, Some(id)) = (extra.is_empty(), id_of(entry)) {
                found
                    .round_entries
                    .insert((round_id.clone(), ActorId(id)), extra);
            }
        }
        let extra = unknown_in(Some(round), ROUND);
        if !extra.is_empty() {
            found.rounds.insert(round_id, extra);
        }
    }
    found
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
