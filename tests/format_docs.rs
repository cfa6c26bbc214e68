//! `docs/format.md` is the users' reference: every field that the reader
//! accepts is documented there, and every YAML example in it is a file that
//! `enquete check --strict` accepts, so that the examples cannot rot.

mod common;

use enquete::format::{ALL, Shape};

const DOC: &str = include_str!("../docs/format.md");

/// Fields whose example would need more than a YAML file: a theme needs
/// its directory of templates, a public key its key file (tests/encryption.rs
/// builds a study with one).
const NOT_IN_EXAMPLES: &[&str] = &["theme", "public_key"];

const LOGO_SVG: &[u8] =
    b"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>\n";

/// The ```yaml blocks of the page, each starting with `# path`.
fn examples() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = DOC;
    while let Some(start) = rest.find("```yaml\n") {
        let body = &rest[start + 8..];
        let end = body.find("```").expect("a closed ```yaml block");
        let block = &body[..end];
        let path = block
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# "))
            .unwrap_or_else(|| panic!("a YAML example starts with `# path`:\n{block}"));
        out.push((path.to_string(), block.to_string()));
        rest = &body[end + 3..];
    }
    out
}

#[test]
fn every_example_is_a_valid_study() {
    // Each `# study.yaml` block starts a study; the questionnaires that
    // follow belong to it.
    let mut studies: Vec<Vec<(String, String)>> = Vec::new();
    for (path, yaml) in examples() {
        if path == "study.yaml" {
            studies.push(Vec::new());
        }
        assert!(
            path == "study.yaml"
                || path == "codebook.yaml"
                || (path.starts_with("questionnaires/") && path.ends_with(".yaml")),
            "an example is study.yaml, codebook.yaml or questionnaires/*.yaml, not {path}"
        );
        studies
            .last_mut()
            .expect("the first example is a study.yaml")
            .push((path, yaml));
    }
    assert!(studies.len() >= 3, "{} studies", studies.len());
    for files in &studies {
        let mut written: Vec<(&str, &[u8])> = files
            .iter()
            .map(|(p, y)| (p.as_str(), y.as_bytes()))
            .collect();
        // A study whose example names a logo has the image file.
        let logos: Vec<&str> = files
            .iter()
            .flat_map(|(_, y)| y.lines())
            .filter_map(|l| l.strip_prefix("logo: "))
            .map(|rest| rest.split_whitespace().next().unwrap_or_default())
            .collect();
        for logo in logos {
            written.push((logo, LOGO_SVG));
        }
        let dir = common::study(&written);
        let checked = enquete::check(dir.path(), true);
        let shown = checked.diagnostics.render(&checked.sources, false);
        assert!(
            !checked.diagnostics.has_errors() && checked.study.is_some(),
            "an example of docs/format.md fails `check --strict`:\n{shown}"
        );
    }
}

#[test]
fn every_field_is_documented_and_shown() {
    let examples: String = examples().into_iter().map(|(_, y)| y).collect();
    let mut missing = Vec::new();
    for mapping in ALL {
        for field in mapping.fields {
            let row = format!("| `{}` |", field.name);
            if !DOC.contains(&row) {
                missing.push(format!(
                    "{}.{}: no table row {row}",
                    mapping.name, field.name
                ));
            }
            let key = format!("{}:", field.name);
            let used = examples.lines().any(|l| {
                let l = l.trim_start().trim_start_matches("- ");
                l.starts_with(&key)
                    || l.contains(&format!("{{ {key}"))
                    || l.contains(&format!(", {key}"))
            });
            if !used && !NOT_IN_EXAMPLES.contains(&field.name) {
                missing.push(format!(
                    "{}.{}: in no YAML example",
                    mapping.name, field.name
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "docs/format.md lacks:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_question_type_and_kind_is_described() {
    let question = ALL.iter().find(|m| m.name == "question").unwrap();
    let Some(Shape::OneOf(types)) = question.field("type").map(|f| f.shape) else {
        panic!("`type` is one of a list");
    };
    for t in types.iter() {
        assert!(DOC.contains(&format!("| `{t}` |")), "question type {t}");
    }
    for kind in enquete::format::KINDS {
        assert!(DOC.contains(&format!("`kind: {kind}`")), "kind {kind}");
    }
}
