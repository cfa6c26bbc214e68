//! Building fixture studies in temporary directories, as a user would.

mod common;

use std::path::Path;
use std::process::Command;

use common::{build, fixture, pretty, study, tree, with_questionnaire};

fn read(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn minimal_study_has_every_page_of_the_contract() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let summary = build(&fixture("minimal"), &site).unwrap();
    for page in [
        "index.html",
        "en/index.html",
        "nl/index.html",
        "en/guide/index.html",
        "en/guide/print/index.html",
        "nl/survey/index.html",
        "nl/survey/print/index.html",
        "en/consent/index.html",
        "en/letter/index.html",
        "en/letter/ghent/index.html",
        "nl/letter/antwerp/index.html",
        "bilingual/en-nl/guide/index.html",
    ] {
        assert!(site.join(page).is_file(), "{page} is missing");
    }
    // Surveys have no bilingual version: those are for interviews held in
    // two languages.
    assert_eq!(summary.pages["bilingual"], 1);
    let assets: Vec<String> = std::fs::read_dir(site.join("assets"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        assets.iter().any(|a| a.starts_with("enquete.")
            && a.ends_with(".css")
            && a.len() == "enquete.123456789abc.css".len()),
        "{assets:?}"
    );
    let redirect = read(&site, "index.html");
    assert!(
        redirect.contains("<meta content=\"0; url=en/index.html\" http-equiv=refresh>"),
        "{redirect}"
    );
    assert!(
        redirect.contains("<script src=\"assets/redirect.")
            || redirect.contains("<script src=\"../assets/redirect."),
        "{redirect}"
    );
    assert!(
        redirect.contains("<a href=\"en/index.html\" lang=\"en\">"),
        "{redirect}"
    );
}

#[test]
fn every_page_is_self_contained_and_relative() {
    let out = tempfile::tempdir().unwrap();
    build(&fixture("minimal"), out.path()).unwrap();
    for (path, bytes) in tree(out.path()) {
        if !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        assert!(html.starts_with("<!doctype html><html"), "{path}");
        assert!(
            html.contains("<meta content=\"noindex, nofollow\" name=robots>"),
            "{path}"
        );
        assert!(
            html.contains("default-src 'none'; script-src 'self'; style-src 'self'"),
            "{path}: no CSP"
        );
        for attr in ["href=", "src="] {
            for (i, _) in html.match_indices(attr) {
                let value = html[i + attr.len()..].trim_start_matches('"');
                assert!(
                    !value.starts_with('/') && !value.starts_with("//"),
                    "{path}: absolute link {}",
                    &value[..value.len().min(40)]
                );
                if value.starts_with("http") {
                    // Only links in the study's own text may leave the site.
                    assert!(!value.contains(".js") && !value.contains(".css"), "{path}");
                }
            }
        }
    }
}

#[test]
fn language_switcher_keeps_the_page() {
    let out = tempfile::tempdir().unwrap();
    build(&fixture("minimal"), out.path()).unwrap();
    let page = read(out.path(), "en/guide/print/index.html");
    assert!(page.contains("<a href=\"../../../en/guide/print/index.html\" lang=\"en\" hreflang=\"en\" dir=\"ltr\" aria-current=\"page\">English</a>"), "{}", pretty(&page));
    assert!(page.contains(
        "<a href=\"../../../nl/guide/print/index.html\" lang=\"nl\" hreflang=\"nl\" dir=\"ltr\">Nederlands</a>"
    ));
    let letter = read(out.path(), "nl/letter/ghent/index.html");
    assert!(letter.contains("href=\"../../../en/letter/ghent/index.html\""));
}

#[test]
fn output_is_deterministic() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    build(&fixture("minimal"), a.path()).unwrap();
    build(&fixture("minimal"), b.path()).unwrap();
    let (ta, tb) = (tree(a.path()), tree(b.path()));
    assert_eq!(ta.len(), tb.len());
    for ((pa, ba), (pb, bb)) in ta.iter().zip(&tb) {
        assert_eq!(pa, pb);
        assert!(ba == bb, "{pa} differs between two builds");
    }
}

