//! The theme: Tera templates and static assets. The default theme is
//! embedded in the binary; a study's `themes/{name}/` overrides it template
//! by template and asset by asset.

use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostics::{Diagnostic, Diagnostics, did_you_mean};
use crate::load::files::{InputError, StudyDir};
use crate::validate::short_hash;

/// Most bytes one template may have.
const MAX_TEMPLATE_BYTES: u64 = 2 * 1024 * 1024;
/// Most bytes one asset (an image, a font) may have.
const MAX_ASSET_BYTES: u64 = 32 * 1024 * 1024;

macro_rules! builtin_templates {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../themes/default/templates/", $name)))),*]
    };
}

const TEMPLATES: &[(&str, &str)] = builtin_templates![
    "base.html",
    "redirect.html",
    "home.html",
    "form.html",
    "print.html",
    "consent.html",
    "letter.html",
    "letters.html",
    "codebook.html",
    "partials/field.html",
    "partials/print-question.html",
    "partials/footer.html",
    "partials/contact.html",
    "partials/letterhead.html",
];

const ASSETS: &[(&str, &[u8])] = &[
    (
        "enquete.css",
        include_bytes!("../../themes/default/static/enquete.css"),
    ),
    (
        "enquete.js",
        include_bytes!("../../themes/default/static/enquete.js"),
    ),
    (
        "enquete-storage.js",
        include_bytes!("../../themes/default/static/enquete-storage.js"),
    ),
    (
        "enquete-record.js",
        include_bytes!("../../themes/default/static/enquete-record.js"),
    ),
    (
        "enquete-export.js",
        include_bytes!("../../themes/default/static/enquete-export.js"),
    ),
    (
        "enquete-transfer.js",
        include_bytes!("../../themes/default/static/enquete-transfer.js"),
    ),
    (
        "enquete-interview.js",
        include_bytes!("../../themes/default/static/enquete-interview.js"),
    ),
    (
        "enquete-survey.js",
        include_bytes!("../../themes/default/static/enquete-survey.js"),
    ),
    (
        "enquete-skip.js",
        include_bytes!("../../themes/default/static/enquete-skip.js"),
    ),
    (
        "redirect.js",
        include_bytes!("../../themes/default/static/redirect.js"),
    ),
];

pub struct Theme {
    pub tera: tera::Tera,
    /// `(site path, bytes)` of every asset, names carrying a content hash.
    pub assets: Vec<(String, Vec<u8>)>,
    /// Original name → site path (`enquete.css` → `assets/enquete.1a2b3c.css`).
    pub asset_paths: BTreeMap<String, String>,
    /// Whether pages come out of the templates minified. The built-in
    /// templates are minified when they load (a test checks that this
    /// changes no page); with a study's own templates, which that test has
    /// not seen, each page is minified instead.
    pub minified: bool,
}

/// Loads the built-in theme and the study's overrides. `name` is the
/// study's `theme:`; without it, `themes/default/` is used when present.
/// Templates are minified as they load (see [`super::minify`]).
pub fn load(root: &Path, name: Option<&str>, diagnostics: &mut Diagnostics) -> Option<Theme> {
    load_templates(root, name, diagnostics, true)
}

/// As [`load`], with `minify: false` to keep templates as written: for the
/// test that checks that minifying templates changes no page.
#[doc(hidden)]
pub fn load_templates(
    root: &Path,
    name: Option<&str>,
    diagnostics: &mut Diagnostics,
    minify: bool,
) -> Option<Theme> {
    let mut templates: BTreeMap<String, String> = TEMPLATES
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
    let mut assets: BTreeMap<String, Vec<u8>> = ASSETS
        .iter()
        .map(|(n, b)| (n.to_string(), b.to_vec()))
        .collect();
    let study = StudyDir::open(root, diagnostics)?;
    let themes_dir = root.join("themes");
    let chosen = match name {
        Some(n) => {
            let dir = themes_dir.join(n);
            if !theme_dir(&study, &dir, diagnostics)? {
                let available: Vec<String> = std::fs::read_dir(&themes_dir)
                    .map(|rd| {
                        rd.filter_map(|e| e.ok())
                            .filter(|e| e.path().is_dir())
                            .map(|e| e.file_name().to_string_lossy().into_owned())
                            .collect()
                    })
                    .unwrap_or_default();
                diagnostics.push(
                    Diagnostic::file_error(
                        Path::new("study.yaml"),
                        format!("theme `{n}` not found"),
                    )
                    .expected(format!(
                        "a directory themes/{n}/ with templates/ and static/"
                    ))
                    .maybe_help(did_you_mean(n, available.iter().map(String::as_str))),
                );
                return None;
            }
            Some(dir)
        }
        None => {
            let dir = themes_dir.join("default");
            theme_dir(&study, &dir, diagnostics)?.then_some(dir)
        }
    };
    let mut overridden: Vec<String> = Vec::new();
    if let Some(dir) = &chosen {
        let mut not_text = Vec::new();
        read_dir_into(
            &study,
            &dir.join("templates"),
            MAX_TEMPLATE_BYTES,
            diagnostics,
            &mut |rel, bytes, path| match String::from_utf8(bytes) {
                Ok(text) => {
                    if TEMPLATES
                        .iter()
                        .find(|(n, _)| *n == rel)
                        .is_none_or(|(_, t)| *t != text)
                    {
                        overridden.push(rel.clone());
                    }
                    templates.insert(rel, text);
                }
                Err(_) => not_text.push(path.strip_prefix(root).unwrap_or(path).to_path_buf()),
            },
        );
        for path in not_text {
            diagnostics.push(
                Diagnostic::file_error(&path, "is not UTF-8 text")
                    .expected("save the template as UTF-8"),
            );
        }
        read_dir_into(
            &study,
            &dir.join("static"),
            MAX_ASSET_BYTES,
            diagnostics,
            &mut |rel, bytes, _| {
                assets.insert(rel, bytes);
            },
        );
    }

    let minified = minify && overridden.is_empty();
    if minified {
        for text in templates.values_mut() {
            *text = super::minify::template(text);
        }
    }
    let mut tera = tera::Tera::new();
    tera.autoescape_on([".html"]);
    tera.set_escape_fn(escape_html);
    tera.register_function("range", super::limits::range);
    // Templates refer to each other (extends, include), so they are added
    // together.
    if let Err(e) = tera.add_raw_templates(templates.iter().map(|(n, t)| (n.as_str(), t.as_str())))
    {
        let shown = match &chosen {
            Some(dir) => display_dir(dir, root),
            None => "(built-in theme)".to_string(),
        };
        diagnostics.push(Diagnostic::file_error(
            Path::new(&shown),
            format!("template error: {e}"),
        ));
        return None;
    }

    let mut asset_paths = BTreeMap::new();
    let mut hashed = Vec::new();
    // Scripts ship as written, comments included: what runs on a
    // respondent's device can be read and audited (by an ethics committee,
    // say) in the built site itself, for about 8 KB more gzipped.
    for (name, bytes) in assets {
        let path = format!("assets/{}", hashed_name(&name, &bytes));
        asset_paths.insert(name, path.clone());
        hashed.push((path, bytes));
    }
    Some(Theme {
        tera,
        assets: hashed,
        asset_paths,
        minified,
    })
}

