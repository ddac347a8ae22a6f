//! Imports from the files other tools really write (tests/fixtures/import), CSV round trips,
//! re-imports and merges, and bad input. Counts are taken from the files themselves.

use powermap::cli::{ImportArgs, run_import};
use powermap::exchange::{
    ActorColumn, ImportError, Mapping, Notes, Scale, SourceFormat, actors_csv, import_file,
    import_tables, read_tables, relationships_csv,
};
use powermap::model::{Session, Slice, apply_merge, plan_merge};
use powermap::storage::{load_file, load_str, to_json};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(path)
}

/// A session must save and load back as `powermap check` would.
fn assert_valid(session: &Session) {
    let text = to_json(session).expect("saves");
    load_str(&text).expect("a valid session");
}

/// (actors, relationships) of a Kumu backup, counted from its JSON.
fn kumu_counts(path: &Path) -> (usize, usize) {
    let value: Value = serde_json::from_slice(&std::fs::read(path).expect("read")).expect("json");
    let elements = value["elements"].as_array().expect("elements");
    let ids: Vec<&str> = elements
        .iter()
        .map(|e| e["_id"].as_str().expect("id"))
        .collect();
    let connections = value["connections"]
        .as_array()
        .expect("connections")
        .iter()
        .filter(|c| {
            let (f, t) = (
                c["from"].as_str().unwrap_or(""),
                c["to"].as_str().unwrap_or(""),
            );
            f != t && ids.contains(&f) && ids.contains(&t)
        })
        .count();
    (elements.len(), connections)
}

/// (actors, relationships) of an Oligrapher map, counted from its JSON.
fn oligrapher_counts(path: &Path) -> (usize, usize) {
    let value: Value = serde_json::from_slice(&std::fs::read(path).expect("read")).expect("json");
    let graph = &value["graph"];
    (
        graph["nodes"].as_object().expect("nodes").len(),
        graph["edges"].as_object().expect("edges").len(),
    )
}

/// (rows with a name, rows with both ends) of a workbook's first two sheets, read with calamine
/// directly.
fn sheet_counts(path: &Path, name_header: &str, ends: (&str, &str)) -> (usize, usize) {
    use calamine::{Reader, open_workbook_auto};
    let mut workbook = open_workbook_auto(path).expect("workbook");
    let sheets = workbook.sheet_names();
    let count = |workbook: &mut calamine::Sheets<_>, sheet: &str, headers: &[&str]| {
        let range = workbook.worksheet_range(sheet).expect("sheet");
        let mut rows = range.rows();
        let header: Vec<String> = rows
            .next()
            .expect("header")
            .iter()
            .map(|c| c.to_string().trim().to_lowercase())
            .collect();
        let columns: Vec<usize> = headers
            .iter()
            .map(|h| header.iter().position(|x| x == h).expect("column"))
            .collect();
        rows.filter(|row| {
            columns
                .iter()
                .all(|&c| !row[c].to_string().trim().is_empty())
        })
        .count()
    };
    (
        count(&mut workbook, &sheets[0], &[name_header]),
        count(&mut workbook, &sheets[1], &[ends.0, ends.1]),
    )
}

#[test]
fn every_fixture_imports_with_the_counts_its_file_holds() {
    let cases: Vec<(&str, (usize, usize))> = vec![
        (
            "kumu/kumu-changelabs-template.json",
            kumu_counts(&fixture("kumu/kumu-changelabs-template.json")),
        ),
        (
            "kumu/kumu-omidyarnetwork-us-financial-inclusion-BACKUP.json",
            kumu_counts(&fixture(
                "kumu/kumu-omidyarnetwork-us-financial-inclusion-BACKUP.json",
            )),
        ),
        (
            "kumu/snap-to-tutorial-project.json",
            kumu_counts(&fixture("kumu/snap-to-tutorial-project.json")),
        ),
        (
            "oligrapher/exxon.json",
            oligrapher_counts(&fixture("oligrapher/exxon.json")),
        ),
        (
            "oligrapher/abortion-bans-corporations.json",
            oligrapher_counts(&fixture("oligrapher/abortion-bans-corporations.json")),
        ),
        (
            "kumu/paypal-mafia.xlsx",
            sheet_counts(&fixture("kumu/paypal-mafia.xlsx"), "label", ("from", "to")),
        ),
        (
            "kumu/snap-to-tutorial-data.xlsx",
            sheet_counts(
                &fixture("kumu/snap-to-tutorial-data.xlsx"),
                "label",
                ("from", "to"),
            ),
        ),
        (
            "onodo/onodo_template.xlsx",
            sheet_counts(
                &fixture("onodo/onodo_template.xlsx"),
                "name",
                ("source", "target"),
            ),
        ),
    ];
    for (name, (actors, relationships)) in cases {
        assert!(actors > 0, "{name}: the file holds actors");
        let (imported, _, _) =
            import_file(&fixture(name), None).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(imported.actors.len(), actors, "{name}: actors");
        assert_eq!(
            imported.relationships.len(),
            relationships,
            "{name}: relationships {:?}",
            imported.problems
        );
        // Network layouts are not support and influence: nothing arrives placed by guesswork.
        assert!(
            imported
                .actors
                .iter()
                .all(|a| a.parked && a.spectrum.is_none()),
            "{name}: all wait to be placed"
        );
        assert_valid(&imported.into_session());
    }
}