#[test]
fn rebuild_replaces_only_its_own_output() {
    let dir = study(&[
        ("study.yaml", common::STUDY.as_bytes()),
        (
            "questionnaires/a.yaml",
            b"kind: survey\ntitle: { en: A, fr: A }\nsections: [ { id: s, title: { en: S, fr: S }, questions: [ { id: q, text: { en: Q, fr: Q } } ] } ]\n",
        ),
        ("notes.txt", b"the researcher's notes"),
    ]);
    let out = dir.path().join("public");
    build(dir.path(), &out).unwrap();
    std::fs::write(out.join("stale.html"), "old").unwrap();
    build(dir.path(), &out).unwrap();
    assert!(
        !out.join("stale.html").exists(),
        "the old output is replaced as a whole"
    );
    assert!(out.join("en/a/index.html").is_file());
    assert_eq!(read(dir.path(), "notes.txt"), "the researcher's notes");
}

#[test]
fn markup_in_texts_never_comes_alive() {
    let dir = study(&[
        ("study.yaml", common::STUDY.as_bytes()),
        (
            "questionnaires/a.yaml",
            br#"kind: survey
title: { en: "A <script>alert(1)</script>", fr: "A <img src=x onerror=alert(1)>" }
intro: { en: "[click](javascript:alert(1)) <a href='javascript:alert(2)'>x</a> <iframe src=https://evil.example></iframe>", fr: "<b onclick=alert(3)>gras</b> <svg onload=alert(4)></svg>" }
sections: [ { id: s, title: { en: "<style>p</style>S", fr: S }, questions: [ { id: q, text: { en: "Q <object data=x></object>", fr: Q } } ] } ]
"#,
        ),
    ]);
    let out = dir.path().join("public");
    build(dir.path(), &out).unwrap();
    for (path, bytes) in tree(&out) {
        if !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap().to_lowercase();
        for bad in [
            "<script>alert",
            "onerror",
            "onclick",
            "onload",
            "javascript:",
            "<iframe",
            "<object",
            "<style>",
            "<img",
            "<svg onload",
        ] {
            assert!(
                !html.contains(bad),
                "{path} contains {bad}:\n{}",
                pretty(&html)
            );
        }
    }
    let page = read(&out, "en/a/index.html");
    assert!(
        page.contains("click"),
        "the link text stays, without its link"
    );
}

const RTL_STUDY: &str = "title: { ar: دراسة الأحياء, en: Neighbourhood study }\n\
languages: [ar, en]\n\
researchers: [{ name: Ada, email: ada@example.org }]\n";

const RTL_GUIDE: &str = "kind: interview\n\
title: { ar: دليل المقابلة, en: Interview guide }\n\
sections:\n  - id: s\n    title: { ar: البداية, en: Start }\n    questions:\n      - { id: q, text: { ar: كيف انضممت إلى البرنامج؟, en: How did you join the programme? } }\n";

#[test]
fn right_to_left_study_from_another_root_with_the_command_line() {
    let dir = study(&[
        ("study.yaml", RTL_STUDY.as_bytes()),
        ("questionnaires/guide.yaml", RTL_GUIDE.as_bytes()),
    ]);
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let status = Command::new(env!("CARGO_BIN_EXE_enquete"))
        .args(["build", "--quiet", "--root"])
        .arg(dir.path())
        .arg("--out")
        .arg(&site)
        .current_dir(out.path())
        .status()
        .unwrap();
    assert!(status.success());
    let ar = read(&site, "ar/guide/index.html");
    assert!(
        ar.starts_with("<!doctype html><html lang=\"ar\" dir=\"rtl\">"),
        "{}",
        &ar[..80]
    );
    let en = read(&site, "en/guide/index.html");
    assert!(en.starts_with("<!doctype html><html lang=\"en\" dir=\"ltr\">"));
    let both = read(&site, "bilingual/ar-en/guide/index.html");
    assert!(both.contains("<span class=\"bi-a\" lang=\"ar\" dir=\"rtl\">كيف انضممت إلى البرنامج؟</span><span class=\"bi-b\" lang=\"en\" dir=\"ltr\">How did you join the programme?</span>"), "{}", pretty(&both));
}

