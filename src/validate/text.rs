//! Checking translatable text: languages, Fluent syntax, variables.

use std::collections::BTreeSet;
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use crate::diagnostics::{Diagnostic, Diagnostics, did_you_mean, one_of};
use crate::fluent::SimplePattern;
use crate::i18n::{Locales, collect_pattern};
use crate::load::reader::{Located, RawText};
use crate::model::{Pattern, TranslatedText};

/// Variables every text may use, whatever the study defines.
pub const BUILTIN_VARIABLES: &[&str] = &["contact", "institution", "title"];

/// What a text may refer to, and where problems go.
pub struct TextChecker<'a> {
    pub languages: &'a [String],
    /// The same codes, shared by every text checked (see
    /// [`TranslatedText`]).
    pub language_keys: &'a [Arc<str>],
    pub default_language: &'a str,
    pub variables: &'a BTreeSet<String>,
    pub locales: &'a Locales,
    pub diagnostics: &'a mut Diagnostics,
}

impl TextChecker<'_> {
    /// Checks a translatable text; problems are reported and the text is
    /// kept so that later checks still run.
    pub fn check(&mut self, raw: &RawText) -> TranslatedText {
        self.check_with(raw, None)
    }

    /// A key such as a document's `audience`: a plain string is shown as
    /// written in every language and never missing; a mapping is a
    /// translated label.
    pub fn check_key(&mut self, raw: &RawText) -> TranslatedText {
        let mut text = self.check_value(raw);
        if let (RawText::Plain(_), Some((_, pattern))) = (raw, text.by_language.first().cloned()) {
            text.by_language = self
                .languages
                .iter()
                .map(|lang| (self.key_of(lang), pattern.clone()))
                .collect();
        }
        text
    }

    /// A variable's value. A plain string there is a name (of a programme,
    /// a city) and the same in every language, so it is never missing.
    pub fn check_value(&mut self, raw: &RawText) -> TranslatedText {
        let text = self.check_quietly(raw, None);
        if !matches!(raw, RawText::Plain(_)) {
            self.report_missing(&text);
        }
        text
    }

    /// As [`check`](Self::check), with extra variables allowed (a letter's
    /// variant variables).
    pub fn check_with(
        &mut self,
        raw: &RawText,
        extra_variables: Option<&BTreeSet<String>>,
    ) -> TranslatedText {
        let text = self.check_quietly(raw, extra_variables);
        self.report_missing(&text);
        text
    }

    /// Checks a text without reporting missing translations.
    fn check_quietly(
        &mut self,
        raw: &RawText,
        extra_variables: Option<&BTreeSet<String>>,
    ) -> TranslatedText {
        let mut by_language: Vec<(Arc<str>, Pattern)> = Vec::new();
        match raw {
            RawText::Plain(s) => {
                let pattern = self.pattern(s, extra_variables);
                by_language.push((self.key_of(self.default_language), pattern));
            }
            RawText::ByLanguage { entries, loc } => {
                if entries.is_empty() {
                    self.diagnostics.push(
                        Diagnostic::error(*loc, "this text is empty")
                            .expected("a string, or `language: text` pairs"),
                    );
                }
                for (lang, s) in entries {
                    if !self.languages.contains(&lang.value) {
                        let names: Vec<&str> = self.languages.iter().map(String::as_str).collect();
                        self.diagnostics.push(
                            Diagnostic::error(
                                lang.loc,
                                format!("`{}` is not one of the study's languages", lang.value),
                            )
                            .expected(format!(
                                "one of {} (study.yaml `languages`)",
                                one_of(&names)
                            ))
                            .maybe_help(did_you_mean(&lang.value, names.iter().copied())),
                        );
                        continue;
                    }
                    let pattern = self.pattern(s, extra_variables);
                    match by_language.iter_mut().find(|(l, _)| **l == *lang.value) {
                        Some(entry) => entry.1 = pattern,
                        None => by_language.push((self.key_of(&lang.value), pattern)),
                    }
                }
            }
        }
        TranslatedText {
            loc: raw.loc(),
            by_language,
        }
    }

    /// The shared code of one of the study's languages.
    fn key_of(&self, lang: &str) -> Arc<str> {
        self.language_keys
            .iter()
            .find(|k| ***k == *lang)
            .cloned()
            .unwrap_or_else(|| Arc::from(lang))
    }

    fn report_missing(&mut self, text: &TranslatedText) {
        if text.by_language.is_empty() {
            return;
        }
        let missing: Vec<&str> = self
            .languages
            .iter()
            .filter(|l| !text.contains(l))
            .map(String::as_str)
            .collect();
        if missing.is_empty() {
            return;
        }
        let shown = if text.contains(self.default_language) {
            self.default_language.to_string()
        } else {
            text.first().map(|(l, _)| l.to_string()).unwrap_or_default()
        };
        self.diagnostics.push(
            Diagnostic::warning(
                text.loc,
                format!(
                    "missing translation: {}",
                    missing
                        .iter()
                        .map(|l| format!("`{l}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
            .expected(format!(
                "the `{shown}` text is shown instead, marked as not yet translated"
            )),
        );
    }

    fn pattern(&mut self, s: &Located<String>, extra: Option<&BTreeSet<String>>) -> Pattern {
        let source = s.value.clone();
        if let Some((message, expected)) = too_complex(&source) {
            self.diagnostics
                .push(Diagnostic::error(s.loc, message).expected(expected));
            // Never rendered: the build stops at this error.
            return Pattern {
                source: Box::default(),
                fluent: false,
            };
        }
        if memchr::memchr2(b'{', b'}', source.as_bytes()).is_none() {
            return Pattern {
                source: source.into(),
                fluent: false,
            };
        }
        if let Some(simple) = SimplePattern::new(&source) {
            for name in simple.variables() {
                if let Some(problem) = self.unknown_variable(s, name, extra) {
                    self.diagnostics.push(problem);
                }
            }
            return Pattern {
                source: source.into(),
                fluent: true,
            };
        }
        if crate::fluent::too_deep(&source).is_some() {
            self.diagnostics.push(
                Diagnostic::error(
                    s.loc,
                    format!(
                        "placeables (`{{ ... }}`) are nested more than {} deep in this text",
                        crate::fluent::MAX_DEPTH
                    ),
                )
                .expected("a few levels at most; write `{\"{\"}` for a literal brace"),
            );
            // Never parsed: the parser would recurse once per level.
            return Pattern {
                source: source.into(),
                fluent: false,
            };
        }
        let resource = match FluentResource::try_new(fluent_source(&source)) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    self.diagnostics.push(
                        Diagnostic::error(
                            s.loc,
                            format!("Fluent syntax error in this text: {}", e.kind),
                        )
                        .expected(
                            "`{ $name }` for a variable; write `{\"{\"}` for a literal brace",
                        ),
                    );
                }
                r
            }
        };
        if let Some(pattern) = message_pattern(&resource) {
            for (message, expected) in crate::fluent::pattern_problems(pattern) {
                self.diagnostics
                    .push(Diagnostic::error(s.loc, message).expected(expected));
            }
            self.check_references(s, pattern, extra);
        }
        Pattern {
            source: source.into(),
            fluent: true,
        }
    }

    fn check_references(
        &mut self,
        s: &Located<String>,
        pattern: &ast::Pattern<&str>,
        extra: Option<&BTreeSet<String>>,
    ) {
        let mut problems = Vec::new();
        collect_pattern(pattern, &mut |e| match e {
            ast::InlineExpression::VariableReference { id } => {
                problems.extend(self.unknown_variable(s, id.name, extra));
            }
            ast::InlineExpression::MessageReference { id, .. }
                if !self.locales.has_message(id.name) =>
            {
                problems.push(
                    Diagnostic::error(s.loc, format!("unknown message `{{ {} }}`", id.name))
                        .expected("a message of the locales, or `{ $name }` for a variable")
                        .maybe_help(did_you_mean(id.name, self.locales.message_ids())),
                );
            }
            ast::InlineExpression::TermReference { id, .. } => {
                problems.push(
                    Diagnostic::error(s.loc, format!("unknown term `{{ -{} }}`", id.name))
                        .expected("terms are not available in study texts; use `{ $name }`"),
                );
            }
            _ => {}
        });
        for p in problems {
            self.diagnostics.push(p);
        }
    }

    /// The error for a variable that neither the study nor enquete defines.
    fn unknown_variable(
        &self,
        s: &Located<String>,
        name: &str,
        extra: Option<&BTreeSet<String>>,
    ) -> Option<Diagnostic> {
        let known = BUILTIN_VARIABLES.contains(&name)
            || self.variables.contains(name)
            || extra.is_some_and(|x| x.contains(name));
        if known {
            return None;
        }
        let mut candidates: Vec<&str> = BUILTIN_VARIABLES.to_vec();
        candidates.extend(self.variables.iter().map(String::as_str));
        if let Some(x) = extra {
            candidates.extend(x.iter().map(String::as_str));
        }
        candidates.sort_unstable();
        candidates.dedup();
        Some(
            Diagnostic::error(s.loc, format!("unknown variable `{{ ${name} }}`"))
                .expected(format!(
                    "one of {} (study.yaml `variables`, or built in)",
                    one_of(&candidates)
                ))
                .maybe_help(did_you_mean(name, candidates.iter().copied())),
        )
    }
}

