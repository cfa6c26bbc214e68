//! Templates are minified once, when the theme loads, instead of every page
//! being minified (see src/render/minify.rs). This checks that doing so
//! changes nothing: every page of the fixture studies, rendered from the
//! minified templates and from the templates as written, minifies to the
//! same bytes.

mod common;

use std::path::Path;

use enquete::diagnostics::Diagnostics;
use enquete::render::{Site, minify, theme};

fn assert_same_pages(root: &Path) {
    let checked = enquete::check(root, false);
    let (study, locales) = checked.study.as_ref().expect("the fixture is valid");
    let mut diagnostics = Diagnostics::default();
    let minified =
        theme::load_templates(root, study.theme.as_deref(), &mut diagnostics, true).unwrap();
    let as_written =
        theme::load_templates(root, study.theme.as_deref(), &mut diagnostics, false).unwrap();
    let a = Site::new(study, locales, &minified);
    let b = Site::new(study, locales, &as_written);
    let mut pages = 0;
    for job in enquete::plan::plan(study) {
        let from_minified = a.render(&job).unwrap();
        let from_written = b.render(&job).unwrap();
        assert_eq!(from_minified.len(), from_written.len());
        for (x, y) in from_minified.iter().zip(&from_written) {
            assert_eq!(x.path, y.path);
            if !x.path.ends_with(".html") {
                assert_eq!(x.bytes, y.bytes, "{}", x.path);
                continue;
            }
            let (mx, my) = (minify::page(&x.bytes), minify::page(&y.bytes));
            assert!(
                mx == my,
                "{} differs:\n{}\n---\n{}",
                x.path,
                common::pretty(&String::from_utf8_lossy(&mx)),
                common::pretty(&String::from_utf8_lossy(&my))
            );
            // And the page as written to disk is already minified:
            // minifying it again saves next to nothing (whitespace between
            // rendered Markdown blocks, and around template tags).
            assert!(
                mx.len() * 100 >= x.bytes.len() * 93,
                "{}: {} bytes, {} minified",
                x.path,
                x.bytes.len(),
                mx.len()
            );
            pages += 1;
        }
    }
    assert!(pages > 0);
}

#[test]
fn minimal_fixture() {
    assert_same_pages(&common::fixture("minimal"));
}

#[test]
fn bundled_study() {
    assert_same_pages(Path::new(env!("CARGO_MANIFEST_DIR")));
}

/// Character references read as a browser reads them (minify-html's entity
/// table is a patched copy: vendor/minify-html-common): decoded where that
/// is shorter, kept where decoding would change the text.
#[test]
fn character_references_keep_their_meaning() {
    let page = "<p title=\"a&amp;b &ampx &notin; &#x41;\">&amp; &lt;b&gt; &notit; &#233; &AMP &copy;2024 &unknown; &#x1F600; &nLt;</p>";
    let minified = String::from_utf8(minify::page(page.as_bytes())).unwrap();
    assert_eq!(
        minified,
        "<p title=\"a&b &ampx ∉ A\">& &lt;b> ¬it; é & ©2024 &unknown; 😀 &nLt;</p>"
    );
}
