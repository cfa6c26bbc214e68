//! `enquete keys new`: the key pair of encrypted answers. The public key
//! goes into the study (the site publishes it); the private key goes where
//! the researcher says, never into the study, and is never overwritten.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use enquete::crypto::PrivateKey;

use super::{Console, require_study};
use crate::cli::KeysCommand;

pub fn run(command: KeysCommand, console: &Console) -> ExitCode {
    match command {
        KeysCommand::New {
            study,
            private,
            public,
        } => new(&study.root, &private, &public, console),
    }
}

fn new(root: &Path, private: &Path, public: &Path, console: &Console) -> ExitCode {
    if let Err(code) = require_study(root, console) {
        return code;
    }
    let public_path = root.join(public);
    let refuse = |message: String| {
        eprintln!("error: {message}");
        ExitCode::from(2)
    };
    if super::inside(root, private) {
        return refuse(format!(
            "{} is inside the study: the private key must stay out of it (and out of the site and version control); give a path elsewhere with --private",
            private.display()
        ));
    }
    for path in [private, public_path.as_path()] {
        if path.symlink_metadata().is_ok() {
            return refuse(format!(
                "{} exists already: enquete never replaces a key (exports made for it could no longer be opened); move it away or give another path",
                path.display()
            ));
        }
    }
    let key = match PrivateKey::generate() {
        Ok(k) => k,
        Err(e) => return refuse(e),
    };
    let (private_pem, public_pem) = match (key.to_pem(), key.public().and_then(|p| p.to_pem())) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return refuse(e),
    };
    // The private key first: a public key without its private key would
    // encrypt answers that nobody can open.
    if let Err(e) = write_new(private, &private_pem, true) {
        return refuse(format!("cannot write {}: {e}", private.display()));
    }
    if let Some(dir) = public_path.parent()
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        return refuse(format!("cannot create {}: {e}", dir.display()));
    }
    if let Err(e) = write_new(&public_path, &public_pem, false) {
        return refuse(format!("cannot write {}: {e}", public_path.display()));
    }
    if !console.quiet {
        eprintln!(
            "wrote the private key {} and the public key {} (key {})",
            private.display(),
            public_path.display(),
            key.id
        );
        eprintln!(
            "now add to study.yaml:\n  privacy:\n    public_key: {}\nand keep the private key safe: without it nobody can open the answers",
            public.display()
        );
    }
    ExitCode::SUCCESS
}

/// Creates `path`, never replacing a file; a private key is readable by its
/// owner only.
fn write_new(path: &Path, text: &str, private: bool) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if private {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = private;
    let mut file = options.open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}
