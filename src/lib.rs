//! enquete: a static-site generator for qualitative research.
//!
//! The pipeline, one module per stage: [`load`] reads the study from disk,
//! [`validate`] checks it and builds the [`model`], [`plan`] lists the pages,
//! [`render`] turns views into HTML with the theme, [`write`] swaps the new
//! site in. [`diagnostics`] carries every problem to the user.

pub mod answers;
pub mod crypto;
pub mod diagnostics;
pub mod export;
pub mod fluent;
pub mod format;
pub mod i18n;
pub mod load;
pub mod memory;
pub mod model;
pub mod new_language;
pub mod plan;
pub mod qda;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod terminal;
pub mod translations;
pub mod validate;
pub mod write;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use diagnostics::{Diagnostics, Sources};
use i18n::Locales;
use model::Study;

/// The outcome of checking a study: what was read, what was found, and the
/// validated study when there was no error.
pub struct Checked {
    pub sources: Sources,
    pub diagnostics: Diagnostics,
    pub study: Option<(Study, Locales)>,
    pub theme: Option<render::theme::Theme>,
}

/// Loads and validates the study at `root`. With `strict`, warnings (such
/// as missing translations) count as errors.
pub fn check(root: &Path, strict: bool) -> Checked {
    check_study(root, strict, false, None, true)
}

/// As [`check`]; outdated translations of a consent document are errors
/// unless `allow_outdated_consent`.
pub fn check_with(root: &Path, strict: bool, allow_outdated_consent: bool) -> Checked {
    check_study(root, strict, allow_outdated_consent, None, true)
}

/// As [`check`], reusing from `cache` every questionnaire that is unchanged
/// since the cache was last used: how `serve` checks a study after an edit.
/// Without `theme`, the theme is not read (`serve` keeps the one it has
/// while only questionnaires change) and `Checked::theme` is `None`.
pub fn check_cached(
    root: &Path,
    strict: bool,
    cache: &mut validate::cache::Cache,
    theme: bool,
) -> Checked {
    check_study(root, strict, false, Some(cache), theme)
}

fn check_study(
    root: &Path,
    strict: bool,
    allow_outdated_consent: bool,
    mut cache: Option<&mut validate::cache::Cache>,
    read_theme: bool,
) -> Checked {
    let mut diagnostics = Diagnostics::default();
    // The translation report reads every questionnaire's text again; a
    // study without translations.lock needs none once it is checked.
    let tracked = translations::tracked(root);
    let mut loaded = match cache.as_deref_mut() {
        Some(cache) => load::load_reusing(root, &mut diagnostics, Some(&mut cache.files)),
        None if tracked => load::load(root, &mut diagnostics),
        None => load::load_deferred(root, &mut diagnostics),
    };
    let mut study = validate::validate_cached(&loaded, &mut diagnostics, cache.as_deref_mut());
    if study.is_some() {
        let texts = cache.map(|c| &mut c.texts);
        translations::report(&mut loaded, allow_outdated_consent, &mut diagnostics, texts);
    }
    // The theme is read even when the study has errors, so that its
    // problems are reported in the same run; a theme name that is not a
    // valid id is an error of the study and no theme is read.
    let theme_name = loaded
        .study
        .as_ref()
        .and_then(|(_, raw)| raw.theme.as_ref())
        .map(|t| t.value.as_str());
    let theme = match theme_name {
        _ if !read_theme => None,
        Some(name) if !validate::ids::is_valid_id(name) => None,
        name => render::theme::load(root, name, &mut diagnostics),
    };
    if strict {
        diagnostics.promote_warnings();
    }
    if diagnostics.has_errors() {
        study = None;
    }
    load::read_quoted(&mut loaded, &diagnostics);
    let mut sources = loaded.sources;
    diagnostics.sort(&sources);
    sources.keep_only_quoted(&diagnostics);
    Checked {
        sources,
        diagnostics,
        study,
        theme,
    }
}

pub struct BuildOptions {
    pub root: PathBuf,
    /// Default: `{root}/public`.
    pub out: Option<PathBuf>,
    pub strict: bool,
    /// Build even when a consent document's translations are outdated.
    pub allow_outdated_consent: bool,
    /// Called when another build of the same output holds its lock; this
    /// build then waits for it to finish.
    pub on_wait: fn(&Path),
}

