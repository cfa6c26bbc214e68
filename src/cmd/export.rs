//! `enquete export xlsform`: the study's questionnaires as XLSForms for
//! ODK Central and KoboToolbox. What the forms cannot carry is printed as
//! notes, one line each.

use std::path::Path;
use std::process::ExitCode;

use enquete::export::xlsform;

use super::{Console, require_study};
use crate::cli::ExportCommand;

pub fn run(command: ExportCommand, console: &Console) -> ExitCode {
    match command {
        ExportCommand::Xlsform {
            study,
            questionnaires,
            out,
        } => xlsforms(&study.root, &questionnaires, &out, console),
    }
}

fn xlsforms(root: &Path, only: &[String], out: &Path, console: &Console) -> ExitCode {
    if let Err(code) = require_study(root, console) {
        return code;
    }
    let mut checked = enquete::check(root, false);
    console.report(&checked);
    let Some((study, locales)) = checked.study.take() else {
        eprintln!("{}", console.failure_line(&checked, "check-failed"));
        return ExitCode::from(1);
    };
    let forms = match xlsform::forms(&study, &locales, only) {
        Ok(forms) => forms,
        Err(id) => {
            let ids = xlsform::questionnaire_ids(&study).join(", ");
            let args = [("id", id.into()), ("ids", ids.into())];
            eprintln!("error: {}", console.say.say("not-a-questionnaire", &args));
            return ExitCode::from(2);
        }
    };
    let written = match xlsform::write(root, out, &forms) {
        Ok(path) => path,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    if !console.quiet {
        for form in &forms {
            for note in &form.notes {
                eprintln!("note: {}: {note}", form.id);
            }
        }
        let say = &console.say;
        let notes: usize = forms.iter().map(|f| f.notes.len()).sum();
        println!(
            "{}",
            say.say(
                "exported",
                &[
                    ("forms", say.count("xlsforms", forms.len()).into()),
                    ("notes", say.count("notes", notes).into()),
                    ("out", written.display().to_string().into()),
                ],
            )
        );
    }
    ExitCode::SUCCESS
}
