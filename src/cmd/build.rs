//! `enquete build`: the site, written atomically, or nothing at all.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use enquete::terminal::Terminal;
use enquete::{BuildError, BuildOptions, BuildSummary};

use super::{Console, require_study};

pub fn run(
    root: &Path,
    out: Option<PathBuf>,
    strict: bool,
    allow_outdated_consent: bool,
    console: &Console,
) -> ExitCode {
    if let Err(code) = require_study(root, console) {
        return code;
    }
    let options = BuildOptions {
        root: root.to_path_buf(),
        out,
        strict,
        allow_outdated_consent,
        on_wait: |out| {
            let say = Terminal::default();
            eprintln!(
                "{}",
                say.say("waiting", &[("out", out.display().to_string().into())])
            );
        },
    };
    match enquete::build(&options) {
        Ok((summary, checked)) => {
            console.report(&checked);
            if !console.quiet {
                println!("{}", built_line(&summary, &console.say));
            }
            ExitCode::SUCCESS
        }
        Err(BuildError::Study(checked)) => {
            console.report(&checked);
            eprintln!("{}", console.failure_line(&checked, "build-failed"));
            ExitCode::from(1)
        }
        Err(BuildError::Output(checked, message)) => {
            console.report(&checked);
            eprintln!("error: {message}");
            eprintln!("{}", console.say.say("build-failed-output", &[]));
            ExitCode::from(2)
        }
    }
}

fn built_line(summary: &BuildSummary, say: &Terminal) -> String {
    let per_language: Vec<String> = summary
        .pages
        .iter()
        .map(|(lang, n)| format!("{lang} {n}"))
        .collect();
    say.say(
        "built",
        &[
            (
                "pages",
                say.count("pages", summary.pages.values().sum::<usize>())
                    .into(),
            ),
            ("per-language", per_language.join(", ").into()),
            ("files", say.count("files", summary.files).into()),
            ("warnings", say.count("warnings", summary.warnings).into()),
            ("ms", summary.elapsed.as_millis().to_string().into()),
            ("out", summary.out.display().to_string().into()),
        ],
    )
}
