//! Matching a record to the study: its study key, its questionnaire, and
//! the version of the questionnaire it was answered on. Answers are matched
//! by question id; those to questions that changed type or left the guide
//! are kept and reported, never dropped.

use crate::model::{Content, Document, Form, QuestionKind, Study};

use super::{Problem, Record};

/// The record if it belongs to the study (reporting what is worth knowing
/// about it), or `None` with the reason it was skipped.
pub fn check(
    study: &Study,
    accept_study: &[String],
    record: Record,
    problems: &mut Vec<Problem>,
) -> Option<Record> {
    let skip = |problems: &mut Vec<Problem>, reason: String| {
        problems.push(Problem::RecordSkipped {
            source: record.source.clone(),
            reason,
        });
        None
    };
    if record.study != study.key && !accept_study.contains(&record.study) {
        return skip(
            problems,
            format!(
                "study: `{}` is not this study (`{}`): the file belongs to another study, or to this one before study.yaml was edited (then add --accept-study {})",
                record.study, study.key, record.study
            ),
        );
    }
    let form = study
        .document(&record.questionnaire)
        .and_then(|d| match &d.content {
            Content::Form(f) => Some((d, f)),
            _ => None,
        });
    let Some((doc, form)) = form else {
        return skip(
            problems,
            format!(
                "questionnaire: `{}` is not a guide or survey of this study (it has {})",
                record.questionnaire,
                form_ids(study)
            ),
        );
    };
    if record.respondent.starts_with("draft-") {
        notice(
            problems,
            &record,
            format!(
                "respondent `{}` has no respondent code yet (merged under this draft code)",
                record.respondent
            ),
        );
    }
    if record.hash != doc.definition_hash {
        notice(problems, &record, version_notice(&record, doc));
    }
    for (id, kind, in_guide) in questions_answered(&record, form) {
        match in_guide {
            None => notice(
                problems,
                &record,
                format!(
                    "answers to `{id}`, a question no longer in the guide, are kept in its own columns"
                ),
            ),
            Some(now) if kind.as_deref().is_some_and(|k| k != now) => notice(
                problems,
                &record,
                format!(
                    "`{id}` was a {} question and is now a {now} question: its answer is kept as text",
                    kind.unwrap_or_default()
                ),
            ),
            Some(_) => {}
        }
    }
    for q in form.questions() {
        let values = match record.value(&q.id) {
            Some(super::Value::List(l)) => l.clone(),
            Some(v) => vec![v.joined()],
            None => continue,
        };
        for v in values.iter().filter(|v| !offered(&q.kind, v)) {
            notice(
                problems,
                &record,
                format!(
                    "`{}`: `{v}` is not one of its options now; the answer is kept as given",
                    q.id
                ),
            );
        }
    }
    Some(record)
}

fn notice(problems: &mut Vec<Problem>, record: &Record, message: String) {
    problems.push(Problem::Notice {
        source: record.source.clone(),
        message,
    });
}

fn version_notice(record: &Record, doc: &Document) -> String {
    let was = match &record.version {
        Some(v) => format!("version {v}, definition {}", record.hash),
        None => format!("definition {}", record.hash),
    };
    let now = match &doc.version {
        Some(v) => format!("version {v}, definition {}", doc.definition_hash),
        None => format!("definition {}", doc.definition_hash),
    };
    format!(
        "answered on another version of `{}` ({was}; the study has {now}): answers are matched by question id",
        doc.id
    )
}

fn form_ids(study: &Study) -> String {
    let ids: Vec<String> = study
        .documents
        .iter()
        .filter(|d| matches!(d.content, Content::Form(_)))
        .map(|d| format!("`{}`", d.id))
        .collect();
    if ids.is_empty() {
        "none".into()
    } else {
        ids.join(", ")
    }
}

/// The questions the record has a non-empty field for: id, the type the
/// record gives it, and its type in the guide now (`None`: not in it).
fn questions_answered<'a>(
    record: &'a Record,
    form: &'a Form,
) -> Vec<(String, Option<String>, Option<&'static str>)> {
    let ids: std::collections::BTreeSet<&str> = record
        .fields
        .iter()
        .filter(|(_, f)| !f.value.is_empty())
        .map(|(name, _)| question_of(name))
        .collect();
    ids.into_iter()
        .map(|id| {
            let now = form
                .questions()
                .find(|q| q.id == id)
                .filter(|q| q.kind.is_answerable())
                .map(|q| q.kind.name());
            (id.to_string(), record.questions.get(id).cloned(), now)
        })
        .collect()
}

/// `role.probe.1` → `role`: a field's question.
pub fn question_of(field: &str) -> &str {
    field.split('.').next().unwrap_or(field)
}

/// Whether a choice value is one of the question's options now.
pub fn offered(kind: &QuestionKind, value: &str) -> bool {
    match kind {
        QuestionKind::Single { options, other } | QuestionKind::Multiple { options, other } => {
            (*other && value == "other") || options.iter().any(|o| o.value == value)
        }
        QuestionKind::Scale { min, max, .. } => value
            .parse::<i64>()
            .is_ok_and(|v| (*min..=*max).contains(&v)),
        _ => true,
    }
}
