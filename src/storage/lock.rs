//! Locked sessions: the whole file encrypted with a passphrase in the age format (scrypt).
//! powermap designs no cryptography of its own.

use super::error::{LoadError, SaveError};
use age::secrecy::SecretString;

/// How every age file begins.
const AGE_MAGIC: &[u8] = b"age-encryption.org/v1";
/// scrypt work factor (2^16): about a tenth of a second here, paid on every save and autosave
/// of a locked session, while still costly for anyone guessing passphrases.
const WORK_FACTOR: u8 = 16;

/// Whether `bytes` are a locked (age-encrypted) file.
pub fn is_locked(bytes: &[u8]) -> bool {
    bytes.starts_with(AGE_MAGIC)
}

/// Encrypt `plaintext` with `passphrase`.
pub fn lock(plaintext: &[u8], passphrase: &SecretString) -> Result<Vec<u8>, SaveError> {
    let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
    recipient.set_work_factor(WORK_FACTOR);
    age::encrypt(&recipient, plaintext).map_err(|e| SaveError::Lock(e.to_string()))
}

/// Decrypt a locked file; a wrong passphrase gets its own error.
pub fn unlock(ciphertext: &[u8], passphrase: &SecretString) -> Result<Vec<u8>, LoadError> {
    let identity = age::scrypt::Identity::new(passphrase.clone());
    age::decrypt(&identity, ciphertext).map_err(|e| match e {
        age::DecryptError::NoMatchingKeys
        | age::DecryptError::DecryptionFailed
        | age::DecryptError::KeyDecryptionFailed => LoadError::WrongPassphrase,
        other => LoadError::BrokenLock(other.to_string()),
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
}
