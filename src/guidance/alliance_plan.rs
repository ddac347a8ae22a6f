//! Figures and drafts for the alliance plan, the same on screen, in charts and in reports:
//! partners per level of collaboration, actors per slice across rounds, and a memorandum of
//! understanding assembled from what the session already says.

use super::alliance_words::{collaboration_id, decisions_draft_id, purpose_id};
use super::partners::{coverage, need_label};
use crate::model::{Collaboration, Memorandum, Session, Slice};
use crate::words::Words;

/// How many actors work with us at a level today, and how many we aim to bring there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LevelCount {
    /// The level.
    pub level: Collaboration,
    /// Actors at this level now.
    pub now: usize,
    /// Actors we aim to bring to this level.
    pub aimed: usize,
}

/// Partners per level of the continuum, loosest first, now and aimed.
pub fn partners_per_level(session: &Session) -> [LevelCount; 5] {
    let mut counts = Collaboration::ALL.map(|level| LevelCount {
        level,
        now: 0,
        aimed: 0,
    });
    for actor in session.actors.iter().filter(|a| !a.is_us) {
        if let Some(level) = actor.partner.now {
            counts[usize::from(level.step() - 1)].now += 1;
        }
        if let Some(level) = actor.partner.aim {
            counts[usize::from(level.step() - 1)].aimed += 1;
        }
    }
    counts
}

/// How many actors stood in each slice (from active allies to active opposition) at one
/// moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SliceCounts {
    /// The round's label, or `None` for the map as it is now.
    pub label: Option<String>,
    /// Actors per slice, by `Slice::index`.
    pub counts: [usize; 5],
}

/// Actors per slice in every recorded round, oldest first, then now: one stacked bar each.
/// Actors deleted since a round still count in that round, as they stood then.
pub fn slices_per_round(session: &Session) -> Vec<SliceCounts> {
    let count = |slices: &mut dyn Iterator<Item = Slice>| {
        let mut counts = [0; 5];
        for slice in slices {
            counts[slice.index()] += 1;
        }
        counts
    };
    let mut out: Vec<SliceCounts> = session
        .rounds
        .iter()
        .map(|round| SliceCounts {
            label: Some(round.label.clone()),
            counts: count(
                &mut round
                    .actors
                    .iter()
                    .filter_map(|e| e.spectrum.map(|p| p.slice)),
            ),
        })
        .collect();
    out.push(SliceCounts {
        label: None,
        counts: count(
            &mut session
                .actors
                .iter()
                .filter_map(|a| a.spectrum.map(|p| p.slice)),
        ),
    });
    out
}

/// How many of the session's needs someone offers, and how many nobody does.
pub fn needs_covered(session: &Session) -> (usize, usize) {
    let all = coverage(session);
    let uncovered = all.iter().filter(|c| c.is_uncovered()).count();
    (all.len() - uncovered, uncovered)
}

