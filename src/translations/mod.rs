//! Translations that stay in sync with their source: every translatable
//! text has a stable key ([`keys`]); `translations.lock` ([`lock`]) records,
//! per key and language, the default-language text that the translation
//! was accepted against. A translation whose source changed since is
//! *outdated*: `check` and `build` say so, `enquete translations` shows
//! the status ([`status`]), the change, and records new acceptances.

pub mod edit;
pub mod export;
pub mod import;
pub mod keys;
pub mod lock;
pub mod po;
pub mod status;
pub mod wording;
pub mod xliff;

use std::collections::BTreeMap;
use std::path::Path;

use icu_normalizer::ComposingNormalizerBorrowed;

use crate::diagnostics::{Diagnostic, Diagnostics, FileId, Loc};
use crate::load::{self, LoadedStudy};
use crate::validate::short_hash;
use keys::{Collected, Text};
use lock::{Accepted, Lock};

pub const LOCK_FILE: &str = "translations.lock";

/// A text as compared: Unicode NFC, runs of white space as one space, no
/// space at either end. Re-wrapping a paragraph or typing an accent as a
/// combining character does not make its translations outdated.
pub fn normalise(text: &str) -> String {
    let composed = ComposingNormalizerBorrowed::new_nfc().normalize(text);
    composed.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The hash a lock records for a source text.
pub fn source_hash(text: &str) -> String {
    short_hash(normalise(text).as_bytes())
}

/// A study's texts and its lock, read together.
pub struct Tracking {
    pub default_language: String,
    /// The study's languages, the default one included.
    pub languages: Vec<String>,
    pub collected: Collected,
    /// The lock as read (empty when there is none).
    pub lock: Lock,
    /// The lock file, when the study has one.
    pub lock_file: Option<FileId>,
    /// Problems of the lock file itself.
    pub lock_problems: Vec<Diagnostic>,
}

/// How one translation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// No text in this language.
    Missing,
    /// Translated, and its source has not changed since it was accepted.
    Current,
    /// Translated, but never accepted (written before the study kept a
    /// lock, or added with its translations since).
    NotAccepted,
    /// The source changed since the translation was accepted.
    Outdated,
}

/// What `check` and `build` report about translations: outdated ones and
/// the problems of `translations.lock`, when the study keeps one. A study
/// without a lock has nothing to report, and its texts are not collected
/// (that parses every file once more: a third of an edit's rebuild in
/// `serve` on a large study).
/// With `earlier`, the texts of unchanged questionnaires are taken from
/// there (see [`keys::Earlier`]).
/// Whether the study at `root` keeps its translations in step: it has a
/// translations.lock (a broken link counts, to be reported).
pub fn tracked(root: &Path) -> bool {
    root.join(LOCK_FILE).symlink_metadata().is_ok()
}

pub fn report(
    loaded: &mut LoadedStudy,
    allow_outdated_consent: bool,
    diagnostics: &mut Diagnostics,
    earlier: Option<&mut keys::Earlier>,
) {
    if !tracked(&loaded.root) {
        return;
    }
    Tracking::open_reusing(loaded, diagnostics, earlier)
        .report(allow_outdated_consent, diagnostics);
}

impl Tracking {
    /// Reads the texts of a loaded study and its `translations.lock`
    /// (added to the study's sources so that problems quote it).
    pub fn open(loaded: &mut LoadedStudy, diagnostics: &mut Diagnostics) -> Tracking {
        Tracking::open_reusing(loaded, diagnostics, None)
    }

    fn open_reusing(
        loaded: &mut LoadedStudy,
        diagnostics: &mut Diagnostics,
        earlier: Option<&mut keys::Earlier>,
    ) -> Tracking {
        let (languages, default_language) = study_languages(loaded);
        let collected = match earlier {
            Some(earlier) => keys::collect_reusing(loaded, &default_language, earlier),
            None => keys::collect(loaded, &default_language),
        };
        let mut tracking = Tracking {
            default_language,
            languages,
            collected,
            lock: Lock::default(),
            lock_file: None,
            lock_problems: Vec::new(),
        };
        let path = loaded.root.join(LOCK_FILE);
        if path.symlink_metadata().is_err() {
            return tracking;
        }
        let Some(dir) = &loaded.dir else {
            return tracking;
        };
        let Some(text) = load::read_text(dir, &path, diagnostics) else {
            return tracking;
        };
        let file = loaded.sources.add(LOCK_FILE, text);
        let (lock, problems) = lock::parse(file, loaded.sources.text(file));
        tracking.lock = lock;
        tracking.lock_file = Some(file);
        tracking.lock_problems = problems;
        tracking
    }

    /// The texts that ask for translations.
    pub fn translatable(&self) -> impl Iterator<Item = &Text> {
        self.collected
            .texts
            .iter()
            .filter(|t| t.is_translatable(&self.default_language))
    }

    /// The languages translated into: every one but the default.
    pub fn targets(&self) -> impl Iterator<Item = &str> {
        self.languages
            .iter()
            .map(String::as_str)
            .filter(|l| *l != self.default_language)
    }

