//! The command line's grammar: every command, its arguments and its help.
//! What each command does lives in `cmd/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Turns a study written in YAML into a static site of web forms, printable
/// interview guides, consent sheets and letters.
#[derive(Parser)]
#[command(name = "enquete", version, about, after_help = TOP_HELP)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Print errors only: no summary, no warnings.
    #[arg(long, short, global = true)]
    pub quiet: bool,
}

const TOP_HELP: &str = "Examples:
  enquete build                         build the study in . into ./public
  enquete build --root my-study --out /var/www/study
  enquete check --strict                fail on missing translations too
  enquete new-language sw               start Swahili wording from the English files
  enquete schema questionnaire          the JSON Schema of questionnaires/*.yaml
  enquete answers merge exports/ --out dataset
                                        answer exports into CSV and a data package

Exit status: 0 success, 1 the study has errors, 2 usage error (no study at
--root) or the site cannot be written; `answers merge`: 3 when it skipped
files or records.

Run `enquete help COMMAND` for a command's options and examples.";

/// The study a command works on; shared by every command that reads one.
#[derive(Args)]
pub struct StudyArgs {
    /// The study directory (holding study.yaml).
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
}

/// `--strict`, shared by the commands that check a study.
#[derive(Args)]
pub struct StrictArg {
    /// Treat warnings (such as missing translations) as errors.
    #[arg(long)]
    pub strict: bool,
}

#[derive(Subcommand)]
pub enum Command {
    /// Build the site (into DIR/public unless --out is given).
    #[command(after_help = "Examples:
  enquete build                         build the study in . into ./public
  enquete build --root my-study --out /var/www/study
  enquete build --strict                refuse to build with missing translations

Exit status: 0 built, 1 the study has errors (nothing written), 2 no study
at --root or the site cannot be written.")]
    Build {
        #[command(flatten)]
        study: StudyArgs,
        /// Where the site goes; replaced as a whole, only if enquete made it.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        #[command(flatten)]
        strict: StrictArg,
    },
    /// Check the study and report every problem; write nothing.
    #[command(after_help = "Examples:
  enquete check                         check the study in .
  enquete check --root my-study --strict
                                        fail on missing translations too

Exit status: 0 no errors, 1 the study has errors, 2 no study at --root.")]
    Check {
        #[command(flatten)]
        study: StudyArgs,
        #[command(flatten)]
        strict: StrictArg,
    },
    /// Start the study's own wording in a language enquete does not carry:
    /// writes locales/LANG/enquete.ftl and consent.ftl, copies of the English
    /// files to translate (see docs/languages.md).
    #[command(after_help = "Examples:
  enquete new-language sw               start Swahili wording from the English files
  enquete new-language fr-BE --root my-study

Exit status: 0 written, 2 no study at --root, an invalid code, or the files
exist already.")]
    NewLanguage {
        /// The language code, e.g. `sw`.
        #[arg(value_name = "LANG")]
        lang: String,
        #[command(flatten)]
        study: StudyArgs,
    },
    /// Write a small study to start from: an interview guide with every
    /// question type, a survey, a written and a verbal consent and a letter
    /// with two variants, in the chosen languages; then check it.
    #[command(after_help = "Examples:
  enquete new my-study                              English only
  enquete new my-study --languages nl,en,fr         Dutch is the source language
  enquete new my-study --languages ar,en --title \"دراسة\"

Every text is an example to replace; `enquete check` warns about the example
addresses until they are replaced. The YAML files start with a modeline that
points editors to the study's schema/ (completion and checks as you type).

Exit status: 0 written and checked, 1 the check found errors, 2 DIR is not
empty, a language code is invalid, or the files cannot be written.")]
    New {
        /// The new study's directory: must not exist yet, or be empty.
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// The study's languages, the source language first.
        #[arg(
            long,
            value_name = "LANG,...",
            value_delimiter = ',',
            default_value = "en"
        )]
        languages: Vec<String>,
        /// The study's title, in the first language (default: a sample title).
        #[arg(long)]
        title: Option<String>,
    },
    /// Print the JSON Schema of study.yaml or of questionnaires/*.yaml, for
    /// editors that complete and check YAML as you type.
    #[command(after_help = "Examples:
  enquete schema study                  print the schema of study.yaml
  enquete schema questionnaire          print the schema of questionnaires/*.yaml
  enquete schema --out my-study/schema  write study.json and questionnaire.json

A YAML file that starts with
  # yaml-language-server: $schema=../schema/questionnaire.json
is then checked as you type in VS Code (YAML extension) and other editors
that use the YAML language server.

Exit status: 0 printed or written, 2 the files cannot be written.")]
    Schema {
        /// Which file's schema to print.
        #[arg(value_enum, required_unless_present = "out")]
        file: Option<SchemaArg>,
        /// Write both schemas into DIR instead of printing one.
        #[arg(long, value_name = "DIR", conflicts_with = "file")]
        out: Option<PathBuf>,
    },
    /// Turn the answers that forms export into a dataset for analysis.
    #[command(subcommand)]
    Answers(AnswersCommand),
}

/// `enquete answers …`: what to do with the answers that forms export.
#[derive(Subcommand)]
pub enum AnswersCommand {
    /// Merge answer exports (JSON files, or directories of them) into one
    /// dataset: a CSV per questionnaire, a Frictionless data package and a
    /// transcript per interview.
    #[command(after_help = "Examples:
  enquete answers merge exports/ --out dataset
  enquete answers merge laptop-1/ laptop-2/all.json --root my-study --out dataset

Each record is checked against the study (study key, questionnaire, guide
version); the copies of one respondent are combined field by field, the
newest change kept and the others listed in DIR/merge-report.md. Input
files are only read. DIR is replaced as a whole, only if enquete made it.

Exit status: 0 every record merged, 1 the study has errors (nothing
written), 2 usage error or DIR cannot be written, 3 written, but some files
or records were skipped (each is listed).")]
    Merge {
        /// Answer exports (`*.json`) and directories holding them.
        #[arg(value_name = "FILES|DIRS", required = true)]
        inputs: Vec<PathBuf>,
        #[command(flatten)]
        study: StudyArgs,
        /// Where the dataset goes.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Also accept records of this study key: the key the study had
        /// before study.yaml was edited (merge names it when it meets one).
        #[arg(long, value_name = "KEY")]
        accept_study: Vec<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum SchemaArg {
    /// study.yaml
    Study,
    /// questionnaires/*.yaml
    Questionnaire,
}