#[test]
fn untranslated_text_is_marked_and_keeps_its_language() {
    let dir = study(&[
        ("study.yaml", common::STUDY.as_bytes()),
        (
            "questionnaires/a.yaml",
            b"kind: survey\ntitle: { en: A, fr: A }\nsections: [ { id: s, title: { en: S, fr: S }, questions: [ { id: q, type: text, text: { en: Only English } } ] } ]\n",
        ),
        (
            "questionnaires/b.yaml",
            b"kind: interview\ntitle: { en: B, fr: B }\nsections: [ { id: s, title: { en: S, fr: S }, questions: [ { id: q, type: text, text: { en: Only English } } ] } ]\n",
        ),
    ]);
    let out = dir.path().join("public");
    build(dir.path(), &out).unwrap();
    // For the interviewer, a label in the page's language.
    let guide = read(&out, "fr/b/index.html");
    assert!(
        guide.contains("<span class=\"untranslated\" lang=\"en\">Only English</span> <span class=\"untranslated-mark\">(pas encore traduit)</span>"),
        "{}",
        pretty(&guide)
    );
    // For a respondent, only the text's own language.
    let survey = read(&out, "fr/a/index.html");
    assert!(
        survey.contains("<span class=\"untranslated\" lang=\"en\">Only English</span>"),
        "{}",
        pretty(&survey)
    );
    assert!(!survey.contains("untranslated-mark"), "{}", pretty(&survey));
}

