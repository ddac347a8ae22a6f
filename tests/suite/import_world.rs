//! Spreadsheets as organizers and project teams keep them (tests/fixtures/import/world, made
//! the way Excel and LibreOffice write files): legacy code pages and UTF-16, titles above the
//! header, totals below the table, headers and words in six languages, scales in headers.
//! Every file goes in with no flags, and `expected.json` (written beside the files, from the
//! same data) says what must come out.

use powermap::exchange::{
    ActorColumn, Imported, Mapping, ReadOptions, Scale, Source, Table, csv_table, encoding_named,
    import_tables, read_source,
};
use powermap::model::{Actor, Slice};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn world(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import/world")
        .join(file)
}

fn expectations() -> Vec<Value> {
    let text = std::fs::read_to_string(world("expected.json")).expect("expected.json");
    let value: Value = serde_json::from_str(&text).expect("valid JSON");
    value["files"].as_array().expect("files").clone()
}

fn read(file: &str) -> Source {
    read_source(&world(file), ReadOptions::default(), None)
        .unwrap_or_else(|(_, e)| panic!("{file}: {e}"))
}

fn import(file: &str) -> (Source, Imported) {
    let source = read(file);
    let imported =
        import_tables(&source.tables, &source.mapping).unwrap_or_else(|e| panic!("{file}: {e}"));
    (source, imported)
}

fn slice_named(key: &str) -> Slice {
    match key {
        "active_allies" => Slice::ActiveAllies,
        "passive_allies" => Slice::PassiveAllies,
        "neutral" => Slice::Neutral,
        "passive_opposition" => Slice::PassiveOpposition,
        "active_opposition" => Slice::ActiveOpposition,
        other => panic!("unknown slice {other}"),
    }
}

fn close(actual: f32, expected: f64, what: &str) {
    assert!(
        (f64::from(actual) - expected).abs() < 1e-4,
        "{what}: {actual} is not {expected}"
    );
}

/// One actor as the file's expectations describe it.
fn check_actor(file: &str, actor: &Actor, expected: &Value) {
    let name = expected["name"].as_str().expect("name");
    let what = format!("{file}: {name}");
    assert_eq!(
        actor.name, name,
        "{file}: names are byte-exact and in order"
    );
    let slice = expected["expected_slice"].as_str().map(slice_named);
    assert_eq!(actor.spectrum.map(|p| p.slice), slice, "{what}: slice");
    let support = expected["expected_support"].as_f64();
    let influence = expected["expected_influence"].as_f64();
    match (support, influence) {
        (Some(support), Some(influence)) => {
            assert!(!actor.parked, "{what}: placed");
            close(actor.position.support, support, &format!("{what} support"));
            close(
                actor.position.influence,
                influence,
                &format!("{what} influence"),
            );
        }
        // Without support, nothing is placed by guesswork: the actor waits.
        (None, Some(influence)) => {
            assert!(actor.parked, "{what}: waits without support");
            close(
                actor.position.influence,
                influence,
                &format!("{what} influence"),
            );
        }
        _ => assert!(actor.parked, "{what}: waits"),
    }
}

#[test]
fn every_world_file_imports_with_no_flags_exactly_as_its_expectations_say() {
    let files = expectations();
    assert!(files.len() >= 12, "the world folder lost files");
    for file in &files {
        let name = file["file"].as_str().expect("file");
        let (source, imported) = import(name);
        let table: &Table = &source.tables[source.mapping.actor_sheet];
        assert_eq!(
            table.header_row,
            file["header_row"]
                .as_u64()
                .and_then(|n| usize::try_from(n).ok()),
            "{name}: header row"
        );
        let headers: Vec<&str> = file["headers"]
            .as_array()
            .expect("headers")
            .iter()
            .map(|h| h.as_str().expect("header"))
            .collect();
        assert_eq!(table.headers, headers, "{name}: headers");
        if let Some(encoding) = file["encoding"].as_str() {
            let read_in = source.encoding.expect("a text file").encoding;
            assert_eq!(Some(read_in), encoding_named(encoding), "{name}: encoding");
        }
        let actors = file["actors"].as_array().expect("actors");
        assert_eq!(imported.actors.len(), actors.len(), "{name}: count");
        for (actor, expected) in imported.actors.iter().zip(actors) {
            check_actor(name, actor, expected);
        }
        // Totals are left out and listed by their row, and nothing else is a problem.
        let left_out: Vec<String> = file["left_out_rows"]
            .as_array()
            .expect("left out")
            .iter()
            .map(|r| format!("row {}", r.as_u64().expect("row")))
            .collect();
        let problems: Vec<String> = imported.problems.iter().map(ToString::to_string).collect();
        assert_eq!(problems.len(), left_out.len(), "{name}: {problems:?}");
        for (problem, row) in problems.iter().zip(&left_out) {
            assert!(
                problem.contains(&format!("{row}:")) && problem.contains("left out"),
                "{name}: {problem} names {row}"
            );
        }
        assert!(
            !imported.actors.iter().any(|a| {
                let lower = a.name.to_lowercase();
                lower.starts_with("total") || lower.starts_with("subtotal")
            }),
            "{name}: no total row became an actor"
        );
    }
}

