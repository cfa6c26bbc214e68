//! The table of one questionnaire: its columns, in the guide's order, and
//! one row per respondent. The writers (CSV, data package) render it.
//!
//! Column names: the question id for its answer, and after a dot the part:
//! `q.option.{value}` (0/1 per option of a multiple choice), `q.other` (the
//! "other" text), `q.why` (MSC), `q.probe.{n}` (0/1: the n-th prompt
//! asked), `q.notes`, `{section}.minutes`. Option values and ids never hold
//! a dot, so no two columns can share a name. Every field of every record
//! that no column of the guide holds (a removed question, a removed
//! prompt) gets a column of its own at the end: nothing is dropped.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Document, Form, FormMode, QuestionKind, Study, TranslatedText};

use super::{Record, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    String,
    Integer,
    Number,
    Date,
    Datetime,
    /// Written 1 or 0.
    Flag,
}

#[derive(Debug, Clone)]
pub struct Column {
    pub name: String,
    pub title: String,
    pub description: String,
    pub kind: Type,
    /// The values allowed, for a choice.
    pub choices: Option<Vec<String>>,
}

/// A table's columns and where each cell comes from. Its rows are not
/// kept: each is made from its record when it is written, so that the CSV
/// and the workbook of thousands of interviews never hold the whole table
/// in memory.
pub struct Table {
    pub questionnaire: String,
    pub title: String,
    pub columns: Vec<Column>,
    sources: Vec<Source>,
}

impl Table {
    /// The row of one record, a cell per column.
    pub fn row(&self, record: &Record) -> Vec<String> {
        self.sources.iter().map(|s| cell(record, s)).collect()
    }
}

/// How a column's cell is taken from a record.
enum Source {
    Respondent,
    Language,
    Started,
    Saved,
    Hash,
    Version,
    TotalMinutes,
    SectionMinutes(String),
    Field(String),
    NotApplicable,
    /// 1 if the field is asked/non-empty, 0 if not, empty if the question
    /// has no answer at all.
    Asked(String),
    Option {
        question: String,
        value: String,
    },
}

