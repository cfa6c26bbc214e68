//! One module per command, each returning the process's exit code; what
//! they share (the terminal's wording, how problems are shown) is here.

pub mod answers;
pub mod build;
pub mod check;
pub mod codebook;
pub mod export;
pub mod keys;
pub mod new;
pub mod new_language;
pub mod schema;
pub mod serve;
pub mod translations;
pub mod verify;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use enquete::Checked;
use enquete::diagnostics::{Diagnostics, Severity};
use enquete::terminal::Terminal;
use fluent_bundle::FluentValue;

/// How a command talks to the person at the terminal.
pub struct Console {
    pub quiet: bool,
    color: bool,
    pub say: Terminal,
}

impl Console {
    pub fn new(quiet: bool) -> Console {
        Console {
            quiet,
            color: std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
            say: Terminal::default(),
        }
    }

    /// Prints the study's problems (only its errors when quiet).
    pub fn report(&self, checked: &Checked) {
        let shown = if self.quiet {
            let mut only_errors = Diagnostics::default();
            for d in checked.diagnostics.items() {
                if d.severity == Severity::Error {
                    only_errors.push(d.clone());
                }
            }
            only_errors.render(&checked.sources, self.color)
        } else {
            checked.diagnostics.render(&checked.sources, self.color)
        };
        eprint!("{shown}");
    }

    /// Prints problems found outside a check of the study (with their
    /// source snippets), warnings only when not quiet.
    pub fn show(&self, diagnostics: &Diagnostics, sources: &enquete::diagnostics::Sources) {
        let mut shown = Diagnostics::default();
        for d in diagnostics.items() {
            if !self.quiet || d.severity == Severity::Error {
                shown.push(d.clone());
            }
        }
        eprint!("{}", shown.render(sources, self.color));
    }

    /// Reports a check of the study and what it concluded: exit 1 when it
    /// found errors, otherwise "ok" with the number of warnings.
    pub fn conclude_check(&self, checked: &Checked) -> ExitCode {
        self.report(checked);
        if checked.diagnostics.has_errors() || checked.study.is_none() {
            eprintln!("{}", self.failure_line(checked, "check-failed"));
            return ExitCode::from(1);
        }
        if !self.quiet {
            let warnings = self
                .say
                .count("warnings", checked.diagnostics.warning_count());
            eprintln!(
                "{}",
                self.say.say("check-ok", &[("warnings", warnings.into())])
            );
        }
        ExitCode::SUCCESS
    }

    /// "build failed: 2 errors, 1 warning" and the like.
    pub fn failure_line(&self, checked: &Checked, id: &str) -> String {
        let d = &checked.diagnostics;
        self.say.say(
            id,
            &[
                ("errors", self.say.count("errors", d.error_count()).into()),
                (
                    "warnings",
                    self.say.count("warnings", d.warning_count()).into(),
                ),
            ],
        )
    }
}

/// A study directory must exist and hold `study.yaml`; otherwise the
/// command was pointed at the wrong place (exit 2, as for usage errors).
pub fn require_study(root: &Path, console: &Console) -> Result<(), ExitCode> {
    let shown = [("root", FluentValue::from(root.display().to_string()))];
    if !root.is_dir() {
        eprintln!("error: {}", console.say.say("not-a-directory", &shown));
        return Err(ExitCode::from(2));
    }
    if root.join("study.yaml").symlink_metadata().is_err() {
        eprintln!("error: {}", console.say.say("no-study", &shown));
        return Err(ExitCode::from(2));
    }
    Ok(())
}

/// Whether `path` (which need not exist yet) would be inside `root`.
pub fn inside(root: &Path, path: &Path) -> bool {
    let Ok(root) = root.canonicalize() else {
        return false;
    };
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    // The nearest existing ancestor decides (symbolic links resolved).
    let mut existing: PathBuf = absolute.clone();
    let mut rest = Vec::new();
    while existing.canonicalize().is_err() {
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_os_string());
                existing = parent.to_path_buf();
            }
            _ => return false,
        }
    }
    let mut real = existing.canonicalize().unwrap_or(existing);
    real.extend(rest.iter().rev());
    real.starts_with(&root)
}
