//! `enquete serve`: the study built in memory, served on this machine only,
//! rebuilt after each edit, and the open pages reloaded.
//!
//! Four parts, each of which can be read alone: [`site`] builds and
//! rebuilds the site in memory, [`watch`] notices edits, [`http`] speaks
//! HTTP, and [`live`] tells the open pages what happened. This module joins
//! them: one thread rebuilds after each batch of edits, one accepts
//! connections, and each connection gets its own thread.

pub mod http;
pub mod live;
pub mod site;
pub mod watch;

use std::io::ErrorKind;
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc;

use crate::Checked;
use crate::diagnostics::{Diagnostics, Severity};
use live::Live;
use site::{LiveSite, Rebuilt};

pub struct Options {
    /// The study directory, canonical (watched paths are relative to it).
    pub root: PathBuf,
    /// 0: any free port.
    pub port: u16,
    /// Poll for changes instead of the system's notifications.
    pub poll: bool,
}

pub enum StartError {
    /// The port is taken; `free` is the next one that is not.
    PortBusy {
        port: u16,
        free: Option<u16>,
    },
    Bind(String),
    Watch(String),
}

/// A running server. Its threads run until the process ends.
pub struct Server {
    pub address: SocketAddr,
    pub method: watch::Method,
    pub polling_because: Option<String>,
}

/// What one build brought: the site, or the study's problems.
pub type Outcome = Result<Rebuilt, Box<Checked>>;

/// Builds the study, starts serving it on 127.0.0.1 and watching it.
/// `on_build` hears of every build, the first one included, with the
/// files whose change caused it.
pub fn start(
    options: &Options,
    mut on_build: impl FnMut(&[PathBuf], &Outcome) + Send + 'static,
) -> Result<Server, StartError> {
    let listener = bind(options.port)?;
    let address = listener
        .local_addr()
        .map_err(|e| StartError::Bind(e.to_string()))?;
    let live = Arc::new(Live::default());
    let mut site = LiveSite::new(&options.root);
    let first = site.rebuild(&[]);
    show(&live, &first);
    on_build(&[], &first);

    let (changes, edits) = mpsc::channel();
    let mut watch =
        watch::watch(&options.root, options.poll, changes).map_err(StartError::Watch)?;
    let server = Server {
        address,
        method: std::mem::replace(&mut watch.method, watch::Method::Native),
        polling_because: watch.polling_because.take(),
    };
    let rebuilding = Arc::clone(&live);
    std::thread::spawn(move || {
        while let Ok(mut changed) = edits.recv() {
            // Whatever else changed meanwhile goes into the same build.
            while let Ok(more) = edits.try_recv() {
                changed.extend(more);
            }
            changed.sort();
            changed.dedup();
            // A new input directory is watched from now on; if that fails,
            // its files are still read at every rebuild.
            let _ = watch.add_new_dirs();
            let outcome = site.rebuild(&changed);
            show(&rebuilding, &outcome);
            on_build(&changed, &outcome);
        }
    });
    let port = address.port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let live = Arc::clone(&live);
            std::thread::spawn(move || answer(&live, &stream, port));
        }
    });
    Ok(server)
}

/// Binds 127.0.0.1 only: the study is nobody else's business.
fn bind(port: u16) -> Result<TcpListener, StartError> {
    match TcpListener::bind((Ipv4Addr::LOCALHOST, port)) {
        Ok(listener) => Ok(listener),
        Err(e) if e.kind() == ErrorKind::AddrInUse => {
            let free = (port.saturating_add(1)..=port.saturating_add(100))
                .find(|p| TcpListener::bind((Ipv4Addr::LOCALHOST, *p)).is_ok());
            Err(StartError::PortBusy { port, free })
        }
        Err(e) => Err(StartError::Bind(format!(
            "cannot listen on 127.0.0.1:{port}: {e}"
        ))),
    }
}

fn show(live: &Live, outcome: &Outcome) {
    match outcome {
        Ok(rebuilt) => live.publish(Arc::clone(&rebuilt.files)),
        Err(checked) => live.fail(errors_text(checked)),
    }
}

