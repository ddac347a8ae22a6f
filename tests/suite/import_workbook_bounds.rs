//! Small workbooks that would make a spreadsheet reader allocate a huge grid (one cell far
//! away, rows repeated a million times, a sheet claiming vast dimensions) or unpack to
//! gigabytes are refused with a reason, quickly; ordinary ones still import.

use powermap::exchange::{ImportError, MAX_CELLS, SourceFormat, read_tables};
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use zip::write::SimpleFileOptions;

/// A zip archive of `files`, compressed.
fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));
    for (name, bytes) in files {
        writer.start_file(*name, options).expect("zip entry");
        writer.write_all(bytes).expect("zip data");
    }
    writer.finish().expect("zip").into_inner()
}

/// A one-sheet .xlsx whose sheet XML holds `cells` (inline strings at their references), with
/// `padding` bytes of comment before them.
fn xlsx(cells: &[(&str, &str)], padding: usize) -> Vec<u8> {
    const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const PKG: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
    let content_types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#;
    let rels = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
    );
    let workbook = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#
    );
    let workbook_rels = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#
    );
    let mut rows: Vec<(u32, String)> = Vec::new();
    for (reference, text) in cells {
        let row: u32 = reference
            .trim_start_matches(|c: char| c.is_ascii_alphabetic())
            .parse()
            .expect("row");
        let cell = format!(r#"<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>"#);
        match rows.iter_mut().find(|(r, _)| *r == row) {
            Some((_, xml)) => xml.push_str(&cell),
            None => rows.push((row, cell)),
        }
    }
    let mut sheet_data = String::new();
    for (row, xml) in &rows {
        sheet_data.push_str(&[r#"<row r=""#, &row.to_string(), r#"">"#, xml, "</row>"].concat());
    }
    let sheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><!--{}--><sheetData>{sheet_data}</sheetData></worksheet>"#,
        " ".repeat(padding)
    );
    zip_of(&[
        ("[Content_Types].xml", content_types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        ("xl/workbook.xml", workbook.as_bytes()),
        ("xl/_rels/workbook.xml.rels", workbook_rels.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
    ])
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

#[test]
fn an_ordinary_xlsx_still_imports_with_its_header_and_row_numbers() {
    let dir = tempfile::tempdir().expect("dir");
    let path = write(
        dir.path(),
        "ok.xlsx",
        &xlsx(
            &[
                ("B2", "Name"),
                ("C2", "Type"),
                ("B3", "Mayor"),
                ("C3", "Person"),
                ("B5", "Council"),
            ],
            0,
        ),
    );
    let tables = read_tables(&path, SourceFormat::Spreadsheet).expect("imports");
    assert_eq!(tables.len(), 1);
    assert_eq!(tables[0].headers, vec!["Name", "Type"]);
    assert_eq!(tables[0].rows.len(), 2);
    assert_eq!(tables[0].row_numbers, vec![3, 5]);
}

#[test]
fn one_cell_at_the_last_row_and_column_is_refused_without_allocating_the_grid() {
    let dir = tempfile::tempdir().expect("dir");
    let bytes = xlsx(&[("A1", "Name"), ("XFD1048576", "far")], 0);
    assert!(bytes.len() < 4096, "a small file: {} bytes", bytes.len());
    let path = write(dir.path(), "far.xlsx", &bytes);
    // Before: calamine asked for 512 GiB for this sheet and the process aborted.
    let error = read_tables(&path, SourceFormat::Spreadsheet).expect_err("refused");
    assert!(
        matches!(
            &error,
            ImportError::TooManyRows {
                rows: 1_048_575,
                ..
            }
        ),
        "{error:?}"
    );
}

#[test]
fn a_far_away_column_is_refused_by_the_cell_limit() {
    let dir = tempfile::tempdir().expect("dir");
    // 200 rows by 16,384 columns: 3.3 million cells, over the limit (before: 200 MB taken).
    let path = write(
        dir.path(),
        "wide.xlsx",
        &xlsx(&[("A1", "Name"), ("XFD200", "far")], 0),
    );
    let error = read_tables(&path, SourceFormat::Spreadsheet).expect_err("refused");
    assert!(
        matches!(
            &error,
            ImportError::TooManyCells {
                rows: 200,
                columns: 16_384,
                limit: MAX_CELLS,
                ..
            }
        ),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(
        message.contains("Sheet1") && message.contains("new workbook"),
        "{message}"
    );
}

#[test]
fn a_workbook_that_unpacks_past_the_limit_is_refused_before_unpacking() {
    let dir = tempfile::tempdir().expect("dir");
    // 150 MiB of spaces in the sheet's XML pack into well under a megabyte.
    let bytes = xlsx(&[("A1", "Name"), ("A2", "Mayor")], 150 * 1024 * 1024);
    assert!(bytes.len() < 2 * 1024 * 1024, "{} bytes", bytes.len());
    let path = write(dir.path(), "bomb.xlsx", &bytes);
    let error = read_tables(&path, SourceFormat::Spreadsheet).expect_err("refused");
    assert!(matches!(&error, ImportError::Unpacked { .. }), "{error:?}");
    assert!(error.to_string().contains("unpack to 150 MiB"), "{error}");
}

/// A one-table .ods whose content is `rows` (table-row elements).
fn ods(rows: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Actors">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    zip_of(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet".as_slice(),
        ),
        ("content.xml", content.as_bytes()),
        (
            "META-INF/manifest.xml",
            br#"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>"#
                .as_slice(),
        ),
    ])
}

fn ods_cell(text: &str) -> String {
    format!(
        r#"<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>"#
    )
}

#[test]
fn an_ordinary_ods_still_imports_with_libreoffices_trailing_empty_rows() {
    let dir = tempfile::tempdir().expect("dir");
    let rows = format!(
        r#"<table:table-row>{}{}<table:table-cell table:number-columns-repeated="1022"/></table:table-row><table:table-row>{}</table:table-row><table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#,
        ods_cell("Name"),
        ods_cell("Type"),
        ods_cell("Mayor"),
    );
    let path = write(dir.path(), "ok.ods", &ods(&rows));
    let tables = read_tables(&path, SourceFormat::Spreadsheet).expect("imports");
    assert_eq!(tables[0].headers, vec!["Name", "Type"]);
    assert_eq!(tables[0].rows.len(), 1);
}

#[test]
fn repeated_rows_and_columns_in_an_ods_are_measured_before_reading() {
    let dir = tempfile::tempdir().expect("dir");
    // One row element, repeated 1,000 times, with a value in column 16,000: 16 million cells
    // in calamine's grid (before: about a gigabyte taken, and accepted).
    let rows = format!(
        r#"<table:table-row>{}</table:table-row><table:table-row table:number-rows-repeated="1000"><table:table-cell table:number-columns-repeated="15999"/>{}</table:table-row>"#,
        ods_cell("Name"),
        ods_cell("far"),
    );
    let bytes = ods(&rows);
    assert!(bytes.len() < 4096);
    let path = write(dir.path(), "far.ods", &bytes);
    let error = read_tables(&path, SourceFormat::Spreadsheet).expect_err("refused");
    assert!(
        matches!(&error, ImportError::TooManyCells { rows: 1001, .. }),
        "{error:?}"
    );
}

/// One BIFF record.
fn record(kind: u16, data: &[u8]) -> Vec<u8> {
    let mut bytes = kind.to_le_bytes().to_vec();
    bytes.extend_from_slice(&u16::try_from(data.len()).expect("short").to_le_bytes());
    bytes.extend_from_slice(data);
    bytes
}

/// An .xls workbook of one sheet: its Dimensions record claims rows `first_row..row_end`
/// and one column; `numbers` are its cells (row, column, value).
fn xls(first_row: u32, row_end: u32, numbers: &[(u16, u16, f64)]) -> Vec<u8> {
    let bof = |kind: u16| {
        let mut data = 0x0600u16.to_le_bytes().to_vec();
        data.extend_from_slice(&kind.to_le_bytes());
        data.extend_from_slice(&[0; 12]);
        record(0x0809, &data)
    };
    let mut globals = bof(0x0005);
    let bound_sheet_at = globals.len();
    // BoundSheet8: where the sheet begins (filled in below), visible worksheet, name "S".
    globals.extend(record(0x0085, &[0, 0, 0, 0, 0, 0, 1, 0, b'S']));
    globals.extend(record(0x000A, &[]));
    let sheet_at = u32::try_from(globals.len()).expect("small");
    globals[bound_sheet_at + 4..bound_sheet_at + 8].copy_from_slice(&sheet_at.to_le_bytes());
    let mut stream = globals;
    stream.extend(bof(0x0010));
    let mut dimensions = first_row.to_le_bytes().to_vec();
    dimensions.extend_from_slice(&row_end.to_le_bytes());
    dimensions.extend_from_slice(&[0, 0, 1, 0, 0, 0]);
    stream.extend(record(0x0200, &dimensions));
    for (row, col, value) in numbers {
        let mut data = row.to_le_bytes().to_vec();
        data.extend_from_slice(&col.to_le_bytes());
        data.extend_from_slice(&[0, 0]);
        data.extend_from_slice(&value.to_le_bytes());
        stream.extend(record(0x0203, &data));
    }
    stream.extend(record(0x000A, &[]));
    let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).expect("cfb");
    file.create_stream("/Workbook")
        .expect("stream")
        .write_all(&stream)
        .expect("write");
    file.flush().expect("flush");
    file.into_inner().into_inner()
}

#[test]
fn an_ordinary_xls_still_imports() {
    let dir = tempfile::tempdir().expect("dir");
    let path = write(
        dir.path(),
        "ok.xls",
        &xls(0, 2, &[(0, 0, 7.0), (1, 0, 8.0)]),
    );
    let tables = read_tables(&path, SourceFormat::Spreadsheet).expect("imports");
    assert_eq!(tables[0].headers, vec!["7"]);
    assert_eq!(tables[0].rows.len(), 1);
}

#[test]
fn an_xls_sheet_claiming_vast_dimensions_is_refused_before_reading() {
    let dir = tempfile::tempdir().expect("dir");
    // An inverted row range wraps around to four billion rows in calamine, which reserved
    // room for them all (an abort, before).
    let path = write(dir.path(), "vast.xls", &xls(100, 50, &[(0, 0, 7.0)]));
    let error = read_tables(&path, SourceFormat::Spreadsheet).expect_err("refused");
    assert!(
        matches!(&error, ImportError::TooManyRows { sheet, rows: 4_294_967_245, .. } if sheet == "S"),
        "{error:?}"
    );
    // Far-away cells in an .xls count as in any workbook.
    let path = write(
        dir.path(),
        "far.xls",
        &xls(0, 1, &[(0, 0, 7.0), (15_000, 200, 8.0)]),
    );
    let error = read_tables(&path, SourceFormat::Spreadsheet).expect_err("refused");
    assert!(
        matches!(&error, ImportError::TooManyCells { .. }),
        "{error:?}"
    );
}
