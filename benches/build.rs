//! `cargo bench`: builds a synthetic study of 1,000 questionnaires in three
//! languages (5 sections × 8 questions, with probes) and the bundled study,
//! and reports wall time and peak memory. Targets: 2 s and 300 MB for the
//! synthetic study, 100 ms for the bundled one, on 2 cores.

use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

// The same allocator as the `enquete` binary, so that the figures are the
// command line's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const QUESTIONNAIRES: usize = 1_000;
const SECTIONS: usize = 5;
const QUESTIONS: usize = 8;
const RUNS: usize = 3;

fn main() {
    // `cargo bench` passes `--bench`; any other argument filters by name.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    let wanted = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));
    // `ENQUETE_BENCH_STUDY=DIR cargo bench` only writes the synthetic study
    // to DIR, for profiling the command line on it.
    if let Some(dir) = std::env::var_os("ENQUETE_BENCH_STUDY") {
        generate(Path::new(&dir));
        return;
    }
    let dir = tempfile::tempdir().expect("temporary directory");
    // Output goes to memory (tmpfs) to measure enquete rather than the disk,
    // and to the disk, as a user would.
    let memory = Path::new("/dev/shm")
        .is_dir()
        .then(|| tempfile::tempdir_in("/dev/shm").expect("tmpfs directory"));
    if wanted("synthetic") {
        generate(dir.path());
        let name = "synthetic (1,000 questionnaires × 3 languages)";
        if let Some(m) = &memory {
            run(
                &format!("{name}, output on tmpfs"),
                dir.path(),
                &m.path().join("out"),
            );
        }
        run(
            &format!("{name}, output on disk"),
            dir.path(),
            &dir.path().join("out"),
        );
    }
    if wanted("one-line") {
        one_line(dir.path());
    }
    if wanted("bundled") {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        run(
            "bundled study, output on disk",
            root,
            &dir.path().join("bundled-out"),
        );
    }
}

fn run(name: &str, root: &Path, out: &Path) {
    let options = enquete::BuildOptions {
        root: root.to_path_buf(),
        out: Some(out.to_path_buf()),
        strict: false,
        allow_outdated_consent: false,
        on_wait: |_| {},
    };
    let mut times = Vec::new();
    let mut pages = 0;
    for _ in 0..RUNS {
        let started = Instant::now();
        match enquete::build(&options) {
            Ok((summary, _)) => pages = summary.pages.values().sum::<usize>(),
            Err(_) => panic!("the {name} does not build"),
        }
        times.push(started.elapsed().as_secs_f64());
    }
    times.sort_by(|a, b| a.total_cmp(b));
    println!(
        "{name}: {pages} pages; wall min {:.3} s, median {:.3} s over {RUNS} runs; peak memory {} MB",
        times[0],
        times[times.len() / 2],
        peak_memory_mb()
    );
}

/// Checks a valid questionnaire of about 1.9 MB and 160,000 values written
/// on a single line: locating each value must not walk its line.
fn one_line(dir: &Path) {
    let root = dir.join("one-line");
    std::fs::create_dir_all(root.join("questionnaires")).expect("create questionnaires/");
    std::fs::write(root.join("study.yaml"), "title: T\nlanguages: [en]\n")
        .expect("write study.yaml");
    let mut y = String::from("{kind: survey, title: One line, sections: [");
    for s in 0..1_000 {
        let _ = write!(y, "{{id: s{s}, title: Part {s}, questions: [");
        for q in 0..18 {
            let _ = write!(
                y,
                "{{id: q{q}, type: text, text: \"How did the programme change your network, question {q}?\"}}, "
            );
        }
        y.push_str("]}, ");
    }
    y.push_str("]}\n");
    std::fs::write(root.join("questionnaires/a.yaml"), &y).expect("write questionnaire");
    let mut times = Vec::new();
    for _ in 0..RUNS {
        let started = Instant::now();
        let checked = enquete::check(&root, false);
        assert!(checked.study.is_some(), "the one-line study has errors");
        times.push(started.elapsed().as_secs_f64());
    }
    times.sort_by(|a, b| a.total_cmp(b));
    println!(
        "check of one questionnaire on one line ({:.2} MB): wall min {:.3} s over {RUNS} runs",
        y.len() as f64 / 1e6,
        times[0]
    );
}

/// Peak resident memory of this process (Linux: VmHWM).
fn peak_memory_mb() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map_or("?".into(), |kb| format!("{}", kb / 1024))
}

fn generate(root: &Path) {
    let q = root.join("questionnaires");
    std::fs::create_dir_all(&q).expect("create questionnaires/");
    std::fs::write(
        root.join("study.yaml"),
        "title: { nl: Synthetische studie, en: Synthetic study, fr: Étude synthétique }\n\
         languages: [nl, en, fr]\n\
         institution: { nl: Universiteit, en: University, fr: Université }\n\
         researchers: [{ name: A. Researcher, email: a@example.org }]\n\
         variables: { programme: { nl: het programma, en: the programme, fr: le programme } }\n",
    )
    .expect("write study.yaml");
    for i in 0..QUESTIONNAIRES {
        let mut y = String::new();
        let _ = writeln!(
            y,
            "kind: interview\nversion: \"1\"\naudience: {{ nl: groep {g}, en: group {g}, fr: groupe {g} }}\n\
             title: {{ nl: Vragenlijst {i}, en: Questionnaire {i}, fr: Questionnaire {i} }}\n\
             duration: 60\nintro: {{ nl: \"Welkom bij **{{ $programme }}**.\", en: \"Welcome to **{{ $programme }}**.\", fr: \"Bienvenue dans **{{ $programme }}**.\" }}\nsections:",
            g = i % 7
        );
        for s in 0..SECTIONS {
            let _ = writeln!(
                y,
                "  - id: s{s}\n    title: {{ nl: Deel {s}, en: Part {s}, fr: Partie {s} }}\n    duration: 12\n    \
                 instructions: {{ nl: Stel de vragen rustig., en: Ask the questions calmly., fr: Posez les questions calmement. }}\n    questions:"
            );
            for k in 0..QUESTIONS {
                let kind = [
                    "open", "open", "single", "scale", "open", "msc", "text", "multiple",
                ][k];
                let _ = writeln!(
                    y,
                    "      - id: q{s}-{k}\n        type: {kind}\n        \
                     text: {{ nl: \"Hoe heeft {{ $programme }} uw *netwerk* veranderd, vraag {k}?\", en: \"How did {{ $programme }} change your *network*, question {k}?\", fr: \"Comment {{ $programme }} a-t-il changé votre *réseau*, question {k} ?\" }}\n        \
                     probes:\n          - {{ nl: Kan u een voorbeeld geven?, en: Can you give an example?, fr: Pouvez-vous donner un exemple ? }}\n          \
                     - {{ nl: Waarom denkt u dat?, en: Why do you think so?, fr: Pourquoi pensez-vous cela ? }}"
                );
                if kind == "single" || kind == "multiple" {
                    let _ = writeln!(
                        y,
                        "        options:\n          - {{ value: a, label: {{ nl: Ja, en: Yes, fr: Oui }} }}\n          - {{ value: b, label: {{ nl: Nee, en: No, fr: Non }} }}"
                    );
                }
            }
        }
        std::fs::write(q.join(format!("q{i:04}.yaml")), y).expect("write questionnaire");
    }
}
