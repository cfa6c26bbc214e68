//! `cargo bench`: builds a synthetic study of 1,000 interview guides in
//! three languages (5 sections × 8 questions of about 40 words, 1 to 3
//! probes: about 80 MB of YAML, 6,004 pages; see [`generate`]) and the
//! bundled study, and reports wall time and peak memory. Targets: 1.2 s
//! and 200 MB for the synthetic study with output on tmpfs, 100 ms for the
//! bundled one, on 2 cores.

use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

// The same allocator as the `enquete` binary, so that the figures are the
// command line's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "common/synthetic.rs"]
mod synthetic;

use synthetic::{QUESTIONNAIRES, QUESTIONS, SECTIONS, generate, text};
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
    // `ENQUETE_BENCH_HUGO=DIR cargo bench` writes the same study as a Hugo
    // site instead, for comparison (`hugo --source DIR`).
    if let Some(dir) = std::env::var_os("ENQUETE_BENCH_HUGO") {
        generate_hugo(Path::new(&dir));
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
                "{{id: q{s}-{q}, type: text, text: \"How did the programme change your network, question {q}?\"}}, "
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

/// The synthetic study as an equivalent Hugo site: one content file per
/// guide and language (the same texts, as YAML front matter: about 80 MB),
/// each rendered as a web page and a print page (6,000 pages), every text
/// through Markdown. Hugo's templates do less than enquete's (no form
/// controls, no language switcher), which favours Hugo.
fn generate_hugo(root: &Path) {
    const LANGUAGES: [(&str, &str); 3] = [
        ("nl", "het programma"),
        ("en", "the programme"),
        ("fr", "le programme"),
    ];
    let mut config = String::from(
        "baseURL = \"http://localhost/\"\ndefaultContentLanguage = \"nl\"\n\
         disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"robotsTXT\", \"404\"]\n\
         [outputFormats.print]\nmediaType = \"text/html\"\nbaseName = \"index\"\npath = \"print\"\nisHTML = true\n\
         [outputs]\npage = [\"html\", \"print\"]\nhome = [\"html\"]\n",
    );
    for (n, (lang, _)) in LANGUAGES.iter().enumerate() {
        let _ = write!(
            config,
            "[languages.{lang}]\ncontentDir = \"content/{lang}\"\nweight = {}\n",
            n + 1
        );
    }
    let layouts = root.join("layouts/_default");
    std::fs::create_dir_all(&layouts).expect("create layouts/");
    std::fs::write(root.join("hugo.toml"), config).expect("write hugo.toml");
    let page = |print: bool| {
        format!(
            "<!doctype html><html lang=\"{{{{ .Lang }}}}\"><head><meta charset=utf-8><title>{{{{ .Title }}}}</title></head><body><main><h1>{{{{ .Title }}}}</h1>\n\
             {{{{ range .Params.sections }}}}<section id=\"{{{{ .id }}}}\"><h2>{{{{ .title }}}}</h2>{{{{ .instructions | markdownify }}}}\n\
             {{{{ range .questions }}}}<div class=\"question\" id=\"{{{{ .id }}}}\"><label for=\"a-{{{{ .id }}}}\">{{{{ .text | markdownify }}}}</label><ul>{{{{ range .probes }}}}<li>{{{{ . | markdownify }}}}</li>{{{{ end }}}}</ul>{}</div>\n\
             {{{{ end }}}}</section>{{{{ end }}}}</main></body></html>\n",
            if print {
                "<p class=\"lines\"></p>"
            } else {
                "<textarea id=\"a-{{ .id }}\" name=\"{{ .id }}\"></textarea>"
            }
        )
    };
    std::fs::write(layouts.join("single.html"), page(false)).expect("write layout");
    std::fs::write(layouts.join("single.print.html"), page(true)).expect("write layout");
    std::fs::write(
        root.join("layouts/index.html"),
        "<!doctype html><html lang=\"{{ .Lang }}\"><head><meta charset=utf-8><title>{{ .Site.Title }}</title></head><body><ul>{{ range .Site.RegularPages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n",
    )
    .expect("write home layout");
    for (lang, programme) in LANGUAGES {
        let dir = root.join("content").join(lang);
        std::fs::create_dir_all(&dir).expect("create content/");
        // The texts of this language only, with the variable filled in.
        let of = |map: String| {
            let start =
                map.find(&format!("{lang}: \"")).expect("language in text") + lang.len() + 2;
            let end = map[start + 1..].find('"').expect("end of text") + start + 2;
            map[start..end].replace("{ $programme }", programme)
        };
        for i in 0..QUESTIONNAIRES {
            let mut y = format!("---\ntitle: \"Questionnaire {i}\"\nsections:\n");
            for s in 0..SECTIONS {
                let _ = writeln!(
                    y,
                    "  - id: s{s}\n    title: \"Part {s}\"\n    instructions: \"Ask the questions calmly.\"\n    questions:"
                );
                for k in 0..QUESTIONS {
                    let seed = (i * SECTIONS + s) * QUESTIONS + k;
                    let _ = writeln!(
                        y,
                        "      - id: q{s}-{k}\n        text: {}\n        probes:",
                        of(text(seed, "question", 38))
                    );
                    for p in 0..=seed % 3 {
                        let _ = writeln!(y, "          - {}", of(text(seed * 3 + p, "probe", 15)));
                    }
                }
            }
            y.push_str("---\n");
            std::fs::write(dir.join(format!("q{i:04}.md")), y).expect("write content");
        }
    }
}
