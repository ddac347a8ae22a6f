//! Placement rounds: the room places actors privately, each participant on their own phone,
//! before the group sees the spread. A round keeps every answer, under anonymous numbers.

use super::ids::ActorId;
use super::position::{INFLUENCE_RANGE, Position, SUPPORT_RANGE};
use super::spectrum::Slice;
use serde::{Deserialize, Serialize};

/// Which views the room places the actors on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceOn {
    /// Support x influence on the power map.
    #[default]
    Map,
    /// A slice of the spectrum of allies.
    Spectrum,
    /// Both: a place on the map and a slice.
    Both,
}

impl PlaceOn {
    /// Whether answers carry a place on the power map.
    pub fn map(self) -> bool {
        matches!(self, Self::Map | Self::Both)
    }

    /// Whether answers carry a slice of the spectrum.
    pub fn spectrum(self) -> bool {
        matches!(self, Self::Spectrum | Self::Both)
    }
}

/// One participant's answer for one actor: a place, a slice, or "don't know".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "AnswerFields", into = "AnswerFields")]
pub struct PlacementAnswer {
    /// The participant's number in the round (1, 2, ...); no name is kept.
    pub participant: u32,
    /// The actor placed.
    pub actor: ActorId,
    /// Where they put the actor on the power map; `None` for "don't know" or a round on the
    /// spectrum only.
    pub position: Option<Position>,
    /// The slice they chose; `None` for "don't know" or a round on the power map only.
    pub slice: Option<Slice>,
    /// Seconds from the room's opening to this answer.
    pub seconds: u32,
}

impl PlacementAnswer {
    /// Whether the participant said "don't know": neither a place nor a slice.
    pub fn dont_know(&self) -> bool {
        self.position.is_none() && self.slice.is_none()
    }
}

/// An answer as a file writes it: flat, a place as `support` and `influence`, "don't know"
/// said in so many words rather than by absent fields.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct AnswerFields {
    participant: u32,
    actor: ActorId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    support: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    influence: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    slice: Option<Slice>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    dont_know: bool,
    #[serde(default)]
    seconds: u32,
}

impl TryFrom<AnswerFields> for PlacementAnswer {
    type Error = String;

    fn try_from(f: AnswerFields) -> Result<Self, String> {
        let position = match (f.support, f.influence) {
            (Some(support), Some(influence)) => {
                if !(SUPPORT_RANGE.contains(&support) && INFLUENCE_RANGE.contains(&influence)) {
                    return Err(format!(
                        "support {support} and influence {influence} must lie in -1 to 1 and 0 to 1"
                    ));
                }
                Some(Position::clamped(support, influence))
            }
            (None, None) => None,
            _ => return Err("support and influence come together or not at all".to_owned()),
        };
        let answer = Self {
            participant: f.participant,
            actor: f.actor,
            position,
            slice: f.slice,
            seconds: f.seconds,
        };
        if f.dont_know != answer.dont_know() {
            return Err("an answer is either \"don't know\" or a place or slice".to_owned());
        }
        Ok(answer)
    }
}

impl From<PlacementAnswer> for AnswerFields {
    fn from(a: PlacementAnswer) -> Self {
        let dont_know = a.dont_know();
        Self {
            participant: a.participant,
            actor: a.actor,
            support: a.position.map(|p| p.support),
            influence: a.position.map(|p| p.influence),
            slice: a.slice,
            dont_know,
            seconds: a.seconds,
        }
    }
}

/// One placement round: who placed what, when, under anonymous numbers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlacementRound {
    /// Stable id.
    pub id: String,
    /// When the room opened, in UTC (`YYYY-MM-DDTHH:MM:SSZ`).
    pub opened: String,
    /// Which views the actors were placed on.
    #[serde(default)]
    pub place_on: PlaceOn,
    /// The actors the room was asked to place, in the order they were shown.
    pub actors: Vec<ActorId>,
    /// How many people took part (numbered 1 to this); some may have answered nothing.
    #[serde(default)]
    pub participants: u32,
    /// Every answer, at most one per participant and actor.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<PlacementAnswer>,
}

impl PlacementRound {
    /// When the room opened, as people read it: `2026-11-30 19:00 UTC` (the file keeps the
    /// exact form).
    pub fn opened_readable(&self) -> String {
        match self.opened.split_once('T') {
            Some((day, time)) if self.opened.ends_with('Z') => {
                format!("{day} {} UTC", time.get(..5).unwrap_or(time))
            }
            _ => self.opened.clone(),
        }
    }

    /// The answers given for one actor.
    pub fn answers_for<'a>(
        &'a self,
        actor: &'a ActorId,
    ) -> impl Iterator<Item = &'a PlacementAnswer> + 'a {
        self.answers.iter().filter(move |a| &a.actor == actor)
    }
}

/// A UTC time as `YYYY-MM-DDTHH:MM:SSZ`, from seconds since 1970.
pub fn utc_timestamp(seconds: u64) -> String {
    let days = i64::try_from(seconds / 86_400).unwrap_or(0);
    let (y, m, d) = super::calendar::civil_from_days(days);
    let of_day = seconds % 86_400;
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        of_day / 3600,
        of_day % 3600 / 60,
        of_day % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(json: &str) -> Result<PlacementAnswer, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn answers_read_and_write_flat() {
        let a = answer(
            r#"{"participant":2,"actor":"a1","support":0.5,"influence":0.25,"slice":"neutral","seconds":7}"#,
        )
        .expect("answer");
        assert_eq!(a.position, Some(Position::clamped(0.5, 0.25)));
        assert_eq!(a.slice, Some(Slice::Neutral));
        let back = serde_json::to_string(&a).expect("write");
        assert_eq!(
            back,
            r#"{"participant":2,"actor":"a1","support":0.5,"influence":0.25,"slice":"neutral","seconds":7}"#
        );
        let dk = answer(r#"{"participant":1,"actor":"a1","dont_know":true}"#).expect("answer");
        assert!(dk.dont_know());
        assert_eq!(
            serde_json::to_string(&dk).expect("write"),
            r#"{"participant":1,"actor":"a1","dont_know":true,"seconds":0}"#
        );
    }

    #[test]
    fn answers_out_of_range_or_half_given_are_refused() {
        assert!(answer(r#"{"participant":1,"actor":"a","support":1.5,"influence":0.5}"#).is_err());
        assert!(answer(r#"{"participant":1,"actor":"a","support":0.5}"#).is_err());
        assert!(answer(r#"{"participant":1,"actor":"a"}"#).is_err());
        assert!(
            answer(r#"{"participant":1,"actor":"a","dont_know":true,"slice":"neutral"}"#).is_err()
        );
    }

    #[test]
    fn timestamps_are_utc() {
        assert_eq!(utc_timestamp(0), "1970-01-01T00:00:00Z");
        assert_eq!(utc_timestamp(951_782_400 + 3_723), "2000-02-29T01:02:03Z");
    }

    #[test]
    fn a_round_opened_reads_as_day_hour_and_minute() {
        let round = |opened: &str| PlacementRound {
            opened: opened.into(),
            ..PlacementRound::default()
        };
        assert_eq!(
            round("2026-11-30T19:00:00Z").opened_readable(),
            "2026-11-30 19:00 UTC"
        );
        assert_eq!(round("yesterday").opened_readable(), "yesterday");
    }
}
