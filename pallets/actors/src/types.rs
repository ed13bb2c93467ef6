//! Storage types of the pallet.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use coreplay_primitives::{BlockNumber, CodeHash, StateHash, TaskId};
use frame_support::{BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use scale_info::TypeInfo;

/// What the chain knows of a stored AVF (the blob itself is in `Codes`).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct CodeInfo<AccountId, Balance> {
	/// Who uploaded it; only they may remove it.
	pub owner: AccountId,
	/// The deposit held from `owner` while the code is stored.
	pub deposit: Balance,
	/// The blob's length in bytes (header included).
	pub len: u32,
	/// How many actors run this code. Code in use cannot be removed.
	pub refcount: u32,
}

/// An actor (RFC "Actor-Task"): its code, state hash and sequence.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct ActorInfo<AccountId, Balance> {
	/// The AVF it runs.
	pub code_hash: CodeHash,
	/// blake2-256 of its canonical snapshot.
	pub state_hash: StateHash,
	/// How many APoVs advanced it (0 at creation).
	pub sequence: u64,
	/// Who created it; only they may remove it (`remove_actor`).
	pub creator: AccountId,
	/// The deposit held from `creator` for the actor's storage and its reference to its code
	/// (`Config::ActorDeposit` at creation), released by `remove_actor`.
	pub deposit: Balance,
	/// The block its actor last saw as `now()`: its last canonical APoV's `context.now`, or the block it was
	/// created in. An APoV's `context.now` may not be earlier (`Error::ContextBeforeActor`), so an actor never
	/// sees time go backwards.
	pub now: BlockNumber,
	/// The block of the last APoV with a slab for it that the chain validated (canonicalised or kept pending),
	/// 0 before any: an actor is in at most one APoV per block (`Error::ActorAlreadyScheduled`, issue 28).
	pub scheduled_at: BlockNumber,
	/// The affinity group its creator put it in (`set_affinity`): actors of one group share a canonical
	/// sequencer, so they can be co-scheduled.
	pub affinity: Affinity,
	/// Who its payouts go to when submission is open (no sequencer registered): set by its creator
	/// (`set_payee`); with none, an open submission is not paid, so that copying someone's APoV earns nothing.
	pub payee: Option<AccountId>,
}

/// An actor's affinity group (issue 28): the task id that names the group, in force from a rotation on, and the
/// one before it. Actors naming the same group share a canonical sequencer in every rotation
/// (`Pallet::assignment_key`); an actor with no group is its own. A change takes effect two rotations after the
/// one it is made in (at once for an actor never advanced), so that the assignments sequencers see a rotation
/// ahead hold.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct Affinity {
	/// The group from rotation `from` on (`None`: the actor is its own group).
	pub group: Option<TaskId>,
	/// The group before rotation `from`.
	pub previous: Option<TaskId>,
	/// The first rotation `group` is in force.
	pub from: RotationIndex,
}

impl Affinity {
	/// The group in force in rotation `rotation`.
	pub fn at(&self, rotation: RotationIndex) -> Option<TaskId> {
		if rotation >= self.from {
			self.group
		} else {
			self.previous
		}
	}
}

/// The index of a rotation: rotation `r` is the blocks `[r × RotationPeriod, (r + 1) × RotationPeriod)`.
pub type RotationIndex = u32;

/// A registered sequencer (issue 28, `register_sequencer`).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct SequencerInfo<Balance> {
	/// The bond held from it (`Config::SequencerBond` when it registered, `HoldReason::SequencerBond`).
	pub bond: Balance,
	/// The block it asked to leave in (`leave_sequencer`); it may withdraw its bond `LeaveDelay` blocks later.
	pub leaving_at: Option<BlockNumber>,
	/// How many times another sequencer advanced one of the actors it held, because it had left visible work
	/// (an inbox message) waiting for `GracePeriod` blocks (`Event::GraceTaken`): data for a slashing rule.
	pub missed: u32,
}

/// One rotation's sequencer set and seed (issue 28), fixed one rotation ahead (`on_initialize`).
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxSequencers))]
pub struct Rotation<AccountId, MaxSequencers>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxSequencers: frame_support::traits::Get<u32>,
{
	/// The seed its assignment hashes with: blake2-256 of its index and `Config::Randomness` at the block
	/// that fixed it.
	pub seed: sp_core::H256,
	/// The sequencers it assigns actors to, in registration order; empty: submission is open.
	pub sequencers: BoundedVec<AccountId, MaxSequencers>,
}

