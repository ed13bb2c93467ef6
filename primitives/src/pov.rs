//! The Actor PoV and its parts (RFC "Explanation": Agenda, Slabs, Witness).

use crate::{
	snapshot::{self, SnapshotError},
	Balance, BlockNumber, TaskId, H256,
};
use alloc::{borrow::Cow, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// What an [`AgendaItem`] asks of its actor (RFC `enum Invocation`).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub enum Invocation {
	/// Poll the actor's `main` continuation `times` times (the `service` entry point).
	/// Every co-scheduled actor needs at least one `Service` item in the Agenda.
	Service {
		/// How many times to poll; each poll is one `service()` call.
		times: u32,
	},
	/// Call the actor's `call` entry point with origin `None` and `input`; the call must succeed (`Ok`) with
	/// exactly `output`. RFC: `Call { in, out }`.
	Call {
		/// The call data handed to the actor (`input_read`).
		input: Vec<u8>,
		/// The result the actor must return (`output`); validation fails on any difference.
		output: Vec<u8>,
	},
	/// A `Call` signed by an account, which the actor sees as its caller (`caller`, `docs/abi.md`): the chain
	/// checks the signature and the nonce before it replays the Agenda (`pallet_actors`), so a signed call runs at
	/// most once, on the chain and the actor it was signed for.
	SignedCall(SignedCall),
}

impl Invocation {
	/// The call data and the expected result of a `Call` or `SignedCall`; `None` for `Service`.
	pub fn call(&self) -> Option<(&[u8], &[u8])> {
		match self {
			Invocation::Service { .. } => None,
			Invocation::Call { input, output }
			| Invocation::SignedCall(SignedCall { input, output, .. }) => Some((input, output)),
		}
	}

	/// The expected result of a `Call` or `SignedCall`, to fill in (the sequencer's side).
	pub fn output_mut(&mut self) -> Option<&mut Vec<u8>> {
		match self {
			Invocation::Service { .. } => None,
			Invocation::Call { output, .. } | Invocation::SignedCall(SignedCall { output, .. }) => {
				Some(output)
			}
		}
	}
}

/// The signer of a signed call: a FRAME account id (32 bytes; an sr25519 or ed25519 public key, or the hash of an
/// ecdsa one, as `sp_runtime::MultiSigner` maps them).
pub type AccountId = sp_runtime::AccountId32;

/// A signature of a signed call: `sp_runtime::MultiSignature` (sr25519, ed25519 or ecdsa), as polkadot-js
/// encodes one.
pub type CallSignature = sp_runtime::MultiSignature;

/// What [`SignedCall::payload`] starts with: a signed call's signature cannot stand for any other signed
/// message of the same key.
pub const SIGNED_CALL_CONTEXT: &[u8] = b"coreplay/signed-call/v1";

/// An Agenda call signed by an account (issue 27): `signer` asks actor `actor` of the chain of genesis hash
/// `genesis` to run `call` with `input`, once, as its call number `nonce` to that actor.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct SignedCall {
	/// Who signed it; the actor's caller (`caller` returns `Account` and these 32 bytes).
	pub signer: AccountId,
	/// The signer's call number to this actor: the chain accepts exactly its next one (`pallet_actors`'
	/// `CallNonces`, from 0), and only once.
	pub nonce: u64,
	/// The call data handed to the actor (`input_read`).
	pub input: Vec<u8>,
	/// The result the actor must return (`output`); validation fails on any difference. Not signed: the
	/// sequencer fills it in.
	pub output: Vec<u8>,
	/// `signer`'s signature of [`SignedCall::payload`].
	pub signature: CallSignature,
}

impl SignedCall {
	/// The bytes a signer signs: the SCALE encoding of ([`SIGNED_CALL_CONTEXT`], `genesis`, `actor`, `nonce`,
	/// `input`), the context and the input as `Vec<u8>` (compact length first). It binds the chain (its genesis
	/// hash), the actor, the nonce and the call data, so the signature fits no other chain, actor or call.
	pub fn payload(genesis: &H256, actor: TaskId, nonce: u64, input: &[u8]) -> Vec<u8> {
		(SIGNED_CALL_CONTEXT, genesis, actor, nonce, input).encode()
	}

