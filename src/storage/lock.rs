//! Locked sessions: the whole file encrypted with a passphrase in the age format (scrypt).
//! powermap designs no cryptography of its own.

use super::error::{LoadError, SaveError};
use crate::words::ui;
use age::secrecy::SecretString;

/// How every age file begins.
const AGE_MAGIC: &[u8] = b"age-encryption.org/v1";
/// scrypt work factor (2^16): about a tenth of a second here, paid on every save and autosave
/// of a locked session, while still costly for anyone guessing passphrases.
const WORK_FACTOR: u8 = 16;
/// The most work a locked file may ask for when opened: what powermap writes, with room for a
/// later version to raise it. age's own cap follows how fast the machine is, and lets a header
/// edited to ask for 2^22 or more make scrypt take gigabytes before the passphrase is checked.
const MAX_WORK_FACTOR: u8 = WORK_FACTOR + 2;

/// Whether `bytes` are a locked (age-encrypted) file.
pub fn is_locked(bytes: &[u8]) -> bool {
    bytes.starts_with(AGE_MAGIC)
}

/// How many bytes at the start of a file tell whether it is locked.
pub const LOCK_HEADER_LEN: u64 = AGE_MAGIC.len() as u64;

/// Whether the ordinary file at `path` is a locked one; reads only its first bytes, and says
/// no for anything that cannot be read or is not a file.
pub fn file_is_locked(path: &std::path::Path) -> bool {
    super::input::read_head(path, LOCK_HEADER_LEN).is_ok_and(|head| is_locked(&head))
}

/// Encrypt `plaintext` with `passphrase`.
pub fn lock(plaintext: &[u8], passphrase: &SecretString) -> Result<Vec<u8>, SaveError> {
    let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
    recipient.set_work_factor(WORK_FACTOR);
    age::encrypt(&recipient, plaintext).map_err(|e| SaveError::Lock(e.to_string()))
}

/// Decrypt a locked file; a wrong passphrase gets its own error, and a damaged file says how.
pub fn unlock(ciphertext: &[u8], passphrase: &SecretString) -> Result<Vec<u8>, LoadError> {
    let mut identity = age::scrypt::Identity::new(passphrase.clone());
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    age::decrypt(&identity, ciphertext).map_err(|e| {
        use age::DecryptError as E;
        let damaged = |why: &str| LoadError::BrokenLock(ui().get(why).to_owned());
        match e {
            E::NoMatchingKeys | E::DecryptionFailed | E::KeyDecryptionFailed => {
                LoadError::WrongPassphrase
            }
            E::ExcessiveWork { .. } => damaged("lock-damaged-work"),
            E::InvalidHeader | E::InvalidMac | E::UnknownFormat => damaged("lock-damaged-header"),
            E::Io(_) => damaged("lock-damaged-cut"),
            other => LoadError::BrokenLock(format!("{other}.")),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locked_bytes_hide_the_text_and_open_only_with_the_passphrase() {
        let secret = SecretString::from("correct horse".to_owned());
        let locked = lock(b"{\"name\": \"Mayor Varga\"}", &secret).expect("lock");
        assert!(is_locked(&locked));
        assert!(!locked.windows(5).any(|w| w == b"Varga"));
        assert_eq!(
            unlock(&locked, &secret).expect("unlock"),
            b"{\"name\": \"Mayor Varga\"}"
        );
        let wrong = SecretString::from("battery staple".to_owned());
        assert!(matches!(
            unlock(&locked, &wrong),
            Err(LoadError::WrongPassphrase)
        ));
        assert!(!is_locked(b"{\"format\": \"powermap-session\"}"));
    }

    /// The work factor in a locked file's header, set to `log_n`.
    fn with_work_factor(locked: &[u8], log_n: u8) -> Vec<u8> {
        let text = String::from_utf8_lossy(locked).into_owned();
        let line_start = text.find("-> scrypt ").expect("scrypt stanza");
        let line_end = line_start + text[line_start..].find('\n').expect("end of line");
        let mut line: Vec<&str> = text[line_start..line_end].split(' ').collect();
        let log_n = log_n.to_string();
        *line.last_mut().expect("work factor") = &log_n;
        let mut tampered = locked[..line_start].to_vec();
        tampered.extend_from_slice(line.join(" ").as_bytes());
        tampered.extend_from_slice(&locked[line_end..]);
        tampered
    }

    #[test]
    fn a_header_asking_for_huge_work_is_damaged_without_doing_it() {
        let secret = SecretString::from("correct horse".to_owned());
        let locked = lock(b"{}", &secret).expect("lock");
        // 2^30 would take a gigabyte of scrypt memory per 2^20: refused before any of it.
        let started = std::time::Instant::now();
        let error = unlock(&with_work_factor(&locked, 30), &secret).expect_err("refused");
        assert!(matches!(error, LoadError::BrokenLock(_)), "{error:?}");
        assert!(
            error.to_string().contains("changed after saving"),
            "{error}"
        );
        // Just past the cap: without it, age allows about 2^22 (4 GiB) on a fast machine.
        let error =
            unlock(&with_work_factor(&locked, MAX_WORK_FACTOR + 1), &secret).expect_err("refused");
        assert!(matches!(error, LoadError::BrokenLock(_)), "{error:?}");
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }

    #[test]
    fn a_passphrase_held_for_a_save_never_shows_in_debug_output() {
        // The command line and the app hold the passphrase as this type between load and save.
        let held = Some(SecretString::from("correct horse".to_owned()));
        let shown = format!("{held:?} {held:#?}");
        assert!(!shown.contains("horse"), "{shown}");
    }
}
