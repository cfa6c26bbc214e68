//! The `enquete` command line: parses arguments and calls the library.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use enquete::{BuildError, BuildOptions, Checked};

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

Exit status: 0 success, 1 the study has errors, 2 usage or file system error.";

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
    match cli.command {
        Command::Check { root, strict } => {
            if !root.is_dir() {
                eprintln!("error: {} is not a directory", root.display());
                return ExitCode::from(2);
            }
            let checked = enquete::check(&root, strict);
            report(&checked, cli.quiet, color);
            if checked.diagnostics.has_errors() || checked.study.is_none() {
                eprintln!("{}", failure_line(&checked, "check"));
                ExitCode::from(1)
            } else {
                if !cli.quiet {
                    eprintln!(
                        "ok: no errors, {} warning(s)",
                        checked.diagnostics.warning_count()
                    );
                }
                ExitCode::SUCCESS
            }
        }
        Command::NewLanguage { lang, root } => {
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
            if !root.is_dir() {
                eprintln!("error: {} is not a directory", root.display());
                return ExitCode::from(2);
            }
            let options = BuildOptions { root, out, strict };
            match enquete::build(&options) {
                Ok((summary, checked)) => {
                    report(&checked, cli.quiet, color);
                    if !cli.quiet {
                        let per_language: Vec<String> = summary
                            .pages
                            .iter()
                            .map(|(lang, n)| format!("{lang} {n}"))
                            .collect();
                        println!(
                            "built {} pages ({}), {} files, {} warning(s) in {} ms → {}",
                            summary.pages.values().sum::<usize>(),
                            per_language.join(", "),
                            summary.files,
                            summary.warnings,
                            summary.elapsed.as_millis(),
                            summary.out.display()
                        );
                    }
                    ExitCode::SUCCESS
                }
                Err(BuildError::Study(checked)) => {
                    report(&checked, cli.quiet, color);
                    eprintln!("{}", failure_line(&checked, "build"));
                    ExitCode::from(1)
                }
                Err(BuildError::Output(checked, message)) => {
                    report(&checked, cli.quiet, color);
                    eprintln!("error: {message}");
                    eprintln!("build failed: nothing was written");
                    ExitCode::from(2)
                }
            }
        }
    }
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

fn failure_line(checked: &Checked, what: &str) -> String {
    let d = &checked.diagnostics;
    let written = if what == "build" {
        "; nothing was written"
    } else {
        ""
    };
    format!(
        "{what} failed: {} error(s), {} warning(s){written}",
        d.error_count(),
        d.warning_count()
    )
}

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
