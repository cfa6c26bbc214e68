//! `relevant` expressions: XPath that decides whether ODK asks a row.
//! Every expression the export writes is made here, so that names are
//! quoted one way (`${name}`) and values another (`'value'`).

use crate::model::{Condition, Operand};

/// True when `value` is chosen in the select question `name`;
/// `selected()` works for select_one and select_multiple alike.
pub fn selected(name: &str, value: &str) -> String {
    format!("selected(${{{name}}}, '{value}')")
}

/// A `show_if` condition as ODK evaluates it; `name` gives the XLSForm
/// name of each question the condition tests. Like enquete's forms, ODK
/// counts a question that is not asked as unanswered (`''`), so chained
/// conditions mean the same in both.
pub fn condition(c: &Condition, name: &dyn Fn(&str) -> String) -> String {
    let field = |q: &str| format!("${{{}}}", name(q));
    match c {
        // A scale is a select_one of its points: its value is text, which
        // XPath compares as a number where the other side is one.
        Condition::Equals { question, value } => {
            format!("{} = {}", field(question), operand(value))
        }
        Condition::Includes { question, value } => selected(&name(question), value),
        Condition::AtLeast { question, value } => {
            format!("{} >= {}", field(question), operand(value))
        }
        Condition::AtMost { question, value } => {
            format!("{} <= {}", field(question), operand(value))
        }
        Condition::Answered { question, answered } => {
            format!(
                "{} {} ''",
                field(question),
                if *answered { "!=" } else { "=" }
            )
        }
        Condition::All(parts) => joined(parts, " and ", name),
        Condition::Any(parts) => joined(parts, " or ", name),
        Condition::Not(inner) => format!("not({})", condition(inner, name)),
    }
}

fn joined(parts: &[Condition], with: &str, name: &dyn Fn(&str) -> String) -> String {
    parts
        .iter()
        .map(|p| match p {
            Condition::All(_) | Condition::Any(_) => format!("({})", condition(p, name)),
            _ => condition(p, name),
        })
        .collect::<Vec<_>>()
        .join(with)
}

fn operand(value: &Operand) -> String {
    match value {
        Operand::Choice(v) => format!("'{v}'"),
        Operand::Number(n) => format!("{n}"),
        Operand::Date(d) => format!("date('{d}')"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_test_becomes_its_xpath() {
        let name = |q: &str| q.replace('-', "_");
        let q = |s: &str| s.to_string();
        let c = Condition::All(vec![
            Condition::Equals {
                question: q("works"),
                value: Operand::Choice(q("yes")),
            },
            Condition::Any(vec![
                Condition::Includes {
                    question: q("langs"),
                    value: q("nl"),
                },
                Condition::AtLeast {
                    question: q("age"),
                    value: Operand::Number(65.0),
                },
                Condition::AtMost {
                    question: q("score"),
                    value: Operand::Number(2.5),
                },
            ]),
            Condition::Not(Box::new(Condition::Answered {
                question: q("why-not"),
                answered: true,
            })),
            Condition::AtLeast {
                question: q("arrived"),
                value: Operand::Date(q("2020-01-31")),
            },
            Condition::Answered {
                question: q("x"),
                answered: false,
            },
        ]);
        assert_eq!(
            condition(&c, &name),
            "${works} = 'yes' and (selected(${langs}, 'nl') or ${age} >= 65 or ${score} <= 2.5) and not(${why_not} != '') and ${arrived} >= date('2020-01-31') and ${x} = ''"
        );
    }
}
