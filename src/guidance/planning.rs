//! The planning questions and the brainstorm prompts, in a session's language.

use crate::words::Words;

/// One of the four reflection questions, with the key its answer is stored under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Which answer field of `Reflection` holds the answer.
    pub key: &'static str,
    /// The question as the room reads it.
    pub text: &'static str,
}

/// The four reflection questions of the planning discussion, in `words`' language.
pub fn reflection_questions(words: &'static Words) -> [Question; 4] {
    [
        ("targets", "question-targets"),
        ("resources", "question-resources"),
        ("interests", "question-interests"),
        ("risks", "question-risks"),
    ]
    .map(|(key, id)| Question {
        key,
        text: words.get(id),
    })
}

/// The brainstorm prompts that help a room name every actor, in `words`' language.
pub fn brainstorm_prompts(words: &'static Words) -> [&'static str; 5] {
    [
        "prompt-affected",
        "prompt-can-change",
        "prompt-decides",
        "prompt-resources",
        "prompt-ties",
    ]
    .map(|id| words.get(id))
}
