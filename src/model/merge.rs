//! Bringing another set of actors into a session: a file imported again, or a second
//! organizer's session of the same campaign. Actors are matched by id, then by name and
//! kind, then by name; nothing of either side is lost, and where the two disagree on where an
//! actor stands, the user decides.

use super::{Actor, ActorId, Relationship, RelationshipId, Session};
use std::collections::{HashMap, HashSet};

/// How far apart two positions may be and still count as the same place.
const SAME_PLACE: f32 = 0.02;

/// Someone following long work on a thread of its own (a merge, an import's rows): told
/// how far it is, and asked whether to go on.
pub trait Watch {
    /// `done` of `total` steps are finished.
    fn advanced(&self, done: usize, total: usize);
    /// Whether to stop now; stopped work hands back nothing, so nothing changes.
    fn stopped(&self) -> bool;
}

/// Nobody follows the work, and it never stops half way.
pub struct Unwatched;

impl Watch for Unwatched {
    fn advanced(&self, _: usize, _: usize) {}

    fn stopped(&self) -> bool {
        false
    }
}

/// How many steps pass between two looks at the watch: often enough for a smooth bar and a
/// prompt stop, rarely enough to cost nothing.
pub const WATCH_EVERY: usize = 256;

/// Tell `watch` that `done` of `total` steps are finished, every [`WATCH_EVERY`] steps;
/// whether the work must stop.
pub fn watch_stops(watch: &dyn Watch, done: usize, total: usize) -> bool {
    if !done.is_multiple_of(WATCH_EVERY) {
        return false;
    }
    watch.advanced(done, total);
    watch.stopped()
}

/// An actor both sides have, placed differently.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// The actor in this session.
    pub ours: usize,
    /// The same actor on the other side.
    pub theirs: usize,
    /// Support or influence differ.
    pub position: bool,
    /// The slice differs.
    pub slice: bool,
}

/// What a merge will do, for the user to read before confirming.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MergePlan {
    /// For each of their actors, the actor of ours it is (`None`: it will be added).
    pub matches: Vec<Option<usize>>,
    /// Their actors that will be added.
    pub added: usize,
    /// Their actors that add something to ours (tags, notes, links, a place ours lacks).
    pub updated: usize,
    /// Their actors that match ours and add nothing.
    pub unchanged: usize,
    /// Matched actors placed differently on the two sides.
    pub conflicts: Vec<Conflict>,
    /// Their relationships that will be added (the others are there already).
    pub relationships_added: usize,
}

/// Whether two versions of one actor stand in different places: on the map (further apart
/// than the same place allows, or one waiting in the parking lot and the other placed) or on
/// the spectrum (another slice, or on it against off it).
pub fn stands_elsewhere(a: &Actor, b: &Actor) -> bool {
    let slice = |actor: &Actor| actor.spectrum.map(|place| place.slice);
    a.parked != b.parked
        || slice(a) != slice(b)
        || (!a.parked
            && ((a.position.support - b.position.support).abs() > SAME_PLACE
                || (a.position.influence - b.position.influence).abs() > SAME_PLACE))
}

fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Work out what merging `theirs` into `ours` would do.
pub fn plan_merge(ours: &Session, theirs: &Session) -> MergePlan {
    plan_merge_watched(ours, theirs, &Unwatched).expect("unwatched work never stops")
}

/// [`plan_merge`], telling `watch` how many of their actors are matched; `None` when it
/// asked to stop.
pub fn plan_merge_watched(
    ours: &Session,
    theirs: &Session,
    watch: &dyn Watch,
) -> Option<MergePlan> {
    let by_id = ours.actor_index();
    let mut by_name_kind: HashMap<(String, super::ActorKind), usize> = HashMap::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (i, a) in ours.actors.iter().enumerate() {
        by_name_kind.entry((name_key(&a.name), a.kind)).or_insert(i);
        by_name.entry(name_key(&a.name)).or_insert(i);
    }
    let mut taken = HashSet::new();
    let mut plan = MergePlan::default();
    let total = theirs.actors.len();
    for (t, actor) in theirs.actors.iter().enumerate() {
        if watch_stops(watch, t, total) {
            return None;
        }
        let key = name_key(&actor.name);
        let found = [
            by_id.get(&actor.id).copied(),
            // Both sides' "us" is the same organization, whatever each calls it.
            actor
                .is_us
                .then(|| ours.actors.iter().position(|a| a.is_us))
                .flatten(),
            by_name_kind.get(&(key.clone(), actor.kind)).copied(),
            by_name.get(&key).copied(),
        ]
        .into_iter()
        .flatten()
        .find(|o| !taken.contains(o));
        if let Some(o) = found {
            taken.insert(o);
            let mine = &ours.actors[o];
            let conflict = Conflict {
                ours: o,
                theirs: t,
                position: !mine.parked
                    && !actor.parked
                    && ((mine.position.support - actor.position.support).abs() > SAME_PLACE
                        || (mine.position.influence - actor.position.influence).abs() > SAME_PLACE),
                slice: matches!((mine.spectrum, actor.spectrum), (Some(a), Some(b)) if a.slice != b.slice),
            };
            if conflict.position || conflict.slice {
                plan.conflicts.push(conflict);
            }
            // Parents are compared after ids are settled, in `apply_merge`; here they would
            // still carry the other side's ids.
            let mut result = combined(mine, actor, PlaceFrom::Ours);
            result.parent.clone_from(&mine.parent);
            if result == *mine {
                plan.unchanged += 1;
            } else {
                plan.updated += 1;
            }
        } else {
            plan.added += 1;
        }
        plan.matches.push(found);
    }
    let ids = their_ids(ours, theirs, &plan.matches);
    plan.relationships_added = new_relationships(ours, theirs, &ids).len();
    Some(plan)
}

