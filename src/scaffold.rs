//! `enquete new`: a small, valid, commented study to start from, with
//! every kind of document and every question type, in the languages the
//! researcher chose. Its texts come from `locales/{lang}/new-study.ftl`.

use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

use crate::format::schema::{SchemaFile, schema_text};

/// The sample texts, per language.
const SAMPLES: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en/new-study.ftl")),
    ("nl", include_str!("../locales/nl/new-study.ftl")),
    ("fr", include_str!("../locales/fr/new-study.ftl")),
    ("ar", include_str!("../locales/ar/new-study.ftl")),
    ("de", include_str!("../locales/de/new-study.ftl")),
    ("es", include_str!("../locales/es/new-study.ftl")),
    ("it", include_str!("../locales/it/new-study.ftl")),
    ("pt", include_str!("../locales/pt/new-study.ftl")),
    ("pl", include_str!("../locales/pl/new-study.ftl")),
    ("ru", include_str!("../locales/ru/new-study.ftl")),
    ("uk", include_str!("../locales/uk/new-study.ftl")),
    ("tr", include_str!("../locales/tr/new-study.ftl")),
    ("fa", include_str!("../locales/fa/new-study.ftl")),
    ("so", include_str!("../locales/so/new-study.ftl")),
    ("ti", include_str!("../locales/ti/new-study.ftl")),
];

/// What `new_study` wrote.
pub struct Created {
    pub files: Vec<PathBuf>,
    /// Languages without built-in sample texts: their texts are the
    /// English ones, to replace like every sample text.
    pub english_samples: Vec<String>,
}

/// The sample texts of one language, with the English ones where the
/// language has none.
struct Samples {
    bundle: FluentBundle<FluentResource>,
}

impl Samples {
    fn of(lang: &str) -> Samples {
        let text = SAMPLES
            .iter()
            .find(|(l, _)| *l == lang)
            .or_else(|| SAMPLES.first())
            .map_or("", |(_, t)| *t);
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        let mut bundle = FluentBundle::new(vec![
            lang.parse::<unic_langid::LanguageIdentifier>()
                .unwrap_or_default(),
        ]);
        bundle.set_use_isolating(false);
        // Our own files: ids are unique (a test checks them).
        let _ = bundle.add_resource(resource);
        Samples { bundle }
    }

    /// Message `id` with the letter's placeholders written back as they
    /// are typed in YAML: `{ $city }`.
    fn get(&self, id: &str) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return String::new();
        };
        let mut args = FluentArgs::new();
        for name in ["organisation", "city", "programme"] {
            args.set(name, format!("{{ ${name} }}"));
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }
}

/// Builds the YAML of the study, text by text in every language.
struct Writer {
    languages: Vec<(String, Samples)>,
}

impl Writer {
    /// `key:` followed by the text in every language, indented by `indent`.
    fn text(&self, indent: usize, key: &str, id: &str) -> String {
        let pad = " ".repeat(indent);
        let mut out = format!("{pad}{key}:\n");
        for (lang, samples) in &self.languages {
            let value = samples.get(id);
            if value.contains('\n') {
                out.push_str(&format!("{pad}  {lang}: |-\n"));
                for line in value.lines() {
                    if line.is_empty() {
                        out.push('\n');
                    } else {
                        out.push_str(&format!("{pad}    {line}\n"));
                    }
                }
            } else {
                out.push_str(&format!("{pad}  {lang}: {}\n", quoted(&value)));
            }
        }
        out
    }

    /// A list entry that is a text: `- ` followed by the text in every
    /// language, as a mapping.
    fn list_item(&self, indent: usize, id: &str) -> String {
        let pad = " ".repeat(indent);
        let mut out = String::new();
        for (i, (lang, samples)) in self.languages.iter().enumerate() {
            let lead = if i == 0 {
                format!("{pad}- ")
            } else {
                format!("{pad}  ")
            };
            out.push_str(&format!("{lead}{lang}: {}\n", quoted(&samples.get(id))));
        }
        out
    }

    /// `options:` of a choice question: each value with its label.
    fn options(&self, options: &[(&str, &str)]) -> String {
        let mut out = String::from("        options:\n");
        for (value, id) in options {
            out.push_str(&format!("          - value: {value}\n"));
            out += &self.text(12, "label", id);
        }
        out
    }
}

