//! Choosing partners by what we need: for each need, the actors who could meet it, ranked by
//! their support, their influence, our trust in them and how closely we already work
//! together, each ranking explained in one line.

use super::alliance_words::{collaboration_id, method_need_id};
use crate::model::{Actor, Collaboration, Need, RelationshipKind, Session};
use crate::words::Words;

/// How an actor stands toward the campaign, as the ranking reads its support.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stance {
    /// Support above 0.5.
    Supportive,
    /// Support above 0 up to 0.5.
    LeaningSupportive,
    /// Support exactly 0, or a parked actor nobody has placed.
    Neutral,
    /// Support below 0 down to -0.5.
    LeaningOpposed,
    /// Support below -0.5.
    Opposed,
}

/// How we are already tied to an actor, strongest evidence first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tie {
    /// A level on the continuum of collaboration, recorded on the actor.
    Level(Collaboration),
    /// A cooperating line between us and them on the map.
    Cooperating,
    /// A conflicting line between us and them on the map.
    Conflicting,
    /// Nothing yet.
    None,
}

/// One actor's place in a need's ranking, with what it rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    /// The actor's index in `session.actors`.
    pub actor: usize,
    /// 0 (a poor fit) to 1 (the best fit), comparable within one need.
    pub score: f32,
    /// How it stands toward the campaign.
    pub stance: Stance,
    /// Whether its influence is in the high half.
    pub high_influence: bool,
    /// Our trust in it, 1 to 5, when rated.
    pub trust: Option<u8>,
    /// How we are already tied.
    pub tie: Tie,
    /// Whether it waits in the parking lot, so its support and influence are not known.
    pub parked: bool,
}

/// A need and who could meet it, best fit first.
#[derive(Clone, Debug, PartialEq)]
pub struct Coverage {
    /// The need.
    pub need: Need,
    /// The actors offering it, best fit first; empty when nobody covers it.
    pub offers: Vec<Ranked>,
}

impl Coverage {
    /// Whether nobody on the map offers this need.
    pub fn is_uncovered(&self) -> bool {
        self.offers.is_empty()
    }
}

/// Weights of the four facts in a score; they add up to 1. Support weighs most: the method
/// chooses partners whose purpose aligns with ours before those who are merely strong.
const SUPPORT_WEIGHT: f32 = 0.35;
const TRUST_WEIGHT: f32 = 0.25;
const INFLUENCE_WEIGHT: f32 = 0.2;
const TIE_WEIGHT: f32 = 0.2;

/// Every need of the session with the actors offering it, ranked. "Us" is never ranked: we
/// do not partner with ourselves.
pub fn coverage(session: &Session) -> Vec<Coverage> {
    let ties = ties_with_us(session);
    session
        .alliance
        .needs()
        .into_iter()
        .map(|need| {
            let mut offers: Vec<Ranked> = session
                .actors
                .iter()
                .enumerate()
                .filter(|(_, a)| !a.is_us && a.partner.offers(&need.id))
                .map(|(i, a)| rank(i, a, ties[i]))
                .collect();
            // Ties broken by map order, so the list never shuffles between frames.
            offers.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.actor.cmp(&b.actor)));
            Coverage { need, offers }
        })
        .collect()
}

/// For every actor, the strongest line between it and "us" on the map.
fn ties_with_us(session: &Session) -> Vec<Tie> {
    let mut ties = vec![Tie::None; session.actors.len()];
    let index = session.actor_index();
    let us: Vec<_> = session
        .actors
        .iter()
        .filter(|a| a.is_us)
        .map(|a| &a.id)
        .collect();
    for rel in &session.relationships {
        let other = if us.contains(&&rel.from) {
            &rel.to
        } else if us.contains(&&rel.to) {
            &rel.from
        } else {
            continue;
        };
        if let Some(&i) = index.get(other) {
            // A conflict outweighs cooperation: it is the fact a facilitator must not miss.
            ties[i] = match (ties[i], rel.kind) {
                (Tie::Conflicting, _) | (_, RelationshipKind::Conflicting) => Tie::Conflicting,
                _ => Tie::Cooperating,
            };
        }
    }
    ties
}

