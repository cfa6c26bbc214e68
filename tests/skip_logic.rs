//! Skip logic (`show_if`): conditions are checked with located errors, all
//! at once; the site carries them for the page's script, writes them out for
//! readers without it and on paper.

mod common;

use common::{check_lines, study};

const STUDY_EN: &str = "title: T\nlanguages: [en]\n";

fn lines(questionnaire: &str) -> Vec<String> {
    let dir = study(&[
        ("study.yaml", STUDY_EN.as_bytes()),
        ("questionnaires/q.yaml", questionnaire.as_bytes()),
    ]);
    check_lines(dir.path(), false)
}

#[test]
fn every_wrong_condition_is_reported_at_once() {
    let questionnaire = concat!(
        "kind: survey\n",
        "title: Q\n",
        "sections:\n",
        "  - id: work\n",
        "    title: Work\n",
        "    show_if: { question: works, equals: yes }\n",
        "    questions:\n",
        "      - id: works\n",
        "        type: single\n",
        "        text: Do you work?\n",
        "        options: [{ value: employed, label: Employed }, { value: student, label: Student }]\n",
        "        other: true\n",
        "      - { id: employer, type: text, text: Employer, show_if: { question: wroks, equals: employed } }\n",
        "      - { id: e2, text: E2, show_if: { question: works, equals: employd } }\n",
        "      - { id: e3, text: E3, show_if: { question: works, includes: other } }\n",
        "      - { id: e4, text: E4, show_if: { question: e5, answered: true } }\n",
        "      - { id: e5, type: note, text: E5, show_if: { question: e4, equals: 1, answered: true } }\n",
        "      - { id: e6, text: E6, show_if: { any: [{ question: e5, answered: true }, { not: { question: e6, answered: true } }, { all: [] }, {}] } }\n",
        "      - { id: age, type: number, text: Age }\n",
        "      - { id: d, type: date, text: D, show_if: { all: [{ question: age, at_least: abc }, { question: age, at_most: 65 }] } }\n",
        "      - { id: sc, type: scale, text: Sc, show_if: { question: d, at_least: 2024-02-30 } }\n",
        "      - { id: z, text: Z, show_if: { question: sc, equals: 6 } }\n",
        "      - { id: z2, text: Z2, show_if: { all: [{ question: sc, at_most: 5 }, { question: works, equals: other }], question: sc } }\n",
        "      - { id: z3, text: Z3, show_if: { equals: 5 } }\n",
        "      - { id: z4, text: Z4, show_if: { question: z3, at_least: 5, colour: red } }\n",
    );
    assert_eq!(
        lines(questionnaire),
        [
            "questionnaires/q.yaml:6:26: error: section `work` cannot depend on `works`, which is not before it; a condition tests a question that the respondent has already seen",
            "questionnaires/q.yaml:13:74: error: no question `wroks` in this questionnaire; the id of an earlier question of the same questionnaire; did you mean `works`?",
            "questionnaires/q.yaml:14:65: error: question `works` has no option `employd`; one of its values: `employed`, `student` or `other`; did you mean `employed`?",
            "questionnaires/q.yaml:15:67: error: `includes` does not apply to `works`, a `single` question; for a `single` question: `equals` or `answered`",
            "questionnaires/q.yaml:16:50: error: question `e4` cannot depend on `e5`, which is not before it; a condition tests a question that the respondent has already seen",
            "questionnaires/q.yaml:17:50: error: this condition has several tests: `equals` and `answered`; one test a condition; combine tests with `all: [...]` or `any: [...]`",
            "questionnaires/q.yaml:18:58: error: `e5` is a note: it has no answer to test; the id of an earlier question that takes an answer",
            "questionnaires/q.yaml:18:99: error: question `e6` cannot depend on itself; a condition tests a question that the respondent has already seen",
            "questionnaires/q.yaml:18:130: error: `all` is an empty list; at least one condition",
            "questionnaires/q.yaml:18:136: error: this condition tests nothing; `question:` with one of `equals`, `includes`, `at_least`, `at_most` or `answered`, or one of `all`, `any` or `not`",
            "questionnaires/q.yaml:20:83: error: `abc` is not a number; `age` is a `number` question: a number such as `18` or `2.5`",
            "questionnaires/q.yaml:21:76: error: `2024-02-30` is not a date; `d` is a `date` question: a date written YYYY-MM-DD, e.g. 2024-01-31",
            "questionnaires/q.yaml:22:60: error: `6` is not a point of the scale `sc`; a whole number from 1 to 5",
            "questionnaires/q.yaml:23:123: error: `all` combines conditions and takes no `question`; `question:` inside each condition of `all`",
            "questionnaires/q.yaml:24:38: error: `equals` has no `question` to test; `question:` with the id of an earlier question",
            "questionnaires/q.yaml:25:64: error: `at_least` does not apply to `z3`, an `open` question; for an `open` question: `answered`",
            "questionnaires/q.yaml:25:67: error: unknown field `colour` in a condition; expected one of `question`, `equals`, `includes`, `at_least`, `at_most`, `answered`, `all`, `any` or `not`",
        ]
    );
}

