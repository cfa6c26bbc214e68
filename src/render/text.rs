//! Study text to HTML: Fluent pattern → Markdown → sanitised HTML.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};
use pulldown_cmark::{Event, Options, Parser, Tag};
use serde::Serialize;

use crate::fluent::SimplePattern;
use crate::i18n::Locales;
use crate::model::{Direction, Study, TranslatedText};
use crate::validate::text::{message_pattern, parse};

/// Rendered text as templates get it: ready to insert with `| safe`.
#[derive(Debug, Clone, Serialize, Default, PartialEq)]
pub struct Text {
    pub html: String,
    /// Block content (paragraphs, lists) rather than a line of phrasing
    /// content; decides between `<label>` and `aria-labelledby`.
    pub block: bool,
    /// Plain text, for `<title>` and attributes.
    pub plain: String,
}

/// Renders the texts of one language of a study.
pub struct TextRenderer<'a> {
    pub study: &'a Study,
    pub locales: &'a Locales,
    pub lang: &'a str,
    /// Whether text shown in the default language carries a visible "not
    /// yet translated" label. A respondent's page (a survey) gets only the
    /// text's own `lang`: the label is a note for the research team.
    pub untranslated_label: bool,
    args: FluentArgs<'a>,
    sanitizer: &'a ammonia::Builder<'static>,
}

/// The sanitiser for raw HTML in Markdown: no scripts, no event handlers,
/// no `javascript:` links, no images (they would be requests).
pub fn sanitizer() -> ammonia::Builder<'static> {
    let mut b = ammonia::Builder::default();
    b.rm_tags(["img"])
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        .link_rel(Some("noopener noreferrer"));
    b
}

impl<'a> TextRenderer<'a> {
    pub fn new(
        study: &'a Study,
        locales: &'a Locales,
        lang: &'a str,
        sanitizer: &'a ammonia::Builder<'static>,
    ) -> Self {
        let mut r = TextRenderer {
            study,
            locales,
            lang,
            untranslated_label: true,
            args: FluentArgs::new(),
            sanitizer,
        };
        let contact = study
            .researchers
            .iter()
            .find_map(|x| x.email.clone())
            .unwrap_or_default();
        let institution = study
            .institution
            .as_ref()
            .map(|t| r.source(t))
            .unwrap_or_default();
        let title = r.source(&study.title);
        r.args.set("contact", FluentValue::from(contact));
        r.args.set("institution", FluentValue::from(institution));
        r.args.set("title", FluentValue::from(title));
        r = r.with_variables(&study.variables);
        r
    }

    /// A renderer whose texts also see `variables` (a letter variant's).
    pub fn with_variables(mut self, variables: &BTreeMap<String, TranslatedText>) -> Self {
        for (name, value) in variables {
            let text = self.source(value);
            self.args.set(name.clone(), FluentValue::from(text));
        }
        self
    }

    /// Adds a plain variable, for the built-in consent wording.
    pub fn set(&mut self, name: &'static str, value: String) {
        self.args.set(name, FluentValue::from(value));
    }

