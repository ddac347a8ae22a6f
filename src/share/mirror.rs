//! The session as a Loro document, the engine's half of co-editing: local edits are written
//! into it field by field, peers' updates are read back into the session, and undo takes back
//! only this laptop's edits.
//!
//! Layout (docs/FORMAT.md, "Shared sessions"): the root map `actors` holds one map per actor,
//! keyed by id, whose keys are the actor's JSON fields and whose values are each field's JSON
//! text; `actor_order` lists the ids in drawing order; `relationships` and
//! `relationship_order` do the same for relationships; the root map `session` holds every
//! other field of the session, an object's fields one level down under `field/key`. Two
//! people changing different fields of one actor both keep their change; the same field is
//! settled the same way on every laptop (the later edit wins, ties by peer).

use super::apart::{PlacedApart, placed_apart};
use super::fields::{FIELDS, read_fields, write_fields};
use super::records::{Finder, Keyed, patch_records, read_all_records, write_records};
use super::settle::{settle, settle_actor};
use crate::model::{Actor, ActorId, Session};
use loro::event::{Diff, DiffEvent};
use loro::{ContainerID, ExportMode, Index, LoroDoc, Subscription, UndoManager, VersionVector};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::{Arc, Mutex, PoisonError};

/// How many of this laptop's edits undo can take back.
const UNDO_STEPS: usize = 200;

