//! Interface strings and default wording: Fluent bundles per language,
//! built from the embedded defaults and the study's own `locales/`.
//!
//! A study's message overrides the built-in message of the same id, one by
//! one; a language without built-in strings falls back to English for the
//! messages it does not translate (with a warning).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::diagnostics::{Diagnostic, Diagnostics, FileId, Loc, Sources};

/// The built-in Fluent files, embedded in the binary.
pub const BUILTIN: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en/enquete.ftl")),
    ("en", include_str!("../locales/en/consent.ftl")),
    ("nl", include_str!("../locales/nl/enquete.ftl")),
    ("nl", include_str!("../locales/nl/consent.ftl")),
    ("fr", include_str!("../locales/fr/enquete.ftl")),
    ("fr", include_str!("../locales/fr/consent.ftl")),
    ("ar", include_str!("../locales/ar/enquete.ftl")),
    ("ar", include_str!("../locales/ar/consent.ftl")),
    ("de", include_str!("../locales/de/enquete.ftl")),
    ("de", include_str!("../locales/de/consent.ftl")),
    ("es", include_str!("../locales/es/enquete.ftl")),
    ("es", include_str!("../locales/es/consent.ftl")),
    ("it", include_str!("../locales/it/enquete.ftl")),
    ("it", include_str!("../locales/it/consent.ftl")),
    ("pt", include_str!("../locales/pt/enquete.ftl")),
    ("pt", include_str!("../locales/pt/consent.ftl")),
    ("pl", include_str!("../locales/pl/enquete.ftl")),
    ("pl", include_str!("../locales/pl/consent.ftl")),
    ("ru", include_str!("../locales/ru/enquete.ftl")),
    ("ru", include_str!("../locales/ru/consent.ftl")),
    ("uk", include_str!("../locales/uk/enquete.ftl")),
    ("uk", include_str!("../locales/uk/consent.ftl")),
    ("tr", include_str!("../locales/tr/enquete.ftl")),
    ("tr", include_str!("../locales/tr/consent.ftl")),
    ("fa", include_str!("../locales/fa/enquete.ftl")),
    ("fa", include_str!("../locales/fa/consent.ftl")),
    ("so", include_str!("../locales/so/enquete.ftl")),
    ("so", include_str!("../locales/so/consent.ftl")),
    ("ti", include_str!("../locales/ti/enquete.ftl")),
    ("ti", include_str!("../locales/ti/consent.ftl")),
];

/// More syntax errors than this in one file are counted, not listed: each
/// costs a walk of its line, and a broken file can hold thousands.
const MAX_ERRORS_PER_FILE: usize = 50;

/// The language whose built-in strings are complete and used as fallback.
pub const FALLBACK: &str = "en";

type Bundle = FluentBundle<Arc<FluentResource>>;

pub struct Locales {
    bundles: BTreeMap<String, Bundle>,
    /// Message ids available in every language (the built-in English set
    /// plus the study's own).
    ids: BTreeSet<String>,
}

