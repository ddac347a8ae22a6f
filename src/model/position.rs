//! Positions on the power map, in meaningful units rather than pixels.

use serde::{Deserialize, Serialize};

/// Support for our objective runs from -1 (strongly opposed) to 1 (strongly supportive).
pub const SUPPORT_RANGE: std::ops::RangeInclusive<f32> = -1.0..=1.0;
/// Influence over the outcome runs from 0 (none) to 1 (decisive).
pub const INFLUENCE_RANGE: std::ops::RangeInclusive<f32> = 0.0..=1.0;

/// Where an actor sits on the power map.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Position {
    /// -1.0 strongly opposed ..= 1.0 strongly supportive; 0.0 is neutral.
    pub support: f32,
    /// 0.0 no influence ..= 1.0 decisive influence.
    pub influence: f32,
}

impl Default for Position {
    fn default() -> Self {
        Self::CENTER
    }
}

impl Position {
    /// Neutral support, middling influence: where new actors land.
    pub const CENTER: Self = Self {
        support: 0.0,
        influence: 0.5,
    };

    /// A position, clamped into the valid ranges (NaN becomes the centre) and rounded to
    /// thousandths: finer than any screen or print can show, and short in a file that diffs.
    pub fn clamped(support: f32, influence: f32) -> Self {
        let support = if support.is_nan() { 0.0 } else { support };
        let influence = if influence.is_nan() { 0.5 } else { influence };
        Self {
            support: round_thousandths(support.clamp(*SUPPORT_RANGE.start(), *SUPPORT_RANGE.end())),
            influence: round_thousandths(
                influence.clamp(*INFLUENCE_RANGE.start(), *INFLUENCE_RANGE.end()),
            ),
        }
    }

    /// Moved by the given deltas, staying inside the ranges.
    #[must_use]
    pub fn offset(self, d_support: f32, d_influence: f32) -> Self {
        Self::clamped(self.support + d_support, self.influence + d_influence)
    }

    /// The quadrant this position falls in; `None` exactly on the neutral line.
    pub fn quadrant(self) -> Option<Quadrant> {
        Quadrant::of(self)
    }
}

fn round_thousandths(value: f32) -> f32 {
    (value * 1000.0).round() / 1000.0
}

/// One quarter of the power map; each suggests an engagement strategy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quadrant {
    /// High influence, supportive: win them as partners.
    Partner,
    /// High influence, not supportive: raise awareness (with a caveat).
    AwarenessRaising,
    /// Low influence, supportive: build their capacity.
    CapacityDevelopment,
    /// Low influence, not supportive: keep an eye on them.
    Monitor,
}

impl Quadrant {
    /// Every quadrant, in reading order of the map (top row, then bottom row, supportive first).
    pub const ALL: [Self; 4] = [
        Self::Partner,
        Self::AwarenessRaising,
        Self::CapacityDevelopment,
        Self::Monitor,
    ];

    /// The quadrant a position falls in; `None` for support exactly neutral, which is
    /// neither side: calling such an actor a partner would decide what the room has not.
    /// Middle influence counts as high (that line says nothing about whose side they are on).
    pub fn of(position: Position) -> Option<Self> {
        if position.support == 0.0 {
            return None;
        }
        let supportive = position.support > 0.0;
        let high = position.influence >= 0.5;
        Some(match (high, supportive) {
            (true, true) => Self::Partner,
            (true, false) => Self::AwarenessRaising,
            (false, true) => Self::CapacityDevelopment,
            (false, false) => Self::Monitor,
        })
    }

    /// Whether this quadrant holds supportive actors.
    pub fn is_supportive(self) -> bool {
        matches!(self, Self::Partner | Self::CapacityDevelopment)
    }

    /// Whether this quadrant holds high-influence actors.
    pub fn is_high_influence(self) -> bool {
        matches!(self, Self::Partner | Self::AwarenessRaising)
    }
}

/// How many placed actors each quadrant holds, and how many sit on the neutral line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QuadrantCounts {
    /// Actors per quadrant, in the order of [`Quadrant::ALL`].
    pub quadrants: [usize; 4],
    /// Actors exactly on the neutral line, in no quadrant.
    pub on_the_line: usize,
}

impl QuadrantCounts {
    /// The count of one quadrant.
    pub fn of(&self, quadrant: Quadrant) -> usize {
        Quadrant::ALL
            .iter()
            .position(|&q| q == quadrant)
            .map_or(0, |i| self.quadrants[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quadrant_of_each_corner() {
        assert_eq!(
            Position::clamped(0.8, 0.9).quadrant(),
            Some(Quadrant::Partner)
        );
        assert_eq!(
            Position::clamped(-0.8, 0.9).quadrant(),
            Some(Quadrant::AwarenessRaising)
        );
        assert_eq!(
            Position::clamped(0.8, 0.1).quadrant(),
            Some(Quadrant::CapacityDevelopment)
        );
        assert_eq!(
            Position::clamped(-0.8, 0.1).quadrant(),
            Some(Quadrant::Monitor)
        );
    }

    #[test]
    fn the_neutral_line_is_no_quadrant_and_middle_influence_is_high() {
        assert_eq!(Position::clamped(0.0, 0.9).quadrant(), None);
        assert_eq!(Position::clamped(-0.0, 0.1).quadrant(), None);
        assert_eq!(
            Position::clamped(0.001, 0.5).quadrant(),
            Some(Quadrant::Partner)
        );
        assert_eq!(
            Position::clamped(-0.001, 0.499).quadrant(),
            Some(Quadrant::Monitor)
        );
    }

    #[test]
    fn clamping_keeps_positions_in_range() {
        let p = Position::clamped(5.0, -3.0);
        assert_eq!((p.support, p.influence), (1.0, 0.0));
        assert_eq!(
            Position::clamped(0.123_456, 0.987_654),
            Position {
                support: 0.123,
                influence: 0.988
            }
        );
        let q = Position::clamped(f32::NAN, f32::NAN);
        assert_eq!(q, Position::CENTER);
        assert_eq!(
            Position::CENTER.offset(-9.0, 9.0),
            Position::clamped(-1.0, 1.0)
        );
    }
}
