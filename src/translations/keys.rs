//! Stable keys for every translatable text of a study, found by walking the
//! format's field tables (`crate::format`) over the parsed YAML: a field of
//! shape `Text` is one text, `TextList` one per entry, `TextMap` one per
//! name. Keys are built from ids, so that they survive reordering:
//! `newcomer/intro/matching/text`, `consent-written/items/recording/text`,
//! `study/privacy/retention`.

use std::collections::HashMap;
use std::sync::Arc;

use crate::diagnostics::{Diagnostic, FileId, Loc};
use crate::format::{self, Mapping, Shape};
use crate::load::LoadedStudy;
use crate::load::yaml::{self, Node, Value};

/// One translatable text as written in the study.
#[derive(Clone)]
pub struct Text {
    pub key: String,
    pub file: FileId,
    /// The text's value (its mapping of languages, or its plain string).
    pub loc: Loc,
    /// The questionnaire it belongs to; `None` for study.yaml.
    pub document: Option<String>,
    /// Part of a consent document: its signed wording must be approved.
    pub consent: bool,
    /// Every language written, in the file's order; a plain string is the
    /// default language's.
    pub by_language: Vec<(String, Written)>,
    /// A plain string that is shown as written in every language (an
    /// audience key, an address, a variable's value): nothing to translate.
    pub same_everywhere: bool,
    /// Where a language not yet written would go.
    pub layout: Layout,
    /// What the study says about the text for a translator: the YAML
    /// comments above it and above the fields and entries that hold it,
    /// outermost first, and the question's `help`.
    pub notes: Vec<String>,
}

/// How a text's languages are laid out, for adding one in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// `{ nl: ..., en: ... }`: a new language follows the last value.
    FlowMap { after_last: usize },
    /// One `lang: value` a line: a new line after the last value's line
    /// (`after_last` is its end), its key at `indent` spaces.
    BlockMap { after_last: usize, indent: usize },
    /// A single string, the default language's.
    Plain,
}

impl Text {
    pub fn get(&self, lang: &str) -> Option<&Written> {
        self.by_language
            .iter()
            .find(|(l, _)| l == lang)
            .map(|(_, w)| w)
    }

    /// Whether the text asks for translations: it has its source and is
    /// not a value shown as written everywhere.
    pub fn is_translatable(&self, default_language: &str) -> bool {
        !self.same_everywhere && self.get(default_language).is_some()
    }
}

/// One language's version of a text.
#[derive(Clone)]
pub struct Written {
    pub text: String,
    pub loc: Loc,
    /// The byte past the value's text, as [`yaml::Node::end`].
    pub end: usize,
}

/// Where a key rests on a position: moving the entry changes the key.
#[derive(Clone)]
pub struct PositionalKey {
    pub loc: Loc,
    /// "a question", from the format's table.
    pub what: &'static str,
    /// The field that pins it: `id`, or `value` for an option.
    pub field: &'static str,
    pub derived: String,
    pub prefix: String,
}

impl PositionalKey {
    pub fn warning(&self) -> Diagnostic {
        Diagnostic::warning(
            self.loc,
            format!(
                "the translation keys of {} (`{}/...`) rest on its position",
                self.what, self.prefix
            ),
        )
        .expected(format!(
            "moving it changes the keys and translations.lock loses track of its translations; \
             pin them with `{}: {}`",
            self.field, self.derived
        ))
    }
}

#[derive(Default, Clone)]
pub struct Collected {
    /// In the order of the files and of each file.
    pub texts: Vec<Text>,
    pub positional: Vec<PositionalKey>,
}

/// Lists which a key leaves out: a question's key reads
/// `questionnaire/section/question/...`, the outline of the questionnaire.
const OUTLINE_LISTS: &[&str] = &["sections", "questions"];

/// The keys of codebook.yaml: `codebook/{code id}/name`, whatever the
/// code's depth, since code ids are unique in the whole codebook (moving a
/// code under another keeps its translations).
pub const CODEBOOK_PREFIX: &str = "codebook";

/// Fields whose plain string is shown as written in every language (the
/// validator's `check_key` and `check_value`); `TextMap` values too.
const SAME_EVERYWHERE_WHEN_PLAIN: &[&str] = &["audience", "controller_contact", "address"];

/// Every translatable text of the study, with its key. Files that do not
/// parse are left out (the check of the study reports them).
pub fn collect(loaded: &LoadedStudy, default_language: &str) -> Collected {
    collect_files(loaded, default_language, true)
}

