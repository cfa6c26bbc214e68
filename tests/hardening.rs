//! A stranger's study: inputs made to crash, hang, leak files or damage the
//! site. Each ends in a located error (or a warning) with the exact text
//! below, exit 0 or 1, and no staging directory left behind.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::{STUDY, check_lines, study, with_questionnaire};

/// Runs `enquete` with `args`; its exit code and standard error. Fails the
/// test if it runs for more than a minute (a hang) or dies of a signal.
fn run(args: &[&str], root: &Path) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_enquete"))
        .args(args)
        .arg("--root")
        .arg(root)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Read while it runs: a full pipe would block it.
    let mut pipe = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut stderr = String::new();
        std::io::Read::read_to_string(&mut pipe, &mut stderr).unwrap();
        stderr
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("enquete {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stderr = reader.join().unwrap();
    let code = status
        .code()
        .unwrap_or_else(|| panic!("enquete died of a signal: {status:?}\n{stderr}"));
    (code, stderr)
}

/// Nothing but the study's own files in `root`: no site, no staging.
fn assert_nothing_written(root: &Path) {
    let names: Vec<String> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("public") || n.contains("enquete"))
        .collect();
    assert!(names.is_empty(), "left behind: {names:?}");
}

/// The errors among `check`'s lines (a test's texts may lack translations).
fn errors(root: &Path) -> Vec<String> {
    check_lines(root, false)
        .into_iter()
        .filter(|l| l.contains(": error: ") || l.starts_with("error: "))
        .collect()
}

fn survey_with_question(question: &str) -> String {
    format!(
        "kind: survey\ntitle: {{ en: S, fr: S }}\nsections:\n  - id: s\n    title: {{ en: S, fr: S }}\n    questions:\n      - {question}\n"
    )
}

#[test]
fn scale_bounds_that_overflow_are_an_error_not_a_crash() {
    let yaml = survey_with_question(
        "{ id: q, type: scale, min: -9223372036854775808, max: 9223372036854775807, text: { en: Q, fr: Q } }",
    );
    let dir = with_questionnaire(&yaml);
    assert_eq!(
        check_lines(dir.path(), false),
        [
            "questionnaires/q.yaml:7:63: error: scale bounds -9223372036854775808 to 9223372036854775807 are not usable; `min` below `max`, at most 20 steps apart (default 1 to 5)"
        ]
    );
    let (code, _) = run(&["build"], dir.path());
    assert_eq!(code, 1);
    assert_nothing_written(dir.path());
}

#[test]
fn deeply_nested_placeables_are_refused_before_parsing() {
    let deep = format!("{}\"x\"{}", "{".repeat(2600), "}".repeat(2600));
    let yaml = survey_with_question(&format!("{{ id: q, type: text, text: '{deep}' }}"));
    let dir = study(&[
        (
            "study.yaml",
            format!("title: '{deep}'\nlanguages: [en, fr]\n").as_bytes(),
        ),
        ("questionnaires/q.yaml", yaml.as_bytes()),
    ]);
    let lines = errors(dir.path());
    let expected = "error: placeables (`{ ... }`) are nested more than 16 deep in this text; a few levels at most; write `{\"{\"}` for a literal brace";
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].starts_with("questionnaires/q.yaml:7:36: "),
        "{lines:?}"
    );
    assert!(lines[1].starts_with("study.yaml:1:8: "), "{lines:?}");
    assert!(lines.iter().all(|l| l.ends_with(expected)), "{lines:?}");
    let (code, _) = run(&["build"], dir.path());
    assert_eq!(code, 1);
}

#[test]
fn deeply_nested_selects_are_refused() {
    let mut text = String::from("x");
    for _ in 0..3000 {
        text = format!("{{ $programme -> *[a] {text} }}");
    }
    let yaml = survey_with_question(&format!("{{ id: q, type: text, text: \"{text}\" }}"));
    let lines = errors(with_questionnaire(&yaml).path());
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].contains("error: placeables (`{ ... }`) are nested more than 16 deep"),
        "{lines:?}"
    );
}

#[test]
fn deeply_nested_placeables_in_a_fluent_file_are_located() {
    let ftl = format!(
        "# a comment {{\nsubmit = Send\nthanks = {}\"x\"{}\n",
        "{".repeat(20_000),
        "}".repeat(20_000)
    );
    let dir = study(&[
        ("study.yaml", STUDY.as_bytes()),
        ("locales/en/mine.ftl", ftl.as_bytes()),
    ]);
    assert_eq!(
        check_lines(dir.path(), false),
        [
            "locales/en/mine.ftl:3:26: error: placeables (`{ ... }`) are nested more than 16 deep; a few levels at most; this file is not read"
        ]
    );
}

