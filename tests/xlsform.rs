//! `enquete export xlsform`, run as a user runs it: the files, the notes,
//! the exit codes and messages, the output replaced atomically and byte
//! for byte the same on every run; a snapshot of one form's sheets, and
//! the workbook read back with openpyxl holding exactly those rows; and
//! every form of the bundled study, the fixtures and a study of every
//! question type converted by pyxform's `xls2xform`, which runs ODK
//! Validate, with no error and no warning.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::copy_dir;

use enquete::export::xlsform::{self, sheet::Sheet};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn export(root: &Path, args: &[&str], out: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_enquete"))
        .args(["export", "xlsform", "--root"])
        .arg(root)
        .args(args)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_bundled_study_exports_each_questionnaire_with_its_notes() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("odk");
    let run = export(&repo(), &[], &out);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert_eq!(
        listing(&out),
        [
            ".enquete-xlsform",
            "buddy.xlsx",
            "coordinator.xlsx",
            "newcomer.xlsx",
            "policymaker.xlsx"
        ]
    );
    assert_eq!(
        text(&run.stdout),
        format!("exported 4 XLSForms, 18 notes → {}\n", out.display())
    );
    let newcomer: Vec<String> = text(&run.stderr)
        .lines()
        .filter(|l| l.starts_with("note: newcomer:"))
        .map(String::from)
        .collect();
    assert_eq!(
        newcomer,
        [
            "note: newcomer: planned durations (the questionnaire 30 min): XLSForm has no interviewer's clock; ODK records when the form was started and finished (its `start` and `end` fields)",
            "note: newcomer: `newcomer` is an interview: enquete's interviewer notes field beside each question has no XLSForm equivalent",
            "note: newcomer: newcomer/intro/instructions: ODK Collect shows Markdown lists as typed",
        ]
    );

    // The same study gives the same bytes (the workbook's creation date
    // is fixed), and a second export replaces the first.
    let again = tmp.path().join("again");
    assert!(export(&repo(), &["-q"], &again).status.success());
    for name in ["buddy.xlsx", "newcomer.xlsx"] {
        assert_eq!(
            std::fs::read(out.join(name)).unwrap(),
            std::fs::read(again.join(name)).unwrap(),
            "{name} differs between two exports"
        );
    }
    let replaced = export(&repo(), &["newcomer", "-q"], &out);
    assert!(replaced.status.success(), "{}", text(&replaced.stderr));
    assert_eq!(text(&replaced.stdout), "");
    assert_eq!(listing(&out), [".enquete-xlsform", "newcomer.xlsx"]);
}

#[test]
fn only_questionnaires_can_be_named_and_foreign_directories_are_kept() {
    let minimal = repo().join("tests/fixtures/minimal");
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("odk");
    let run = export(&minimal, &["survey", "consent", "-q"], &out);
    assert_eq!(run.status.code(), Some(2));
    assert_eq!(
        text(&run.stderr),
        "error: `consent` is not a questionnaire of the study (interview or survey); its questionnaires: guide, survey\n"
    );
    assert!(!out.exists());

    let foreign = tmp.path().join("mine");
    std::fs::create_dir(&foreign).unwrap();
    std::fs::write(foreign.join("notes.txt"), "mine").unwrap();
    let run = export(&minimal, &["-q"], &foreign);
    assert_eq!(run.status.code(), Some(2));
    assert_eq!(
        text(&run.stderr),
        format!(
            "error: refusing to replace {} with the XLSForms: it is not empty and was not made for it by enquete (no .enquete-xlsform file); choose another --out or empty it\n",
            foreign.display()
        )
    );
    assert_eq!(listing(&foreign), ["notes.txt"]);
}

#[test]
fn a_study_with_errors_exports_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let study = tmp.path().join("study");
    copy_dir(&repo().join("tests/fixtures/minimal"), &study);
    let guide = study.join("questionnaires/guide.yaml");
    let yaml = std::fs::read_to_string(&guide).unwrap();
    std::fs::write(&guide, yaml.replace("type: scale", "type: scales")).unwrap();
    let out = tmp.path().join("odk");
    let run = export(&study, &[], &out);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        text(&run.stderr).contains("check failed: 1 error"),
        "{}",
        text(&run.stderr)
    );
    assert!(!out.exists());
}

