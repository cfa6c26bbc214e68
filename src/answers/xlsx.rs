//! `answers.xlsx`: the tables of the CSVs as a workbook, a sheet per
//! questionnaire with the same columns, and a data dictionary sheet that
//! says what each column is, with the question in every language of the
//! study.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use crate::i18n::Locales;
use crate::model::{Document, Form, QuestionKind, Study};
use crate::render::text::{TextRenderer, one_line, sanitizer};

use super::Record;
use super::check::question_of;
use super::columns::{Table, Type};

/// The dictionary sheet's name: never a questionnaire id, which has no
/// capital letter nor space.
pub const DICTIONARY: &str = "Data dictionary";

/// Excel keeps at most 32,767 characters in a cell: a longer answer is
/// cut there, marked with an ellipsis (the CSV keeps it whole).
const MAX_CELL: usize = 32_767;

/// Excel's longest sheet name.
const MAX_SHEET_NAME: usize = 31;

/// The workbook of `tables`, whose rows are made from `records` (a list
/// per table), each record dropped once its row is in the workbook, and
/// the memory of those dropped given back every 500 rows: the workbook
/// grows as the records go.
pub fn render(
    study: &Study,
    locales: &Locales,
    tables: &[(Table, &Document, &Form)],
    records: Vec<Vec<Record>>,
) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    // A fixed creation time, so that the same merge gives the same bytes.
    let epoch = ExcelDateTime::from_ymd(1980, 1, 1)?;
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&epoch));
    // As study.qdpx: the fastest compression, for a few per cent more bytes.
    workbook.set_zip_compression_level(1);
    let bold = Format::new().set_bold();
    let mut names: Vec<String> = Vec::new();
    for ((table, _, _), records) in tables.iter().zip(records) {
        // Not rust_xlsxwriter's constant-memory mode, which would keep the
        // rows in a temporary file rather than in memory: it panics when
        // that file cannot be written (a full disk), and a merge must
        // never stop without saying why.
        let sheet = workbook.add_worksheet();
        sheet.set_name(sheet_name(&table.questionnaire, &mut names))?;
        data_sheet(sheet, table, records, &bold)?;
    }
    let sheet = workbook.add_worksheet();
    sheet.set_name(DICTIONARY)?;
    dictionary(sheet, study, locales, tables, &bold)?;
    workbook.save_to_buffer()
}

/// The questionnaire's id, shortened to Excel's 31 characters and made
/// unique by a number where shortening made two alike.
fn sheet_name(id: &str, taken: &mut Vec<String>) -> String {
    let mut name: String = id.chars().take(MAX_SHEET_NAME).collect();
    let mut n = 2;
    while taken.contains(&name) {
        let suffix = format!("~{n}");
        name = id
            .chars()
            .take(MAX_SHEET_NAME - suffix.len())
            .chain(suffix.chars())
            .collect();
        n += 1;
    }
    taken.push(name.clone());
    name
}

fn text_cell(sheet: &mut Worksheet, row: u32, col: u16, value: &str) -> Result<(), XlsxError> {
    if value.chars().count() > MAX_CELL {
        let cut: String = value.chars().take(MAX_CELL - 1).chain(['…']).collect();
        sheet.write_string(row, col, cut)?;
    } else {
        sheet.write_string(row, col, value)?;
    }
    Ok(())
}

fn data_sheet(
    sheet: &mut Worksheet,
    table: &Table,
    records: Vec<Record>,
    bold: &Format,
) -> Result<(), XlsxError> {
    for (col, column) in table.columns.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, &column.name, bold)?;
    }
    sheet.set_freeze_panes(1, 1)?;
    for (r, record) in records.into_iter().enumerate() {
        let row = table.row(&record);
        drop(record);
        if r % 500 == 499 {
            crate::memory::release_freed();
        }
        let r = r as u32 + 1;
        for (col, (value, column)) in row.iter().zip(&table.columns).enumerate() {
            let col = col as u16;
            if value.is_empty() {
                continue;
            }
            // Numbers stay numbers; text is text (an xlsx cell is never a
            // formula unless written as one, so no apostrophe is needed).
            let number = matches!(column.kind, Type::Number | Type::Integer | Type::Flag)
                .then(|| value.parse::<f64>().ok().filter(|n| n.is_finite()))
                .flatten();
            match number {
                Some(n) => {
                    sheet.write_number(r, col, n)?;
                }
                None => text_cell(sheet, r, col, value)?,
            }
        }
    }
    Ok(())
}

