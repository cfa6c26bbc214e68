//! `enquete verify DOC --lang L --hash H`: does the study still print the
//! wording of a signed consent sheet? The footer hash names the whole
//! sheet; consent-wording.lock, which `build` keeps, holds the hash of each
//! part of every wording it printed, so that a sheet signed on an older
//! wording can be told apart item by item.

use std::path::Path;
use std::process::ExitCode;

use enquete::model::Content;
use enquete::render::Site;
use enquete::translations::wording::{self, WORDING_FILE};

use super::{Console, require_study};

pub fn run(root: &Path, document: &str, lang: &str, hash: &str, console: &Console) -> ExitCode {
    if let Err(code) = require_study(root, console) {
        return code;
    }
    let hash = hash.trim_start_matches('#').to_ascii_lowercase();
    if hash.len() < 6 || hash.len() > 12 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        eprintln!(
            "error: `{hash}` is not a footer hash: 6 to 12 hexadecimal digits, as printed after `#`"
        );
        return ExitCode::from(2);
    }
    let mut checked = enquete::check_with(root, false, true);
    let (Some((study, locales)), Some(theme)) = (checked.study.take(), checked.theme.take()) else {
        console.show(&checked.diagnostics, &checked.sources);
        eprintln!("error: the study has errors: its wording cannot be told");
        return ExitCode::from(1);
    };
    let Some(doc) = study.document(document) else {
        let consents: Vec<&str> = study
            .documents
            .iter()
            .filter(|d| matches!(d.content, Content::Consent(_)))
            .map(|d| d.id.as_str())
            .collect();
        eprintln!(
            "error: the study has no document `{document}` (its consent documents: {})",
            consents.join(", ")
        );
        return ExitCode::from(2);
    };
    let Some(language) = study.languages.iter().find(|l| l.code == lang) else {
        let codes: Vec<&str> = study.languages.iter().map(|l| l.code.as_str()).collect();
        eprintln!(
            "error: `{lang}` is not a language of the study ({})",
            codes.join(", ")
        );
        return ExitCode::from(2);
    };
    let site = Site::new(&study, &locales, &theme);
    let Some(now) = site.consent_wording(doc, &language.code) else {
        eprintln!("error: `{document}` is not a consent document: only consent sheets are signed");
        return ExitCode::from(2);
    };
    let short = &now.hash[..hash.len()];
    if short == hash {
        println!(
            "{document} ({lang}) #{}: the study still prints this wording",
            now.hash
        );
        return ExitCode::SUCCESS;
    }
    let history = std::fs::read_to_string(root.join(WORDING_FILE))
        .map(|text| wording::parse(&text).0)
        .unwrap_or_default();
    let known: Vec<(&String, &Vec<(String, String)>)> = history
        .wordings
        .iter()
        .filter(|((d, l, h), _)| d == document && l == lang && h.starts_with(&hash))
        .map(|((_, _, h), parts)| (h, parts))
        .collect();
    match known.as_slice() {
        [] => {
            println!(
                "{document} ({lang}) #{hash}: not the wording the study prints now (#{}), \
                 and {WORDING_FILE} has no record of it: it was never built from this study \
                 as it is kept, or the hash is mistyped",
                now.hash
            );
        }
        [(then, parts)] => {
            let changed = wording::changed_parts(parts, &now.parts);
            println!(
                "{document} ({lang}) #{then}: the study now prints another wording (#{})",
                now.hash
            );
            if changed.is_empty() {
                println!("  changed: the order of the items");
            } else {
                println!("  changed since: {}", changed.join(", "));
            }
        }
        several => {
            let hashes: Vec<String> = several.iter().map(|(h, _)| format!("#{h}")).collect();
            eprintln!(
                "error: #{hash} is the start of several wordings ({}): give more digits",
                hashes.join(", ")
            );
            return ExitCode::from(2);
        }
    }
    ExitCode::from(1)
}
