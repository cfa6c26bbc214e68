//! The study format as data: every mapping that a study's YAML may hold,
//! its fields, their shapes and one line on what each does. The reader
//! checks field names against these tables (and suggests near misses),
//! `enquete schema` turns them into a JSON Schema for editors, and a test
//! checks that `docs/format.md` documents every field they list.

mod codebook;
mod condition;
pub mod schema;
pub use codebook::{CODE, CODEBOOK};
pub use condition::CONDITION;

/// One YAML mapping: `study.yaml` itself, a question, an option...
pub struct Mapping {
    /// The key of its definition in the JSON Schema.
    pub name: &'static str,
    /// How messages name it: "a question".
    pub what: &'static str,
    pub doc: &'static str,
    pub fields: &'static [Field],
}

pub struct Field {
    pub name: &'static str,
    pub shape: Shape,
    /// Required by the format itself (some fields are required only in
    /// some cases, e.g. `options` of a choice question: that is checked
    /// when the study is validated, and said in `doc`).
    pub required: bool,
    pub doc: &'static str,
}

#[derive(Clone, Copy)]
pub enum Shape {
    /// Translatable text: a string in the default language, or a mapping
    /// from language code to string. Markdown and `{ $variable }` allowed.
    Text,
    /// A plain value that is never translated (a name, an e-mail, a code).
    Plain,
    /// An id: lowercase letters, digits, `-` and `_`.
    Id,
    /// One of a fixed set of words.
    OneOf(&'static [&'static str]),
    Integer,
    Bool,
    /// Planned minutes: `60` or `"60-90"`.
    Duration,
    /// A list of plain values, such as language codes.
    PlainList,
    /// A list of translatable texts (probes).
    TextList,
    /// `name: text` pairs whose names are the author's (variables).
    TextMap,
    Map(&'static Mapping),
    List(&'static Mapping),
}

impl Mapping {
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.fields.iter().map(|f| f.name)
    }
}

const fn field(name: &'static str, shape: Shape, doc: &'static str) -> Field {
    Field {
        name,
        shape,
        required: false,
        doc,
    }
}

const fn required(name: &'static str, shape: Shape, doc: &'static str) -> Field {
    Field {
        name,
        shape,
        required: true,
        doc,
    }
}

pub const KINDS: &[&str] = &["interview", "survey", "consent", "letter"];
pub const QUESTION_TYPES: &[&str] = &[
    "open", "text", "single", "multiple", "scale", "number", "date", "note", "msc",
];
pub const CONSENT_MODES: &[&str] = &["written", "verbal"];
pub const SUBMIT_MODES: &[&str] = &["download", "post", "mailto"];

pub static STUDY: Mapping = Mapping {
    name: "study",
    what: "study.yaml",
    doc: "study.yaml: the study's title, languages, people and the facts that consent sheets print.",
    fields: &[
        required(
            "title",
            Shape::Text,
            "The study's title: the home page's heading and every page's header.",
        ),
        field(
            "intro",
            Shape::Text,
            "An introduction on the home page (Markdown).",
        ),
        required(
            "languages",
            Shape::PlainList,
            "The study's languages, BCP 47 codes such as `nl`, `en`, `fr-BE`: one site per language.",
        ),
        field(
            "default_language",
            Shape::Plain,
            "The source language that every translation is made from. Default: the first of `languages`.",
        ),
        field(
            "institution",
            Shape::Text,
            "The institution that runs the study, on page headers, consent sheets and letters.",
        ),
        field(
            "address",
            Shape::Text,
            "The institution's postal address, under its name at the top of consent sheets and letters. A plain string is printed as written in every language.",
        ),
        field(
            "logo",
            Shape::Plain,
            "The institution's logo at the top of consent sheets and letters: the path, relative to the study, of an SVG or PNG file of at most 1 MB.",
        ),
        field(
            "researchers",
            Shape::List(&RESEARCHER),
            "The people to contact, on the home page, consent sheets and letters.",
        ),
        field(
            "ethics",
            Shape::Map(&ETHICS),
            "The ethics approval: committee and reference. Required when the study has a consent document.",
        ),
        field(
            "privacy",
            Shape::Map(&PRIVACY),
            "The facts of GDPR Art. 13 that consent sheets print. Required when the study has a consent document.",
        ),
        field(
            "variables",
            Shape::TextMap,
            "Values for `{ $name }` in any text, per language (e.g. `programme`).",
        ),
        field(
            "submit",
            Shape::Map(&SUBMIT),
            "Where a survey's answers go. Default: the respondent downloads them as a file.",
        ),
        field(
            "theme",
            Shape::Id,
            "A theme in `themes/NAME/` whose templates and assets replace the built-in ones, file by file.",
        ),
        field(
            "base_url",
            Shape::Plain,
            "The https:// address where the site will be published: letters then carry a QR code to it.",
        ),
        field(
            "bilingual",
            Shape::PlainList,
            "Side-by-side pages, as pairs such as `nl-en`. Default: the default language with each other language; `[]` for none.",
        ),
        field(
            "audiences",
            Shape::PlainList,
            "The order of the audience groups on the home page, each named by its `audience` as written in the default language. Default: the order in which they first appear.",
        ),
    ],
};

