//! # Actors Pallet
//!
//! Coreplay's pallet: stores AVF code by hash and each actor's state hash and sequence, and accepts an APoV only
//! when replaying its Agenda in the in-runtime `coreplay-vm` reproduces its `post` slabs; then it canonicalises.
//!
//! ## Pallet API
//!
//! See the [`pallet`] module for the [`Config`], the dispatchables ([`Call`]), [`Event`]s and [`Error`]s.
//!
//! ## Overview
//!
//! - [`Pallet::upload_code`] validates an AVF (`docs/abi.md`) and stores it, holding a deposit from the uploader
//!   proportional to its size. [`Pallet::remove_code`] releases it when no actor runs the code.
//! - [`Pallet::create_actor`] is cheap: it runs the actor's `main(args)` to its first yield and stores the state
//!   hash of the resulting snapshot at sequence 0. Each actor has an account ([`Pallet::actor_account`]) that anyone
//!   may fund; its `payout` is paid from there.
//! - [`Pallet::submit_apov`] checks the RFC's validity rules, replays the APoV, and then either canonicalises it
//!   (every slab's sequence is the actor's + 1 and its `pre` hashes to the actor's state hash) or keeps it pending
//!   until it can be, or until it expires by the RFC's rules. The block's hooks check pending outcomes
//!   ([`Pallet::process_pending`]: `on_idle`, then `on_initialize` with a reserve that fits any ready one).
//! - Scheduling (issue 28, `schedule.rs`): a block validates at most `Config::Cores` APoVs, each declaring at most
//!   `Config::CoreWeight` for its own work, and an actor is in at most one APoV per block. Sequencers register
//!   with a bond ([`Pallet::register_sequencer`]); every `RotationPeriod` blocks each actor is assigned one
//!   canonical sequencer (its affinity group's, [`Pallet::set_affinity`]), the only account whose APoV for it is
//!   accepted, until its oldest inbox message has waited `GracePeriod` blocks; with no sequencer registered,
//!   submission is open and payouts go to each actor's payee ([`Pallet::set_payee`]).
//!
//! Every snapshot the chain accepts (initial and `post`) is written to offchain storage with
//! `sp_io::offchain_index::set` under [`state_key`], so nodes started with offchain indexing can serve actor states
//! to sequencers.
//!
//! ### Example
//!
//! Upload the `counter` actor, create it, and advance it with APoVs built by `coreplay-vm` (the test `Sequencer`
//! does what a sequencer does: `produce_pov` from each actor's current snapshot, then `submit_apov`):
#![doc = docify::embed!("src/tests/mod.rs", counter_advances_through_apovs)]
//!
//! ## Low Level / Implementation Details
//!
//! ### Design Goals
//!
//! 1. One machine: validation calls `coreplay_vm::validate_pov`, the same code sequencers produce APoVs with.
//! 2. Failed APoVs change nothing. Every rejection has its own [`Error`] variant.
//! 3. Everything is bounded: fuel, memory pages, actors per APoV, Agenda length, slab bytes, inbox length, pending
//!    APoVs, APoVs per block (cores) and the weight of each, registered sequencers.
//!
//! ### Design
//!
//! An APoV's effects are reduced to an [`ApovOutcome`] (hashes, consumed-inbox digests, upgrades, payouts, the
//! shape of its outbox) and its outbox ([`OutboxOf`]). The outcome is canonicalised at once when it can be,
//! otherwise stored in [`Pending`] and its outbox in [`PendingOutboxes`]; after every submission the pending
//! outcomes are checked again, in submission order, within a weight budget. Each inbox message is one storage
//! item ([`InboxMessages`], positions in [`InboxQueues`]), so delivering or consuming one costs the same however
//! full the inbox is. Weight: a submission is charged its benchmarked base plus its whole `fuel_limit` and the
//! largest outbox up front and refunded the fuel it did not use and the messages it did not send, as
//! pallet-contracts does with gas. An APoV that fails during replay pays its whole `fuel_limit`.
//!
//! ### Layout
//!
//! This file holds the [`pallet`] module (Config, storage, events, errors, hooks, and thin dispatchables); the
//! rest is split by concern, each an `impl<T: Config> Pallet<T>` block:
//!
//! | file | what |
//! |---|---|
//! | `submission.rs` | admit → replay → outcome ([`Pallet::do_submit_apov`]), and its dry run |
//! | `schedule.rs` | cores, one APoV per actor per block, sequencers, rotations, canonical sequencers, grace ([`Pallet::admit`]) |
//! | `pending.rs` | readiness and expiry, canonicalisation, message delivery, the pending queue, the views |
//! | `charge.rs` | the weight model ([`Pallet::submit_weight`] and its parts, [`SnapshotShape`], [`CodeShape`]) |
//! | `limits.rs` | [`Pallet::limits`] and [`Pallet::machine`] from `Config::Limits`, the bounds derived from them, the APoV length, the memory bound |
//! | `errors.rs` | an [`Error`] for each vm error and expiry reason |
//! | `migrations.rs` | storage migrations between storage versions |
//! | `types.rs`, `runtime_api.rs` | stored and API types; the `ActorsApi` runtime API |
//! | `weights.rs`, `weight_info.rs`, `benchmarking.rs` | the generated weights, their trait, the benchmarks |
//!
//! ### Terminology
//!
//! - **AVF**: Actor Validation Function, an actor's code blob with its format header.
//! - **APoV**: Actor PoV: Agenda + Slabs + Witness (+ context and consumed inbox messages).
//! - **Co-scheduled**: the actors with a slab in the same APoV.
//! - **Canonicalise**: make an APoV's results the actors' new state.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod charge;
mod errors;
mod limits;
pub mod migrations;
#[cfg(test)]
mod mock;
mod pending;
pub mod runtime_api;
mod schedule;
mod submission;
#[cfg(test)]
mod tests;
mod types;
mod weight_info;
pub mod weights;

pub use charge::{CodeShape, SnapshotShape};
pub use limits::{
	MaxActors, MaxCodeBytes, MaxEventBytes, MaxEventTopics, MaxEvents, MaxMessageBytes,
	MaxMessages, MaxTransfers,
};
pub use pallet::*;
use pending::{Delivery, Effects};
pub use schedule::Admission;
pub use submission::{ApovStatus, DryRun, ReplayTrace, Submitted};
pub use types::*;
pub use weight_info::WeightInfo;

use alloc::vec::Vec;
use codec::Encode;
use coreplay_primitives::{snapshot, ActorPov, Message, StateHash, TaskId, H256};
use coreplay_vm::{CodeError, ExecError, Limits, Machine, PovError};
use frame_support::{
	dispatch::{DispatchErrorWithPostInfo, PostDispatchInfo},
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		tokens::{Fortitude, Precision, Preservation},
	},
	PalletId,
};
use frame_system::pallet_prelude::*;
use sp_runtime::{
	traits::{AccountIdConversion, Saturating, Zero},
	SaturatedConversion,
};

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// An APoV outcome as stored by this pallet.
pub type OutcomeOf<T> = ApovOutcome<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	BalanceOf<T>,
	MaxActors<T>,
>;

/// A validated APoV's messages to deliver, `(to, message)`, in send order: at most `Limits::max_messages`
/// of at most `Limits::max_message_bytes` each.
pub type OutboxOf<T> = BoundedVec<(TaskId, StoredMessage<MaxMessageBytes<T>>), MaxMessages<T>>;

/// A message waiting in an inbox, with this runtime's account and balance types.
pub type InboxEntryOf<T> =
	InboxEntry<<T as frame_system::Config>::AccountId, BalanceOf<T>, MaxMessageBytes<T>>;

/// The events of an outcome (`emit_event`), in emission order: at most `Limits::max_events`.
pub type EventsOf<T> = BoundedVec<StoredEvent<MaxEventTopics<T>, MaxEventBytes<T>>, MaxEvents<T>>;

/// The payments of an outcome (`transfer`), in order: at most `Limits::max_transfers`.
pub type TransfersOf<T> = BoundedVec<coreplay_primitives::ActorTransfer, MaxTransfers<T>>;

/// An actor's record with this runtime's account and balance types.
pub type ActorInfoOf<T> = ActorInfo<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// A rotation as stored by this pallet.
pub type RotationOf<T> =
	Rotation<<T as frame_system::Config>::AccountId, <T as Config>::MaxSequencers>;

