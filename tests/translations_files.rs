//! `enquete translations import`: a translator's file written back into the
//! YAML in place. Each test exports a file as a user would, edits it as a
//! translator's tool would, imports it, and looks at the files on disk.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use common::{STUDY, copy_dir, enquete, study};

/// Every style a text can be written in, and comments to keep.
const GUIDE: &str = "# A guide, in every YAML style.
kind: interview
title: { en: Guide, fr: Guide }
audience: buddies
sections:
  - id: intro
    title:
      en: Introduction   # as the thesis has it
      fr: Introduction
    questions:
      - id: matching
        # Asked first.
        text:
          en: \"How were you matched?\"
          fr: 'Comment avez-vous été jumelé ?'
        probes:
          - { en: By whom?, fr: Par qui ? }
      - id: story
        text:
          en: |-
            Tell me about it.
            Take your time.
          fr: |-
            Racontez-moi.
            Prenez votre temps.

        help:
          en: >
            A long help text
            folded over lines.
          fr: >
            Un long texte d'aide
            replié sur des lignes.
      - id: age
        type: single
        text: { en: Your age, fr: Votre âge }
        options:
          - { value: young, label: { en: Under 30, fr: Moins de 30 ans } }
          - { value: old, label: { en: 30 or over } }
          - value: older
            label:
              en: \"Over 60\"   # the table's last band
      - id: more
        text: Anything else?
";

fn guide_study() -> tempfile::TempDir {
    let dir = study(&[
        ("study.yaml", STUDY.as_bytes()),
        ("questionnaires/q.yaml", GUIDE.as_bytes()),
    ]);
    assert_eq!(
        enquete(dir.path(), &["translations", "accept", "--all"]).code,
        0
    );
    dir
}

/// Exports `lang` as PO into `out` and returns its text.
fn export(root: &Path, lang: &str, out: &Path) -> String {
    export_as(root, lang, "po", out)
}

