//! Minification with minify-html, done once per template rather than once
//! per page: a study of 1,000 questionnaires renders thousands of pages from
//! a dozen templates, and minifying every page cost more than everything
//! else together.
//!
//! minify-html keeps template syntax (`{{ }}`, `{% %}`) in text, but not
//! inside tags, where `{% if %} required{% endif %}` would read as
//! attributes and be reordered. So every attribute that holds template
//! syntax is first replaced by a placeholder attribute, and put back after.
//! A test renders every fixture page both ways and checks that minifying the
//! page afterwards gives the same bytes.

/// minify-html's settings for pages: valid HTML5, nothing dropped that a
/// validator or a browser needs.
pub fn config() -> minify_html::Cfg {
    minify_html::Cfg {
        keep_html_and_head_opening_tags: true,
        keep_closing_tags: true,
        keep_input_type_text_attr: true,
        ..minify_html::Cfg::default()
    }
}

/// Minifies rendered HTML.
pub fn page(html: &[u8]) -> Vec<u8> {
    minify_html::minify(html, &config())
}

/// Minifies a Tera template, leaving its template syntax intact.
pub fn template(source: &str) -> String {
    let (protected, held) = protect(source);
    let cfg = minify_html::Cfg {
        preserve_brace_template_syntax: true,
        ..config()
    };
    let minified = minify_html::minify(protected.as_bytes(), &cfg);
    let mut out = String::from_utf8_lossy(&minified).into_owned();
    for (i, original) in held.iter().enumerate() {
        let name = placeholder(i);
        let with_value = format!("{name}=\"\"");
        if out.contains(&with_value) {
            out = out.replacen(&with_value, original, 1);
        } else {
            out = out.replacen(&name, original, 1);
        }
    }
    out
}

fn placeholder(i: usize) -> String {
    format!("data-enquete-tpl{i:05}")
}

/// Replaces, inside tags, each attribute (or bare construct) holding
/// template syntax by a placeholder attribute; returns the text and the
/// originals in order.
fn protect(source: &str) -> (String, Vec<String>) {
    let bytes = source.as_bytes();
    let mut out = String::with_capacity(source.len());
    let mut held = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(end) = construct_end(source, i) {
            out.push_str(&source[i..end]);
            i = end;
        } else if bytes[i] == b'<' && bytes.get(i + 1).is_some_and(|b| b.is_ascii_alphabetic()) {
            i = protect_tag(source, i, &mut out, &mut held);
        } else {
            let c = source[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        }
    }
    (out, held)
}

/// Copies one start tag from `start`, protecting its templated attributes;
/// returns the index after the tag.
fn protect_tag(source: &str, start: usize, out: &mut String, held: &mut Vec<String>) -> usize {
    let bytes = source.as_bytes();
    // The tag name.
    let mut i = start + 1;
    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' && bytes[i] != b'/'
    {
        i += 1;
    }
    out.push_str(&source[start..i]);
    loop {
        let attr_start = i;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= bytes.len() {
            out.push_str(&source[attr_start..]);
            return bytes.len();
        }
        if bytes[i] == b'>' || (bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'>')) {
            let end = if bytes[i] == b'>' { i + 1 } else { i + 2 };
            out.push_str(&source[attr_start..end]);
            return end;
        }
        // One attribute, or one template construct, with any value.
        let mut templated = false;
        let item_start = i;
        if let Some(end) = construct_group_end(source, i) {
            templated = true;
            i = end;
        } else {
            while i < bytes.len() {
                // A whole `{% if %}...{% endif %}` stays in one piece, so
                // that its parts can never be separated.
                if let Some(end) =
                    construct_group_end(source, i).or_else(|| construct_end(source, i))
                {
                    templated = true;
                    i = end;
                    continue;
                }
                match bytes[i] {
                    b'"' | b'\'' => {
                        let quote = bytes[i];
                        i += 1;
                        while i < bytes.len() && bytes[i] != quote {
                            if let Some(end) = construct_end(source, i) {
                                templated = true;
                                i = end;
                            } else {
                                i += 1;
                            }
                        }
                        i += 1;
                    }
                    b if b.is_ascii_whitespace() || b == b'>' => break,
                    b'/' if bytes.get(i + 1) == Some(&b'>') => break,
                    _ => i += 1,
                }
            }
        }
        let i_end = i.min(bytes.len());
        if templated {
            // minify-html writes the space before the placeholder.
            out.push(' ');
            out.push_str(&placeholder(held.len()));
            held.push(source[item_start..i_end].to_string());
        } else {
            out.push_str(&source[attr_start..i_end]);
        }
        i = i_end;
    }
}

