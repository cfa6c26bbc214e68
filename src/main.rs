//! The `enquete` command line: parses arguments and runs a command.

mod cli;
mod cmd;

use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command, TranslationsCommand};
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
        Command::Build {
            study,
            out,
            strict,
            consent,
        } => cmd::build::run(
            &study.root,
            out,
            strict.strict,
            consent.allow_outdated_consent,
            &console,
        ),
        Command::Check {
            study,
            strict,
            consent,
        } => cmd::check::run(
            &study.root,
            strict.strict,
            consent.allow_outdated_consent,
            &console,
        ),
        Command::Verify {
            study,
            document,
            lang,
            hash,
        } => cmd::verify::run(&study.root, &document, &lang, &hash, &console),
        Command::Translations { action } => match action {
            TranslationsCommand::Status {
                study,
                by_file,
                strict,
            } => cmd::translations::status(&study.root, by_file, strict, &console),
            TranslationsCommand::Diff { study, lang, keys } => {
                cmd::translations::diff(&study.root, lang.as_deref(), &keys, &console)
            }
            TranslationsCommand::Import { study, file } => {
                cmd::translations::import(&study.root, &file, &console)
            }
            TranslationsCommand::Accept {
                study,
                lang,
                keys,
                all,
                repair,
            } => cmd::translations::accept(
                &study.root,
                lang.as_deref(),
                &keys,
                all,
                repair,
                &console,
            ),
            TranslationsCommand::Export {
                study,
                lang,
                format,
                out,
            } => cmd::translations::export(
                &study.root,
                &lang,
                matches!(format, cli::ExportFormat::Xliff),
                out.as_deref(),
                &console,
            ),
        },
        Command::Serve {
            study,
            port,
            open,
            poll,
        } => cmd::serve::run(&study.root, port, open, poll, &console),
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
        Command::Keys(command) => cmd::keys::run(command, &console),
        Command::Export(command) => cmd::export::run(command, &console),
        Command::Codebook(command) => cmd::codebook::run(command, &console),
    }
}

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
