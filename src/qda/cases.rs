//! The cases of a REFI-QDA project: one per interview, with the variables
//! that describe it (what the interview was, and the answers that describe
//! the respondent rather than tell a story).

use std::collections::HashMap;

use crate::answers::Value;
use crate::answers::columns::is_date;
use crate::model::{Document, Form, QuestionKind};
use crate::render::text::TextRenderer;

use super::guid::guid;
use super::project::Interview;
use super::source::label;
use super::xml::Writer;
use crate::render::text::one_line;

/// A case variable: its name, REFI-QDA type and description.
pub struct Variable {
    pub name: String,
    pub guid: String,
    pub kind: &'static str,
    pub description: String,
}

/// The variables of every case: what the interview was, and the answers
/// that describe the respondent rather than tell a story (every question
/// but `open` and `msc`), by `questionnaire.question`.
pub fn variables(name: &str, text: &TextRenderer, forms: &[(&Document, &Form)]) -> Vec<Variable> {
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

/// Writes the cases, with the GUID of each variable looked up by name
/// rather than made again for each of thousands of values.
pub struct Cases<'a> {
    name: &'a str,
    guids: HashMap<&'a str, &'a str>,
}

impl<'a> Cases<'a> {
    pub fn new(name: &'a str, variables: &'a [Variable]) -> Self {
        let guids = variables
            .iter()
            .map(|v| (v.name.as_str(), v.guid.as_str()))
            .collect();
        Cases { name, guids }
    }

    /// The case of interview `i`, its labels given by `text`.
    pub fn write(&self, w: &mut Writer, text: &TextRenderer, i: &Interview) {
        let r = i.record;
        w.open(
            "Case",
            &[
                (
                    "guid",
                    &guid(&[self.name, "case", &i.doc.id, &r.respondent]),
                ),
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
        for (var, kind, value) in &values {
            if let Some(variable) = self.guids.get(var) {
                variable_value(w, variable, kind, value);
            }
        }
        for q in i.form.questions() {
            let var = format!("{}.{}", i.doc.id, q.id);
            let Some(variable) = self.guids.get(var.as_str()) else {
                continue;
            };
            let shown = match r.value(&q.id) {
                Some(Value::List(values)) => values
                    .iter()
                    .map(|v| label(text, q, v))
                    .collect::<Vec<_>>()
                    .join("; "),
                Some(v) => label(text, q, &v.joined()),
                None => continue,
            };
            variable_value(w, variable, "TextValue", &shown);
        }
        w.empty("SourceRef", &[("targetGUID", &i.guid)]);
        w.close("Case");
    }
}

fn variable_value(w: &mut Writer, variable: &str, kind: &str, value: &str) {
    w.open("VariableValue", &[]);
    w.empty("VariableRef", &[("targetGUID", variable)]);
    w.text(kind, value);
    w.close("VariableValue");
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_are_checked_before_they_become_xsd_dates() {
        assert!(super::is_date("2026-12-01"));
        assert!(!super::is_date("2026-12-1T"));
        assert!(!super::is_date("draft"));
        assert!(!super::is_date("2026-13-01"));
    }
}
