//! Stage 2: check the raw model for meaning and build the validated model.

pub mod cache;
mod codebook;
mod condition;
mod consent;
pub use consent::builtin_consent_reviewed;
mod document;
mod encryption;
mod form;
pub mod ids;
mod logo;
pub mod text;

use std::collections::{BTreeMap, BTreeSet};

use sha2::{Digest, Sha256};

use crate::diagnostics::{Diagnostic, Diagnostics, Loc, did_you_mean, one_of};
use crate::i18n::Locales;
use crate::load::LoadedStudy;
use crate::load::raw::{RawPrivacy, RawStudy};
use crate::load::reader::{Located, RawText};
use crate::model::{
    Direction, Ethics, Language, Privacy, Researcher, Study, Submit, TranslatedText, direction_of,
};
use text::TextChecker;

/// Checks a loaded study. Returns the study and its locales when there was
/// no error (warnings are fine); every problem goes to `diagnostics`.
pub fn validate(loaded: &LoadedStudy, diagnostics: &mut Diagnostics) -> Option<(Study, Locales)> {
    validate_cached(loaded, diagnostics, None)
}

/// As [`validate`], reusing the questionnaires of `cache` that did not
/// change since it was last used (see [`cache::Cache`]).
pub fn validate_cached(
    loaded: &LoadedStudy,
    diagnostics: &mut Diagnostics,
    mut cache: Option<&mut cache::Cache>,
) -> Option<(Study, Locales)> {
    let Some((study_file, raw)) = &loaded.study else {
        return None;
    };
    let study_loc = Loc::file_start(*study_file);
    let (languages, default_language) = check_languages(raw, study_loc, diagnostics);
    let codes: Vec<String> = languages.iter().map(|l| l.code.clone()).collect();
    let locales = Locales::build(
        &codes,
        &default_language,
        &loaded.locale_files,
        &loaded.sources,
        diagnostics,
    );

    let variable_names: BTreeSet<String> = raw
        .variables
        .iter()
        .map(|(name, _)| name.value.clone())
        .collect();
    for (name, _) in &raw.variables {
        if !is_variable_name(&name.value) {
            diagnostics.push(
                Diagnostic::error(
                    name.loc,
                    format!("`{}` cannot be a variable name", name.value),
                )
                .expected("a letter, then letters, digits, `-` or `_` (as in `{ $programme }`)"),
            );
        }
    }
    let language_keys: Vec<std::sync::Arc<str>> = codes.iter().map(|c| c.as_str().into()).collect();
    let mut checker = TextChecker {
        languages: &codes,
        language_keys: &language_keys,
        default_language: &default_language,
        variables: &variable_names,
        locales: &locales,
        diagnostics,
    };

    let title = match &raw.title {
        Some(t) => checker.check(t),
        None => {
            checker.diagnostics.push(
                Diagnostic::error(study_loc, "study.yaml has no `title`")
                    .expected("`title:` with the study's title in each language"),
            );
            empty_text(study_loc)
        }
    };
    let intro = raw.intro.as_ref().map(|t| checker.check(t));
    let institution = raw.institution.as_ref().map(|t| checker.check(t));
    // An address, like a name, is the same in every language unless the
    // study translates it.
    let address = raw.address.as_ref().map(|t| checker.check_key(t));
    let logo = raw
        .logo
        .as_ref()
        .and_then(|path| logo::check_logo(loaded, path, checker.diagnostics));
    let researchers = raw
        .researchers
        .iter()
        .filter_map(|r| {
            let Some(name) = &r.name else {
                checker.diagnostics.push(
                    Diagnostic::error(r.loc, "a researcher has no `name`")
                        .expected("`name:` and, for the contact, `email:`"),
                );
                return None;
            };
            if let Some(email) = &r.email {
                check_email(email, checker.diagnostics);
            }
            Some(Researcher {
                name: name.value.clone(),
                email: r.email.as_ref().map(|e| e.value.clone()),
                phone: r.phone.as_ref().map(|e| e.value.clone()),
                role: r.role.as_ref().map(|t| checker.check(t)),
            })
        })
        .collect();
    let ethics = raw
        .ethics
        .as_ref()
        .and_then(|e| match (&e.committee, &e.reference) {
            (Some(c), Some(r)) => Some(Ethics {
                committee: c.value.clone(),
                reference: r.value.clone(),
            }),
            _ => {
                checker.diagnostics.push(
                    Diagnostic::error(e.loc, "`ethics` needs both `committee` and `reference`")
                        .expected("e.g. `{ committee: EA SHW, reference: SHW_21_150 }`"),
                );
                None
            }
        });
    let privacy = raw
        .privacy
        .as_ref()
        .map(|p| check_privacy(p, &mut checker))
        .unwrap_or_default();
    let variables: BTreeMap<String, TranslatedText> = raw
        .variables
        .iter()
        .map(|(name, t)| (name.value.clone(), checker.check_value(t)))
        .collect();
    let submit = check_submit(raw, checker.diagnostics);
    let base_url = raw.base_url.as_ref().and_then(|u| {
        let url = web_address(
            u,
            "the https:// address where the site will be published",
            checker.diagnostics,
        )?;
        let url = url.as_str();
        Some(if url.ends_with('/') {
            url.to_string()
        } else {
            format!("{url}/")
        })
    });
    if let Some(theme) = &raw.theme
        && !ids::is_valid_id(&theme.value)
    {
        checker.diagnostics.push(
            Diagnostic::error(
                theme.loc,
                format!("`{}` is not a valid theme name", theme.value),
            )
            .expected(format!(
                "the name of a directory of themes/: {}",
                ids::ID_EXPECTED
            )),
        );
    }
    let bilingual = check_bilingual(raw, &codes, &default_language, checker.diagnostics);

    let documents = document::check_documents(loaded, &mut checker, cache.as_deref_mut());
    let codebook = match &loaded.codebook {
        Some((_, Some(raw))) => Some(codebook::check_codebook(raw, &mut checker)),
        // A codebook.yaml that does not parse is reported; the codes that
        // questions name cannot be checked against it.
        Some((_, None)) => None,
        None => Some(Vec::new()),
    };
    if let Some(codes) = &codebook {
        codebook::check_question_codes(&documents, codes, loaded.codebook.is_some(), &mut checker);
    }
    let codebook = codebook.unwrap_or_default();
    consent::check_consent_facts(
        raw,
        study_loc,
        &privacy,
        &documents,
        loaded,
        &codes,
        checker.diagnostics,
    );

    let encryption = raw
        .privacy
        .as_ref()
        .and_then(|p| p.public_key.as_ref())
        .and_then(|path| encryption::check_public_key(loaded, path, checker.diagnostics));
    let audiences = check_audiences(raw, &documents, &default_language, checker.diagnostics);

    if diagnostics.has_errors() {
        // Kept for the check after the fix: one broken file of a large
        // study must not cost checking all the others again.
        if let Some(cache) = cache {
            cache.give_back(documents);
        }
        return None;
    }
    let key = short_hash(loaded.sources.text(*study_file).as_bytes());
    Some((
        Study {
            title,
            intro,
            languages,
            default_language,
            institution,
            address,
            logo,
            researchers,
            ethics,
            privacy,
            variables,
            submit,
            base_url,
            theme: raw.theme.as_ref().map(|t| t.value.clone()),
            bilingual,
            audiences,
            encryption,
            documents,
            codebook,
            key,
        },
        locales,
    ))
}

