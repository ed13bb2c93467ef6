//! The Actor PoV and its parts (RFC "Explanation": Agenda, Slabs, Witness).

use crate::{
	snapshot::{self, SnapshotError},
	BlockNumber, TaskId, H256,
};
use alloc::{borrow::Cow, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode};
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

/// An asynchronous message as its recipient reads it (`next_message`).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct Message {
	/// The sending actor.
	pub from: TaskId,
	/// The payload, at most `Limits::max_message_bytes` bytes.
	pub data: Vec<u8>,
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
