//! The printable codebook, `{lang}/codebook/`: every code of codebook.yaml
//! in its tree, with its memo and the questions whose answers it pre-codes,
//! so that coders can keep the frame beside them.

use serde::Serialize;

use crate::model::{Code, Content, Study};
use crate::plan::paths;
use crate::render::text::{Text, TextRenderer};

#[derive(Serialize)]
pub struct CodebookView {
    /// The tree, flattened in order; each entry carries the tags that open
    /// and close the nested lists around it, so that the template needs no
    /// recursion. (They are markup of the view rather than of the template:
    /// the template minifier would take the closing tags of a loop for
    /// unmatched ones.)
    pub entries: Vec<CodeEntry>,
    /// Closes the outermost list.
    pub end: &'static str,
    pub count: usize,
}

#[derive(Serialize)]
pub struct CodeEntry {
    pub id: String,
    pub name: Text,
    pub description: Option<Text>,
    pub questions: Vec<CodedQuestion>,
    /// `<ul class="codes">` where its parent's children start, and the
    /// entry's `<li>`.
    pub open: String,
    /// Its `</li>` unless its children follow inside it, then the end of
    /// each nested list that ends with it.
    pub close: String,
}

#[derive(Serialize)]
pub struct CodedQuestion {
    /// "Buddy's: Hoe ben je bij de buddywerking terechtgekomen?"
    pub label: String,
    pub href: String,
}

pub fn codebook_view(t: &TextRenderer, study: &Study) -> CodebookView {
    let page = paths::codebook(t.lang);
    let mut flat: Vec<(usize, &Code)> = Vec::new();
    for code in &study.codebook {
        flatten(code, 0, &mut flat);
    }
    let entries = flat
        .iter()
        .enumerate()
        .map(|(i, (depth, code))| {
            let before = i.checked_sub(1).map(|j| flat[j].0);
            let after = flat.get(i + 1).map_or(0, |(d, _)| *d);
            CodeEntry {
                id: code.id.clone(),
                name: t.inline(&code.name),
                description: t.block_opt(&code.description),
                questions: questions(t, study, &page, &code.id),
                open: format!(
                    "{}<li class=\"code\" id=\"code-{}\">",
                    if before.is_none_or(|b| *depth > b) {
                        "<ul class=\"codes\">"
                    } else {
                        ""
                    },
                    code.id
                ),
                close: format!(
                    "{}{}",
                    if after > *depth { "" } else { "</li>" },
                    "</ul></li>".repeat(depth.saturating_sub(after))
                ),
            }
        })
        .collect();
    CodebookView {
        end: if flat.is_empty() { "" } else { "</ul>" },
        entries,
        count: flat.len(),
    }
}

fn flatten<'c>(code: &'c Code, depth: usize, out: &mut Vec<(usize, &'c Code)>) {
    out.push((depth, code));
    for child in &code.children {
        flatten(child, depth + 1, out);
    }
}

/// The questions that name `code`, in the documents' order.
fn questions(t: &TextRenderer, study: &Study, page: &str, code: &str) -> Vec<CodedQuestion> {
    let mut out = Vec::new();
    for doc in &study.documents {
        let Content::Form(form) = &doc.content else {
            continue;
        };
        for q in form.questions() {
            if q.codes.iter().any(|(c, _)| c == code) {
                out.push(CodedQuestion {
                    label: format!(
                        "{}: {}",
                        t.inline(&doc.title).plain,
                        t.inline(&q.text).plain
                    ),
                    href: format!(
                        "{}#q-{}",
                        paths::link(page, &paths::document(t.lang, &doc.id)),
                        q.id
                    ),
                });
            }
        }
    }
    out
}
