//! Watching the study's files: the system's notifications (inotify and the
//! like) or, where they do not work (network drives, a full watch table),
//! polling. Edits are debounced: a save that writes several files, or one
//! file several times, comes as one batch.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode};
use notify::{Event, EventKind, PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};

/// Quiet time after the last change before rebuilding: long enough to see
/// a save as one change, short enough not to be noticed.
pub const DEBOUNCE: Duration = Duration::from_millis(20);
/// How often files are compared when polling.
pub const POLL_INTERVAL: Duration = Duration::from_millis(500);

/// The directories of a study that hold its inputs. Only they are watched,
/// so that a large `public/` or `target/` beside them costs nothing.
const INPUT_DIRS: [&str; 3] = ["questionnaires", "locales", "themes"];
/// The files at the study's root that are inputs: translations.lock
/// decides which translations are reported as outdated.
const ROOT_FILES: [&str; 3] = [
    "study.yaml",
    crate::load::CODEBOOK_FILE,
    crate::translations::LOCK_FILE,
];

pub enum Method {
    Native,
    Poll,
}

/// A running watch; dropping it stops it.
pub struct Watch {
    root: PathBuf,
    watcher: Box<dyn Watcher + Send>,
    watched: Vec<PathBuf>,
    pub method: Method,
    /// Why the system's notifications could not be used, when polling
    /// replaced them.
    pub polling_because: Option<String>,
}

/// Watches the study at `root` (a canonical path) and sends each batch of
/// changed inputs, as paths relative to `root`. With `poll`, or when the
/// system's notifications cannot start, polls instead; `Err` only when
/// neither works.
pub fn watch(root: &Path, poll: bool, changes: Sender<Vec<PathBuf>>) -> Result<Watch, String> {
    let native_failure = if poll {
        None
    } else {
        match start::<RecommendedWatcher>(root, changes.clone(), Method::Native) {
            Ok(watch) => return Ok(watch),
            Err(e) => Some(e),
        }
    };
    match start::<PollWatcher>(root, changes, Method::Poll) {
        Ok(mut watch) => {
            watch.polling_because = native_failure;
            Ok(watch)
        }
        Err(e) => Err(match native_failure {
            Some(native) => format!("{native}; polling failed too: {e}"),
            None => e,
        }),
    }
}

fn start<W: Watcher + Send + 'static>(
    root: &Path,
    changes: Sender<Vec<PathBuf>>,
    method: Method,
) -> Result<Watch, String> {
    // Polling compares contents too: modification times are kept in whole
    // seconds there, and a file saved twice within a second is an edit.
    let config = notify::Config::default()
        .with_poll_interval(POLL_INTERVAL)
        .with_compare_contents(true);
    let (events, received) = mpsc::channel();
    let watcher = W::new(events, config).map_err(|e| watch_error(root, &e))?;
    let events_root = root.to_path_buf();
    std::thread::spawn(move || debounce(&events_root, &received, &changes));
    let mut watch = Watch {
        root: root.to_path_buf(),
        watcher: Box::new(watcher),
        watched: Vec::new(),
        method,
        polling_because: None,
    };
    watch
        .watcher
        .watch(root, RecursiveMode::NonRecursive)
        .map_err(|e| watch_error(root, &e))?;
    watch.add_new_dirs()?;
    Ok(watch)
}

/// Passes on changes of inputs in batches: a batch ends when no input
/// changed for [`DEBOUNCE`]. Ends when the watcher is dropped.
fn debounce(root: &Path, events: &Receiver<notify::Result<Event>>, changes: &Sender<Vec<PathBuf>>) {
    let mut batch: Vec<PathBuf> = Vec::new();
    let mut deadline: Option<Instant> = None;
    loop {
        let received = match deadline {
            Some(d) => events.recv_timeout(d.saturating_duration_since(Instant::now())),
            None => events.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        match received {
            Ok(event) => {
                let paths = changed_inputs(root, event);
                if !paths.is_empty() {
                    batch.extend(paths);
                    deadline = Some(Instant::now() + DEBOUNCE);
                }
            }
            Err(RecvTimeoutError::Timeout) => {
                deadline = None;
                if changes.send(std::mem::take(&mut batch)).is_err() {
                    return;
                }
            }
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

/// The inputs an event says changed. Reading a file is no change (the
/// rebuild reads files, and would otherwise never end); a watcher's own
/// error (an overflowing queue) says that something changed without saying
/// what, so every input counts as changed: each file is read again and
/// everything is rebuilt.
fn changed_inputs(root: &Path, event: notify::Result<Event>) -> Vec<PathBuf> {
    match event {
        Ok(event) => {
            let written = match event.kind {
                EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
                EventKind::Access(_) => false,
                _ => true,
            };
            if !written {
                return Vec::new();
            }
            event
                .paths
                .iter()
                .filter_map(|p| input_path(root, p))
                .collect()
        }
        Err(_) => ROOT_FILES
            .into_iter()
            .chain(INPUT_DIRS)
            .map(PathBuf::from)
            .collect(),
    }
}

impl Watch {
    /// Starts watching the input directories made since the last call
    /// (a `locales/` that `new-language` wrote, say).
    pub fn add_new_dirs(&mut self) -> Result<(), String> {
        for name in INPUT_DIRS {
            let dir = self.root.join(name);
            if dir.is_dir() && !self.watched.contains(&dir) {
                self.watcher
                    .watch(&dir, RecursiveMode::Recursive)
                    .map_err(|e| watch_error(&dir, &e))?;
                self.watched.push(dir);
            }
        }
        Ok(())
    }
}

fn watch_error(path: &Path, e: &notify::Error) -> String {
    format!("cannot watch {}: {e}", path.display())
}

/// `path` relative to the study when it is one of its inputs: study.yaml,
/// codebook.yaml, translations.lock or a file under an input directory,
/// not a hidden or backup file (an editor's swap file is not an edit).
fn input_path(root: &Path, path: &Path) -> Option<PathBuf> {
    let relative = path.strip_prefix(root).ok()?;
    let name = relative.file_name()?.to_string_lossy();
    if name.starts_with('.') || name.ends_with('~') {
        return None;
    }
    let first = relative.components().next()?.as_os_str();
    let is_input = ROOT_FILES.iter().any(|f| first == *f) || INPUT_DIRS.iter().any(|d| first == *d);
    is_input.then(|| relative.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::input_path;
    use std::path::{Path, PathBuf};

    #[test]
    fn only_inputs_count() {
        let root = Path::new("/s");
        let seen = |p: &str| input_path(root, Path::new(p));
        assert_eq!(seen("/s/study.yaml"), Some(PathBuf::from("study.yaml")));
        assert_eq!(
            seen("/s/codebook.yaml"),
            Some(PathBuf::from("codebook.yaml"))
        );
        assert_eq!(
            seen("/s/questionnaires/a.yaml"),
            Some(PathBuf::from("questionnaires/a.yaml"))
        );
        assert_eq!(seen("/s/locales"), Some(PathBuf::from("locales")));
        assert_eq!(
            seen("/s/translations.lock"),
            Some(PathBuf::from("translations.lock"))
        );
        assert_eq!(seen("/s/questionnaires/.a.yaml.swp"), None);
        assert_eq!(seen("/s/questionnaires/a.yaml~"), None);
        assert_eq!(seen("/s/public/index.html"), None);
        assert_eq!(seen("/s/README.md"), None);
        assert_eq!(seen("/elsewhere/study.yaml"), None);
    }
}
