//! What a consent sheet needs before it can be printed: the legal facts of
//! `privacy:` and `ethics:` (GDPR Art. 13), and wording in every language it
//! is printed in. A sheet with an empty slot, or in English where the
//! participant reads another language, is not informed consent.

use std::collections::BTreeSet;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use crate::diagnostics::{Diagnostic, Diagnostics, Loc};
use crate::load::LoadedStudy;
use crate::load::raw::RawStudy;
use crate::load::reader::RawText;
use crate::model::{Consent, ConsentMode, Content, Document, ItemText, Privacy};

/// The study facts the built-in wording prints, with what each is and an
/// example, in the order an error list shows them.
const REQUIRED_PRIVACY: &[(&str, &str, &str)] = &[
    (
        "controller",
        "the data controller, the institution responsible for the data",
        "`controller: { en: University of Antwerp, nl: Universiteit Antwerpen }`",
    ),
    (
        "controller_contact",
        "the data controller's address or e-mail",
        "`controller_contact: Prinsstraat 13, 2000 Antwerpen, Belgium`",
    ),
    (
        "dpo_email",
        "the e-mail address of the data protection officer",
        "`dpo_email: privacy@example.org`",
    ),
    (
        "retention",
        "how long the data are kept",
        "`retention: { en: 10 years after publication }`",
    ),
    (
        "authority",
        "the supervisory authority a participant can complain to",
        "`authority: { en: Data Protection Authority }`",
    ),
];

/// The marker line of a built-in locale file whose wording a native speaker
/// has checked; every built-in file states `yes` or `no`.
pub const REVIEWED_MARKER: &str = "# Reviewed by a native speaker: yes";

/// English names of the languages with built-in wording, for messages.
const LANGUAGE_NAMES: &[(&str, &str)] = &[
    ("ar", "Arabic"),
    ("de", "German"),
    ("en", "English"),
    ("es", "Spanish"),
    ("fa", "Persian"),
    ("fr", "French"),
    ("it", "Italian"),
    ("nl", "Dutch"),
    ("pl", "Polish"),
    ("pt", "Portuguese"),
    ("ru", "Russian"),
    ("so", "Somali"),
    ("ti", "Tigrinya"),
    ("tr", "Turkish"),
    ("uk", "Ukrainian"),
];

pub fn check_consent_facts(
    raw: &RawStudy,
    study_loc: Loc,
    privacy: &Privacy,
    documents: &[Document],
    loaded: &LoadedStudy,
    languages: &[String],
    diagnostics: &mut Diagnostics,
) {
    let consents: Vec<(&Document, &Consent)> = documents
        .iter()
        .filter_map(|d| match &d.content {
            Content::Consent(c) => Some((d, c)),
            _ => None,
        })
        .collect();
    if consents.is_empty() {
        return;
    }
    check_required_facts(raw, study_loc, privacy, diagnostics);
    check_no_empty_fact(raw, diagnostics);
    for (doc, consent) in &consents {
        check_wording_exists(doc, consent, privacy, loaded, languages, diagnostics);
    }
    warn_unreviewed(raw, &consents, privacy, loaded, languages, diagnostics);
}

fn check_required_facts(
    raw: &RawStudy,
    study_loc: Loc,
    privacy: &Privacy,
    diagnostics: &mut Diagnostics,
) {
    let privacy_loc = raw.privacy.as_ref().map_or(study_loc, |p| p.loc);
    for (field, what, example) in REQUIRED_PRIVACY {
        let present = match *field {
            "controller" => privacy.controller.is_some(),
            "controller_contact" => privacy.controller_contact.is_some(),
            "dpo_email" => privacy.dpo_email.is_some(),
            "retention" => privacy.retention.is_some(),
            _ => privacy.authority.is_some(),
        };
        if !present {
            diagnostics.push(
                Diagnostic::error(
                    privacy_loc,
                    format!("consent sheets need `privacy.{field}`: {what}"),
                )
                .expected(format!("{example} under `privacy:` in study.yaml")),
            );
        }
    }
    // A partly written `ethics:` is reported where it is read.
    if raw.ethics.is_none() {
        for (field, what) in [
            ("committee", "the ethics committee that approved the study"),
            ("reference", "the reference of its approval"),
        ] {
            diagnostics.push(
                Diagnostic::error(
                    study_loc,
                    format!("consent sheets need `ethics.{field}`: {what}"),
                )
                .expected("`ethics: { committee: EA SHW, reference: SHW_21_150 }` in study.yaml"),
            );
        }
    }
}

/// A value that is there but blank would still print as an empty slot.
fn check_no_empty_fact(raw: &RawStudy, diagnostics: &mut Diagnostics) {
    let Some(p) = &raw.privacy else { return };
    let texts: [(&str, &Option<RawText>); 6] = [
        ("controller", &p.controller),
        ("controller_contact", &p.controller_contact),
        ("legal_basis", &p.legal_basis),
        ("recipients", &p.recipients),
        ("retention", &p.retention),
        ("authority", &p.authority),
    ];
    for (field, text) in texts {
        let blank: Vec<(Loc, Option<&str>)> = match text {
            Some(RawText::Plain(s)) if s.value.trim().is_empty() => vec![(s.loc, None)],
            Some(RawText::ByLanguage { entries, .. }) => entries
                .iter()
                .filter(|(_, s)| s.value.trim().is_empty())
                .map(|(lang, s)| (s.loc, Some(lang.value.as_str())))
                .collect(),
            _ => Vec::new(),
        };
        for (loc, lang) in blank {
            let message = match lang {
                Some(lang) => format!("`privacy.{field}` is empty in `{lang}`"),
                None => format!("`privacy.{field}` is empty"),
            };
            diagnostics.push(
                Diagnostic::error(loc, message)
                    .expected("the text that the consent sheets print there"),
            );
        }
    }
}

