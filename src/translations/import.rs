//! Reading a translator's file back into the study: which translations it
//! changes, what it must be refused for (another study, another language,
//! unknown keys, a source that changed since the export), and the edits
//! that write them into the YAML files, checked by reading the files again.

use std::collections::{BTreeMap, BTreeSet};

use super::edit::{self, Edit};
use super::keys::{self, Text};
use super::{Tracking, normalise};
use crate::diagnostics::{FileId, did_you_mean};
use crate::load::LoadedStudy;

/// A translator's file, whatever its format.
pub struct Incoming {
    /// The study it was exported from (its title), when the file says.
    pub study: Option<String>,
    pub source_language: Option<String>,
    pub language: Option<String>,
    pub messages: Vec<IncomingMessage>,
}

pub struct IncomingMessage {
    pub key: Option<String>,
    /// The default-language text the translation was made from.
    pub source: String,
    pub translation: String,
    /// Left for review by the translator (PO `fuzzy`, XLIFF `initial`).
    pub needs_review: bool,
    /// Where it is in the translator's file, for messages.
    pub line: usize,
}

/// A translation to write, and whether to accept it in translations.lock.
pub struct Change {
    pub key: String,
    pub value: String,
    /// The file holds another text than the study: it is written.
    pub differs: bool,
    pub accept: bool,
}

#[derive(Default)]
pub struct Plan {
    pub lang: String,
    pub changes: Vec<Change>,
    /// Entries left empty by the translator: the study keeps what it has.
    pub empty: usize,
}

/// The name a study is known by in files for translators: its title in
/// the default language.
pub fn study_name(loaded: &LoadedStudy, tracking: &Tracking) -> String {
    tracking
        .collected
        .texts
        .iter()
        .find(|t| t.key == "study/title")
        .and_then(|t| tracking.source(t))
        .map(|w| normalise(&w.text))
        .filter(|_| loaded.study.is_some())
        .unwrap_or_else(|| "study".to_string())
}

/// What importing `incoming` would change, or every reason to refuse it.
pub fn plan(tracking: &Tracking, name: &str, incoming: &Incoming) -> Result<Plan, Vec<String>> {
    let mut refusals = Vec::new();
    if let Some(study) = &incoming.study
        && study != name
    {
        refusals.push(format!(
            "this file was exported from the study “{study}”, not from this one (“{name}”)"
        ));
    }
    if let Some(source) = &incoming.source_language
        && *source != tracking.default_language
    {
        refusals.push(format!(
            "this file translates from `{source}`; the study is written in `{}`",
            tracking.default_language
        ));
    }
    let targets: Vec<&str> = tracking.targets().collect();
    let lang = match &incoming.language {
        Some(lang) if targets.contains(&lang.as_str()) => lang.clone(),
        Some(lang) => {
            refusals.push(format!(
                "this file is a translation into `{lang}`; the study translates into {} only",
                targets.join(", ")
            ));
            return Err(refusals);
        }
        None => {
            refusals.push("this file does not say which language it translates into".into());
            return Err(refusals);
        }
    };
    let known: BTreeMap<&str, &Text> = tracking
        .translatable()
        .map(|t| (t.key.as_str(), t))
        .collect();
    let mut plan = Plan {
        lang: lang.clone(),
        ..Plan::default()
    };
    let mut seen = BTreeSet::new();
    for m in &incoming.messages {
        let at = format!("line {}", m.line);
        let Some(key) = &m.key else {
            refusals.push(format!("{at}: an entry without a key (its context)"));
            continue;
        };
        let Some(text) = known.get(key.as_str()) else {
            let hint = did_you_mean(key, known.keys().copied())
                .map(|h| format!(" ({h})"))
                .unwrap_or_default();
            refusals.push(format!(
                "{at}: no translatable text of the study has the key `{key}`{hint}"
            ));
            continue;
        };
        if !seen.insert(key.clone()) {
            refusals.push(format!("{at}: `{key}` is in the file twice"));
            continue;
        }
        let source = tracking
            .source(text)
            .expect("a translatable text has its source");
        if normalise(&source.text) != normalise(&m.source) {
            refusals.push(format!(
                "{at}: the {} text of `{key}` changed since this file was exported; \
                 `enquete translations diff --lang {lang} {key}` shows the change, \
                 and a new export gives the translator the current text",
                tracking.default_language
            ));
            continue;
        }
        if m.translation.is_empty() {
            plan.empty += 1;
            continue;
        }
        let current = text.get(&lang).map(|w| w.text.as_str());
        plan.changes.push(Change {
            key: key.clone(),
            value: m.translation.clone(),
            differs: current != Some(m.translation.as_str()),
            accept: !m.needs_review,
        });
    }
    if refusals.is_empty() {
        Ok(plan)
    } else {
        Err(refusals)
    }
}

