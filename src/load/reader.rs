//! Reading located YAML nodes into typed values, reporting every problem.
//!
//! Each helper returns `None` after pushing a diagnostic, so that callers
//! carry on with the rest of the file and one run shows all problems.

use crate::diagnostics::{Diagnostic, Diagnostics, FileId, Loc, did_you_mean, one_of};
use crate::format::Mapping;
use crate::load::yaml::{Key, Node, Value, source_text};

/// A value and the place it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Located<T> {
    pub value: T,
    pub loc: Loc,
}

impl<T> Located<T> {
    pub fn new(value: T, loc: Loc) -> Self {
        Located { value, loc }
    }
}

/// Translatable text as written: a plain string (default language only) or
/// a map from language code to string.
#[derive(Debug, Clone)]
pub enum RawText {
    Plain(Located<String>),
    ByLanguage {
        loc: Loc,
        entries: Vec<(Located<String>, Located<String>)>,
    },
}

impl RawText {
    pub fn loc(&self) -> Loc {
        match self {
            RawText::Plain(s) => s.loc,
            RawText::ByLanguage { loc, .. } => *loc,
        }
    }
}

pub struct Reader<'a> {
    pub file: FileId,
    pub text: &'a str,
    pub diagnostics: &'a mut Diagnostics,
}

/// The entries of one YAML mapping, checked against the names allowed there.
pub struct Fields<'n> {
    pub loc: Loc,
    entries: &'n [(Key, Node)],
}

impl<'n> Fields<'n> {
    pub fn get(&self, name: &str) -> Option<&'n Node> {
        self.entries
            .iter()
            .find(|(k, _)| k.name == name)
            .map(|(_, v)| v)
    }
}

