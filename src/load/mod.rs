//! Stage 1: read a study directory from disk into the raw model.

pub mod raw;
pub mod reader;
pub mod yaml;

use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Diagnostics, FileId, Loc, Sources};
use raw::{RawDocument, RawStudy};
use reader::Reader;

/// A study as found on disk: parsed but not yet checked for meaning.
pub struct LoadedStudy {
    pub root: PathBuf,
    pub sources: Sources,
    pub study: Option<(FileId, RawStudy)>,
    /// The files of `questionnaires/`: `(id, file)`, sorted by name. They
    /// are parsed by [`parse_document`] one by one as they are validated,
    /// so that a large study never holds every parsed file at once.
    pub questionnaires: Vec<(String, FileId)>,
    /// The study's own Fluent files: `(language, file)`.
    pub locale_files: Vec<(String, FileId)>,
}

/// Reads `study.yaml`, every `questionnaires/*.yaml` and every
/// `locales/{lang}/*.ftl` under `root`. Problems go to `diagnostics`; an
/// unreadable root is the only hard failure.
pub fn load(root: &Path, diagnostics: &mut Diagnostics) -> LoadedStudy {
    let mut sources = Sources::default();
    let study_path = root.join("study.yaml");
    let study = match read_text(&study_path, "study.yaml", diagnostics) {
        Some(text) => {
            let file = sources.add("study.yaml", text);
            parse_with(&sources, file, diagnostics, raw::read_study).map(|s| (file, s))
        }
        None => None,
    };

    let mut questionnaires = Vec::new();
    for (id, path) in list_files(root, "questionnaires", &["yaml", "yml"], diagnostics) {
        let display = display_path(root, &path);
        if let Some(text) = read_text(&path, &display, diagnostics) {
            let file = sources.add(display, text);
            if crate::validate::ids::is_valid_id(&id) {
                questionnaires.push((id, file));
            } else {
                diagnostics.push(
                    Diagnostic::error(
                        Loc::file_start(file),
                        format!("`{id}` cannot be a questionnaire id (taken from the file name)"),
                    )
                    .expected(
                        "a file name of lowercase letters, digits, `-` and `_`, ending in .yaml",
                    ),
                );
            }
        }
    }

    let mut locale_files = Vec::new();
    let locales_dir = root.join("locales");
    if locales_dir.is_dir() {
        for lang_dir in sorted_entries(&locales_dir, diagnostics) {
            if !lang_dir.is_dir() {
                continue;
            }
            let lang = lang_dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            for path in sorted_entries(&lang_dir, diagnostics) {
                if path.extension().is_some_and(|e| e == "ftl") {
                    let display = display_path(root, &path);
                    if let Some(text) = read_text(&path, &display, diagnostics) {
                        locale_files.push((lang.clone(), sources.add(display, text)));
                    }
                }
            }
        }
    }

    LoadedStudy {
        root: root.to_path_buf(),
        sources,
        study,
        questionnaires,
        locale_files,
    }
}

/// Parses one file of `questionnaires/` into the raw model.
pub fn parse_document(
    sources: &Sources,
    file: FileId,
    diagnostics: &mut Diagnostics,
) -> Option<RawDocument> {
    parse_with(sources, file, diagnostics, raw::read_document)
}

fn parse_with<T>(
    sources: &Sources,
    file: FileId,
    diagnostics: &mut Diagnostics,
    read: impl FnOnce(&mut Reader, &yaml::Node) -> Option<T>,
) -> Option<T> {
    let text = sources.text(file);
    match yaml::parse(file, text) {
        Ok(node) => {
            let mut reader = Reader {
                file,
                text,
                diagnostics,
            };
            read(&mut reader, &node)
        }
        Err(d) => {
            diagnostics.push(*d);
            None
        }
    }
}

pub fn display_path(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Reads a text file: UTF-8 (a leading BOM is dropped), at most
/// [`yaml::MAX_FILE_BYTES`].
pub fn read_text(path: &Path, display: &str, diagnostics: &mut Diagnostics) -> Option<String> {
    let shown = Path::new(display);
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            diagnostics.push(
                Diagnostic::file_error(shown, "file not found")
                    .expected(format!("expected {}", path.display())),
            );
            return None;
        }
        Err(e) => {
            diagnostics.push(Diagnostic::file_error(
                shown,
                format!("cannot be read: {e}"),
            ));
            return None;
        }
    };
    if bytes.len() > yaml::MAX_FILE_BYTES {
        diagnostics.push(
            Diagnostic::file_error(shown, format!("is too large ({} bytes)", bytes.len()))
                .expected(format!("at most {} bytes", yaml::MAX_FILE_BYTES)),
        );
        return None;
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(text.to_string()),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
            let line_start = valid.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
            let col = String::from_utf8_lossy(&valid[line_start..])
                .chars()
                .count()
                + 1;
            diagnostics.push(
                Diagnostic::file_error(
                    Path::new(&format!("{display}:{line}:{col}")),
                    "this file is not UTF-8 text (an invalid byte here)",
                )
                .expected("save the file as UTF-8"),
            );
            None
        }
    }
}

/// The files of `root/dir` with one of `extensions`, as `(stem, path)`,
/// sorted by name. Other entries are reported and skipped.
fn list_files(
    root: &Path,
    dir: &str,
    extensions: &[&str],
    diagnostics: &mut Diagnostics,
) -> Vec<(String, PathBuf)> {
    let dir_path = root.join(dir);
    if !dir_path.is_dir() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for path in sorted_entries(&dir_path, diagnostics) {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        let ext_ok = path
            .extension()
            .is_some_and(|e| extensions.iter().any(|x| e == *x));
        if path.is_file() && ext_ok {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            out.push((stem, path));
        }
    }
    out
}

fn sorted_entries(dir: &Path, diagnostics: &mut Diagnostics) -> Vec<PathBuf> {
    match std::fs::read_dir(dir) {
        Ok(entries) => {
            let mut paths: Vec<PathBuf> =
                entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            paths.sort();
            paths
        }
        Err(e) => {
            diagnostics.push(Diagnostic::file_error(
                dir,
                format!("cannot be listed: {e}"),
            ));
            Vec::new()
        }
    }
}