#[test]
fn conditions_become_the_typed_model() {
    use enquete::model::{Condition, Content, Operand};
    let checked = enquete::check(&common::fixture("skip"), true);
    let shown = checked.diagnostics.render_short(&checked.sources);
    let (study, _) = checked.study.expect(&shown);
    let Some(Content::Form(form)) = study.document("work").map(|d| &d.content) else {
        panic!("a form")
    };
    let conditions: Vec<(&str, Option<&Condition>)> = form
        .questions()
        .map(|q| (q.id.as_str(), q.show_if.as_ref()))
        .collect();
    let equals = |question: &str, value: &str| Condition::Equals {
        question: question.into(),
        value: Operand::Choice(value.into()),
    };
    assert_eq!(
        conditions,
        [
            ("works", None),
            ("employer", Some(&equals("works", "yes"))),
            (
                "languages",
                Some(&Condition::All(vec![
                    equals("works", "yes"),
                    Condition::Answered {
                        question: "employer".into(),
                        answered: true
                    }
                ]))
            ),
            (
                "dutch-class",
                Some(&Condition::Not(Box::new(Condition::Includes {
                    question: "languages".into(),
                    value: "nl".into()
                })))
            ),
            ("age", None),
            (
                "pension",
                Some(&Condition::AtLeast {
                    question: "age".into(),
                    value: Operand::Number(65.0)
                })
            ),
            (
                "happy",
                Some(&Condition::AtMost {
                    question: "pension".into(),
                    value: Operand::Date("2020-12-31".into())
                })
            ),
        ]
    );
    assert_eq!(
        form.sections[1].show_if,
        Some(Condition::Any(vec![
            equals("works", "no"),
            Condition::Includes {
                question: "languages".into(),
                value: "fr".into()
            }
        ]))
    );
}

/// The routing lines of a built page, in order.
fn routing_lines(site: &std::path::Path, page: &str) -> Vec<String> {
    let html = std::fs::read_to_string(site.join(page)).unwrap();
    html.split("class=routing>")
        .skip(1)
        .map(|rest| rest[..rest.find("</p>").unwrap()].to_string())
        .collect()
}

#[test]
fn every_page_writes_the_conditions_out_in_its_language() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    common::build(&common::fixture("skip"), &site).unwrap();
    let english = [
        "Only if question 1 is “Yes”",
        "Only if question 1 is “Yes” and question 2 is answered",
        "Only if “Dutch” is not ticked at question 3",
        "Only if question 1 is “No” or “French” is ticked at question 3",
        "Only if the answer to question 5 is 65 or more",
        "Only if the answer to question 6 is 2020-12-31 or earlier",
    ];
    // The web form (for readers without the script, and the interviewer)
    // and the printed page alike.
    for page in ["en/work/index.html", "en/guide/index.html"] {
        assert_eq!(routing_lines(&site, page), english, "{page}");
    }
    // Paper adds where to go when question 2 is skipped.
    let mut print = vec!["If “No”, go to question 3"];
    print.extend(english);
    assert_eq!(routing_lines(&site, "en/work/print/index.html"), print);
    assert_eq!(
        routing_lines(&site, "nl/guide/print/index.html"),
        [
            "Bij “Nee”, ga naar vraag 3",
            "Alleen als vraag 1 “Ja” is",
            "Alleen als vraag 1 “Ja” is en vraag 2 beantwoord is",
            "Alleen als “Nederlands” niet is aangekruist bij vraag 3",
            "Alleen als vraag 1 “Nee” is of “Frans” is aangekruist bij vraag 3",
            "Alleen als het antwoord op vraag 5 65 of meer is",
            "Alleen als het antwoord op vraag 6 2020-12-31 of vroeger is",
        ]
    );
    let bilingual = routing_lines(&site, "bilingual/en-nl/guide/index.html");
    assert_eq!(
        bilingual[0],
        "<span class=\"bi\"><span class=\"bi-a\" lang=\"en\" dir=\"ltr\">Only if question 1 is “Yes”</span><span class=\"bi-b\" lang=\"nl\" dir=\"ltr\">Alleen als vraag 1 “Ja” is</span></span>"
    );
    // The script reads each condition as data: no inline script.
    let form = std::fs::read_to_string(site.join("en/work/index.html")).unwrap();
    assert!(form.contains(
        "id=\"q-employer\" data-question=\"employer\" data-required=\"true\" data-show-if=\"{&quot;equals&quot;:{&quot;question&quot;:&quot;works&quot;,&quot;value&quot;:{&quot;choice&quot;:&quot;yes&quot;}}}\""
    ), "{form}");
    assert!(form.contains("enquete-skip."));
    assert!(!form.contains("<script>"));
}

#[test]
fn a_form_without_conditions_does_not_load_the_skip_logic() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    common::build(&common::fixture("minimal"), &site).unwrap();
    let form = std::fs::read_to_string(site.join("en/survey/index.html")).unwrap();
    assert!(!form.contains("enquete-skip."));
    assert!(!form.contains("routing"));
}

#[test]
fn paper_says_where_to_go_past_the_questions_of_one_answer() {
    let questionnaire = "kind: interview
title: T
sections:
  - id: a
    title: A
    questions:
      - { id: pet, type: single, text: Pet?, options: [{ value: cat, label: Cat }, { value: dog, label: Dog }], other: true }
      - { id: name, text: Its name?, show_if: { question: pet, equals: cat } }
      - { id: note, type: note, text: Cats only., show_if: { question: pet, equals: cat } }
  - id: b
    title: B
    show_if: { question: pet, equals: cat }
    questions:
      - { id: food, text: Food? }
  - id: c
    title: C
    questions:
      - { id: walks, text: Walks?, show_if: { question: pet, equals: dog } }
      - { id: end, text: End? }
";
    let dir = study(&[
        ("study.yaml", STUDY_EN.as_bytes()),
        ("questionnaires/q.yaml", questionnaire.as_bytes()),
    ]);
    let out = tempfile::tempdir().unwrap();
    common::build(dir.path(), &out.path().join("site")).unwrap();
    let lines = routing_lines(&out.path().join("site"), "en/q/print/index.html");
    assert_eq!(
        lines[..2],
        ["If “Dog”, go to question 4", "If “Other”, go to question 4"]
    );
}
