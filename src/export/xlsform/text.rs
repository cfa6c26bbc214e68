//! Study text for XLSForm cells: one string per language, with Fluent
//! variables filled in as on the site. ODK renders a small part of
//! Markdown (emphasis, strong, links, headings); the rest shows as typed,
//! so each text that uses more is named in the notes rather than changed.

use std::collections::{BTreeMap, BTreeSet};

use pulldown_cmark::{Event, Options, Parser, Tag};

use crate::i18n::Locales;
use crate::model::{Study, TranslatedText};
use crate::render::text::{TextRenderer, escape_block_start};

/// One text in every language of the study, in the study's order.
#[derive(Debug, Clone, PartialEq)]
pub struct Localised(pub Vec<String>);

impl Localised {
    /// Joins two texts language by language (`a`, a line break, `b`).
    pub fn then(self, other: Localised) -> Localised {
        Localised(
            self.0
                .into_iter()
                .zip(other.0)
                .map(|(a, b)| format!("{a}\n{b}"))
                .collect(),
        )
    }

    /// Each language's text made by `f` from the parts' texts in it.
    pub fn each(&self, f: impl Fn(&str) -> String) -> Localised {
        Localised(self.0.iter().map(|s| f(s)).collect())
    }
}

/// Turns texts of the study into cells, and remembers what ODK will show
/// differently.
pub struct Texts<'a> {
    pub study: &'a Study,
    pub locales: &'a Locales,
    renderers: Vec<TextRenderer<'a>>,
    /// Texts shown in the default language for want of a translation, per
    /// language (enquete's pages do the same; `check` lists each).
    fallbacks: BTreeMap<String, usize>,
    /// Key of the text → the Markdown constructs ODK shows as typed.
    markdown: BTreeMap<String, BTreeSet<&'static str>>,
}

impl<'a> Texts<'a> {
    pub fn new(
        study: &'a Study,
        locales: &'a Locales,
        sanitizer: &'a ammonia::Builder<'static>,
    ) -> Self {
        let renderers = study
            .languages
            .iter()
            .map(|l| TextRenderer::new(study, locales, &l.code, sanitizer))
            .collect();
        Texts {
            study,
            locales,
            renderers,
            fallbacks: BTreeMap::new(),
            markdown: BTreeMap::new(),
        }
    }

    /// A study text: `key` names it in the notes (`newcomer/intro/matching/text`);
    /// `line` is true for a label or title, which enquete shows as one
    /// line of text (a leading "2." or "-" is not a list there).
    pub fn text(&mut self, text: &TranslatedText, key: &str, line: bool) -> Localised {
        let mut cells = Vec::with_capacity(self.renderers.len());
        for r in &self.renderers {
            if !text.contains(r.lang) {
                *self.fallbacks.entry(r.lang.to_string()).or_default() += 1;
            }
            let source = r.source(text);
            // The cell keeps the text as written: ODK shows a backslash
            // as typed, so the escape is only for reading it as enquete does.
            let escaped = line.then(|| escape_block_start(&source)).flatten();
            let unrendered = unrendered_markdown(escaped.as_deref().unwrap_or(&source));
            if !unrendered.is_empty() {
                self.markdown
                    .entry(key.to_string())
                    .or_default()
                    .extend(unrendered);
            }
            cells.push(source);
        }
        Localised(cells)
    }

    /// An interface message of enquete's own wording, in every language.
    pub fn ui(&self, id: &str) -> Localised {
        Localised(
            self.renderers
                .iter()
                .map(|r| self.locales.message(r.lang, id, None))
                .collect(),
        )
    }

    /// The same string in every language (a number, a name).
    pub fn same(&self, s: &str) -> Localised {
        Localised(vec![s.to_string(); self.renderers.len()])
    }

    /// The notes about text: missing translations and Markdown.
    pub fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        for (lang, count) in &self.fallbacks {
            let default = &self.study.default_language;
            let texts = if *count == 1 { "text" } else { "texts" };
            notes.push(format!(
                "{count} {texts} not translated into {lang}: the {lang} columns hold the {default} text, as enquete's pages show it (`enquete check` lists each)"
            ));
        }
        for (key, constructs) in &self.markdown {
            let list: Vec<&str> = constructs.iter().copied().collect();
            notes.push(format!(
                "{key}: ODK Collect shows Markdown {} as typed",
                list.join(", ")
            ));
        }
        notes
    }
}

/// The Markdown constructs of `source` that ODK Collect does not render:
/// it knows emphasis, strong emphasis, links and headings
/// (<https://docs.getodk.org/form-styling/>).
fn unrendered_markdown(source: &str) -> BTreeSet<&'static str> {
    let options = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES;
    let mut found = BTreeSet::new();
    for event in Parser::new_ext(source, options) {
        let construct = match event {
            Event::Start(Tag::List(_)) => "lists",
            Event::Start(Tag::BlockQuote(_)) => "block quotes",
            Event::Start(Tag::CodeBlock(_)) | Event::Code(_) => "code",
            Event::Start(Tag::Table(_)) => "tables",
            Event::Start(Tag::Image { .. }) => "images",
            Event::Start(Tag::Strikethrough) => "strikethrough",
            Event::Html(_) | Event::InlineHtml(_) => "HTML",
            Event::Rule => "rules",
            _ => continue,
        };
        found.insert(construct);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_odk_does_not_render_is_named() {
        assert!(
            unrendered_markdown("*Why?* **Really** [see](https://example.org)\n# Head").is_empty()
        );
        assert_eq!(
            unrendered_markdown("- one\n- two\n\n> quoted `code`"),
            BTreeSet::from(["block quotes", "code", "lists"])
        );
    }
}