/// Why the engine refused something.
#[derive(Debug, thiserror::Error)]
pub enum MirrorError {
    /// The engine refused the bytes (not an update, damaged, or from another document).
    #[error("{0}")]
    Engine(#[from] loro::LoroError),
    /// The engine could not write the update.
    #[error("{0}")]
    Encode(#[from] loro::LoroEncodeError),
}

/// What changed in the document since it was last read, gathered from the engine's events.
#[derive(Default)]
struct Changed {
    actors: FxHashSet<String>,
    relationships: FxHashSet<String>,
    actor_order: bool,
    relationship_order: bool,
    fields: bool,
}

impl Changed {
    fn is_empty(&self) -> bool {
        self.actors.is_empty()
            && self.relationships.is_empty()
            && !self.actor_order
            && !self.relationship_order
            && !self.fields
    }

    fn note(&mut self, event: &DiffEvent) {
        for diff in &event.events {
            let Some((ContainerID::Root { name, .. }, _)) = diff.path.first() else {
                continue;
            };
            // A record's own map is one step below its root; the root map itself lists the
            // records added or removed.
            let keys: Vec<String> = match (diff.path.get(1), &diff.diff) {
                (Some((_, Index::Key(key))), _) => vec![key.to_string()],
                (None, Diff::Map(delta)) => delta.updated.keys().map(ToString::to_string).collect(),
                _ => Vec::new(),
            };
            match name.as_str() {
                "actors" => self.actors.extend(keys),
                "relationships" => self.relationships.extend(keys),
                "actor_order" => self.actor_order = true,
                "relationship_order" => self.relationship_order = true,
                FIELDS => self.fields = true,
                _ => {}
            }
        }
    }
}

/// The session after an undo or redo, and the update that tells the others.
pub type Stepped = Option<(Arc<Session>, Vec<u8>)>;

/// What [`Mirror::record`] did with the user's edit.
#[derive(Debug, Default)]
pub struct Recorded {
    /// The update to send the others, if the edit changed the document.
    pub update: Option<Vec<u8>>,
    /// The session to show instead of the edited one, when settling the document made it
    /// differ (the edit ended a loop of parents another laptop's edit had cut, say).
    pub settled: Option<Arc<Session>>,
}

/// A shared session's engine document, with the session read from it.
///
/// Two copies are kept: `raw`, the document's content record for record as the laptops
/// wrote it, and `view`, that content settled (see [`settle`]), which the app shows. Every
/// laptop settles the same content the same way, so the views agree; keeping `raw` means a
/// view never depends on the order in which updates happened to arrive.
pub struct Mirror {
    doc: LoroDoc,
    undo: UndoManager,
    raw: Session,
    view: Arc<Session>,
    changed: Arc<Mutex<Changed>>,
    /// Records the document could not be read into (a peer's damaged field), so far.
    refused: usize,
    _events: Subscription,
}

impl Mirror {
    /// A new document holding `session`: the one who shares it starts here.
    pub fn create(session: &Session) -> Result<Self, MirrorError> {
        let mut mirror = Self::empty();
        mirror.write(session)?;
        // The document holds exactly what was written: nothing to read back.
        mirror.take_changes();
        mirror.raw = session.clone();
        mirror.view = Arc::new(session.clone());
        mirror.undo.clear();
        Ok(mirror)
    }

    /// A document made from a peer's update (a whole document, or what is new since
    /// `create`): the one who joins starts here.
    pub fn join(update: &[u8]) -> Result<Self, MirrorError> {
        let mut mirror = Self::empty();
        mirror.doc.import(update)?;
        mirror.reread_all();
        mirror.undo.clear();
        Ok(mirror)
    }

    /// A document from a history kept beside the file, brought up to `current` (what the
    /// file holds now: it may have been edited since the history was kept). The laptop that
    /// kept it merges with the others again from there.
    pub fn resume(history: &[u8], current: &Session) -> Result<Self, MirrorError> {
        let mut mirror = Self::join(history)?;
        mirror.record(current)?;
        mirror.undo.clear();
        Ok(mirror)
    }

    fn empty() -> Self {
        let doc = LoroDoc::new();
        let changed = Arc::new(Mutex::new(Changed::default()));
        let sink = Arc::clone(&changed);
        let events = doc.subscribe_root(Arc::new(move |event| {
            sink.lock()
                .unwrap_or_else(PoisonError::into_inner)
                .note(&event);
        }));
        let mut undo = UndoManager::new(&doc);
        undo.set_max_undo_steps(UNDO_STEPS);
        Self {
            doc,
            undo,
            raw: Session::default(),
            view: Arc::new(Session::default()),
            changed,
            refused: 0,
            _events: events,
        }
    }

    /// The session as the document holds it, settled: what the app shows.
    pub fn session(&self) -> &Arc<Session> {
        &self.view
    }

    /// How many records or fields from peers could not be read, since the share began.
    pub fn refused(&self) -> usize {
        self.refused
    }

    /// What this document has seen, for a peer to send what is missing.
    pub fn version(&self) -> Vec<u8> {
        self.doc.oplog_vv().encode()
    }

    /// Everything this document has that a peer at `version` lacks (everything, when the
    /// version cannot be read).
    pub fn updates_since(&self, version: &[u8]) -> Result<Vec<u8>, MirrorError> {
        let known = VersionVector::decode(version).unwrap_or_default();
        Ok(self.doc.export(ExportMode::updates(&known))?)
    }

    /// Write the differences between the session shown and `now` (the user's edit): the
    /// update to send, and the session to show if settling changed it.
    pub fn record(&mut self, now: &Session) -> Result<Recorded, MirrorError> {
        let before = self.doc.oplog_vv();
        self.write(now)?;
        let after = self.doc.oplog_vv();
        let settled = self.absorb(Some(now));
        let update = if before == after {
            None
        } else {
            Some(self.doc.export(ExportMode::updates(&before))?)
        };
        Ok(Recorded { update, settled })
    }

    /// Start an undo step that the following records join until [`Mirror::end_step`].
    pub fn begin_step(&mut self) {
        // The only error is a step already begun, which is what was asked for.
        let _ = self.undo.group_start();
    }

    /// End the step begun by [`Mirror::begin_step`].
    pub fn end_step(&mut self) {
        self.undo.group_end();
    }

    /// Take in a peer's update. Returns the session as it is now if the update changed it.
    pub fn import(&mut self, update: &[u8]) -> Result<Option<Arc<Session>>, MirrorError> {
        self.doc.import(update)?;
        Ok(self.absorb(None))
    }

    /// Take back this laptop's last edit (never a peer's). Returns the session after it and
    /// the update to send, or `None` when there is nothing to undo.
    pub fn undo(&mut self) -> Result<Stepped, MirrorError> {
        self.step(true)
    }

    /// Do again the edit last undone here.
    pub fn redo(&mut self) -> Result<Stepped, MirrorError> {
        self.step(false)
    }

    /// Whether there is an edit of this laptop's to undo.
    pub fn can_undo(&self) -> bool {
        self.undo.can_undo()
    }

    /// Whether there is an undone edit to redo.
    pub fn can_redo(&self) -> bool {
        self.undo.can_redo()
    }

    fn step(&mut self, back: bool) -> Result<Stepped, MirrorError> {
        let before = self.doc.oplog_vv();
        let done = if back {
            self.undo.undo()?
        } else {
            self.undo.redo()?
        };
        self.doc.commit();
        if !done {
            return Ok(None);
        }
        let update = self.doc.export(ExportMode::updates(&before))?;
        let session = self.absorb(None).unwrap_or_else(|| Arc::clone(&self.view));
        Ok(Some((session, update)))
    }

    /// The actors this laptop and a peer placed differently while they were apart, once the
    /// peer's catch-up is imported: `before` is the session shown before it, `mine` this
    /// document's version then, `theirs` the version the peer said hello with. Empty unless
    /// both sides edited while apart; else the versions where they parted and where the peer
    /// stood are read from the history (a fork each: about 0.6 s at 5,000 actors).
    pub fn placed_apart(&self, before: &Session, mine: &[u8], theirs: &[u8]) -> Vec<PlacedApart> {
        let (Ok(mine), Ok(theirs)) = (VersionVector::decode(mine), VersionVector::decode(theirs))
        else {
            return Vec::new();
        };
        if mine.partial_cmp(&theirs).is_some() || !self.doc.oplog_vv().includes_vv(&theirs) {
            return Vec::new();
        }
        match (
            self.actors_at(&mine.intersection(&theirs)),
            self.actors_at(&theirs),
        ) {
            (Some(parted), Some(their_actors)) => placed_apart(&parted, before, &their_actors),
            _ => Vec::new(),
        }
    }

    /// The actors as they were at `version`, which this document holds.
    fn actors_at(&self, version: &VersionVector) -> Option<Vec<Actor>> {
        let fork = self.doc.fork_at(&self.doc.vv_to_frontiers(version)).ok()?;
        Some(read_all_records::<Actor>(&fork).0)
    }

    /// The whole document, as a peer that has nothing needs it.
    pub fn snapshot(&self) -> Result<Vec<u8>, MirrorError> {
        Ok(self.doc.export(ExportMode::Snapshot)?)
    }

    fn take_changes(&self) -> Changed {
        std::mem::take(&mut *self.changed.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// Write what differs between the view and `now` into the document.
    fn write(&mut self, now: &Session) -> Result<(), MirrorError> {
        write_records(&self.doc, &self.view.actors, &now.actors)?;
        write_records(&self.doc, &self.view.relationships, &now.relationships)?;
        write_fields(&self.doc.get_map(FIELDS), &self.view, now)?;
        self.doc.commit();
        Ok(())
    }

    /// Read what the last commit, import or undo changed into `raw`, and settle it into the
    /// view. Returns the view when the app must show it: always after a peer's change or an
    /// undo (`local` is `None`), after the user's edit (`local`) only if it differs from it.
    fn absorb(&mut self, local: Option<&Session>) -> Option<Arc<Session>> {
        let changed = self.take_changes();
        if changed.is_empty() {
            return None;
        }
        let old_parents: FxHashMap<String, Option<ActorId>> = {
            let finder = Finder::new(&self.raw.actors, changed.actors.len());
            changed
                .actors
                .iter()
                .filter_map(|key| finder.find(key))
                .map(|i| {
                    let actor = &self.raw.actors[i];
                    (actor.id.0.clone(), actor.parent.clone())
                })
                .collect()
        };
        if changed.fields {
            self.refused += read_fields(&self.doc, &mut self.raw);
        }
        let actors = patch_records(
            &self.doc,
            &mut self.raw.actors,
            &changed.actors,
            changed.actor_order,
        );
        let lines = patch_records(
            &self.doc,
            &mut self.raw.relationships,
            &changed.relationships,
            changed.relationship_order,
        );
        self.refused += actors.refused + lines.refused;
        // Most changes touch a few fields of a few actors (a drag, a rename): only those
        // are settled, keeping what settling decided about their parents (no parent changed,
        // so it decides the same). Anything that can change what ties records together
        // (records coming or going, lines, parents, the other fields) settles everything.
        // (`patched` says where only while nothing was structural: looked at after.)
        let parents_kept = || {
            actors.patched.iter().all(|&i| {
                let actor = &self.raw.actors[i];
                old_parents.get(actor.key()) == Some(&actor.parent)
            })
        };
        let local_change = !changed.fields
            && !actors.structural
            && !lines.structural
            && lines.patched.is_empty()
            && parents_kept();
        if local_change {
            let view = Arc::make_mut(&mut self.view);
            let shown_at: Vec<usize> = {
                let finder = Finder::new(&view.actors, actors.patched.len());
                actors
                    .patched
                    .iter()
                    .map(|&i| finder.find(self.raw.actors[i].key()).unwrap_or(usize::MAX))
                    .collect()
            };
            for (&i, &at) in actors.patched.iter().zip(&shown_at) {
                let Some(shown) = view.actors.get_mut(at) else {
                    continue;
                };
                let parent = shown.parent.take();
                shown.clone_from(&self.raw.actors[i]);
                shown.parent = parent;
                settle_actor(shown);
            }
            return local.is_none().then(|| Arc::clone(&self.view));
        }
        let mut settled = self.raw.clone();
        settle(&mut settled);
        if crate::storage::validate(&settled).is_err() {
            // Settling covers what honest laptops can write together; anything else is a
            // peer's fault, and the view stays as it was rather than become a session no
            // file could hold.
            self.refused += 1;
            return None;
        }
        let same_as_shown = local.is_some_and(|now| *now == settled);
        self.view = Arc::new(settled);
        (!same_as_shown).then(|| Arc::clone(&self.view))
    }

    fn reread_all(&mut self) {
        self.take_changes();
        let mut raw = Session::default();
        self.refused += read_fields(&self.doc, &mut raw);
        let (actors, bad_actors) = read_all_records(&self.doc);
        let (relationships, bad_lines) = read_all_records(&self.doc);
        raw.actors = actors;
        raw.relationships = relationships;
        self.refused += bad_actors + bad_lines;
        let mut settled = raw.clone();
        settle(&mut settled);
        self.raw = raw;
        self.view = Arc::new(settled);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Edit, Position, RelationshipKind, synthetic_session};
    use loro::ValueOrContainer;

    fn edited(session: &Arc<Session>, edit: Edit) -> Arc<Session> {
        let mut next = (**session).clone();
        assert!(next.apply(edit), "the test's edit changes the session");
        Arc::new(next)
    }

    /// A sharer with a session of `actors`, and one peer joined from its snapshot.
    fn pair(actors: usize) -> (Mirror, Mirror) {
        let host = Mirror::create(&Arc::new(synthetic_session(actors))).expect("create");
        let guest = Mirror::join(&host.snapshot().expect("snapshot")).expect("join");
        (host, guest)
    }

    fn exchange(a: &mut Mirror, b: &mut Mirror) {
        let to_b = a.updates_since(&b.version()).expect("export");
        let to_a = b.updates_since(&a.version()).expect("export");
        b.import(&to_b).expect("import");
        a.import(&to_a).expect("import");
    }

    fn local(mirror: &mut Mirror, edit: Edit) -> Vec<u8> {
        let next = edited(mirror.session(), edit);
        mirror
            .record(&next)
            .expect("record")
            .update
            .expect("an update")
    }

    #[test]
    fn a_joiner_reads_the_same_session_the_sharer_wrote() {
        let session = Arc::new(synthetic_session(60));
        let host = Mirror::create(&session).expect("create");
        let guest = Mirror::join(&host.snapshot().expect("snapshot")).expect("join");
        assert_eq!(**guest.session(), *session);
        assert_eq!(guest.refused(), 0);
    }

    #[test]
    fn a_move_travels_as_a_small_update_and_lands_on_the_other_side() {
        let (mut host, mut guest) = pair(500);
        let id = host.session().actors[7].id.clone();
        let update = local(
            &mut host,
            Edit::MoveActors(vec![(id.clone(), Position::clamped(0.25, 0.75))]),
        );
        assert!(update.len() < 400, "one move is {} bytes", update.len());
        let after = guest.import(&update).expect("import").expect("changed");
        assert_eq!(
            after.actor(&id).expect("actor").position,
            Position::clamped(0.25, 0.75)
        );
        assert_eq!(**host.session(), *after);
    }

    #[test]
    fn edits_of_different_fields_of_one_actor_both_survive() {
        let (mut host, mut guest) = pair(20);
        let id = host.session().actors[3].id.clone();
        local(
            &mut host,
            Edit::MoveActors(vec![(id.clone(), Position::clamped(-0.5, 0.1))]),
        );
        let mut renamed = guest.session().actor(&id).expect("actor").clone();
        renamed.name = "Renamed on the other laptop".to_owned();
        local(&mut guest, Edit::UpdateActor(renamed));
        exchange(&mut host, &mut guest);
        assert_eq!(host.session(), guest.session());
        let actor = host.session().actor(&id).expect("actor").clone();
        assert_eq!(actor.name, "Renamed on the other laptop");
        assert_eq!(actor.position, Position::clamped(-0.5, 0.1));
    }

    #[test]
    fn actors_added_on_both_sides_are_all_kept_in_the_same_order() {
        let (mut host, mut guest) = pair(5);
        let a = crate::model::Actor::new("Added by the host", Position::CENTER);
        let b = crate::model::Actor::new("Added by the guest", Position::CENTER);
        local(&mut host, Edit::AddActors(vec![a.clone()]));
        local(&mut guest, Edit::AddActors(vec![b.clone()]));
        exchange(&mut host, &mut guest);
        assert_eq!(host.session(), guest.session());
        assert_eq!(
            host.session().actors.len(),
            synthetic_session(5).actors.len() + 2
        );
        assert!(host.session().actor(&a.id).is_some() && host.session().actor(&b.id).is_some());
    }

    #[test]
    fn a_line_to_an_actor_deleted_elsewhere_is_settled_away_on_both_sides() {
        let (mut host, mut guest) = pair(5);
        let (x, y) = (
            host.session().actors[1].id.clone(),
            host.session().actors[2].id.clone(),
        );
        local(&mut host, Edit::DeleteActors(vec![x.clone()]));
        let line = crate::model::Relationship::new(x, y, RelationshipKind::Cooperating);
        local(&mut guest, Edit::AddRelationship(line.clone()));
        exchange(&mut host, &mut guest);
        assert_eq!(host.session(), guest.session());
        assert!(!host.session().relationships.iter().any(|r| r.id == line.id));
        crate::storage::validate(host.session()).expect("a valid session");
    }

    #[test]
    fn undo_takes_back_only_my_edit() {
        let (mut host, mut guest) = pair(10);
        let mine = host.session().actors[0].id.clone();
        let theirs = host.session().actors[1].id.clone();
        let was = host.session().actor(&mine).expect("actor").position;
        let update = local(
            &mut host,
            Edit::MoveActors(vec![(mine.clone(), Position::clamped(0.9, 0.9))]),
        );
        guest.import(&update).expect("import");
        let update = local(
            &mut guest,
            Edit::MoveActors(vec![(theirs.clone(), Position::clamped(-0.9, 0.9))]),
        );
        host.import(&update).expect("import");
        let (after, undo_update) = host.undo().expect("undo").expect("something to undo");
        assert_eq!(after.actor(&mine).expect("actor").position, was);
        assert_eq!(
            after.actor(&theirs).expect("actor").position,
            Position::clamped(-0.9, 0.9),
            "the peer's move stays"
        );
        guest.import(&undo_update).expect("import");
        assert_eq!(host.session(), guest.session());
        assert!(!host.can_undo(), "the peer's move is not mine to undo");
        let (again, _) = host.redo().expect("redo").expect("something to redo");
        assert_eq!(
            again.actor(&mine).expect("actor").position,
            Position::clamped(0.9, 0.9)
        );
    }

    #[test]
    fn the_frames_of_one_drag_undo_as_one_step() {
        let (mut host, _) = pair(10);
        let id = host.session().actors[0].id.clone();
        let was = host.session().actor(&id).expect("actor").position;
        host.begin_step();
        for step in 1..=5 {
            let place = Position::clamped(0.1 * step as f32, 0.5);
            local(&mut host, Edit::MoveActors(vec![(id.clone(), place)]));
        }
        host.end_step();
        let (after, _) = host.undo().expect("undo").expect("a step");
        assert_eq!(after.actor(&id).expect("actor").position, was);
        assert!(!host.can_undo());
    }

    #[test]
    fn campaign_fields_edited_on_both_sides_both_survive() {
        let (mut host, mut guest) = pair(3);
        let mut campaign = host.session().campaign.clone();
        campaign.title = "Clean air for Accra".to_owned();
        local(&mut host, Edit::SetCampaign(campaign));
        let mut campaign = guest.session().campaign.clone();
        campaign.objective = "Ban open burning by 2027".to_owned();
        local(&mut guest, Edit::SetCampaign(campaign));
        exchange(&mut host, &mut guest);
        assert_eq!(host.session(), guest.session());
        assert_eq!(host.session().campaign.title, "Clean air for Accra");
        assert_eq!(
            host.session().campaign.objective,
            "Ban open burning by 2027"
        );
    }

    #[test]
    fn a_damaged_field_from_a_peer_is_counted_and_the_rest_is_read() {
        let (host, mut guest) = pair(4);
        let id = host.session().actors[2].id.clone();
        let forged = LoroDoc::new();
        forged
            .import(&host.snapshot().expect("snapshot"))
            .expect("import");
        let actor = forged.get_map("actors");
        let Some(ValueOrContainer::Container(loro::Container::Map(map))) = actor.get(&id.0) else {
            panic!("the actor's map");
        };
        map.insert("name", "42").expect("insert");
        forged.commit();
        let update = forged
            .export(ExportMode::updates(&host.doc.oplog_vv()))
            .expect("export");
        guest.import(&update).expect("import");
        assert_eq!(guest.refused(), 1);
        assert_eq!(
            guest.session(),
            host.session(),
            "the actor keeps its last good state"
        );
    }

    #[test]
    fn bytes_that_are_no_update_are_refused_and_change_nothing() {
        let (_, mut guest) = pair(4);
        let before = Arc::clone(guest.session());
        assert!(guest.import(b"not an update at all").is_err());
        assert!(guest.import(&[]).is_err());
        assert_eq!(*guest.session(), before);
    }
}
