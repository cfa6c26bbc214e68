//! `enquete new-language`: starts a study's own wording in a language that
//! enquete does not carry, from the built-in English files.

use std::path::{Path, PathBuf};

use crate::i18n::{BUILTIN, FALLBACK};

/// The header that replaces the English file's own: what to translate and
/// how, and that nobody has reviewed it yet.
fn header(lang: &str, file: &str) -> String {
    format!(
        "# {file} for `{lang}`, started from enquete's English wording: translate every\n\
         # message; keep the ids (left of `=`) and every {{ $variable }} as they are.\n\
         # enquete's docs/languages.md says how (plurals, register, names).\n\
         # Reviewed by a native speaker: no\n\n"
    )
}

/// Writes `locales/{lang}/enquete.ftl` and `consent.ftl` under `root`,
/// copies of the English built-in files. Refuses to replace a file that
/// exists, so that no translation is ever lost.
pub fn new_language(root: &Path, lang: &str) -> Result<Vec<PathBuf>, String> {
    if !crate::validate::ids::is_valid_language(lang) {
        return Err(format!(
            "`{lang}` is not a language code: expected a BCP 47 code such as `sw` or `fr-BE`"
        ));
    }
    if crate::i18n::has_builtin(lang) {
        return Err(format!(
            "enquete already carries `{lang}` wording: to change some messages, write only those in locales/{lang}/*.ftl"
        ));
    }
    let dir = root.join("locales").join(lang);
    let (consent, interface): (Vec<&str>, Vec<&str>) = BUILTIN
        .iter()
        .filter(|(l, _)| *l == FALLBACK)
        .map(|(_, text)| *text)
        .partition(|text| text.contains("\nconsent-voluntary ="));
    let files = [("enquete.ftl", interface[0]), ("consent.ftl", consent[0])];
    let paths: Vec<PathBuf> = files.iter().map(|(name, _)| dir.join(name)).collect();
    // `symlink_metadata`: a dangling link counts as a file that exists.
    if let Some(existing) = paths.iter().find(|p| p.symlink_metadata().is_ok()) {
        return Err(format!(
            "{} exists already; nothing was written",
            existing.display()
        ));
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for ((name, text), path) in files.iter().zip(&paths) {
        // The English header describes the English file; the messages
        // start at the first line that is neither comment nor blank.
        let body_start = text
            .lines()
            .position(|l| !l.starts_with('#') && !l.trim().is_empty())
            .unwrap_or(0);
        let body: Vec<&str> = text.lines().skip(body_start).collect();
        let contents = format!("{}{}\n", header(lang, name), body.join("\n"));
        // `create_new`: never through a link, never over a file made meanwhile.
        std::fs::File::options()
            .write(true)
            .create_new(true)
            .open(path)
            .and_then(|mut f| std::io::Write::write_all(&mut f, contents.as_bytes()))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(paths)
}