#[test]
fn scales_come_from_headers_and_percent_cells_from_their_fractions() {
    let (source, _) = import("excel-fr-semicolon.csv");
    assert_eq!(source.mapping.support_scale, Scale::ONE_TO_FIVE);
    assert_eq!(source.mapping.influence_scale, Scale::ONE_TO_FIVE);
    let (source, _) = import("headers-en.csv");
    assert_eq!(source.mapping.support_scale, Scale::ZERO_TO_HUNDRED);
    // "Poder (%)" in LibreOffice: cells of the percent type hold 0.45 for 45 %.
    let (source, imported) = import("template-es.ods");
    assert_eq!(source.mapping.influence_scale, Scale::ZERO_TO_ONE);
    close(imported.actors[0].position.influence, 0.45, "45 %");
}

#[test]
fn interest_is_never_support_and_sentiment_gives_support_only_when_chosen() {
    let (source, imported) = import("excel-unicode-text.txt");
    let table = &source.tables[source.mapping.actor_sheet];
    let interest = table.column("Interest (1-5)").expect("interest column");
    assert_eq!(source.mapping.actor_columns[interest], ActorColumn::Other);
    assert_eq!(source.mapping.column_of(ActorColumn::Support), None);
    assert!(
        imported.actors.iter().all(|a| a.parked),
        "nothing placed by guess"
    );
    assert!(source.mapping.may_take_support_from_slice());
    assert!(!source.mapping.support_from_slice, "off by default");

    let mut mapping: Mapping = source.mapping.clone();
    mapping.support_from_slice = true;
    let placed = import_tables(&source.tables, &mapping).expect("imports");
    let supports: Vec<(String, f32)> = placed
        .actors
        .iter()
        .filter(|a| !a.parked)
        .map(|a| (a.name.clone(), a.position.support))
        .collect();
    assert_eq!(supports.len(), placed.actors.len(), "{supports:?}");
    for actor in &placed.actors {
        let slice = actor.spectrum.expect("a slice").slice;
        let expected = match slice {
            Slice::ActiveAllies => 1.0,
            Slice::PassiveAllies => 0.5,
            Slice::Neutral => 0.0,
            Slice::PassiveOpposition => -0.5,
            Slice::ActiveOpposition => -1.0,
        };
        assert_eq!(actor.position.support, expected, "{}", actor.name);
    }
}

#[test]
fn a_wrong_encoding_chosen_on_purpose_is_named_by_its_lines() {
    let path = world("excel-fr-semicolon.csv");
    let options = ReadOptions {
        encoding: encoding_named("utf-8"),
        ..ReadOptions::default()
    };
    let source = read_source(&path, options, None).expect("reads");
    let imported = import_tables(&source.tables, &source.mapping).expect("imports");
    let broken: Vec<String> = imported
        .problems
        .iter()
        .filter(|p| p.message.contains("not UTF-8"))
        .map(ToString::to_string)
        .collect();
    assert_eq!(broken.len(), 1, "{:?}", imported.problems);
    assert!(broken[0].contains("lines 2, 3"), "{}", broken[0]);
}

fn powermap() -> Command {
    Command::new(env!("CARGO_BIN_EXE_powermap"))
}

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let out = powermap().args(args).output().expect("runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn session(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).expect("written")).expect("JSON")
}

fn names(session: &Value) -> Vec<String> {
    session["actors"]
        .as_array()
        .expect("actors")
        .iter()
        .map(|a| a["name"].as_str().expect("name").to_owned())
        .collect()
}

#[test]
fn the_command_line_reads_every_world_file_with_no_flags() {
    let dir = tempfile::tempdir().expect("dir");
    for file in expectations() {
        let name = file["file"].as_str().expect("file");
        let out = dir.path().join(format!("{name}.json"));
        let (code, stdout, stderr) = run(&[
            "import",
            world(name).to_str().expect("path"),
            "--out",
            out.to_str().expect("path"),
        ]);
        assert!(matches!(code, Some(0 | 3)), "{name}: {stdout} {stderr}");
        let written = names(&session(&out));
        for actor in file["actors"].as_array().expect("actors") {
            let wanted = actor["name"].as_str().expect("name");
            assert!(
                written.iter().any(|n| n == wanted),
                "{name}: {wanted} in {written:?}"
            );
        }
    }
}

