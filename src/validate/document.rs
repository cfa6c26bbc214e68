//! Checking the files of `questionnaires/`: forms, consent and letters.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Diagnostics, Loc, did_you_mean, one_of};
use crate::format::KINDS;
use crate::load::LoadedStudy;
use crate::load::raw::{RawDocument, RawItem};
use crate::load::reader::{Located, RawText};
use crate::model::{
    Consent, ConsentItem, ConsentMode, Content, Document, FormMode, ItemText, Letter,
    TranslatedText, Variant,
};
use crate::validate::cache::{Cache, Entry, Reused};
use crate::validate::ids::{ID_EXPECTED, is_valid_id};
use crate::validate::text::{TextChecker, used_variables};
use crate::validate::{empty_text, short_hash};

/// Built-in consent items, in the order they are printed.
pub const BUILTIN_ITEMS: &[&str] = &[
    "voluntary",
    "withdraw",
    "recording",
    "anonymisation",
    "privacy",
    "ethics",
];

/// Built-in items that may be refused without ending participation.
const OPTIONAL_BUILTIN_ITEMS: &[&str] = &["recording"];

pub fn check_documents(
    loaded: &LoadedStudy,
    checker: &mut TextChecker,
    mut cache: Option<&mut Cache>,
) -> Vec<Document> {
    // A questionnaire unchanged since the cache last saw it is taken from
    // the cache (moved, not copied: a large study has thousands).
    let reused: Vec<Reused> = match cache.as_deref_mut() {
        Some(cache) => {
            cache.begin(loaded);
            loaded
                .questionnaires
                .iter()
                .map(|(id, file)| cache.take(id, *file, loaded.sources.text(*file)))
                .collect()
        }
        None => loaded.questionnaires.iter().map(|_| None).collect(),
    };
    let caching = cache.is_some();
    // Documents are independent until their references are resolved, so
    // they are parsed and checked in parallel, each with its own
    // diagnostics; each parsed file is dropped as soon as it is checked.
    let checked: Vec<(Option<CheckedDocument>, Diagnostics, Option<Entry>)> = loaded
        .questionnaires
        .par_iter()
        .zip(reused)
        .enumerate()
        .map(|(index, ((id, file), reused))| {
            if let Some((result, diagnostics)) = reused {
                return (result, diagnostics, None);
            }
            let mut local = Diagnostics::default();
            let mut doc_checker = TextChecker {
                languages: checker.languages,
                language_keys: checker.language_keys,
                default_language: checker.default_language,
                variables: checker.variables,
                locales: checker.locales,
                diagnostics: &mut local,
            };
            let duplicate = loaded.questionnaires[..index]
                .iter()
                .any(|(other, _)| other == id);
            let result = if duplicate {
                doc_checker.diagnostics.push(
                    Diagnostic::error(
                        Loc::file_start(*file),
                        format!(
                            "a questionnaire `{id}` already exists (.yaml and .yml files clash)"
                        ),
                    )
                    .expected("one file per questionnaire id"),
                );
                return (None, local, None);
            } else {
                // A questionnaire not read yet is read here; its text is
                // dropped once checked (read again if a problem quotes it).
                let text = if loaded.unread.contains_key(file) {
                    crate::load::read_unread(loaded, *file, doc_checker.diagnostics)
                } else {
                    Some(loaded.sources.shared_text(*file))
                };
                text.as_deref().and_then(|text| {
                    crate::load::parse_document(*file, text, doc_checker.diagnostics)
                        .and_then(|raw| check_document(id, *file, &raw, text, &mut doc_checker))
                })
            };
            let fresh = caching.then(|| Entry {
                file: *file,
                text: loaded.sources.shared_text(*file),
                valid: result.is_some(),
                consent: result.as_ref().and_then(|(_, consent)| consent.clone()),
                document: None,
                diagnostics: local.clone(),
            });
            (result, local, fresh)
        })
        .collect();
    let mut documents = Vec::new();
    let mut consent_refs: Vec<(usize, Located<String>)> = Vec::new();
    let mut fresh_entries = Vec::new();
    for ((id, _), (result, local, fresh)) in loaded.questionnaires.iter().zip(checked) {
        if let Some(entry) = fresh {
            fresh_entries.push((id.clone(), entry));
        }
        checker.diagnostics.extend(local);
        if let Some((doc, consent)) = result {
            if let Some(c) = consent {
                consent_refs.push((documents.len(), c));
            }
            documents.push(doc);
        }
    }
    if let Some(cache) = cache {
        let present = loaded
            .questionnaires
            .iter()
            .map(|(id, _)| id.as_str())
            .collect();
        cache.finish(&present, fresh_entries);
    }
    // References are checked once every document is known.
    let consent_ids: Vec<&str> = documents
        .iter()
        .filter(|d| matches!(d.content, Content::Consent(_)))
        .map(|d| d.id.as_str())
        .collect();
    let mut resolved = Vec::new();
    for (index, reference) in consent_refs {
        if reference.value == "none" {
            continue;
        }
        if consent_ids.contains(&reference.value.as_str()) {
            resolved.push((index, reference.value));
        } else {
            let other_kind = documents.iter().any(|d| d.id == reference.value);
            let message = if other_kind {
                format!("`{}` is not a consent document", reference.value)
            } else {
                format!(
                    "no consent document `{}` in questionnaires/",
                    reference.value
                )
            };
            let mut expected = consent_ids.clone();
            expected.push("none");
            checker.diagnostics.push(
                Diagnostic::error(reference.loc, message)
                    .expected(format!("one of {}", one_of(&expected)))
                    .maybe_help(did_you_mean(&reference.value, consent_ids.iter().copied())),
            );
        }
    }
    for (index, consent) in resolved {
        if let Content::Form(form) = &mut documents[index].content {
            form.consent = Some(consent);
        }
    }
    documents
}