fn rank(index: usize, actor: &Actor, line: Tie) -> Ranked {
    let tie = actor.partner.now.map_or(line, Tie::Level);
    let trust = actor
        .partner
        .trust
        .rating
        .map(|r| r.clamp(crate::model::Assessment::MIN, crate::model::Assessment::MAX));
    let (support, influence) = if actor.parked {
        (0.5, 0.5)
    } else {
        (
            f32::midpoint(actor.position.support, 1.0),
            actor.position.influence,
        )
    };
    // Unrated trust counts as middling: not knowing is neither a reason for nor against.
    let trust_part = trust.map_or(0.5, |t| f32::from(t - 1) / 4.0);
    let tie_part = match tie {
        Tie::Level(level) => 0.4 + 0.6 * f32::from(level.step()) / 5.0,
        Tie::Cooperating => 0.4,
        Tie::None => 0.2,
        Tie::Conflicting => 0.0,
    };
    let score = SUPPORT_WEIGHT * support.clamp(0.0, 1.0)
        + TRUST_WEIGHT * trust_part
        + INFLUENCE_WEIGHT * influence.clamp(0.0, 1.0)
        + TIE_WEIGHT * tie_part;
    Ranked {
        actor: index,
        score,
        stance: stance(actor),
        high_influence: !actor.parked && actor.position.influence >= 0.5,
        trust,
        tie,
        parked: actor.parked,
    }
}

fn stance(actor: &Actor) -> Stance {
    let s = actor.position.support;
    match s {
        _ if actor.parked => Stance::Neutral,
        s if s > 0.5 => Stance::Supportive,
        s if s > 0.0 => Stance::LeaningSupportive,
        s if s < -0.5 => Stance::Opposed,
        s if s < 0.0 => Stance::LeaningOpposed,
        _ => Stance::Neutral,
    }
}

impl Ranked {
    /// The ranking in one line: how it stands, its influence, our trust, and how we are tied.
    pub fn explain(&self, words: &'static Words) -> String {
        let stance = if self.parked {
            words.get("why-not-placed").to_owned()
        } else {
            let stance = words.get(match self.stance {
                Stance::Supportive => "why-supportive",
                Stance::LeaningSupportive => "why-leaning-supportive",
                Stance::Neutral => "why-neutral",
                Stance::LeaningOpposed => "why-leaning-opposed",
                Stance::Opposed => "why-opposed",
            });
            let influence = words.get(if self.high_influence {
                "why-high-influence"
            } else {
                "why-low-influence"
            });
            words.with(
                "why-stance-influence",
                &[("stance", stance), ("influence", influence)],
            )
        };
        let trust = self.trust.map_or_else(
            || words.get("why-trust-unrated").to_owned(),
            |t| words.with("why-trust", &[("rating", &t.to_string())]),
        );
        let tie = match self.tie {
            Tie::Level(level) => words.with(
                "why-tie-level",
                &[("level", words.get(collaboration_id(level)))],
            ),
            Tie::Cooperating => words.get("why-tie-cooperating").to_owned(),
            Tie::Conflicting => words.get("why-tie-conflicting").to_owned(),
            Tie::None => words.get("why-tie-none").to_owned(),
        };
        words.with(
            "why-line",
            &[("stance", &stance), ("trust", &trust), ("tie", &tie)],
        )
    }
}

/// The label of a need in `words`' language: the method's needs translated, the user's own
/// as written.
pub fn need_label<'a>(need: &'a Need, words: &'static Words) -> std::borrow::Cow<'a, str> {
    match method_need_id(&need.id).filter(|_| need.is_method()) {
        Some(id) => std::borrow::Cow::Borrowed(words.get(id)),
        None => std::borrow::Cow::Borrowed(need.name.as_str()),
    }
}