/// Plans the table of questionnaire `doc` from the guide and the records.
pub fn plan(study: &Study, doc: &Document, form: &Form, records: &[Record]) -> Table {
    let lang = study.default_language.as_str();
    let mut columns: Vec<(Column, Source)> = vec![
        (
            column("respondent", "Respondent code", Type::String),
            Source::Respondent,
        ),
        (
            column("language", "Language of the interview", Type::String),
            Source::Language,
        ),
        (
            column("started", "First answer begun (UTC)", Type::Datetime),
            Source::Started,
        ),
        (
            column("saved", "Last saved (UTC)", Type::Datetime),
            Source::Saved,
        ),
        (
            column(
                "version",
                "Version of the questionnaire answered",
                Type::String,
            ),
            Source::Version,
        ),
        (
            column(
                "definition",
                "Fingerprint of the questionnaire answered",
                Type::String,
            ),
            Source::Hash,
        ),
    ];
    let conditional = form
        .sections
        .iter()
        .any(|s| s.show_if.is_some() || s.questions.iter().any(|q| q.show_if.is_some()));
    if conditional || records.iter().any(|r| !r.not_applicable.is_empty()) {
        columns.push((
            column(
                "not_applicable",
                "Questions that did not apply to this respondent (skip logic), joined with `; `: their answers, if any, were given before the answers they depend on changed",
                Type::String,
            ),
            Source::NotApplicable,
        ));
    }
    let interview = form.mode == FormMode::Interview;
    if interview {
        columns.push((
            column("minutes", "Interview time in minutes", Type::Number),
            Source::TotalMinutes,
        ));
        for s in &form.sections {
            let title = format!("Minutes in section: {}", plain(&s.title, lang));
            columns.push((
                column(&format!("{}.minutes", s.id), &title, Type::Number),
                Source::SectionMinutes(s.id.clone()),
            ));
        }
    }
    for q in form.questions().filter(|q| q.kind.is_answerable()) {
        let title = plain(&q.text, lang);
        let mut answer = column(&q.id, &title, Type::String);
        answer.description = every_language(&q.text);
        match &q.kind {
            QuestionKind::Number => answer.kind = Type::Number,
            QuestionKind::Date => answer.kind = Type::Date,
            QuestionKind::Scale { min, max, .. } => {
                answer.kind = Type::Integer;
                answer.description = format!("{} (scale {min} to {max})", answer.description);
            }
            QuestionKind::Single { options, other } => {
                let mut values: Vec<String> = options.iter().map(|o| o.value.clone()).collect();
                if *other {
                    values.push("other".into());
                }
                answer.description =
                    format!("{}\n{}", answer.description, option_labels(options, lang));
                answer.choices = Some(values);
            }
            QuestionKind::Multiple { .. } => {
                answer.description = format!(
                    "{}\nThe values ticked, joined with `; `.",
                    answer.description
                );
            }
            _ => {}
        }
        columns.push((answer, Source::Field(q.id.clone())));
        if let QuestionKind::Multiple { options, other } = &q.kind {
            let mut values: Vec<(String, String)> = options
                .iter()
                .map(|o| (o.value.clone(), plain(&o.label, lang)))
                .collect();
            if *other {
                values.push(("other".into(), "Other".into()));
            }
            for (value, label) in values {
                let name = format!("{}.option.{value}", q.id);
                columns.push((
                    column(&name, &format!("{title}: {label}"), Type::Flag),
                    Source::Option {
                        question: q.id.clone(),
                        value,
                    },
                ));
            }
        }
        let has_other = matches!(
            &q.kind,
            QuestionKind::Single { other: true, .. } | QuestionKind::Multiple { other: true, .. }
        );
        if has_other {
            let name = format!("{}.other", q.id);
            columns.push((
                column(&name, &format!("{title}: other, specified"), Type::String),
                Source::Field(name),
            ));
        }
        if matches!(q.kind, QuestionKind::Msc { .. }) {
            let name = format!("{}.why", q.id);
            columns.push((
                column(&name, &format!("{title}: why this change"), Type::String),
                Source::Field(name),
            ));
        }
        for (n, probe) in q.probes.iter().enumerate() {
            let name = format!("{}.probe.{}", q.id, n + 1);
            let title = format!("Prompt asked: {}", plain(probe, lang));
            columns.push((column(&name, &title, Type::Flag), Source::Asked(name)));
        }
        if interview {
            let name = format!("{}.notes", q.id);
            columns.push((
                column(
                    &name,
                    &format!("{title}: interviewer's notes"),
                    Type::String,
                ),
                Source::Field(name),
            ));
        }
    }
    add_unplanned(&mut columns, records);
    let (mut columns, sources): (Vec<Column>, Vec<Source>) = columns.into_iter().unzip();
    let mut table = Table {
        questionnaire: doc.id.clone(),
        title: plain(&doc.title, lang),
        columns: Vec::new(),
        sources,
    };
    fit_types(&mut columns, records.iter().map(|r| table.row(r)));
    table.columns = columns;
    table
}

/// A column for every field of the records that the guide's columns do
/// not hold, sorted by name.
fn add_unplanned(columns: &mut Vec<(Column, Source)>, records: &[Record]) {
    let planned: BTreeSet<String> = columns
        .iter()
        .filter_map(|(_, s)| match s {
            Source::Field(f) | Source::Asked(f) => Some(f.clone()),
            _ => None,
        })
        .collect();
    let mut extra: BTreeMap<String, bool> = BTreeMap::new();
    for r in records {
        for (name, f) in &r.fields {
            if !planned.contains(&**name) && !f.value.is_empty() {
                extra.insert(name.to_string(), name.split('.').nth(1) == Some("probe"));
            }
        }
    }
    for (name, is_probe) in extra {
        let title = format!("{name} (not in the current questionnaire)");
        let (kind, source) = if is_probe {
            (Type::Flag, Source::Asked(name.clone()))
        } else {
            (Type::String, Source::Field(name.clone()))
        };
        columns.push((column(&name, &title, kind), source));
    }
}

