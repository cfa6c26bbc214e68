//! Encrypted answers (`privacy.public_key`): the forms seal every export
//! and submission to the study's public key with the browser's WebCrypto,
//! and only the holder of the private key opens them, with
//! `enquete answers merge --key`. A lost USB stick or a forwarded e-mail
//! then holds nothing readable.
//!
//! The scheme is ECIES as WebCrypto can do it without any library: an
//! ephemeral P-256 key agreed with the study's key (ECDH), HKDF-SHA-256
//! over the shared secret, AES-256-GCM over the export. The same steps are
//! in `themes/default/static/enquete-crypt.js`; docs/answers.md describes
//! the envelope.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use base64ct::{Base64, Encoding};
use p256::pkcs8::{
    DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey, LineEnding,
};
use serde_json::{Map, Value as Json};
use sha2::Sha256;

/// The `format` of an encrypted export.
pub const ENVELOPE_FORMAT: &str = "enquete-encrypted/1";
pub const ALGORITHM: &str = "ECDH-P256+HKDF-SHA256+A256GCM";
/// HKDF's `info` and AES-GCM's additional data: binds a key to this use.
const CONTEXT: &[u8] = b"enquete-encrypted/1";

/// A study's public key, as `privacy.public_key` names it.
pub struct PublicKey {
    key: p256::PublicKey,
    /// The SubjectPublicKeyInfo (DER) that the pages give to WebCrypto.
    pub spki_der: Vec<u8>,
    /// What envelopes name the key by: the first 12 hex digits of the
    /// SHA-256 of its SPKI.
    pub id: String,
}

/// The private key that opens exports, read from the file given to
/// `answers merge --key`.
pub struct PrivateKey {
    secret: p256::SecretKey,
    pub id: String,
}

impl PublicKey {
    fn from_key(key: p256::PublicKey) -> Result<Self, String> {
        let spki_der = key
            .to_public_key_der()
            .map_err(|e| format!("cannot encode the key: {e}"))?
            .as_bytes()
            .to_vec();
        let id = crate::validate::short_hash(&spki_der);
        Ok(PublicKey { key, spki_der, id })
    }

    /// Reads a PEM public key (`-----BEGIN PUBLIC KEY-----`, P-256). A
    /// private key is refused: the site would publish it.
    pub fn from_pem(pem: &str) -> Result<Self, String> {
        if pem.contains("PRIVATE KEY-----") {
            return Err(
                "this is a private key: the site would publish it to everyone; give the public key (`enquete keys new` writes both)"
                    .into(),
            );
        }
        let key = p256::PublicKey::from_public_key_pem(pem.trim()).map_err(|_| {
            "not a P-256 public key in PEM form (`-----BEGIN PUBLIC KEY-----`)".to_string()
        })?;
        Self::from_key(key)
    }

    pub fn to_pem(&self) -> Result<String, String> {
        self.key
            .to_public_key_pem(LineEnding::LF)
            .map_err(|e| format!("cannot encode the key: {e}"))
    }
}

impl PrivateKey {
    pub fn from_pem(pem: &str) -> Result<Self, String> {
        let secret = p256::SecretKey::from_pkcs8_pem(pem.trim()).map_err(|_| {
            "not a P-256 private key in PKCS #8 PEM form (`-----BEGIN PRIVATE KEY-----`), as `enquete keys new` writes it".to_string()
        })?;
        let id = PublicKey::from_key(secret.public_key())?.id;
        Ok(PrivateKey { secret, id })
    }

    /// A new key pair from the operating system's random numbers.
    pub fn generate() -> Result<Self, String> {
        // Almost every 32 bytes are a valid scalar; the loop is for the
        // others (a chance of about 2^-32).
        loop {
            let mut bytes = [0u8; 32];
            getrandom::fill(&mut bytes)
                .map_err(|e| format!("no random numbers from the system: {e}"))?;
            if let Ok(secret) = p256::SecretKey::from_slice(&bytes) {
                let id = PublicKey::from_key(secret.public_key())?.id;
                return Ok(PrivateKey { secret, id });
            }
        }
    }

