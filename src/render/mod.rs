//! Stage 4: pages from views and templates.

mod footer;
pub mod limits;
pub mod minify;
pub mod qr;
pub mod text;
pub mod theme;
pub mod views;
pub mod wording;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::i18n::Locales;
use crate::model::{Content, Document, Study};
use crate::plan::{Job, paths};
use text::TextRenderer;
use theme::Theme;
use views::document::{consent_view, home_view, letter_view, variant_label};
use views::form::{Pair, form_view, merge_forms};
use views::page::{PageSpec, PageView, page_view};

/// A file of the built site.
pub struct Output {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Everything rendering needs; shared read-only by all threads.
pub struct Site<'a> {
    pub study: &'a Study,
    pub locales: &'a Locales,
    pub theme: &'a Theme,
    sanitizer: ammonia::Builder<'static>,
    /// Per language: the interface strings for templates, and the script
    /// that gives them to enquete.js (`assets/strings.{lang}.{hash}.js`).
    ui: BTreeMap<String, (tera::Value, Output)>,
    /// The study's logo as an asset named by its content, so that a new
    /// logo is never hidden by a cached old one.
    logo: Option<Output>,
}

impl<'a> Site<'a> {
    pub fn new(study: &'a Study, locales: &'a Locales, theme: &'a Theme) -> Self {
        let ui = study
            .languages
            .iter()
            .map(|l| {
                let strings = locales.interface_strings(&l.code);
                // One small script per language rather than the strings in
                // every page: pages stay light and the browser caches it.
                let script = format!(
                    "window.enqueteStrings = {};\n",
                    serde_json::to_string(&strings).unwrap_or_default()
                );
                let path = format!(
                    "assets/strings.{}.{}.js",
                    l.code,
                    crate::validate::short_hash(script.as_bytes())
                );
                (
                    l.code.clone(),
                    (
                        tera::Value::from_serializable(&strings),
                        Output {
                            path,
                            bytes: script.into_bytes(),
                        },
                    ),
                )
            })
            .collect();
        let logo = study.logo.as_ref().map(|logo| Output {
            path: format!(
                "assets/logo.{}.{}",
                crate::validate::short_hash(&logo.bytes),
                logo.extension
            ),
            bytes: logo.bytes.clone(),
        });
        Site {
            study,
            locales,
            theme,
            sanitizer: text::sanitizer(),
            ui,
            logo,
        }
    }

    /// The parts of a page that every template shares.
    fn view(&self, t: &TextRenderer, spec: PageSpec) -> PageView {
        let mut page = page_view(t, self.study, &self.theme.asset_paths, spec);
        page.logo = self
            .logo
            .as_ref()
            .map(|logo| format!("{}{}", page.root, logo.path));
        page
    }

    /// Files every build writes besides pages and theme assets.
    pub fn shared_files(&self) -> impl Iterator<Item = &Output> {
        self.ui
            .values()
            .map(|(_, strings)| strings)
            .chain(self.logo.as_ref())
    }