#[test]
fn a_text_longer_than_a_spreadsheet_cell_is_an_error_naming_it() {
    let tmp = tempfile::tempdir().unwrap();
    let study = tmp.path().join("study");
    copy_dir(&repo().join("tests/fixtures/minimal"), &study);
    let survey = study.join("questionnaires/survey.yaml");
    let yaml = std::fs::read_to_string(&survey).unwrap();
    let long = "word ".repeat(6_600);
    std::fs::write(&survey, yaml.replace("Four digits.", long.trim_end())).unwrap();
    let out = tmp.path().join("odk");
    let run = export(&study, &["-q"], &out);
    assert_eq!(run.status.code(), Some(2));
    assert_eq!(
        text(&run.stderr),
        "error: cannot make survey.xlsx: the text of `q1` in column hint::English (en) of the survey sheet has 32999 characters; a spreadsheet cell holds at most 32767\n"
    );
    assert!(!out.exists());
}

/// A sheet as text: a row a line, cells separated by ` | `, line breaks
/// inside a cell shown as `⏎`.
fn sheet_text(sheet: &Sheet) -> String {
    let mut out = format!("## {}\n", sheet.name);
    for row in std::iter::once(&sheet.columns).chain(&sheet.rows) {
        let cells: Vec<String> = row.iter().map(|c| c.replace('\n', "⏎")).collect();
        out.push_str(cells.join(" | ").trim_end());
        out.push('\n');
    }
    out
}

#[test]
fn the_sheets_of_the_minimal_guide() {
    let checked = enquete::check(&repo().join("tests/fixtures/minimal"), false);
    let (study, locales) = checked.study.as_ref().expect("the fixture is valid");
    let forms = xlsform::forms(study, locales, &["guide".to_string()]).unwrap();
    let [form] = forms.as_slice() else {
        panic!("one form expected");
    };
    let mut shown: String = form.sheets.iter().map(sheet_text).collect();
    shown.push_str("## notes\n");
    for note in &form.notes {
        shown.push_str(note);
        shown.push('\n');
    }
    insta::assert_snapshot!("xlsform_minimal_guide", shown);
}

/// The cells of a workbook as openpyxl (pyxform's reader) reads them:
/// sheet name → rows of strings, empty cells as "". `None` outside CI when
/// openpyxl is not installed.
fn read_back(xlsx: &Path) -> Option<Vec<(String, Vec<Vec<String>>)>> {
    const SCRIPT: &str = "import json, sys, openpyxl\n\
        wb = openpyxl.load_workbook(sys.argv[1])\n\
        print(json.dumps([[ws.title, [['' if c is None else str(c) for c in row] \
        for row in ws.iter_rows(values_only=True)]] for ws in wb]))";
    let output = Command::new("python3")
        .args(["-c", SCRIPT])
        .arg(xlsx)
        .output();
    let missing = match &output {
        Ok(o) => text(&o.stderr).contains("No module named 'openpyxl'"),
        Err(_) => true,
    };
    if missing {
        // CI installs pyxform, and openpyxl with it.
        assert!(
            std::env::var_os("CI").is_none(),
            "python3 with openpyxl (pip install pyxform) is required in CI"
        );
        eprintln!("python3 with openpyxl is not installed (pip install pyxform): not read back");
        return None;
    }
    let output = output.unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    Some(serde_json::from_slice(&output.stdout).unwrap())
}

#[test]
fn the_workbook_holds_exactly_the_rows_built() {
    let minimal = repo().join("tests/fixtures/minimal");
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("odk");
    assert!(export(&minimal, &["guide", "-q"], &out).status.success());
    let Some(read) = read_back(&out.join("guide.xlsx")) else {
        return;
    };
    let checked = enquete::check(&minimal, false);
    let (study, locales) = checked.study.as_ref().unwrap();
    let forms = xlsform::forms(study, locales, &["guide".to_string()]).unwrap();
    let built: Vec<(String, Vec<Vec<String>>)> = forms[0]
        .sheets
        .iter()
        .map(|sheet| {
            let rows = std::iter::once(&sheet.columns).chain(&sheet.rows);
            (sheet.name.to_string(), rows.cloned().collect())
        })
        .collect();
    assert_eq!(read, built);
}

