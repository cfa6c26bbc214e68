//! `enquete translations status | diff | accept`: where each language
//! stands, what changed in the source of an outdated translation, and
//! recording that translations were checked against their source.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use enquete::diagnostics::{Diagnostics, did_you_mean};
use enquete::load::{self, LoadedStudy};
use enquete::translations::status::{self, Counts, Word};
use enquete::translations::{self, LOCK_FILE, State, Tracking};

mod import;
pub use import::import;

use super::{Console, require_study};

/// The study and its tracking, with the lock's problems and the keys that
/// rest on positions shown; `None` (exit 2) when there is no study.
fn open(root: &Path, console: &Console) -> Result<(LoadedStudy, Tracking, bool), ExitCode> {
    require_study(root, console)?;
    let mut diagnostics = Diagnostics::default();
    let mut loaded = load::load(root, &mut diagnostics);
    let tracking = Tracking::open(&mut loaded, &mut diagnostics);
    let lock_is_sound = tracking.lock_problems.is_empty();
    for d in tracking.lock_problems.iter() {
        diagnostics.push(d.clone());
    }
    if !console.quiet {
        for p in &tracking.collected.positional {
            diagnostics.push(p.warning());
        }
    }
    diagnostics.sort(&loaded.sources);
    console.show(&diagnostics, &loaded.sources);
    if tracking.default_language.is_empty() {
        eprintln!("error: study.yaml gives no languages: nothing is translated");
        return Err(ExitCode::from(1));
    }
    Ok((loaded, tracking, lock_is_sound))
}

/// `--lang` must name a language that the study translates into.
fn check_lang(tracking: &Tracking, lang: Option<&str>) -> Result<(), ExitCode> {
    let Some(lang) = lang else {
        return Ok(());
    };
    if tracking.targets().any(|t| t == lang) {
        return Ok(());
    }
    let targets: Vec<&str> = tracking.targets().collect();
    eprintln!(
        "error: `{lang}` is not a language the study translates into (those are: {}; {} is the source)",
        targets.join(", "),
        tracking.default_language
    );
    Err(ExitCode::from(2))
}

/// Every KEY must name a text of the study.
fn check_keys(tracking: &Tracking, keys: &[String]) -> Result<(), ExitCode> {
    for key in keys {
        if tracking.translatable().any(|t| &t.key == key) {
            continue;
        }
        let hint = did_you_mean(key, tracking.translatable().map(|t| t.key.as_str()))
            .map(|h| format!(" ({h})"))
            .unwrap_or_default();
        eprintln!(
            "error: no translatable text has the key `{key}`{hint}; \
             `enquete translations status --by-file` and docs/translations.md say how keys are made"
        );
        return Err(ExitCode::from(2));
    }
    Ok(())
}

