//! `enquete export xlsform`, run as a user runs it: the files, the notes,
//! the exit codes and messages, the output replaced atomically and byte
//! for byte the same on every run; a snapshot of one form's sheets.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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
            "note: newcomer: newcomer/intro/instructions: ODK does not render Markdown lists; it shows as typed",
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

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
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
