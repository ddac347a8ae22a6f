//! The shipped binary speaks to screen readers: read over AT-SPI as Orca reads it, its tree
//! holds the menus, the quick-add field, the tabs and every actor of an example, and a screen
//! reader's click on an actor selects it. (kittest builds eframe with its own features, so
//! only the real binary shows whether the app reaches the accessibility bus at all.)

use crate::atspi::{self, Node};
use crate::desktop::{Desktop, wait_for};
use powermap::app::ViewMode;
use std::path::Path;
use std::time::Duration;

/// How long the tree may take to reach the registry once the window is up.
const TREE_TIMEOUT: Duration = Duration::from_secs(60);

const BUTTON: &[&str] = &["push button", "toggle button"];
const ENTRY: &[&str] = &["entry"];

/// What a screen reader must find: (roles it may have, name).
fn expected_nodes(actors: &[String]) -> Vec<(&'static [&'static str], String)> {
    let mut expected: Vec<(&[&str], String)> = ["File", "Edit", "View", "Workshop"]
        .into_iter()
        .map(|menu| (BUTTON, menu.to_owned()))
        .collect();
    expected.push((ENTRY, "Add an actor".to_owned()));
    for tab in ["Actors", "Campaign", "Plan"] {
        expected.push((BUTTON, tab.to_owned()));
    }
    for mode in ViewMode::ALL {
        expected.push((BUTTON, mode.label().to_owned()));
    }
    for actor in actors {
        expected.push((BUTTON, format!("{actor} on the map")));
    }
    expected
}

/// The expected nodes the tree lacks.
fn missing(tree: &[Node], expected: &[(&[&str], String)]) -> Vec<String> {
    expected
        .iter()
        .filter(|(roles, name)| {
            !tree
                .iter()
                .any(|node| &node.name == name && roles.contains(&node.role.as_str()))
        })
        .map(|(roles, name)| format!("{name} ({})", roles.join(" or ")))
        .collect()
}

fn actor_names(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).expect("the example");
    let session: serde_json::Value = serde_json::from_str(&text).expect("the example is JSON");
    session["actors"]
        .as_array()
        .expect("the example has actors")
        .iter()
        .map(|actor| actor["name"].as_str().expect("a name").to_owned())
        .collect()
}

#[test]
fn screen_reader_reaches_menus_fields_tabs_and_every_actor() {
    let desktop = Desktop::start();
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/migrant-voting-rights.json");
    let map = desktop.home().join("map.json");
    std::fs::copy(&example, &map).expect("a copy of the example");
    let actors = actor_names(&map);
    assert_eq!(actors.len(), 28, "the example changed; update this test");
    let expected = expected_nodes(&actors);

    atspi::enable(&desktop);
    let app = desktop.launch(&map);
    let tree = wait_for(TREE_TIMEOUT, || {
        app.assert_running();
        let tree = atspi::read_tree(&desktop);
        let lacking = missing(&tree, &expected);
        if lacking.is_empty() {
            Ok(tree)
        } else {
            Err(format!(
                "the accessibility tree has {} nodes and lacks {} of the {} expected: {}",
                tree.len(),
                lacking.len(),
                expected.len(),
                lacking.join("; ")
            ))
        }
    });

    // Every actor on the map can be clicked by a screen reader.
    for actor in &actors {
        let name = format!("{actor} on the map");
        let node = tree.iter().find(|n| n.name == name).expect("found above");
        assert!(node.actions.iter().any(|a| a == "click"), "{node:?}");
    }

    // A screen reader's click on an actor that is not selected selects it.
    let target = format!("{} on the map", actors[2]);
    let before = tree.iter().find(|n| n.name == target).expect("found above");
    assert!(
        !before.has_state("selected"),
        "selected before the click: {before:?}"
    );
    atspi::click(&desktop, &target);
    atspi::wait_for_node(
        &desktop,
        ("push button", &target),
        "selected after the click",
        Duration::from_secs(20),
        |node| node.has_state("selected"),
    );
    drop(app);
}
