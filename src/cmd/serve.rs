//! `enquete serve`: the study in the browser as it is edited; nothing is
//! written. The machinery is the library's (`enquete::serve`); this says
//! what happens in the terminal.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use enquete::serve::{self, Outcome, StartError, watch};
use fluent_bundle::FluentValue;
use signal_hook::consts::{SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use super::{Console, require_study};

pub fn run(root: &Path, port: u16, open: bool, poll: bool, console: &Console) -> ExitCode {
    if let Err(code) = require_study(root, console) {
        return code;
    }
    let say = &console.say;
    // Taken before any thread starts, so that Ctrl-C always ends the
    // server through the same door.
    let mut signals = match Signals::new([SIGINT, SIGTERM]) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: cannot handle Ctrl-C: {e}");
            return ExitCode::from(2);
        }
    };
    let root = match root.canonicalize() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {}: {e}", root.display());
            return ExitCode::from(2);
        }
    };
    let options = serve::Options {
        root: root.clone(),
        port,
        poll,
    };
    let quiet = console.quiet;
    let server = match serve::start(&options, move |changed, outcome| {
        report(&Console::new(quiet), changed, outcome);
    }) {
        Ok(server) => server,
        Err(StartError::PortBusy { port, free }) => {
            let port = ("port", FluentValue::from(port.to_string()));
            let message = match free {
                Some(free) => say.say("port-busy", &[port, ("free", free.to_string().into())]),
                None => say.say("port-busy-none", &[port]),
            };
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
        Err(StartError::Bind(message) | StartError::Watch(message)) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let url = format!("http://{}/", server.address);
    if !console.quiet {
        let ms = (
            "ms",
            FluentValue::from(watch::POLL_INTERVAL.as_millis() as u64),
        );
        match (&server.method, &server.polling_because) {
            (watch::Method::Poll, Some(reason)) => eprintln!(
                "{}",
                say.say(
                    "serve-polling-because",
                    &[ms, ("reason", reason.clone().into())]
                )
            ),
            (watch::Method::Poll, None) => eprintln!("{}", say.say("serve-polling", &[ms])),
            (watch::Method::Native, _) => {}
        }
        let shown = [
            ("root", FluentValue::from(root.display().to_string())),
            ("url", url.clone().into()),
        ];
        println!("{}", say.say("serving", &shown));
    }
    if open {
        open_browser(&url);
    }
    // Runs until Ctrl-C (or a polite kill); the study was never written to,
    // so there is nothing to clean up.
    let _ = signals.forever().next();
    if !console.quiet {
        eprintln!("{}", say.say("serve-stopped", &[]));
    }
    ExitCode::SUCCESS
}

/// What a build brought, as `check` and `build` show it.
fn report(console: &Console, changed: &[PathBuf], outcome: &Outcome) {
    let say = &console.say;
    let changed_list = changed_files(changed);
    match outcome {
        Ok(rebuilt) => {
            if console.quiet {
                return;
            }
            console.report(&rebuilt.checked);
            let pages = say.count("pages", rebuilt.pages);
            let ms = rebuilt.elapsed.as_millis().to_string();
            let line = if changed.is_empty() {
                say.say("serve-built", &[("pages", pages.into()), ("ms", ms.into())])
            } else {
                say.say(
                    "serve-rebuilt",
                    &[
                        ("changed", changed_list.into()),
                        ("pages", pages.into()),
                        ("ms", ms.into()),
                    ],
                )
            };
            println!("{line}");
        }
        Err(checked) => {
            console.report(checked);
            let d = &checked.diagnostics;
            let counts = [
                (
                    "errors",
                    FluentValue::from(say.count("errors", d.error_count())),
                ),
                ("warnings", say.count("warnings", d.warning_count()).into()),
            ];
            let line = if changed.is_empty() {
                say.say("serve-failed-first", &counts)
            } else {
                let mut args = counts.to_vec();
                args.push(("changed", changed_list.into()));
                say.say("serve-failed", &args)
            };
            eprintln!("{line}");
        }
    }
}

/// "questionnaires/a.yaml, study.yaml and 3 more".
fn changed_files(changed: &[PathBuf]) -> String {
    let mut shown: Vec<String> = changed
        .iter()
        .take(3)
        .map(|p| p.display().to_string())
        .collect();
    if changed.len() > 3 {
        shown.push(format!("and {} more", changed.len() - 3));
    }
    shown.join(", ")
}

/// Opens `url` in the default browser; says so when that is not possible.
fn open_browser(url: &str) {
    let mut command = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else {
        std::process::Command::new("xdg-open")
    };
    command
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    match command.spawn() {
        // Waited for elsewhere, so that it leaves no zombie behind.
        Ok(mut child) => drop(std::thread::spawn(move || child.wait())),
        Err(e) => eprintln!("cannot open a browser ({e}): open {url} yourself"),
    }
}
