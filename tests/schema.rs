//! The JSON Schema of the format: the committed copy in docs/schema is what
//! `enquete schema` prints, and every study we ship validates against it
//! with a real validator (check-jsonschema, the Python reference
//! implementation's command line).

use std::path::{Path, PathBuf};
use std::process::Command;

use enquete::format::schema::{SchemaFile, schema_text};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn committed_schema_matches_the_code() {
    for file in SchemaFile::ALL {
        let path = repo().join("docs/schema").join(file.file_name());
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == schema_text(file),
            "{} differs from `enquete schema`: run `cargo run -- schema --out docs/schema`",
            path.display()
        );
    }
}

#[test]
fn schema_command_prints_and_writes_the_same_schemas() {
    let bin = env!("CARGO_BIN_EXE_enquete");
    let printed = Command::new(bin)
        .args(["schema", "questionnaire"])
        .output()
        .unwrap();
    assert!(printed.status.success());
    assert_eq!(
        String::from_utf8(printed.stdout).unwrap(),
        schema_text(SchemaFile::Questionnaire)
    );
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("schema");
    let written = Command::new(bin)
        .args(["schema", "--quiet", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(written.status.success());
    assert_eq!(
        std::fs::read_to_string(out.join("study.json")).unwrap(),
        schema_text(SchemaFile::Study)
    );
    let usage = Command::new(bin).arg("schema").output().unwrap();
    assert_eq!(usage.status.code(), Some(2));
}

/// Every study of the repository: the bundled one and the fixtures.
fn studies() -> Vec<PathBuf> {
    let mut out = vec![repo().to_path_buf()];
    let fixtures = repo().join("tests/fixtures");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("study.yaml").is_file())
        .collect();
    dirs.sort();
    out.extend(dirs);
    out
}

fn check_jsonschema(schema: &Path, files: &[PathBuf]) -> Option<std::process::Output> {
    match Command::new("check-jsonschema")
        .arg("--schemafile")
        .arg(schema)
        .args(files)
        .output()
    {
        Ok(output) => Some(output),
        // CI installs the validator; elsewhere the test says it did not run.
        Err(_) if std::env::var_os("CI").is_none() => {
            eprintln!(
                "check-jsonschema is not installed (pip install check-jsonschema): not validated"
            );
            None
        }
        Err(e) => panic!("check-jsonschema is required in CI: {e}"),
    }
}

#[test]
fn every_study_validates_against_the_schema() {
    let schemas = repo().join("docs/schema");
    for study in studies() {
        let mut questionnaires: Vec<PathBuf> = std::fs::read_dir(study.join("questionnaires"))
            .map(|d| d.map(|e| e.unwrap().path()).collect())
            .unwrap_or_default();
        questionnaires.retain(|p| p.extension().is_some_and(|e| e == "yaml"));
        questionnaires.sort();
        let codebook: Vec<PathBuf> = Some(study.join("codebook.yaml"))
            .filter(|p| p.is_file())
            .into_iter()
            .collect();
        for (schema, files) in [
            ("study.json", vec![study.join("study.yaml")]),
            ("questionnaire.json", questionnaires),
            ("codebook.json", codebook),
        ] {
            if files.is_empty() {
                continue;
            }
            let Some(output) = check_jsonschema(&schemas.join(schema), &files) else {
                return;
            };
            assert!(
                output.status.success(),
                "{} against {schema}:\n{}{}",
                study.display(),
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
}

#[test]
fn the_schema_rejects_what_check_rejects() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("q.yaml");
    std::fs::write(
        &bad,
        "kind: interview\ntitle: T\nsections:\n  - title: S\n    questions:\n      - text: Q\n        typ: open\n",
    )
    .unwrap();
    let Some(output) = check_jsonschema(&repo().join("docs/schema/questionnaire.json"), &[bad])
    else {
        return;
    };
    assert!(!output.status.success(), "an unknown field `typ` must fail");
}