impl Locales {
    /// Builds one bundle per study language. Syntax errors in the study's
    /// `.ftl` files and untranslated messages are reported.
    pub fn build(
        languages: &[String],
        default_language: &str,
        study_files: &[(String, FileId)],
        sources: &Sources,
        diagnostics: &mut Diagnostics,
    ) -> Locales {
        let mut study_resources: BTreeMap<&str, Vec<(FileId, Arc<FluentResource>)>> =
            BTreeMap::new();
        for (lang, file) in study_files {
            if !languages.contains(lang) {
                // Strings for a language the study does not use are simply
                // not used (a shared locales/ may hold more languages); only
                // a directory that is no language code at all is a mistake.
                if !crate::validate::ids::is_valid_language(lang) {
                    diagnostics.push(
                        Diagnostic::warning(
                            Loc::file_start(*file),
                            format!("`{lang}` is not a language code; this file is not used"),
                        )
                        .expected("locales/{language code}/*.ftl, e.g. locales/nl/study.ftl")
                        .maybe_help(crate::diagnostics::did_you_mean(
                            lang,
                            languages.iter().map(String::as_str),
                        )),
                    );
                }
                continue;
            }
            let text = sources.text(*file).to_string();
            if let Some(offset) = crate::fluent::too_deep(&text) {
                diagnostics.push(
                    Diagnostic::error(
                        sources.loc_at(*file, offset, 1),
                        format!(
                            "placeables (`{{ ... }}`) are nested more than {} deep",
                            crate::fluent::MAX_DEPTH
                        ),
                    )
                    .expected("a few levels at most; this file is not read"),
                );
                continue;
            }
            let resource = match FluentResource::try_new(text) {
                Ok(r) => r,
                Err((r, errors)) => {
                    let shown = errors.len().min(MAX_ERRORS_PER_FILE);
                    if errors.len() > shown {
                        diagnostics.push(
                            Diagnostic::error(
                                Loc::file_start(*file),
                                format!(
                                    "{} Fluent syntax errors in this file; the first {shown} are shown",
                                    errors.len()
                                ),
                            )
                            .expected("messages such as `id = text`"),
                        );
                    }
                    for e in errors.into_iter().take(shown) {
                        let loc = sources.loc_at(*file, e.pos.start, e.pos.len().max(1));
                        diagnostics.push(
                            Diagnostic::error(loc, format!("Fluent syntax error: {}", e.kind))
                                .expected("a message such as `id = text`"),
                        );
                    }
                    r
                }
            };
            for entry in resource.entries() {
                let ast::Entry::Message(m) = entry else {
                    continue;
                };
                let Some(pattern) = m.value.as_ref() else {
                    continue;
                };
                for (message, expected) in crate::fluent::pattern_problems(pattern) {
                    let offset = message_offset(sources.text(*file), m.id.name);
                    let loc = sources.loc_at(*file, offset, m.id.name.len());
                    diagnostics.push(
                        Diagnostic::error(loc, format!("message `{}`: {message}", m.id.name))
                            .expected(expected),
                    );
                }
            }
            study_resources
                .entry(lang.as_str())
                .or_default()
                .push((*file, Arc::new(resource)));
        }

        let builtin_ids = message_ids(builtin_resources(FALLBACK).iter().map(|r| r.as_ref()));
        let mut ids = builtin_ids.clone();
        for resources in study_resources.values() {
            ids.extend(message_ids(resources.iter().map(|(_, r)| r.as_ref())));
        }

        let mut bundles = BTreeMap::new();
        for lang in languages {
            let langid: LanguageIdentifier = lang
                .parse()
                .unwrap_or_else(|_| FALLBACK.parse().expect("`en` is a valid language id"));
            let mut bundle = Bundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            // NUMBER(), the one function Fluent implements (see `fluent::FUNCTIONS`).
            // It fails only when NUMBER is already there, and a new bundle is empty.
            let _ = bundle.add_builtins();
            let own_builtin = builtin_resources(lang);
            let mut translated = message_ids(own_builtin.iter().map(|r| r.as_ref()));
            if lang != FALLBACK {
                // English first, so any message the language lacks still has text.
                for r in builtin_resources(FALLBACK) {
                    bundle.add_resource_overriding(r);
                }
            }
            for r in own_builtin {
                bundle.add_resource_overriding(r);
            }
            if let Some(resources) = study_resources.get(lang.as_str()) {
                for (_, r) in resources {
                    translated.extend(message_ids(std::iter::once(r.as_ref())));
                    bundle.add_resource_overriding(r.clone());
                }
            }
            // The study's own messages that this language lacks come from the
            // other languages, the default one first; adding without
            // overriding only fills gaps (the errors are the ids it skips).
            for other in std::iter::once(default_language)
                .chain(languages.iter().map(String::as_str))
                .filter(|l| *l != lang)
            {
                for (_, r) in study_resources.get(other).into_iter().flatten() {
                    let _ = bundle.add_resource(r.clone());
                }
            }
            let missing: Vec<&String> = ids.difference(&translated).collect();
            if !missing.is_empty() {
                let loc = study_resources
                    .get(lang.as_str())
                    .and_then(|r| r.first())
                    .map(|(f, _)| Loc::file_start(*f));
                let message = format!(
                    "{} interface message(s) have no `{lang}` translation; another language is used: {}",
                    missing.len(),
                    missing
                        .iter()
                        .take(8)
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                        + if missing.len() > 8 { ", ..." } else { "" }
                );
                let help = format!("add them to locales/{lang}/*.ftl");
                diagnostics.push(match loc {
                    Some(loc) => Diagnostic::warning(loc, message).help(help),
                    None => Diagnostic::warning_at(&format!("locales/{lang}"), message).help(help),
                });
            }
            bundles.insert(lang.clone(), bundle);
        }
        Locales { bundles, ids }
    }

