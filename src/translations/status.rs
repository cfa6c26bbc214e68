//! What `enquete translations status` and `diff` show: counts per language
//! (and per file), and for an outdated translation the change of its
//! source, word by word.

use std::collections::BTreeMap;

use similar::{ChangeTag, TextDiff};

use super::keys::Text;
use super::{State, Tracking, normalise};

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Texts to translate.
    pub total: usize,
    pub translated: usize,
    pub missing: usize,
    pub outdated: usize,
    /// Translated but not recorded in the lock.
    pub not_accepted: usize,
    /// Translated with the very text of the source (normalised).
    pub identical: usize,
}

impl Counts {
    fn add(&mut self, state: State, identical: bool) {
        self.total += 1;
        match state {
            State::Missing => self.missing += 1,
            State::Outdated => {
                self.translated += 1;
                self.outdated += 1;
            }
            State::NotAccepted => {
                self.translated += 1;
                self.not_accepted += 1;
            }
            State::Current => self.translated += 1,
        }
        if identical {
            self.identical += 1;
        }
    }

    /// Whether `status --strict` fails.
    pub fn incomplete(&self) -> bool {
        self.missing > 0 || self.outdated > 0
    }
}

/// Counts per language, and per language and file (`study.yaml` or the
/// questionnaire's file name), in the study's order of languages.
pub struct Status {
    pub by_language: Vec<(String, Counts)>,
    pub by_file: Vec<(String, Vec<(String, Counts)>)>,
}

pub fn status(tracking: &Tracking) -> Status {
    let mut by_language: Vec<(String, Counts)> = Vec::new();
    let mut by_file = Vec::new();
    for lang in tracking.targets() {
        let mut total = Counts::default();
        let mut files: BTreeMap<String, Counts> = BTreeMap::new();
        for text in tracking.translatable() {
            let state = tracking.state(text, lang);
            let identical = is_identical(tracking, text, lang);
            total.add(state, identical);
            files
                .entry(file_name(text))
                .or_default()
                .add(state, identical);
        }
        by_language.push((lang.to_string(), total));
        by_file.push((lang.to_string(), files.into_iter().collect()));
    }
    Status {
        by_language,
        by_file,
    }
}

/// How a text is named in per-file tables.
pub fn file_name(text: &Text) -> String {
    match &text.document {
        Some(id) => format!("questionnaires/{id}.yaml"),
        None if text
            .key
            .starts_with(&format!("{}/", super::keys::CODEBOOK_PREFIX)) =>
        {
            crate::load::CODEBOOK_FILE.to_string()
        }
        None => "study.yaml".to_string(),
    }
}

fn is_identical(tracking: &Tracking, text: &Text, lang: &str) -> bool {
    match (text.get(lang), tracking.source(text)) {
        (Some(t), Some(s)) => normalise(&t.text) == normalise(&s.text),
        _ => false,
    }
}

/// One outdated translation, for `diff`.
pub struct Outdated<'t> {
    pub text: &'t Text,
    pub lang: String,
    /// The source as it was accepted, and as it is.
    pub old_source: String,
    pub new_source: String,
    pub translation: String,
    pub change: Vec<Word>,
}

/// A piece of the word-level diff from the old to the new source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Word {
    Same(String),
    Removed(String),
    Added(String),
}

/// The outdated translations into `lang` (or every language), of the
/// texts whose key is in `keys` (or of every text), in the study's order.
pub fn outdated<'t>(
    tracking: &'t Tracking,
    lang: Option<&str>,
    keys: &[String],
) -> Vec<Outdated<'t>> {
    let mut out = Vec::new();
    for text in tracking.translatable() {
        if !keys.is_empty() && !keys.contains(&text.key) {
            continue;
        }
        for target in tracking.targets() {
            if lang.is_some_and(|l| l != target) || tracking.state(text, target) != State::Outdated
            {
                continue;
            }
            let entry = &tracking.lock.entries[&text.key];
            let old_source = entry.source(target).unwrap_or_default().to_string();
            let new_source = tracking
                .source(text)
                .map(|s| s.text.clone())
                .unwrap_or_default();
            let change = word_diff(&old_source, &new_source);
            out.push(Outdated {
                text,
                lang: target.to_string(),
                translation: text.get(target).map(|t| t.text.clone()).unwrap_or_default(),
                old_source,
                new_source,
                change,
            });
        }
    }
    out
}

/// The change from `old` to `new`, word by word, on the normalised texts
/// (a re-wrapped line is no change). Changes separated by a space only are
/// one change, as a reader sees them: `[-terecht gekomen?-]{+terechtgekomen?+}`.
pub fn word_diff(old: &str, new: &str) -> Vec<Word> {
    let (old, new) = (normalise(old), normalise(new));
    let diff = TextDiff::from_words(old.as_str(), new.as_str());
    let changes: Vec<(ChangeTag, &str)> = diff
        .iter_all_changes()
        .map(|c| (c.tag(), c.value()))
        .collect();
    let mut out: Vec<Word> = Vec::new();
    let mut group = Group::default();
    for (i, (tag, value)) in changes.iter().enumerate() {
        match tag {
            ChangeTag::Delete => group.removed.push(value),
            ChangeTag::Insert => group.added.push(value),
            ChangeTag::Equal => {
                let next_is_change = changes
                    .get(i + 1)
                    .is_some_and(|(t, _)| *t != ChangeTag::Equal);
                if group.is_open() && next_is_change && value.trim().is_empty() {
                    group.removed.space(value);
                    group.added.space(value);
                    continue;
                }
                group.close(&mut out);
                match out.last_mut() {
                    Some(Word::Same(s)) => s.push_str(value),
                    _ => out.push(Word::Same(value.to_string())),
                }
            }
        }
    }
    group.close(&mut out);
    out
}

/// The removed and added words of one change.
#[derive(Default)]
struct Group {
    removed: Side,
    added: Side,
}

#[derive(Default)]
struct Side {
    text: String,
    /// Space seen after this side's last word: kept if another word of
    /// the same side follows.
    pending: String,
}

impl Side {
    fn push(&mut self, word: &str) {
        if !self.text.is_empty() {
            self.text.push_str(&self.pending);
        }
        self.pending.clear();
        self.text.push_str(word);
    }

    fn space(&mut self, space: &str) {
        self.pending.push_str(space);
    }
}

impl Group {
    fn is_open(&self) -> bool {
        !self.removed.text.is_empty() || !self.added.text.is_empty()
    }

    /// Ends the change; a space that no word followed is the text's again.
    fn close(&mut self, out: &mut Vec<Word>) {
        let group = std::mem::take(self);
        if !group.removed.text.is_empty() {
            out.push(Word::Removed(group.removed.text));
        }
        if !group.added.text.is_empty() {
            out.push(Word::Added(group.added.text));
        }
        let space = if group.removed.pending.len() >= group.added.pending.len() {
            group.removed.pending
        } else {
            group.added.pending
        };
        if !space.is_empty() {
            out.push(Word::Same(space));
        }
    }
}
