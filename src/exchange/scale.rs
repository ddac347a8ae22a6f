//! The range a numeric column runs over, read from its header ("Influence (1-5)",
//! "Support %", "Score /10") or guessed from its values, and where a value lies in it.

/// The range a numeric column's values run over, from `low` (least) to `high`.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Scale {
    /// The value that means least support or influence.
    pub low: f64,
    /// The value that means most.
    pub high: f64,
}

impl Scale {
    /// 0 to 10.
    pub const ZERO_TO_TEN: Self = Self::new(0.0, 10.0);
    /// 1 to 5, as on a survey.
    pub const ONE_TO_FIVE: Self = Self::new(1.0, 5.0);
    /// 0 to 100, or percentages.
    pub const ZERO_TO_HUNDRED: Self = Self::new(0.0, 100.0);
    /// −1 to 1, powermap's own support scale.
    pub const MINUS_ONE_TO_ONE: Self = Self::new(-1.0, 1.0);
    /// 0 to 1, powermap's own influence scale.
    pub const ZERO_TO_ONE: Self = Self::new(0.0, 1.0);

    /// The common scales, for menus.
    pub const ALL: [Self; 5] = [
        Self::ZERO_TO_TEN,
        Self::ONE_TO_FIVE,
        Self::ZERO_TO_HUNDRED,
        Self::MINUS_ONE_TO_ONE,
        Self::ZERO_TO_ONE,
    ];

    const fn new(low: f64, high: f64) -> Self {
        Self { low, high }
    }

    /// A scale from `low` to `high`, if they make one (finite, `low` below `high`).
    pub fn between(low: f64, high: f64) -> Option<Self> {
        (low.is_finite() && high.is_finite() && low < high).then_some(Self { low, high })
    }

    /// What the user sees: "1 to 5", "−1 to 1".
    pub fn label(self) -> String {
        let number = |n: f64| {
            let text = if n.fract() == 0.0 {
                format!("{n:.0}")
            } else {
                n.to_string()
            };
            text.replace('-', "−")
        };
        let (low, high) = (number(self.low), number(self.high));
        crate::words::ui().with("value-scale", &[("low", &low), ("high", &high)])
    }

    /// A scale as the command line names it: `0-10`, `1-5`, `0-100`, `-1..1`, `1 to 7`.
    pub fn from_name(name: &str) -> Option<Self> {
        parse_range(name)
    }

    /// The smallest common scale that holds every value seen: a best guess the user can
    /// change.
    pub fn guess(values: impl Iterator<Item = f64>) -> Self {
        let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
        for v in values {
            lo = lo.min(v);
            hi = hi.max(v);
        }
        if !lo.is_finite() {
            return Self::ZERO_TO_TEN;
        }
        if lo < 0.0 {
            Self::MINUS_ONE_TO_ONE
        } else if hi <= 1.0 {
            Self::ZERO_TO_ONE
        } else if lo >= 1.0 && hi <= 5.0 {
            Self::ONE_TO_FIVE
        } else if hi <= 10.0 {
            Self::ZERO_TO_TEN
        } else {
            Self::ZERO_TO_HUNDRED
        }
    }

    /// Where `value` lies in the range, 0..=1; `None` outside it.
    #[expect(
        clippy::cast_possible_truncation,
        reason = "a position in 0..=1 needs no more than f32"
    )]
    pub fn unit(self, value: f64) -> Option<f32> {
        (self.low..=self.high)
            .contains(&value)
            .then(|| ((value - self.low) / (self.high - self.low)) as f32)
    }
}

/// A header without its unit, and the scale the unit names: "Influence (1-5)" is
/// ("Influence", 1 to 5), "Support %" is ("Support", 0 to 100), "Score /10" is ("Score",
/// 0 to 10). A header without a unit is returned whole.
pub fn split_unit(header: &str) -> (&str, Option<Scale>) {
    let text = header.trim();
    // A unit in brackets at the end.
    if let Some(close) = text.chars().last().filter(|c| matches!(c, ')' | ']')) {
        let open = if close == ')' { '(' } else { '[' };
        if let Some(start) = text.rfind(open) {
            let inner = &text[start + 1..text.len() - 1];
            if let Some(scale) = unit_scale(inner) {
                return (text[..start].trim_end(), Some(scale));
            }
        }
        return (text, None);
    }
    if let Some(stem) = text.strip_suffix('%') {
        return (stem.trim_end(), Some(Scale::ZERO_TO_HUNDRED));
    }
    // A bare unit after the last word: "Influence 1-5", "Score /10", "Support 0 to 100".
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    for take in (1..=3).rev() {
        if words.len() <= take {
            continue;
        }
        let start = words[words.len() - take].0;
        let tail = &text[start..];
        if tail.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '/' | '-' | '−'))
            && let Some(scale) = unit_scale(tail)
        {
            return (text[..start].trim_end(), Some(scale));
        }
    }
    (text, None)
}

