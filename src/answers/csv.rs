//! `answers/{questionnaire}.csv`: UTF-8, RFC 4180 (comma, double quotes,
//! CRLF), one header row of column names and one row per respondent.

use super::Record;
use super::columns::{Table, Type};

/// Writes the table into `out` row by row: a table of thousands of
/// interviews is never held twice.
pub fn write(
    table: &Table,
    records: &[Record],
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    let mut line_buf = String::new();
    let header = table
        .columns
        .iter()
        .map(|c| (c.name.as_str(), Type::String));
    line(&mut line_buf, header);
    out.write_all(line_buf.as_bytes())?;
    for row in records.iter().map(|r| table.row(r)) {
        line_buf.clear();
        line(
            &mut line_buf,
            row.iter()
                .map(String::as_str)
                .zip(table.columns.iter().map(|c| c.kind)),
        );
        out.write_all(line_buf.as_bytes())?;
    }
    Ok(())
}

fn line<'a>(out: &mut String, cells: impl Iterator<Item = (&'a str, Type)>) {
    for (i, (value, kind)) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&cell(value, kind));
    }
    out.push_str("\r\n");
}

/// A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or
/// a carriage return as a formula (OWASP, CSV injection): such a text gets
/// a leading apostrophe, as the forms' own CSV export does. Values of
/// number columns are numbers and stay as they are.
pub fn cell(value: &str, kind: Type) -> String {
    let numeric = matches!(kind, Type::Number | Type::Integer);
    let risky = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let value = if risky && !numeric {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}
