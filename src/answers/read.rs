//! Reading answer exports: the files and directories given, each file
//! checked against `enquete-answers/1` (docs/answers.md) by the same rules
//! as the forms' import, each problem named with its file and field.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde_json::{Map, Value as Json};

use super::{Field, Problem, Record, Time, Value};
use crate::crypto::{self, PrivateKey};

pub const FORMAT: &str = "enquete-answers/1";

/// An export of 10,000 respondents is a few tens of MiB; anything far
/// larger is not an export.
const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// The files to read: each file given, and every `*.json` file under each
/// directory given, in a stable order. Inputs that cannot be read are
/// reported.
pub fn collect(inputs: &[PathBuf], problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut found: Vec<PathBuf> = walkdir::WalkDir::new(input)
                .sort_by_file_name()
                .into_iter()
                .filter_map(|e| match e {
                    Ok(e) => Some(e),
                    Err(err) => {
                        problems.push(Problem::FileSkipped {
                            file: err.path().unwrap_or(input).display().to_string(),
                            reason: format!("cannot be read: {err}"),
                        });
                        None
                    }
                })
                .filter(|e| {
                    e.file_type().is_file()
                        && e.path()
                            .extension()
                            .is_some_and(|x| x.eq_ignore_ascii_case("json"))
                })
                .map(|e| e.into_path())
                .collect();
            files.append(&mut found);
        } else if input.is_file() {
            files.push(input.clone());
        } else {
            problems.push(Problem::FileSkipped {
                file: input.display().to_string(),
                reason: "no such file or directory".into(),
            });
        }
    }
    files
}

/// What the records read have in common, each kept once: the question
/// lists (thousands of records saved from the same guide share one) and
/// the field names (`trust.notes` of every record is one `Arc`).
#[derive(Default)]
pub struct Shared {
    definitions: Mutex<HashSet<Arc<BTreeMap<String, String>>>>,
    names: Mutex<HashSet<Arc<str>>>,
}

impl Shared {
    fn definition(&self, questions: BTreeMap<String, String>) -> Arc<BTreeMap<String, String>> {
        // A poisoned lock only means another reader panicked; the set is
        // still whole.
        let mut seen = self.definitions.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(known) = seen.get(&questions) {
            return Arc::clone(known);
        }
        let questions = Arc::new(questions);
        seen.insert(Arc::clone(&questions));
        questions
    }

    /// The shared copy of each field name of one record (one lock for all).
    fn fields(&self, fields: Vec<(&str, Field)>) -> BTreeMap<Arc<str>, Field> {
        let mut seen = self.names.lock().unwrap_or_else(|e| e.into_inner());
        fields
            .into_iter()
            .map(|(name, field)| {
                let name = match seen.get(name) {
                    Some(known) => Arc::clone(known),
                    None => {
                        let new: Arc<str> = Arc::from(name);
                        seen.insert(Arc::clone(&new));
                        new
                    }
                };
                (name, field)
            })
            .collect()
    }
}

/// Reads one file's records into `records`; a file that does not follow
/// the format is skipped whole, with its first problem.
pub fn read_file(
    path: &Path,
    key: Option<&PrivateKey>,
    shared: &Shared,
    records: &mut Vec<Record>,
    problems: &mut Vec<Problem>,
) {
    let file = path.display().to_string();
    let skip = |problems: &mut Vec<Problem>, reason: String| {
        problems.push(Problem::FileSkipped {
            file: file.clone(),
            reason,
        })
    };
    match std::fs::metadata(path) {
        Ok(m) if m.len() > MAX_FILE_BYTES => {
            return skip(
                problems,
                format!(
                    "larger than {} MiB: not an answers export",
                    MAX_FILE_BYTES >> 20
                ),
            );
        }
        Err(e) => return skip(problems, format!("cannot be read: {e}")),
        Ok(_) => {}
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return skip(problems, format!("cannot be read: {e}")),
    };
    let mut json: Json = match serde_json::from_slice(&bytes) {
        Ok(j) => j,
        Err(e) => return skip(problems, format!("not valid JSON: {e}")),
    };
    if let Some(envelope) = json.as_object().filter(|o| crypto::is_envelope(o)) {
        json = match crypto::open(envelope, key).map(|plain| serde_json::from_slice(&plain)) {
            Ok(Ok(j)) => j,
            Ok(Err(e)) => return skip(problems, format!("decrypted, but not valid JSON: {e}")),
            Err(reason) => return skip(problems, reason),
        };
    }
    let Some(top) = json.as_object() else {
        return skip(problems, "expected an object of enquete-answers/1".into());
    };
    if let Err(reason) = check_format(top, "") {
        return skip(problems, reason);
    }
    if let Some(list) = top.get("records") {
        let Some(list) = list.as_array() else {
            return skip(problems, "records: expected a list".into());
        };
        if let Err(reason) = time(top, "exported", "", false) {
            return skip(problems, reason);
        }
        for (i, item) in list.iter().enumerate() {
            let at = format!("records[{i}].");
            match item
                .as_object()
                .ok_or_else(|| format!("records[{i}]: expected an object"))
                .and_then(|o| record(o, &at, &file, shared))
            {
                Ok(r) => records.push(r),
                // The other records of the file are still merged.
                Err(reason) => problems.push(Problem::RecordSkipped {
                    source: format!("{file} records[{i}]"),
                    reason,
                }),
            }
        }
    } else {
        match record(top, "", &file, shared) {
            Ok(r) => records.push(r),
            Err(reason) => skip(problems, reason),
        }
    }
}