/// Their actor ids as they will be in the merged session: a match takes our id; an added
/// actor keeps its own unless one of ours already has it.
fn their_ids(ours: &Session, theirs: &Session, matches: &[Option<usize>]) -> Vec<ActorId> {
    let mut used: HashSet<ActorId> = ours.actors.iter().map(|a| a.id.clone()).collect();
    theirs
        .actors
        .iter()
        .zip(matches)
        .map(|(actor, found)| {
            if let Some(o) = found {
                return ours.actors[*o].id.clone();
            }
            let id = if used.contains(&actor.id) {
                ours.fresh_actor_id()
            } else {
                actor.id.clone()
            };
            used.insert(id.clone());
            id
        })
        .collect()
}

/// Their relationships, pointed at the merged ids, that ours does not have yet (same id, or
/// the same ends, kind and label).
fn new_relationships(ours: &Session, theirs: &Session, ids: &[ActorId]) -> Vec<Relationship> {
    let their_index = theirs.actor_index();
    // From the same actor to the same actor, of the same kind and label: the same
    // relationship, whichever side drew it. (The other way round may be another: funding
    // flows one way.)
    let pair = |r: &Relationship| {
        (
            r.from.clone(),
            r.to.clone(),
            r.kind,
            r.label.trim().to_lowercase(),
        )
    };
    let seen: HashSet<(ActorId, ActorId, super::RelationshipKind, String)> =
        ours.relationships.iter().map(pair).collect();
    let our_ids: HashSet<&RelationshipId> = ours.relationships.iter().map(|r| &r.id).collect();
    let mut used_ids: HashSet<RelationshipId> =
        ours.relationships.iter().map(|r| r.id.clone()).collect();
    let mut out = Vec::new();
    for r in &theirs.relationships {
        let (Some(&f), Some(&t)) = (their_index.get(&r.from), their_index.get(&r.to)) else {
            continue;
        };
        // The same id: the same relationship, met again (a file imported once more).
        if our_ids.contains(&r.id) {
            continue;
        }
        let mut merged = r.clone();
        merged.from = ids[f].clone();
        merged.to = ids[t].clone();
        // Compared with ours only: two records of the other side between the same actors
        // are two relationships there, and stay two here.
        if merged.from == merged.to || seen.contains(&pair(&merged)) {
            continue;
        }
        if !used_ids.insert(merged.id.clone()) {
            merged.id = RelationshipId::fresh();
            used_ids.insert(merged.id.clone());
        }
        out.push(merged);
    }
    out
}

/// The campaign and the planning answers from both sides: a title only where ours has none,
/// the other texts joined, the theory of change with their statements ours lacks.
fn merge_texts(merged: &mut Session, theirs: &Session) {
    let (c, t) = (&mut merged.campaign, &theirs.campaign);
    if c.title.trim().is_empty() {
        c.title.clone_from(&t.title);
    }
    if c.date.trim().is_empty() {
        c.date.clone_from(&t.date);
    }
    c.problem = both_texts(&c.problem, &t.problem);
    c.objective = both_texts(&c.objective, &t.objective);
    for statement in &t.theory_of_change {
        if !c.theory_of_change.contains(statement) {
            c.theory_of_change.push(statement.clone());
        }
    }
    let (r, t) = (&mut merged.reflection, &theirs.reflection);
    r.targets = both_texts(&r.targets, &t.targets);
    r.resources = both_texts(&r.resources, &t.resources);
    r.interests = both_texts(&r.interests, &t.interests);
    r.risks = both_texts(&r.risks, &t.risks);
    merged.alliance = merged.alliance.merged_with(&theirs.alliance);
}

