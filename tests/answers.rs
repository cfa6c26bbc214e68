//! `enquete answers merge`, run as a user runs it, on the minimal fixture
//! and on an export that the form of that fixture wrote in Chromium
//! (tests/fixtures/answers/guide-R07.json, from the browser suite's
//! `fillGuide`): the dataset, the exact messages for bad input, the exit
//! codes, the inputs left untouched, the output written atomically and
//! byte for byte the same on every run.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::{Value, json};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn minimal() -> PathBuf {
    repo().join("tests/fixtures/minimal")
}

/// The browser's export, aimed at the minimal fixture as it is now (its
/// study key and guide fingerprint change whenever the fixture is edited).
fn export() -> Value {
    let text =
        std::fs::read_to_string(repo().join("tests/fixtures/answers/guide-R07.json")).unwrap();
    let mut record: Value = serde_json::from_str(&text).unwrap();
    let checked = enquete::check(&minimal(), false);
    let (study, _) = checked
        .study
        .as_ref()
        .expect("the minimal fixture is valid");
    record["study"] = study.key.clone().into();
    record["hash"] = study
        .document("guide")
        .unwrap()
        .definition_hash
        .clone()
        .into();
    record
}

fn write(dir: &Path, name: &str, value: &Value) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(value).unwrap()).unwrap();
    path
}

fn merge(args: &[&Path], out: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_enquete"))
        .args(["answers", "merge"])
        .args(args)
        .arg("--root")
        .arg(minimal())
        .arg("--out")
        .arg(out)
        .output()
        .unwrap()
}

fn stderr_lines(output: &Output, dir: &Path) -> Vec<String> {
    String::from_utf8(output.stderr.clone())
        .unwrap()
        .replace(&format!("{}/", dir.display()), "")
        .lines()
        .map(str::to_string)
        .collect()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn one_export_becomes_a_csv_a_data_package_and_a_report() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "r07.json", &export());
    let out = dir.path().join("dataset");
    let output = merge(&[&file], &out);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        format!(
            "merged 1 respondent of 1 questionnaire from 1 file (1 record), nothing skipped → {}\n",
            out.display()
        )
    );
    insta::assert_snapshot!("guide_csv", read(&out.join("answers/guide.csv")));
    insta::assert_snapshot!("transcript", read(&out.join("transcripts/guide/R07.md")));
    let package = read(&out.join("datapackage.json"))
        .replace(&export()["study"].as_str().unwrap().to_string(), "KEY");
    insta::assert_snapshot!("datapackage", package);
    frictionless(&out.join("datapackage.json"));
}

#[test]
fn bad_files_are_named_and_the_others_merged() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("exports");
    std::fs::create_dir(&inputs).unwrap();
    let good = export();
    write(&inputs, "a-good.json", &good);
    std::fs::write(
        inputs.join("b-broken.json"),
        "{\"format\": \"enquete-answers/1\",",
    )
    .unwrap();
    let mut other_study = good.clone();
    other_study["study"] = "0123456789ab".into();
    write(&inputs, "c-other-study.json", &other_study);
    let mut newer = good.clone();
    newer["format"] = "enquete-answers/2".into();
    write(&inputs, "d-newer.json", &newer);
    let mut markup = good.clone();
    markup["respondent"] = "<img src=x onerror=alert(1)>".into();
    let mut unknown = good.clone();
    unknown["questionnaire"] = "diary".into();
    unknown["respondent"] = "R08".into();
    let mut bad_time = good.clone();
    bad_time["respondent"] = "R09".into();
    bad_time["fields"]["role"]["changed"] = "yesterday".into();
    write(
        &inputs,
        "e-all.json",
        &json!({ "format": "enquete-answers/1", "exported": "2026-12-02T02:00:00.000Z", "records": [markup, unknown, bad_time] }),
    );
    // The same respondent exported again later, with `role` changed since.
    let mut again = good.clone();
    again["fields"]["role"] =
        json!({ "value": "Through my neighbour.", "changed": "2026-12-03T09:00:00.000Z" });
    again["saved"] = "2026-12-03T09:00:00.000Z".into();
    write(&inputs, "f-again.json", &again);
    let before = snapshot_dir(&inputs);

    let out = dir.path().join("dataset");
    let output = merge(&[&inputs], &out);
    assert_eq!(output.status.code(), Some(3), "something was skipped");
    let kept = good["fields"]["role"]["changed"].as_str().unwrap();
    assert_eq!(
        stderr_lines(&output, dir.path()),
        [
            "skipped exports/b-broken.json: not valid JSON: EOF while parsing a value at line 1 column 31",
            "skipped exports/c-other-study.json: study: `0123456789ab` is not this study (`KEY`): the file belongs to another study, or to this one before study.yaml was edited (then add --accept-study 0123456789ab)".replace("KEY", good["study"].as_str().unwrap()).as_str(),
            "skipped exports/d-newer.json: format: `enquete-answers/2` was written by a newer enquete; this one reads enquete-answers/1",
            "skipped exports/e-all.json records[0]: records[0].respondent: `<img src=x onerror=alert(1)>` is not a respondent code (letters, digits, `_`, `.` and `-`, at most 32, as the forms accept)",
            "skipped exports/e-all.json records[1]: questionnaire: `diary` is not a guide or survey of this study (it has `guide`, `survey`)",
            "skipped exports/e-all.json records[2]: records[2].fields.role.changed: expected a date and time (UTC)",
            "note: exports/f-again.json: respondent `R07` of `guide` is also in exports/a-good.json: combined field by field, the newest change of each field kept",
            &format!("conflict: `role` of respondent `R07` (guide) differs between copies: kept the value changed 2026-12-03T09:00:00.000Z in exports/f-again.json, set aside the one changed {kept} in exports/a-good.json (see merge-report.md)"),
        ]
    );
    let csv = read(&out.join("answers/guide.csv"));
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 2, "one respondent, once: {csv}");
    assert!(rows[1].starts_with("R07,en,"));
    assert!(
        rows[1].contains(",Through my neighbour.,"),
        "the newest change wins: {}",
        rows[1]
    );
    let report = read(&out.join("merge-report.md"));
    assert!(
        report.contains("    > Through a friend at the library.\n"),
        "the value set aside is kept: {report}"
    );
    assert_eq!(snapshot_dir(&inputs), before, "no input changed");
    frictionless(&out.join("datapackage.json"));
}

