//! What study text can and cannot do to a page: it never breaks out of an
//! attribute, a CSS string or the CSP, never makes two elements share an
//! id, and a study's own template cannot run forever or fill the memory.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{STUDY, build, check_lines, fixture, study, tree};

/// Every `id="..."` (or unquoted `id=...`) of a page, with its count.
fn ids(html: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for (i, _) in html.match_indices(" id=") {
        let rest = &html[i + 4..];
        let id = match rest.strip_prefix('"') {
            Some(quoted) => quoted.split('"').next().unwrap_or(""),
            None => rest.split([' ', '>']).next().unwrap_or(""),
        };
        *out.entry(id.to_string()).or_default() += 1;
    }
    out
}

fn assert_unique_ids(site: &Path) {
    let mut pages = 0;
    for (path, bytes) in tree(site) {
        if !path.ends_with(".html") {
            continue;
        }
        pages += 1;
        let html = String::from_utf8(bytes).unwrap();
        let repeated: Vec<_> = ids(&html).into_iter().filter(|(_, n)| *n > 1).collect();
        assert!(repeated.is_empty(), "{path}: repeated ids {repeated:?}");
    }
    assert!(pages > 0);
}

#[test]
fn ids_are_unique_on_every_page_of_every_fixture() {
    let out = tempfile::tempdir().unwrap();
    for (i, root) in [
        fixture("minimal"),
        fixture("rtl"),
        Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf(),
    ]
    .iter()
    .enumerate()
    {
        let site = out.path().join(i.to_string());
        build(root, &site).unwrap();
        assert_unique_ids(&site);
    }
}

