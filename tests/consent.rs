//! Consent sheets are legal documents: every fact that the built-in wording
//! prints must be in the study, every built-in language words every item,
//! and no sheet falls back to another language.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::{CONSENT_FACTS, STUDY, build, check_lines, fixture, study};
use fluent_syntax::ast;

const WRITTEN: &str = "kind: consent\nmode: written\ntitle: { en: C, fr: C }\n";

#[test]
fn a_consent_sheet_needs_every_legal_fact() {
    let dir = study(&[
        ("study.yaml", STUDY.as_bytes()),
        ("questionnaires/c.yaml", WRITTEN.as_bytes()),
    ]);
    assert_eq!(
        check_lines(dir.path(), false),
        [
            "study.yaml:1:1: error: consent sheets need `ethics.committee`: the ethics committee that approved the study; `ethics: { committee: EA SHW, reference: SHW_21_150 }` in study.yaml",
            "study.yaml:1:1: error: consent sheets need `ethics.reference`: the reference of its approval; `ethics: { committee: EA SHW, reference: SHW_21_150 }` in study.yaml",
            "study.yaml:1:1: error: consent sheets need `privacy.authority`: the supervisory authority a participant can complain to; `authority: { en: Data Protection Authority }` under `privacy:` in study.yaml",
            "study.yaml:1:1: error: consent sheets need `privacy.controller_contact`: the data controller's address or e-mail; `controller_contact: Prinsstraat 13, 2000 Antwerpen, Belgium` under `privacy:` in study.yaml",
            "study.yaml:1:1: error: consent sheets need `privacy.controller`: the data controller, the institution responsible for the data; `controller: { en: University of Antwerp, nl: Universiteit Antwerpen }` under `privacy:` in study.yaml",
            "study.yaml:1:1: error: consent sheets need `privacy.dpo_email`: the e-mail address of the data protection officer; `dpo_email: privacy@example.org` under `privacy:` in study.yaml",
            "study.yaml:1:1: error: consent sheets need `privacy.retention`: how long the data are kept; `retention: { en: 10 years after publication }` under `privacy:` in study.yaml",
        ]
    );
}

#[test]
fn a_partial_privacy_block_names_what_is_missing_and_what_is_blank() {
    let yaml = format!(
        "{STUDY}ethics: {{ committee: EC, reference: R1 }}\nprivacy:\n  controller: {{ en: Example University, fr: Université Exemple }}\n  controller_contact: \" \"\n  retention: {{ en: 10 years, fr: \"\" }}\n"
    );
    let dir = study(&[
        ("study.yaml", yaml.as_bytes()),
        ("questionnaires/c.yaml", WRITTEN.as_bytes()),
    ]);
    assert_eq!(
        check_lines(dir.path(), false),
        [
            "study.yaml:7:3: error: consent sheets need `privacy.authority`: the supervisory authority a participant can complain to; `authority: { en: Data Protection Authority }` under `privacy:` in study.yaml",
            "study.yaml:7:3: error: consent sheets need `privacy.dpo_email`: the e-mail address of the data protection officer; `dpo_email: privacy@example.org` under `privacy:` in study.yaml",
            "study.yaml:8:23: error: `privacy.controller_contact` is empty; the text that the consent sheets print there",
            "study.yaml:9:34: error: `privacy.retention` is empty in `fr`; the text that the consent sheets print there",
        ]
    );
}

#[test]
fn a_study_without_consent_sheets_needs_no_privacy_facts() {
    let dir = common::with_questionnaire(
        "kind: survey\ntitle: { en: S, fr: S }\nsections:\n  - id: s\n    title: { en: S, fr: S }\n    questions: [ { id: a, text: { en: A, fr: A } } ]\n",
    );
    assert_eq!(check_lines(dir.path(), true), Vec::<String>::new());
}

/// `STUDY` with Swahili, which has no built-in wording, instead of French.
fn swahili_study() -> tempfile::TempDir {
    let yaml = format!("{STUDY}{CONSENT_FACTS}")
        .replace("fr: ", "sw: ")
        .replace("[en, fr]", "[en, sw]");
    study(&[
        ("study.yaml", yaml.as_bytes()),
        (
            "questionnaires/c.yaml",
            b"kind: consent\nmode: verbal\ntitle: { en: C, sw: Idhini }\n",
        ),
    ])
}

