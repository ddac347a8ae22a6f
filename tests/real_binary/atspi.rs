//! The accessibility tree of a running app, read over AT-SPI by `atspi.py` as a screen reader
//! reads it.

use crate::desktop::{Desktop, PACKAGES, wait_for};
use std::path::Path;
use std::process::Output;
use std::time::Duration;

/// The reader, run with the system Python, which holds Debian's `gi` bindings.
const SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/real_binary/atspi.py");
const PYTHON: &str = "/usr/bin/python3";

/// One node of the tree.
#[derive(Debug, Clone)]
pub struct Node {
    /// The AT-SPI role name ("push button", "entry", ...).
    pub role: String,
    /// The accessible name.
    pub name: String,
    /// The actions a screen reader may run ("click").
    pub actions: Vec<String>,
    /// AT-SPI state names ("selected", "focused", ...).
    pub states: Vec<String>,
    /// Where it is on the screen: x, y, width, height.
    pub bounds: [i32; 4],
    /// The text of a text field.
    pub text: String,
}

impl Node {
    /// Whether the node has the AT-SPI state `state`.
    pub fn has_state(&self, state: &str) -> bool {
        self.states.iter().any(|s| s == state)
    }

    /// The middle of the node on the screen.
    pub fn center(&self) -> (i32, i32) {
        let [x, y, w, h] = self.bounds;
        (x + w / 2, y + h / 2)
    }

    fn parse(line: &str) -> Option<Self> {
        let fields: Vec<&str> = line.split('\t').collect();
        let [_app, _depth, role, name, actions, states, x, y, w, h, text] = fields[..] else {
            return None;
        };
        let list = |s: &str| {
            s.split(',')
                .filter(|a| !a.is_empty())
                .map(str::to_owned)
                .collect()
        };
        Some(Self {
            role: role.to_owned(),
            name: name.to_owned(),
            actions: list(actions),
            states: list(states),
            bounds: [x, y, w, h].map(|v| v.parse().unwrap_or(-1)),
            text: text.to_owned(),
        })
    }
}

/// Say a screen reader is listening, as Orca does when it starts.
pub fn enable(desktop: &Desktop) {
    let output = run(desktop, &["enable"]);
    assert!(
        output.status.success(),
        "could not switch accessibility on: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Every node of every application on the accessibility bus.
pub fn read_tree(desktop: &Desktop) -> Vec<Node> {
    let output = run(desktop, &["tree"]);
    assert!(
        output.status.success(),
        "reading the tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(Node::parse)
        .collect()
}

/// Run the click action of the node named `name`, as a screen reader does.
pub fn click(desktop: &Desktop, name: &str) {
    let output = run(desktop, &["click", name]);
    assert!(
        output.status.success(),
        "the click failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Wait until the tree has a node with `role` and `name` for which `ready` holds (`what` says
/// what that means, for the failure message); that node.
pub fn wait_for_node(
    desktop: &Desktop,
    (role, name): (&str, &str),
    what: &str,
    limit: Duration,
    ready: impl Fn(&Node) -> bool,
) -> Node {
    wait_for(limit, || {
        let tree = read_tree(desktop);
        match tree.iter().find(|n| n.role == role && n.name == name) {
            Some(node) if ready(node) => Ok(node.clone()),
            Some(node) => Err(format!("{name:?} is not {what}: {node:?}")),
            None => Err(format!(
                "no {role} named {name:?} among {} nodes",
                tree.len()
            )),
        }
    })
}

fn run(desktop: &Desktop, args: &[&str]) -> Output {
    assert!(
        Path::new(PYTHON).is_file(),
        "{PYTHON} is missing; the real-binary tests need: apt-get install -y {PACKAGES}"
    );
    let mut all = vec![SCRIPT];
    all.extend_from_slice(args);
    let output = desktop.run(PYTHON, &all);
    assert!(
        output.status.code() != Some(3),
        "the AT-SPI bindings are missing; the real-binary tests need: apt-get install -y {PACKAGES}"
    );
    output
}
