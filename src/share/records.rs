//! Records kept by id (actors, relationships) in the engine's document: each is a map of its
//! fields, each field's value its JSON text, and a list keeps their order. Written by
//! comparing the records before and after an edit, read back one by one.

use super::mirror::MirrorError;
use crate::model::{Actor, Relationship};
use loro::{LoroDoc, LoroList, LoroMap, LoroValue, ValueOrContainer};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// One kind of record kept by id: actors and relationships.
pub(super) trait Keyed: Serialize + DeserializeOwned + PartialEq + Clone {
    /// The root map holding the records, and the root list holding their order.
    const ROOTS: (&'static str, &'static str);
    /// Fields the file keeps apart that must change together, under one key of the
    /// document: (the key, the fields).
    const TOGETHER: &'static [(&'static str, &'static [&'static str])] = &[];
    /// The record's id, its key in the root map.
    fn key(&self) -> &str;
}

impl Keyed for Actor {
    const ROOTS: (&'static str, &'static str) = ("actors", "actor_order");
    /// A place is one thing: two people dragging one actor must not end with one's support
    /// and the other's influence.
    const TOGETHER: &'static [(&'static str, &'static [&'static str])] =
        &[("place", &["support", "influence"])];
    fn key(&self) -> &str {
        &self.id.0
    }
}

impl Keyed for Relationship {
    const ROOTS: (&'static str, &'static str) = ("relationships", "relationship_order");
    fn key(&self) -> &str {
        &self.id.0
    }
}

/// Write what differs between the records `before` and `now` (changed fields, records
/// added or removed, the order) into the document.
pub(super) fn write_records<T: Keyed>(
    doc: &LoroDoc,
    before: &[T],
    now: &[T],
) -> Result<(), MirrorError> {
    let entries = doc.get_map(T::ROOTS.0);
    // The same records in the same order (a drag, a rename): compared pair by pair.
    let same_records =
        before.len() == now.len() && before.iter().zip(now).all(|(b, n)| b.key() == n.key());
    if same_records {
        for (previous, record) in before.iter().zip(now) {
            if previous != record {
                let map = entries.ensure_mergeable_map(record.key())?;
                write_object(&map, Some(&to_object(previous)), &to_object(record))?;
            }
        }
        return Ok(());
    }
    let old: FxHashMap<&str, &T> = before.iter().map(|r| (r.key(), r)).collect();
    for record in now {
        // Mergeable maps: a record's map is the same container on every laptop, so two
        // laptops bringing back the same record (an undone delete) write into one.
        match old.get(record.key()) {
            Some(previous) if *previous == record => {}
            Some(previous) => {
                let map = entries.ensure_mergeable_map(record.key())?;
                write_object(&map, Some(&to_object(*previous)), &to_object(record))?;
            }
            None => {
                let map = entries.ensure_mergeable_map(record.key())?;
                // A record brought back may find its old fields there: those it lacks go.
                write_object(&map, Some(&read_object(&map)), &to_object(record))?;
            }
        }
    }
    let kept: FxHashSet<&str> = now.iter().map(Keyed::key).collect();
    for key in old.keys().filter(|key| !kept.contains(*key)) {
        entries.delete(key)?;
    }
    if !before.iter().map(Keyed::key).eq(now.iter().map(Keyed::key)) {
        write_order(&doc.get_list(T::ROOTS.1), now.iter().map(Keyed::key))?;
    }
    Ok(())
}

/// Bring the order list to `keys`: removing and appending where that is all that changed
/// (so that peers adding at the same time both keep theirs), written anew otherwise.
fn write_order<'a>(
    list: &LoroList,
    keys: impl Iterator<Item = &'a str>,
) -> Result<(), MirrorError> {
    let wanted: Vec<&str> = keys.collect();
    let wanted_set: FxHashSet<&str> = wanted.iter().copied().collect();
    let mut present = read_order(list);
    let mut seen = FxHashSet::default();
    for index in (0..present.len()).rev() {
        let duplicate = present[..index].contains(&present[index]);
        if duplicate || !wanted_set.contains(present[index].as_str()) {
            list.delete(index, 1)?;
            present.remove(index);
        }
    }
    seen.extend(present.iter().map(String::as_str));
    let appended: Vec<&str> = wanted
        .iter()
        .copied()
        .filter(|key| !seen.contains(key))
        .collect();
    let in_order = present
        .iter()
        .map(String::as_str)
        .eq(wanted.iter().copied().filter(|key| seen.contains(key)));
    if in_order {
        for key in appended {
            list.push(key)?;
        }
    } else {
        list.clear()?;
        for key in wanted {
            list.push(key)?;
        }
    }
    Ok(())
}

fn read_order(list: &LoroList) -> Vec<String> {
    let mut keys = Vec::with_capacity(list.len());
    list.for_each(|item| {
        if let ValueOrContainer::Value(LoroValue::String(key)) = item {
            keys.push(key.to_string());
        }
    });
    keys
}

/// A record's fields as the document keeps them: [`Keyed::TOGETHER`] fields as one array.
fn to_object<T: Keyed>(record: &T) -> Map<String, Value> {
    let Ok(Value::Object(mut map)) = serde_json::to_value(record) else {
        return Map::new();
    };
    for (key, fields) in T::TOGETHER {
        let values: Vec<Value> = fields.iter().filter_map(|f| map.remove(*f)).collect();
        if values.len() == fields.len() {
            map.insert((*key).to_owned(), Value::Array(values));
        }
    }
    map
}

/// The fields [`to_object`] put together, apart again as the file keeps them.
fn from_object<T: Keyed>(mut map: Map<String, Value>) -> Map<String, Value> {
    for (key, fields) in T::TOGETHER {
        if let Some(Value::Array(values)) = map.remove(*key)
            && values.len() == fields.len()
        {
            for (field, value) in fields.iter().zip(values) {
                map.insert((*field).to_owned(), value);
            }
        }
    }
    map
}

