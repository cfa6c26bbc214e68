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

/// The minimal fixture copied, with a codebook whose codes two of the
/// guide's questions name.
fn coded_study(dir: &Path) -> PathBuf {
    let root = dir.join("study");
    let fixture = repo().join("tests/fixtures/minimal");
    std::fs::create_dir_all(root.join("questionnaires")).unwrap();
    std::fs::copy(fixture.join("study.yaml"), root.join("study.yaml")).unwrap();
    for entry in std::fs::read_dir(fixture.join("questionnaires")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(
            &path,
            root.join("questionnaires").join(path.file_name().unwrap()),
        )
        .unwrap();
    }
    let guide = std::fs::read_to_string(fixture.join("questionnaires/guide.yaml")).unwrap();
    let guide = guide
        .replacen(
            "        type: open\n",
            "        type: open\n        codes: [network]\n",
            1,
        )
        .replacen(
            "        type: msc\n",
            "        type: msc\n        codes: [network, change]\n",
            1,
        );
    assert_eq!(guide.matches("codes:").count(), 2, "the fixture changed");
    std::fs::write(root.join("questionnaires/guide.yaml"), guide).unwrap();
    std::fs::write(
        root.join("codebook.yaml"),
        "codes:\n  - id: outcomes\n    name: { en: Outcomes, nl: Uitkomsten }\n    codes:\n      - { id: network, name: { en: Network, nl: Netwerk } }\n      - { id: change, name: { en: Change, nl: Verandering }, colour: \"#59a14f\" }\n",
    )
    .unwrap();
    root
}

/// The browser's export of the minimal fixture's guide (see tests/answers.rs),
/// aimed at `root`.
fn export_for(root: &Path) -> serde_json::Value {
    let text =
        std::fs::read_to_string(repo().join("tests/fixtures/answers/guide-R07.json")).unwrap();
    let mut record: serde_json::Value = serde_json::from_str(&text).unwrap();
    let checked = enquete::check(root, false);
    let (study, _) = checked.study.as_ref().expect("a valid study");
    record["study"] = study.key.clone().into();
    record["hash"] = study
        .document("guide")
        .unwrap()
        .definition_hash
        .clone()
        .into();
    record
}

/// `name="value"` of an element's line.
fn attribute<'a>(line: &'a str, name: &str) -> &'a str {
    let start = line
        .find(&format!(" {name}=\""))
        .unwrap_or_else(|| panic!("no {name} in {line}"))
        + name.len()
        + 3;
    &line[start..start + line[start..].find('"').unwrap()]
}

