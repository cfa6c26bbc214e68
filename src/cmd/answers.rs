//! `enquete answers merge`: answer exports in, a dataset out; every file
//! or record skipped is named, and the exit code says so.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use enquete::answers::{self, MergeOptions, report};
use enquete::crypto::PrivateKey;

use super::{Console, require_study};
use crate::cli::AnswersCommand;

/// Some files or records were not merged: the dataset is written, but it
/// is not everything that was given.
const SKIPPED: u8 = 3;

pub fn run(command: AnswersCommand, console: &Console) -> ExitCode {
    match command {
        AnswersCommand::Merge {
            inputs,
            study,
            out,
            accept_study,
            key,
        } => merge(
            &study.root,
            inputs,
            &out,
            accept_study,
            key.as_deref(),
            console,
        ),
    }
}

fn merge(
    root: &Path,
    inputs: Vec<PathBuf>,
    out: &Path,
    accept_study: Vec<String>,
    key: Option<&Path>,
    console: &Console,
) -> ExitCode {
    if let Err(code) = require_study(root, console) {
        return code;
    }
    let key = match key.map(read_key).transpose() {
        Ok(key) => key,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    if let Some(input) = inputs.iter().find(|i| super::inside(out, i)) {
        eprintln!(
            "error: refusing to write the dataset to {}: it holds the input {}, which merging replaces",
            out.display(),
            input.display()
        );
        return ExitCode::from(2);
    }
    enquete::memory::purge_at_once();
    let mut checked = enquete::check(root, false);
    let Some((study, locales)) = checked.study.take() else {
        console.report(&checked);
        eprintln!("{}", console.failure_line(&checked, "check-failed"));
        return ExitCode::from(1);
    };
    let mut merged = answers::merge(
        &study,
        &MergeOptions {
            inputs,
            accept_study,
            key,
        },
    );
    for problem in &merged.problems {
        if problem.is_skip() || !console.quiet {
            eprintln!("{}", report::line(problem));
        }
    }
    let respondents: usize = merged.by_questionnaire.values().map(Vec::len).sum();
    let questionnaires = merged.by_questionnaire.len();
    let written = match answers::write(root, out, &study, &locales, &mut merged) {
        Ok(path) => path,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    if !console.quiet || merged.skipped() > 0 {
        let say = &console.say;
        println!(
            "{}",
            say.say(
                "merged",
                &[
                    ("respondents", say.count("respondents", respondents).into()),
                    (
                        "questionnaires",
                        say.count("questionnaires", questionnaires).into()
                    ),
                    ("files", say.count("files", merged.files_read).into()),
                    ("records", say.count("records", merged.records_read).into()),
                    ("skipped", say.count("skipped", merged.skipped()).into()),
                    ("out", written.display().to_string().into()),
                ],
            )
        );
    }
    if merged.skipped() > 0 {
        ExitCode::from(SKIPPED)
    } else {
        ExitCode::SUCCESS
    }
}

fn read_key(path: &Path) -> Result<PrivateKey, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read the key {}: {e}", path.display()))?;
    PrivateKey::from_pem(&text).map_err(|e| format!("--key {}: {e}", path.display()))
}