/// The built-in messages that a consent document prints.
fn builtin_messages(consent: &Consent, privacy: &Privacy) -> Vec<String> {
    let mut ids = Vec::new();
    for item in &consent.items {
        let ItemText::Builtin { message } = &item.text else {
            continue;
        };
        match consent.mode {
            ConsentMode::Written => ids.push(message.clone()),
            ConsentMode::Verbal => {
                ids.push(format!("{message}-script"));
                ids.push(format!("{message}-label"));
            }
        }
        if item.id == "privacy" {
            if privacy.special_categories {
                ids.push(match consent.mode {
                    ConsentMode::Written => "consent-privacy-special".into(),
                    ConsentMode::Verbal => "consent-privacy-special-script".into(),
                });
            }
            if privacy.legal_basis.is_none() {
                ids.push("privacy-default-legal-basis".into());
            }
            if privacy.recipients.is_none() {
                ids.push("privacy-default-recipients".into());
            }
        }
    }
    ids
}

/// Message ids of the study's own `locales/{lang}/*.ftl`.
fn study_message_ids(loaded: &LoadedStudy, lang: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for (l, file) in &loaded.locale_files {
        if l != lang {
            continue;
        }
        let resource = FluentResource::try_new(loaded.sources.text(*file).to_string())
            .unwrap_or_else(|(r, _)| r);
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                ids.insert(m.id.name.to_string());
            }
        }
    }
    ids
}

/// Built-in consent wording never falls back to another language: a sheet
/// in a language without it is an error, unless the study words it.
fn check_wording_exists(
    doc: &Document,
    consent: &Consent,
    privacy: &Privacy,
    loaded: &LoadedStudy,
    languages: &[String],
    diagnostics: &mut Diagnostics,
) {
    let needed = builtin_messages(consent, privacy);
    if needed.is_empty() {
        return;
    }
    for lang in languages {
        if crate::i18n::has_builtin(lang) {
            continue;
        }
        let own = study_message_ids(loaded, lang);
        let missing: Vec<&str> = needed
            .iter()
            .filter(|id| !own.contains(*id))
            .map(String::as_str)
            .collect();
        if missing.is_empty() {
            continue;
        }
        let items: Vec<String> = consent
            .items
            .iter()
            .filter(|i| match &i.text {
                ItemText::Builtin { message } => missing.iter().any(|m| {
                    m.starts_with(message.as_str())
                        || (i.id == "privacy" && m.starts_with("privacy-"))
                }),
                ItemText::Study(_) => false,
            })
            .map(|i| format!("`{}`", i.id))
            .collect();
        diagnostics.push(
            Diagnostic::error(
                Loc::file_start(doc.file),
                format!(
                    "there is no `{lang}` consent wording for the built-in items {} of `{}`",
                    items.join(", "),
                    doc.id
                ),
            )
            .expected(format!(
                "the messages {} in locales/{lang}/consent.ftl, or the items' own `text:` in `{lang}`",
                missing
                    .iter()
                    .map(|m| format!("`{m}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
            .help("copy the English wording as a start: see docs/languages.md"),
        );
    }
}

/// Whether the built-in consent wording of `lang` has been checked by a
/// native speaker; `None` when there is none.
pub fn builtin_consent_reviewed(lang: &str) -> Option<bool> {
    crate::i18n::BUILTIN
        .iter()
        .filter(|(l, _)| *l == lang)
        .find(|(_, text)| text.contains("\nconsent-voluntary ="))
        .map(|(_, text)| text.lines().any(|line| line.trim_end() == REVIEWED_MARKER))
}

fn warn_unreviewed(
    raw: &RawStudy,
    consents: &[(&Document, &Consent)],
    privacy: &Privacy,
    loaded: &LoadedStudy,
    languages: &[String],
    diagnostics: &mut Diagnostics,
) {
    for lang in languages {
        if builtin_consent_reviewed(lang) != Some(false) {
            continue;
        }
        // A study that words every item itself prints no built-in text.
        let own = study_message_ids(loaded, lang);
        let all_own = consents.iter().all(|(_, c)| {
            builtin_messages(c, privacy)
                .iter()
                .all(|id| own.contains(id))
        });
        if all_own {
            continue;
        }
        let name = LANGUAGE_NAMES
            .iter()
            .find(|(code, _)| *code == lang.as_str())
            .map_or(lang.as_str(), |(_, name)| name);
        let loc = raw
            .languages
            .as_ref()
            .and_then(|list| list.value.iter().find(|l| l.value == *lang))
            .map(|l| l.loc);
        let message = format!(
            "the built-in {name} consent wording has not been reviewed by a native speaker: have it checked before printing"
        );
        let help = format!(
            "or word the items yourself in locales/{lang}/consent.ftl (see docs/languages.md)"
        );
        diagnostics.push(match loc {
            Some(loc) => Diagnostic::warning(loc, message).help(help),
            None => Diagnostic::warning_at(&format!("locales/{lang}"), message).help(help),
        });
    }
}
