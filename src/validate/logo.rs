//! `logo`: an image of the study that the site publishes beside every
//! consent sheet and letter. Only SVG and PNG, which every browser shows
//! in an `<img>` and prints sharply; only files inside the study, since
//! whatever is named here is copied into a public site.

use std::path::{Component, Path};

use crate::diagnostics::{Diagnostic, Diagnostics, did_you_mean};
use crate::load::LoadedStudy;
use crate::load::files::InputError;
use crate::load::reader::Located;
use crate::model::Logo;

/// A letterhead's logo is a few kilobytes; a megabyte is a photograph or
/// a print file that would weigh on every consent sheet and letter.
pub const MAX_LOGO_BYTES: u64 = 1024 * 1024;

const EXPECTED: &str = "the path, relative to the study, of an SVG or PNG file (e.g. `logo.svg`)";

pub fn check_logo(
    loaded: &LoadedStudy,
    path: &Located<String>,
    diagnostics: &mut Diagnostics,
) -> Option<Logo> {
    let fail = |diagnostics: &mut Diagnostics, message: String, help: Option<String>| {
        diagnostics.push(
            Diagnostic::error(path.loc, message)
                .expected(EXPECTED)
                .maybe_help(help),
        );
        None
    };
    let name = path.value.as_str();
    let relative = Path::new(name);
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
    {
        return fail(
            diagnostics,
            format!(
                "logo {name}: outside the study directory; enquete never reads files outside the study"
            ),
            None,
        );
    }
    let extension = match relative
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("svg") => "svg",
        Some("png") => "png",
        _ => {
            return fail(
                diagnostics,
                format!("logo {name}: not an SVG or PNG file"),
                None,
            );
        }
    };
    let dir = loaded.dir.as_ref()?;
    let full = loaded.root.join(relative);
    let bytes = match dir.read(&full, MAX_LOGO_BYTES) {
        Ok(bytes) => bytes,
        Err(InputError::NotFound) => {
            let images = images_beside(&loaded.root, relative);
            let help = did_you_mean(name, images.iter().map(String::as_str));
            return fail(diagnostics, format!("logo {name}: file not found"), help);
        }
        Err(e) => return fail(diagnostics, format!("logo {name}: {e}"), None),
    };
    let is_image = match extension {
        "png" => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        _ => std::str::from_utf8(&bytes).is_ok_and(|text| text.contains("<svg")),
    };
    if !is_image {
        let kind = if extension == "png" {
            "a PNG"
        } else {
            "an SVG"
        };
        return fail(
            diagnostics,
            format!("logo {name}: not {kind} image, whatever its name says"),
            None,
        );
    }
    Some(Logo { extension, bytes })
}

/// The SVG and PNG files in the directory where the logo was looked for,
/// as paths like the one written, for a did-you-mean.
fn images_beside(root: &Path, relative: &Path) -> Vec<String> {
    let parent = relative.parent().unwrap_or(Path::new(""));
    let Ok(entries) = std::fs::read_dir(root.join(parent)) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| {
            let lower = n.to_ascii_lowercase();
            lower.ends_with(".svg") || lower.ends_with(".png")
        })
        .map(|n| parent.join(n).to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}
