//! `consent-wording.lock`: every wording of a consent sheet that `enquete
//! build` has printed, by document, language and footer hash, with the
//! hash of each part. A signed sheet carries only the footer hash; this
//! history is what lets `enquete verify` say which items changed since.
//!
//! ```text
//! consent-written fr 445948a1b2c3
//!   mode 1f0e...
//!   title 9a8b...
//!   item:recording 0c1d...
//! ```
//!
//! Entries are only ever added, in a stable order: a build that prints no
//! new wording leaves the file as it is, and two branches merge line by
//! line (a conflict's markers are skipped when it is read again).

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::lock::is_hash;
use crate::model::Study;
use crate::render::Site;
use crate::render::wording::Wording;

pub const WORDING_FILE: &str = "consent-wording.lock";

const HEADER: &str = "\
# consent-wording.lock: every wording of a consent sheet that `enquete build`
# has printed (document, language, the hash in its footer), with a hash of
# each part, so that `enquete verify` can tell which items a signed sheet's
# wording differs in. Written by `enquete build`; commit it with the study.
";

/// Wordings by (document, language, footer hash).
#[derive(Default, PartialEq, Eq)]
pub struct History {
    pub wordings: BTreeMap<(String, String, String), Vec<(String, String)>>,
}

/// Reads the history, leniently: a line it cannot read (a merge conflict's
/// marker) is skipped, and counted.
pub fn parse(text: &str) -> (History, usize) {
    let mut history = History::default();
    let mut skipped = 0;
    let mut current: Option<(String, String, String)> = None;
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        match (line.starts_with("  "), words.as_slice()) {
            (false, [doc, lang, hash]) if is_hash(hash) => {
                let key = (doc.to_string(), lang.to_string(), hash.to_string());
                history.wordings.entry(key.clone()).or_default().clear();
                current = Some(key);
            }
            (true, [part, hash]) if is_hash(hash) && current.is_some() => {
                let key = current.as_ref().expect("checked");
                let parts = history.wordings.get_mut(key).expect("added with its line");
                parts.push((part.to_string(), hash.to_string()));
            }
            _ => {
                skipped += 1;
                current = None;
            }
        }
    }
    (history, skipped)
}

pub fn write(history: &History) -> String {
    let mut out = String::from(HEADER);
    for ((doc, lang, hash), parts) in &history.wordings {
        out.push_str(&format!("\n{doc} {lang} {hash}\n"));
        for (part, hash) in parts {
            out.push_str(&format!("  {part} {hash}\n"));
        }
    }
    out
}

/// Adds the wording of every consent sheet the study prints now to the
/// history at `root`, writing the file only when that adds something.
pub fn record(root: &Path, site: &Site, study: &Study) -> std::io::Result<()> {
    let path = root.join(WORDING_FILE);
    let old = match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    let (mut history, _) = old.as_deref().map(parse).unwrap_or_default();
    for doc in &study.documents {
        for lang in &study.languages {
            if let Some(Wording { hash, parts }) = site.consent_wording(doc, &lang.code) {
                history
                    .wordings
                    .insert((doc.id.clone(), lang.code.clone(), hash), parts);
            }
        }
    }
    let new = write(&history);
    if old.as_deref() == Some(new.as_str()) || (old.is_none() && history.wordings.is_empty()) {
        return Ok(());
    }
    // Builds of the same study may run at once (in one process too): each
    // stages its own file.
    static BUILDS: AtomicUsize = AtomicUsize::new(0);
    let build = BUILDS.fetch_add(1, Ordering::Relaxed);
    let staged = root.join(format!(".{WORDING_FILE}.{}-{build}", std::process::id()));
    std::fs::write(&staged, new)?;
    std::fs::rename(&staged, &path)
}

/// How a wording differs from another: the parts changed, added, removed.
pub fn changed_parts(then: &[(String, String)], now: &[(String, String)]) -> Vec<String> {
    let before: BTreeMap<&str, &str> = then.iter().map(|(p, h)| (p.as_str(), h.as_str())).collect();
    let after: BTreeMap<&str, &str> = now.iter().map(|(p, h)| (p.as_str(), h.as_str())).collect();
    let mut out = Vec::new();
    for (part, hash) in now {
        match before.get(part.as_str()) {
            None => out.push(format!("{} (added)", describe(part))),
            Some(old) if old != hash => out.push(describe(part)),
            Some(_) => {}
        }
    }
    for (part, _) in then {
        if !after.contains_key(part.as_str()) {
            out.push(format!("{} (removed)", describe(part)));
        }
    }
    out
}

fn describe(part: &str) -> String {
    match part.strip_prefix("item:") {
        Some(id) => format!("item `{id}`"),
        None => match part {
            "mode" => "the mode (written or verbal)".to_string(),
            "intro" => "the introduction".to_string(),
            "researchers" => "the researchers".to_string(),
            other => format!("the {other}"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn history_reads_back_what_it_writes_and_skips_conflict_markers() {
        let mut history = History::default();
        history.wordings.insert(
            ("c".into(), "fr".into(), "0123456789ab".into()),
            vec![("title".into(), "aaaaaaaaaaaa".into())],
        );
        let text = write(&history);
        assert!(parse(&text).0 == history);
        let conflicted = format!("<<<<<<< ours\n{text}=======\n>>>>>>> theirs\n");
        assert_eq!(parse(&conflicted).1, 3);
    }

    #[test]
    fn changes_name_the_items() {
        let part = |p: &str, h: &str| (p.to_string(), h.to_string());
        let then = [part("title", "1"), part("item:a", "2"), part("item:b", "3")];
        let now = [part("title", "1"), part("item:a", "9"), part("item:c", "4")];
        assert_eq!(
            changed_parts(&then, &now),
            ["item `a`", "item `c` (added)", "item `b` (removed)"]
        );
    }
}
