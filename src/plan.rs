//! Stage 3: which pages the site has, and where they go.
//!
//! Every page is a `.../index.html`; links between pages are relative and
//! name `index.html` explicitly, so the site works from any sub-path and
//! straight from disk (file:// shows no index for a bare directory).

use crate::model::{Content, FormMode, Study};

/// One unit of rendering work; each yields one or more pages.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Job {
    /// `index.html`: redirect to the default language.
    Redirect,
    /// `{lang}/index.html`.
    Home { lang: String },
    /// The pages of one document in one language.
    Document { index: usize, lang: String },
    /// `bilingual/{a}-{b}/{id}/index.html`.
    Bilingual { index: usize, a: String, b: String },
    /// `{lang}/codebook/index.html`, when the study has a codebook.yaml.
    Codebook { lang: String },
}

pub fn plan(study: &Study) -> Vec<Job> {
    let mut jobs = vec![Job::Redirect];
    for lang in &study.languages {
        jobs.push(Job::Home {
            lang: lang.code.clone(),
        });
        for index in 0..study.documents.len() {
            jobs.push(Job::Document {
                index,
                lang: lang.code.clone(),
            });
        }
        if !study.codebook.is_empty() {
            jobs.push(Job::Codebook {
                lang: lang.code.clone(),
            });
        }
    }
    for (index, doc) in study.documents.iter().enumerate() {
        // Side-by-side pages are for interviews held in two languages; a
        // survey is filled in by the respondent in one.
        if matches!(&doc.content, Content::Form(f) if f.mode == FormMode::Interview) {
            for (a, b) in &study.bilingual {
                jobs.push(Job::Bilingual {
                    index,
                    a: a.clone(),
                    b: b.clone(),
                });
            }
        }
    }
    jobs
}

/// Site paths of every kind of page.
pub mod paths {
    pub fn home(lang: &str) -> String {
        format!("{lang}/index.html")
    }
    pub fn document(lang: &str, id: &str) -> String {
        format!("{lang}/{id}/index.html")
    }
    pub fn print(lang: &str, id: &str) -> String {
        format!("{lang}/{id}/print/index.html")
    }
    pub fn letter(lang: &str, id: &str, variant: &str) -> String {
        format!("{lang}/{id}/{variant}/index.html")
    }
    pub fn bilingual(a: &str, b: &str, id: &str) -> String {
        format!("bilingual/{a}-{b}/{id}/index.html")
    }
    pub fn codebook(lang: &str) -> String {
        format!("{lang}/codebook/index.html")
    }

    /// `../` once per directory level of `page`: the way back to the root.
    pub fn root_of(page: &str) -> String {
        "../".repeat(page.matches('/').count())
    }

    /// A link from `page` to `target`, both site paths.
    pub fn link(page: &str, target: &str) -> String {
        format!("{}{}", root_of(page), target)
    }
}

#[cfg(test)]
mod tests {
    use super::paths::*;

    #[test]
    fn links_are_relative() {
        assert_eq!(root_of("index.html"), "");
        assert_eq!(root_of("nl/index.html"), "../");
        assert_eq!(
            link("nl/guide/print/index.html", "en/guide/print/index.html"),
            "../../../en/guide/print/index.html"
        );
    }
}
