//! What a build reads and where it writes: never a file outside the study
//! (links are not followed out of it), never a pipe or a device, never more
//! than a limit; never an output inside the study's inputs; concurrent
//! builds and builds killed mid-swap always leave one complete site.

mod common;

use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::Command;

use common::{STUDY, build, check_lines, fixture, study, tree};

const SURVEY: &[u8] = b"kind: survey\ntitle: { en: S, fr: S }\nsections: [ { id: s, title: { en: S, fr: S }, questions: [ { id: q, type: text, text: { en: Q, fr: Q } } ] } ]\n";

/// A secret outside the study, as `~/.ssh/id_rsa` would be.
fn secret() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("id_rsa"), "PRIVATE KEY").unwrap();
    std::fs::write(dir.path().join("study.ftl"), "title = SECRET=hunter2\n").unwrap();
    dir
}

fn errors_of_build(root: &Path) -> String {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let result = build(root, &site);
    assert!(!site.exists(), "a failed build wrote the site");
    result.expect_err("the build should fail")
}

#[test]
fn a_theme_directory_linked_out_of_the_study_is_refused() {
    let outside = secret();
    let dir = study(&[
        ("study.yaml", STUDY.as_bytes()),
        ("questionnaires/a.yaml", SURVEY),
    ]);
    std::fs::create_dir_all(dir.path().join("themes/default")).unwrap();
    symlink(outside.path(), dir.path().join("themes/default/static")).unwrap();
    assert_eq!(
        errors_of_build(dir.path()),
        format!(
            "error: themes/default/static is a symbolic link to {}, outside the study directory; enquete never reads files outside the study; a file inside the study directory (copy it in)\n",
            outside.path().canonicalize().unwrap().display()
        )
    );
}

#[test]
fn a_file_linked_out_of_the_study_is_refused_wherever_it_is() {
    let outside = secret();
    let target = outside.path().canonicalize().unwrap();
    let dir = study(&[
        ("study.yaml", STUDY.as_bytes()),
        ("questionnaires/a.yaml", SURVEY),
    ]);
    std::fs::create_dir_all(dir.path().join("locales/en")).unwrap();
    symlink(
        target.join("study.ftl"),
        dir.path().join("locales/en/study.ftl"),
    )
    .unwrap();
    symlink(
        target.join("id_rsa"),
        dir.path().join("questionnaires/b.yaml"),
    )
    .unwrap();
    std::fs::create_dir_all(dir.path().join("themes/default/static")).unwrap();
    symlink(
        target.join("id_rsa"),
        dir.path().join("themes/default/static/key.txt"),
    )
    .unwrap();
    let errors = errors_of_build(dir.path());
    for (link, file) in [
        ("locales/en/study.ftl", "study.ftl"),
        ("questionnaires/b.yaml", "id_rsa"),
        ("themes/default/static/key.txt", "id_rsa"),
    ] {
        let line = format!(
            "error: {link} is a symbolic link to {}, outside the study directory",
            target.join(file).display()
        );
        assert!(errors.contains(&line), "{line}\nnot in\n{errors}");
    }
    assert!(!errors.contains("hunter2") && !errors.contains("PRIVATE"));
}

