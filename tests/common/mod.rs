//! Helpers for tests that write a study to a temporary directory and run
//! enquete on it, as a user would.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// A minimal valid `study.yaml` in English and French (both have built-in
/// interface strings).
pub const STUDY: &str = "title: { en: Test study, fr: Étude test }\n\
languages: [en, fr]\n\
researchers: [{ name: Ada, email: ada@example.org }]\n\
variables: { programme: { en: the club, fr: le club } }\n";

/// The legal facts that a study with consent sheets needs, to append to
/// [`STUDY`].
pub const CONSENT_FACTS: &str = concat!(
    "ethics: { committee: EC-X, reference: REF_1 }\n",
    "privacy:\n",
    "  controller: { en: Example University, fr: Université Exemple }\n",
    "  controller_contact: Main Street 1, 1000 Example City\n",
    "  dpo_email: dpo@example.org\n",
    "  retention: { en: 10 years after publication, fr: 10 ans après publication }\n",
    "  authority: { en: Data Protection Authority, fr: Autorité de protection des données }\n",
);

/// Writes `files` (path, contents) under a fresh temporary directory.
pub fn study(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    for (path, contents) in files {
        let full = dir.path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, contents).unwrap();
    }
    dir
}

/// `study.yaml` plus one questionnaire `questionnaires/q.yaml`.
pub fn with_questionnaire(yaml: &str) -> tempfile::TempDir {
    study(&[
        ("study.yaml", STUDY.as_bytes()),
        ("questionnaires/q.yaml", yaml.as_bytes()),
    ])
}

/// Every diagnostic of `enquete check`, one line each:
/// `file:line:col: error: message; expected; help`.
pub fn check_lines(root: &Path, strict: bool) -> Vec<String> {
    let checked = enquete::check(root, strict);
    checked
        .diagnostics
        .render_short(&checked.sources)
        .lines()
        .map(str::to_string)
        .collect()
}

/// Builds `root` into `out`; the error text when it fails.
pub fn build(root: &Path, out: &Path) -> Result<enquete::BuildSummary, String> {
    let options = enquete::BuildOptions {
        root: root.to_path_buf(),
        out: Some(out.to_path_buf()),
        strict: false,
        allow_outdated_consent: false,
        on_wait: |_| {},
    };
    match enquete::build(&options) {
        Ok((summary, _)) => Ok(summary),
        Err(enquete::BuildError::Study(checked)) => {
            Err(checked.diagnostics.render_short(&checked.sources))
        }
        Err(enquete::BuildError::Output(_, message)) => Err(message),
    }
}

/// The repository's own fixture studies.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Every file under `dir`, as (relative path, bytes), sorted.
pub fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect();
    out.sort();
    out
}

/// One tag per line, so that snapshots of minified pages diff readably.
pub fn pretty(html: &str) -> String {
    html.replace("><", ">\n<")
}

/// The names in `dir`, sorted: what a build left beside its output.
pub fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The consent items of a page, in the order printed (`data-item` ids).
pub fn items(page: &str) -> Vec<String> {
    page.match_indices("data-item=\"")
        .map(|(i, m)| {
            let rest = &page[i + m.len()..];
            rest[..rest.find('"').unwrap()].to_string()
        })
        .collect()
}

/// What a run of the `enquete` binary printed, and its exit code.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `enquete ARGS --root ROOT` as a user would, without colours.
pub fn enquete(root: &Path, args: &[&str]) -> Run {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_enquete"))
        .args(args)
        .arg("--root")
        .arg(root)
        .env("NO_COLOR", "1")
        .output()
        .expect("enquete runs");
    Run {
        code: output.status.code().expect("an exit code"),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

/// Copies the directory `from` to `to`, recursively (a study or a part of
/// one, to be edited by a test).
pub fn copy_dir(from: &Path, to: &Path) {
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
