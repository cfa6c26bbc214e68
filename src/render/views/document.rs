//! Views of the study home, consent sheets and letters.

use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::model::{
    Consent, ConsentMode, Content, Document, ItemText, Letter, Study, TranslatedText, Variant,
};
use crate::plan::paths;
use crate::render::text::{Text, TextRenderer};
use crate::render::views::{DurationView, duration_view};

#[derive(Serialize)]
pub struct HomeView {
    pub intro: Option<Text>,
    pub groups: Vec<Group>,
    pub consents: Vec<DocumentLink>,
    pub letters: Vec<LetterLinks>,
    pub researchers: Vec<ResearcherView>,
    pub ethics: Option<String>,
    pub bilingual: Vec<BilingualLink>,
    /// The codebook's page, when the study has a codebook.yaml.
    pub codebook_href: Option<String>,
}

#[derive(Serialize)]
pub struct Group {
    pub audience: Option<Text>,
    pub items: Vec<FormLink>,
}

#[derive(Serialize)]
pub struct FormLink {
    pub id: String,
    pub title: Text,
    pub href: String,
    pub print_href: String,
    pub kind_label: String,
    pub duration: Option<DurationView>,
    /// Its side-by-side versions that include the page's language, each
    /// labelled with its pair of languages.
    pub bilingual: Vec<PairLink>,
}

#[derive(Serialize)]
pub struct PairLink {
    pub label: String,
    pub href: String,
}

#[derive(Serialize)]
pub struct DocumentLink {
    pub id: String,
    pub title: Text,
    pub href: String,
    pub kind_label: String,
}

#[derive(Serialize)]
pub struct LetterLinks {
    pub title: Text,
    pub href: String,
    pub variants: Vec<VariantLink>,
}

#[derive(Serialize)]
pub struct VariantLink {
    pub id: String,
    pub label: String,
    pub href: String,
}

#[derive(Serialize)]
pub struct BilingualLink {
    pub label: String,
    pub items: Vec<DocumentLink>,
}

#[derive(Serialize)]
pub struct ResearcherView {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub role: Option<Text>,
}

pub fn researchers(t: &TextRenderer, study: &Study) -> Vec<ResearcherView> {
    study
        .researchers
        .iter()
        .map(|r| ResearcherView {
            name: r.name.clone(),
            email: r.email.clone(),
            phone: r.phone.clone(),
            role: t.inline_opt(&r.role),
        })
        .collect()
}

pub fn home_view(t: &TextRenderer, study: &Study) -> HomeView {
    let lang = t.lang;
    let page = paths::home(lang);
    let mut groups: Vec<(String, Group)> = Vec::new();
    let mut consents = Vec::new();
    let mut letters = Vec::new();
    for doc in &study.documents {
        let href = paths::link(&page, &paths::document(lang, &doc.id));
        match &doc.content {
            Content::Form(form) => {
                let key = doc
                    .audience_key(&study.default_language)
                    .unwrap_or_default()
                    .to_string();
                let link = FormLink {
                    id: doc.id.clone(),
                    title: t.inline(&doc.title),
                    print_href: paths::link(&page, &paths::print(lang, &doc.id)),
                    href,
                    kind_label: t.ui(match form.mode {
                        crate::model::FormMode::Interview => "kind-interview",
                        crate::model::FormMode::Survey => "kind-survey",
                    }),
                    duration: duration_view(t, form.duration),
                    bilingual: Vec::new(),
                };
                match groups.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, g)) => g.items.push(link),
                    None => groups.push((
                        key,
                        Group {
                            audience: t.inline_opt(&doc.audience),
                            items: vec![link],
                        },
                    )),
                }
            }
            Content::Consent(c) => consents.push(DocumentLink {
                id: doc.id.clone(),
                title: t.inline(&doc.title),
                href,
                kind_label: t.ui(match c.mode {
                    ConsentMode::Written => "kind-consent-written",
                    ConsentMode::Verbal => "kind-consent-verbal",
                }),
            }),
            Content::Letter(letter) => letters.push(LetterLinks {
                title: t.inline(&doc.title),
                variants: letter
                    .variants
                    .iter()
                    .map(|v| VariantLink {
                        id: v.id.clone(),
                        label: variant_label(t, v),
                        href: paths::link(&page, &paths::letter(lang, &doc.id, &v.id)),
                    })
                    .collect(),
                href,
            }),
        }
    }
    let bilingual: Vec<BilingualLink> = study
        .bilingual
        .iter()
        .filter(|(a, b)| a == lang || b == lang)
        .map(|(a, b)| {
            let mut args = FluentArgs::new();
            args.set("a", crate::render::views::page::language_name(t, a));
            args.set("b", crate::render::views::page::language_name(t, b));
            BilingualLink {
                label: t.ui_with("bilingual-pair", &args),
                items: study
                    .documents
                    .iter()
                    .filter(|d| {
                        matches!(&d.content, Content::Form(f) if f.mode == crate::model::FormMode::Interview)
                    })
                    .map(|d| DocumentLink {
                        id: d.id.clone(),
                        title: t.inline(&d.title),
                        href: paths::link(&page, &paths::bilingual(a, b, &d.id)),
                        kind_label: String::new(),
                    })
                    .collect(),
            }
        })
        .filter(|link: &BilingualLink| !link.items.is_empty())
        .collect();
    for link in groups.iter_mut().flat_map(|(_, g)| g.items.iter_mut()) {
        link.bilingual = bilingual
            .iter()
            .filter_map(|pair: &BilingualLink| {
                let doc = pair.items.iter().find(|d| d.id == link.id)?;
                Some(PairLink {
                    label: pair.label.clone(),
                    href: doc.href.clone(),
                })
            })
            .collect();
    }
    // Stable: unlisted audiences keep the order they first appear in.
    groups.sort_by_key(|(key, _)| study.audience_rank(key));
    HomeView {
        intro: t.block_opt(&study.intro),
        groups: groups.into_iter().map(|(_, g)| g).collect(),
        consents,
        letters,
        researchers: researchers(t, study),
        ethics: ethics_line(t, study),
        bilingual,
        codebook_href: (!study.codebook.is_empty())
            .then(|| paths::link(&page, &paths::codebook(lang))),
    }
}

