//! The synthetic study that the benchmarks build: written once here so
//! that `cargo bench --bench build` and `--bench serve` measure the same
//! study.

use std::fmt::Write as _;
use std::path::Path;

pub const QUESTIONNAIRES: usize = 1_000;
pub const SECTIONS: usize = 5;
pub const QUESTIONS: usize = 8;

/// Writes the synthetic study: 1,000 interview guides of 5 sections × 8
/// questions in three languages, each question about 40 words and each of
/// its 1 to 3 probes about 15 (with Markdown and a Fluent variable);
/// bilingual pages are switched off. About 80 MB of YAML and 6,004 pages.
pub fn generate(root: &Path) {
    let q = root.join("questionnaires");
    std::fs::create_dir_all(&q).expect("create questionnaires/");
    std::fs::write(
        root.join("study.yaml"),
        "title: { nl: Synthetische studie, en: Synthetic study, fr: Étude synthétique }\n\
         languages: [nl, en, fr]\n\
         bilingual: []\n\
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
                let seed = (i * SECTIONS + s) * QUESTIONS + k;
                let _ = writeln!(
                    y,
                    "      - id: q{s}-{k}\n        type: {kind}\n        text: {}\n        probes:",
                    text(seed, "question", 38)
                );
                for p in 0..=seed % 3 {
                    let _ = writeln!(y, "          - {}", text(seed * 3 + p, "probe", 15));
                }
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

/// A text of `length` words (and a prefix) in each language, as a YAML flow
/// map: words drawn from a small vocabulary by `seed`, one in *emphasis*,
/// and the study's `{ $programme }`.
pub fn text(seed: usize, what: &str, length: usize) -> String {
    const WORDS: [(&str, &str); 3] = [
        (
            "nl",
            "hoe heeft uw netwerk buurt werk taal vrienden familie school gemeente veranderd \
             sinds begin eerste maand samen met begeleider afspraken gesprek verwachting \
             ervaring moeilijk",
        ),
        (
            "en",
            "how has your network neighbourhood work language friends family school \
             municipality changed since start first month together with buddy meetings \
             conversation expectation experience difficult",
        ),
        (
            "fr",
            "comment votre réseau quartier travail langue amis famille école commune changé \
             depuis début premier mois ensemble avec parrain rencontres conversation attente \
             expérience difficile été",
        ),
    ];
    let mut map = String::from("{ ");
    for (n, (lang, vocabulary)) in WORDS.iter().enumerate() {
        let words: Vec<&str> = vocabulary.split_whitespace().collect();
        if n > 0 {
            map.push_str(", ");
        }
        let _ = write!(map, "{lang}: \"{what} {seed}:");
        for w in 0..length {
            let word = words[(seed * 7 + w * 13 + w * w) % words.len()];
            if w == 5 {
                let _ = write!(map, " *{word}*");
            } else if w == length / 2 {
                map.push_str(" { $programme }");
            } else {
                let _ = write!(map, " {word}");
            }
        }
        map.push_str("?\"");
    }
    map.push_str(" }");
    map
}