/// The end of a `{{ }}`, `{% %}` or `{# #}` starting at byte `i` (which
/// may be inside a multi-byte character: then there is none).
fn construct_end(source: &str, i: usize) -> Option<usize> {
    let rest = source.as_bytes().get(i..)?;
    let close: &[u8] = match rest.get(..2)? {
        b"{{" => b"}}",
        b"{%" => b"%}",
        b"{#" => b"#}",
        _ => return None,
    };
    rest[2..]
        .windows(2)
        .position(|w| w == close)
        .map(|p| i + 2 + p + 2)
}

/// A whole `{% if %}...{% endif %}` (or `for`) block starting at `i`,
/// nested blocks included.
fn construct_group_end(source: &str, i: usize) -> Option<usize> {
    let first_end = construct_end(source, i)?;
    let tag = source[i..first_end]
        .trim_start_matches("{%")
        .trim_start_matches('-')
        .trim();
    let opener = ["if", "for"]
        .into_iter()
        .find(|k| tag.starts_with(&format!("{k} ")))?;
    let closer = format!("end{opener}");
    let mut depth = 1;
    let mut j = first_end;
    while j < source.len() {
        if let Some(end) = construct_end(source, j) {
            let inner = source[j..end]
                .trim_start_matches("{%")
                .trim_start_matches('-')
                .trim();
            if inner.starts_with(&format!("{opener} ")) {
                depth += 1;
            } else if inner.starts_with(&closer) {
                depth -= 1;
                if depth == 0 {
                    return Some(end);
                }
            }
            j = end;
        } else {
            j += source[j..].chars().next().map_or(1, char::len_utf8);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templated_attributes_survive() {
        let t = "<textarea  id=\"a-{{ q.id }}\"   rows=\"4\"{% if q.required %} required{% endif %}\n  class=\"x\"></textarea>\n\n<p>\n  {{ text }}\n</p>";
        let m = template(t);
        assert!(m.contains(" id=\"a-{{ q.id }}\""), "{m}");
        assert!(
            m.contains("rows=\"4\"{% if q.required %} required{% endif %}"),
            "{m}"
        );
        assert!(m.contains("class=x"), "{m}");
        assert!(!m.contains("\n\n"), "{m}");
    }

    #[test]
    fn text_in_any_script_is_safe() {
        let t = "<p title=\"Café · ☕ {{ x }}\" data-x=\"é\">Ünïcode {{ y }} – ok</p>";
        let m = template(t);
        assert!(m.contains("title=\"Café · ☕ {{ x }}\""), "{m}");
        assert!(m.contains("Ünïcode {{ y }} – ok"), "{m}");
    }

    #[test]
    fn quotes_inside_template_syntax_in_values() {
        let t = r#"<input type="{% if q.type == "single" %}radio{% else %}checkbox{% endif %}" name="{{ q.id }}">"#;
        let m = template(t);
        assert!(
            m.contains(r#"type="{% if q.type == "single" %}radio{% else %}checkbox{% endif %}""#),
            "{m}"
        );
        assert!(m.contains(r#"name="{{ q.id }}""#), "{m}");
    }
}
