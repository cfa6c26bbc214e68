//! `enquete export xlsform`: each questionnaire of a study as an XLSForm
//! (<https://xlsform.org>), the spreadsheet that ODK Central, KoboToolbox
//! and other ODK servers turn into a form: a `survey` sheet of rows, a
//! `choices` sheet of option lists and a `settings` sheet, with every text
//! in every language of the study.
//!
//! What has no XLSForm equivalent is not dropped in silence: each
//! [`XlsForm`] carries notes that the command prints.

mod consent;
mod names;
mod relevant;
pub mod sheet;
mod survey;
mod text;

use std::path::{Path, PathBuf};

use crate::i18n::Locales;
use crate::model::{Content, Document, Form, FormMode, Study};
use crate::write::{Output, Staging, WriteError};

use names::Names;
use sheet::{Sheet, SurveyRow};
use survey::Builder;
use text::Texts;

/// One questionnaire as an XLSForm: its sheets, before they are written.
#[derive(Debug)]
pub struct XlsForm {
    /// The questionnaire's id: the file is `{id}.xlsx`.
    pub id: String,
    pub sheets: Vec<Sheet>,
    /// What ODK will not show as enquete does, one line each.
    pub notes: Vec<String>,
}

/// The XLSForms of the study's questionnaires (interviews and surveys;
/// consent documents go into the questionnaires that use them), or of
/// those named in `only`. An id in `only` that is not a questionnaire is
/// returned as the error.
pub fn forms(study: &Study, locales: &Locales, only: &[String]) -> Result<Vec<XlsForm>, String> {
    if let Some(id) = only.iter().find(|id| {
        !matches!(
            study.document(id),
            Some(Document {
                content: Content::Form(_),
                ..
            })
        )
    }) {
        return Err(id.clone());
    }
    let sanitizer = crate::render::text::sanitizer();
    Ok(study
        .documents
        .iter()
        .filter(|d| only.is_empty() || only.contains(&d.id))
        .filter_map(|d| match &d.content {
            Content::Form(form) => Some(form_of(study, locales, &sanitizer, d, form)),
            _ => None,
        })
        .collect())
}

/// The questionnaire ids of a study that can be exported.
pub fn questionnaire_ids(study: &Study) -> Vec<&str> {
    study
        .documents
        .iter()
        .filter(|d| matches!(d.content, Content::Form(_)))
        .map(|d| d.id.as_str())
        .collect()
}

fn form_of(
    study: &Study,
    locales: &Locales,
    sanitizer: &ammonia::Builder<'static>,
    doc: &Document,
    form: &Form,
) -> XlsForm {
    let mut texts = Texts::new(study, locales, sanitizer);
    let languages = language_columns(study, locales);
    let consent = form.consent.as_ref().and_then(|id| study.document(id));
    let ids = form.sections.iter().flat_map(|s| {
        std::iter::once(s.id.as_str()).chain(s.questions.iter().map(|q| q.id.as_str()))
    });
    let mut names = Names::reserving(ids.chain(consent.map(|c| c.id.as_str())));
    // ODK records when the form was opened and finished: what enquete's
    // interviewer clock is for.
    let mut rows = vec![meta(&mut names, "start"), meta(&mut names, "end")];
    let respondent = (form.mode == FormMode::Interview).then(|| names.for_row("respondent"));
    if let Some(name) = &respondent {
        rows.push(respondent_row(&texts, name));
    }
    let mut builder = Builder {
        texts: &mut texts,
        names,
        lists: Names::default(),
        rows,
        choices: Vec::new(),
        doc_id: doc.id.clone(),
        mode: form.mode,
        question_names: Default::default(),
    };
    let mut notes = form_notes(doc, form);
    if let Some(consent) = consent {
        notes.extend(builder.consent(consent, sanitizer));
    }
    if let Some(intro) = &form.intro {
        let key = format!("{}/intro", doc.id);
        let label = builder.texts.text(intro, &key, false);
        let name = builder.names.for_row("form_intro");
        builder.rows.push(SurveyRow {
            kind: "note".into(),
            name,
            label: Some(label),
            ..SurveyRow::default()
        });
    }
    for section in &form.sections {
        builder.section(section);
    }
    let Builder {
        rows,
        choices,
        names,
        ..
    } = builder;
    notes.extend(
        names
            .renamed
            .iter()
            .map(|(id, name)| format!("`{id}` is named `{name}` in the XLSForm (XLSForm names are unique in a form and start with a letter)")),
    );
    notes.extend(texts.notes());
    let mut settings = vec![
        ("form_title", form_title(study, locales, sanitizer, doc)),
        ("form_id", doc.id.clone()),
        ("version", version(doc)),
        ("default_language", languages[default_index(study)].clone()),
    ];
    // Submissions are listed by respondent code, as enquete's sessions are.
    if let Some(name) = &respondent {
        settings.push(("instance_name", format!("${{{name}}}")));
    }
    let settings = sheet::settings(&settings);
    XlsForm {
        id: doc.id.clone(),
        sheets: vec![
            sheet::survey(&rows, &languages),
            sheet::choices(&choices, &languages),
            settings,
        ],
        notes,
    }
}

