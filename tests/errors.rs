//! Bad input: every malformed study gets located errors with the exact text
//! below, all at once, and never a panic or a partial site.

mod common;

use common::{STUDY, build, check_lines, study, with_questionnaire};

fn lines(yaml: &str) -> Vec<String> {
    let dir = with_questionnaire(yaml);
    check_lines(dir.path(), false)
}

fn raw_lines(bytes: &[u8]) -> Vec<String> {
    let dir = study(&[
        ("study.yaml", STUDY.as_bytes()),
        ("questionnaires/q.yaml", bytes),
    ]);
    check_lines(dir.path(), false)
}

#[test]
fn tab_indentation() {
    assert_eq!(
        raw_lines(b"kind: survey\ntitle: x\nsections:\n\t- id: a\n"),
        [
            "questionnaires/q.yaml:4:1: error: a tab is used for indentation at line 4; YAML allows only spaces; indent with spaces (replace the tab)"
        ]
    );
}

#[test]
fn tab_after_a_text_is_shown_where_it_is() {
    // The parser stumbles at the end of line 2 ("while scanning a plain
    // scalar"); the tab is on line 3.
    assert_eq!(
        raw_lines(b"kind: survey\ntitle: hello\n\tsections: []\n"),
        [
            "questionnaires/q.yaml:3:1: error: a tab is used for indentation at line 3; YAML allows only spaces; indent with spaces (replace the tab)"
        ]
    );
}

#[test]
fn a_field_out_of_line_in_a_list() {
    assert_eq!(
        raw_lines(b"kind: survey\ntitle: x\nsections:\n  - id: s\n    title: S\n    questions:\n      - id: q\n        type: text\n       text: Q\n"),
        [
            "questionnaires/q.yaml:9:8: error: invalid YAML: this line is not indented like the list entries around it; the entries of one list start with `-` at the same column, and the fields of an entry line up under its first field"
        ]
    );
}

#[test]
fn a_variable_and_a_comma_inside_a_flow_mapping() {
    assert_eq!(
        raw_lines(b"kind: survey\ntitle: { en: Hello { $programme }, welcome, fr: Bonjour }\n"),
        [
            "questionnaires/q.yaml:2:20: error: invalid YAML: inside `{ ... }`, this text ends too early; put a text that holds a comma, `: ` or `{ $variable }` in quotes: `{ en: \"Hello { $name }, welcome\" }`"
        ]
    );
}

#[test]
fn options_written_as_plain_values_are_one_error() {
    assert_eq!(
        lines(
            "kind: survey\ntitle: { en: x, fr: x }\nsections:\n  - id: s\n    title: { en: S, fr: S }\n    questions:\n      - id: r\n        type: single\n        text: { en: R, fr: R }\n        options: [yes, no, maybe, perhaps, never, always, sometimes]\n"
        ),
        [
            "questionnaires/q.yaml:10:18: error: `options` is a list of plain values (`yes`, `no`, `maybe`, ...); each entry needs its fields; for each entry a mapping such as `- { value: yes, label: { en: Yes, nl: Ja } }`"
        ]
    );
}

#[test]
fn an_unknown_type_is_reported_once_not_with_its_fields() {
    assert_eq!(
        lines(
            "kind: survey\ntitle: { en: x, fr: x }\nsections:\n  - id: s\n    title: { en: S, fr: S }\n    questions:\n      - { id: q, type: scael, text: { en: Q, fr: Q }, min: 1, max: 3, min_label: { en: a, fr: a } }\n"
        ),
        [
            "questionnaires/q.yaml:7:24: error: unknown question type `scael`; one of `open`, `text`, `single`, `multiple`, `scale`, `number`, `date`, `note` or `msc`; did you mean `scale`?"
        ]
    );
}

#[test]
fn bad_indentation() {
    assert_eq!(
        raw_lines(b"kind: survey\ntitle: x\n  sections: []\n"),
        [
            "questionnaires/q.yaml:3:11: error: invalid YAML: a `key:` where none can be: the line is indented too far, or a text holds `: `; line the field up with the fields above it, or put the text in quotes"
        ]
    );
}

#[test]
fn unclosed_quote() {
    assert_eq!(
        raw_lines(b"kind: survey\ntitle: \"x\n"),
        [
            "questionnaires/q.yaml:2:8: error: invalid YAML: a quote opened here is never closed; close the quote, or use `|` for a text over several lines"
        ]
    );
}

