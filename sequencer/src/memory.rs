//! [`MemoryChain`]: a chain held in memory, for tests and fuzzing (feature `test-utils`).

use crate::{ActorState, ChainError, ChainView};
use coreplay_primitives::{
	blake2_256, ActorPov, BlockNumber, CodeHash, Message, OutboundMessage, Sender, StateHash,
	TaskId,
};
use coreplay_vm::{ActorCode, Creation, ExecError, Execution, Limits, Machine};
use std::collections::BTreeMap;

/// Why a [`MemoryChain`] refuses a creation or an APoV's outcome, as `pallet-actors` refuses it (the pallet's
/// `Error` of the same name; an APoV's outcome the pallet would expire with the reason named). The chain is then
/// unchanged.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Refused {
	/// The creation's `init` failed.
	Creation(ExecError),
	/// A message's recipient does not exist (`UnknownRecipient`; an outcome: `UndeliverableMessage`).
	UnknownRecipient(TaskId),
	/// A recipient's inbox would hold more than [`MemoryChain::max_inbox_len`] messages (`InboxFull`; an
	/// outcome: `UndeliverableMessage`).
	InboxFull(TaskId),
	/// A sender would have more than [`MemoryChain::max_inbox_per_sender`] messages waiting in a recipient's
	/// inbox (`SenderQuotaFull`).
	SenderQuotaFull {
		/// The recipient.
		to: TaskId,
		/// The sender.
		from: TaskId,
	},
	/// A code upgrade names code that is not stored (`UnknownUpgradeCode`).
	UnknownUpgradeCode(CodeHash),
}

