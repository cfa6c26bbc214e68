//! Snapshots of the pages of the minimal fixture, one tag per line, so that
//! any change to what a user sees shows up in review. Update them with
//! `INSTA_UPDATE=always cargo test --test snapshots` and read the diff.

mod common;

/// A page, one tag per line, with the content hashes of assets blanked (a
/// change of style sheet or script is not a change of the page).
fn page(site: &std::path::Path, rel: &str) -> String {
    let html = std::fs::read_to_string(site.join(rel)).unwrap();
    let mut out = common::pretty(&html);
    for asset in ["assets/enquete.", "assets/redirect."] {
        let mut from = 0;
        while let Some(i) = out[from..].find(asset) {
            let start = from + i + asset.len();
            if out.len() >= start + 12
                && out[start..start + 12]
                    .bytes()
                    .all(|b| b.is_ascii_hexdigit())
            {
                out.replace_range(start..start + 12, "HASH");
            }
            from = start;
        }
    }
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
