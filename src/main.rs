//! The `enquete` command line: parses arguments and calls the library.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use enquete::terminal::Terminal;
use enquete::{BuildError, BuildOptions, BuildSummary, Checked};
use fluent_bundle::FluentValue;

/// Turns a study written in YAML into a static site of web forms, printable
/// interview guides, consent sheets and letters.
#[derive(Parser)]
#[command(name = "enquete", version, about, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Print errors only: no summary, no warnings.
    #[arg(long, short, global = true)]
    quiet: bool,
}

const EXAMPLES: &str = "Examples:
  enquete build                         build the study in . into ./public
  enquete build --root my-study --out /var/www/study
  enquete check --strict                fail on missing translations too
  enquete new-language sw               start Swahili wording from the English files

Exit status: 0 success, 1 the study has errors, 2 usage error (no study at
--root) or the site cannot be written.";

#[derive(Subcommand)]
enum Command {
    /// Build the site (into DIR/public unless --out is given).
    #[command(after_help = EXAMPLES)]
    Build {
        /// The study directory (holding study.yaml).
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        /// Where the site goes; replaced as a whole, only if enquete made it.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Treat warnings (such as missing translations) as errors.
        #[arg(long)]
        strict: bool,
    },
    /// Check the study and report every problem; write nothing.
    #[command(after_help = EXAMPLES)]
    Check {
        /// The study directory (holding study.yaml).
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        /// Treat warnings (such as missing translations) as errors.
        #[arg(long)]
        strict: bool,
    },
    /// Start the study's own wording in a language enquete does not carry:
    /// writes locales/LANG/enquete.ftl and consent.ftl, copies of the English
    /// files to translate (see docs/languages.md).
    NewLanguage {
        /// The language code, e.g. `sw`.
        #[arg(value_name = "LANG")]
        lang: String,
        /// The study directory (holding study.yaml).
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let say = Terminal::default();
    match cli.command {
        Command::Check { root, strict } => {
            if let Err(code) = study_root(&root, &say) {
                return code;
            }
            let checked = enquete::check(&root, strict);
            report(&checked, cli.quiet, color);
            if checked.diagnostics.has_errors() || checked.study.is_none() {
                eprintln!("{}", failure_line(&checked, "check-failed", &say));
                ExitCode::from(1)
            } else {
                if !cli.quiet {
                    let warnings = say.count("warnings", checked.diagnostics.warning_count());
                    eprintln!("{}", say.say("check-ok", &[("warnings", warnings.into())]));
                }
                ExitCode::SUCCESS
            }
        }
        Command::NewLanguage { lang, root } => {
            if let Err(code) = study_root(&root, &say) {
                return code;
            }
            match enquete::new_language::new_language(&root, &lang) {
                Ok(paths) => {
                    if !cli.quiet {
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
        Command::Build { root, out, strict } => {
            if let Err(code) = study_root(&root, &say) {
                return code;
            }
            let options = BuildOptions {
                root,
                out,
                strict,
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
                    report(&checked, cli.quiet, color);
                    if !cli.quiet {
                        println!("{}", built_line(&summary, &say));
                    }
                    ExitCode::SUCCESS
                }
                Err(BuildError::Study(checked)) => {
                    report(&checked, cli.quiet, color);
                    eprintln!("{}", failure_line(&checked, "build-failed", &say));
                    ExitCode::from(1)
                }
                Err(BuildError::Output(checked, message)) => {
                    report(&checked, cli.quiet, color);
                    eprintln!("error: {message}");
                    eprintln!("{}", say.say("build-failed-output", &[]));
                    ExitCode::from(2)
                }
            }
        }
    }
}

/// A study directory must exist and hold `study.yaml`; otherwise the
/// command was pointed at the wrong place (exit 2, as for usage errors).
fn study_root(root: &Path, say: &Terminal) -> Result<(), ExitCode> {
    let shown = [("root", FluentValue::from(root.display().to_string()))];
    if !root.is_dir() {
        eprintln!("error: {}", say.say("not-a-directory", &shown));
        return Err(ExitCode::from(2));
    }
    if root.join("study.yaml").symlink_metadata().is_err() {
        eprintln!("error: {}", say.say("no-study", &shown));
        return Err(ExitCode::from(2));
    }
    Ok(())
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

fn report(checked: &Checked, quiet: bool, color: bool) {
    let shown = if quiet {
        let mut only_errors = enquete::diagnostics::Diagnostics::default();
        for d in checked.diagnostics.items() {
            if d.severity == enquete::diagnostics::Severity::Error {
                only_errors.push(d.clone());
            }
        }
        only_errors.render(&checked.sources, color)
    } else {
        checked.diagnostics.render(&checked.sources, color)
    };
    eprint!("{shown}");
}

fn failure_line(checked: &Checked, id: &str, say: &Terminal) -> String {
    let d = &checked.diagnostics;
    say.say(
        id,
        &[
            ("errors", say.count("errors", d.error_count()).into()),
            ("warnings", say.count("warnings", d.warning_count()).into()),
        ],
    )
}

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
