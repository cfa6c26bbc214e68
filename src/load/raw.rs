//! The raw model: the study as written, with every value located, before any
//! check of meaning (ids, references, languages). Field names are strict:
//! anything not listed here is an error with a did-you-mean.

use crate::diagnostics::Loc;
use crate::format;
use crate::load::reader::{Fields, Located, RawText, Reader};
use crate::load::yaml::{self, Node, Value};

pub struct RawStudy {
    pub loc: Loc,
    pub title: Option<RawText>,
    pub intro: Option<RawText>,
    pub languages: Option<Located<Vec<Located<String>>>>,
    pub default_language: Option<Located<String>>,
    pub institution: Option<RawText>,
    pub address: Option<RawText>,
    pub logo: Option<Located<String>>,
    pub researchers: Vec<RawResearcher>,
    pub ethics: Option<RawEthics>,
    pub privacy: Option<RawPrivacy>,
    pub variables: Vec<(Located<String>, RawText)>,
    pub submit: Option<RawSubmit>,
    pub theme: Option<Located<String>>,
    pub base_url: Option<Located<String>>,
    pub bilingual: Option<Vec<Located<String>>>,
    pub audiences: Option<Vec<Located<String>>>,
}

pub struct RawResearcher {
    pub loc: Loc,
    pub name: Option<Located<String>>,
    pub email: Option<Located<String>>,
    pub phone: Option<Located<String>>,
    pub role: Option<RawText>,
}

pub struct RawEthics {
    pub loc: Loc,
    pub committee: Option<Located<String>>,
    pub reference: Option<Located<String>>,
}

pub struct RawPrivacy {
    pub loc: Loc,
    pub controller: Option<RawText>,
    pub controller_contact: Option<RawText>,
    pub dpo_email: Option<Located<String>>,
    pub legal_basis: Option<RawText>,
    pub recipients: Option<RawText>,
    pub retention: Option<RawText>,
    pub authority: Option<RawText>,
    pub special_categories: Option<Located<bool>>,
    pub public_key: Option<Located<String>>,
}

pub struct RawSubmit {
    pub loc: Loc,
    pub mode: Option<Located<String>>,
    pub url: Option<Located<String>>,
    pub address: Option<Located<String>>,
}

pub fn read_study(r: &mut Reader, root: &Node) -> Option<RawStudy> {
    if matches!(root.value, Value::Null) {
        r.error(
            crate::diagnostics::Diagnostic::error(root.loc, "study.yaml is empty")
                .expected("at least `title:` and `languages:`"),
        );
        return None;
    }
    let f = r.fields(root, &format::STUDY)?;
    let languages = f.get("languages").and_then(|n| {
        r.string_list(n, "`languages`")
            .map(|v| Located::new(v, n.loc))
    });
    Some(RawStudy {
        loc: f.loc,
        title: r.opt_text(&f, "title", "the study's `title`"),
        intro: r.opt_text(&f, "intro", "the study's `intro`"),
        languages,
        default_language: r.opt_string(&f, "default_language", "`default_language`"),
        institution: r.opt_text(&f, "institution", "`institution`"),
        address: r.opt_text(&f, "address", "the institution's `address`"),
        logo: r.opt_string(&f, "logo", "`logo`"),
        researchers: f
            .get("researchers")
            .map(|n| r.each(n, "`researchers`", read_researcher))
            .unwrap_or_default(),
        ethics: f.get("ethics").and_then(|n| read_ethics(r, n)),
        privacy: f.get("privacy").and_then(|n| read_privacy(r, n)),
        variables: f
            .get("variables")
            .map(|n| r.text_map(n, "`variables`"))
            .unwrap_or_default(),
        submit: f.get("submit").and_then(|n| read_submit(r, n)),
        theme: r.opt_string(&f, "theme", "`theme`"),
        base_url: r.opt_string(&f, "base_url", "`base_url`"),
        bilingual: f
            .get("bilingual")
            .and_then(|n| r.string_list(n, "`bilingual`")),
        audiences: f
            .get("audiences")
            .and_then(|n| r.string_list(n, "`audiences`")),
    })
}

