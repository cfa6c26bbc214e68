//! `enquete verify`: whether the study still prints the wording of a signed
//! consent sheet, from the hash in the sheet's footer, and which items
//! changed since; with consent-wording.lock, which `build` keeps.

mod common;

use std::path::Path;

use common::{CONSENT_FACTS, STUDY, enquete, study};

const CONSENT: &str = "kind: consent
mode: written
title: { en: Consent, fr: Consentement }
items:
  - id: quotes
    optional: true
    text: { en: I agree to be quoted., fr: J'accepte d'être cité. }
  - id: recording
    text: { en: I agree to be recorded., fr: J'accepte d'être enregistré. }
";

/// Builds the study and reads the hash printed in the footer of the French
/// consent sheet.
fn build_and_read_hash(root: &Path, out: &Path) -> String {
    let run = enquete(root, &["build", "--out", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = std::fs::read_to_string(out.join("fr/consent/index.html")).unwrap();
    let at = page.find("class=hash").expect("a footer hash");
    let hash_at = at + page[at..].find('#').unwrap() + 1;
    page[hash_at..hash_at + 12].to_string()
}

#[test]
fn a_signed_sheet_is_matched_to_its_wording_and_its_changed_items_named() {
    let study_yaml = format!("{STUDY}{CONSENT_FACTS}");
    let dir = study(&[
        ("study.yaml", study_yaml.as_bytes()),
        ("questionnaires/consent.yaml", CONSENT.as_bytes()),
    ]);
    let root = dir.path();
    let out = tempfile::tempdir().unwrap();

    // Without translations.lock, build keeps no wording history.
    build_and_read_hash(root, out.path());
    assert!(!root.join("consent-wording.lock").exists());

    assert_eq!(enquete(root, &["translations", "accept", "--all"]).code, 0);
    let signed = build_and_read_hash(root, out.path());
    let history = std::fs::read_to_string(root.join("consent-wording.lock")).unwrap();
    assert!(
        history.contains(&format!("\nconsent fr {signed}\n  mode ")),
        "{history}"
    );
    let run = enquete(
        root,
        &["verify", "consent", "--lang", "fr", "--hash", &signed[..6]],
    );
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (
            0,
            format!("consent (fr) #{signed}: the study still prints this wording\n").as_str()
        )
    );

    // The French wording of one item changes (and is accepted).
    let path = root.join("questionnaires/consent.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("d'être enregistré.", "d'être enregistré (audio)."),
    )
    .unwrap();
    let now = build_and_read_hash(root, out.path());
    assert_ne!(now, signed);
    let run = enquete(
        root,
        &[
            "verify",
            "consent",
            "--lang",
            "fr",
            "--hash",
            &format!("#{signed}"),
        ],
    );
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (
            1,
            format!(
                "consent (fr) #{signed}: the study now prints another wording (#{now})\n  \
                 changed since: item `recording`\n"
            )
            .as_str()
        )
    );
    // The English sheet did not change.
    let history = std::fs::read_to_string(root.join("consent-wording.lock")).unwrap();
    assert_eq!(history.matches("\nconsent en ").count(), 1, "{history}");
    assert_eq!(history.matches("\nconsent fr ").count(), 2, "{history}");

    let run = enquete(
        root,
        &["verify", "consent", "--lang", "fr", "--hash", "abcdef"],
    );
    assert_eq!(
        (run.code, run.stdout),
        (
            1,
            format!(
                "consent (fr) #abcdef: not the wording the study prints now (#{now}), and \
                 consent-wording.lock has no record of it: it was never built from this study as \
                 it is kept, or the hash is mistyped\n"
            )
        )
    );
    let run = enquete(
        root,
        &["verify", "consnet", "--lang", "fr", "--hash", "abcdef"],
    );
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: the study has no document `consnet` (its consent documents: consent)\n"
        )
    );
    let run = enquete(
        root,
        &["verify", "consent", "--lang", "de", "--hash", "abcdef"],
    );
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (2, "error: `de` is not a language of the study (en, fr)\n")
    );
    let run = enquete(root, &["verify", "consent", "--lang", "fr", "--hash", "12"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: `12` is not a footer hash: 6 to 12 hexadecimal digits, as printed after `#`\n"
        )
    );
}

#[test]
fn the_bundled_study_keeps_the_wording_of_its_consent_sheets() {
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR"));
    let history = std::fs::read_to_string(bundled.join("consent-wording.lock")).unwrap();
    for doc in ["consent-written", "consent-verbal"] {
        for lang in ["nl", "en", "fr"] {
            // A hash no sheet has: the answer names the current one.
            let run = enquete(
                bundled,
                &["verify", doc, "--lang", lang, "--hash", "000000"],
            );
            assert_eq!(run.code, 1, "{}", run.stderr);
            let at = run.stdout.find("prints now (#").expect("the current hash") + 13;
            let now = &run.stdout[at..at + 12];
            assert!(
                history.contains(&format!("\n{doc} {lang} {now}\n")),
                "consent-wording.lock lacks {doc} {lang} {now}: build the study and commit it"
            );
            if (doc, lang) == ("consent-written", "fr") {
                let run = enquete(bundled, &["verify", doc, "--lang", lang, "--hash", now]);
                assert_eq!(
                    run.stdout,
                    format!("{doc} ({lang}) #{now}: the study still prints this wording\n")
                );
            }
        }
    }
}
