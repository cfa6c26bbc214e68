//! Views of interview guides and surveys.

use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::model::{
    Document, Encryption, Form, FormMode, Question, QuestionKind, Section, Study, Submit,
};
use crate::plan::paths;
use crate::render::text::{Text, TextRenderer};
use crate::render::views::routing::{Routing, script_data};
use crate::render::views::{DurationView, duration_view};

#[derive(Serialize)]
pub struct FormView {
    pub id: String,
    pub mode: FormMode,
    pub title: Text,
    pub intro: Option<Text>,
    pub audience: Option<Text>,
    pub duration: Option<DurationView>,
    pub consent: Option<ConsentLink>,
    pub sections: Vec<SectionView>,
    /// "12 questions", in the page's language.
    pub count_label: String,
    pub answerable: usize,
    pub version: Option<String>,
    pub hash: String,
    pub study_key: String,
    pub submit: Submit,
    /// The key that exports are encrypted to, if the study has one.
    pub encryption: Option<Encryption>,
    /// Whether any section or question has `show_if`: the page then loads
    /// the skip logic script.
    pub has_conditions: bool,
}

#[derive(Serialize)]
pub struct ConsentLink {
    pub title: Text,
    /// Relative to the form page; the print page adds one `../`.
    pub href: String,
}

#[derive(Serialize)]
pub struct SectionView {
    pub id: String,
    pub number: usize,
    pub title: Text,
    pub duration: Option<DurationView>,
    pub instructions: Option<Text>,
    pub questions: Vec<QuestionView>,
    /// Skip logic: the condition as JSON for the page's script.
    pub show_if: Option<String>,
    /// The condition in words, in the page's language.
    pub routing: Option<Text>,
}

#[derive(Serialize)]
pub struct QuestionView {
    pub id: String,
    /// Running number of answerable questions; notes have none.
    pub number: Option<usize>,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub text: Text,
    pub required: bool,
    pub probes: Vec<Text>,
    pub note: Option<Text>,
    pub help: Option<Text>,
    pub options: Vec<OptionView>,
    pub other: bool,
    pub scale: Vec<i64>,
    pub min_label: Option<Text>,
    pub max_label: Option<Text>,
    pub period: Option<Text>,
    /// Ruled lines of answer space on paper (for an `msc`, the story's).
    pub lines: u32,
    /// An `msc`'s lines for why the change matters.
    pub why_lines: u32,
    /// Skip logic: the condition as JSON for the page's script.
    pub show_if: Option<String>,
    /// The condition in words, in the page's language.
    pub routing: Option<Text>,
    /// On paper, under a `single` question that later questions depend
    /// on: "→ if “No”, go to question 7".
    pub jumps: Vec<Text>,
}

#[derive(Serialize)]
pub struct OptionView {
    pub value: String,
    pub label: Text,
}

/// `page` is the site path of the page the view is for, so that links in it
/// are relative to that page.
pub fn form_view(
    t: &TextRenderer,
    study: &Study,
    doc: &Document,
    form: &Form,
    page: &str,
) -> FormView {
    let mut number = 0;
    let routing = Routing::new(form);
    let mut jumps = routing.jumps(t, form);
    let mut sections: Vec<SectionView> = form
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| section_view(t, s, i + 1, form.mode, &routing, &mut number))
        .collect();
    for q in sections.iter_mut().flat_map(|s| s.questions.iter_mut()) {
        q.jumps = jumps.remove(&q.id).unwrap_or_default();
    }
    let mut args = FluentArgs::new();
    args.set("count", number);
    let consent = form.consent.as_ref().and_then(|id| {
        let consent_doc = study.document(id)?;
        Some(ConsentLink {
            title: t.inline(&consent_doc.title),
            href: paths::link(page, &paths::document(t.lang, id)),
        })
    });
    FormView {
        id: doc.id.clone(),
        mode: form.mode,
        title: t.inline(&doc.title),
        intro: t.block_opt(&form.intro),
        audience: t.inline_opt(&doc.audience),
        duration: duration_view(t, form.duration),
        consent,
        sections,
        count_label: t.ui_with("question-count", &args),
        answerable: number,
        version: doc.version.clone(),
        hash: doc.definition_hash.clone(),
        study_key: study.key.clone(),
        submit: study.submit.clone(),
        encryption: study.encryption.clone(),
        has_conditions: form
            .sections
            .iter()
            .any(|s| s.show_if.is_some() || s.questions.iter().any(|q| q.show_if.is_some())),
    }
}

fn section_view(
    t: &TextRenderer,
    s: &Section,
    number: usize,
    mode: FormMode,
    routing: &Routing,
    counter: &mut usize,
) -> SectionView {
    SectionView {
        id: s.id.clone(),
        number,
        title: t.inline(&s.title),
        duration: duration_view(t, s.duration),
        // Instructions are for the interviewer; a respondent never sees them.
        instructions: match mode {
            FormMode::Interview => t.block_opt(&s.instructions),
            FormMode::Survey => None,
        },
        questions: s
            .questions
            .iter()
            .map(|q| question_view(t, q, mode, routing, counter))
            .collect(),
        show_if: s.show_if.as_ref().map(script_data),
        routing: s.show_if.as_ref().map(|c| routing.line(t, c)),
    }
}