fn export_as(root: &Path, lang: &str, format: &str, out: &Path) -> String {
    let run = enquete(
        root,
        &[
            "translations",
            "export",
            "--lang",
            lang,
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    std::fs::read_to_string(out).unwrap()
}

/// Every file under `root`, by path, as bytes.
fn snapshot(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                let rel = path.strip_prefix(root).unwrap().display().to_string();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

/// Replaces the `msgstr` of the entry whose context is `key`.
fn translate(po: &str, key: &str, msgstr: &str) -> String {
    let context = format!("msgctxt \"{key}\"\n");
    let at = po
        .find(&context)
        .unwrap_or_else(|| panic!("{key} in the file"));
    let from = at + po[at..].find("msgstr ").unwrap();
    let to = po[from..].find("\n\n").map_or(po.len(), |i| from + i + 1);
    format!("{}msgstr {msgstr}\n{}", &po[..from], &po[to..])
}

#[test]
fn export_then_import_leaves_the_bundled_study_byte_identical() {
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("study");
    std::fs::create_dir(&root).unwrap();
    for file in ["study.yaml", "codebook.yaml", "translations.lock"] {
        std::fs::copy(bundled.join(file), root.join(file)).unwrap();
    }
    copy_dir(
        &bundled.join("questionnaires"),
        &root.join("questionnaires"),
    );
    copy_dir(&bundled.join("locales"), &root.join("locales"));
    let before = snapshot(&root);
    for lang in ["en", "fr"] {
        for format in ["po", "xliff"] {
            let file = dir.path().join(format!("study.{lang}.{format}"));
            export_as(&root, lang, format, &file);
            let run = enquete(&root, &["translations", "import", file.to_str().unwrap()]);
            assert_eq!(run.code, 0, "{}", run.stderr);
            assert_eq!(
                run.stdout,
                format!(
                    "imported {} ({lang}): 0 translations changed\n  0 newly accepted in translations.lock\n",
                    file.display()
                )
            );
        }
    }
    assert!(snapshot(&root) == before, "a file changed");
}

#[test]
fn each_change_lands_on_its_own_text_in_the_style_it_was_written_in() {
    let dir = guide_study();
    let root = dir.path();
    let po_path = root.join("q.fr.po");
    let mut po = export(root, "fr", &po_path);
    for (key, msgstr) in [
        ("q/intro/title", "\"Présentation\""),
        (
            "q/intro/matching/text",
            "\"Comment vous a-t-on mis en relation ?\"",
        ),
        ("q/intro/matching/probes/1", "\"Par qui, au juste ?\""),
        (
            "q/intro/story/text",
            "\"\"\n\"Racontez-moi tout.\\n\"\n\"Prenez votre temps.\"",
        ),
        ("q/intro/story/help", "\"Un texte d'aide plus court.\\n\""),
        ("q/intro/age/options/old/label", "\"30 ans ou plus\""),
        ("q/intro/age/options/older/label", "\"Plus de 60 ans\""),
        ("q/intro/more/text", "\"Autre chose ?\""),
    ] {
        po = translate(&po, key, msgstr);
    }
    std::fs::write(&po_path, po).unwrap();
    let run = enquete(root, &["translations", "import", po_path.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        format!(
            "imported {} (fr): 8 translations changed in questionnaires/q.yaml\n  \
             3 newly accepted in translations.lock\n",
            po_path.display()
        )
    );
    let expected = GUIDE
        .replace("      fr: Introduction\n", "      fr: Présentation\n")
        .replace(
            "'Comment avez-vous été jumelé ?'",
            "'Comment vous a-t-on mis en relation ?'",
        )
        .replace("fr: Par qui ? }", "fr: \"Par qui, au juste ?\" }")
        .replace("Racontez-moi.\n", "Racontez-moi tout.\n")
        .replace(
            "Un long texte d'aide\n            replié sur des lignes.\n",
            "Un texte d'aide plus court.\n",
        )
        .replace(
            "{ en: 30 or over }",
            "{ en: 30 or over, fr: 30 ans ou plus }",
        )
        .replace(
            "              en: \"Over 60\"   # the table's last band\n",
            "              en: \"Over 60\"   # the table's last band\n              fr: \"Plus de 60 ans\"\n",
        )
        .replace(
            "text: Anything else?",
            "text: { en: Anything else?, fr: Autre chose ? }",
        );
    assert_eq!(
        std::fs::read_to_string(root.join("questionnaires/q.yaml")).unwrap(),
        expected
    );
    let status = enquete(root, &["translations", "status", "--strict"]);
    assert_eq!(status.code, 0, "{}{}", status.stdout, status.stderr);
}

#[test]
fn a_fuzzy_entry_is_written_but_not_accepted() {
    let dir = guide_study();
    let root = dir.path();
    let q = root.join("questionnaires/q.yaml");
    let text = std::fs::read_to_string(&q).unwrap();
    std::fs::write(&q, text.replace("By whom?", "By whom exactly?")).unwrap();
    let po_path = root.join("q.fr.po");
    let po = export(root, "fr", &po_path);
    assert!(po.contains("#, fuzzy\n#| msgctxt \"q/intro/matching/probes/1\"\n"));
    // The translator updates the text but leaves it for review.
    let po = translate(&po, "q/intro/matching/probes/1", "\"Par qui exactement ?\"");
    std::fs::write(&po_path, &po).unwrap();
    let run = enquete(root, &["translations", "import", po_path.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains(
            "  0 newly accepted in translations.lock\n  1 marked fuzzy by the translator: \
             written, not accepted (`enquete translations status` counts them)\n  \
             3 left empty by the translator: the study keeps what it has\n"
        ),
        "{}",
        run.stdout
    );
    assert!(
        std::fs::read_to_string(&q)
            .unwrap()
            .contains("{ en: By whom exactly?, fr: Par qui exactement ? }")
    );
    let outdated = |root: &Path| enquete(root, &["translations", "diff", "--lang", "fr"]).stderr;
    assert_eq!(outdated(root), "1 outdated translation\n");
    // Reviewed: the flag removed, the same file imported again.
    std::fs::write(&po_path, po.replace("#, fuzzy\n", "")).unwrap();
    let run = enquete(root, &["translations", "import", po_path.to_str().unwrap()]);
    assert!(
        run.stdout
            .contains("  1 newly accepted in translations.lock\n  3 left empty"),
        "{}",
        run.stdout
    );
    assert_eq!(outdated(root), "0 outdated translations\n");
}

/// Imports `po` and expects it refused with `reasons`, nothing written.
fn refused(root: &Path, po: &str, reasons: &str) {
    let path = root.join("in.po");
    std::fs::write(&path, po).unwrap();
    let before = snapshot(root);
    let run = enquete(root, &["translations", "import", path.to_str().unwrap()]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            1,
            format!(
                "error: {} is refused; nothing was written:\n{reasons}",
                path.display()
            )
            .as_str()
        )
    );
    assert!(snapshot(root) == before, "a file changed");
}

#[test]
fn a_file_of_another_study_language_or_source_is_refused_with_its_reasons() {
    let dir = guide_study();
    let root = dir.path();
    let po = export(root, "fr", &root.join("q.fr.po"));
    let po = translate(&po, "q/intro/title", "\"Présentation\"");

    refused(
        root,
        &po.replace(
            "Project-Id-Version: Test study",
            "Project-Id-Version: Other",
        ),
        "  this file was exported from the study “Other”, not from this one (“Test study”)\n",
    );
    refused(
        root,
        &po.replace("Language: fr", "Language: de"),
        "  this file is a translation into `de`; the study translates into fr only\n",
    );
    refused(
        root,
        &po.replace("msgctxt \"q/intro/title\"", "msgctxt \"q/intro/titel\""),
        "  line 30: no translatable text of the study has the key `q/intro/titel` \
         (did you mean `q/intro/title`?)\n",
    );
    // The source changed since the export: the translation may not fit it.
    let q = root.join("questionnaires/q.yaml");
    let text = std::fs::read_to_string(&q).unwrap();
    std::fs::write(&q, text.replace("en: Introduction ", "en: Welcome ")).unwrap();
    refused(
        root,
        &po,
        "  line 30: the en text of `q/intro/title` changed since this file was exported; \
         `enquete translations diff --lang fr q/intro/title` shows the change, \
         and a new export gives the translator the current text\n",
    );
}

#[test]
fn an_import_that_would_break_the_study_writes_nothing() {
    let dir = guide_study();
    let root = dir.path();
    let po = export(root, "fr", &root.join("q.fr.po"));
    let path = root.join("in.po");
    std::fs::write(
        &path,
        translate(&po, "q/intro/title", "\"Bonjour { $inconnu }\""),
    )
    .unwrap();
    let before = snapshot(root);
    let run = enquete(root, &["translations", "import", path.to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("unknown variable `{ $inconnu }`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.ends_with(&format!(
        "error: with the translations of {} the study would not pass `enquete check`; \
         nothing was written\n",
        path.display()
    )));
    assert!(snapshot(root) == before, "a file changed");
}

/// A translators' tool run on a file: its output, or `None` outside CI
/// when the tool is not installed (CI installs translate-toolkit).
fn tool(name: &str, args: &[&Path]) -> Option<std::process::Output> {
    match Command::new(name).args(args).output() {
        Ok(output) => {
            assert!(
                output.status.success(),
                "{name}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            Some(output)
        }
        Err(_) if std::env::var_os("CI").is_none() => {
            eprintln!("{name} is not installed (pip install translate-toolkit): not checked");
            None
        }
        Err(e) => panic!("{name} is required in CI: {e}"),
    }
}

#[test]
fn a_po_file_carries_notes_and_previous_sources_that_translators_tools_read() {
    let dir = guide_study();
    let root = dir.path();
    let q = root.join("questionnaires/q.yaml");
    let text = std::fs::read_to_string(&q).unwrap();
    std::fs::write(&q, text.replace("By whom?", "By whom exactly?")).unwrap();
    let path = root.join("q.fr.po");
    let po = export(root, "fr", &path);
    for entry in [
        // The comment above the text.
        "\n#. Asked first.
#: questionnaires/q.yaml:15
msgctxt \"q/intro/matching/text\"
msgid \"How were you matched?\"
msgstr \"Comment avez-vous été jumelé ?\"
",
        // Outdated: fuzzy, with the source it was translated from.
        "\n#: questionnaires/q.yaml:17
#, fuzzy
#| msgctxt \"q/intro/matching/probes/1\"
#| msgid \"By whom?\"
msgctxt \"q/intro/matching/probes/1\"
msgid \"By whom exactly?\"
msgstr \"Par qui ?\"
",
        // The question's help, for its text.
        "\n#. help: A long help text folded over lines.
#: questionnaires/q.yaml:24
msgctxt \"q/intro/story/text\"
",
    ] {
        assert!(po.contains(entry), "{entry}\nnot in\n{po}");
    }
    let msgfmt = Command::new("msgfmt")
        .args(["--check", "--statistics", "-o", "/dev/null"])
        .arg(&path)
        .env("LC_ALL", "C")
        .output()
        .expect("msgfmt (Debian package gettext) is installed");
    assert_eq!(
        String::from_utf8(msgfmt.stderr).unwrap(),
        "9 translated messages, 1 fuzzy translation, 3 untranslated messages.\n"
    );
    let Some(counts) = tool("pocount", &[Path::new("--csv"), &path]) else {
        return;
    };
    // Translated, fuzzy and untranslated messages as pocount reads them.
    let csv = String::from_utf8(counts.stdout).unwrap();
    let row: Vec<&str> = csv.lines().nth(1).unwrap().split(',').collect();
    assert_eq!((row[1], row[4], row[6]), ("9", "1", "3"), "{csv}");
    let xliff = root.join("q.fr.xlf");
    tool("po2xliff", &[&path, &xliff]);
    let xliff = std::fs::read_to_string(xliff).unwrap();
    assert_eq!(
        xliff.matches("<trans-unit").count(),
        14,
        "the header and 13 texts"
    );
    // The fuzzy entry is read as one to review, its previous source kept.
    assert!(
        xliff.contains(
            "approved=\"no\">
        <source>By whom exactly?</source>
        <target state=\"needs-translation\">Par qui ?</target>
        <alt-trans xml:space=\"preserve\" origin=\"previous\"><source>By whom?</source>"
        ),
        "{xliff}"
    );
    assert!(xliff.contains("<note from=\"developer\">Asked first.</note>"));
}

/// translate-toolkit's XLIFF 2.0 reader (its `xliff2po` reads XLIFF 1.2
/// only) on a file: units, those it takes as fuzzy and as translated, and
/// the languages. `None` outside CI when translate-toolkit is missing.
fn xliff2_reading(path: &Path) -> Option<String> {
    let script = "import sys\n\
from translate.storage import xliff2\n\
s = xliff2.Xliff2File.parsefile(sys.argv[1])\n\
u = s.units\n\
print(len(u), sum(x.isfuzzy() for x in u), sum(x.istranslated() for x in u), \
s.getsourcelanguage(), s.gettargetlanguage(), u[0].getid())\n";
    let output = Command::new("python3")
        .args(["-c", script])
        .arg(path)
        .output()
        .expect("python3 runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    if stderr.contains("No module named 'translate'") && std::env::var_os("CI").is_none() {
        eprintln!(
            "translate-toolkit is not installed (pip install translate-toolkit): not checked"
        );
        return None;
    }
    assert!(output.status.success(), "{stderr}");
    Some(String::from_utf8(output.stdout).unwrap())
}

#[test]
fn an_xliff_file_marks_outdated_units_and_is_read_back() {
    let dir = guide_study();
    let root = dir.path();
    let q = root.join("questionnaires/q.yaml");
    let text = std::fs::read_to_string(&q).unwrap();
    std::fs::write(&q, text.replace("By whom?", "By whom exactly?")).unwrap();
    let path = root.join("q.fr.xlf");
    let xliff = export_as(root, "fr", "xliff", &path);
    assert!(xliff.starts_with(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<!-- The study's texts, from en into fr. Exported by `enquete translations export`. -->
<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"fr\">
  <file id=\"f1\" original=\"study.yaml\" xml:space=\"preserve\">
    <notes>
      <note category=\"study\">Test study</note>
    </notes>
"
    ));
    for unit in [
        "
    <unit id=\"q:intro:matching:text\" name=\"q/intro/matching/text\">
      <notes>
        <note category=\"location\">questionnaires/q.yaml:15</note>
        <note category=\"comment\">Asked first.</note>
      </notes>
      <segment state=\"reviewed\">
        <source>How were you matched?</source>
        <target>Comment avez-vous été jumelé ?</target>
      </segment>
    </unit>
",
        "
    <unit id=\"q:intro:matching:probes:1\" name=\"q/intro/matching/probes/1\">
      <notes>
        <note category=\"location\">questionnaires/q.yaml:17</note>
        <note category=\"previous-source\">By whom?</note>
      </notes>
      <segment state=\"initial\" subState=\"enquete:outdated\">
        <source>By whom exactly?</source>
        <target>Par qui ?</target>
      </segment>
    </unit>
",
        "
      <segment state=\"initial\">
        <source>Anything else?</source>
      </segment>
",
    ] {
        assert!(xliff.contains(unit), "{unit}\nnot in\n{xliff}");
    }
    if let Some(reading) = xliff2_reading(&path) {
        assert_eq!(reading, "13 1 9 en fr study:title\n");
    }

    // The translator updates the outdated unit and fills in a missing one.
    let translated = xliff
        .replace(
            "<segment state=\"initial\" subState=\"enquete:outdated\">
        <source>By whom exactly?</source>
        <target>Par qui ?</target>",
            "<segment state=\"translated\">
        <source>By whom exactly?</source>
        <target>Par qui exactement ?</target>",
        )
        .replace(
            "<segment state=\"initial\">
        <source>Anything else?</source>",
            "<segment state=\"translated\">
        <source>Anything else?</source>
        <target>Autre chose &amp; encore ?</target>",
        );
    std::fs::write(&path, translated).unwrap();
    let run = enquete(root, &["translations", "import", path.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        format!(
            "imported {} (fr): 2 translations changed in questionnaires/q.yaml\n  \
             2 newly accepted in translations.lock\n  \
             2 left empty by the translator: the study keeps what it has\n",
            path.display()
        )
    );
    let yaml = std::fs::read_to_string(&q).unwrap();
    assert!(yaml.contains("{ en: By whom exactly?, fr: Par qui exactement ? }"));
    assert!(yaml.contains("text: { en: Anything else?, fr: Autre chose & encore ? }"));
    let diff = enquete(root, &["translations", "diff", "--lang", "fr"]);
    assert_eq!(diff.stderr, "0 outdated translations\n");

    // XLIFF 1.2 (what xliff2po and older tools write) is refused.
    let old = root.join("old.xlf");
    std::fs::write(
        &old,
        "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"/>\n",
    )
    .unwrap();
    let run = enquete(root, &["translations", "import", old.to_str().unwrap()]);
    assert_eq!(
        (run.code, run.stderr),
        (
            1,
            format!(
                "error: {}:2: XLIFF 1.2: enquete reads XLIFF 2 (as `export --format xliff` writes it); \
                 nothing was imported\n",
                old.display()
            )
        )
    );
}
