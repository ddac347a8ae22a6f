//! Property: any valid session saves and loads back equal (locked round trips are in
//! `locked.rs`: scrypt makes each one too slow for hundreds of cases).

use powermap::model::{
    Actor, ActorId, ActorKind, ChangeStatement, Position, Relationship, RelationshipKind, Round,
    RoundEntry, Session, Slice, SpectrumPlacement, SupportiveSide, Tie,
};
use powermap::storage::{load_str, to_json};
use proptest::prelude::*;
use proptest::sample::select;

/// Text as users type it: any script, quotes, backslashes, newlines, emoji, control characters.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-Z ]{1,12}",
        any::<String>(),
        "[\u{0400}-\u{04FF}\u{0370}-\u{03FF}\u{00C0}-\u{017F}\"\\\\\n\t ]{0,16}",
    ]
}

fn placement() -> impl Strategy<Value = Option<SpectrumPlacement>> {
    proptest::option::of(
        (select(Slice::ALL.to_vec()), 0.0f32..=1.0, 0.0f32..=1.0)
            .prop_map(|(slice, across, out)| SpectrumPlacement { slice, across, out }),
    )
}

fn actor(index: usize) -> impl Strategy<Value = Actor> {
    (
        (
            text(),
            select(ActorKind::ALL.to_vec()),
            text(),
            proptest::collection::vec(text(), 0..3),
        ),
        (
            text(),
            text(),
            any::<bool>(),
            text(),
            any::<bool>(),
            proptest::collection::vec(text(), 0..2),
        ),
        (
            -1.0f32..=1.0,
            0.0f32..=1.0,
            placement(),
            proptest::option::of(select(Slice::ALL.to_vec())),
            any::<bool>(),
        ),
    )
        .prop_map(
            move |(
                (name, kind, category, tags),
                (notes, contact, uncertain, uncertain_note, is_us, links),
                (support, influence, spectrum, target_slice, next_action),
            )| {
                let mut actor = Actor::new(name, Position { support, influence });
                actor.id = ActorId(format!("a{index}"));
                actor.kind = kind;
                actor.category = category;
                actor.tags = tags;
                actor.notes = notes;
                actor.contact = contact;
                actor.uncertain = uncertain;
                actor.uncertain_note = uncertain_note;
                actor.is_us = is_us;
                actor.links = links;
                actor.spectrum = spectrum;
                actor.target_slice = target_slice;
                actor.next_action = next_action;
                actor
            },
        )
}

fn session() -> impl Strategy<Value = Session> {
    (0usize..12)
        .prop_flat_map(|count| {
            let actors: Vec<_> = (0..count).map(actor).collect();
            let pairs = if count >= 2 {
                proptest::collection::vec(
                    (
                        0..count,
                        1..count,
                        select(RelationshipKind::ALL.to_vec()),
                        select(Tie::ALL.to_vec()),
                        text(),
                    ),
                    0..10,
                )
                .boxed()
            } else {
                Just(Vec::new()).boxed()
            };
            // Each actor may belong to an earlier one, so groups never loop.
            let parents = proptest::collection::vec(
                proptest::option::of(any::<prop::sample::Index>()),
                count,
            );
            (
                actors,
                pairs,
                parents,
                (text(), text(), text(), text()),
                (text(), text(), text()),
                any::<bool>(),
                proptest::collection::vec(text(), 0..3),
            )
        })
        .prop_map(
            |(
                mut actors,
                pairs,
                parents,
                (title, problem, objective, date),
                (if_we, then, because),
                left,
                custom,
            )| {
                for (i, parent) in parents.into_iter().enumerate() {
                    if let Some(pick) = parent.filter(|_| i > 0) {
                        actors[i].parent = Some(actors[pick.index(i)].id.clone());
                    }
                }
                let count = actors.len();
                let relationships = pairs
                    .into_iter()
                    .map(|(from, step, kind, tie, label)| {
                        let to = (from + step) % count;
                        let mut rel =
                            Relationship::new(actors[from].id.clone(), actors[to].id.clone(), kind);
                        rel.tie = tie;
                        rel.label = label;
                        rel
                    })
                    .collect();
                let mut session = Session::default();
                session.campaign.title = title;
                session.campaign.problem = problem;
                session.campaign.objective = objective;
                session.campaign.date = date;
                session.campaign.theory_of_change = vec![ChangeStatement {
                    if_we,
                    then,
                    because,
                }];
                session.settings.supportive_side = if left {
                    SupportiveSide::Left
                } else {
                    SupportiveSide::Right
                };
                session.custom_categories = custom;
                session.reflection.risks = session.campaign.problem.clone();
                session.reflection.targets = session.campaign.objective.clone();
                session.rounds = vec![Round {
                    id: "r1".to_owned(),
                    label: "Before the vote".to_owned(),
                    date: "2026-11-01".to_owned(),
                    actors: actors
                        .iter()
                        .map(|a| RoundEntry {
                            id: a.id.clone(),
                            support: a.position.support,
                            influence: a.position.influence,
                            spectrum: a.spectrum,
                        })
                        .collect(),
                }];
                session.actors = actors;
                session.relationships = relationships;
                session
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_session_saves_and_loads_back_equal(session in session()) {
        let text = to_json(&session).expect("serialise");
        let loaded = load_str(&text).expect("a saved session loads");
        prop_assert_eq!(&loaded, &session);
        // Saving again writes the same bytes: nothing drifts from save to save.
        prop_assert_eq!(to_json(&loaded).expect("serialise again"), text);
    }
}