/// A survey with every question type and what the mapping has to get
/// right: an id that is not an XML name, `other` on
/// both kinds of select, probes and notes in a survey (guidance hints),
/// Markdown that ODK does not render, a written consent with an optional
/// item, and a right-to-left language.
const EVERY_TYPE: &str = r#"kind: survey
title: { en: Every type, nl: Elk type, ar: كل الأنواع }
consent: consent
intro: { en: "Welcome to { $programme }.", nl: "Welkom bij { $programme }.", ar: "مرحبا" }
sections:
  - id: about
    title: { en: About you, nl: Over jou, ar: عنك }
    instructions: { en: "Hand over the tablet.", nl: "Geef de tablet.", ar: "أعط الجهاز" }
    questions:
      - { id: 1st, type: note, text: { en: "Please answer **all** questions.", nl: "Beantwoord **alle** vragen.", ar: "أجب عن كل الأسئلة" } }
      - { id: town, type: text, required: true, text: { en: Your town, nl: Je gemeente, ar: مدينتك }, help: { en: "- the name\n- or postcode", nl: "- de naam\n- of postcode", ar: "الاسم" } }
      - id: story
        type: open
        text: { en: Tell us more, nl: Vertel meer, ar: أخبرنا }
        probes: [ { en: Why?, nl: Waarom?, ar: لماذا؟ } ]
        note: { en: Optional., nl: Niet verplicht., ar: اختياري }
      - { id: count, type: number, text: { en: How many?, nl: Hoeveel?, ar: كم؟ } }
      - { id: born, type: date, text: { en: Date, nl: Datum, ar: التاريخ } }
  - id: choices
    title: { en: Choices, nl: Keuzes, ar: اختيارات }
    questions:
      - { id: pick, type: single, required: true, other: true, text: { en: Pick one, nl: Kies er een, ar: اختر }, options: [ { value: a, label: { en: A, nl: A, ar: أ } }, { value: b, label: { en: B, nl: B, ar: ب } } ] }
      - { id: many, type: multiple, other: true, text: { en: Pick any, nl: Kies, ar: اختر } , options: [ { value: "1", label: { en: One, nl: Een, ar: واحد } }, { value: two, label: { en: Two, nl: Twee } } ] }
      - { id: agree, type: scale, min: 0, max: 10, text: { en: Agree?, nl: Eens?, ar: موافق؟ }, min_label: { en: not at all, nl: helemaal niet, ar: لا }, max_label: { en: fully, nl: helemaal, ar: تماما } }
      - { id: change, type: msc, required: true, text: { en: The main change?, nl: De grootste verandering?, ar: أهم تغيير؟ } }
"#;

fn every_type_study(dir: &Path) -> PathBuf {
    let study = dir.join("every-type");
    copy_dir(&repo().join("tests/fixtures/minimal"), &study);
    let yaml = std::fs::read_to_string(study.join("study.yaml")).unwrap();
    std::fs::write(
        study.join("study.yaml"),
        yaml.replace("languages: [en, nl]", "languages: [en, nl, ar]"),
    )
    .unwrap();
    for name in ["guide", "survey", "letter"] {
        std::fs::remove_file(study.join(format!("questionnaires/{name}.yaml"))).unwrap();
    }
    std::fs::write(study.join("questionnaires/everything.yaml"), EVERY_TYPE).unwrap();
    study
}

/// A study in a language enquete has no wording for and in a regional
/// variant: ODK reads a language subtag only, so `fr-BE` is `fr-BE (fr)`.
fn regional_study(dir: &Path) -> PathBuf {
    let study = dir.join("regional");
    std::fs::create_dir_all(study.join("questionnaires")).unwrap();
    std::fs::write(
        study.join("study.yaml"),
        "title: { en: Languages, sw: Lugha, fr-BE: Langues }\nlanguages: [en, sw, fr-BE]\ndefault_language: en\n",
    )
    .unwrap();
    std::fs::write(
        study.join("questionnaires/regional.yaml"),
        "kind: survey\ntitle: { en: Survey, sw: Utafiti, fr-BE: Enquête }\nsections:\n  - id: a\n    title: { en: A, sw: A, fr-BE: A }\n    questions:\n      - { id: q, type: text, text: { en: Name?, sw: Jina?, fr-BE: Nom ? } }\n",
    )
    .unwrap();
    study
}