    /// The language a text is shown in (the page's, else the default
    /// language's, else any) and its pattern.
    fn pick<'t>(&self, text: &'t TranslatedText) -> Option<(&'t str, &'t crate::model::Pattern)> {
        text.get_key_value(self.lang)
            .or_else(|| text.get_key_value(&self.study.default_language))
            .or_else(|| text.first())
    }

    /// The Markdown source of a text after Fluent: variables filled in.
    pub fn source(&self, text: &TranslatedText) -> String {
        match self.pick(text) {
            Some((_, pattern)) if pattern.fluent => {
                let filled = SimplePattern::new(&pattern.source).and_then(|simple| {
                    simple.fill(|name| match self.args.iter().find(|(n, _)| *n == name) {
                        Some((_, FluentValue::String(value))) => Some(value.as_ref()),
                        _ => None,
                    })
                });
                if let Some(filled) = filled {
                    return filled;
                }
                let resource = parse(&pattern.source);
                match message_pattern(&resource) {
                    Some(ast) => {
                        let bundle = self.locales.bundle(self.lang);
                        let mut errors = Vec::new();
                        bundle
                            .format_pattern(ast, Some(&self.args), &mut errors)
                            .into_owned()
                    }
                    None => pattern.source.to_string(),
                }
            }
            Some((_, pattern)) => pattern.source.to_string(),
            None => String::new(),
        }
    }

    /// A text as a line of phrasing content where it is one paragraph.
    pub fn inline(&self, text: &TranslatedText) -> Text {
        self.render(text, true)
    }

    /// A text as blocks (paragraphs, lists).
    pub fn block(&self, text: &TranslatedText) -> Text {
        self.render(text, false)
    }

    pub fn inline_opt(&self, text: &Option<TranslatedText>) -> Option<Text> {
        text.as_ref().map(|t| self.inline(t))
    }

    pub fn block_opt(&self, text: &Option<TranslatedText>) -> Option<Text> {
        text.as_ref().map(|t| self.block(t))
    }

    fn render(&self, text: &TranslatedText, inline: bool) -> Text {
        let Some((shown_lang, _)) = self.pick(text) else {
            return Text::default();
        };
        let source = self.source(text);
        let mut t = markdown(&source, inline, self.sanitizer);
        if shown_lang != self.lang {
            t = self.mark_untranslated(t, shown_lang);
        }
        t
    }

    /// Wraps text shown in the default language with its own `lang` (and
    /// `dir` where it differs) and, unless on a respondent's page, a
    /// visible marker.
    pub fn mark_untranslated(&self, t: Text, shown_lang: &str) -> Text {
        let page_dir = crate::model::direction_of(self.lang);
        let text_dir = crate::model::direction_of(shown_lang);
        let dir = if page_dir != text_dir {
            match text_dir {
                Direction::Rtl => " dir=\"rtl\"",
                Direction::Ltr => " dir=\"ltr\"",
            }
        } else {
            ""
        };
        let marker = escape(&self.locales.message(self.lang, "not-translated", None));
        let html = if !self.untranslated_label {
            let tag = if t.block { "div" } else { "span" };
            format!(
                "<{tag} class=\"untranslated\" lang=\"{shown_lang}\"{dir}>{}</{tag}>",
                t.html
            )
        } else if t.block {
            format!(
                "<div class=\"untranslated\" lang=\"{shown_lang}\"{dir}>{}</div><p class=\"untranslated-mark\">{marker}</p>",
                t.html
            )
        } else {
            format!(
                "<span class=\"untranslated\" lang=\"{shown_lang}\"{dir}>{}</span> <span class=\"untranslated-mark\">({marker})</span>",
                t.html
            )
        };
        Text { html, ..t }
    }

    /// An interface message of the page's language.
    pub fn ui(&self, id: &str) -> String {
        self.locales.message(self.lang, id, None)
    }

    pub fn ui_with(&self, id: &str, args: &FluentArgs) -> String {
        self.locales.message(self.lang, id, Some(args))
    }

    /// Built-in messages rendered as one Markdown paragraph with the
    /// study's variables.
    pub fn ui_blocks(&self, ids: &[&str]) -> Text {
        let source: Vec<String> = ids
            .iter()
            .map(|id| self.locales.message(self.lang, id, Some(&self.args)))
            .collect();
        markdown(&source.join(" "), false, self.sanitizer)
    }

    pub fn ui_inline(&self, id: &str) -> Text {
        let source = self.locales.message(self.lang, id, Some(&self.args));
        markdown(&source, true, self.sanitizer)
    }
}

