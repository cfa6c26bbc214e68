//! Snapshots of the pages of the minimal fixture, one tag per line, so that
//! any change to what a user sees shows up in review. Update them with
//! `INSTA_UPDATE=always cargo test --test snapshots` and read the diff.

mod common;

/// A page, one tag per line, with the content hashes of assets blanked (a
/// change of style sheet, script or interface strings is not a change of
/// the page).
fn page(site: &std::path::Path, rel: &str) -> String {
    let html = std::fs::read_to_string(site.join(rel)).unwrap();
    let pretty = common::pretty(&html);
    let mut out = String::with_capacity(pretty.len());
    let mut rest = pretty.as_str();
    while let Some(i) = rest.find("assets/") {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest
            .find(|c: char| c == '"' || c == '>' || c.is_whitespace())
            .unwrap_or(rest.len());
        let name: Vec<&str> = rest[..end]
            .split('.')
            .map(|part| {
                if part.len() == 12 && part.bytes().all(|b| b.is_ascii_hexdigit()) {
                    "HASH"
                } else {
                    part
                }
            })
            .collect();
        out.push_str(&name.join("."));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn pages_of_the_minimal_study() {
    let out = tempfile::tempdir().unwrap();
    common::build(&common::fixture("minimal"), out.path()).unwrap();
    for (name, rel) in [
        ("redirect", "index.html"),
        ("home_en", "en/index.html"),
        ("interview_en", "en/guide/index.html"),
        ("interview_print_en", "en/guide/print/index.html"),
        ("survey_nl", "nl/survey/index.html"),
        ("bilingual_en_nl", "bilingual/en-nl/guide/index.html"),
        ("consent_en", "en/consent/index.html"),
        ("letter_nl_ghent", "nl/letter/ghent/index.html"),
    ] {
        insta::assert_snapshot!(name, page(out.path(), rel));
    }
    let footer = std::fs::read_to_string(out.path().join("en/consent/footer.css")).unwrap();
    insta::assert_snapshot!("consent_footer_css", footer);
}