/// Text from both sides: ours, with theirs added below when it says something else.
pub(super) fn both_texts(ours: &str, theirs: &str) -> String {
    let theirs = theirs.trim();
    if theirs.is_empty() || ours.contains(theirs) {
        ours.to_owned()
    } else if ours.trim().is_empty() {
        theirs.to_owned()
    } else {
        format!("{ours}\n\n{theirs}")
    }
}

pub(super) fn union(ours: &[String], theirs: &[String]) -> Vec<String> {
    let mut out = ours.to_vec();
    for item in theirs {
        if !out.contains(item) {
            out.push(item.clone());
        }
    }
    out
}

/// Which side's place an actor keeps where both sides placed it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PlaceFrom {
    /// Ours stays.
    Ours,
    /// Theirs wins.
    Theirs,
}

/// One actor from both sides. Ours keeps its name and id; lists and texts are joined; where
/// only one side has placed the actor, that place is taken; where both have, `place` decides.
fn combined(ours: &Actor, theirs: &Actor, place: PlaceFrom) -> Actor {
    let take_their_place = place == PlaceFrom::Theirs;
    let mut out = ours.clone();
    // A new session's "us" has only the default name: the other side's name says more.
    if ours.is_us && theirs.is_us && ours.name == super::US_DEFAULT_NAME {
        out.name.clone_from(&theirs.name);
    }
    if out.category.is_empty() {
        out.category.clone_from(&theirs.category);
    }
    out.tags = union(&ours.tags, &theirs.tags);
    out.links = union(&ours.links, &theirs.links);
    out.notes = both_texts(&ours.notes, &theirs.notes);
    out.uncertain_note = both_texts(&ours.uncertain_note, &theirs.uncertain_note);
    if out.contact.is_empty() {
        out.contact.clone_from(&theirs.contact);
    }
    if out.parent.is_none() && theirs.parent.as_ref() != Some(&ours.id) {
        out.parent.clone_from(&theirs.parent);
    }
    out.uncertain |= theirs.uncertain;
    out.next_action |= theirs.next_action;
    if out.target_slice.is_none() {
        out.target_slice = theirs.target_slice;
    }
    let theirs_placed = !theirs.parked;
    if theirs_placed && (ours.parked || take_their_place) {
        out.position = theirs.position;
        out.parked = false;
    }
    match (ours.spectrum, theirs.spectrum) {
        (None, Some(place)) => out.spectrum = Some(place),
        (Some(_), Some(place)) if take_their_place => out.spectrum = Some(place),
        _ => {}
    }
    out.partner = ours.partner.merged_with(&theirs.partner);
    out
}

/// The session with `theirs` merged in. `take_theirs[k]` says, for `plan.conflicts[k]`,
/// whether their place wins (missing entries keep ours).
pub fn apply_merge(
    ours: &Session,
    theirs: &Session,
    plan: &MergePlan,
    take_theirs: &[bool],
) -> Session {
    apply_merge_watched(ours, theirs, plan, take_theirs, &Unwatched)
        .expect("unwatched work never stops")
}

