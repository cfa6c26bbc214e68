//! What `serve` keeps between two checks of the same study, so that an edit
//! of one questionnaire re-checks that file only.
//!
//! A document's check depends on its own file, on `study.yaml` (languages,
//! variables) and on the study's Fluent files; nothing else. So a checked
//! document is reused only when its file has the very same text at the same
//! place in [`Sources`](crate::diagnostics::Sources), and `study.yaml` and
//! every Fluent file are the same too; otherwise everything is checked again.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostics::{Diagnostics, FileId};
use crate::load::LoadedStudy;
use crate::load::reader::Located;
use crate::model::{Content, Document};

use super::document::CheckedDocument;

#[derive(Default)]
pub struct Cache {
    /// The texts of the study's files as last read.
    pub(crate) files: crate::load::Earlier,
    /// The translatable texts of each questionnaire as last collected.
    pub(crate) texts: crate::translations::keys::Earlier,
    /// `(shown path, text)` of `study.yaml` and every Fluent file.
    context: Vec<(String, Arc<str>)>,
    documents: HashMap<String, Entry>,
}

/// One questionnaire as it was checked: whether it was valid, the consent
/// document it names (resolved later), and the problems found in the file.
/// The checked document itself is lent to the study and comes back with
/// [`Cache::give_back`].
pub(crate) struct Entry {
    pub file: FileId,
    pub text: Arc<str>,
    pub valid: bool,
    pub consent: Option<Located<String>>,
    pub document: Option<Document>,
    pub diagnostics: Diagnostics,
}

/// A questionnaire taken from the cache: what checking it would give.
pub(crate) type Reused = Option<(Option<CheckedDocument>, Diagnostics)>;

impl Cache {
    /// Hears that the files at `changed` (relative to the study at `root`;
    /// see [`Earlier::forget`](crate::load::Earlier::forget)) changed: the
    /// next check reads them again. Files changed unheard of are read again
    /// too when their stamp changed.
    pub fn files_changed(&mut self, root: &Path, changed: &[PathBuf]) {
        self.files.forget(root, changed);
    }

    /// Starts a check: forgets every document if anything they all depend
    /// on changed.
    pub(crate) fn begin(&mut self, loaded: &LoadedStudy) {
        let sources = &loaded.sources;
        let context: Vec<(String, Arc<str>)> = loaded
            .study
            .iter()
            .map(|(file, _)| *file)
            .chain(loaded.locale_files.iter().map(|(_, file)| *file))
            .map(|file| (sources.display(file).to_string(), sources.shared_text(file)))
            .collect();
        if context != self.context {
            self.documents.clear();
            self.context = context;
        }
    }

    /// The earlier check of questionnaire `id`, if its file is unchanged
    /// and its document is back from the last study.
    pub(crate) fn take(&mut self, id: &str, file: FileId, text: &str) -> Reused {
        let entry = self
            .documents
            .get_mut(id)
            // A text read again is compared; one kept from the last load
            // is the very same.
            .filter(|e| e.file == file && (e.text.as_ptr() == text.as_ptr() || *e.text == *text))?;
        let result = match entry.valid {
            true => Some((entry.document.take()?, entry.consent.clone())),
            false => None,
        };
        Some((result, entry.diagnostics.clone()))
    }

    /// Takes back the documents of a study that came from this cache, to
    /// lend them again at the next check.
    pub fn give_back(&mut self, documents: Vec<Document>) {
        for mut document in documents {
            if let Some(entry) = self.documents.get_mut(&document.id)
                && entry.valid
                && entry.document.is_none()
            {
                // As it was before references between documents were
                // resolved: they are resolved again at each check.
                if let Content::Form(form) = &mut document.content {
                    form.consent = None;
                }
                entry.document = Some(document);
            }
        }
    }

    /// Ends a check: keeps the questionnaires checked afresh, and forgets
    /// those no longer in the study.
    pub(crate) fn finish(&mut self, present: &BTreeSet<&str>, fresh: Vec<(String, Entry)>) {
        self.documents.retain(|id, _| present.contains(id.as_str()));
        self.documents.extend(fresh);
    }

    /// The text of questionnaire `id` as the last check read it.
    pub fn text(&self, id: &str) -> Option<&Arc<str>> {
        self.documents.get(id).map(|e| &e.text)
    }
}
