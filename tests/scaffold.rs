//! `enquete new`: the study it writes builds, in one language, in three,
//! in right-to-left ones and in a language without built-in wording; it
//! never writes into a directory that holds anything.

use std::path::Path;
use std::process::{Command, Output};

fn enquete(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_enquete"))
        .args(args)
        .arg(dir)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `enquete new` then `enquete build` succeed; returns `new`'s stdout and stderr.
fn new_and_build(languages: &str) -> (tempfile::TempDir, String, String) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("my-study");
    let new = enquete(&["new", "--languages", languages], &dir);
    let (stdout, stderr) = (text(&new.stdout), text(&new.stderr));
    assert_eq!(new.status.code(), Some(0), "{stdout}{stderr}");
    let build = enquete(&["build", "--root"], &dir);
    assert_eq!(
        build.status.code(),
        Some(0),
        "{}{}",
        text(&build.stdout),
        text(&build.stderr)
    );
    (tmp, stdout, stderr)
}

#[test]
fn one_language() {
    let (tmp, stdout, stderr) = new_and_build("en");
    let dir = tmp.path().join("my-study");
    for file in [
        "study.yaml",
        "questionnaires/interview.yaml",
        "questionnaires/survey.yaml",
        "questionnaires/consent-written.yaml",
        "questionnaires/consent-verbal.yaml",
        "questionnaires/letter.yaml",
        "schema/study.json",
        "schema/questionnaire.json",
    ] {
        assert!(
            stdout.contains(&format!("wrote {}", dir.join(file).display())),
            "{file}: {stdout}"
        );
    }
    // The example addresses are flagged until they are replaced, and
    // nothing else is.
    assert!(
        stderr.contains("`researcher@university.example` is an example address"),
        "{stderr}"
    );
    assert!(
        stderr.contains("`dpo@university.example` is an example address"),
        "{stderr}"
    );
    assert!(stderr.ends_with("ok: no errors, 2 warnings\n"), "{stderr}");
    let study = std::fs::read_to_string(dir.join("study.yaml")).unwrap();
    assert!(study.starts_with("# yaml-language-server: $schema=schema/study.json\n"));
    let guide = std::fs::read_to_string(dir.join("questionnaires/interview.yaml")).unwrap();
    assert!(guide.starts_with("# yaml-language-server: $schema=../schema/questionnaire.json\n"));
    for t in [
        "open", "text", "single", "multiple", "scale", "number", "date", "note", "msc",
    ] {
        assert!(
            t == "open" || guide.contains(&format!("type: {t}")),
            "the guide shows type {t}"
        );
    }
    // The site has every kind of page.
    let public = dir.join("public/en");
    for page in [
        "interview/index.html",
        "interview/print/index.html",
        "survey/index.html",
        "consent-written/index.html",
        "consent-verbal/index.html",
        "letter/leuven/index.html",
        "letter/mechelen/index.html",
    ] {
        assert!(public.join(page).is_file(), "{page}");
    }
}

#[test]
fn three_languages_are_all_translated() {
    let (tmp, _, stderr) = new_and_build("de,en,es");
    // Every sample text exists in every language: no missing translation.
    assert!(!stderr.contains("missing translation"), "{stderr}");
    let study = std::fs::read_to_string(tmp.path().join("my-study/study.yaml")).unwrap();
    assert!(study.contains("languages: [de, en, es]"));
    assert!(
        tmp.path()
            .join("my-study/public/es/interview/index.html")
            .is_file()
    );
}

#[test]
fn right_to_left_languages() {
    let (tmp, _, stderr) = new_and_build("ar,fa,en");
    assert!(!stderr.contains("missing translation"), "{stderr}");
    let page = std::fs::read_to_string(tmp.path().join("my-study/public/fa/interview/index.html"))
        .unwrap();
    assert!(page.contains("dir=\"rtl\""));
}

#[test]
fn a_language_without_built_in_wording_gets_its_own_files() {
    let (tmp, stdout, _) = new_and_build("sw,en");
    assert!(
        stdout.contains("enquete has no sample texts in `sw`"),
        "{stdout}"
    );
    assert!(tmp.path().join("my-study/locales/sw/consent.ftl").is_file());
}

#[test]
fn refuses_a_directory_that_is_not_empty() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("notes.txt"), "mine").unwrap();
    let out = enquete(&["new"], tmp.path());
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        format!(
            "error: {} is not empty: enquete new writes a study only into a new or empty directory, so that nothing is overwritten\n",
            tmp.path().display()
        )
    );
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("notes.txt")).unwrap(),
        "mine"
    );
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
}

#[test]
fn refuses_a_bad_language_code() {
    let tmp = tempfile::tempdir().unwrap();
    let out = enquete(&["new", "--languages", "en,EN_gb"], &tmp.path().join("s"));
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("`EN_gb` is not a language code"));
    assert!(!tmp.path().join("s").exists());
}
