//! `translations.lock`: for each translated text and language, the hash of
//! the default-language text the translation was accepted against, and
//! that text itself (so that a diff can show what changed since).
//!
//! ```text
//! newcomer/intro/matching/text
//!   source 3f2a9c0b1d2e "Hoe ben je bij de buddywerking terecht gekomen?"
//!   en 3f2a9c0b1d2e
//!   fr 3f2a9c0b1d2e
//! ```
//!
//! One key a block, keys sorted, one entry a line, the source text as a
//! JSON string: a change to one text changes one or two lines in git, and
//! two branches that touch different texts merge without conflict.

use std::collections::BTreeMap;

use crate::diagnostics::{Diagnostic, FileId, Loc};
use crate::validate::ids::is_valid_language;

pub const HEADER: &str = "\
# translations.lock: for each translation, the default-language text it was
# made from (its hash, and the text itself so that changes can be shown).
# Written by `enquete translations accept`, read by `enquete check` and
# `enquete build` to report outdated translations; see docs/translations.md.
# Commit it with the study. Do not edit it by hand: after a bad merge,
# `enquete translations accept --repair` rebuilds it.
";

#[derive(Default)]
pub struct Lock {
    pub entries: BTreeMap<String, Entry>,
}

#[derive(Default)]
pub struct Entry {
    /// The key's line, for messages about the whole entry.
    pub loc: Option<Loc>,
    /// Source texts by hash.
    pub sources: BTreeMap<String, String>,
    /// Per language, the hash it was accepted against. A lock read
    /// leniently may hold several (both sides of a merge conflict).
    pub accepted: BTreeMap<String, Vec<Accepted>>,
}

#[derive(Clone)]
pub struct Accepted {
    pub hash: String,
    pub loc: Option<Loc>,
}

impl Entry {
    /// The hash recorded for `lang` (the first, if a conflict left several).
    pub fn hash(&self, lang: &str) -> Option<&str> {
        self.accepted
            .get(lang)
            .and_then(|a| a.first())
            .map(|a| a.hash.as_str())
    }

    /// The source text recorded for `lang`.
    pub fn source(&self, lang: &str) -> Option<&str> {
        self.hash(lang)
            .and_then(|h| self.sources.get(h))
            .map(String::as_str)
    }
}

const CONFLICT_MARKERS: &[&str] = &["<<<<<<<", "|||||||", "=======", ">>>>>>>"];

