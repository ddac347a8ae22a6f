//! The changes the Alliance view makes to the plan and to actors, as pure functions: the
//! needs list (add, rename, remove, back to the method's), an actor's offers, and who stands
//! on the continuum's list. The pages only draw and send what these return.

use crate::model::{ActorId, Alliance, Assessment, Need, Partnering, Session};

/// A change to the needs list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum NeedChange {
    /// Add a need of the user's own, by name.
    Add(String),
    /// Give one of the user's own needs a new name.
    Rename {
        /// The need's id.
        id: String,
        /// Its new name.
        name: String,
    },
    /// Take a need off the list (its offers go with it, in `Edit::SetAlliance`).
    Remove(String),
    /// Back to the method's list.
    Reset,
}

/// The plan after `change`, or `None` when it changes nothing (an empty name, a method's
/// need renamed, an unknown id, a reset of the method's own list).
pub(crate) fn changed(alliance: &Alliance, change: NeedChange) -> Option<Alliance> {
    let mut needs = alliance.needs();
    match change {
        NeedChange::Add(name) => {
            let name = name.trim();
            if name.is_empty() {
                return None;
            }
            needs.push(Need::custom(name));
        }
        NeedChange::Rename { id, name } => {
            let name = name.trim();
            let need = needs.iter_mut().find(|n| n.id == id && !n.is_method())?;
            if name.is_empty() || need.name == name {
                return None;
            }
            name.clone_into(&mut need.name);
        }
        NeedChange::Remove(id) => {
            let before = needs.len();
            needs.retain(|n| n.id != id);
            if needs.len() == before {
                return None;
            }
        }
        NeedChange::Reset => {
            // The method's list already: nothing to reset.
            alliance.needs.as_ref()?;
            return Some(Alliance {
                needs: None,
                ..alliance.clone()
            });
        }
    }
    Some(Alliance {
        needs: Some(needs),
        ..alliance.clone()
    })
}

/// `partner` offering the need `id`, or no longer offering it.
pub(crate) fn with_offer(partner: &Partnering, id: &str, offers: bool) -> Partnering {
    let mut out = partner.clone();
    if offers && !out.offers(id) {
        out.offers.push(id.to_owned());
    } else if !offers {
        out.offers.retain(|o| o != id);
    }
    out
}

/// Whether anything about working with this actor is recorded: a level, a rating or a note
/// (what it offers alone does not make it a partner).
pub(crate) fn on_the_continuum(partner: &Partnering) -> bool {
    partner.is_partner()
        || !partner.trust.is_empty()
        || !partner.benefits.is_empty()
        || !partner.risks.is_empty()
}

/// The actors the continuum lists, in map order: those with anything recorded about working
/// with them, and those just added to the list (`added`). "Us" is never listed.
pub(crate) fn continuum_rows(session: &Session, added: &[ActorId]) -> Vec<usize> {
    session
        .actors
        .iter()
        .enumerate()
        .filter(|(_, a)| !a.is_us && (on_the_continuum(&a.partner) || added.contains(&a.id)))
        .map(|(i, _)| i)
        .collect()
}

/// `partner` taken off the continuum: no levels, ratings or notes; what it offers stays.
pub(crate) fn off_the_continuum(partner: &Partnering) -> Partnering {
    Partnering {
        offers: partner.offers.clone(),
        now: None,
        aim: None,
        trust: Assessment::default(),
        benefits: Assessment::default(),
        risks: Assessment::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Collaboration, METHOD_NEEDS, Position};

    fn ids(alliance: &Alliance) -> Vec<String> {
        alliance.needs().into_iter().map(|n| n.id).collect()
    }

    #[test]
    fn adding_a_need_keeps_the_methods_list_before_it() {
        let plan = Alliance::default();
        let added = changed(&plan, NeedChange::Add("  Translators ".into()));
        let added = added.unwrap_or_default();
        let needs = added.needs();
        assert_eq!(needs.len(), METHOD_NEEDS.len() + 1);
        assert_eq!(needs.last().map(|n| n.name.as_str()), Some("Translators"));
        assert_eq!(changed(&plan, NeedChange::Add("   ".into())), None);
    }

    #[test]
    fn only_the_users_own_needs_are_renamed() {
        let plan = changed(&Alliance::default(), NeedChange::Add("Translators".into()))
            .unwrap_or_default();
        let own = plan
            .needs()
            .last()
            .map(|n| n.id.clone())
            .unwrap_or_default();
        let renamed = changed(
            &plan,
            NeedChange::Rename {
                id: own.clone(),
                name: "Interpreters".into(),
            },
        )
        .unwrap_or_default();
        assert_eq!(
            renamed.needs().last().map(|n| n.name.clone()).as_deref(),
            Some("Interpreters")
        );
        let method = NeedChange::Rename {
            id: "funding".into(),
            name: "Money".into(),
        };
        assert_eq!(changed(&plan, method), None);
        let blank = NeedChange::Rename {
            id: own,
            name: " ".into(),
        };
        assert_eq!(changed(&plan, blank), None);
    }

    #[test]
    fn removing_and_resetting_change_only_what_is_there() {
        let plan = Alliance::default();
        let without = changed(&plan, NeedChange::Remove("funding".into())).unwrap_or_default();
        assert!(!ids(&without).contains(&"funding".to_owned()));
        assert_eq!(ids(&without).len(), METHOD_NEEDS.len() - 1);
        assert_eq!(changed(&plan, NeedChange::Remove("nothing".into())), None);
        assert_eq!(changed(&plan, NeedChange::Reset), None);
        let back = changed(&without, NeedChange::Reset).unwrap_or_default();
        assert_eq!(back.needs, None);
    }

    #[test]
    fn an_offer_is_added_once_and_removed() {
        let partner = Partnering::default();
        let once = with_offer(&with_offer(&partner, "funding", true), "funding", true);
        assert_eq!(once.offers, ["funding"]);
        assert!(with_offer(&once, "funding", false).offers.is_empty());
    }

    #[test]
    fn the_continuum_lists_partners_and_the_newly_added_but_never_us() {
        let mut s = Session::new_with_us();
        let mut offering = Actor::new("Offers only", Position::CENTER);
        offering.partner.offers = vec!["funding".into()];
        let mut aimed = Actor::new("Aimed", Position::CENTER);
        aimed.partner.aim = Some(Collaboration::Network);
        let mut rated = Actor::new("Rated", Position::CENTER);
        rated.partner.risks.note = "Might leak".into();
        let added = Actor::new("Added", Position::CENTER);
        let added_id = added.id.clone();
        s.actors.extend([offering, aimed, rated, added]);
        let us = s.actors[0].id.clone();
        s.actors[0].partner.now = Some(Collaboration::Merger);
        let names: Vec<&str> = continuum_rows(&s, &[added_id, us])
            .into_iter()
            .map(|i| s.actors[i].name.as_str())
            .collect();
        assert_eq!(names, ["Aimed", "Rated", "Added"]);
    }

    #[test]
    fn taking_a_partner_off_keeps_its_offers() {
        let mut partner = Partnering {
            offers: vec!["legal_help".into()],
            now: Some(Collaboration::Cooperation),
            ..Partnering::default()
        };
        partner.trust.rating = Some(4);
        let off = off_the_continuum(&partner);
        assert!(!on_the_continuum(&off));
        assert_eq!(off.offers, ["legal_help"]);
    }
}