pub static RESEARCHER: Mapping = Mapping {
    name: "researcher",
    what: "a researcher",
    doc: "A person to contact about the study.",
    fields: &[
        required(
            "name",
            Shape::Plain,
            "The researcher's name, never translated.",
        ),
        field("email", Shape::Plain, "An e-mail address."),
        field(
            "phone",
            Shape::Plain,
            "A telephone number, as it should be printed.",
        ),
        field("role", Shape::Text, "The role, e.g. PhD researcher."),
    ],
};

pub static ETHICS: Mapping = Mapping {
    name: "ethics",
    what: "`ethics`",
    doc: "The ethics approval of the study.",
    fields: &[
        field(
            "committee",
            Shape::Plain,
            "The committee that approved the study, as it names itself.",
        ),
        field("reference", Shape::Plain, "The approval's reference."),
    ],
};

pub static PRIVACY: Mapping = Mapping {
    name: "privacy",
    what: "`privacy`",
    doc: "The GDPR facts that consent sheets print; each value follows a colon in the built-in wording, so write names without an article.",
    fields: &[
        field(
            "controller",
            Shape::Text,
            "The data controller (usually the institution).",
        ),
        field(
            "controller_contact",
            Shape::Text,
            "The controller's contact details: a postal address or an e-mail address.",
        ),
        field(
            "dpo_email",
            Shape::Plain,
            "The e-mail address of the data protection officer.",
        ),
        field(
            "legal_basis",
            Shape::Text,
            "The legal basis of the processing. Default: public interest, scientific research (Art. 6(1)(e) GDPR).",
        ),
        field(
            "recipients",
            Shape::Text,
            "Who may see the data. Default: only the research team.",
        ),
        field("retention", Shape::Text, "How long the data are kept."),
        field(
            "authority",
            Shape::Text,
            "The supervisory authority to complain to.",
        ),
        field(
            "special_categories",
            Shape::Bool,
            "`true` when the study records special categories of data (e.g. ethnic origin): the sheets then state the Art. 9(2)(j) basis.",
        ),
        field(
            "public_key",
            Shape::Plain,
            "A P-256 public key file (PEM) in the study, e.g. `keys/study.pub` from `enquete keys new`: every export and submission of the forms is then encrypted to it, and only `enquete answers merge --key` opens them.",
        ),
    ],
};

pub static SUBMIT: Mapping = Mapping {
    name: "submit",
    what: "`submit`",
    doc: "Where a survey's answers go.",
    fields: &[
        field(
            "mode",
            Shape::OneOf(SUBMIT_MODES),
            "`download` (a file the respondent keeps or sends), `post` (to `url`) or `mailto` (an e-mail to `address`).",
        ),
        field(
            "url",
            Shape::Plain,
            "The https:// address that receives the answers, for `mode: post`.",
        ),
        field(
            "address",
            Shape::Plain,
            "The e-mail address that receives the answers, for `mode: mailto`.",
        ),
    ],
};

