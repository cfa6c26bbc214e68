//! Everything a user is told about their study: located errors and warnings.
//!
//! Problems are collected, never thrown: every stage pushes into a
//! [`Diagnostics`] so that one run reports every problem at once.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceSpan, SpanContents,
};

/// Index of a file in [`Sources`].
pub type FileId = usize;

/// The text of every file read, so that diagnostics can quote it.
#[derive(Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

struct SourceFile {
    display: String,
    text: Arc<str>,
    /// Byte offset of the start of each line, found when first needed:
    /// most files of a large study are never quoted, and `serve` adds
    /// every file again after each edit.
    line_starts: OnceLock<Vec<usize>>,
}

impl SourceFile {
    fn new(display: String, text: Arc<str>) -> SourceFile {
        SourceFile {
            display,
            text,
            line_starts: OnceLock::new(),
        }
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            let mut starts = vec![0];
            starts.extend(self.text.match_indices('\n').map(|(i, _)| i + 1));
            starts
        })
    }

    /// The 0-based line that holds byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.line_starts().partition_point(|&s| s <= offset) - 1
    }
}

impl Sources {
    /// Registers a file; `display` is the path shown to the user.
    pub fn add(&mut self, display: impl Into<String>, text: impl Into<Arc<str>>) -> FileId {
        self.files
            .push(SourceFile::new(display.into(), text.into()));
        self.files.len() - 1
    }

    /// Registers a file that is read later: its text is empty until
    /// [`Sources::replace`] gives it one.
    pub fn add_unread(&mut self, display: impl Into<String>) -> FileId {
        self.add(display, "")
    }

    /// Gives a file new text (an edit checked in memory before it is
    /// written); its id and the ids of other files stay.
    pub fn replace(&mut self, file: FileId, text: impl Into<Arc<str>>) {
        let source = &mut self.files[file];
        *source = SourceFile::new(std::mem::take(&mut source.display), text.into());
    }

    /// Forgets the text of files no diagnostic quotes: a large study's
    /// sources are only needed to show problems.
    pub fn keep_only_quoted(&mut self, diagnostics: &Diagnostics) {
        let quoted = diagnostics.quoted_files();
        for (id, file) in self.files.iter_mut().enumerate() {
            if !quoted.contains(&id) {
                *file = SourceFile::new(std::mem::take(&mut file.display), Arc::from(""));
            }
        }
    }

    pub fn display(&self, file: FileId) -> &str {
        &self.files[file].display
    }

    pub fn text(&self, file: FileId) -> &str {
        &self.files[file].text
    }

    /// The text of a file, shared rather than copied: what `serve` keeps to
    /// see whether a file changed since it was last checked.
    pub fn shared_text(&self, file: FileId) -> Arc<str> {
        Arc::clone(&self.files[file].text)
    }

    /// The place of a byte offset in a file.
    pub fn loc_at(&self, file: FileId, offset: usize, len: usize) -> Loc {
        let source = &self.files[file];
        let text: &str = &source.text;
        let offset = floor_boundary(text, offset);
        let line = source.line_of(offset);
        let line_start = source.line_starts()[line];
        let col = text[line_start..offset].chars().count() + 1;
        let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
        Loc {
            file,
            line: line as u32 + 1,
            col: col as u32,
            offset: offset as u32,
            len: len.min(line_end - offset) as u32,
        }
    }
}

/// A place in a source file: 1-based line and column (in characters) and
/// the byte range it covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Loc {
    pub file: FileId,
    pub line: u32,
    pub col: u32,
    pub offset: u32,
    pub len: u32,
}

impl Loc {
    /// The start of a file, for problems that concern a whole file.
    pub fn file_start(file: FileId) -> Loc {
        Loc {
            file,
            line: 1,
            col: 1,
            offset: 0,
            len: 0,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem: what is wrong, where, what was expected, and a hint.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub severity: Severity,
    pub loc: Option<Loc>,
    /// A file without a line (for I/O problems and files that are not text).
    pub path: Option<PathBuf>,
    pub message: String,
    /// What was expected, shown under the offending text.
    pub expected: Option<String>,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(loc: Loc, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            loc: Some(loc),
            path: None,
            message: message.into(),
            expected: None,
            help: None,
        }
    }

    pub fn warning(loc: Loc, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(loc, message)
        }
    }

