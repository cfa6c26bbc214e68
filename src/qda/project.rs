//! `study.qdpx`: the merged interviews as a REFI-QDA project, which
//! ATLAS.ti, MAXQDA and NVivo open. A zip of `project.qde` (the project:
//! codes, variables, cases, and for each interview its text source with
//! every answer coded) and `sources/{guid}.txt` (each interview's text).
//!
//! The code system has the study's codebook, then the guides: one code per
//! questionnaire, a code per section under it and a code per question
//! under that. Every answer is coded with its question's code, its
//! section's code and the codebook's codes that the question names; an
//! answer to a question no longer in the guide, with its questionnaire's
//! code.

use std::collections::HashMap;
use std::io::{Seek, Write};

use rayon::prelude::*;

use crate::answers::{Merged, Record};
use crate::i18n::Locales;
use crate::model::{Content, Document, Form, Study};
use crate::render::text::{TextRenderer, sanitizer};

use super::cases::{self, Cases};
use super::codebook::{ORIGIN, code_guid, write_codes};
use super::guid::{guid, study_name};
use super::source::{self, Passage};
use super::xml::Writer;
use crate::render::text::one_line;

/// One interview of the project: its text source is already in the zip,
/// its coded passages are kept for `project.qde`.
pub(super) struct Interview<'a> {
    pub doc: &'a Document,
    pub form: &'a Form,
    pub record: &'a Record,
    pub guid: String,
    pub passages: Vec<Passage<'a>>,
}

/// Writes the project as a `.qdpx` file into `out`: each interview's text
/// as it is made, then `project.qde`, written out piece by piece, so that
/// a merge of thousands of interviews never holds the whole project.
/// Entries come in a fixed order with a fixed time, so that the same merge
/// gives the same bytes.
pub fn write_qdpx<W: Write + Seek + Send>(
    study: &Study,
    locales: &Locales,
    merged: &Merged,
    out: W,
) -> std::io::Result<W> {
    let name = study_name(study);
    let clean = sanitizer();
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        // The fastest level: a third faster than the default for a few
        // per cent more bytes, in a file that is made once and imported.
        .compression_level(Some(1))
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    let mut zip = zip::ZipWriter::new(out);
    let mut todo: Vec<(&Document, &Form, &Record)> = Vec::new();
    for (id, records) in &merged.by_questionnaire {
        let Some(doc) = study.document(id) else {
            continue;
        };
        let Content::Form(form) = &doc.content else {
            continue;
        };
        todo.extend(records.iter().map(|r| (doc, form, r)));
    }
    let mut interviews = Vec::with_capacity(todo.len());
    pipeline(
        &todo,
        |(doc, form, record)| {
            let lang = if study.languages.iter().any(|l| l.code == record.language) {
                record.language.as_str()
            } else {
                study.default_language.as_str()
            };
            let text = TextRenderer::new(study, locales, lang, &clean);
            let title = one_line(&text.source(&doc.title));
            let guid = guid(&[&name, "source", &doc.id, &record.respondent]);
            (
                *doc,
                *form,
                *record,
                guid,
                source::render(&text, &title, form, record),
            )
        },
        |rendered| {
            for (doc, form, record, guid, source) in rendered {
                zip.start_file(format!("sources/{guid}.txt"), options)?;
                zip.write_all(source.text.as_bytes())?;
                interviews.push(Interview {
                    doc,
                    form,
                    record,
                    guid,
                    passages: source.passages,
                });
            }
            Ok(())
        },
    )?;
    zip.start_file("project.qde", options)?;
    project_qde(study, locales, &interviews, &mut zip)?;
    Ok(zip.finish()?)
}

/// Interviews rendered at a time, in parallel: enough to keep every core
/// busy, few enough that a chunk's text stays small.
const CHUNK: usize = 256;

