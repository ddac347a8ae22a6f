//! Redaction: a copy of a session that names nobody, for maps that leave the room.

use super::session::Session;

/// A copy of `session` where every actor's name is a short code (A1, A2, ... in map order),
/// notes, tags, contacts, links, research notes and relationship labels are gone, and the
/// planning answers, the partners' notes, the network's reasons and the agreements are
/// dropped. Returns the copy and the key: (code, real name) pairs.
pub fn redacted(session: &Session) -> (Session, Vec<(String, String)>) {
    let mut copy = session.clone();
    let mut key = Vec::with_capacity(copy.actors.len());
    for (i, actor) in copy.actors.iter_mut().enumerate() {
        let code = format!("A{}", i + 1);
        key.push((code.clone(), std::mem::replace(&mut actor.name, code)));
        actor.notes.clear();
        actor.tags.clear();
        actor.contact.clear();
        actor.links.clear();
        actor.uncertain_note.clear();
        for assessment in [
            &mut actor.partner.trust,
            &mut actor.partner.benefits,
            &mut actor.partner.risks,
        ] {
            assessment.note.clear();
        }
    }
    for rel in &mut copy.relationships {
        rel.label.clear();
    }
    copy.reflection = super::session::Reflection::default();
    // The network's reasons and the agreements are free text that names people and places;
    // the choices themselves and the needs stay.
    let alliance = &mut copy.alliance;
    for reason in [
        &mut alliance.network.purpose.reason,
        &mut alliance.network.members.reason,
        &mut alliance.network.structure.reason,
    ] {
        reason.clear();
    }
    alliance.agreement = super::alliance::GroupAgreement::default();
    alliance.memorandum = super::alliance::Memorandum::default();
    (copy, key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Position, Relationship, RelationshipKind};

    #[test]
    fn redaction_keeps_positions_and_drops_every_name() {
        let mut s = Session::default();
        let mut a = Actor::new("Mayor Varga", Position::clamped(0.3, 0.9));
        a.notes = "Met on Tuesday".into();
        a.tags = vec!["swing".into()];
        a.links = vec!["https://example.org/profile".into()];
        let b = Actor::new("Council", Position::CENTER);
        let mut rel = Relationship::new(a.id.clone(), b.id.clone(), RelationshipKind::Cooperating);
        rel.label = "Varga's brother".into();
        s.actors.extend([a, b]);
        s.relationships.push(rel);
        let (copy, key) = redacted(&s);
        let text = serde_json::to_string(&copy).expect("json");
        assert!(
            !text.contains("Varga")
                && !text.contains("Council")
                && !text.contains("Tuesday")
                && !text.contains("swing")
                && !text.contains("example.org")
        );
        assert_eq!(key[0], ("A1".to_owned(), "Mayor Varga".to_owned()));
        assert_eq!(copy.actors[0].position, s.actors[0].position);
    }
}
