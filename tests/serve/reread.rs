//! After an edit `serve` reads again only the files that changed: those
//! the watcher names, and those whose metadata changed. No edit may be
//! missed that way, whatever the watcher says.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::Duration;

use enquete::serve::site::LiveSite;

use super::{Server, assert_same_site, built, edit, fixture_copy, served};

const GUIDE: &str = "questionnaires/guide.yaml";

fn rebuild(site: &mut LiveSite, changed: &[&str]) {
    let changed: Vec<PathBuf> = changed.iter().map(PathBuf::from).collect();
    site.rebuild(&changed)
        .map_err(|c| enquete::serve::errors_text(&c))
        .unwrap();
}

/// Rewrites `file` in place with `from` replaced by `to` (of the same
/// length), then gives it back its modification time: only the contents
/// differ.
fn edit_keeping_length_and_time(root: &Path, file: &str, from: &str, to: &str) {
    assert_eq!(from.len(), to.len());
    let path = root.join(file);
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    edit(root, file, from, to);
    File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        modified
    );
}

#[test]
fn an_edit_of_the_same_length_and_time_is_seen() {
    let (_dir, root) = fixture_copy("minimal");
    let mut site = LiveSite::new(&root);
    rebuild(&mut site, &[]);

    // Named by the watcher.
    edit_keeping_length_and_time(&root, GUIDE, "Guide for members", "Guide for neighbo");
    rebuild(&mut site, &[GUIDE]);
    assert_same_site(&served(&site), &built(&root), "an edit the watcher named");
    assert!(
        served(&site)["en/guide/index.html"]
            .windows(17)
            .any(|w| w == b"Guide for neighbo")
    );

    // Not named (a watcher that missed it, or a build for another file):
    // the file's inode change time still tells.
    edit_keeping_length_and_time(&root, GUIDE, "Guide for neighbo", "Guide for friends");
    rebuild(&mut site, &["questionnaires/letter.yaml"]);
    assert_same_site(&served(&site), &built(&root), "an edit nobody named");
}

#[test]
fn a_file_replaced_by_a_copy_of_the_same_length_is_seen() {
    // How many editors save: a new file renamed over the old one.
    let (dir, root) = fixture_copy("minimal");
    let mut site = LiveSite::new(&root);
    rebuild(&mut site, &[]);
    let path = root.join(GUIDE);
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let saved = dir.path().join("guide.yaml.new");
    std::fs::write(
        &saved,
        text.replace("Guide for members", "Guide for citizen"),
    )
    .unwrap();
    File::options()
        .write(true)
        .open(&saved)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    std::fs::rename(&saved, &path).unwrap();
    rebuild(&mut site, &[]);
    assert_same_site(&served(&site), &built(&root), "a file renamed over");
}

#[test]
fn files_added_and_removed_are_seen() {
    let (_dir, root) = fixture_copy("minimal");
    let mut site = LiveSite::new(&root);
    rebuild(&mut site, &[]);
    let guide = std::fs::read_to_string(root.join(GUIDE)).unwrap();
    let copy = "questionnaires/guide-two.yaml";
    std::fs::write(
        root.join(copy),
        guide.replace("Guide for members", "Second guide"),
    )
    .unwrap();
    rebuild(&mut site, &[copy]);
    assert!(served(&site).contains_key("en/guide-two/index.html"));
    assert_same_site(&served(&site), &built(&root), "a questionnaire added");

    std::fs::remove_file(root.join("questionnaires/letter.yaml")).unwrap();
    rebuild(&mut site, &["questionnaires/letter.yaml"]);
    assert_same_site(&served(&site), &built(&root), "a questionnaire removed");

    // Removed and written again, unheard of: read again all the same.
    std::fs::remove_file(root.join(copy)).unwrap();
    rebuild(&mut site, &[]);
    std::fs::write(
        root.join(copy),
        guide.replace("Guide for members", "Third guide"),
    )
    .unwrap();
    rebuild(&mut site, &[]);
    assert_same_site(
        &served(&site),
        &built(&root),
        "a questionnaire written again",
    );
}

#[test]
fn a_file_that_breaks_unheard_of_is_still_an_error() {
    let (_dir, root) = fixture_copy("minimal");
    let mut site = LiveSite::new(&root);
    rebuild(&mut site, &[]);
    std::fs::write(root.join(GUIDE), b"title: \xff\n").unwrap();
    let errors = site
        .rebuild(&[])
        .err()
        .map(|c| enquete::serve::errors_text(&c));
    assert!(
        errors.as_deref().is_some_and(|e| e.contains("not UTF-8")),
        "{errors:?}"
    );
    // Still broken at the next build, though the file did not change again.
    assert!(site.rebuild(&[]).is_err());
}

#[test]
fn two_saves_in_quick_succession_serve_the_second() {
    let (_dir, root) = fixture_copy("minimal");
    let server = Server::start(&root, &[]);
    let mut events = server.events();
    assert_eq!(events.next().0, "build");
    // Well within the debounce time: one build, or two; never the first
    // edit left served.
    edit(&root, GUIDE, "Guide for members", "Guide for all");
    edit(&root, GUIDE, "Guide for all", "Guide for everybody");
    let shows_second = || {
        server
            .get("/en/guide/index.html")
            .1
            .contains("Guide for everybody")
    };
    for _ in 0..3 {
        assert_eq!(events.next().0, "build");
        if shows_second() {
            break;
        }
    }
    assert!(shows_second(), "the second save is not served");
    std::thread::sleep(Duration::from_millis(100));
    assert!(shows_second());
    server.interrupt();
}

/// The study's warnings after a rebuild, as the terminal shows them.
fn warnings(site: &mut LiveSite, changed: &[&str]) -> String {
    let changed: Vec<PathBuf> = changed.iter().map(PathBuf::from).collect();
    let rebuilt = site
        .rebuild(&changed)
        .map_err(|c| enquete::serve::errors_text(&c))
        .unwrap();
    rebuilt
        .checked
        .diagnostics
        .render(&rebuilt.checked.sources, false)
}

#[test]
fn outdated_translations_are_reported_after_each_edit() {
    let (_dir, root) = fixture_copy("minimal");
    let accepted = super::common::enquete(&root, &["translations", "accept", "--all"]);
    assert_eq!(accepted.code, 0, "{}", accepted.stderr);
    let mut site = LiveSite::new(&root);
    let outdated = "outdated translation (nl) of `guide/title`";
    assert!(!warnings(&mut site, &[]).contains(outdated));

    edit(&root, GUIDE, "Guide for members", "Guide for all members");
    assert!(warnings(&mut site, &[GUIDE]).contains(outdated));
    // Still outdated while other files change, and the same as `check`.
    edit(
        &root,
        "questionnaires/letter.yaml",
        "We invite you.",
        "You are invited.",
    );
    let after_letter = warnings(&mut site, &["questionnaires/letter.yaml"]);
    assert!(after_letter.contains(outdated), "{after_letter}");
    let check = super::common::enquete(&root, &["check"]);
    assert!(check.stderr.contains(outdated), "{}", check.stderr);

    edit(&root, GUIDE, "Guide for all members", "Guide for members");
    assert!(!warnings(&mut site, &[GUIDE]).contains(outdated));
}