#[test]
fn fixtures_keep_descriptions_types_and_links_and_fetch_nothing() {
    let (imported, _, _) = import_file(&fixture("oligrapher/exxon.json"), None).expect("import");
    let exxon = imported
        .actors
        .iter()
        .find(|a| a.name == "ExxonMobil")
        .expect("exxon");
    assert!(exxon.notes.contains("Oil and gas"), "{}", exxon.notes);
    assert!(
        exxon
            .links
            .iter()
            .any(|l| l.starts_with("https://littlesis.org/images")),
        "{:?}",
        exxon.links
    );
    assert!(
        exxon
            .links
            .iter()
            .any(|l| l == "https://littlesis.org/org/2-ExxonMobil")
    );
    assert_eq!(imported.relationships[0].label, "Institutional investor");

    let (onodo, _, _) = import_file(
        &fixture("onodo/onodo_template.xlsx"),
        Some(SourceFormat::Onodo),
    )
    .expect("import");
    let anakin = onodo
        .actors
        .iter()
        .find(|a| a.name == "Anakin Skywalker")
        .expect("anakin");
    assert_eq!(anakin.category, "sith");
    assert!(
        anakin.notes.starts_with("Anakin Skywalker was"),
        "HTML is taken out: {}",
        anakin.notes
    );
    assert!(onodo.relationships.iter().any(|r| r.label == "father of"));

    let (kumu, _, _) =
        import_file(&fixture("kumu/kumu-changelabs-template.json"), None).expect("import");
    assert!(kumu.actors.iter().all(|a| a.id.0.starts_with("kumu-elem-")));
}

#[test]
fn a_column_such_as_kumus_influence_lands_on_the_influence_axis() {
    let path = fixture("kumu/paypal-mafia.xlsx");
    let tables = read_tables(&path, SourceFormat::Spreadsheet).expect("read");
    let sheet = &tables[0];
    let label = sheet.column("Label").expect("label");
    let mut mapping = Mapping::guess(&tables, "import-");
    // Kumu's "Influence" column holds words here ("High"): they land on the axis as guessed.
    let influence = sheet.column("Influence").expect("an Influence column");
    assert_eq!(mapping.actor_columns[influence], ActorColumn::Influence);
    let imported = import_tables(&tables, &mapping).expect("import");
    let high = sheet
        .rows
        .iter()
        .find(|r| r[influence].text() == "High")
        .map(|r| r[label].text())
        .expect("a row rated High");
    let actor = imported
        .actors
        .iter()
        .find(|a| a.name == high)
        .expect("actor");
    assert!((actor.position.influence - 0.8).abs() < 1e-6);
    assert!(actor.parked, "support is unknown, so the room places it");
    assert!(
        actor.notes.contains("Region:") || actor.notes.contains("Education:"),
        "other columns are kept in the notes"
    );

    // A numeric column chosen in the mapping step, on the scale the user picks.
    let worth = sheet
        .column("Net Worth (Billions)")
        .expect("a numeric column");
    mapping.actor_columns[influence] = ActorColumn::Other;
    mapping.actor_columns[worth] = ActorColumn::Influence;
    mapping.influence_scale = Scale::ZERO_TO_HUNDRED;
    let imported = import_tables(&tables, &mapping).expect("import");
    let row = sheet
        .rows
        .iter()
        .find(|r| r[worth].number().is_some())
        .expect("a number");
    let value = row[worth].number().expect("number");
    let actor = imported
        .actors
        .iter()
        .find(|a| a.name == row[label].text())
        .expect("actor");
    assert!((f64::from(actor.position.influence) - value / 100.0).abs() < 1e-4);
}