#[test]
fn duplicate_key() {
    assert_eq!(
        raw_lines(b"kind: survey\nkind: interview\n"),
        ["questionnaires/q.yaml:2:1: error: duplicate key `kind`; each key once per mapping"]
    );
    // The first in the file, at any depth; in a mapping of many keys too.
    assert_eq!(
        raw_lines(b"kind: survey\ntitle: { en: A, nl: B, en: C }\ntitle: x\n"),
        ["questionnaires/q.yaml:2:24: error: duplicate key `en`; each key once per mapping"]
    );
    let mut many = String::from("kind: survey\nvariables:\n");
    for i in 0..40 {
        many.push_str(&format!("  v{i}: x\n"));
    }
    many.push_str("  v7: y\n");
    assert_eq!(
        raw_lines(many.as_bytes()),
        ["questionnaires/q.yaml:43:3: error: duplicate key `v7`; each key once per mapping"]
    );
}

#[test]
fn not_utf8() {
    assert_eq!(
        raw_lines(b"kind: survey\ntitle: caf\xe9\n"),
        [
            "questionnaires/q.yaml:2:11: error: this file is not UTF-8 text (an invalid byte here); save the file as UTF-8"
        ]
    );
}

#[test]
fn byte_order_mark_is_fine() {
    let mut yaml = b"\xEF\xBB\xBF".to_vec();
    yaml.extend_from_slice(
        b"kind: survey\ntitle: { en: T, fr: T }\nsections:\n  - { id: s, title: { en: S, fr: S }, questions: [ { id: q, type: text, text: { en: Q, fr: Q } } ] }\n",
    );
    assert_eq!(raw_lines(&yaml), Vec::<String>::new());
}

#[test]
fn empty_file() {
    assert_eq!(
        raw_lines(b""),
        [
            "questionnaires/q.yaml:1:1: error: this file is empty; a questionnaire or document, starting with `kind:`"
        ]
    );
}

#[test]
fn several_documents() {
    assert_eq!(
        raw_lines(b"kind: survey\n---\nkind: survey\n"),
        [
            "questionnaires/q.yaml:3:1: error: this file holds more than one YAML document; one document per file: remove the `---` line or split the file"
        ]
    );
}

#[test]
fn alias_bomb() {
    let mut yaml = String::from("kind: survey\na: &a [x,x,x,x,x,x,x,x,x]\n");
    let mut previous = 'a';
    for name in "bcdefghij".chars() {
        yaml.push_str(&format!(
            "{name}: &{name} [{}]\n",
            vec![format!("*{previous}"); 9].join(",")
        ));
        previous = name;
    }
    let found = raw_lines(yaml.as_bytes());
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("questionnaires/q.yaml:")
            && found[0].ends_with(": error: YAML limit exceeded: more than 200,000 values in one file (a value reached through an alias counts each time); split the questionnaire into several files"),
        "{found:?}"
    );
}

#[test]
fn deep_nesting() {
    let yaml = format!(
        "kind: survey\ntitle: {}{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let found = raw_lines(yaml.as_bytes());
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("questionnaires/q.yaml:2:")
            && found[0].ends_with(
                ": error: YAML limit exceeded: values are nested more than 40 levels deep; a study needs a handful of levels; look for a runaway indentation or brackets"
            ),
        "{found:?}"
    );
}

#[test]
fn multi_megabyte_string() {
    let yaml = format!("kind: survey\ntitle: \"{}\"\n", "x".repeat(3_000_000));
    assert_eq!(
        raw_lines(yaml.as_bytes()),
        ["questionnaires/q.yaml: error: is too large (3000023 bytes; at most 2097152)"]
    );
}

#[test]
fn unknown_fields_all_at_once_with_did_you_mean() {
    assert_eq!(
        lines(
            "kind: interview\ntitel: { en: T, fr: T }\nsections:\n  - id: s\n    title: { en: S, fr: S }\n    questions:\n      - id: a\n        txt: { en: A, fr: A }\n      - id: b\n        text: { en: B, fr: B }\n        probs: []\n"
        ),
        [
            "questionnaires/q.yaml:1:1: error: `q` has no `title`; `title:` in each language",
            "questionnaires/q.yaml:2:1: error: unknown field `titel` in a document of kind `interview`; expected one of `kind`, `version`, `title`, `audience`, `duration`, `consent`, `intro` or `sections`; did you mean `title`?",
            "questionnaires/q.yaml:7:9: error: question `a` has no `text`; `text:` in each language",
            "questionnaires/q.yaml:8:9: error: unknown field `txt` in a question; expected one of `id`, `type`, `text`, `required`, `probes`, `note`, `help`, `options`, `other`, `min`, `max`, `min_label`, `max_label`, `period`, `lines`, `show_if` or `codes`; did you mean `text`?",
            "questionnaires/q.yaml:11:9: error: unknown field `probs` in a question; expected one of `id`, `type`, `text`, `required`, `probes`, `note`, `help`, `options`, `other`, `min`, `max`, `min_label`, `max_label`, `period`, `lines`, `show_if` or `codes`; did you mean `probes`?",
        ]
    );
}