    pub fn source<'t>(&self, text: &'t Text) -> Option<&'t keys::Written> {
        text.get(&self.default_language)
    }

    pub fn state(&self, text: &Text, lang: &str) -> State {
        if text.get(lang).is_none() {
            return State::Missing;
        }
        let Some(source) = self.source(text) else {
            return State::NotAccepted;
        };
        match self.lock.entries.get(&text.key).and_then(|e| e.hash(lang)) {
            None => State::NotAccepted,
            Some(hash) if hash == source_hash(&source.text) => State::Current,
            Some(_) => State::Outdated,
        }
    }

    /// What `check` and `build` report: the lock's own problems, keys the
    /// lock knows but the study no longer has, keys that rest on a
    /// position, and outdated translations (errors on a consent document
    /// unless `allow_outdated_consent`). Nothing when there is no lock.
    pub fn report(&self, allow_outdated_consent: bool, diagnostics: &mut Diagnostics) {
        let Some(lock_file) = self.lock_file else {
            return;
        };
        for problem in &self.lock_problems {
            diagnostics.push(problem.clone());
        }
        for p in &self.collected.positional {
            diagnostics.push(p.warning());
        }
        self.report_stale(lock_file, diagnostics);
        for text in self.translatable() {
            for lang in self.targets() {
                if self.state(text, lang) != State::Outdated {
                    continue;
                }
                let written = text.get(lang).expect("an outdated text is written");
                let message = format!(
                    "outdated translation ({lang}) of `{}`: the {} text changed since it was translated",
                    text.key, self.default_language
                );
                let consent_error = text.consent && !allow_outdated_consent;
                let d = if consent_error {
                    Diagnostic::error(written.loc, message).expected(
                        "a consent sheet prints approved wording only: update the translation, \
                         or build with --allow-outdated-consent",
                    )
                } else {
                    Diagnostic::warning(written.loc, message)
                };
                diagnostics.push(d.help(format!(
                    "`enquete translations diff --lang {lang} {}` shows the change; \
                     once the translation is updated, `enquete translations accept --lang {lang} {}`",
                    text.key, text.key
                )));
            }
        }
    }

    fn report_stale(&self, lock_file: FileId, diagnostics: &mut Diagnostics) {
        let known: BTreeMap<&str, &Text> = self
            .collected
            .texts
            .iter()
            .map(|t| (t.key.as_str(), t))
            .collect();
        for (key, entry) in &self.lock.entries {
            let loc = entry.loc.unwrap_or(Loc::file_start(lock_file));
            let Some(text) = known.get(key.as_str()) else {
                diagnostics.push(
                    Diagnostic::warning(loc, format!("no text of the study has the key `{key}`"))
                        .expected(
                            "a text removed, or an id renamed; \
                             the next `enquete translations accept` drops it from the lock",
                        ),
                );
                continue;
            };
            for (lang, accepted) in &entry.accepted {
                if !self.languages.contains(lang) || *lang == self.default_language {
                    let at = accepted.first().and_then(|a| a.loc).unwrap_or(loc);
                    diagnostics.push(
                        Diagnostic::warning(
                            at,
                            format!("`{lang}` is not a language translated into by the study"),
                        )
                        .expected("the next `enquete translations accept` drops it from the lock"),
                    );
                } else if text.get(lang).is_none() {
                    let at = accepted.first().and_then(|a| a.loc).unwrap_or(loc);
                    diagnostics.push(
                        Diagnostic::warning(
                            at,
                            format!("the {lang} translation of `{key}` was removed from the study"),
                        )
                        .expected("the next `enquete translations accept` drops it from the lock"),
                    );
                }
            }
        }
    }

    /// The lock after accepting the current source of the translations that
    /// `selected` picks. Entries of other translations are kept when their
    /// text and language still exist; of the alternatives a merge conflict
    /// left, the one that matches the current source wins.
    pub fn accept(&self, mut selected: impl FnMut(&Text, &str) -> bool) -> Lock {
        let mut out = Lock::default();
        for text in self.translatable() {
            let Some(source) = self.source(text) else {
                continue;
            };
            let current = source_hash(&source.text);
            let old = self.lock.entries.get(&text.key);
            let mut entry = lock::Entry::default();
            for lang in self.targets() {
                if text.get(lang).is_none() {
                    continue;
                }
                let kept = old
                    .and_then(|e| e.accepted.get(lang))
                    .and_then(|alternatives| {
                        alternatives
                            .iter()
                            .find(|a| a.hash == current)
                            .or(alternatives.first())
                    })
                    .filter(|a| old.is_some_and(|e| e.sources.contains_key(&a.hash)));
                let hash = if selected(text, lang) {
                    entry.sources.insert(current.clone(), source.text.clone());
                    current.clone()
                } else if let Some(a) = kept {
                    let old_source = &old.expect("kept from it").sources[&a.hash];
                    entry.sources.insert(a.hash.clone(), old_source.clone());
                    a.hash.clone()
                } else {
                    continue;
                };
                entry
                    .accepted
                    .insert(lang.to_string(), vec![Accepted { hash, loc: None }]);
            }
            if !entry.accepted.is_empty() {
                out.entries.insert(text.key.clone(), entry);
            }
        }
        out
    }
}

/// The study's languages and its default one, as study.yaml gives them
/// (the check of the study reports what is wrong with them).
fn study_languages(loaded: &LoadedStudy) -> (Vec<String>, String) {
    let Some((_, raw)) = &loaded.study else {
        return (Vec::new(), String::new());
    };
    let languages: Vec<String> = raw
        .languages
        .as_ref()
        .map(|l| l.value.iter().map(|c| c.value.clone()).collect())
        .unwrap_or_default();
    let default = raw
        .default_language
        .as_ref()
        .map(|d| d.value.clone())
        .or_else(|| languages.first().cloned())
        .unwrap_or_default();
    (languages, default)
}

/// Writes the lock into the study, replacing the file whole.
pub fn write_lock(root: &Path, lock: &Lock) -> std::io::Result<()> {
    let path = root.join(LOCK_FILE);
    let staged = root.join(format!(".{LOCK_FILE}.new"));
    std::fs::write(&staged, lock::write(lock))?;
    std::fs::rename(&staged, &path)
}
