//! The translation files, read once per language: every sentence the app shows is looked up
//! here by its message id, so adding a language is adding its files under `assets/words/`.

use super::Language;
use crate::model::Session;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::Entry;
use std::collections::HashMap;
use std::sync::OnceLock;

/// One translation file: its name under the language's folder, and its text.
type Source = (&'static str, &'static str);

/// The file every language must have in full: the words the room sees on the map and in
/// reports. The interface's files may exist in English alone, and English stands in.
pub const MAP_FILE: &str = "map.ftl";

/// The translation files of one language, in the order they are read.
fn sources(language: Language) -> &'static [Source] {
    match language {
        Language::English => &[
            (MAP_FILE, include_str!("../../assets/words/en/map.ftl")),
            (
                "window.ftl",
                include_str!("../../assets/words/en/window.ftl"),
            ),
            (
                "panels.ftl",
                include_str!("../../assets/words/en/panels.ftl"),
            ),
            ("files.ftl", include_str!("../../assets/words/en/files.ftl")),
            (
                "import.ftl",
                include_str!("../../assets/words/en/import.ftl"),
            ),
            (
                "messages.ftl",
                include_str!("../../assets/words/en/messages.ftl"),
            ),
            (
                "alliance.ftl",
                include_str!("../../assets/words/en/alliance.ftl"),
            ),
            (
                "room-core.ftl",
                include_str!("../../assets/words/en/room-core.ftl"),
            ),
            (
                "reveal.ftl",
                include_str!("../../assets/words/en/reveal.ftl"),
            ),
            (
                "room-window.ftl",
                include_str!("../../assets/words/en/room-window.ftl"),
            ),
            ("share.ftl", include_str!("../../assets/words/en/share.ftl")),
        ],
        Language::French => &[(MAP_FILE, include_str!("../../assets/words/fr/map.ftl"))],
        Language::Spanish => &[(MAP_FILE, include_str!("../../assets/words/es/map.ftl"))],
        Language::Arabic => &[(MAP_FILE, include_str!("../../assets/words/ar/map.ftl"))],
    }
}

/// The words of one language: its messages, with English behind every one it lacks.
pub struct Words {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    /// Messages without variables, formatted once so they can be lent for as long as the
    /// program runs.
    plain: HashMap<String, String>,
    /// Every message id of the files, with or without variables, and the file it is in.
    ids: Vec<(String, &'static str)>,
    /// What went wrong reading the files (none in a release: a test reads them all).
    problems: Vec<String>,
}

static CATALOGS: [OnceLock<Words>; 4] = [
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
];

impl Words {
    /// The words of `language`, read from its files the first time they are asked for.
    pub fn of(language: Language) -> &'static Self {
        let index = Language::ALL
            .iter()
            .position(|l| *l == language)
            .unwrap_or_default();
        CATALOGS[index].get_or_init(|| Self::read(language))
    }

