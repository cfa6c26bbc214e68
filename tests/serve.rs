//! `enquete serve`: the real binary on a free port against a copy of the
//! minimal fixture, driven as a browser would (pages, the event stream),
//! and the in-memory site compared with `enquete build` after every kind
//! of edit.

mod common;
#[path = "serve/reread.rs"]
mod reread;

use common::copy_dir;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use enquete::serve::site::LiveSite;

/// A copy of `tests/fixtures/{name}` in a temporary directory.
fn fixture_copy(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join(name);
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
        &root,
    );
    let root = root.canonicalize().unwrap();
    (dir, root)
}

/// Every file under `dir`: relative path → contents.
fn files_under(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap();
            (
                rel.to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no `{from}`");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// `enquete build` of `root`, as files (the lock file and marker aside).
fn built(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    common::build(root, &site).unwrap();
    let mut files = files_under(&site);
    files.remove(".enquete-build");
    files
}

fn served(site: &LiveSite) -> BTreeMap<String, Vec<u8>> {
    site.files()
        .unwrap()
        .iter()
        .map(|(p, b)| (p.clone(), b.to_vec()))
        .collect()
}

/// Compares file lists first, then contents, so that a failure names the
/// file rather than dumping two sites.
fn assert_same_site(
    served: &BTreeMap<String, Vec<u8>>,
    built: &BTreeMap<String, Vec<u8>>,
    step: &str,
) {
    let a: Vec<&String> = served.keys().collect();
    let b: Vec<&String> = built.keys().collect();
    assert_eq!(a, b, "{step}: the files differ");
    for (path, bytes) in served {
        assert!(bytes == &built[path], "{step}: {path} differs");
    }
}

#[test]
fn an_incremental_rebuild_equals_a_full_build() {
    let (_dir, root) = fixture_copy("minimal");
    let mut site = LiveSite::new(&root);
    let first = site.rebuild(&[]).map_err(|_| "errors").unwrap();
    assert!(first.whole);
    let full = built(&root);
    assert_same_site(&served(&site), &full, "first build");
    // Serving never reaches a built site.
    for (path, bytes) in &full {
        assert!(
            !String::from_utf8_lossy(bytes).contains("__enquete"),
            "{path} mentions the reload script"
        );
    }
    let all_pages = first.pages;

    let guide = "questionnaires/guide.yaml";
    let steps: &[(&str, &str, &str, &str)] = &[
        (
            "a guide's title",
            guide,
            "Guide for members",
            "Guide for all members",
        ),
        (
            "a consent sheet's title, shown on the guide",
            "questionnaires/consent.yaml",
            "Consent form",
            "Written consent",
        ),
        (
            "a guide turned survey",
            guide,
            "kind: interview",
            "kind: survey",
        ),
        (
            "a letter",
            "questionnaires/letter.yaml",
            "We invite you.",
            "You are invited.",
        ),
    ];
    for (step, file, from, to) in steps {
        edit(&root, file, from, to);
        let rebuilt = site
            .rebuild(&[PathBuf::from(file)])
            .map_err(|c| enquete::serve::errors_text(&c))
            .unwrap();
        assert!(!rebuilt.whole, "{step}: rendered whole");
        assert!(rebuilt.pages < all_pages, "{step}: every page rendered");
        assert_same_site(&served(&site), &built(&root), step);
    }

    // Broken, then another file edited, then fixed: the site served in the
    // end has both edits.
    edit(&root, guide, "duration: 45", "duraton: 45");
    assert!(site.rebuild(&[PathBuf::from(guide)]).is_err());
    edit(
        &root,
        "questionnaires/survey.yaml",
        "title: {",
        "version: \"9\"\ntitle: {",
    );
    assert!(
        site.rebuild(&[PathBuf::from("questionnaires/survey.yaml")])
            .is_err()
    );
    edit(&root, guide, "duraton: 45", "duration: 45");
    site.rebuild(&[PathBuf::from(guide)])
        .map_err(|c| enquete::serve::errors_text(&c))
        .unwrap();
    assert_same_site(&served(&site), &built(&root), "after a broken edit");

    edit(&root, "study.yaml", "Neighbourhood study", "Street study");
    let rebuilt = site
        .rebuild(&[PathBuf::from("study.yaml")])
        .map_err(|_| "errors")
        .unwrap();
    assert!(rebuilt.whole, "study.yaml renders every page");
    assert_same_site(&served(&site), &built(&root), "study.yaml");
}

/// A running `enquete serve`, stopped with Ctrl-C when dropped.
struct Server {
    child: Child,
    address: String,
    output: BufReader<std::process::ChildStdout>,
}

impl Server {
    fn start(root: &Path, extra: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_enquete"))
            .args(["serve", "--port", "0", "--root"])
            .arg(root)
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut output = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        let address = loop {
            line.clear();
            assert!(output.read_line(&mut line).unwrap() > 0, "serve ended");
            if let Some(at) = line.find("http://") {
                break line[at + 7..].split('/').next().unwrap().to_string();
            }
        };
        Server {
            child,
            address,
            output,
        }
    }

    fn get(&self, path: &str) -> (u16, String) {
        let mut stream = TcpStream::connect(&self.address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {}\r\n\r\n",
            self.address
        )
        .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        let status = response[9..12].parse().unwrap();
        let body = response
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_string())
            .unwrap();
        (status, body)
    }

    fn events(&self) -> Events {
        let mut stream = TcpStream::connect(&self.address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        write!(
            stream,
            "GET /__enquete/events HTTP/1.1\r\nHost: {}\r\n\r\n",
            self.address
        )
        .unwrap();
        let mut reader = BufReader::new(stream);
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        assert_eq!(line, "HTTP/1.1 200 OK\r\n");
        while line != "\r\n" {
            line.clear();
            reader.read_line(&mut line).unwrap();
        }
        Events { reader }
    }

    /// Ctrl-C; the exit status and what was printed on stderr.
    fn interrupt(mut self) -> (Option<i32>, String) {
        let pid = self.child.id().to_string();
        assert!(
            Command::new("kill")
                .args(["-INT", &pid])
                .status()
                .unwrap()
                .success()
        );
        let status = self.child.wait().unwrap();
        let mut rest = String::new();
        let _ = self.output.read_to_string(&mut rest);
        let mut stderr = String::new();
        self.child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        (status.code(), stderr)
    }
}

struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    /// The next event: its name and data (lines joined by `\n`).
    fn next(&mut self) -> (String, String) {
        let (mut name, mut data) = (String::new(), Vec::new());
        loop {
            let mut line = String::new();
            assert!(
                self.reader.read_line(&mut line).unwrap() > 0,
                "stream ended"
            );
            let line = line.trim_end_matches('\n');
            if line.is_empty() && !name.is_empty() {
                return (name, data.join("\n"));
            }
            if let Some(n) = line.strip_prefix("event: ") {
                name = n.to_string();
            } else if let Some(d) = line.strip_prefix("data: ") {
                data.push(d.to_string());
            }
        }
    }
}

#[test]
fn serve_reloads_pages_after_an_edit_and_shows_errors_until_fixed() {
    let (_dir, root) = fixture_copy("minimal");
    let before: Vec<String> = files_under(&root).into_keys().collect();
    let server = Server::start(&root, &[]);

    let (status, page) = server.get("/en/guide/index.html");
    assert_eq!(status, 200);
    assert!(page.contains("Guide for members"));
    assert!(page.contains("<script src=\"/__enquete/reload.js?build=1\" defer></script></head>"));
    assert_eq!(server.get("/en").0, 301);
    assert_eq!(server.get("/en/").0, 200);
    assert_eq!(server.get("/nothing-here.html").0, 404);
    assert_eq!(server.get("/favicon.ico").0, 204);
    assert_eq!(server.get("/../study.yaml").0, 404);
    assert_eq!(server.get("/%2e%2e/study.yaml").0, 404);
    assert!(server.get("/__enquete/reload.js").1.contains("EventSource"));

    let mut events = server.events();
    assert_eq!(events.next(), ("build".into(), "1".into()));

    edit(
        &root,
        "questionnaires/guide.yaml",
        "Guide for members",
        "Guide for everyone",
    );
    assert_eq!(events.next(), ("build".into(), "2".into()));
    assert!(
        server
            .get("/en/guide/index.html")
            .1
            .contains("Guide for everyone")
    );

    edit(
        &root,
        "questionnaires/guide.yaml",
        "duration: 45",
        "duraton: 45",
    );
    assert_eq!(events.next(), ("build".into(), "2".into()));
    let (name, errors) = events.next();
    assert_eq!(name, "errors");
    assert!(
        errors.contains("unknown field `duraton`")
            && errors.contains("[questionnaires/guide.yaml:5:1]"),
        "{errors}"
    );
    // The last good site stays served.
    let (status, page) = server.get("/en/guide/index.html");
    assert_eq!(status, 200);
    assert!(page.contains("Guide for everyone"));
    // A page opened now hears of the errors at once.
    let mut late = server.events();
    assert_eq!(late.next().0, "build");
    assert_eq!(late.next().0, "errors");

    edit(
        &root,
        "questionnaires/guide.yaml",
        "duraton: 45",
        "duration: 45",
    );
    assert_eq!(events.next(), ("build".into(), "3".into()));
    assert!(server.get("/en/guide/index.html").1.contains("?build=3"));

    let (code, stderr) = server.interrupt();
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.ends_with("stopped\n"), "{stderr}");
    assert!(stderr.contains("unknown field `duraton`"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let after: Vec<String> = files_under(&root).into_keys().collect();
    assert_eq!(before, after, "serve wrote into the study");
}

#[test]
fn a_busy_port_is_an_error_that_names_a_free_one() {
    let (_dir, root) = fixture_copy("minimal");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let output = Command::new(env!("CARGO_BIN_EXE_enquete"))
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(&root)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    let prefix = format!("error: port {port} is in use: `--port ");
    assert!(stderr.starts_with(&prefix), "{stderr}");
    let free: u16 = stderr[prefix.len()..]
        .split('`')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(free > port);
}

#[test]
fn polling_sees_edits_too() {
    let (_dir, root) = fixture_copy("minimal");
    let server = Server::start(&root, &["--poll"]);
    let mut events = server.events();
    assert_eq!(events.next(), ("build".into(), "1".into()));
    // Within the second the study was copied in: the same modification
    // time (kept in seconds when polling), but not the same contents.
    edit(&root, "study.yaml", "Neighbourhood study", "Street study");
    assert_eq!(events.next(), ("build".into(), "2".into()));
    edit(&root, "study.yaml", "Street study", "Road study");
    assert_eq!(events.next(), ("build".into(), "3".into()));
    assert!(server.get("/en/index.html").1.contains("Road study"));
    let (code, stderr) = server.interrupt();
    assert_eq!(code, Some(0), "{stderr}");
}

#[test]
fn a_study_that_does_not_build_at_first_is_served_once_fixed() {
    let (_dir, root) = fixture_copy("minimal");
    edit(&root, "study.yaml", "languages:", "langauges:");
    let server = Server::start(&root, &[]);
    let (status, page) = server.get("/en/index.html");
    assert_eq!(status, 503);
    assert!(page.contains("The study has errors") && page.contains("/__enquete/reload.js"));
    let mut events = server.events();
    assert_eq!(events.next(), ("build".into(), "0".into()));
    let (name, errors) = events.next();
    assert_eq!(name, "errors");
    assert!(errors.contains("[study.yaml:"), "{errors}");
    edit(&root, "study.yaml", "langauges:", "languages:");
    assert_eq!(events.next(), ("build".into(), "1".into()));
    assert_eq!(server.get("/en/index.html").0, 200);
    server.interrupt();
}

#[test]
fn open_hands_the_address_to_the_browser() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, root) = fixture_copy("minimal");
    // A stand-in for the desktop's opener, first on PATH: it notes its
    // argument.
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let opened = dir.path().join("opened");
    let opener = bin.join("xdg-open");
    std::fs::write(
        &opener,
        format!("#!/bin/sh\necho \"$1\" > {}\n", opened.display()),
    )
    .unwrap();
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let mut child = Command::new(env!("CARGO_BIN_EXE_enquete"))
        .args(["serve", "--open", "--port", "0", "--root"])
        .arg(&root)
        .env("PATH", path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut output = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    output.read_line(&mut line).unwrap();
    output.read_line(&mut line).unwrap();
    let url = line
        .split(" at ")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap();
    let mut seen = String::new();
    for _ in 0..100 {
        seen = std::fs::read_to_string(&opened).unwrap_or_default();
        if !seen.is_empty() {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    child.wait().unwrap();
    assert!(url.starts_with("http://127.0.0.1:"), "{line}");
    assert_eq!(seen, format!("{url}\n"));
}

#[test]
fn serve_help_has_examples_and_exit_status() {
    let help = Command::new(env!("CARGO_BIN_EXE_enquete"))
        .args(["serve", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    for expected in [
        "--port <PORT>",
        "[default: 1111]",
        "--open",
        "--poll",
        "enquete serve --root my-study --open",
        "Exit status: 0 stopped with Ctrl-C",
    ] {
        assert!(help.contains(expected), "no `{expected}` in:\n{help}");
    }
}

#[test]
fn a_new_study_is_served_edited_broken_and_fixed() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("my-study");
    let new = Command::new(env!("CARGO_BIN_EXE_enquete"))
        .args(["new", "--quiet", "--languages", "de,en,es"])
        .arg(&root)
        .output()
        .unwrap();
    assert!(
        new.status.success(),
        "{}",
        String::from_utf8_lossy(&new.stderr)
    );
    let server = Server::start(&root, &[]);
    let (status, page) = server.get("/es/interview/index.html");
    assert_eq!(status, 200);
    assert!(page.contains("Guion de entrevista"), "{page}");
    let mut events = server.events();
    assert_eq!(events.next(), ("build".into(), "1".into()));

    edit(
        &root,
        "questionnaires/interview.yaml",
        "en: \"How old are you?\"",
        "en: \"What is your age?\"",
    );
    assert_eq!(events.next(), ("build".into(), "2".into()));
    assert!(
        server
            .get("/en/interview/index.html")
            .1
            .contains("What is your age?")
    );

    edit(
        &root,
        "questionnaires/interview.yaml",
        "type: single",
        "type: singel",
    );
    assert_eq!(events.next(), ("build".into(), "2".into()));
    let (name, errors) = events.next();
    assert_eq!(name, "errors");
    assert!(
        errors.contains("unknown question type `singel`")
            && errors.contains("[questionnaires/interview.yaml:")
            && errors.contains("did you mean `single`?"),
        "{errors}"
    );
    assert!(
        server
            .get("/en/interview/index.html")
            .1
            .contains("What is your age?")
    );

    edit(
        &root,
        "questionnaires/interview.yaml",
        "type: singel",
        "type: single",
    );
    assert_eq!(events.next(), ("build".into(), "3".into()));
    let (code, stderr) = server.interrupt();
    assert_eq!(code, Some(0), "{stderr}");
}
