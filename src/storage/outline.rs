//! One pass over a session file's text that checks its JSON and picks out what the typed
//! reading skips: the header and the fields this version does not know. Known fields are
//! skipped unparsed and unknown ones kept as their text, so the whole file never becomes a
//! JSON tree (which costs up to a hundred times the file's size).

use super::limits::count_values;
use super::unknown::{ACTOR, CAMPAIGN, CHANGE_STEP, REFLECTION, RELATIONSHIP, ROUND, ROUND_ENTRY};
use super::unknown::{SETTINGS, TOP};
use crate::words::ui;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;
use std::cell::{Cell, RefCell};
use std::fmt;

/// Which object of the file a part is, so its known fields are told from unknown ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// The file itself.
    Top,
    /// `campaign`.
    Campaign,
    /// `settings`.
    Settings,
    /// `reflection`.
    Reflection,
    /// An item of `actors`.
    Actor,
    /// An item of `relationships`.
    Relationship,
    /// An item of `campaign.theory_of_change`.
    ChangeStep,
    /// An item of `rounds`.
    Round,
    /// An item of a round's `actors`.
    RoundEntry,
}

impl Level {
    fn known(self) -> &'static [&'static str] {
        match self {
            Self::Top => TOP,
            Self::Campaign => CAMPAIGN,
            Self::Settings => SETTINGS,
            Self::Reflection => REFLECTION,
            Self::Actor => ACTOR,
            Self::Relationship => RELATIONSHIP,
            Self::ChangeStep => CHANGE_STEP,
            Self::Round => ROUND,
            Self::RoundEntry => ROUND_ENTRY,
        }
    }

    /// The known field `key` of this level that holds objects to look into: one object, or a
    /// list of them.
    fn child(self, key: &str) -> Option<(Self, bool)> {
        Some(match (self, key) {
            (Self::Top, "campaign") => (Self::Campaign, false),
            (Self::Top, "settings") => (Self::Settings, false),
            (Self::Top, "reflection") => (Self::Reflection, false),
            (Self::Top, "actors") => (Self::Actor, true),
            (Self::Top, "relationships") => (Self::Relationship, true),
            (Self::Top, "rounds") => (Self::Round, true),
            (Self::Campaign, "theory_of_change") => (Self::ChangeStep, true),
            (Self::Round, "actors") => (Self::RoundEntry, true),
            _ => return None,
        })
    }

    fn has_id(self) -> bool {
        matches!(
            self,
            Self::Actor | Self::Relationship | Self::Round | Self::RoundEntry
        )
    }
}

/// Unknown fields of one object, in the file's order, as their JSON text.
pub type RawFields = Vec<(String, Box<RawValue>)>;

/// What the pass found in one value of the file.
#[derive(Debug, Default)]
pub struct Node {
    /// What the value is when it is not an object ("a list", "a number").
    pub not_object: Option<&'static str>,
    /// The object's `id`, when it is text.
    pub id: Option<String>,
    /// The `format` field (top level only).
    pub format: Option<Box<RawValue>>,
    /// The `version` field (top level only).
    pub version: Option<Box<RawValue>>,
    /// Fields this version does not know.
    pub extra: RawFields,
    /// Known fields holding objects, by name, with the nodes under them that hold unknown
    /// fields: one for an object (index 0), or some of a list's items with their index.
    pub children: Vec<(&'static str, Vec<(usize, Node)>)>,
}

impl Node {
    /// The nodes under the known field `key` that hold unknown fields, with their index.
    pub fn child(&self, key: &str) -> &[(usize, Node)] {
        self.children
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(&[], |(_, nodes)| nodes.as_slice())
    }

    /// Whether nothing unknown is in or under this object: such nodes are not kept, so a list
    /// of a million actors costs nothing here.
    fn is_plain(&self) -> bool {
        self.extra.is_empty() && self.children.is_empty()
    }
}

/// How many unknown values the pass may keep, and how many it has.
pub struct Budget {
    limit: usize,
    used: Cell<usize>,
    /// The field that went over the limit.
    pub exceeded_at: RefCell<Option<String>>,
}

impl Budget {
    /// A budget of `limit` values.
    pub fn new(limit: usize) -> Self {
        Self {
            limit,
            used: Cell::new(0),
            exceeded_at: RefCell::new(None),
        }
    }

    /// Count the value of field `key`; past the limit, remember where and stop the pass.
    fn spend<E: de::Error>(&self, key: &str, raw: &RawValue) -> Result<(), E> {
        // The key costs one, and its value as many values as its text can hold.
        let used = self.used.get() + 1 + count_values(raw.get());
        self.used.set(used);
        if used > self.limit {
            *self.exceeded_at.borrow_mut() = Some(key.to_owned());
            return Err(E::custom("too many unknown values"));
        }
        Ok(())
    }
}

/// Read `text` as a session file's outline, keeping at most `budget` unknown values. Errors
/// are JSON syntax errors with their place, or the budget's (see [`Budget::exceeded_at`]).
pub fn outline(text: &str, budget: &Budget) -> Result<Node, serde_json::Error> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let node = NodeSeed(Level::Top, budget).deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(node)
}

struct NodeSeed<'b>(Level, &'b Budget);

impl<'de> DeserializeSeed<'de> for NodeSeed<'_> {
    type Value = Node;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(NodeVisitor(self.0, self.1))
    }
}