/// Markdown to HTML. Output without raw HTML or links is safe by
/// construction (pulldown-cmark escapes text); only the rest goes through
/// the sanitiser, which keeps the common case fast.
pub fn markdown(source: &str, inline: bool, sanitizer: &ammonia::Builder<'static>) -> Text {
    if is_plain_line(source) {
        // What pulldown-cmark makes of it, without running it: most titles,
        // options and short questions are such lines.
        return Text {
            html: if inline {
                source.to_string()
            } else {
                format!("<p>{source}</p>")
            },
            block: !inline,
            plain: source.to_string(),
        };
    }
    parse_markdown(source, inline, sanitizer)
}

/// A text that Markdown leaves as it is, one paragraph of plain words: one
/// line that starts with a letter (no list, heading or quote), ends with no
/// space, and holds none of the characters of emphasis, code, links, HTML,
/// entities, escapes or tables. `markdown` need not parse it; a test checks
/// the two agree.
fn is_plain_line(source: &str) -> bool {
    let starts_with_letter = source.chars().next().is_some_and(char::is_alphabetic);
    let ends_in_text = source
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace());
    starts_with_letter
        && ends_in_text
        && !source.bytes().any(|b| {
            b < b' '
                || matches!(
                    b,
                    b'\\'
                        | b'`'
                        | b'*'
                        | b'_'
                        | b'~'
                        | b'['
                        | b']'
                        | b'<'
                        | b'>'
                        | b'&'
                        | b'|'
                        | 0x7f
                )
        })
}