    fn texts(&self, lang: &'a str) -> TextRenderer<'_> {
        TextRenderer::new(self.study, self.locales, lang, &self.sanitizer)
    }

    /// Renders one job into its files. An error is a template that failed
    /// (only a study's own templates can fail; the built-in ones are tested).
    pub fn render(&self, job: &Job) -> Result<Vec<Output>, String> {
        match job {
            Job::Redirect => self.redirect(),
            Job::Home { lang } => self.home(lang),
            Job::Document { index, lang } => {
                let doc = &self.study.documents[*index];
                match &doc.content {
                    Content::Form(_) => self.form(doc, lang),
                    Content::Consent(_) => self.consent(doc, lang),
                    Content::Letter(_) => self.letter(doc, lang),
                }
            }
            Job::Bilingual { index, a, b } => self.bilingual(&self.study.documents[*index], a, b),
            Job::Codebook { lang } => self.codebook(lang),
        }
    }

    fn page(
        &self,
        template: &str,
        path: String,
        page: &PageView,
        extra: &[(&str, tera::Value)],
    ) -> Result<Output, String> {
        let mut ctx = tera::Context::new();
        ctx.insert("page", page);
        if let Some((ui, strings)) = self.ui.get(&page.lang) {
            ctx.insert_value("ui", ui.clone());
            ctx.insert("strings_js", &format!("{}{}", page.root, strings.path));
        }
        for (name, value) in extra {
            ctx.insert_value(name.to_string(), value.clone());
        }
        ctx.insert(limits::DEADLINE_VAR, &limits::deadline_ms());
        let mut out = limits::BoundedWriter::default();
        self.theme
            .tera
            .render_to(template, &ctx, &mut out)
            .map_err(|e| format!("template {template}: {}", error_chain(&e)))?;
        let bytes = if self.theme.minified {
            out.bytes
        } else {
            minify::page(&out.bytes)
        };
        Ok(Output { path, bytes })
    }

    fn redirect(&self) -> Result<Vec<Output>, String> {
        let lang = self.study.default_language.as_str();
        let t = self.texts(lang);
        let path = "index.html".to_string();
        let target = paths::home(lang);
        let page = self.view(
            &t,
            PageSpec {
                path: &path,
                kind: "redirect",
                title: String::new(),
                path_in: &|l| paths::home(l),
                version: None,
                hash: None,
            },
        );
        Ok(vec![self.page(
            "redirect.html",
            path,
            &page,
            &[("target", value(&target))],
        )?])
    }

    fn codebook(&self, lang: &str) -> Result<Vec<Output>, String> {
        let t = self.texts(lang);
        let path = paths::codebook(lang);
        let view = views::codebook::codebook_view(&t, self.study);
        let page = self.view(
            &t,
            PageSpec {
                path: &path,
                kind: "codebook",
                title: t.ui("codebook-title"),
                path_in: &|l| paths::codebook(l),
                version: None,
                // A printed codebook is matched to its codes as a consent
                // sheet to its wording.
                hash: Some(content_hash(&view)),
            },
        );
        let css = footer::footer_css(&t, &page, &path);
        Ok(vec![
            self.page("codebook.html", path, &page, &[("codebook", value(&view))])?,
            css,
        ])
    }

    fn home(&self, lang: &str) -> Result<Vec<Output>, String> {
        let t = self.texts(lang);
        let path = paths::home(lang);
        let page = self.view(
            &t,
            PageSpec {
                path: &path,
                kind: "home",
                title: String::new(),
                path_in: &|l| paths::home(l),
                version: None,
                hash: None,
            },
        );
        let home = home_view(&t, self.study);
        Ok(vec![self.page(
            "home.html",
            path,
            &page,
            &[("home", value(&home))],
        )?])
    }

    fn form(&self, doc: &Document, lang: &str) -> Result<Vec<Output>, String> {
        let Content::Form(form) = &doc.content else {
            return Ok(Vec::new());
        };
        let mut t = self.texts(lang);
        t.untranslated_label = form.mode == crate::model::FormMode::Interview;
        let form_path = paths::document(lang, &doc.id);
        let view = form_view(&t, self.study, doc, form, &form_path);
        let page = self.view(
            &t,
            PageSpec {
                path: &form_path,
                kind: "form",
                title: view.title.plain.clone(),
                path_in: &|l| paths::document(l, &doc.id),
                version: doc.version.clone(),
                hash: Some(doc.definition_hash.clone()),
            },
        );
        let print_href = "print/index.html".to_string();
        let form_value = value(&view);
        let form_page = self.page(
            "form.html",
            form_path,
            &page,
            &[
                ("form", form_value.clone()),
                ("print_href", value(&print_href)),
            ],
        )?;

        let print_path = paths::print(lang, &doc.id);
        let print_page = self.view(
            &t,
            PageSpec {
                path: &print_path,
                kind: "print",
                title: view.title.plain.clone(),
                path_in: &|l| paths::print(l, &doc.id),
                version: doc.version.clone(),
                hash: Some(doc.definition_hash.clone()),
            },
        );
        let mut footer_css = footer::footer_css(&t, &print_page, &print_path);
        footer_css
            .bytes
            .extend(footer::running_header_css(&t, &print_page, &view).into_bytes());
        let form_href = "../index.html".to_string();
        let print = self.page(
            "print.html",
            print_path,
            &print_page,
            &[("form", form_value), ("form_href", value(&form_href))],
        )?;
        Ok(vec![form_page, print, footer_css])
    }

    fn consent(&self, doc: &Document, lang: &str) -> Result<Vec<Output>, String> {
        let Content::Consent(consent) = &doc.content else {
            return Ok(Vec::new());
        };
        let mut t = self.texts(lang);
        let view = consent_view(&mut t, self.study, doc, consent);
        let hash = wording::consent(&view).hash;
        let path = paths::document(lang, &doc.id);
        let page = self.view(
            &t,
            PageSpec {
                path: &path,
                kind: "consent",
                title: view.title.plain.clone(),
                path_in: &|l| paths::document(l, &doc.id),
                version: doc.version.clone(),
                hash: Some(hash),
            },
        );
        let css = footer::footer_css(&t, &page, &path);
        Ok(vec![
            self.page("consent.html", path, &page, &[("consent", value(&view))])?,
            css,
        ])
    }

    /// The wording a consent document prints in `lang` (`None` for other
    /// documents), as its page's footer hash covers it.
    pub fn consent_wording(&self, doc: &Document, lang: &'a str) -> Option<wording::Wording> {
        let Content::Consent(consent) = &doc.content else {
            return None;
        };
        let mut t = self.texts(lang);
        Some(wording::consent(&consent_view(
            &mut t, self.study, doc, consent,
        )))
    }

    fn letter(&self, doc: &Document, lang: &str) -> Result<Vec<Output>, String> {
        let Content::Letter(letter) = &doc.content else {
            return Ok(Vec::new());
        };
        let base = self.texts(lang);
        let mut out = Vec::new();
        let index_path = paths::document(lang, &doc.id);
        let variants: Vec<views::document::VariantLink> = letter
            .variants
            .iter()
            .map(|v| views::document::VariantLink {
                id: v.id.clone(),
                label: variant_label(&base, v),
                href: format!("{}/index.html", v.id),
            })
            .collect();
        let page = self.view(
            &base,
            PageSpec {
                path: &index_path,
                kind: "letters",
                title: base.inline(&doc.title).plain,
                path_in: &|l| paths::document(l, &doc.id),
                version: None,
                hash: None,
            },
        );
        let title = base.inline(&doc.title);
        out.push(self.page(
            "letters.html",
            index_path,
            &page,
            &[("title", value(&title)), ("variants", value(&variants))],
        )?);
        for variant in &letter.variants {
            let t = self.texts(lang).with_variables(&variant.variables);
            let body = t.block(&letter.body);
            let view = letter_view(&t, self.study, doc, letter, variant, body);
            let path = paths::letter(lang, &doc.id, &variant.id);
            let page = self.view(
                &t,
                PageSpec {
                    path: &path,
                    kind: "letter",
                    title: format!("{} · {}", view.title.plain, variant_label(&t, variant)),
                    path_in: &|l| paths::letter(l, &doc.id, &variant.id),
                    version: doc.version.clone(),
                    hash: Some(content_hash(&view)),
                },
            );
            out.push(footer::footer_css(&t, &page, &path));
            out.push(self.page("letter.html", path, &page, &[("letter", value(&view))])?);
        }
        Ok(out)
    }

    fn bilingual(&self, doc: &Document, a: &str, b: &str) -> Result<Vec<Output>, String> {
        let Content::Form(form) = &doc.content else {
            return Ok(Vec::new());
        };
        let ta = self.texts(a);
        let tb = self.texts(b);
        let path = paths::bilingual(a, b, &doc.id);
        let view = merge_forms(
            form_view(&ta, self.study, doc, form, &path),
            form_view(&tb, self.study, doc, form, &path),
            &Pair { a, b },
        );
        let page = self.view(
            &ta,
            PageSpec {
                path: &path,
                kind: "bilingual",
                title: view.title.plain.clone(),
                // The switcher offers the single-language pages.
                path_in: &|l| paths::document(l, &doc.id),
                version: doc.version.clone(),
                hash: Some(doc.definition_hash.clone()),
            },
        );
        let print_href = paths::link(&path, &paths::print(a, &doc.id));
        Ok(vec![self.page(
            "form.html",
            path,
            &page,
            &[("form", value(&view)), ("print_href", value(&print_href))],
        )?])
    }
}

/// A Tera error with its causes (the cause says which limit was hit).
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        let shown = cause.to_string();
        if !text.contains(&shown) {
            text.push_str(": ");
            text.push_str(&shown);
        }
        source = cause.source();
    }
    text
}