	/// Whether `signature` is `signer`'s over [`Self::payload`] for `genesis` and `actor`, or over that payload
	/// wrapped in `<Bytes>`…`</Bytes>` (what a polkadot-js browser extension's `signRaw` signs, so that a wallet
	/// can sign calls): `sp_runtime::traits::Verify`, the host's crypto in a runtime. At most two checks.
	pub fn verify(&self, genesis: &H256, actor: TaskId) -> bool {
		self.verified_form(genesis, actor).is_some()
	}

	/// [`Self::verify`], answering which form the signature is of: [`SignedForm::Raw`] after one check,
	/// [`SignedForm::Wrapped`] after two (the raw one failed first), `None` after two failed checks. What a
	/// chain charges for the checks (`pallet_actors`' `signed_calls` weights, per scheme and per check).
	pub fn verified_form(&self, genesis: &H256, actor: TaskId) -> Option<SignedForm> {
		use sp_runtime::traits::Verify;
		let payload = Self::payload(genesis, actor, self.nonce, &self.input);
		if self.signature.verify(&payload[..], &self.signer) {
			Some(SignedForm::Raw)
		} else if self.signature.verify(&wrap_bytes(&payload)[..], &self.signer) {
			Some(SignedForm::Wrapped)
		} else {
			None
		}
	}

	/// The signature scheme of [`Self::signature`]: `MultiSignature::Eth` (secp256k1 too, its account id derived
	/// with keccak-256) counts as [`SignatureScheme::Ecdsa`], the same recovery.
	pub fn scheme(&self) -> SignatureScheme {
		match self.signature {
			CallSignature::Ed25519(_) => SignatureScheme::Ed25519,
			CallSignature::Sr25519(_) => SignatureScheme::Sr25519,
			CallSignature::Ecdsa(_) | CallSignature::Eth(_) => SignatureScheme::Ecdsa,
		}
	}
}

/// What a signed call's signature signs ([`SignedCall::verified_form`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SignedForm {
	/// [`SignedCall::payload`] itself (what `@polkadot/keyring`'s `pair.sign` signs): one check.
	Raw,
	/// The payload wrapped by [`wrap_bytes`] (a browser extension's `signRaw`): checked after the raw form failed.
	Wrapped,
}

/// The three schemes of [`CallSignature`] (`sp_runtime::MultiSignature`'s variants), whose checks cost
/// differently: an ecdsa check recovers the public key and hashes it into the signer's account id.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SignatureScheme {
	/// Schnorrkel on Ristretto (`sp_core::sr25519`), polkadot-js' default.
	Sr25519,
	/// `sp_core::ed25519`.
	Ed25519,
	/// secp256k1 (`sp_core::ecdsa`), the account id the blake2-256 of the compressed public key.
	Ecdsa,
}

/// What a polkadot-js browser extension signs for `signRaw` of `data`: `<Bytes>` ++ `data` ++ `</Bytes>`
/// (`@polkadot/util`'s `u8aWrapBytes`), so that a signature of raw bytes cannot stand for a transaction.
pub fn wrap_bytes(data: &[u8]) -> Vec<u8> {
	[&b"<Bytes>"[..], data, &b"</Bytes>"[..]].concat()
}

/// One step of an Agenda (RFC `struct AgendaItem`): run `entry` on `actor`, which must be co-scheduled (have a
/// [`Slab`] in the same APoV).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct AgendaItem {
	/// The co-scheduled actor to run.
	pub actor: TaskId,
	/// What to run.
	pub entry: Invocation,
}

impl AgendaItem {
	/// `Service { times }` for `actor`.
	pub fn service(actor: TaskId, times: u32) -> Self {
		Self { actor, entry: Invocation::Service { times } }
	}

