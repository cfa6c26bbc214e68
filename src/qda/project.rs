//! `study.qdpx`: the merged interviews as a REFI-QDA project, which
//! ATLAS.ti, MAXQDA and NVivo open. A zip of `project.qde` (the project:
//! codes, variables, cases, and for each interview its text source with
//! every answer coded) and `sources/{guid}.txt` (each interview's text).
//!
//! The code system has the study's codebook, then the guides: one code per
//! questionnaire, a code per section under it and a code per question
//! under that. Every answer is coded with its question's code, its
//! section's code and the codebook's codes that the question names; an
//! answer to a question no longer in the guide, with its questionnaire's
//! code.

use std::io::Write;

use crate::answers::{Merged, Record, Value};
use crate::i18n::Locales;
use crate::model::{Content, Document, Form, QuestionKind, Study};
use crate::render::text::{TextRenderer, sanitizer};

use super::codebook::{ORIGIN, code_guid, write_codes};
use super::guid::{guid, study_name};
use super::source::{self, Source, label, one_line};
use super::xml::Writer;

/// One interview of the project.
struct Interview<'a> {
    doc: &'a Document,
    form: &'a Form,
    record: &'a Record,
    guid: String,
    source: Source,
}

/// The project as the bytes of a `.qdpx` file.
pub fn qdpx(study: &Study, locales: &Locales, merged: &Merged) -> std::io::Result<Vec<u8>> {
    let name = study_name(study);
    let clean = sanitizer();
    let mut interviews = Vec::new();
    for (id, records) in &merged.by_questionnaire {
        let Some(doc) = study.document(id) else {
            continue;
        };
        let Content::Form(form) = &doc.content else {
            continue;
        };
        for record in records {
            let lang = if study.languages.iter().any(|l| l.code == record.language) {
                record.language.as_str()
            } else {
                study.default_language.as_str()
            };
            let text = TextRenderer::new(study, locales, lang, &clean);
            let title = one_line(&text.source(&doc.title));
            interviews.push(Interview {
                doc,
                form,
                record,
                guid: guid(&[&name, "source", id, &record.respondent]),
                source: source::render(&text, &title, form, record),
            });
        }
    }
    let qde = project_qde(study, locales, &interviews);
    package(&qde, &interviews)
}

