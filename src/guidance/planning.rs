//! The planning questions and the brainstorm prompts, in our own words.

/// One of the four reflection questions, with the key its answer is stored under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Which answer field of `Reflection` holds the answer.
    pub key: &'static str,
    /// The question as the room reads it.
    pub text: &'static str,
}

/// The four reflection questions of the planning discussion.
pub const REFLECTION_QUESTIONS: [Question; 4] = [
    Question {
        key: "targets",
        text: "Whom do we target with our next action?",
    },
    Question {
        key: "resources",
        text: "What will it take to move them one step toward us?",
    },
    Question {
        key: "interests",
        text: "Which actions speak to their interests, needs and culture?",
    },
    Question {
        key: "risks",
        text: "Which actions could drive us apart?",
    },
];

/// The brainstorm prompts that help a room name every actor.
pub const BRAINSTORM_PROMPTS: [&str; 5] = [
    "Who is affected by the problem?",
    "Who can change the situation, for better or worse?",
    "Who takes the decisions that matter here?",
    "Who has the money, skills or reach to carry out a solution?",
    "Who is tied to whom: through work, politics, family, faith or neighbourhood?",
];
