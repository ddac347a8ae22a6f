//! The spectrum of allies: five slices from active allies to active opposition.

use serde::{Deserialize, Serialize};

/// One of the five slices of the spectrum of allies, ordered from our side to the far side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Slice {
    /// Agree with us and already organize with us.
    ActiveAllies,
    /// Agree with us but do not act yet.
    PassiveAllies,
    /// Unengaged or uninformed.
    Neutral,
    /// Disagree but do not act against us.
    PassiveOpposition,
    /// Disagree and act against us.
    ActiveOpposition,
}

impl Slice {
    /// Every slice, from our side to the far side.
    pub const ALL: [Self; 5] = [
        Self::ActiveAllies,
        Self::PassiveAllies,
        Self::Neutral,
        Self::PassiveOpposition,
        Self::ActiveOpposition,
    ];

    /// 0 for active allies up to 4 for active opposition.
    pub fn index(self) -> usize {
        match self {
            Self::ActiveAllies => 0,
            Self::PassiveAllies => 1,
            Self::Neutral => 2,
            Self::PassiveOpposition => 3,
            Self::ActiveOpposition => 4,
        }
    }

    /// The slice at `index` (0 = active allies); out-of-range indices clamp to the ends.
    pub fn from_index(index: usize) -> Self {
        Self::ALL[index.min(Self::ALL.len() - 1)]
    }

    /// One slice closer to us; active allies stay where they are.
    #[must_use]
    pub fn toward_us(self) -> Self {
        Self::from_index(self.index().saturating_sub(1))
    }

    /// One slice farther from us; active opposition stays where it is.
    #[must_use]
    pub fn away_from_us(self) -> Self {
        Self::from_index(self.index() + 1)
    }

    /// The support on the power map that fits this slice best, for consistency hints.
    pub fn typical_support(self) -> f32 {
        match self {
            Self::ActiveAllies => 0.8,
            Self::PassiveAllies => 0.4,
            Self::Neutral => 0.0,
            Self::PassiveOpposition => -0.4,
            Self::ActiveOpposition => -0.8,
        }
    }
}

/// Where an actor sits on the spectrum: its slice and a place inside the wedge.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpectrumPlacement {
    /// The slice.
    pub slice: Slice,
    /// Across the wedge, 0 (the edge nearer our side) ..= 1 (the edge nearer the far side).
    pub across: f32,
    /// Out from the centre, 0 (inner edge) ..= 1 (outer edge).
    pub out: f32,
}

impl SpectrumPlacement {
    /// The middle of a slice.
    pub fn middle_of(slice: Slice) -> Self {
        Self {
            slice,
            across: 0.5,
            out: 0.5,
        }
    }

    /// The same placement with both fractions clamped into 0..=1 (NaN becomes the middle).
    #[must_use]
    pub fn clamped(self) -> Self {
        let fix = |v: f32| {
            if v.is_nan() {
                0.5
            } else {
                (v.clamp(0.0, 1.0) * 1000.0).round() / 1000.0
            }
        };
        Self {
            slice: self.slice,
            across: fix(self.across),
            out: fix(self.out),
        }
    }
}

/// How far apart an actor's slice and its support on the power map may be before the app
/// quietly points it out (more than about two slices' worth).
pub const CONSISTENCY_TOLERANCE: f32 = 0.9;

/// Whether a slice and a support value disagree strongly (an active ally plotted as strongly
/// opposed). Only ever shown as a hint; nothing is moved.
pub fn disagrees(slice: Slice, support: f32) -> bool {
    (slice.typical_support() - support).abs() > CONSISTENCY_TOLERANCE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_step_moves_and_stops_at_the_ends() {
        assert_eq!(Slice::Neutral.toward_us(), Slice::PassiveAllies);
        assert_eq!(Slice::ActiveAllies.toward_us(), Slice::ActiveAllies);
        assert_eq!(
            Slice::ActiveOpposition.away_from_us(),
            Slice::ActiveOpposition
        );
        for slice in Slice::ALL {
            assert_eq!(Slice::from_index(slice.index()), slice);
        }
    }

    #[test]
    fn strong_disagreement_is_flagged_mild_is_not() {
        assert!(disagrees(Slice::ActiveAllies, -0.6));
        assert!(disagrees(Slice::ActiveOpposition, 0.5));
        assert!(!disagrees(Slice::PassiveAllies, 0.0));
        assert!(!disagrees(Slice::Neutral, 0.8));
    }

    #[test]
    fn placements_clamp() {
        let p = SpectrumPlacement {
            slice: Slice::Neutral,
            across: 3.0,
            out: f32::NAN,
        }
        .clamped();
        assert_eq!((p.across, p.out), (1.0, 0.5));
    }
}