    pub fn public(&self) -> Result<PublicKey, String> {
        PublicKey::from_key(self.secret.public_key())
    }

    pub fn to_pem(&self) -> Result<String, String> {
        Ok(self
            .secret
            .to_pkcs8_pem(LineEnding::LF)
            .map_err(|e| format!("cannot encode the key: {e}"))?
            .to_string())
    }
}

/// Whether a JSON file is an encrypted export.
pub fn is_envelope(top: &Map<String, Json>) -> bool {
    top.get("format").and_then(Json::as_str) == Some(ENVELOPE_FORMAT)
}

/// The export inside an envelope. Every way it can fail says what to do:
/// another key, a damaged file.
pub fn open(envelope: &Map<String, Json>, key: Option<&PrivateKey>) -> Result<Vec<u8>, String> {
    let field = |name: &str| {
        envelope
            .get(name)
            .and_then(Json::as_str)
            .ok_or_else(|| format!("{name}: missing in this encrypted export"))
    };
    let algorithm = field("algorithm")?;
    if algorithm != ALGORITHM {
        return Err(format!(
            "algorithm: `{algorithm}` is not one this enquete opens ({ALGORITHM})"
        ));
    }
    let key_id = field("key")?;
    let Some(key) = key else {
        return Err(format!(
            "encrypted to the study's key {key_id}: give its private key with --key"
        ));
    };
    if key_id != key.id {
        return Err(format!(
            "encrypted to the key {key_id}, not to the key given with --key ({})",
            key.id
        ));
    }
    let ephemeral = base64(field("epk")?).map_err(|e| format!("epk: {e}"))?;
    let iv = base64(field("iv")?).map_err(|e| format!("iv: {e}"))?;
    let sealed = base64(field("ciphertext")?).map_err(|e| format!("ciphertext: {e}"))?;
    let ephemeral = p256::PublicKey::from_sec1_bytes(&ephemeral)
        .map_err(|_| "epk: not a P-256 point: the file is damaged".to_string())?;
    if iv.len() != 12 {
        return Err("iv: expected 12 bytes: the file is damaged".into());
    }
    let cipher = cipher_for(&key.secret, &ephemeral)?;
    let nonce = aes_gcm::Nonce::try_from(iv.as_slice())
        .map_err(|_| "iv: expected 12 bytes: the file is damaged".to_string())?;
    cipher
        .decrypt(
            &nonce,
            Payload {
                msg: &sealed,
                aad: CONTEXT,
            },
        )
        .map_err(|_| {
            "cannot be decrypted: the file was changed or cut short after it was exported".into()
        })
}

/// ECDH, then HKDF with the ephemeral point as salt, as the browser does.
fn cipher_for(
    secret: &p256::SecretKey,
    ephemeral: &p256::PublicKey,
) -> Result<aes_gcm::Aes256Gcm, String> {
    use p256::elliptic_curve::sec1::ToSec1Point;
    let shared = p256::ecdh::diffie_hellman(secret.to_nonzero_scalar(), ephemeral.as_affine());
    let salt = ephemeral.to_sec1_point(false);
    let hkdf = shared.extract::<Sha256>(Some(salt.as_bytes()));
    let mut key = [0u8; 32];
    hkdf.expand(CONTEXT, &mut key)
        .map_err(|_| "cannot derive the key".to_string())?;
    aes_gcm::Aes256Gcm::new_from_slice(&key).map_err(|_| "cannot derive the key".to_string())
}

/// Standard base64 with padding, as the browser's `btoa` writes it.
fn base64(text: &str) -> Result<Vec<u8>, String> {
    Base64::decode_vec(text).map_err(|_| "not base64: the file is damaged".to_string())
}

