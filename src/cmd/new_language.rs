//! `enquete new-language LANG`: the study's own wording files for a
//! language enquete does not carry, started from the English ones.

use std::path::Path;
use std::process::ExitCode;

use super::{Console, require_study};

pub fn run(root: &Path, lang: &str, console: &Console) -> ExitCode {
    if let Err(code) = require_study(root, console) {
        return code;
    }
    match enquete::new_language::new_language(root, lang) {
        Ok(paths) => {
            if !console.quiet {
                for p in paths {
                    println!("wrote {}", p.display());
                }
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}
