//! `enquete codebook export`: codebook.yaml as a REFI-QDA codebook.

use std::process::ExitCode;

use enquete::qda;

use super::{Console, require_study};
use crate::cli::CodebookCommand;

pub fn run(command: CodebookCommand, console: &Console) -> ExitCode {
    let CodebookCommand::Export { study, lang, out } = command;
    if let Err(code) = require_study(&study.root, console) {
        return code;
    }
    let checked = enquete::check(&study.root, false);
    let Some((study_model, locales)) = &checked.study else {
        return console.conclude_check(&checked);
    };
    // Warnings (a missing translation) do not stop an export, but are
    // shown: the file carries the default language's text there.
    console.report(&checked);
    if study_model.codebook.is_empty() {
        eprintln!(
            "error: {} has no {}: there is no codebook to export",
            study.root.display(),
            enquete::load::CODEBOOK_FILE
        );
        return ExitCode::from(1);
    }
    let lang = lang.unwrap_or_else(|| study_model.default_language.clone());
    if !study_model.languages.iter().any(|l| l.code == lang) {
        let codes: Vec<&str> = study_model
            .languages
            .iter()
            .map(|l| l.code.as_str())
            .collect();
        eprintln!(
            "error: `{lang}` is not a language of the study ({})",
            codes.join(", ")
        );
        return ExitCode::from(2);
    }
    let qdc = qda::codebook::qdc(study_model, locales, &lang);
    if let Err(e) = std::fs::write(&out, qdc) {
        eprintln!("error: {} cannot be written: {e}", out.display());
        return ExitCode::from(2);
    }
    if !console.quiet {
        let count: usize = study_model.codebook.iter().map(|c| c.walk().len()).sum();
        println!("wrote {} ({count} codes, {lang})", out.display());
    }
    ExitCode::SUCCESS
}