/// A valid document, and the consent document it names (checked later).
pub(crate) type CheckedDocument = (Document, Option<Located<String>>);

fn check_document(
    id: &str,
    file: crate::diagnostics::FileId,
    raw: &RawDocument,
    text: &str,
    checker: &mut TextChecker,
) -> Option<CheckedDocument> {
    let mut consent = None;
    let content = check_content(raw, checker, &mut |r| consent = Some(r))?;
    let title = match &raw.title {
        Some(t) => checker.check(t),
        None => {
            checker.diagnostics.push(
                Diagnostic::error(raw.loc, format!("`{id}` has no `title`"))
                    .expected("`title:` in each language"),
            );
            empty_text(raw.loc)
        }
    };
    let doc = Document {
        id: id.to_string(),
        file,
        version: raw.version.as_ref().map(|v| v.value.clone()),
        definition_hash: short_hash(text.as_bytes()),
        audience: raw.audience.as_ref().map(|t| checker.check_key(t)),
        title,
        content,
    };
    Some((doc, consent))
}

fn check_content(
    raw: &RawDocument,
    checker: &mut TextChecker,
    consent_ref: &mut dyn FnMut(Located<String>),
) -> Option<Content> {
    let Some(kind) = &raw.kind else {
        checker.diagnostics.push(
            Diagnostic::error(raw.loc, "this file has no `kind`")
                .expected(format!("`kind:` one of {}", one_of(KINDS))),
        );
        return None;
    };
    match kind.value.as_str() {
        "interview" | "survey" => {
            let mode = if kind.value == "interview" {
                FormMode::Interview
            } else {
                FormMode::Survey
            };
            if let Some(c) = &raw.consent {
                consent_ref(c.clone());
            }
            Some(Content::Form(super::form::check_form(raw, mode, checker)))
        }
        "consent" => Some(Content::Consent(check_consent(raw, checker))),
        "letter" => Some(Content::Letter(check_letter(raw, checker))),
        other => {
            checker.diagnostics.push(
                Diagnostic::error(kind.loc, format!("unknown kind `{other}`"))
                    .expected(format!("one of {}", one_of(KINDS)))
                    .maybe_help(did_you_mean(other, KINDS.iter().copied())),
            );
            None
        }
    }
}

/// An id as written, or derived from the position when absent.
pub(super) fn check_id(
    written: &Option<Located<String>>,
    derived: String,
    fallback_loc: Loc,
    what: &str,
    seen: &mut BTreeMap<String, Loc>,
    checker: &mut TextChecker,
) -> String {
    let (id, loc) = match written {
        Some(id) => (id.value.clone(), id.loc),
        None => (derived, fallback_loc),
    };
    if !is_valid_id(&id) {
        checker.diagnostics.push(
            Diagnostic::error(loc, format!("`{id}` is not a valid {what}")).expected(ID_EXPECTED),
        );
    } else if let Some(first) = seen.get(&id) {
        checker.diagnostics.push(
            Diagnostic::error(loc, format!("duplicate id `{id}`")).expected(format!(
                "ids are unique in a file; first used on line {}",
                first.line
            )),
        );
    } else {
        seen.insert(id.clone(), loc);
    }
    id
}

pub(super) fn required_text(
    raw: &Option<RawText>,
    loc: Loc,
    message: &str,
    expected: &str,
    checker: &mut TextChecker,
) -> TranslatedText {
    match raw {
        Some(t) => checker.check(t),
        None => {
            checker
                .diagnostics
                .push(Diagnostic::error(loc, message).expected(expected));
            empty_text(loc)
        }
    }
}

fn check_consent(raw: &RawDocument, checker: &mut TextChecker) -> Consent {
    const MODES: &[&str] = crate::format::CONSENT_MODES;
    let mode = match &raw.mode {
        Some(m) if m.value == "written" => ConsentMode::Written,
        Some(m) if m.value == "verbal" => ConsentMode::Verbal,
        Some(m) => {
            checker.diagnostics.push(
                Diagnostic::error(m.loc, format!("unknown consent mode `{}`", m.value))
                    .expected(format!("one of {}", one_of(MODES)))
                    .maybe_help(did_you_mean(&m.value, MODES.iter().copied())),
            );
            ConsentMode::Written
        }
        None => {
            checker.diagnostics.push(
                Diagnostic::error(raw.loc, "this consent document has no `mode`")
                    .expected("`mode: written` (tick boxes and signatures) or `mode: verbal` (script and checklist)"),
            );
            ConsentMode::Written
        }
    };
    Consent {
        mode,
        intro: raw.intro.as_ref().map(|t| checker.check(t)),
        purpose: raw.purpose.as_ref().map(|t| checker.check(t)),
        items: check_items(&raw.items, checker),
    }
}

