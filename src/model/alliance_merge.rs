//! Merging two copies of the alliance plan (File > Merge): nothing either side wrote is lost.

use super::alliance::{Alliance, Assessment, Choice, Partnering};
use super::merge::{both_texts, union};

impl Partnering {
    /// Both sides' view of one partner: offers joined, our levels and ratings kept where we
    /// have them and theirs taken where we have none, notes joined.
    #[must_use]
    pub fn merged_with(&self, theirs: &Self) -> Self {
        Self {
            offers: union(&self.offers, &theirs.offers),
            now: self.now.or(theirs.now),
            aim: self.aim.or(theirs.aim),
            trust: merged_assessment(&self.trust, &theirs.trust),
            benefits: merged_assessment(&self.benefits, &theirs.benefits),
            risks: merged_assessment(&self.risks, &theirs.risks),
        }
    }
}

fn merged_assessment(ours: &Assessment, theirs: &Assessment) -> Assessment {
    Assessment {
        rating: ours.rating.or(theirs.rating),
        note: both_texts(&ours.note, &theirs.note),
    }
}

fn merged_choice<T: Clone>(ours: &Choice<T>, theirs: &Choice<T>) -> Choice<T> {
    Choice {
        chosen: ours.chosen.clone().or_else(|| theirs.chosen.clone()),
        reason: both_texts(&ours.reason, &theirs.reason),
    }
}

impl Alliance {
    /// Both sides' plans: our needs first, then theirs we lack (so their actors' offers keep
    /// a need to point at); our choices where we made them; every text joined.
    #[must_use]
    pub fn merged_with(&self, theirs: &Self) -> Self {
        // Two untouched lists stay untouched, so the method's list keeps following the app.
        let needs = (self.needs.is_some() || theirs.needs.is_some()).then(|| {
            let mut needs = self.needs();
            for need in theirs.needs() {
                if !needs.iter().any(|n| n.id == need.id) {
                    needs.push(need);
                }
            }
            needs
        });
        let (ours, other) = (&self.agreement, &theirs.agreement);
        let agreement = super::alliance::GroupAgreement {
            values: both_texts(&ours.values, &other.values),
            commitments: both_texts(&ours.commitments, &other.commitments),
            conflict: both_texts(&ours.conflict, &other.conflict),
        };
        let (ours, other) = (&self.memorandum, &theirs.memorandum);
        let memorandum = super::alliance::Memorandum {
            purpose: both_texts(&ours.purpose, &other.purpose),
            members: both_texts(&ours.members, &other.members),
            decisions: both_texts(&ours.decisions, &other.decisions),
            resources: both_texts(&ours.resources, &other.resources),
            commitments: both_texts(&ours.commitments, &other.commitments),
        };
        let (ours, other) = (&self.network, &theirs.network);
        Self {
            needs,
            network: super::alliance::NetworkShape {
                purpose: merged_choice(&ours.purpose, &other.purpose),
                members: merged_choice(&ours.members, &other.members),
                structure: merged_choice(&ours.structure, &other.structure),
            },
            agreement,
            memorandum,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Collaboration, Need, NetworkPurpose};

    #[test]
    fn merging_keeps_what_either_side_wrote() {
        let mut ours = Partnering {
            offers: vec!["funding".into()],
            now: Some(Collaboration::Network),
            ..Partnering::default()
        };
        ours.trust.note = "Reliable on deadlines".into();
        let mut theirs = Partnering {
            offers: vec!["legal_help".into(), "funding".into()],
            now: Some(Collaboration::Cooperation),
            aim: Some(Collaboration::StrategicAlliance),
            ..Partnering::default()
        };
        theirs.trust.rating = Some(4);
        theirs.trust.note = "Slow to answer".into();
        let merged = ours.merged_with(&theirs);
        assert_eq!(merged.offers, ["funding", "legal_help"]);
        assert_eq!(merged.now, Some(Collaboration::Network));
        assert_eq!(merged.aim, Some(Collaboration::StrategicAlliance));
        assert_eq!(merged.trust.rating, Some(4));
        assert!(merged.trust.note.contains("Reliable") && merged.trust.note.contains("Slow"));
    }

    #[test]
    fn their_own_needs_join_ours_and_an_untouched_list_stays_untouched() {
        let untouched = Alliance::default();
        assert_eq!(untouched.merged_with(&Alliance::default()).needs, None);
        let translators = Need::custom("Translators");
        let mut theirs = Alliance {
            needs: Some(vec![Need::method("funding"), translators.clone()]),
            ..Alliance::default()
        };
        theirs.network.purpose.chosen = Some(NetworkPurpose::Coordinate);
        let merged = untouched.merged_with(&theirs);
        let needs = merged.needs();
        assert_eq!(needs.len(), crate::model::METHOD_NEEDS.len() + 1);
        assert_eq!(needs.last(), Some(&translators));
        assert_eq!(
            merged.network.purpose.chosen,
            Some(NetworkPurpose::Coordinate)
        );
    }
}
