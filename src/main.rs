//! The `enquete` command line: parses arguments and runs a command.

mod cli;
mod cmd;

use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command};
use cmd::Console;

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
    let console = Console::new(cli.quiet);
    match cli.command {
        Command::Build { study, out, strict } => {
            cmd::build::run(&study.root, out, strict.strict, &console)
        }
        Command::Check { study, strict } => cmd::check::run(&study.root, strict.strict, &console),
        Command::NewLanguage { lang, study } => {
            cmd::new_language::run(&study.root, &lang, &console)
        }
        Command::New {
            dir,
            languages,
            title,
        } => cmd::new::run(&dir, &languages, title.as_deref(), &console),
        Command::Schema { file, out } => cmd::schema::run(file, out.as_deref(), &console),
        Command::Answers(command) => cmd::answers::run(command, &console),
    }
}

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