/// The offchain-storage key under which the pallet indexes each snapshot it accepts (`coreplay_primitives`).
pub use coreplay_primitives::state_key;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The storage version: 1 since `ActorInfo::now`, the outcomes' code hashes and one storage item per inbox
	/// message (`migrations::v1`); 2 since inbox messages carry a sender that may be an account, a value and a
	/// deposit (`migrations::v2`); 3 since actors record their scheduling, affinity and payee and inbox messages
	/// their arrival (`migrations::v3`).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(3);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency deposits are held in and payouts are paid in.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;
		/// Derives actor accounts: `PalletId.into_sub_account_truncating(task_id)`.
		#[pallet::constant]
		type PalletId: Get<PalletId>;
		/// Deposit held for any stored code.
		#[pallet::constant]
		type CodeDepositBase: Get<BalanceOf<Self>>;
		/// Deposit held per byte of stored code.
		#[pallet::constant]
		type CodeDepositPerByte: Get<BalanceOf<Self>>;
		/// The vm's bounds on code, memory, APoVs and messages (model: pallet-contracts' `Config::Schedule`):
		/// the one place a chain sets them, written as `Limits { .., ..Limits::DEFAULT }`. Code storage, inboxes
		/// and pending outcomes are bounded by its fields ([`MaxCodeBytes`], [`MaxActors`], [`Limits::max_message_bytes`],
		/// [`MaxMessages`]). [`Pallet::limits`] lowers `max_apov_bytes` to what one extrinsic can carry;
		/// `integrity_test` checks that the rest fit together (every snapshot fits a slab, each actor of an APoV
		/// can consume its whole inbox, validation fits `RuntimeMemory`). Sequencers must use
		/// [`Pallet::limits`], not this value.
		#[pallet::constant]
		type Limits: Get<Limits>;
		/// Held from an actor's creator while the actor exists (`remove_actor` releases it): pays for its storage
		/// (`ActorInfo`, its inbox's key) and for keeping its code in use, so that actors on someone else's code
		/// cost their creators what they take from the code's owner.
		#[pallet::constant]
		type ActorDeposit: Get<BalanceOf<Self>>;
		/// Largest `create_actor` argument, in bytes.
		#[pallet::constant]
		type MaxArgsLen: Get<u32>;
		/// Most messages waiting in one actor's inbox.
		#[pallet::constant]
		type MaxInboxLen: Get<u32>;
		/// Deposit held from an account for each message it sends an actor (`send_message`) until the actor
		/// consumes it, or is removed.
		#[pallet::constant]
		type MessageDepositBase: Get<BalanceOf<Self>>;
		/// Deposit held per byte of such a message's data.
		#[pallet::constant]
		type MessageDepositPerByte: Get<BalanceOf<Self>>;
		/// Most messages from accounts waiting in one inbox (`Error::TooManyAccountMessages`), below
		/// `MaxInboxLen`: accounts cost nothing to create and their deposits come back, so however many an
		/// attacker uses, the rest of the inbox stays for actors' messages (each sending actor's creator holds
		/// `ActorDeposit`).
		#[pallet::constant]
		type MaxInboxFromAccounts: Get<u32>;
		/// Most messages from one sender (an actor, or an account by `send_message`) waiting in one inbox
		/// (`Error::SenderQuotaFull`), at most `MaxInboxLen`: no one sender, however many actors its owner
		/// creates and pays `ActorDeposit` for, or message deposits it pays, fills an inbox with fewer than
		/// `MaxInboxLen / MaxInboxPerSender` of them.
		#[pallet::constant]
		type MaxInboxPerSender: Get<u32>;
		/// Most validated APoVs waiting for canonicalisation.
		#[pallet::constant]
		type MaxPending: Get<u32>;
		/// Most validated APoVs one account may have waiting at once (`Error::TooManyPending`), so that one
		/// account cannot take every pending slot.
		#[pallet::constant]
		type MaxPendingPerAccount: Get<u32>;
		/// Held from the submitter while its APoV waits in `Pending`: released when it is canonicalised or
		/// expires for any reason but one, and burned when it expires because the state it built on lost
		/// (`ExpiryReason::PreStateChanged`: it was a branch the chain did not take).
		#[pallet::constant]
		type PendingDeposit: Get<BalanceOf<Self>>;
		/// How many blocks a pending APoV may wait before it expires.
		#[pallet::constant]
		type PendingLifetime: Get<BlockNumberFor<Self>>;
		/// Largest `fuel_limit` of one APoV.
		#[pallet::constant]
		type MaxFuel: Get<u64>;
		/// The most blocks an APoV's `context.now` may be behind the block that includes it
		/// (`Error::ContextTooOld`): how stale a `now()` an actor can be shown, and how far back a submitter can
		/// pick the `now` its `payout` inspector runs at.
		#[pallet::constant]
		type MaxNowAge: Get<u32>;
		/// Fuel for running a new actor's `main` to its first yield.
		#[pallet::constant]
		type CreationFuel: Get<u64>;
		/// Fuel for each `payout` inspector run: `submit_apov` declares it for every slab and refunds what the
		/// inspector did not use (all of it is charged if the inspector fails).
		#[pallet::constant]
		type InspectorFuel: Get<u64>;
		/// Most fuel one dry run ([`Pallet::dry_run_apov`], the `ActorsApi` runtime API, which anyone can call
		/// through a node's safe `state_call` RPC) may give the replay: a `fuel_limit` above it (up to `MaxFuel`)
		/// is lowered to it. At most `MaxFuel` (`integrity_test`).
		#[pallet::constant]
		type MaxDryRunFuel: Get<u64>;
		/// Longest APoV a dry run accepts, SCALE-encoded, in bytes; longer is `DryRunApovTooLarge`. At most the
		/// block length `submit_apov` accepts ([`Pallet::max_apov_bytes`], `integrity_test`).
		#[pallet::constant]
		type MaxDryRunApovBytes: Get<u32>;
		/// Bytes of runtime memory (heap) the node's executor gives a block; `integrity_test` checks that
		/// [`Pallet::validation_memory_bound`] stays within three quarters of it.
		#[pallet::constant]
		type RuntimeMemory: Get<u32>;
		/// How many APoVs one block validates (issue 28): each takes one core of the block it is validated in
		/// (`Error::CoresFull` past them). With co-scheduling, `Cores × Limits::max_actors` actors can advance in
		/// one block.
		#[pallet::constant]
		type Cores: Get<u32>;
		/// A core's weight budget: the most one APoV may declare for its own work (`Pallet::core_weight`: what
		/// `submit_apov` declares, less the reserve for checking other pending APoVs), so that one APoV is bounded
		/// by a core, not by the whole block (`Error::CoreOverweight`, refused before anything is read).
		#[pallet::constant]
		type CoreWeight: Get<Weight>;
		/// The bond a sequencer holds while registered (`register_sequencer`, `HoldReason::SequencerBond`).
		#[pallet::constant]
		type SequencerBond: Get<BalanceOf<Self>>;
		/// Most sequencers registered at once (`Error::TooManySequencers`): a rotation's set is one storage item.
		#[pallet::constant]
		type MaxSequencers: Get<u32>;
		/// Blocks per rotation: every actor's canonical sequencer is drawn again at least this often.
		#[pallet::constant]
		type RotationPeriod: Get<u32>;
		/// Blocks an actor's oldest inbox message may wait for its canonical sequencer before any registered
		/// sequencer may advance it. Below `RotationPeriod`.
		#[pallet::constant]
		type GracePeriod: Get<u32>;
		/// Blocks between `leave_sequencer` and `withdraw_bond`: at least two rotations, so a leaving sequencer
		/// is out of every rotation already fixed before its bond is free.
		#[pallet::constant]
		type LeaveDelay: Get<u32>;
		/// The seed source of rotations (`frame_support::traits::Randomness`): the development chain's is its
		/// parent block hash (weak: see `docs/notes/issue-28-design.md`); a production chain's would be BABE's
		/// VRF output (`pallet_babe::RandomnessFromOneEpochAgo`) or the relay chain's.
		type Randomness: frame_support::traits::Randomness<Self::Hash, BlockNumberFor<Self>>;
		/// Weights from the benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit for storing code.
		#[codec(index = 0)]
		CodeDeposit,
		/// The deposit for a pending APoV's slot (`Config::PendingDeposit`).
		#[codec(index = 1)]
		PendingDeposit,
		/// The deposit for an actor (`Config::ActorDeposit`).
		#[codec(index = 2)]
		ActorDeposit,
		/// The deposit for a message an account sent an actor (`Config::MessageDepositBase` and `PerByte`).
		#[codec(index = 3)]
		MessageDeposit,
		/// A sequencer's bond (`Config::SequencerBond`).
		#[codec(index = 4)]
		SequencerBond,
	}

	/// AVF blobs by code hash. Identity hasher: the key is a blake2-256 hash, which no one can choose.
	#[pallet::storage]
	pub type Codes<T: Config> =
		StorageMap<_, Identity, coreplay_primitives::CodeHash, BoundedVec<u8, MaxCodeBytes<T>>>;

	/// Owner, deposit, length and reference count of stored code. Identity hasher: blake2-256 keys.
	#[pallet::storage]
	pub type CodeInfoOf<T: Config> = StorageMap<
		_,
		Identity,
		coreplay_primitives::CodeHash,
		CodeInfo<T::AccountId, BalanceOf<T>>,
	>;

	/// Actors by task id. Twox64Concat: ids are assigned by the pallet in order, not chosen by users.
	#[pallet::storage]
	pub type Actors<T: Config> =
		StorageMap<_, Twox64Concat, TaskId, ActorInfo<T::AccountId, BalanceOf<T>>>;

	/// The task id the next actor gets.
	#[pallet::storage]
	pub type NextTaskId<T: Config> = StorageValue<_, TaskId, ValueQuery>;

	/// The next call number (nonce) of each account's signed calls to each actor (issue 27): an Agenda
	/// `SignedCall` must carry exactly it, and each accepted one counts it up, so a signed call runs at most once.
	/// Blake2_128Concat: accounts are chosen by users; Twox64Concat: pallet-assigned task ids. An entry exists
	/// only for a pair with an accepted signed call, which the account signed.
	#[pallet::storage]
	pub type CallNonces<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		coreplay_primitives::AccountId,
		Twox64Concat,
		TaskId,
		u64,
		ValueQuery,
	>;

	/// Where each actor's inbox lies in `InboxMessages` (at most `MaxInboxLen` messages). Twox64Concat:
	/// pallet-assigned keys.
	#[pallet::storage]
	pub type InboxQueues<T: Config> = StorageMap<_, Twox64Concat, TaskId, InboxQueue, ValueQuery>;

	/// The waiting asynchronous messages, one item each: (recipient, position) → message, the positions of
	/// each recipient's `InboxQueue`. One item per message, so that delivering or consuming one reads and
	/// writes that message only, not the whole inbox. Twox64Concat: pallet-assigned keys.
	#[pallet::storage]
	pub type InboxMessages<T: Config> =
		StorageDoubleMap<_, Twox64Concat, TaskId, Twox64Concat, u32, InboxEntryOf<T>>;

	/// How many messages each sender has waiting in each inbox: (recipient, sender) → count, at most
	/// `MaxInboxPerSender`. Twox64Concat: a pallet-assigned task id; Blake2_128Concat: senders include
	/// accounts, which users choose.
	#[pallet::storage]
	pub type InboxSenders<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TaskId,
		Blake2_128Concat,
		coreplay_primitives::Sender,
		u32,
		ValueQuery,
	>;

	/// How many messages from accounts wait in each inbox (at most `MaxInboxFromAccounts`). Twox64Concat:
	/// pallet-assigned keys.
	#[pallet::storage]
	pub type InboxAccountMessages<T: Config> = StorageMap<_, Twox64Concat, TaskId, u32, ValueQuery>;

	/// Validated APoVs waiting for canonicalisation, by pending id. Twox64Concat: pallet-assigned keys.
	#[pallet::storage]
	pub type Pending<T: Config> = StorageMap<_, Twox64Concat, u32, OutcomeOf<T>>;

	/// The outboxes of pending outcomes that send messages, by pending id: kept apart from `Pending` so that
	/// checking a waiting outcome does not read them (`Pallet::process_pending`).
	#[pallet::storage]
	pub type PendingOutboxes<T: Config> = StorageMap<_, Twox64Concat, u32, OutboxOf<T>>;

	/// The events of pending outcomes that emit any, by pending id, deposited (`Event::ActorEvent`) when the
	/// outcome is canonicalised and dropped when it expires.
	#[pallet::storage]
	pub type PendingEvents<T: Config> = StorageMap<_, Twox64Concat, u32, EventsOf<T>>;

	/// The payments of pending outcomes that make any, by pending id, made when the outcome is canonicalised (if
	/// its actors' accounts still cover them) and dropped when it expires.
	#[pallet::storage]
	pub type PendingTransfers<T: Config> = StorageMap<_, Twox64Concat, u32, TransfersOf<T>>;

	/// Pending ids in submission order: the order they are checked in.
	#[pallet::storage]
	pub type PendingOrder<T: Config> = StorageValue<_, BoundedVec<u32, T::MaxPending>, ValueQuery>;

	/// The id the next pending APoV gets.
	#[pallet::storage]
	pub type NextPendingId<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// The pending APoV holding each (actor, sequence) of its slabs: at most one per pair, since the chain
	/// validates one branch of an actor's fork (RFC). Blake2_128Concat: the sequence is the submitter's choice.
	#[pallet::storage]
	pub type PendingSlots<T: Config> = StorageMap<_, Blake2_128Concat, (TaskId, u64), u32>;

	/// How many pending APoVs each account has waiting (at most `MaxPendingPerAccount`).
	#[pallet::storage]
	pub type PendingCount<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// The cores taken in a block: (block, APoVs validated in it). An earlier block reads as none taken, so no
	/// hook resets it.
	#[pallet::storage]
	pub type CoreUsage<T: Config> =
		StorageValue<_, (coreplay_primitives::BlockNumber, u32), ValueQuery>;

	/// Registered sequencers, leaving or not. Blake2_128Concat: accounts are chosen by users.
	#[pallet::storage]
	pub type Sequencers<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, SequencerInfo<BalanceOf<T>>>;

	/// The registered sequencers not leaving, in registration order: the set of the next rotation fixed.
	#[pallet::storage]
	pub type Candidates<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxSequencers>, ValueQuery>;

	/// The fixed rotations: the current one and the next (`on_initialize` fixes rotation `r + 1` at the first
	/// block of rotation `r` and drops `r − 1`). Twox64Concat: pallet-assigned keys.
	#[pallet::storage]
	pub type Rotations<T: Config> = StorageMap<_, Twox64Concat, RotationIndex, RotationOf<T>>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Sequencers registered at genesis, each holding `SequencerBond` (they must be funded): they make up
		/// rotations 0 and 1.
		pub sequencers: Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for who in &self.sequencers {
				Pallet::<T>::do_register_sequencer(who)
					.expect("a genesis sequencer is funded for its bond and within MaxSequencers");
			}
			let set = Candidates::<T>::get();
			for rotation in 0..2 {
				Rotations::<T>::insert(
					rotation,
					Rotation { seed: Pallet::<T>::genesis_seed(rotation), sequencers: set.clone() },
				);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Code was stored.
		CodeStored {
			/// Its blake2-256 hash.
			code_hash: coreplay_primitives::CodeHash,
			/// The uploader, who may remove it.
			owner: T::AccountId,
			/// The deposit held from `owner`.
			deposit: BalanceOf<T>,
			/// Its length in bytes.
			len: u32,
		},
		/// Code was removed and its deposit released.
		CodeRemoved {
			/// Its hash.
			code_hash: coreplay_primitives::CodeHash,
			/// The owner the deposit went back to.
			owner: T::AccountId,
			/// The deposit released.
			deposit: BalanceOf<T>,
		},
		/// An actor was created.
		ActorCreated {
			/// Its task id.
			task: TaskId,
			/// The code it runs.
			code_hash: coreplay_primitives::CodeHash,
			/// Its initial state hash (sequence 0).
			state_hash: StateHash,
			/// Who created it.
			creator: T::AccountId,
			/// Its account, which pays its payouts.
			account: T::AccountId,
		},
		/// An actor advanced: an APoV with its slab was canonicalised.
		ActorAdvanced {
			/// The actor.
			task: TaskId,
			/// Its new sequence.
			sequence: u64,
			/// Its new state hash.
			state_hash: StateHash,
		},
		/// An APoV was canonicalised.
		ApovCanonicalised {
			/// Who submitted it.
			submitter: T::AccountId,
			/// Its pending id, if it waited.
			pending: Option<u32>,
			/// How many actors it advanced.
			actors: u32,
		},
		/// An APoV was validated for later sequences and waits for canonicalisation.
		ApovPending {
			/// Its pending id.
			id: u32,
			/// Who submitted it.
			submitter: T::AccountId,
		},
		/// A pending APoV expired and was dropped.
		ApovExpired {
			/// Its pending id.
			id: u32,
			/// Why.
			reason: ExpiryReason,
		},
		/// A message reached an actor's inbox.
		MessageDelivered {
			/// The sender.
			from: TaskId,
			/// The recipient.
			to: TaskId,
		},
		/// An actor paid an account (`transfer`) in an APoV now canonicalised.
		ActorPaid {
			/// The paying actor (from its account).
			actor: TaskId,
			/// The account paid.
			to: T::AccountId,
			/// The amount.
			amount: BalanceOf<T>,
		},
		/// An account sent an actor a message (`send_message`): it waits in the actor's inbox.
		MessageSent {
			/// The sending account.
			from: T::AccountId,
			/// The recipient.
			to: TaskId,
			/// The value moved into the recipient's account.
			value: BalanceOf<T>,
			/// The deposit held from `from` until the message is consumed.
			deposit: BalanceOf<T>,
		},
		/// An actor's code changed (it asked with `set_code`).
		CodeUpgraded {
			/// The actor.
			task: TaskId,
			/// The code it runs from now on.
			code_hash: coreplay_primitives::CodeHash,
		},
		/// An actor paid the submitter of an APoV it was co-scheduled in.
		PayoutPaid {
			/// The paying actor.
			task: TaskId,
			/// The submitter.
			to: T::AccountId,
			/// The amount.
			amount: BalanceOf<T>,
		},
		/// An actor was removed by its creator; its deposit was released, its inbox dropped, and its account's
		/// balance sent to the creator.
		ActorRemoved {
			/// Its task id.
			task: TaskId,
			/// Its creator.
			creator: T::AccountId,
			/// The deposit released.
			deposit: BalanceOf<T>,
		},
		/// An actor emitted an event (`emit_event`, `docs/abi.md`) in an APoV now canonicalised, or in `init` at
		/// its creation; in emission order, after the APoV's `ActorAdvanced` events.
		ActorEvent {
			/// The emitting actor.
			actor: TaskId,
			/// Its 32-byte topics (at most `Limits::max_event_topics`).
			topics: Vec<coreplay_primitives::H256>,
			/// Its data (at most `Limits::max_event_bytes`), in an encoding the actor documents.
			data: Vec<u8>,
		},
		/// An account registered as a sequencer; it joins the set of the next rotation fixed.
		SequencerRegistered {
			/// The sequencer.
			who: T::AccountId,
			/// The bond held.
			bond: BalanceOf<T>,
		},
		/// A sequencer asked to leave: it is in no rotation fixed from now on, and may withdraw its bond from
		/// block `withdraw_from`.
		SequencerLeaving {
			/// The sequencer.
			who: T::AccountId,
			/// The first block `withdraw_bond` succeeds.
			withdraw_from: coreplay_primitives::BlockNumber,
		},
		/// A sequencer that had left withdrew its bond.
		SequencerWithdrawn {
			/// The sequencer.
			who: T::AccountId,
			/// The bond released.
			bond: BalanceOf<T>,
		},
		/// A rotation was fixed, one rotation ahead: its set and seed.
		RotationFixed {
			/// Its index: from block `rotation × RotationPeriod`.
			rotation: RotationIndex,
			/// How many sequencers it assigns actors to (0: open submission).
			sequencers: u32,
		},
		/// A registered sequencer advanced an actor that its canonical sequencer had left with a message waiting
		/// for `GracePeriod` blocks; in the same rotation the message arrived in, the canonical one's `missed`
		/// counts it.
		GraceTaken {
			/// The actor.
			task: TaskId,
			/// Who advanced it.
			by: T::AccountId,
			/// Its canonical sequencer.
			canonical: T::AccountId,
			/// The block its oldest message arrived in.
			waiting_since: coreplay_primitives::BlockNumber,
		},
		/// An actor's creator changed its affinity group, in force from `from_rotation`.
		AffinitySet {
			/// The actor.
			task: TaskId,
			/// Its group (`None`: its own).
			group: Option<TaskId>,
			/// The first rotation it is in force.
			from_rotation: RotationIndex,
		},
		/// An actor's creator changed where its payouts go when submission is open.
		PayeeSet {
			/// The actor.
			task: TaskId,
			/// The payee (`None`: open submissions are not paid).
			payee: Option<T::AccountId>,
		},
		/// A pending APoV expired because the state it built on lost (`ExpiryReason::PreStateChanged`): its
		/// submitter's pending deposit was burned.
		PendingDepositBurned {
			/// Its pending id.
			id: u32,
			/// Its submitter.
			submitter: T::AccountId,
			/// The amount burned.
			amount: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		// --- Uploading code (`coreplay_vm::CodeError`).
		/// The AVF is longer than `Limits::max_code_bytes`. Upload smaller code (build actors with `opt-level = "z"`).
		CodeTooLarge,
		/// The AVF is shorter than its 8-byte header. Wrap code with `coreplay_primitives::avf::wrap`.
		AvfHeaderTruncated,
		/// The AVF does not start with `cpAV`. Wrap code with `coreplay_primitives::avf::wrap`.
		AvfBadMagic,
		/// The AVF header version is not 1.
		AvfUnsupportedVersion,
		/// The AVF header names an unknown format.
		AvfUnknownFormat,
		/// The AVF header's reserved bytes are not zero.
		AvfReservedNotZero,
		/// The AVF's format (RISC-V) cannot run on this chain yet. Upload Wasm.
		UnsupportedFormat,
		/// The code is not a valid Wasm 1.0 module. Build for `wasm32v1-none`.
		InvalidWasm,
		/// The code uses floats. Actors must be float-free for determinism.
		FloatsNotAllowed,
		/// The code has a `start` function. Do work in `init` instead.
		StartFunction,
		/// The code imports something other than the `coreplay` host functions (`docs/abi.md`).
		ForbiddenImport,
		/// The code imports a `coreplay` host function with the wrong signature.
		ImportSignatureMismatch,
		/// The code imports a memory, table or global.
		ForbiddenImportKind,
		/// The code lacks `memory`, `init`, `service` or `call`. Use the `coreplay-actor` SDK's export macro.
		MissingExport,
		/// An entry point has the wrong signature (`docs/abi.md`, "Exports").
		BadExportSignature,
		/// The code exports or imports a table.
		TableNotAllowed,
		/// The code defines no memory, or more than one.
		MemoryMissing,
		/// The code's memory is larger than `Limits::max_memory_pages`.
		MemoryTooLarge,
		/// A mutable global is not exported, so it could not be snapshotted. Link with
		/// `--export=__stack_pointer`.
		UnexportedMutableGlobal,
		/// Too many globals, mutable or not (`Pallet::limits`' `max_globals`).
		TooManyGlobals,
		/// Too many functions.
		TooManyFunctions,
		/// A data segment lies outside the initial memory.
		DataSegmentOutOfBounds,
		// --- Code management.
		/// No code is stored under this hash. Upload it first.
		CodeNotFound,
		/// Only the uploader may remove code.
		NotCodeOwner,
		/// Actors still run this code.
		CodeInUse,
		// --- Actors.
		/// `create_actor` arguments are longer than `MaxArgsLen`.
		ArgsTooLarge,
		/// No actor has this task id.
		UnknownActor,
		/// No task id is left.
		TaskIdsExhausted,
		// --- APoV structure (`coreplay_vm::PovError`).
		/// The Agenda is empty.
		EmptyAgenda,
		/// The Agenda has more than `Limits::max_agenda_items` items.
		TooManyAgendaItems,
		/// The APoV has no slab.
		NoSlabs,
		/// More slabs than `Limits::max_actors`.
		TooManyActors,
		/// Slabs are not strictly ascending by actor (a duplicate, or out of order).
		SlabsNotAscending,
		/// An Agenda item names an actor without a slab (RFC: only co-scheduled actors).
		NotCoScheduled,
		/// A co-scheduled actor has no `Service` item (RFC: at least one each).
		MissingService,
		/// A `Service { times: 0 }` item.
		ZeroService,
		/// A slab is larger than `Limits::max_slab_bytes`.
		SlabTooLarge,
		/// A `Call` item's input or output is too large.
		CallTooLarge,
		/// The witness is too large.
		WitnessTooLarge,
		/// Inbox batches are not ascending by actor, or name an actor without a slab.
		BadInboxBatch,
		/// Too many inbox messages, or one too large.
		InboxTooLarge,
		// --- APoV against the chain.
		/// The APoV was built against a block after the current one.
		FutureContext,
		/// A slab's sequence is not greater than its actor's (RFC: sequence must grow). Rebuild from the current
		/// state.
		StaleSequence,
		/// A slab's sequence is the actor's + 1 but its `pre` does not hash to the actor's state hash.
		PreStateMismatch,
		/// `fuel_limit` is above `MaxFuel`.
		FuelLimitTooHigh,
		/// An actor's consumed inbox messages are not the first messages of its inbox.
		InboxMismatch,
		/// A message is addressed to an actor that does not exist.
		UnknownRecipient,
		/// A recipient's inbox has no room for the messages.
		InboxFull,
		/// An actor asked to upgrade to code that is not stored.
		UnknownUpgradeCode,
		/// Too many APoVs are pending. Submit the earlier sequences first.
		PendingFull,
		// --- Replay (`coreplay_vm::ExecError`, `PovError`).
		/// The replay ran out of fuel. Raise `fuel_limit`.
		OutOfFuel,
		/// An actor overflowed its Wasm stack.
		StackOverflow,
		/// An actor trapped (a panic in Rust actors).
		ActorTrapped,
		/// An actor passed a host function memory outside its memory.
		MemoryAccess,
		/// An actor produced or sent too much output.
		OutputTooLarge,
		/// An actor sent a message larger than `Limits::max_message_bytes`.
		MessageTooLarge,
		/// Actors sent too many messages in one APoV.
		TooManyMessages,
		/// An actor used a host function its entry point may not use.
		HostFunctionNotAllowed,
		/// An entry point returned a status other than 0 or 1.
		BadEntryStatus,
		/// A `Call` Agenda item returned `Err`. Only successful calls may be scheduled.
		CallRejected,
		/// A `pre` slab is not a canonical snapshot, or does not fit the actor's code.
		BadSnapshot,
		/// A `pre` slab's memory cannot be allocated within `Limits::max_memory_pages`.
		MemoryLimit,
		/// A `Call` item's `output` differs from what the actor returned.
		CallOutputMismatch,
		/// An actor did not consume all the inbox messages the APoV says it did.
		InboxNotConsumed,
		/// A `post` slab differs from the replayed state (RFC: post must equal memory).
		PostMismatch,
		/// The machine failed to instantiate validated code (a bug; please report it).
		Instantiation,
		/// The APoV's encoding is longer than a normal-class extrinsic may be (`Pallet::limits`'
		/// `max_apov_bytes`, the block length): co-schedule fewer actors, or fewer or smaller slabs.
		ApovTooLarge,
		/// The code passed every upload rule but the interpreter refused to compile it (one of wasmi's own
		/// limits, e.g. on function size): simplify the module.
		CodeNotCompiled,
		/// A `post` slab in the compact form (a delta against its `pre`, `coreplay_primitives::snapshot`) is not
		/// canonical: a chunk out of order, beyond memory or equal to `pre`'s, fewer memory pages than `pre`, or
		/// bad encoding. Rebuild it with `snapshot::delta`.
		BadPostDelta,
		/// A function has more locals, its parameters included, than `Pallet::limits`' `max_function_locals`:
		/// split it.
		TooManyLocals,
		/// The code declares more function types than `Pallet::limits`' `max_types`.
		TooManyTypes,
		/// A table's size is above `Pallet::limits`' `max_table_elements`.
		TableTooLarge,
		/// The code has more data and element segments together than `Pallet::limits`' `max_segments`.
		TooManySegments,
		/// The witness has more preimages than `Pallet::limits`' `max_witness_items`: put only what the Agenda
		/// looks up in it.
		TooManyWitnessItems,
		/// The code has more imports than `Pallet::limits`' `max_imports`: import each host function once.
		TooManyImports,
		/// The code has more exports than `Pallet::limits`' `max_exports`: export the entry points, the memory and
		/// the mutable globals only.
		TooManyExports,
		/// The code's element segments hold more function references than `Pallet::limits`'
		/// `max_element_items`.
		TooManyElementItems,
		/// The code exports a global under two names (a mutable one would be two globals of the snapshot):
		/// export each once.
		GlobalExportedTwice,
		/// An export name is longer than `Pallet::limits`' `max_export_name_bytes`: export the entry points
		/// under their ABI names.
		ExportNameTooLong,
		/// A dry run (`ActorsApi::dry_run_apov`) was given an APoV longer than `MaxDryRunApovBytes`: dry-run
		/// smaller APoVs, or submit it.
		DryRunApovTooLarge,
		/// A dry run ran out of fuel at `MaxDryRunFuel`, to which its larger `fuel_limit` was lowered: the APoV
		/// needs more fuel than a dry run may burn, and may still be valid with the `fuel_limit` given.
		DryRunFuelCapReached,
		/// An actor's code changed since the APoV was validated with its old code (an earlier APoV's `set_code`):
		/// build it again on the new code.
		CodeChanged,
		/// The APoV's `context.now` is more than `MaxNowAge` blocks before the current block: build it again.
		ContextTooOld,
		/// The APoV's `context.now` is before the `now` an actor of it already saw (`ActorInfo::now`, its last
		/// canonical APoV's): build it again at a later block.
		ContextBeforeActor,
		/// A pending APoV already holds this sequence of one of the actors (one branch per actor waits at a
		/// time): wait for it to be canonicalised or to expire.
		SequenceAlreadyPending,
		/// Only an actor's creator may remove it.
		NotCreator,
		/// The sending actor already has `MaxInboxPerSender` messages waiting in the recipient's inbox: send
		/// once the recipient has consumed some.
		SenderQuotaFull,
		/// The submitter cannot hold `PendingDeposit` for an APoV that must wait: fund the account, or submit
		/// the APoV once it can be canonicalised at once.
		CannotHoldPendingDeposit,
		/// The submitter already has `MaxPendingPerAccount` APoVs waiting: wait for one to be canonicalised or
		/// to expire.
		TooManyPending,
		/// A `SignedCall`'s signature is not its signer's over this chain's genesis hash, the item's actor, its
		/// nonce and its input (`SignedCall::payload`): sign that payload with the signer's key.
		BadCallSignature,
		/// A `SignedCall`'s nonce is not its signer's next call number to that actor (`CallNonces`, counted up
		/// by each accepted signed call in Agenda order): a replay, or calls signed out of order.
		CallNonceMismatch,
		/// The APoV holds a `SignedCall` but is built on a pending state, so it would wait: a signed call's nonce
		/// is used when its APoV is accepted, so it must run on the actors' current state. Submit it once the
		/// pending APoV it builds on is canonicalised.
		SignedCallMustNotWait,
		/// The actors emitted more than `Pallet::limits`' `max_events` events in one APoV (`emit_event`).
		TooManyEvents,
		/// An event has more than `Pallet::limits`' `max_event_topics` topics or `max_event_bytes` bytes of data.
		EventTooLarge,
		/// The sender cannot hold the message deposit (`MessageDepositBase` + `MessageDepositPerByte` × its
		/// length): fund the account, or send less data.
		CannotHoldMessageDeposit,
		/// The sender cannot pay the value it sends with its message (and stay alive): send less, or fund the
		/// account.
		CannotPayValue,
		/// The actor's inbox already holds `MaxInboxFromAccounts` messages from accounts: send once it has
		/// consumed some.
		TooManyAccountMessages,
		/// The actors asked for more than `Pallet::limits`' `max_transfers` payments in one APoV (`transfer`).
		TooManyTransfers,
		/// An actor's account cannot pay the transfers it asked for (`transfer`; its reducible balance is below
		/// their sum), or one names bytes that are no account: nothing is applied. Fund the actor's account, or
		/// build the APoV again.
		TransfersNotCovered,
		// --- Scheduling (issue 28): cores, one APoV per actor per block, canonical sequencers.
		/// Every core of this block is taken (`Config::Cores` APoVs validated): submit in a later block.
		CoresFull,
		/// The APoV declares more weight for its own work than a core holds (`Config::CoreWeight`; see
		/// `Pallet::core_weight`): co-schedule fewer actors, or lower `fuel_limit`.
		CoreOverweight,
		/// An actor of the APoV is already in an APoV validated in this block: submit it in a later block.
		ActorAlreadyScheduled,
		/// The signer is not the canonical sequencer of an actor of the APoV at this block, and no grace period
		/// lets it in: ask `ActorsApi::canonical_sequencer` who is.
		NotCanonicalSequencer,
		/// The signer is already a registered sequencer.
		AlreadySequencer,
		/// `MaxSequencers` sequencers are registered: wait for one to leave.
		TooManySequencers,
		/// The signer cannot hold `SequencerBond`: fund the account.
		CannotHoldSequencerBond,
		/// The signer is not a registered sequencer.
		NotSequencer,
		/// The sequencer already asked to leave.
		AlreadyLeaving,
		/// The sequencer has not asked to leave (`leave_sequencer`), or `LeaveDelay` blocks have not passed since.
		BondStillLocked,
		/// An actor taken over in grace is given no inbox message to consume: a takeover must do the work that
		/// waited (include at least its oldest message in the APoV's inbox batch).
		GraceWithoutMessages,
		/// The actor's affinity group already changes in a coming rotation: set it again once that change is in
		/// force (a live actor's group changes at most once per two rotations).
		AffinityChangePending,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			let limits = Pallet::<T>::limits();
			assert!(limits.max_actors >= 1 && T::MaxPending::get() >= 1);
			assert!(
				T::MaxInboxPerSender::get() >= 1
					&& T::MaxInboxPerSender::get() <= T::MaxInboxLen::get(),
				"MaxInboxPerSender must be within 1..=MaxInboxLen"
			);
			// Each actor of an APoV can consume its whole inbox.
			assert!(
				limits.max_inbox_messages
					>= T::MaxInboxLen::get().saturating_mul(limits.max_actors),
				"Limits::max_inbox_messages below MaxInboxLen × max_actors"
			);
			assert!(T::MaxDryRunFuel::get() <= T::MaxFuel::get(), "MaxDryRunFuel above MaxFuel");
			assert!(
				T::MaxInboxFromAccounts::get() < T::MaxInboxLen::get(),
				"MaxInboxFromAccounts must leave room for actors' messages"
			);
			// Actors see an account as 32 bytes (`Pallet::account_bytes`): longer ids could be confused.
			assert!(
				T::AccountId::max_encoded_len() <= 32,
				"account ids longer than 32 bytes cannot be actors' senders"
			);
			// Element items go into the module's own table (`code_links` and its fixtures fill one as large).
			assert!(
				limits.max_element_items <= limits.max_table_elements,
				"more element items than a table may hold"
			);
			assert!(
				T::MaxDryRunApovBytes::get() <= limits.max_apov_bytes,
				"MaxDryRunApovBytes above the block length"
			);
			// Every snapshot the vm can take (a creation's, a `post`) fits a slab, so weights may bound snapshots
			// by `max_slab_bytes` (`max_creation_snapshot_weight`).
			assert!(
				snapshot::max_encoded_len(limits.max_memory_pages, limits.max_globals)
					<= limits.max_slab_bytes as usize,
				"Limits::max_slab_bytes below the largest snapshot of max_memory_pages pages"
			);
			// Worst-case memory of one validation (as pallet-contracts' integrity_test), with a quarter of the
			// runtime's memory left for allocator fragmentation and everything else a block does.
			assert!(
				T::Cores::get() >= 1 && T::RotationPeriod::get() >= 1,
				"no cores, or no rotation"
			);
			assert!(
				T::GracePeriod::get() < T::RotationPeriod::get(),
				"GracePeriod must be below RotationPeriod"
			);
			assert!(
				T::LeaveDelay::get() >= T::RotationPeriod::get().saturating_mul(2),
				"LeaveDelay must cover the two rotations fixed when a sequencer leaves"
			);
			let worst = Pallet::<T>::validation_memory_bound();
			let available = u64::from(T::RuntimeMemory::get()) / 4 * 3;
			assert!(
				worst <= available,
				"validation may use {worst} bytes, more than 3/4 of RuntimeMemory ({available})"
			);
		}

		/// Checks the pending outcomes (`Pallet::process_pending`, within `Pallet::pending_checks_weight`: any
		/// ready outcome fits), canonicalising those the last block's APoVs made ready and dropping expired ones;
		/// and at the first block of each rotation `r` (a multiple of `RotationPeriod`), fixes rotation `r + 1`
		/// (`Pallet::fix_rotation`) and drops `r − 1`.
		fn on_initialize(n: BlockNumberFor<T>) -> Weight {
			let pending = Pallet::<T>::process_pending(Pallet::<T>::pending_checks_weight());
			let n: coreplay_primitives::BlockNumber = n.saturated_into();
			let period = T::RotationPeriod::get().max(1);
			if n == 0 || !n.is_multiple_of(period) {
				return pending;
			}
			pending.saturating_add(Pallet::<T>::fix_rotation(n / period + 1))
		}

		/// Checks the pending outcomes again with what the block has left, so that an outcome an APoV of this
		/// block made ready is canonicalised in the same block when there is room.
		fn on_idle(_n: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Pallet::<T>::process_pending(remaining)
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Stores an AVF blob under its blake2-256 hash.
		///
		/// ## Dispatch Origin
		/// Signed; the signer becomes the code's owner.
		///
		/// ## Details
		/// Validates the blob with `coreplay_vm` (`docs/abi.md`) and holds `CodeDepositBase + CodeDepositPerByte ×
		/// len` from the signer. Idempotent: uploading code that is already stored does nothing and holds nothing.
		/// Weight: [`Pallet::upload_weight`]: `WeightInfo::upload_code(c, f)`, whose benchmark uploads code of the
		/// costliest shapes to validate and compile in full (wasmparser's validator, then wasmi's eager compiler),
		/// and the slopes of `WeightInfo::code_links` for its imports, exports and element items, declared for the
		/// most functions, imports, exports and element items a code may have and refunded to the code's own.
		///
		/// ## Errors
		/// `CodeTooLarge`, every upload rule's own error (`InvalidWasm`, `FloatsNotAllowed`, …), or the
		/// currency's error if the deposit cannot be held.
		///
		/// ## Events
		/// `CodeStored` when the code is new.
		#[pallet::call_index(0)]
		#[pallet::weight(
			Pallet::<T>::upload_weight(CodeShape::largest(code.len(), &Pallet::<T>::limits()))
		)]
		pub fn upload_code(origin: OriginFor<T>, code: Vec<u8>) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let code: BoundedVec<u8, MaxCodeBytes<T>> =
				code.try_into().map_err(|_| Error::<T>::CodeTooLarge)?;
			let code_hash = blake2_256(&code);
			if CodeInfoOf::<T>::contains_key(code_hash) {
				let checked = CodeShape { bytes: code.len() as u32, ..CodeShape::default() };
				return Ok(Some(Self::upload_weight(checked)).into());
			}
			let info = Self::machine().validate_code(&code).map_err(Error::<T>::from_code)?;
			let len = code.len() as u32;
			let deposit = T::CodeDepositBase::get()
				.saturating_add(T::CodeDepositPerByte::get().saturating_mul(len.into()));
			T::Currency::hold(&HoldReason::CodeDeposit.into(), &who, deposit)?;
			Codes::<T>::insert(code_hash, code);
			CodeInfoOf::<T>::insert(
				code_hash,
				CodeInfo { owner: who.clone(), deposit, len, refcount: 0 },
			);
			Self::deposit_event(Event::CodeStored { code_hash, owner: who, deposit, len });
			Ok(Some(Self::upload_weight(CodeShape::of(len as usize, &info))).into())
		}

		/// Removes stored code and releases its deposit.
		///
		/// ## Dispatch Origin
		/// Signed by the code's owner.
		///
		/// ## Details
		/// Only code that no actor runs can be removed.
		///
		/// ## Errors
		/// `CodeNotFound`, `NotCodeOwner`, `CodeInUse`.
		///
		/// ## Events
		/// `CodeRemoved`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_code())]
		pub fn remove_code(
			origin: OriginFor<T>,
			code_hash: coreplay_primitives::CodeHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let info = CodeInfoOf::<T>::get(code_hash).ok_or(Error::<T>::CodeNotFound)?;
			ensure!(info.owner == who, Error::<T>::NotCodeOwner);
			ensure!(info.refcount == 0, Error::<T>::CodeInUse);
			T::Currency::release(
				&HoldReason::CodeDeposit.into(),
				&who,
				info.deposit,
				Precision::BestEffort,
			)?;
			Codes::<T>::remove(code_hash);
			CodeInfoOf::<T>::remove(code_hash);
			Self::deposit_event(Event::CodeRemoved {
				code_hash,
				owner: who,
				deposit: info.deposit,
			});
			Ok(())
		}

		/// Creates an actor running stored code.
		///
		/// ## Dispatch Origin
		/// Signed; the signer is recorded as the creator.
		///
		/// ## Details
		/// Runs the actor's `main(args)` to its first yield under `CreationFuel`, stores the state hash of the
		/// resulting snapshot at sequence 0, and indexes the snapshot offchain under [`state_key`]. Messages the
		/// actor sends during `init` are delivered. Weight: charged for `CreationFuel`, a snapshot of
		/// `Limits::max_memory_pages` pages, loading the largest code ([`Pallet::max_code_weight`]) and delivering
		/// the largest outbox ([`Pallet::messages_weight`]), refunded what was not used.
		///
		/// ## Errors
		/// `ArgsTooLarge`, `CodeNotFound`, `TaskIdsExhausted`, a replay error (`ActorTrapped`, `OutOfFuel`, …), or
		/// a delivery error (`UnknownRecipient`, `InboxFull`).
		///
		/// ## Events
		/// `ActorCreated`, `MessageDelivered` for each message, `ActorEvent` for each event `init` emitted.
		#[pallet::call_index(2)]
		#[pallet::weight(
			T::WeightInfo::create_actor(args.len() as u32)
				.saturating_add(Pallet::<T>::fuel_weight(T::CreationFuel::get()))
				.saturating_add(Pallet::<T>::max_creation_snapshot_weight())
				.saturating_add(Pallet::<T>::max_code_weight())
				.saturating_add(Pallet::<T>::messages_weight(0, Pallet::<T>::max_outbox()))
				.saturating_add(Pallet::<T>::max_events_weight())
		)]
		pub fn create_actor(
			origin: OriginFor<T>,
			code_hash: coreplay_primitives::CodeHash,
			args: Vec<u8>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			ensure!(args.len() <= T::MaxArgsLen::get() as usize, Error::<T>::ArgsTooLarge);
			let blob = Codes::<T>::get(code_hash).ok_or(Error::<T>::CodeNotFound)?;
			// Held first: without it nothing runs.
			let deposit = T::ActorDeposit::get();
			T::Currency::hold(&HoldReason::ActorDeposit.into(), &who, deposit)?;
			let task = NextTaskId::<T>::get();
			let next = task.checked_add(1).ok_or(Error::<T>::TaskIdsExhausted)?;
			let machine = Self::machine();
			let code = machine.load(&blob).map_err(Error::<T>::from_code)?;
			let now = Self::now();
			let creation = machine
				.create(&code, task, &args, now, T::CreationFuel::get())
				.map_err(|e| Error::<T>::from_exec(e))?;
			let state_hash = blake2_256(&creation.snapshot);
			sp_io::offchain_index::set(&state_key(&state_hash), &creation.snapshot);
			let snapshot_bytes = creation.snapshot;
			NextTaskId::<T>::put(next);
			Actors::<T>::insert(
				task,
				ActorInfo {
					code_hash,
					state_hash,
					sequence: 0,
					creator: who.clone(),
					deposit,
					now,
					scheduled_at: 0,
					affinity: Affinity::default(),
					payee: None,
				},
			);
			CodeInfoOf::<T>::mutate(code_hash, |info| {
				if let Some(info) = info {
					info.refcount.saturating_inc();
				}
			});
			let outbox = OutboxShape::of_payloads(creation.outbox.iter().map(|m| m.data.len()));
			for message in creation.outbox {
				Self::deliver_from_actor(message.from, message.to, message.data)?;
			}
			let events = creation.events.len() as u32;
			Self::deposit_event(Event::ActorCreated {
				task,
				code_hash,
				state_hash,
				creator: who,
				account: Self::actor_account(task),
			});
			for event in creation.events {
				let coreplay_primitives::ActorEvent { actor, topics, data } = event;
				Self::deposit_event(Event::ActorEvent { actor, topics, data });
			}
			// The benchmark's actor stores 4 whole pages (2 `snapshot_pages` units, in chunks); larger
			// snapshots pay the rest.
			let actual = T::WeightInfo::create_actor(args.len() as u32)
				.saturating_add(Self::code_weight(CodeShape::of(blob.len(), code.info())))
				.saturating_add(Self::fuel_weight(creation.fuel_used))
				.saturating_add(Self::messages_weight(0, outbox))
				.saturating_add(Self::events_weight(events))
				.saturating_add(Self::snapshots_weight(
					core::iter::once(SnapshotShape::of(&snapshot_bytes)),
					Self::CREATE_MEASURED_CHUNKS,
				));
			Ok(Some(actual).into())
		}

		/// Submits an APoV for validation by replay and canonicalisation.
		///
		/// ## Dispatch Origin
		/// Signed: by the canonical sequencer of every actor of the APoV in this block, or by a registered
		/// sequencer for those whose grace has come, or by anyone when no sequencer is registered (issue 28,
		/// [`Pallet::admit`]). The signer receives the co-scheduled actors' payouts; an open submission pays
		/// them to each actor's payee instead.
		///
		/// ## Details
		/// Checks the RFC's validity rules (the Agenda names only co-scheduled actors, each has a `Service`, one
		/// slab per actor, each slab's sequence greater than its actor's), replays the Agenda in `coreplay-vm`
		/// from the `pre` slabs under `fuel_limit`, and requires every `post`, `Call` output and consumed inbox
		/// batch to match. Then it canonicalises if every slab's sequence is its actor's + 1 and its `pre` hashes
		/// to the actor's state hash: state hashes and sequences advance, consumed inbox messages are dropped,
		/// messages delivered, code upgrades applied, and each actor's `payout` (evaluated on `pre` at the APoV's
		/// `now`) is paid from its account to the signer, as far as its balance allows. Otherwise it waits in
		/// [`Pending`] and is canonicalised as soon as it can be, or expires by the RFC's rules: the block's hooks
		/// check the pending outcomes (`on_idle`, then the next block's `on_initialize`), not a submission.
		///
		/// Weight: the benchmarked base, plus the snapshots ([`Pallet::pages_weight`]) and the witness
		/// ([`Pallet::witness_weight`]), plus loading and instantiating the largest code for each slab
		/// ([`Pallet::max_code_weight`]: bytes, functions, imports, exports, element items), plus `fuel_limit`
		/// (which pays for compiling the functions each actor calls and for every host call), plus its messages
		/// ([`Pallet::messages_weight`]: the inbox messages it brings and the largest outbox); refunded to the
		/// slabs' codes, the fuel used and the messages sent. An APoV whose replay fails pays its whole
		/// `fuel_limit`; one refused after a successful replay because the chain changed under it (a recipient
		/// gone or its inbox full, an upgrade's code missing) pays the fuel it used. An APoV that would have to
		/// wait is refused before replay if no pending slot is free (`PendingFull`). One that waits holds
		/// `PendingDeposit` from the signer until it is canonicalised (released) or expires (released, or burned
		/// if its `pre` lost: `PreStateChanged`), and is charged for taking its slot
		/// ([`Pallet::pending_slot_weight`]).
		///
		/// ## Errors
		/// Scheduling (refused before any code is loaded, charged `WeightInfo::admit(n)`): `CoreOverweight`,
		/// `CoresFull`, `ActorAlreadyScheduled`, `NotCanonicalSequencer`, `GraceWithoutMessages`, `UnknownActor`.
		/// Structure: `ApovTooLarge`, `EmptyAgenda`, `TooManyAgendaItems`, `NoSlabs`, `TooManyActors`, `SlabsNotAscending`,
		/// `NotCoScheduled`, `MissingService`, `ZeroService`, `SlabTooLarge`, `CallTooLarge`, `WitnessTooLarge`,
		/// `TooManyWitnessItems`, `BadInboxBatch`, `InboxTooLarge`, `FuelLimitTooHigh`. Code (a stored code that
		/// no longer passes the chain's limits after a runtime upgrade): every upload rule's error. Chain: `FutureContext`,
		/// `ContextTooOld` (`context.now` more than `MaxNowAge` blocks back), `ContextBeforeActor` (before an actor's
		/// last `now`), `UnknownActor`,
		/// `StaleSequence`, `PreStateMismatch`, `CodeNotFound`, `UnknownRecipient`, `UnknownUpgradeCode`,
		/// `InboxMismatch`, `InboxFull`. Waiting (refused before replay): `PendingFull`, `TooManyPending` (the
		/// signer has `MaxPendingPerAccount` waiting), `SequenceAlreadyPending` (another branch of an actor
		/// waits at that sequence), `CannotHoldPendingDeposit`. Replay: `OutOfFuel`, `ActorTrapped`, `StackOverflow`,
		/// `PostMismatch`, `CallOutputMismatch`, `InboxNotConsumed`, `CallRejected`, `BadSnapshot`, and the other
		/// replay errors.
		///
		/// ## Events
		/// `ApovCanonicalised` with `ActorAdvanced` per actor (and `ActorEvent`, `MessageDelivered`,
		/// `CodeUpgraded`, `PayoutPaid`), or `ApovPending`; `GraceTaken` per actor taken over in grace; `ApovExpired` for pending APoVs dropped (among the reasons: an actor's
		/// code changed since the APoV was validated, `CodeChanged`, or an actor already saw a later `now`,
		/// `TimeWentBackwards`).
		#[pallet::call_index(3)]
		#[pallet::weight(Pallet::<T>::submit_weight(apov, *fuel_limit))]
		pub fn submit_apov(
			origin: OriginFor<T>,
			apov: ActorPov,
			fuel_limit: u64,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let submitted = Self::do_submit_apov(who, apov, fuel_limit)?;
			Ok(Some(submitted.weight).into())
		}

		/// Removes an actor.
		///
		/// ## Dispatch Origin
		/// Signed; must be the actor's creator.
		///
		/// ## Details
		/// Releases the creator's `ActorDeposit`, drops the actor's inbox (its messages are lost; the deposits of
		/// account messages are released to their senders, the values they brought stay in the actor's account),
		/// releases its
		/// reference to its code (so the code's owner can remove the code once no actor runs it), and sends its
		/// account's whole balance to the creator. Pending APoVs with a slab for it expire (`ActorRemoved`),
		/// APoVs naming it are refused (`UnknownActor`), and messages to it are undeliverable. Its task id is not
		/// reused.
		///
		/// ## Errors
		/// `UnknownActor`, `NotCreator`.
		///
		/// ## Events
		/// `ActorRemoved`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::remove_actor())]
		pub fn remove_actor(origin: OriginFor<T>, task: TaskId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let actor = Actors::<T>::get(task).ok_or(Error::<T>::UnknownActor)?;
			ensure!(actor.creator == who, Error::<T>::NotCreator);
			Actors::<T>::remove(task);
			// At most `MaxInboxLen` messages: each dropped, its sender's deposit released.
			let queue = InboxQueues::<T>::take(task);
			for i in 0..queue.len {
				if let Some(message) = InboxMessages::<T>::take(task, queue.position(i)) {
					Self::release_message_deposit(message.deposit);
				}
			}
			// One sender entry per message at most.
			let _ = InboxSenders::<T>::clear_prefix(task, T::MaxInboxLen::get(), None);
			InboxAccountMessages::<T>::remove(task);
			CodeInfoOf::<T>::mutate(actor.code_hash, |info| {
				if let Some(info) = info {
					info.refcount.saturating_dec();
				}
			});
			T::Currency::release(
				&HoldReason::ActorDeposit.into(),
				&who,
				actor.deposit,
				Precision::BestEffort,
			)?;
			let account = Self::actor_account(task);
			let balance = T::Currency::reducible_balance(
				&account,
				Preservation::Expendable,
				Fortitude::Polite,
			);
			if !balance.is_zero() {
				T::Currency::transfer(&account, &who, balance, Preservation::Expendable)?;
			}
			Self::deposit_event(Event::ActorRemoved { task, creator: who, deposit: actor.deposit });
			Ok(())
		}

		/// Sends actor `to` a message from the signing account, which the actor reads with `next_message`
		/// (`docs/abi.md`: `FROM_ACCOUNT`, then `message_sender` gives the account and `message_value` the
		/// value). The path to an actor that needs no sequencer: the message waits in the actor's inbox on chain
		/// until an APoV consumes it.
		///
		/// ## Dispatch Origin
		/// Signed; the signer is the sender.
		///
		/// ## Details
		/// Holds `MessageDepositBase + MessageDepositPerByte × data.len()` from the signer until the actor
		/// consumes the message (or is removed), and moves `value` from the signer to the actor's account at once
		/// (keeping the signer alive; the actor's account must end at least at the existential deposit). The
		/// inbox bounds are an actor's: at most `MaxInboxLen` messages wait, at most `MaxInboxPerSender` from
		/// this account, and at most `MaxInboxFromAccounts` from accounts together. Weight:
		/// `WeightInfo::send_message(b)`, per byte of data.
		///
		/// ## Errors
		/// `MessageTooLarge` (over `Limits::max_message_bytes`), `UnknownRecipient`, `TooManyAccountMessages`,
		/// `CannotHoldMessageDeposit`, `CannotPayValue`, `InboxFull`, `SenderQuotaFull`.
		///
		/// ## Events
		/// `MessageSent`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::send_message(data.len() as u32))]
		pub fn send_message(
			origin: OriginFor<T>,
			to: TaskId,
			data: Vec<u8>,
			value: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(
				data.len() <= Self::limits().max_message_bytes as usize,
				Error::<T>::MessageTooLarge
			);
			ensure!(Actors::<T>::contains_key(to), Error::<T>::UnknownRecipient);
			let from_accounts = InboxAccountMessages::<T>::get(to);
			ensure!(
				from_accounts < T::MaxInboxFromAccounts::get(),
				Error::<T>::TooManyAccountMessages
			);
			let deposit = T::MessageDepositBase::get().saturating_add(
				T::MessageDepositPerByte::get().saturating_mul((data.len() as u32).into()),
			);
			T::Currency::hold(&HoldReason::MessageDeposit.into(), &who, deposit)
				.map_err(|_| Error::<T>::CannotHoldMessageDeposit)?;
			if !value.is_zero() {
				T::Currency::transfer(
					&who,
					&Self::actor_account(to),
					value,
					Preservation::Preserve,
				)
				.map_err(|_| Error::<T>::CannotPayValue)?;
			}
			let from = coreplay_primitives::Sender::Account(Self::account_bytes(&who));
			let delivered =
				Delivery { value: value.saturated_into(), deposit: Some((who.clone(), deposit)) };
			Self::deliver(from, to, data, delivered)?;
			InboxAccountMessages::<T>::insert(to, from_accounts.saturating_add(1));
			Self::deposit_event(Event::MessageSent { from: who, to, value, deposit });
			Ok(())
		}

		/// Registers the signer as a sequencer (issue 28).
		///
		/// ## Dispatch Origin
		/// Signed; the signer becomes a sequencer.
		///
		/// ## Details
		/// Holds `SequencerBond` from the signer (`HoldReason::SequencerBond`) and adds it to the candidates:
		/// it is in the set of every rotation fixed from now on (the next is fixed at the start of the next
		/// rotation, so it is canonical for actors from one to two rotations on). While any sequencer is in a
		/// rotation's set, only an actor's canonical sequencer may advance it (`submit_apov`).
		///
		/// ## Errors
		/// `AlreadySequencer`, `TooManySequencers` (`MaxSequencers`), `CannotHoldSequencerBond`.
		///
		/// ## Events
		/// `SequencerRegistered`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::register_sequencer())]
		pub fn register_sequencer(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let bond = Self::do_register_sequencer(&who)?;
			Self::deposit_event(Event::SequencerRegistered { who, bond });
			Ok(())
		}

		/// Starts a sequencer's leaving (issue 28).
		///
		/// ## Dispatch Origin
		/// Signed by a registered sequencer.
		///
		/// ## Details
		/// Removes it from the candidates: no rotation fixed from now on has it. It stays canonical for its actors
		/// in the rotations already fixed (the current one and the next) and may still take grace periods; its
		/// bond is held `LeaveDelay` blocks more (`withdraw_bond`).
		///
		/// ## Errors
		/// `NotSequencer`, `AlreadyLeaving`.
		///
		/// ## Events
		/// `SequencerLeaving`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::leave_sequencer())]
		pub fn leave_sequencer(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let now = Self::now();
			Sequencers::<T>::try_mutate(&who, |info| -> DispatchResult {
				let info = info.as_mut().ok_or(Error::<T>::NotSequencer)?;
				ensure!(info.leaving_at.is_none(), Error::<T>::AlreadyLeaving);
				info.leaving_at = Some(now);
				Ok(())
			})?;
			Candidates::<T>::mutate(|set| set.retain(|s| *s != who));
			let withdraw_from = now.saturating_add(T::LeaveDelay::get());
			Self::deposit_event(Event::SequencerLeaving { who, withdraw_from });
			Ok(())
		}

		/// Releases a leaving sequencer's bond, `LeaveDelay` blocks after `leave_sequencer` (issue 28).
		///
		/// ## Dispatch Origin
		/// Signed by a sequencer that asked to leave.
		///
		/// ## Errors
		/// `NotSequencer`, `BondStillLocked` (it has not asked to leave, or too early).
		///
		/// ## Events
		/// `SequencerWithdrawn`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::withdraw_bond())]
		pub fn withdraw_bond(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let info = Sequencers::<T>::get(&who).ok_or(Error::<T>::NotSequencer)?;
			let free_from = info
				.leaving_at
				.ok_or(Error::<T>::BondStillLocked)?
				.saturating_add(T::LeaveDelay::get());
			ensure!(Self::now() >= free_from, Error::<T>::BondStillLocked);
			T::Currency::release(
				&HoldReason::SequencerBond.into(),
				&who,
				info.bond,
				Precision::BestEffort,
			)?;
			Sequencers::<T>::remove(&who);
			Self::deposit_event(Event::SequencerWithdrawn { who, bond: info.bond });
			Ok(())
		}

		/// Puts an actor in an affinity group (issue 28): actors of one group share a canonical sequencer in every
		/// rotation, so that one sequencer can co-schedule them.
		///
		/// ## Dispatch Origin
		/// Signed by the actor's creator.
		///
		/// ## Details
		/// A group is named by a task id (`group`; `None` makes the actor its own group again): an actor is
		/// assigned by its group's id, or by its own id without one (`Pallet::assignment_key`), so naming actor
		/// `b` puts an actor with every other actor naming `b`, and with `b` itself while `b` names no group. For
		/// an actor never advanced (sequence 0: its creator configuring it) the change takes effect at once;
		/// otherwise from the rotation after the next (`Affinity`), so that sequencers can plan a rotation ahead
		/// with the assignments they see. Any task id may be named: a group only shares a sequencer, it gives no
		/// right over the actors in it, and moves only the actor that names it (so choosing a group against a
		/// known seed captures no one else's actor).
		///
		/// ## Errors
		/// `UnknownActor`, `NotCreator`, `AffinityChangePending` (a live actor's earlier change is not in force
		/// yet).
		///
		/// ## Events
		/// `AffinitySet`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::set_affinity())]
		pub fn set_affinity(
			origin: OriginFor<T>,
			task: TaskId,
			group: Option<TaskId>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let rotation = Self::rotation_of(Self::now());
			let from_rotation = Actors::<T>::try_mutate(task, |actor| {
				let actor = actor.as_mut().ok_or(Error::<T>::UnknownActor)?;
				ensure!(actor.creator == who, Error::<T>::NotCreator);
				// A fresh actor is configured at once; a live one moves two rotations on, one change at a time
				// (a second one would change the group in force before its two rotations).
				let live = actor.sequence > 0;
				ensure!(
					!live || actor.affinity.from <= rotation,
					Error::<T>::AffinityChangePending
				);
				let from = if live { rotation.saturating_add(2) } else { rotation };
				actor.affinity = Affinity {
					group,
					previous: actor.affinity.at(rotation.saturating_add(1)),
					from,
				};
				Ok::<_, DispatchError>(from)
			})?;
			Self::deposit_event(Event::AffinitySet { task, group, from_rotation });
			Ok(())
		}

		/// Sets where an actor's payouts go when submission is open (no sequencer registered; issue 28).
		///
		/// ## Dispatch Origin
		/// Signed by the actor's creator.
		///
		/// ## Details
		/// With no payee, an APoV submitted openly pays no payout for this actor: whoever copies an APoV from the
		/// transaction pool earns nothing by it. With sequencers, payouts go to the submitter (the canonical
		/// sequencer, or one taking a grace period).
		///
		/// ## Errors
		/// `UnknownActor`, `NotCreator`.
		///
		/// ## Events
		/// `PayeeSet`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::set_payee())]
		pub fn set_payee(
			origin: OriginFor<T>,
			task: TaskId,
			payee: Option<T::AccountId>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Actors::<T>::try_mutate(task, |actor| -> DispatchResult {
				let actor = actor.as_mut().ok_or(Error::<T>::UnknownActor)?;
				ensure!(actor.creator == who, Error::<T>::NotCreator);
				actor.payee = payee.clone();
				Ok(())
			})?;
			Self::deposit_event(Event::PayeeSet { task, payee });
			Ok(())
		}
	}
}

/// blake2-256 of `data`: the same hash as [`coreplay_primitives::blake2_256`] (code, state and inbox hashes),
/// computed by the host (`sp_io::hashing::blake2_256`, a runtime interface) rather than in the runtime's Wasm, as
/// slabs of up to `Limits::max_memory_pages` 64 KiB pages are hashed on every `submit_apov`.
fn blake2_256(data: &[u8]) -> H256 {
	H256(sp_io::hashing::blake2_256(data))
}
