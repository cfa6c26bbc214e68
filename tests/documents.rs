//! Consent sheets and letters: bad input, and the same content in every
//! language.

mod common;

use std::path::Path;

use common::{CONSENT_FACTS, STUDY, build, check_lines, study};

fn consent_lines(items: &str) -> Vec<String> {
    let dir = study(&[
        ("study.yaml", format!("{STUDY}{CONSENT_FACTS}").as_bytes()),
        (
            "questionnaires/c.yaml",
            format!("kind: consent\nmode: written\ntitle: {{ en: C, fr: C }}\n{items}").as_bytes(),
        ),
    ]);
    check_lines(dir.path(), false)
}

#[test]
fn consent_items_that_override_nothing() {
    assert_eq!(
        consent_lines(
            "items:\n  - { id: recordin, optional: false }\n  - { id: ../x, text: { en: X, fr: X } }\n"
        ),
        [
            "questionnaires/c.yaml:5:11: error: item `recordin` has no `text` and there is no built-in item `recordin` to change; a built-in item (`voluntary`, `withdraw`, `recording`, `anonymisation`, `privacy` or `ethics`), or `text:` for a new item; did you mean `recording`?",
            "questionnaires/c.yaml:6:11: error: `../x` is not a valid item id; lowercase letters, digits, `-` and `_` (at most 64)",
        ]
    );
}

#[test]
fn consent_mode_is_required() {
    let dir = study(&[
        ("study.yaml", format!("{STUDY}{CONSENT_FACTS}").as_bytes()),
        (
            "questionnaires/c.yaml",
            b"kind: consent\nmode: spoken\ntitle: { en: C, fr: C }\n",
        ),
    ]);
    assert_eq!(
        check_lines(dir.path(), false),
        [
            "questionnaires/c.yaml:2:7: error: unknown consent mode `spoken`; one of `written` or `verbal`"
        ]
    );
}

#[test]
fn letter_variants() {
    let dir = study(&[
        ("study.yaml", STUDY.as_bytes()),
        (
            "questionnaires/l.yaml",
            b"kind: letter\ntitle: { en: L, fr: L }\nbody: { en: \"In { $city } with { $programme }\", fr: \"A { $city } avec { $programme }\" }\nvariants:\n  - { id: ghent, variables: { city: Gent } }\n  - { id: ../x, variables: { town: X } }\n",
        ),
    ]);
    assert_eq!(
        check_lines(dir.path(), false),
        [
            "questionnaires/l.yaml:6:11: error: `../x` is not a valid variant id; lowercase letters, digits, `-` and `_` (at most 64)",
            "questionnaires/l.yaml:6:11: error: variant `../x` does not define `city`, used in the letter's body; `variables: { city: ... }` on this variant, or in study.yaml",
        ]
    );
}

#[test]
fn letters_get_a_qr_code_only_with_a_base_url() {
    let out = tempfile::tempdir().unwrap();
    build(&common::fixture("minimal"), out.path()).unwrap();
    let letter = std::fs::read_to_string(out.path().join("en/letter/ghent/index.html")).unwrap();
    assert!(
        letter.contains("<svg"),
        "the minimal fixture has a base_url"
    );
    assert!(letter.contains("https://example.org/study/en/index.html"));
    assert!(letter.contains("Dear member of the walking club in Ghent"));
    assert!(!letter.contains("<?xml"));

    let bundled = tempfile::tempdir().unwrap();
    build(Path::new(env!("CARGO_MANIFEST_DIR")), bundled.path()).unwrap();
    let letter = std::fs::read_to_string(
        bundled
            .path()
            .join("fr/invitation-letter/mechelen/index.html"),
    )
    .unwrap();
    assert!(!letter.contains("<svg"), "no base_url, no QR code");
    assert!(letter.contains("Malines"));
    assert!(letter.contains("Samen Inburgeren"));
}

#[test]
fn every_language_carries_the_same_items_in_the_same_order() {
    let out = tempfile::tempdir().unwrap();
    build(Path::new(env!("CARGO_MANIFEST_DIR")), out.path()).unwrap();
    for doc in ["consent-written", "consent-verbal"] {
        let read = |lang: &str| {
            std::fs::read_to_string(out.path().join(format!("{lang}/{doc}/index.html"))).unwrap()
        };
        let nl = common::items(&read("nl"));
        assert!(nl.len() >= 6, "{doc}: {nl:?}");
        assert_eq!(common::items(&read("en")), nl, "{doc}: en differs from nl");
        assert_eq!(common::items(&read("fr")), nl, "{doc}: fr differs from nl");
    }
    let written =
        std::fs::read_to_string(out.path().join("en/consent-written/index.html")).unwrap();
    assert_eq!(
        common::items(&written),
        [
            "voluntary",
            "withdraw",
            "recording",
            "anonymisation",
            "privacy",
            "ethics",
            "quotes"
        ]
    );
    for lang in ["nl", "en", "fr"] {
        let page = std::fs::read_to_string(
            out.path()
                .join(format!("{lang}/consent-written/index.html")),
        )
        .unwrap();
        // Signature and date for participant and researcher, and the line
        // on the two copies.
        assert_eq!(page.matches("class=signature-block").count(), 2, "{lang}");
        assert_eq!(
            page.matches("class=\"field-line signature\"").count(),
            2,
            "{lang}"
        );
        assert!(page.contains("class=copies"), "{lang}");
    }
}