/// Who may advance an actor at a block (`ActorsApi::canonical_sequencer`, issue 28).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub enum Assignment<AccountId> {
	/// No sequencer is registered: any signed account may submit; payouts go to the actor's payee.
	Open,
	/// Only `sequencer` may, until the actor's oldest inbox message has waited `GracePeriod` blocks: from
	/// block `grace_from` on (if it has a message), any registered sequencer may too.
	Sequencer {
		/// The canonical sequencer.
		sequencer: AccountId,
		/// The first block at which others may advance the actor, if it has a message waiting.
		grace_from: Option<BlockNumber>,
	},
	/// The block's rotation is not fixed yet (or has passed): ask again later.
	UnknownRotation,
	/// No such actor.
	UnknownActor,
}

/// A message waiting in an actor's inbox (`InboxMessages`): from an actor, or from an account by `send_message`,
/// which holds the account's deposit until the message is consumed (or its recipient removed).
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxBytes))]
pub struct InboxEntry<AccountId, Balance, MaxBytes>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxBytes: frame_support::traits::Get<u32>,
{
	/// Who sent it.
	pub from: coreplay_primitives::Sender,
	/// The payload.
	pub data: BoundedVec<u8, MaxBytes>,
	/// The value moved into the recipient's account with it (an account's message), in the smallest unit.
	pub value: coreplay_primitives::Balance,
	/// The deposit held from an account sender (`HoldReason::MessageDeposit`), released to it when the message
	/// is consumed; `None` for an actor's message.
	pub deposit: Option<(AccountId, Balance)>,
	/// The block it arrived in: an actor whose oldest message has waited `GracePeriod` blocks may be advanced
	/// by any registered sequencer (issue 28).
	pub arrived: BlockNumber,
}

impl<AccountId, Balance, MaxBytes> InboxEntry<AccountId, Balance, MaxBytes>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxBytes: frame_support::traits::Get<u32>,
{
	/// The message as its recipient reads it.
	pub fn message(self) -> coreplay_primitives::Message {
		coreplay_primitives::Message {
			from: self.from,
			data: self.data.into_inner(),
			value: self.value,
		}
	}
}

/// An asynchronous message an actor sent, in an outbox (`PendingOutboxes`) until it is delivered.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxBytes))]
pub struct StoredMessage<MaxBytes: frame_support::traits::Get<u32>> {
	/// The sender.
	pub from: TaskId,
	/// The payload.
	pub data: BoundedVec<u8, MaxBytes>,
}

/// An actor's event (`emit_event`) as a pending outcome keeps it until it is deposited as
/// `Event::ActorEvent` (`PendingEvents`), bounded by `Limits::max_event_topics` and `max_event_bytes`.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxTopics, MaxBytes))]
pub struct StoredEvent<
	MaxTopics: frame_support::traits::Get<u32>,
	MaxBytes: frame_support::traits::Get<u32>,
> {
	/// The emitting actor.
	pub actor: TaskId,
	/// Its 32-byte topics.
	pub topics: BoundedVec<coreplay_primitives::H256, MaxTopics>,
	/// Its data.
	pub data: BoundedVec<u8, MaxBytes>,
}

/// Where an actor's inbox lies in `InboxMessages`: its messages are at positions `head`, `head + 1`, …,
/// `head + len - 1` (wrapping), oldest first. Delivering writes position `head + len`; consuming `n` messages
/// takes the first `n` and advances `head`. So each message is one storage item, read and written once, and a
/// delivery or a consumption costs the same whatever else the inbox holds.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct InboxQueue {
	/// The position of the oldest message.
	pub head: u32,
	/// How many messages wait (at most `Config::MaxInboxLen`).
	pub len: u32,
}

impl InboxQueue {
	/// The position of the `index`-th waiting message (0: the oldest; `len`: where the next delivery goes).
	pub fn position(&self, index: u32) -> u32 {
		self.head.wrapping_add(index)
	}
}

