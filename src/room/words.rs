//! The few words the phones' page shows, in the session's language: the page's own from
//! `assets/room/words/`, English behind any a language lacks, and the names of kinds and
//! slices from the map's words.

use crate::model::{ActorKind, Slice};
use crate::words::{Language, Words};
use serde_json::{Map, Value, json};

/// The page's words per language, English first.
const PAGE_WORDS: [(Language, &str); 4] = [
    (
        Language::English,
        include_str!("../../assets/room/words/en.json"),
    ),
    (
        Language::French,
        include_str!("../../assets/room/words/fr.json"),
    ),
    (
        Language::Spanish,
        include_str!("../../assets/room/words/es.json"),
    ),
    (
        Language::Arabic,
        include_str!("../../assets/room/words/ar.json"),
    ),
];

fn page_words(language: Language) -> Map<String, Value> {
    let parse = |text: &str| match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    };
    let mut words = parse(PAGE_WORDS[0].1);
    if let Some((_, text)) = PAGE_WORDS.iter().find(|(l, _)| *l == language) {
        for (key, value) in parse(text) {
            words.insert(key, value);
        }
    }
    words
}

/// The JSON the page asks for at `/words.json`: its words, the kinds' and slices' names by
/// their file names, the language's code and writing direction.
pub fn words_json(language: Language) -> String {
    let map_words = Words::of(language);
    let name = |v: Value| v.as_str().map(str::to_owned).unwrap_or_default();
    let kinds: Map<String, Value> = ActorKind::ALL
        .into_iter()
        .map(|k| (name(json!(k)), json!(map_words.kind(k))))
        .collect();
    let slices: Vec<Value> = Slice::ALL
        .into_iter()
        .map(|s| json!({ "id": s, "name": map_words.slice(s) }))
        .collect();
    json!({
        "lang": language.code(),
        "dir": if language.is_right_to_left() { "rtl" } else { "ltr" },
        "words": page_words(language),
        "kinds": kinds,
        "slices": slices,
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_english_word() {
        let english = page_words(Language::English);
        assert!(english.len() > 20);
        for (language, text) in PAGE_WORDS {
            let own: Map<String, Value> = serde_json::from_str(text).expect("valid JSON");
            let mut missing: Vec<&String> =
                english.keys().filter(|k| !own.contains_key(*k)).collect();
            missing.sort();
            assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
            assert!(own.keys().all(|k| english.contains_key(k)), "{language:?}");
        }
    }

    #[test]
    fn the_words_carry_kinds_slices_and_direction() {
        let value: Value = serde_json::from_str(&words_json(Language::Arabic)).expect("json");
        assert_eq!(value["dir"], "rtl");
        assert_eq!(value["kinds"].as_object().map(Map::len), Some(4));
        assert_eq!(value["slices"][0]["id"], "active_allies");
        let french: Value = serde_json::from_str(&words_json(Language::French)).expect("json");
        assert_eq!(french["words"]["join"], "Entrer");
        assert_eq!(french["dir"], "ltr");
    }
}
