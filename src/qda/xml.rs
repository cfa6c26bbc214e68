//! Just enough XML writing for REFI-QDA files: escaped text and
//! attributes, one element a line, indented.

/// Text and attribute values escaped for XML 1.0. Characters that XML 1.0
/// cannot carry at all (control characters other than tab, line feed and
/// carriage return, which a pasted answer may hold) become U+FFFD, so the
/// file stays readable and the place of the character stays visible.
/// Text with nothing to escape (most of it) is copied whole.
fn escape_into(out: &mut String, text: &str) {
    // Bytes, not characters, for speed: U+FFFE and U+FFFF (the only
    // characters above U+001F that XML refuses) begin with byte 0xEF.
    if !text
        .bytes()
        .any(|b| b < 0x20 || matches!(b, b'&' | b'<' | b'>' | b'"' | 0xef))
    {
        out.push_str(text);
        return;
    }
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // In attributes, line breaks and tabs would be normalised to
            // spaces by the reader: character references keep them.
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if is_xml_char(c) => out.push(c),
            _ => out.push('\u{fffd}'),
        }
    }
}

fn is_xml_char(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

/// An XML document written element by element.
pub struct Writer {
    out: String,
    depth: usize,
}

impl Writer {
    pub fn new() -> Writer {
        Writer {
            out: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".to_string(),
            depth: 0,
        }
    }

    /// Elements to be put inside a document at `depth`, without the XML
    /// declaration: a part written apart, in parallel with the others.
    pub fn fragment(depth: usize) -> Writer {
        Writer {
            out: String::new(),
            depth,
        }
    }

    fn indent(&mut self) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    fn start_tag(&mut self, name: &str, attributes: &[(&str, &str)]) {
        self.indent();
        self.out.push('<');
        self.out.push_str(name);
        for (key, value) in attributes {
            self.out.push(' ');
            self.out.push_str(key);
            self.out.push_str("=\"");
            escape_into(&mut self.out, value);
            self.out.push('"');
        }
    }

    /// `<name a="1">`, to be closed by [`close`](Self::close).
    pub fn open(&mut self, name: &str, attributes: &[(&str, &str)]) {
        self.start_tag(name, attributes);
        self.out.push_str(">\n");
        self.depth += 1;
    }

    pub fn close(&mut self, name: &str) {
        self.depth -= 1;
        self.indent();
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    /// `<name a="1"/>`.
    pub fn empty(&mut self, name: &str, attributes: &[(&str, &str)]) {
        self.start_tag(name, attributes);
        self.out.push_str("/>\n");
    }

    /// `<name>text</name>`.
    pub fn text(&mut self, name: &str, text: &str) {
        self.start_tag(name, &[]);
        self.out.push('>');
        escape_into(&mut self.out, text);
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    /// What was written since the last call, to be passed on: a large
    /// project is written out as it is made rather than held whole.
    pub fn take(&mut self) -> String {
        std::mem::take(&mut self.out)
    }

    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    fn escape(text: &str) -> String {
        let mut out = String::new();
        super::escape_into(&mut out, text);
        out
    }

    #[test]
    fn markup_and_control_characters_are_escaped() {
        assert_eq!(
            escape("a<b & \"c\"\n\u{1}"),
            "a&lt;b &amp; &quot;c&quot;&#10;\u{fffd}"
        );
    }
}