fn type_name(kind: Type) -> &'static str {
    match kind {
        Type::String => "text",
        Type::Integer => "integer",
        Type::Number => "number",
        Type::Date => "date",
        Type::Datetime => "date and time (UTC)",
        Type::Flag => "1/0",
    }
}

/// One row per column of every sheet: the sheet, the variable, its label,
/// the question in each language, the type, the options and the section.
fn dictionary(
    sheet: &mut Worksheet,
    study: &Study,
    locales: &Locales,
    tables: &[(Table, &Document, &Form)],
    bold: &Format,
) -> Result<(), XlsxError> {
    let clean = sanitizer();
    let renderers: Vec<(String, TextRenderer)> = study
        .languages
        .iter()
        .map(|l| {
            (
                l.code.clone(),
                TextRenderer::new(study, locales, &l.code, &clean),
            )
        })
        .collect();
    let default = TextRenderer::new(study, locales, &study.default_language, &clean);
    let mut header: Vec<String> = vec!["sheet".into(), "variable".into(), "label".into()];
    header.extend(
        renderers
            .iter()
            .map(|(lang, _)| format!("question ({lang})")),
    );
    header.extend(["type".into(), "options".into(), "section".into()]);
    for (col, name) in header.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, name, bold)?;
    }
    sheet.set_freeze_panes(1, 2)?;
    let mut row = 1u32;
    let mut names: Vec<String> = Vec::new();
    for (table, _, form) in tables {
        let sheet_label = sheet_name(&table.questionnaire, &mut names);
        for column in &table.columns {
            let question_id = question_of(&column.name);
            let found = form.sections.iter().find_map(|s| {
                s.questions
                    .iter()
                    .find(|q| q.id == question_id)
                    .map(|q| (s, q))
            });
            let mut cells: Vec<String> = vec![
                sheet_label.clone(),
                column.name.clone(),
                column.title.clone(),
            ];
            match found {
                Some((section, q)) => {
                    for (_, text) in &renderers {
                        cells.push(one_line(&text.source(&q.text)));
                    }
                    cells.push(type_name(column.kind).into());
                    cells.push(options(&default, &q.kind, &column.name, &q.id));
                    cells.push(one_line(&default.source(&section.title)));
                }
                None => {
                    cells.extend(renderers.iter().map(|_| String::new()));
                    cells.push(type_name(column.kind).into());
                    cells.push(String::new());
                    cells.push(String::new());
                }
            }
            for (col, value) in cells.iter().enumerate() {
                if !value.is_empty() {
                    text_cell(sheet, row, col as u16, value)?;
                }
            }
            row += 1;
        }
    }
    Ok(())
}

/// `value = label` pairs of a choice's answer column, in the default
/// language; for one option's 0/1 column, that option.
fn options(text: &TextRenderer, kind: &QuestionKind, column: &str, id: &str) -> String {
    let (QuestionKind::Single { options, other } | QuestionKind::Multiple { options, other }) =
        kind
    else {
        return String::new();
    };
    let mut pairs: Vec<(String, String)> = options
        .iter()
        .map(|o| (o.value.clone(), one_line(&text.source(&o.label))))
        .collect();
    if *other {
        pairs.push(("other".into(), text.ui("other")));
    }
    let shown = |pairs: &[(String, String)]| {
        pairs
            .iter()
            .map(|(v, l)| format!("{v} = {l}"))
            .collect::<Vec<_>>()
            .join("; ")
    };
    if column == id {
        return shown(&pairs);
    }
    match column.strip_prefix(&format!("{id}.option.")) {
        Some(value) => shown(
            &pairs
                .into_iter()
                .filter(|(v, _)| v == value)
                .collect::<Vec<_>>(),
        ),
        None => String::new(),
    }
}