	/// `Call { input, output }` for `actor`.
	pub fn call(actor: TaskId, input: Vec<u8>, output: Vec<u8>) -> Self {
		Self { actor, entry: Invocation::Call { input, output } }
	}

	/// `SignedCall(call)` for `actor`.
	pub fn signed_call(actor: TaskId, call: SignedCall) -> Self {
		Self { actor, entry: Invocation::SignedCall(call) }
	}
}

/// One co-scheduled actor's continuation before and after the Agenda (RFC `struct Slab`).
///
/// `pre` is a canonical snapshot encoding ([`crate::snapshot`]); `post` is one too, or a delta against `pre`
/// ([`crate::snapshot::delta`], the compact form: only the 128-byte chunks the Agenda changed). Each is at most
/// the pallet's `Limits::max_slab_bytes`, and so is a delta's expansion. Canonicalisation requires
/// `sequence == actor.sequence + 1` and `blake2_256(pre) == actor.state_hash`, then sets the actor's state hash to
/// the blake2-256 of the full `post` ([`Slab::full_post`]).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct Slab {
	/// The actor this slab belongs to.
	pub actor: TaskId,
	/// The sequence number the actor has once this APoV is canonicalised.
	pub sequence: u64,
	/// The canonical snapshot the Agenda starts from.
	pub pre: Vec<u8>,
	/// The canonical snapshot the Agenda must end in, or its delta against `pre`.
	pub post: Vec<u8>,
}

impl Slab {
	/// The canonical snapshot `post` stands for: `post` itself, or a delta `post` expanded against `pre`
	/// ([`snapshot::expand`]), for memories of at most `max_pages` pages.
	///
	/// # Errors
	/// A [`SnapshotError`] if `post` is a delta that is not canonical against `pre`.
	pub fn full_post(&self, max_pages: u32) -> Result<Cow<'_, [u8]>, SnapshotError> {
		if snapshot::is_delta(&self.post) {
			snapshot::expand(&self.pre, &self.post, max_pages).map(Cow::Owned)
		} else {
			Ok(Cow::Borrowed(&self.post))
		}
	}

	/// Replaces a full `post` with its delta against `pre` ([`snapshot::delta`]) if that is shorter; a delta
	/// `post` stays as it is. The state it stands for does not change.
	///
	/// # Errors
	/// A [`SnapshotError`] if `pre` or `post` is not a canonical snapshot of at most `max_pages` pages, or
	/// `post` has fewer pages than `pre`.
	pub fn compact(&mut self, max_pages: u32) -> Result<(), SnapshotError> {
		if !snapshot::is_delta(&self.post) {
			let delta = snapshot::delta(&self.pre, &self.post, max_pages)?;
			if delta.len() < self.post.len() {
				self.post = delta;
			}
		}
		Ok(())
	}
}

/// The chain context an APoV was built against; replay sees exactly this, whenever it runs.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Default, Encode, Decode, DecodeWithMemTracking, TypeInfo,
)]
pub struct PovContext {
	/// The block number actors read with `now()`. The pallet accepts it only if it is not in the future.
	pub now: BlockNumber,
}

/// Who sent a [`Message`]: an actor (`send_message`) or an account (the pallet's `send_message` call, which
/// holds a deposit from it until the message is consumed).
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Sender {
	/// An actor, by its task id.
	Actor(TaskId),
	/// An account, by its 32-byte id (a FRAME `AccountId32`).
	Account([u8; 32]),
}

/// An asynchronous message as its recipient reads it (`next_message`, `message_sender`, `message_value`).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct Message {
	/// Who sent it.
	pub from: Sender,
	/// The payload, at most `Limits::max_message_bytes` bytes.
	pub data: Vec<u8>,
	/// The chain's currency the sender moved into the recipient's account with it (an account message's;
	/// always 0 from an actor), in the smallest unit.
	pub value: Balance,
}

impl Message {
	/// A message actor `from` sent (no value).
	pub fn from_actor(from: TaskId, data: Vec<u8>) -> Self {
		Self { from: Sender::Actor(from), data, value: 0 }
	}
}

