//! What every page has: language, direction, links, assets, footer.

use serde::Serialize;

use crate::model::{Direction, Study, Submit};
use crate::plan::paths;
use crate::render::text::{Text, TextRenderer};

#[derive(Serialize)]
pub struct PageView {
    pub lang: String,
    pub dir: Direction,
    /// For `<title>`.
    pub title: String,
    /// Relative path back to the site root (`../../`).
    pub root: String,
    pub css: String,
    pub js: String,
    pub redirect_js: String,
    /// The export formats of answers, for web forms.
    pub export_js: String,
    /// Exporting, importing and sending answers, for web forms.
    pub transfer_js: String,
    /// Where answers are kept in the browser, for web forms.
    pub storage_js: String,
    /// The answer record (merging, checking imports), for web forms.
    pub record_js: String,
    /// The interviewer's bar, for interview guides only.
    pub interview_js: String,
    /// Checking and sending, for surveys only.
    pub survey_js: String,
    /// Skip logic (`show_if`), for web forms.
    pub skip_js: String,
    pub csp: String,
    pub home_href: String,
    pub alternates: Vec<Alternate>,
    pub study_title: Text,
    pub institution: Option<Text>,
    /// The letterhead of consent sheets and letters: the institution's
    /// address and the site path of its logo (`logo.{hash}.svg`).
    pub address: Option<Text>,
    pub logo: Option<String>,
    /// A class on `<body>`: which template this is.
    pub kind: &'static str,
    pub footer: Footer,
}

#[derive(Serialize)]
pub struct Alternate {
    pub lang: String,
    pub dir: Direction,
    pub name: String,
    pub href: String,
    pub current: bool,
}

#[derive(Serialize, Default)]
pub struct Footer {
    pub version: Option<String>,
    pub hash: Option<String>,
    pub language: String,
}

pub struct PageSpec<'p> {
    pub path: &'p str,
    pub kind: &'static str,
    pub title: String,
    /// The same page in another language: `lang → site path`.
    pub path_in: &'p dyn Fn(&str) -> String,
    /// For the footer: the document's version, and a hash of its definition
    /// or of the printed text.
    pub version: Option<String>,
    pub hash: Option<String>,
}

pub fn page_view(
    t: &TextRenderer,
    study: &Study,
    assets: &std::collections::BTreeMap<String, String>,
    spec: PageSpec,
) -> PageView {
    let lang = t.lang;
    let root = paths::root_of(spec.path);
    let asset = |name: &str| {
        assets
            .get(name)
            .map(|p| format!("{root}{p}"))
            .unwrap_or_default()
    };
    let alternates = study
        .languages
        .iter()
        .map(|l| Alternate {
            lang: l.code.clone(),
            dir: l.direction,
            name: language_name(t, &l.code),
            href: paths::link(spec.path, &(spec.path_in)(&l.code)),
            current: l.code == lang,
        })
        .collect();
    let study_title = t.inline(&study.title);
    let title = if spec.title.is_empty() || spec.title == study_title.plain {
        study_title.plain.clone()
    } else {
        format!("{} · {}", spec.title, study_title.plain)
    };
    PageView {
        lang: lang.to_string(),
        dir: crate::model::direction_of(lang),
        title,
        css: asset("enquete.css"),
        js: asset("enquete.js"),
        redirect_js: asset("redirect.js"),
        export_js: asset("enquete-export.js"),
        transfer_js: asset("enquete-transfer.js"),
        storage_js: asset("enquete-storage.js"),
        record_js: asset("enquete-record.js"),
        interview_js: asset("enquete-interview.js"),
        survey_js: asset("enquete-survey.js"),
        skip_js: asset("enquete-skip.js"),
        csp: csp(&study.submit),
        home_href: paths::link(spec.path, &paths::home(lang)),
        alternates,
        institution: t.inline_opt(&study.institution),
        address: t.inline_opt(&study.address),
        logo: None,
        study_title,
        kind: spec.kind,
        footer: Footer {
            language: language_name(t, lang),
            version: spec.version,
            hash: spec.hash,
        },
        root,
    }
}

/// The language's own name for itself, from its locale (`language-name`),
/// else from a short list, else the code.
pub fn language_name(t: &TextRenderer, code: &str) -> String {
    if crate::i18n::has_builtin(code) {
        return t.locales.message(code, "language-name", None);
    }
    let from_locale = t.locales.message(code, "language-name", None);
    let english = t
        .locales
        .message(crate::i18n::FALLBACK, "language-name", None);
    if from_locale != english {
        return from_locale;
    }
    match code.split('-').next().unwrap_or(code) {
        "ar" => "العربية",
        "de" => "Deutsch",
        "es" => "Español",
        "fa" => "فارسی",
        "he" => "עברית",
        "it" => "Italiano",
        "pl" => "Polski",
        "pt" => "Português",
        "ro" => "Română",
        "ru" => "Русский",
        "so" => "Soomaali",
        "ti" => "ትግርኛ",
        "tr" => "Türkçe",
        "uk" => "Українська",
        "ur" => "اردو",
        _ => code,
    }
    .to_string()
}

/// No request may leave the site: everything from 'self', nothing else,
/// except the study's own endpoint when answers are posted.
pub fn csp(submit: &Submit) -> String {
    let connect = match submit {
        Submit::Post { origin, .. } => format!("'self' {origin}"),
        _ => "'self'".to_string(),
    };
    format!(
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
         connect-src {connect}; form-action 'none'; base-uri 'none'"
    )
}