fn cell(r: &Record, source: &Source) -> String {
    match source {
        Source::Respondent => r.respondent.clone(),
        Source::Language => r.language.clone(),
        Source::Started => r.started.clone(),
        Source::Saved => r.saved.clone().unwrap_or_default(),
        Source::Hash => r.hash.clone(),
        Source::Version => r.version.clone().unwrap_or_default(),
        Source::TotalMinutes => minutes(Some(r.total_ms).filter(|&t| t > 0)),
        Source::SectionMinutes(id) => minutes(r.section_ms.get(id).copied()),
        Source::Field(name) => r.value(name).map(Value::joined).unwrap_or_default(),
        Source::NotApplicable => r.not_applicable.join("; "),
        Source::Asked(name) => {
            let answered = r.fields.iter().any(|(n, f)| {
                super::check::question_of(n) == super::check::question_of(name)
                    && !f.value.is_empty()
            });
            match (r.value(name).is_some(), answered) {
                (true, _) => "1".into(),
                (false, true) => "0".into(),
                (false, false) => String::new(),
            }
        }
        Source::Option { question, value } => match r.value(question) {
            Some(Value::List(l)) => flag(l.contains(value)),
            Some(Value::Text(t)) => flag(t == value),
            _ => String::new(),
        },
    }
}

fn flag(on: bool) -> String {
    if on { "1" } else { "0" }.into()
}

fn minutes(ms: Option<u64>) -> String {
    ms.map(|ms| format!("{:.2}", ms as f64 / 60_000.0))
        .unwrap_or_default()
}

/// A number, scale or date column with a value that is not one (typed as
/// text, or answered on a version where the question was open) becomes a
/// text column; a choice column takes in values no longer offered.
fn fit_types(columns: &mut [Column], rows: impl Iterator<Item = Vec<String>>) {
    let mut misfit = vec![false; columns.len()];
    let mut unknown: Vec<BTreeSet<String>> = vec![BTreeSet::new(); columns.len()];
    for row in rows {
        for (i, (value, c)) in row.into_iter().zip(columns.iter()).enumerate() {
            if value.is_empty() {
                continue;
            }
            let fits = match c.kind {
                Type::Number => {
                    value.parse::<f64>().is_ok_and(f64::is_finite) && !value.starts_with('+')
                }
                Type::Integer => value.parse::<i64>().is_ok() && !value.starts_with('+'),
                Type::Date => is_date(&value),
                _ => true,
            };
            misfit[i] |= !fits;
            if let Some(choices) = &c.choices
                && !choices.contains(&value)
            {
                unknown[i].insert(value);
            }
        }
    }
    for ((c, misfit), unknown) in columns.iter_mut().zip(misfit).zip(unknown) {
        if misfit {
            c.description = format!(
                "{}\nSome answers are not a {}: the column is text.",
                c.description,
                type_name(c.kind)
            );
            c.kind = Type::String;
        }
        if let Some(choices) = &mut c.choices
            && !unknown.is_empty()
        {
            let list: Vec<&str> = unknown.iter().map(String::as_str).collect();
            c.description = format!(
                "{}\nValues no longer offered: {}.",
                c.description,
                list.join(", ")
            );
            choices.extend(unknown);
        }
    }
}

fn type_name(t: Type) -> &'static str {
    match t {
        Type::Number => "number",
        Type::Integer => "whole number",
        Type::Date => "date",
        _ => "value",
    }
}

/// `YYYY-MM-DD` with a month and day that can exist (as `xs:date` and a
/// Table Schema `date` require).
pub fn is_date(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&v[5..7].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&v[8..10].parse::<u32>().unwrap_or(0))
}

fn column(name: &str, title: &str, kind: Type) -> Column {
    Column {
        name: name.into(),
        title: title.into(),
        description: String::new(),
        kind,
        choices: None,
    }
}

/// A text in `lang` (or the first language written), as written.
fn plain(text: &TranslatedText, lang: &str) -> String {
    text.get(lang)
        .or_else(|| text.first().map(|(_, p)| p))
        .map(|p| p.source.trim().to_string())
        .unwrap_or_default()
}

/// `nl: …` / `en: …`: the text in every language written.
fn every_language(text: &TranslatedText) -> String {
    text.by_language
        .iter()
        .map(|(l, p)| format!("{l}: {}", p.source.trim()))
        .collect::<Vec<_>>()
        .join("\n")
}

fn option_labels(options: &[crate::model::Choice], lang: &str) -> String {
    options
        .iter()
        .map(|o| format!("{} = {}", o.value, plain(&o.label, lang)))
        .collect::<Vec<_>>()
        .join("; ")
}