/// The scale a unit names: "1-5", "0 to 10", "1 à 5", "de 1 a 5", "/10", "sur 20", "%".
fn unit_scale(unit: &str) -> Option<Scale> {
    let unit = unit.trim().to_lowercase();
    let unit = unit.as_str();
    if matches!(
        unit,
        "%" | "in %" | "en %" | "em %" | "in percent" | "percent" | "pourcentage" | "porcentaje"
    ) {
        return Some(Scale::ZERO_TO_HUNDRED);
    }
    for prefix in ["/", "out of ", "sur ", "su ", "von ", "de "] {
        if let Some(top) = unit.strip_prefix(prefix)
            && let Some(high) = number(top)
            && high > 0.0
        {
            return Scale::between(0.0, high);
        }
    }
    parse_range(unit)
}

/// A range written as two numbers and a word or sign between them ("1-5", "-1..1",
/// "0 to 10", "1 à 5", "1 bis 5", "de 1 a 5", "scale 1-5").
fn parse_range(text: &str) -> Option<Scale> {
    let text = text.trim().to_lowercase().replace(['–', '—'], "-");
    let mut text = text.as_str();
    for lead in [
        "from ",
        "de ",
        "da ",
        "von ",
        "entre ",
        "between ",
        "scale ",
        "echelle ",
        "échelle ",
        "escala ",
        "skala ",
        "scala ",
    ] {
        text = text.strip_prefix(lead).unwrap_or(text).trim_start();
    }
    for separator in [
        "..", " to ", " à ", " a ", " bis ", " al ", " et ", " e ", " y ", " and ", " - ",
    ] {
        if let Some((low, high)) = text.split_once(separator)
            && let (Some(low), Some(high)) = (number(low), number(high))
        {
            return Scale::between(low, high);
        }
    }
    // "1-5" or "-1-1": the dash after the first number.
    let start = usize::from(text.starts_with(['-', '−']));
    let dash = text[start..].find('-')? + start;
    Scale::between(number(&text[..dash])?, number(&text[dash + 1..])?)
}

fn number(text: &str) -> Option<f64> {
    let text = text.trim().replace('−', "-").replace(',', ".");
    text.parse::<f64>().ok().filter(|n| n.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_in_headers_name_their_scales() {
        let scale = |h| split_unit(h).1;
        assert_eq!(
            split_unit("Influence (1-5)"),
            ("Influence", Some(Scale::ONE_TO_FIVE))
        );
        assert_eq!(
            split_unit("Support %"),
            ("Support", Some(Scale::ZERO_TO_HUNDRED))
        );
        assert_eq!(scale("Soutien (%)"), Some(Scale::ZERO_TO_HUNDRED));
        assert_eq!(scale("Poder [0-100]"), Some(Scale::ZERO_TO_HUNDRED));
        assert_eq!(scale("Score /10"), Some(Scale::ZERO_TO_TEN));
        assert_eq!(scale("Influence 1-5"), Some(Scale::ONE_TO_FIVE));
        assert_eq!(scale("Apoyo (1 a 5)"), Some(Scale::ONE_TO_FIVE));
        assert_eq!(scale("Soutien (de 1 à 5)"), Some(Scale::ONE_TO_FIVE));
        assert_eq!(scale("Einfluss (1 bis 5)"), Some(Scale::ONE_TO_FIVE));
        assert_eq!(scale("Support (-2 to 2)"), Scale::between(-2.0, 2.0));
        assert_eq!(scale("Support (−1..1)"), Some(Scale::MINUS_ONE_TO_ONE));
        assert_eq!(scale("Influence (0–10)"), Some(Scale::ZERO_TO_TEN));
        assert_eq!(split_unit("Name (as known)"), ("Name (as known)", None));
        assert_eq!(split_unit("Ward 12"), ("Ward 12", None));
        assert_eq!(split_unit("Influence"), ("Influence", None));
        assert_eq!(scale("Support (5-1)"), None);
    }

    #[test]
    fn command_line_scales_and_labels() {
        assert_eq!(Scale::from_name("0-10"), Some(Scale::ZERO_TO_TEN));
        assert_eq!(Scale::from_name("-1..1"), Some(Scale::MINUS_ONE_TO_ONE));
        assert_eq!(Scale::from_name("1 to 7"), Scale::between(1.0, 7.0));
        assert_eq!(Scale::from_name("ten"), None);
        assert_eq!(Scale::MINUS_ONE_TO_ONE.label(), "−1 to 1");
        assert_eq!(
            Scale::between(0.0, 2.5).map(Scale::label).as_deref(),
            Some("0 to 2.5")
        );
    }

    #[test]
    fn scales_are_guessed_from_the_values_and_map_onto_the_axes() {
        assert_eq!(
            Scale::guess([1.0, 3.0, 5.0].into_iter()),
            Scale::ONE_TO_FIVE
        );
        assert_eq!(Scale::guess([0.0, 7.0].into_iter()), Scale::ZERO_TO_TEN);
        assert_eq!(
            Scale::guess([12.0, 80.0].into_iter()),
            Scale::ZERO_TO_HUNDRED
        );
        assert_eq!(
            Scale::guess([-0.5, 0.2].into_iter()),
            Scale::MINUS_ONE_TO_ONE
        );
        assert_eq!(Scale::ONE_TO_FIVE.unit(3.0), Some(0.5));
        assert_eq!(Scale::ZERO_TO_TEN.unit(11.0), None);
    }
}
