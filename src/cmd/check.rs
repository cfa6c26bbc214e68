//! `enquete check`: every problem of the study, nothing written.

use std::path::Path;
use std::process::ExitCode;

use super::{Console, require_study};

pub fn run(root: &Path, strict: bool, console: &Console) -> ExitCode {
    if let Err(code) = require_study(root, console) {
        return code;
    }
    let checked = enquete::check(root, strict);
    console.report(&checked);
    if checked.diagnostics.has_errors() || checked.study.is_none() {
        eprintln!("{}", console.failure_line(&checked, "check-failed"));
        return ExitCode::from(1);
    }
    if !console.quiet {
        let say = &console.say;
        let warnings = say.count("warnings", checked.diagnostics.warning_count());
        eprintln!("{}", say.say("check-ok", &[("warnings", warnings.into())]));
    }
    ExitCode::SUCCESS
}