/// A YAML double-quoted scalar (JSON's string syntax is valid YAML).
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// Writes a new study into `dir`, which must be empty or not exist yet.
pub fn new_study(dir: &Path, languages: &[String], title: Option<&str>) -> Result<Created, String> {
    if languages.is_empty() {
        return Err("give at least one language, e.g. `--languages nl,en`".into());
    }
    for (i, lang) in languages.iter().enumerate() {
        if !crate::validate::ids::is_valid_language(lang) {
            return Err(format!(
                "`{lang}` is not a language code: expected a BCP 47 code such as `nl`, `en` or `fr-BE`"
            ));
        }
        if languages[..i].contains(lang) {
            return Err(format!("`{lang}` is given twice in --languages"));
        }
    }
    match std::fs::read_dir(dir) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                return Err(format!(
                    "{} is not empty: enquete new writes a study only into a new or empty directory, so that nothing is overwritten",
                    dir.display()
                ));
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(format!("{}: {e}", dir.display())),
    }
    let english_samples: Vec<String> = languages
        .iter()
        .filter(|l| !SAMPLES.iter().any(|(s, _)| s == l))
        .cloned()
        .collect();
    let w = Writer {
        languages: languages
            .iter()
            .map(|l| (l.clone(), Samples::of(l)))
            .collect(),
    };
    let mut files: Vec<(PathBuf, String)> = vec![
        (
            PathBuf::from("study.yaml"),
            study_yaml(&w, languages, title),
        ),
        (
            PathBuf::from("questionnaires/interview.yaml"),
            interview_yaml(&w),
        ),
        (PathBuf::from("questionnaires/survey.yaml"), survey_yaml(&w)),
        (
            PathBuf::from("questionnaires/consent-written.yaml"),
            consent_yaml(&w, "written"),
        ),
        (
            PathBuf::from("questionnaires/consent-verbal.yaml"),
            consent_yaml(&w, "verbal"),
        ),
        (PathBuf::from("questionnaires/letter.yaml"), letter_yaml(&w)),
    ];
    for file in SchemaFile::ALL {
        files.push((
            Path::new("schema").join(file.file_name()),
            schema_text(file),
        ));
    }
    let mut written = Vec::new();
    for (relative, contents) in files {
        let path = dir.join(&relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        // `create_new`: never over a file that appeared meanwhile.
        let write = std::fs::File::options()
            .write(true)
            .create_new(true)
            .open(&path)
            .and_then(|mut f| std::io::Write::write_all(&mut f, contents.as_bytes()));
        write.map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(path);
    }
    // A language without built-in wording needs the study's own, or its
    // consent sheets cannot be printed.
    for lang in languages.iter().filter(|l| !crate::i18n::has_builtin(l)) {
        written.extend(crate::new_language::new_language(dir, lang)?);
    }
    Ok(Created {
        files: written,
        english_samples,
    })
}

fn study_yaml(w: &Writer, languages: &[String], title: Option<&str>) -> String {
    let title = match title {
        // The researcher's own title is in the default language; `check`
        // then lists the translations to add.
        Some(t) => format!("title: {}\n", quoted(t)),
        None => w.text(0, "title", "study-title"),
    };
    let mut y = String::from(
        "# yaml-language-server: $schema=schema/study.json
# A study written by `enquete new`. Every text is an example: replace it with
# your own. enquete's docs/format.md describes every field; `enquete check`
# reports every problem with its file, line and column.
",
    );
    y += &title;
    y += &w.text(0, "intro", "study-intro");
    y += &format!(
        "# The first language is the source that every translation is made from.
languages: [{}]
",
        languages.join(", ")
    );
    y += &w.text(0, "institution", "institution");
    y.push_str(
        "researchers:
  - name: A. Researcher
    email: researcher@university.example
",
    );
    y += &w.text(4, "role", "researcher-role");
    y.push_str(
        "# Consent sheets print these facts (GDPR Art. 13). Replace every example value
# with your institution's: `check` warns while an address ends in `.example`.
ethics: { committee: Example Ethics Committee, reference: EC-2026-001 }
privacy:
",
    );
    y += &w.text(2, "controller", "privacy-controller");
    y.push_str(
        "  controller_contact: Example Street 1, 1000 Example City
  dpo_email: dpo@university.example
",
    );
    y += &w.text(2, "retention", "privacy-retention");
    y += &w.text(2, "authority", "privacy-authority");
    y.push_str("# Values for { $programme } in any text, per language.\nvariables:\n");
    y += &w.text(2, "programme", "programme");
    y
}

const QUESTIONNAIRE_HEAD: &str = "# yaml-language-server: $schema=../schema/questionnaire.json\n";

