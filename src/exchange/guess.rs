//! Reading meaning into other tools' words: an element's type as an actor kind, a
//! connection's type as cooperation or conflict and what the tie rests on, a column header as
//! what the column holds.

use super::vocabulary::kind_word;
use crate::guidance::BUILT_IN_CATEGORIES;
use crate::model::{ActorKind, RelationshipKind, Tie};
use crate::words::{Language, Words};
use std::sync::OnceLock;

/// Whether `text` (lower case) contains any of `words`.
fn mentions(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// The names our own files and menus give the kinds, in each of our languages, lower case:
/// made once, as every row of an import asks.
fn own_kind_names() -> &'static [(String, ActorKind)] {
    static NAMES: OnceLock<Vec<(String, ActorKind)>> = OnceLock::new();
    NAMES.get_or_init(|| {
        Language::ALL
            .into_iter()
            .flat_map(|l| ActorKind::ALL.map(|k| (Words::of(l).kind(k).to_lowercase(), k)))
            .collect()
    })
}

/// The actor kind an element type suggests ("Person", "Company", "Ministry"...), and the type
/// as a category when it is a built-in one or suggests no kind.
pub fn kind_from_type(text: &str) -> (Option<ActorKind>, Option<String>) {
    let lower = text.trim().to_lowercase();
    if lower.is_empty() {
        return (None, None);
    }
    if let Some(&(_, kind)) = own_kind_names().iter().find(|(name, _)| *name == lower) {
        return (Some(kind), None);
    }
    // Another language's words are read after English ones, but a person is a person first:
    // "Élue municipale" is an elected woman, not the council.
    let other_language = kind_word(text);
    let kind = if other_language == Some(ActorKind::Individual)
        || mentions(
            &lower,
            &[
                "person",
                "people",
                "individual",
                "politician",
                "mayor",
                "leader",
                "official",
                "activist",
                "interviewee",
                "journalist",
                "minister",
                "ceo",
                "member",
                "councillor",
                "councilor",
            ],
        ) {
        Some(ActorKind::Individual)
    } else if mentions(
        &lower,
        &[
            "government",
            "ministry",
            "council",
            "agency",
            "court",
            "institution",
            "state",
            "department",
            "parliament",
            "police",
            "school",
            "university",
            "municipal",
            "authority",
            "public",
        ],
    ) {
        Some(ActorKind::Institution)
    } else if mentions(
        &lower,
        &[
            "group",
            "network",
            "coalition",
            "movement",
            "community",
            "collective",
            "alliance",
            "association",
            "club",
            "committee",
        ],
    ) {
        Some(ActorKind::Group)
    } else if mentions(
        &lower,
        &[
            "organization",
            "organisation",
            "company",
            "business",
            "corporation",
            "ngo",
            "union",
            "foundation",
            "firm",
            "fund",
            "bank",
            "media",
            "party",
            "church",
            "charity",
            "investor",
        ],
    ) {
        Some(ActorKind::Organization)
    } else {
        other_language
    };
    // A type that only names the kind ("Person", "Company") says nothing more; one that
    // names a built-in category, or no kind at all ("jedi", "Funder"), becomes the category.
    let category = category_from_text(text);
    let built_in = BUILT_IN_CATEGORIES.iter().any(|c| c.key == category);
    (kind, (kind.is_none() || built_in).then_some(category))
}

/// A category: the key of a built-in category whose name matches, else the text itself.
pub fn category_from_text(text: &str) -> String {
    let lower = text.trim().to_lowercase();
    BUILT_IN_CATEGORIES
        .iter()
        .find(|c| c.key == lower || c.label(Words::english()).to_lowercase() == lower)
        .map_or_else(|| text.trim().to_owned(), |c| c.key.to_owned())
}