#[test]
fn a_copy_on_an_older_guide_keeps_the_answers_to_removed_questions() {
    let dir = tempfile::tempdir().unwrap();
    let mut old = export();
    old["hash"] = "0123456789ab".into();
    old["version"] = "0".into();
    old["questions"]["hobby"] = "open".into();
    old["questions"]["age"] = "text".into();
    old["fields"]["hobby"] =
        json!({ "value": "=chess, \"go\"", "changed": "2026-12-02T01:45:06.000Z" });
    old["fields"]["hobby.probe.2"] =
        json!({ "value": ["asked"], "changed": "2026-12-02T01:45:06.000Z" });
    old["fields"]["age"]["value"] = "about thirty".into();
    old["fields"]["things"]["value"] = json!(["walk", "swim"]);
    let file = write(dir.path(), "old.json", &old);
    let out = dir.path().join("dataset");
    let output = merge(&[&file], &out);
    assert_eq!(output.status.code(), Some(0));
    let hash = export()["hash"].as_str().unwrap().to_string();
    assert_eq!(
        stderr_lines(&output, dir.path()),
        [
            "note: old.json: `age` was a text question and is now a number question: its answer is kept as text".to_string(),
            "note: old.json: `things`: `swim` is not one of its options now; the answer is kept as given".to_string(),
            format!("note: old.json: answered on another version of `guide` (version 0, definition 0123456789ab; the study has version 1, definition {hash}): answers are matched by question id"),
            "note: old.json: answers to `hobby`, a question no longer in the guide, are kept in its own columns".to_string(),
        ]
    );
    insta::assert_snapshot!("older_guide_csv", read(&out.join("answers/guide.csv")));
    insta::assert_snapshot!(
        "older_guide_transcript",
        read(&out.join("transcripts/guide/R07.md"))
    );
    frictionless(&out.join("datapackage.json"));
}

#[test]
fn the_output_is_the_same_whatever_the_order_and_never_holds_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.json", &export());
    let mut second = export();
    second["respondent"] = "R01".into();
    let b = write(dir.path(), "b.json", &second);
    let one = dir.path().join("one");
    let two = dir.path().join("two");
    assert_eq!(merge(&[&a, &b], &one).status.code(), Some(0));
    assert_eq!(merge(&[&b, &a], &two).status.code(), Some(0));
    for file in [
        "answers/guide.csv",
        "datapackage.json",
        "merge-report.md",
        "transcripts/guide/R01.md",
        "transcripts/guide/R07.md",
    ] {
        assert_eq!(read(&one.join(file)), read(&two.join(file)), "{file}");
    }
    // Merging again replaces the dataset as a whole.
    assert_eq!(merge(&[&a], &one).status.code(), Some(0));
    assert_eq!(read(&one.join("answers/guide.csv")).lines().count(), 2);

    let inside = one.join("late.json");
    std::fs::copy(&a, &inside).unwrap();
    let output = merge(&[&inside], &one);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr_lines(&output, dir.path()),
        [
            "error: refusing to write the dataset to one: it holds the input one/late.json, which merging replaces"
        ]
    );
    assert!(inside.is_file());
}