#[test]
fn a_consent_sheet_never_falls_back_to_english() {
    let dir = swahili_study();
    let lines = check_lines(dir.path(), false);
    assert!(
        lines.contains(&"questionnaires/c.yaml:1:1: error: there is no `sw` consent wording for the built-in items `voluntary`, `withdraw`, `recording`, `anonymisation`, `privacy`, `ethics` of `c`; the messages `consent-voluntary-script`, `consent-voluntary-label`, `consent-withdraw-script`, `consent-withdraw-label`, `consent-recording-script`, `consent-recording-label`, `consent-anonymisation-script`, `consent-anonymisation-label`, `consent-privacy-script`, `consent-privacy-label`, `privacy-default-legal-basis`, `privacy-default-recipients`, `consent-ethics-script`, `consent-ethics-label` in locales/sw/consent.ftl, or the items' own `text:` in `sw`; copy the English wording as a start: see docs/languages.md".to_string()),
        "{lines:#?}"
    );

    // The study's own wording, started from the English files as
    // docs/languages.md describes, is enough.
    let written = enquete::new_language::new_language(dir.path(), "sw").unwrap();
    assert_eq!(
        written,
        [
            dir.path().join("locales/sw/enquete.ftl"),
            dir.path().join("locales/sw/consent.ftl")
        ]
    );
    let consent = std::fs::read_to_string(&written[1]).unwrap();
    assert!(consent.starts_with("# consent.ftl for `sw`, started from enquete's English wording"));
    assert!(consent.contains("\n# Reviewed by a native speaker: no\n"));
    assert!(consent.contains("\nconsent-privacy = I have been informed"));
    assert_eq!(check_lines(dir.path(), true), Vec::<String>::new());

    // Nothing a user translated is ever overwritten.
    std::fs::write(&written[1], "consent-voluntary = Ninashiriki kwa hiari.\n").unwrap();
    assert_eq!(
        enquete::new_language::new_language(dir.path(), "sw").unwrap_err(),
        format!(
            "{} exists already; nothing was written",
            written[0].display()
        )
    );
    assert_eq!(
        std::fs::read_to_string(&written[1]).unwrap(),
        "consent-voluntary = Ninashiriki kwa hiari.\n"
    );
    assert_eq!(
        enquete::new_language::new_language(dir.path(), "de").unwrap_err(),
        "enquete already carries `de` wording: to change some messages, write only those in locales/de/*.ftl"
    );
}

#[test]
fn unreviewed_built_in_wording_is_a_warning_once_per_language() {
    let yaml = format!("{STUDY}{CONSENT_FACTS}")
        .replace("fr: ", "ar: ")
        .replace("[en, fr]", "[en, ar]");
    let dir = study(&[
        ("study.yaml", yaml.as_bytes()),
        (
            "questionnaires/a.yaml",
            b"kind: consent\nmode: written\ntitle: { en: A, ar: A }\n",
        ),
        (
            "questionnaires/b.yaml",
            b"kind: consent\nmode: verbal\ntitle: { en: B, ar: B }\n",
        ),
    ]);
    assert_eq!(
        check_lines(dir.path(), false),
        [
            "study.yaml:2:17: warning: the built-in Arabic consent wording has not been reviewed by a native speaker: have it checked before printing; or word the items yourself in locales/ar/consent.ftl (see docs/languages.md)"
        ]
    );
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The languages with built-in wording: the directories of `locales/`.
fn builtin_languages() -> Vec<String> {
    let mut langs: Vec<String> = std::fs::read_dir(repo().join("locales"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    langs.sort();
    langs
}

/// CLDR cardinal plural categories (CLDR 46) of the built-in languages.
fn plural_categories(lang: &str) -> &'static [&'static str] {
    match lang {
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        "fr" | "es" | "it" | "pt" => &["one", "many", "other"],
        "pl" | "ru" | "uk" => &["one", "few", "many", "other"],
        "en" | "nl" | "de" | "tr" | "fa" | "so" | "ti" => &["one", "other"],
        other => panic!("no plural categories for `{other}`: add them here"),
    }
}

struct Messages {
    /// Message ids in file order, each with the variables it uses.
    entries: Vec<(String, BTreeSet<String>)>,
    /// The variant keys of every select expression.
    selects: Vec<(String, Vec<String>)>,
    reviewed: Vec<String>,
}

fn read_messages(path: &Path) -> Messages {
    let text = std::fs::read_to_string(path).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
    let mut entries = Vec::new();
    let mut selects = Vec::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let pattern = m.value.as_ref().expect("a message with a value");
            let id = m.id.name.to_string();
            entries.push((id.clone(), enquete::i18n::pattern_variables(pattern)));
            for element in &pattern.elements {
                if let ast::PatternElement::Placeable {
                    expression: ast::Expression::Select { variants, .. },
                } = element
                {
                    let keys = variants
                        .iter()
                        .map(|v| match &v.key {
                            ast::VariantKey::Identifier { name } => name.to_string(),
                            ast::VariantKey::NumberLiteral { value } => value.to_string(),
                        })
                        .collect();
                    selects.push((id.clone(), keys));
                }
            }
        }
    }
    let reviewed = text
        .lines()
        .filter_map(|l| l.strip_prefix("# Reviewed by a native speaker: "))
        .map(|l| l.split('.').next().unwrap().to_string())
        .collect();
    Messages {
        entries,
        selects,
        reviewed,
    }
}

