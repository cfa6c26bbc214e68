//! Skip logic on the page: a condition as data for the page's script, and
//! as a routing line in the page's language ("Only if question 3 is
//! “Yes”") for readers without the script, interviewers and paper.

use std::collections::BTreeMap;

use fluent_bundle::FluentArgs;

use crate::model::{Condition, Form, Operand, QuestionKind};
use crate::render::text::{Text, TextRenderer, escape};

/// What a routing line says of a question: its number on the page, and
/// the labels of its options in the page's language.
pub struct Routing<'f> {
    questions: BTreeMap<&'f str, (usize, &'f QuestionKind)>,
}

impl<'f> Routing<'f> {
    /// The numbers are those of the page: answerable questions counted in
    /// order, as the form view numbers them.
    pub fn new(form: &'f Form) -> Self {
        let questions = form
            .questions()
            .filter(|q| q.kind.is_answerable())
            .enumerate()
            .map(|(i, q)| (q.id.as_str(), (i + 1, &q.kind)))
            .collect();
        Routing { questions }
    }

    /// The routing line of `condition`, e.g. "Only if question 1 is “Yes”".
    pub fn line(&self, t: &TextRenderer, condition: &Condition) -> Text {
        let mut args = FluentArgs::new();
        args.set("condition", self.clause(t, condition, false));
        let plain = t.ui_with("routing-only-if", &args);
        Text {
            html: escape(&plain),
            block: false,
            plain,
        }
    }

    /// Jump lines for paper, "→ if “No”, go to question 7": under a `single`
    /// question whose next questions all apply only for one of its options
    /// (by their own condition or their section's), one line for each other
    /// option, naming the first question after them. By question id.
    pub fn jumps(&self, t: &TextRenderer, form: &Form) -> BTreeMap<String, Vec<Text>> {
        let flat: Vec<(&str, Option<&Condition>, bool)> = form
            .sections
            .iter()
            .flat_map(|s| {
                s.questions.iter().map(move |q| {
                    // A question with a condition of its own in a section
                    // with one depends on both: never part of a jump.
                    let effective = match (&q.show_if, &s.show_if) {
                        (Some(c), None) | (None, Some(c)) => Some(c),
                        _ => None,
                    };
                    let mixed = q.show_if.is_some() && s.show_if.is_some();
                    (q.id.as_str(), effective, mixed)
                })
            })
            .collect();
        let mut out = BTreeMap::new();
        for (i, (id, _, _)) in flat.iter().enumerate() {
            let Some((_, QuestionKind::Single { options, other })) = self.questions.get(id) else {
                continue;
            };
            let only_for = |k: usize| match flat.get(k) {
                Some((_, Some(Condition::Equals { question, value }), false)) if question == id => {
                    Some(value)
                }
                _ => None,
            };
            let Some(value) = only_for(i + 1) else {
                continue;
            };
            let run_end = (i + 1..flat.len())
                .take_while(|&k| only_for(k) == Some(value))
                .last()
                .unwrap_or(i + 1);
            let Some(target) = flat[run_end + 1..]
                .iter()
                .find_map(|(q, _, _)| self.questions.get(q).map(|(n, _)| *n))
            else {
                continue;
            };
            let mut values: Vec<&str> = options.iter().map(|o| o.value.as_str()).collect();
            if *other {
                values.push("other");
            }
            let kind = self.questions.get(id).map(|(_, k)| *k);
            let lines = values
                .into_iter()
                .filter(|v| Operand::Choice(v.to_string()) != *value)
                .map(|v| {
                    let mut args = FluentArgs::new();
                    args.set("value", operand_text(t, kind, &Operand::Choice(v.into())));
                    args.set("number", target);
                    let plain = t.ui_with("routing-go-to", &args);
                    Text {
                        html: escape(&plain),
                        block: false,
                        plain,
                    }
                })
                .collect();
            out.insert(id.to_string(), lines);
        }
        out
    }

    fn clause(&self, t: &TextRenderer, condition: &Condition, nested: bool) -> String {
        let join = |list: &[Condition], word: &str| {
            let word = format!(" {} ", t.ui(word));
            let parts: Vec<String> = list.iter().map(|c| self.clause(t, c, true)).collect();
            let joined = parts.join(&word);
            // "(a and b) or c": a combination inside another is bracketed.
            if nested && list.len() > 1 {
                format!("({joined})")
            } else {
                joined
            }
        };
        match condition {
            Condition::All(list) => join(list, "routing-and"),
            Condition::Any(list) => join(list, "routing-or"),
            Condition::Not(inner) => match inner.as_ref() {
                Condition::Equals { question, value } => {
                    self.test(t, "routing-not-equals", question, Some(value))
                }
                Condition::Includes { question, value } => self.test(
                    t,
                    "routing-not-includes",
                    question,
                    Some(&Operand::Choice(value.clone())),
                ),
                Condition::Answered { question, answered } => self.test(
                    t,
                    if *answered {
                        "routing-not-answered"
                    } else {
                        "routing-answered"
                    },
                    question,
                    None,
                ),
                other => {
                    let mut args = FluentArgs::new();
                    args.set("condition", self.clause(t, other, true));
                    t.ui_with("routing-not", &args)
                }
            },
            Condition::Equals { question, value } => {
                self.test(t, "routing-equals", question, Some(value))
            }
            Condition::Includes { question, value } => self.test(
                t,
                "routing-includes",
                question,
                Some(&Operand::Choice(value.clone())),
            ),
            Condition::AtLeast { question, value } => {
                let id = match value {
                    Operand::Date(_) => "routing-on-or-after",
                    _ => "routing-at-least",
                };
                self.test(t, id, question, Some(value))
            }
            Condition::AtMost { question, value } => {
                let id = match value {
                    Operand::Date(_) => "routing-on-or-before",
                    _ => "routing-at-most",
                };
                self.test(t, id, question, Some(value))
            }
            Condition::Answered { question, answered } => self.test(
                t,
                if *answered {
                    "routing-answered"
                } else {
                    "routing-not-answered"
                },
                question,
                None,
            ),
        }
    }

    fn test(
        &self,
        t: &TextRenderer,
        message: &str,
        question: &str,
        value: Option<&Operand>,
    ) -> String {
        let (number, kind) = self.questions.get(question).copied().unzip();
        let mut args = FluentArgs::new();
        // Validation guarantees an earlier answerable question: it has a
        // number.
        args.set("number", number.unwrap_or_default());
        if let Some(value) = value {
            args.set("value", operand_text(t, kind, value));
        }
        t.ui_with(message, &args)
    }
}

/// An option by its label in the page's language; numbers and dates as
/// written.
fn operand_text(t: &TextRenderer, kind: Option<&QuestionKind>, value: &Operand) -> String {
    match value {
        Operand::Choice(v) => {
            let (options, other) = match kind {
                Some(QuestionKind::Single { options, other })
                | Some(QuestionKind::Multiple { options, other }) => (&options[..], *other),
                _ => (&[][..], false),
            };
            match options.iter().find(|o| &o.value == v) {
                Some(o) => t.inline(&o.label).plain,
                None if other && v == "other" => t.ui("other"),
                None => v.clone(),
            }
        }
        Operand::Number(n) => format!("{n}"),
        Operand::Date(d) => d.clone(),
    }
}

/// The condition as the page's script reads it (`data-show-if`).
pub fn script_data(condition: &Condition) -> String {
    serde_json::to_string(condition).unwrap_or_default()
}