fn read_researcher(r: &mut Reader, node: &Node) -> Option<RawResearcher> {
    let f = r.fields(node, &format::RESEARCHER)?;
    Some(RawResearcher {
        loc: f.loc,
        name: r.opt_string(&f, "name", "a researcher's `name`"),
        email: r.opt_string(&f, "email", "a researcher's `email`"),
        phone: r.opt_string(&f, "phone", "a researcher's `phone`"),
        role: r.opt_text(&f, "role", "a researcher's `role`"),
    })
}

fn read_ethics(r: &mut Reader, node: &Node) -> Option<RawEthics> {
    let f = r.fields(node, &format::ETHICS)?;
    Some(RawEthics {
        loc: f.loc,
        committee: r.opt_string(&f, "committee", "the ethics `committee`"),
        reference: r.opt_string(&f, "reference", "the ethics `reference`"),
    })
}

fn read_privacy(r: &mut Reader, node: &Node) -> Option<RawPrivacy> {
    let f = r.fields(node, &format::PRIVACY)?;
    Some(RawPrivacy {
        loc: f.loc,
        controller: r.opt_text(&f, "controller", "the data `controller`"),
        controller_contact: r.opt_text(&f, "controller_contact", "`controller_contact`"),
        dpo_email: r.opt_string(&f, "dpo_email", "`dpo_email`"),
        legal_basis: r.opt_text(&f, "legal_basis", "`legal_basis`"),
        recipients: r.opt_text(&f, "recipients", "`recipients`"),
        retention: r.opt_text(&f, "retention", "`retention`"),
        authority: r.opt_text(&f, "authority", "`authority`"),
        special_categories: r.opt_bool(&f, "special_categories", "`special_categories`"),
        public_key: r.opt_string(&f, "public_key", "`public_key`"),
    })
}

fn read_submit(r: &mut Reader, node: &Node) -> Option<RawSubmit> {
    let f = r.fields(node, &format::SUBMIT)?;
    Some(RawSubmit {
        loc: f.loc,
        mode: r.opt_string(&f, "mode", "`submit.mode`"),
        url: r.opt_string(&f, "url", "`submit.url`"),
        address: r.opt_string(&f, "address", "`submit.address`"),
    })
}

/// A file of `questionnaires/`: interview, survey, consent or letter.
pub struct RawDocument {
    pub loc: Loc,
    pub kind: Option<Located<String>>,
    pub version: Option<Located<String>>,
    pub title: Option<RawText>,
    pub audience: Option<RawText>,
    pub duration: Option<Located<RawDuration>>,
    pub consent: Option<Located<String>>,
    pub intro: Option<RawText>,
    pub sections: Option<RawList<RawSection>>,
    pub mode: Option<Located<String>>,
    pub purpose: Option<RawText>,
    pub items: Vec<RawItem>,
    pub body: Option<RawText>,
    pub variants: Option<RawList<RawVariant>>,
}

/// Planned minutes: `60`, or a range written `"60-90"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawDuration {
    pub min: i64,
    pub max: i64,
}

pub struct RawSection {
    pub loc: Loc,
    pub id: Option<Located<String>>,
    pub title: Option<RawText>,
    pub duration: Option<Located<RawDuration>>,
    pub instructions: Option<RawText>,
    pub questions: Option<RawList<RawQuestion>>,
    pub show_if: Option<RawCondition>,
}

pub struct RawQuestion {
    pub loc: Loc,
    pub id: Option<Located<String>>,
    pub kind: Option<Located<String>>,
    pub text: Option<RawText>,
    pub required: Option<Located<bool>>,
    pub probes: Vec<RawText>,
    pub note: Option<RawText>,
    pub help: Option<RawText>,
    pub options: Option<RawList<RawOption>>,
    pub other: Option<Located<bool>>,
    pub min: Option<Located<i64>>,
    pub max: Option<Located<i64>>,
    pub min_label: Option<RawText>,
    pub max_label: Option<RawText>,
    pub period: Option<RawText>,
    pub lines: Option<Located<i64>>,
    pub show_if: Option<RawCondition>,
    pub codes: Vec<Located<String>>,
}

