//! The example sessions bundled into the binary, so a new user can open one anywhere.

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

/// The examples, as shipped in `examples/`.
pub const EXAMPLES: [Example; 3] = [
    Example {
        title: "Every resident votes",
        blurb: "A city campaign for migrants' right to vote in local elections.",
        json: include_str!("../../examples/migrant-voting-rights.json"),
    },
    Example {
        title: "Fund the public university",
        blurb: "A student movement against cuts to university funding.",
        json: include_str!("../../examples/university-funding.json"),
    },
    Example {
        title: "A clean river",
        blurb: "A local campaign to stop a factory polluting a river.",
        json: include_str!("../../examples/river-cleanup.json"),
    },
];
