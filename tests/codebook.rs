//! codebook.yaml: the coding frame, checked with located errors, and the
//! codes that questions name.

mod common;

use common::{STUDY, check_lines, study};

const SURVEY: &str = "kind: survey\ntitle: { en: x, fr: x }\nsections:\n  - id: s\n    title: { en: S, fr: S }\n    questions:\n      - id: q\n        text: { en: Q, fr: Q }\n        codes: [matching, klik]\n";

fn lines(codebook: &str, survey: &str) -> Vec<String> {
    let dir = study(&[
        ("study.yaml", STUDY.as_bytes()),
        ("codebook.yaml", codebook.as_bytes()),
        ("questionnaires/q.yaml", survey.as_bytes()),
    ]);
    check_lines(dir.path(), false)
}

#[test]
fn a_tree_of_codes_named_by_questions_is_valid() {
    let codebook = "codes:\n  - id: process\n    name: { en: Process, fr: Processus }\n    description: { en: How it runs., fr: Le déroulement. }\n    colour: \"#4E79A7\"\n    codes:\n      - id: matching\n        name: { en: Matching, fr: Jumelage }\n        codes:\n          - { id: klik, name: { en: Clicking, fr: Le courant passe }, colour: \"#abc\" }\n";
    let dir = study(&[
        ("study.yaml", STUDY.as_bytes()),
        ("codebook.yaml", codebook.as_bytes()),
        ("questionnaires/q.yaml", SURVEY.as_bytes()),
    ]);
    let checked = enquete::check(dir.path(), true);
    let (study, _) = checked.study.expect("a valid study");
    let process = &study.codebook[0];
    assert_eq!(process.colour.as_deref(), Some("#4e79a7"));
    let ids: Vec<&str> = process.walk().iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["process", "matching", "klik"]);
    assert_eq!(
        process.children[0].children[0].colour.as_deref(),
        Some("#aabbcc")
    );
    let enquete::model::Content::Form(form) = &study.documents[0].content else {
        panic!("a form");
    };
    let codes: Vec<&str> = form.sections[0].questions[0]
        .codes
        .iter()
        .map(|(c, _)| c.as_str())
        .collect();
    assert_eq!(codes, ["matching", "klik"]);
}

#[test]
fn every_problem_of_a_codebook_is_located() {
    let codebook = "codes:\n  - id: matching\n    name: { en: Matching, fr: Jumelage }\n    colour: red\n    codes:\n      - id: matching\n        name: { fr: Doublon }\n      - id: Klik\n        name: { en: Clicking, fr: Déclic }\n      - { id: tijd }\n      - { name: { en: Time, fr: Temps }, colur: \"#fff\" }\n";
    assert_eq!(
        lines(codebook, SURVEY),
        [
            "codebook.yaml:4:13: error: `red` is not a colour; `\"#rrggbb\"`, e.g. \"#4e79a7\" (quoted: `#` starts a YAML comment)",
            "codebook.yaml:6:13: error: duplicate code id `matching`; code ids are unique in the whole codebook; first used on line 2",
            "codebook.yaml:7:15: error: this text has no `en` version; add the en text: it is the source that every translation is made from",
            "codebook.yaml:7:15: warning: missing translation: `en`; the `fr` text is shown instead, marked as not yet translated",
            "codebook.yaml:8:13: error: `Klik` is not a valid code id; lowercase letters, digits, `-` and `_` (at most 64)",
            "codebook.yaml:10:9: error: code `tijd` has no `name`; `name:` in each language",
            "codebook.yaml:11:9: error: a code has no `id`; `id:` such as `matching`, which questions name in `codes:`",
            "codebook.yaml:11:42: error: unknown field `colur` in a code; expected one of `id`, `name`, `description`, `colour` or `codes`; did you mean `colour`?",
            "questionnaires/q.yaml:9:27: error: unknown code `klik`; the id of a code of codebook.yaml; did you mean `Klik`?",
        ]
    );
}

#[test]
fn a_code_unknown_to_the_codebook_gets_a_did_you_mean() {
    let codebook = "codes:\n  - { id: matching, name: { en: Matching, fr: Jumelage } }\n  - { id: kliks, name: { en: Clicking, fr: Le courant passe } }\n";
    assert_eq!(
        lines(codebook, SURVEY),
        [
            "questionnaires/q.yaml:9:27: error: unknown code `klik`; the id of a code of codebook.yaml; did you mean `kliks`?"
        ]
    );
}

#[test]
fn codes_without_a_codebook_name_the_missing_file() {
    let dir = study(&[
        ("study.yaml", STUDY.as_bytes()),
        ("questionnaires/q.yaml", SURVEY.as_bytes()),
    ]);
    assert_eq!(
        check_lines(dir.path(), false),
        [
            "questionnaires/q.yaml:9:17: error: question `q` names code `matching`, but the study has no codebook.yaml; a codebook.yaml at the study root that defines the code",
            "questionnaires/q.yaml:9:27: error: question `q` names code `klik`, but the study has no codebook.yaml; a codebook.yaml at the study root that defines the code",
        ]
    );
}

#[test]
fn an_empty_or_broken_codebook_is_an_error_not_ignored() {
    assert_eq!(
        lines("", SURVEY),
        [
            "codebook.yaml:1:1: error: codebook.yaml is empty; `codes:` with at least one code, or no codebook.yaml at all"
        ]
    );
    assert_eq!(
        lines("codes: []\n", SURVEY),
        [
            "codebook.yaml:1:8: error: the codebook has no codes; at least one code with `id` and `name`",
            "questionnaires/q.yaml:9:17: error: unknown code `matching`; the id of a code of codebook.yaml",
            "questionnaires/q.yaml:9:27: error: unknown code `klik`; the id of a code of codebook.yaml",
        ]
    );
    assert_eq!(
        lines("code:\n  - { id: matching, name: Matching }\n", SURVEY),
        [
            "codebook.yaml:1:1: error: codebook.yaml has no `codes`; `codes:` with at least one code, each with `id` and `name`",
            "codebook.yaml:1:1: error: unknown field `code` in codebook.yaml; expected one of `codes`; did you mean `codes`?",
            "questionnaires/q.yaml:9:17: error: unknown code `matching`; the id of a code of codebook.yaml",
            "questionnaires/q.yaml:9:27: error: unknown code `klik`; the id of a code of codebook.yaml",
        ]
    );
}

/// The bundled study's codebook is Appendix VI: every code of the NVivo
/// export, by its Dutch name, as often as the export lists it.
#[test]
fn the_bundled_codebook_holds_every_code_of_appendix_vi() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let checked = enquete::check(root, true);
    let (study, _) = checked.study.expect("the bundled study is valid");
    let mut ours: Vec<String> = study
        .codebook
        .iter()
        .flat_map(|c| c.walk())
        .map(|c| c.name.get("nl").expect("a Dutch name").source.to_string())
        .collect();
    let appendix = include_str!("fixtures/appendix-6-codebook.tsv.txt");
    let mut theirs: Vec<String> = appendix
        .lines()
        .skip(3)
        .filter(|l| l.matches('\t').count() > 3)
        .map(|l| l.split('\t').next().unwrap().to_string())
        .collect();
    assert_eq!(theirs.len(), 65);
    ours.sort();
    theirs.sort();
    assert_eq!(ours, theirs);
}
