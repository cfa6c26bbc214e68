//! `enquete schema`: the JSON Schema of the format, printed or written.

use std::path::Path;
use std::process::ExitCode;

use enquete::format::schema::{SchemaFile, schema_text};

use super::Console;
use crate::cli::SchemaArg;

pub fn run(file: Option<SchemaArg>, out: Option<&Path>, console: &Console) -> ExitCode {
    let Some(dir) = out else {
        let file = match file {
            Some(SchemaArg::Study) => SchemaFile::Study,
            Some(SchemaArg::Codebook) => SchemaFile::Codebook,
            _ => SchemaFile::Questionnaire,
        };
        print!("{}", schema_text(file));
        return ExitCode::SUCCESS;
    };
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("error: cannot create {}: {e}", dir.display());
        return ExitCode::from(2);
    }
    for file in SchemaFile::ALL {
        let path = dir.join(file.file_name());
        if let Err(e) = std::fs::write(&path, schema_text(file)) {
            eprintln!("error: cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
        if !console.quiet {
            println!("wrote {}", path.display());
        }
    }
    ExitCode::SUCCESS
}