const SECTION_START: &str = "kind: interview\ntitle: { en: T, fr: T }\nsections:\n  - id: s\n    title: { en: S, fr: S }\n    questions:\n";

fn question_lines(questions: &str) -> Vec<String> {
    lines(&format!("{SECTION_START}{questions}"))
}

#[test]
fn question_types_options_and_scales() {
    assert_eq!(
        question_lines(
            "      - { id: a, type: opne, text: { en: A, fr: A } }\n      - { id: b, type: single, text: { en: B, fr: B } }\n      - { id: c, type: scale, min: 5, max: 1, text: { en: C, fr: C } }\n      - { id: d, type: open, other: true, text: { en: D, fr: D } }\n      - { id: e, type: note, required: true, text: { en: E, fr: E } }\n"
        ),
        [
            "questionnaires/q.yaml:7:24: error: unknown question type `opne`; one of `open`, `text`, `single`, `multiple`, `scale`, `number`, `date`, `note` or `msc`; did you mean `open`?",
            "questionnaires/q.yaml:8:9: error: question `b` has no `options`; `options:` with `value` and `label` for each choice",
            "questionnaires/q.yaml:9:44: error: scale bounds 5 to 1 are not usable; `min` below `max`, at most 20 steps apart (default 1 to 5)",
            "questionnaires/q.yaml:10:9: error: `other` does not apply to a `open` question; `other` is for `single` and `multiple` questions",
            "questionnaires/q.yaml:11:9: error: a `note` has no answer, so it cannot be `required`; remove `required`, or use another type",
        ]
    );
}

#[test]
fn answer_lines_fit_a_page_and_need_an_answer() {
    assert_eq!(
        question_lines(
            "      - { id: a, type: open, lines: 26, text: { en: A, fr: A } }\n      - { id: b, type: note, lines: 2, text: { en: B, fr: B } }\n      - { id: c, type: text, lines: -1, text: { en: C, fr: C } }\n      - { id: d, type: open, lines: 25, text: { en: D, fr: D } }\n"
        ),
        [
            "questionnaires/q.yaml:7:37: error: 26 lines of answer space; a number of ruled lines from 0 to 25",
            "questionnaires/q.yaml:8:9: error: `lines` does not apply to a `note` question; `lines` is for answerable questions",
            "questionnaires/q.yaml:9:37: error: -1 lines of answer space; a number of ruled lines from 0 to 25",
        ]
    );
}

#[test]
fn ids_must_be_plain_and_unique() {
    assert_eq!(
        question_lines(
            "      - { id: ../x, type: open, text: { en: A, fr: A } }\n      - { id: b, type: open, text: { en: B, fr: B } }\n      - { id: b, type: open, text: { en: C, fr: C } }\n      - { id: s, type: open, text: { en: D, fr: D } }\n"
        ),
        [
            "questionnaires/q.yaml:7:15: error: `../x` is not a valid question id; lowercase letters, digits, `-` and `_` (at most 64)",
            "questionnaires/q.yaml:9:15: error: duplicate id `b`; ids are unique in a file; first used on line 8",
            "questionnaires/q.yaml:10:15: error: duplicate id `s`; ids are unique in a file; first used on line 4",
        ]
    );
}

#[test]
fn file_names_are_ids() {
    let dir = study(&[
        ("study.yaml", STUDY.as_bytes()),
        ("questionnaires/Bad Name.yaml", b"kind: survey\n"),
    ]);
    assert_eq!(
        check_lines(dir.path(), false),
        [
            "questionnaires/Bad Name.yaml:1:1: error: `Bad Name` cannot be a questionnaire id (taken from the file name); a file name of lowercase letters, digits, `-` and `_`, ending in .yaml"
        ]
    );
}