#[test]
fn a_text_with_more_placeables_than_fluent_formats_is_an_error() {
    let text = "{ $programme } ".repeat(101);
    let yaml = survey_with_question(&format!("{{ id: q, type: text, text: '{text}' }}"));
    assert_eq!(
        errors(with_questionnaire(&yaml).path()),
        [
            "questionnaires/q.yaml:7:36: error: this text has 101 placeables (`{ ... }`); at most 100; split the text"
        ]
    );
    let text = "{ $programme } ".repeat(100);
    let yaml = survey_with_question(&format!(
        "{{ id: q, type: text, text: {{ en: '{text}', fr: '{text}' }} }}"
    ));
    assert_eq!(
        check_lines(with_questionnaire(&yaml).path(), false),
        [""; 0]
    );
}

#[test]
fn fluent_functions_other_than_number_are_refused() {
    let yaml = survey_with_question(
        "{ id: q, type: text, text: { en: 'A { FOO($programme) } and { DATETIME($programme) }', fr: 'Un { NUMBER(5) }' } }",
    );
    assert_eq!(
        check_lines(with_questionnaire(&yaml).path(), false),
        [
            "questionnaires/q.yaml:7:42: error: unknown function `DATETIME()`; one of `NUMBER()`; dates and other values are written as text",
            "questionnaires/q.yaml:7:42: error: unknown function `FOO()`; one of `NUMBER()`; dates and other values are written as text",
        ]
    );
}

#[test]
fn number_is_a_known_function() {
    let yaml = survey_with_question(
        "{ id: q, type: text, text: { en: 'Pick { NUMBER(1234.5) } things', fr: 'Choisir { NUMBER(1234.5) } choses' } }",
    );
    let dir = with_questionnaire(&yaml);
    let out = tempfile::tempdir().unwrap();
    common::build(dir.path(), &out.path().join("site")).unwrap();
    let page = std::fs::read_to_string(out.path().join("site/en/q/index.html")).unwrap();
    assert!(page.contains("Pick 1234.5 things"), "{page}");
}

#[test]
fn raw_html_nested_too_deep_is_refused_quickly() {
    let intro = format!("{}x{}", "<div>".repeat(5_000), "</div>".repeat(5_000));
    let yaml = format!("kind: survey\ntitle: S\nintro: '{intro}'\nsections: []\n");
    let lines = check_lines(with_questionnaire(&yaml).path(), false);
    assert!(
        lines.contains(&"questionnaires/q.yaml:3:8: error: HTML elements are nested 5000 deep in this text; at most 32 levels".to_string()),
        "{lines:?}"
    );
    let intro = "word ".repeat(30_000);
    let yaml = format!("kind: survey\ntitle: S\nintro: '{intro}'\nsections: []\n");
    let lines = check_lines(with_questionnaire(&yaml).path(), false);
    assert!(
        lines.contains(&"questionnaires/q.yaml:3:8: error: this text is too long (150000 bytes); at most 100000 bytes; split it over several questions or sections".to_string()),
        "{lines:?}"
    );
}

#[test]
fn thirty_thousand_questions_name_the_limit_they_hit() {
    let mut yaml = String::from(
        "kind: survey\ntitle: S\nsections:\n  - id: s\n    title: S\n    questions:\n",
    );
    for i in 0..30_000 {
        yaml.push_str(&format!("      - {{ id: q{i}, type: text, text: Q }}\n"));
    }
    let lines = check_lines(with_questionnaire(&yaml).path(), false);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].ends_with(": error: YAML limit exceeded: more than 200,000 values in one file (a value reached through an alias counts each time); split the questionnaire into several files"),
        "{lines:?}"
    );
}