fn parse_markdown(source: &str, inline: bool, sanitizer: &ammonia::Builder<'static>) -> Text {
    let escaped;
    let source = if inline {
        escaped = escape_block_start(source);
        escaped.as_deref().unwrap_or(source)
    } else {
        source
    };
    let options = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES;
    let mut needs_sanitizing = false;
    let mut blocks = 0usize;
    let mut depth = 0usize;
    let mut plain = String::new();
    let events: Vec<Event> = Parser::new_ext(source, options)
        .inspect(|e| match e {
            Event::Html(_) | Event::InlineHtml(_) => needs_sanitizing = true,
            Event::Start(tag) => {
                if matches!(tag, Tag::Link { .. } | Tag::Image { .. }) {
                    needs_sanitizing = true;
                }
                if depth == 0 {
                    blocks += 1;
                }
                depth += 1;
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Text(t) | Event::Code(t) => plain.push_str(t),
            Event::SoftBreak | Event::HardBreak => plain.push(' '),
            _ => {}
        })
        .collect();
    let single_paragraph =
        blocks == 1 && matches!(events.first(), Some(Event::Start(Tag::Paragraph)));
    let mut html = String::with_capacity(source.len() + 16);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    if needs_sanitizing {
        html = sanitizer.clean(&html).to_string();
    }
    let trimmed = html.trim_end();
    let (html, block) = if inline && single_paragraph {
        let inner = trimmed
            .strip_prefix("<p>")
            .and_then(|s| s.strip_suffix("</p>"))
            .unwrap_or(trimmed);
        (inner.to_string(), false)
    } else {
        (
            trimmed.to_string(),
            blocks > 0 && !(inline && single_paragraph),
        )
    };
    Text {
        html,
        block,
        plain: plain.trim().to_string(),
    }
}

/// A one-line text meant as a line (a title, a question) that starts like a
/// Markdown block: "2. Results" would become a list, "# 1" a heading. The
/// marker is escaped so that it stays text.
pub(crate) fn escape_block_start(source: &str) -> Option<String> {
    if source.contains('\n') {
        return None;
    }
    let trimmed = source.trim_start();
    let indent = source.len() - trimmed.len();
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    let marker_at = if (1..=9).contains(&digits)
        && matches!(trimmed.as_bytes().get(digits), Some(b'.' | b')'))
        && trimmed[digits + 1..].starts_with([' ', '\t'])
    {
        Some(indent + digits)
    } else if trimmed.starts_with(['-', '+', '*', '#', '>'])
        && (trimmed.len() == 1
            || trimmed[1..].starts_with([' ', '\t', '#'])
            || trimmed.starts_with('>'))
    {
        Some(indent)
    } else {
        None
    }?;
    let mut out = String::with_capacity(source.len() + 1);
    out.push_str(&source[..marker_at]);
    out.push('\\');
    out.push_str(&source[marker_at..]);
    Some(out)
}

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A study text (Markdown of one paragraph or more) as one line, its runs
/// of white space one space each: for a heading, a bold line, a cell.
pub fn one_line(s: &str) -> String {
    let mut line = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(s: &str, inline: bool) -> Text {
        markdown(s, inline, &sanitizer())
    }

    /// Every line that skips the parser renders exactly as parsed: each
    /// printable ASCII character and a few others, alone, at either end,
    /// inside, repeated and after a number.
    #[test]
    fn plain_lines_render_as_markdown_would() {
        let sanitizer = sanitizer();
        let specials = (0x20u8..0x7f).map(char::from).chain([
            '\u{a0}', '\u{2003}', '\u{3000}', '«', '»', '“', '¡', '¿', 'é', 'ب', '\u{200f}',
        ]);
        let mut plain = 0;
        for c in specials {
            for text in [
                format!("{c}"),
                format!("{c}{c}{c}"),
                format!("a{c}b"),
                format!("a{c}{c}b {c}c{c}"),
                format!("{c}ab"),
                format!("ab{c}"),
                format!("1{c} ab"),
                format!("a {c} b"),
                format!(
                    "Het is {c}echt{c} zo: e.g. 3.5 - 4 (ok)!? \"ja\" 'nee' #1 + 2 = 3 % $ @ ^ {{ }} / ; http://x.be"
                ),
                format!("ab {c}{c}{c} c"),
                format!("ab{c}  "),
            ] {
                for inline in [true, false] {
                    let parsed = parse_markdown(&text, inline, &sanitizer);
                    if is_plain_line(&text) {
                        plain += 1;
                        assert_eq!(markdown(&text, inline, &sanitizer), parsed, "{text:?}");
                    }
                }
            }
        }
        assert!(plain > 500, "{plain} plain lines");
        for not_plain in [
            "- a",
            "1. a",
            "# a",
            "a *b*",
            "a\nb",
            " a",
            "a ",
            "a &amp; b",
            "a <b>",
        ] {
            assert!(!is_plain_line(not_plain), "{not_plain:?}");
        }
    }

    #[test]
    fn inline_paragraph_is_unwrapped() {
        let t = md("Hoe *gaat* het?", true);
        assert_eq!(t.html, "Hoe <em>gaat</em> het?");
        assert!(!t.block);
        assert_eq!(t.plain, "Hoe gaat het?");
    }

    #[test]
    fn lists_stay_blocks() {
        let t = md("- a\n- b", true);
        assert!(t.block);
        assert!(t.html.starts_with("<ul>"));
    }

    #[test]
    fn scripts_and_handlers_never_survive() {
        let t = md(
            "Hi <script>alert(1)</script> <b onclick=\"x()\">b</b> [x](javascript:alert(1))",
            true,
        );
        assert!(!t.html.contains("<script"), "{}", t.html);
        assert!(!t.html.contains("onclick"), "{}", t.html);
        assert!(!t.html.contains("javascript:"), "{}", t.html);
    }

    #[test]
    fn a_title_that_starts_like_a_list_stays_a_title() {
        let t = md("2. Resultaten en mechanismen", true);
        assert_eq!(t.html, "2. Resultaten en mechanismen");
        assert!(!t.block);
        assert_eq!(md("- dash", true).html, "- dash");
        assert_eq!(md("# 1", true).html, "# 1");
        assert_eq!(md("*emphasis* stays", true).html, "<em>emphasis</em> stays");
        assert!(md("1. a\n2. b", true).block, "a real list stays a list");
    }

    #[test]
    fn escape_attribute() {
        assert_eq!(escape("a\"<&'"), "a&quot;&lt;&amp;&#39;");
    }
}
