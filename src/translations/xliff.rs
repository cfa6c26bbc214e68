//! XLIFF 2.0 (OASIS), the exchange format of CAT tools (Trados, memoQ,
//! Okapi, OmegaT...): writing the texts into one language, and reading the
//! file a translator gives back.
//!
//! One `<file>` per YAML file of the study; one `<unit>` per text, named by
//! its key (`name`; the `id` is the key made an XML name token, as the
//! schema wants); notes for the place, the YAML comments and, for an
//! outdated translation, the source it was made from. The segment's state
//! says where the translation stands: `initial` (missing, or outdated:
//! `subState="enquete:outdated"`), `translated` (not accepted yet),
//! `reviewed` (accepted in translations.lock).

use std::collections::BTreeSet;
use std::fmt::Write as _;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::import::{Incoming, IncomingMessage};
use super::{State, Tracking};
use crate::diagnostics::Sources;

pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// The XLIFF 2.0 file of the translations into `lang`. Deterministic.
pub fn xliff(tracking: &Tracking, lang: &str, study: &str, sources: &Sources) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<!-- The study's texts, from {} into {lang}. Exported by `enquete translations export`. -->",
        tracking.default_language
    );
    let _ = writeln!(
        out,
        "<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"{}\" trgLang=\"{}\">",
        attribute(&tracking.default_language),
        attribute(lang)
    );
    let mut current_file = None;
    let mut ids = BTreeSet::new();
    for text in tracking.translatable() {
        let Some(source) = tracking.source(text) else {
            continue;
        };
        if current_file != Some(text.file) {
            if current_file.is_some() {
                out.push_str("  </file>\n");
            }
            current_file = Some(text.file);
            ids.clear();
            let _ = writeln!(
                out,
                "  <file id=\"f{}\" original=\"{}\" xml:space=\"preserve\">",
                text.file + 1,
                attribute(sources.display(text.file))
            );
            let _ = writeln!(
                out,
                "    <notes>\n      <note category=\"study\">{}</note>\n    </notes>",
                content(study)
            );
        }
        let written = text.get(lang);
        let at = written.map_or(text.loc, |w| w.loc);
        let _ = writeln!(
            out,
            "    <unit id=\"{}\" name=\"{}\">",
            unit_id(&text.key, &mut ids),
            attribute(&text.key)
        );
        out.push_str("      <notes>\n");
        let _ = writeln!(
            out,
            "        <note category=\"location\">{}:{}</note>",
            content(sources.display(at.file)),
            at.line
        );
        for note in &text.notes {
            let _ = writeln!(
                out,
                "        <note category=\"comment\">{}</note>",
                content(note)
            );
        }
        let state = tracking.state(text, lang);
        if state == State::Outdated {
            let previous = tracking.lock.entries[&text.key]
                .source(lang)
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "        <note category=\"previous-source\">{}</note>",
                content(previous)
            );
        }
        out.push_str("      </notes>\n");
        let state = match state {
            State::Missing => "state=\"initial\"",
            State::Outdated => "state=\"initial\" subState=\"enquete:outdated\"",
            State::NotAccepted => "state=\"translated\"",
            State::Current => "state=\"reviewed\"",
        };
        let _ = writeln!(out, "      <segment {state}>");
        let _ = writeln!(out, "        <source>{}</source>", content(&source.text));
        if let Some(w) = written {
            let _ = writeln!(out, "        <target>{}</target>", content(&w.text));
        }
        out.push_str("      </segment>\n    </unit>\n");
    }
    if current_file.is_some() {
        out.push_str("  </file>\n");
    }
    out.push_str("</xliff>\n");
    out
}

/// A key as an XML name token (`xs:NMTOKEN`, what the schema asks of a
/// unit's id): `/` becomes `:`, any other character a token cannot hold
/// `_`; a number is added where that makes two ids alike.
fn unit_id(key: &str, taken: &mut BTreeSet<String>) -> String {
    let base: String = key
        .chars()
        .map(|c| match c {
            '/' => ':',
            c if c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ':') => c,
            _ => '_',
        })
        .collect();
    let mut id = base.clone();
    let mut n = 2;
    while !taken.insert(id.clone()) {
        id = format!("{base}.{n}");
        n += 1;
    }
    id
}