    pub fn has_message(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(String::as_str)
    }

    /// The bundle of a study language; used to format study text patterns
    /// with the language's plural rules.
    pub fn bundle(&self, lang: &str) -> &Bundle {
        self.bundles
            .get(lang)
            .or_else(|| self.bundles.values().next())
            .expect("a study has at least one language")
    }

    /// Formats interface message `id` in `lang`. An unknown id yields the id
    /// itself, which tests catch; it never panics.
    pub fn message(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> String {
        let bundle = self.bundle(lang);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    /// Every message of a language, for templates: ids with `-` turned into
    /// `_` (`respondent-code` → `ui.respondent_code`). Variables show as
    /// `{name}` so that scripts can fill them in.
    pub fn interface_strings(&self, lang: &str) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for id in &self.ids {
            let bundle = self.bundle(lang);
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut args = FluentArgs::new();
            for var in pattern_variables(pattern) {
                args.set(var.clone(), FluentValue::from(format!("{{{var}}}")));
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            out.insert(id.replace('-', "_"), text.into_owned());
        }
        out
    }
}

/// Where message `id` starts in a Fluent file (the AST has no positions).
fn message_offset(text: &str, id: &str) -> usize {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start().starts_with('=')
        {
            return offset;
        }
        offset += line.len();
    }
    0
}

fn builtin_resources(lang: &str) -> Vec<Arc<FluentResource>> {
    BUILTIN
        .iter()
        .filter(|(l, _)| *l == lang)
        .map(|(_, text)| {
            Arc::new(FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r))
        })
        .collect()
}

/// Whether the binary carries interface strings for `lang`.
pub fn has_builtin(lang: &str) -> bool {
    BUILTIN.iter().any(|(l, _)| *l == lang)
}

fn message_ids<'r>(resources: impl Iterator<Item = &'r FluentResource>) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for r in resources {
        for entry in r.entries() {
            if let ast::Entry::Message(m) = entry {
                ids.insert(m.id.name.to_string());
            }
        }
    }
    ids
}

/// The `$variables` a pattern uses, in selectors and variants included.
pub fn pattern_variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    collect_pattern(pattern, &mut |e| {
        if let ast::InlineExpression::VariableReference { id } = e {
            out.insert(id.name.to_string());
        }
    });
    out
}

/// Calls `f` on every inline expression of a pattern, however deep.
pub fn collect_pattern<'p>(
    pattern: &'p ast::Pattern<&'p str>,
    f: &mut impl FnMut(&'p ast::InlineExpression<&'p str>),
) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, f);
        }
    }
}

fn collect_expression<'p>(
    expression: &'p ast::Expression<&'p str>,
    f: &mut impl FnMut(&'p ast::InlineExpression<&'p str>),
) {
    match expression {
        ast::Expression::Inline(inline) => collect_inline(inline, f),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, f);
            for v in variants {
                collect_pattern(&v.value, f);
            }
        }
    }
}

fn collect_inline<'p>(
    inline: &'p ast::InlineExpression<&'p str>,
    f: &mut impl FnMut(&'p ast::InlineExpression<&'p str>),
) {
    f(inline);
    match inline {
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                collect_inline(a, f);
            }
            for a in &arguments.named {
                collect_inline(&a.value, f);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, f),
        _ => {}
    }
}