/// A `show_if` condition as written: which fields make sense together is
/// checked when the study is validated.
pub struct RawCondition {
    pub loc: Loc,
    pub question: Option<Located<String>>,
    pub equals: Option<Located<String>>,
    pub includes: Option<Located<String>>,
    pub at_least: Option<Located<String>>,
    pub at_most: Option<Located<String>>,
    pub answered: Option<Located<bool>>,
    pub all: Option<RawList<RawCondition>>,
    pub any: Option<RawList<RawCondition>>,
    pub not: Option<Box<RawCondition>>,
}

pub struct RawOption {
    pub loc: Loc,
    pub value: Option<Located<String>>,
    pub label: Option<RawText>,
}

pub struct RawItem {
    pub loc: Loc,
    pub id: Option<Located<String>>,
    pub text: Option<RawText>,
    pub optional: Option<Located<bool>>,
}

pub struct RawVariant {
    pub loc: Loc,
    pub id: Option<Located<String>>,
    pub variables: Vec<(Located<String>, RawText)>,
}

pub fn read_document(r: &mut Reader, root: &Node) -> Option<RawDocument> {
    if matches!(root.value, Value::Null) {
        r.error(
            crate::diagnostics::Diagnostic::error(root.loc, "this file is empty")
                .expected("a questionnaire or document, starting with `kind:`"),
        );
        return None;
    }
    // The allowed fields depend on the kind, so read it first.
    let kind = match &root.value {
        Value::Map(entries) => entries
            .iter()
            .find(|(k, _)| k.name == "kind")
            .and_then(|(_, n)| match &n.value {
                Value::Str(s) => Some(s.as_str()),
                _ => None,
            }),
        _ => None,
    };
    let (what, allowed): (String, Vec<&str>) =
        match kind.and_then(|k| Some((k, format::document(k)?))) {
            Some((k, mapping)) => (
                format!("a document of kind `{k}`"),
                mapping.names().collect(),
            ),
            None => {
                // Unknown kind: any document field is accepted here; the kind
                // itself is reported when the document is validated.
                let mut all: Vec<&str> = Vec::new();
                for m in [&format::FORM, &format::CONSENT, &format::LETTER] {
                    for name in m.names() {
                        if !all.contains(&name) {
                            all.push(name);
                        }
                    }
                }
                ("a questionnaire".to_string(), all)
            }
        };
    let f = r.fields_named(root, &what, &allowed)?;
    Some(RawDocument {
        loc: f.loc,
        kind: r.opt_string(&f, "kind", "`kind`"),
        version: r.opt_string(&f, "version", "`version`"),
        title: r.opt_text(&f, "title", "`title`"),
        audience: r.opt_text(&f, "audience", "`audience`"),
        duration: f.get("duration").and_then(|n| read_duration(r, n)),
        consent: r.opt_string(&f, "consent", "`consent`"),
        intro: r.opt_text(&f, "intro", "`intro`"),
        sections: located_list(
            r,
            &f,
            "sections",
            "`- { id: intro, title: Introduction, questions: [...] }`",
            read_section,
        ),
        mode: r.opt_string(&f, "mode", "`mode`"),
        purpose: r.opt_text(&f, "purpose", "`purpose`"),
        items: f
            .get("items")
            .map(|n| r.each(n, "`items`", read_item))
            .unwrap_or_default(),
        body: r.opt_text(&f, "body", "`body`"),
        variants: located_list(
            r,
            &f,
            "variants",
            "`- { id: ghent, variables: { city: Gent } }`",
            read_variant,
        ),
    })
}

/// A list of mappings as written: the entries that could be read, and how
/// many were written, so that a list whose every entry was wrong is not
/// also reported as empty.
#[derive(Debug)]
pub struct RawList<T> {
    pub value: Vec<T>,
    pub loc: Loc,
    pub written: usize,
}