/// An asynchronous message leaving an APoV, delivered to `to`'s inbox when the APoV is canonicalised.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct OutboundMessage {
	/// The sending actor.
	pub from: TaskId,
	/// The recipient.
	pub to: TaskId,
	/// The payload.
	pub data: Vec<u8>,
}

/// An event an actor emitted (`emit_event`, `docs/abi.md`): the chain deposits it as the pallet's `ActorEvent`
/// when the APoV (or the actor's creation) is canonicalised, in emission order.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct ActorEvent {
	/// The emitting actor.
	pub actor: TaskId,
	/// Its topics, at most `Limits::max_event_topics`: 32-byte values a watcher filters on (e.g. an account).
	pub topics: Vec<H256>,
	/// Its data, at most `Limits::max_event_bytes` bytes, in an encoding the actor documents.
	pub data: Vec<u8>,
}

/// A payment an actor asked for (`transfer`, `docs/abi.md`): from its account on chain to `to`, made when the APoV
/// is canonicalised; an APoV whose actors' accounts cannot cover their payments is refused.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct ActorTransfer {
	/// The paying actor.
	pub from: TaskId,
	/// The receiving account's 32 bytes (a FRAME `AccountId32`).
	pub to: [u8; 32],
	/// In the chain's smallest unit.
	pub amount: Balance,
}

/// The inbox messages one actor consumes in an APoV: exactly the first `messages.len()` messages of its on-chain
/// inbox, in order. The APoV carries them so that it can be validated before earlier APoVs are canonicalised.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct InboxBatch {
	/// The consuming actor (co-scheduled in the APoV).
	pub actor: TaskId,
	/// The consumed messages, oldest first.
	pub messages: Vec<Message>,
}

/// The Witness segment: hash preimages an actor may `lookup` (RFC "Secondary Storage").
#[derive(Clone, PartialEq, Eq, Debug, Default, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct Witness {
	/// Preimages; an actor looks one up by its blake2-256 hash.
	pub preimages: Vec<Vec<u8>>,
}

impl Witness {
	/// The preimage whose blake2-256 is `hash`, if the witness carries it.
	pub fn lookup(&self, hash: &H256) -> Option<&[u8]> {
		self.preimages.iter().find(|p| crate::blake2_256(p) == *hash).map(Vec::as_slice)
	}
}

/// An Actor PoV (RFC: "an *Agenda* segment, a *Slabs* segment, a *Witness* segment"), plus the context and inbox
/// messages validation needs to be a pure function of the APoV and the chain's code store.
///
/// Structural rules (checked by `coreplay_vm::check_pov` before any execution): the slabs name distinct actors
/// (the co-scheduled set, ascending by id); every agenda item names a co-scheduled actor; every co-scheduled actor
/// has at least one `Service` item; inbox batches name distinct co-scheduled actors.
#[derive(Clone, PartialEq, Eq, Debug, Default, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct ActorPov {
	/// What the actors see of the chain.
	pub context: PovContext,
	/// The Agenda, run in order.
	pub agenda: Vec<AgendaItem>,
	/// One slab per co-scheduled actor, ascending by actor id.
	pub slabs: Vec<Slab>,
	/// Inbox messages consumed, per actor (actors that consume none are omitted), ascending by actor id.
	pub inbox: Vec<InboxBatch>,
	/// Hash preimages available to `lookup`.
	pub witness: Witness,
}

impl ActorPov {
	/// The co-scheduled actors: the slab actors, in slab order.
	pub fn coscheduled(&self) -> impl Iterator<Item = TaskId> + '_ {
		self.slabs.iter().map(|s| s.actor)
	}

	/// The inbox messages `actor` consumes (empty if it has no batch).
	pub fn inbox_of(&self, actor: TaskId) -> &[Message] {
		self.inbox.iter().find(|b| b.actor == actor).map(|b| b.messages.as_slice()).unwrap_or(&[])
	}
}