/// The zip: entries in a fixed order with a fixed time, so that the same
/// merge gives the same bytes.
fn package(qde: &str, interviews: &[Interview]) -> std::io::Result<Vec<u8>> {
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("project.qde", options)?;
    zip.write_all(qde.as_bytes())?;
    for interview in interviews {
        zip.start_file(format!("sources/{}.txt", interview.guid), options)?;
        zip.write_all(interview.source.text.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

/// A case variable: its name, REFI-QDA type and value per interview.
struct Variable {
    name: String,
    guid: String,
    kind: &'static str,
    description: String,
}

fn project_qde(study: &Study, locales: &Locales, interviews: &[Interview]) -> String {
    let name = study_name(study);
    let clean = sanitizer();
    let text = TextRenderer::new(study, locales, &study.default_language, &clean);
    let mut w = Writer::new();
    w.open(
        "Project",
        &[
            ("xmlns", "urn:QDA-XML:project:1.0"),
            ("name", &one_line(&text.source(&study.title))),
            ("origin", ORIGIN),
        ],
    );
    // The codes: the codebook's, then the guides' (only the guides that
    // have interviews).
    let mut forms: Vec<(&Document, &Form)> = Vec::new();
    for i in interviews {
        if !forms.iter().any(|(d, _)| d.id == i.doc.id) {
            forms.push((i.doc, i.form));
        }
    }
    if !study.codebook.is_empty() || !forms.is_empty() {
        w.open("CodeBook", &[]);
        w.open("Codes", &[]);
        write_codes(
            &mut w,
            study,
            locales,
            &study.default_language,
            &study.codebook,
        );
        for (doc, form) in &forms {
            guide_codes(&mut w, &text, &name, doc, form);
        }
        w.close("Codes");
        w.close("CodeBook");
    }
    let variables = variables(&name, &text, &forms);
    if !variables.is_empty() {
        w.open("Variables", &[]);
        for v in &variables {
            w.open(
                "Variable",
                &[
                    ("guid", &v.guid),
                    ("name", &v.name),
                    ("typeOfVariable", v.kind),
                ],
            );
            w.text("Description", &v.description);
            w.close("Variable");
        }
        w.close("Variables");
    }
    if !interviews.is_empty() {
        w.open("Cases", &[]);
        for i in interviews {
            case(&mut w, study, locales, &name, &variables, i);
        }
        w.close("Cases");
        w.open("Sources", &[]);
        for i in interviews {
            text_source(&mut w, study, &name, i);
        }
        w.close("Sources");
    }
    w.close("Project");
    w.finish()
}

fn guide_guid(name: &str, parts: &[&str]) -> String {
    let mut all = vec![name, "guide"];
    all.extend_from_slice(parts);
    guid(&all)
}

/// Questionnaire → section → question. Question codes are named by the
/// question's id (analysis software shortens long names: MAXQDA keeps 63
/// characters), with the question itself as the description.
fn guide_codes(w: &mut Writer, text: &TextRenderer, name: &str, doc: &Document, form: &Form) {
    let title = one_line(&text.source(&doc.title));
    w.open(
        "Code",
        &[
            ("guid", &guide_guid(name, &[&doc.id])),
            ("name", &title),
            ("isCodable", "true"),
        ],
    );
    w.text("Description", &doc.id);
    for section in &form.sections {
        let answerable: Vec<_> = section
            .questions
            .iter()
            .filter(|q| q.kind.is_answerable())
            .collect();
        if answerable.is_empty() {
            continue;
        }
        w.open(
            "Code",
            &[
                ("guid", &guide_guid(name, &[&doc.id, &section.id])),
                ("name", &one_line(&text.source(&section.title))),
                ("isCodable", "true"),
            ],
        );
        w.text("Description", &section.id);
        for q in answerable {
            w.open(
                "Code",
                &[
                    ("guid", &guide_guid(name, &[&doc.id, &section.id, &q.id])),
                    ("name", &q.id),
                    ("isCodable", "true"),
                ],
            );
            w.text("Description", &one_line(&text.source(&q.text)));
            w.close("Code");
        }
        w.close("Code");
    }
    w.close("Code");
}

/// The variables of every case: what the interview was, and the answers
/// that describe the respondent rather than tell a story (every question
/// but `open` and `msc`), by `questionnaire.question`.
fn variables(name: &str, text: &TextRenderer, forms: &[(&Document, &Form)]) -> Vec<Variable> {
    let mut out = Vec::new();
    let mut add = |var: &str, kind: &'static str, description: String| {
        out.push(Variable {
            name: var.to_string(),
            guid: guid(&[name, "variable", var]),
            kind,
            description,
        });
    };
    add("respondent", "Text", "The respondent code.".into());
    add("questionnaire", "Text", "The questionnaire's id.".into());
    add("language", "Text", "The language of the interview.".into());
    add("date", "Date", "The day the interview began.".into());
    add(
        "minutes",
        "Float",
        "How long the interview clock ran, in minutes.".into(),
    );
    for (doc, form) in forms {
        for q in form.questions() {
            if matches!(
                q.kind,
                QuestionKind::Open | QuestionKind::Msc { .. } | QuestionKind::Note
            ) {
                continue;
            }
            add(
                &format!("{}.{}", doc.id, q.id),
                "Text",
                one_line(&text.source(&q.text)),
            );
        }
    }
    out
}

fn case(
    w: &mut Writer,
    study: &Study,
    locales: &Locales,
    name: &str,
    variables: &[Variable],
    i: &Interview,
) {
    let r = i.record;
    w.open(
        "Case",
        &[
            ("guid", &guid(&[name, "case", &i.doc.id, &r.respondent])),
            ("name", &r.respondent),
        ],
    );
    let mut values: Vec<(&str, &str, String)> = vec![
        ("respondent", "TextValue", r.respondent.clone()),
        ("questionnaire", "TextValue", i.doc.id.clone()),
        ("language", "TextValue", r.language.clone()),
    ];
    if let Some(date) = r.started.get(..10).filter(|d| is_date(d)) {
        values.push(("date", "DateValue", date.to_string()));
    }
    if r.total_ms > 0 {
        values.push((
            "minutes",
            "FloatValue",
            format!("{:.1}", r.total_ms as f64 / 60_000.0),
        ));
    }
    // Labels in the default language, so that cases compare whatever the
    // language of each interview.
    let clean = sanitizer();
    let text = TextRenderer::new(study, locales, &study.default_language, &clean);
    let mut answers = Vec::new();
    for q in i.form.questions() {
        let var = format!("{}.{}", i.doc.id, q.id);
        if !variables.iter().any(|v| v.name == var) {
            continue;
        }
        let shown = match r.value(&q.id) {
            Some(Value::List(values)) => values
                .iter()
                .map(|v| label(&text, q, v))
                .collect::<Vec<_>>()
                .join("; "),
            Some(v) => label(&text, q, &v.joined()),
            None => continue,
        };
        answers.push((var, shown));
    }
    let guid_of = |var: &str| guid(&[name, "variable", var]);
    for (var, kind, value) in &values {
        variable_value(w, &guid_of(var), kind, value);
    }
    for (var, value) in &answers {
        variable_value(w, &guid_of(var), "TextValue", value);
    }
    w.empty("SourceRef", &[("targetGUID", &i.guid)]);
    w.close("Case");
}

fn variable_value(w: &mut Writer, variable: &str, kind: &str, value: &str) {
    w.open("VariableValue", &[]);
    w.empty("VariableRef", &[("targetGUID", variable)]);
    w.text(kind, value);
    w.close("VariableValue");
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(n, c)| n == 4 || n == 7 || c.is_ascii_digit())
}

fn text_source(w: &mut Writer, study: &Study, name: &str, i: &Interview) {
    w.open(
        "TextSource",
        &[
            ("guid", &i.guid),
            ("name", &format!("{} {}", i.doc.id, i.record.respondent)),
            ("plainTextPath", &format!("internal://{}.txt", i.guid)),
        ],
    );
    for passage in &i.source.passages {
        let selection = guid(&[&i.guid, "selection", &passage.field]);
        w.open(
            "PlainTextSelection",
            &[
                ("guid", &selection),
                ("name", &passage.field),
                ("startPosition", &passage.start.to_string()),
                ("endPosition", &passage.end.to_string()),
            ],
        );
        for code in passage_codes(study, name, i, passage) {
            w.open("Coding", &[("guid", &guid(&[&selection, "coding", &code]))]);
            w.empty("CodeRef", &[("targetGUID", &code)]);
            w.close("Coding");
        }
        w.close("PlainTextSelection");
    }
    w.close("TextSource");
}

/// The codes of a passage: its question's and section's, and the
/// codebook's that the question names; for a question no longer in the
/// guide, the questionnaire's.
fn passage_codes(
    study: &Study,
    name: &str,
    i: &Interview,
    passage: &source::Passage,
) -> Vec<String> {
    let doc = &i.doc.id;
    let Some(section) = &passage.section else {
        return vec![guide_guid(name, &[doc])];
    };
    let mut codes = vec![
        guide_guid(name, &[doc, section, &passage.question]),
        guide_guid(name, &[doc, section]),
    ];
    if let Some(q) = i.form.questions().find(|q| q.id == passage.question) {
        for (code, _) in &q.codes {
            codes.push(code_guid(study, code));
        }
    }
    codes
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_are_checked_before_they_become_xsd_dates() {
        assert!(super::is_date("2026-12-01"));
        assert!(!super::is_date("2026-12-1T"));
        assert!(!super::is_date("draft"));
    }
}
