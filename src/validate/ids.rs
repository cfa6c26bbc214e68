//! Ids and language codes: what may appear in a path of the built site.

/// `[a-z0-9_-]+`, at most 64 characters: safe as a path segment on every
/// file system and in every URL, never `.` or `..`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

pub const ID_EXPECTED: &str = "lowercase letters, digits, `-` and `_` (at most 64)";

/// Longest language tag accepted (RFC 5646 asks implementations to
/// support at least 35 characters; real tags are far shorter).
pub const MAX_LANGUAGE_LEN: usize = 35;

/// A BCP 47 tag of the simple kind used for interface languages: `nl`,
/// `fr-BE`, `zh-Hant`, at most [`MAX_LANGUAGE_LEN`] characters.
pub fn is_valid_language(code: &str) -> bool {
    if code.len() > MAX_LANGUAGE_LEN || code.parse::<unic_langid::LanguageIdentifier>().is_err() {
        return false;
    }
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

pub fn is_plausible_email(email: &str) -> bool {
    let mut parts = email.split('@');
    matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some(user), Some(host), None)
            if !user.is_empty() && host.contains('.') && !email.contains(char::is_whitespace)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(is_valid_id("phase-1_a"));
        assert!(!is_valid_id("../x"));
        assert!(!is_valid_id("Phase"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("a b"));
    }

    #[test]
    fn languages() {
        assert!(is_valid_language("nl"));
        assert!(is_valid_language("fr-BE"));
        assert!(!is_valid_language("assets"));
        assert!(!is_valid_language("NL"));
        assert!(!is_valid_language("n"));
        assert!(is_valid_language("zh-Hant-TW"));
        assert!(
            !is_valid_language("en-abcdefghi"),
            "a subtag of 9 characters"
        );
        assert!(!is_valid_language("nl-xx-xx"), "not BCP 47");
        assert!(
            !is_valid_language(&format!("en{}", "-abcde".repeat(6))),
            "over 35 characters"
        );
    }
}
