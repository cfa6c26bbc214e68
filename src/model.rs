//! The validated model: a study the renderer can trust. Every id is well
//! formed and unique, every reference resolves, every text parses as Fluent
//! and uses only known variables.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use crate::diagnostics::{FileId, Loc};

/// A piece of translatable text: one Fluent pattern per language written.
/// The language codes are shared (`Arc`) by every text of a study, and a
/// pattern's source is a boxed `str`: a large study holds hundreds of
/// thousands of them.
/// A study has a handful of languages, so a small list beats a map (a
/// study of 1,000 questionnaires holds hundreds of thousands of texts).
#[derive(Debug, Clone)]
pub struct TranslatedText {
    pub loc: Loc,
    pub by_language: Vec<(Arc<str>, Pattern)>,
}

impl TranslatedText {
    pub fn get(&self, lang: &str) -> Option<&Pattern> {
        self.get_key_value(lang).map(|(_, p)| p)
    }

    pub fn get_key_value(&self, lang: &str) -> Option<(&str, &Pattern)> {
        self.by_language
            .iter()
            .find(|(l, _)| &**l == lang)
            .map(|(l, p)| (&**l, p))
    }

    pub fn contains(&self, lang: &str) -> bool {
        self.get(lang).is_some()
    }

    pub fn first(&self) -> Option<(&str, &Pattern)> {
        self.by_language.first().map(|(l, p)| (&**l, p))
    }

    pub fn patterns(&self) -> impl Iterator<Item = &Pattern> {
        self.by_language.iter().map(|(_, p)| p)
    }
}

/// One language's version of a text, as written and as parsed.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub source: Box<str>,
    /// Whether the text has placeables (`{ $name }`) and goes through
    /// Fluent; plain text is used as is. The parsed form is not kept: a
    /// large study has hundreds of thousands of texts, and parsing one again
    /// when it is rendered costs about a microsecond.
    pub fluent: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

#[derive(Debug, Clone)]
pub struct Language {
    pub code: String,
    pub direction: Direction,
}

#[derive(Debug, Clone)]
pub struct Researcher {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub role: Option<TranslatedText>,
}

#[derive(Debug, Clone)]
pub struct Ethics {
    pub committee: String,
    pub reference: String,
}

#[derive(Debug, Clone, Default)]
pub struct Privacy {
    pub controller: Option<TranslatedText>,
    /// The controller's address or e-mail (GDPR Art. 13(1)(a)).
    pub controller_contact: Option<TranslatedText>,
    pub dpo_email: Option<String>,
    pub legal_basis: Option<TranslatedText>,
    pub recipients: Option<TranslatedText>,
    pub retention: Option<TranslatedText>,
    pub authority: Option<TranslatedText>,
    /// The study records special categories of data (Art. 9): the consent
    /// wording then states the Art. 9(2)(j) basis.
    pub special_categories: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "mode", rename_all = "lowercase")]
pub enum Submit {
    Download,
    /// `origin` (scheme, host, port) is what the page's CSP allows.
    Post {
        url: String,
        origin: String,
    },
    Mailto {
        address: String,
    },
}

#[derive(Debug, Clone)]
pub struct Study {
    pub title: TranslatedText,
    pub intro: Option<TranslatedText>,
    pub languages: Vec<Language>,
    pub default_language: String,
    pub institution: Option<TranslatedText>,
    /// The institution's postal address, for the letterhead.
    pub address: Option<TranslatedText>,
    /// The letterhead's logo, read and checked (`logo:`).
    pub logo: Option<Logo>,
    pub researchers: Vec<Researcher>,
    pub ethics: Option<Ethics>,
    pub privacy: Privacy,
    pub variables: BTreeMap<String, TranslatedText>,
    pub submit: Submit,
    pub base_url: Option<String>,
    /// A directory of `themes/` overriding the built-in theme.
    pub theme: Option<String>,
    pub bilingual: Vec<(String, String)>,
    /// Audience keys in the order of the home page's groups; audiences
    /// not listed follow in the order they first appear.
    pub audiences: Vec<String>,
    /// The key that exports are encrypted to (`privacy.public_key`).
    pub encryption: Option<Encryption>,
    /// Sorted by id.
    pub documents: Vec<Document>,
    /// The codes of `codebook.yaml`, as a tree in the file's order; empty
    /// when the study has no codebook.
    pub codebook: Vec<Code>,
    /// A short identifier of the study for saved answers' keys.
    pub key: String,
}

