//! `cargo bench --bench serve`: how long after saving a one-file edit the
//! changed page is served, with `enquete serve`'s own watcher, debounce,
//! rebuild and HTTP, for the bundled study and for the synthetic study of
//! 1,000 questionnaires (the shape `benches/build.rs` builds). Targets: 100
//! ms for the bundled study (edit to page), 300 ms for the synthetic one's
//! rebuild.
//!
//! Each round saves a questionnaire, waits for the reload event a page
//! would get, then fetches the page as the reloading browser does: the
//! time from the save to the new page in hand is what a user sees.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "common/synthetic.rs"]
mod synthetic;

use synthetic::generate;

const ROUNDS: usize = 15;

fn main() {
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    let wanted = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));
    if wanted("bundled") {
        let dir = tempfile::tempdir().expect("temporary directory");
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        // The repository root is a study; its inputs (its translations'
        // lock too: checking it is part of each rebuild) are copied so that
        // the edits touch nothing of the repository.
        for file in ["study.yaml", "codebook.yaml", "translations.lock"] {
            std::fs::copy(repo.join(file), dir.path().join(file)).expect(file);
        }
        for input in ["questionnaires", "locales", "themes"] {
            copy_dir(&repo.join(input), &dir.path().join(input));
        }
        let edit = Edit {
            file: "questionnaires/buddy.yaml",
            text: "Vragenlijst buddy's",
            page: "nl/buddy/index.html",
        };
        measure("bundled study", dir.path(), &edit, 100);
    }
    if wanted("synthetic") {
        let dir = tempfile::tempdir().expect("temporary directory");
        generate(dir.path());
        let edit = Edit {
            file: "questionnaires/q0500.yaml",
            text: "Vragenlijst 500",
            page: "nl/q0500/index.html",
        };
        let name = "synthetic study (1,000 questionnaires × 3 languages)";
        measure(name, dir.path(), &edit, 300);
    }
}

/// A title in a questionnaire, changed in each round, and a page showing it.
struct Edit {
    file: &'static str,
    text: &'static str,
    page: &'static str,
}

/// Serves `root`, makes `edit` [`ROUNDS`] times and reports the times.
fn measure(name: &str, root: &Path, edit: &Edit, target_ms: u128) {
    let root = root.canonicalize().expect("study directory");
    let (built, rebuilds) = mpsc::channel();
    let options = enquete::serve::Options {
        root: root.clone(),
        port: 0,
        poll: false,
    };
    let started = Instant::now();
    let server = match enquete::serve::start(&options, move |_, outcome| {
        let _ = built.send(outcome.as_ref().map(|r| (r.elapsed, r.pages, r.whole)).ok());
    }) {
        Ok(s) => s,
        Err(_) => panic!("{name}: serve does not start"),
    };
    let first = rebuilds
        .recv()
        .expect("first build")
        .expect("the study builds");
    println!(
        "{name}: first build {} pages in {} ms (serving after {} ms)",
        first.1,
        first.0.as_millis(),
        started.elapsed().as_millis()
    );
    let mut events = events(server.address);
    let file = root.join(edit.file);
    let original = std::fs::read_to_string(&file).expect("questionnaire");
    let (mut visible, mut rebuilt) = (Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        let marker = format!("{} edited {round}", edit.text);
        let edited = original.replacen(edit.text, &marker, 1);
        let saved = Instant::now();
        std::fs::write(&file, &edited).expect("save");
        wait_for_build(&mut events);
        let body = get(server.address, edit.page);
        let shown = saved.elapsed();
        assert!(
            body.contains(&marker),
            "{name}: the page does not show the edit"
        );
        let (elapsed, pages, whole) = rebuilds.recv().expect("rebuild").expect("the edit builds");
        assert!(!whole, "{name}: a one-file edit rendered every page");
        visible.push(shown);
        rebuilt.push((elapsed, pages));
        // Well apart, so that each save is its own edit.
        std::thread::sleep(Duration::from_millis(50));
    }
    visible.sort();
    rebuilt.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{name}: one-file edit, {ROUNDS} rounds: page served {:.0} ms after saving (median; min {:.0}, max {:.0}; target ≤ {target_ms}), of which the rebuild {:.0} ms (median; min {:.0}, max {:.0}; {} pages rendered again)",
        ms(visible[ROUNDS / 2]),
        ms(visible[0]),
        ms(visible[ROUNDS - 1]),
        ms(rebuilt[ROUNDS / 2].0),
        ms(rebuilt[0].0),
        ms(rebuilt[ROUNDS - 1].0),
        rebuilt[0].1,
    );
    std::fs::write(&file, original).expect("restore");
}

fn events(address: SocketAddr) -> BufReader<TcpStream> {
    let mut stream = TcpStream::connect(address).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    write!(
        stream,
        "GET /__enquete/events HTTP/1.1\r\nHost: {address}\r\n\r\n"
    )
    .expect("request");
    let mut reader = BufReader::new(stream);
    // The head, then the event of the site now served.
    wait_for_build(&mut reader);
    reader
}

fn wait_for_build(events: &mut BufReader<TcpStream>) {
    let mut line = String::new();
    loop {
        line.clear();
        assert!(
            events.read_line(&mut line).expect("event stream") > 0,
            "stream ended"
        );
        if line.starts_with("event: build") {
            line.clear();
            events.read_line(&mut line).expect("data");
            return;
        }
    }
}

fn get(address: SocketAddr, path: &str) -> String {
    let mut stream = TcpStream::connect(address).expect("connect");
    write!(stream, "GET /{path} HTTP/1.1\r\nHost: {address}\r\n\r\n").expect("request");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("response");
    assert!(
        response.starts_with("HTTP/1.1 200"),
        "GET /{path}: {}",
        &response[..40.min(response.len())]
    );
    response
}

fn copy_dir(from: &Path, to: &Path) {
    let Ok(entries) = std::fs::read_dir(from) else {
        return;
    };
    std::fs::create_dir_all(to).expect("directory");
    for entry in entries {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}
