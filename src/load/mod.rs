//! Stage 1: read a study directory from disk into the raw model.

pub mod files;
pub mod raw;
pub mod reader;
pub mod yaml;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostics::{Diagnostic, Diagnostics, FileId, Loc, Sources};
use files::{InputError, Stamp, StudyDir};
use raw::{RawCodebook, RawDocument, RawStudy};
use reader::Reader;

/// A study as found on disk: parsed but not yet checked for meaning.
pub struct LoadedStudy {
    pub root: PathBuf,
    /// The study directory, through which every later read (the theme) goes.
    pub dir: Option<StudyDir>,
    pub sources: Sources,
    pub study: Option<(FileId, RawStudy)>,
    /// The files of `questionnaires/`: `(id, file)`, sorted by name. They
    /// are parsed by [`parse_document`] one by one as they are validated,
    /// so that a large study never holds every parsed file at once.
    pub questionnaires: Vec<(String, FileId)>,
    /// Questionnaire files registered but not read yet ([`load_deferred`]):
    /// each is read where it is checked and its text dropped after, so that
    /// a large study is never in memory as text and as model at once; the
    /// files that problems quote are read again ([`read_quoted`]).
    pub unread: HashMap<FileId, PathBuf>,
    /// The study's own Fluent files: `(language, file)`.
    pub locale_files: Vec<(String, FileId)>,
    /// `codebook.yaml`, when the study has one (it is optional); `None`
    /// inside when the file does not parse (that is reported).
    pub codebook: Option<(FileId, Option<RawCodebook>)>,
}

/// The optional coding frame, at the study's root.
pub const CODEBOOK_FILE: &str = "codebook.yaml";

/// The texts an earlier load read, each with the stamp its file had then:
/// what `serve` keeps so that, after an edit, it reads again only the
/// files that changed rather than every file of a large study.
#[derive(Default)]
pub struct Earlier {
    texts: HashMap<PathBuf, (Stamp, Arc<str>)>,
    /// Those of the load under way; they replace `texts` when it ends, so
    /// that a file no longer in the study is forgotten.
    next: HashMap<PathBuf, (Stamp, Arc<str>)>,
}

impl Earlier {
    /// Forgets the texts of the `changed` paths (relative to `root`; a
    /// directory stands for every file under it, and an empty path for
    /// every file): they are read again whatever their stamp says. A change
    /// that keeps length, modification time, inode and change time (two
    /// writes in place within one tick of the file system's clock) is seen
    /// this way when the watcher reports it.
    pub fn forget(&mut self, root: &Path, changed: &[PathBuf]) {
        self.texts.retain(|path, _| {
            let relative = path.strip_prefix(root).unwrap_or(path);
            !changed.iter().any(|c| relative.starts_with(c))
        });
    }

    /// The text of `path`: the one read before if the file's stamp is the
    /// same, else read now. `stamp` is the file's, when the caller has it.
    fn read(
        &mut self,
        dir: &StudyDir,
        path: &Path,
        stamp: Option<Stamp>,
        diagnostics: &mut Diagnostics,
    ) -> Option<Arc<str>> {
        // Taken before reading: a write during the read changes the stamp
        // after the one kept, and the next load reads the file again.
        let stamp = stamp.or_else(|| dir.stamp(path).ok());
        let kept = self
            .texts
            .remove(path)
            .filter(|(before, _)| Some(*before) == stamp);
        let text = match kept {
            Some((_, text)) => text,
            None => Arc::from(read_text(dir, path, diagnostics)?),
        };
        if let Some(stamp) = stamp {
            self.next
                .insert(path.to_path_buf(), (stamp, Arc::clone(&text)));
        }
        Some(text)
    }
}

/// Reads `study.yaml`, `codebook.yaml` when there is one, every `questionnaires/*.yaml` and every
/// `locales/{lang}/*.ftl` under `root`. Problems go to `diagnostics`.
pub fn load(root: &Path, diagnostics: &mut Diagnostics) -> LoadedStudy {
    load_reusing(root, diagnostics, None)
}

/// As [`load`], except that the files of `questionnaires/` are listed, not
/// read: they are in [`LoadedStudy::unread`], for a check that reads each
/// one itself ([`read_unread`]) and needs no text once it is checked.
pub fn load_deferred(root: &Path, diagnostics: &mut Diagnostics) -> LoadedStudy {
    read_study(root, diagnostics, &mut None, true)
}

/// The text of a questionnaire registered unread, read now (`None`, with
/// the problem in `diagnostics`, when it cannot be).
pub fn read_unread(
    loaded: &LoadedStudy,
    file: FileId,
    diagnostics: &mut Diagnostics,
) -> Option<Arc<str>> {
    let path = loaded.unread.get(&file)?;
    let dir = loaded.dir.as_ref()?;
    read_text(dir, path, diagnostics).map(Arc::from)
}