fn question_view(
    t: &TextRenderer,
    q: &Question,
    mode: FormMode,
    routing: &Routing,
    counter: &mut usize,
) -> QuestionView {
    let number = q.kind.is_answerable().then(|| {
        *counter += 1;
        *counter
    });
    let interviewer = mode == FormMode::Interview;
    let mut view = QuestionView {
        id: q.id.clone(),
        number,
        kind: q.kind.name(),
        text: t.inline(&q.text),
        required: q.required,
        probes: if interviewer {
            q.probes.iter().map(|p| t.inline(p)).collect()
        } else {
            Vec::new()
        },
        note: if interviewer {
            t.block_opt(&q.note)
        } else {
            None
        },
        help: t.block_opt(&q.help),
        options: Vec::new(),
        other: false,
        scale: Vec::new(),
        min_label: None,
        max_label: None,
        period: None,
        lines: 0,
        why_lines: 0,
        show_if: q.show_if.as_ref().map(script_data),
        routing: q.show_if.as_ref().map(|c| routing.line(t, c)),
        jumps: Vec::new(),
    };
    match &q.kind {
        QuestionKind::Single { options, other } | QuestionKind::Multiple { options, other } => {
            view.options = options
                .iter()
                .map(|o| OptionView {
                    value: o.value.clone(),
                    label: t.inline(&o.label),
                })
                .collect();
            view.other = *other;
        }
        QuestionKind::Scale {
            min,
            max,
            min_label,
            max_label,
        } => {
            view.scale = (*min..=*max).collect();
            view.min_label = t.inline_opt(min_label);
            view.max_label = t.inline_opt(max_label);
        }
        QuestionKind::Msc { period } => {
            view.period = t.inline_opt(period);
        }
        _ => {}
    }
    view.lines = q.lines.unwrap_or(match q.kind {
        QuestionKind::Msc { .. } => 6,
        // Interviews are recorded: the lines are for notes, not the answer.
        QuestionKind::Open => {
            if interviewer {
                3
            } else {
                5
            }
        }
        QuestionKind::Text | QuestionKind::Number | QuestionKind::Date => 1,
        _ => 0,
    });
    if matches!(q.kind, QuestionKind::Msc { .. }) {
        view.why_lines = view.lines.div_ceil(2);
    }
    view
}

/// The languages of a side-by-side page, for marking up each half.
pub struct Pair<'p> {
    pub a: &'p str,
    pub b: &'p str,
}

/// One form in two languages: the structure of `a` with every text showing
/// both languages side by side, each half with its own `lang` and `dir`.
pub fn merge_forms(a: FormView, b: FormView, pair: &Pair) -> FormView {
    let m = |x: Text, y: Text| merge_text(x, y, pair);
    let mo = |x: Option<Text>, y: Option<Text>| match (x, y) {
        (Some(x), Some(y)) => Some(merge_text(x, y, pair)),
        (x, _) => x,
    };
    let sections = a
        .sections
        .into_iter()
        .zip(b.sections)
        .map(|(sa, sb)| SectionView {
            id: sa.id,
            number: sa.number,
            title: m(sa.title, sb.title),
            duration: sa.duration,
            instructions: mo(sa.instructions, sb.instructions),
            show_if: sa.show_if,
            routing: mo(sa.routing, sb.routing),
            questions: sa
                .questions
                .into_iter()
                .zip(sb.questions)
                .map(|(qa, qb)| QuestionView {
                    text: m(qa.text, qb.text),
                    probes: qa
                        .probes
                        .into_iter()
                        .zip(qb.probes)
                        .map(|(x, y)| m(x, y))
                        .collect(),
                    note: mo(qa.note, qb.note),
                    help: mo(qa.help, qb.help),
                    options: qa
                        .options
                        .into_iter()
                        .zip(qb.options)
                        .map(|(x, y)| OptionView {
                            value: x.value,
                            label: m(x.label, y.label),
                        })
                        .collect(),
                    min_label: mo(qa.min_label, qb.min_label),
                    max_label: mo(qa.max_label, qb.max_label),
                    period: mo(qa.period, qb.period),
                    routing: mo(qa.routing, qb.routing),
                    jumps: qa
                        .jumps
                        .into_iter()
                        .zip(qb.jumps)
                        .map(|(x, y)| m(x, y))
                        .collect(),
                    ..qa
                })
                .collect(),
        })
        .collect();
    FormView {
        title: m(a.title, b.title),
        intro: mo(a.intro, b.intro),
        audience: mo(a.audience, b.audience),
        consent: a.consent,
        sections,
        ..a
    }
}

fn merge_text(a: Text, b: Text, pair: &Pair) -> Text {
    let dir = |l: &str| match crate::model::direction_of(l) {
        crate::model::Direction::Rtl => "rtl",
        crate::model::Direction::Ltr => "ltr",
    };
    let block = a.block || b.block;
    let (outer, inner) = if block {
        ("div", "div")
    } else {
        ("span", "span")
    };
    let html = format!(
        "<{outer} class=\"bi\"><{inner} class=\"bi-a\" lang=\"{la}\" dir=\"{da}\">{ha}</{inner}><{inner} class=\"bi-b\" lang=\"{lb}\" dir=\"{db}\">{hb}</{inner}></{outer}>",
        la = pair.a,
        lb = pair.b,
        da = dir(pair.a),
        db = dir(pair.b),
        ha = a.html,
        hb = b.html,
    );
    Text {
        html,
        block,
        plain: format!("{} / {}", a.plain, b.plain),
    }
}