// The fields that every document has, whatever its kind.
const KIND: Field = required(
    "kind",
    Shape::OneOf(KINDS),
    "What the file is: `interview`, `survey`, `consent` or `letter`.",
);
const VERSION: Field = field(
    "version",
    Shape::Plain,
    "The document's version, printed in footers and recorded with every answer.",
);
const TITLE: Field = required("title", Shape::Text, "The document's title.");
const AUDIENCE: Field = field(
    "audience",
    Shape::Text,
    "Who it is for: a plain word is a key shown as written, a mapping a translated label. The home page groups documents by it.",
);

pub static FORM: Mapping = Mapping {
    name: "form",
    what: "a document of kind `interview` or `survey`",
    doc: "An interview guide (`interview`: read by an interviewer) or a survey (`survey`: filled in by the respondent).",
    fields: &[
        KIND,
        VERSION,
        TITLE,
        AUDIENCE,
        field(
            "duration",
            Shape::Duration,
            "Planned minutes, `60` or `\"60-90\"`, on the page and the printed guide.",
        ),
        field(
            "consent",
            Shape::Plain,
            "The id of the consent document to take first, or `none`.",
        ),
        field(
            "intro",
            Shape::Text,
            "Text before the first section (Markdown).",
        ),
        required(
            "sections",
            Shape::List(&SECTION),
            "The sections of questions, in order.",
        ),
    ],
};

pub static CONSENT: Mapping = Mapping {
    name: "consent",
    what: "a document of kind `consent`",
    doc: "A consent sheet: written (tick boxes and signatures) or verbal (a script read aloud and a checklist).",
    fields: &[
        KIND,
        VERSION,
        TITLE,
        AUDIENCE,
        required(
            "mode",
            Shape::OneOf(CONSENT_MODES),
            "`written`: statements to tick and sign; `verbal`: a script to read aloud and a checklist for the interviewer.",
        ),
        field(
            "intro",
            Shape::Text,
            "Text before the statements (Markdown).",
        ),
        field(
            "purpose",
            Shape::Text,
            "What the study is for, in the respondent's words (Markdown).",
        ),
        field(
            "items",
            Shape::List(&ITEM),
            "Changes to the built-in statements (by their id) and statements of the study's own.",
        ),
    ],
};

pub static LETTER: Mapping = Mapping {
    name: "letter",
    what: "a document of kind `letter`",
    doc: "An information letter, printed once per variant (e.g. per programme and city).",
    fields: &[
        KIND,
        VERSION,
        TITLE,
        AUDIENCE,
        required(
            "body",
            Shape::Text,
            "The letter's text (Markdown), with `{ $variable }` placeholders.",
        ),
        field(
            "variants",
            Shape::List(&VARIANT),
            "One printed letter per variant, each with its own values of the placeholders.",
        ),
    ],
};

pub static SECTION: Mapping = Mapping {
    name: "section",
    what: "a section",
    doc: "A phase of the interview or a page part of the survey.",
    fields: &[
        field(
            "id",
            Shape::Id,
            "The section's id. Default: `s1`, `s2`... by position.",
        ),
        required("title", Shape::Text, "The section's heading."),
        field(
            "duration",
            Shape::Duration,
            "Planned minutes for this section.",
        ),
        field(
            "instructions",
            Shape::Text,
            "Instructions for the interviewer (or the respondent of a survey), Markdown.",
        ),
        required(
            "questions",
            Shape::List(&QUESTION),
            "The questions, in order.",
        ),
        field(
            "show_if",
            Shape::Map(&CONDITION),
            "The section applies only when this condition on earlier questions holds (skip logic).",
        ),
    ],
};