#[test]
fn links_inside_the_study_are_followed() {
    let dir = study(&[
        ("study.yaml", STUDY.as_bytes()),
        ("shared/a.yaml", SURVEY),
        ("shared/logo.txt", b"logo"),
    ]);
    std::fs::create_dir_all(dir.path().join("questionnaires")).unwrap();
    symlink(
        dir.path().join("shared/a.yaml"),
        dir.path().join("questionnaires/a.yaml"),
    )
    .unwrap();
    std::fs::create_dir_all(dir.path().join("themes/default")).unwrap();
    symlink(
        dir.path().join("shared"),
        dir.path().join("themes/default/static"),
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    build(dir.path(), &out.path().join("site")).unwrap();
    assert!(out.path().join("site/en/a/index.html").is_file());
    let assets: Vec<String> = tree(&out.path().join("site/assets"))
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    assert!(assets.iter().any(|p| p.starts_with("logo.")), "{assets:?}");
}

#[test]
fn pipes_devices_and_huge_files_are_not_read() {
    let dir = study(&[("questionnaires/a.yaml", SURVEY)]);
    let status = Command::new("mkfifo")
        .arg(dir.path().join("study.yaml"))
        .status()
        .unwrap();
    assert!(status.success());
    std::fs::create_dir(dir.path().join("questionnaires/dir.yaml")).unwrap();
    Command::new("mkfifo")
        .arg(dir.path().join("questionnaires/pipe.yaml"))
        .status()
        .unwrap();
    let huge = std::fs::File::create(dir.path().join("questionnaires/huge.yaml")).unwrap();
    huge.set_len(3 << 30).unwrap(); // sparse: 3 GiB that take no disk
    std::fs::create_dir_all(dir.path().join("locales/en")).unwrap();
    symlink("/dev/zero", dir.path().join("locales/en/zero.ftl")).unwrap();
    assert_eq!(
        check_lines(dir.path(), false),
        [
            "error: locales/en/zero.ftl is a symbolic link to /dev/zero, outside the study directory; enquete never reads files outside the study; a file inside the study directory (copy it in)",
            "questionnaires/dir.yaml: warning: is a directory, not a file: not read",
            "questionnaires/huge.yaml: error: is too large (3221225472 bytes; at most 2097152)",
            "questionnaires/pipe.yaml: warning: is a named pipe (FIFO), not a file: not read",
            "study.yaml: error: is a named pipe (FIFO), not a regular file",
        ]
    );
}

#[test]
fn files_with_a_near_miss_extension_get_a_warning() {
    let dir = study(&[
        ("study.yaml", STUDY.as_bytes()),
        ("questionnaires/a.yaml", SURVEY),
        ("questionnaires/b.yml", SURVEY),
        ("questionnaires/c.YAML", SURVEY),
        ("questionnaires/notes.txt", b"not a questionnaire"),
        ("locales/en/extra.FTL", b"submit = Send\n"),
    ]);
    assert_eq!(
        check_lines(dir.path(), false),
        [
            "locales/en/extra.FTL: warning: this file is not read: its name does not end in `.ftl`; rename it to `extra.ftl`",
            "questionnaires/b.yml: warning: this file is not read: its name does not end in `.yaml`; rename it to `b.yaml`",
            "questionnaires/c.YAML: warning: this file is not read: its name does not end in `.yaml`; rename it to `c.yaml`",
        ]
    );
}

#[test]
fn the_site_may_not_go_inside_the_study_inputs() {
    let dir = study(&[
        ("study.yaml", STUDY.as_bytes()),
        ("questionnaires/a.yaml", SURVEY),
    ]);
    for (out, input) in [
        ("themes/default/static/site", "themes"),
        ("locales/site", "locales"),
        ("questionnaires/site", "questionnaires"),
    ] {
        assert_eq!(
            build(dir.path(), &dir.path().join(out)).unwrap_err(),
            format!(
                "refusing to write the site to {}: it is inside the study's `{input}/`, which the build reads",
                dir.path().join(out).display()
            )
        );
        assert!(!dir.path().join(out).exists());
    }
}

#[test]
fn concurrent_builds_of_one_output_take_turns() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let reference = tempfile::tempdir().unwrap();
    build(&fixture("minimal"), &reference.path().join("site")).unwrap();
    let expected = tree(&reference.path().join("site"));
    for _round in 0..3 {
        let children: Vec<_> = (0..5)
            .map(|_| {
                Command::new(env!("CARGO_BIN_EXE_enquete"))
                    .args(["build", "--quiet", "--root"])
                    .arg(fixture("minimal"))
                    .arg("--out")
                    .arg(&site)
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let output = child.wait_with_output().unwrap();
            assert_eq!(
                output.status.code(),
                Some(0),
                "{}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        assert!(
            tree(&site) == expected,
            "the site differs from a lone build"
        );
        let left = common::names_in(out.path());
        assert_eq!(left, [".site.enquete-lock", "site"]);
    }
}

#[test]
fn a_build_killed_between_the_two_renames_is_finished_by_the_next() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    build(&fixture("minimal"), &site).unwrap();
    // What SIGKILL between the renames leaves: the previous site moved
    // aside, no site, and a staging directory half removed (no marker).
    std::fs::rename(&site, out.path().join(".site.enquete-old")).unwrap();
    let staging = out.path().join(".site.enquete-tmp-4242");
    std::fs::create_dir_all(staging.join("en/guide")).unwrap();
    std::fs::write(staging.join("en/guide/index.html"), "half").unwrap();
    let expected = {
        let reference = tempfile::tempdir().unwrap();
        build(&fixture("minimal"), &reference.path().join("site")).unwrap();
        tree(&reference.path().join("site"))
    };
    build(&fixture("minimal"), &site).unwrap();
    assert!(tree(&site) == expected);
    let left = common::names_in(out.path());
    assert_eq!(left, [".site.enquete-lock", "site"]);
}

#[test]
fn a_missing_study_is_a_usage_error() {
    let empty = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_enquete"))
        .args(["check", "--root"])
        .arg(empty.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "error: {} has no study.yaml: is it a study directory? (--root DIR chooses one)\n",
            empty.path().display()
        )
    );
}
