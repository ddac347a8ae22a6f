//! The example sessions bundled into the binary, so a new user can open one anywhere.

use crate::words;
use std::sync::LazyLock;

/// A bundled example session.
#[derive(Clone, Copy, Debug)]
pub struct Example {
    /// What the welcome screen calls it.
    pub title: &'static str,
    /// One line on what it shows.
    pub blurb: &'static str,
    /// The session file's text.
    pub json: &'static str,
}

/// The examples, as shipped in `examples/`, named in the interface's language. They are
/// named the first time they are asked for, which is after the program has set that language
/// (it is set once, when the program starts).
pub static EXAMPLES: LazyLock<[Example; 3]> = LazyLock::new(|| {
    let say = words::ui();
    [
        Example {
            title: say.get("example-residents-title"),
            blurb: say.get("example-residents-blurb"),
            json: include_str!("../../examples/migrant-voting-rights.json"),
        },
        Example {
            title: say.get("example-university-title"),
            blurb: say.get("example-university-blurb"),
            json: include_str!("../../examples/university-funding.json"),
        },
        Example {
            title: say.get("example-river-title"),
            blurb: say.get("example-river-blurb"),
            json: include_str!("../../examples/river-cleanup.json"),
        },
    ]
});
