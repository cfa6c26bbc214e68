//! Property tests over mutated studies: `check` never panics, and whatever
//! `check` accepts, `build` builds, leaving nothing but the site behind.
//!
//! The fixtures are mutated line by line and token by token with a seeded
//! generator, so a failure names its seed and replays exactly. The default
//! run is short; `ENQUETE_FUZZ_CASES=20000 cargo test --release --test
//! property` runs longer (see the README).

mod common;

use std::path::{Path, PathBuf};

use common::{fixture, tree};
use enquete::export::xlsform;

/// xorshift64*: small, seedable, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Values that have broken parsers, renderers and templates before.
const NASTY: &[&str] = &[
    "-9223372036854775808",
    "9223372036854775807",
    "0",
    "-1",
    "21",
    "1e309",
    ".nan",
    "~",
    "null",
    "true",
    "[]",
    "{}",
    "\"\"",
    "'",
    "\"",
    "&a x",
    "*a",
    "!!binary aGk=",
    "{ $programme }",
    "{ $nope }",
    "{{{{{{{{{{{{{{{{{{{{\"x\"}}}}}}}}}}}}}}}}}}}}",
    "{ NUMBER(5) }",
    "{ FOO() }",
    "{ -term }",
    "{ $programme -> *[a] x }",
    "<script>alert(1)</script>",
    "<div><div><div>x</div></div></div>",
    "[x](javascript:alert(1))",
    "<img src=x onerror=alert(1)>",
    "\"\\f\\u0000\\u202e\"",
    "مرحبا",
    "é\u{301}",
    "a: b",
    "- x",
    "other",
    "open",
    "scale",
    "msc",
    "note",
    "single",
    "verbal",
    "written",
    "survey",
    "interview",
    "letter",
    "consent",
    "nl",
    "xx",
    "en-GB",
    "https://x.example/\"><b>",
    "mailto:x@example.org",
    "60-90",
    "90-60",
];

/// One mutation of a YAML text.
fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    if lines.is_empty() {
        return NASTY[rng.below(NASTY.len())].to_string();
    }
    let i = rng.below(lines.len());
    match rng.below(8) {
        0 => {
            lines.remove(i);
        }
        1 => {
            let line = lines[i].clone();
            lines.insert(i, line);
        }
        2 => {
            let j = rng.below(lines.len());
            lines.swap(i, j);
        }
        3 => {
            // Replace the value after a `key: ` with a nasty one.
            if let Some(at) = lines[i].find(": ") {
                let keep = lines[i][..at + 2].to_string();
                lines[i] = format!("{keep}{}", rng.pick(NASTY));
            }
        }
        4 => {
            // Replace one word anywhere.
            let words: Vec<&str> = lines[i].split(' ').collect();
            let k = rng.below(words.len());
            let nasty = rng.pick(NASTY);
            lines[i] = words
                .iter()
                .enumerate()
                .map(|(n, w)| if n == k { *nasty } else { *w })
                .collect::<Vec<_>>()
                .join(" ");
        }
        5 => {
            // Indent or dedent.
            if rng.below(2) == 0 {
                lines[i].insert_str(0, "  ");
            } else {
                lines[i] = lines[i].trim_start().to_string();
            }
        }
        6 => {
            let cut = rng.below(lines[i].len() + 1);
            if lines[i].is_char_boundary(cut) {
                lines[i].truncate(cut);
            }
        }
        _ => {
            let nasty = rng.pick(NASTY);
            lines.insert(i, format!("{}{nasty}", " ".repeat(rng.below(8))));
        }
    }
    lines.join("\n") + "\n"
}

/// The files of a fixture study, as (relative path, text).
fn files(root: &Path) -> Vec<(PathBuf, String)> {
    tree(root)
        .into_iter()
        .map(|(p, bytes)| (PathBuf::from(p), String::from_utf8(bytes).unwrap()))
        .collect()
}

/// Runs one mutated study; whether `check` accepted it (and so it was built).
fn one_case(base: &[(PathBuf, String)], seed: u64) -> bool {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut study = base.to_vec();
    for _ in 0..=rng.below(2) {
        let k = rng.below(study.len());
        study[k].1 = mutate(&study[k].1, &mut rng);
    }
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in &study {
        let full = dir.path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
    }
    let checked = std::panic::catch_unwind(|| enquete::check(dir.path(), false))
        .unwrap_or_else(|_| panic!("check panicked on seed {seed}; study in {study:#?}"));
    if checked.study.is_none() {
        return false;
    }
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let built = std::panic::catch_unwind(|| common::build(dir.path(), &site))
        .unwrap_or_else(|_| panic!("build panicked on seed {seed}; study in {study:#?}"));
    if let Err(e) = built {
        panic!("check accepted but build failed on seed {seed}: {e}\nstudy: {study:#?}");
    }
    let left = common::names_in(out.path());
    assert_eq!(left, [".site.enquete-lock", "site"], "seed {seed}");
    // And it exports as XLSForms, or names the text too long for a cell.
    let (valid, locales) = checked.study.as_ref().unwrap();
    let exported = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let forms = xlsform::forms(valid, locales, &[]).unwrap();
        forms.iter().all(|f| {
            xlsform::sheet::too_long(&f.sheets).is_some() || xlsform::sheet::xlsx(&f.sheets).is_ok()
        })
    }))
    .unwrap_or_else(|_| panic!("export xlsform panicked on seed {seed}; study in {study:#?}"));
    assert!(
        exported,
        "check accepted but an XLSForm failed on seed {seed}"
    );
    true
}

#[test]
fn whatever_check_accepts_build_builds() {
    let cases: u64 = std::env::var("ENQUETE_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100);
    let first: u64 = std::env::var("ENQUETE_FUZZ_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let bases = [files(&fixture("minimal")), files(&fixture("rtl"))];
    let mut built = 0;
    for seed in first..first + cases {
        if one_case(&bases[(seed % 2) as usize], seed) {
            built += 1;
        }
    }
    // Not vacuous: many mutations keep the study valid, and those are built.
    assert!(
        built * 10 >= cases,
        "only {built} of {cases} mutated studies were valid"
    );
}