#[test]
fn languages_and_translations() {
    assert_eq!(
        question_lines(
            "      - { id: a, type: open, text: { en: A, fr: A, nl: A, de: A } }\n      - { id: b, type: open, text: { en: B } }\n      - { id: c, type: open, text: Plain }\n"
        ),
        [
            "questionnaires/q.yaml:7:52: error: `nl` is not one of the study's languages; one of `en` or `fr` (study.yaml `languages`)",
            "questionnaires/q.yaml:7:59: error: `de` is not one of the study's languages; one of `en` or `fr` (study.yaml `languages`)",
            "questionnaires/q.yaml:8:36: warning: missing translation: `fr`; the `en` text is shown instead, marked as not yet translated",
            "questionnaires/q.yaml:9:36: warning: missing translation: `fr`; the `en` text is shown instead, marked as not yet translated",
        ]
    );
}

#[test]
fn strict_turns_missing_translations_into_errors() {
    let dir = with_questionnaire(&format!(
        "{SECTION_START}      - {{ id: b, type: open, text: {{ en: B }} }}\n"
    ));
    assert_eq!(
        check_lines(dir.path(), true),
        [
            "questionnaires/q.yaml:7:36: error: missing translation: `fr`; the `en` text is shown instead, marked as not yet translated"
        ]
    );
    assert!(build(dir.path(), &dir.path().join("public")).is_ok());
}

#[test]
fn fluent_syntax_and_unknown_variables() {
    assert_eq!(
        question_lines(
            "      - { id: a, type: open, text: { en: \"Hi { $programm }\", fr: \"Salut { $programme\" } }\n"
        ),
        [
            "questionnaires/q.yaml:7:42: error: unknown variable `{ $programm }`; one of `contact`, `institution`, `programme` or `title` (study.yaml `variables`, or built in); did you mean `programme`?",
            "questionnaires/q.yaml:7:66: error: Fluent syntax error in this text: Expected a token starting with \"}\"; `{ $name }` for a variable; write `{\"{\"}` for a literal brace",
        ]
    );
}

#[test]
fn consent_references() {
    assert_eq!(
        lines(
            "kind: interview\ntitle: { en: T, fr: T }\nconsent: consent-writen\nsections:\n  - id: s\n    title: { en: S, fr: S }\n    questions: [ { id: a, text: { en: A, fr: A } } ]\n"
        ),
        [
            "questionnaires/q.yaml:3:10: error: no consent document `consent-writen` in questionnaires/; one of `none`"
        ]
    );
}

#[test]
fn empty_questionnaire_and_section() {
    assert_eq!(
        lines("kind: survey\ntitle: { en: T, fr: T }\nsections: []\n"),
        [
            "questionnaires/q.yaml:3:11: error: this questionnaire is empty; at least one section with at least one question"
        ]
    );
    assert_eq!(
        lines(
            "kind: survey\ntitle: { en: T, fr: T }\nsections:\n  - { id: s, title: { en: S, fr: S }, questions: [] }\n"
        ),
        ["questionnaires/q.yaml:4:50: error: section `s` has no questions; at least one question"]
    );
}

#[test]
fn unknown_kind() {
    assert_eq!(
        lines("kind: interveiw\ntitle: { en: T, fr: T }\n"),
        [
            "questionnaires/q.yaml:1:7: error: unknown kind `interveiw`; one of `interview`, `survey`, `consent` or `letter`; did you mean `interview`?"
        ]
    );
}

#[test]
fn study_yaml_problems() {
    let dir = study(&[(
        "study.yaml",
        b"title: { en: T }\nlanguages: [en, fr, en, EN]\ndefault_language: de\nsubmit: { mode: pots }\nresearchers: [{ name: A, email: not-an-address }]\n",
    )]);
    assert_eq!(
        check_lines(dir.path(), false),
        [
            "study.yaml:1:8: warning: missing translation: `fr`; the `en` text is shown instead, marked as not yet translated",
            "study.yaml:2:21: error: language `en` is listed twice; each language once",
            "study.yaml:2:25: error: `EN` is not a language code; a BCP 47 code such as `nl`, `fr`, `ar` or `fr-BE`, at most 35 characters",
            "study.yaml:3:19: error: `de` is not one of the study's languages; one of `en` or `fr`",
            "study.yaml:4:17: error: unknown submit mode `pots`; one of `download`, `post` or `mailto`; did you mean `post`?",
            "study.yaml:5:33: error: `not-an-address` is not an e-mail address; an address such as name@example.org",
        ]
    );
}