#[test]
fn csv_round_trip_keeps_actors_places_and_relationships() {
    let original =
        load_file(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/river-cleanup.json"))
            .expect("example");
    let dir = tempfile::tempdir().expect("dir");
    let actors = dir.path().join("actors.csv");
    let relations = dir.path().join("relations.csv");
    std::fs::write(&actors, actors_csv(&original, Notes::Written)).expect("write");
    std::fs::write(&relations, relationships_csv(&original)).expect("write");
    let out = dir.path().join("back.json");
    let report = run_import(&ImportArgs {
        file: actors,
        from: None,
        relations: Some(relations),
        sheet: None,
        relations_sheet: None,
        support_scale: None,
        influence_scale: None,
        columns: Vec::new(),
        header_row: None,
        encoding: None,
        into: None,
        unlocked: false,
        out: out.clone(),
    })
    .expect("imports");
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let back = load_file(&out).expect("valid");
    // The file's "us" is the new session's "us"; the others follow in the file's order.
    assert_eq!(back.actors.len(), original.actors.len());
    for a in &original.actors {
        let b = back
            .actors
            .iter()
            .find(|b| b.name == a.name)
            .expect("imported");
        assert_eq!(a.is_us, b.is_us, "{}", a.name);
        if a.is_us {
            continue;
        }
        assert_eq!(a.name, b.name);
        assert_eq!(a.kind, b.kind, "{}", a.name);
        assert_eq!(a.category, b.category, "{}", a.name);
        assert_eq!(a.tags, b.tags, "{}", a.name);
        assert_eq!(a.parked, b.parked, "{}", a.name);
        assert_eq!(
            a.spectrum.map(|s| s.slice),
            b.spectrum.map(|s| s.slice),
            "{}",
            a.name
        );
        if !a.parked {
            assert!(
                (a.position.support - b.position.support).abs() < 0.002,
                "{}",
                a.name
            );
            assert!(
                (a.position.influence - b.position.influence).abs() < 0.002,
                "{}",
                a.name
            );
        }
        assert_eq!(a.notes, b.notes, "{}", a.name);
    }
    assert_eq!(back.relationships.len(), original.relationships.len());
    let name = |s: &Session, id| s.actor(id).map(|a| a.name.clone()).expect("end");
    for (a, b) in original.relationships.iter().zip(&back.relationships) {
        assert_eq!(name(&original, &a.from), name(&back, &b.from));
        assert_eq!(name(&original, &a.to), name(&back, &b.to));
        assert_eq!((a.kind, a.tie, &a.label), (b.kind, b.tie, &b.label));
    }
}

#[test]
fn importing_the_same_file_again_adds_nothing() {
    let path = fixture("kumu/kumu-omidyarnetwork-us-financial-inclusion-BACKUP.json");
    let (first, _, _) = import_file(&path, None).expect("import");
    let mut session = Session::new_with_us();
    let incoming = first.into_session();
    let plan = plan_merge(&session, &incoming);
    assert_eq!(plan.added, incoming.actors.len());
    session = apply_merge(&session, &incoming, &plan, &[]);
    let (again, _, _) = import_file(&path, None).expect("import");
    let plan = plan_merge(&session, &again.into_session());
    assert_eq!(
        (plan.added, plan.updated, plan.relationships_added),
        (0, 0, 0)
    );
    assert_eq!(plan.unchanged, incoming.actors.len());
}

#[test]
fn merging_two_organizers_sessions_lists_each_disagreement_and_loses_nothing() {
    let base =
        load_file(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/river-cleanup.json"))
            .expect("example");
    let mut theirs = base.clone();
    // The other organizer moved two actors, put one in another slice, added one and a note.
    let placed: Vec<usize> = (0..theirs.actors.len())
        .filter(|&i| !theirs.actors[i].parked && !theirs.actors[i].is_us)
        .collect();
    theirs.actors[placed[0]].position.support =
        -theirs.actors[placed[0]].position.support.clamp(0.3, 1.0);
    theirs.actors[placed[1]].position.influence =
        1.0 - theirs.actors[placed[1]].position.influence.clamp(0.0, 0.3);
    let with_slice = (0..theirs.actors.len())
        .find(|&i| theirs.actors[i].spectrum.is_some() && !placed[..2].contains(&i))
        .expect("a placed actor");
    let old = theirs.actors[with_slice].spectrum.expect("slice");
    theirs.actors[with_slice].spectrum = Some(powermap::model::SpectrumPlacement {
        slice: if old.slice == Slice::Neutral {
            Slice::ActiveOpposition
        } else {
            Slice::Neutral
        },
        ..old
    });
    theirs.actors[placed[2]]
        .notes
        .push_str("\nMet them at the river festival.");
    theirs.actors.push(powermap::model::Actor::new(
        "Fishing club",
        powermap::model::Position::clamped(0.2, 0.3),
    ));

    let plan = plan_merge(&base, &theirs);
    assert_eq!(plan.added, 1);
    assert_eq!(plan.conflicts.len(), 3, "{:?}", plan.conflicts);
    assert!(
        plan.conflicts
            .iter()
            .any(|c| c.theirs == with_slice && c.slice)
    );
    // Take their place for the first moved actor and the new slice; keep ours for the second.
    let take: Vec<bool> = plan
        .conflicts
        .iter()
        .map(|c| c.theirs != placed[1])
        .collect();
    let merged = apply_merge(&base, &theirs, &plan, &take);
    assert_eq!(
        merged.actors[with_slice].spectrum,
        theirs.actors[with_slice].spectrum
    );
    assert_eq!(merged.actors.len(), base.actors.len() + 1);
    assert_eq!(
        merged.actors[placed[0]].position,
        theirs.actors[placed[0]].position
    );
    assert_eq!(
        merged.actors[placed[1]].position,
        base.actors[placed[1]].position
    );
    assert!(merged.actors[placed[2]].notes.contains("river festival"));
    assert_eq!(merged.relationships.len(), base.relationships.len());
    assert_valid(&merged);
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn bad_input_gets_reasons_per_row_and_never_a_guess() {
    let dir = tempfile::tempdir().expect("dir");
    // No column holds names.
    let path = write(dir.path(), "no-names.csv", "type,influence\nNGO,3\n");
    assert!(matches!(
        import_file(&path, None),
        Err(ImportError::NoNameColumn(_))
    ));
    // Empty rows are skipped, a row without a name, a formula, numbers out of range.
    let path = write(
        dir.path(),
        "rows.csv",
        "name;support;influence;tags\nMayor;8;9;city|council\n;;;\n;5;5;\n=HYPERLINK(\"x\");5;5;\nPress;12;4;\n",
    );
    let (imported, mapping, _) = import_file(&path, None).expect("imports");
    assert_eq!(
        mapping.support_scale,
        Scale::ZERO_TO_HUNDRED,
        "12 does not fit 0-10, so 0-100 is guessed"
    );
    let mut mapping = mapping;
    mapping.support_scale = Scale::ZERO_TO_TEN;
    mapping.influence_scale = Scale::ZERO_TO_TEN;
    let tables = read_tables(&path, SourceFormat::Csv).expect("read");
    let imported2 = import_tables(&tables, &mapping).expect("imports");
    assert_eq!(imported.actors.len(), 3);
    let text: Vec<String> = imported2.problems.iter().map(ToString::to_string).collect();
    assert!(
        text.iter()
            .any(|p| p.contains("row 4") && p.contains("no name")),
        "{text:?}"
    );
    assert!(
        text.iter()
            .any(|p| p.contains("row 5") && p.contains("formula")),
        "{text:?}"
    );
    assert!(
        text.iter()
            .any(|p| p.contains("row 6") && p.contains("outside 0 to 10")),
        "{text:?}"
    );
    let press = imported2
        .actors
        .iter()
        .find(|a| a.name == "Press")
        .expect("press");
    assert!(press.parked, "an out-of-range support is not guessed at");
    let mayor = &imported2.actors[0];
    assert!(!mayor.parked && (mayor.position.support - 0.6).abs() < 1e-5);
    assert_eq!(mayor.tags, vec!["city".to_owned(), "council".to_owned()]);

    // A sheet that is not there, asked for by name.
    let args = ImportArgs {
        file: fixture("kumu/paypal-mafia.xlsx"),
        from: None,
        relations: None,
        sheet: Some("People".to_owned()),
        relations_sheet: None,
        support_scale: None,
        influence_scale: None,
        columns: Vec::new(),
        header_row: None,
        encoding: None,
        into: None,
        unlocked: false,
        out: dir.path().join("out.json"),
    };
    let error = run_import(&args).err().expect("refused");
    assert!(error.contains("no sheet called \"People\""), "{error}");
    assert!(!dir.path().join("out.json").exists(), "nothing is written");

    // Not a file powermap knows, and broken JSON.
    let path = write(dir.path(), "notes.md", "# hello");
    assert!(matches!(
        import_file(&path, None),
        Err(ImportError::NotRecognised(_))
    ));
    let path = write(dir.path(), "broken.json", "{\"elements\": [");
    assert!(import_file(&path, Some(SourceFormat::Kumu)).is_err());
}

#[test]
fn a_hundred_thousand_rows_are_refused_with_the_limit_named() {
    let dir = tempfile::tempdir().expect("dir");
    let mut text = String::from("name,influence\n");
    for i in 0..100_000 {
        std::fmt::Write::write_fmt(&mut text, format_args!("Actor {i},5\n")).expect("text");
    }
    let path = write(dir.path(), "huge.csv", &text);
    match import_file(&path, None) {
        Err(ImportError::TooManyRows { rows, limit, .. }) => {
            assert_eq!(rows, 100_000);
            assert_eq!(limit, powermap::exchange::MAX_ROWS);
        }
        other => panic!(
            "expected a refusal, got {:?}",
            other.map(|r| r.0.actors.len())
        ),
    }
}
