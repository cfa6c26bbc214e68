//! The theme: Tera templates and static assets. The default theme is
//! embedded in the binary; a study's `themes/{name}/` overrides it template
//! by template and asset by asset.

use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostics::{Diagnostic, Diagnostics, did_you_mean};
use crate::validate::short_hash;

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
    "partials/field.html",
    "partials/print-question.html",
    "partials/footer.html",
    "partials/contact.html",
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
        "enquete-interview.js",
        include_bytes!("../../themes/default/static/enquete-interview.js"),
    ),
    (
        "enquete-survey.js",
        include_bytes!("../../themes/default/static/enquete-survey.js"),
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
    let themes_dir = root.join("themes");
    let chosen = match name {
        Some(n) => {
            let dir = themes_dir.join(n);
            if !dir.is_dir() {
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
        None => Some(themes_dir.join("default")).filter(|d| d.is_dir()),
    };
    let mut overridden: Vec<String> = Vec::new();
    if let Some(dir) = &chosen {
        let mut not_text = Vec::new();
        read_dir_into(
            &dir.join("templates"),
            root,
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
            &dir.join("static"),
            root,
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
    for (name, mut bytes) in assets {
        if name.ends_with(".js") {
            bytes = super::minify::script(&bytes);
        }
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

fn read_dir_into(
    dir: &Path,
    root: &Path,
    diagnostics: &mut Diagnostics,
    add: &mut dyn FnMut(String, Vec<u8>, &Path),
) {
    if !dir.is_dir() {
        return;
    }
    let mut files: Vec<_> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .collect();
    files.sort_by(|a, b| a.path().cmp(b.path()));
    for entry in files {
        let path = entry.path();
        let rel = path
            .strip_prefix(dir)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        match std::fs::read(path) {
            Ok(bytes) => add(rel, bytes, path),
            Err(e) => diagnostics.push(Diagnostic::file_error(
                path.strip_prefix(root).unwrap_or(path),
                format!("cannot be read: {e}"),
            )),
        }
    }
}