#[derive(Debug)]
pub struct BuildSummary {
    pub out: PathBuf,
    /// HTML pages per language (`bilingual` for the side-by-side pages).
    pub pages: BTreeMap<String, usize>,
    pub files: usize,
    pub warnings: usize,
    pub elapsed: Duration,
}

/// Why rendering and writing a page failed.
enum Failure {
    Template(String),
    Write(String),
}

pub enum BuildError {
    /// The study has errors (its own templates included): exit 1. Nothing
    /// was written.
    Study(Box<Checked>),
    /// The output cannot be written: exit 2.
    Output(Box<Checked>, String),
}

/// Builds the site: check, plan, render in parallel, write into a staging
/// directory, then swap it in.
pub fn build(options: &BuildOptions) -> Result<(BuildSummary, Checked), BuildError> {
    let started = Instant::now();
    let out = options
        .out
        .clone()
        .unwrap_or_else(|| options.root.join("public"));
    let mut checked = check_with(
        &options.root,
        options.strict,
        options.allow_outdated_consent,
    );
    if let Err(e) = write::check_target(&options.root, &out, write::Output::Site) {
        return Err(BuildError::Output(Box::new(checked), e.0));
    }
    let Some((study, locales)) = checked.study.take() else {
        return Err(BuildError::Study(Box::new(checked)));
    };
    let Some(theme) = checked.theme.take() else {
        return Err(BuildError::Study(Box::new(checked)));
    };
    let staging = match write::Staging::new(&options.root, &out, write::Output::Site, || {
        (options.on_wait)(&out)
    }) {
        Ok(s) => s,
        Err(e) => return Err(BuildError::Output(Box::new(checked), e.0)),
    };
    let site = render::Site::new(&study, &locales, &theme);
    let jobs = plan::plan(&study);
    // Collected as one `Result`: the first failure stops the other jobs.
    let results: Result<Vec<Vec<(String, bool)>>, Failure> = jobs
        .par_iter()
        .map(|job| {
            let outputs = site.render(job).map_err(Failure::Template)?;
            outputs
                .into_iter()
                .map(|o| {
                    staging
                        .write(&o.path, &o.bytes)
                        .map_err(|e| Failure::Write(e.0))
                        .map(|()| (o.path.clone(), o.path.ends_with(".html")))
                })
                .collect()
        })
        .collect();
    let written = match results {
        Ok(written) => written,
        Err(Failure::Template(message)) => {
            // The study's own template failed: a problem of the study (exit 1).
            checked.diagnostics.push(
                diagnostics::Diagnostic::general(message)
                    .expected("fix the template in the study's theme"),
            );
            return Err(BuildError::Study(Box::new(checked)));
        }
        Err(Failure::Write(message)) => return Err(BuildError::Output(Box::new(checked), message)),
    };
    let mut pages: BTreeMap<String, usize> = BTreeMap::new();
    let mut files = 0;
    for (path, is_page) in written.into_iter().flatten() {
        files += 1;
        if is_page {
            let key = path.split('/').next().filter(|_| path.contains('/'));
            *pages.entry(key.unwrap_or("index").to_string()).or_default() += 1;
        }
    }
    let shared = site
        .shared_files()
        .map(|o| (o.path.as_str(), o.bytes.as_slice()));
    for (path, bytes) in theme
        .assets
        .iter()
        .map(|(p, b)| (p.as_str(), b.as_slice()))
        .chain(shared)
    {
        if let Err(e) = staging.write(path, bytes) {
            return Err(BuildError::Output(Box::new(checked), e.0));
        }
        files += 1;
    }
    // The consent sheets' wording, for `enquete verify`, kept by a study
    // that tracks its translations.
    if options.root.join(translations::LOCK_FILE).is_file()
        && let Err(e) = translations::wording::record(&options.root, &site, &study)
    {
        checked
            .diagnostics
            .push(diagnostics::Diagnostic::warning_at(
                translations::wording::WORDING_FILE,
                format!(
                    "cannot be written: {e}; `enquete verify` will not know this consent wording"
                ),
            ));
    }
    let out = match staging.commit() {
        Ok(p) => p,
        Err(e) => return Err(BuildError::Output(Box::new(checked), e.0)),
    };
    let warnings = checked.diagnostics.warning_count();
    checked.study = Some((study, locales));
    Ok((
        BuildSummary {
            out,
            pages,
            files,
            warnings,
            elapsed: started.elapsed(),
        },
        checked,
    ))
}