/// [`apply_merge`], telling `watch` how many of their actors are in; `None` when it asked
/// to stop.
pub fn apply_merge_watched(
    ours: &Session,
    theirs: &Session,
    plan: &MergePlan,
    take_theirs: &[bool],
    watch: &dyn Watch,
) -> Option<Session> {
    let mut merged = ours.clone();
    let chosen: HashSet<usize> = plan
        .conflicts
        .iter()
        .zip(take_theirs)
        .filter(|(_, take)| **take)
        .map(|(c, _)| c.theirs)
        .collect();
    let ids = their_ids(ours, theirs, &plan.matches);
    let their_index = theirs.actor_index();
    let total = theirs.actors.len();
    for (t, actor) in theirs.actors.iter().enumerate() {
        if watch_stops(watch, t, total) {
            return None;
        }
        let mut actor = actor.clone();
        // Parent links point at the merged ids.
        if let Some(parent) = &actor.parent {
            actor.parent = their_index.get(parent).map(|&p| ids[p].clone());
        }
        if let Some(o) = plan.matches[t] {
            let place = if chosen.contains(&t) {
                PlaceFrom::Theirs
            } else {
                PlaceFrom::Ours
            };
            merged.actors[o] = combined(&merged.actors[o], &actor, place);
        } else {
            actor.id = ids[t].clone();
            // One organization is "us"; the other side's "us" matched ours or is theirs.
            actor.is_us = false;
            merged.actors.push(actor);
        }
    }
    merged
        .relationships
        .extend(new_relationships(ours, theirs, &ids));
    merged.custom_categories = union(&ours.custom_categories, &theirs.custom_categories);
    merge_texts(&mut merged, theirs);
    for round in &theirs.rounds {
        if !merged.rounds.iter().any(|r| r.id == round.id) {
            let mut round = round.clone();
            for entry in &mut round.actors {
                if let Some(&t) = their_index.get(&entry.id) {
                    entry.id = ids[t].clone();
                }
            }
            merged.rounds.push(round);
        }
    }
    Some(merged)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActorKind, Position, RelationshipKind, Slice, SpectrumPlacement};

    fn actor(name: &str, support: f32) -> Actor {
        Actor::new(name, Position::clamped(support, 0.5))
    }

    #[test]
    fn matches_by_id_then_name_and_lists_disagreements() {
        let mut ours = Session::new_with_us();
        ours.actors.push(actor("Mayor Varga", 0.5));
        let mut tenants = actor("Tenants Union", 0.2);
        tenants.kind = ActorKind::Group;
        ours.actors.push(tenants.clone());
        let mut theirs = Session::new_with_us();
        theirs.actors.push(actor("mayor  varga", -0.4));
        let mut their_tenants = tenants.clone();
        their_tenants.tags = vec!["housing".into()];
        theirs.actors.push(their_tenants);
        theirs.actors.push(actor("Chamber of Commerce", -0.8));
        theirs.relationships.push(Relationship::new(
            theirs.actors[1].id.clone(),
            theirs.actors[3].id.clone(),
            RelationshipKind::Conflicting,
        ));

        let plan = plan_merge(&ours, &theirs);
        assert_eq!(plan.matches, vec![Some(0), Some(1), Some(2), None]);
        assert_eq!((plan.added, plan.updated, plan.unchanged), (1, 1, 2));
        assert_eq!(plan.conflicts.len(), 1);
        assert_eq!(plan.conflicts[0].ours, 1);
        assert!(plan.conflicts[0].position);
        assert_eq!(plan.relationships_added, 1);

        let kept = apply_merge(&ours, &theirs, &plan, &[false]);
        assert_eq!(kept.actors.len(), 4);
        assert_eq!(kept.actors[1].position.support, 0.5);
        assert_eq!(kept.actors[2].tags, vec!["housing".to_owned()]);
        let taken = apply_merge(&ours, &theirs, &plan, &[true]);
        assert_eq!(taken.actors[1].position.support, -0.4);
        let r = &taken.relationships[0];
        assert_eq!(r.from, ours.actors[1].id, "their mayor is our mayor");
        assert!(taken.reflection.risks.is_empty());
        assert_eq!(r.to, taken.actors[3].id);
        let text = crate::storage::to_json(&taken).expect("saved");
        crate::storage::load_str(&text).expect("a valid session");
    }

    #[test]
    fn campaign_and_planning_texts_of_both_sides_are_kept() {
        let mut ours = Session::new_with_us();
        ours.campaign.title = "Clean river".into();
        ours.campaign.problem = "Dumping upstream".into();
        ours.reflection.risks = "Backlash from the plant".into();
        let mut theirs = ours.clone();
        theirs.campaign.title = "River campaign".into();
        theirs.campaign.problem = "Dumping upstream".into();
        theirs.campaign.objective = "A permit review by June".into();
        theirs.reflection.risks = "Losing the fishers".into();
        let plan = plan_merge(&ours, &theirs);
        let merged = apply_merge(&ours, &theirs, &plan, &[]);
        assert_eq!(merged.campaign.title, "Clean river");
        assert_eq!(merged.campaign.problem, "Dumping upstream");
        assert_eq!(merged.campaign.objective, "A permit review by June");
        assert!(
            merged.reflection.risks.contains("plant")
                && merged.reflection.risks.contains("fishers")
        );
    }

    #[test]
    fn merging_twice_adds_nothing_and_places_parked_actors() {
        let mut ours = Session::new_with_us();
        let mut waiting = actor("Press", 0.0);
        waiting.parked = true;
        ours.actors.push(waiting);
        let mut theirs = Session::new_with_us();
        let mut press = actor("Press", -0.6);
        press.spectrum = Some(SpectrumPlacement::middle_of(Slice::PassiveOpposition));
        theirs.actors.push(press);
        let plan = plan_merge(&ours, &theirs);
        assert!(
            plan.conflicts.is_empty(),
            "a parked actor has no place to disagree about"
        );
        let merged = apply_merge(&ours, &theirs, &plan, &[]);
        assert!(!merged.actors[1].parked);
        assert_eq!(merged.actors[1].position.support, -0.6);
        let again = plan_merge(&merged, &theirs);
        assert_eq!(
            (again.added, again.updated, again.relationships_added),
            (0, 0, 0)
        );
    }
}
