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
}