    /// A problem with a file as a whole, outside any line of it.
    pub fn file_error(path: &Path, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            loc: None,
            path: Some(path.to_path_buf()),
            message: message.into(),
            expected: None,
            help: None,
        }
    }

    /// An error that no single file holds (its message names the paths).
    pub fn general(message: impl Into<String>) -> Self {
        Diagnostic {
            path: None,
            ..Diagnostic::file_error(Path::new(""), message)
        }
    }

    /// A warning about a whole file, named by its path in the study.
    pub fn warning_at(path: &str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::file_error(Path::new(path), message)
        }
    }

    pub fn expected(mut self, expected: impl Into<String>) -> Self {
        self.expected = Some(expected.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn maybe_help(mut self, help: Option<String>) -> Self {
        self.help = help;
        self
    }
}

/// The problems of one run, in the order they are shown.
#[derive(Default, Debug, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    /// The files that problems point into.
    pub fn quoted_files(&self) -> std::collections::BTreeSet<FileId> {
        self.items
            .iter()
            .filter_map(|d| d.loc.map(|l| l.file))
            .collect()
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn error_count(&self) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }

    pub fn items(&self) -> &[Diagnostic] {
        &self.items
    }

    /// `--strict`: every warning becomes an error.
    pub fn promote_warnings(&mut self) {
        for d in &mut self.items {
            d.severity = Severity::Error;
        }
    }

    /// Sorts by file, position and message, so that output does not depend
    /// on the order in which files or threads happened to finish.
    pub fn sort(&mut self, sources: &Sources) {
        self.items.sort_by(|a, b| {
            let key = |d: &Diagnostic| {
                let file = match (d.loc, &d.path) {
                    (Some(loc), _) => sources.display(loc.file).to_string(),
                    (None, Some(p)) => p.display().to_string(),
                    (None, None) => String::new(),
                };
                let (line, col) = d.loc.map(|l| (l.line, l.col)).unwrap_or((0, 0));
                (file, line, col, d.severity, d.message.clone())
            };
            key(a).cmp(&key(b))
        });
        self.items.dedup_by(|a, b| {
            a.loc == b.loc && a.path == b.path && a.message == b.message && a.severity == b.severity
        });
    }

    /// Renders every diagnostic with a source snippet, as the CLI prints them.
    pub fn render(&self, sources: &Sources, color: bool) -> String {
        let theme = if color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        let handler = GraphicalReportHandler::new_themed(theme)
            .with_width(100)
            .with_context_lines(1);
        let mut out = String::new();
        for d in &self.items {
            let report = Report::new(d, sources);
            let _ = handler.render_report(&mut out, &report);
        }
        out
    }

    /// One line per diagnostic: `file:line:col: error: message`.
    pub fn render_short(&self, sources: &Sources) -> String {
        let mut out = String::new();
        for d in &self.items {
            let _ = writeln!(out, "{}", short_line(d, sources));
        }
        out
    }
}

fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// `file:line:col: error: message (expected ...) help`, for logs and tests.
pub fn short_line(d: &Diagnostic, sources: &Sources) -> String {
    let mut line = String::new();
    match (d.loc, &d.path) {
        (Some(loc), _) => {
            let _ = write!(
                line,
                "{}:{}:{}: ",
                sources.display(loc.file),
                loc.line,
                loc.col
            );
        }
        (None, Some(path)) => {
            let _ = write!(line, "{}: ", path.display());
        }
        (None, None) => {}
    }
    let _ = write!(line, "{}: {}", severity_word(d.severity), d.message);
    if let Some(expected) = &d.expected {
        let _ = write!(line, "; {expected}");
    }
    if let Some(help) = &d.help {
        let _ = write!(line, "; {help}");
    }
    line
}

/// Most characters of a line shown around a problem: a study written on one
/// line of a megabyte would otherwise be printed whole for each problem.
const EXCERPT_WIDTH: usize = 160;

/// The lines around a problem, each cut to [`EXCERPT_WIDTH`] characters
/// around the place, as the source miette quotes. Offsets are the
/// excerpt's own; line and column numbers are the file's.
struct Excerpt {
    name: String,
    text: String,
    /// 0-based line of the file where the excerpt starts.
    first_line: usize,
    /// For each line of the excerpt, the characters cut from its start.
    cut: Vec<usize>,
    /// The problem's place in the excerpt: (offset, length).
    label: (usize, usize),
}

