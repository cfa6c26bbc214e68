//! The mapping of `show_if` (skip logic). It refers to itself: `all`, `any`
//! and `not` hold conditions.

use super::{Mapping, Shape, field};

/// `show_if`: one test of an earlier question, or `all`, `any` or `not` of
/// conditions. Which tests fit which question type is checked when the
/// study is validated.
pub static CONDITION: Mapping = Mapping {
    name: "condition",
    what: "a condition",
    doc: "When a question or section applies: `question` with one test, or `all`, `any` or `not` of conditions.",
    fields: &[
        field(
            "question",
            Shape::Id,
            "The id of an earlier question of the same questionnaire, which the test is about.",
        ),
        field(
            "equals",
            Shape::Plain,
            "The answer is this: an option's `value` (`single`), or a number (`scale`, `number`).",
        ),
        field(
            "includes",
            Shape::Id,
            "This option's `value` is ticked (`multiple`).",
        ),
        field(
            "at_least",
            Shape::Plain,
            "The answer is this or more: a number (`scale`, `number`) or a date `YYYY-MM-DD` (`date`).",
        ),
        field(
            "at_most",
            Shape::Plain,
            "The answer is this or less: a number (`scale`, `number`) or a date `YYYY-MM-DD` (`date`).",
        ),
        field(
            "answered",
            Shape::Bool,
            "`true`: the question has an answer; `false`: it has none.",
        ),
        field(
            "all",
            Shape::List(&CONDITION),
            "Every condition of the list holds.",
        ),
        field(
            "any",
            Shape::List(&CONDITION),
            "At least one condition of the list holds.",
        ),
        field(
            "not",
            Shape::Map(&CONDITION),
            "The condition does not hold.",
        ),
    ],
};
