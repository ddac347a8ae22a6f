//! The built-in actor categories: kinds of partner and power-analysis roles.

use crate::words::Words;

/// A built-in category: the key stored in files, and what kind of category it is. Its label
/// is the message `category-` followed by the key ([`category_label`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Category {
    /// Stored in the session file; never changes once released.
    pub key: &'static str,
    /// The message id of the label a user sees.
    pub label_id: &'static str,
    /// Whether this is a role in a power analysis (rather than a kind of partner).
    pub is_role: bool,
}

impl Category {
    /// The label a user sees, in `words`' language.
    pub fn label(&self, words: &'static Words) -> &'static str {
        words.get(self.label_id)
    }
}

const fn partner(key: &'static str, label_id: &'static str) -> Category {
    Category {
        key,
        label_id,
        is_role: false,
    }
}

const fn role(key: &'static str, label_id: &'static str) -> Category {
    Category {
        key,
        label_id,
        is_role: true,
    }
}

/// Every built-in category, kinds of partner first, then roles.
pub const BUILT_IN: [Category; 16] = [
    partner("grassroots", "category-grassroots"),
    partner("ngo", "category-ngo"),
    partner("network", "category-network"),
    partner("international_ngo", "category-international_ngo"),
    partner("un_agency", "category-un_agency"),
    partner("foreign_state", "category-foreign_state"),
    partner("media", "category-media"),
    partner("government", "category-government"),
    partner("business", "category-business"),
    partner("religious_body", "category-religious_body"),
    partner("political_party", "category-political_party"),
    partner("union", "category-union"),
    role("decision_maker", "category-decision_maker"),
    role("organised_stakeholder", "category-organised_stakeholder"),
    role("influencer", "category-influencer"),
    role("core_constituency", "category-core_constituency"),
];

/// The label for a stored category: a built-in's label in `words`' language, or the user's
/// own name as written.
pub fn category_label<'a>(key: &'a str, words: &'static Words) -> &'a str {
    BUILT_IN
        .iter()
        .find(|c| c.key == key)
        .map_or(key, |c| c.label(words))
}

/// Whether `key` names a built-in category.
pub fn is_built_in(key: &str) -> bool {
    BUILT_IN.iter().any(|c| c.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_labels_resolve() {
        let keys: std::collections::HashSet<_> = BUILT_IN.iter().map(|c| c.key).collect();
        assert_eq!(keys.len(), BUILT_IN.len());
        assert_eq!(category_label("media", Words::english()), "Media");
        assert_eq!(
            category_label("Faith leaders", Words::english()),
            "Faith leaders"
        );
        assert!(is_built_in("union") && !is_built_in("Faith leaders"));
    }
}
