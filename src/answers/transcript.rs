//! `transcripts/{questionnaire}/{respondent}.md`: one interview as a
//! readable record, in the guide's order and the interview's language:
//! each question, its answer, the other text, the prompts asked and the
//! interviewer's notes. Every answer is a block quote, line by line, so
//! that nothing typed becomes a heading or a list of the record (as in the
//! forms' own Markdown export).

use crate::i18n::Locales;
use crate::model::{Document, Form, QuestionKind, Study};
use crate::render::text::{TextRenderer, one_line};

use super::{Record, Value};

pub fn render(
    study: &Study,
    locales: &Locales,
    clean: &ammonia::Builder<'static>,
    doc: &Document,
    form: &Form,
    record: &Record,
) -> String {
    // A record saved from a page in a language the study no longer has is
    // written in the default language.
    let lang = if study.languages.iter().any(|l| l.code == record.language) {
        record.language.as_str()
    } else {
        study.default_language.as_str()
    };
    let text = TextRenderer::new(study, locales, lang, clean);
    let mut md = vec![
        format!("# {}", one_line(&text.source(&doc.title))),
        String::new(),
        format!("- {}: `{}`", text.ui("respondent-code"), record.respondent),
        format!("- {}: {}", text.ui("date"), &record.started[..10]),
        format!(
            "- {} #{}{}",
            doc.id,
            record.hash,
            record
                .version
                .as_ref()
                .map(|v| format!(" ({v})"))
                .unwrap_or_default()
        ),
        String::new(),
    ];
    let mut shown = std::collections::BTreeSet::new();
    for section in &form.sections {
        md.push(format!("## {}", one_line(&text.source(&section.title))));
        md.push(String::new());
        for q in section.questions.iter().filter(|q| q.kind.is_answerable()) {
            shown.insert(q.id.as_str());
            md.push(format!("**{}**", one_line(&text.source(&q.text))));
            md.push(String::new());
            // Skip logic: said before whatever was typed while it applied.
            if record.not_applicable.iter().any(|id| id == &q.id) {
                md.push(format!("*{}*", text.ui("not-applicable")));
                md.push(String::new());
            }
            let label = |value: &str| match &q.kind {
                QuestionKind::Single { options, .. } | QuestionKind::Multiple { options, .. } => {
                    options
                        .iter()
                        .find(|o| o.value == value)
                        .map(|o| one_line(&text.source(&o.label)))
                        .unwrap_or_else(|| {
                            if value == "other" {
                                text.ui("other")
                            } else {
                                value.to_string()
                            }
                        })
                }
                _ => value.to_string(),
            };
            let probes: Vec<String> = q
                .probes
                .iter()
                .enumerate()
                .filter(|(n, _)| record.value(&format!("{}.probe.{}", q.id, n + 1)).is_some())
                .map(|(_, p)| one_line(&text.source(p)))
                .collect();
            answer(&mut md, record, &q.id, &label, probes, &text);
        }
    }
    let orphans: std::collections::BTreeSet<&str> = record
        .fields
        .keys()
        .map(|f| super::check::question_of(f))
        .filter(|id| !shown.contains(id))
        .filter(|id| {
            record
                .fields
                .iter()
                .any(|(n, f)| super::check::question_of(n) == *id && !f.value.is_empty())
        })
        .collect();
    if !orphans.is_empty() {
        md.push(format!("## {}", text.ui("js-orphans-title")));
        md.push(String::new());
        for id in orphans {
            md.push(format!("**{id}**"));
            md.push(String::new());
            let probes = record
                .fields
                .keys()
                .filter_map(|f| f.strip_prefix(&format!("{id}.probe.")))
                .filter(|n| record.value(&format!("{id}.probe.{n}")).is_some())
                .map(str::to_string)
                .collect();
            answer(&mut md, record, id, &|v: &str| v.to_string(), probes, &text);
        }
    }
    let mut out = md.join("\n").trim_end().to_string();
    out.push('\n');
    out
}

/// The answer to question `id` and what goes with it.
fn answer(
    md: &mut Vec<String>,
    record: &Record,
    id: &str,
    label: &dyn Fn(&str) -> String,
    probes: Vec<String>,
    text: &TextRenderer,
) {
    match record.value(id) {
        Some(Value::List(values)) => push_quote(
            md,
            &values
                .iter()
                .map(|v| label(v))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Some(v) => push_quote(md, &label(&v.joined())),
        None => {}
    }
    let parts = [("other", "other"), ("why", "msc-why"), ("notes", "notes")];
    for (part, heading) in parts {
        if part == "notes" && !probes.is_empty() {
            md.push(format!("*{}*: {}", text.ui("probes"), probes.join("; ")));
            md.push(String::new());
        }
        if let Some(v) = record.value(&format!("{id}.{part}")) {
            md.push(format!("*{}*", text.ui(heading)));
            md.push(String::new());
            push_quote(md, &v.joined());
        }
    }
}

fn push_quote(md: &mut Vec<String>, text: &str) {
    for line in text.lines() {
        md.push(format!("> {line}").trim_end().to_string());
    }
    md.push(String::new());
}