/// Text content: markup escaped, a carriage return kept as a reference
/// (XML readers turn a literal one into a line feed), and characters XML
/// 1.0 cannot hold as XLIFF's `<cp hex="..."/>`.
fn content(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if c < ' ' || c == '\u{fffe}' || c == '\u{ffff}' => {
                let _ = write!(out, "<cp hex=\"{:04X}\"/>", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

fn attribute(s: &str) -> String {
    content(s)
        .replace('"', "&quot;")
        .replace('\n', "&#10;")
        .replace('\t', "&#9;")
}

/// Reads a translator's XLIFF 2.0 file. Inline codes (`<ph>`, `<pc>`...)
/// are refused: enquete writes none, and a text with them cannot be
/// written back as the plain text the study holds.
pub fn read(text: &str) -> Result<Incoming, String> {
    let mut reader = Reader::from_str(text);
    let mut incoming = Incoming {
        study: None,
        source_language: None,
        language: None,
        messages: Vec::new(),
    };
    let mut unit: Option<IncomingMessage> = None;
    // Where text goes: a note's category, or a unit's source or target.
    let mut capture: Option<Capture> = None;
    let mut note = String::new();
    let mut seen_root = false;
    loop {
        let position = reader.buffer_position() as usize;
        let line = || text[..position.min(text.len())].matches('\n').count() + 1;
        let event = reader
            .read_event()
            .map_err(|e| format!("{}: this is not well-formed XML: {e}", line()))?;
        // `<target/>` holds nothing: only an opened one is read.
        let opened = matches!(event, Event::Start(_));
        match event {
            Event::Start(e) | Event::Empty(e) if capture.is_some_and(Capture::is_text) => {
                let name = local(&e);
                if name == "cp" {
                    let hex = attr(&e, "hex").unwrap_or_default();
                    let c = u32::from_str_radix(&hex, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or_else(|| {
                            format!("{}: `<cp hex=\"{hex}\"/>` is no character", line())
                        })?;
                    push(&mut unit, capture, &mut note, &c.to_string());
                } else {
                    return Err(format!(
                        "{}: `<{name}>` inside a text: enquete writes no inline codes and reads none",
                        line()
                    ));
                }
            }
            Event::Start(e) | Event::Empty(e) => match local(&e).as_str() {
                "xliff" => {
                    seen_root = true;
                    let version = attr(&e, "version").unwrap_or_default();
                    if !version.starts_with("2.") {
                        return Err(format!(
                            "{}: XLIFF {version}: enquete reads XLIFF 2 (as `export --format xliff` writes it)",
                            line()
                        ));
                    }
                    incoming.source_language = attr(&e, "srcLang");
                    incoming.language = attr(&e, "trgLang");
                }
                "unit" => {
                    let key =
                        attr(&e, "name").or_else(|| attr(&e, "id").map(|id| id.replace(':', "/")));
                    unit = Some(IncomingMessage {
                        key,
                        source: String::new(),
                        translation: String::new(),
                        needs_review: false,
                        line: line(),
                    });
                }
                "segment" => {
                    if let Some(u) = &mut unit
                        && attr(&e, "state").is_some_and(|s| s == "initial")
                    {
                        u.needs_review = true;
                    }
                }
                "source" if opened => capture = Some(Capture::Source),
                "target" if opened => capture = Some(Capture::Target),
                "note"
                    if opened
                        && unit.is_none()
                        && attr(&e, "category").as_deref() == Some("study") =>
                {
                    capture = Some(Capture::StudyNote);
                    note.clear();
                }
                _ => {}
            },
            Event::Text(t) => {
                push(&mut unit, capture, &mut note, &t.xml10_content());
            }
            Event::CData(t) => {
                push(&mut unit, capture, &mut note, &t.xml10_content());
            }
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => c,
                    _ => match &*r {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        "apos" => '\'',
                        other => return Err(format!("{}: unknown entity `&{other};`", line())),
                    },
                };
                push(&mut unit, capture, &mut note, &c.to_string());
            }
            Event::End(e) => match local_end(e.local_name().as_ref()) {
                "source" | "target" => capture = None,
                "note" if capture == Some(Capture::StudyNote) => {
                    capture = None;
                    if incoming.study.is_none() {
                        incoming.study = Some(std::mem::take(&mut note));
                    }
                }
                "unit" => {
                    if let Some(u) = unit.take() {
                        incoming.messages.push(u);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    if !seen_root {
        return Err("1: no `<xliff>` element: this is not an XLIFF file".into());
    }
    Ok(incoming)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Capture {
    StudyNote,
    Source,
    Target,
}

impl Capture {
    fn is_text(self) -> bool {
        self != Capture::StudyNote
    }
}

fn push(unit: &mut Option<IncomingMessage>, capture: Option<Capture>, note: &mut String, s: &str) {
    match (capture, unit) {
        (Some(Capture::StudyNote), _) => note.push_str(s),
        (Some(Capture::Source), Some(u)) => u.source.push_str(s),
        (Some(Capture::Target), Some(u)) => u.translation.push_str(s),
        _ => {}
    }
}

fn local(e: &BytesStart) -> String {
    e.local_name().as_ref().to_string()
}

fn local_end(name: &str) -> &str {
    name
}

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok())
        .map(|v| v.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_round_trips_through_escapes_and_code_points() {
        let text = "a < b & \"c\"\r\nd\u{7}";
        let xml = format!(
            "<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"en\" trgLang=\"fr\">\
             <file id=\"f1\"><unit id=\"k\" name=\"k/1\"><segment state=\"initial\">\
             <source>{}</source><target>x</target></segment></unit>\
             <unit id=\"e\" name=\"k/2\"><segment>\n<source>s</source>\n<target/>\n</segment></unit>\
             </file></xliff>",
            content(text)
        );
        let incoming = read(&xml).unwrap();
        assert_eq!(incoming.messages[0].source, text);
        assert_eq!(incoming.messages[0].key.as_deref(), Some("k/1"));
        assert!(incoming.messages[0].needs_review);
        assert_eq!(incoming.messages[1].translation, "");
        assert_eq!(content("\u{7}"), "<cp hex=\"0007\"/>");
    }

    #[test]
    fn ids_are_name_tokens_and_unique() {
        let mut taken = BTreeSet::new();
        assert_eq!(
            unit_id("q/intro/age/options/25+/label", &mut taken),
            "q:intro:age:options:25_:label"
        );
        assert_eq!(
            unit_id("q/intro/age/options/25*/label", &mut taken),
            "q:intro:age:options:25_:label.2"
        );
    }
}
