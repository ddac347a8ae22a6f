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
const SETTINGS: &[&str] = &["supportive_side"];
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
];
const RELATIONSHIP: &[&str] = &["id", "from", "to", "kind", "tie", "label"];

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

/// The unknown fields of a parsed file body (format and version already checked).
pub fn find_unknown(body: &Value) -> UnknownFields {
    let mut found = UnknownFields {
        top: unknown_in(Some(body), TOP),
        campaign: unknown_in(body.get("campaign"), CAMPAIGN),
        settings: unknown_in(body.get("settings"), SETTINGS),
        ..UnknownFields::default()
    };
    for item in body
        .get("actors")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let extra = unknown_in(Some(item), ACTOR);
        if let (false, Some(id)) = (extra.is_empty(), id_of(item)) {
            found.actors.insert(ActorId(id), extra);
        }
    }
    for item in body
        .get("relationships")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let extra = unknown_in(Some(item), RELATIONSHIP);
        if let (false, Some(id)) = (extra.is_empty(), id_of(item)) {
            found.relationships.insert(RelationshipId(id), extra);
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
    if let Some(Value::Array(actors)) = file.get_mut("actors") {
        for item in actors {
            if let Some(extra) = id_of(item).and_then(|id| unknown.actors.get(&ActorId(id))) {
                put_back(item, extra);
            }
        }
    }
    if let Some(Value::Array(rels)) = file.get_mut("relationships") {
        for item in rels {
            if let Some(extra) =
                id_of(item).and_then(|id| unknown.relationships.get(&RelationshipId(id)))
            {
                put_back(item, extra);
            }
        }
    }
    put_back(file, &unknown.top);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Position, Relationship, RelationshipKind, Slice, SpectrumPlacement};

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
    }
}