/// Escapes text for HTML content and double-quoted attributes: `&`, `<`,
/// `>` and `"`. Tera's own escaping also turns `'` into `&#39;`, which the
/// minifier turns back, so pages from minified templates would differ from
/// minified pages; every attribute of the built-in theme is double-quoted.
fn escape_html(input: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    // Byte by byte: the four are ASCII, and every page's text passes here.
    let bytes = input.as_bytes();
    let mut start = 0;
    for (i, b) in bytes.iter().enumerate() {
        let escaped: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            _ => continue,
        };
        out.write_all(&bytes[start..i])?;
        out.write_all(escaped)?;
        start = i + 1;
    }
    out.write_all(&bytes[start..])
}

fn display_dir(dir: &Path, root: &Path) -> String {
    dir.strip_prefix(root)
        .unwrap_or(dir)
        .join("templates")
        .to_string_lossy()
        .into_owned()
}

/// `enquete.css` → `enquete.1a2b3c4d5e6f.css`.
fn hashed_name(name: &str, bytes: &[u8]) -> String {
    let hash = short_hash(bytes);
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{hash}.{ext}"),
        None => format!("{name}.{hash}"),
    }
}

/// Whether a theme directory exists; `None` (after an error) when it is a
/// link out of the study.
fn theme_dir(study: &StudyDir, dir: &Path, diagnostics: &mut Diagnostics) -> Option<bool> {
    match study.dir(dir) {
        Ok(found) => Some(found.is_some()),
        Err(e) => {
            push_error(study, dir, &e, diagnostics);
            None
        }
    }
}

fn push_error(study: &StudyDir, path: &Path, e: &InputError, diagnostics: &mut Diagnostics) {
    let d = match e {
        InputError::Outside { .. } => Diagnostic::general(e.to_string())
            .expected("a file inside the study directory (copy it in)"),
        _ => Diagnostic::file_error(
            Path::new(&crate::load::files::display(study.root(), path)),
            e.to_string(),
        ),
    };
    diagnostics.push(d);
}

/// Every file under `dir`, read through `study`: links are followed only
/// where they stay inside the study.
fn read_dir_into(
    study: &StudyDir,
    dir: &Path,
    limit: u64,
    diagnostics: &mut Diagnostics,
    add: &mut dyn FnMut(String, Vec<u8>, &Path),
) {
    match study.dir(dir) {
        Ok(Some(_)) => {}
        Ok(None) => return,
        Err(e) => return push_error(study, dir, &e, diagnostics),
    }
    let mut outside = Vec::new();
    let mut files: Vec<_> = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            if e.depth() > 0
                && e.path_is_symlink()
                && let Err(err) = study.resolve(e.path())
            {
                outside.push((e.path().to_path_buf(), err));
                return false;
            }
            true
        })
        .filter_map(|e| e.ok())
        .filter(|e| !e.file_type().is_dir())
        .collect();
    for (path, e) in outside {
        push_error(study, &path, &e, diagnostics);
    }
    files.sort_by(|a, b| a.path().cmp(b.path()));
    for entry in files {
        let path = entry.path();
        let rel = path
            .strip_prefix(dir)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        match study.read(path, limit) {
            Ok(bytes) => add(rel, bytes, path),
            Err(e) => push_error(study, path, &e, diagnostics),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn escape_html_escapes_four_characters_and_keeps_the_rest() {
        let mut out = Vec::new();
        super::escape_html("<b a=\"x\">Tom & Jerry's café</b>", &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "&lt;b a=&quot;x&quot;&gt;Tom &amp; Jerry's café&lt;/b&gt;"
        );
    }
}
