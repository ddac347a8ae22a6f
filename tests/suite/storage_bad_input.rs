//! Every class of bad session file is refused with a clear reason, never a panic.

use powermap::storage::{
    CURRENT_VERSION, LoadError, MAX_FILE_BYTES, load_bytes, load_file, load_str,
};

const MINIMAL: &str = include_str!("../fixtures/minimal-v1.json");

fn refuse(text: &str) -> LoadError {
    match load_str(text) {
        Ok(_) => panic!("accepted bad input: {text:.200}"),
        Err(error) => error,
    }
}

/// The minimal fixture with one substring replaced, to make a targeted mistake.
fn minimal_with(from: &str, to: &str) -> String {
    assert!(MINIMAL.contains(from), "fixture lacks {from}");
    MINIMAL.replacen(from, to, 1)
}

#[test]
fn the_minimal_fixture_loads() {
    let session = load_str(MINIMAL).expect("valid");
    assert_eq!(session.actors.len(), 2);
    assert_eq!(session.relationships.len(), 1);
}

#[test]
fn empty_files_are_refused() {
    assert!(matches!(refuse(""), LoadError::Empty));
    assert!(matches!(refuse("  \n\t "), LoadError::Empty));
}

#[test]
fn truncated_files_say_so_with_where() {
    let cut = &MINIMAL[..MINIMAL.len() / 2];
    let error = refuse(cut);
    assert!(
        matches!(error, LoadError::Truncated { line, .. } if line > 1),
        "{error}"
    );
    assert!(error.to_string().contains("cut off"));
}

#[test]
fn broken_json_names_line_and_column() {
    let error = refuse("{\n  \"format\": \"powermap-session\",\n  \"version\": 1,\n  oops\n}");
    assert!(
        matches!(
            error,
            LoadError::Syntax {
                line: 4,
                column: 3,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(error.to_string().contains("line 4, column 3"));
}

#[test]
fn non_utf8_is_refused_with_position() {
    let mut bytes = b"{\n  \"format\": \"powermap-".to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe]);
    let error = load_bytes(&bytes).expect_err("not text");
    assert!(
        matches!(
            error,
            LoadError::NotText {
                line: 2,
                column: 23
            }
        ),
        "{error:?}"
    );
}

#[test]
fn wrong_top_level_types_are_refused() {
    for (text, found) in [
        ("[1, 2]", "a list"),
        ("42", "a number"),
        ("\"hi\"", "a piece of text"),
        ("null", "null"),
    ] {
        let error = refuse(text);
        assert!(
            matches!(error, LoadError::NotAnObject { found: f } if f == found),
            "{text}: {error}"
        );
    }
}

#[test]
fn missing_or_wrong_format_names_are_refused() {
    assert!(matches!(
        refuse(&minimal_with("\"format\": \"powermap-session\",", "")),
        LoadError::WrongFormat(_)
    ));
    let error = refuse(&minimal_with("powermap-session", "kumu-project"));
    assert!(error.to_string().contains("kumu-project"), "{error}");
}

#[test]
fn wrong_field_types_name_the_field() {
    let error = refuse(&minimal_with("\"support\": -0.2", "\"support\": \"very\""));
    assert!(
        matches!(&error, LoadError::Field { path, .. } if path == "actors[1].support"),
        "{error:?}"
    );
    let error = refuse(
        &minimal_with("\"actors\": [", "\"actors\": {\"x\": [").replacen(
            "\n  ],\n  \"relationships\"",
            "\n  ]},\n  \"relationships\"",
            1,
        ),
    );
    assert!(
        matches!(&error, LoadError::Field { path, .. } if path == "actors"),
        "{error:?}"
    );
    let error = refuse(&minimal_with(
        "\"kind\": \"conflicting\"",
        "\"kind\": \"friendly\"",
    ));
    assert!(
        error.to_string().contains("relationships[0].kind"),
        "{error}"
    );
    let error = refuse(&minimal_with("\"name\": \"Mayor\",", ""));
    assert!(error.to_string().contains("name"), "{error}");
}

#[test]
fn out_of_range_and_non_finite_numbers_are_refused() {
    let error = refuse(&minimal_with("\"support\": -0.2", "\"support\": -1.5"));
    assert!(
        matches!(&error, LoadError::Invalid { path, .. } if path == "actors[1].support"),
        "{error:?}"
    );
    let error = refuse(&minimal_with("\"influence\": 0.9", "\"influence\": 1e39"));
    assert!(error.to_string().contains("too large"), "{error}");
    let error = refuse(&minimal_with("\"influence\": 0.9", "\"influence\": 1e400"));
    assert!(matches!(error, LoadError::Syntax { .. }), "{error:?}");
    let error = refuse(&minimal_with("\"version\": 1", "\"version\": -1"));
    assert!(matches!(error, LoadError::BadVersion(_)), "{error:?}");
}

#[test]
fn duplicate_ids_are_refused() {
    let error = refuse(&minimal_with("\"id\": \"mayor\"", "\"id\": \"us\""));
    assert!(error.to_string().contains("used by two actors"), "{error}");
}

#[test]
fn relationships_to_missing_actors_are_refused() {
    let error = refuse(&minimal_with("\"to\": \"mayor\"", "\"to\": \"governor\""));
    assert!(
        matches!(&error, LoadError::Invalid { path, .. } if path == "relationships[0].to"),
        "{error:?}"
    );
    assert!(error.to_string().contains("governor"));
    let error = refuse(&minimal_with("\"to\": \"mayor\"", "\"to\": \"us\""));
    assert!(
        error.to_string().contains("two different actors"),
        "{error}"
    );
}

#[test]
fn parents_must_exist() {
    let error = refuse(&minimal_with(
        "\"name\": \"Mayor\",",
        "\"name\": \"Mayor\", \"parent\": \"council\",",
    ));
    assert!(error.to_string().contains("council"), "{error}");
}

#[test]
fn newer_versions_are_refused_naming_both() {
    let error = refuse(&minimal_with("\"version\": 1", "\"version\": 99"));
    assert!(matches!(
        error,
        LoadError::TooNew {
            file: 99,
            supported: CURRENT_VERSION
        }
    ));
    let text = error.to_string();
    assert!(
        text.contains("99") && text.contains(&CURRENT_VERSION.to_string()),
        "{text}"
    );
}

#[test]
fn absurdly_large_files_are_refused_before_reading() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.json");
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(MAX_FILE_BYTES + 1).expect("sparse file");
    let error = load_file(&path).expect_err("too large");
    assert!(matches!(error, LoadError::TooLarge { .. }), "{error:?}");
}