fn located_list<'n, T>(
    r: &mut Reader,
    f: &Fields<'n>,
    name: &str,
    example: &str,
    read: impl FnMut(&mut Reader, &'n Node) -> Option<T>,
) -> Option<RawList<T>> {
    let node = f.get(name)?;
    let what = format!("`{name}`");
    let written = match &node.value {
        Value::Seq(items) => items.len(),
        _ => 0,
    };
    // A list of plain values where entries need fields is one mistake,
    // reported once rather than once per entry.
    if let Value::Seq(items) = &node.value
        && items.len() > 1
        && items
            .iter()
            .all(|i| !matches!(i.value, Value::Map(_) | Value::Seq(_)))
    {
        let shown: Vec<String> = items
            .iter()
            .take(3)
            .map(|i| format!("`{}`", yaml::source_text(r.text, i)))
            .collect();
        r.error(
            crate::diagnostics::Diagnostic::error(
                node.loc,
                format!(
                    "{what} is a list of plain values ({}{}); each entry needs its fields",
                    shown.join(", "),
                    if items.len() > 3 { ", ..." } else { "" }
                ),
            )
            .expected(format!("for each entry a mapping such as {example}")),
        );
        return Some(RawList {
            value: Vec::new(),
            loc: node.loc,
            written,
        });
    }
    let items = r.each(node, &what, read);
    Some(RawList {
        value: items,
        loc: node.loc,
        written,
    })
}

fn read_duration(r: &mut Reader, node: &Node) -> Option<Located<RawDuration>> {
    let bad = |r: &mut Reader| {
        r.error(
            crate::diagnostics::Diagnostic::error(node.loc, "`duration` must be planned minutes")
                .expected("a whole number such as `60`, or a range such as \"60-90\""),
        );
        None
    };
    match &node.value {
        Value::Int(m) => Some(Located::new(RawDuration { min: *m, max: *m }, node.loc)),
        Value::Str(s) => {
            let parts: Vec<&str> = s.split(['-', '–']).map(str::trim).collect();
            match parts.as_slice() {
                [a, b] => match (a.parse(), b.parse()) {
                    (Ok(min), Ok(max)) => Some(Located::new(RawDuration { min, max }, node.loc)),
                    _ => bad(r),
                },
                [a] => match a.parse() {
                    Ok(m) => Some(Located::new(RawDuration { min: m, max: m }, node.loc)),
                    Err(_) => bad(r),
                },
                _ => bad(r),
            }
        }
        _ => bad(r),
    }
}

fn read_section(r: &mut Reader, node: &Node) -> Option<RawSection> {
    let f = r.fields(node, &format::SECTION)?;
    Some(RawSection {
        loc: f.loc,
        id: r.opt_string(&f, "id", "a section `id`"),
        title: r.opt_text(&f, "title", "a section `title`"),
        duration: f.get("duration").and_then(|n| read_duration(r, n)),
        instructions: r.opt_text(&f, "instructions", "`instructions`"),
        questions: located_list(
            r,
            &f,
            "questions",
            "`- { id: age, type: number, text: Age }`",
            read_question,
        ),
        show_if: f.get("show_if").and_then(|n| read_condition(r, n)),
    })
}

fn read_question(r: &mut Reader, node: &Node) -> Option<RawQuestion> {
    let f = r.fields(node, &format::QUESTION)?;
    Some(RawQuestion {
        loc: f.loc,
        id: r.opt_string(&f, "id", "a question `id`"),
        kind: r.opt_string(&f, "type", "a question `type`"),
        text: r.opt_text(&f, "text", "a question's `text`"),
        required: r.opt_bool(&f, "required", "`required`"),
        probes: f
            .get("probes")
            .map(|n| r.each(n, "`probes`", |r, p| r.text(p, "a probe")))
            .unwrap_or_default(),
        note: r.opt_text(&f, "note", "`note`"),
        help: r.opt_text(&f, "help", "`help`"),
        options: located_list(
            r,
            &f,
            "options",
            "`- { value: yes, label: { en: Yes, nl: Ja } }`",
            read_option,
        ),
        other: r.opt_bool(&f, "other", "`other`"),
        min: r.opt_integer(&f, "min", "`min`"),
        max: r.opt_integer(&f, "max", "`max`"),
        min_label: r.opt_text(&f, "min_label", "`min_label`"),
        max_label: r.opt_text(&f, "max_label", "`max_label`"),
        period: r.opt_text(&f, "period", "`period`"),
        lines: r.opt_integer(&f, "lines", "`lines`"),
        show_if: f.get("show_if").and_then(|n| read_condition(r, n)),
        codes: f
            .get("codes")
            .and_then(|n| r.string_list(n, "a question's `codes`"))
            .unwrap_or_default(),
    })
}

