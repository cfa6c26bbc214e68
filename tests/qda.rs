//! REFI-QDA exports, validated against the standard's own XSDs
//! (tests/schemas/refi-qda/) with xmllint, the validator of libxml2.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{STUDY, study};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn enquete(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_enquete"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// `xmllint --schema`: `None` when xmllint is missing outside CI (the test
/// then says it did not validate); CI installs it, and fails without it.
fn xmllint(schema: &str, file: &Path) -> Option<(bool, String)> {
    let schema: PathBuf = repo().join("tests/schemas/refi-qda").join(schema);
    match Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&schema)
        .arg(file)
        .output()
    {
        Ok(out) => Some((
            out.status.success(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )),
        Err(_) if std::env::var_os("CI").is_none() => {
            eprintln!("xmllint is not installed (Debian: libxml2-utils): not validated");
            None
        }
        Err(e) => panic!("xmllint is required in CI: {e}"),
    }
}

fn assert_valid(schema: &str, file: &Path) {
    if let Some((ok, messages)) = xmllint(schema, file) {
        assert!(ok, "{} against {schema}:\n{messages}", file.display());
    }
}

/// `name` attributes of `<Code>` elements, in document order, each with
/// its depth.
fn codes(qdc: &str) -> Vec<(usize, String)> {
    let mut depth = 0usize;
    let mut out = Vec::new();
    for line in qdc.lines() {
        let line = line.trim();
        if line == "</Code>" {
            depth -= 1;
        } else if let Some(rest) = line.strip_prefix("<Code ") {
            let name = rest.split("name=\"").nth(1).unwrap();
            let name = &name[..name.find('"').unwrap()];
            out.push((depth, name.replace("&amp;", "&").replace("&quot;", "\"")));
            if !rest.ends_with("/>") {
                depth += 1;
            }
        }
    }
    out
}

#[test]
fn the_bundled_codebook_exports_as_a_valid_qdc_with_every_code_of_appendix_vi() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("codebook.qdc");
    let root = repo().to_str().unwrap();
    let (code, stdout, stderr) = enquete(&[
        "codebook",
        "export",
        "--root",
        root,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout, format!("wrote {} (65 codes, nl)\n", out.display()));
    assert_valid("Codebook.xsd", &out);
    let qdc = std::fs::read_to_string(&out).unwrap();
    let found = codes(&qdc);
    let mut names: Vec<&str> = found.iter().map(|(_, n)| n.as_str()).collect();
    let appendix = include_str!("fixtures/appendix-6-codebook.tsv.txt");
    let mut expected: Vec<&str> = appendix
        .lines()
        .skip(3)
        .filter(|l| l.matches('\t').count() > 3)
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    names.sort();
    expected.sort();
    assert_eq!(names, expected);
    // The tree: the two heads at the top, the tasks under "Taken buddy".
    let top: Vec<&str> = found
        .iter()
        .filter(|(d, _)| *d == 0)
        .map(|(_, n)| n.as_str())
        .collect();
    assert_eq!(top, ["Algemeen", "Proces"]);
    let tasks = found.iter().position(|(_, n)| n == "Taken buddy").unwrap();
    assert_eq!(found[tasks + 1], (3, "Administratie".to_string()));
    assert!(qdc.contains("name=\"Proces\" isCodable=\"true\" color=\"#f28e2b\">\n      <Description>Hoe de buddywerking verloopt:"));

    // The same study, the same file: GUIDs are derived, not drawn.
    let again = dir.path().join("again.qdc");
    let (code, _, _) = enquete(&[
        "codebook",
        "export",
        "--quiet",
        "--root",
        root,
        "--out",
        again.to_str().unwrap(),
    ]);
    assert_eq!(code, 0);
    assert_eq!(std::fs::read(&again).unwrap(), qdc.as_bytes());

    // In English, the same codes with the same GUIDs.
    let en = dir.path().join("en.qdc");
    let (code, _, _) = enquete(&[
        "codebook",
        "export",
        "--quiet",
        "--root",
        root,
        "--lang",
        "en",
        "--out",
        en.to_str().unwrap(),
    ]);
    assert_eq!(code, 0);
    assert_valid("Codebook.xsd", &en);
    let en = std::fs::read_to_string(&en).unwrap();
    let guids = |qdc: &str| -> Vec<String> {
        qdc.split("guid=\"")
            .skip(1)
            .map(|s| s[..36].to_string())
            .collect()
    };
    assert_eq!(guids(&en), guids(&qdc));
    assert!(en.contains("name=\"Intervision\""));
    assert!(en.contains("name=\"Tasks of the buddy\""));
}

#[test]
fn names_with_markup_characters_stay_as_typed_and_valid() {
    let codebook = "codes:\n  - id: a\n    name: { en: \"Work & \\\"school\\\" <full-time>\", fr: Travail }\n    description: { en: \"Line one\\nline two\", fr: Une }\n";
    let dir = study(&[
        ("study.yaml", STUDY.as_bytes()),
        ("codebook.yaml", codebook.as_bytes()),
    ]);
    let out = dir.path().join("out.qdc");
    let (code, _, stderr) = enquete(&[
        "codebook",
        "export",
        "--root",
        dir.path().to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert_valid("Codebook.xsd", &out);
    let qdc = std::fs::read_to_string(&out).unwrap();
    assert!(
        qdc.contains("name=\"Work &amp; &quot;school&quot; &lt;full-time&gt;\""),
        "{qdc}"
    );
    assert!(qdc.contains("<Description>Line one&#10;line two</Description>"));
}

#[test]
fn no_codebook_an_unknown_language_and_a_broken_study_are_errors() {
    let dir = study(&[("study.yaml", STUDY.as_bytes())]);
    let root = dir.path().to_str().unwrap();
    let out = dir.path().join("x.qdc");
    let (code, _, stderr) = enquete(&[
        "codebook",
        "export",
        "--root",
        root,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        format!("error: {root} has no codebook.yaml: there is no codebook to export\n")
    );
    assert!(!out.exists());

    std::fs::write(
        dir.path().join("codebook.yaml"),
        "codes:\n  - { id: a, name: { en: A, fr: A } }\n",
    )
    .unwrap();
    let (code, _, stderr) = enquete(&[
        "codebook",
        "export",
        "--root",
        root,
        "--lang",
        "de",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "error: `de` is not a language of the study (en, fr)\n"
    );

    std::fs::write(dir.path().join("codebook.yaml"), "codes:\n  - { id: a }\n").unwrap();
    let (code, _, stderr) = enquete(&[
        "codebook",
        "export",
        "--root",
        root,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(stderr.contains("code `a` has no `name`"), "{stderr}");
    assert!(!out.exists());
}