fn meta(names: &mut Names, kind: &str) -> SurveyRow {
    SurveyRow {
        kind: kind.to_string(),
        name: names.for_row(kind),
        ..SurveyRow::default()
    }
}

/// An interview's respondent code, as enquete's interview form asks it
/// (the same characters, at most 32): the key of a respondent's answers.
fn respondent_row(texts: &Texts, name: &str) -> SurveyRow {
    SurveyRow {
        kind: "text".into(),
        name: name.to_string(),
        label: Some(texts.ui("respondent-code")),
        hint: Some(texts.ui("respondent-code-help")),
        required: true,
        constraint: "regex(., '^[A-Za-z0-9_.-]{1,32}$')".into(),
        ..SurveyRow::default()
    }
}

/// What enquete's form has that the XLSForm cannot carry.
fn form_notes(doc: &Document, form: &Form) -> Vec<String> {
    let mut notes = Vec::new();
    let durations: Vec<String> = form
        .duration
        .iter()
        .map(|d| format!("the questionnaire {}", minutes(d)))
        .chain(form.sections.iter().filter_map(|s| {
            s.duration
                .map(|d| format!("section `{}` {}", s.id, minutes(&d)))
        }))
        .collect();
    if !durations.is_empty() {
        notes.push(format!(
            "planned durations ({}): XLSForm has no interviewer's clock; ODK records when the form was started and finished (its `start` and `end` fields)",
            durations.join(", ")
        ));
    }
    if form.mode == FormMode::Interview && form.questions().any(|q| !q.probes.is_empty()) {
        notes.push(
            "probes are shown in each question's hint, one per line after →; ODK records no tick for a probe asked".to_string(),
        );
    }
    if form.mode == FormMode::Interview {
        notes.push(format!(
            "`{}` is an interview: enquete's interviewer notes field beside each question has no XLSForm equivalent",
            doc.id
        ));
    }
    notes
}

fn minutes(d: &crate::model::Duration) -> String {
    if d.min == d.max {
        format!("{} min", d.min)
    } else {
        format!("{}–{} min", d.min, d.max)
    }
}

/// `Nederlands (nl)`: the language's own name and, in parentheses, the
/// code that ODK reads. pyxform accepts only a language subtag there, so a
/// regional tag is kept in the name: `fr-BE (fr)`.
fn language_columns(study: &Study, locales: &Locales) -> Vec<String> {
    study
        .languages
        .iter()
        .map(|l| {
            let name = locales.message(&l.code, "language-name", None);
            // A language without wording of its own, built in or the
            // study's, has English's messages: its name is not known.
            let known = crate::i18n::has_builtin(&l.code) || name != "English";
            let primary = l.code.split('-').next().unwrap_or(&l.code);
            match (known, primary == l.code) {
                (true, true) => format!("{name} ({})", l.code),
                (false, true) => format!("{0} ({0})", l.code),
                (true, false) => format!("{name} {} ({primary})", l.code),
                (false, false) => format!("{} ({primary})", l.code),
            }
        })
        .collect()
}

fn default_index(study: &Study) -> usize {
    study
        .languages
        .iter()
        .position(|l| l.code == study.default_language)
        .unwrap_or(0)
}

/// The title in the default language: `form_title` is not translated in
/// XLSForm (ODK lists forms by it; the form's own texts are translated).
fn form_title(
    study: &Study,
    locales: &Locales,
    sanitizer: &ammonia::Builder<'static>,
    doc: &Document,
) -> String {
    let r =
        crate::render::text::TextRenderer::new(study, locales, &study.default_language, sanitizer);
    r.inline(&doc.title).plain
}

/// The questionnaire's `version` and the hash of its file: ODK Central
/// accepts a new upload of a form only with a new version, and every edit
/// changes the hash, so an edited study can always be uploaded again.
fn version(doc: &Document) -> String {
    match &doc.version {
        Some(v) => format!("{v}+{}", doc.definition_hash),
        None => doc.definition_hash.clone(),
    }
}

/// Writes `{id}.xlsx` for each form into `out`, replacing it as a whole
/// (only a directory that an export made, or an empty one).
pub fn write(root: &Path, out: &Path, forms: &[XlsForm]) -> Result<PathBuf, WriteError> {
    // Checked before the output is touched: a failed export leaves the
    // previous one as it was.
    for form in forms {
        if let Some(problem) = sheet::too_long(&form.sheets) {
            return Err(WriteError(format!(
                "cannot make {}.xlsx: {problem}",
                form.id
            )));
        }
    }
    let staging = Staging::new(root, out, Output::XlsForm, || {})?;
    for form in forms {
        let bytes = sheet::xlsx(&form.sheets)
            .map_err(|e| WriteError(format!("cannot make {}.xlsx: {e}", form.id)))?;
        staging.write(&format!("{}.xlsx", form.id), &bytes)?;
    }
    staging.commit()
}
