//! The text the user reads, shared by the app, the exports and the command line: the
//! translation files of each language ([`Words`]) and small helpers.

mod catalog;
mod language;
mod names;

pub use catalog::Words;
pub use language::Language;

/// A count with its noun, singular for one: "1 actor", "3 actors", "0 actors".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_number_plural() {
        assert_eq!(count(1, "actor", "actors"), "1 actor");
        assert_eq!(count(0, "actor", "actors"), "0 actors");
        assert_eq!(count(2, "person", "people"), "2 people");
    }
}
