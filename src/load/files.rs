//! Reading a study's files as a stranger's study may hold them: a symbolic
//! link out of the study (to `~/.ssh`, to an `.env`), a FIFO that never
//! ends, `/dev/zero`, a file of gigabytes. Every input of the study, from
//! `study.yaml` to a theme's assets, is read through [`StudyDir`], which
//! reads only regular files inside the study and never more than a limit.

use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// The study directory, resolved once.
pub struct StudyDir {
    root: PathBuf,
    canonical: PathBuf,
}

/// Why a file of the study was not read.
#[derive(Debug)]
pub enum InputError {
    NotFound,
    /// `link` (relative to the study) resolves to `target`, outside it.
    Outside {
        link: String,
        target: PathBuf,
    },
    /// A directory, FIFO, socket or device where a file was expected.
    NotAFile(&'static str),
    TooLarge {
        size: u64,
        limit: u64,
    },
    Io(std::io::Error),
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InputError::NotFound => f.write_str("file not found"),
            InputError::Outside { link, target } => write!(
                f,
                "{link} is a symbolic link to {}, outside the study directory; \
                 enquete never reads files outside the study",
                target.display()
            ),
            InputError::NotAFile(kind) => write!(f, "is {kind}, not a regular file"),
            InputError::TooLarge { size, limit } => {
                write!(f, "is too large ({size} bytes; at most {limit})")
            }
            InputError::Io(e) => write!(f, "cannot be read: {e}"),
        }
    }
}

impl StudyDir {
    pub fn new(root: &Path) -> std::io::Result<StudyDir> {
        Ok(StudyDir {
            root: root.to_path_buf(),
            canonical: root.canonicalize()?,
        })
    }

    /// As [`new`](Self::new), with the failure reported.
    pub fn open(
        root: &Path,
        diagnostics: &mut crate::diagnostics::Diagnostics,
    ) -> Option<StudyDir> {
        match StudyDir::new(root) {
            Ok(dir) => Some(dir),
            Err(e) => {
                diagnostics.push(crate::diagnostics::Diagnostic::file_error(
                    root,
                    format!("the study directory cannot be read: {e}"),
                ));
                None
            }
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The real path of `path` (under the root), if it lies inside the
    /// study; a link that leads out is named in the error.
    pub fn resolve(&self, path: &Path) -> Result<PathBuf, InputError> {
        let real = path.canonicalize().map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => InputError::NotFound,
            _ => InputError::Io(e),
        })?;
        if real.starts_with(&self.canonical) {
            return Ok(real);
        }
        Err(InputError::Outside {
            link: self.outward_link(path),
            target: real,
        })
    }

    /// As [`resolve`](Self::resolve) for an entry of the study's directory
    /// whose real path is `real_dir`: an entry that is no symbolic link
    /// lies there, inside the study, without resolving every component of
    /// its path again (a large study lists thousands of files after each
    /// edit in `serve`).
    pub fn resolve_entry(
        &self,
        path: &Path,
        real_dir: &Path,
        file_type: Option<std::fs::FileType>,
    ) -> Result<PathBuf, InputError> {
        match (file_type, path.file_name()) {
            (Some(t), Some(name)) if !t.is_symlink() => Ok(real_dir.join(name)),
            _ => self.resolve(path),
        }
    }

    /// The first component of `path` that is a symbolic link, as the user
    /// sees it (relative to the study).
    fn outward_link(&self, path: &Path) -> String {
        let rel = path.strip_prefix(&self.root).unwrap_or(path);
        let mut current = self.root.clone();
        for part in rel.components() {
            if let Component::Normal(name) = part {
                current.push(name);
                if current.symlink_metadata().is_ok_and(|m| m.is_symlink()) {
                    return display(&self.root, &current);
                }
            }
        }
        display(&self.root, path)
    }

    /// Whether `path` is a directory inside the study (following links that
    /// stay inside). A link that leads out is an error.
    pub fn dir(&self, path: &Path) -> Result<Option<PathBuf>, InputError> {
        match self.resolve(path) {
            Ok(real) if real.is_dir() => Ok(Some(real)),
            Ok(_) | Err(InputError::NotFound) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The stamp of a file of the study (following links that stay inside).
    pub fn stamp(&self, path: &Path) -> Result<Stamp, InputError> {
        let real = self.resolve(path)?;
        let metadata = std::fs::metadata(&real).map_err(InputError::Io)?;
        Ok(Stamp::of(&metadata))
    }

    /// Reads a regular file of the study, at most `limit` bytes.
    pub fn read(&self, path: &Path, limit: u64) -> Result<Vec<u8>, InputError> {
        let real = self.resolve(path)?;
        let metadata = std::fs::metadata(&real).map_err(InputError::Io)?;
        if !metadata.is_file() {
            return Err(InputError::NotAFile(kind_of(&metadata)));
        }
        if metadata.len() > limit {
            return Err(InputError::TooLarge {
                size: metadata.len(),
                limit,
            });
        }
        let file = std::fs::File::open(&real).map_err(InputError::Io)?;
        let mut bytes = Vec::with_capacity(metadata.len() as usize);
        // The file may grow between the look and the read.
        file.take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(InputError::Io)?;
        if bytes.len() as u64 > limit {
            return Err(InputError::TooLarge {
                size: bytes.len() as u64,
                limit,
            });
        }
        Ok(bytes)
    }
}

/// What a file's metadata says of its contents without reading them: a
/// file with the same stamp as before holds the same text. Besides length
/// and modification time (which a tool can set back), the inode and its
/// change time, which every write and every rename changes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Stamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
    #[cfg(unix)]
    inode: (u64, u64, i64, i64),
}

impl Stamp {
    pub fn of(metadata: &std::fs::Metadata) -> Stamp {
        #[cfg(unix)]
        use std::os::unix::fs::MetadataExt;
        Stamp {
            len: metadata.len(),
            modified: metadata.modified().ok(),
            #[cfg(unix)]
            inode: (
                metadata.dev(),
                metadata.ino(),
                metadata.ctime(),
                metadata.ctime_nsec(),
            ),
        }
    }
}

/// What a non-regular file is, in words.
pub fn kind_of(metadata: &std::fs::Metadata) -> &'static str {
    let t = metadata.file_type();
    if t.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_block_device() || t.is_char_device() {
            return "a device";
        }
    }
    "not a regular file"
}

/// `path` relative to the study, with `/`.
pub fn display(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}