/// A category as powermap's own CSV writes it: a built-in category's name (exactly) is its
/// key, any other text is a category of the user's own, kept as written.
pub fn category_from_label(text: &str) -> String {
    BUILT_IN_CATEGORIES
        .iter()
        .find(|c| c.label(Words::english()) == text)
        .map_or_else(|| text.to_owned(), |c| c.key.to_owned())
}

/// Whether a connection type speaks of opposition ("opposes", "conflict", "--").
pub fn kind_from_connection(text: &str) -> RelationshipKind {
    let lower = text.trim().to_lowercase();
    if lower == "-"
        || lower == "--"
        || mentions(
            &lower,
            &[
                "oppos", "conflict", "against", "rival", "hostile", "enem", "competit", "sues",
                "lawsuit", "critic", "dispute",
            ],
        )
    {
        RelationshipKind::Conflicting
    } else {
        RelationshipKind::Cooperating
    }
}

/// What a connection type says the tie rests on.
pub fn tie_from_connection(text: &str) -> Tie {
    let lower = text.trim().to_lowercase();
    if mentions(
        &lower,
        &[
            "fund", "donat", "donor", "invest", "grant", "financ", "money", "paid", "contract",
            "lobby",
        ],
    ) {
        Tie::Funding
    } else if mentions(
        &lower,
        &[
            "father", "mother", "son", "daughter", "brother", "sister", "married", "spouse",
            "family", "cousin", "wife", "husband", "parent", "child",
        ],
    ) {
        Tie::Family
    } else if mentions(
        &lower,
        &[
            "party",
            "political",
            "campaign",
            "elect",
            "vote",
            "alliance",
        ],
    ) {
        Tie::Political
    } else if mentions(
        &lower,
        &["church", "faith", "religio", "parish", "mosque", "temple"],
    ) {
        Tie::Religious
    } else if mentions(&lower, &["neighbo", "resident", "local"]) {
        Tie::Neighbourhood
    } else if mentions(
        &lower,
        &[
            "ceo",
            "board",
            "director",
            "employ",
            "staff",
            "work",
            "member",
            "founder",
            "partner",
            "officer",
            "chair",
            "executive",
            "advis",
        ],
    ) {
        Tie::Work
    } else {
        Tie::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn element_types_become_kinds_and_categories() {
        assert_eq!(kind_from_type("Person").0, Some(ActorKind::Individual));
        assert_eq!(kind_from_type("Company").0, Some(ActorKind::Organization));
        assert_eq!(kind_from_type("State").0, Some(ActorKind::Institution));
        assert_eq!(kind_from_type("Group"), (Some(ActorKind::Group), None));
        assert_eq!(kind_from_type("Media").1.as_deref(), Some("media"));
        assert_eq!(kind_from_type("jedi"), (None, Some("jedi".to_owned())));
        for (word, kind) in [
            ("Préfecture", ActorKind::Institution),
            ("Straßenverkehrsamt", ActorKind::Institution),
            ("Ayuntamiento", ActorKind::Institution),
            ("Collectif", ActorKind::Group),
            ("Bürgerinitiative", ActorKind::Group),
            ("Associazione", ActorKind::Group),
            ("Gewerkschaft", ActorKind::Organization),
            ("Empresa constructora", ActorKind::Organization),
            ("Élue municipale", ActorKind::Individual),
            ("Sindaco", ActorKind::Individual),
        ] {
            assert_eq!(kind_from_type(word).0, Some(kind), "{word}");
        }
    }

    #[test]
    fn connection_types_become_kinds_and_ties() {
        assert_eq!(
            kind_from_connection("opposes"),
            RelationshipKind::Conflicting
        );
        assert_eq!(kind_from_connection("--"), RelationshipKind::Conflicting);
        assert_eq!(kind_from_connection("++"), RelationshipKind::Cooperating);
        assert_eq!(tie_from_connection("Institutional investor"), Tie::Funding);
        assert_eq!(tie_from_connection("father of"), Tie::Family);
        assert_eq!(tie_from_connection("CEO"), Tie::Work);
    }
}
