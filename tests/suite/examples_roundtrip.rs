//! Every bundled example loads, is rich enough to learn from, and survives save and load.

use powermap::model::{Quadrant, RelationshipKind};
use powermap::storage::{load_file, load_str, save_file, to_json};
use std::path::PathBuf;

fn example_paths() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"))
            .expect("examples folder")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
    paths.sort();
    assert!(paths.len() >= 3, "at least three examples");
    paths
}

#[test]
fn examples_round_trip_through_a_file_unchanged() {
    let dir = tempfile::tempdir().expect("temp dir");
    for path in example_paths() {
        let original = load_file(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let copy = dir.path().join(path.file_name().expect("name"));
        save_file(&original, &copy).expect("save");
        let reloaded = load_file(&copy).expect("reload");
        assert_eq!(original, reloaded, "{}", path.display());
        // Saving writes the same text the example holds, so files diff cleanly.
        let text = std::fs::read_to_string(&path).expect("read");
        let written = to_json(&original).expect("json");
        let first_difference = written.lines().zip(text.lines()).position(|(a, b)| a != b);
        assert!(
            written == text,
            "{} is not in canonical form; first difference at line {:?}",
            path.display(),
            first_difference.map(|i| i + 1)
        );
    }
}

#[test]
fn examples_cover_the_method() {
    for path in example_paths() {
        let s = load_str(&std::fs::read_to_string(&path).expect("read")).expect("valid");
        let name = path.display();
        assert!(
            (15..=40).contains(&s.actors.len()),
            "{name}: {} actors",
            s.actors.len()
        );
        for q in Quadrant::ALL {
            assert!(
                s.actors.iter().any(|a| a.position.quadrant() == Some(q)),
                "{name}: empty {q:?}"
            );
        }
        assert_eq!(
            s.actors.iter().filter(|a| a.is_us).count(),
            1,
            "{name}: one us"
        );
        assert!(
            s.actors.iter().any(|a| a.parent.is_some()),
            "{name}: sub-groups"
        );
        for kind in RelationshipKind::ALL {
            assert!(
                s.relationships.iter().any(|r| r.kind == kind),
                "{name}: {kind:?}"
            );
        }
        assert!(
            !s.campaign.theory_of_change.is_empty(),
            "{name}: theory of change"
        );
        assert!(
            s.actors.iter().filter(|a| a.spectrum.is_some()).count() >= 15,
            "{name}: on the spectrum"
        );
        assert!(
            s.actors.iter().any(|a| a.spectrum.is_none()),
            "{name}: someone waits in the tray"
        );
        assert!(
            s.actors.iter().any(|a| a.next_action),
            "{name}: targets of the next action"
        );
        assert!(
            s.actors.iter().any(|a| a.target_slice.is_some()),
            "{name}: an explicit aim"
        );
        assert!(s.rounds.len() >= 2, "{name}: at least two rounds");
        assert!(
            !s.movements_since(&s.rounds[0]).is_empty(),
            "{name}: someone moved since the first round"
        );
        assert!(!s.reflection.is_empty(), "{name}: planning answers");
        assert!(
            !s.reachable_from_us().is_empty(),
            "{name}: someone we can reach"
        );
    }
}
