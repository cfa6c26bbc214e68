//! `merge-report.md` and the terminal's lines: every file skipped and why,
//! every notice, and every conflict between copies of a respondent with
//! the values set aside in full.

use super::{Merged, Problem};

/// One line per problem, for the terminal (conflict values are in the
/// report file, where a long answer fits).
pub fn line(problem: &Problem) -> String {
    match problem {
        Problem::FileSkipped { file, reason } => format!("skipped {file}: {reason}"),
        Problem::RecordSkipped { source, reason } => format!("skipped {source}: {reason}"),
        Problem::Notice { source, message } => format!("note: {source}: {message}"),
        Problem::Conflict(c) => format!(
            "conflict: `{}` of respondent `{}` ({}) differs between copies: kept the value changed {} in {}, set aside {} (see merge-report.md)",
            c.field,
            c.respondent,
            c.questionnaire,
            c.kept.1,
            c.kept.0,
            c.set_aside
                .iter()
                .map(|(s, t, _)| format!("the one changed {t} in {s}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

pub fn render(merged: &Merged) -> String {
    let respondents: usize = merged.by_questionnaire.values().map(Vec::len).sum();
    let mut out = format!(
        "# Merge report\n\n{} files read, {} records, {} respondents merged, {} skipped.\n",
        merged.files_read,
        merged.records_read,
        respondents,
        merged.skipped()
    );
    type Wanted = fn(&Problem) -> bool;
    let sections: [(&str, Wanted); 3] = [
        ("Skipped", Problem::is_skip),
        ("Notes", |p| matches!(p, Problem::Notice { .. })),
        ("Conflicts", |p| matches!(p, Problem::Conflict(_))),
    ];
    for (title, wanted) in sections {
        let items: Vec<&Problem> = merged.problems.iter().filter(|p| wanted(p)).collect();
        if items.is_empty() {
            continue;
        }
        out.push_str(&format!("\n## {title}\n\n"));
        for p in items {
            match p {
                Problem::Conflict(c) => {
                    out.push_str(&format!(
                        "- `{}` of respondent `{}` ({}):\n  - kept, changed {} in {}:\n{}\n",
                        c.field,
                        c.respondent,
                        c.questionnaire,
                        c.kept.1,
                        c.kept.0,
                        quote(&c.kept.2)
                    ));
                    for (source, changed, value) in &c.set_aside {
                        out.push_str(&format!(
                            "  - set aside, changed {changed} in {source}:\n{}\n",
                            quote(value)
                        ));
                    }
                }
                other => out.push_str(&format!("- {}\n", line(other))),
            }
        }
    }
    out
}

/// Every line of an answer quoted, so that nothing typed becomes Markdown
/// structure of the report.
fn quote(text: &str) -> String {
    if text.is_empty() {
        return "    > (emptied)".into();
    }
    text.lines()
        .map(|l| format!("    > {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}
