//! Writing a translation into its YAML file by editing the bytes of that
//! one value, so that comments, order, quoting and the layout of every
//! other line stay as the researcher wrote them. A new value takes the
//! style of the value it replaces (or of its source, when it is added)
//! where that style can hold it; otherwise a double-quoted string, which
//! holds any text. The caller re-reads the edited file to make sure.

use super::keys::{Layout, Text, Written};
use crate::load::yaml::{self, Value};

/// Replace `start..end` of a file's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub with: String,
}

/// How a scalar is written in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    Single,
    Double,
    /// `|` or `>` at `indicator`, its lines of text indented by `indent`.
    Block {
        folded: bool,
        indicator: usize,
        indent: usize,
    },
}

/// The style of a written value.
pub fn style_of(text: &str, written: &Written) -> Style {
    let start = written.loc.offset as usize;
    match text.as_bytes().get(start) {
        Some(b'"') => return Style::Double,
        Some(b'\'') => return Style::Single,
        _ => {}
    }
    block_header(text, start).unwrap_or(Style::Plain)
}

/// A block scalar's text starts on a line of its own, after a line that
/// ends in its indicator (`|-`, `>`, `|2+`), maybe followed by a comment.
fn block_header(text: &str, start: usize) -> Option<Style> {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    if !text[line_start..start].bytes().all(|b| b == b' ') {
        return None;
    }
    let mut before = &text[..line_start];
    loop {
        let body = before.strip_suffix('\n')?;
        let prev_start = body.rfind('\n').map_or(0, |i| i + 1);
        let line = &body[prev_start..];
        if !line.trim().is_empty() {
            let code = match line.find(" #") {
                Some(i) => &line[..i],
                None => line,
            };
            let code = code.trim_end();
            let head = code.trim_end_matches(|c: char| c == '-' || c == '+' || c.is_ascii_digit());
            let folded = match head.chars().last()? {
                '|' => false,
                '>' => true,
                _ => return None,
            };
            let indicator = prev_start + head.len() - 1;
            let preceded = text[..indicator]
                .chars()
                .last()
                .is_none_or(|c| c == ' ' || c == ':' || c == '-');
            return preceded.then_some(Style::Block {
                folded,
                indicator,
                indent: start - line_start,
            });
        }
        before = &before[..prev_start];
    }
}

/// The edit that writes `value` in place of `written`, in its style or,
/// with `force_double`, as a double-quoted string. `None` when the value
/// cannot be written there without losing something of the file (a comment
/// after a block indicator, when the new text needs quotes).
pub fn replace(text: &str, written: &Written, value: &str, force_double: bool) -> Option<Edit> {
    let start = written.loc.offset as usize;
    let end = written.end.clamp(start, text.len());
    let style = style_of(text, written);
    let Style::Block {
        folded,
        indicator,
        indent,
    } = style
    else {
        let with = match style {
            _ if force_double => double(value),
            Style::Single if single_fits(value) => single(value),
            Style::Plain if plain_fits(value) => value.to_string(),
            _ => double(value),
        };
        return Some(Edit { start, end, with });
    };
    // The lines of text, up to the end of the last one that is not blank:
    // blank lines after it belong to the file's layout.
    let line_start = start - indent;
    let content_end = last_text_line_end(text, start, end);
    let block = if force_double {
        None
    } else {
        block(value, folded, indent)
    };
    match block {
        Some((header, body)) => {
            let header_end = indicator
                + text[indicator..]
                    .find(|c: char| {
                        !(c == '|' || c == '>' || c == '-' || c == '+' || c.is_ascii_digit())
                    })
                    .unwrap_or(text.len() - indicator);
            let mut with = header;
            with.push_str(&text[header_end..line_start]);
            with.push_str(&body);
            Some(Edit {
                start: indicator,
                end: content_end,
                with,
            })
        }
        None => {
            let header_line = &text[indicator..line_start];
            if header_line.contains('#') {
                return None;
            }
            Some(Edit {
                start: indicator,
                end: content_end,
                with: double(value),
            })
        }
    }
}

fn last_text_line_end(text: &str, start: usize, end: usize) -> usize {
    let span = &text[start..end];
    let mut last = start;
    let mut offset = start;
    for line in span.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if !content.trim().is_empty() {
            last = offset + content.len();
        }
        offset += line.len();
    }
    last
}

/// The edit that adds `lang: value` to a text without that language, after
/// its last language (in the style of the default language's value), or
/// that turns a single string into a mapping of languages.
pub fn insert(
    text: &str,
    entry: &Text,
    source_lang: &str,
    lang: &str,
    value: &str,
    force_double: bool,
) -> Result<Edit, String> {
    let source = entry
        .get(source_lang)
        .ok_or_else(|| format!("`{}` has no {source_lang} text", entry.key))?;
    let source_style = style_of(text, source);
    let flow_value = if !force_double && plain_fits(value) {
        value.to_string()
    } else {
        double(value)
    };
    match entry.layout {
        Layout::FlowMap { after_last } => Ok(Edit {
            start: after_last,
            end: after_last,
            with: format!(", {lang}: {flow_value}"),
        }),
        Layout::BlockMap { after_last, indent } => {
            let encoded = match source_style {
                _ if force_double => double(value),
                Style::Double => double(value),
                Style::Single if single_fits(value) => single(value),
                Style::Plain if plain_fits(value) => value.to_string(),
                Style::Block {
                    folded,
                    indent: inner,
                    ..
                } => match block(value, folded, inner) {
                    Some((header, body)) => format!("{header}\n{body}"),
                    None => double(value),
                },
                _ => double(value),
            };
            Ok(Edit {
                start: after_last,
                end: after_last,
                with: format!("\n{}{lang}: {encoded}", " ".repeat(indent)),
            })
        }
        Layout::Plain => {
            let start = source.loc.offset as usize;
            let end = source.end.clamp(start, text.len());
            let written = &text[start..end];
            let kept = match source_style {
                Style::Double | Style::Single if !written.contains('\n') => written.to_string(),
                Style::Plain if plain_fits(&source.text) => written.to_string(),
                Style::Block { .. } => {
                    return Err(format!(
                        "`{}` is a single {source_lang} block of text; write it as a mapping of \
                         languages (`{source_lang}: |`) to add a translation",
                        entry.key
                    ));
                }
                _ => double(&source.text),
            };
            Ok(Edit {
                start,
                end,
                with: format!("{{ {source_lang}: {kept}, {lang}: {flow_value} }}"),
            })
        }
    }
}