/// The new text of every file that the plan changes. Each value is written
/// in the style of the file; where reading the file again does not give
/// back exactly the study as it was with only these translations changed,
/// those values are written double-quoted instead; if even that fails,
/// an error (the file is never written half right).
pub fn write_in_memory(
    loaded: &LoadedStudy,
    tracking: &Tracking,
    plan: &Plan,
) -> Result<BTreeMap<FileId, String>, String> {
    let by_key: BTreeMap<&str, &Text> = tracking
        .translatable()
        .map(|t| (t.key.as_str(), t))
        .collect();
    let mut per_file: BTreeMap<FileId, Vec<(&Text, &Change)>> = BTreeMap::new();
    for change in plan.changes.iter().filter(|c| c.differs) {
        let text = by_key[change.key.as_str()];
        per_file.entry(text.file).or_default().push((text, change));
    }
    let mut out = BTreeMap::new();
    for (file, changes) in per_file {
        let original = loaded.sources.text(file);
        let mut written = None;
        for force_double in [false, true] {
            let edits = edits(original, tracking, &plan.lang, &changes, force_double)?;
            let candidate = edit::apply(original, &edits);
            if reads_back(loaded, tracking, file, &candidate, &plan.lang, &changes) {
                written = Some(candidate);
                break;
            }
        }
        let Some(written) = written else {
            return Err(format!(
                "{} cannot be edited in place without changing other values; nothing was written",
                loaded.sources.display(file)
            ));
        };
        out.insert(file, written);
    }
    Ok(out)
}

fn edits(
    original: &str,
    tracking: &Tracking,
    lang: &str,
    changes: &[(&Text, &Change)],
    force_double: bool,
) -> Result<Vec<Edit>, String> {
    changes
        .iter()
        .map(|(text, change)| match text.get(lang) {
            Some(written) => edit::replace(original, written, &change.value, force_double)
                .ok_or_else(|| {
                    format!(
                        "the {lang} text of `{}` is a block with a comment after its `|`; \
                         the new text needs quotes and the comment would be lost",
                        text.key
                    )
                }),
            None => edit::insert(
                original,
                text,
                &tracking.default_language,
                lang,
                &change.value,
                force_double,
            ),
        })
        .collect()
}

/// Whether `candidate`, read as the file `file`, holds every text it held
/// before, in every language, with only the changed translations new.
fn reads_back(
    loaded: &LoadedStudy,
    tracking: &Tracking,
    file: FileId,
    candidate: &str,
    lang: &str,
    changes: &[(&Text, &Change)],
) -> bool {
    let after = keys::collect_file(loaded, file, candidate, &tracking.default_language);
    let before: Vec<&Text> = tracking
        .collected
        .texts
        .iter()
        .filter(|t| t.file == file)
        .collect();
    if after.len() != before.len() {
        return false;
    }
    before.iter().zip(&after).all(|(old, new)| {
        let changed = changes
            .iter()
            .find(|(t, _)| t.key == old.key)
            .map(|(_, c)| c);
        let expected: Vec<(&str, &str)> = old
            .by_language
            .iter()
            .map(|(l, w)| match changed {
                Some(c) if l == lang => (l.as_str(), c.value.as_str()),
                _ => (l.as_str(), w.text.as_str()),
            })
            .chain(
                changed
                    .filter(|_| old.get(lang).is_none())
                    .map(|c| (lang, c.value.as_str())),
            )
            .collect();
        let got: Vec<(&str, &str)> = new
            .by_language
            .iter()
            .map(|(l, w)| (l.as_str(), w.text.as_str()))
            .collect();
        old.key == new.key && sorted(expected) == sorted(got)
    })
}

fn sorted<'a>(mut v: Vec<(&'a str, &'a str)>) -> Vec<(&'a str, &'a str)> {
    v.sort();
    v
}
