//! The shipped binary imports a spreadsheet as a French Excel user saves it (Windows-1252,
//! `;`, decimal commas): through File > Import in the real window, driven by the keyboard and
//! a screen reader's clicks, and saved. Accents must arrive intact in the saved map.

use crate::atspi::{self, Node};
use crate::desktop::{Desktop, START_TIMEOUT, wait_for};
use std::path::Path;
use std::time::Duration;

/// How long one step of the dialog may take to show its effect.
const STEP_TIMEOUT: Duration = Duration::from_secs(20);

/// The file field of the import dialog.
const FILE_FIELD: &str = "File to bring in";

fn actor_names(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).expect("the saved map");
    let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    value["actors"]
        .as_array()
        .expect("actors")
        .iter()
        .filter_map(|a| a["name"].as_str().map(str::to_owned))
        .collect()
}

/// The first node whose name starts with `start`, once there is one.
fn node_starting(desktop: &Desktop, start: &str) -> Node {
    wait_for(STEP_TIMEOUT, || {
        atspi::read_tree(desktop)
            .into_iter()
            .find(|n| n.name.starts_with(start))
            .ok_or_else(|| format!("no node starting {start:?} yet"))
    })
}

#[test]
fn a_windows_1252_csv_from_excel_imports_through_the_dialog_with_its_accents() {
    let desktop = Desktop::start();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let map = desktop.home().join("map.json");
    std::fs::copy(root.join("examples/river-cleanup.json"), &map).expect("a copy");
    // A path xdotool can type: no letters beyond ASCII in it.
    let sheet = desktop.home().join("acteurs.csv");
    std::fs::copy(
        root.join("tests/fixtures/import/world/excel-fr-semicolon.csv"),
        &sheet,
    )
    .expect("a copy of the sheet");
    atspi::enable(&desktop);
    let app = desktop.launch(&map);
    atspi::wait_for_node(
        &desktop,
        ("entry", "Add an actor"),
        "on screen",
        START_TIMEOUT,
        |_| true,
    );

    desktop.keys(&app, &["ctrl+i"]);
    atspi::wait_for_node(
        &desktop,
        ("entry", FILE_FIELD),
        "focused",
        STEP_TIMEOUT,
        |n| n.has_state("focused"),
    );
    desktop.type_text(&app, sheet.to_str().expect("an ASCII path"));
    desktop.keys(&app, &["Return"]);
    // The mapping step says how the file was read, and previews names with their accents.
    node_starting(&desktop, "(guessed from its bytes)");
    node_starting(&desktop, "Préfecture de la Loire · ");
    atspi::click(&desktop, "Next: what will change");
    node_starting(&desktop, "12 new actors");
    atspi::click(&desktop, "Import");
    node_starting(&desktop, "Imported: 12 new actors");
    desktop.keys(&app, &["ctrl+s"]);
    wait_for(STEP_TIMEOUT, || {
        app.assert_running();
        let names = actor_names(&map);
        let wanted = [
            "Préfecture de la Loire",
            "L’Hôpital Nord",
            "Collectif Œuvre Solidaire",
        ];
        match wanted.iter().find(|w| !names.iter().any(|n| n == *w)) {
            None => Ok(()),
            Some(missing) => Err(format!("the saved map has no {missing:?} yet")),
        }
    });
    drop(app);
}
