//! Checking interview guides and surveys: sections, questions, options.

use std::collections::BTreeMap;

use crate::diagnostics::{Diagnostic, Loc, did_you_mean, one_of};
use crate::load::raw::{RawDocument, RawDuration, RawQuestion, RawSection};
use crate::load::reader::Located;
use crate::model::{Choice, Duration, Form, FormMode, Question, QuestionKind, Section};
use crate::validate::document::{check_id, required_text};
use crate::validate::text::TextChecker;

use crate::format::QUESTION_TYPES;

/// More ruled lines than fit on an A4 page would split the question from
/// its answer space.
const MAX_LINES: i64 = 25;

pub(super) fn check_duration(
    d: &Located<RawDuration>,
    checker: &mut TextChecker,
) -> Option<Duration> {
    let ok = d.value.min > 0 && d.value.min <= d.value.max && d.value.max <= 24 * 60;
    if !ok {
        checker.diagnostics.push(
            Diagnostic::error(d.loc, "this duration is not a plausible number of minutes")
                .expected("minutes between 1 and 1440, e.g. `60` or \"60-90\""),
        );
        return None;
    }
    Some(Duration {
        min: d.value.min as u32,
        max: d.value.max as u32,
    })
}

pub(super) fn check_form(raw: &RawDocument, mode: FormMode, checker: &mut TextChecker) -> Form {
    let mut sections = Vec::new();
    let mut seen_ids: BTreeMap<String, Loc> = BTreeMap::new();
    match &raw.sections {
        None => checker.diagnostics.push(
            Diagnostic::error(raw.loc, "this questionnaire has no `sections`")
                .expected("`sections:` with at least one section of questions"),
        ),
        Some(list) if list.written == 0 => checker.diagnostics.push(
            Diagnostic::error(list.loc, "this questionnaire is empty")
                .expected("at least one section with at least one question"),
        ),
        Some(list) => {
            for (index, section) in list.value.iter().enumerate() {
                sections.push(check_section(section, index, &mut seen_ids, checker));
            }
        }
    }
    super::condition::check_conditions(raw.sections.as_ref(), &mut sections, checker.diagnostics);
    Form {
        mode,
        duration: raw
            .duration
            .as_ref()
            .and_then(|d| check_duration(d, checker)),
        consent: None,
        intro: raw.intro.as_ref().map(|t| checker.check(t)),
        sections,
    }
}

fn check_section(
    raw: &RawSection,
    index: usize,
    seen: &mut BTreeMap<String, Loc>,
    checker: &mut TextChecker,
) -> Section {
    let id = check_id(
        &raw.id,
        format!("s{}", index + 1),
        raw.loc,
        "section id",
        seen,
        checker,
    );
    let title = required_text(
        &raw.title,
        raw.loc,
        &format!("section `{id}` has no `title`"),
        "`title:` in each language",
        checker,
    );
    let mut questions = Vec::new();
    match &raw.questions {
        Some(list) if list.written == 0 => checker.diagnostics.push(
            Diagnostic::error(list.loc, format!("section `{id}` has no questions"))
                .expected("at least one question"),
        ),
        Some(list) => {
            for (qi, q) in list.value.iter().enumerate() {
                questions.push(check_question(q, &id, qi, seen, checker));
            }
        }
        None => checker.diagnostics.push(
            Diagnostic::error(raw.loc, format!("section `{id}` has no `questions`"))
                .expected("`questions:` with at least one question"),
        ),
    }
    Section {
        title,
        duration: raw
            .duration
            .as_ref()
            .and_then(|d| check_duration(d, checker)),
        instructions: raw.instructions.as_ref().map(|t| checker.check(t)),
        questions,
        id,
        // Set by `condition::check_conditions` once every question is known.
        show_if: None,
    }
}

