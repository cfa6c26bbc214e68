//! From answer exports to a dataset: `enquete answers merge`.
//!
//! The same stages as a build, for answers: [`read`] turns export files
//! (docs/answers.md) into records, [`check`] matches each record to its
//! questionnaire in the study, [`dedupe`] combines the copies of one
//! respondent, [`columns`] plans a table per questionnaire, and the writers
//! ([`csv`], [`datapackage`], [`transcript`], [`xlsx`], and
//! [`crate::qda::project`] for the REFI-QDA project) render it. Every problem names its file; a bad
//! file or record is skipped and reported, and the others are still merged.

pub mod check;
pub mod columns;
pub mod csv;
pub mod datapackage;
pub mod dedupe;
pub mod read;
pub mod report;
pub mod transcript;
pub mod xlsx;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::i18n::Locales;
use crate::model::{Content, Study};
use crate::write::{Staging, WriteError};

/// One field of a record: its value and when it was last changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub value: Value,
    pub changed: Time,
    /// When the interview clock ran: its time at that change, in ms.
    pub clock: Option<u64>,
}

/// A time as the forms write it (`toISOString()`), normalised to
/// milliseconds: `2026-12-01T10:41:03.551Z`, always 24 ASCII bytes. Kept
/// inline rather than as a `String`: a merge of 10,000 interviews holds
/// one per field, some 700,000, and times compare as texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time([u8; 24]);

impl Time {
    pub fn as_str(&self) -> &str {
        // Only ever made from ASCII, by `read::parse_time`.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl std::fmt::Display for Time {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    List(Vec<String>),
    /// The field was emptied.
    Empty,
}

impl Value {
    /// The value as one text: a list joined with `; ` (as the forms' own
    /// CSV export joins it).
    pub fn joined(&self) -> String {
        match self {
            Value::Text(t) => t.clone(),
            Value::List(l) => l.join("; "),
            Value::Empty => String::new(),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Value::Text(t) => t.is_empty(),
            Value::List(l) => l.is_empty(),
            Value::Empty => true,
        }
    }
}

/// One respondent's answers to one questionnaire, as one file held them.
#[derive(Debug, Clone)]
pub struct Record {
    /// Where it came from: the file, and `records[i]` in a file of several.
    pub source: String,
    pub study: String,
    pub questionnaire: String,
    pub hash: String,
    pub version: Option<String>,
    pub language: String,
    pub respondent: String,
    pub started: String,
    pub saved: Option<String>,
    /// The questions of the definition the record was saved under, with
    /// their types (removed ones included).
    pub questions: std::sync::Arc<BTreeMap<String, String>>,
    pub total_ms: u64,
    pub section_ms: BTreeMap<String, u64>,
    /// By field name (`trust`, `trust.notes`, `trust.probe.2`): each name
    /// kept once for all records (`read::Shared`).
    pub fields: BTreeMap<std::sync::Arc<str>, Field>,
    /// The questions that did not apply (skip logic) when the record was
    /// exported: their answers are kept, and marked so in the table. Of
    /// several copies of a respondent, the list of the one saved last.
    pub not_applicable: Vec<String>,
}

impl Record {
    /// The value of field `name`, unless absent or emptied.
    pub fn value(&self, name: &str) -> Option<&Value> {
        self.fields
            .get(name)
            .map(|f| &f.value)
            .filter(|v| !v.is_empty())
    }
}

/// What merging found, for the terminal and for `merge-report.md`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Problem {
    /// A whole file was not merged.
    FileSkipped { file: String, reason: String },
    /// One record of a file was not merged.
    RecordSkipped { source: String, reason: String },
    /// Merged, but worth knowing (another guide version, a removed question).
    Notice { source: String, message: String },
    /// Two copies of a respondent disagree on a field: the newer was kept.
    Conflict(dedupe::Conflict),
}

impl Problem {
    fn sort_key(&self) -> (u8, &str) {
        match self {
            Problem::FileSkipped { file: s, .. } | Problem::RecordSkipped { source: s, .. } => {
                (0, s)
            }
            Problem::Notice { source, .. } => (1, source),
            Problem::Conflict(c) => (2, &c.kept.0),
        }
    }

    pub fn is_skip(&self) -> bool {
        matches!(
            self,
            Problem::FileSkipped { .. } | Problem::RecordSkipped { .. }
        )
    }
}

/// The merged answers: per questionnaire, one record per respondent
/// (sorted by respondent code), and every problem met on the way.
pub struct Merged {
    pub files_read: usize,
    pub records_read: usize,
    pub by_questionnaire: BTreeMap<String, Vec<Record>>,
    pub problems: Vec<Problem>,
}

impl Merged {
    pub fn skipped(&self) -> usize {
        self.problems.iter().filter(|p| p.is_skip()).count()
    }
}