#[test]
fn a_study_on_one_long_line_is_located_by_character() {
    // Every value on line 1; columns count characters, not bytes.
    let yaml = "{kind: survey, title: «é», sections: [{id: s, title: S, questions: [{id: q, type: text, text: Q, colour: red}]}]}\n";
    assert_eq!(
        check_lines(with_questionnaire(yaml).path(), false),
        [
            "questionnaires/q.yaml:1:23: warning: missing translation: `fr`; the `en` text is shown instead, marked as not yet translated",
            "questionnaires/q.yaml:1:54: warning: missing translation: `fr`; the `en` text is shown instead, marked as not yet translated",
            "questionnaires/q.yaml:1:95: warning: missing translation: `fr`; the `en` text is shown instead, marked as not yet translated",
            "questionnaires/q.yaml:1:98: error: unknown field `colour` in a question; expected one of `id`, `type`, `text`, `required`, `probes`, `note`, `help`, `options`, `other`, `min`, `max`, `min_label`, `max_label`, `period`, `lines`, `show_if` or `codes`",
        ]
    );
}

/// Every hostile input of the hardening review, through the command line:
/// exit 0 or 1 (never a crash, 101, 134 or 139), and nothing left beside
/// the study but what a finished build writes.
#[test]
fn every_hostile_input_ends_cleanly() {
    let nested = |n: usize| format!("{}\"x\"{}", "{".repeat(n), "}".repeat(n));
    let mut selects = String::from("x");
    for _ in 0..3000 {
        selects = format!("{{ $programme -> *[a] {selects} }}");
    }
    let mut one_line = String::from("{kind: survey, title: { en: T, fr: T }, sections: [");
    for s in 0..1_500 {
        one_line.push_str(&format!("{{id: s{s}, title: S, questions: ["));
        for q in 0..12 {
            one_line.push_str(&format!(
                "{{id: q{s}-{q}, type: text, text: \"Question {q} of part {s}\"}}, "
            ));
        }
        one_line.push_str("]}, ");
    }
    one_line.push_str("]}\n");
    let mut many = String::from(
        "kind: survey\ntitle: S\nsections:\n  - id: s\n    title: S\n    questions:\n",
    );
    for i in 0..30_000 {
        many.push_str(&format!("      - {{ id: q{i}, type: text, text: Q }}\n"));
    }
    let cases: Vec<(&str, Vec<(&str, String)>)> = vec![
        ("scale", vec![("questionnaires/q.yaml", survey_with_question("{ id: q, type: scale, min: -9223372036854775808, max: 9223372036854775807, text: Q }"))]),
        ("placeables in a text", vec![("questionnaires/q.yaml", survey_with_question(&format!("{{ id: q, type: text, text: '{}' }}", nested(2600))))]),
        ("selects", vec![("questionnaires/q.yaml", survey_with_question(&format!("{{ id: q, type: text, text: \"{selects}\" }}")))]),
        ("placeables in a Fluent file", vec![("locales/en/x.ftl", format!("x = {}\n", nested(20_000)))]),
        ("one line", vec![("questionnaires/q.yaml", one_line)]),
        ("nested divs", vec![("questionnaires/q.yaml", format!("kind: survey\ntitle: S\nintro: '{}x{}'\nsections: []\n", "<div>".repeat(100_000), "</div>".repeat(100_000)))]),
        ("placeables", vec![("questionnaires/q.yaml", survey_with_question(&format!("{{ id: q, type: text, text: '{}' }}", "{ $programme }".repeat(101))))]),
        ("functions", vec![("questionnaires/q.yaml", survey_with_question("{ id: q, type: text, text: '{ NUMBER(5) } { FOO($x) }' }"))]),
        ("30,000 questions", vec![("questionnaires/q.yaml", many)]),
        ("language code", vec![("locales/en-abcdefgh-abcdefgh-abcdefgh-abcdefgh-x/x.ftl", "x = y\n".into())]),
        ("template loop", vec![("themes/default/templates/home.html", "{% for i in range(end=100000) %}{% for j in range(end=100000) %}x{% endfor %}{% endfor %}".into())]),
    ];
    for (name, files) in cases {
        let mut all: Vec<(&str, &[u8])> = vec![("study.yaml", STUDY.as_bytes())];
        all.extend(files.iter().map(|(p, t)| (*p, t.as_bytes())));
        let dir = study(&all);
        let started = Instant::now();
        let (code, stderr) = run(&["build", "--quiet"], dir.path());
        eprintln!("{name}: exit {code} in {:?}", started.elapsed());
        assert!(code == 0 || code == 1, "{name}: exit {code}\n{stderr}");
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("enquete") || n.contains("public"))
            .collect();
        left.sort();
        let expected: &[&str] = if code == 0 {
            &[".public.enquete-lock", "public"]
        } else {
            &[]
        };
        assert!(
            left == expected || (code == 1 && left == [".public.enquete-lock"]),
            "{name}: left {left:?}"
        );
    }
}