/// The institution's logo: an image file of the study, published with the
/// site's assets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logo {
    /// `svg` or `png`.
    pub extension: &'static str,
    pub bytes: Vec<u8>,
}

/// A study's public key as the forms use it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Encryption {
    /// What envelopes name the key by (crate::crypto::PublicKey::id).
    pub key_id: String,
    /// The SubjectPublicKeyInfo, base64, for WebCrypto.
    pub spki: String,
}

impl Study {
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// Where a document's audience group comes on the home page.
    pub fn audience_rank(&self, key: &str) -> usize {
        self.audiences
            .iter()
            .position(|a| a == key)
            .unwrap_or(self.audiences.len())
    }
}

#[derive(Debug, Clone)]
pub struct Document {
    pub id: String,
    pub file: FileId,
    pub version: Option<String>,
    /// Hash of the definition, so saved answers and signed sheets can be
    /// matched to the exact questionnaire they belong to.
    pub definition_hash: String,
    pub title: TranslatedText,
    pub audience: Option<TranslatedText>,
    pub content: Content,
}

impl Document {
    /// The audience as written in the default language: what groups
    /// documents on the home page in every language, and what
    /// `audiences:` names.
    pub fn audience_key(&self, default_language: &str) -> Option<&str> {
        let audience = self.audience.as_ref()?;
        audience
            .get(default_language)
            .or_else(|| audience.first().map(|(_, p)| p))
            .map(|p| &*p.source)
    }
}

#[derive(Debug, Clone)]
pub enum Content {
    Form(Form),
    Consent(Consent),
    Letter(Letter),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FormMode {
    Interview,
    Survey,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Duration {
    pub min: u32,
    pub max: u32,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub mode: FormMode,
    pub duration: Option<Duration>,
    pub consent: Option<String>,
    pub intro: Option<TranslatedText>,
    pub sections: Vec<Section>,
}

impl Form {
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }
}

#[derive(Debug, Clone)]
pub struct Section {
    pub id: String,
    pub title: TranslatedText,
    pub duration: Option<Duration>,
    pub instructions: Option<TranslatedText>,
    pub questions: Vec<Question>,
    /// Skip logic: the section applies only when this holds.
    pub show_if: Option<Condition>,
}

#[derive(Debug, Clone)]
pub struct Question {
    pub id: String,
    pub text: TranslatedText,
    pub kind: QuestionKind,
    pub required: bool,
    pub probes: Vec<TranslatedText>,
    pub note: Option<TranslatedText>,
    pub help: Option<TranslatedText>,
    /// Ruled lines of answer space on the printed page, when the study
    /// sets them; otherwise the print view's default for the type.
    pub lines: Option<u32>,
    /// Skip logic: the question applies only when this holds (and its
    /// section's condition, if any, holds too).
    pub show_if: Option<Condition>,
    /// Codes of the codebook that pre-code its answers, with where each
    /// was written: they are checked against the codebook after every
    /// questionnaire, so that a questionnaire reused from the cache of
    /// `serve` is checked against the current codebook too.
    pub codes: Vec<(String, Loc)>,
}

/// A `show_if` condition, checked: every `question` is the id of an earlier
/// answerable question of the same questionnaire, and the test fits its
/// type. A question that does not apply counts as unanswered in the tests
/// of later conditions, as a non-relevant question in ODK.
///
/// Which tests each question type takes (an XLSForm `relevant` in
/// brackets, `${q}` the tested question):
/// - `single`: `Equals` with `Operand::Choice` (`${q} = 'v'`), `Answered`;
/// - `multiple`: `Includes` (`selected(${q}, 'v')`), `Answered`;
/// - `scale` and `number`: `Equals`, `AtLeast`, `AtMost` with
///   `Operand::Number` (`${q} = 3`, `${q} >= 18`), `Answered`;
/// - `date`: `AtLeast`, `AtMost` with `Operand::Date`
///   (`${q} >= date('2020-01-31')`), `Answered`;
/// - `open`, `text`, `msc`: `Answered` only.
///
/// `Answered { answered: true }` is `${q} != ''`; `All`, `Any` and `Not`
/// are `and`, `or` and `not()`. A choice value `other` stands for the free
/// answer of `other: true`. Its JSON (serde) is what the web form's script
/// reads (`data-show-if`, themes/default/static/enquete-skip.js).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    Equals { question: String, value: Operand },
    Includes { question: String, value: String },
    AtLeast { question: String, value: Operand },
    AtMost { question: String, value: Operand },
    Answered { question: String, answered: bool },
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
}