/// The texts of study.yaml and codebook.yaml, then of the questionnaires
/// when `questionnaires`.
fn collect_files(loaded: &LoadedStudy, default_language: &str, questionnaires: bool) -> Collected {
    let mut out = Collected::default();
    if let Some((file, _)) = &loaded.study {
        collect_into(
            &mut out,
            *file,
            loaded.sources.text(*file),
            None,
            default_language,
        );
    }
    if let Some((file, _)) = &loaded.codebook
        && let Ok(root) = yaml::parse(*file, loaded.sources.text(*file))
    {
        let text = loaded.sources.text(*file);
        let mut walker = Walker {
            file: *file,
            text,
            document: None,
            consent: false,
            default_language,
            out: &mut out,
            notes: Vec::new(),
            line_starts: line_starts(text),
        };
        walker.mapping(&root, &format::CODEBOOK, CODEBOOK_PREFIX);
    }
    if questionnaires {
        for (id, file) in &loaded.questionnaires {
            let text = loaded.sources.text(*file);
            collect_into(&mut out, *file, text, Some(id), default_language);
        }
    }
    out
}

/// The texts of each questionnaire as last collected, with the text they
/// were collected from: what `serve` keeps so that, after an edit, only the
/// changed files are parsed again for the translation report.
#[derive(Default)]
pub struct Earlier {
    default_language: String,
    /// Questionnaire id → (file, text, its texts).
    files: HashMap<String, (FileId, Arc<str>, Collected)>,
}

/// As [`collect`], taking from `earlier` the texts of each questionnaire
/// whose file is unchanged, and keeping there what it collected.
pub fn collect_reusing(
    loaded: &LoadedStudy,
    default_language: &str,
    earlier: &mut Earlier,
) -> Collected {
    if earlier.default_language != default_language {
        earlier.files.clear();
        earlier.default_language = default_language.to_string();
    }
    let mut out = collect_files(loaded, default_language, false);
    let mut kept = HashMap::with_capacity(loaded.questionnaires.len());
    for (id, file) in &loaded.questionnaires {
        let text = loaded.sources.shared_text(*file);
        let same = |(f, t, _): &(FileId, Arc<str>, Collected)| {
            *f == *file && (Arc::ptr_eq(t, &text) || **t == *text)
        };
        let collected = match earlier.files.remove(id).filter(same) {
            Some((_, _, collected)) => collected,
            None => {
                let mut collected = Collected::default();
                collect_into(&mut collected, *file, &text, Some(id), default_language);
                collected
            }
        };
        out.texts.extend(collected.texts.iter().cloned());
        out.positional.extend(collected.positional.iter().cloned());
        kept.insert(id.clone(), (*file, text, collected));
    }
    earlier.files = kept;
    out
}

/// The texts of one file of the study as if it held `text`: how an edit
/// is checked before it is written.
pub fn collect_file(
    loaded: &LoadedStudy,
    file: FileId,
    text: &str,
    default_language: &str,
) -> Vec<Text> {
    let mut out = Collected::default();
    let document = loaded
        .questionnaires
        .iter()
        .find(|(_, f)| *f == file)
        .map(|(id, _)| id.as_str());
    collect_into(&mut out, file, text, document, default_language);
    out.texts
}

/// The texts of study.yaml (`document` `None`) or of a questionnaire.
fn collect_into(
    out: &mut Collected,
    file: FileId,
    text: &str,
    document: Option<&str>,
    default_language: &str,
) {
    let Ok(root) = yaml::parse(file, text) else {
        return;
    };
    let (mapping, prefix, consent) = match document {
        None => (&format::STUDY, "study", false),
        Some(id) => {
            let Some(kind) = string_field(&root, "kind") else {
                return;
            };
            let Some(mapping) = format::document(kind) else {
                return;
            };
            (mapping, id, kind == "consent")
        }
    };
    let mut walker = Walker {
        file,
        text,
        document: document.map(str::to_string),
        consent,
        default_language,
        out,
        notes: Vec::new(),
        line_starts: line_starts(text),
    };
    walker.mapping(&root, mapping, prefix);
}

fn string_field<'n>(node: &'n Node, name: &str) -> Option<&'n str> {
    let Value::Map(entries) = &node.value else {
        return None;
    };
    entries
        .iter()
        .find(|(k, _)| k.name == name)
        .and_then(|(_, v)| match &v.value {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        })
}

/// Where each line of `text` starts.
fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

struct Walker<'a> {
    file: FileId,
    text: &'a str,
    document: Option<String>,
    consent: bool,
    default_language: &'a str,
    out: &'a mut Collected,
    /// The comments above the fields and entries being walked.
    notes: Vec<String>,
    /// Where each line of `text` starts.
    line_starts: Vec<usize>,
}

