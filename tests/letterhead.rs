//! The letterhead of consent sheets and letters: `logo:` and `address:` of
//! study.yaml. A logo is an SVG or PNG file of the study, published with
//! the site's assets; anything else is a located error before a page is
//! built.

mod common;

use std::path::Path;

use common::{STUDY, build, check_lines, fixture, study};

const EXPECTED: &str = "the path, relative to the study, of an SVG or PNG file (e.g. `logo.svg`)";

const SVG: &[u8] = b"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\"><rect width=\"4\" height=\"4\"/></svg>\n";

/// A survey study whose study.yaml ends with `line` (line 5), plus `files`.
fn with_line(line: &str, files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let yaml = format!("{STUDY}{line}\n");
    let mut all: Vec<(&str, &[u8])> = vec![
        ("study.yaml", yaml.as_bytes()),
        (
            "questionnaires/q.yaml",
            b"kind: survey\ntitle: { en: T, fr: T }\nsections:\n  - id: s\n    title: { en: S, fr: S }\n    questions:\n      - { id: q, type: text, text: { en: Q, fr: Q } }\n",
        ),
    ];
    all.extend_from_slice(files);
    study(&all)
}

fn logo_error(line: &str, files: &[(&str, &[u8])]) -> Vec<String> {
    let dir = with_line(line, files);
    check_lines(dir.path(), false)
}

#[test]
fn a_file_of_another_type_is_refused() {
    assert_eq!(
        logo_error("logo: logo.jpg", &[("logo.jpg", b"\xff\xd8\xff\xe0")]),
        [format!(
            "study.yaml:5:7: error: logo logo.jpg: not an SVG or PNG file; {EXPECTED}"
        )]
    );
}

#[test]
fn a_file_whose_contents_are_not_its_type_is_refused() {
    assert_eq!(
        logo_error("logo: logo.png", &[("logo.png", SVG)]),
        [format!(
            "study.yaml:5:7: error: logo logo.png: not a PNG image, whatever its name says; {EXPECTED}"
        )]
    );
    assert_eq!(
        logo_error("logo: logo.svg", &[("logo.svg", b"\x89PNG\r\n\x1a\n")]),
        [format!(
            "study.yaml:5:7: error: logo logo.svg: not an SVG image, whatever its name says; {EXPECTED}"
        )]
    );
}

#[test]
fn a_missing_file_is_named_with_the_nearest_image() {
    assert_eq!(
        logo_error("logo: images/logo.svg", &[("images/logos.svg", SVG)]),
        [format!(
            "study.yaml:5:7: error: logo images/logo.svg: file not found; {EXPECTED}; did you mean `images/logos.svg`?"
        )]
    );
}

#[test]
fn a_path_out_of_the_study_is_refused_even_if_the_file_exists() {
    let dir = with_line("logo: ../outside.svg", &[]);
    // The file exists beside the study: it still may not be published.
    let outside = dir.path().parent().unwrap().join("outside.svg");
    std::fs::write(&outside, SVG).unwrap();
    let lines = check_lines(dir.path(), false);
    std::fs::remove_file(&outside).unwrap();
    assert_eq!(
        lines,
        [format!(
            "study.yaml:5:7: error: logo ../outside.svg: outside the study directory; enquete never reads files outside the study; {EXPECTED}"
        )]
    );
    assert_eq!(
        logo_error("logo: /usr/share/logo.svg", &[]),
        [format!(
            "study.yaml:5:7: error: logo /usr/share/logo.svg: outside the study directory; enquete never reads files outside the study; {EXPECTED}"
        )]
    );
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_out_of_the_study_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("secret.svg");
    std::fs::write(&target, SVG).unwrap();
    let dir = with_line("logo: logo.svg", &[]);
    std::os::unix::fs::symlink(&target, dir.path().join("logo.svg")).unwrap();
    let real = target.canonicalize().unwrap();
    assert_eq!(
        check_lines(dir.path(), false),
        [format!(
            "study.yaml:5:7: error: logo logo.svg: logo.svg is a symbolic link to {}, outside the study directory; enquete never reads files outside the study; {EXPECTED}",
            real.display()
        )]
    );
}

