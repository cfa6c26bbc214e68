//! The running footer and header of printed pages. They live in a small
//! style sheet beside the page: CSS page margin boxes can only take text
//! from CSS, and an inline `<style>` would need the CSP loosened.

use fluent_bundle::FluentArgs;

use super::text::TextRenderer;
use super::views::{form::FormView, page::PageView};
use super::{Output, css_string};
use crate::model::{Direction, FormMode};

/// Characters that the footer's first box holds on one line of A4 at 7 pt
/// beside "page X of Y" (in DejaVu Sans, the widest of the fonts the theme
/// falls back on). A footer that wraps puts the hash, which matches a signed
/// sheet to its wording, on a line of its own; a longer study title is
/// shortened instead, since every page prints it in full elsewhere.
const FOOTER_CHARS: usize = 96;

/// Fewest characters of the title kept, however long the rest.
const TITLE_MIN_CHARS: usize = 24;

/// Study, version, language, hash, and "page X of Y".
pub fn footer_css(t: &TextRenderer, page: &PageView, path: &str) -> Output {
    let mut rest = Vec::new();
    if let Some(v) = &page.footer.version {
        let mut args = FluentArgs::new();
        args.set("version", v.clone());
        rest.push(t.ui_with("footer-version", &args));
    }
    rest.push(page.footer.language.clone());
    if let Some(h) = &page.footer.hash {
        rest.push(format!("#{h}"));
    }
    let rest_chars: usize = rest.iter().map(|p| p.chars().count() + 3).sum();
    let room = FOOTER_CHARS.saturating_sub(rest_chars).max(TITLE_MIN_CHARS);
    let mut parts = vec![shorten(&page.study_title.plain, room)];
    parts.extend(rest);
    let left = css_string(&parts.join(" · "));
    let mut args = FluentArgs::new();
    args.set("page", "\u{1}");
    args.set("pages", "\u{2}");
    let label = t.ui_with("page-x-of-y", &args);
    let mut right = String::new();
    let mut literal = String::new();
    for c in label.chars() {
        match c {
            '\u{1}' | '\u{2}' => {
                if !literal.is_empty() {
                    right.push_str(&css_string(&literal));
                    right.push(' ');
                    literal.clear();
                }
                right.push_str(if c == '\u{1}' {
                    "counter(page) "
                } else {
                    "counter(pages) "
                });
            }
            _ => literal.push(c),
        }
    }
    if !literal.is_empty() {
        right.push_str(&css_string(&literal));
    }
    let (start, end) = match page.dir {
        Direction::Ltr => ("bottom-left", "bottom-right"),
        Direction::Rtl => ("bottom-right", "bottom-left"),
    };
    let css = format!(
        "@page{{@{start}{{content:{left};font:7pt/1.2 sans-serif;color:#333}}@{end}{{content:{};font:7pt/1.2 sans-serif;color:#333;white-space:nowrap}}}}\n",
        right.trim_end()
    );
    let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
    Output {
        path: format!("{dir}/footer.css"),
        bytes: css.into_bytes(),
    }
}

/// `text` in at most `room` characters: cut at a word's end where there is
/// one in the second half, and marked as cut with an ellipsis.
fn shorten(text: &str, room: usize) -> String {
    if text.chars().count() <= room {
        return text.to_string();
    }
    let head: String = text.chars().take(room.saturating_sub(1)).collect();
    let cut = match head.rfind(char::is_whitespace) {
        Some(i) if head[..i].chars().count() >= room / 2 => &head[..i],
        _ => head.as_str(),
    };
    let cut =
        cut.trim_end_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation() || c == '·');
    format!("{cut}…")
}

/// The running header of a printed guide: study and guide on every page,
/// and for an interview a blank for the respondent code, so that a loose
/// page finds its way back to its interview.
pub fn running_header_css(t: &TextRenderer, page: &PageView, form: &FormView) -> String {
    let field = (form.mode == FormMode::Interview).then(|| {
        format!(
            "{}{} ________________",
            t.ui("respondent-code"),
            t.ui("colon")
        )
    });
    let room = HEADER_CHARS
        .saturating_sub(field.as_ref().map_or(0, |f| f.chars().count() + 4))
        .max(HEADER_STUDY_MIN_CHARS * 2);
    let left = css_string(&header_line(
        &page.study_title.plain,
        &form.title.plain,
        room,
    ));
    let (start, end) = match page.dir {
        Direction::Ltr => ("top-left", "top-right"),
        Direction::Rtl => ("top-right", "top-left"),
    };
    let style = "font:8pt/1.2 sans-serif;color:#333;vertical-align:bottom;padding-block-end:3mm";
    let mut css = format!("@page{{@{start}{{content:{left};{style}}}");
    if let Some(field) = field {
        css.push_str(&format!(
            "@{end}{{content:{};{style};white-space:nowrap;color:#000}}",
            css_string(&field)
        ));
    }
    css.push_str("}\n");
    css
}

/// Characters of one line of the running header at 8 pt across A4 (in
/// DejaVu Sans, the widest fallback; measured: a French line of 91
/// characters beside a respondent field of 35 filled the line).
const HEADER_CHARS: usize = 120;

/// Fewest characters of the study title kept in the header.
const HEADER_STUDY_MIN_CHARS: usize = 16;

/// "Study · Guide" in at most `room` characters, so that the header stays
/// one line: the study title is shortened first (the cover and the footer
/// carry it), then, if still too long, the guide's title.
fn header_line(study: &str, guide: &str, room: usize) -> String {
    let full = format!("{study} · {guide}");
    if full.chars().count() <= room {
        return full;
    }
    let guide_chars = guide.chars().count();
    let study_room = room.saturating_sub(guide_chars + 3);
    if study_room >= HEADER_STUDY_MIN_CHARS {
        return format!("{} · {guide}", shorten(study, study_room));
    }
    let study = shorten(study, HEADER_STUDY_MIN_CHARS);
    let guide_room = room.saturating_sub(study.chars().count() + 3);
    format!("{study} · {}", shorten(guide, guide_room))
}

#[cfg(test)]
mod tests {
    use super::{header_line, shorten};

    #[test]
    fn the_header_shortens_the_study_title_first_then_the_guide_title() {
        let study = "Un match parfait ? Les programmes de parrainage pour les nouveaux arrivants";
        let guide = "Questionnaire pour les coordinateurs et coordinatrices";
        assert_eq!(header_line("Study", "Guide", 80), "Study · Guide");
        assert_eq!(
            header_line(study, guide, 80),
            "Un match parfait… · Questionnaire pour les coordinateurs et coordinatrices"
        );
        assert_eq!(
            header_line(study, guide, 40),
            "Un match… · Questionnaire pour les…"
        );
    }

    #[test]
    fn a_long_title_is_cut_at_a_word_with_an_ellipsis() {
        assert_eq!(shorten("Short title", 20), "Short title");
        assert_eq!(
            shorten("Un match parfait ? Les programmes de parrainage", 30),
            "Un match parfait ? Les…"
        );
        assert_eq!(shorten("Onewordthatislong", 8), "Oneword…");
    }
}
