//! The site `serve` shows: built in memory, never written to disk, and
//! rebuilt after an edit by rendering again only the pages that depend on
//! what changed. Its files are byte for byte those `enquete build` writes
//! (a test compares them after every kind of edit).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::diagnostics::Diagnostic;
use crate::model::{Content, Study};
use crate::plan::{self, Job};
use crate::render::theme::Theme;
use crate::render::{self, Output};
use crate::validate::cache::Cache;
use crate::{Checked, check_cached};

/// Site path (`en/guide/index.html`) → contents.
pub type Files = BTreeMap<String, Arc<[u8]>>;

/// A study and the last site built from it without errors.
pub struct LiveSite {
    root: PathBuf,
    cache: Cache,
    theme: Option<Theme>,
    shown: Option<Shown>,
    /// Something other than a questionnaire changed since `shown` was
    /// rendered (study.yaml, locales/, the theme): the next site is
    /// rendered whole.
    everything_changed: bool,
}

/// The site being served and what it was rendered from.
struct Shown {
    files: Arc<Files>,
    /// The files of each job, to replace them when the job runs again.
    by_job: HashMap<Job, Vec<String>>,
    /// Each document's id and the text of its file, in the study's order.
    documents: Vec<(String, Arc<str>)>,
}

/// A successful (re)build.
pub struct Rebuilt {
    pub files: Arc<Files>,
    /// Whether every page was rendered, rather than those of the changed
    /// questionnaires.
    pub whole: bool,
    /// Pages rendered (HTML files).
    pub pages: usize,
    /// The study as checked, for its warnings (the study itself stays
    /// with the site).
    pub checked: Checked,
    pub elapsed: Duration,
}

impl LiveSite {
    pub fn new(root: &Path) -> LiveSite {
        LiveSite {
            root: root.to_path_buf(),
            cache: Cache::default(),
            theme: None,
            shown: None,
            everything_changed: true,
        }
    }

    /// The site now served, if one was ever built.
    pub fn files(&self) -> Option<Arc<Files>> {
        self.shown.as_ref().map(|s| Arc::clone(&s.files))
    }

    /// Checks the study again and renders what `changed` (paths relative to
    /// the study) affects. On errors the site served stays as it was and the
    /// problems are returned.
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Result<Rebuilt, Box<Checked>> {
        let started = Instant::now();
        if changed.iter().any(|p| !p.starts_with("questionnaires")) {
            self.everything_changed = true;
        }
        // The theme is read again only when it may have changed: reading
        // it minifies and compiles every template.
        let read_theme = self.everything_changed || self.theme.is_none();
        self.cache.files_changed(&self.root, changed);
        let mut checked = check_cached(&self.root, false, &mut self.cache, read_theme);
        let Some((study, locales)) = checked.study.take() else {
            return Err(Box::new(checked));
        };
        if read_theme {
            let Some(theme) = checked.theme.take() else {
                return Err(Box::new(checked));
            };
            self.theme = Some(theme);
        }
        let Some(theme) = &self.theme else {
            return Err(Box::new(checked));
        };
        let documents: Vec<(String, Arc<str>)> = study
            .documents
            .iter()
            .filter_map(|d| Some((d.id.clone(), Arc::clone(self.cache.text(&d.id)?))))
            .collect();
        let site = render::Site::new(&study, &locales, theme);
        let mut draft = self.draft(&site, &documents);
        let whole = draft.whole;
        let rendered: Result<Vec<(Job, Vec<Output>)>, String> = std::mem::take(&mut draft.jobs)
            .into_par_iter()
            .map(|job| site.render(&job).map(|outputs| (job, outputs)))
            .collect();
        let pages = match rendered {
            Ok(rendered) => draft.add(rendered),
            Err(message) => {
                // As in `build`: only the study's own templates can fail.
                checked.diagnostics.push(
                    Diagnostic::general(message).expected("fix the template in the study's theme"),
                );
                return Err(Box::new(checked));
            }
        };
        let Draft { files, by_job, .. } = draft;
        let files = Arc::new(files);
        self.shown = Some(Shown {
            files: Arc::clone(&files),
            by_job,
            documents,
        });
        self.everything_changed = false;
        self.cache.give_back(study.documents);
        Ok(Rebuilt {
            files,
            whole,
            pages,
            checked,
            elapsed: started.elapsed(),
        })
    }
}