/// First 12 hex digits of SHA-256: short enough to print, long enough
/// never to collide within a study.
pub fn short_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

pub fn empty_text(loc: Loc) -> TranslatedText {
    TranslatedText {
        loc,
        by_language: Vec::new(),
    }
}

fn is_variable_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn check_languages(
    raw: &RawStudy,
    study_loc: Loc,
    diagnostics: &mut Diagnostics,
) -> (Vec<Language>, String) {
    let mut languages: Vec<Language> = Vec::new();
    match &raw.languages {
        None => diagnostics.push(
            Diagnostic::error(study_loc, "study.yaml has no `languages`")
                .expected("a list of language codes, e.g. `languages: [nl, en, fr]`"),
        ),
        Some(list) if list.value.is_empty() => diagnostics.push(
            Diagnostic::error(list.loc, "`languages` is empty")
                .expected("at least one language code, e.g. `[nl, en, fr]`"),
        ),
        Some(list) => {
            for code in &list.value {
                if !ids::is_valid_language(&code.value) {
                    diagnostics.push(
                        Diagnostic::error(
                            code.loc,
                            format!("`{}` is not a language code", code.value),
                        )
                        .expected("a BCP 47 code such as `nl`, `fr`, `ar` or `fr-BE`, at most 35 characters"),
                    );
                } else if languages.iter().any(|l| l.code == code.value) {
                    diagnostics.push(
                        Diagnostic::error(
                            code.loc,
                            format!("language `{}` is listed twice", code.value),
                        )
                        .expected("each language once"),
                    );
                } else {
                    languages.push(Language {
                        code: code.value.clone(),
                        direction: direction_of(&code.value),
                    });
                }
            }
        }
    }
    let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
    let default = match &raw.default_language {
        Some(d) if codes.contains(&d.value.as_str()) => d.value.clone(),
        Some(d) => {
            diagnostics.push(
                Diagnostic::error(
                    d.loc,
                    format!("`{}` is not one of the study's languages", d.value),
                )
                .expected(format!("one of {}", one_of(&codes)))
                .maybe_help(did_you_mean(&d.value, codes.iter().copied())),
            );
            codes.first().map(|c| c.to_string()).unwrap_or_default()
        }
        None => codes.first().map(|c| c.to_string()).unwrap_or_default(),
    };
    if languages.is_empty() {
        // Keep going with one language so that the rest is still checked.
        languages.push(Language {
            code: "en".into(),
            direction: Direction::Ltr,
        });
        return (languages, "en".into());
    }
    (languages, default)
}