#[test]
fn ids_that_only_collide_with_a_dash_separator_stay_apart() {
    // `x` + option `y-z` against `x-y` + option `z`; `m` + its `why` against
    // a question `m-why`; `o` + its `other` against a question `o-other`.
    let yaml = [
        "kind: interview\ntitle: G\nsections:\n  - id: s\n    title: S\n    questions:",
        "      - { id: x, type: single, text: X, options: [ { value: y-z, label: A } ] }",
        "      - { id: x-y, type: single, text: XY, options: [ { value: z, label: B } ] }",
        "      - { id: m, type: msc, text: M }",
        "      - { id: m-why, type: open, text: MW }",
        "      - { id: o, type: single, other: true, text: O, options: [ { value: a, label: A } ] }",
        "      - { id: o-other, type: open, text: OO }",
        "  - id: s-title\n    title: T\n    questions: [ { id: t, type: open, text: T } ]\n",
    ]
    .join("\n");
    let dir = study(&[
        ("study.yaml", b"title: T\nlanguages: [en]\n"),
        ("questionnaires/g.yaml", yaml.as_bytes()),
    ]);
    let out = tempfile::tempdir().unwrap();
    build(dir.path(), &out.path().join("site")).unwrap();
    assert_unique_ids(&out.path().join("site"));
    let page = std::fs::read_to_string(out.path().join("site/en/g/index.html")).unwrap();
    assert!(page.contains(r#"id="a-x.y-z""#) && page.contains(r#"id="a-x-y.z""#));
}

#[test]
fn a_quote_in_the_submit_address_cannot_leave_the_csp() {
    let dir = study(&[
        (
            "study.yaml",
            br#"title: T
languages: [en]
submit: { mode: post, url: 'https://answers.example.org/in"><meta http-equiv=refresh content="0;url=https://evil.example"><img src=x onerror=alert(1)>' }
"#,
        ),
        (
            "questionnaires/a.yaml",
            b"kind: survey\ntitle: A\nsections: [ { id: s, title: S, questions: [ { id: q, type: text, text: Q } ] } ]\n",
        ),
    ]);
    let out = tempfile::tempdir().unwrap();
    build(dir.path(), &out.path().join("site")).unwrap();
    for (path, bytes) in tree(&out.path().join("site")) {
        let text = String::from_utf8_lossy(&bytes);
        if path.ends_with(".html") {
            assert!(
                !text.contains("<img") && !text.contains("<meta http-equiv=refresh"),
                "{path}"
            );
            assert!(
                text.contains("connect-src 'self' https://answers.example.org;"),
                "{path}"
            );
            if path == "en/a/index.html" {
                // The address is sent where it was meant to go, encoded.
                assert!(text.contains("data-submit-url=\"https://answers.example.org/in%22%3E%3Cmeta%20http-equiv=refresh"), "{text}");
            }
        }
    }
}

#[test]
fn addresses_are_read_by_a_url_parser() {
    let dir = study(&[(
        "study.yaml",
        b"title: T\nlanguages: [en]\nbase_url: 'https://exa mple.org/'\nsubmit: { mode: post, url: 'javascript:alert(1)//https://x' }\n",
    )]);
    assert_eq!(
        check_lines(dir.path(), false),
        [
            "study.yaml:3:11: error: `https://exa mple.org/` is not a web address: invalid international domain name; the https:// address where the site will be published",
            "study.yaml:4:28: error: `javascript:alert(1)//https://x` is not a web address (http or https); the https:// address that receives the answers",
        ]
    );
    let dir = study(&[(
        "study.yaml",
        b"title: T\nlanguages: [en]\nsubmit: { mode: post, url: 'https://me:secret@example.org/' }\n",
    )]);
    assert_eq!(
        check_lines(dir.path(), false),
        [
            "study.yaml:3:28: error: `https://me:secret@example.org/` holds a user name or password, which every page would publish; the https:// address that receives the answers"
        ]
    );
}

#[test]
fn control_characters_cannot_end_the_footer_css() {
    let dir = study(&[
        (
            "study.yaml",
            "title: \"T\\fX\\nY\\\"Z\\\\W\"\nlanguages: [en]\n\
             ethics: { committee: EC, reference: R1 }\n\
             privacy: { controller: U, controller_contact: Street 1, dpo_email: dpo@example.org, retention: 10 years, authority: DPA }\n"
                .as_bytes(),
        ),
        (
            "questionnaires/c.yaml",
            b"kind: consent\nmode: written\ntitle: C\n",
        ),
    ]);
    let out = tempfile::tempdir().unwrap();
    build(dir.path(), &out.path().join("site")).unwrap();
    let css = std::fs::read_to_string(out.path().join("site/en/c/footer.css")).unwrap();
    assert!(
        css.starts_with(r#"@page{@bottom-left{content:"T X Y\"Z\\W · "#),
        "{css}"
    );
}

fn with_template(home: &str) -> tempfile::TempDir {
    study(&[
        ("study.yaml", STUDY.as_bytes()),
        ("themes/default/templates/home.html", home.as_bytes()),
    ])
}

#[test]
fn a_template_cannot_loop_without_end() {
    let dir = with_template("{% for i in range(end=100000) %}x{% endfor %}");
    let out = tempfile::tempdir().unwrap();
    let error = build(dir.path(), &out.path().join("site")).unwrap_err();
    assert!(
        error.starts_with("error: template home.html: ")
            && error.contains("`range` would produce 100000 numbers; at most 10000"),
        "{error}"
    );
    assert!(!out.path().join("site").exists());
}

#[test]
fn a_template_cannot_fill_the_memory() {
    let dir = with_template(
        "{% for i in range(end=10000) %}{% for j in range(end=10000) %}0123456789abcdef{% endfor %}{% endfor %}",
    );
    let out = tempfile::tempdir().unwrap();
    let error = build(dir.path(), &out.path().join("site")).unwrap_err();
    assert!(
        error.starts_with("error: template home.html: ")
            && error.contains("this page would be larger than 64 MiB"),
        "{error}"
    );
    assert_eq!(common::names_in(out.path()), [".site.enquete-lock"]);
}

/// A questionnaire `{id}.yaml` for the audience `audience`.
fn for_audience(id: &str, audience: &str) -> (String, Vec<u8>) {
    (
        format!("questionnaires/{id}.yaml"),
        format!(
            "kind: survey\ntitle: {{ en: Title {id}, fr: Titre {id} }}\naudience: {audience}\nsections:\n  - id: s\n    title: {{ en: S, fr: S }}\n    questions:\n      - {{ id: q, type: text, text: {{ en: Q, fr: Q }} }}\n"
        )
        .into_bytes(),
    )
}

fn audience_study(audiences: &str) -> tempfile::TempDir {
    let study_yaml = format!("{STUDY}audiences: {audiences}\n");
    let files = [
        for_audience("a", "{ en: adults, fr: adultes }"),
        for_audience("b", "buddy"),
        for_audience("c", "coordinator"),
    ];
    let mut all: Vec<(&str, &[u8])> = vec![("study.yaml", study_yaml.as_bytes())];
    all.extend(files.iter().map(|(p, b)| (p.as_str(), b.as_slice())));
    study(&all)
}

#[test]
fn the_home_page_groups_audiences_in_the_order_of_audiences() {
    let dir = audience_study("[coordinator, adults]");
    assert_eq!(
        check_lines(dir.path(), false),
        [
            "study.yaml:5:13: warning: audience `buddy` is not in `audiences`: its questionnaires come after the listed ones; every audience in `audiences`, in the order of the home page"
        ]
    );
    let out = tempfile::tempdir().unwrap();
    build(dir.path(), out.path()).unwrap();
    let home = std::fs::read_to_string(out.path().join("fr/index.html")).unwrap();
    let at = |s: &str| {
        home.find(s)
            .unwrap_or_else(|| panic!("{s} not on the page"))
    };
    assert!(at("Titre c") < at("Titre a") && at("Titre a") < at("Titre b"));
    assert!(home.contains("adultes"));
}

#[test]
fn audiences_that_no_questionnaire_has_or_that_repeat_are_errors() {
    let dir = audience_study("[coordinater, adults, adults, buddy]");
    assert_eq!(
        check_lines(dir.path(), false),
        [
            "study.yaml:5:13: error: no questionnaire has the audience `coordinater`; an `audience` of a questionnaire, as written in the default language (en): `adults`, `buddy` or `coordinator`; did you mean `coordinator`?",
            "study.yaml:5:34: error: audience `adults` is listed twice; each audience once",
        ]
    );
}

#[test]
fn the_codebook_has_a_printable_page_in_every_language() {
    let out = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    build(root, out.path()).unwrap();
    let yaml = std::fs::read_to_string(root.join("codebook.yaml")).unwrap();
    let ids: Vec<&str> = yaml
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("- id: "))
        .collect();
    assert_eq!(ids.len(), 65, "Appendix VI has 65 codes");
    for lang in ["nl", "en", "fr"] {
        let page = std::fs::read_to_string(out.path().join(format!("{lang}/codebook/index.html")))
            .unwrap();
        for id in &ids {
            assert!(page.contains(&format!("id=\"code-{id}\"")), "{lang}: {id}");
        }
        let home = std::fs::read_to_string(out.path().join(format!("{lang}/index.html"))).unwrap();
        assert!(
            home.contains(&format!("href=\"../{lang}/codebook/index.html\"")),
            "{lang}"
        );
    }
    let nl = std::fs::read_to_string(out.path().join("nl/codebook/index.html")).unwrap();
    assert!(nl.contains("<a href=\"../../nl/buddy/index.html#q-expectations\">Vragenlijst buddy's: Wat verwachtte u van het buddieschap?</a>"));

    // A study without a codebook has no such page, and its id is free.
    let minimal = out.path().join("minimal");
    build(&common::fixture("minimal"), &minimal).unwrap();
    assert!(!minimal.join("en/codebook").exists());
}

#[test]
fn a_document_cannot_take_the_codebook_page_s_id() {
    let dir = study(&[
        ("study.yaml", STUDY.as_bytes()),
        (
            "codebook.yaml",
            b"codes:\n  - { id: trust, name: { en: Trust, fr: Confiance } }\n",
        ),
        (
            "questionnaires/codebook.yaml",
            b"kind: survey\ntitle: { en: T, fr: T }\nsections:\n  - id: s\n    title: { en: S, fr: S }\n    questions:\n      - { id: q, type: text, text: { en: Q, fr: Q }, codes: [trust] }\n",
        ),
    ]);
    assert_eq!(
        check_lines(dir.path(), false),
        [
            "questionnaires/codebook.yaml:1:1: error: a document cannot have the id `codebook` in a study with a codebook.yaml; another file name: `/{lang}/codebook/` is the codebook's page"
        ]
    );
}