/// A quoted CSS string. Study text reaches it, so everything that could
/// end the string or the rule is escaped: quotes, backslashes, and every
/// control character (line breaks, `\f`, NUL) as a CSS escape or a space.
fn css_string(s: &str) -> String {
    use std::fmt::Write;
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' | '\t' | '\u{b}' | '\u{c}' => out.push(' '),
            '\0' => out.push_str("\\fffd "),
            c if c.is_control() => {
                let _ = write!(out, "\\{:x} ", c as u32);
            }
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A short hash of what a signed sheet says, so that a paper copy can be
/// matched to the exact text it was printed from.
fn content_hash<T: Serialize>(view: &T) -> String {
    let json = serde_json::to_vec(view).unwrap_or_default();
    crate::validate::short_hash(&json)
}

/// A view as a template value. Values share their contents, so one view
/// serialised once serves several pages (a form and its print version).
fn value<T: Serialize>(view: &T) -> tera::Value {
    tera::Value::from_serializable(view)
}

#[cfg(test)]
mod tests {
    use super::css_string;

    #[test]
    fn css_strings_cannot_be_ended_by_study_text() {
        assert_eq!(css_string("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(css_string("a\nb\rc\u{c}d"), "\"a b c d\"");
        assert_eq!(css_string("x\u{0}y\u{1}z\u{7f}"), "\"x\\fffd y\\1 z\\7f \"");
    }
}