/// A list whose items are objects of one level; anything else in it is skipped.
struct ListSeed<'b>(Level, &'b Budget);

impl<'de> DeserializeSeed<'de> for ListSeed<'_> {
    type Value = Vec<(usize, Node)>;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Vec<(usize, Node)>, D::Error> {
        deserializer.deserialize_any(ListVisitor(self.0, self.1))
    }
}

struct ListVisitor<'b>(Level, &'b Budget);

impl<'de> Visitor<'de> for ListVisitor<'_> {
    type Value = Vec<(usize, Node)>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut nodes = Vec::new();
        let mut index = 0;
        while let Some(node) = seq.next_element_seed(NodeSeed(self.0, self.1))? {
            if !node.is_plain() {
                nodes.push((index, node));
            }
            index += 1;
        }
        Ok(nodes)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Vec::new())
    }

    // Not a list: the typed reading says what is wrong with it.
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }
}

struct NodeVisitor<'b>(Level, &'b Budget);

/// A value found where an object was expected; the typed reading says what is wrong with it.
fn not_object(found: &'static str) -> Node {
    Node {
        not_object: Some(found),
        ..Node::default()
    }
}

impl<'de> Visitor<'de> for NodeVisitor<'_> {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let NodeVisitor(level, budget) = self;
        let mut node = Node::default();
        while let Some(key) = map.next_key::<String>()? {
            if let Some((child, many)) = level.child(&key) {
                let nodes = if many {
                    map.next_value_seed(ListSeed(child, budget))?
                } else {
                    let one = map.next_value_seed(NodeSeed(child, budget))?;
                    if one.is_plain() {
                        Vec::new()
                    } else {
                        vec![(0, one)]
                    }
                };
                let name = level
                    .known()
                    .iter()
                    .find(|k| **k == key)
                    .copied()
                    .unwrap_or_default();
                if !nodes.is_empty() {
                    node.children.push((name, nodes));
                }
            } else if level == Level::Top && key == "format" {
                node.format = Some(map.next_value()?);
            } else if level == Level::Top && key == "version" {
                node.version = Some(map.next_value()?);
            } else if level.has_id() && key == "id" {
                let raw: Box<RawValue> = map.next_value()?;
                node.id = serde_json::from_str::<String>(raw.get()).ok();
            } else if level.known().contains(&key.as_str()) {
                map.next_value::<IgnoredAny>()?;
            } else {
                let raw: Box<RawValue> = map.next_value()?;
                budget.spend(&key, &raw)?;
                // A key given twice is kept twice here; the last one wins when they become an
                // object again.
                node.extra.push((key, raw));
            }
        }
        Ok(node)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(not_object(ui().get("load-found-list")))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Node, E> {
        Ok(not_object(ui().get("load-found-true-false")))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Node, E> {
        Ok(not_object(ui().get("load-found-number")))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Node, E> {
        Ok(not_object(ui().get("load-found-number")))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Node, E> {
        Ok(not_object(ui().get("load-found-number")))
    }
    fn visit_str<E>(self, _: &str) -> Result<Node, E> {
        Ok(not_object(ui().get("load-found-text")))
    }
    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(not_object(ui().get("load-found-null")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_fields_are_kept_as_text_with_their_object_ids() {
        let budget = Budget::new(100);
        let node = outline(
            r#"{"format": "f", "version": 2, "later": [1, {"a": 2}],
                "actors": [{"extra": true, "name": "A", "id": "a1"}, 7],
                "campaign": {"title": "t", "theory_of_change": [{}, {"why": "x"}]},
                "rounds": [{"actors": [{"id": "a1", "note": 1}], "id": "r1"}]}"#,
            &budget,
        )
        .expect("valid");
        assert_eq!(node.format.as_ref().map(|r| r.get()), Some("\"f\""));
        assert_eq!(node.version.as_ref().map(|r| r.get()), Some("2"));
        assert_eq!(node.extra.len(), 1);
        assert_eq!(node.extra[0].1.get(), "[1, {\"a\": 2}]");
        let actors = node.child("actors");
        assert_eq!(actors.len(), 1, "only objects with unknown fields are kept");
        assert_eq!(actors[0].1.id.as_deref(), Some("a1"));
        assert_eq!(actors[0].1.extra[0].0, "extra");
        let steps = node.child("campaign")[0].1.child("theory_of_change");
        assert_eq!(steps[0].0, 1);
        assert_eq!(steps[0].1.extra[0].0, "why");
        let round = &node.child("rounds")[0].1;
        assert_eq!(round.id.as_deref(), Some("r1"));
        assert_eq!(round.child("actors")[0].1.extra[0].0, "note");
    }

    #[test]
    fn a_top_level_that_is_not_an_object_is_named() {
        let budget = Budget::new(10);
        let node = outline("[1, 2]", &budget).expect("json");
        assert_eq!(node.not_object, Some("a list"));
        assert!(outline("{} x", &budget).is_err());
    }

    #[test]
    fn unknown_values_past_the_budget_stop_the_pass() {
        let budget = Budget::new(10);
        let text = format!("{{\"later\": [{}]}}", vec!["0"; 50].join(","));
        assert!(outline(&text, &budget).is_err());
        assert_eq!(budget.exceeded_at.borrow().as_deref(), Some("later"));
    }
}
