//! Checking `codebook.yaml` and the codes that questions name.

use std::collections::BTreeMap;

use crate::diagnostics::{Diagnostic, Loc, did_you_mean};
use crate::load::raw::{RawCode, RawCodebook, RawList};
use crate::load::reader::{Located, RawText};
use crate::model::{Code, Content, Document, TranslatedText};
use crate::validate::empty_text;
use crate::validate::ids::{ID_EXPECTED, is_valid_id};
use crate::validate::text::TextChecker;

/// Codes nested deeper than this are a mistake of indentation, not a
/// coding frame (NVivo's deepest real frames have five or six levels);
/// the limit also bounds the recursion.
const MAX_DEPTH: usize = 12;

pub(super) fn check_codebook(raw: &RawCodebook, checker: &mut TextChecker) -> Vec<Code> {
    let mut seen: BTreeMap<String, Loc> = BTreeMap::new();
    match &raw.codes {
        None => {
            checker.diagnostics.push(
                Diagnostic::error(raw.loc, "codebook.yaml has no `codes`")
                    .expected("`codes:` with at least one code, each with `id` and `name`"),
            );
            Vec::new()
        }
        Some(list) if list.written == 0 => {
            checker.diagnostics.push(
                Diagnostic::error(list.loc, "the codebook has no codes")
                    .expected("at least one code with `id` and `name`"),
            );
            Vec::new()
        }
        Some(list) => check_codes(list, 1, &mut seen, checker),
    }
}

fn check_codes(
    list: &RawList<RawCode>,
    depth: usize,
    seen: &mut BTreeMap<String, Loc>,
    checker: &mut TextChecker,
) -> Vec<Code> {
    if depth > MAX_DEPTH {
        checker.diagnostics.push(
            Diagnostic::error(
                list.loc,
                format!("codes are nested more than {MAX_DEPTH} levels deep here"),
            )
            .expected("a shallower tree (check the indentation)"),
        );
        return Vec::new();
    }
    list.value
        .iter()
        .filter_map(|raw| check_code(raw, depth, seen, checker))
        .collect()
}

fn check_code(
    raw: &RawCode,
    depth: usize,
    seen: &mut BTreeMap<String, Loc>,
    checker: &mut TextChecker,
) -> Option<Code> {
    let Some(id) = &raw.id else {
        checker.diagnostics.push(
            Diagnostic::error(raw.loc, "a code has no `id`")
                .expected("`id:` such as `matching`, which questions name in `codes:`"),
        );
        return None;
    };
    if !is_valid_id(&id.value) {
        checker.diagnostics.push(
            Diagnostic::error(id.loc, format!("`{}` is not a valid code id", id.value))
                .expected(ID_EXPECTED),
        );
    } else if let Some(first) = seen.get(&id.value) {
        checker.diagnostics.push(
            Diagnostic::error(id.loc, format!("duplicate code id `{}`", id.value)).expected(
                format!(
                    "code ids are unique in the whole codebook; first used on line {}",
                    first.line
                ),
            ),
        );
    } else {
        seen.insert(id.value.clone(), id.loc);
    }
    let name = match &raw.name {
        Some(t) => source_text(t, checker),
        None => {
            checker.diagnostics.push(
                Diagnostic::error(raw.loc, format!("code `{}` has no `name`", id.value))
                    .expected("`name:` in each language"),
            );
            empty_text(raw.loc)
        }
    };
    Some(Code {
        id: id.value.clone(),
        name,
        description: raw.description.as_ref().map(|t| source_text(t, checker)),
        colour: raw.colour.as_ref().and_then(|c| colour(c, checker)),
        children: raw
            .codes
            .as_ref()
            .map(|list| check_codes(list, depth + 1, seen, checker))
            .unwrap_or_default(),
    })
}

/// A text whose default language is required: it is the source that
/// every translation is made from (format Revision 2).
fn source_text(raw: &RawText, checker: &mut TextChecker) -> TranslatedText {
    let text = checker.check(raw);
    if let RawText::ByLanguage { loc, entries } = raw
        && !entries.is_empty()
        && !entries
            .iter()
            .any(|(l, _)| l.value == checker.default_language)
    {
        let lang = checker.default_language;
        checker.diagnostics.push(
            Diagnostic::error(*loc, format!("this text has no `{lang}` version")).expected(
                format!(
                    "add the {lang} text: it is the source that every translation is made from"
                ),
            ),
        );
    }
    text
}

/// `#rrggbb` or `#rgb`, kept as six lowercase digits.
fn colour(raw: &Located<String>, checker: &mut TextChecker) -> Option<String> {
    let hex = raw.value.strip_prefix('#').unwrap_or("");
    let ok = matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit());
    if !ok {
        checker.diagnostics.push(
            Diagnostic::error(raw.loc, format!("`{}` is not a colour", raw.value))
                .expected("`\"#rrggbb\"`, e.g. \"#4e79a7\" (quoted: `#` starts a YAML comment)"),
        );
        return None;
    }
    let hex = hex.to_ascii_lowercase();
    if hex.len() == 3 {
        return Some(hex.chars().fold("#".to_string(), |mut out, c| {
            out.push(c);
            out.push(c);
            out
        }));
    }
    Some(format!("#{hex}"))
}

/// Every code that a question names must be in the codebook.
pub(super) fn check_question_codes(
    documents: &[Document],
    codebook: &[Code],
    has_codebook: bool,
    checker: &mut TextChecker,
) {
    let known: Vec<&str> = codebook
        .iter()
        .flat_map(Code::walk)
        .map(|c| c.id.as_str())
        .collect();
    for doc in documents {
        if doc.id == "codebook" && !codebook.is_empty() {
            checker.diagnostics.push(
                Diagnostic::error(
                    Loc::file_start(doc.file),
                    "a document cannot have the id `codebook` in a study with a codebook.yaml",
                )
                .expected("another file name: `/{lang}/codebook/` is the codebook's page"),
            );
        }
        let Content::Form(form) = &doc.content else {
            continue;
        };
        for question in form.questions() {
            for (code, loc) in &question.codes {
                if known.contains(&code.as_str()) {
                    continue;
                }
                let d = if has_codebook {
                    Diagnostic::error(*loc, format!("unknown code `{code}`"))
                        .expected("the id of a code of codebook.yaml")
                        .maybe_help(did_you_mean(code, known.iter().copied()))
                } else {
                    Diagnostic::error(
                        *loc,
                        format!(
                            "question `{}` names code `{code}`, but the study has no codebook.yaml",
                            question.id
                        ),
                    )
                    .expected("a codebook.yaml at the study root that defines the code")
                };
                checker.diagnostics.push(d);
            }
        }
    }
}