impl Walker<'_> {
    fn mapping(&mut self, node: &Node, mapping: &Mapping, prefix: &str) {
        let Value::Map(entries) = &node.value else {
            return;
        };
        for (key, value) in entries {
            let Some(field) = mapping.field(&key.name) else {
                continue;
            };
            let path = format!("{prefix}/{}", field.name);
            let depth = self.notes.len();
            if let Some(note) =
                comment_above(self.text, &self.line_starts, key.loc.offset as usize, false)
            {
                self.notes.push(note);
            }
            if field.name == "text"
                && let Some(help) = self.source_of(entries, "help")
            {
                let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
                self.notes.push(format!("help: {help}"));
            }
            match field.shape {
                Shape::Text => {
                    let plain_is_key = SAME_EVERYWHERE_WHEN_PLAIN.contains(&field.name);
                    self.text(value, path, plain_is_key);
                }
                Shape::TextList => {
                    if let Value::Seq(items) = &value.value {
                        for (i, item) in items.iter().enumerate() {
                            let note = comment_above(
                                self.text,
                                &self.line_starts,
                                item.loc.offset as usize,
                                true,
                            );
                            let pushed = note.map(|n| self.notes.push(n)).is_some();
                            self.text(item, format!("{path}/{}", i + 1), false);
                            if pushed {
                                self.notes.pop();
                            }
                        }
                    }
                }
                Shape::TextMap => {
                    if let Value::Map(pairs) = &value.value {
                        for (name, item) in pairs {
                            self.text(item, format!("{path}/{}", name.name), true);
                        }
                    }
                }
                Shape::Map(inner) => self.mapping(value, inner, &path),
                Shape::List(inner) => {
                    let base = if std::ptr::eq(inner, &format::CODE) {
                        CODEBOOK_PREFIX.to_string()
                    } else if OUTLINE_LISTS.contains(&field.name) {
                        prefix.to_string()
                    } else {
                        path
                    };
                    self.list(value, inner, &base, prefix);
                }
                Shape::Plain
                | Shape::Id
                | Shape::OneOf(_)
                | Shape::Integer
                | Shape::Bool
                | Shape::Duration
                | Shape::PlainList => {}
            }
            self.notes.truncate(depth);
        }
    }

    /// The default-language text of a field of `entries`.
    fn source_of(&self, entries: &[(yaml::Key, Node)], name: &str) -> Option<String> {
        let (_, node) = entries.iter().find(|(k, _)| k.name == name)?;
        match &node.value {
            Value::Str(s) => Some(s.clone()),
            Value::Map(languages) => languages
                .iter()
                .find(|(l, _)| l.name == self.default_language)
                .and_then(|(_, v)| match &v.value {
                    Value::Str(s) => Some(s.clone()),
                    _ => None,
                }),
            _ => None,
        }
    }

    /// The entries of a list of mappings, each named by its id field (or
    /// by the id the validator derives from its position).
    fn list(&mut self, node: &Node, mapping: &'static Mapping, base: &str, parent: &str) {
        let Value::Seq(items) = &node.value else {
            return;
        };
        let id_field = mapping
            .fields
            .iter()
            .find(|f| matches!(f.shape, Shape::Id))
            .map(|f| f.name);
        // The entry that holds the list, for ids such as `s1-2`.
        let parent_id = parent.rsplit('/').next().unwrap_or(parent);
        for (i, item) in items.iter().enumerate() {
            let written = id_field.and_then(|name| string_field(item, name));
            let segment = match written {
                Some(id) => id.to_string(),
                None => derived_id(mapping, parent_id, i + 1),
            };
            let prefix = format!("{base}/{segment}");
            let before = self.out.texts.len();
            let note = comment_above(self.text, &self.line_starts, item.loc.offset as usize, true);
            let pushed = note.map(|n| self.notes.push(n)).is_some();
            self.mapping(item, mapping, &prefix);
            if pushed {
                self.notes.pop();
            }
            let has_translations = self.out.texts[before..].iter().any(|t| {
                t.by_language
                    .iter()
                    .any(|(lang, _)| lang != self.default_language)
            });
            if let (None, Some(field), true) = (written, id_field, has_translations) {
                self.out.positional.push(PositionalKey {
                    loc: item.loc,
                    what: mapping.what,
                    field,
                    derived: segment,
                    prefix,
                });
            }
        }
    }

    fn text(&mut self, node: &Node, key: String, plain_is_key: bool) {
        let layout = self.layout(node);
        let (by_language, plain) = match &node.value {
            Value::Map(entries) => (
                entries
                    .iter()
                    .filter_map(|(lang, v)| Some((lang.name.clone(), self.written(v)?)))
                    .collect(),
                false,
            ),
            _ => match self.written(node) {
                Some(w) => (vec![(self.default_language.to_string(), w)], true),
                None => return,
            },
        };
        self.out.texts.push(Text {
            key,
            file: self.file,
            loc: node.loc,
            document: self.document.clone(),
            consent: self.consent,
            by_language,
            same_everywhere: plain && plain_is_key,
            layout,
            notes: self.notes.clone(),
        });
    }

    fn layout(&self, node: &Node) -> Layout {
        let Value::Map(entries) = &node.value else {
            return Layout::Plain;
        };
        let Some((first, _)) = entries.first() else {
            return Layout::Plain;
        };
        let after_last = entries
            .last()
            .map_or(node.loc.offset as usize, |(_, v)| value_end(self.text, v));
        if self.text.as_bytes().get(node.loc.offset as usize) == Some(&b'{') {
            Layout::FlowMap { after_last }
        } else {
            // After a comment that ends the last value's line, so that the
            // comment stays with its value.
            let next_line = self.line_starts.partition_point(|&s| s <= after_last);
            let line_end = self
                .line_starts
                .get(next_line)
                .map_or(self.text.len(), |&start| start - 1);
            Layout::BlockMap {
                after_last: line_end,
                indent: first.loc.col.saturating_sub(1) as usize,
            }
        }
    }

    /// A scalar's text; numbers and booleans as written (as the reader does).
    fn written(&self, node: &Node) -> Option<Written> {
        let text = match &node.value {
            Value::Str(s) => s.clone(),
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
                yaml::source_text(self.text, node).to_string()
            }
            Value::Null | Value::Seq(_) | Value::Map(_) => return None,
        };
        Some(Written {
            text,
            loc: node.loc,
            end: node.end as usize,
        })
    }
}