#[test]
fn deeply_nested_input_is_refused() {
    let deep = format!(
        "{{\"format\": {}1{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert!(matches!(refuse(&deep), LoadError::TooDeep { line: 1, .. }));
}

#[test]
fn missing_files_say_which() {
    let error =
        load_file(std::path::Path::new("/nonexistent/powermap/x.json")).expect_err("missing");
    assert!(error.to_string().contains("/nonexistent/powermap/x.json"));
}

#[test]
fn version_1_files_migrate_to_the_current_version() {
    let session = load_str(MINIMAL).expect("a version-1 file loads");
    assert!(session.rounds.is_empty() && session.reflection.is_empty());
    assert!(
        session.actors.iter().all(|a| a.spectrum.is_none()),
        "v1 actors wait in the tray"
    );
    let text = powermap::storage::to_json(&session).expect("json");
    assert!(text.contains(&format!("\"version\": {CURRENT_VERSION}")));
    assert_eq!(load_str(&text).expect("reloads"), session);
}

#[test]
fn unknown_fields_are_kept_on_save() {
    let text = minimal_with(
        "\"date\": \"2026-01-01\",",
        "\"date\": \"2026-01-01\", \"sponsor\": \"Fund X\",",
    )
    .replacen(
        "\"name\": \"Mayor\",",
        "\"name\": \"Mayor\", \"twitter\": \"@mayor\", \"score\": {\"a\": 1},",
        1,
    )
    .replacen(
        "\"tie\": \"political\"",
        "\"tie\": \"political\", \"weight\": 3",
        1,
    )
    .replacen(
        "\"version\": 1,",
        "\"version\": 1, \"generator\": \"other tool\",",
        1,
    );
    let session = load_str(&text).expect("loads");
    assert_eq!(session.unknown.count(), 5);
    let saved = powermap::storage::to_json(&session).expect("json");
    for kept in [
        "\"sponsor\": \"Fund X\"",
        "\"twitter\": \"@mayor\"",
        "\"weight\": 3",
        "\"generator\": \"other tool\"",
        "\"a\": 1",
    ] {
        assert!(saved.contains(kept), "{kept} lost:\n{saved}");
    }
    assert_eq!(
        load_str(&saved).expect("reloads"),
        session,
        "and they survive a second round trip"
    );
    assert!(
        saved.find("\"format\"") < saved.find("\"generator\""),
        "known fields first"
    );
}

#[test]
fn unknown_fields_in_rounds_reflection_and_theory_of_change_are_kept() {
    let text = include_str!("../../examples/river-cleanup.json")
        .replacen(
            "\"reflection\": {",
            "\"reflection\": { \"facilitator\": \"Ana\",",
            1,
        )
        .replacen(
            "\"id\": \"round-1\",",
            "\"id\": \"round-1\", \"weather\": \"rain\",",
            1,
        )
        .replacen(
            "\"id\": \"a-us\",\n          \"support\": 0.98,",
            "\"id\": \"a-us\", \"confidence\": 0.5,\n          \"support\": 0.98,",
            1,
        )
        .replacen("\"if_we\":", "\"evidence\": \"survey\", \"if_we\":", 1);
    let session = load_str(&text).expect("loads");
    assert_eq!(session.unknown.count(), 4, "each added field is found");
    let saved = powermap::storage::to_json(&session).expect("json");
    for kept in [
        "\"facilitator\": \"Ana\"",
        "\"weather\": \"rain\"",
        "\"confidence\": 0.5",
        "\"evidence\": \"survey\"",
    ] {
        assert!(saved.contains(kept), "{kept} lost");
    }
    assert_eq!(load_str(&saved).expect("reloads"), session);
}

/// Found by the fuzzer: a position recorded in a round, far out of range (1e59 becomes an
/// infinite f32), was accepted and then saved as `null`, a file that would not load back.
#[test]
fn rounds_with_positions_out_of_range_are_refused_and_repaired() {
    let text = include_str!("../../examples/river-cleanup.json").replacen(
        "\"id\": \"a-us\",\n          \"support\": 0.98,",
        "\"id\": \"a-us\",\n          \"support\": 1e59,",
        1,
    );
    let error = refuse(&text).to_string();
    assert!(error.contains("rounds[0].actors[0].support"), "{error}");
    let repaired = powermap::storage::repair_str(&text).expect("repairable");
    assert!(
        repaired
            .changes
            .iter()
            .any(|c| c.contains("recorded position")),
        "{:?}",
        repaired.changes
    );
    let saved = powermap::storage::to_json(&repaired.session).expect("json");
    assert_eq!(load_str(&saved).expect("loads back"), repaired.session);
}

/// A lone half of a character (`"\ud800"`) is refused in words, not the parser's.
#[test]
fn a_broken_unicode_escape_is_named_in_plain_words() {
    for (field, text) in [
        (
            "a known field",
            minimal_with("\"date\": \"2026-01-01\"", "\"date\": \"\\ud800\""),
        ),
        (
            "an unknown field",
            minimal_with("\"version\": 1,", "\"version\": 1, \"later\": \"\\ud800\","),
        ),
        (
            "a current file",
            minimal_with("\"version\": 1,", "\"version\": 2,").replacen(
                "\"date\": \"2026-01-01\"",
                "\"date\": \"\\ud800x\"",
                1,
            ),
        ),
    ] {
        let message = refuse(&text).to_string();
        assert!(
            message.contains("\\u escape") && message.contains("half of a character"),
            "{field}: {message}"
        );
        assert!(!message.contains("hex escape"), "{field}: {message}");
    }
}

/// A session whose unknown fields hold millions of values: kept as a JSON tree they cost a
/// hundred bytes a value (6 GB for a 64 MiB file); now refused past the limit, quickly.
#[test]
fn unknown_fields_past_the_limit_are_refused_and_within_it_kept() {
    let current = minimal_with(
        "\"version\": 1,",
        &format!("\"version\": {CURRENT_VERSION},"),
    );
    let with_unknown = |values: usize| {
        current.replacen(
            "\"campaign\":",
            &format!(
                "\"later\": [{}], \"campaign\":",
                vec!["0"; values].join(",")
            ),
            1,
        )
    };
    let error = refuse(&with_unknown(1_500_000));
    assert!(
        matches!(&error, LoadError::TooMuchUnknown { field, .. } if field == "later"),
        "{error:?}"
    );
    assert!(error.to_string().contains("newer powermap"), "{error}");
    let session = load_str(&with_unknown(100_000)).expect("within the limit");
    assert_eq!(
        session.unknown.top["later"].as_array().map(Vec::len),
        Some(100_000)
    );
}

/// Migrating reads an older file as a JSON tree; one with millions of values in a known
/// field is refused before that tree is built.
#[test]
fn an_older_file_too_large_to_convert_is_refused() {
    let text = minimal_with(
        "\"name\": \"Mayor\",",
        &format!(
            "\"name\": \"Mayor\", \"tags\": [{}],",
            vec!["0"; 6_000_000].join(",")
        ),
    );
    assert!(matches!(refuse(&text), LoadError::TooManyValues { .. }));
}

/// The file is read straight into the session's types, which refuse a known field given twice
/// (a JSON tree kept the last one silently).
#[test]
fn a_known_field_given_twice_is_named() {
    let current = format!("\"version\": {CURRENT_VERSION},");
    let text = minimal_with("\"version\": 1,", &current).replacen(
        "\"name\": \"Mayor\",",
        "\"name\": \"Mayor\", \"name\": \"Major\",",
        1,
    );
    let message = refuse(&text).to_string();
    assert!(message.contains("\"name\" is given twice"), "{message}");
}