fn interview_yaml(w: &Writer) -> String {
    let mut y = String::from(QUESTIONNAIRE_HEAD);
    y.push_str(
        "# An interview guide: the interviewer reads it on a laptop or tablet (probes
# to tick, notes, a stopwatch per section; answers are kept in the browser,
# offline) or on paper (`enquete build` prints it too).
kind: interview
version: \"1\"\n",
    );
    y += &w.text(0, "title", "guide-title");
    y.push_str("audience: participant\nduration: \"45-60\"    # planned minutes\nconsent: consent-verbal\n");
    y += &w.text(0, "intro", "guide-intro");
    y.push_str("sections:\n  - id: start\n");
    y += &w.text(4, "title", "section-start");
    y.push_str("    duration: 5\n");
    y += &w.text(4, "instructions", "section-start-instructions");
    y.push_str("    questions:\n      - id: code\n        type: text    # one line\n");
    y += &w.text(8, "text", "question-code");
    y += &w.text(8, "help", "question-code-help");
    y.push_str("      - id: joined    # `type: open` (a text area) is the default\n");
    y += &w.text(8, "text", "question-joined");
    y.push_str("        probes:    # follow-up prompts, ticked when asked\n");
    y += &w.list_item(10, "probe-heard");
    y += &w.list_item(10, "probe-expected");
    y += &w.text(8, "note", "question-joined-note");
    y.push_str("      - id: since\n        type: date\n");
    y += &w.text(8, "text", "question-since");
    y.push_str("      - id: age\n        type: number\n");
    y += &w.text(8, "text", "question-age");
    y.push_str("  - id: programme\n");
    y += &w.text(4, "title", "section-programme");
    y.push_str("    duration: 20\n    questions:\n      - id: activities\n        type: multiple    # any number of choices\n");
    y += &w.text(8, "text", "question-activities");
    y += &w.options(&[
        ("meeting", "option-meeting"),
        ("language", "option-language"),
        ("leisure", "option-leisure"),
    ]);
    y.push_str("        other: true    # adds \"Other\" with a text field\n");
    y.push_str("      - id: frequency\n        type: single    # one choice\n");
    y += &w.text(8, "text", "question-frequency");
    y += &w.options(&[
        ("weekly", "option-weekly"),
        ("monthly", "option-monthly"),
        ("less", "option-less"),
    ]);
    y.push_str("      - id: satisfaction\n        type: scale\n");
    y += &w.text(8, "text", "question-satisfaction");
    y.push_str("        min: 1\n        max: 5\n");
    y += &w.text(8, "min_label", "scale-low");
    y += &w.text(8, "max_label", "scale-high");
    y.push_str("      - id: last-part\n        type: note    # no answer: an instruction or a text to read\n");
    y += &w.text(8, "text", "note-last-part");
    y.push_str("  - id: most-significant-change\n");
    y += &w.text(4, "title", "section-change");
    y.push_str("    duration: 15\n    questions:\n      - id: change\n        type: msc    # Most Significant Change: the story, then why it matters\n");
    y += &w.text(8, "text", "question-change");
    y += &w.text(8, "period", "change-period");
    y
}

fn survey_yaml(w: &Writer) -> String {
    let mut y = String::from(QUESTIONNAIRE_HEAD);
    y.push_str(
        "# A survey: the respondent fills it in. Its answers are downloaded as a file
# unless study.yaml's `submit:` says otherwise.
kind: survey
version: \"1\"\n",
    );
    y += &w.text(0, "title", "survey-title");
    y.push_str("audience: participant\nconsent: consent-written\nsections:\n  - id: experience\n");
    y += &w.text(4, "title", "survey-section");
    y.push_str(
        "    questions:\n      - id: recommend\n        type: single\n        required: true\n",
    );
    y += &w.text(8, "text", "question-recommend");
    y += &w.options(&[
        ("yes", "option-yes"),
        ("no", "option-no"),
        ("unsure", "option-unsure"),
    ]);
    y.push_str("      - id: change-wish\n");
    y += &w.text(8, "text", "question-change-wish");
    y
}

fn consent_yaml(w: &Writer, mode: &str) -> String {
    let mut y = String::from(QUESTIONNAIRE_HEAD);
    if mode == "written" {
        y.push_str(
            "# Written consent: statements to tick and sign. enquete words the built-in
# items (voluntary, withdraw, recording, anonymisation, privacy, ethics) in
# every language from study.yaml's `privacy:` and `ethics:`; `items:` changes
# them by id or adds the study's own.\n",
        );
    } else {
        y.push_str(
            "# Verbal consent: a script that the interviewer reads aloud and a checklist
# of the respondent's answers, for respondents to whom a signature could
# signal distrust. The same built-in items as the written consent.\n",
        );
    }
    y.push_str("kind: consent\nversion: \"1\"\n");
    y += &w.text(0, "title", &format!("consent-{mode}-title"));
    y.push_str(&format!("audience: participant\nmode: {mode}\n"));
    y += &w.text(0, "purpose", "consent-purpose");
    y.push_str("items:\n  - id: recording\n    optional: true    # may be refused without refusing the interview\n");
    y
}

fn letter_yaml(w: &Writer) -> String {
    let mut y = String::from(QUESTIONNAIRE_HEAD);
    y.push_str(
        "# An information letter, printed once per variant with the variant's values
# in its placeholders; `{ $programme }` comes from study.yaml's `variables`.
kind: letter
version: \"1\"\n",
    );
    y += &w.text(0, "title", "letter-title");
    y.push_str("audience: participant\n");
    y += &w.text(0, "body", "letter-body");
    y.push_str(
        "variants:
  - id: leuven
    variables: { organisation: Kompas, city: Leuven }
  - id: mechelen
    variables: { organisation: Vonk, city: Mechelen }\n",
    );
    y
}
