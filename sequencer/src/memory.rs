//! [`MemoryChain`]: a chain held in memory, for tests and fuzzing (feature `test-utils`).

use crate::{ActorState, ChainError, ChainView};
use coreplay_primitives::{
	blake2_256, ActorPov, BlockNumber, CodeHash, Message, OutboundMessage, StateHash, TaskId,
};
use coreplay_vm::{ActorCode, Creation, ExecError, Limits, Machine};
use std::collections::BTreeMap;

/// What `pallet-actors` stores about codes, actors and inboxes, plus the snapshots a node indexes offchain,
/// in memory. It implements [`ChainView`], so the sequencer builds APoVs from it exactly as the node's
/// `actors_buildApov` builds them from chain state, and it canonicalises APoVs as the pallet does.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct MemoryChain {
	/// The block number ([`ChainView::block_number`]; what actors read with `now()`).
	pub now: BlockNumber,
	/// The chain's vm limits.
	pub limits: Limits,
	/// Actor id → code hash, state hash, sequence.
	pub actors: BTreeMap<TaskId, ActorState>,
	/// Code hash → AVF blob.
	pub codes: BTreeMap<CodeHash, Vec<u8>>,
	/// Actor id → waiting messages, oldest first.
	pub inboxes: BTreeMap<TaskId, Vec<Message>>,
	/// State hash → snapshot.
	pub snapshots: BTreeMap<StateHash, Vec<u8>>,
}

impl MemoryChain {
	/// An empty chain at block `now` with `limits`.
	pub fn new(limits: Limits, now: BlockNumber) -> Self {
		Self {
			now,
			limits,
			actors: BTreeMap::new(),
			codes: BTreeMap::new(),
			inboxes: BTreeMap::new(),
			snapshots: BTreeMap::new(),
		}
	}

	/// Creates actor `id` from `blob` (stored under its blake2-256, as `upload_code` does), loaded by `machine`
	/// as `code`, with `args` under `fuel`, as `create_actor` does; delivers the messages its `init` sent.
	///
	/// # Errors
	/// The creation's [`ExecError`]; then nothing changes.
	pub fn create(
		&mut self,
		machine: &Machine,
		blob: &[u8],
		code: &ActorCode,
		id: TaskId,
		args: &[u8],
		fuel: u64,
	) -> Result<Creation, ExecError> {
		let creation = machine.create(code, id, args, self.now, fuel)?;
		let code_hash = blake2_256(blob);
		let state_hash = blake2_256(&creation.snapshot);
		self.codes.insert(code_hash, blob.to_vec());
		self.snapshots.insert(state_hash, creation.snapshot.clone());
		self.actors.insert(id, ActorState { code_hash, state_hash, sequence: 0 });
		self.deliver(&creation.outbox);
		Ok(creation)
	}

	/// Queues messages for this chain's actors, as the pallet does with an execution's outbox; messages to
	/// actors that do not exist are dropped.
	pub fn deliver(&mut self, outbox: &[OutboundMessage]) {
		for message in outbox {
			if self.actors.contains_key(&message.to) {
				self.inboxes
					.entry(message.to)
					.or_default()
					.push(Message { from: message.from, data: message.data.clone() });
			}
		}
	}

	/// Makes a validated `apov`'s results the actors' state, as the pallet's canonicalisation does: each slab's
	/// actor moves to the slab's sequence and the blake2-256 of its full `post` (indexed like a node's offchain
	/// storage), consumed inbox messages are removed, and `outbox` (the execution's) is delivered.
	///
	/// # Panics
	/// If `apov` does not build on the current state (a `pre` that is not the actor's snapshot, or a sequence
	/// that is not the next one): callers canonicalise only what they built from this chain.
	pub fn canonicalise(&mut self, apov: &ActorPov, outbox: &[OutboundMessage]) {
		for slab in &apov.slabs {
			let state = self.actors.get_mut(&slab.actor).expect("co-scheduled actors exist");
			assert_eq!(slab.sequence, state.sequence + 1, "the slab carries the next sequence");
			assert_eq!(blake2_256(&slab.pre), state.state_hash, "the slab starts from the state");
			let post = slab.full_post(self.limits.max_memory_pages).expect("a validated post");
			state.sequence = slab.sequence;
			state.state_hash = blake2_256(&post);
			self.snapshots.insert(state.state_hash, post.into_owned());
		}
		for batch in &apov.inbox {
			self.inboxes.entry(batch.actor).or_default().drain(..batch.messages.len());
		}
		self.deliver(outbox);
	}
}

impl ChainView for MemoryChain {
	fn block_number(&self) -> BlockNumber {
		self.now
	}

	fn limits(&self) -> Result<Limits, ChainError> {
		Ok(self.limits)
	}

	fn actor(&self, actor: TaskId) -> Result<Option<ActorState>, ChainError> {
		Ok(self.actors.get(&actor).copied())
	}

	fn code(&self, code_hash: CodeHash) -> Result<Option<Vec<u8>>, ChainError> {
		Ok(self.codes.get(&code_hash).cloned())
	}

	fn inbox(&self, actor: TaskId) -> Result<Vec<Message>, ChainError> {
		Ok(self.inboxes.get(&actor).cloned().unwrap_or_default())
	}

	fn snapshot(&self, state_hash: StateHash) -> Result<Option<Vec<u8>>, ChainError> {
		Ok(self.snapshots.get(&state_hash).cloned())
	}
}
