//! Limits on Fluent text, checked before anything parses or formats it.
//!
//! Fluent's parser and resolver recurse once per nested placeable, and the
//! resolver silently stops after 100 placeables. A study text or `.ftl` file
//! could therefore overflow a thread's stack (thousands of `{{{`) or print
//! a cut sentence. Both are refused here with a located error instead.

use fluent_syntax::ast;

use crate::i18n::collect_pattern;

/// Deepest nesting of placeables (`{ ... }` inside `{ ... }`, a select
/// inside a select) a text may have. Real texts use two or three.
pub const MAX_DEPTH: usize = 16;

/// Most placeables a text may hold: the limit up to which Fluent formats a
/// pattern before it stops writing.
pub const MAX_PLACEABLES: usize = 100;

/// The functions study texts may call: those fluent-bundle implements.
pub const FUNCTIONS: &[&str] = &["NUMBER"];

/// The byte offset of the first `{` that nests deeper than [`MAX_DEPTH`],
/// scanning as Fluent does: braces in string literals (`{"{"}`) and in
/// comment lines do not count.
pub fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut in_string = false;
    let mut line_start = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if line_start && b == b'#' && depth == 0 {
            // A comment line: skip to its end.
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        line_start = b == b'\n';
        match b {
            b'\n' => in_string = false,
            b'\\' if in_string => i += 1,
            b'"' if depth > 0 => in_string = !in_string,
            b'{' if !in_string => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(i);
                }
            }
            b'}' if !in_string => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// What is wrong with a parsed pattern: too many placeables, or a call of a
/// function that does not exist. Each problem is a sentence for a message.
pub fn pattern_problems(pattern: &ast::Pattern<&str>) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    let placeables = count_placeables(pattern);
    if placeables > MAX_PLACEABLES {
        problems.push((
            format!("this text has {placeables} placeables (`{{ ... }}`)"),
            format!("at most {MAX_PLACEABLES}; split the text"),
        ));
    }
    collect_pattern(pattern, &mut |e| {
        if let ast::InlineExpression::FunctionReference { id, .. } = e
            && !FUNCTIONS.contains(&id.name)
        {
            problems.push((
                format!("unknown function `{}()`", id.name),
                format!(
                    "one of {}; dates and other values are written as text",
                    FUNCTIONS
                        .iter()
                        .map(|f| format!("`{f}()`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
    });
    problems
}

/// Every placeable of a pattern, nested ones and those of every variant
/// included: at least as many as the resolver will count.
fn count_placeables(pattern: &ast::Pattern<&str>) -> usize {
    pattern
        .elements
        .iter()
        .map(|e| match e {
            ast::PatternElement::Placeable { expression } => 1 + count_in_expression(expression),
            ast::PatternElement::TextElement { .. } => 0,
        })
        .sum()
}

fn count_in_expression(expression: &ast::Expression<&str>) -> usize {
    match expression {
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            1 + count_in_expression(expression)
        }
        ast::Expression::Inline(_) => 0,
        ast::Expression::Select { variants, .. } => {
            variants.iter().map(|v| count_placeables(&v.value)).sum()
        }
    }
}

/// A study text that Fluent reads as plain text and variables alone, on
/// one line (`Welcome to { $programme }.`): most texts that have braces.
/// Fluent gives such a text back as written with each variable's value in
/// place (isolation marks are off), so it is checked and filled in here
/// without Fluent's parser, which otherwise runs for every such text twice,
/// once to check it and once per page that shows it.
pub struct SimplePattern<'t>(&'t str);

/// A part of a [`SimplePattern`].
#[derive(Debug, PartialEq)]
pub enum Piece<'t> {
    Text(&'t str),
    Variable(&'t str),
}

impl<'t> SimplePattern<'t> {
    /// `None` where the text needs Fluent's parser: anything in braces but
    /// `{ $name }`, a lone `}`, a line break, a space at either end (Fluent
    /// trims it), a first character that starts a variant or an attribute
    /// (`[`, `*`, `.`), or more than [`MAX_PLACEABLES`] placeables.
    pub fn new(text: &'t str) -> Option<Self> {
        let first = text.chars().next()?;
        let last = text.chars().next_back()?;
        if matches!(first, '[' | '*' | '.') || first.is_whitespace() || last.is_whitespace() {
            return None;
        }
        // memchr: these scans run over every text of a study.
        if memchr::memchr2(b'\n', b'\r', text.as_bytes()).is_some() {
            return None;
        }
        let mut rest = text;
        let mut placeables = 0;
        while let Some(i) = memchr::memchr2(b'{', b'}', rest.as_bytes()) {
            // Braces are ASCII: the indices are character boundaries.
            let inner = rest[i..].strip_prefix('{')?;
            let close = memchr::memchr(b'}', inner.as_bytes())?;
            variable_name(&inner[..close])?;
            placeables += 1;
            rest = &inner[close + 1..];
        }
        (placeables <= MAX_PLACEABLES).then_some(SimplePattern(text))
    }

    /// The text and variables in order.
    pub fn pieces(&self) -> impl Iterator<Item = Piece<'t>> {
        let mut rest = self.0;
        std::iter::from_fn(move || {
            if rest.is_empty() {
                return None;
            }
            let Some(inner) = rest.strip_prefix('{') else {
                let end = rest.find('{').unwrap_or(rest.len());
                let (text, after) = rest.split_at(end);
                rest = after;
                return Some(Piece::Text(text));
            };
            // `new` accepted the text: every `{` has its `}` and a name.
            let close = inner.find('}').unwrap_or(inner.len());
            rest = inner.get(close + 1..).unwrap_or("");
            Some(Piece::Variable(
                variable_name(&inner[..close]).unwrap_or(""),
            ))
        })
    }

    /// The names of the variables, in order, repeats included.
    pub fn variables(&self) -> impl Iterator<Item = &'t str> {
        self.pieces().filter_map(|p| match p {
            Piece::Variable(name) => Some(name),
            Piece::Text(_) => None,
        })
    }

    /// The text with each variable's value, or `None` if `value` has none
    /// for one of them (Fluent then writes its own placeholder).
    pub fn fill<'v>(&self, value: impl Fn(&str) -> Option<&'v str>) -> Option<String> {
        let mut out = String::with_capacity(self.0.len() + 32);
        for piece in self.pieces() {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Variable(name) => out.push_str(value(name)?),
            }
        }
        Some(out)
    }
}