fn ethics_line(t: &TextRenderer, study: &Study) -> Option<String> {
    study.ethics.as_ref().map(|e| {
        let mut args = FluentArgs::new();
        args.set("committee", e.committee.clone());
        args.set("reference", e.reference.clone());
        t.ui_with("ethics-approval", &args)
    })
}

/// What distinguishes a variant: its variables' values, else its id.
pub fn variant_label(t: &TextRenderer, v: &Variant) -> String {
    let values: Vec<String> = v
        .variables
        .values()
        .map(|text| t.inline(text).plain)
        .filter(|s| !s.is_empty())
        .collect();
    if values.is_empty() {
        v.id.clone()
    } else {
        values.join(" · ")
    }
}

#[derive(Serialize)]
pub struct ConsentView {
    pub id: String,
    pub mode: ConsentMode,
    pub title: Text,
    pub intro: Option<Text>,
    pub purpose: Option<Text>,
    pub items: Vec<ItemView>,
    pub researchers: Vec<ResearcherView>,
    pub version: Option<String>,
}

#[derive(Serialize, Clone)]
pub struct ItemView {
    pub id: String,
    /// Written: the statement ticked. Verbal: what the interviewer reads.
    pub text: Text,
    /// Verbal: the short line of the interviewer's checklist.
    pub label: Text,
    pub optional: bool,
}

pub fn consent_view(
    t: &mut TextRenderer,
    study: &Study,
    doc: &Document,
    c: &Consent,
) -> ConsentView {
    set_consent_variables(t, study);
    let items = c
        .items
        .iter()
        .map(|item| {
            let (text, label) = match &item.text {
                ItemText::Study(text) => {
                    let rendered = t.block(text);
                    (rendered.clone(), t.inline(text))
                }
                ItemText::Builtin { message } => {
                    let (text_id, special) = match c.mode {
                        ConsentMode::Written => (message.clone(), "consent-privacy-special"),
                        ConsentMode::Verbal => (
                            format!("{message}-script"),
                            "consent-privacy-special-script",
                        ),
                    };
                    // Special categories of data (Art. 9) add their
                    // sentence to the privacy item.
                    let mut ids = vec![text_id.as_str()];
                    if item.id == "privacy" && study.privacy.special_categories {
                        ids.push(special);
                    }
                    (t.ui_blocks(&ids), t.ui_inline(&format!("{message}-label")))
                }
            };
            ItemView {
                id: item.id.clone(),
                text,
                label,
                optional: item.optional,
            }
        })
        .collect();
    ConsentView {
        id: doc.id.clone(),
        mode: c.mode,
        title: t.inline(&doc.title),
        intro: t.block_opt(&c.intro),
        purpose: t.block_opt(&c.purpose),
        items,
        researchers: researchers(t, study),
        version: doc.version.clone(),
    }
}

/// The variables of the built-in consent wording, from `privacy:` and
/// `ethics:`, with the built-in legal basis and recipients where the study
/// is silent. Validation has made sure every other fact is there.
fn set_consent_variables(t: &mut TextRenderer, study: &Study) {
    let text = |t: &TextRenderer, v: &Option<TranslatedText>| {
        v.as_ref().map(|v| t.source(v)).unwrap_or_default()
    };
    let with_default = |t: &TextRenderer, v: &Option<TranslatedText>, default: &str| match v {
        Some(v) => t.source(v),
        None => t.ui(default),
    };
    let controller = text(t, &study.privacy.controller);
    let controller_contact = text(t, &study.privacy.controller_contact);
    let legal_basis = with_default(t, &study.privacy.legal_basis, "privacy-default-legal-basis");
    let recipients = with_default(t, &study.privacy.recipients, "privacy-default-recipients");
    let retention = text(t, &study.privacy.retention);
    let authority = text(t, &study.privacy.authority);
    let dpo = study.privacy.dpo_email.clone().unwrap_or_default();
    t.set("controller", controller);
    t.set("controller_contact", controller_contact);
    t.set("legal_basis", legal_basis);
    t.set("recipients", recipients);
    t.set("retention", retention);
    t.set("authority", authority);
    t.set("dpo_email", dpo);
    if let Some(e) = &study.ethics {
        t.set("committee", e.committee.clone());
        t.set("reference", e.reference.clone());
    }
}

#[derive(Serialize)]
pub struct LetterView {
    pub id: String,
    pub variant: String,
    pub title: Text,
    pub body: Text,
    pub researchers: Vec<ResearcherView>,
    pub qr: Option<QrView>,
    pub version: Option<String>,
}

#[derive(Serialize)]
pub struct QrView {
    pub svg: String,
    pub url: String,
}

pub fn letter_view(
    t: &TextRenderer,
    study: &Study,
    doc: &Document,
    _letter: &Letter,
    variant: &Variant,
    body: Text,
) -> LetterView {
    let qr = study.base_url.as_ref().and_then(|base| {
        let url = format!("{base}{}", paths::home(t.lang));
        crate::render::qr::svg(&url).map(|svg| QrView { svg, url })
    });
    LetterView {
        id: doc.id.clone(),
        variant: variant.id.clone(),
        title: t.inline(&doc.title),
        body,
        researchers: researchers(t, study),
        qr,
        version: doc.version.clone(),
    }
}
