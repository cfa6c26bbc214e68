//! YAML to a tree of located nodes.
//!
//! serde-saphyr parses (with its limits against alias bombs, deep nesting and
//! huge scalars switched on); we keep the result as a small tree in which
//! every value and every key knows its line and column. Reading that tree
//! into the model (see `reader`) can then report every problem of a file at
//! once, with its place, instead of stopping at the first like a derived
//! `Deserialize` does.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

use crate::diagnostics::{Diagnostic, FileId, Loc};

/// Most text a single file may hold; a study file is a few kilobytes.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

#[derive(Debug, Clone)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Key, Node)>),
}

#[derive(Debug, Clone)]
pub struct Node {
    pub value: Value,
    /// Where the value starts; multi-line values are underlined on their
    /// first line only.
    pub loc: Loc,
    /// The byte just past the value's whole text, for edits in place. A
    /// block scalar (`|`, `>`) starts at its first line of text (after the
    /// indicator) and ends after its trailing line breaks, at times with
    /// the next line's indentation.
    pub end: u32,
}

#[derive(Debug, Clone)]
pub struct Key {
    pub name: String,
    pub loc: Loc,
}

impl Node {
    /// What kind of value this is, in the words of an error message.
    pub fn describe(&self) -> &'static str {
        match self.value {
            Value::Null => "nothing (an empty value)",
            Value::Bool(_) => "a true/false value",
            Value::Int(_) => "a whole number",
            Value::Float(_) => "a decimal number",
            Value::Str(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

/// Parses one YAML file. `text` must already be valid UTF-8 (a BOM is
/// allowed). Errors are located diagnostics, never panics.
pub fn parse(file: FileId, text: &str) -> Result<Node, Box<Diagnostic>> {
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: 40,
            max_aliases: 1_000,
            max_anchors: 1_000,
            max_nodes: 200_000,
            max_total_scalar_bytes: MAX_FILE_BYTES,
        },
        strict_booleans: true,
    };
    match serde_saphyr::from_str_with_options::<Spanned<RawValue>>(text, options) {
        Ok(root) => Ok(convert(file, &LineIndex::new(text), root)),
        Err(err) => Err(Box::new(yaml_error(file, text, &err))),
    }
}

fn yaml_error(file: FileId, text: &str, err: &serde_saphyr::Error) -> Diagnostic {
    let index = LineIndex::new(text);
    let loc = err
        .location()
        .filter(|l| l.line() > 0)
        .map(|l| index.loc(file, l.line() as u32, l.column() as u32))
        .unwrap_or_else(|| Loc::file_start(file));
    let raw = err.without_snippet().to_string();
    let message = strip_position(&raw);
    // The parser notices a tab where it breaks a value, often a line early:
    // point at the tab itself.
    if message.contains("tab")
        && let Some(tab) = indentation_tab(text, loc.line)
    {
        let (line, col) = (tab.0 as u32, tab.1 as u32);
        return Diagnostic::error(
            index.loc(file, line, col),
            format!("a tab is used for indentation at line {line}; YAML allows only spaces"),
        )
        .expected("indent with spaces (replace the tab)");
    }
    let (message, expected) = explain_yaml_error(message);
    let mut d = Diagnostic::error(loc, message);
    if let Some(expected) = expected {
        d = d.expected(expected);
    }
    d
}

/// The first tab in the indentation of a line near `line` (from the line
/// before it on), as 1-based (line, column).
fn indentation_tab(text: &str, line: u32) -> Option<(usize, usize)> {
    let first = (line as usize).saturating_sub(2);
    text.lines()
        .enumerate()
        .skip(first)
        .take(4)
        .find_map(|(i, l)| {
            let indent = &l[..l.len() - l.trim_start_matches([' ', '\t']).len()];
            indent.find('\t').map(|col| (i + 1, col + 1))
        })
}

/// serde-saphyr appends " at line N, column M"; we show the place ourselves.
fn strip_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(i) => &message[..i],
        None => message,
    }
}