#[test]
fn a_file_over_one_megabyte_is_refused() {
    let mut big = b"\x89PNG\r\n\x1a\n".to_vec();
    big.resize(1024 * 1024 + 1, 0);
    assert_eq!(
        logo_error("logo: big.png", &[("big.png", &big)]),
        [format!(
            "study.yaml:5:7: error: logo big.png: is too large (1048577 bytes; at most 1048576); {EXPECTED}"
        )]
    );
}

#[test]
fn a_misspelt_field_is_named_with_the_right_one() {
    let lines = logo_error("logos: logo.svg", &[("logo.svg", SVG)]);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with("study.yaml:5:1: error: unknown field `logos` in study.yaml;")
            && lines[0].ends_with("; did you mean `logo`?"),
        "{lines:?}"
    );
}

#[test]
fn an_address_must_be_text() {
    assert_eq!(
        logo_error("address: [Main Street 1, 1000 Example City]", &[]),
        [
            "study.yaml:5:10: error: the institution's `address` must be text; a string, or a mapping from language code to string; found a list"
        ]
    );
}

fn read(site: &Path, rel: &str) -> String {
    std::fs::read_to_string(site.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn consent_sheets_and_letters_carry_the_logo_name_and_address() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    build(&fixture("letterhead"), &site).unwrap();
    let logo = std::fs::read(fixture("letterhead").join("logo.svg")).unwrap();
    let assets: Vec<String> = std::fs::read_dir(site.join("assets"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("logo."))
        .collect();
    // Named by its contents: a new logo is never hidden by a cached one.
    let hash = enquete::validate::short_hash(&logo);
    assert_eq!(assets, [format!("logo.{hash}.svg")]);
    assert_eq!(
        std::fs::read(site.join("assets").join(&assets[0])).unwrap(),
        logo
    );
    for (page, up) in [
        ("en/consent/index.html", "../../"),
        ("nl/letter/ghent/index.html", "../../../"),
    ] {
        let html = read(&site, page);
        let institution = if page.starts_with("nl") {
            "Voorbeelduniversiteit"
        } else {
            "Example University"
        };
        assert!(
            html.contains(&format!(
                "<img class=letterhead-logo src=\"{up}assets/logo.{hash}.svg\" alt=\"{institution}\">"
            )),
            "{page}: {html}"
        );
        assert!(
            html.contains(&format!("<p class=letterhead-name>{institution}</p>")),
            "{page}"
        );
        assert!(
            html.contains("<p class=letterhead-address>Main Street 1, 1000 Example City</p>"),
            "{page}"
        );
    }
    // Other pages have no letterhead.
    assert!(!read(&site, "en/index.html").contains("letterhead"));
}

#[test]
fn the_letterhead_leaves_the_consent_hash_alone() {
    // The footer's hash is the fingerprint of the wording a participant
    // signs: the institution's paper does not change what was agreed to.
    let with = tempfile::tempdir().unwrap();
    build(&fixture("letterhead"), with.path()).unwrap();
    let root = tempfile::tempdir().unwrap();
    for entry in ["questionnaires"] {
        let from = fixture("letterhead").join(entry);
        std::fs::create_dir_all(root.path().join(entry)).unwrap();
        for file in std::fs::read_dir(&from).unwrap() {
            let file = file.unwrap();
            std::fs::copy(file.path(), root.path().join(entry).join(file.file_name())).unwrap();
        }
    }
    let yaml = read(&fixture("letterhead"), "study.yaml");
    let without: String = yaml
        .lines()
        .filter(|l| !l.starts_with("logo:") && !l.starts_with("address:"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(without, yaml);
    std::fs::write(root.path().join("study.yaml"), without).unwrap();
    let bare = tempfile::tempdir().unwrap();
    build(root.path(), bare.path()).unwrap();
    for css in ["en/consent/footer.css", "nl/consent/footer.css"] {
        assert_eq!(read(with.path(), css), read(bare.path(), css), "{css}");
    }
}

#[test]
fn letters_have_a_blank_date_line_in_the_page_language() {
    let out = tempfile::tempdir().unwrap();
    build(&fixture("letterhead"), out.path()).unwrap();
    for (page, date) in [
        ("en/letter/ghent/index.html", "Date:"),
        ("nl/letter/ghent/index.html", "Datum:"),
    ] {
        let html = read(out.path(), page);
        assert!(
            html.contains(&format!(
                "<p class=\"field-line letter-date\"><span>{date}</span><span aria-hidden=true class=line></span></p>"
            )),
            "{page}: {html}"
        );
    }
}