fn snapshot_dir(dir: &Path) -> Vec<(PathBuf, Vec<u8>, std::time::SystemTime)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let m = std::fs::metadata(&p).unwrap();
            (p.clone(), std::fs::read(&p).unwrap(), m.modified().unwrap())
        })
        .collect();
    files.sort();
    files
}

/// The data package checked by the reference validator (Frictionless,
/// PyPI); CI installs it, and there its absence is a failure.
fn frictionless(package: &Path) {
    match Command::new("frictionless")
        .arg("validate")
        .arg("--json")
        .arg(package)
        .output()
    {
        Ok(output) => {
            let report: Value = serde_json::from_slice(&output.stdout).unwrap_or(Value::Null);
            assert!(
                output.status.success() && report["valid"] == Value::Bool(true),
                "frictionless validate failed:\n{}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
        }
        Err(_) if std::env::var_os("CI").is_none() => {
            eprintln!("frictionless is not installed (pip install frictionless): not validated");
        }
        Err(e) => panic!("frictionless is required in CI: {e}"),
    }
}

#[test]
fn merging_never_replaces_a_built_site_nor_a_build_the_merged_answers() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let built = Command::new(env!("CARGO_BIN_EXE_enquete"))
        .args(["build", "--quiet", "--root"])
        .arg(minimal())
        .arg("--out")
        .arg(&site)
        .output()
        .unwrap();
    assert!(built.status.success());
    let a = write(dir.path(), "a.json", &export());
    let output = merge(&[&a], &site);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr_lines(&output, dir.path()),
        [
            "error: refusing to replace site with the merged answers: it is not empty and was not made for it by enquete (no .enquete-answers file); choose another --out or empty it"
        ]
    );
    assert!(site.join("index.html").is_file());

    let answers = dir.path().join("answers");
    assert_eq!(merge(&[&a], &answers).status.code(), Some(0));
    let rebuilt = Command::new(env!("CARGO_BIN_EXE_enquete"))
        .args(["build", "--quiet", "--root"])
        .arg(minimal())
        .arg("--out")
        .arg(&answers)
        .output()
        .unwrap();
    assert_eq!(rebuilt.status.code(), Some(2));
    assert!(answers.join("datapackage.json").is_file());
}

// Skip logic (`show_if`): `not_applicable` in an export.

/// A survey's export from Chromium (tests/fixtures/answers/work-anon.json,
/// written by the form of the `skip` fixture: works yes, employer Acme,
/// French, age 70, then works no), aimed at the fixture as it is now.
fn work_export() -> serde_json::Value {
    let text = include_str!("fixtures/answers/work-anon.json");
    let mut record: serde_json::Value = serde_json::from_str(text).unwrap();
    let checked = enquete::check(&repo().join("tests/fixtures/skip"), false);
    let (study, _) = checked.study.as_ref().expect("the skip fixture is valid");
    record["study"] = study.key.clone().into();
    record["hash"] = study
        .document("work")
        .unwrap()
        .definition_hash
        .clone()
        .into();
    record
}

fn merge_skip(files: &[(&str, serde_json::Value)]) -> (std::process::Output, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut args = Vec::new();
    for (name, value) in files {
        let path = dir.path().join(name);
        std::fs::write(&path, serde_json::to_string_pretty(value).unwrap()).unwrap();
        args.push(path);
    }
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_enquete"))
        .args(["answers", "merge"])
        .args(&args)
        .arg("--root")
        .arg(repo().join("tests/fixtures/skip"))
        .arg("--out")
        .arg(dir.path().join("dataset"))
        .output()
        .unwrap();
    (output, dir)
}