/// `xls2xform --json --odk_validate FORM.xlsx FORM.xml`: pyxform's report
/// as JSON, or `None` outside CI when pyxform is not installed.
fn xls2xform(xlsx: &Path) -> Option<std::process::Child> {
    let spawned = Command::new("xls2xform")
        .args(["--json", "--odk_validate"])
        .arg(xlsx)
        .arg(xlsx.with_extension("xml"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    match spawned {
        Ok(child) => Some(child),
        // CI installs pyxform; elsewhere the test says it did not run.
        Err(_) if std::env::var_os("CI").is_none() => {
            eprintln!("xls2xform is not installed (pip install pyxform): not validated");
            None
        }
        Err(e) => panic!("xls2xform (pip install pyxform) is required in CI: {e}"),
    }
}

#[test]
fn pyxform_and_odk_validate_accept_every_export_without_warnings() {
    let tmp = tempfile::tempdir().unwrap();
    let mut studies = vec![
        repo(),
        every_type_study(tmp.path()),
        regional_study(tmp.path()),
    ];
    for fixture in ["minimal", "rtl", "languages", "skip"] {
        studies.push(repo().join("tests/fixtures").join(fixture));
    }
    let mut forms = Vec::new();
    for (i, study) in studies.iter().enumerate() {
        let out = tmp.path().join(format!("odk-{i}"));
        let run = export(study, &["-q"], &out);
        assert!(run.status.success(), "{}", text(&run.stderr));
        let mut files: Vec<PathBuf> = listing(&out)
            .into_iter()
            .filter(|n| n.ends_with(".xlsx"))
            .map(|n| out.join(n))
            .collect();
        forms.append(&mut files);
    }
    assert_eq!(forms.len(), 12, "{forms:?}");
    // ODK Validate is a Java program that takes seconds to start: a few run
    // at a time.
    for batch in forms.chunks(3) {
        let mut children = Vec::new();
        for xlsx in batch {
            match xls2xform(xlsx) {
                Some(child) => children.push((xlsx, child)),
                None => return,
            }
        }
        for (xlsx, child) in children {
            // The report goes to standard error; nothing else is printed.
            let output = child.wait_with_output().unwrap();
            let said = text(&output.stdout) + &text(&output.stderr);
            assert_eq!(
                said.trim(),
                r#"{"code": 100, "message": "Ok!", "warnings": []}"#,
                "{}",
                xlsx.display()
            );
            assert!(output.status.success(), "{}", xlsx.display());
        }
    }

    // The XForm has every language of the study, each with every text.
    let xform = |name: &str| {
        let xlsx = forms.iter().find(|f| f.ends_with(name)).unwrap();
        std::fs::read_to_string(xlsx.with_extension("xml")).unwrap()
    };
    let languages = |xform: &str| -> Vec<String> {
        let translations = xform.split("<translation ").skip(1);
        translations
            .map(|t| t.split('"').nth(1).unwrap().to_string())
            .collect()
    };
    assert_eq!(
        languages(&xform("regional.xlsx")),
        ["English (en)", "sw (sw)", "fr-BE (fr)"]
    );
    // show_if becomes `relevant`, on questions and on a section's group.
    let skip = xform("work.xlsx");
    let relevant_of = |node: &str| -> String {
        let bind = format!(r#"nodeset="/data/{node}""#);
        let line = skip
            .split("<bind ")
            .find(|b| b.contains(&bind))
            .unwrap_or_else(|| panic!("no bind for {node}"));
        let value = line
            .split("relevant=\"")
            .nth(1)
            .unwrap_or_else(|| panic!("{line}"));
        let value = value.split('"').next().unwrap();
        value.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    for (node, expected) in [
        ("job/employer", "/data/job/works = 'yes'"),
        (
            "job/languages",
            "/data/job/works = 'yes' and /data/job/employer != ''",
        ),
        (
            "job/dutch-class",
            "not(selected( /data/job/languages , 'nl'))",
        ),
        (
            "retirement",
            "/data/job/works = 'no' or selected( /data/job/languages , 'fr')",
        ),
        ("retirement/pension", "/data/retirement/age &gt;= 65"),
        (
            "retirement/happy",
            "/data/retirement/pension &lt;= date('2020-12-31')",
        ),
    ] {
        assert_eq!(relevant_of(node), expected, "{node}");
    }
    let xform = xform("everything.xlsx");
    assert_eq!(
        languages(&xform),
        ["English (en)", "Nederlands (nl)", "العربية (ar)"]
    );
    let translations: Vec<&str> = xform.split("<translation ").skip(1).collect();
    let texts = |t: &str| t.matches("<text id=").count();
    assert!(texts(translations[0]) > 40, "{}", texts(translations[0]));
    assert!(
        translations
            .iter()
            .all(|t| texts(t) == texts(translations[0]))
    );
    assert!(translations[2].contains("أهم تغيير؟"));
    assert!(translations[1].contains("Welkom bij de wandelclub."));
    // In a survey, the probes and the interviewer's note are guidance.
    let guidance = "<value form=\"guidance\">→ Why?\nOptional.</value>";
    assert!(translations[0].contains(guidance), "{}", translations[0]);
    // `other` is asked only when it is chosen, for both kinds of select.
    for (select, other) in [("pick", "pick_other"), ("many", "many_other")] {
        let bind = format!(r#"nodeset="/data/choices/{other}""#);
        let relevant = format!(r#"relevant="selected( /data/choices/{select} , 'other')""#);
        let line = xform
            .split("<bind ")
            .find(|b| b.contains(&bind))
            .unwrap_or_else(|| panic!("no bind for {other}"));
        assert!(line.contains(&relevant), "{line}");
    }
}