/// Reads again the unread questionnaires that problems quote, so that each
/// problem shows its line.
pub fn read_quoted(loaded: &mut LoadedStudy, diagnostics: &Diagnostics) {
    let Some(dir) = &loaded.dir else {
        return;
    };
    for file in diagnostics.quoted_files() {
        if let Some(path) = loaded.unread.get(&file)
            && loaded.sources.text(file).is_empty()
            && let Some(text) = read_text(dir, path, &mut Diagnostics::default())
        {
            loaded.sources.replace(file, text);
        }
    }
}

/// As [`load`], taking from `earlier` the text of each file whose stamp is
/// the same as when it was read, and keeping there what it read.
pub fn load_reusing(
    root: &Path,
    diagnostics: &mut Diagnostics,
    mut earlier: Option<&mut Earlier>,
) -> LoadedStudy {
    let loaded = read_study(root, diagnostics, &mut earlier, false);
    if let Some(earlier) = earlier {
        earlier.texts = std::mem::take(&mut earlier.next);
    }
    loaded
}

fn read_study(
    root: &Path,
    diagnostics: &mut Diagnostics,
    earlier: &mut Option<&mut Earlier>,
    defer: bool,
) -> LoadedStudy {
    let mut loaded = LoadedStudy {
        root: root.to_path_buf(),
        dir: None,
        sources: Sources::default(),
        study: None,
        questionnaires: Vec::new(),
        unread: HashMap::new(),
        locale_files: Vec::new(),
        codebook: None,
    };
    let Some(dir) = StudyDir::open(root, diagnostics) else {
        return loaded;
    };
    let sources = &mut loaded.sources;
    if let Some(text) = read_source(&dir, &root.join("study.yaml"), None, earlier, diagnostics) {
        let file = sources.add("study.yaml", text);
        loaded.study = parse_with(sources, file, diagnostics, raw::read_study).map(|s| (file, s));
    }

    let codebook_path = root.join(CODEBOOK_FILE);
    if codebook_path.symlink_metadata().is_ok()
        && let Some(text) = read_source(&dir, &codebook_path, None, earlier, diagnostics)
    {
        let file = sources.add(CODEBOOK_FILE, text);
        loaded.codebook = Some((
            file,
            parse_with(sources, file, diagnostics, raw::read_codebook),
        ));
    }

    // Without a study.yaml no questionnaire is checked, so none would be
    // read: each is read now, for its problems of reading to be reported.
    let defer = defer && loaded.study.is_some();
    for (id, path, stamp) in list_files(&dir, "questionnaires", "yaml", diagnostics) {
        let display = files::display(root, &path);
        let valid = crate::validate::ids::is_valid_id(&id);
        if defer && valid {
            let file = sources.add_unread(display);
            loaded.unread.insert(file, path);
            loaded.questionnaires.push((id, file));
        } else if let Some(text) = read_source(&dir, &path, stamp, earlier, diagnostics) {
            let file = sources.add(display, text);
            if valid {
                loaded.questionnaires.push((id, file));
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

    let locales_dir = root.join("locales");
    if input_dir(&dir, &locales_dir, diagnostics) {
        for (lang_dir, _) in sorted_entries(&locales_dir, diagnostics) {
            if !input_dir(&dir, &lang_dir, diagnostics) {
                continue;
            }
            let lang = file_name(&lang_dir);
            let rel = files::display(root, &lang_dir);
            for (_, path, stamp) in list_files(&dir, &rel, "ftl", diagnostics) {
                if let Some(text) = read_source(&dir, &path, stamp, earlier, diagnostics) {
                    let display = files::display(root, &path);
                    loaded
                        .locale_files
                        .push((lang.clone(), sources.add(display, text)));
                }
            }
        }
    }
    loaded.dir = Some(dir);
    loaded
}

/// A file's text, through `earlier` when there is one.
fn read_source(
    dir: &StudyDir,
    path: &Path,
    stamp: Option<Stamp>,
    earlier: &mut Option<&mut Earlier>,
    diagnostics: &mut Diagnostics,
) -> Option<Arc<str>> {
    match earlier {
        Some(earlier) => earlier.read(dir, path, stamp, diagnostics),
        None => read_text(dir, path, diagnostics).map(Arc::from),
    }
}

/// Reads study.yaml again from the study's sources, after its text was
/// replaced in memory (`Sources::replace`).
pub fn reread_study(loaded: &mut LoadedStudy, diagnostics: &mut Diagnostics) {
    if let Some((file, _)) = &loaded.study {
        let file = *file;
        loaded.study =
            parse_with(&loaded.sources, file, diagnostics, raw::read_study).map(|s| (file, s));
    }
}

/// Parses one file of `questionnaires/`, whose text is `text`, into the
/// raw model.
pub fn parse_document(
    file: FileId,
    text: &str,
    diagnostics: &mut Diagnostics,
) -> Option<RawDocument> {
    parse_text(file, text, diagnostics, raw::read_document)
}

fn parse_with<T>(
    sources: &Sources,
    file: FileId,
    diagnostics: &mut Diagnostics,
    read: impl FnOnce(&mut Reader, &yaml::Node) -> Option<T>,
) -> Option<T> {
    parse_text(file, sources.text(file), diagnostics, read)
}

fn parse_text<T>(
    file: FileId,
    text: &str,
    diagnostics: &mut Diagnostics,
    read: impl FnOnce(&mut Reader, &yaml::Node) -> Option<T>,
) -> Option<T> {
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
    files::display(root, path)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Whether `path` is a directory of the study to read from; a link out of
/// the study is an error.
fn input_dir(dir: &StudyDir, path: &Path, diagnostics: &mut Diagnostics) -> bool {
    match dir.dir(path) {
        Ok(found) => found.is_some(),
        Err(e) => {
            push_input_error(dir, path, e, diagnostics);
            false
        }
    }
}

fn push_input_error(dir: &StudyDir, path: &Path, e: InputError, diagnostics: &mut Diagnostics) {
    let shown = files::display(dir.root(), path);
    let d = match &e {
        InputError::Outside { .. } => Diagnostic::general(e.to_string())
            .expected("a file inside the study directory (copy it in)"),
        InputError::NotFound => Diagnostic::file_error(Path::new(&shown), e.to_string())
            .expected(format!("expected {}", path.display())),
        _ => Diagnostic::file_error(Path::new(&shown), e.to_string()),
    };
    diagnostics.push(d);
}

/// Reads a text file of the study: UTF-8 (a leading BOM is dropped), at most
/// [`yaml::MAX_FILE_BYTES`], a regular file inside the study.
pub fn read_text(dir: &StudyDir, path: &Path, diagnostics: &mut Diagnostics) -> Option<String> {
    let display = files::display(dir.root(), path);
    let bytes = match dir.read(path, yaml::MAX_FILE_BYTES as u64) {
        Ok(b) => b,
        Err(e) => {
            push_input_error(dir, path, e, diagnostics);
            return None;
        }
    };
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

/// The regular files of `root/dir` ending in `.{extension}`, as
/// `(stem, path, stamp)`, sorted by name. A directory or pipe with that ending, or
/// a file whose ending differs only in case or spelling (`.YAML`, `.yml`),
/// is not read, with a warning: a file left out silently looks like a bug.
fn list_files(
    study: &StudyDir,
    dir: &str,
    extension: &str,
    diagnostics: &mut Diagnostics,
) -> Vec<(String, PathBuf, Option<Stamp>)> {
    let dir_path = study.root().join(dir);
    let real_dir = match study.dir(&dir_path) {
        Ok(Some(real)) => real,
        Ok(None) => return Vec::new(),
        Err(e) => {
            push_input_error(study, &dir_path, e, diagnostics);
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for (path, file_type) in sorted_entries(&dir_path, diagnostics) {
        let name = file_name(&path);
        if name.starts_with('.') {
            continue;
        }
        let shown = files::display(study.root(), &path);
        let Some((stem, ext)) = name.rsplit_once('.') else {
            continue;
        };
        if ext != extension {
            let near_miss = ext.eq_ignore_ascii_case(extension)
                || (extension == "yaml" && ext.eq_ignore_ascii_case("yml"));
            if near_miss {
                diagnostics.push(
                    Diagnostic::warning_at(
                        &shown,
                        format!("this file is not read: its name does not end in `.{extension}`"),
                    )
                    .help(format!("rename it to `{stem}.{extension}`")),
                );
            }
            continue;
        }
        let real = match study.resolve_entry(&path, &real_dir, file_type) {
            Ok(real) => real,
            Err(e @ InputError::Outside { .. }) => {
                push_input_error(study, &path, e, diagnostics);
                continue;
            }
            // Dangling links and the like: reading says what is wrong.
            Err(_) => path.clone(),
        };
        match std::fs::metadata(&real) {
            Ok(m) if !m.is_file() => diagnostics.push(Diagnostic::warning_at(
                &shown,
                format!("is {}, not a file: not read", files::kind_of(&m)),
            )),
            found => out.push((stem.to_string(), path, found.ok().map(|m| Stamp::of(&m)))),
        }
    }
    out
}

/// The entries of `dir`, sorted, each with its type when the directory
/// listing gives it.
fn sorted_entries(
    dir: &Path,
    diagnostics: &mut Diagnostics,
) -> Vec<(PathBuf, Option<std::fs::FileType>)> {
    match std::fs::read_dir(dir) {
        Ok(entries) => {
            let mut paths: Vec<(PathBuf, Option<std::fs::FileType>)> = entries
                .filter_map(|e| e.ok().map(|e| (e.path(), e.file_type().ok())))
                .collect();
            paths.sort_by(|a, b| a.0.cmp(&b.0));
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