fn check_question(
    raw: &RawQuestion,
    section_id: &str,
    index: usize,
    seen: &mut BTreeMap<String, Loc>,
    checker: &mut TextChecker,
) -> Question {
    let id = check_id(
        &raw.id,
        format!("{section_id}-{}", index + 1),
        raw.loc,
        "question id",
        seen,
        checker,
    );
    let type_name = raw.kind.as_ref().map_or("open", |k| k.value.as_str());
    let type_loc = raw.kind.as_ref().map_or(raw.loc, |k| k.loc);
    if !QUESTION_TYPES.contains(&type_name) {
        checker.diagnostics.push(
            Diagnostic::error(type_loc, format!("unknown question type `{type_name}`"))
                .expected(format!("one of {}", one_of(QUESTION_TYPES)))
                .maybe_help(did_you_mean(type_name, QUESTION_TYPES.iter().copied())),
        );
    }
    let text = required_text(
        &raw.text,
        raw.loc,
        &format!("question `{id}` has no `text`"),
        "`text:` in each language",
        checker,
    );
    // Which fields apply is only known for a known type: an unknown one is
    // reported once, above, not again for each of its fields.
    let known_type = QUESTION_TYPES.contains(&type_name);
    let mut misplaced = |field: &str, present: bool, applies: &str| {
        if present && known_type {
            checker.diagnostics.push(
                Diagnostic::error(
                    raw.loc,
                    format!("`{field}` does not apply to a `{type_name}` question"),
                )
                .expected(format!("`{field}` is for {applies} questions")),
            );
        }
    };
    let is_choice = matches!(type_name, "single" | "multiple");
    misplaced(
        "options",
        raw.options.is_some() && !is_choice,
        "`single` and `multiple`",
    );
    misplaced(
        "other",
        raw.other.is_some() && !is_choice,
        "`single` and `multiple`",
    );
    let is_scale = type_name == "scale";
    misplaced("min", raw.min.is_some() && !is_scale, "`scale`");
    misplaced("max", raw.max.is_some() && !is_scale, "`scale`");
    misplaced("min_label", raw.min_label.is_some() && !is_scale, "`scale`");
    misplaced("max_label", raw.max_label.is_some() && !is_scale, "`scale`");
    misplaced(
        "period",
        raw.period.is_some() && type_name != "msc",
        "`msc`",
    );
    misplaced(
        "lines",
        raw.lines.is_some() && type_name == "note",
        "answerable",
    );
    let lines = raw.lines.as_ref().and_then(|l| {
        if (0..=MAX_LINES).contains(&l.value) {
            Some(l.value as u32)
        } else {
            checker.diagnostics.push(
                Diagnostic::error(l.loc, format!("{} lines of answer space", l.value))
                    .expected(format!("a number of ruled lines from 0 to {MAX_LINES}")),
            );
            None
        }
    });
    if type_name == "note" && raw.required.as_ref().is_some_and(|r| r.value) {
        checker.diagnostics.push(
            Diagnostic::error(
                raw.loc,
                "a `note` has no answer, so it cannot be `required`",
            )
            .expected("remove `required`, or use another type"),
        );
    }
    let kind = match type_name {
        "text" => QuestionKind::Text,
        "single" | "multiple" => {
            let options = check_options(raw, &id, checker);
            let other = raw.other.as_ref().is_some_and(|o| o.value);
            if type_name == "single" {
                QuestionKind::Single { options, other }
            } else {
                QuestionKind::Multiple { options, other }
            }
        }
        "scale" => {
            let min = raw.min.as_ref().map_or(1, |m| m.value);
            let max = raw.max.as_ref().map_or(5, |m| m.value);
            // Checked: the bounds are any i64, and `max - min` of the extremes
            // overflows.
            if max
                .checked_sub(min)
                .is_none_or(|steps| !(1..=20).contains(&steps))
            {
                let loc = raw
                    .max
                    .as_ref()
                    .or(raw.min.as_ref())
                    .map_or(raw.loc, |m| m.loc);
                checker.diagnostics.push(
                    Diagnostic::error(loc, format!("scale bounds {min} to {max} are not usable"))
                        .expected("`min` below `max`, at most 20 steps apart (default 1 to 5)"),
                );
            }
            QuestionKind::Scale {
                min,
                max,
                min_label: raw.min_label.as_ref().map(|t| checker.check(t)),
                max_label: raw.max_label.as_ref().map(|t| checker.check(t)),
            }
        }
        "number" => QuestionKind::Number,
        "date" => QuestionKind::Date,
        "note" => QuestionKind::Note,
        "msc" => QuestionKind::Msc {
            period: raw.period.as_ref().map(|t| checker.check(t)),
        },
        _ => QuestionKind::Open,
    };
    Question {
        text,
        kind,
        required: raw.required.as_ref().is_some_and(|r| r.value),
        probes: raw.probes.iter().map(|p| checker.check(p)).collect(),
        note: raw.note.as_ref().map(|t| checker.check(t)),
        help: raw.help.as_ref().map(|t| checker.check(t)),
        lines,
        codes: raw.codes.iter().map(|c| (c.value.clone(), c.loc)).collect(),
        id,
        show_if: None,
    }
}

fn check_options(raw: &RawQuestion, id: &str, checker: &mut TextChecker) -> Vec<Choice> {
    let Some(list) = &raw.options else {
        checker.diagnostics.push(
            Diagnostic::error(raw.loc, format!("question `{id}` has no `options`"))
                .expected("`options:` with `value` and `label` for each choice"),
        );
        return Vec::new();
    };
    if list.written == 0 {
        checker.diagnostics.push(
            Diagnostic::error(
                list.loc,
                format!("question `{id}` has an empty `options` list"),
            )
            .expected("at least one option with `value` and `label`"),
        );
    }
    let mut seen: BTreeMap<String, Loc> = BTreeMap::new();
    let mut out = Vec::new();
    for (i, option) in list.value.iter().enumerate() {
        let value = check_id(
            &option.value,
            format!("{}", i + 1),
            option.loc,
            "option value",
            &mut seen,
            checker,
        );
        if option.value.is_some() && value == "other" {
            checker.diagnostics.push(
                Diagnostic::error(
                    option.loc,
                    "`other` is reserved for the free \"other\" answer",
                )
                .expected("another value; write `other: true` on the question instead"),
            );
        }
        let label = required_text(
            &option.label,
            option.loc,
            "an option has no `label`",
            "`label:` in each language",
            checker,
        );
        out.push(Choice { value, label });
    }
    out
}