/// A memorandum drafted from the session: the campaign's objective and the network's
/// purpose, the partners we aim to work with and what each offers, the decision-making the
/// chosen structure suggests, who covers which need, and the group agreement's commitments.
/// A starting point the group rewrites; fields the session says nothing about stay empty.
pub fn draft_memorandum(session: &Session, words: &'static Words) -> Memorandum {
    let alliance = &session.alliance;
    let objective = [
        session.campaign.objective.trim(),
        session.campaign.problem.trim(),
    ]
    .into_iter()
    .find(|t| !t.is_empty())
    .unwrap_or_default();
    let purpose_choice = alliance
        .network
        .purpose
        .chosen
        .map(|p| words.get(purpose_id(p)).to_owned());
    let why = purpose_choice.map(|p| words.with("draft-purpose-why", &[("purpose", &p)]));
    let purpose = [Some(objective.to_owned()), why]
        .into_iter()
        .flatten()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    let needs = alliance.needs();
    let members: Vec<String> = session
        .actors
        .iter()
        .filter(|a| !a.is_us && a.partner.is_partner())
        .map(|a| {
            let level = a
                .partner
                .aim
                .or(a.partner.now)
                .map(|l| words.get(collaboration_id(l)).to_owned())
                .unwrap_or_default();
            let offers: Vec<String> = needs
                .iter()
                .filter(|n| a.partner.offers(&n.id))
                .map(|n| need_label(n, words).into_owned())
                .collect();
            if offers.is_empty() {
                words.with("draft-member", &[("name", &a.name), ("level", &level)])
            } else {
                words.with(
                    "draft-member-offers",
                    &[
                        ("name", &a.name),
                        ("level", &level),
                        ("offers", &offers.join(", ")),
                    ],
                )
            }
        })
        .collect();
    let decisions = alliance
        .network
        .structure
        .chosen
        .map(|s| words.get(decisions_draft_id(s)).to_owned())
        .unwrap_or_default();
    let resources: Vec<String> = coverage(session)
        .into_iter()
        .filter(|c| !c.is_uncovered())
        .map(|c| {
            let names: Vec<&str> = c
                .offers
                .iter()
                .map(|r| session.actors[r.actor].name.as_str())
                .collect();
            words.with(
                "draft-resource",
                &[
                    ("need", &need_label(&c.need, words)),
                    ("names", &names.join(", ")),
                ],
            )
        })
        .collect();
    Memorandum {
        purpose,
        members: members.join("\n"),
        decisions,
        resources: resources.join("\n"),
        commitments: alliance.agreement.commitments.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Actor, NetworkPurpose, Position, SpectrumPlacement, Structure, synthetic_session,
    };

    #[test]
    fn levels_count_now_and_aimed_apart_and_never_us() {
        let mut s = Session::new_with_us();
        s.actors[0].partner.now = Some(Collaboration::Merger);
        let mut a = Actor::new("Union", Position::CENTER);
        a.partner.now = Some(Collaboration::Cooperation);
        a.partner.aim = Some(Collaboration::CampaignCoalition);
        let mut b = Actor::new("Clinic", Position::CENTER);
        b.partner.aim = Some(Collaboration::CampaignCoalition);
        s.actors.extend([a, b]);
        let counts = partners_per_level(&s);
        assert_eq!((counts[0].now, counts[0].aimed), (1, 0));
        assert_eq!((counts[2].now, counts[2].aimed), (0, 2));
        assert_eq!(counts[4].now, 0, "us is not our own partner");
    }

    #[test]
    fn every_round_and_now_get_a_bar_that_counts_placed_actors() {
        let mut s = synthetic_session(30);
        for a in &mut s.actors {
            a.spectrum = None;
        }
        s.actors[0].spectrum = Some(SpectrumPlacement::middle_of(Slice::Neutral));
        let round = s.record_round("Before", "2026-01-01");
        s.rounds.push(round);
        s.actors[0].spectrum = Some(SpectrumPlacement::middle_of(Slice::PassiveAllies));
        s.actors[1].spectrum = Some(SpectrumPlacement::middle_of(Slice::ActiveAllies));
        let bars = slices_per_round(&s);
        assert_eq!(bars.len(), 2);
        assert_eq!(bars[0].label.as_deref(), Some("Before"));
        assert_eq!(bars[0].counts, [0, 0, 1, 0, 0]);
        assert_eq!(bars[1].label, None);
        assert_eq!(bars[1].counts, [1, 1, 0, 0, 0]);
    }

    #[test]
    fn the_draft_is_assembled_from_the_session() {
        let words = Words::english();
        let mut s = Session::new_with_us();
        s.campaign.objective = "Residents vote in city elections by 2028".into();
        s.alliance.network.purpose.chosen = Some(NetworkPurpose::JointVenture);
        s.alliance.network.structure.chosen = Some(Structure::Informal);
        s.alliance.agreement.commitments = "Share every press release a day ahead".into();
        let mut clinic = Actor::new("Law Clinic", Position::CENTER);
        clinic.partner.aim = Some(Collaboration::CampaignCoalition);
        clinic.partner.offers = vec!["legal_help".into()];
        s.actors.push(clinic);
        s.actors.push(Actor::new("Bystander", Position::CENTER));
        let draft = draft_memorandum(&s, words);
        assert!(
            draft.purpose.contains("Residents vote"),
            "{}",
            draft.purpose
        );
        assert!(
            draft.purpose.contains(words.get("purpose-joint_venture")),
            "{}",
            draft.purpose
        );
        assert!(draft.members.contains("Law Clinic"), "{}", draft.members);
        assert!(draft.members.contains(words.get("need-legal_help")));
        assert!(!draft.members.contains("Bystander"));
        assert!(!draft.decisions.is_empty());
        assert!(
            draft.resources.contains("Law Clinic"),
            "{}",
            draft.resources
        );
        assert_eq!(draft.commitments, "Share every press release a day ahead");
        for text in [&draft.purpose, &draft.members, &draft.resources] {
            assert!(!text.contains('{'), "unfilled placeholder: {text}");
        }
    }

    #[test]
    fn an_empty_session_drafts_an_empty_memorandum() {
        assert!(draft_memorandum(&Session::new_with_us(), Words::english()).is_empty());
    }
}