/// The cautions that apply to working with `actor`, as message ids: those of its kind of
/// partner (its category), and the public weight of a close, visible partnership.
pub fn cautions(actor: &Actor) -> Vec<&'static str> {
    let mut out = Vec::new();
    let by_kind = match actor.category.as_str() {
        "grassroots" => Some("caution-grassroots"),
        "ngo" => Some("caution-ngo"),
        "network" => Some("caution-network"),
        "international_ngo" => Some("caution-international_ngo"),
        "un_agency" => Some("caution-un_agency"),
        "foreign_state" => Some("caution-foreign_state"),
        "media" => Some("caution-media"),
        "government" => Some("caution-government"),
        "business" => Some("caution-business"),
        "political_party" => Some("caution-political_party"),
        _ => None,
    };
    out.extend(by_kind);
    let closest = actor.partner.now.max(actor.partner.aim);
    if closest.is_some_and(|level| level >= Collaboration::CampaignCoalition) {
        out.push("caution-legitimacy");
    }
    if actor.partner.risks.rating.is_some_and(|r| r >= 4) {
        out.push("caution-high-risk");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Alliance, Position, Relationship};

    fn offering(name: &str, support: f32, influence: f32, need: &str) -> Actor {
        let mut a = Actor::new(name, Position::clamped(support, influence));
        a.partner.offers = vec![need.to_owned()];
        a
    }

    fn session(actors: Vec<Actor>) -> Session {
        let mut s = Session::new_with_us();
        s.actors.extend(actors);
        s
    }

    fn ranked_names(s: &Session, need: &str) -> Vec<String> {
        coverage(s)
            .into_iter()
            .find(|c| c.need.id == need)
            .map(|c| {
                c.offers
                    .iter()
                    .map(|r| s.actors[r.actor].name.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn supportive_trusted_partners_rank_above_strong_opponents() {
        let mut friend = offering("Friend", 0.8, 0.4, "legal_help");
        friend.partner.trust.rating = Some(5);
        let foe = offering("Foe", -0.9, 1.0, "legal_help");
        let unknown = offering("Unknown", 0.1, 0.5, "legal_help");
        let s = session(vec![foe, unknown, friend]);
        assert_eq!(ranked_names(&s, "legal_help"), ["Friend", "Unknown", "Foe"]);
    }

    #[test]
    fn an_existing_collaboration_and_a_line_with_us_both_count() {
        let mut coalition = offering("Coalition", 0.5, 0.5, "funding");
        coalition.partner.now = Some(Collaboration::CampaignCoalition);
        let linked = offering("Linked", 0.5, 0.5, "funding");
        let stranger = offering("Stranger", 0.5, 0.5, "funding");
        let rival = offering("Rival", 0.5, 0.5, "funding");
        let mut s = session(vec![stranger, rival, linked, coalition]);
        let us = s.actors[0].id.clone();
        let (rival_id, linked_id) = (s.actors[2].id.clone(), s.actors[3].id.clone());
        s.relationships.push(Relationship::new(
            us.clone(),
            linked_id,
            RelationshipKind::Cooperating,
        ));
        s.relationships.push(Relationship::new(
            rival_id,
            us,
            RelationshipKind::Conflicting,
        ));
        assert_eq!(
            ranked_names(&s, "funding"),
            ["Coalition", "Linked", "Stranger", "Rival"]
        );
    }

    #[test]
    fn needs_nobody_offers_are_uncovered_and_us_is_never_ranked() {
        let mut s = session(vec![offering("Hall owner", 0.6, 0.3, "meeting_space")]);
        s.actors[0].partner.offers = vec!["funding".into()];
        let all = coverage(&s);
        assert_eq!(all.len(), crate::model::METHOD_NEEDS.len());
        let funding = all.iter().find(|c| c.need.id == "funding");
        assert!(funding.is_some_and(Coverage::is_uncovered));
        let space = all.iter().find(|c| c.need.id == "meeting_space");
        assert!(space.is_some_and(|c| c.offers.len() == 1));
    }

    #[test]
    fn the_users_own_needs_are_ranked_in_their_order() {
        let own = Need::custom("Translators");
        let mut s = session(vec![offering("Diaspora radio", 0.7, 0.6, &own.id)]);
        s.alliance = Alliance {
            needs: Some(vec![own.clone(), Need::method("funding")]),
            ..Alliance::default()
        };
        let all = coverage(&s);
        assert_eq!(all[0].need, own);
        assert_eq!(all[0].offers.len(), 1);
        assert_eq!(need_label(&all[0].need, Words::english()), "Translators");
    }

    #[test]
    fn the_explanation_names_every_fact_the_score_used() {
        let mut a = offering("Clinic", 0.8, 0.7, "legal_help");
        a.partner.trust.rating = Some(4);
        a.partner.now = Some(Collaboration::Network);
        let s = session(vec![a]);
        let ranked = &coverage(&s)
            .into_iter()
            .find(|c| c.need.id == "legal_help")
            .map(|c| c.offers)
            .unwrap_or_default();
        let line = ranked
            .first()
            .map(|r| r.explain(Words::english()))
            .unwrap_or_default();
        let network = Words::english().get("collab-network").to_lowercase();
        assert!(line.contains("4/5"), "{line}");
        assert!(line.to_lowercase().contains(&network), "{line}");
        assert!(line.to_lowercase().contains("high influence"), "{line}");
        assert!(!line.contains('{'), "unfilled placeholder: {line}");
    }

    #[test]
    fn a_parked_actor_is_explained_as_not_placed() {
        let mut a = offering("Newcomer", -0.9, 0.9, "supporters");
        a.parked = true;
        let r = rank(0, &a, Tie::None);
        assert_eq!(r.stance, Stance::Neutral);
        assert!(!r.high_influence);
        let line = r.explain(Words::english());
        assert!(
            line.contains(Words::english().get("why-not-placed")),
            "{line}"
        );
    }

    #[test]
    fn cautions_follow_the_kind_of_partner_and_how_close_we_get() {
        let mut ngo = Actor::new("NGO", Position::CENTER);
        ngo.category = "ngo".into();
        assert_eq!(cautions(&ngo), ["caution-ngo"]);
        ngo.partner.aim = Some(Collaboration::StrategicAlliance);
        ngo.partner.risks.rating = Some(5);
        assert_eq!(
            cautions(&ngo),
            ["caution-ngo", "caution-legitimacy", "caution-high-risk"]
        );
        let plain = Actor::new("Neighbour", Position::CENTER);
        assert!(cautions(&plain).is_empty());
    }
}
