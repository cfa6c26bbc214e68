//! `enquete translations import FILE`: a translator's file back into the
//! study. Everything is decided and checked in memory (the file's study,
//! language and keys; each edit read back; the whole study validated);
//! only then are the files written, each replaced whole by a rename.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use enquete::diagnostics::Diagnostics;
use enquete::load;
use enquete::translations::import::{self, Incoming, IncomingMessage};
use enquete::translations::{LOCK_FILE, State, Tracking, lock, po, xliff};

use super::super::Console;
use super::open;

pub fn import(root: &Path, file: &Path, console: &Console) -> ExitCode {
    let shown = file.display();
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("error: {shown} cannot be read: {e}");
            return ExitCode::from(2);
        }
    };
    let incoming = match read_incoming(&text) {
        Ok(incoming) => incoming,
        Err(e) => {
            eprintln!("error: {shown}:{e}; nothing was imported");
            return ExitCode::from(1);
        }
    };
    let (mut loaded, tracking, lock_is_sound) = match open(root, console) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    if !lock_is_sound {
        eprintln!(
            "error: {LOCK_FILE} cannot be read as it is; nothing was imported. \
             `enquete translations accept --repair` rebuilds it"
        );
        return ExitCode::from(1);
    }
    let name = import::study_name(&loaded, &tracking);
    let plan = match import::plan(&tracking, &name, &incoming) {
        Ok(plan) => plan,
        Err(reasons) => {
            eprintln!("error: {shown} is refused; nothing was written:");
            for reason in reasons {
                eprintln!("  {reason}");
            }
            return ExitCode::from(1);
        }
    };
    let edited = match import::write_in_memory(&loaded, &tracking, &plan) {
        Ok(edited) => edited,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };

    // The study as it will be on disk must still pass `check`.
    for (file, text) in &edited {
        loaded.sources.replace(*file, text.as_str());
    }
    let mut diagnostics = Diagnostics::default();
    load::reread_study(&mut loaded, &mut diagnostics);
    let _ = enquete::validate::validate(&loaded, &mut diagnostics);
    if diagnostics.has_errors() {
        diagnostics.sort(&loaded.sources);
        console.show(&diagnostics, &loaded.sources);
        eprintln!(
            "error: with the translations of {shown} the study would not pass `enquete check`; \
             nothing was written"
        );
        return ExitCode::from(1);
    }

    let mut writes: Vec<(PathBuf, String)> = edited
        .iter()
        .map(|(file, text)| (root.join(loaded.sources.display(*file)), text.clone()))
        .collect();
    let accepted: BTreeSet<&str> = plan
        .changes
        .iter()
        .filter(|c| c.accept)
        .map(|c| c.key.as_str())
        .collect();
    let newly_accepted = plan
        .changes
        .iter()
        .filter(|c| c.accept)
        .filter(|c| {
            let text = tracking.translatable().find(|t| t.key == c.key);
            text.is_some_and(|t| tracking.state(t, &plan.lang) != State::Current)
        })
        .count();
    if tracking.lock_file.is_some() {
        let mut ignored = Diagnostics::default();
        let after = Tracking::open(&mut loaded, &mut ignored);
        let new_lock = lock::write(
            &after.accept(|text, lang| lang == plan.lang && accepted.contains(text.key.as_str())),
        );
        let old_lock = tracking.lock_file.map(|f| loaded.sources.text(f));
        if old_lock != Some(new_lock.as_str()) {
            writes.push((root.join(LOCK_FILE), new_lock));
        }
    }
    if let Err(e) = write_all(&writes) {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }

    if !console.quiet {
        let changed = plan.changes.iter().filter(|c| c.differs).count();
        let fuzzy = plan.changes.iter().filter(|c| !c.accept).count();
        let files: Vec<&str> = edited.keys().map(|f| loaded.sources.display(*f)).collect();
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        println!(
            "imported {shown} ({}): {changed} translation{} changed{}",
            plan.lang,
            plural(changed),
            if files.is_empty() {
                String::new()
            } else {
                format!(" in {}", files.join(", "))
            }
        );
        if tracking.lock_file.is_some() {
            println!("  {newly_accepted} newly accepted in {LOCK_FILE}");
        } else {
            println!(
                "  no {LOCK_FILE}: nothing accepted; `enquete translations accept --all` starts tracking"
            );
        }
        if fuzzy > 0 {
            println!(
                "  {fuzzy} marked fuzzy by the translator: written, not accepted \
                 (`enquete translations status` counts them)"
            );
        }
        if plan.empty > 0 {
            println!(
                "  {} left empty by the translator: the study keeps what it has",
                plan.empty
            );
        }
    }
    ExitCode::SUCCESS
}

/// A translator's file as the entries to import: XLIFF when it is XML,
/// PO otherwise.
fn read_incoming(text: &str) -> Result<Incoming, String> {
    if text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('<')
    {
        return xliff::read(text);
    }
    let catalog = po::parse(text).map_err(|e| format!("{}: {}", e.line, e.message))?;
    Ok(Incoming {
        study: catalog.header.get("Project-Id-Version").cloned(),
        source_language: catalog.header.get("X-Source-Language").cloned(),
        language: catalog.header.get("Language").cloned(),
        messages: catalog
            .messages
            .into_iter()
            .map(|m| IncomingMessage {
                key: m.context,
                source: m.id,
                translation: m.translation,
                needs_review: m.fuzzy,
                line: m.line,
            })
            .collect(),
    })
}

/// Writes every file or none: each is staged next to its place first, and
/// only when all are staged are they renamed over the old ones.
fn write_all(writes: &[(PathBuf, String)]) -> Result<(), String> {
    let mut staged = Vec::new();
    for (path, text) in writes {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        let stage = path.with_file_name(format!(".{name}.import"));
        if let Err(e) = std::fs::write(&stage, text) {
            for (s, _) in &staged {
                let _ = std::fs::remove_file(s);
            }
            let _ = std::fs::remove_file(&stage);
            return Err(format!(
                "{} cannot be written: {e}; nothing was written",
                path.display()
            ));
        }
        staged.push((stage, path));
    }
    for (stage, path) in &staged {
        // A rename fails only when the directory itself fails; say which
        // files are already new.
        std::fs::rename(stage, path).map_err(|e| {
            format!(
                "{} cannot be replaced: {e}; its new text is in {}",
                path.display(),
                stage.display()
            )
        })?;
    }
    Ok(())
}
