//! `codebook.qdc`: the study's codebook in the REFI-QDA codebook exchange
//! format (`urn:QDA-XML:codebook:1.0`), for analysis software to import
//! before the interviews are coded.

use crate::i18n::Locales;
use crate::model::{Code, Study};
use crate::render::text::{TextRenderer, sanitizer};

use super::guid;
use super::xml::Writer;

/// What exports name as their origin.
pub const ORIGIN: &str = concat!("enquete ", env!("CARGO_PKG_VERSION"));

/// The codebook as a `.qdc` file: names and descriptions in `lang` (the
/// default language where a text is not translated into it).
pub fn qdc(study: &Study, locales: &Locales, lang: &str) -> String {
    let mut w = Writer::new();
    w.open(
        "CodeBook",
        &[("xmlns", "urn:QDA-XML:codebook:1.0"), ("origin", ORIGIN)],
    );
    w.open("Codes", &[]);
    write_codes(&mut w, study, locales, lang, &study.codebook);
    w.close("Codes");
    w.close("CodeBook");
    w.finish()
}

/// `<Code>` elements, nested as the codes are; the codebook exchange and
/// the project exchange describe codes alike.
pub(super) fn write_codes(
    w: &mut Writer,
    study: &Study,
    locales: &Locales,
    lang: &str,
    codes: &[Code],
) {
    let clean = sanitizer();
    let text = TextRenderer::new(study, locales, lang, &clean);
    let mut stack: Vec<std::slice::Iter<Code>> = vec![codes.iter()];
    // Iterative, not recursive: depth is bounded by validation, but a
    // loop keeps the stack flat whatever the codebook.
    while let Some(level) = stack.last_mut() {
        let Some(code) = level.next() else {
            stack.pop();
            if !stack.is_empty() {
                w.close("Code");
            }
            continue;
        };
        let guid = code_guid(study, &code.id);
        let name = text.source(&code.name);
        let mut attributes = vec![
            ("guid", guid.as_str()),
            ("name", name.trim()),
            ("isCodable", "true"),
        ];
        if let Some(colour) = &code.colour {
            attributes.push(("color", colour));
        }
        let description = code.description.as_ref().map(|d| text.source(d));
        if description.is_none() && code.children.is_empty() {
            w.empty("Code", &attributes);
            continue;
        }
        w.open("Code", &attributes);
        if let Some(description) = description {
            w.text("Description", description.trim());
        }
        if code.children.is_empty() {
            w.close("Code");
        } else {
            stack.push(code.children.iter());
        }
    }
}

/// A code's GUID: the same for the same study and code id, in the
/// codebook and in every project exported from the study.
pub fn code_guid(study: &Study, id: &str) -> String {
    guid::guid(&[&guid::study_name(study), "codebook", id])
}