/// Rewords the parser's messages where its own words would puzzle a
/// researcher (they mention Rust APIs or internal counters).
fn explain_yaml_error(message: &str) -> (String, Option<String>) {
    if message.starts_with("multiple YAML documents") {
        return (
            "this file holds more than one YAML document".into(),
            Some("one document per file: remove the `---` line or split the file".into()),
        );
    }
    if let Some(key) = message.strip_prefix("duplicate mapping key: ") {
        let key = key.split(',').next().unwrap_or(key);
        return (
            format!("duplicate key `{key}`"),
            Some("each key once per mapping".into()),
        );
    }
    if message.contains("budget breached") {
        let (what, fix) = if message.contains("Depth") {
            (
                "values are nested more than 40 levels deep",
                "a study needs a handful of levels; look for a runaway indentation or brackets",
            )
        } else if message.contains("Aliases") {
            (
                "more than 1,000 aliases (`*name`)",
                "write the values out, or use fewer aliases",
            )
        } else if message.contains("Anchors") {
            (
                "more than 1,000 anchors (`&name`)",
                "write the values out, or use fewer anchors",
            )
        } else if message.contains("Nodes") || message.contains("Events") {
            (
                "more than 200,000 values in one file (a value reached through an alias counts each time)",
                "split the questionnaire into several files",
            )
        } else if message.contains("Scalar") {
            (
                "more than 2 MiB of text in one file",
                "split the questionnaire into several files",
            )
        } else {
            (
                "this file is too large or too complex to read safely",
                "split it into several files",
            )
        };
        return (format!("YAML limit exceeded: {what}"), Some(fix.into()));
    }
    if message.contains("recursion limit") {
        return (
            "YAML limit exceeded: values are nested more than 40 levels deep".into(),
            Some(
                "a study needs a handful of levels; look for a runaway indentation or brackets"
                    .into(),
            ),
        );
    }
    // The parser's words for the common mistakes, and their likely fix.
    const PLAIN_WORDS: &[(&str, &str, &str)] = &[
        (
            "did not find expected '-' indicator",
            "this line is not indented like the list entries around it",
            "the entries of one list start with `-` at the same column, and the fields of an \
             entry line up under its first field",
        ),
        (
            "did not find expected key",
            "this line is not indented like the fields around it",
            "the fields of one mapping start at the same column (indent with spaces)",
        ),
        (
            "mapping values are not allowed",
            "a `key:` where none can be: the line is indented too far, or a text holds `: `",
            "line the field up with the fields above it, or put the text in quotes",
        ),
        (
            "flow mapping, did not find expected ',' or '}'",
            "inside `{ ... }`, this text ends too early",
            "put a text that holds a comma, `: ` or `{ $variable }` in quotes: \
             `{ en: \"Hello { $name }, welcome\" }`",
        ),
        (
            "flow sequence, did not find expected ',' or ']'",
            "inside `[ ... ]`, this text ends too early",
            "put a text that holds a comma, `: ` or braces in quotes",
        ),
        (
            "expected string scalar",
            "a key here is not a plain name (a `{ ... }` inside a `{ ... }`?)",
            "put a text that holds `{ $variable }` in quotes: `{ en: \"Hello { $name }\" }`",
        ),
        (
            "unclosed quote",
            "a quote opened here is never closed",
            "close the quote, or use `|` for a text over several lines",
        ),
        (
            "cannot start any token",
            "this character cannot start a value",
            "put the text in quotes",
        ),
        (
            "did not find expected node content",
            "a value is missing here",
            "a value after the `:` or `-`, or remove the line",
        ),
        (
            "unexpected end of stream",
            "the file ends in the middle of a value",
            "close every `[`, `{` and quote",
        ),
    ];
    if let Some((_, plain, fix)) = PLAIN_WORDS.iter().find(|(m, _, _)| message.contains(m)) {
        return (format!("invalid YAML: {plain}"), Some((*fix).to_string()));
    }
    if message.contains("tab") {
        return (
            "a tab character is used for indentation".into(),
            Some("indent YAML with spaces".into()),
        );
    }
    (format!("invalid YAML: {message}"), None)
}

/// Maps places to byte offsets. Each conversion costs O(log n) or O(1), not
/// a walk from the start of the line: a study written on one long line has
/// as many nodes on that line as the whole file.
struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, starts }
    }

    /// The end of the line that holds byte `offset` (before its `\n`).
    fn line_end(&self, offset: usize) -> usize {
        let next = self.starts.partition_point(|&s| s <= offset);
        self.starts
            .get(next)
            .map_or(self.text.len(), |&start| start - 1)
    }

    /// A place given as line and column (in characters), for parser errors
    /// that carry no byte offset. Only used once per file.
    fn loc(&self, file: FileId, line: u32, col: u32) -> Loc {
        let start = self
            .starts
            .get(line.saturating_sub(1) as usize)
            .copied()
            .unwrap_or(self.text.len());
        let offset = start + char_prefix_len(&self.text[start..], col.saturating_sub(1) as usize);
        let len = char_prefix_len(&self.text[offset..], 1);
        Loc {
            file,
            line,
            col,
            offset: offset as u32,
            len: len as u32,
        }
    }
}