/// Renders `items` a chunk at a time, in parallel, and hands each chunk's
/// results in order to `write`, which compresses them while the next
/// chunk is rendered: compressing is the largest single cost of a large
/// project, and cannot be split.
fn pipeline<T: Sync, R: Send>(
    items: &[T],
    render: impl Fn(&T) -> R + Sync,
    mut write: impl FnMut(Vec<R>) -> std::io::Result<()> + Send,
) -> std::io::Result<()> {
    let mut pending: Option<Vec<R>> = None;
    for chunk in items.chunks(CHUNK) {
        let (rendered, written) = rayon::join(
            || chunk.par_iter().map(&render).collect::<Vec<R>>(),
            || pending.take().map_or(Ok(()), &mut write),
        );
        written?;
        pending = Some(rendered);
    }
    pending.map_or(Ok(()), write)
}

/// Writes each rendered part to `sink`.
fn write_parts(sink: &mut impl Write, parts: Vec<String>) -> std::io::Result<()> {
    parts.iter().try_for_each(|p| sink.write_all(p.as_bytes()))
}

fn project_qde(
    study: &Study,
    locales: &Locales,
    interviews: &[Interview],
    sink: &mut (impl Write + Send),
) -> std::io::Result<()> {
    let name = study_name(study);
    let clean = sanitizer();
    let text = TextRenderer::new(study, locales, &study.default_language, &clean);
    let mut w = Writer::new();
    w.open(
        "Project",
        &[
            ("xmlns", "urn:QDA-XML:project:1.0"),
            ("name", &one_line(&text.source(&study.title))),
            ("origin", ORIGIN),
        ],
    );
    // The codes: the codebook's, then the guides' (only the guides that
    // have interviews).
    let mut forms: Vec<(&Document, &Form)> = Vec::new();
    for i in interviews {
        if !forms.iter().any(|(d, _)| d.id == i.doc.id) {
            forms.push((i.doc, i.form));
        }
    }
    if !study.codebook.is_empty() || !forms.is_empty() {
        w.open("CodeBook", &[]);
        w.open("Codes", &[]);
        write_codes(
            &mut w,
            study,
            locales,
            &study.default_language,
            &study.codebook,
        );
        for (doc, form) in &forms {
            guide_codes(&mut w, &text, &name, doc, form);
        }
        w.close("Codes");
        w.close("CodeBook");
    }
    let variables = cases::variables(&name, &text, &forms);
    if !variables.is_empty() {
        w.open("Variables", &[]);
        for v in &variables {
            w.open(
                "Variable",
                &[
                    ("guid", &v.guid),
                    ("name", &v.name),
                    ("typeOfVariable", v.kind),
                ],
            );
            w.text("Description", &v.description);
            w.close("Variable");
        }
        w.close("Variables");
    }
    if !interviews.is_empty() {
        w.open("Cases", &[]);
        sink.write_all(w.take().as_bytes())?;
        let cases = Cases::new(&name, &variables);
        let clean = &clean;
        pipeline(
            interviews,
            |i| {
                // Labels in the default language, so that cases compare
                // whatever the language of each interview.
                let text = TextRenderer::new(study, locales, &study.default_language, clean);
                let mut w = Writer::fragment(2);
                cases.write(&mut w, &text, i);
                w.take()
            },
            |parts| write_parts(sink, parts),
        )?;
        w.close("Cases");
        w.open("Sources", &[]);
        sink.write_all(w.take().as_bytes())?;
        let codes = AnswerCodes::new(study, &name, &forms);
        pipeline(
            interviews,
            |i| {
                let mut w = Writer::fragment(2);
                text_source(&mut w, &codes, i);
                w.take()
            },
            |parts| write_parts(sink, parts),
        )?;
        w.close("Sources");
    }
    w.close("Project");
    sink.write_all(w.finish().as_bytes())
}

fn guide_guid(name: &str, parts: &[&str]) -> String {
    let mut all = vec![name, "guide"];
    all.extend_from_slice(parts);
    guid(&all)
}