/// The page's copy of the key, for WebCrypto's `importKey('spki', …)`.
pub fn base64_encode(bytes: &[u8]) -> String {
    Base64::encode_string(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the browser does (enquete-crypt.js), with a fixed ephemeral
    /// key: the tests' way to make envelopes to damage.
    fn seal(public: &PublicKey, plain: &[u8], ephemeral_bytes: [u8; 32]) -> Map<String, Json> {
        use p256::elliptic_curve::sec1::ToSec1Point;
        let ephemeral = p256::SecretKey::from_slice(&ephemeral_bytes).unwrap();
        let shared =
            p256::ecdh::diffie_hellman(ephemeral.to_nonzero_scalar(), public.key.as_affine());
        let point = ephemeral.public_key().to_sec1_point(false);
        let hkdf = shared.extract::<Sha256>(Some(point.as_bytes()));
        let mut key = [0u8; 32];
        hkdf.expand(CONTEXT, &mut key).unwrap();
        let iv = [7u8; 12];
        let sealed = aes_gcm::Aes256Gcm::new_from_slice(&key)
            .unwrap()
            .encrypt(
                &aes_gcm::Nonce::from(iv),
                Payload {
                    msg: plain,
                    aad: CONTEXT,
                },
            )
            .unwrap();
        let mut m = Map::new();
        m.insert("format".into(), ENVELOPE_FORMAT.into());
        m.insert("algorithm".into(), ALGORITHM.into());
        m.insert("key".into(), public.id.clone().into());
        m.insert("epk".into(), base64_encode(point.as_bytes()).into());
        m.insert("iv".into(), base64_encode(&iv).into());
        m.insert("ciphertext".into(), base64_encode(&sealed).into());
        m
    }

    #[test]
    fn an_envelope_opens_with_its_key_only_and_not_once_changed() {
        let key = PrivateKey::generate().unwrap();
        let pem = key.to_pem().unwrap();
        let key = PrivateKey::from_pem(&pem).unwrap();
        let public = PublicKey::from_pem(&key.public().unwrap().to_pem().unwrap()).unwrap();
        assert_eq!(public.id, key.id);
        let envelope = seal(&public, b"{\"answers\": 1}", [3; 32]);
        assert_eq!(open(&envelope, Some(&key)).unwrap(), b"{\"answers\": 1}");

        let other = PrivateKey::generate().unwrap();
        let err = open(&envelope, Some(&other)).unwrap_err();
        assert!(err.starts_with(&format!("encrypted to the key {}, not to", key.id)));
        assert_eq!(
            open(&envelope, None).unwrap_err(),
            format!(
                "encrypted to the study's key {}: give its private key with --key",
                key.id
            )
        );

        let mut tampered = envelope.clone();
        let mut sealed = base64(tampered["ciphertext"].as_str().unwrap()).unwrap();
        sealed[0] ^= 1;
        tampered.insert("ciphertext".into(), base64_encode(&sealed).into());
        assert_eq!(
            open(&tampered, Some(&key)).unwrap_err(),
            "cannot be decrypted: the file was changed or cut short after it was exported"
        );
        let mut cut = envelope.clone();
        let text = cut["ciphertext"].as_str().unwrap().to_string();
        cut.insert("ciphertext".into(), text[..text.len() - 8].into());
        assert_eq!(
            open(&cut, Some(&key)).unwrap_err(),
            "cannot be decrypted: the file was changed or cut short after it was exported"
        );
    }

    #[test]
    fn a_private_key_is_never_taken_for_the_public_one() {
        let key = PrivateKey::generate().unwrap();
        let err = PublicKey::from_pem(&key.to_pem().unwrap()).err().unwrap();
        assert!(err.starts_with("this is a private key"));
    }

    #[test]
    fn base64_round_trips_every_length() {
        for n in 0..10u8 {
            let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(97)).collect();
            assert_eq!(base64(&base64_encode(&bytes)).unwrap(), bytes);
        }
        assert!(base64("abc").is_err());
        assert!(base64("a=bc").is_err());
    }
}
