//! Stable GUIDs. REFI-QDA names every object by a GUID, and analysis
//! software matches objects by it when a file is imported again: the same
//! code exported twice must keep its GUID, so GUIDs are derived from names
//! instead of drawn at random.

use sha2::{Digest, Sha256};

/// A name-based UUID: the first 16 bytes of SHA-256 over `parts` (each
/// followed by a zero byte, so that `["ab", "c"]` and `["a", "bc"]`
/// differ), marked as RFC 9562 version 8 (the version for UUIDs built by
/// one's own method; version 5 is bound to SHA-1) and variant `10`.
pub fn guid(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(b"enquete-refi-qda");
    for part in parts {
        hasher.update([0]);
        hasher.update(part.as_bytes());
    }
    let digest = hasher.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    // Written digit by digit: a GUID is made for every coding of every
    // answer, hundreds of thousands in a large merge.
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(36);
    for (n, b) in bytes.iter().enumerate() {
        if matches!(n, 4 | 6 | 8 | 10) {
            out.push('-');
        }
        out.push(HEX[usize::from(b >> 4)] as char);
        out.push(HEX[usize::from(b & 0x0f)] as char);
    }
    out
}

/// What names a study in its GUIDs: its title in the default language, as
/// written. Not the study key (a hash of the whole study.yaml, which any
/// edit changes): the GUIDs of a study's codes stay the same while it is
/// worked on, so analysis software recognises them on a second import.
pub fn study_name(study: &crate::model::Study) -> String {
    study
        .title
        .get(&study.default_language)
        .or_else(|| study.title.first().map(|(_, p)| p))
        .map(|p| p.source.to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::guid;

    #[test]
    fn guids_are_stable_distinct_and_well_formed() {
        let a = guid(&["study", "code", "matching"]);
        assert_eq!(a, guid(&["study", "code", "matching"]));
        assert_ne!(a, guid(&["study", "code", "klik"]));
        assert_ne!(guid(&["ab", "c"]), guid(&["a", "bc"]));
        let groups: Vec<usize> = a.split('-').map(str::len).collect();
        assert_eq!(groups, [8, 4, 4, 4, 12]);
        assert_eq!(&a[14..15], "8", "version 8: {a}");
        assert!(matches!(&a[19..20], "8" | "9" | "a" | "b"), "variant: {a}");
    }
}
