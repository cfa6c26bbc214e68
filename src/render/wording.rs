//! The wording a consent sheet prints, as its footer hash and part by
//! part: the hash names the whole sheet, the parts' hashes say which of
//! them changed when a signed sheet no longer matches the study.

use serde::Serialize;

use super::views::document::ConsentView;
use crate::validate::short_hash;

/// A consent sheet's printed wording in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wording {
    /// The hash its footer prints.
    pub hash: String,
    /// `(part, hash)`: `mode`, `title`, `intro`, `purpose`, `item:ID` for
    /// each item in order, `researchers`, `version`; parts a sheet does not
    /// print are left out.
    pub parts: Vec<(String, String)>,
}

fn hash_of<T: Serialize>(part: &T) -> String {
    short_hash(&serde_json::to_vec(part).unwrap_or_default())
}

pub fn consent(view: &ConsentView) -> Wording {
    let mut parts = vec![
        ("mode".to_string(), hash_of(&view.mode)),
        ("title".to_string(), hash_of(&view.title)),
    ];
    if let Some(intro) = &view.intro {
        parts.push(("intro".to_string(), hash_of(intro)));
    }
    if let Some(purpose) = &view.purpose {
        parts.push(("purpose".to_string(), hash_of(purpose)));
    }
    for item in &view.items {
        parts.push((format!("item:{}", item.id), hash_of(item)));
    }
    parts.push(("researchers".to_string(), hash_of(&view.researchers)));
    if let Some(version) = &view.version {
        parts.push(("version".to_string(), hash_of(version)));
    }
    Wording {
        hash: hash_of(view),
        parts,
    }
}
