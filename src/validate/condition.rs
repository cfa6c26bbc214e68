//! Checking `show_if`: every condition tests an earlier question of the
//! same questionnaire, with a test that fits the question's type.

use std::collections::BTreeMap;

use crate::diagnostics::{Diagnostic, Diagnostics, did_you_mean, one_of};
use crate::load::raw::{RawCondition, RawList, RawSection};
use crate::load::reader::Located;
use crate::model::{Condition, Operand, QuestionKind, Section};

const TESTS: &[&str] = &["equals", "includes", "at_least", "at_most", "answered"];
const COMBINATIONS: &[&str] = &["all", "any", "not"];

/// Where a question stands in the questionnaire, for "is it earlier?".
struct Target<'m> {
    position: usize,
    kind: &'m QuestionKind,
}

struct Scope<'m> {
    questions: BTreeMap<&'m str, Target<'m>>,
    /// The position of the first question that is not earlier than the
    /// condition being checked.
    before: usize,
    /// "question `x`" or "section `s`", for messages.
    owner: String,
}

/// Reads the `show_if` of every section and question of a checked form;
/// `raw` are the sections as written, one for each of `sections`.
pub(super) fn check_conditions(
    raw: Option<&RawList<RawSection>>,
    sections: &mut [Section],
    diagnostics: &mut Diagnostics,
) {
    let Some(raw) = raw else { return };
    let mut found: Vec<(usize, Option<usize>, Condition)> = Vec::new();
    {
        let mut questions = BTreeMap::new();
        for (position, q) in sections.iter().flat_map(|s| &s.questions).enumerate() {
            questions.entry(q.id.as_str()).or_insert(Target {
                position,
                kind: &q.kind,
            });
        }
        let mut scope = Scope {
            questions,
            before: 0,
            owner: String::new(),
        };
        for (si, (raw_section, section)) in raw.value.iter().zip(sections.iter()).enumerate() {
            if let Some(c) = &raw_section.show_if {
                scope.owner = format!("section `{}`", section.id);
                if let Some(c) = check(c, &scope, diagnostics) {
                    found.push((si, None, c));
                }
            }
            let raw_questions = raw_section.questions.iter().flat_map(|l| &l.value);
            for (qi, (raw_q, q)) in raw_questions.zip(&section.questions).enumerate() {
                if let Some(c) = &raw_q.show_if {
                    scope.owner = format!("question `{}`", q.id);
                    if let Some(c) = check(c, &scope, diagnostics) {
                        found.push((si, Some(qi), c));
                    }
                }
                scope.before += 1;
            }
        }
    }
    for (si, qi, c) in found {
        match qi {
            None => sections[si].show_if = Some(c),
            Some(qi) => sections[si].questions[qi].show_if = Some(c),
        }
    }
}

fn check(raw: &RawCondition, scope: &Scope, diagnostics: &mut Diagnostics) -> Option<Condition> {
    let written: Vec<&str> = [
        raw.equals.is_some(),
        raw.includes.is_some(),
        raw.at_least.is_some(),
        raw.at_most.is_some(),
        raw.answered.is_some(),
        raw.all.is_some(),
        raw.any.is_some(),
        raw.not.is_some(),
    ]
    .iter()
    .zip(TESTS.iter().chain(COMBINATIONS))
    .filter(|(present, _)| **present)
    .map(|(_, name)| *name)
    .collect();
    let test = match written.as_slice() {
        [one] => *one,
        [] => {
            diagnostics.push(
                Diagnostic::error(raw.loc, "this condition tests nothing").expected(format!(
                    "`question:` with one of {}, or one of {}",
                    one_of(TESTS),
                    one_of(COMBINATIONS)
                )),
            );
            return None;
        }
        several => {
            diagnostics.push(
                Diagnostic::error(
                    raw.loc,
                    format!(
                        "this condition has several tests: {}",
                        several
                            .iter()
                            .map(|t| format!("`{t}`"))
                            .collect::<Vec<_>>()
                            .join(" and ")
                    ),
                )
                .expected("one test a condition; combine tests with `all: [...]` or `any: [...]`"),
            );
            return None;
        }
    };
    if COMBINATIONS.contains(&test) {
        if let Some(q) = &raw.question {
            diagnostics.push(
                Diagnostic::error(
                    q.loc,
                    format!("`{test}` combines conditions and takes no `question`"),
                )
                .expected(format!("`question:` inside each condition of `{test}`")),
            );
        }
        return combination(raw, test, scope, diagnostics);
    }
    let Some(question) = &raw.question else {
        diagnostics.push(
            Diagnostic::error(raw.loc, format!("`{test}` has no `question` to test"))
                .expected("`question:` with the id of an earlier question"),
        );
        return None;
    };
    let kind = target(question, scope, diagnostics)?;
    let name = question.value.clone();
    let fits: &[&str] = match kind {
        QuestionKind::Single { .. } => &["equals", "answered"],
        QuestionKind::Multiple { .. } => &["includes", "answered"],
        QuestionKind::Scale { .. } | QuestionKind::Number => {
            &["equals", "at_least", "at_most", "answered"]
        }
        QuestionKind::Date => &["at_least", "at_most", "answered"],
        _ => &["answered"],
    };
    if !fits.contains(&test) {
        let loc = [&raw.equals, &raw.includes, &raw.at_least, &raw.at_most]
            .into_iter()
            .flatten()
            .map(|v| v.loc)
            .chain(raw.answered.as_ref().map(|a| a.loc))
            .next()
            .unwrap_or(raw.loc);
        diagnostics.push(
            Diagnostic::error(
                loc,
                format!(
                    "`{test}` does not apply to `{name}`, {} question",
                    a_type(kind)
                ),
            )
            .expected(format!("for {} question: {}", a_type(kind), one_of(fits))),
        );
        return None;
    }
    let operand = |v: &Option<Located<String>>, diagnostics: &mut Diagnostics| {
        v.as_ref()
            .and_then(|v| operand(v, &name, kind, diagnostics))
    };
    Some(match test {
        "equals" => Condition::Equals {
            value: operand(&raw.equals, diagnostics)?,
            question: name,
        },
        "includes" => {
            let Some(Operand::Choice(value)) = operand(&raw.includes, diagnostics) else {
                return None;
            };
            Condition::Includes {
                question: name,
                value,
            }
        }
        "at_least" => Condition::AtLeast {
            value: operand(&raw.at_least, diagnostics)?,
            question: name,
        },
        "at_most" => Condition::AtMost {
            value: operand(&raw.at_most, diagnostics)?,
            question: name,
        },
        _ => Condition::Answered {
            question: name,
            answered: raw.answered.as_ref().is_some_and(|a| a.value),
        },
    })
}