#[test]
fn command_line_flags_choose_columns_header_rows_and_encodings_and_refuse_clearly() {
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("out.json");
    let out_arg = out.to_str().expect("path");
    let unicode = world("excel-unicode-text.txt");
    let unicode = unicode.to_str().expect("path");

    // Support from the sentiment words, chosen explicitly.
    let (code, stdout, stderr) = run(&[
        "import",
        unicode,
        "--column",
        "support=Sentiment",
        "--out",
        out_arg,
    ]);
    assert_eq!(code, Some(0), "{stdout} {stderr}");
    assert!(stdout.contains("(0 waiting to be placed)"), "{stdout}");

    // A header the file lacks: one line listing the headers it has.
    let (code, _, stderr) = run(&["import", unicode, "--column", "name=Nom", "--out", out_arg]);
    assert_ne!(code, Some(0));
    assert!(
        stderr.contains("no column \"Nom\"") && stderr.contains("Stakeholder, Organisation type"),
        "{stderr}"
    );
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");

    // A role that does not exist.
    let (code, _, stderr) = run(&[
        "import",
        unicode,
        "--column",
        "power=Influence",
        "--out",
        out_arg,
    ]);
    assert_ne!(code, Some(0));
    assert!(stderr.contains("\"power\" is not a role"), "{stderr}");

    // A header row chosen by hand, and one that is not there.
    let titled = world("title-and-notes.csv");
    let titled = titled.to_str().expect("path");
    let (code, stdout, stderr) = run(&["import", titled, "--header-row", "4", "--out", out_arg]);
    assert!(matches!(code, Some(0 | 3)), "{stdout} {stderr}");
    assert!(stdout.contains("headers in row 4"), "{stdout}");
    assert_eq!(names(&session(&out)).len(), 7, "six actors and us");
    let (code, _, stderr) = run(&["import", titled, "--header-row", "99", "--out", out_arg]);
    assert_ne!(code, Some(0));
    assert!(stderr.contains("no row 99"), "{stderr}");

    // An encoding by name, a wrong one on purpose, and one that does not exist.
    let french = world("excel-fr-semicolon.csv");
    let french = french.to_str().expect("path");
    let (code, stdout, _) = run(&["import", french, "--encoding", "cp1252", "--out", out_arg]);
    assert_eq!(code, Some(0), "{stdout}");
    assert!(
        names(&session(&out))
            .iter()
            .any(|n| n == "Préfecture de la Loire")
    );
    let (code, stdout, stderr) = run(&["import", french, "--encoding", "utf-8", "--out", out_arg]);
    assert_eq!(code, Some(3), "problems exit with 3: {stdout} {stderr}");
    assert!(stderr.contains("not UTF-8"), "{stderr}");
    let (code, _, stderr) = run(&["import", french, "--encoding", "klingon", "--out", out_arg]);
    assert_ne!(code, Some(0));
    assert!(stderr.contains("not an encoding"), "{stderr}");
}

/// Bytes that look like a spreadsheet's text in some encoding, broken in random places.
fn scrambled(seed: u64) -> Vec<u8> {
    let pieces: [&[u8]; 14] = [
        b"Name;Support (1-5);Influence %\r\n",
        b"Total;;\r\n",
        b"\xFF\xFE",
        b"\xEF\xBB\xBF",
        b"Pr\xE9fecture",
        b"\"quoted; \n value\"",
        b",,,,\n",
        b"\t",
        b"\x00A\x00",
        b"Champion",
        b"4,5",
        b"\xD0\x9C\xD0\xB8",
        b"\n\n",
        b"Sous-total;12;30\n",
    ];
    let mut state = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
    let mut next = || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(state >> 33).expect("fits")
    };
    let mut bytes = Vec::new();
    for _ in 0..next() % 40 {
        let piece = pieces[next() % pieces.len()];
        if next() % 5 == 0 {
            bytes.push(u8::try_from(next() % 256).expect("a byte"));
        }
        bytes.extend_from_slice(piece);
    }
    bytes
}

#[test]
fn scrambled_spreadsheet_text_is_read_or_refused_never_a_panic() {
    let mut read = 0;
    for seed in 0..3_000 {
        let bytes = scrambled(seed);
        if let Ok((table, _)) = csv_table("scrambled", &bytes, None) {
            read += 1;
            assert!(
                table.rows.iter().all(|r| r.len() == table.headers.len()),
                "{seed}"
            );
            assert_eq!(table.rows.len(), table.row_numbers.len(), "{seed}");
            let mapping = Mapping::guess(std::slice::from_ref(&table), "import-");
            let _ = import_tables(std::slice::from_ref(&table), &mapping);
            if let Some(row) = table.header_row {
                assert!(table.headed_by(row).is_some(), "{seed}: its own header row");
            }
        }
    }
    assert!(read > 1_000, "most scrambled files still read: {read}");
}

#[test]
fn rows_are_numbered_as_a_text_editor_shows_them_whatever_the_line_ends() {
    for (ends, text) in [
        ("CR (old Mac)", "Name,Support\rA,5\r\"B\rsecond line\",7\r"),
        ("CRLF", "Name,Support\r\nA,5\r\n\"B\r\nsecond line\",7\r\n"),
        ("LF", "Name,Support\nA,5\n\"B\nsecond line\",7\n"),
    ] {
        let (table, _) = csv_table("t", text.as_bytes(), None).expect("reads");
        assert_eq!(table.header_row, Some(1), "{ends}");
        assert_eq!(table.row_numbers, vec![2, 3], "{ends}");
        assert_eq!(table.rows.len(), 2, "{ends}");
    }
}