/// Questionnaire → section → question. Question codes are named by the
/// question's id (analysis software shortens long names: MAXQDA keeps 63
/// characters), with the question itself as the description.
fn guide_codes(w: &mut Writer, text: &TextRenderer, name: &str, doc: &Document, form: &Form) {
    let title = one_line(&text.source(&doc.title));
    w.open(
        "Code",
        &[
            ("guid", &guide_guid(name, &[&doc.id])),
            ("name", &title),
            ("isCodable", "true"),
        ],
    );
    w.text("Description", &doc.id);
    for section in &form.sections {
        let answerable: Vec<_> = section
            .questions
            .iter()
            .filter(|q| q.kind.is_answerable())
            .collect();
        if answerable.is_empty() {
            continue;
        }
        w.open(
            "Code",
            &[
                ("guid", &guide_guid(name, &[&doc.id, &section.id])),
                ("name", &one_line(&text.source(&section.title))),
                ("isCodable", "true"),
            ],
        );
        w.text("Description", &section.id);
        for q in answerable {
            w.open(
                "Code",
                &[
                    ("guid", &guide_guid(name, &[&doc.id, &section.id, &q.id])),
                    ("name", &q.id),
                    ("isCodable", "true"),
                ],
            );
            w.text("Description", &one_line(&text.source(&q.text)));
            w.close("Code");
        }
        w.close("Code");
    }
    w.close("Code");
}

fn text_source(w: &mut Writer, codes: &AnswerCodes, i: &Interview) {
    w.open(
        "TextSource",
        &[
            ("guid", &i.guid),
            ("name", &format!("{} {}", i.doc.id, i.record.respondent)),
            ("plainTextPath", &format!("internal://{}.txt", i.guid)),
        ],
    );
    for passage in &i.passages {
        let selection = guid(&[&i.guid, "selection", passage.field]);
        w.open(
            "PlainTextSelection",
            &[
                ("guid", &selection),
                ("name", passage.field),
                ("startPosition", &passage.start.to_string()),
                ("endPosition", &passage.end.to_string()),
            ],
        );
        for code in codes.of(i, passage).iter() {
            w.open("Coding", &[("guid", &guid(&[&selection, "coding", code]))]);
            w.empty("CodeRef", &[("targetGUID", code)]);
            w.close("Coding");
        }
        w.close("PlainTextSelection");
    }
    w.close("TextSource");
}

/// Ids hold no `/`, so that no two questions share a key.
fn question_key(doc: &str, section: &str, question: &str) -> String {
    format!("{doc}/{section}/{question}")
}

/// The codes of each question's answers, made once: a large merge codes
/// hundreds of thousands of answers with a few hundred codes.
struct AnswerCodes<'a> {
    /// Questionnaire id, section id, question id → the question's code,
    /// its section's, and the codebook's codes that the question names.
    questions: HashMap<String, Vec<String>>,
    /// Questionnaire id → its code, for answers to questions that are no
    /// longer in the guide.
    guides: HashMap<&'a str, Vec<String>>,
}

impl<'a> AnswerCodes<'a> {
    fn new(study: &Study, name: &str, forms: &[(&'a Document, &'a Form)]) -> Self {
        let mut questions = HashMap::new();
        let mut guides = HashMap::new();
        for (doc, form) in forms {
            guides.insert(doc.id.as_str(), vec![guide_guid(name, &[&doc.id])]);
            for section in &form.sections {
                for q in &section.questions {
                    let mut codes = vec![
                        guide_guid(name, &[&doc.id, &section.id, &q.id]),
                        guide_guid(name, &[&doc.id, &section.id]),
                    ];
                    codes.extend(q.codes.iter().map(|(code, _)| code_guid(study, code)));
                    questions.insert(question_key(&doc.id, &section.id, &q.id), codes);
                }
            }
        }
        AnswerCodes { questions, guides }
    }

    /// The codes of a passage.
    fn of(&self, i: &Interview, passage: &Passage) -> &[String] {
        let doc = i.doc.id.as_str();
        let codes = match &passage.section {
            Some(section) => self
                .questions
                .get(&question_key(doc, section, passage.question)),
            None => self.guides.get(doc),
        };
        codes.map(Vec::as_slice).unwrap_or_default()
    }
}
