//! Property: powermap's own CSV export imports back with every text exactly as it was:
//! formula-like cells (`=`, `+`, `-`, `@`, TAB, CR), apostrophes the user typed, tags and
//! links holding `,` `;` `|` or backslashes, HTML-like notes, empty relationship labels.
//! Whitespace at either end of a cell comes back too.

use powermap::exchange::{
    Notes, ReadOptions, actors_csv, import_tables, read_source, relationships_csv,
};
use powermap::model::{
    Actor, ActorId, ActorKind, Position, Relationship, RelationshipKind, Session, Tie,
};
use proptest::prelude::*;
use proptest::sample::select;

/// Any text a user might type, formula starters, separators and edge whitespace made likely.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[=+@\\-\t\r' ]{0,3}[a-z0-9 ,;|\\\\'\"<>&=+\\-@\n]{0,12}[ \t]{0,2}",
        Just("'-5 votes".to_owned()),
        Just("+44 20 7946 0000".to_owned()),
        Just("<b>bold</b> &amp; more".to_owned()),
    ]
}

/// Text that is not empty, for names and list entries (an empty entry and no entry are the
/// same cell).
fn some_text() -> impl Strategy<Value = String> {
    text().prop_filter("not empty", |s| !s.trim().is_empty())
}

fn actor(index: usize) -> impl Strategy<Value = Actor> {
    (
        some_text(),
        select(ActorKind::ALL.to_vec()),
        prop_oneof![text(), Just("media".to_owned()), Just("funders".to_owned())],
        proptest::collection::vec(some_text(), 0..4),
        (
            text(),
            text(),
            proptest::collection::vec(some_text(), 0..3),
            any::<bool>(),
        ),
    )
        .prop_map(
            move |(name, kind, category, tags, (notes, contact, links, uncertain))| {
                let mut actor = Actor::new(name, Position::CENTER);
                actor.id = ActorId(format!("a{index}"));
                actor.kind = kind;
                actor.category = category;
                actor.tags = tags;
                actor.notes = notes;
                actor.contact = contact;
                actor.links = links;
                actor.uncertain = uncertain;
                actor
            },
        )
}

fn session() -> impl Strategy<Value = Session> {
    (1usize..6)
        .prop_flat_map(|count| {
            let actors: Vec<_> = (0..count).map(actor).collect();
            let relationships = proptest::collection::vec(
                (
                    0..count,
                    0..count,
                    select(RelationshipKind::ALL.to_vec()),
                    select(Tie::ALL.to_vec()),
                    text(),
                ),
                0..6,
            );
            (actors, relationships)
        })
        .prop_map(|(actors, pairs)| {
            let relationships = pairs
                .into_iter()
                .filter(|(from, to, ..)| from != to)
                .map(|(from, to, kind, tie, label)| {
                    let mut rel =
                        Relationship::new(actors[from].id.clone(), actors[to].id.clone(), kind);
                    rel.tie = tie;
                    rel.label = label;
                    rel
                })
                .collect();
            Session {
                actors,
                relationships,
                ..Session::default()
            }
        })
}

/// Write the session's two CSV files and import them the way the app and the CLI do.
fn round_trip(session: &Session) -> powermap::exchange::Imported {
    let dir = tempfile::tempdir().expect("temp");
    let actors = dir.path().join("map.csv");
    let relations = dir.path().join("map-relationships.csv");
    std::fs::write(&actors, actors_csv(session, Notes::Written)).expect("write actors");
    std::fs::write(&relations, relationships_csv(session)).expect("write relationships");
    let source =
        read_source(&actors, ReadOptions::default(), Some(&relations)).expect("reads back");
    import_tables(&source.tables, &source.mapping).expect("imports")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn powermap_csv_imports_back_exactly(session in session()) {
        let back = round_trip(&session);
        prop_assert!(back.problems.is_empty(), "{:?}", back.problems);
        prop_assert_eq!(back.actors.len(), session.actors.len());
        for (a, b) in session.actors.iter().zip(&back.actors) {
            prop_assert_eq!(&a.name, &b.name);
            prop_assert_eq!(a.kind, b.kind);
            prop_assert_eq!(&a.category, &b.category);
            prop_assert_eq!(&a.tags, &b.tags);
            prop_assert_eq!(&a.notes, &b.notes);
            prop_assert_eq!(&a.contact, &b.contact);
            prop_assert_eq!(&a.links, &b.links);
            prop_assert_eq!(a.uncertain, b.uncertain);
        }
        prop_assert_eq!(back.relationships.len(), session.relationships.len());
        let index = |s: &[Actor], id: &ActorId| s.iter().position(|a| &a.id == id);
        for (a, b) in session.relationships.iter().zip(&back.relationships) {
            prop_assert_eq!(&a.label, &b.label);
            prop_assert_eq!((a.kind, a.tie), (b.kind, b.tie));
            prop_assert_eq!(index(&session.actors, &a.from), index(&back.actors, &b.from));
            prop_assert_eq!(index(&session.actors, &a.to), index(&back.actors, &b.to));
        }
    }
}

/// The examples the issue names, spelled out.
#[test]
fn neutralised_cells_and_separators_come_back_as_typed() {
    let mut actor = Actor::new("'-5 votes", Position::CENTER);
    actor.contact = "+44 20 7946 0000".to_owned();
    actor.tags = vec!["a,b".to_owned(), "c;d".to_owned(), "e|f".to_owned()];
    actor.notes = "\tindented".to_owned();
    let session = Session {
        actors: vec![actor.clone()],
        ..Session::default()
    };
    let back = round_trip(&session);
    let b = &back.actors[0];
    assert_eq!(
        (&b.name, &b.contact, &b.tags, &b.notes),
        (&actor.name, &actor.contact, &actor.tags, &actor.notes)
    );
}

/// Someone else's spreadsheet keeps its leading apostrophes: only powermap's own header says
/// that powermap added them.
#[test]
fn a_foreign_csv_keeps_its_apostrophes_and_splits_tags_as_before() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("people.csv");
    std::fs::write(&path, "Name,Tags\n'-5 votes,\"a,b;c\"\n").expect("write");
    let source = read_source(&path, ReadOptions::default(), None).expect("reads");
    let back = import_tables(&source.tables, &source.mapping).expect("imports");
    assert_eq!(back.actors[0].name, "'-5 votes");
    assert_eq!(back.actors[0].tags, ["a", "b", "c"]);
}
