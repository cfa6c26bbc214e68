//! The rows of a form's sheets, as plain strings, and the `.xlsx` made of
//! them. Building the rows apart from writing them lets tests read exactly
//! what goes into each cell.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

use super::text::Localised;

/// One sheet: a header row of column names, then the rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub name: &'static str,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// A row of the `survey` sheet.
#[derive(Debug, Default)]
pub struct SurveyRow {
    /// `text`, `select_one list`, `begin_group`...
    pub kind: String,
    pub name: String,
    pub label: Option<Localised>,
    pub hint: Option<Localised>,
    pub guidance_hint: Option<Localised>,
    pub required: bool,
    /// An XPath expression; the row is shown only when it is true.
    pub relevant: String,
    /// An XPath expression the answer (`.`) must satisfy.
    pub constraint: String,
    pub appearance: &'static str,
}

/// A row of the `choices` sheet.
#[derive(Debug)]
pub struct ChoiceRow {
    pub list: String,
    pub name: String,
    pub label: Localised,
}

/// The `survey` sheet. Translated columns come in the study's language
/// order; hint columns only when some row has one, so that a form without
/// hints has no empty columns.
pub fn survey(rows: &[SurveyRow], languages: &[String]) -> Sheet {
    let has_hint = rows.iter().any(|r| r.hint.is_some());
    let has_guidance = rows.iter().any(|r| r.guidance_hint.is_some());
    let has_relevant = rows.iter().any(|r| !r.relevant.is_empty());
    let has_constraint = rows.iter().any(|r| !r.constraint.is_empty());
    let has_appearance = rows.iter().any(|r| !r.appearance.is_empty());
    let mut columns = vec!["type".to_string(), "name".to_string()];
    let translated = |columns: &mut Vec<String>, column: &str| {
        columns.extend(languages.iter().map(|l| format!("{column}::{l}")));
    };
    translated(&mut columns, "label");
    if has_hint {
        translated(&mut columns, "hint");
    }
    if has_guidance {
        translated(&mut columns, "guidance_hint");
    }
    columns.push("required".to_string());
    if has_relevant {
        columns.push("relevant".to_string());
    }
    if has_constraint {
        columns.push("constraint".to_string());
    }
    if has_appearance {
        columns.push("appearance".to_string());
    }
    let cells = |text: &Option<Localised>, out: &mut Vec<String>| match text {
        Some(t) => out.extend(t.0.iter().cloned()),
        None => out.extend(languages.iter().map(|_| String::new())),
    };
    let rows = rows
        .iter()
        .map(|r| {
            let mut out = vec![r.kind.clone(), r.name.clone()];
            cells(&r.label, &mut out);
            if has_hint {
                cells(&r.hint, &mut out);
            }
            if has_guidance {
                cells(&r.guidance_hint, &mut out);
            }
            out.push(if r.required { "yes" } else { "" }.to_string());
            if has_relevant {
                out.push(r.relevant.clone());
            }
            if has_constraint {
                out.push(r.constraint.clone());
            }
            if has_appearance {
                out.push(r.appearance.to_string());
            }
            out
        })
        .collect();
    Sheet {
        name: "survey",
        columns,
        rows,
    }
}

/// The `choices` sheet.
pub fn choices(rows: &[ChoiceRow], languages: &[String]) -> Sheet {
    let mut columns = vec!["list_name".to_string(), "name".to_string()];
    columns.extend(languages.iter().map(|l| format!("label::{l}")));
    let rows = rows
        .iter()
        .map(|r| {
            let mut out = vec![r.list.clone(), r.name.clone()];
            out.extend(r.label.0.iter().cloned());
            out
        })
        .collect();
    Sheet {
        name: "choices",
        columns,
        rows,
    }
}

/// The `settings` sheet: one row of `(column, value)`.
pub fn settings(values: &[(&str, String)]) -> Sheet {
    Sheet {
        name: "settings",
        columns: values.iter().map(|(c, _)| c.to_string()).collect(),
        rows: vec![values.iter().map(|(_, v)| v.clone()).collect()],
    }
}

/// Excel's limit, which rust_xlsxwriter enforces; enquete allows longer
/// texts (100,000 bytes).
const MAX_CELL_CHARS: usize = 32_767;

/// The first cell too long for a spreadsheet, described for the person who
/// will shorten the text: its row's name and its column.
pub fn too_long(sheets: &[Sheet]) -> Option<String> {
    for sheet in sheets {
        for row in &sheet.rows {
            for (cell, column) in row.iter().zip(&sheet.columns) {
                let chars = cell.chars().count();
                if chars > MAX_CELL_CHARS {
                    let name = row.get(1).map_or("", String::as_str);
                    return Some(format!(
                        "the text of `{name}` in column {column} of the {} sheet has {chars} characters; a spreadsheet cell holds at most {MAX_CELL_CHARS}",
                        sheet.name
                    ));
                }
            }
        }
    }
    None
}

/// The workbook's bytes. The creation date that Excel files carry is
/// fixed (and the zip entries' dates are fixed by rust_xlsxwriter), so the
/// same study always gives the same bytes.
pub fn xlsx(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let epoch = ExcelDateTime::from_ymd(2000, 1, 1)?;
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&epoch));
    let header = Format::new().set_bold();
    for sheet in sheets {
        let worksheet = workbook.add_worksheet();
        worksheet.set_name(sheet.name)?;
        for (col, name) in sheet.columns.iter().enumerate() {
            let col = col as u16;
            worksheet.write_string_with_format(0, col, name, &header)?;
            // Wide enough to read a question without resizing.
            let width = if name.contains("::") { 40.0 } else { 16.0 };
            worksheet.set_column_width(col, width)?;
        }
        for (row, cells) in sheet.rows.iter().enumerate() {
            for (col, cell) in cells.iter().enumerate() {
                if !cell.is_empty() {
                    worksheet.write_string(row as u32 + 1, col as u16, cell)?;
                }
            }
        }
        worksheet.set_freeze_panes(1, 0)?;
    }
    workbook.save_to_buffer()
}