/// The name in a placeable that is a variable alone (`{ $name }`, spaces
/// around it allowed).
fn variable_name(placeable: &str) -> Option<&str> {
    let name = placeable.trim_matches(' ').strip_prefix('$')?;
    is_identifier(name.as_bytes()).then_some(name)
}

/// Fluent's identifiers: `[a-zA-Z][a-zA-Z0-9_-]*`.
fn is_identifier(name: &[u8]) -> bool {
    let mut bytes = name.iter().copied();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth() {
        assert_eq!(too_deep("a { $b } c"), None);
        assert_eq!(too_deep(&"{".repeat(17)), Some(16));
        assert_eq!(too_deep(&"{ \"{\" }".repeat(40)), None, "braces in strings");
        assert_eq!(too_deep(&"# {\n".repeat(40)), None, "braces in comments");
        assert_eq!(too_deep(&"{}".repeat(1000)), None);
    }

    /// What Fluent makes of a study text, as the renderer calls it.
    fn formatted_by_fluent(text: &str, args: &[(&'static str, &'static str)]) -> String {
        let resource = crate::validate::text::parse(text);
        let pattern = crate::validate::text::message_pattern(&resource).expect("a pattern");
        let mut bundle = fluent_bundle::FluentBundle::<&fluent_bundle::FluentResource>::new(vec![]);
        bundle.set_use_isolating(false);
        let mut fluent_args = fluent_bundle::FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, *value);
        }
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        assert!(errors.is_empty(), "{text:?}: {errors:?}");
        out.into_owned()
    }

    #[test]
    fn simple_patterns_read_as_fluent_reads_them() {
        let args = [
            ("a", "A"),
            ("b", "B b"),
            ("programme", "Samen Inburgeren"),
            ("x-y_1", "xy"),
        ];
        for text in [
            "Welcome to **{ $programme }**.",
            "{ $a }",
            "{$a}{$b}",
            "a {  $x-y_1  } b",
            "#{ $a } - 100% \\ { $b } \"quoted\" 'single' <b>x</b>",
            "- { $a }",
            "a . b [c] *d*",
            "Tab\there { $a }",
            "Bienvenue à { $programme } ! Ça va ?",
            "مرحبا { $programme }",
        ] {
            let simple = SimplePattern::new(text).unwrap_or_else(|| panic!("{text:?}"));
            let lookup = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
            assert_eq!(
                simple.fill(lookup).as_deref(),
                Some(formatted_by_fluent(text, &args).as_str()),
                "{text:?}"
            );
        }
        assert_eq!(
            SimplePattern::new("{ $a } and { $b } and { $a }")
                .unwrap()
                .variables()
                .collect::<Vec<_>>(),
            ["a", "b", "a"]
        );
        assert_eq!(SimplePattern::new("{ $a }").unwrap().fill(|_| None), None);
    }

    #[test]
    fn other_texts_go_to_fluent() {
        let many = "{ $a }".repeat(MAX_PLACEABLES + 1);
        for text in [
            "",
            " leading { $a }",
            "trailing { $a } ",
            "[x] { $a }",
            "*a* { $a }",
            ".a { $a }",
            "two\nlines { $a }",
            "cr\r{ $a }",
            "{ -term }",
            "{ message }",
            "{ \"{\" }",
            "{ $a ->\n [x] y\n *[z] w\n}",
            "a } b { $a }",
            "{ $a",
            "{ NUMBER($a) }",
            "{ $ a }",
            "{ $a.b }",
            "{ $naïve }",
            "{ $1a }",
            many.as_str(),
        ] {
            assert!(SimplePattern::new(text).is_none(), "{text:?}");
        }
        assert!(SimplePattern::new(&"{ $a }".repeat(MAX_PLACEABLES)).is_some());
    }
}