fn char_prefix_len(s: &str, chars: usize) -> usize {
    s.char_indices()
        .nth(chars)
        .map(|(i, _)| i)
        .unwrap_or(s.len())
}

fn location(file: FileId, index: &LineIndex, l: &serde_saphyr::Location) -> Loc {
    let span = l.span();
    let Some(offset) = span.byte_offset().map(|o| o as usize) else {
        return index.loc(file, l.line() as u32, l.column() as u32);
    };
    let offset = offset.min(index.text.len());
    let len = span.byte_len().unwrap_or(1).max(1) as usize;
    // Multi-line values are underlined on their first line only.
    let len = len.min(index.line_end(offset) - offset);
    Loc {
        file,
        line: l.line() as u32,
        col: l.column() as u32,
        offset: offset as u32,
        len: len as u32,
    }
}

/// The byte just past a value's whole text (the parser's span, not cut at
/// the end of the first line).
fn span_end(index: &LineIndex, l: &serde_saphyr::Location, start: &Loc) -> u32 {
    let span = l.span();
    match (span.byte_offset(), span.byte_len()) {
        (Some(offset), Some(len)) => (offset + len).min(index.text.len() as u64) as u32,
        _ => start.offset + start.len,
    }
}

fn convert(file: FileId, index: &LineIndex, node: Spanned<RawValue>) -> Node {
    let loc = location(file, index, &node.referenced);
    let end = span_end(index, &node.referenced, &loc);
    let value = match node.value {
        RawValue::Null => Value::Null,
        RawValue::Bool(b) => Value::Bool(b),
        RawValue::Int(i) => Value::Int(i),
        RawValue::Float(f) => Value::Float(f),
        RawValue::Str(s) => Value::Str(s),
        RawValue::Seq(items) => {
            Value::Seq(items.into_iter().map(|n| convert(file, index, n)).collect())
        }
        RawValue::Map(entries) => Value::Map(
            entries
                .into_iter()
                .map(|(k, v)| {
                    let key = Key {
                        loc: location(file, index, &k.referenced),
                        name: k.value,
                    };
                    (key, convert(file, index, v))
                })
                .collect(),
        ),
    };
    Node { value, loc, end }
}

/// The shape serde-saphyr fills; converted to [`Node`] right after parsing.
enum RawValue {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Spanned<RawValue>>),
    Map(Vec<(Spanned<String>, Spanned<RawValue>)>),
}

impl<'de> Deserialize<'de> for RawValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = RawValue;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a YAML value")
    }
    fn visit_unit<E>(self) -> Result<RawValue, E> {
        Ok(RawValue::Null)
    }
    fn visit_none<E>(self) -> Result<RawValue, E> {
        Ok(RawValue::Null)
    }
    fn visit_bool<E>(self, v: bool) -> Result<RawValue, E> {
        Ok(RawValue::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<RawValue, E> {
        Ok(RawValue::Int(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<RawValue, E> {
        Ok(i64::try_from(v).map_or(RawValue::Float(v as f64), RawValue::Int))
    }
    fn visit_f64<E>(self, v: f64) -> Result<RawValue, E> {
        Ok(RawValue::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<RawValue, E> {
        Ok(RawValue::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<RawValue, E> {
        Ok(RawValue::Str(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawValue, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(RawValue::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawValue, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Spanned<String>>()? {
            let value = map.next_value()?;
            entries.push((key, value));
        }
        Ok(RawValue::Map(entries))
    }
}

/// The exact source text of a scalar, for values that YAML typed as a number
/// or boolean where we want text (`version: 2024.10` must stay "2024.10").
pub fn source_text<'t>(text: &'t str, node: &Node) -> &'t str {
    let start = node.loc.offset as usize;
    let end = (start + node.loc.len as usize).min(text.len());
    text.get(start..end).unwrap_or("")
}