    /// The words a session's map is shown in ([`Language::of`]).
    pub fn for_session(session: &Session) -> &'static Self {
        Self::of(Language::of(session))
    }

    /// English, which every language falls back to.
    pub fn english() -> &'static Self {
        Self::of(Language::English)
    }

    fn read(language: Language) -> Self {
        let locale = language
            .code()
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // Isolation marks around each value are invisible characters our fonts do not draw;
        // our own bidi pass orders mixed text.
        bundle.set_use_isolating(false);
        let mut problems = Vec::new();
        let mut ids = Vec::new();
        for (file, source) in sources(language) {
            let resource = match FluentResource::try_new((*source).to_owned()) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    problems.extend(errors.iter().map(|e| format!("{e:?}")));
                    resource
                }
            };
            ids.extend(resource.entries().filter_map(|entry| match entry {
                Entry::Message(message) => Some((message.id.name.to_owned(), *file)),
                _ => None,
            }));
            if let Err(errors) = bundle.add_resource(resource) {
                problems.extend(errors.iter().map(|e| format!("{e:?}")));
            }
        }
        let mut plain = HashMap::with_capacity(ids.len());
        for (id, _) in &ids {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors);
            if errors.is_empty() {
                let text = text.into_owned();
                plain.insert(id.clone(), text);
            }
        }
        Self {
            language,
            bundle,
            plain,
            ids,
            problems,
        }
    }

    /// Which language these are.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The message `id`, in this language or else in English. A message that exists in
    /// neither shows as its id, which a test makes sure never ships.
    pub fn get<'a>(&'static self, id: &'a str) -> &'a str {
        if let Some(text) = self.plain.get(id) {
            return text;
        }
        if self.language != Language::English
            && let Some(text) = Self::english().plain.get(id)
        {
            return text;
        }
        id
    }

    /// The message `id` with its text variables filled in: `("slice", "Neutral")` for
    /// `{ $slice }`.
    pub fn with(&self, id: &str, values: &[(&str, &str)]) -> String {
        self.format(id, None, values)
    }

    /// A text variable as it goes into a sentence. Where the bidi algorithm would otherwise
    /// run it together with its neighbours (a Latin round name and a date inside an Arabic
    /// sentence, an Arabic name inside an English one), it is set apart as an isolate
    /// (U+2068..U+2069): its own direction, and the sentence's order around it. egui and
    /// rustybuzz draw both marks as nothing.
    fn placed<'v>(&self, value: &'v str) -> FluentValue<'v> {
        if self.language.is_right_to_left() || super::has_right_to_left(value) {
            FluentValue::from(format!("\u{2068}{value}\u{2069}"))
        } else {
            FluentValue::from(value)
        }
    }

    /// The message `id` for a count, which picks the language's plural form: `{ $count }`.
    pub fn counted(&self, id: &str, count: usize) -> String {
        self.counted_with(id, count, &[])
    }

    /// The message `id` for a count (`{ $count }`, which picks the plural form) with text
    /// variables besides.
    pub fn counted_with(&self, id: &str, count: usize, values: &[(&str, &str)]) -> String {
        self.format(id, Some(count), values)
    }

    /// The message `id` from this language, else from English, with its variables; the
    /// variables are set apart as the language the message is written in needs.
    fn format(&self, id: &str, count: Option<usize>, values: &[(&str, &str)]) -> String {
        for words in [self, Self::english()] {
            if let Some(pattern) = words.bundle.get_message(id).and_then(|m| m.value()) {
                let mut args = FluentArgs::new();
                if let Some(count) = count {
                    args.set("count", FluentValue::from(count));
                }
                for (name, value) in values {
                    args.set(*name, words.placed(value));
                }
                let mut errors = Vec::new();
                return words
                    .bundle
                    .format_pattern(pattern, Some(&args), &mut errors)
                    .into_owned();
            }
        }
        id.to_owned()
    }

    /// Every message id of this language's own files, in the order they are written.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(|(id, _)| id.as_str())
    }

    /// The message ids of one of this language's files ([`MAP_FILE`], say).
    pub fn ids_in<'a>(&'a self, file: &'a str) -> impl Iterator<Item = &'a str> {
        self.ids
            .iter()
            .filter(move |(_, f)| *f == file)
            .map(|(id, _)| id.as_str())
    }

    /// What went wrong reading this language's files; empty when they are sound.
    pub fn problems(&self) -> &[String] {
        &self.problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
    use std::collections::BTreeSet;

    /// The variables a message's value uses, in selectors and in every variant.
    fn variables(words: &Words, id: &str) -> BTreeSet<String> {
        fn walk(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
            for element in &pattern.elements {
                if let PatternElement::Placeable { expression } = element {
                    expression_variables(expression, out);
                }
            }
        }
        fn inline(expression: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
            match expression {
                InlineExpression::VariableReference { id } => {
                    out.insert(id.name.to_owned());
                }
                InlineExpression::Placeable { expression } => expression_variables(expression, out),
                _ => {}
            }
        }
        fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
            match expression {
                Expression::Inline(expression) => inline(expression, out),
                Expression::Select { selector, variants } => {
                    inline(selector, out);
                    for variant in variants {
                        walk(&variant.value, out);
                    }
                }
            }
        }
        let mut out = BTreeSet::new();
        if let Some(pattern) = words.bundle.get_message(id).and_then(|m| m.value()) {
            walk(pattern, &mut out);
        }
        out
    }

    #[test]
    fn every_language_reads_cleanly_and_has_exactly_the_english_map_words() {
        let english: BTreeSet<&str> = Words::english().ids_in(MAP_FILE).collect();
        assert!(english.len() > 90, "{} English map messages", english.len());
        for language in Language::ALL {
            let words = Words::of(language);
            assert_eq!(words.problems(), &[] as &[String], "{language:?}");
            let own: BTreeSet<&str> = words.ids_in(MAP_FILE).collect();
            let missing: Vec<_> = english.difference(&own).collect();
            let extra: Vec<_> = own.difference(&english).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{language:?}: missing {missing:?}, not in English {extra:?}"
            );
        }
    }

    #[test]
    fn no_language_has_a_message_english_lacks_and_no_id_is_written_twice() {
        let english: BTreeSet<&str> = Words::english().ids().collect();
        for language in Language::ALL {
            let words = Words::of(language);
            let mut seen = BTreeSet::new();
            for id in words.ids() {
                assert!(seen.insert(id), "{language:?}: {id} written twice");
                assert!(english.contains(id), "{language:?}: {id} is not in English");
            }
        }
    }

    #[test]
    fn translations_use_the_variables_english_gives_them() {
        for language in Language::ALL {
            let words = Words::of(language);
            // Only the messages the language writes: English stands in for the rest.
            for id in words.ids() {
                assert_eq!(
                    variables(words, id),
                    variables(Words::english(), id),
                    "{language:?} {id}"
                );
            }
        }
    }

    #[test]
    fn counts_take_each_language_plural_forms() {
        let fr = Words::of(Language::French);
        assert_eq!(fr.counted("names-shortened", 1), "1 nom raccourci");
        assert_eq!(fr.counted("names-shortened", 4), "4 noms raccourcis");
        let ar = Words::of(Language::Arabic);
        assert_eq!(ar.counted("names-not-shown", 2), "اسمان غير معروضين");
        assert_eq!(ar.counted("names-not-shown", 5), "5 أسماء غير معروضة");
        assert_eq!(ar.counted("names-not-shown", 11), "11 اسمًا غير معروض");
        assert_eq!(
            Words::english().with("aim-hold", &[("slice", "Neutral")]),
            "The aim is to keep them where they are: Neutral."
        );
    }

    #[test]
    fn a_latin_round_name_in_an_arabic_header_keeps_its_date_after_it() {
        let ar = Words::of(Language::Arabic);
        let header = ar.with(
            "page-moved-since-round",
            &[("round", "Kick-off at the hall"), ("date", "2026-03-07")],
        );
        assert!(
            header.contains("\u{2068}Kick-off at the hall\u{2069}"),
            "{header:?}"
        );
        // Seen left to right, a right-to-left line ends at the left: the date, read last,
        // must be left of the name. Run together with the name, it came out right of it.
        let info = unicode_bidi::BidiInfo::new(&header, None);
        let paragraph = &info.paragraphs[0];
        let seen: String = info
            .reorder_line(paragraph, paragraph.range.clone())
            .into_owned();
        let date = seen.find("2026").expect("the date");
        let name = seen.find("Kick-off").expect("the name");
        assert!(date < name, "{seen:?}");
    }

    #[test]
    fn only_variables_the_bidi_algorithm_could_misplace_are_isolated() {
        let en = Words::english();
        assert_eq!(
            en.with("aim-hold", &[("slice", "Neutral")]),
            "The aim is to keep them where they are: Neutral."
        );
        assert_eq!(
            en.with("aim-hold", &[("slice", "محايدون")]),
            "The aim is to keep them where they are: \u{2068}محايدون\u{2069}."
        );
    }

    #[test]
    fn an_english_message_standing_in_for_arabic_leaves_a_latin_path_bare() {
        // The interface has no Arabic files yet: on an Arabic system its English messages
        // stand in, and a path a script reads back from the command line must be as typed.
        let ar = Words::of(Language::Arabic);
        let line = ar.counted_with("cli-export-wrote", 5, &[("path", "/tmp/map.pdf")]);
        assert_eq!(line, "wrote /tmp/map.pdf (5 bytes)");
    }

    #[test]
    fn a_message_nobody_wrote_shows_its_id_rather_than_nothing() {
        assert_eq!(Words::english().get("no-such-message"), "no-such-message");
        assert_eq!(
            Words::english().counted("no-such-count", 3),
            "no-such-count"
        );
    }
}