#[test]
fn command_line_exit_codes() {
    let bin = env!("CARGO_BIN_EXE_enquete");
    let ok = Command::new(bin)
        .args(["check", "--root"])
        .arg(fixture("minimal"))
        .output()
        .unwrap();
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let bad = study(&[("study.yaml", b"title: x\nlanguages: []\n")]);
    let failed = Command::new(bin)
        .args(["check", "--root"])
        .arg(bad.path())
        .output()
        .unwrap();
    assert_eq!(failed.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert!(stderr.contains("`languages` is empty"), "{stderr}");
    assert!(stderr.contains("study.yaml:2:12"), "{stderr}");
    assert!(
        stderr.ends_with("check failed: 1 error, 0 warnings\n"),
        "{stderr}"
    );
    let usage = Command::new(bin)
        .args(["build", "--nope"])
        .output()
        .unwrap();
    assert_eq!(usage.status.code(), Some(2));
    let missing = Command::new(bin)
        .args(["build", "--root", "/nonexistent/study"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    let help = Command::new(bin).arg("--help").output().unwrap();
    assert!(
        String::from_utf8_lossy(&help.stdout)
            .contains("enquete build --root my-study --out /var/www/study")
    );
    let version = Command::new(bin).arg("--version").output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&version.stdout),
        format!("enquete {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn build_prints_a_summary() {
    let out = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_enquete"))
        .args(["build", "--root"])
        .arg(fixture("minimal"))
        .arg("--out")
        .arg(out.path().join("site"))
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.starts_with("built 20 pages (bilingual 1, en 9, index 1, nl 9), "),
        "{stdout}"
    );
    assert!(
        stdout.contains(" files, 0 warnings in ") || stdout.contains(" files, 1 warning in "),
        "{stdout}"
    );
}

#[test]
fn a_study_overrides_messages_and_templates_one_by_one() {
    let dir = study(&[
        ("study.yaml", common::STUDY.as_bytes()),
        (
            "questionnaires/a.yaml",
            b"kind: survey\ntitle: { en: A, fr: A }\nsections: [ { id: s, title: { en: S, fr: S }, questions: [ { id: q, type: text, text: { en: Q, fr: Q } } ] } ]\n",
        ),
        ("locales/en/mine.ftl", b"submit = Send my answers\nthanks = Thank you\n"),
        (
            "themes/default/templates/partials/footer.html",
            b"<footer class=\"site-footer\"><p>{{ ui.thanks }}</p></footer>\n",
        ),
    ]);
    let out = dir.path().join("public");
    build(dir.path(), &out).unwrap();
    let en = read(&out, "en/a/index.html");
    assert!(en.contains(">Send my answers</button>"), "{}", pretty(&en));
    assert!(
        en.contains("<footer class=site-footer><p>Thank you</p></footer>"),
        "{}",
        pretty(&en)
    );
    // Other messages and templates stay the built-in ones.
    assert!(en.contains("Skip to content"));
    let fr = read(&out, "fr/a/index.html");
    assert!(
        fr.contains("<p>Thank you</p>"),
        "a message only in English is used in French too"
    );
}

#[test]
fn a_broken_template_is_reported_and_nothing_is_written() {
    let dir = study(&[
        ("study.yaml", common::STUDY.as_bytes()),
        (
            "themes/default/templates/home.html",
            b"{% extends \"base.html\" %}{% block content %}{{ oops %}{% endblock content %}",
        ),
    ]);
    let out = dir.path().join("public");
    let error = build(dir.path(), &out).unwrap_err();
    assert!(
        error.starts_with("themes/default/templates: error: template error: "),
        "{error}"
    );
    assert!(!out.exists());
}

/// The theme's scripts are published as written, comments included, so
/// that what runs on a respondent's device can be read in the site itself.
#[test]
fn scripts_ship_as_written() {
    let out = tempfile::tempdir().unwrap();
    build(&fixture("minimal"), out.path()).unwrap();
    let static_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/static");
    let mut scripts = 0;
    for entry in std::fs::read_dir(&static_dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let Some(stem) = name.strip_suffix(".js") else {
            continue;
        };
        let written = std::fs::read(static_dir.join(&name)).unwrap();
        let published: Vec<Vec<u8>> = tree(&out.path().join("assets"))
            .into_iter()
            .filter(|(path, _)| {
                path.strip_prefix(stem)
                    .and_then(|rest| rest.strip_prefix('.'))
                    .is_some_and(|rest| {
                        rest.len() == "123456789abc.js".len() && rest.ends_with(".js")
                    })
            })
            .map(|(_, bytes)| bytes)
            .collect();
        assert_eq!(published, vec![written], "{name}");
        scripts += 1;
    }
    assert!(scripts >= 6, "{scripts} scripts");
}

/// The ruled lines of each printed question: `lines:` where the study sets
/// them, otherwise the default of the type.
#[test]
fn printed_answer_space_follows_lines() {
    let dir = with_questionnaire(concat!(
        "kind: interview\ntitle: { en: T, fr: T }\nsections:\n  - id: s\n    title: { en: S, fr: S }\n    questions:\n",
        "      - { id: open, text: { en: A, fr: A } }\n",
        "      - { id: long, lines: 7, text: { en: B, fr: B } }\n",
        "      - { id: name, type: text, text: { en: C, fr: C } }\n",
        "      - { id: none, type: text, lines: 0, text: { en: D, fr: D } }\n",
        "      - { id: pick, type: single, lines: 2, text: { en: E, fr: E }, options: [ { label: { en: X, fr: X } } ], probes: [ { en: P, fr: P } ] }\n",
        "      - { id: story, type: msc, lines: 4, text: { en: F, fr: F } }\n",
    ));
    let out = tempfile::tempdir().unwrap();
    build(dir.path(), out.path()).unwrap();
    let page = read(out.path(), "en/q/print/index.html");
    let rules: Vec<usize> = page
        .split("<div class=\"pq ")
        .skip(1)
        .map(|q| {
            q.split("class=answer-lines>")
                .skip(1)
                .map(|l| {
                    l[..l.find("</div>").unwrap()]
                        .matches("<span></span>")
                        .count()
                })
                .sum()
        })
        .collect();
    // open in an interview 3, then 7, text 1, none, 2 under the options,
    // the story 4 and its why 2.
    assert_eq!(rules, [3, 7, 1, 0, 2, 6], "{}", pretty(&page));
    let pick = &page[page.find("pq-single").unwrap()..];
    assert!(
        pick.find("print-choices").unwrap() < pick.find("answer-lines").unwrap(),
        "the lines come after the options"
    );
    assert!(
        pick.find("answer-lines").unwrap() < pick.find("print-probes").unwrap(),
        "the probes come after the answer space"
    );
}