/// The comment lines right above the line of `offset`, indented as that
/// line is (so that lines of a block of text above are never taken), as
/// one paragraph; for an entry of a list, the line of its `-`.
fn comment_above(text: &str, starts: &[usize], offset: usize, entry: bool) -> Option<String> {
    // Line starts from an index, not by searching back: a study written on
    // one long line has every key on it.
    let index = starts.partition_point(|&s| s <= offset) - 1;
    let line_start = starts[index];
    let indent = leading_spaces(&text[line_start..], usize::MAX);
    let starts_line = if entry {
        text[line_start + indent..].starts_with('-')
    } else {
        // A key after `- ` on its entry's line: the comment above is the
        // entry's, taken with the entry.
        line_start + indent == offset
    };
    if !starts_line {
        return None;
    }
    let mut lines = Vec::new();
    let mut above_index = index;
    while above_index > 0 {
        above_index -= 1;
        let above = &text[starts[above_index]..starts[above_index + 1] - 1];
        if leading_spaces(above, indent + 1) != indent
            || above.as_bytes().get(indent) != Some(&b'#')
        {
            above_index += 1;
            break;
        }
        lines.push(above[indent..].trim_start_matches('#').trim());
    }
    // The comments that open the file are about the file.
    if above_index == 0 {
        return None;
    }
    lines.reverse();
    let note = lines
        .iter()
        .filter(|l| !l.is_empty() && !l.starts_with("yaml-language-server:"))
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    (!note.is_empty()).then_some(note)
}

/// The spaces that start `line`, counted up to `most`.
fn leading_spaces(line: &str, most: usize) -> usize {
    line.bytes().take(most).take_while(|b| *b == b' ').count()
}

/// The end of a value's own text: a block scalar's span runs on over the
/// blank lines after it, which belong to the layout of the file.
pub fn value_end(text: &str, node: &Node) -> usize {
    let start = node.loc.offset as usize;
    let end = (node.end as usize).clamp(start, text.len());
    start + text[start..end].trim_end().len()
}

/// The id the validator gives an entry written without one (see the
/// `id` field's documentation in `crate::format`).
fn derived_id(mapping: &Mapping, parent_id: &str, position: usize) -> String {
    match mapping.name {
        "section" => format!("s{position}"),
        "question" => format!("{parent_id}-{position}"),
        "item" => format!("item-{position}"),
        "variant" => format!("variant-{position}"),
        // Options (`value`) and researchers (no id) by their position.
        _ => position.to_string(),
    }
}
