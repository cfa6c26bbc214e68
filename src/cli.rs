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
  enquete serve --open                  show the study in the browser as you edit it
  enquete new-language sw               start Swahili wording from the English files
  enquete schema questionnaire          the JSON Schema of questionnaires/*.yaml
  enquete answers merge exports/ --out dataset
                                        answer exports into CSV and a data package
  enquete keys new --private ~/study.pem
                                        encrypt the forms' exports to a new key
  enquete export xlsform --out xlsform  the questionnaires for ODK and KoboToolbox
  enquete codebook export               codebook.yaml as codebook.qdc (REFI-QDA)

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

/// `--allow-outdated-consent`, for the commands that check a study.
#[derive(Args)]
pub struct OutdatedConsentArg {
    /// Accept a consent document whose translations are outdated (its
    /// source text changed since they were accepted); by default an error,
    /// since a signed sheet must carry approved wording.
    #[arg(long)]
    pub allow_outdated_consent: bool,
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
        #[command(flatten)]
        consent: OutdatedConsentArg,
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
        #[command(flatten)]
        consent: OutdatedConsentArg,
    },
    /// Keep translations in step with their source: what is missing or
    /// outdated per language, what changed, and recording checked
    /// translations in translations.lock (see docs/translations.md).
    #[command(after_help = "Examples:
  enquete translations status            texts per language: translated, missing, outdated
  enquete translations diff --lang fr    what changed in the source of each outdated fr text
  enquete translations accept --lang fr newcomer/intro/matching/text
                                         the fr text was updated: record it as current
  enquete translations accept --all      start tracking: record every translation as current")]
    Translations {
        #[command(subcommand)]
        action: TranslationsCommand,
    },
    /// Whether the study still prints the wording of a signed consent
    /// sheet, given the hash in the sheet's footer; if not, which items
    /// changed since (from consent-wording.lock, which `build` keeps).
    #[command(after_help = "Examples:
  enquete verify consent-written --lang fr --hash 445948a1b2c3
  enquete verify consent-written --lang fr --hash 445948      the first digits suffice

Exit status: 0 the study prints that wording, 1 it does not (or the study
has errors), 2 no study at --root, an unknown document or language, or a
hash that is not hexadecimal.")]
    Verify {
        #[command(flatten)]
        study: StudyArgs,
        /// The consent document's id (its file name without .yaml).
        #[arg(value_name = "DOC")]
        document: String,
        /// The language of the sheet.
        #[arg(long, value_name = "LANG")]
        lang: String,
        /// The hash in the sheet's footer (`#445948a1b2c3`), or its first
        /// six digits or more.
        #[arg(long, value_name = "HASH")]
        hash: String,
    },
    /// Show the study in the browser while you edit it: builds the site in
    /// memory (nothing is written), serves it on this computer only
    /// (127.0.0.1), and after each save rebuilds what changed and reloads
    /// the open pages. A failing edit shows its errors here and over the
    /// page, and the last good site stays served until the file is fixed.
    #[command(after_help = "Examples:
  enquete serve                         serve the study in . at http://127.0.0.1:1111/
  enquete serve --root my-study --open  and open it in the browser
  enquete serve --port 8080 --poll      another port; poll for changes (network drives)

Exit status: 0 stopped with Ctrl-C, 2 no study at --root, the port is in use
(the message names a free one) or the study cannot be watched.")]
    Serve {
        #[command(flatten)]
        study: StudyArgs,
        /// The port on 127.0.0.1 (0: any free port).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
        /// Look for changes every half second instead of being told by the
        /// system (for network drives; used anyway when that fails).
        #[arg(long)]
        poll: bool,
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
  enquete schema codebook               print the schema of codebook.yaml
  enquete schema --out my-study/schema  write study.json, questionnaire.json, codebook.json

A YAML file that starts with
  # yaml-language-server: $schema=../schema/questionnaire.json
is then checked as you type in VS Code (YAML extension) and other editors
that use the YAML language server.

Exit status: 0 printed or written, 2 the files cannot be written.")]
    Schema {
        /// Which file's schema to print.
        #[arg(value_enum, required_unless_present = "out")]
        file: Option<SchemaArg>,
        /// Write every schema into DIR instead of printing one.
        #[arg(long, value_name = "DIR", conflicts_with = "file")]
        out: Option<PathBuf>,
    },
    /// Turn the answers that forms export into a dataset for analysis.
    #[command(subcommand)]
    Answers(AnswersCommand),
    /// The study's codebook.yaml for analysis software.
    #[command(subcommand)]
    Codebook(CodebookCommand),
    /// Write the study in another tool's format.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Make the key pair that encrypts a study's exports.
    #[command(subcommand)]
    Keys(KeysCommand),
}

/// `enquete keys …`: the keys of encrypted answers (`privacy.public_key`).
#[derive(Subcommand)]
pub enum KeysCommand {
    /// Write a new key pair: the public key into the study, the private key
    /// where you say, outside the study.
    #[command(after_help = "Examples:
  enquete keys new --private ~/buddy-study-private.pem
  enquete keys new --root my-study --private /media/safe/my-study.pem

Then add to study.yaml:
  privacy:
    public_key: keys/study.pub

and rebuild: every export and submission of the forms is then encrypted,
and `enquete answers merge --key PRIVATE` opens them. Keep the private key
safe and never inside the study or the site: whoever holds it reads every
answer; without it, nobody can, not even you.

Exit status: 0 written, 2 no study at --root, or a file exists already, or
--private is inside the study.")]
    New {
        #[command(flatten)]
        study: StudyArgs,
        /// Where the private key goes (a new file, outside the study).
        #[arg(long, value_name = "FILE")]
        private: PathBuf,
        /// Where the public key goes, relative to the study.
        #[arg(long, value_name = "FILE", default_value = "keys/study.pub")]
        public: PathBuf,
    },
}

/// `enquete export …`: the study for other tools.
#[derive(Subcommand)]
pub enum ExportCommand {
    /// Write each questionnaire (interviews and surveys) as an XLSForm,
    /// `DIR/{questionnaire}.xlsx`, for ODK Central, KoboToolbox and other
    /// ODK servers: every question, option and help text in every language
    /// of the study, its consent document at the start (see docs/odk.md).
    /// What XLSForm cannot carry is printed as notes.
    #[command(after_help = "Examples:
  enquete export xlsform --out xlsform
  enquete export xlsform newcomer buddy --root my-study --out odk

DIR is replaced as a whole, only if enquete made it (or it is empty).

Exit status: 0 written, 1 the study has errors (nothing written), 2 usage
error, an unknown questionnaire, a text longer than a spreadsheet cell
holds (32,767 characters), or DIR cannot be written.")]
    Xlsform {
        #[command(flatten)]
        study: StudyArgs,
        /// Only these questionnaires (ids, as the files' names); all by default.
        #[arg(value_name = "QUESTIONNAIRE")]
        questionnaires: Vec<String>,
        /// Where the .xlsx files go.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

/// `enquete codebook …`: the coding frame of codebook.yaml.
#[derive(Subcommand)]
pub enum CodebookCommand {
    /// Write codebook.yaml as a REFI-QDA codebook (.qdc), which ATLAS.ti,
    /// MAXQDA, NVivo, QDA Miner and Quirkos import.
    #[command(after_help = "Examples:
  enquete codebook export                          write ./codebook.qdc
  enquete codebook export --root my-study --lang en --out codes-en.qdc

Each code keeps its GUID from one export to the next (it is derived from
the study's title and the code's id), so a second import updates the codes
instead of adding copies.

Exit status: 0 written, 1 the study has errors or no codebook.yaml, 2 usage
error or the file cannot be written.")]
    Export {
        #[command(flatten)]
        study: StudyArgs,
        /// The language of the names and descriptions. Default: the
        /// study's default language.
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// Where the codebook goes.
        #[arg(long, value_name = "FILE", default_value = "codebook.qdc")]
        out: PathBuf,
    },
}

/// `enquete answers …`: what to do with the answers that forms export.
#[derive(Subcommand)]
pub enum AnswersCommand {
    /// Merge answer exports (JSON files, or directories of them) into one
    /// dataset: a CSV per questionnaire, a workbook (answers.xlsx) with a
    /// data dictionary, a Frictionless data package, a
    /// transcript per interview and a REFI-QDA project (study.qdpx) for
    /// MAXQDA, NVivo and ATLAS.ti.
    #[command(after_help = "Examples:
  enquete answers merge exports/ --out dataset
  enquete answers merge laptop-1/ laptop-2/all.json --root my-study --out dataset
  enquete answers merge exports/ --key ~/study-private.pem --out dataset

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
        /// The private key that opens encrypted exports
        /// (`privacy.public_key`; `enquete keys new` made it).
        #[arg(long, value_name = "FILE")]
        key: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
pub enum TranslationsCommand {
    /// A table per language: texts to translate, translated, missing,
    /// outdated (the source changed since the translation was accepted),
    /// not accepted yet, and identical to the source.
    #[command(after_help = "Examples:
  enquete translations status
  enquete translations status --by-file --strict

Exit status: 0 shown, 1 translations.lock cannot be read, or with --strict a
text is missing or outdated, 2 no study at --root.")]
    Status {
        #[command(flatten)]
        study: StudyArgs,
        /// A line per file under each language.
        #[arg(long)]
        by_file: bool,
        /// Exit 1 when a translation is missing or outdated.
        #[arg(long)]
        strict: bool,
    },
    /// For each outdated translation: the source text as it was when the
    /// translation was accepted, as it is now, the change word by word
    /// (`[-removed-]{+added+}`), and the current translation.
    #[command(after_help = "Examples:
  enquete translations diff
  enquete translations diff --lang en newcomer/intro/matching/text

Exit status: 0 shown, 1 translations.lock cannot be read, 2 no study at
--root, or an unknown language or key.")]
    Diff {
        #[command(flatten)]
        study: StudyArgs,
        /// Only this language.
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// Only these texts (keys as `status` and check's messages show them).
        #[arg(value_name = "KEY")]
        keys: Vec<String>,
    },
    /// Record that translations were checked against the current source:
    /// they are no longer outdated. Writes translations.lock.
    #[command(after_help = "Examples:
  enquete translations accept --lang fr newcomer/intro/matching/text
  enquete translations accept --all                 every current translation
  enquete translations accept --repair              rebuild a lock damaged by a merge

Exit status: 0 written, 1 translations.lock cannot be read (see --repair),
2 no study at --root, an unknown language or key, or the lock cannot be
written.")]
    Accept {
        #[command(flatten)]
        study: StudyArgs,
        /// Only this language.
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// The texts whose translations were checked.
        #[arg(value_name = "KEY", required_unless_present_any = ["all", "repair"])]
        keys: Vec<String>,
        /// Every translation of the study (of --lang, if given).
        #[arg(long, conflicts_with = "keys")]
        all: bool,
        /// Read a damaged lock (merge conflict markers, broken lines) as far
        /// as it can be read, and write it anew: entries that match the
        /// study are kept; of two sides of a conflict, the one that matches
        /// the current source.
        #[arg(long)]
        repair: bool,
    },
    /// Write the texts into one language as a file for a translator's
    /// tool: a gettext PO file (Poedit, Weblate, Lokalize...) with the key
    /// as each entry's context, missing texts empty and outdated ones
    /// marked fuzzy with the source they were made from; or XLIFF 2.0
    /// (CAT tools), one unit per text, outdated ones `initial`.
    #[command(after_help = "Examples:
  enquete translations export --lang fr --out study.fr.po
  enquete translations export --lang en > study.en.po
  enquete translations export --lang fr --format xliff --out study.fr.xlf

Exit status: 0 written, 1 translations.lock cannot be read, 2 no study at
--root, an unknown language, or the file cannot be written.")]
    Export {
        #[command(flatten)]
        study: StudyArgs,
        /// The language to translate into.
        #[arg(long, value_name = "LANG")]
        lang: String,
        /// The file's format.
        #[arg(long, value_enum, default_value = "po")]
        format: ExportFormat,
        /// Write into FILE instead of printing.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Write the translations of a file from `export` (as the translator's
    /// tool saved it) back into the YAML files, editing only those texts.
    /// Entries the translator left fuzzy are written but not accepted;
    /// the others are accepted in translations.lock.
    #[command(after_help = "Examples:
  enquete translations import study.fr.po
  enquete translations import study.fr.xlf

Exit status: 0 imported, 1 the file is refused (another study or language,
an unknown key, a source changed since the export) or the study would not
pass `check`: nothing written, 2 no study at --root, or a file cannot be
read or written.")]
    Import {
        #[command(flatten)]
        study: StudyArgs,
        /// The file from the translator.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    /// gettext PO
    Po,
    /// XLIFF 2.0
    Xliff,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum SchemaArg {
    /// study.yaml
    Study,
    /// questionnaires/*.yaml
    Questionnaire,
    /// codebook.yaml
    Codebook,
}