/// Most bytes one text may have; a long introduction has a few thousand.
pub const MAX_TEXT_BYTES: usize = 100_000;

/// Deepest nesting of raw HTML elements in one text. The sanitiser's time
/// grows with the square of it.
pub const MAX_HTML_DEPTH: usize = 32;

/// Elements that never hold others, so never nest.
const VOID_ELEMENTS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Why a text is too large or too deep to render safely, if it is.
fn too_complex(text: &str) -> Option<(String, String)> {
    if text.len() > MAX_TEXT_BYTES {
        return Some((
            format!("this text is too long ({} bytes)", text.len()),
            format!("at most {MAX_TEXT_BYTES} bytes; split it over several questions or sections"),
        ));
    }
    let depth = html_depth(text);
    (depth > MAX_HTML_DEPTH).then(|| {
        (
            format!("HTML elements are nested {depth} deep in this text"),
            format!("at most {MAX_HTML_DEPTH} levels"),
        )
    })
}

/// How deep raw HTML tags nest in a text: opening tags minus closing tags,
/// at the deepest point. A rough count (it ignores what Markdown would make
/// of the tags) that is never below the real depth of well-formed HTML.
fn html_depth(text: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut rest = text;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if rest.starts_with('/') {
            depth = depth.saturating_sub(1);
            continue;
        }
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() || VOID_ELEMENTS.contains(&name.as_str()) {
            continue;
        }
        // Up to the tag's end or the next tag: each byte is looked at once.
        let self_closing = rest
            .find(['>', '<'])
            .is_some_and(|end| rest[..end].ends_with('/'));
        if !self_closing {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

/// A text written in YAML, as the value of a one-message Fluent resource.
/// Continuation lines that start with `[`, `*` or `.` would read as Fluent
/// syntax (variants, attributes), so that first character is quoted.
pub fn fluent_source(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    out.push_str("m =");
    for line in text.split('\n') {
        out.push_str("\n    ");
        match line.chars().next() {
            Some(c @ ('[' | '*' | '.')) => {
                out.push_str("{\"");
                out.push(c);
                out.push_str("\"}");
                out.push_str(&line[1..]);
            }
            _ => out.push_str(line),
        }
    }
    out.push('\n');
    out
}

/// A text as a Fluent resource of one message (errors were reported when
/// the study was checked).
pub fn parse(text: &str) -> FluentResource {
    FluentResource::try_new(fluent_source(text)).unwrap_or_else(|(r, _)| r)
}

/// The pattern of the single message of a resource made by [`fluent_source`].
pub fn message_pattern(resource: &FluentResource) -> Option<&ast::Pattern<&str>> {
    resource.entries().find_map(|e| match e {
        ast::Entry::Message(m) => m.value.as_ref(),
        _ => None,
    })
}

/// Every variable a text uses, in any language.
pub fn used_variables(text: &TranslatedText) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for pattern in text.patterns() {
        if pattern.fluent {
            let resource = parse(&pattern.source);
            if let Some(p) = message_pattern(&resource) {
                out.extend(crate::i18n::pattern_variables(p));
            }
        }
    }
    out
}
