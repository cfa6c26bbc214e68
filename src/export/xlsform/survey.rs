//! A form's sections and questions as XLSForm rows: each question type
//! mapped to the XLSForm type closest to what enquete's web form asks.

use std::collections::BTreeMap;

use crate::model::{Choice, Condition, FormMode, Question, QuestionKind, Section, TranslatedText};

use super::names::Names;
use super::relevant::{condition, selected};
use super::sheet::{ChoiceRow, SurveyRow};
use super::text::{Localised, Texts};

/// What the rows of one form are built with.
pub struct Builder<'t, 'a> {
    pub texts: &'t mut Texts<'a>,
    pub names: Names,
    /// Names of choice lists, a namespace of their own.
    pub lists: Names,
    pub rows: Vec<SurveyRow>,
    pub choices: Vec<ChoiceRow>,
    pub doc_id: String,
    pub mode: FormMode,
    /// Each question's XLSForm name by its id, for `show_if`: conditions
    /// only test earlier questions, which are named by then.
    pub question_names: BTreeMap<String, String>,
}

impl Builder<'_, '_> {
    /// A section: a group titled as the section. Its instructions are for
    /// the interviewer: a note at its start in an interview, and in a
    /// survey a guidance hint, which ODK keeps out of the respondent's way
    /// as enquete's survey pages do.
    pub fn section(&mut self, section: &Section) {
        let key = format!("{}/{}", self.doc_id, section.id);
        let name = self.names.for_id(&section.id);
        let label = self
            .texts
            .text(&section.title, &format!("{key}/title"), true);
        let instructions = section
            .instructions
            .as_ref()
            .map(|i| self.texts.text(i, &format!("{key}/instructions"), false));
        let mut begin = SurveyRow {
            kind: "begin_group".into(),
            name: name.clone(),
            label: Some(label),
            relevant: self.relevant(section.show_if.as_ref()),
            ..SurveyRow::default()
        };
        let mut note = None;
        match (self.mode, instructions) {
            (FormMode::Survey, Some(text)) => begin.guidance_hint = Some(text),
            (FormMode::Interview, Some(text)) => {
                note = Some(SurveyRow {
                    kind: "note".into(),
                    name: self.names.for_row(&format!("{name}_instructions")),
                    label: Some(text),
                    ..SurveyRow::default()
                });
            }
            (_, None) => {}
        }
        self.rows.push(begin);
        self.rows.extend(note);
        for q in &section.questions {
            self.question(q, &key);
        }
        self.rows.push(end_group(&name));
    }

    fn question(&mut self, q: &Question, section_key: &str) {
        let key = format!("{section_key}/{}", q.id);
        let name = self.names.for_id(&q.id);
        let label = self.texts.text(&q.text, &format!("{key}/text"), true);
        let (hint, guidance) = self.hints(q, &key);
        let relevant = self.relevant(q.show_if.as_ref());
        self.question_names.insert(q.id.clone(), name.clone());
        let mut row = SurveyRow {
            name: name.clone(),
            label: Some(label),
            hint,
            guidance_hint: guidance,
            required: q.required,
            relevant,
            ..SurveyRow::default()
        };
        match &q.kind {
            QuestionKind::Open => {
                row.kind = "text".into();
                row.appearance = "multiline";
            }
            QuestionKind::Text => row.kind = "text".into(),
            // enquete's number field takes decimals (inputmode="decimal").
            QuestionKind::Number => row.kind = "decimal".into(),
            QuestionKind::Date => row.kind = "date".into(),
            QuestionKind::Note => row.kind = "note".into(),
            QuestionKind::Single { options, other } => {
                self.select(row, "select_one", options, *other, &key);
                return;
            }
            QuestionKind::Multiple { options, other } => {
                self.select(row, "select_multiple", options, *other, &key);
                return;
            }
            QuestionKind::Scale {
                min,
                max,
                min_label,
                max_label,
            } => {
                let list = self.scale(&name, (*min, *max), min_label, max_label, &key);
                row.kind = format!("select_one {list}");
                row.appearance = "likert";
            }
            QuestionKind::Msc { period } => {
                self.msc(row, period.as_ref(), &key);
                return;
            }
        }
        self.rows.push(row);
    }

    /// A `show_if` as the row's `relevant`; a section's goes on its group,
    /// which ODK applies to every row inside.
    fn relevant(&self, show_if: Option<&Condition>) -> String {
        show_if.map_or_else(String::new, |c| {
            condition(c, &|id: &str| {
                self.question_names
                    .get(id)
                    .cloned()
                    .unwrap_or_else(|| id.to_string())
            })
        })
    }