fn combination(
    raw: &RawCondition,
    test: &str,
    scope: &Scope,
    diagnostics: &mut Diagnostics,
) -> Option<Condition> {
    if let Some(inner) = &raw.not {
        return Some(Condition::Not(Box::new(check(inner, scope, diagnostics)?)));
    }
    let list = raw.all.as_ref().or(raw.any.as_ref())?;
    if list.written == 0 {
        diagnostics.push(
            Diagnostic::error(list.loc, format!("`{test}` is an empty list"))
                .expected("at least one condition"),
        );
        return None;
    }
    // Every entry is checked, so that one run reports all their problems.
    let checked: Vec<Option<Condition>> = list
        .value
        .iter()
        .map(|c| check(c, scope, diagnostics))
        .collect();
    let conditions: Option<Vec<Condition>> = checked.into_iter().collect();
    let conditions = conditions.filter(|c| c.len() == list.written)?;
    Some(if test == "all" {
        Condition::All(conditions)
    } else {
        Condition::Any(conditions)
    })
}

/// The type of the tested question, when it exists, is earlier and has an
/// answer.
fn target<'m>(
    question: &Located<String>,
    scope: &Scope<'m>,
    diagnostics: &mut Diagnostics,
) -> Option<&'m QuestionKind> {
    let id = question.value.as_str();
    let Some(target) = scope.questions.get(id) else {
        diagnostics.push(
            Diagnostic::error(
                question.loc,
                format!("no question `{id}` in this questionnaire"),
            )
            .expected("the id of an earlier question of the same questionnaire")
            .maybe_help(did_you_mean(id, scope.questions.keys().copied())),
        );
        return None;
    };
    if target.position >= scope.before {
        let why = if scope.owner == format!("question `{id}`") {
            format!("{} cannot depend on itself", scope.owner)
        } else {
            format!(
                "{} cannot depend on `{id}`, which is not before it",
                scope.owner
            )
        };
        diagnostics.push(
            Diagnostic::error(question.loc, why)
                .expected("a condition tests a question that the respondent has already seen"),
        );
        return None;
    }
    if !target.kind.is_answerable() {
        diagnostics.push(
            Diagnostic::error(
                question.loc,
                format!("`{id}` is a note: it has no answer to test"),
            )
            .expected("the id of an earlier question that takes an answer"),
        );
        return None;
    }
    Some(target.kind)
}

/// "a `single`", "an `open`".
fn a_type(kind: &QuestionKind) -> String {
    let name = kind.name();
    let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} `{name}`")
}

/// `value` read for a question of type `kind`: an existing option, a number
/// in a scale's range, or a date.
fn operand(
    value: &Located<String>,
    question: &str,
    kind: &QuestionKind,
    diagnostics: &mut Diagnostics,
) -> Option<Operand> {
    let v = value.value.as_str();
    match kind {
        QuestionKind::Single { options, other } | QuestionKind::Multiple { options, other } => {
            let mut values: Vec<&str> = options.iter().map(|o| o.value.as_str()).collect();
            if *other {
                values.push("other");
            }
            if values.contains(&v) {
                return Some(Operand::Choice(v.to_string()));
            }
            diagnostics.push(
                Diagnostic::error(
                    value.loc,
                    format!("question `{question}` has no option `{v}`"),
                )
                .expected(format!("one of its values: {}", one_of(&values)))
                .maybe_help(did_you_mean(v, values.iter().copied())),
            );
            None
        }
        QuestionKind::Date => {
            if is_date(v) {
                return Some(Operand::Date(v.to_string()));
            }
            diagnostics.push(
                Diagnostic::error(value.loc, format!("`{v}` is not a date")).expected(format!(
                    "`{question}` is a `date` question: a date written YYYY-MM-DD, e.g. 2024-01-31"
                )),
            );
            None
        }
        QuestionKind::Scale { min, max, .. } => match v.parse::<i64>() {
            Ok(n) if (*min..=*max).contains(&n) => Some(Operand::Number(n as f64)),
            _ => {
                diagnostics.push(
                    Diagnostic::error(
                        value.loc,
                        format!("`{v}` is not a point of the scale `{question}`"),
                    )
                    .expected(format!("a whole number from {min} to {max}")),
                );
                None
            }
        },
        _ => {
            match v.parse::<f64>() {
                Ok(n) if n.is_finite() => Some(Operand::Number(n)),
                _ => {
                    diagnostics.push(
                    Diagnostic::error(value.loc, format!("`{v}` is not a number"))
                        .expected(format!("`{question}` is a `number` question: a number such as `18` or `2.5`")),
                );
                    None
                }
            }
        }
    }
}

/// `YYYY-MM-DD` naming a day that exists.
fn is_date(v: &str) -> bool {
    let parts: Vec<&str> = v.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return false;
    };
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}
