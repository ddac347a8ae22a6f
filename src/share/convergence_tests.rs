//! Random edits on random laptops, exchanged in random order: every laptop ends with the
//! same session, and a session a file can hold (compiled for tests only: `#[cfg(test)]` in
//! mod.rs).

use super::mirror::Mirror;
use crate::model::{
    Actor, Edit, Position, Relationship, RelationshipKind, Session, synthetic_session,
};
use proptest::prelude::*;
use std::sync::Arc;

const LAPTOPS: usize = 3;

#[derive(Clone, Debug)]
enum Step {
    Move {
        laptop: usize,
        actor: usize,
        support: f32,
        influence: f32,
    },
    Rename {
        laptop: usize,
        actor: usize,
        name: usize,
    },
    Add {
        laptop: usize,
    },
    Delete {
        laptop: usize,
        actor: usize,
    },
    Line {
        laptop: usize,
        from: usize,
        to: usize,
    },
    Parent {
        laptop: usize,
        child: usize,
        parent: usize,
    },
    Title {
        laptop: usize,
        title: usize,
    },
    Undo {
        laptop: usize,
    },
    Sync {
        from: usize,
        to: usize,
    },
}

fn laptop() -> impl Strategy<Value = usize> {
    0..LAPTOPS
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (laptop(), 0..40usize, -1.0f32..=1.0, 0.0f32..=1.0).prop_map(
            |(laptop, actor, support, influence)| Step::Move {
                laptop,
                actor,
                support,
                influence
            }
        ),
        (laptop(), 0..40usize, 0..6usize).prop_map(|(laptop, actor, name)| Step::Rename {
            laptop,
            actor,
            name
        }),
        laptop().prop_map(|laptop| Step::Add { laptop }),
        (laptop(), 0..40usize).prop_map(|(laptop, actor)| Step::Delete { laptop, actor }),
        (laptop(), 0..40usize, 0..40usize).prop_map(|(laptop, from, to)| Step::Line {
            laptop,
            from,
            to
        }),
        (laptop(), 0..40usize, 0..40usize).prop_map(|(laptop, child, parent)| Step::Parent {
            laptop,
            child,
            parent
        }),
        (laptop(), 0..6usize).prop_map(|(laptop, title)| Step::Title { laptop, title }),
        laptop().prop_map(|laptop| Step::Undo { laptop }),
        (laptop(), laptop()).prop_map(|(from, to)| Step::Sync { from, to }),
    ]
}

const NAMES: [&str; 6] = [
    "Mayor",
    "Conseil municipal",
    "Ассоциация",
    "مجلس",
    "市议会",
    "Ọ̀nà",
];

/// The edit a step makes on `session`, if it makes sense there.
fn edit_for(step: &Step, session: &Session) -> Option<Edit> {
    let actor = |i: usize| {
        session
            .actors
            .get(i % session.actors.len().max(1))
            .map(|a| a.id.clone())
    };
    match *step {
        Step::Move {
            actor: i,
            support,
            influence,
            ..
        } => Some(Edit::MoveActors(vec![(
            actor(i)?,
            Position::clamped(support, influence),
        )])),
        Step::Rename { actor: i, name, .. } => {
            let mut renamed = session.actor(&actor(i)?)?.clone();
            renamed.name = NAMES[name].to_owned();
            Some(Edit::UpdateActor(renamed))
        }
        Step::Add { .. } => Some(Edit::AddActors(vec![Actor::new("Added", Position::CENTER)])),
        Step::Delete { actor: i, .. } => Some(Edit::DeleteActors(vec![actor(i)?])),
        Step::Line { from, to, .. } => {
            let (from, to) = (actor(from)?, actor(to)?);
            (from != to).then(|| {
                Edit::AddRelationship(Relationship::new(from, to, RelationshipKind::Conflicting))
            })
        }
        Step::Parent { child, parent, .. } => {
            let (child, parent) = (actor(child)?, actor(parent)?);
            let mut adopted = session.actor(&child)?.clone();
            (session.can_be_parent(&child, &parent)).then(|| {
                adopted.parent = Some(parent);
                Edit::UpdateActor(adopted)
            })
        }
        Step::Title { title, .. } => {
            let mut campaign = session.campaign.clone();
            campaign.title = NAMES[title].to_owned();
            Some(Edit::SetCampaign(campaign))
        }
        Step::Undo { .. } | Step::Sync { .. } => None,
    }
}

fn sync(laptops: &mut [Mirror], from: usize, to: usize) {
    if from == to {
        return;
    }
    let update = laptops[from]
        .updates_since(&laptops[to].version())
        .expect("export");
    laptops[to].import(&update).expect("import");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn laptops_editing_apart_end_with_one_valid_session(steps in prop::collection::vec(step(), 1..60)) {
        let first = Mirror::create(&Arc::new(synthetic_session(12))).expect("create");
        let snapshot = first.snapshot().expect("snapshot");
        let mut laptops = vec![first];
        for _ in 1..LAPTOPS {
            laptops.push(Mirror::join(&snapshot).expect("join"));
        }
        for step in &steps {
            match *step {
                Step::Sync { from, to } => sync(&mut laptops, from, to),
                Step::Undo { laptop } => {
                    laptops[laptop].undo().expect("undo");
                }
                Step::Move { laptop, .. } | Step::Rename { laptop, .. } | Step::Add { laptop }
                | Step::Delete { laptop, .. } | Step::Line { laptop, .. }
                | Step::Parent { laptop, .. } | Step::Title { laptop, .. } => {
                    let mirror = &mut laptops[laptop];
                    if let Some(edit) = edit_for(step, mirror.session()) {
                        let mut next = (**mirror.session()).clone();
                        if next.apply(edit) {
                            mirror.record(&Arc::new(next)).expect("record");
                        }
                    }
                }
            }
        }
        for _ in 0..2 {
            for from in 0..LAPTOPS {
                for to in 0..LAPTOPS {
                    sync(&mut laptops, from, to);
                }
            }
        }
        for laptop in &laptops[1..] {
            prop_assert_eq!(laptop.session(), laptops[0].session());
        }
        prop_assert!(crate::storage::validate(laptops[0].session()).is_ok());
        prop_assert_eq!(laptops[0].refused(), 0);
    }
}