fn check_email(email: &Located<String>, diagnostics: &mut Diagnostics) {
    if !ids::is_plausible_email(&email.value) {
        diagnostics.push(
            Diagnostic::error(
                email.loc,
                format!("`{}` is not an e-mail address", email.value),
            )
            .expected("an address such as name@example.org"),
        );
    } else if email.value.ends_with(".example") {
        // `enquete new` writes addresses of the reserved `.example` domain
        // (RFC 2606): a sheet must not be printed with them.
        diagnostics.push(
            Diagnostic::warning(
                email.loc,
                format!(
                    "`{}` is an example address (the reserved domain `.example`)",
                    email.value
                ),
            )
            .expected("the real address, before anything is printed or published"),
        );
    }
}

fn check_privacy(p: &RawPrivacy, checker: &mut TextChecker) -> Privacy {
    if let Some(email) = &p.dpo_email {
        check_email(email, checker.diagnostics);
    }
    // An address, like a name, is the same in every language unless the
    // study translates it.
    let controller_contact = p
        .controller_contact
        .as_ref()
        .map(|t| checker.check_value(t));
    let mut text = |t: &Option<RawText>| t.as_ref().map(|t| checker.check(t));
    Privacy {
        controller: text(&p.controller),
        controller_contact,
        legal_basis: text(&p.legal_basis),
        recipients: text(&p.recipients),
        retention: text(&p.retention),
        authority: text(&p.authority),
        dpo_email: p.dpo_email.as_ref().map(|e| e.value.clone()),
        special_categories: p.special_categories.as_ref().is_some_and(|s| s.value),
    }
}

/// An http(s) address as a URL parser reads it, without a user name or
/// password (the page would publish them). Its serialisation is what pages
/// print: characters such as `"` come out percent-encoded.
fn web_address(
    raw: &Located<String>,
    expected: &str,
    diagnostics: &mut Diagnostics,
) -> Option<url::Url> {
    let problem = match url::Url::parse(&raw.value) {
        Ok(url) if !matches!(url.scheme(), "https" | "http") => {
            format!("`{}` is not a web address (http or https)", raw.value)
        }
        Ok(url) if url.host_str().is_none_or(str::is_empty) => {
            format!("`{}` has no host name", raw.value)
        }
        Ok(url) if !url.username().is_empty() || url.password().is_some() => format!(
            "`{}` holds a user name or password, which every page would publish",
            raw.value
        ),
        Ok(url) => return Some(url),
        Err(e) => format!("`{}` is not a web address: {e}", raw.value),
    };
    diagnostics.push(Diagnostic::error(raw.loc, problem).expected(expected));
    None
}

