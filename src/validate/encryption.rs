//! `privacy.public_key`: the key file must be a public P-256 key of the
//! study; anything else would leave answers unencrypted or, worse, publish
//! a private key with the site.

use std::path::Path;

use crate::crypto::{PublicKey, base64_encode};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::LoadedStudy;
use crate::load::reader::Located;
use crate::model::Encryption;

/// A PEM public key is a few hundred bytes.
const MAX_KEY_BYTES: u64 = 64 * 1024;

pub fn check_public_key(
    loaded: &LoadedStudy,
    path: &Located<String>,
    diagnostics: &mut Diagnostics,
) -> Option<Encryption> {
    let fail = |diagnostics: &mut Diagnostics, message: String| {
        diagnostics.push(
            Diagnostic::error(path.loc, message)
                .expected("the path, relative to the study, of the public key that `enquete keys new` wrote (e.g. `keys/study.pub`)"),
        );
        None
    };
    let dir = loaded.dir.as_ref()?;
    let bytes = match dir.read(&loaded.root.join(Path::new(&path.value)), MAX_KEY_BYTES) {
        Ok(bytes) => bytes,
        Err(e) => return fail(diagnostics, format!("public key {}: {e}", path.value)),
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return fail(
            diagnostics,
            format!("public key {}: not a PEM text file", path.value),
        );
    };
    match PublicKey::from_pem(&text) {
        Ok(key) => Some(Encryption {
            key_id: key.id,
            spki: base64_encode(&key.spki_der),
        }),
        Err(reason) => fail(diagnostics, format!("public key {}: {reason}", path.value)),
    }
}
