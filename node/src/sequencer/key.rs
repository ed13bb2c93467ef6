//! The sequencer's key: a secret URI's (`--sequencer-key`, `--dev`'s Alice) or the node keystore's (`--sequencer`
//! alone), which signs without the secret leaving the keystore.

use sp_core::{crypto::KeyTypeId, sr25519, Pair as _};
use sp_keystore::KeystorePtr;

/// The key type of the sequencer's key in the node keystore: `seqr`. Insert one with
/// `coreplay-node key insert --key-type seqr --scheme sr25519 --suri <secret>` (and the node's `--base-path` and
/// `--chain`), or the `author_insertKey` RPC.
pub const KEY_TYPE: KeyTypeId = KeyTypeId(*b"seqr");

/// Where the sequencer's key comes from (`--sequencer-key`, `--sequencer`).
#[derive(Clone)]
pub enum SequencerKey {
	/// A secret URI's (`--sequencer-key //Alice`, a mnemonic, a `0x` seed; `--dev` without one: `//Alice`).
	Uri(Box<sr25519::Pair>),
	/// The node keystore's [`KEY_TYPE`] key, found when the node starts ([`Signer::new`]).
	Keystore,
}

/// The resolved key: its public key and how to sign with it.
#[derive(Clone)]
pub struct Signer {
	public: sr25519::Public,
	source: Source,
}

#[derive(Clone)]
enum Source {
	Pair(Box<sr25519::Pair>),
	Keystore(KeystorePtr),
}

impl Signer {
	/// Resolves `key` with the node's `keystore`.
	///
	/// # Errors
	/// [`SequencerKey::Keystore`] and the keystore holds no sr25519 key of type [`KEY_TYPE`], or more than one: a
	/// message saying how to insert one or name it.
	pub fn new(key: &SequencerKey, keystore: KeystorePtr) -> Result<Self, String> {
		match key {
			SequencerKey::Uri(pair) => {
				Ok(Self { public: pair.public(), source: Source::Pair(pair.clone()) })
			},
			SequencerKey::Keystore => match keystore.sr25519_public_keys(KEY_TYPE)[..] {
				[public] => Ok(Self { public, source: Source::Keystore(keystore) }),
				[] => Err("--sequencer: the node keystore holds no sequencer key (type `seqr`): insert one with \
				           `coreplay-node key insert --key-type seqr --scheme sr25519 --suri <secret>` (with this \
				           node's --base-path and --chain), or give --sequencer-key <URI>"
					.into()),
				ref many => Err(format!(
					"--sequencer: the node keystore holds {} sequencer keys (type `seqr`): keep one, or give \
					 --sequencer-key <URI>",
					many.len()
				)),
			},
		}
	}

	/// The public key (its account signs the APoVs).
	pub fn public(&self) -> sr25519::Public {
		self.public
	}

	/// Signs `message`.
	///
	/// # Errors
	/// The keystore cannot sign (its key was removed while the node runs): a message saying so.
	pub fn sign(&self, message: &[u8]) -> Result<sr25519::Signature, String> {
		match &self.source {
			Source::Pair(pair) => Ok(pair.sign(message)),
			Source::Keystore(keystore) => keystore
				.sr25519_sign(KEY_TYPE, &self.public, message)
				.map_err(|e| format!("the keystore cannot sign with the sequencer key: {e}"))?
				.ok_or_else(|| {
					format!(
						"the sequencer key {} (type `seqr`) is no longer in the node keystore",
						self.public
					)
				}),
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_keystore::{testing::MemoryKeystore, Keystore};
	use std::sync::Arc;

	#[test]
	fn a_keystore_key_signs_without_its_secret() {
		let keystore = Arc::new(MemoryKeystore::new());
		let empty = Signer::new(&SequencerKey::Keystore, keystore.clone()).err().expect("no key");
		assert!(empty.contains("key insert --key-type seqr"), "{empty}");

		let public = keystore.sr25519_generate_new(KEY_TYPE, Some("//Ferdie")).expect("generates");
		let signer = Signer::new(&SequencerKey::Keystore, keystore.clone()).expect("one key");
		assert_eq!(signer.public(), public);
		let signature = signer.sign(b"an APoV").expect("signs");
		assert!(sr25519::Pair::verify(&signature, b"an APoV", &public));

		keystore.sr25519_generate_new(KEY_TYPE, Some("//Eve")).expect("generates");
		let two = Signer::new(&SequencerKey::Keystore, keystore).err().expect("ambiguous");
		assert!(two.contains("holds 2 sequencer keys"), "{two}");
	}

	#[test]
	fn a_uri_key_needs_no_keystore_key() {
		let pair = sr25519::Pair::from_string("//Alice", None).expect("a dev seed");
		let signer = Signer::new(
			&SequencerKey::Uri(Box::new(pair.clone())),
			Arc::new(MemoryKeystore::new()),
		)
		.expect("resolves");
		assert_eq!(signer.public(), pair.public());
		assert!(sr25519::Pair::verify(&signer.sign(b"x").expect("signs"), b"x", &pair.public()));
	}
}