fn unescape(s: &str) -> String {
    s.replace("&#10;", "\n")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

#[test]
fn merged_interviews_become_a_valid_qdpx_with_every_answer_coded_where_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let root = coded_study(dir.path());
    let r07 = export_for(&root);
    // A second respondent, in Dutch, with characters of several bytes and
    // a line break in an answer: positions count characters, not bytes.
    let mut r08 = r07.clone();
    r08["respondent"] = "R08".into();
    r08["language"] = "nl".into();
    r08["fields"]["role"]["value"] =
        "Via een vriendin 👍 in de bibliotheek.\r\nZe heette Zoë.".into();
    r08["fields"]["msc"]["value"] = "Ik vond werk & <eindelijk> \"rust\".".into();
    r08["timers"]["total"] = 1_830_000.into();
    // An answer to a question that the guide no longer has.
    r08["questions"]["hobby"] = "open".into();
    r08["fields"]["hobby"] =
        serde_json::json!({ "value": "Schaken", "changed": "2026-12-02T01:45:06.000Z" });
    let files: Vec<PathBuf> = [("r07.json", &r07), ("r08.json", &r08)]
        .iter()
        .map(|(name, value)| {
            let path = dir.path().join(name);
            std::fs::write(&path, serde_json::to_string(value).unwrap()).unwrap();
            path
        })
        .collect();
    let merge = |out: &Path| {
        let output = Command::new(env!("CARGO_BIN_EXE_enquete"))
            .args(["answers", "merge"])
            .args(&files)
            .arg("--root")
            .arg(&root)
            .arg("--out")
            .arg(out)
            .output()
            .unwrap();
        assert!(
            matches!(output.status.code(), Some(0 | 3)),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        std::fs::read(out.join("study.qdpx")).unwrap()
    };
    let qdpx = merge(&dir.path().join("dataset"));
    assert_eq!(qdpx, merge(&dir.path().join("again")), "the same bytes");

    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&qdpx)).unwrap();
    let mut names: Vec<String> = archive
        .file_names()
        .map(|n| n.unwrap().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 3, "{names:?}");
    assert_eq!(names[0], "project.qde");
    let read = |archive: &mut zip::ZipArchive<_>, name: &str| {
        let mut file = archive.by_name(name).unwrap();
        assert_eq!(file.compression(), zip::CompressionMethod::Deflated);
        let mut text = String::new();
        std::io::Read::read_to_string(&mut file, &mut text).unwrap();
        text
    };
    let qde = read(&mut archive, "project.qde");
    let qde_path = dir.path().join("project.qde");
    std::fs::write(&qde_path, &qde).unwrap();
    assert_valid("Project.xsd", &qde_path);

    // Every passage is the answer it claims to be, and is coded.
    let mut source = String::new();
    let mut seen: Vec<(String, String, usize)> = Vec::new();
    let mut lines = qde.lines().map(str::trim).peekable();
    while let Some(line) = lines.next() {
        if line.starts_with("<TextSource ") {
            let path = attribute(line, "plainTextPath");
            let file = path.strip_prefix("internal://").unwrap();
            source = read(&mut archive, &format!("sources/{file}"));
            assert!(!source.contains('\r'));
        }
        if line.starts_with("<PlainTextSelection ") {
            let field = attribute(line, "name").to_string();
            let start: usize = attribute(line, "startPosition").parse().unwrap();
            let end: usize = attribute(line, "endPosition").parse().unwrap();
            let cut: String = source.chars().skip(start).take(end - start).collect();
            let mut codings = 0;
            while lines.peek().is_some_and(|l| *l != "</PlainTextSelection>") {
                if lines.next().unwrap().starts_with("<Coding ") {
                    codings += 1;
                }
            }
            seen.push((field, cut, codings));
        }
    }
    let passage =
        |field: &str, n: usize| &seen.iter().filter(|(f, _, _)| f == field).nth(n).unwrap().1;
    let codings = |field: &str| seen.iter().find(|(f, _, _)| f == field).unwrap().2;
    // R07 (English) first, then R08 (Dutch).
    assert_eq!(passage("role", 0), "Through a friend at the library.");
    assert_eq!(
        passage("role", 1),
        "Via een vriendin 👍 in de bibliotheek.\nZe heette Zoë."
    );
    assert_eq!(passage("msc", 1), "Ik vond werk & <eindelijk> \"rust\".");
    assert_eq!(passage("freq", 0), "Other");
    assert_eq!(passage("freq.other", 0), "Every other week");
    assert_eq!(passage("msc.why", 0), "Because it changed everything.");
    assert_eq!(passage("things", 1), "Wandelen, Praten");
    assert_eq!(passage("hobby", 0), "Schaken");
    // Question and section; plus the codebook's codes the question names.
    assert_eq!(codings("freq"), 2);
    assert_eq!(codings("role"), 3);
    assert_eq!(codings("msc"), 4);
    assert_eq!(codings("hobby"), 1, "the questionnaire's code");
    for (field, cut, n) in &seen {
        assert!(
            !cut.is_empty() && *n > 0,
            "{field}: {cut:?} coded {n} times"
        );
    }
    let answered = |record: &serde_json::Value| {
        record["fields"]
            .as_object()
            .unwrap()
            .keys()
            .filter(|k| !k.contains(".probe.") && !k.ends_with(".notes"))
            .count()
    };
    assert_eq!(seen.len(), answered(&r07) + answered(&r08));

    // The code system: the codebook, then guide → section → question.
    assert!(qde.contains("<Code guid=\"") && qde.contains("name=\"Outcomes\""));
    assert!(qde.contains("name=\"Change\" isCodable=\"true\" color=\"#59a14f\"/>"));
    assert!(qde.contains(
        "name=\"role\" isCodable=\"true\">\n            <Description>How did you join?</Description>"
    ));
    // A case per respondent, with its variables.
    assert_eq!(qde.matches("<Case ").count(), 2);
    assert!(qde.contains("<Case guid=\""));
    let case_r08 = &qde[qde.find("name=\"R08\">").unwrap()..];
    let case_r08 = &case_r08[..case_r08.find("</Case>").unwrap()];
    for value in [
        "<TextValue>R08</TextValue>",
        "<TextValue>guide</TextValue>",
        "<TextValue>nl</TextValue>",
        "<DateValue>2026-12-02</DateValue>",
        "<FloatValue>30.5</FloatValue>",
        "<TextValue>Walking; Talking</TextValue>",
    ] {
        assert!(case_r08.contains(value), "{value} in {case_r08}");
    }
    assert!(unescape(&qde).contains("name=\"guide.things\""));
}
