//! The command's exit statuses, in one place: the code exits with these, and the man page's
//! EXIT STATUS section and README's list are made from or checked against them.

use std::process::ExitCode;

/// What an exit status tells a script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// Everything asked for was done (also after `--help` and `--version`).
    Done,
    /// Nothing was done: a file was refused, nothing was written, or no window could open.
    Failed,
    /// The arguments were not understood; nothing was read or written.
    BadArguments,
    /// `import` wrote the session, but some rows were not taken as the file asked.
    ImportedWithProblems,
}

impl Exit {
    /// Every status, in the order the man page and README list them.
    pub const ALL: [Self; 4] = [
        Self::Done,
        Self::Failed,
        Self::BadArguments,
        Self::ImportedWithProblems,
    ];

    /// The number the process exits with.
    pub const fn code(self) -> u8 {
        match self {
            Self::Done => 0,
            Self::Failed => 1,
            Self::BadArguments => 2,
            Self::ImportedWithProblems => 3,
        }
    }

    /// The message id of what the status means, for the man page.
    pub const fn meaning_id(self) -> &'static str {
        match self {
            Self::Done => "cli-exit-done",
            Self::Failed => "cli-exit-failed",
            Self::BadArguments => "cli-exit-bad-arguments",
            Self::ImportedWithProblems => "cli-exit-imported-with-problems",
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> Self {
        Self::from(exit.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_codes_are_the_conventional_ones_and_distinct() {
        let codes: Vec<u8> = Exit::ALL.iter().map(|e| e.code()).collect();
        assert_eq!(codes, [0, 1, 2, 3]);
        assert_eq!(ExitCode::from(Exit::Done), ExitCode::SUCCESS);
        assert_eq!(ExitCode::from(Exit::Failed), ExitCode::FAILURE);
    }
}
