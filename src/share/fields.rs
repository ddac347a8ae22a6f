//! The session's fields other than its records (language, campaign, settings, rounds, the
//! alliance plan...) in the engine's document: the root map `session`, each field's JSON
//! text, an object's fields one level down under `field/key` so that two people editing the
//! campaign's title and its objective both keep theirs.

use super::mirror::MirrorError;
use super::records::{read_object, write_object};
use crate::model::Session;
use loro::{LoroDoc, LoroMap};
use serde_json::{Map, Value};

/// The root map of the session's other fields.
pub(super) const FIELDS: &str = "session";
/// Separates an object field's name from its key in the `session` map.
const NESTED: char = '/';

/// The session's fields other than its records, as JSON, borrowed. Listing every field
/// (no `..`) makes a field added to `Session` a compile error here until it is shared.
fn other_fields(session: &Session) -> Map<String, Value> {
    let Session {
        language,
        campaign,
        settings,
        custom_categories,
        actors: _,
        relationships: _,
        reflection,
        rounds,
        alliance,
        placement_rounds,
        unknown: _,
    } = session;
    let mut fields = Map::new();
    let mut put = |name: &str, value: serde_json::Result<Value>| {
        if let Ok(value) = value {
            fields.insert(name.to_owned(), value);
        }
    };
    put("language", serde_json::to_value(language));
    put("campaign", serde_json::to_value(campaign));
    put("settings", serde_json::to_value(settings));
    put("custom_categories", serde_json::to_value(custom_categories));
    put("reflection", serde_json::to_value(reflection));
    put("rounds", serde_json::to_value(rounds));
    put("alliance", serde_json::to_value(alliance));
    put("placement_rounds", serde_json::to_value(placement_rounds));
    fields
}

/// The session's other fields flattened one level: an object's keys become `field/key`.
fn flatten(fields: Map<String, Value>) -> Map<String, Value> {
    let mut flat = Map::new();
    for (name, value) in fields {
        match value {
            Value::Object(inner) => {
                for (key, value) in inner {
                    flat.insert(format!("{name}{NESTED}{key}"), value);
                }
            }
            value => {
                flat.insert(name, value);
            }
        }
    }
    flat
}

pub(super) fn write_fields(
    map: &LoroMap,
    before: &Session,
    now: &Session,
) -> Result<(), MirrorError> {
    if before.same_besides_records(now) && !map.is_empty() {
        return Ok(());
    }
    let old = flatten(other_fields(before));
    let new = flatten(other_fields(now));
    let known = if map.is_empty() { None } else { Some(&old) };
    write_object(map, known, &new)
}

/// Read the other fields into `session`. Returns 1 if they could not be read (the session's
/// other fields are then left as they were).
pub(super) fn read_fields(doc: &LoroDoc, session: &mut Session) -> usize {
    let mut fields = Map::new();
    for (key, value) in read_object(&doc.get_map(FIELDS)) {
        match key.split_once(NESTED) {
            Some((name, inner)) => {
                let entry = fields
                    .entry(name.to_owned())
                    .or_insert_with(|| Value::Object(Map::new()));
                if let Value::Object(object) = entry {
                    object.insert(inner.to_owned(), value);
                }
            }
            None => {
                fields.entry(key).or_insert(value);
            }
        }
    }
    fields.insert("actors".to_owned(), Value::Array(Vec::new()));
    fields.insert("relationships".to_owned(), Value::Array(Vec::new()));
    let Ok(read) = serde_json::from_value::<Session>(Value::Object(fields)) else {
        return 1;
    };
    let Session {
        language,
        campaign,
        settings,
        custom_categories,
        actors: _,
        relationships: _,
        reflection,
        rounds,
        alliance,
        placement_rounds,
        unknown: _,
    } = read;
    session.language = language;
    session.campaign = campaign;
    session.settings = settings;
    session.custom_categories = custom_categories;
    session.reflection = reflection;
    session.rounds = rounds;
    session.alliance = alliance;
    session.placement_rounds = placement_rounds;
    0
}
