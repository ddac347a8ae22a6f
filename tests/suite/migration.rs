//! Files written by earlier versions open with nothing lost and are saved in the current one.

use powermap::model::{Alliance, Partnering, Session};
use powermap::storage::{CURRENT_VERSION, load_file, to_json};
use std::path::Path;

fn load(relative: &str) -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    match load_file(&path) {
        Ok(session) => session,
        Err(e) => panic!("{relative} did not load: {e}"),
    }
}

/// The example as it was written in version 2 holds the same map as today's example, which
/// only adds the alliance plan and a kept placement round: stripping those from today's must give the old file back.
#[test]
fn a_version_2_session_opens_whole_and_is_saved_as_the_current_version() {
    let old = load("tests/fixtures/migrant-voting-rights-v2.json");
    assert!(old.alliance.is_empty());
    assert!(old.actors.iter().all(|a| a.partner.is_empty()));
    let mut now = load("examples/migrant-voting-rights.json");
    assert!(
        !now.alliance.is_empty(),
        "the example shows the alliance plan"
    );
    now.alliance = Alliance::default();
    now.placement_rounds.clear();
    for actor in &mut now.actors {
        actor.partner = Partnering::default();
    }
    assert_eq!(old, now);
    let saved = to_json(&old).unwrap_or_default();
    assert!(saved.contains(&format!("\"version\": {CURRENT_VERSION}")));
    assert_eq!(CURRENT_VERSION, 3);
}
