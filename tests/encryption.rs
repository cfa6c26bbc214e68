//! Encrypted answers, as a user sets them up: `enquete keys new` writes the
//! pair (never over a file, never the private key into the study), the
//! study names its public key, and a wrong key file is a located error.
//! The exports themselves are made and opened in tests/browser/encryption.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{CONSENT_FACTS, STUDY, check_lines, study};

fn enquete(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_enquete"))
        .args(args)
        .output()
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn with_key_line(line: &str) -> tempfile::TempDir {
    let yaml = format!("{STUDY}{CONSENT_FACTS}  {line}\n");
    study(&[
        ("study.yaml", yaml.as_bytes()),
        (
            "questionnaires/q.yaml",
            b"kind: survey\ntitle: { en: T, fr: T }\nsections:\n  - id: s\n    title: { en: S, fr: S }\n    questions:\n      - { id: q, type: text, text: { en: Q, fr: Q } }\n",
        ),
    ])
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn keys_new_writes_the_pair_and_the_study_then_builds_with_it() {
    let dir = with_key_line("public_key: keys/study.pub");
    let root = dir.path();
    let outside = tempfile::tempdir().unwrap();
    let private = outside.path().join("private.pem");

    // Before the key exists, the study names a file that is not there.
    let lines = check_lines(root, false);
    assert_eq!(
        lines,
        [
            "study.yaml:12:15: error: public key keys/study.pub: file not found; the path, relative to the study, of the public key that `enquete keys new` wrote (e.g. `keys/study.pub`)"
        ]
    );

    let out = enquete(&[
        "keys",
        "new",
        "--root",
        path(root),
        "--private",
        path(&private),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let public = std::fs::read_to_string(root.join("keys/study.pub")).unwrap();
    assert!(public.starts_with("-----BEGIN PUBLIC KEY-----\n"));
    let secret = std::fs::read_to_string(&private).unwrap();
    assert!(secret.starts_with("-----BEGIN PRIVATE KEY-----\n"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&private).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "readable by its owner only");
    }
    assert_eq!(check_lines(root, true), Vec::<String>::new());

    // The form pages carry the public key, never the private one.
    let site = tempfile::tempdir().unwrap();
    common::build(root, site.path()).unwrap();
    let page = std::fs::read_to_string(site.path().join("en/q/index.html")).unwrap();
    assert!(page.contains(" data-public-key=\"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE"));
    assert!(page.contains("Answers are encrypted on this device before they are exported or sent"));
    let secret_body: String = secret.lines().nth(1).unwrap().chars().take(40).collect();
    for (file, bytes) in common::tree(site.path()) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains(&secret_body),
            "{file} holds the private key"
        );
    }

    // Again: nothing is replaced, so exports made for the key still open.
    let again = enquete(&[
        "keys",
        "new",
        "--root",
        path(root),
        "--private",
        path(&private),
    ]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).starts_with(&format!(
            "error: {} exists already: enquete never replaces a key",
            private.display()
        )),
        "{}",
        stderr(&again)
    );
    assert_eq!(std::fs::read_to_string(&private).unwrap(), secret);
}

#[test]
fn the_private_key_never_goes_into_the_study() {
    let dir = with_key_line("public_key: keys/study.pub");
    let root = dir.path();
    let inside = root.join("secret/private.pem");
    let out = enquete(&[
        "keys",
        "new",
        "--root",
        path(root),
        "--private",
        path(&inside),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "error: {} is inside the study: the private key must stay out of it (and out of the site and version control); give a path elsewhere with --private\n",
            inside.display()
        )
    );
    assert!(!root.join("keys").exists() && !root.join("secret").exists());
}

#[test]
fn a_private_key_or_another_file_named_as_the_public_key_is_an_error() {
    let dir = with_key_line("public_key: keys/study.pub");
    let root = dir.path();
    let outside = tempfile::tempdir().unwrap();
    let private = outside.path().join("private.pem");
    let out = enquete(&[
        "keys",
        "new",
        "--root",
        path(root),
        "--private",
        path(&private),
    ]);
    assert!(out.status.success());

    std::fs::copy(&private, root.join("keys/study.pub")).unwrap();
    assert_eq!(
        check_lines(root, false),
        [
            "study.yaml:12:15: error: public key keys/study.pub: this is a private key: the site would publish it to everyone; give the public key (`enquete keys new` writes both); the path, relative to the study, of the public key that `enquete keys new` wrote (e.g. `keys/study.pub`)"
        ]
    );
    std::fs::write(root.join("keys/study.pub"), "ssh-ed25519 AAAA me@host\n").unwrap();
    assert_eq!(
        check_lines(root, false),
        [
            "study.yaml:12:15: error: public key keys/study.pub: not a P-256 public key in PEM form (`-----BEGIN PUBLIC KEY-----`); the path, relative to the study, of the public key that `enquete keys new` wrote (e.g. `keys/study.pub`)"
        ]
    );
}

#[test]
fn merge_refuses_a_key_file_that_is_not_a_private_key() {
    let outside = tempfile::tempdir().unwrap();
    let bad = outside.path().join("bad.pem");
    std::fs::write(&bad, "not a key\n").unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    let out = enquete(&[
        "answers",
        "merge",
        path(outside.path()),
        "--root",
        path(&root),
        "--out",
        path(&outside.path().join("dataset")),
        "--key",
        path(&bad),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "error: --key {}: not a P-256 private key in PKCS #8 PEM form (`-----BEGIN PRIVATE KEY-----`), as `enquete keys new` writes it\n",
            bad.display()
        )
    );
    assert!(!outside.path().join("dataset").exists());
}