impl Excerpt {
    fn new(sources: &Sources, loc: Loc) -> Excerpt {
        let file = &sources.files[loc.file];
        let text: &str = &file.text;
        let offset = (loc.offset as usize).min(text.len());
        let line = file.line_of(offset);
        let first = line.saturating_sub(1);
        let line_starts = file.line_starts();
        let last = (line + 1).min(line_starts.len() - 1);
        let mut excerpt = Excerpt {
            name: file.display.clone(),
            text: String::new(),
            first_line: first,
            cut: Vec::new(),
            label: (0, 0),
        };
        for n in first..=last {
            let start = line_starts[n];
            let end = line_starts.get(n + 1).map_or(text.len(), |next| next - 1);
            let whole = text.get(start..end).unwrap_or("");
            // The problem's line is cut around the problem, the others
            // from their start.
            let focus = if n == line { offset - start } else { 0 };
            let from = floor_boundary(whole, focus.saturating_sub(EXCERPT_WIDTH / 2));
            let to = floor_boundary(whole, (from + EXCERPT_WIDTH * 4).min(whole.len()));
            let shown: String = whole[from..to].chars().take(EXCERPT_WIDTH).collect();
            if n == line {
                let at = excerpt.text.len() + (focus - from).min(shown.len());
                excerpt.label = (
                    at,
                    (loc.len as usize).min(shown.len() + excerpt.text.len() - at),
                );
            }
            excerpt.cut.push(whole[..from].chars().count());
            excerpt.text.push_str(&shown);
            if n < last {
                excerpt.text.push('\n');
            }
        }
        excerpt
    }
}

/// The largest char boundary of `s` at or before `i`.
fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl miette::SourceCode for Excerpt {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let inner = self.text.as_str().read_span(span, before, after)?;
        let line = inner.line();
        let cut = self.cut.get(line).copied().unwrap_or(0);
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            self.first_line + line,
            inner.column() + cut,
            inner.line_count(),
        )))
    }
}

/// Adapter from our [`Diagnostic`] to miette's view of one.
struct Report {
    message: String,
    severity: miette::Severity,
    source: Option<Excerpt>,
    label: Option<LabeledSpan>,
    help: Option<String>,
}

impl Report {
    fn new(d: &Diagnostic, sources: &Sources) -> Report {
        let severity = match d.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        };
        let (source, label, message) = match (d.loc, &d.path) {
            (Some(loc), _) => {
                let excerpt = Excerpt::new(sources, loc);
                let label = LabeledSpan::new(d.expected.clone(), excerpt.label.0, excerpt.label.1);
                (Some(excerpt), Some(label), d.message.clone())
            }
            (None, Some(path)) => {
                let mut message = format!("{}: {}", path.display(), d.message);
                if let Some(expected) = &d.expected {
                    message.push_str(&format!(" ({expected})"));
                }
                (None, None, message)
            }
            (None, None) => (None, None, d.message.clone()),
        };
        Report {
            message,
            severity,
            source,
            label,
            help: d.help.clone(),
        }
    }
}

impl std::fmt::Debug for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Report {}

impl miette::Diagnostic for Report {
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn std::fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.label
            .clone()
            .map(|l| Box::new(std::iter::once(l)) as Box<dyn Iterator<Item = LabeledSpan>>)
    }
}

/// The closest of `candidates` to `name`, if it is close enough to be a
/// likely typo.
pub fn did_you_mean<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    let mut best: Option<(f64, &str)> = None;
    for candidate in candidates {
        let score = strsim::jaro_winkler(&name.to_lowercase(), &candidate.to_lowercase());
        if score > 0.8 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, c)| format!("did you mean `{c}`?"))
}

/// `a, b or c`, for "expected one of" messages.
pub fn one_of(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => format!("`{one}`"),
        [init @ .., last] => {
            let init: Vec<String> = init.iter().map(|i| format!("`{i}`")).collect();
            format!("{} or `{last}`", init.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_problem_in_two_files_is_two_problems() {
        let mut d = Diagnostics::default();
        for path in [
            "locales/en/a.ftl",
            "questionnaires/a.yaml",
            "locales/en/a.ftl",
        ] {
            d.push(Diagnostic::file_error(
                Path::new(path),
                "cannot be read: Permission denied (os error 13)",
            ));
        }
        d.sort(&Sources::default());
        assert_eq!(
            d.render_short(&Sources::default()),
            "locales/en/a.ftl: error: cannot be read: Permission denied (os error 13)\n\
             questionnaires/a.yaml: error: cannot be read: Permission denied (os error 13)\n"
        );
    }
}