/// The value a condition compares an answer with.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Operand {
    /// An option's `value`.
    Choice(String),
    Number(f64),
    /// `YYYY-MM-DD`, as a date field's answer is written.
    Date(String),
}

#[derive(Debug, Clone)]
pub struct Choice {
    pub value: String,
    pub label: TranslatedText,
}

#[derive(Debug, Clone)]
pub enum QuestionKind {
    Open,
    Text,
    Single {
        options: Vec<Choice>,
        other: bool,
    },
    Multiple {
        options: Vec<Choice>,
        other: bool,
    },
    Scale {
        min: i64,
        max: i64,
        min_label: Option<TranslatedText>,
        max_label: Option<TranslatedText>,
    },
    Number,
    Date,
    Note,
    Msc {
        period: Option<TranslatedText>,
    },
}

impl QuestionKind {
    pub fn name(&self) -> &'static str {
        match self {
            QuestionKind::Open => "open",
            QuestionKind::Text => "text",
            QuestionKind::Single { .. } => "single",
            QuestionKind::Multiple { .. } => "multiple",
            QuestionKind::Scale { .. } => "scale",
            QuestionKind::Number => "number",
            QuestionKind::Date => "date",
            QuestionKind::Note => "note",
            QuestionKind::Msc { .. } => "msc",
        }
    }

    /// A note is read out; it has no answer.
    pub fn is_answerable(&self) -> bool {
        !matches!(self, QuestionKind::Note)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ConsentMode {
    Written,
    Verbal,
}

#[derive(Debug, Clone)]
pub struct Consent {
    pub mode: ConsentMode,
    pub intro: Option<TranslatedText>,
    pub purpose: Option<TranslatedText>,
    pub items: Vec<ConsentItem>,
}

#[derive(Debug, Clone)]
pub struct ConsentItem {
    pub id: String,
    pub text: ItemText,
    pub optional: bool,
}

/// A consent item's wording: the study's own, or the built-in default
/// (a Fluent message of the locales, filled from `privacy:` and `ethics:`).
#[derive(Debug, Clone)]
pub enum ItemText {
    Study(TranslatedText),
    Builtin { message: String },
}

#[derive(Debug, Clone)]
pub struct Letter {
    pub body: TranslatedText,
    pub variants: Vec<Variant>,
}

#[derive(Debug, Clone)]
pub struct Variant {
    pub id: String,
    pub variables: BTreeMap<String, TranslatedText>,
}

/// A code of `codebook.yaml`.
#[derive(Debug, Clone)]
pub struct Code {
    pub id: String,
    pub name: TranslatedText,
    pub description: Option<TranslatedText>,
    /// `#rrggbb`, lowercase.
    pub colour: Option<String>,
    pub children: Vec<Code>,
}

impl Code {
    /// This code and every code under it, depth first.
    pub fn walk(&self) -> Vec<&Code> {
        let mut out = vec![self];
        for child in &self.children {
            out.extend(child.walk());
        }
        out
    }
}

/// Languages written right to left.
pub fn direction_of(code: &str) -> Direction {
    let primary = code.split('-').next().unwrap_or(code);
    match primary {
        "ar" | "fa" | "he" | "ur" | "ps" | "sd" | "ug" | "yi" | "dv" | "ckb" => Direction::Rtl,
        _ => Direction::Ltr,
    }
}