fn check_format(o: &Map<String, Json>, at: &str) -> Result<(), String> {
    match o.get("format").and_then(Json::as_str) {
        Some(FORMAT) => Ok(()),
        Some(f) if f.starts_with("enquete-answers/") => Err(format!(
            "{at}format: `{f}` was written by a newer enquete; this one reads {FORMAT}"
        )),
        _ => Err(format!(
            "{at}format: expected `{FORMAT}`: not an enquete answers export"
        )),
    }
}

fn record(o: &Map<String, Json>, at: &str, file: &str, shared: &Shared) -> Result<Record, String> {
    check_format(o, at)?;
    let respondent = text(o, "respondent", at)?;
    if !is_respondent_code(&respondent) {
        return Err(format!(
            "{at}respondent: `{}` is not a respondent code (letters, digits, `_`, `.` and `-`, at most 32, as the forms accept)",
            respondent.escape_debug()
        ));
    }
    let source = if at.is_empty() {
        file.to_string()
    } else {
        format!("{file} {}", at.trim_end_matches('.'))
    };
    let questions = shared.definition(
        object(o, "questions", at)?
            .iter()
            .map(|(id, t)| match t.as_str() {
                Some(t) => Ok((id.clone(), t.to_string())),
                None => Err(format!("{at}questions.{id}: expected a question type")),
            })
            .collect::<Result<_, _>>()?,
    );
    let timers = object(o, "timers", at)?;
    let total_ms = ms(timers.get("total"), &format!("{at}timers.total"))?;
    let sections = timers
        .get("sections")
        .and_then(Json::as_object)
        .ok_or_else(|| format!("{at}timers.sections: expected an object"))?;
    let mut section_ms = BTreeMap::new();
    for (id, v) in sections {
        section_ms.insert(
            id.clone(),
            ms(Some(v), &format!("{at}timers.sections.{id}"))?,
        );
    }
    let mut fields = Vec::new();
    for (name, f) in object(o, "fields", at)? {
        let here = format!("{at}fields.{name}");
        let f = f
            .as_object()
            .ok_or_else(|| format!("{here}: expected an object"))?;
        let value = match f.get("value") {
            Some(Json::String(s)) => Value::Text(s.clone()),
            Some(Json::Null) => Value::Empty,
            Some(Json::Array(items)) => Value::List(
                items
                    .iter()
                    .map(|i| i.as_str().map(str::to_string))
                    .collect::<Option<_>>()
                    .ok_or_else(|| format!("{here}.value: expected a list of texts"))?,
            ),
            _ => {
                return Err(format!(
                    "{here}.value: expected a text, a list of texts or null"
                ));
            }
        };
        let changed = f
            .get("changed")
            .and_then(Json::as_str)
            .and_then(parse_time)
            .ok_or_else(|| format!("{here}.changed: expected a date and time (UTC)"))?;
        let clock = match f.get("clock") {
            None => None,
            v => Some(ms(v, &format!("{here}.clock"))?),
        };
        fields.push((
            name.as_str(),
            Field {
                value,
                changed,
                clock,
            },
        ));
    }
    let fields = shared.fields(fields);
    // The per-question views are derived from `fields` (only `fields`
    // counts on import); they must still be there.
    for key in ["answers", "other", "why", "probes", "notes"] {
        object(o, key, at)?;
    }
    if !o.get("removed").is_some_and(Json::is_array) {
        return Err(format!("{at}removed: expected a list"));
    }
    // Written by forms with skip logic (`show_if`) only.
    let not_applicable = match o.get("not_applicable") {
        None => Vec::new(),
        Some(Json::Array(items)) => items
            .iter()
            .map(|i| i.as_str().map(str::to_string))
            .collect::<Option<_>>()
            .ok_or_else(|| format!("{at}not_applicable: expected a list of question ids"))?,
        Some(_) => {
            return Err(format!(
                "{at}not_applicable: expected a list of question ids"
            ));
        }
    };
    Ok(Record {
        source,
        study: text(o, "study", at)?,
        questionnaire: text(o, "questionnaire", at)?,
        hash: text(o, "hash", at)?,
        version: match o.get("version") {
            Some(Json::String(s)) => Some(s.clone()),
            Some(Json::Null) => None,
            _ => return Err(format!("{at}version: expected a text or null")),
        },
        language: text(o, "language", at)?,
        respondent,
        started: time(o, "started", at, false)?
            .ok_or_else(|| format!("{at}started: expected a date and time (UTC)"))?,
        saved: time(o, "saved", at, true)?,
        questions,
        total_ms,
        section_ms,
        fields,
        not_applicable,
    })
}

