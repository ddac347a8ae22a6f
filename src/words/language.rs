//! The languages the map's words exist in, and which one a session or this system uses.

use crate::model::{LanguageCode, Session, US_DEFAULT_NAME};

/// A language the map's words are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    /// English, the language every other falls back to.
    English,
    /// French.
    French,
    /// Spanish.
    Spanish,
    /// Arabic, written right to left.
    Arabic,
}

impl Language {
    /// Every language, in the order the menu lists them.
    pub const ALL: [Self; 4] = [Self::English, Self::French, Self::Spanish, Self::Arabic];

    /// The code stored in session files and given to `--lang`: "en", "fr", "es", "ar".
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::French => "fr",
            Self::Spanish => "es",
            Self::Arabic => "ar",
        }
    }

    /// The language's name in its own words, as a menu lists it.
    pub fn own_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::French => "Français",
            Self::Spanish => "Español",
            Self::Arabic => "العربية",
        }
    }

    /// Whether its text reads from right to left.
    pub fn is_right_to_left(self) -> bool {
        self == Self::Arabic
    }

    /// The language a code names, whatever region or encoding follows it: "fr", "fr-CA",
    /// "fr_FR.UTF-8" and "FR" are all French. `None` for languages we have no words in.
    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The system's language when we have words in it, else English.
    pub fn system() -> Self {
        sys_locale::get_locales()
            .find_map(|locale| Self::from_code(&locale))
            .unwrap_or(Self::English)
    }

    /// A new session whose map speaks this language, "us" named in it.
    pub fn new_session(self) -> Session {
        let mut session = Session::new_with_us();
        self.adopt(&mut session);
        session
    }

    /// Make a new session's map speak this language: its code, and "us" named in it while
    /// it still has the default name.
    pub fn adopt(self, session: &mut Session) {
        session.language = LanguageCode(self.code().to_owned());
        let name = super::Words::of(self).get("legend-us");
        for us in session.actors.iter_mut().filter(|a| a.is_us) {
            if us.name == US_DEFAULT_NAME {
                name.clone_into(&mut us.name);
            }
        }
    }

    /// The language a session's map is shown in: the one its file names, English when we
    /// have no words in that one (a file from a newer version keeps its code on save).
    pub fn of(session: &Session) -> Self {
        Self::from_code(&session.language.0).unwrap_or(Self::English)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_whatever_region_or_encoding_follows() {
        for (code, language) in [
            ("fr", Some(Language::French)),
            ("fr-CA", Some(Language::French)),
            ("es_MX.UTF-8", Some(Language::Spanish)),
            ("AR", Some(Language::Arabic)),
            ("en@euro", Some(Language::English)),
            ("de-DE", None),
            ("", None),
            ("C", None),
        ] {
            assert_eq!(Language::from_code(code), language, "{code:?}");
        }
        for language in Language::ALL {
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
    }

    #[test]
    fn a_session_in_an_unknown_language_shows_english() {
        let mut session = Session::default();
        assert_eq!(Language::of(&session), Language::English);
        session.language.0 = "tr".to_owned();
        assert_eq!(Language::of(&session), Language::English);
        session.language.0 = "ar".to_owned();
        assert_eq!(Language::of(&session), Language::Arabic);
    }
}