/// The built-in items, overridden by the study's items of the same id, then
/// the study's other items in their order. An item without `text` only
/// changes a built-in item, so its id must name one.
fn check_items(raw_items: &[RawItem], checker: &mut TextChecker) -> Vec<ConsentItem> {
    let mut items: Vec<ConsentItem> = BUILTIN_ITEMS
        .iter()
        .map(|id| ConsentItem {
            id: id.to_string(),
            text: ItemText::Builtin {
                message: format!("consent-{id}"),
            },
            optional: OPTIONAL_BUILTIN_ITEMS.contains(id),
        })
        .collect();
    let mut seen: BTreeMap<String, Loc> = BTreeMap::new();
    for (i, raw) in raw_items.iter().enumerate() {
        let id = check_id(
            &raw.id,
            format!("item-{}", i + 1),
            raw.loc,
            "item id",
            &mut seen,
            checker,
        );
        let existing = items.iter().position(|it| it.id == id);
        match (&raw.text, existing) {
            (None, None) => {
                checker.diagnostics.push(
                    Diagnostic::error(
                        raw.id.as_ref().map_or(raw.loc, |i| i.loc),
                        format!("item `{id}` has no `text` and there is no built-in item `{id}` to change"),
                    )
                    .expected(format!(
                        "a built-in item ({}), or `text:` for a new item",
                        one_of(BUILTIN_ITEMS)
                    ))
                    .maybe_help(did_you_mean(&id, BUILTIN_ITEMS.iter().copied())),
                );
            }
            (text, Some(index)) => {
                if let Some(t) = text {
                    items[index].text = ItemText::Study(checker.check(t));
                }
                if let Some(o) = &raw.optional {
                    items[index].optional = o.value;
                }
            }
            (Some(t), None) => items.push(ConsentItem {
                id,
                text: ItemText::Study(checker.check(t)),
                optional: raw.optional.as_ref().is_some_and(|o| o.value),
            }),
        }
    }
    items
}

fn check_letter(raw: &RawDocument, checker: &mut TextChecker) -> Letter {
    let mut variants = Vec::new();
    let mut seen: BTreeMap<String, Loc> = BTreeMap::new();
    let mut variant_variables = BTreeSet::new();
    if let Some(list) = &raw.variants {
        for v in &list.value {
            variant_variables.extend(v.variables.iter().map(|(n, _)| n.value.clone()));
        }
    }
    let body = match &raw.body {
        Some(t) => checker.check_with(t, Some(&variant_variables)),
        None => {
            checker.diagnostics.push(
                Diagnostic::error(raw.loc, "this letter has no `body`")
                    .expected("`body:` with the letter's text in each language"),
            );
            empty_text(raw.loc)
        }
    };
    let needed: BTreeSet<String> = used_variables(&body)
        .into_iter()
        .filter(|v| {
            !checker.variables.contains(v)
                && !crate::validate::text::BUILTIN_VARIABLES.contains(&v.as_str())
        })
        .collect();
    match &raw.variants {
        Some(list) if !list.value.is_empty() => {
            for (i, v) in list.value.iter().enumerate() {
                let id = check_id(
                    &v.id,
                    format!("variant-{}", i + 1),
                    v.loc,
                    "variant id",
                    &mut seen,
                    checker,
                );
                let defined: BTreeSet<&str> =
                    v.variables.iter().map(|(n, _)| n.value.as_str()).collect();
                for missing in needed.iter().filter(|n| !defined.contains(n.as_str())) {
                    checker.diagnostics.push(
                        Diagnostic::error(
                            v.id.as_ref().map_or(v.loc, |i| i.loc),
                            format!("variant `{id}` does not define `{missing}`, used in the letter's body"),
                        )
                        .expected(format!("`variables: {{ {missing}: ... }}` on this variant, or in study.yaml")),
                    );
                }
                let variables = v
                    .variables
                    .iter()
                    .map(|(n, t)| (n.value.clone(), checker.check_value(t)))
                    .collect();
                variants.push(Variant { id, variables });
            }
        }
        _ => {
            // Variants written but unreadable were reported as they were read.
            let written = raw.variants.as_ref().is_some_and(|l| l.written > 0);
            if let Some(missing) = needed.iter().next().filter(|_| !written) {
                checker.diagnostics.push(
                    Diagnostic::error(
                        raw.loc,
                        format!("the letter uses `{missing}` but has no `variants` to define it"),
                    )
                    .expected("`variants:` with `variables:` for each version of the letter"),
                );
            }
            variants.push(Variant {
                id: "letter".into(),
                variables: BTreeMap::new(),
            });
        }
    }
    Letter { body, variants }
}