/// Applies edits made against `text` (in any order, not overlapping).
pub fn apply(text: &str, edits: &[Edit]) -> String {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.start, e.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for e in sorted {
        out.push_str(&text[at..e.start]);
        out.push_str(&e.with);
        at = e.end;
    }
    out.push_str(&text[at..]);
    out
}

/// YAML's double-quoted string, which holds any text.
pub fn double(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            // Controls, and what YAML 1.1 readers take for line breaks.
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}') => {
                out.push_str(&format!("\\u{:04X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn single_fits(value: &str) -> bool {
    !value.contains(|c: char| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}'))
        && value.trim() == value
}

fn single(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

/// Whether `value` reads back as the same string when written plain, in a
/// block or in a flow mapping (`{ en: value }`).
fn plain_fits(value: &str) -> bool {
    if value.is_empty()
        || value.trim() != value
        || value.contains(|c: char| c.is_control() || matches!(c, ',' | '[' | ']' | '{' | '}'))
        || value.contains(": ")
        || value.contains(" #")
        || value.ends_with(':')
        || value.starts_with(|c: char| "-?:!&*|>'\"%@`#".contains(c))
    {
        return false;
    }
    // YAML 1.1 readers (editors' schema checks) take these for booleans.
    const OLD_BOOLEANS: &[&str] = &["y", "n", "yes", "no", "on", "off"];
    if OLD_BOOLEANS.contains(&value.to_lowercase().as_str()) {
        return false;
    }
    // Whatever YAML would type otherwise (`true`, `12`, `null`, `1e3`).
    matches!(
        yaml::parse(0, &format!("v: {value}")).map(|n| n.value),
        Ok(Value::Map(entries)) if matches!(&entries[0].1.value, Value::Str(s) if s == value)
    )
}

/// A block scalar's header and lines for `value`, or `None` when the value
/// needs what a simple block cannot say (leading spaces, several trailing
/// line breaks, control characters). A folded value is wrapped at 80
/// columns; a value with line breaks of its own is written literal.
fn block(value: &str, folded: bool, indent: usize) -> Option<(String, String)> {
    let body = value.strip_suffix('\n').unwrap_or(value);
    let chomp = if value.ends_with('\n') { "" } else { "-" };
    if body.is_empty()
        || body.ends_with('\n')
        || body.starts_with([' ', '\t', '\n'])
        || body.contains(|c: char| {
            (c.is_control() && c != '\n' && c != '\t') || c == '\u{2028}' || c == '\u{2029}'
        })
    {
        return None;
    }
    let pad = " ".repeat(indent);
    let can_fold = !body.contains(['\n', '\t']) && !body.contains("  ") && body.trim() == body;
    if folded && can_fold {
        let mut lines: Vec<String> = Vec::new();
        let mut current = String::new();
        for word in body.split(' ') {
            if !current.is_empty() && indent + current.len() + 1 + word.len() > 80 {
                lines.push(std::mem::take(&mut current));
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        lines.push(current);
        let body: Vec<String> = lines.iter().map(|l| format!("{pad}{l}")).collect();
        return Some((format!(">{chomp}"), body.join("\n")));
    }
    let lines: Vec<String> = body
        .split('\n')
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!("{pad}{l}")
            }
        })
        .collect();
    Some((format!("|{chomp}"), lines.join("\n")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn double_quotes_hold_any_text() {
        assert_eq!(
            double("a \"b\"\\\n\tc\u{7}"),
            "\"a \\\"b\\\"\\\\\\n\\tc\\u0007\""
        );
    }

    #[test]
    fn plain_only_when_it_reads_back_the_same() {
        assert!(plain_fits("Université d'Anvers"));
        for value in [
            "yes", "12", "null", "a: b", "a, b", "- a", "", " a", "a #b", "{x}",
        ] {
            assert!(!plain_fits(value), "{value}");
        }
    }

    #[test]
    fn blocks_keep_their_kind_and_chomping() {
        assert_eq!(
            block("one\ntwo", false, 4),
            Some(("|-".into(), "    one\n    two".into()))
        );
        assert_eq!(
            block("one\n\ntwo\n", false, 2),
            Some(("|".into(), "  one\n\n  two".into()))
        );
        assert_eq!(block("a b", true, 2), Some((">-".into(), "  a b".into())));
        assert_eq!(block(" lead", false, 2), None);
        assert_eq!(block("two\n\n", false, 2), None);
    }
}
