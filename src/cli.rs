//! The command line's grammar: every command, its arguments and its help.
//! What each command does lives in `cmd/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

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

Exit status: 0 success, 1 the study has errors, 2 usage error (no study at
--root) or the site cannot be written.

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
}