fn read_condition(r: &mut Reader, node: &Node) -> Option<RawCondition> {
    let f = r.fields(node, &format::CONDITION)?;
    let example = "`- { question: works, equals: yes }`";
    Some(RawCondition {
        loc: f.loc,
        question: r.opt_string(&f, "question", "the `question` of a condition"),
        equals: r.opt_string(&f, "equals", "`equals`"),
        includes: r.opt_string(&f, "includes", "`includes`"),
        at_least: r.opt_string(&f, "at_least", "`at_least`"),
        at_most: r.opt_string(&f, "at_most", "`at_most`"),
        answered: r.opt_bool(&f, "answered", "`answered`"),
        all: located_list(r, &f, "all", example, read_condition),
        any: located_list(r, &f, "any", example, read_condition),
        not: f
            .get("not")
            .and_then(|n| read_condition(r, n))
            .map(Box::new),
    })
}

fn read_option(r: &mut Reader, node: &Node) -> Option<RawOption> {
    let f = r.fields(node, &format::OPTION)?;
    Some(RawOption {
        loc: f.loc,
        value: r.opt_string(&f, "value", "an option `value`"),
        label: r.opt_text(&f, "label", "an option `label`"),
    })
}

fn read_item(r: &mut Reader, node: &Node) -> Option<RawItem> {
    let f = r.fields(node, &format::ITEM)?;
    Some(RawItem {
        loc: f.loc,
        id: r.opt_string(&f, "id", "an item `id`"),
        text: r.opt_text(&f, "text", "an item's `text`"),
        optional: r.opt_bool(&f, "optional", "`optional`"),
    })
}

fn read_variant(r: &mut Reader, node: &Node) -> Option<RawVariant> {
    let f = r.fields(node, &format::VARIANT)?;
    Some(RawVariant {
        loc: f.loc,
        id: r.opt_string(&f, "id", "a variant `id`"),
        variables: f
            .get("variables")
            .map(|n| r.text_map(n, "a variant's `variables`"))
            .unwrap_or_default(),
    })
}

/// `codebook.yaml`: the coding frame for analysis.
pub struct RawCodebook {
    pub loc: Loc,
    pub codes: Option<RawList<RawCode>>,
}

pub struct RawCode {
    pub loc: Loc,
    pub id: Option<Located<String>>,
    pub name: Option<RawText>,
    pub description: Option<RawText>,
    pub colour: Option<Located<String>>,
    pub codes: Option<RawList<RawCode>>,
}

pub fn read_codebook(r: &mut Reader, root: &Node) -> Option<RawCodebook> {
    if matches!(root.value, Value::Null) {
        r.error(
            crate::diagnostics::Diagnostic::error(root.loc, "codebook.yaml is empty")
                .expected("`codes:` with at least one code, or no codebook.yaml at all"),
        );
        return None;
    }
    let f = r.fields(root, &format::CODEBOOK)?;
    Some(RawCodebook {
        loc: f.loc,
        codes: located_list(
            r,
            &f,
            "codes",
            "`- { id: matching, name: { nl: Matching, en: Matching } }`",
            read_code,
        ),
    })
}

fn read_code(r: &mut Reader, node: &Node) -> Option<RawCode> {
    let f = r.fields(node, &format::CODE)?;
    Some(RawCode {
        loc: f.loc,
        id: r.opt_string(&f, "id", "a code `id`"),
        name: r.opt_text(&f, "name", "a code's `name`"),
        description: r.opt_text(&f, "description", "a code's `description`"),
        colour: r.opt_string(&f, "colour", "a code's `colour`"),
        codes: located_list(
            r,
            &f,
            "codes",
            "`- { id: klik, name: { nl: Klik, en: Click } }`",
            read_code,
        ),
    })
}