/// The codes the forms accept (`pattern` of the respondent code field):
/// never markup, never a path.
pub fn is_respondent_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 32
        && !code.starts_with('.')
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
}

fn text(o: &Map<String, Json>, key: &str, at: &str) -> Result<String, String> {
    match o.get(key).and_then(Json::as_str) {
        Some(s) if !s.is_empty() => Ok(s.to_string()),
        _ => Err(format!("{at}{key}: expected a text")),
    }
}

fn object<'a>(
    o: &'a Map<String, Json>,
    key: &str,
    at: &str,
) -> Result<&'a Map<String, Json>, String> {
    o.get(key)
        .and_then(Json::as_object)
        .ok_or_else(|| format!("{at}{key}: expected an object"))
}

fn ms(v: Option<&Json>, at: &str) -> Result<u64, String> {
    v.and_then(Json::as_u64)
        .ok_or_else(|| format!("{at}: expected milliseconds"))
}

/// A time as `toISOString()` writes it, normalised to milliseconds so that
/// times compare as texts; `None` for null when `nullable`.
fn time(
    o: &Map<String, Json>,
    key: &str,
    at: &str,
    nullable: bool,
) -> Result<Option<String>, String> {
    let expected = if nullable {
        "expected a date and time (UTC) or null"
    } else {
        "expected a date and time (UTC)"
    };
    match o.get(key) {
        Some(Json::Null) if nullable => Ok(None),
        Some(Json::String(s)) => parse_time(s)
            .map(|t| Some(t.to_string()))
            .ok_or_else(|| format!("{at}{key}: {expected}")),
        _ => Err(format!("{at}{key}: {expected}")),
    }
}

/// `YYYY-MM-DDTHH:MM:SS(.fff…)Z` → `YYYY-MM-DDTHH:MM:SS.fffZ`, written
/// straight into its 24 bytes: a merge parses one per field.
pub fn parse_time(s: &str) -> Option<Time> {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let shape = b.len() >= 20
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19)
        && b[b.len() - 1] == b'Z';
    if !shape {
        return None;
    }
    let fraction = &b[19..b.len() - 1];
    let millis = match fraction.split_first() {
        None => &[][..],
        Some((b'.', f)) if !f.is_empty() && f.iter().all(u8::is_ascii_digit) => f,
        _ => return None,
    };
    let number =
        |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    if !((1..=12).contains(&number(5..7))
        && (1..=31).contains(&number(8..10))
        && number(11..13) <= 23
        && number(14..16) <= 59
        && number(17..19) <= 60)
    {
        return None;
    }
    let mut time = [b'0'; 24];
    time[..19].copy_from_slice(&b[..19]);
    time[19] = b'.';
    for (to, from) in time[20..23].iter_mut().zip(millis) {
        *to = *from;
    }
    time[23] = b'Z';
    Some(Time(time))
}

#[cfg(test)]
mod tests {
    use super::parse_time;

    fn parsed(s: &str) -> Option<String> {
        parse_time(s).map(|t| t.to_string())
    }

    #[test]
    fn times_are_normalised_to_milliseconds_and_impossible_ones_refused() {
        let ms = |s: &str| Some(s.to_string());
        assert_eq!(
            parsed("2026-12-01T10:41:03.551Z"),
            ms("2026-12-01T10:41:03.551Z")
        );
        assert_eq!(
            parsed("2026-12-01T10:41:03Z"),
            ms("2026-12-01T10:41:03.000Z")
        );
        assert_eq!(
            parsed("2026-12-01T10:41:03.5Z"),
            ms("2026-12-01T10:41:03.500Z")
        );
        assert_eq!(
            parsed("2026-12-01T10:41:03.123456Z"),
            ms("2026-12-01T10:41:03.123Z")
        );
        assert_eq!(
            parsed("2016-12-31T23:59:60.000Z"),
            ms("2016-12-31T23:59:60.000Z")
        );
        for bad in [
            "2026-12-01T10:41:03.Z",
            "2026-12-01T10:41:03,5Z",
            "2026-13-01T10:41:03Z",
            "2026-12-00T10:41:03Z",
            "2026-12-01T24:00:00Z",
            "2026-12-01T10:60:00Z",
            "2026-12-01T10:41:61Z",
            "2026-12-01T10:41:03.55",
            "2026-12-01 10:41:03Z",
            "2026-12-01T10:41:03.5aZ",
            "",
        ] {
            assert_eq!(parsed(bad), None, "{bad}");
        }
    }
}
