//! Translations that stay in sync: keys, translations.lock, `enquete
//! translations status | diff | accept`, and what check and build say about
//! outdated translations. Each test writes a study to a temporary directory
//! and runs enquete on it as a user would.

mod common;

use std::path::Path;
use std::process::Command;

use common::{CONSENT_FACTS, STUDY, check_lines, enquete, study};

const GUIDE: &str = "kind: interview
title: { en: Guide, fr: Guide }
audience: buddies
sections:
  - id: intro
    title: { en: Introduction, fr: Introduction }
    questions:
      - id: matching
        text: { en: How were you matched?, fr: Comment avez-vous été jumelé ? }
        probes:
          - { en: By whom?, fr: Par qui ? }
      - text: { en: Anything else?, fr: Autre chose ? }
      - id: age
        type: single
        text: { en: Your age, fr: Votre âge }
        options:
          - { value: young, label: { en: Under 30, fr: Moins de 30 ans } }
          - label: { en: 30 or over }
";

const CONSENT: &str = "kind: consent
mode: written
title: { en: Consent, fr: Consentement }
items:
  - id: quotes
    optional: true
    text: { en: I agree to be quoted., fr: J'accepte d'être cité. }
";

fn guide_study() -> tempfile::TempDir {
    study(&[
        ("study.yaml", STUDY.as_bytes()),
        ("questionnaires/q.yaml", GUIDE.as_bytes()),
    ])
}

fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} holds {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn every_translatable_text_has_a_key_made_of_ids() {
    let dir = guide_study();
    let mut diagnostics = enquete::diagnostics::Diagnostics::default();
    let mut loaded = enquete::load::load(dir.path(), &mut diagnostics);
    let tracking = enquete::translations::Tracking::open(&mut loaded, &mut diagnostics);
    let keys: Vec<&str> = tracking
        .collected
        .texts
        .iter()
        .map(|t| t.key.as_str())
        .collect();
    assert_eq!(
        keys,
        [
            "study/title",
            "study/variables/programme",
            "q/title",
            "q/audience",
            "q/intro/title",
            "q/intro/matching/text",
            "q/intro/matching/probes/1",
            "q/intro/intro-2/text",
            "q/intro/age/text",
            "q/intro/age/options/young/label",
            "q/intro/age/options/2/label",
        ]
    );
    // A plain audience is a key shown as written, not a text to translate;
    // an option with only its source has nothing to translate yet.
    let translatable: Vec<&str> = tracking.translatable().map(|t| t.key.as_str()).collect();
    assert!(!translatable.contains(&"q/audience"));
    assert_eq!(translatable.len(), 10);
}

#[test]
fn status_counts_per_language_and_per_file() {
    let dir = guide_study();
    let run = enquete(dir.path(), &["translations", "status", "--by-file"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "translations from en (10 texts to translate)
language                       total   translated      missing     outdated not accepted    identical
fr                                10            9            1            0            9            2
  questionnaires/q.yaml            8            7            1            0            7            2
  study.yaml                       2            2            0            0            2            0
"
    );
    assert!(
        run.stderr.contains("no translations.lock yet"),
        "{}",
        run.stderr
    );
    // A missing translation fails --strict.
    let strict = enquete(dir.path(), &["translations", "status", "--strict"]);
    assert_eq!(strict.code, 1);
}

#[test]
fn a_changed_source_makes_its_translation_outdated_until_accepted() {
    let dir = guide_study();
    let root = dir.path();
    // Without a lock nothing is tracked and check says nothing about it.
    assert!(
        !check_lines(root, false)
            .iter()
            .any(|l| l.contains("position")),
    );
    let accepted = enquete(root, &["translations", "accept", "--all"]);
    assert_eq!(accepted.code, 0, "{}", accepted.stderr);
    assert_eq!(
        accepted.stdout,
        "accepted 9 translations (fr 9) → translations.lock\n"
    );
    let lock = std::fs::read_to_string(root.join("translations.lock")).unwrap();
    assert!(
        lock.contains(&format!(
            "\nq/intro/matching/text\n  source {hash} \"How were you matched?\"\n  fr {hash}\n",
            hash = enquete::translations::source_hash("How were you matched?")
        )),
        "{lock}"
    );
    // Tracked: a key that rests on a position is pointed out.
    assert_eq!(
        check_lines(root, false),
        [
            "questionnaires/q.yaml:12:9: warning: the translation keys of a question (`q/intro/intro-2/...`) rest on its position; moving it changes the keys and translations.lock loses track of its translations; pin them with `id: intro-2`",
            "questionnaires/q.yaml:18:20: warning: missing translation: `fr`; the `en` text is shown instead, marked as not yet translated",
        ]
    );

    // Re-wrapping or re-spacing the source changes nothing.
    edit(
        root,
        "questionnaires/q.yaml",
        "How were you matched?",
        "\"How  were you\\nmatched?\"",
    );
    assert_eq!(check_lines(root, false).len(), 2);
    edit(
        root,
        "questionnaires/q.yaml",
        "\"How  were you\\nmatched?\"",
        "How were you first matched?",
    );
    let outdated = "questionnaires/q.yaml:9:54: warning: outdated translation (fr) of `q/intro/matching/text`: the en text changed since it was translated; `enquete translations diff --lang fr q/intro/matching/text` shows the change; once the translation is updated, `enquete translations accept --lang fr q/intro/matching/text`";
    assert!(check_lines(root, false).contains(&outdated.to_string()));
    assert!(
        check_lines(root, true).contains(&outdated.replace(": warning: ", ": error: ")),
        "--strict makes it an error"
    );

    let status = enquete(root, &["translations", "status"]);
    assert_eq!(
        status.stdout.lines().nth(2),
        Some(
            "fr                   10            9            1            1            0            2"
        )
    );
    let diff = enquete(root, &["translations", "diff"]);
    assert_eq!(diff.code, 0);
    assert_eq!(
        diff.stdout,
        "q/intro/matching/text (fr)  questionnaires/q.yaml:9:54
  en was: How were you matched?
  en now: How were you first matched?
  change: How were you {+first+} matched?
  fr:     Comment avez-vous été jumelé ?

"
    );
    assert!(
        diff.stderr.ends_with("1 outdated translation\n"),
        "{}",
        diff.stderr
    );

    let unknown = enquete(root, &["translations", "accept", "q/intro/matchin/text"]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown.stderr.contains(
            "error: no translatable text has the key `q/intro/matchin/text` (did you mean `q/intro/matching/text`?)"
        ),
        "{}",
        unknown.stderr
    );
    let wrong_lang = enquete(root, &["translations", "accept", "--lang", "en", "--all"]);
    assert_eq!(wrong_lang.code, 2);
    assert!(wrong_lang.stderr.contains(
        "error: `en` is not a language the study translates into (those are: fr; en is the source)"
    ));

    let accept = enquete(
        root,
        &[
            "translations",
            "accept",
            "--lang",
            "fr",
            "q/intro/matching/text",
        ],
    );
    assert_eq!(accept.code, 0, "{}", accept.stderr);
    assert_eq!(
        accept.stdout,
        "accepted 1 translation (fr 1) → translations.lock\n"
    );
    assert!(
        !check_lines(root, true)
            .iter()
            .any(|l| l.contains("outdated"))
    );
    let lock = std::fs::read_to_string(root.join("translations.lock")).unwrap();
    assert!(lock.contains("\"How were you first matched?\""), "{lock}");
    assert!(
        !lock.contains("\"How were you matched?\""),
        "old sources go"
    );
}

#[test]
fn outdated_consent_wording_is_an_error_unless_allowed() {
    let study_yaml = format!("{STUDY}{CONSENT_FACTS}");
    let dir = study(&[
        ("study.yaml", study_yaml.as_bytes()),
        ("questionnaires/consent.yaml", CONSENT.as_bytes()),
    ]);
    let root = dir.path();
    assert_eq!(enquete(root, &["translations", "accept", "--all"]).code, 0);
    edit(
        root,
        "questionnaires/consent.yaml",
        "I agree to be quoted.",
        "I agree to be quoted by name.",
    );
    let check = enquete(root, &["check"]);
    assert_eq!(check.code, 1);
    let lines = check_lines(root, false);
    assert_eq!(
        lines,
        [
            "questionnaires/consent.yaml:7:52: error: outdated translation (fr) of `consent/items/quotes/text`: the en text changed since it was translated; a consent sheet prints approved wording only: update the translation, or build with --allow-outdated-consent; `enquete translations diff --lang fr consent/items/quotes/text` shows the change; once the translation is updated, `enquete translations accept --lang fr consent/items/quotes/text`"
        ]
    );
    let out = tempfile::tempdir().unwrap();
    let refused = enquete(root, &["build", "--out", out.path().to_str().unwrap()]);
    assert_eq!(refused.code, 1);
    assert!(refused.stderr.contains("nothing was written"));
    let allowed = enquete(
        root,
        &[
            "build",
            "--allow-outdated-consent",
            "--out",
            out.path().to_str().unwrap(),
        ],
    );
    assert_eq!(allowed.code, 0, "{}", allowed.stderr);
    assert!(
        allowed
            .stderr
            .contains("outdated translation (fr) of `consent/items/quotes/text`"),
        "still reported: {}",
        allowed.stderr
    );
    assert_eq!(
        enquete(root, &["check", "--allow-outdated-consent"]).code,
        0
    );
}

#[test]
fn a_broken_lock_is_a_located_error_and_repair_rebuilds_it() {
    let dir = guide_study();
    let root = dir.path();
    assert_eq!(enquete(root, &["translations", "accept", "--all"]).code, 0);
    let lock_path = root.join("translations.lock");
    let lock = std::fs::read_to_string(&lock_path).unwrap();
    // A merge of two branches: one changed the source and accepted it.
    let old_hash = enquete::translations::source_hash("How were you matched?");
    let ours = &format!(
        "q/intro/matching/text\n  source {old_hash} \"How were you matched?\"\n  fr {old_hash}\n"
    );
    assert!(lock.contains(ours));
    let new_hash = enquete::translations::source_hash("How were you first matched?");
    let theirs = format!(
        "q/intro/matching/text\n  source {new_hash} \"How were you first matched?\"\n  fr {new_hash}\n"
    );
    let conflicted = lock.replace(
        ours,
        &format!("<<<<<<< HEAD\n{ours}=======\n{theirs}>>>>>>> branch\n"),
    );
    std::fs::write(&lock_path, &conflicted).unwrap();
    edit(
        root,
        "questionnaires/q.yaml",
        "How were you matched?",
        "How were you first matched?",
    );

    let errors: Vec<String> = check_lines(root, false)
        .into_iter()
        .filter(|l| l.contains(": error: "))
        .collect();
    let line_of = |marker: &str| {
        conflicted
            .lines()
            .position(|l| l.starts_with(marker))
            .unwrap()
            + 1
    };
    assert_eq!(
        errors,
        [
            format!(
                "translations.lock:{}:1: error: translations.lock holds a merge conflict marker; `enquete translations accept --repair` rebuilds the lock from both sides of the conflict, keeping the entries that still match the study",
                line_of("<<<<<<<")
            ),
            format!(
                "translations.lock:{}:1: error: translations.lock holds a merge conflict marker; `enquete translations accept --repair` rebuilds the lock from both sides of the conflict, keeping the entries that still match the study",
                line_of("=======")
            ),
            format!(
                "translations.lock:{}:1: error: key `q/intro/matching/text` is listed twice; each key once",
                line_of("=======") + 1
            ),
            format!(
                "translations.lock:{}:1: error: language `fr` is listed twice under `q/intro/matching/text`; each language once per key",
                line_of("=======") + 3
            ),
            format!(
                "translations.lock:{}:1: error: translations.lock holds a merge conflict marker; `enquete translations accept --repair` rebuilds the lock from both sides of the conflict, keeping the entries that still match the study",
                line_of(">>>>>>>")
            ),
        ]
    );
    let refused = enquete(root, &["translations", "accept", "--all"]);
    assert_eq!(refused.code, 1);
    assert!(refused.stderr.contains("nothing was accepted"));
    assert_eq!(std::fs::read_to_string(&lock_path).unwrap(), conflicted);

    // Repair keeps the side that matches the study: nothing is outdated,
    // and nothing was accepted that a translator had not checked.
    let repaired = enquete(root, &["translations", "accept", "--repair"]);
    assert_eq!(repaired.code, 0, "{}", repaired.stderr);
    assert_eq!(
        repaired.stdout,
        "accepted 0 translations (fr 0) → translations.lock\n"
    );
    assert_eq!(
        std::fs::read_to_string(&lock_path).unwrap(),
        lock.replace(ours, &theirs)
    );
    assert!(!check_lines(root, false).iter().any(|l| l.contains("error")));
}

#[test]
fn lines_the_lock_cannot_read_and_keys_the_study_lost_are_reported() {
    let dir = guide_study();
    let root = dir.path();
    assert_eq!(enquete(root, &["translations", "accept", "--all"]).code, 0);
    let lock_path = root.join("translations.lock");
    let lock = std::fs::read_to_string(&lock_path).unwrap();
    let broken = format!(
        "{lock}\nq/gone/text\n  source 000000000000 \"Gone\"\n  fr 000000000000\n  de 00000000000\n  fr:0000\n"
    );
    std::fs::write(&lock_path, &broken).unwrap();
    let n = lock.lines().count();
    assert_eq!(
        check_lines(root, false)
            .into_iter()
            .filter(|l| l.starts_with("translations.lock"))
            .collect::<Vec<_>>(),
        [
            format!(
                "translations.lock:{}:1: warning: no text of the study has the key `q/gone/text`; a text removed, or an id renamed; the next `enquete translations accept` drops it from the lock",
                n + 2
            ),
            format!(
                "translations.lock:{}:6: error: `00000000000` is not a text hash; 12 hexadecimal digits, as `enquete translations accept` writes them",
                n + 5
            ),
            format!(
                "translations.lock:{}:1: error: this line of translations.lock cannot be read; a key at the start of a line, then indented by two spaces `source HASH \"text\"` and `LANG HASH` lines",
                n + 6
            ),
        ]
    );
    assert_eq!(
        enquete(root, &["translations", "accept", "--all", "--repair"]).code,
        0
    );
    assert_eq!(std::fs::read_to_string(&lock_path).unwrap(), lock);
}

/// The test of the issue, on the bundled study: one Dutch question changes;
/// its English and French translations, and only they, are outdated.
#[test]
fn the_bundled_study_tracks_its_translations() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir(root.join("questionnaires")).unwrap();
    for file in ["study.yaml", "translations.lock"] {
        std::fs::copy(repo.join(file), root.join(file)).unwrap();
    }
    for entry in std::fs::read_dir(repo.join("questionnaires")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(
            &path,
            root.join("questionnaires").join(path.file_name().unwrap()),
        )
        .unwrap();
    }
    let status = enquete(root, &["translations", "status", "--strict"]);
    assert_eq!(status.code, 0, "{}{}", status.stdout, status.stderr);
    let counts: Vec<Vec<&str>> = status
        .stdout
        .lines()
        .skip(2)
        .map(|l| l.split_whitespace().collect())
        .collect();
    for row in &counts {
        assert_eq!(
            (row[3], row[4], row[5]),
            ("0", "0", "0"),
            "{}",
            status.stdout
        );
    }

    edit(
        root,
        "questionnaires/newcomer.yaml",
        "Hoe ben je bij de buddywerking terecht gekomen?",
        "Hoe ben je bij de buddywerking terechtgekomen, en via wie?",
    );
    let status = enquete(root, &["translations", "status"]);
    let outdated: Vec<(&str, &str)> = status
        .stdout
        .lines()
        .skip(2)
        .map(|l| {
            let cells: Vec<&str> = l.split_whitespace().collect();
            (cells[0], cells[4])
        })
        .collect();
    assert_eq!(outdated, [("en", "1"), ("fr", "1")]);

    let diff = enquete(root, &["translations", "diff", "--lang", "fr"]);
    assert_eq!(
        diff.stdout,
        "newcomer/intro/how-joined/text (fr)  questionnaires/newcomer.yaml:51:15
  nl was: Hoe ben je bij de buddywerking terecht gekomen?
  nl now: Hoe ben je bij de buddywerking terechtgekomen, en via wie?
  change: Hoe ben je bij de buddywerking [-terecht gekomen?-]{+terechtgekomen, en via wie?+}
  fr:     Comment avez-vous rejoint le programme de parrainage ?

"
    );
    let accept = enquete(
        root,
        &["translations", "accept", "newcomer/intro/how-joined/text"],
    );
    assert_eq!(
        accept.stdout,
        "accepted 2 translations (en 1, fr 1) → translations.lock\n"
    );
    assert_eq!(
        enquete(root, &["translations", "status", "--strict"]).code,
        0
    );
}

/// `msgfmt --check --statistics` (Debian's gettext) on a PO file: its
/// verdict and its counts.
fn msgfmt(po: &Path) -> (bool, String) {
    let output = Command::new("msgfmt")
        .args(["--check", "--statistics", "-o", "/dev/null"])
        .arg(po)
        .env("LC_ALL", "C")
        .output()
        .expect("msgfmt (Debian package gettext) is installed");
    (
        output.status.success(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn a_po_file_for_translators_passes_msgfmt_and_marks_outdated_entries_fuzzy() {
    let dir = guide_study();
    let root = dir.path();
    assert_eq!(enquete(root, &["translations", "accept", "--all"]).code, 0);
    edit(
        root,
        "questionnaires/q.yaml",
        "How were you matched?",
        "How were you first matched?",
    );
    let po_path = root.join("q.fr.po");
    let run = enquete(
        root,
        &[
            "translations",
            "export",
            "--lang",
            "fr",
            "--out",
            po_path.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let po = std::fs::read_to_string(&po_path).unwrap();
    assert!(
        po.contains(
            "\n#: questionnaires/q.yaml:9
#, fuzzy
#| msgctxt \"q/intro/matching/text\"
#| msgid \"How were you matched?\"
msgctxt \"q/intro/matching/text\"
msgid \"How were you first matched?\"
msgstr \"Comment avez-vous été jumelé ?\"
"
        ),
        "{po}"
    );
    assert!(
        po.ends_with(
            "msgctxt \"q/intro/age/options/2/label\"\nmsgid \"30 or over\"\nmsgstr \"\"\n"
        )
    );
    assert_eq!(
        msgfmt(&po_path),
        (
            true,
            "8 translated messages, 1 fuzzy translation, 1 untranslated message.\n".to_string()
        )
    );
    // The same study, the same file.
    let again = enquete(root, &["translations", "export", "--lang", "fr"]);
    assert_eq!(again.stdout, po);
    let wrong = enquete(root, &["translations", "export", "--lang", "en"]);
    assert_eq!(wrong.code, 2);

    // The bundled study, texts over several lines included.
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR"));
    for lang in ["en", "fr"] {
        let run = enquete(bundled, &["translations", "export", "--lang", lang]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let path = root.join(format!("bundled.{lang}.po"));
        std::fs::write(&path, run.stdout).unwrap();
        assert_eq!(
            msgfmt(&path),
            (true, "505 translated messages.\n".to_string())
        );
    }
}
