//! The built-in actor categories: kinds of partner and power-analysis roles.

/// A built-in category: the key stored in files and the label a user sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Category {
    /// Stored in the session file; never changes once released.
    pub key: &'static str,
    /// Shown to the user.
    pub label: &'static str,
    /// Whether this is a role in a power analysis (rather than a kind of partner).
    pub is_role: bool,
}

const fn partner(key: &'static str, label: &'static str) -> Category {
    Category {
        key,
        label,
        is_role: false,
    }
}

const fn role(key: &'static str, label: &'static str) -> Category {
    Category {
        key,
        label,
        is_role: true,
    }
}

/// Every built-in category, kinds of partner first, then roles.
pub const BUILT_IN: [Category; 16] = [
    partner("grassroots", "Grassroots movement"),
    partner("ngo", "Civil-society organization / NGO"),
    partner("network", "Network-building organization"),
    partner("international_ngo", "International NGO"),
    partner("un_agency", "UN agency"),
    partner("foreign_state", "Foreign state or mission"),
    partner("media", "Media"),
    partner("government", "Government body or official"),
    partner("business", "Business"),
    partner("religious_body", "Religious body"),
    partner("political_party", "Political party"),
    partner("union", "Union"),
    role("decision_maker", "Decision-maker"),
    role("organised_stakeholder", "Organised stakeholder"),
    role("influencer", "Influencer"),
    role("core_constituency", "Core constituency"),
];

/// The label for a stored category: a built-in's label, or the user's own name as written.
pub fn category_label(key: &str) -> &str {
    BUILT_IN
        .iter()
        .find(|c| c.key == key)
        .map_or(key, |c| c.label)
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
        assert_eq!(category_label("media"), "Media");
        assert_eq!(category_label("Faith leaders"), "Faith leaders");
        assert!(is_built_in("union") && !is_built_in("Faith leaders"));
    }
}
