//! Placement rounds as a file holds them: refused when they could not have come from a room
//! (two answers of one person for one actor, a person the round did not count, an actor the
//! round did not ask about, a round id used twice), and repaired by keeping what a room would
//! have kept.

use super::error::LoadError;
use crate::model::Session;
use crate::words::ui;
use std::collections::HashSet;

/// The first fault in the session's placement rounds, with its path.
pub(super) fn check_placement_rounds(session: &Session) -> Result<(), LoadError> {
    let mut round_ids = HashSet::new();
    for (r, round) in session.placement_rounds.iter().enumerate() {
        if !round_ids.insert(round.id.as_str()) {
            return Err(invalid(
                format!("placement_rounds[{r}].id"),
                ui().with("load-invalid-placement-id-twice", &[("id", &round.id)]),
            ));
        }
        let asked: HashSet<_> = round.actors.iter().collect();
        let mut answered = HashSet::new();
        for (i, answer) in round.answers.iter().enumerate() {
            let at = |field: &str| format!("placement_rounds[{r}].answers[{i}].{field}");
            let number = answer.participant.to_string();
            if answer.participant == 0 || answer.participant > round.participants {
                return Err(invalid(
                    at("participant"),
                    ui().with(
                        "load-invalid-participant",
                        &[
                            ("number", &number),
                            ("count", &round.participants.to_string()),
                        ],
                    ),
                ));
            }
            if !asked.contains(&answer.actor) {
                return Err(invalid(
                    at("actor"),
                    ui().with(
                        "load-invalid-answer-actor",
                        &[("id", &answer.actor.to_string())],
                    ),
                ));
            }
            if !answered.insert((answer.participant, &answer.actor)) {
                return Err(invalid(
                    at("actor"),
                    ui().with(
                        "load-invalid-answer-twice",
                        &[("number", &number), ("id", &answer.actor.to_string())],
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Repair what [`check_placement_rounds`] refuses, quietly: for a session made by merging
/// peers' edits, where nobody is told about each repair but the result must load.
pub fn repair_placement_rounds(session: &mut Session) {
    fix_placement_rounds(session, &mut Vec::new());
}

/// Repair what [`check_placement_rounds`] refuses, one line per round changed: a person's
/// last answer for an actor is kept (a room keeps the newer one), answers about actors the
/// round did not ask about are dropped, the count of people covers every number that
/// answered, and a round id used twice gets a fresh one.
pub(super) fn fix_placement_rounds(session: &mut Session, changes: &mut Vec<String>) {
    let mut round_ids = HashSet::new();
    for round in &mut session.placement_rounds {
        if !round_ids.insert(round.id.clone()) {
            let fresh = crate::model::ActorId::fresh().0;
            changes.push(ui().with(
                "repair-placement-id-shared",
                &[("old", &round.id), ("new", &fresh)],
            ));
            round.id.clone_from(&fresh);
            round_ids.insert(fresh);
        }
        let asked: HashSet<_> = round.actors.iter().cloned().collect();
        let before = round.answers.len();
        let mut seen = HashSet::new();
        // Walking from the end keeps each person's last answer for each actor.
        let mut kept: Vec<_> = round
            .answers
            .drain(..)
            .rev()
            .filter(|a| a.participant > 0 && asked.contains(&a.actor))
            .filter(|a| seen.insert((a.participant, a.actor.clone())))
            .collect();
        kept.reverse();
        round.answers = kept;
        let dropped = before - round.answers.len();
        if dropped > 0 {
            changes.push(ui().counted_with(
                "repair-placement-answers-dropped",
                dropped,
                &[("round", &round.opened)],
            ));
        }
        let highest = round.answers.iter().map(|a| a.participant).max();
        if let Some(highest) = highest.filter(|&h| h > round.participants) {
            changes.push(ui().with(
                "repair-placement-participants",
                &[
                    ("round", &round.opened),
                    ("old", &round.participants.to_string()),
                    ("new", &highest.to_string()),
                ],
            ));
            round.participants = highest;
        }
    }
}

fn invalid(path: String, reason: String) -> LoadError {
    LoadError::Invalid { path, reason }
}

#[cfg(test)]
mod tests {
    use crate::storage::{load_str, repair_str};

    /// A round as a damaged file holds it: person 2 answered the mayor twice, person 3 was
    /// not counted, and an answer names an actor the round did not ask about.
    const DAMAGED: &str = r#"{"format": "powermap-session", "version": 3,
        "actors": [{"id": "m", "name": "Mayor", "support": 0.1, "influence": 0.5},
                   {"id": "p", "name": "Press", "support": 0.1, "influence": 0.5}],
        "relationships": [],
        "placement_rounds": [{"id": "r", "opened": "2026-11-30T10:00:00Z", "actors": ["m"],
          "participants": 2, "answers": [
            {"participant": 1, "actor": "m", "support": 0.5, "influence": 0.5},
            {"participant": 2, "actor": "m", "support": 0.1, "influence": 0.2},
            {"participant": 2, "actor": "m", "support": -0.3, "influence": 0.9},
            {"participant": 3, "actor": "m", "dont_know": true},
            {"participant": 1, "actor": "p", "support": 0.0, "influence": 0.1}
          ]}]}"#;

    fn refusal(text: &str) -> String {
        match load_str(text) {
            Err(e) => e.to_string(),
            Ok(_) => panic!("the file loads"),
        }
    }

    #[test]
    fn each_fault_is_refused_with_its_path() {
        let twice = refusal(DAMAGED);
        assert!(
            twice.contains("placement_rounds[0].answers[2].actor"),
            "{twice}"
        );
        assert!(twice.contains("twice"), "{twice}");
        let uncounted = DAMAGED.replace(
            r#"{"participant": 2, "actor": "m", "support": 0.1, "influence": 0.2},"#,
            "",
        );
        let uncounted = refusal(&uncounted);
        assert!(uncounted.contains("answers[2].participant"), "{uncounted}");
        let unasked = DAMAGED
            .replace(r#""participants": 2"#, r#""participants": 9"#)
            .replace(
                r#"{"participant": 2, "actor": "m", "support": 0.1, "influence": 0.2},"#,
                "",
            );
        let unasked = refusal(&unasked);
        assert!(unasked.contains("answers[3].actor"), "{unasked}");
        let zero = DAMAGED.replace(
            r#""participant": 1, "actor": "m""#,
            r#""participant": 0, "actor": "m""#,
        );
        let zero = refusal(&zero);
        assert!(zero.contains("answers[0].participant"), "{zero}");
    }

    #[test]
    fn repair_keeps_the_last_answer_and_counts_everyone() {
        let repaired = repair_str(DAMAGED).expect("repairable");
        let round = &repaired.session.placement_rounds[0];
        assert_eq!(round.participants, 3);
        assert_eq!(round.answers.len(), 3, "{:?}", round.answers);
        let second = round
            .answers
            .iter()
            .find(|a| a.participant == 2)
            .and_then(|a| a.position)
            .expect("person 2's place");
        assert!(
            (second.support + 0.3).abs() < 1e-6,
            "the later answer is kept"
        );
        assert_eq!(repaired.changes.len(), 2, "{:?}", repaired.changes);
        let doubled = DAMAGED.replace(
            r#""placement_rounds": [{"#,
            r#""placement_rounds": [{"id": "r", "opened": "x", "actors": []}, {"#,
        );
        assert!(refusal(&doubled).contains("placement_rounds[1].id"));
        let repaired = repair_str(&doubled).expect("repairable");
        assert_ne!(
            repaired.session.placement_rounds[0].id,
            repaired.session.placement_rounds[1].id
        );
    }
}