fn check_submit(raw: &RawStudy, diagnostics: &mut Diagnostics) -> Submit {
    let Some(submit) = &raw.submit else {
        return Submit::Download;
    };
    const MODES: &[&str] = crate::format::SUBMIT_MODES;
    let Some(mode) = &submit.mode else {
        return Submit::Download;
    };
    match mode.value.as_str() {
        "download" => Submit::Download,
        "post" => match &submit.url {
            Some(url) => match web_address(
                url,
                "the https:// address that receives the answers",
                diagnostics,
            ) {
                Some(parsed) => Submit::Post {
                    origin: parsed.origin().ascii_serialization(),
                    url: parsed.into(),
                },
                None => Submit::Download,
            },
            None => {
                diagnostics.push(
                    Diagnostic::error(submit.loc, "`submit.mode: post` needs a `url`")
                        .expected("`url: https://...` that receives the answers"),
                );
                Submit::Download
            }
        },
        "mailto" => match &submit.address {
            Some(address) => {
                check_email(address, diagnostics);
                Submit::Mailto {
                    address: address.value.clone(),
                }
            }
            None => {
                diagnostics.push(
                    Diagnostic::error(submit.loc, "`submit.mode: mailto` needs an `address`")
                        .expected("`address: name@example.org`"),
                );
                Submit::Download
            }
        },
        other => {
            diagnostics.push(
                Diagnostic::error(mode.loc, format!("unknown submit mode `{other}`"))
                    .expected(format!("one of {}", one_of(MODES)))
                    .maybe_help(did_you_mean(other, MODES.iter().copied())),
            );
            Submit::Download
        }
    }
}

/// `bilingual: [nl-en, nl-ar]`; by default the default language paired with
/// each other language.
fn check_bilingual(
    raw: &RawStudy,
    codes: &[String],
    default: &str,
    diagnostics: &mut Diagnostics,
) -> Vec<(String, String)> {
    let Some(pairs) = &raw.bilingual else {
        return codes
            .iter()
            .filter(|c| *c != default)
            .map(|c| (default.to_string(), c.clone()))
            .collect();
    };
    let mut out = Vec::new();
    for pair in pairs {
        let parsed = codes.iter().find_map(|a| {
            let rest = pair.value.strip_prefix(a.as_str())?.strip_prefix('-')?;
            codes
                .iter()
                .find(|b| *b == rest && *b != a)
                .map(|b| (a.clone(), b.clone()))
        });
        match parsed {
            Some(p) if !out.contains(&p) => out.push(p),
            Some(_) => diagnostics.push(
                Diagnostic::error(pair.loc, format!("pair `{}` is listed twice", pair.value))
                    .expected("each pair once"),
            ),
            None => diagnostics.push(
                Diagnostic::error(
                    pair.loc,
                    format!("`{}` is not a pair of study languages", pair.value),
                )
                .expected("two different codes of `languages` joined by `-`, e.g. `nl-en`"),
            ),
        }
    }
    out
}

/// `audiences: [policymaker, coordinator]`: the order of the home page's
/// groups. Every name must be an audience of a questionnaire; an audience
/// left out is still shown, after the listed ones, with a warning so that
/// a forgotten one is noticed.
fn check_audiences(
    raw: &RawStudy,
    documents: &[crate::model::Document],
    default: &str,
    diagnostics: &mut Diagnostics,
) -> Vec<String> {
    let Some(listed) = &raw.audiences else {
        return Vec::new();
    };
    let mut known: Vec<&str> = Vec::new();
    for doc in documents {
        if !matches!(doc.content, crate::model::Content::Form(_)) {
            continue; // only questionnaires are grouped by audience
        }
        if let Some(key) = doc.audience_key(default)
            && !known.contains(&key)
        {
            known.push(key);
        }
    }
    let mut out: Vec<String> = Vec::new();
    let mut unknown = false;
    for name in listed {
        if out.contains(&name.value) {
            diagnostics.push(
                Diagnostic::error(
                    name.loc,
                    format!("audience `{}` is listed twice", name.value),
                )
                .expected("each audience once"),
            );
        } else if known.contains(&name.value.as_str()) {
            out.push(name.value.clone());
        } else {
            unknown = true;
            diagnostics.push(
                Diagnostic::error(
                    name.loc,
                    format!("no questionnaire has the audience `{}`", name.value),
                )
                .expected(format!(
                    "an `audience` of a questionnaire, as written in the default language ({default}): {}",
                    one_of(&known)
                ))
                .maybe_help(did_you_mean(&name.value, known.iter().copied())),
            );
        }
    }
    // After a misspelt name, "X is not listed" would only repeat it.
    if let Some(first) = listed.first().filter(|_| !unknown) {
        for key in known.iter().filter(|k| !out.iter().any(|o| o == *k)) {
            diagnostics.push(
                Diagnostic::warning(
                    first.loc,
                    format!("audience `{key}` is not in `audiences`: its questionnaires come after the listed ones"),
                )
                .expected("every audience in `audiences`, in the order of the home page"),
            );
        }
    }
    out
}