impl<'a> Reader<'a> {
    pub fn error(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    /// A mapping whose keys must all be fields of `mapping`.
    pub fn fields<'n>(&mut self, node: &'n Node, mapping: &Mapping) -> Option<Fields<'n>> {
        // Every question and option of a study passes here: the list of
        // names is only made when a message needs it.
        if let Value::Map(entries) = &node.value
            && entries
                .iter()
                .all(|(k, _)| mapping.field(&k.name).is_some())
        {
            return Some(Fields {
                loc: node.loc,
                entries,
            });
        }
        let allowed: Vec<&str> = mapping.names().collect();
        self.fields_named(node, mapping.what, &allowed)
    }

    /// A mapping whose keys must all be in `allowed`; `what` names it in
    /// messages ("a question").
    pub fn fields_named<'n>(
        &mut self,
        node: &'n Node,
        what: &str,
        allowed: &[&str],
    ) -> Option<Fields<'n>> {
        let Value::Map(entries) = &node.value else {
            self.error(
                Diagnostic::error(node.loc, format!("{what} must be a mapping of fields"))
                    .expected(format!("found {}", node.describe())),
            );
            return None;
        };
        for (key, _) in entries {
            if !allowed.contains(&key.name.as_str()) {
                self.error(
                    Diagnostic::error(key.loc, format!("unknown field `{}` in {what}", key.name))
                        .expected(format!("expected one of {}", one_of(allowed)))
                        .maybe_help(did_you_mean(&key.name, allowed.iter().copied())),
                );
            }
        }
        Some(Fields {
            loc: node.loc,
            entries,
        })
    }

    pub fn missing(&mut self, fields: &Fields, name: &str, what: &str, expected: &str) {
        self.error(
            Diagnostic::error(fields.loc, format!("{what} has no `{name}`")).expected(expected),
        );
    }

    /// Text from a scalar. Numbers and booleans count as their source text,
    /// so that `version: 2024.10` stays "2024.10".
    pub fn string(&mut self, node: &Node, what: &str) -> Option<Located<String>> {
        match &node.value {
            Value::Str(s) => Some(Located::new(s.clone(), node.loc)),
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => Some(Located::new(
                source_text(self.text, node).to_string(),
                node.loc,
            )),
            _ => {
                self.error(
                    Diagnostic::error(node.loc, format!("{what} must be text"))
                        .expected(format!("found {}", node.describe())),
                );
                None
            }
        }
    }

    pub fn integer(&mut self, node: &Node, what: &str) -> Option<Located<i64>> {
        match &node.value {
            Value::Int(i) => Some(Located::new(*i, node.loc)),
            _ => {
                self.error(
                    Diagnostic::error(node.loc, format!("{what} must be a whole number"))
                        .expected(format!("found {}", node.describe())),
                );
                None
            }
        }
    }

    pub fn boolean(&mut self, node: &Node, what: &str) -> Option<Located<bool>> {
        match &node.value {
            Value::Bool(b) => Some(Located::new(*b, node.loc)),
            _ => {
                self.error(
                    Diagnostic::error(node.loc, format!("{what} must be `true` or `false`"))
                        .expected(format!("found {}", node.describe())),
                );
                None
            }
        }
    }

    pub fn list<'n>(&mut self, node: &'n Node, what: &str) -> Option<&'n [Node]> {
        match &node.value {
            Value::Seq(items) => Some(items),
            _ => {
                self.error(
                    Diagnostic::error(node.loc, format!("{what} must be a list"))
                        .expected(format!("found {}", node.describe())),
                );
                None
            }
        }
    }

    /// A list of plain strings, such as `languages: [nl, en]`.
    pub fn string_list(&mut self, node: &Node, what: &str) -> Option<Vec<Located<String>>> {
        let items = self.list(node, what)?;
        Some(
            items
                .iter()
                .filter_map(|item| self.string(item, what))
                .collect(),
        )
    }

    pub fn text(&mut self, node: &Node, what: &str) -> Option<RawText> {
        match &node.value {
            Value::Map(entries) => {
                let mut out = Vec::new();
                for (key, value) in entries {
                    if let Some(s) = self.string(value, what) {
                        out.push((Located::new(key.name.clone(), key.loc), s));
                    }
                }
                Some(RawText::ByLanguage {
                    loc: node.loc,
                    entries: out,
                })
            }
            Value::Seq(_) | Value::Null => {
                self.error(
                    Diagnostic::error(node.loc, format!("{what} must be text")).expected(format!(
                        "a string, or a mapping from language code to string; found {}",
                        node.describe()
                    )),
                );
                None
            }
            _ => self.string(node, what).map(RawText::Plain),
        }
    }

    /// Optional field helpers: absent is fine, present must be well-formed.
    pub fn opt_string(&mut self, f: &Fields, name: &str, what: &str) -> Option<Located<String>> {
        f.get(name).and_then(|n| self.string(n, what))
    }

    pub fn opt_text(&mut self, f: &Fields, name: &str, what: &str) -> Option<RawText> {
        f.get(name).and_then(|n| self.text(n, what))
    }

    pub fn opt_integer(&mut self, f: &Fields, name: &str, what: &str) -> Option<Located<i64>> {
        f.get(name).and_then(|n| self.integer(n, what))
    }

    pub fn opt_bool(&mut self, f: &Fields, name: &str, what: &str) -> Option<Located<bool>> {
        f.get(name).and_then(|n| self.boolean(n, what))
    }

    /// `name: value` pairs of a mapping whose keys are free (variables).
    pub fn text_map(&mut self, node: &Node, what: &str) -> Vec<(Located<String>, RawText)> {
        let Value::Map(entries) = &node.value else {
            self.error(
                Diagnostic::error(node.loc, format!("{what} must be a mapping"))
                    .expected(format!("`name: value` pairs; found {}", node.describe())),
            );
            return Vec::new();
        };
        entries
            .iter()
            .filter_map(|(k, v)| {
                let text = self.text(v, what)?;
                Some((Located::new(k.name.clone(), k.loc), text))
            })
            .collect()
    }

    /// A required mapping list, each element read by `read`.
    pub fn each<'n, T>(
        &mut self,
        node: &'n Node,
        what: &str,
        mut read: impl FnMut(&mut Self, &'n Node) -> Option<T>,
    ) -> Vec<T> {
        match self.list(node, what) {
            Some(items) => items.iter().filter_map(|n| read(self, n)).collect(),
            None => Vec::new(),
        }
    }
}