/// The study's errors as the terminal shows them, without colour: what
/// the overlay on the open pages says.
pub fn errors_text(checked: &Checked) -> String {
    let mut errors = Diagnostics::default();
    for d in checked.diagnostics.items() {
        if d.severity == Severity::Error {
            errors.push(d.clone());
        }
    }
    errors.render(&checked.sources, false)
}

/// Answers one connection.
fn answer(live: &Live, stream: &TcpStream, port: u16) {
    const TEXT: &str = "text/plain; charset=utf-8";
    let request = match http::read_request(stream) {
        Ok(r) => r,
        Err(status) => return http::respond(stream, status, &[("Content-Type", TEXT)], b"", false),
    };
    let head_only = request.method == "HEAD";
    if request.method != "GET" && !head_only {
        let headers = [("Content-Type", TEXT), ("Allow", "GET, HEAD")];
        return http::respond(stream, 405, &headers, b"only GET and HEAD\n", false);
    }
    // A page elsewhere could point a host name of its own at 127.0.0.1
    // (DNS rebinding) and read the study; a browser then sends that name.
    let host_ok = request
        .host
        .as_deref()
        .is_none_or(|h| h == format!("127.0.0.1:{port}") || h == format!("localhost:{port}"));
    if !host_ok {
        let body = format!("open http://127.0.0.1:{port}/ instead\n");
        return http::respond(
            stream,
            403,
            &[("Content-Type", TEXT)],
            body.as_bytes(),
            head_only,
        );
    }
    let own = |body: &str, content_type| {
        http::respond(
            stream,
            200,
            &[("Content-Type", content_type)],
            body.as_bytes(),
            head_only,
        )
    };
    match request.path.as_str() {
        live::EVENTS_PATH => return live.stream_events(stream),
        live::SCRIPT_PATH => return own(live::SCRIPT, http::content_type(".js")),
        live::STYLE_PATH => return own(live::STYLE, http::content_type(".css")),
        _ => {}
    }
    let (files, generation) = live.site();
    let html = http::content_type(".html");
    let page = |status, title: &str, text: &str| {
        let body = live::with_reload_script(message_page(title, text).as_bytes(), generation);
        http::respond(stream, status, &[("Content-Type", html)], &body, head_only);
    };
    let Some(files) = files else {
        return page(
            503,
            "The study has errors",
            "There is no site to show yet. Fix the errors and save: this page reloads by itself.",
        );
    };
    let path = http::site_path(&request.path);
    match path
        .as_ref()
        .and_then(|p| files.get(p).map(|bytes| (p, bytes)))
    {
        Some((path, bytes)) => {
            let content_type = http::content_type(path);
            let body = if content_type == html {
                live::with_reload_script(bytes, generation)
            } else {
                bytes.to_vec()
            };
            http::respond(
                stream,
                200,
                &[("Content-Type", content_type)],
                &body,
                head_only,
            );
        }
        None if path
            .as_deref()
            .is_some_and(|p| files.contains_key(&format!("{p}/index.html"))) =>
        {
            let location = format!("{}/", request.path);
            let headers = [("Location", location.as_str()), ("Content-Type", TEXT)];
            http::respond(stream, 301, &headers, b"", head_only);
        }
        // Browsers ask for an icon the site may not have: no icon is not
        // an error worth a line in the browser's console.
        None if request.path == "/favicon.ico" => {
            http::respond(stream, 204, &[], b"", head_only);
        }
        None => page(
            404,
            "Not found",
            &format!("The site has no page {}.", request.path),
        ),
    }
}

/// A page of the server's own (not found, nothing built yet).
fn message_page(title: &str, text: &str) -> String {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'\">\
         <title>{title}</title></head><body><main><h1>{title}</h1><p>{text}</p>\
         <p><a href=\"/\">The study's home page</a></p></main></body></html>",
        title = escape(title),
        text = escape(text),
    )
}