/// Write the keys of `now` that differ from `before` as JSON texts, and delete those gone.
pub(super) fn write_object(
    map: &LoroMap,
    before: Option<&Map<String, Value>>,
    now: &Map<String, Value>,
) -> Result<(), MirrorError> {
    for (key, value) in now {
        if before.and_then(|b| b.get(key)) != Some(value) {
            map.insert(key, value.to_string())?;
        }
    }
    for key in before.into_iter().flat_map(Map::keys) {
        if !now.contains_key(key) {
            map.delete(key)?;
        }
    }
    Ok(())
}

pub(super) fn read_object(map: &LoroMap) -> Map<String, Value> {
    let mut object = Map::new();
    map.for_each(|key, value| {
        if let ValueOrContainer::Value(LoroValue::String(text)) = value
            && let Ok(value) = serde_json::from_str(&text)
        {
            object.insert(key.to_owned(), value);
        }
    });
    object
}

fn read_record<T: Keyed>(entries: &LoroMap, key: &str) -> Option<Result<T, ()>> {
    let Some(ValueOrContainer::Container(loro::Container::Map(map))) = entries.get(key) else {
        return None;
    };
    let fields = from_object::<T>(read_object(&map));
    let record: Result<T, ()> = serde_json::from_value(Value::Object(fields)).map_err(|_| ());
    // A record whose id field disagrees with its key would be two records in one.
    Some(record.and_then(|r| if r.key() == key { Ok(r) } else { Err(()) }))
}

pub(super) fn read_all_records<T: Keyed>(doc: &LoroDoc) -> (Vec<T>, usize) {
    let entries = doc.get_map(T::ROOTS.0);
    let mut refused = 0;
    let mut records = Vec::with_capacity(entries.len());
    for key in ordered_keys(doc, &entries, T::ROOTS.1) {
        match read_record::<T>(&entries, &key) {
            Some(Ok(record)) => records.push(record),
            Some(Err(())) => refused += 1,
            None => {}
        }
    }
    (records, refused)
}

/// The records' keys in drawing order: as the order list has them, then any it lacks (a
/// record added while another laptop rewrote the order) by key.
fn ordered_keys(doc: &LoroDoc, entries: &LoroMap, order: &str) -> Vec<String> {
    let mut seen = FxHashSet::default();
    let mut keys: Vec<String> = read_order(&doc.get_list(order))
        .into_iter()
        .filter(|key| entries.get(key).is_some() && seen.insert(key.clone()))
        .collect();
    let mut missing = Vec::new();
    entries.for_each(|key, _| {
        if !seen.contains(key) {
            missing.push(key.to_owned());
        }
    });
    missing.sort_unstable();
    keys.extend(missing);
    keys
}

/// What [`patch_records`] did.
#[derive(Default)]
pub(super) struct Patch {
    /// Records that could not be read.
    pub refused: usize,
    /// Where the records read in place are (before any reordering).
    pub patched: Vec<usize>,
    /// Records came or went, or the order changed: `patched` no longer says where.
    pub structural: bool,
}

/// Where the record `key` is: looked for one by one when few are, by a map otherwise.
pub(super) struct Finder<'a, T> {
    records: &'a [T],
    map: Option<FxHashMap<&'a str, usize>>,
}

impl<'a, T: Keyed> Finder<'a, T> {
    /// A map costs more than a few scans of the records.
    const SCANS: usize = 8;

    pub(super) fn new(records: &'a [T], lookups: usize) -> Self {
        let map = (lookups > Self::SCANS).then(|| {
            records
                .iter()
                .enumerate()
                .map(|(i, r)| (r.key(), i))
                .collect()
        });
        Self { records, map }
    }

    pub(super) fn find(&self, key: &str) -> Option<usize> {
        match &self.map {
            Some(map) => map.get(key).copied(),
            None => self.records.iter().position(|r| r.key() == key),
        }
    }
}

/// Read the records in `changed` into `records`; with `reorder`, or when one came or went,
/// put them in the document's order.
pub(super) fn patch_records<T: Keyed>(
    doc: &LoroDoc,
    records: &mut Vec<T>,
    changed: &FxHashSet<String>,
    reorder: bool,
) -> Patch {
    let mut outcome = Patch {
        structural: reorder,
        ..Patch::default()
    };
    if changed.is_empty() && !reorder {
        return outcome;
    }
    let entries = doc.get_map(T::ROOTS.0);
    let mut read = Vec::with_capacity(changed.len());
    {
        let finder = Finder::new(records, changed.len());
        for key in changed {
            match (read_record::<T>(&entries, key), finder.find(key)) {
                (Some(Ok(record)), at) => read.push((at, record)),
                (Some(Err(())), _) => outcome.refused += 1,
                (None, Some(_)) => outcome.structural = true,
                (None, None) => {}
            }
        }
    }
    for (at, record) in read {
        if let Some(index) = at {
            records[index] = record;
            outcome.patched.push(index);
        } else {
            records.push(record);
            outcome.structural = true;
        }
    }
    if outcome.structural {
        let mut by_key: FxHashMap<String, T> =
            records.drain(..).map(|r| (r.key().to_owned(), r)).collect();
        for key in ordered_keys(doc, &entries, T::ROOTS.1) {
            if let Some(record) = by_key.remove(&key) {
                records.push(record);
            } else if let Some(Ok(record)) = read_record::<T>(&entries, &key) {
                // In the document but not yet read (an order change arriving first).
                records.push(record);
            }
        }
    }
    outcome
}