#[test]
fn every_built_in_language_has_every_message_with_the_same_variables() {
    let langs = builtin_languages();
    for file in ["enquete.ftl", "consent.ftl", "new-study.ftl"] {
        let english = read_messages(&repo().join("locales/en").join(file));
        for lang in &langs {
            assert!(enquete::i18n::has_builtin(lang), "{lang} is not embedded");
            let path = repo().join("locales").join(lang).join(file);
            let messages = read_messages(&path);
            assert_eq!(
                messages.entries, english.entries,
                "{lang}/{file}: the same messages, in the same order, with the same variables as en"
            );
            assert!(
                messages.reviewed == ["yes"] || messages.reviewed == ["no"],
                "{lang}/{file}: one header line `# Reviewed by a native speaker: yes` or `no`, not {:?}",
                messages.reviewed
            );
            for (id, keys) in &messages.selects {
                let mut keys = keys.clone();
                keys.sort();
                let mut expected: Vec<String> = plural_categories(lang)
                    .iter()
                    .map(|s| s.to_string())
                    .collect();
                expected.sort();
                assert_eq!(keys, expected, "{lang}/{file}: `{id}` plural variants");
            }
        }
    }
    // The review status that `enquete check` reads is the file's.
    assert_eq!(
        enquete::validate::builtin_consent_reviewed("en"),
        Some(true)
    );
    assert_eq!(
        enquete::validate::builtin_consent_reviewed("ar"),
        Some(false)
    );
    assert_eq!(enquete::validate::builtin_consent_reviewed("sw"), None);
}

/// The part of a page that belongs to item `id` (up to the next item).
fn item_html<'p>(page: &'p str, id: &str) -> &'p str {
    let marker = format!("data-item=\"{id}\"");
    let start = page.find(&marker).unwrap_or_else(|| panic!("no item {id}"));
    let rest = &page[start + marker.len()..];
    let end = rest.find("data-item=").unwrap_or(rest.len());
    &rest[..end]
}

#[test]
fn every_built_in_language_prints_every_item_with_every_fact() {
    let root = fixture("languages");
    let langs = builtin_languages();
    let study_yaml = std::fs::read_to_string(root.join("study.yaml")).unwrap();
    let listed = study_yaml
        .lines()
        .find_map(|l| l.strip_prefix("languages: "))
        .unwrap();
    let mut listed: Vec<String> = listed
        .trim_matches(['[', ']'])
        .split(", ")
        .map(str::to_string)
        .collect();
    listed.sort();
    assert_eq!(listed, langs, "the fixture uses every built-in language");

    let out = tempfile::tempdir().unwrap();
    build(&root, out.path()).unwrap();
    let read = |lang: &str, doc: &str| {
        std::fs::read_to_string(out.path().join(format!("{lang}/{doc}/index.html"))).unwrap()
    };
    for doc in ["consent-written", "consent-verbal"] {
        let english = common::items(&read("en", doc));
        assert_eq!(
            english.len(),
            if doc == "consent-written" { 7 } else { 14 },
            "{doc}: six built-in items and the study's own, twice on a verbal sheet"
        );
        for lang in &langs {
            let page = read(lang, doc);
            assert_eq!(
                common::items(&page),
                english,
                "{lang}/{doc}: items and their order"
            );
            assert!(
                !page.contains("{$") && !page.contains("{ $"),
                "{lang}/{doc}: unfilled placeable"
            );
            for id in &english {
                let html = item_html(&page, id);
                let text: String = strip_tags(html);
                assert!(
                    text.trim().chars().count() > 10,
                    "{lang}/{doc}: item {id} is empty: {html}"
                );
            }
            // Every fact of study.yaml is printed in its item.
            let privacy = item_html(&page, "privacy");
            for fact in [
                "Main Street 1, 2000 Example City, Belgium",
                "data.protection.officer@example.org",
            ] {
                assert!(
                    privacy.contains(fact),
                    "{lang}/{doc}: {fact} missing from {privacy}"
                );
            }
            // Retention and authority of the fixture are translated; each
            // carries numbers that every language keeps.
            assert!(
                privacy.contains("10"),
                "{lang}/{doc}: retention missing from {privacy}"
            );
            assert!(
                privacy.contains("1000"),
                "{lang}/{doc}: authority missing from {privacy}"
            );
            let special = if doc == "consent-written" {
                "consent-privacy-special"
            } else {
                "consent-privacy-special-script"
            };
            let start = message_start(lang, special);
            assert!(
                privacy.contains(&start),
                "{lang}/{doc}: the Art. 9 sentence ({start}) is missing from {privacy}"
            );
            let ethics = item_html(&page, "ethics");
            assert!(ethics.contains("SHW_21_150"), "{lang}/{doc}: {ethics}");
            assert!(
                ethics.contains("Ethics Committee for the Social Sciences and Humanities"),
                "{lang}/{doc}: {ethics}"
            );
        }
    }
}

/// The first words of a built-in message, as a page shows them.
fn message_start(lang: &str, id: &str) -> String {
    let text =
        std::fs::read_to_string(repo().join("locales").join(lang).join("consent.ftl")).unwrap();
    let value = text
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("{lang}: no {id}"));
    value.chars().take(12).collect()
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}
