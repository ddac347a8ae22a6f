//! The spread of a placement round, per actor: the answers, their median and interquartile
//! range, how much the room disagrees, and which quadrants its answers fall in. Pure
//! functions of the round, so the reveal, the report and tests read the same figures.

use super::ids::ActorId;
use super::placement_round::PlacementRound;
use super::position::{Position, Quadrant, QuadrantCounts};
use super::spectrum::Slice;

/// The spread of the places one actor was given on the power map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapSpread {
    /// The median support and the median influence (each taken on its own).
    pub median: Position,
    /// The first and third quartiles of support.
    pub support_quartiles: (f32, f32),
    /// The first and third quartiles of influence.
    pub influence_quartiles: (f32, f32),
}

impl MapSpread {
    /// How far apart the middle half of the answers lie, 0 (all agree) to 1 (as far apart as
    /// the map allows): the diagonal of the interquartile cross, support counted on its range
    /// of 2 and influence on its range of 1 so that both weigh alike.
    pub fn disagreement(&self) -> f32 {
        let support = (self.support_quartiles.1 - self.support_quartiles.0) / 2.0;
        let influence = self.influence_quartiles.1 - self.influence_quartiles.0;
        (support.hypot(influence) / std::f32::consts::SQRT_2).clamp(0.0, 1.0)
    }
}

/// The spread of the slices one actor was given on the spectrum.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SliceSpread {
    /// The median slice (the median of the slices' places, rounded to the nearest).
    pub median: Slice,
    /// The slices at the first and third quartiles (nearest), ours first.
    pub quartiles: (Slice, Slice),
    /// How many answers chose each slice, in the order of [`Slice::ALL`].
    pub counts: [usize; 5],
}

impl SliceSpread {
    /// How many slices the middle half of the answers spans, 0 (one slice) to 1 (from one
    /// end of the spectrum to the other).
    pub fn disagreement(&self) -> f32 {
        (self.quartiles.1.index() - self.quartiles.0.index()) as f32 / 4.0
    }
}

/// What the room answered for one actor.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorSpread {
    /// The actor.
    pub actor: ActorId,
    /// Every place on the power map given for it, in the order the answers came.
    pub places: Vec<Position>,
    /// Every slice given for it.
    pub slices: Vec<Slice>,
    /// How many said "don't know".
    pub dont_know: usize,
    /// The places' spread; `None` when nobody placed it on the map.
    pub map: Option<MapSpread>,
    /// The slices' spread; `None` when nobody gave a slice.
    pub slice: Option<SliceSpread>,
    /// How many places fall in each quadrant (and on the neutral line).
    pub quadrants: QuadrantCounts,
    /// How much the room disagrees, 0 to 1: the larger of the map's and the spectrum's
    /// measure ([`MapSpread::disagreement`], [`SliceSpread::disagreement`]).
    pub disagreement: f32,
}

impl ActorSpread {
    /// How many participants answered with a place or a slice.
    pub fn answered(&self) -> usize {
        self.places.len().max(self.slices.len())
    }

    /// The quadrants that hold at least a quarter of the places (and at least one), most held
    /// first: one quadrant when the room broadly agrees on a strategy, two or more when it
    /// splits ("the room splits between partner and monitor").
    pub fn split(&self) -> Vec<Quadrant> {
        let placed = self.places.len();
        let mut held: Vec<(Quadrant, usize)> = Quadrant::ALL
            .into_iter()
            .map(|q| (q, self.quadrants.of(q)))
            .filter(|&(_, n)| n > 0 && n * 4 >= placed)
            .collect();
        // Stable: equal counts keep the map's reading order.
        held.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
        held.into_iter().map(|(q, _)| q).collect()
    }
}

/// The `p`-quantile of sorted values, interpolating between the two nearest (the common
/// "type 7" definition, as spreadsheets compute it).
fn quantile(sorted: &[f32], p: f32) -> f32 {
    let Some(&last) = sorted.last() else {
        return 0.0;
    };
    let h = (sorted.len() - 1) as f32 * p;
    let low = h.floor();
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "h lies in 0..len-1"
    )]
    let i = low as usize;
    let next = sorted.get(i + 1).copied().unwrap_or(last);
    sorted[i] + (next - sorted[i]) * (h - low)
}