/// The next site before its pages are rendered: the files kept from the
/// site served, and the jobs that render the rest.
struct Draft {
    jobs: Vec<Job>,
    files: Files,
    by_job: HashMap<Job, Vec<String>>,
    whole: bool,
}

impl LiveSite {
    /// Starts from the site served when only questionnaires changed and
    /// the study still has the same ones; from nothing otherwise.
    fn draft(&self, site: &render::Site, documents: &[(String, Arc<str>)]) -> Draft {
        let all_jobs = plan::plan(site.study);
        let previous = self
            .shown
            .as_ref()
            .filter(|s| !self.everything_changed && same_ids(&s.documents, documents));
        let Some(shown) = previous else {
            let mut files = Files::new();
            let shared = site.shared_files().map(|o| (o.path.as_str(), &o.bytes[..]));
            for (path, bytes) in site
                .theme
                .assets
                .iter()
                .map(|(p, b)| (p.as_str(), &b[..]))
                .chain(shared)
            {
                files.insert(path.to_string(), Arc::from(bytes));
            }
            return Draft {
                jobs: all_jobs,
                files,
                by_job: HashMap::new(),
                whole: true,
            };
        };
        let redo = changed_documents(site.study, &shown.documents, documents);
        let mut files = Files::clone(&shown.files);
        let mut by_job = shown.by_job.clone();
        by_job.retain(|job, paths| {
            let keep = !redo(job);
            if !keep {
                for path in paths.iter() {
                    files.remove(path);
                }
            }
            keep
        });
        Draft {
            jobs: all_jobs.into_iter().filter(|j| redo(j)).collect(),
            files,
            by_job,
            whole: false,
        }
    }
}

impl Draft {
    /// Adds the files of rendered jobs; returns how many are pages.
    fn add(&mut self, rendered: Vec<(Job, Vec<Output>)>) -> usize {
        let mut pages = 0;
        for (job, outputs) in rendered {
            let mut paths = Vec::with_capacity(outputs.len());
            for output in outputs {
                pages += usize::from(output.path.ends_with(".html"));
                paths.push(output.path.clone());
                self.files.insert(output.path, Arc::from(output.bytes));
            }
            self.by_job.insert(job, paths);
        }
        pages
    }
}

/// Whether the study has the same documents, in the same order, so that
/// jobs (which name documents by position) still mean the same pages.
fn same_ids(a: &[(String, Arc<str>)], b: &[(String, Arc<str>)]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|((x, _), (y, _))| x == y)
}

/// Which jobs must run again after the documents changed from `before` to
/// `after`: those of a changed document, those of a form that names a
/// changed consent document (its page shows that title), and the home
/// pages, which list every document.
fn changed_documents<'a>(
    study: &'a Study,
    before: &[(String, Arc<str>)],
    after: &[(String, Arc<str>)],
) -> impl Fn(&Job) -> bool + 'a {
    let edited: Vec<bool> = before
        .iter()
        .zip(after)
        .map(|((_, old), (_, new))| !Arc::ptr_eq(old, new) && old != new)
        .collect();
    let redo: Vec<bool> = study
        .documents
        .iter()
        .enumerate()
        .map(|(index, doc)| {
            edited[index]
                || matches!(&doc.content, Content::Form(form) if form.consent.as_ref().is_some_and(|id| {
                    study.documents.iter().position(|d| &d.id == id).is_some_and(|i| edited[i])
                }))
        })
        .collect();
    move |job: &Job| match job {
        // The home and codebook pages list every questionnaire.
        Job::Redirect | Job::Home { .. } | Job::Codebook { .. } => true,
        Job::Document { index, .. } | Job::Bilingual { index, .. } => redo[*index],
    }
}