#[test]
fn the_merged_table_marks_what_did_not_apply_and_keeps_its_answers() {
    let (output, dir) = merge_skip(&[("work.json", work_export())]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let csv = std::fs::read_to_string(dir.path().join("dataset/answers/work.csv")).unwrap();
    let mut lines = csv.lines();
    let head: Vec<&str> = lines.next().unwrap().split(',').collect();
    let row: Vec<&str> = lines.next().unwrap().split(',').collect();
    let cell = |name: &str| row[head.iter().position(|h| *h == name).unwrap()];
    assert_eq!(cell("not_applicable"), "employer; happy; languages");
    assert_eq!(
        cell("employer"),
        "Acme",
        "an answer that did not apply is kept"
    );
    assert_eq!(cell("works"), "no");
    assert_eq!(cell("age"), "70");
    let respondent = work_export()["respondent"].as_str().unwrap().to_string();
    let transcript = std::fs::read_to_string(
        dir.path()
            .join(format!("dataset/transcripts/work/{respondent}.md")),
    )
    .unwrap();
    assert!(
        transcript.contains(
            "**Who is your employer?**\n\n*Not applicable, given the earlier answers*\n\n> Acme\n"
        ),
        "{transcript}"
    );
    assert!(
        transcript.contains("**Do you work?**\n\n> No\n"),
        "{transcript}"
    );
    frictionless(&dir.path().join("dataset/datapackage.json"));
}

#[test]
fn a_not_applicable_that_is_no_list_is_named() {
    let mut bad = work_export();
    bad["not_applicable"] = "employer".into();
    let (output, dir) = merge_skip(&[("bad.json", bad)]);
    assert_eq!(output.status.code(), Some(3));
    assert_eq!(
        String::from_utf8(output.stderr)
            .unwrap()
            .replace(&format!("{}/", dir.path().display()), ""),
        "skipped bad.json: not_applicable: expected a list of question ids\n"
    );
}

/// answers.xlsx as openpyxl (PyPI) reads it: every sheet's cells, `None`
/// for empty ones. `None` when openpyxl is missing outside CI; CI installs
/// it, and there its absence is a failure.
fn openpyxl(workbook: &Path) -> Option<Value> {
    const READ: &str = "import json, sys, openpyxl\n\
        book = openpyxl.load_workbook(sys.argv[1])\n\
        print(json.dumps({s.title: [list(r) for r in s.iter_rows(values_only=True)] for s in book.worksheets}))";
    let output = Command::new("python3")
        .args(["-c", READ])
        .arg(workbook)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    if stderr.contains("No module named 'openpyxl'") {
        assert!(
            std::env::var_os("CI").is_none(),
            "openpyxl is required in CI"
        );
        eprintln!("openpyxl is not installed (pip install openpyxl): answers.xlsx not read back");
        return None;
    }
    assert!(output.status.success(), "{stderr}");
    Some(serde_json::from_slice(&output.stdout).unwrap())
}

#[test]
fn answers_xlsx_has_a_sheet_per_questionnaire_and_a_data_dictionary() {
    let dir = tempfile::tempdir().unwrap();
    let mut record = export();
    record["fields"]["role"]["value"] = "=1+1, as typed".into();
    let file = write(dir.path(), "r07.json", &record);
    let out = dir.path().join("dataset");
    let output = merge(&[&file], &out);
    assert_eq!(output.status.code(), Some(0));
    let xlsx = std::fs::read(out.join("answers.xlsx")).unwrap();
    let again = dir.path().join("again");
    merge(&[&file], &again);
    assert_eq!(
        std::fs::read(again.join("answers.xlsx")).unwrap(),
        xlsx,
        "the same bytes"
    );
    let Some(book) = openpyxl(&out.join("answers.xlsx")) else {
        return;
    };
    let sheets: Vec<&String> = book.as_object().unwrap().keys().collect();
    assert_eq!(sheets, ["Data dictionary", "guide"]);
    // The same columns as the CSV, the same row; numbers as numbers and a
    // text that looks like a formula as the text typed.
    let csv = read(&out.join("answers/guide.csv"));
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let rows = book["guide"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    let names: Vec<&str> = rows[0]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(names, header);
    let cell = |name: &str| &rows[1][header.iter().position(|h| *h == name).unwrap()];
    assert_eq!(cell("respondent"), "R07");
    assert_eq!(cell("role"), "=1+1, as typed");
    assert_eq!(cell("trust"), 4);
    assert_eq!(cell("age"), 34);
    assert_eq!(cell("things.option.walk"), 1);
    assert_eq!(cell("freq.other"), "Every other week");
    assert_eq!(cell("saved"), "2026-12-02T01:45:07.697Z");

    let dictionary = book["Data dictionary"].as_array().unwrap();
    assert_eq!(
        dictionary[0],
        json!([
            "sheet",
            "variable",
            "label",
            "question (en)",
            "question (nl)",
            "type",
            "options",
            "section"
        ])
    );
    let entry = |variable: &str| {
        dictionary
            .iter()
            .find(|r| r[1] == variable)
            .unwrap_or_else(|| panic!("{variable} in the dictionary"))
    };
    assert_eq!(dictionary.len(), header.len() + 1, "a row per column");
    assert_eq!(
        entry("freq"),
        &json!([
            "guide",
            "freq",
            "How often do you meet?",
            "How often do you meet?",
            "Hoe vaak zie je elkaar?",
            "text",
            "weekly = Weekly; monthly = Monthly; other = Other",
            "Start"
        ])
    );
    assert_eq!(entry("things.option.talk")[6], "talk = Talking");
    assert_eq!(entry("trust")[5], "integer");
    assert_eq!(entry("respondent")[2], "Respondent code");
    assert_eq!(entry("respondent")[3], Value::Null);
}