fn quartiles(mut values: Vec<f32>) -> (f32, f32, f32) {
    values.sort_by(f32::total_cmp);
    (
        quantile(&values, 0.25),
        quantile(&values, 0.5),
        quantile(&values, 0.75),
    )
}

fn map_spread(places: &[Position]) -> Option<MapSpread> {
    if places.is_empty() {
        return None;
    }
    let (s1, s, s3) = quartiles(places.iter().map(|p| p.support).collect());
    let (i1, i, i3) = quartiles(places.iter().map(|p| p.influence).collect());
    Some(MapSpread {
        median: Position::clamped(s, i),
        support_quartiles: (s1, s3),
        influence_quartiles: (i1, i3),
    })
}

fn slice_spread(slices: &[Slice]) -> Option<SliceSpread> {
    if slices.is_empty() {
        return None;
    }
    let mut counts = [0; 5];
    for s in slices {
        counts[s.index()] += 1;
    }
    let (q1, m, q3) = quartiles(slices.iter().map(|s| s.index() as f32).collect());
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "quantiles of slice indices lie in 0..=4"
    )]
    let nearest = |v: f32| Slice::from_index(v.round() as usize);
    Some(SliceSpread {
        median: nearest(m),
        quartiles: (nearest(q1), nearest(q3)),
        counts,
    })
}

fn quadrant_counts(places: &[Position]) -> QuadrantCounts {
    let mut counts = QuadrantCounts::default();
    for place in places {
        match place.quadrant() {
            Some(q) => {
                if let Some(i) = Quadrant::ALL.iter().position(|&x| x == q) {
                    counts.quadrants[i] += 1;
                }
            }
            None => counts.on_the_line += 1,
        }
    }
    counts
}

/// The spread of one actor's answers in a round.
pub fn actor_spread(round: &PlacementRound, actor: &ActorId) -> ActorSpread {
    let mut places = Vec::new();
    let mut slices = Vec::new();
    let mut dont_know = 0;
    for answer in round.answers_for(actor) {
        if answer.dont_know() {
            dont_know += 1;
        }
        places.extend(answer.position);
        slices.extend(answer.slice);
    }
    let map = map_spread(&places);
    let slice = slice_spread(&slices);
    let disagreement = map
        .map_or(0.0, |m| m.disagreement())
        .max(slice.map_or(0.0, |s| s.disagreement()));
    ActorSpread {
        actor: actor.clone(),
        quadrants: quadrant_counts(&places),
        places,
        slices,
        dont_know,
        map,
        slice,
        disagreement,
    }
}

