//! A file for a translator: the study's texts into one language as a
//! gettext PO file, the format of Poedit, Weblate and most translation
//! tools. The key is each entry's context, the place of the text its
//! reference; an outdated translation is `fuzzy`, with the source it was
//! made from as the previous message, as `msgmerge` would mark it.

use std::fmt::Write as _;

use super::{State, Tracking};
use crate::diagnostics::Sources;

/// The PO file of the translations into `lang`, every translatable text in
/// the study's order. Deterministic: no date, no tool version.
/// `study` names the study (see `import::study_name`), so that the file is
/// not imported into another one.
pub fn po(tracking: &Tracking, lang: &str, study: &str, sources: &Sources) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# The study's texts, from {} into {lang}. Exported by `enquete translations export`.",
        tracking.default_language
    );
    out.push_str("msgid \"\"\nmsgstr \"\"\n");
    for field in [
        format!("Project-Id-Version: {study}"),
        format!("Language: {lang}"),
        "MIME-Version: 1.0".to_string(),
        "Content-Type: text/plain; charset=UTF-8".to_string(),
        "Content-Transfer-Encoding: 8bit".to_string(),
        // Left for the translator's tool to fill in.
        "PO-Revision-Date: ".to_string(),
        "Last-Translator: ".to_string(),
        "Language-Team: ".to_string(),
        format!("X-Source-Language: {}", tracking.default_language),
    ] {
        let _ = writeln!(out, "\"{}\"", escape(&format!("{field}\n")));
    }
    for text in tracking.translatable() {
        let Some(source) = tracking.source(text) else {
            continue;
        };
        out.push('\n');
        let written = text.get(lang);
        let at = written.map_or(text.loc, |w| w.loc);
        for note in &text.notes {
            let _ = writeln!(out, "#. {note}");
        }
        let _ = writeln!(out, "#: {}:{}", sources.display(at.file), at.line);
        if tracking.state(text, lang) == State::Outdated {
            let previous = tracking.lock.entries[&text.key]
                .source(lang)
                .unwrap_or_default();
            out.push_str("#, fuzzy\n");
            out.push_str(&field("#| msgctxt", &text.key));
            out.push_str(&field("#| msgid", previous));
        }
        out.push_str(&field("msgctxt", &text.key));
        out.push_str(&field("msgid", &source.text));
        out.push_str(&field("msgstr", written.map_or("", |w| w.text.as_str())));
    }
    out
}

/// `keyword "string"`, or over several lines after `keyword ""` when the
/// string holds line breaks, each line ending in its `\n` (as gettext's
/// own tools write them).
fn field(keyword: &str, value: &str) -> String {
    // Previous-message lines repeat their `#|` marker on every line.
    let continuation = if keyword.starts_with("#|") { "#| " } else { "" };
    if !value.contains('\n') {
        return format!("{keyword} \"{}\"\n", escape(value));
    }
    let mut out = format!("{keyword} \"\"\n");
    for line in value.split_inclusive('\n') {
        let _ = writeln!(out, "{continuation}\"{}\"", escape(line));
    }
    out
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}