/// One slab of a validated APoV, reduced to what canonicalisation needs.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct SlabOutcome {
	/// The actor.
	pub actor: TaskId,
	/// The sequence it reaches.
	pub sequence: u64,
	/// blake2-256 of `pre`: must be the actor's state hash at canonicalisation.
	pub pre_hash: StateHash,
	/// blake2-256 of `post`: the actor's new state hash.
	pub post_hash: StateHash,
	/// How many inbox messages it consumed.
	pub inbox_consumed: u32,
	/// blake2-256 of the SCALE encoding of the consumed messages (`Vec<Message>`); they must still be the first
	/// messages of its inbox at canonicalisation.
	pub inbox_hash: sp_core::H256,
	/// The code it ran: the actor's when the APoV was validated. It must still be the actor's at
	/// canonicalisation (`ExpiryReason::CodeChanged`).
	pub code_hash: CodeHash,
	/// The code it asked to run from now on (`set_code`).
	pub code_upgrade: Option<CodeHash>,
	/// What its `payout` inspector offered on `pre` (0 without a `payout` export).
	pub payout: u128,
}

/// A validated APoV's effects, kept until it can be canonicalised (or expires).
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxActors))]
pub struct ApovOutcome<AccountId, BlockNumber, Balance, MaxActors>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxActors: frame_support::traits::Get<u32>,
{
	/// Who submitted it; receives the payouts.
	pub submitter: AccountId,
	/// The deposit held from `submitter` while it waits (`Config::PendingDeposit` when it began to; zero for
	/// an outcome canonicalised at once).
	pub deposit: Balance,
	/// When it was validated.
	pub validated_at: BlockNumber,
	/// Its `context.now`: what its actors saw as `now()`. It becomes each actor's `ActorInfo::now`, and must not
	/// be earlier than it at canonicalisation (`ExpiryReason::TimeWentBackwards`).
	pub now: coreplay_primitives::BlockNumber,
	/// One entry per co-scheduled actor, ascending by actor.
	pub slabs: BoundedVec<SlabOutcome, MaxActors>,
	/// Its outbox's shape: how many messages it sends and their payloads' bytes, so the work of delivering
	/// them is known before the outbox (kept apart, in `PendingOutboxes`, read only when the outcome is ready)
	/// is read (`Pallet::messages_weight`).
	pub outbox: OutboxShape,
	/// Submitted while submission was open (no sequencer registered): its payouts go to each actor's payee,
	/// not to `submitter` (issue 28).
	pub open: bool,
}

/// How many messages an outbox holds and their payloads' bytes together.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct OutboxShape {
	/// Messages.
	pub messages: u32,
	/// Payload bytes, all messages together.
	pub bytes: u32,
}

impl OutboxShape {
	/// The shape of `outbox`.
	pub fn of<M: frame_support::traits::Get<u32>>(outbox: &[(TaskId, StoredMessage<M>)]) -> Self {
		Self::of_payloads(outbox.iter().map(|(_, m)| m.data.len()))
	}

	/// The shape of an outbox whose messages' payloads have these lengths, in bytes.
	pub fn of_payloads(lengths: impl Iterator<Item = usize>) -> Self {
		let (messages, bytes) = lengths.fold((0usize, 0usize), |(n, b), len| (n + 1, b + len));
		Self {
			messages: u32::try_from(messages).unwrap_or(u32::MAX),
			bytes: u32::try_from(bytes).unwrap_or(u32::MAX),
		}
	}
}

/// Why a pending APoV was dropped.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum ExpiryReason {
	/// RFC rule 1: an actor's sequence reached (or passed) the slab's sequence.
	SequenceReached,
	/// RFC rule 2: an actor's sequence is one below the slab's, with a state hash other than the slab's `pre`.
	PreStateChanged,
	/// Its consumed inbox messages are no longer the first in an actor's inbox.
	InboxChanged,
	/// A message recipient's inbox is full, or the recipient no longer exists.
	UndeliverableMessage,
	/// A requested code upgrade names code that is not stored.
	UnknownUpgradeCode,
	/// It waited longer than `Config::PendingLifetime` blocks.
	TimedOut,
	/// An actor's code changed (an earlier APoV's `set_code`) since it was validated with the old code.
	CodeChanged,
	/// An earlier APoV of one of its actors, canonicalised first, saw a later `now` than it did.
	TimeWentBackwards,
	/// One of its actors was removed (`remove_actor`).
	ActorRemoved,
	/// A sending actor would have more than `MaxInboxPerSender` messages waiting in a recipient's inbox.
	SenderQuotaFull,
	/// An actor's account can no longer pay the transfers it asked for (`transfer`).
	TransfersNotCovered,
}