pub fn status(root: &Path, by_file: bool, strict: bool, console: &Console) -> ExitCode {
    let (_, tracking, lock_is_sound) = match open(root, console) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    let st = status::status(&tracking);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "translations from {} ({} texts to translate)",
        tracking.default_language,
        tracking.translatable().count()
    );
    let header = [
        "total",
        "translated",
        "missing",
        "outdated",
        "not accepted",
        "identical",
    ];
    let width = if by_file {
        st.by_file
            .iter()
            .flat_map(|(_, files)| files.iter().map(|(f, _)| f.len() + 2))
            .max()
            .unwrap_or(8)
            .max(10)
    } else {
        10
    };
    let _ = writeln!(
        out,
        "{:<width$}{}",
        "language",
        header.map(|h| format!("{h:>13}")).concat()
    );
    for ((lang, counts), (_, files)) in st.by_language.iter().zip(&st.by_file) {
        let _ = writeln!(out, "{}", row(lang, counts, width));
        if by_file {
            for (file, counts) in files {
                let _ = writeln!(out, "{}", row(&format!("  {file}"), counts, width));
            }
        }
    }
    print!("{out}");
    if tracking.lock_file.is_none() {
        eprintln!(
            "no {LOCK_FILE} yet: no translation is tracked; \
             `enquete translations accept --all` records the current ones as checked"
        );
    }
    let incomplete = st.by_language.iter().any(|(_, c)| c.incomplete());
    if !lock_is_sound || (strict && incomplete) {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

fn row(name: &str, c: &Counts, width: usize) -> String {
    let cells = [
        c.total,
        c.translated,
        c.missing,
        c.outdated,
        c.not_accepted,
        c.identical,
    ];
    format!(
        "{name:<width$}{}",
        cells.map(|n| format!("{n:>13}")).concat()
    )
}

pub fn diff(root: &Path, lang: Option<&str>, keys: &[String], console: &Console) -> ExitCode {
    let (loaded, tracking, lock_is_sound) = match open(root, console) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    if let Err(code) = check_lang(&tracking, lang).and_then(|()| check_keys(&tracking, keys)) {
        return code;
    }
    let outdated = status::outdated(&tracking, lang, keys);
    let source = &tracking.default_language;
    let mut out = String::new();
    for o in &outdated {
        let written = o.text.get(&o.lang).expect("an outdated text is written");
        let _ = writeln!(
            out,
            "{} ({})  {}:{}:{}",
            o.text.key,
            o.lang,
            loaded.sources.display(written.loc.file),
            written.loc.line,
            written.loc.col
        );
        let lines = [
            (
                format!("{source} was:"),
                translations::normalise(&o.old_source),
            ),
            (
                format!("{source} now:"),
                translations::normalise(&o.new_source),
            ),
            ("change:".to_string(), render_change(&o.change)),
            (
                format!("{}:", o.lang),
                translations::normalise(&o.translation),
            ),
        ];
        let width = lines
            .iter()
            .map(|(label, _)| label.chars().count())
            .max()
            .unwrap_or(0);
        for (label, text) in lines {
            let _ = writeln!(out, "  {label:<width$} {text}");
        }
        out.push('\n');
    }
    print!("{out}");
    if !console.quiet {
        eprintln!(
            "{} outdated translation{}",
            outdated.len(),
            if outdated.len() == 1 { "" } else { "s" }
        );
    }
    if lock_is_sound {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// `[-removed-]{+added+}`, as `git diff --word-diff=plain` writes it.
fn render_change(words: &[Word]) -> String {
    let mut out = String::new();
    for w in words {
        match w {
            Word::Same(s) => out.push_str(s),
            Word::Removed(s) => {
                let _ = write!(out, "[-{}-]{}", s.trim_end(), trailing_space(s));
            }
            Word::Added(s) => {
                let _ = write!(out, "{{+{}+}}{}", s.trim_end(), trailing_space(s));
            }
        }
    }
    out
}

fn trailing_space(s: &str) -> &str {
    &s[s.trim_end().len()..]
}

pub fn accept(
    root: &Path,
    lang: Option<&str>,
    keys: &[String],
    all: bool,
    repair: bool,
    console: &Console,
) -> ExitCode {
    let (_, tracking, lock_is_sound) = match open(root, console) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    if !lock_is_sound && !repair {
        eprintln!(
            "error: {LOCK_FILE} cannot be read as it is; nothing was accepted. \
             `enquete translations accept --repair` rebuilds it from the entries it can read"
        );
        return ExitCode::from(1);
    }
    if let Err(code) = check_lang(&tracking, lang).and_then(|()| check_keys(&tracking, keys)) {
        return code;
    }
    let mut accepted: Vec<(String, usize)> =
        tracking.targets().map(|l| (l.to_string(), 0)).collect();
    let lock = tracking.accept(|text, target| {
        let chosen = (all || keys.contains(&text.key)) && lang.is_none_or(|l| l == target);
        if chosen
            && tracking.state(text, target) != State::Current
            && let Some((_, n)) = accepted.iter_mut().find(|(l, _)| l == target)
        {
            *n += 1;
        }
        chosen
    });
    if let Err(e) = translations::write_lock(root, &lock) {
        eprintln!("error: {LOCK_FILE} cannot be written: {e}");
        return ExitCode::from(2);
    }
    if !console.quiet {
        let total: usize = accepted.iter().map(|(_, n)| n).sum();
        let per_language: Vec<String> = accepted.iter().map(|(l, n)| format!("{l} {n}")).collect();
        println!(
            "accepted {total} translation{} ({}) → {LOCK_FILE}",
            if total == 1 { "" } else { "s" },
            per_language.join(", ")
        );
    }
    ExitCode::SUCCESS
}

/// `xliff`: XLIFF 2.0 rather than PO.
pub fn export(
    root: &Path,
    lang: &str,
    xliff: bool,
    out: Option<&Path>,
    console: &Console,
) -> ExitCode {
    let (loaded, tracking, lock_is_sound) = match open(root, console) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    if !lock_is_sound {
        eprintln!("error: {LOCK_FILE} cannot be read as it is: outdated texts cannot be marked");
        return ExitCode::from(1);
    }
    if let Err(code) = check_lang(&tracking, Some(lang)) {
        return code;
    }
    let study = translations::import::study_name(&loaded, &tracking);
    let file = if xliff {
        translations::xliff::xliff(&tracking, lang, &study, &loaded.sources)
    } else {
        translations::export::po(&tracking, lang, &study, &loaded.sources)
    };
    match out {
        None => print!("{file}"),
        Some(path) => {
            if let Err(e) = std::fs::write(path, file) {
                eprintln!("error: {} cannot be written: {e}", path.display());
                return ExitCode::from(2);
            }
            if !console.quiet {
                println!("wrote {}", path.display());
            }
        }
    }
    ExitCode::SUCCESS
}