    /// A scale's list: a select_one of every point rather than `range`:
    /// each point is a button in ODK Collect and Enketo alike (a range is a
    /// slider in one and a row of buttons in the other), and the end labels
    /// stay beside their points in every language; the value is the
    /// number, as in enquete.
    fn scale(
        &mut self,
        name: &str,
        (min, max): (i64, i64),
        min_label: &Option<TranslatedText>,
        max_label: &Option<TranslatedText>,
        key: &str,
    ) -> String {
        let list = self.lists.for_row(name);
        for point in min..=max {
            let end = match point {
                p if p == min => min_label.as_ref().map(|t| (t, "min_label")),
                p if p == max => max_label.as_ref().map(|t| (t, "max_label")),
                _ => None,
            };
            let label = match end {
                Some((text, field)) => self
                    .texts
                    .text(text, &format!("{key}/{field}"), true)
                    .each(|words| format!("{point} – {words}")),
                None => self.texts.same(&point.to_string()),
            };
            self.choices.push(ChoiceRow {
                list: list.clone(),
                name: point.to_string(),
                label,
            });
        }
        list
    }

    /// `help` is the respondent's hint. Probes are asked by the
    /// interviewer while the answer is given, so in an interview they join
    /// the hint, which ODK shows on the question's own screen (a note row
    /// per probe would be a screen of its own, after the answer). The
    /// interviewer's note, and in a survey the probes, which enquete's
    /// survey pages do not show, are guidance hints.
    fn hints(&mut self, q: &Question, key: &str) -> (Option<Localised>, Option<Localised>) {
        let help = q
            .help
            .as_ref()
            .map(|h| self.texts.text(h, &format!("{key}/help"), false));
        let probes = (!q.probes.is_empty()).then(|| {
            let lines: Vec<Localised> = q
                .probes
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let text = self.texts.text(p, &format!("{key}/probes/{}", i + 1), true);
                    text.each(|t| format!("→ {t}"))
                })
                .collect();
            join_lines(lines)
        });
        let note = q
            .note
            .as_ref()
            .map(|n| self.texts.text(n, &format!("{key}/note"), false));
        match self.mode {
            FormMode::Interview => (join_opt(help, probes), note),
            FormMode::Survey => (help, join_opt(probes, note)),
        }
    }

    /// A select question, its list (named as the question) and, with
    /// `other: true`, an `other` choice and the text question that asks
    /// which, shown only when `other` is chosen. pyxform's `or_other` does
    /// the same but labels it in English only.
    fn select(
        &mut self,
        mut row: SurveyRow,
        kind: &str,
        options: &[Choice],
        other: bool,
        key: &str,
    ) {
        let list = self.lists.for_row(&row.name);
        for o in options {
            let label = self
                .texts
                .text(&o.label, &format!("{key}/options/{}", o.value), true);
            self.choices.push(ChoiceRow {
                list: list.clone(),
                name: o.value.clone(),
                label,
            });
        }
        row.kind = format!("{kind} {list}");
        let name = row.name.clone();
        self.rows.push(row);
        if other {
            // Option values are ids and never `other` (validation says so).
            self.choices.push(ChoiceRow {
                list,
                name: "other".into(),
                label: self.texts.ui("other"),
            });
            self.rows.push(SurveyRow {
                kind: "text".into(),
                name: self.names.for_row(&format!("{name}_other")),
                label: Some(self.texts.ui("other-specify")),
                relevant: selected(&name, "other"),
                ..SurveyRow::default()
            });
        }
    }

    /// Most Significant Change: a group titled with the question, holding
    /// its two prompts as enquete asks them: the story (under the
    /// question's own name, as in enquete's answers) and why it matters
    /// (`_why`, enquete's `.why`). The period and the hints go with the story;
    /// whether it is asked (`relevant`) goes with the group.
    fn msc(&mut self, row: SurveyRow, period: Option<&TranslatedText>, key: &str) {
        let group = self.names.for_row(&format!("{}_msc", row.name));
        let period = period.map(|p| {
            let text = self.texts.text(p, &format!("{key}/period"), true);
            let heading = self.texts.ui("msc-period");
            Localised(
                heading
                    .0
                    .iter()
                    .zip(text.0)
                    .map(|(h, t)| format!("{h}: {t}"))
                    .collect(),
            )
        });
        self.rows.push(SurveyRow {
            kind: "begin_group".into(),
            name: group.clone(),
            label: row.label,
            relevant: row.relevant,
            ..SurveyRow::default()
        });
        let why = self.names.for_row(&format!("{}_why", row.name));
        self.rows.push(SurveyRow {
            kind: "text".into(),
            name: row.name,
            label: Some(self.texts.ui("msc-story")),
            hint: join_opt(period, row.hint),
            guidance_hint: row.guidance_hint,
            required: row.required,
            appearance: "multiline",
            ..SurveyRow::default()
        });
        self.rows.push(SurveyRow {
            kind: "text".into(),
            name: why,
            label: Some(self.texts.ui("msc-why")),
            required: row.required,
            appearance: "multiline",
            ..SurveyRow::default()
        });
        self.rows.push(end_group(&group));
    }
}

pub fn end_group(name: &str) -> SurveyRow {
    SurveyRow {
        kind: "end_group".into(),
        name: name.to_string(),
        ..SurveyRow::default()
    }
}

fn join_lines(lines: Vec<Localised>) -> Localised {
    let mut lines = lines.into_iter();
    let first = lines.next().unwrap_or(Localised(Vec::new()));
    lines.fold(first, Localised::then)
}

fn join_opt(a: Option<Localised>, b: Option<Localised>) -> Option<Localised> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.then(b)),
        (a, b) => a.or(b),
    }
}