pub struct MergeOptions {
    pub inputs: Vec<PathBuf>,
    /// Study keys to accept besides the study's own: records saved before
    /// `study.yaml` was edited carry the key it had then.
    pub accept_study: Vec<String>,
    /// Opens exports encrypted to the study's key.
    pub key: Option<crate::crypto::PrivateKey>,
}

/// Reads every input, checks it against the study and combines the copies
/// of each respondent. Reads only: no input is ever changed.
pub fn merge(study: &Study, options: &MergeOptions) -> Merged {
    let mut problems = Vec::new();
    let files = read::collect(&options.inputs, &mut problems);
    let files_read = files.len();
    // Files are read in parallel, and their records kept in the files'
    // order, so that the result does not depend on which finished first.
    let shared = read::Shared::default();
    let read: Vec<(Vec<Record>, Vec<Problem>)> = files
        .par_iter()
        .map(|file| {
            let (mut records, mut problems) = (Vec::new(), Vec::new());
            let key = options.key.as_ref();
            read::read_file(file, key, &shared, &mut records, &mut problems);
            (records, problems)
        })
        .collect();
    let mut records = Vec::new();
    for (mut file_records, mut file_problems) in read {
        records.append(&mut file_records);
        problems.append(&mut file_problems);
    }
    let records_read = records.len();
    let accepted: Vec<Record> = records
        .into_iter()
        .filter_map(|r| check::check(study, &options.accept_study, r, &mut problems))
        .collect();
    let by_questionnaire = dedupe::dedupe(accepted, &mut problems);
    // Skipped first, then notes, then conflicts; each by file, in the
    // order of the files' names.
    problems.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()).then_with(|| a.cmp(b)));
    problems.dedup();
    Merged {
        files_read,
        records_read,
        by_questionnaire,
        problems,
    }
}

/// Writes the dataset into `out`, atomically (as `build` writes a site):
/// the previous output stays until the new one is complete. The records
/// are taken out of `merged` as the workbook is made from them (the rest
/// of `merged` stays).
pub fn write(
    root: &Path,
    out: &Path,
    study: &Study,
    locales: &Locales,
    merged: &mut Merged,
) -> Result<PathBuf, WriteError> {
    let staging = Staging::new(root, out, crate::write::Output::Answers, || {})?;
    staging.write("merge-report.md", report::render(merged).as_bytes())?;
    // The project first, then the tables, one after the other: the
    // workbook is made whole in memory, and each record is dropped once
    // its row is in it, so that the records and the workbook are never
    // both whole in memory (nor the project's working set beside them).
    write_project(&staging, study, locales, merged)?;
    crate::memory::release_freed();
    write_tables(
        &staging,
        study,
        locales,
        std::mem::take(&mut merged.by_questionnaire),
    )?;
    staging.commit()
}

/// The transcripts, the CSVs, the data package and the workbook.
fn write_tables(
    staging: &Staging,
    study: &Study,
    locales: &Locales,
    by_questionnaire: BTreeMap<String, Vec<Record>>,
) -> Result<(), WriteError> {
    let clean = crate::render::text::sanitizer();
    let mut tables = Vec::new();
    let mut guides = Vec::new();
    let mut rows = Vec::new();
    for (id, records) in by_questionnaire {
        let Some(doc) = study.document(&id) else {
            continue;
        };
        let Content::Form(form) = &doc.content else {
            continue;
        };
        // The CSV is written by one thread while the transcripts take the
        // others: both only read the records.
        let transcripts = || {
            records.par_iter().try_for_each(|record| {
                let path = format!("transcripts/{id}/{}.md", record.respondent);
                staging.write(
                    &path,
                    transcript::render(study, locales, &clean, doc, form, record).as_bytes(),
                )
            })
        };
        let table = || -> Result<columns::Table, WriteError> {
            let table = columns::plan(study, doc, form, &records);
            staging.write_streamed(&format!("answers/{id}.csv"), |file| {
                csv::write(&table, &records, file)
            })?;
            Ok(table)
        };
        let (written, table) = rayon::join(transcripts, table);
        written?;
        let table = table?;
        tables.push(table);
        guides.push((doc, form));
        rows.push(records);
    }
    staging.write(
        "datapackage.json",
        datapackage::render(study, &tables).as_bytes(),
    )?;
    let sheets: Vec<_> = tables
        .into_iter()
        .zip(guides)
        .map(|(table, (doc, form))| (table, doc, form))
        .collect();
    let workbook = xlsx::render(study, locales, &sheets, rows)
        .map_err(|e| WriteError(format!("cannot make answers.xlsx: {e}")))?;
    staging.write("answers.xlsx", &workbook)
}

/// `study.qdpx`, written as it is made.
fn write_project(
    staging: &Staging,
    study: &Study,
    locales: &Locales,
    merged: &Merged,
) -> Result<(), WriteError> {
    staging.write_streamed("study.qdpx", |file| {
        crate::qda::project::write_qdpx(study, locales, merged, file).map(drop)
    })
}
