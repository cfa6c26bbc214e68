//! `enquete new DIR`: a small study to start from, checked at once.

use std::path::Path;
use std::process::ExitCode;

use super::Console;

pub fn run(dir: &Path, languages: &[String], title: Option<&str>, console: &Console) -> ExitCode {
    let created = match enquete::scaffold::new_study(dir, languages, title) {
        Ok(created) => created,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    if !console.quiet {
        for path in &created.files {
            println!("wrote {}", path.display());
        }
        for lang in &created.english_samples {
            println!(
                "note: enquete has no sample texts in `{lang}`: its texts are the English ones, to replace like every sample text; translate locales/{lang}/*.ftl too"
            );
        }
    }
    // The study is checked as `enquete check` would: a researcher sees at
    // once what to replace before printing.
    let outcome = console.conclude_check(&enquete::check(dir, false));
    if outcome == ExitCode::SUCCESS && !console.quiet {
        let root = dir.display();
        println!(
            "Next: edit {root}/study.yaml and {root}/questionnaires/, then\n  enquete build --root {root}    (the site in {root}/public)\n  enquete check --root {root}    (every problem, with its place)"
        );
    }
    outcome
}