/// What `pallet-actors` stores about codes, actors and inboxes, plus the snapshots a node indexes offchain,
/// in memory. It implements [`ChainView`], so the sequencer builds APoVs from it exactly as the node's
/// `actors_buildApov` builds them from chain state, and it canonicalises APoVs by the pallet's rules: states and
/// sequences, consumed inbox messages, code upgrades, message delivery into bounded inboxes, all or nothing
/// (`pallet-actors`' test `memory_chain_canonicalises_as_the_pallet` runs the same APoVs through both and
/// compares them). Not modelled: balances, so neither deposits nor payouts.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct MemoryChain {
	/// The block number ([`ChainView::block_number`]; what actors read with `now()`).
	pub now: BlockNumber,
	/// The chain's vm limits.
	pub limits: Limits,
	/// The most messages one inbox holds (the pallet's `MaxInboxLen`).
	pub max_inbox_len: u32,
	/// The most messages one sender has waiting in one inbox (the pallet's `MaxInboxPerSender`).
	pub max_inbox_per_sender: u32,
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
	/// An empty chain at block `now` with `limits`, whose inboxes hold `max_inbox_messages / max_actors`
	/// messages: the most that lets every co-scheduled actor consume its whole inbox in one APoV (the pallet's
	/// `integrity_test` requires `MaxInboxLen × max_actors ≤ max_inbox_messages`), any of them from one sender.
	/// Set [`MemoryChain::max_inbox_len`] and [`MemoryChain::max_inbox_per_sender`] to mirror a chain.
	pub fn new(limits: Limits, now: BlockNumber) -> Self {
		Self {
			now,
			limits,
			max_inbox_len: limits.max_inbox_messages / limits.max_actors.max(1),
			max_inbox_per_sender: limits.max_inbox_messages / limits.max_actors.max(1),
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
	/// [`Refused::Creation`] with the creation's [`ExecError`], or the [`Refused`] delivery of one of its
	/// messages; then nothing changes.
	pub fn create(
		&mut self,
		machine: &Machine,
		blob: &[u8],
		code: &ActorCode,
		id: TaskId,
		args: &[u8],
		fuel: u64,
	) -> Result<Creation, Refused> {
		let creation = machine.create(code, id, args, self.now, fuel).map_err(Refused::Creation)?;
		let code_hash = blake2_256(blob);
		let state_hash = blake2_256(&creation.snapshot);
		let replaced = self.actors.insert(id, ActorState { code_hash, state_hash, sequence: 0 });
		if let Err(refused) = self.deliver(&creation.outbox) {
			match replaced {
				Some(state) => self.actors.insert(id, state),
				None => self.actors.remove(&id),
			};
			return Err(refused);
		}
		self.codes.insert(code_hash, blob.to_vec());
		self.snapshots.insert(state_hash, creation.snapshot.clone());
		Ok(creation)
	}

	/// Queues messages for this chain's actors, as the pallet delivers an execution's outbox: all of them, or
	/// none if one cannot be delivered.
	///
	/// # Errors
	/// [`Refused::UnknownRecipient`] or [`Refused::InboxFull`] for the first message that cannot be delivered.
	pub fn deliver(&mut self, outbox: &[OutboundMessage]) -> Result<(), Refused> {
		self.check_room(outbox, |_| 0)?;
		for message in outbox {
			self.inboxes
				.entry(message.to)
				.or_default()
				.push(Message::from_actor(message.from, message.data.clone()));
		}
		Ok(())
	}

	/// Whether every message of `outbox` has a recipient with room, once `consumed(actor)` of its messages are
	/// gone (the pallet's readiness check).
	fn check_room(
		&self,
		outbox: &[OutboundMessage],
		consumed: impl Fn(TaskId) -> usize,
	) -> Result<(), Refused> {
		let mut incoming: BTreeMap<TaskId, usize> = BTreeMap::new();
		let mut from_sender: BTreeMap<(TaskId, TaskId), usize> = BTreeMap::new();
		for message in outbox {
			if !self.actors.contains_key(&message.to) {
				return Err(Refused::UnknownRecipient(message.to));
			}
			*incoming.entry(message.to).or_default() += 1;
			*from_sender.entry((message.to, message.from)).or_default() += 1;
		}
		let waiting = |to: TaskId| {
			let inbox = self.inboxes.get(&to).map_or(&[][..], Vec::as_slice);
			inbox.get(consumed(to).min(inbox.len())..).unwrap_or_default()
		};
		for (to, count) in incoming {
			if waiting(to).len() + count > self.max_inbox_len as usize {
				return Err(Refused::InboxFull(to));
			}
		}
		for ((to, from), count) in from_sender {
			let already = waiting(to).iter().filter(|m| m.from == Sender::Actor(from)).count();
			if already + count > self.max_inbox_per_sender as usize {
				return Err(Refused::SenderQuotaFull { to, from });
			}
		}
		Ok(())
	}

	/// Makes a validated `apov`'s results the actors' state, as the pallet's canonicalisation does, with
	/// `execution` (what `produce_pov` or `validate_pov` returned for it): each slab's actor moves to the slab's
	/// sequence and the blake2-256 of its full `post` (indexed like a node's offchain storage), consumed inbox
	/// messages are removed, requested code upgrades are applied, and the outbox is delivered.
	///
	/// # Errors
	/// What the pallet would expire the outcome for: [`Refused::UnknownUpgradeCode`], or a message it cannot
	/// deliver ([`Refused::UnknownRecipient`], [`Refused::InboxFull`]); then nothing changes.
	///
	/// # Panics
	/// If `apov` does not build on the current state (a `pre` that is not the actor's snapshot, or a sequence
	/// that is not the next one): callers canonicalise only what they built from this chain.
	pub fn canonicalise(&mut self, apov: &ActorPov, execution: &Execution) -> Result<(), Refused> {
		for slab in &apov.slabs {
			let state = self.actors.get(&slab.actor).expect("co-scheduled actors exist");
			assert_eq!(slab.sequence, state.sequence + 1, "the slab carries the next sequence");
			assert_eq!(blake2_256(&slab.pre), state.state_hash, "the slab starts from the state");
		}
		for (_, code_hash) in &execution.code_upgrades {
			if !self.codes.contains_key(code_hash) {
				return Err(Refused::UnknownUpgradeCode(*code_hash));
			}
		}
		let consumed = |actor: TaskId| {
			apov.inbox.iter().find(|batch| batch.actor == actor).map_or(0, |b| b.messages.len())
		};
		self.check_room(&execution.outbox, consumed)?;
		for slab in &apov.slabs {
			let post = slab.full_post(self.limits.max_memory_pages).expect("a validated post");
			let state = self.actors.get_mut(&slab.actor).expect("checked above");
			state.sequence = slab.sequence;
			state.state_hash = blake2_256(&post);
			self.snapshots.insert(state.state_hash, post.into_owned());
		}
		for batch in &apov.inbox {
			self.inboxes.entry(batch.actor).or_default().drain(..batch.messages.len());
		}
		for (actor, code_hash) in &execution.code_upgrades {
			self.actors.get_mut(actor).expect("upgrades are the slabs' actors").code_hash =
				*code_hash;
		}
		self.deliver(&execution.outbox).expect("room checked above");
		Ok(())
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
