//! `enquete check`: every problem of the study, nothing written.

use std::path::Path;
use std::process::ExitCode;

use super::{Console, require_study};

pub fn run(root: &Path, strict: bool, allow_outdated_consent: bool, console: &Console) -> ExitCode {
    if let Err(code) = require_study(root, console) {
        return code;
    }
    console.conclude_check(&enquete::check_with(root, strict, allow_outdated_consent))
}