/// Every actor of the round with its spread, most disputed first; among equals, the one
/// more people answered first, then the round's order.
pub fn most_disputed_first(round: &PlacementRound) -> Vec<ActorSpread> {
    let mut spreads: Vec<ActorSpread> = round
        .actors
        .iter()
        .map(|actor| actor_spread(round, actor))
        .collect();
    spreads.sort_by(|a, b| {
        b.disagreement
            .total_cmp(&a.disagreement)
            .then(b.answered().cmp(&a.answered()))
    });
    spreads
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PlaceOn, PlacementAnswer};

    /// An answer in short: the actor, perhaps (support, influence), perhaps a slice.
    type Given<'a> = (&'a str, Option<(f32, f32)>, Option<Slice>);

    fn round(answers: &[Given<'_>]) -> PlacementRound {
        let mut actors: Vec<ActorId> = Vec::new();
        for (id, _, _) in answers {
            let id = ActorId((*id).to_owned());
            if !actors.contains(&id) {
                actors.push(id);
            }
        }
        PlacementRound {
            id: "p".into(),
            opened: String::new(),
            place_on: PlaceOn::Both,
            actors,
            participants: 9,
            answers: answers
                .iter()
                .zip(1..)
                .map(|((id, place, slice), n)| PlacementAnswer {
                    participant: n,
                    actor: ActorId((*id).to_owned()),
                    position: place.map(|(s, i)| Position::clamped(s, i)),
                    slice: *slice,
                    seconds: 0,
                })
                .collect(),
        }
    }

    #[test]
    fn quantiles_interpolate_like_spreadsheets() {
        let v = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(quantile(&v, 0.5), 2.5);
        assert_eq!(quantile(&v, 0.25), 1.75);
        assert_eq!(quantile(&v, 0.75), 3.25);
        assert_eq!(quantile(&[7.0], 0.25), 7.0);
        assert_eq!(quantile(&[], 0.5), 0.0);
    }

    #[test]
    fn medians_quartiles_and_dont_know() {
        let r = round(&[
            ("a", Some((0.2, 0.1)), None),
            ("a", Some((0.4, 0.3)), None),
            ("a", Some((0.6, 0.5)), None),
            ("a", Some((0.8, 0.7)), None),
            ("a", None, None),
        ]);
        let s = actor_spread(&r, &ActorId("a".into()));
        let map = s.map.expect("placed");
        assert_eq!(map.median, Position::clamped(0.5, 0.4));
        assert!((map.support_quartiles.0 - 0.35).abs() < 1e-6);
        assert!((map.support_quartiles.1 - 0.65).abs() < 1e-6);
        assert!((map.influence_quartiles.0 - 0.25).abs() < 1e-6);
        assert!((map.influence_quartiles.1 - 0.55).abs() < 1e-6);
        assert_eq!((s.answered(), s.dont_know), (4, 1));
        assert_eq!(
            s.split(),
            vec![Quadrant::Partner, Quadrant::CapacityDevelopment]
        );
    }

    #[test]
    fn a_split_room_is_more_disputed_than_an_agreeing_one() {
        let r = round(&[
            ("calm", Some((0.5, 0.8)), None),
            ("calm", Some((0.55, 0.8)), None),
            ("calm", Some((0.5, 0.75)), None),
            ("calm", Some((0.6, 0.8)), None),
            ("split", Some((0.8, 0.9)), None),
            ("split", Some((0.7, 0.8)), None),
            ("split", Some((-0.7, 0.2)), None),
            ("split", Some((-0.8, 0.1)), None),
        ]);
        let order = most_disputed_first(&r);
        assert_eq!(order[0].actor, ActorId("split".into()));
        assert!(order[0].disagreement > 0.5, "{}", order[0].disagreement);
        assert!(order[1].disagreement < 0.1, "{}", order[1].disagreement);
        assert_eq!(order[0].split(), vec![Quadrant::Partner, Quadrant::Monitor]);
        assert_eq!(order[1].split(), vec![Quadrant::Partner]);
    }

    #[test]
    fn slices_have_their_own_spread() {
        let r = round(&[
            ("a", None, Some(Slice::ActiveAllies)),
            ("a", None, Some(Slice::PassiveAllies)),
            ("a", None, Some(Slice::PassiveOpposition)),
            ("a", None, Some(Slice::ActiveOpposition)),
        ]);
        let s = actor_spread(&r, &ActorId("a".into()));
        let slice = s.slice.expect("sliced");
        assert_eq!(slice.counts, [1, 1, 0, 1, 1]);
        assert_eq!(slice.median, Slice::Neutral);
        assert_eq!(
            slice.quartiles,
            (Slice::PassiveAllies, Slice::PassiveOpposition)
        );
        assert_eq!(s.disagreement, 0.5);
        assert!(s.map.is_none());
        assert_eq!(s.answered(), 4);
    }

    #[test]
    fn an_actor_nobody_answered_has_no_spread() {
        let mut r = round(&[("a", Some((0.1, 0.1)), None)]);
        r.actors.push(ActorId("b".into()));
        let s = actor_spread(&r, &ActorId("b".into()));
        assert!(s.map.is_none() && s.slice.is_none());
        assert_eq!((s.answered(), s.disagreement), (0, 0.0));
        assert!(s.split().is_empty());
    }
}