#[test]
fn missing_study_yaml() {
    let dir = study(&[("questionnaires/q.yaml", b"kind: survey\n")]);
    let found = check_lines(dir.path(), false);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("study.yaml: error: file not found; expected "),
        "{found:?}"
    );
}

#[test]
fn failed_build_writes_nothing_and_keeps_the_previous_site() {
    let dir = with_questionnaire(&format!(
        "{SECTION_START}      - {{ id: a, type: open, text: {{ en: A, fr: A }} }}\n"
    ));
    let out = dir.path().join("public");
    build(dir.path(), &out).expect("the first build succeeds");
    let before = common::tree(&out);
    std::fs::write(
        dir.path().join("questionnaires/q.yaml"),
        "kind: survey\nkind: survey\n",
    )
    .unwrap();
    let error = build(dir.path(), &out).unwrap_err();
    assert_eq!(
        error,
        "questionnaires/q.yaml:2:1: error: duplicate key `kind`; each key once per mapping\n"
    );
    assert_eq!(common::tree(&out), before, "the previous site is untouched");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("enquete-tmp"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no staging directory is left: {leftovers:?}"
    );
}

#[test]
fn output_directories_that_are_not_ours_are_refused() {
    let dir = with_questionnaire(&format!(
        "{SECTION_START}      - {{ id: a, type: open, text: {{ en: A, fr: A }} }}\n"
    ));
    let root = dir.path();
    let foreign = root.join("mine");
    std::fs::create_dir(&foreign).unwrap();
    std::fs::write(foreign.join("notes.txt"), "keep me").unwrap();
    let e = build(root, &foreign).unwrap_err();
    assert!(e.starts_with("refusing to replace "), "{e}");
    assert!(e.ends_with("it is not empty and was not made for it by enquete (no .enquete-build file); choose another --out or empty it"), "{e}");
    assert_eq!(
        std::fs::read_to_string(foreign.join("notes.txt")).unwrap(),
        "keep me"
    );

    let e = build(root, root).unwrap_err();
    assert!(e.ends_with("it would replace the study itself"), "{e}");
    let e = build(root, root.parent().unwrap()).unwrap_err();
    assert!(e.ends_with("it would replace the study itself"), "{e}");
    let e = build(root, std::path::Path::new("/")).unwrap_err();
    assert!(e.contains("choose a directory of its own"), "{e}");
    assert!(root.join("study.yaml").is_file());
}

#[test]
fn errors_are_shown_with_a_source_snippet() {
    let dir = with_questionnaire(
        "kind: interview\ntitle: { en: T, fr: T }\nsections:\n  - id: s\n    title: { en: S, fr: S }\n    questions:\n      - id: a\n        txt: { en: A, fr: A }\n",
    );
    let checked = enquete::check(dir.path(), false);
    insta::assert_snapshot!(checked.diagnostics.render(&checked.sources, false));
}

#[test]
fn locales_in_a_directory_that_is_no_language() {
    let dir = study(&[
        ("study.yaml", STUDY.as_bytes()),
        ("locales/french/mine.ftl", b"submit = Envoyer\n"),
        ("locales/de/mine.ftl", b"submit = Senden\n"),
        ("locales/fr/broken.ftl", b"submit = { $\n"),
    ]);
    assert_eq!(
        check_lines(dir.path(), false),
        [
            "locales/fr/broken.ftl:1:13: error: Fluent syntax error: Expected one of \"a-zA-Z\"; a message such as `id = text`",
            "locales/french/mine.ftl:1:1: warning: `french` is not a language code; this file is not used; locales/{language code}/*.ftl, e.g. locales/nl/study.ftl; did you mean `fr`?",
        ]
    );
}

#[test]
fn language_codes_are_bcp_47_and_short() {
    let dir = common::study(&[(
        "study.yaml",
        b"title: T\nlanguages: [en, en-abcdefgh-abcdefgh-abcdefgh-abcdefgh-x, nl-xx-xx]\n",
    )]);
    assert_eq!(
        common::check_lines(dir.path(), false),
        [
            "study.yaml:2:17: error: `en-abcdefgh-abcdefgh-abcdefgh-abcdefgh-x` is not a language code; a BCP 47 code such as `nl`, `fr`, `ar` or `fr-BE`, at most 35 characters",
            "study.yaml:2:59: error: `nl-xx-xx` is not a language code; a BCP 47 code such as `nl`, `fr`, `ar` or `fr-BE`, at most 35 characters",
        ]
    );
}
