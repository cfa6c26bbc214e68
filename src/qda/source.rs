//! The text of one interview as a REFI-QDA text source: each question and
//! its answer in the guide's order and the interview's language, the
//! prompts asked and the interviewer's notes, with the place of every
//! answer so that it can be coded.

use crate::answers::check::question_of;
use crate::answers::{Record, Value};
use crate::model::{Form, Question, QuestionKind};
use crate::render::text::{TextRenderer, one_line};

/// A passage of the source that is coded: characters `start..end`
/// (Unicode scalar values, counted from 0, end excluded, as REFI-QDA's
/// `startPosition` and `endPosition`).
///
/// Its names are borrowed from the guide and the record: a merge of
/// thousands of interviews keeps hundreds of thousands of passages.
pub struct Passage<'a> {
    /// The record's field the passage shows: `matching`, `matching.other`.
    pub field: &'a str,
    /// The question it answers; `None` for an answer to a question that
    /// is no longer in the guide.
    pub section: Option<&'a str>,
    pub question: &'a str,
    pub start: usize,
    pub end: usize,
}

pub struct Source<'a> {
    pub text: String,
    pub passages: Vec<Passage<'a>>,
}

/// Builds the text, counting characters as it goes.
struct Builder<'a> {
    text: String,
    chars: usize,
    passages: Vec<Passage<'a>>,
}

impl<'a> Builder<'a> {
    fn push(&mut self, s: &str) {
        self.text.push_str(s);
        self.chars += s.chars().count();
    }

    fn line(&mut self, s: &str) {
        self.push(s);
        self.push("\n");
    }

    /// A label's line (for the "other" text and the MSC "why"), then the
    /// answer as a passage on lines of its own.
    fn passage(
        &mut self,
        label: Option<&str>,
        answer: &str,
        section: Option<&'a str>,
        field: &'a str,
    ) {
        if let Some(label) = label {
            self.line(label);
        }
        // One line ending throughout: a carriage return would count as a
        // character here and not in some programs, shifting every passage
        // after it.
        let answer = answer.replace("\r\n", "\n").replace('\r', "\n");
        let start = self.chars;
        self.push(&answer);
        self.passages.push(Passage {
            field,
            section,
            question: question_of(field),
            start,
            end: self.chars,
        });
        self.push("\n");
    }
}

pub fn render<'a>(
    text: &TextRenderer,
    title: &str,
    form: &'a Form,
    record: &'a Record,
) -> Source<'a> {
    let mut b = Builder {
        text: String::new(),
        chars: 0,
        passages: Vec::new(),
    };
    b.line(title);
    b.line(&format!(
        "{}: {}",
        text.ui("respondent-code"),
        record.respondent
    ));
    b.line(&format!(
        "{}: {}",
        text.ui("date"),
        record.started.get(..10).unwrap_or(&record.started)
    ));
    let mut shown = std::collections::BTreeSet::new();
    for section in &form.sections {
        b.line("");
        b.line(&one_line(&text.source(&section.title)));
        for q in section.questions.iter().filter(|q| q.kind.is_answerable()) {
            shown.insert(q.id.as_str());
            b.line("");
            b.line(&one_line(&text.source(&q.text)));
            answer(&mut b, text, Some((&section.id, q)), &q.id, record);
        }
    }
    let orphans: std::collections::BTreeSet<&str> = record
        .fields
        .iter()
        .filter(|(_, f)| !f.value.is_empty())
        .map(|(name, _)| question_of(name))
        .filter(|id| !shown.contains(id))
        .collect();
    if !orphans.is_empty() {
        b.line("");
        b.line(&text.ui("js-orphans-title"));
        for id in orphans {
            b.line("");
            b.line(id);
            answer(&mut b, text, None, id, record);
        }
    }
    Source {
        text: b.text,
        passages: b.passages,
    }
}

/// The answer to question `id`, its "other" text and MSC "why" (each a
/// passage), then the prompts asked and the notes.
fn answer<'a>(
    b: &mut Builder<'a>,
    text: &TextRenderer,
    question: Option<(&'a str, &Question)>,
    id: &'a str,
    record: &'a Record,
) {
    let section = question.map(|(s, _)| s);
    if let Some(value) = record.value(id) {
        let shown = match (value, question) {
            (Value::List(values), Some((_, q))) => values
                .iter()
                .map(|v| label(text, q, v))
                .collect::<Vec<_>>()
                .join(", "),
            (Value::Text(v), Some((_, q))) => label(text, q, v),
            (v, None) => v.joined(),
            (Value::Empty, _) => String::new(),
        };
        b.passage(None, &shown, section, id);
    }
    for (part, label_id) in [("other", "other"), ("why", "msc-why")] {
        let name = format!("{id}.{part}");
        // The record's own name of the field, which the passage borrows.
        if let Some((field, f)) = record.fields.get_key_value(name.as_str())
            && !f.value.is_empty()
        {
            b.passage(Some(&text.ui(label_id)), &f.value.joined(), section, field);
        }
    }
    let asked: Vec<String> = match question {
        Some((_, q)) => q
            .probes
            .iter()
            .enumerate()
            .filter(|(n, _)| record.value(&format!("{id}.probe.{}", n + 1)).is_some())
            .map(|(_, p)| one_line(&text.source(p)))
            .collect(),
        None => record
            .fields
            .keys()
            .filter_map(|f| f.strip_prefix(&format!("{id}.probe.")))
            .filter(|n| record.value(&format!("{id}.probe.{n}")).is_some())
            .map(str::to_string)
            .collect(),
    };
    if !asked.is_empty() {
        b.line(&format!("{}: {}", text.ui("probes"), asked.join("; ")));
    }
    if let Some(notes) = record.value(&format!("{id}.notes")) {
        let notes = notes.joined().replace("\r\n", "\n").replace('\r', "\n");
        b.line(&format!("{}: {notes}", text.ui("notes")));
    }
}

/// An option's label in the interview's language; other values as given.
pub fn label(text: &TextRenderer, q: &Question, value: &str) -> String {
    match &q.kind {
        QuestionKind::Single { options, .. } | QuestionKind::Multiple { options, .. } => options
            .iter()
            .find(|o| o.value == value)
            .map(|o| one_line(&text.source(&o.label)))
            .unwrap_or_else(|| {
                if value == "other" {
                    text.ui("other")
                } else {
                    value.to_string()
                }
            }),
        _ => value.to_string(),
    }
}
