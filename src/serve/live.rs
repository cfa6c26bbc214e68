//! What the open pages are told: the site now served, and the errors of the
//! last edit when it failed. Pages learn it from a script of their own
//! (`/__enquete/reload.js`, added to every HTML page served, never to a
//! built site) that listens to `/__enquete/events`.
//!
//! Both come from the page's own origin, so the pages' Content-Security-
//! Policy (`script-src 'self'; connect-src 'self'`) allows them unchanged,
//! and the overlay's looks come from a style sheet of that origin too.

use std::net::TcpStream;
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Duration;

use super::http;
use super::site::Files;

pub const SCRIPT_PATH: &str = "/__enquete/reload.js";
pub const STYLE_PATH: &str = "/__enquete/overlay.css";
pub const EVENTS_PATH: &str = "/__enquete/events";
pub const SCRIPT: &str = include_str!("reload.js");
pub const STYLE: &str = include_str!("overlay.css");

/// A comment sent on a quiet stream, so that a closed page is noticed and
/// its connection ends.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

#[derive(Default)]
pub struct Live {
    state: Mutex<State>,
    changed: Condvar,
}

#[derive(Default, Clone)]
struct State {
    /// Counts the sites served; a page that was served an older one reloads.
    generation: u64,
    files: Option<Arc<Files>>,
    /// The errors of the last edit, while they stand.
    errors: Option<String>,
    /// Counts every change of state, good or bad.
    version: u64,
}

impl Live {
    /// Serves a new site: open pages reload.
    pub fn publish(&self, files: Arc<Files>) {
        self.update(|s| {
            s.generation += 1;
            s.files = Some(files);
            s.errors = None;
        });
    }

    /// The last edit failed: open pages show `errors`, the site stays.
    pub fn fail(&self, errors: String) {
        self.update(|s| s.errors = Some(errors));
    }

    fn update(&self, change: impl FnOnce(&mut State)) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        change(&mut state);
        state.version += 1;
        self.changed.notify_all();
    }

    /// The site now served and its generation.
    pub fn site(&self) -> (Option<Arc<Files>>, u64) {
        let state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        (state.files.clone(), state.generation)
    }

    /// Streams events to one page until it goes away: first the generation
    /// of the site (and the errors, if any), then each change.
    pub fn stream_events(&self, stream: &TcpStream) {
        use std::io::Write;
        if http::start_events(stream).is_err() {
            return;
        }
        let mut seen = None;
        loop {
            let state = {
                let guard = self.state.lock().unwrap_or_else(PoisonError::into_inner);
                let (guard, _) = self
                    .changed
                    .wait_timeout_while(guard, KEEP_ALIVE, |s| Some(s.version) == seen)
                    .unwrap_or_else(PoisonError::into_inner);
                guard.clone()
            };
            let message = if Some(state.version) == seen {
                ": still here\n\n".to_string()
            } else {
                seen = Some(state.version);
                let mut m = http::event("build", &state.generation.to_string());
                if let Some(errors) = &state.errors {
                    m.push_str(&http::event("errors", errors));
                }
                m
            };
            let mut out = stream;
            if out
                .write_all(message.as_bytes())
                .and_then(|()| out.flush())
                .is_err()
            {
                return;
            }
        }
    }
}

/// A page as served: the reload script added in its `<head>` (at the end
/// when it has none), carrying the generation of the site it belongs to.
pub fn with_reload_script(html: &[u8], generation: u64) -> Vec<u8> {
    let tag = format!("<script src=\"{SCRIPT_PATH}?build={generation}\" defer></script>");
    let at = find(html, b"</head>")
        .or_else(|| find(html, b"</body>"))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_goes_into_the_head() {
        let page = b"<!doctype html><html><head><title>t</title></head><body>x</body></html>";
        let served = String::from_utf8(with_reload_script(page, 7)).unwrap();
        assert_eq!(
            served,
            "<!doctype html><html><head><title>t</title><script src=\"/__enquete/reload.js?build=7\" defer></script></head><body>x</body></html>"
        );
        let bare = String::from_utf8(with_reload_script(b"<p>x", 1)).unwrap();
        assert_eq!(
            bare,
            "<p>x<script src=\"/__enquete/reload.js?build=1\" defer></script>"
        );
    }
}
