//! QR codes for printed letters: drawn at build time, inline SVG, no request.

use qrcode::QrCode;
use qrcode::render::svg;

/// An inline `<svg>` of `url`, or `None` if it is too long to encode.
pub fn svg(url: &str) -> Option<String> {
    let code = QrCode::new(url.as_bytes()).ok()?;
    let image = code
        .render::<svg::Color>()
        .min_dimensions(112, 112)
        .quiet_zone(true)
        .build();
    // The renderer writes a standalone document; inline SVG in HTML takes
    // neither the XML declaration nor the `version` attribute.
    let start = image.find("<svg")?;
    Some(image[start..].replacen(
        " version=\"1.1\"",
        " role=\"img\" aria-hidden=\"true\" focusable=\"false\"",
        1,
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn inline_svg_without_declaration() {
        let s = super::svg("https://example.org/nl/index.html").unwrap();
        assert!(s.starts_with("<svg"));
        assert!(!s.contains("<?xml"));
    }
}