/// Reads a lock. Every problem is returned, located; a lenient caller
/// (`accept --repair`) ignores them and keeps every line it could read.
pub fn parse(file: FileId, text: &str) -> (Lock, Vec<Diagnostic>) {
    let mut lock = Lock::default();
    let mut problems = Vec::new();
    let mut current: Option<String> = None;
    let mut offset = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        let start = offset;
        offset += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        let loc = |col: usize, len: usize| Loc {
            file,
            line: index as u32 + 1,
            col: line[..col].chars().count() as u32 + 1,
            offset: (start + col) as u32,
            len: len.max(1) as u32,
        };
        let whole = loc(0, line.len());
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if CONFLICT_MARKERS.iter().any(|m| line.starts_with(m)) {
            problems.push(
                Diagnostic::error(whole, "translations.lock holds a merge conflict marker")
                    .expected(
                        "`enquete translations accept --repair` rebuilds the lock from both sides \
                         of the conflict, keeping the entries that still match the study",
                    ),
            );
            continue;
        }
        let Some(rest) = line.strip_prefix("  ") else {
            if line.starts_with(char::is_whitespace) {
                problems.push(malformed(whole));
                continue;
            }
            if !is_key(line) {
                problems.push(
                    Diagnostic::error(whole, format!("`{line}` is not a translation key"))
                        .expected("a key such as `newcomer/intro/matching/text`"),
                );
                current = None;
                continue;
            }
            let entry = lock.entries.entry(line.to_string()).or_default();
            if entry.loc.is_some() {
                problems.push(
                    Diagnostic::error(whole, format!("key `{line}` is listed twice"))
                        .expected("each key once"),
                );
            } else {
                entry.loc = Some(whole);
            }
            current = Some(line.to_string());
            continue;
        };
        let Some(key) = &current else {
            problems.push(
                Diagnostic::error(whole, "an entry before any key").expected(
                    "entries (`source ...`, `en ...`) are indented under their key's line",
                ),
            );
            continue;
        };
        let entry = lock.entries.get_mut(key).expect("key read above");
        let (word, after) = rest.split_once(' ').unwrap_or((rest, ""));
        let (hash, value) = after.split_once(' ').unwrap_or((after, ""));
        let at_hash = 2 + word.len() + 1;
        let is_source = word == "source";
        let is_language = is_valid_language(word) && value.is_empty();
        if !is_source && !is_language {
            problems.push(malformed(whole));
            continue;
        }
        if !is_hash(hash) {
            problems.push(
                Diagnostic::error(
                    loc(at_hash.min(line.len()), hash.len()),
                    format!("`{hash}` is not a text hash"),
                )
                .expected("12 hexadecimal digits, as `enquete translations accept` writes them"),
            );
            continue;
        }
        if is_source {
            match serde_json::from_str::<String>(value) {
                Ok(source) => {
                    entry.sources.insert(hash.to_string(), source);
                }
                Err(_) => problems.push(
                    Diagnostic::error(
                        loc(at_hash + hash.len() + 1, value.len()),
                        "the source text is not a quoted string",
                    )
                    .expected(
                        "the text in double quotes, as `enquete translations accept` writes it",
                    ),
                ),
            }
        } else {
            let accepted = entry.accepted.entry(word.to_string()).or_default();
            if !accepted.is_empty() {
                problems.push(
                    Diagnostic::error(
                        whole,
                        format!("language `{word}` is listed twice under `{key}`"),
                    )
                    .expected("each language once per key"),
                );
            }
            accepted.push(Accepted {
                hash: hash.to_string(),
                loc: Some(whole),
            });
        }
    }
    for (key, entry) in &lock.entries {
        for accepted in entry.accepted.values().flatten() {
            if !entry.sources.contains_key(&accepted.hash) {
                problems.push(
                    Diagnostic::error(
                        accepted.loc.unwrap_or(Loc::file_start(file)),
                        format!(
                            "no `source` line for hash `{}` under `{key}`",
                            accepted.hash
                        ),
                    )
                    .expected("a line `source HASH \"text\"` for every hash of the key"),
                );
            }
        }
    }
    (lock, problems)
}

fn malformed(loc: Loc) -> Diagnostic {
    Diagnostic::error(loc, "this line of translations.lock cannot be read").expected(
        "a key at the start of a line, then indented by two spaces \
         `source HASH \"text\"` and `LANG HASH` lines",
    )
}

fn is_key(s: &str) -> bool {
    !s.is_empty()
        && s.split('/').all(|segment| {
            !segment.is_empty() && !segment.contains(|c: char| c.is_whitespace() || c == '"')
        })
}

pub fn is_hash(s: &str) -> bool {
    s.len() == 12 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// The lock as text: the header, then keys in order, each with the source
/// texts its languages refer to.
pub fn write(lock: &Lock) -> String {
    let mut out = String::from(HEADER);
    for (key, entry) in &lock.entries {
        if entry.accepted.is_empty() {
            continue;
        }
        out.push('\n');
        out.push_str(key);
        out.push('\n');
        for (hash, source) in &entry.sources {
            if entry
                .accepted
                .values()
                .any(|a| a.first().is_some_and(|a| &a.hash == hash))
            {
                let quoted = serde_json::to_string(source).expect("a string serialises");
                out.push_str(&format!("  source {hash} {quoted}\n"));
            }
        }
        for (lang, accepted) in &entry.accepted {
            if let Some(a) = accepted.first() {
                out.push_str(&format!("  {lang} {}\n", a.hash));
            }
        }
    }
    out
}