pub static QUESTION: Mapping = Mapping {
    name: "question",
    what: "a question",
    doc: "A question, a topic of the interview or a note.",
    fields: &[
        field(
            "id",
            Shape::Id,
            "The question's id, the name of its column in the answers. Default: the section's id and the position, e.g. `s1-2`.",
        ),
        field(
            "type",
            Shape::OneOf(QUESTION_TYPES),
            "`open` (default), `text`, `single`, `multiple`, `scale`, `number`, `date`, `note` or `msc`.",
        ),
        required("text", Shape::Text, "The question as asked (Markdown)."),
        field(
            "required",
            Shape::Bool,
            "`true`: a survey cannot be sent without an answer.",
        ),
        field(
            "probes",
            Shape::TextList,
            "Follow-up prompts for the interviewer, ticked when asked.",
        ),
        field(
            "note",
            Shape::Text,
            "An instruction for the interviewer, never read aloud.",
        ),
        field(
            "help",
            Shape::Text,
            "Help for the respondent, under the question.",
        ),
        field(
            "options",
            Shape::List(&OPTION),
            "The choices of a `single` or `multiple` question (required there).",
        ),
        field(
            "other",
            Shape::Bool,
            "`true`: a `single` or `multiple` question adds an \"Other\" choice with a text field.",
        ),
        field(
            "min",
            Shape::Integer,
            "The lowest point of a `scale`. Default: 1.",
        ),
        field(
            "max",
            Shape::Integer,
            "The highest point of a `scale`. Default: 5.",
        ),
        field(
            "min_label",
            Shape::Text,
            "What the lowest point of a `scale` means.",
        ),
        field(
            "max_label",
            Shape::Text,
            "What the highest point of a `scale` means.",
        ),
        field(
            "period",
            Shape::Text,
            "The period that an `msc` (Most Significant Change) story is about, e.g. \"since you met your buddy\".",
        ),
        field(
            "lines",
            Shape::Integer,
            "Ruled lines of answer space on the printed page, 0 to 25. Default by type: `open` 3 in an interview (notes beside the recording), 5 in a survey; `text`, `number`, `date` 1; `msc` 6 for the story (the \"why\" gets half); `single`, `multiple`, `scale` 0 (lines under the options). Not for a `note`.",
        ),
        field(
            "show_if",
            Shape::Map(&CONDITION),
            "The question applies only when this condition on earlier questions holds (skip logic).",
        ),
        field(
            "codes",
            Shape::PlainList,
            "Ids of codes of `codebook.yaml`: analysis exports pre-code this question's answers with them.",
        ),
    ],
};

pub static OPTION: Mapping = Mapping {
    name: "option",
    what: "an option",
    doc: "A choice of a `single` or `multiple` question.",
    fields: &[
        field(
            "value",
            Shape::Id,
            "What the answers record. Default: the position, `1`, `2`...",
        ),
        required("label", Shape::Text, "What the respondent reads."),
    ],
};

pub static ITEM: Mapping = Mapping {
    name: "item",
    what: "a consent item",
    doc: "A statement of a consent sheet: a built-in one changed, or one of the study's own.",
    fields: &[
        field(
            "id",
            Shape::Id,
            "A built-in item (`voluntary`, `withdraw`, `recording`, `anonymisation`, `privacy`, `ethics`) or a new id.",
        ),
        field(
            "text",
            Shape::Text,
            "The statement, in the first person on a written sheet. Required for a new item; replaces the built-in wording otherwise.",
        ),
        field(
            "optional",
            Shape::Bool,
            "`true`: the respondent may refuse this item and still take part (e.g. recording).",
        ),
    ],
};

pub static VARIANT: Mapping = Mapping {
    name: "variant",
    what: "a letter variant",
    doc: "One version of a letter.",
    fields: &[
        field(
            "id",
            Shape::Id,
            "The variant's id, part of its address. Default: `variant-1`...",
        ),
        field(
            "variables",
            Shape::TextMap,
            "The placeholders' values for this version, per language.",
        ),
    ],
};

/// Every mapping, for the schema and the documentation test.
pub static ALL: &[&Mapping] = &[
    &STUDY,
    &RESEARCHER,
    &ETHICS,
    &PRIVACY,
    &SUBMIT,
    &FORM,
    &CONSENT,
    &LETTER,
    &SECTION,
    &QUESTION,
    &CONDITION,
    &OPTION,
    &ITEM,
    &VARIANT,
    &CODEBOOK,
    &CODE,
];

/// The mapping of a questionnaire file of kind `kind`.
pub fn document(kind: &str) -> Option<&'static Mapping> {
    match kind {
        "interview" | "survey" => Some(&FORM),
        "consent" => Some(&CONSENT),
        "letter" => Some(&LETTER),
        _ => None,
    }
}
