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
//!   until it can be, or until it expires by the RFC's rules.
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
//!    APoVs.
//!
//! ### Design
//!
//! An APoV's effects are reduced to an [`ApovOutcome`] (hashes, consumed-inbox digests, messages, upgrades,
//! payouts). The outcome is canonicalised at once when it can be, otherwise stored in [`Pending`]; after every
//! canonicalisation the pending outcomes are checked again, in submission order. Weight: a submission is charged
//! its benchmarked base plus its whole `fuel_limit` up front and refunded the fuel it did not use, as
//! pallet-contracts does with gas. An APoV that fails during replay pays its whole `fuel_limit`.
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
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
mod types;
mod weight_info;
pub mod weights;

pub use pallet::*;
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
	traits::{AccountIdConversion, Saturating},
	SaturatedConversion,
};

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// An APoV outcome as stored by this pallet.
pub type OutcomeOf<T> = ApovOutcome<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	<T as Config>::MaxActorsPerApov,
	<T as Config>::MaxMessageBytes,
>;

/// The offchain-storage key under which a snapshot with `state_hash` is indexed: `b"coreplay/state/" ++ hash`.
pub fn state_key(state_hash: &StateHash) -> Vec<u8> {
	[&b"coreplay/state/"[..], state_hash.as_bytes()].concat()
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
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
		/// Largest AVF blob, in bytes.
		#[pallet::constant]
		type MaxCodeLen: Get<u32>;
		/// Largest actor memory, in 64 KiB pages.
		#[pallet::constant]
		type MaxMemoryPages: Get<u32>;
		/// Largest `create_actor` argument, in bytes.
		#[pallet::constant]
		type MaxArgsLen: Get<u32>;
		/// Most co-scheduled actors (slabs) in one APoV.
		#[pallet::constant]
		type MaxActorsPerApov: Get<u32>;
		/// Most Agenda items in one APoV.
		#[pallet::constant]
		type MaxAgendaItems: Get<u32>;
		/// Largest `pre` or `post` slab, in bytes.
		#[pallet::constant]
		type MaxSlabBytes: Get<u32>;
		/// Largest message payload, in bytes.
		#[pallet::constant]
		type MaxMessageBytes: Get<u32>;
		/// Most messages waiting in one actor's inbox.
		#[pallet::constant]
		type MaxInboxLen: Get<u32>;
		/// Most validated APoVs waiting for canonicalisation.
		#[pallet::constant]
		type MaxPending: Get<u32>;
		/// How many blocks a pending APoV may wait before it expires.
		#[pallet::constant]
		type PendingLifetime: Get<BlockNumberFor<Self>>;
		/// Largest `fuel_limit` of one APoV.
		#[pallet::constant]
		type MaxFuel: Get<u64>;
		/// Fuel for running a new actor's `main` to its first yield.
		#[pallet::constant]
		type CreationFuel: Get<u64>;
		/// Fuel for each `payout` inspector run.
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
		/// Weights from the benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit for storing code.
		#[codec(index = 0)]
		CodeDeposit,
	}

	/// AVF blobs by code hash. Identity hasher: the key is a blake2-256 hash, which no one can choose.
	#[pallet::storage]
	pub type Codes<T: Config> =
		StorageMap<_, Identity, coreplay_primitives::CodeHash, BoundedVec<u8, T::MaxCodeLen>>;

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
	pub type Actors<T: Config> = StorageMap<_, Twox64Concat, TaskId, ActorInfo<T::AccountId>>;

	/// The task id the next actor gets.
	#[pallet::storage]
	pub type NextTaskId<T: Config> = StorageValue<_, TaskId, ValueQuery>;

	/// Each actor's waiting asynchronous messages, oldest first. Twox64Concat: pallet-assigned keys.
	#[pallet::storage]
	pub type Inboxes<T: Config> = StorageMap<
		_,
		Twox64Concat,
		TaskId,
		BoundedVec<StoredMessage<T::MaxMessageBytes>, T::MaxInboxLen>,
		ValueQuery,
	>;

	/// Validated APoVs waiting for canonicalisation, by pending id. Twox64Concat: pallet-assigned keys.
	#[pallet::storage]
	pub type Pending<T: Config> = StorageMap<_, Twox64Concat, u32, OutcomeOf<T>>;

	/// Pending ids in submission order: the order they are checked in.
	#[pallet::storage]
	pub type PendingOrder<T: Config> = StorageValue<_, BoundedVec<u32, T::MaxPending>, ValueQuery>;

	/// The id the next pending APoV gets.
	#[pallet::storage]
	pub type NextPendingId<T: Config> = StorageValue<_, u32, ValueQuery>;

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
	}

	#[pallet::error]
	pub enum Error<T> {
		// --- Uploading code (`coreplay_vm::CodeError`).
		/// The AVF is longer than `MaxCodeLen`. Upload smaller code (build actors with `opt-level = "z"`).
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
		/// The code's memory is larger than `MaxMemoryPages`.
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
		/// The Agenda has more than `MaxAgendaItems` items.
		TooManyAgendaItems,
		/// The APoV has no slab.
		NoSlabs,
		/// More slabs than `MaxActorsPerApov`.
		TooManyActors,
		/// Slabs are not strictly ascending by actor (a duplicate, or out of order).
		SlabsNotAscending,
		/// An Agenda item names an actor without a slab (RFC: only co-scheduled actors).
		NotCoScheduled,
		/// A co-scheduled actor has no `Service` item (RFC: at least one each).
		MissingService,
		/// A `Service { times: 0 }` item.
		ZeroService,
		/// A slab is larger than `MaxSlabBytes`.
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
		/// An actor sent a message larger than `MaxMessageBytes`.
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
		/// A `pre` slab's memory cannot be allocated within `MaxMemoryPages`.
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
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			let limits = Pallet::<T>::limits();
			// Everything the vm bounds must fit the storage bounds.
			assert!(
				limits.max_messages <= <MaxOutcomeMessages as Get<u32>>::get(),
				"vm message bound above storage bound"
			);
			assert!(T::MaxActorsPerApov::get() >= 1 && T::MaxPending::get() >= 1);
			assert!(T::MaxDryRunFuel::get() <= T::MaxFuel::get(), "MaxDryRunFuel above MaxFuel");
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
			// by `MaxSlabBytes` (`max_creation_snapshot_weight`).
			assert!(
				snapshot::max_encoded_len(limits.max_memory_pages, limits.max_globals)
					<= limits.max_slab_bytes as usize,
				"MaxSlabBytes below the largest snapshot of MaxMemoryPages"
			);
			// Worst-case memory of one validation (as pallet-contracts' integrity_test), with a quarter of the
			// runtime's memory left for allocator fragmentation and everything else a block does.
			let worst = Pallet::<T>::validation_memory_bound();
			let available = u64::from(T::RuntimeMemory::get()) / 4 * 3;
			assert!(
				worst <= available,
				"validation may use {worst} bytes, more than 3/4 of RuntimeMemory ({available})"
			);
		}

		fn on_idle(_n: BlockNumberFor<T>, remaining: Weight) -> Weight {
			let per = T::WeightInfo::pending_check(T::MaxActorsPerApov::get());
			if remaining.any_lt(per) {
				return Weight::zero();
			}
			let budget = remaining.ref_time() / per.ref_time().max(1);
			let used = Pallet::<T>::process_pending(budget.min(u64::from(u32::MAX)) as u32);
			per.saturating_mul(u64::from(used))
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
			let code: BoundedVec<u8, T::MaxCodeLen> =
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
		/// `MaxMemoryPages` pages and loading the largest code ([`Pallet::max_code_weight`]), refunded what was not
		/// used.
		///
		/// ## Errors
		/// `ArgsTooLarge`, `CodeNotFound`, `TaskIdsExhausted`, a replay error (`ActorTrapped`, `OutOfFuel`, …), or
		/// a delivery error (`UnknownRecipient`, `InboxFull`).
		///
		/// ## Events
		/// `ActorCreated`, `MessageDelivered` for each message.
		#[pallet::call_index(2)]
		#[pallet::weight(
			T::WeightInfo::create_actor(args.len() as u32)
				.saturating_add(Pallet::<T>::fuel_weight(T::CreationFuel::get()))
				.saturating_add(Pallet::<T>::max_creation_snapshot_weight())
				.saturating_add(Pallet::<T>::max_code_weight())
		)]
		pub fn create_actor(
			origin: OriginFor<T>,
			code_hash: coreplay_primitives::CodeHash,
			args: Vec<u8>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			ensure!(args.len() <= T::MaxArgsLen::get() as usize, Error::<T>::ArgsTooLarge);
			let blob = Codes::<T>::get(code_hash).ok_or(Error::<T>::CodeNotFound)?;
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
				ActorInfo { code_hash, state_hash, sequence: 0, creator: who.clone() },
			);
			CodeInfoOf::<T>::mutate(code_hash, |info| {
				if let Some(info) = info {
					info.refcount.saturating_inc();
				}
			});
			for message in creation.outbox {
				Self::deliver(message.from, message.to, message.data)?;
			}
			Self::deposit_event(Event::ActorCreated {
				task,
				code_hash,
				state_hash,
				creator: who,
				account: Self::actor_account(task),
			});
			// The benchmark's actor stores 4 whole pages (2 `snapshot_pages` units, in chunks); larger
			// snapshots pay the rest.
			let actual = T::WeightInfo::create_actor(args.len() as u32)
				.saturating_add(Self::code_weight(CodeShape::of(blob.len(), code.info())))
				.saturating_add(Self::fuel_weight(creation.fuel_used))
				.saturating_add(Self::snapshots_weight(
					core::iter::once(SnapshotShape::of(&snapshot_bytes)),
					Self::CREATE_MEASURED_CHUNKS,
				));
			Ok(Some(actual).into())
		}

		/// Submits an APoV for validation by replay and canonicalisation.
		///
		/// ## Dispatch Origin
		/// Signed; the signer receives the co-scheduled actors' payouts.
		///
		/// ## Details
		/// Checks the RFC's validity rules (the Agenda names only co-scheduled actors, each has a `Service`, one
		/// slab per actor, each slab's sequence greater than its actor's), replays the Agenda in `coreplay-vm`
		/// from the `pre` slabs under `fuel_limit`, and requires every `post`, `Call` output and consumed inbox
		/// batch to match. Then it canonicalises if every slab's sequence is its actor's + 1 and its `pre` hashes
		/// to the actor's state hash: state hashes and sequences advance, consumed inbox messages are dropped,
		/// messages delivered, code upgrades applied, and each actor's `payout` (evaluated on `pre` at the APoV's
		/// `now`) is paid from its account to the signer, as far as its balance allows. Otherwise it waits in
		/// [`Pending`] and is canonicalised as soon as it can be, or expires by the RFC's rules.
		///
		/// Weight: the benchmarked base, plus the snapshots ([`Pallet::pages_weight`]) and the witness
		/// ([`Pallet::witness_weight`]), plus loading and instantiating the largest code for each slab
		/// ([`Pallet::max_code_weight`]: bytes, functions, imports, exports, element items), plus `fuel_limit`
		/// (which pays for compiling the functions each actor calls and for every host call), plus checking the
		/// pending APoVs; refunded to the slabs' codes and the fuel used. An APoV whose replay fails pays its whole
		/// `fuel_limit`; one refused after a successful replay because the chain changed under it (a recipient
		/// gone or its inbox full, an upgrade's code missing) pays the fuel it used. An APoV that would have to
		/// wait is refused before replay if no pending slot is free (`PendingFull`).
		///
		/// ## Errors
		/// Structure: `ApovTooLarge`, `EmptyAgenda`, `TooManyAgendaItems`, `NoSlabs`, `TooManyActors`, `SlabsNotAscending`,
		/// `NotCoScheduled`, `MissingService`, `ZeroService`, `SlabTooLarge`, `CallTooLarge`, `WitnessTooLarge`,
		/// `TooManyWitnessItems`, `BadInboxBatch`, `InboxTooLarge`, `FuelLimitTooHigh`. Code (a stored code that
		/// no longer passes the chain's limits after a runtime upgrade): every upload rule's error. Chain: `FutureContext`, `UnknownActor`,
		/// `StaleSequence`, `PreStateMismatch`, `CodeNotFound`, `UnknownRecipient`, `UnknownUpgradeCode`,
		/// `InboxMismatch`, `InboxFull`, `PendingFull`. Replay: `OutOfFuel`, `ActorTrapped`, `StackOverflow`,
		/// `PostMismatch`, `CallOutputMismatch`, `InboxNotConsumed`, `CallRejected`, `BadSnapshot`, and the other
		/// replay errors.
		///
		/// ## Events
		/// `ApovCanonicalised` with `ActorAdvanced` per actor (and `MessageDelivered`, `CodeUpgraded`,
		/// `PayoutPaid`), or `ApovPending`; `ApovExpired` for pending APoVs dropped.
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
	}
}

/// blake2-256 of `data`: the same hash as [`coreplay_primitives::blake2_256`] (code, state and inbox hashes),
/// computed by the host (`sp_io::hashing::blake2_256`, a runtime interface) rather than in the runtime's Wasm, as
/// slabs of up to `MaxMemoryPages` 64 KiB pages are hashed on every `submit_apov`.
fn blake2_256(data: &[u8]) -> H256 {
	H256(sp_io::hashing::blake2_256(data))
}

/// What a snapshot costs to validate, read from its length and head without decoding it (weights are computed
/// before validation): see [`Pallet::snapshots_weight`].
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct SnapshotShape {
	/// Stored memory, in chunks (`coreplay_primitives::snapshot::CHUNK_SIZE` bytes and a 4-byte index each):
	/// the length divided by `ENCODED_CHUNK_BYTES`, rounded up, so any bytes (the head too) are charged.
	pub stored: u64,
	/// Pages the snapshot declares (`memory_pages`).
	pub declared: u64,
	/// For a delta `post`, the work of its expansion (`coreplay_primitives::snapshot::expand`, a merge of `pre`'s
	/// chunks with the delta's) in chunks: both inputs' by length. 0 for a full snapshot.
	pub expanded: u64,
}

/// Chunks (index and contents) in `bytes` of an encoding, rounded up.
fn chunks_in(bytes: usize) -> u64 {
	(bytes as u64).div_ceil(snapshot::ENCODED_CHUNK_BYTES as u64)
}

impl SnapshotShape {
	/// The shape of a full snapshot (`pre`, `post` or a creation snapshot), by its length and head. A head
	/// declaring more pages than a block can pay for only makes the extrinsic too heavy to include.
	pub fn of(snapshot: &[u8]) -> Self {
		let declared = snapshot::declared_pages(snapshot).map_or(0, u64::from);
		Self { stored: chunks_in(snapshot.len()), declared, expanded: 0 }
	}

	/// The shape of a slab's `post`: [`Self::of`] a full one; for a delta, the snapshot it expands to, which
	/// stores at most the chunks `pre` stores and the chunks the delta lists, so at most `pre` and the delta's
	/// lengths together; the expansion merges the two, so its work is as many chunks. Bytes that are not a
	/// canonical delta against `pre` are refused in the expansion, before replay, after work no greater than this
	/// charges.
	pub fn of_post(pre: &[u8], post: &[u8]) -> Self {
		if !snapshot::is_delta(post) {
			return Self::of(post);
		}
		let declared = snapshot::declared_pages(post).map_or(0, u64::from);
		Self {
			stored: chunks_in(pre.len().saturating_add(post.len())),
			declared,
			expanded: chunks_in(pre.len().saturating_add(post.len())),
		}
	}
}

/// What a code costs to load and run in a slab, or to upload, beyond the fixed part of each: its size and the
/// counts of `coreplay_vm::CodeInfo` (see [`Pallet::code_weight`], [`Pallet::upload_weight`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct CodeShape {
	/// The AVF blob's length, in bytes.
	pub bytes: u32,
	/// Functions it defines.
	pub functions: u32,
	/// Its imports.
	pub imports: u32,
	/// Its exports.
	pub exports: u32,
	/// Function references in its element segments.
	pub element_items: u32,
}

impl CodeShape {
	/// The shape of a validated code of `bytes` bytes, from what validation learnt of it.
	pub fn of(bytes: usize, info: &coreplay_vm::CodeInfo) -> Self {
		Self {
			bytes: u32::try_from(bytes).unwrap_or(u32::MAX),
			functions: info.functions,
			imports: info.imports,
			exports: info.exports,
			element_items: info.element_items,
		}
	}

	/// The costliest shape a code of `bytes` bytes may have under `limits`: every count at its limit (each
	/// weight is linear and increasing in each).
	pub fn largest(bytes: usize, limits: &Limits) -> Self {
		Self {
			bytes: u32::try_from(bytes).unwrap_or(u32::MAX),
			functions: limits.max_functions,
			imports: limits.max_imports,
			exports: limits.max_exports,
			element_items: limits.max_element_items,
		}
	}
}

/// What became of a submitted APoV.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, codec::Decode, scale_info::TypeInfo)]
pub enum ApovStatus {
	/// It was canonicalised at once.
	Canonicalised,
	/// It waits for earlier sequences under this pending id.
	Pending(u32),
}

/// A successful submission: its status, the fuel used (replay and inspectors) and the weight charged.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, codec::Decode, scale_info::TypeInfo)]
pub struct Submitted {
	/// Canonicalised or pending.
	pub status: ApovStatus,
	/// Fuel used by the replay and the `payout` inspectors.
	pub fuel_used: u64,
	/// The weight charged after refunds.
	pub weight: Weight,
}

/// The result of [`Pallet::dry_run_apov`].
#[derive(Clone, PartialEq, Eq, Debug, Encode, codec::Decode, scale_info::TypeInfo)]
pub struct DryRun {
	/// The weight `submit_apov` would be charged before refunds.
	pub declared_weight: Weight,
	/// What would happen: the submission, or the error and the weight it would be charged.
	pub result: Result<Submitted, (DispatchError, Weight)>,
}

/// Whether an outcome can be canonicalised now.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Readiness {
	Ready,
	Wait,
	Expired(ExpiryReason),
}

impl<T: Config> Pallet<T> {
	/// `submit_apov` for `who`: validate, then canonicalise or keep pending (see the dispatchable's docs).
	///
	/// # Errors
	/// The dispatchable's errors, with the weight to charge.
	pub fn do_submit_apov(
		who: T::AccountId,
		apov: ActorPov,
		fuel_limit: u64,
	) -> Result<Submitted, DispatchErrorWithPostInfo> {
		let base = Self::submit_base_weight(&apov);
		let checks = Self::pending_checks_weight();
		// Before the codes are loaded: the largest code per slab, as declared. Before replay: the whole fuel
		// part is refunded.
		let declared_codes = Self::max_code_weight().saturating_mul(apov.slabs.len() as u64);
		let early =
			|e: Error<T>| Self::fail(e, base.saturating_add(checks).saturating_add(declared_codes));
		ensure!(fuel_limit <= T::MaxFuel::get(), early(Error::<T>::FuelLimitTooHigh));
		let machine = Self::machine();
		coreplay_vm::check_pov(&apov, machine.limits())
			.map_err(|e| early(Error::<T>::from_pov(e)))?;
		ensure!(apov.context.now <= Self::now(), early(Error::<T>::FutureContext));
		// Each distinct code is loaded once, however many co-scheduled actors run it; each slab pays for its
		// code, because the vm builds a module per actor and execution (`coreplay_vm::engine_config`).
		let mut compiled: Vec<(coreplay_primitives::CodeHash, coreplay_vm::ActorCode, usize)> =
			Vec::new();
		let mut loaded = Weight::zero();
		let mut code_of = Vec::with_capacity(apov.slabs.len());
		// Each `pre` is hashed once (a slab is up to `MaxMemoryPages` pages), here and for its outcome below.
		let mut pre_hashes = Vec::with_capacity(apov.slabs.len());
		// Whether the outcome will wait in `Pending`: a slab for a later sequence than the actor's next.
		let mut waits = false;
		for slab in &apov.slabs {
			let actor = Actors::<T>::get(slab.actor).ok_or(early(Error::<T>::UnknownActor))?;
			ensure!(slab.sequence > actor.sequence, early(Error::<T>::StaleSequence));
			let pre_hash = blake2_256(&slab.pre);
			if slab.sequence == actor.sequence.saturating_add(1) {
				ensure!(pre_hash == actor.state_hash, early(Error::<T>::PreStateMismatch));
			} else {
				waits = true;
			}
			pre_hashes.push(pre_hash);
			let index = match compiled.iter().position(|(hash, _, _)| *hash == actor.code_hash) {
				Some(index) => index,
				None => {
					let blob =
						Codes::<T>::get(actor.code_hash).ok_or(early(Error::<T>::CodeNotFound))?;
					let code = machine.load(&blob).map_err(|e| early(Error::<T>::from_code(e)))?;
					compiled.push((actor.code_hash, code, blob.len()));
					compiled.len() - 1
				}
			};
			let (_, code, bytes) = &compiled[index];
			loaded = loaded.saturating_add(Self::code_weight(CodeShape::of(*bytes, code.info())));
			code_of.push(index);
		}
		// A submission that will wait needs a pending slot: without one it is refused before replay, so that
		// whoever fills the queue cannot make others pay for replays that cannot be kept.
		if waits {
			let pending = PendingOrder::<T>::decode_len().unwrap_or(0);
			ensure!(pending < T::MaxPending::get() as usize, early(Error::<T>::PendingFull));
		}
		let code_refs: Vec<_> = code_of.iter().map(|i| &compiled[*i].1).collect();
		// From here on, the slabs' codes are charged, not the largest, and only the inspectors they export.
		let base =
			base.saturating_add(loaded).saturating_add(Self::inspectors_weight(&apov, |index| {
				let (_, code, bytes) = &compiled[code_of[index]];
				code.info().has_payout.then(|| CodeShape::of(*bytes, code.info()))
			}));
		let early = |e: Error<T>| Self::fail(e, base.saturating_add(checks));

		// Replay. A failure here pays for all the fuel it was given; a rejection after a successful replay (the
		// chain changed under it: a recipient, an upgrade's code, the pending queue) pays for the fuel it used.
		let failed = |e: Error<T>| {
			Self::fail(e, base.saturating_add(checks).saturating_add(Self::fuel_weight(fuel_limit)))
		};
		let rejected = |e: Error<T>, fuel_used: u64| {
			Self::fail(e, base.saturating_add(checks).saturating_add(Self::fuel_weight(fuel_used)))
		};
		// A delta `post` is expanded (and found not canonical, or too large) before anything runs.
		let execution = coreplay_vm::validate_pov(&machine, &apov, &code_refs, fuel_limit)
			.map_err(|e| match e {
				PovError::BadPostDelta(_) | PovError::SlabTooLarge => {
					early(Error::<T>::from_pov(e))
				}
				_ => failed(Error::<T>::from_pov(e)),
			})?;
		let mut fuel_used = execution.fuel_used;

		let mut slabs = BoundedVec::<SlabOutcome, T::MaxActorsPerApov>::new();
		for (index, (((slab, code), consumed), pre_hash)) in apov
			.slabs
			.iter()
			.zip(&code_refs)
			.zip(&execution.inbox_consumed)
			.zip(pre_hashes)
			.enumerate()
		{
			// The full snapshot, whether the slab carried it or a delta against `pre`.
			let post = execution.post(&apov, index);
			let post_hash = blake2_256(post);
			sp_io::offchain_index::set(&state_key(&post_hash), post);
			let payout = machine
				.payout(code, slab.actor, &slab.pre, apov.context.now, T::InspectorFuel::get())
				.ok()
				.flatten()
				.unwrap_or(0);
			if code.info().has_payout {
				fuel_used = fuel_used.saturating_add(T::InspectorFuel::get());
			}
			let upgrade =
				execution.code_upgrades.iter().find(|(a, _)| *a == slab.actor).map(|(_, h)| *h);
			if let Some(hash) = upgrade {
				ensure!(
					CodeInfoOf::<T>::contains_key(hash),
					rejected(Error::<T>::UnknownUpgradeCode, fuel_used)
				);
			}
			let outcome = SlabOutcome {
				actor: slab.actor,
				sequence: slab.sequence,
				pre_hash,
				post_hash,
				inbox_consumed: *consumed,
				inbox_hash: blake2_256(&apov.inbox_of(slab.actor).to_vec().encode()),
				code_upgrade: upgrade,
				payout,
			};
			slabs.try_push(outcome).map_err(|_| rejected(Error::<T>::TooManyActors, fuel_used))?;
		}
		let mut outbox = BoundedVec::new();
		for message in execution.outbox {
			ensure!(
				Actors::<T>::contains_key(message.to),
				rejected(Error::<T>::UnknownRecipient, fuel_used)
			);
			let data = message
				.data
				.try_into()
				.map_err(|_| rejected(Error::<T>::MessageTooLarge, fuel_used))?;
			outbox
				.try_push((message.to, StoredMessage { from: message.from, data }))
				.map_err(|_| rejected(Error::<T>::TooManyMessages, fuel_used))?;
		}
		let outcome = ApovOutcome {
			submitter: who.clone(),
			validated_at: frame_system::Pallet::<T>::block_number(),
			slabs,
			outbox,
		};

		let status = match Self::readiness(&outcome) {
			Readiness::Ready => {
				Self::canonicalise(outcome, None);
				ApovStatus::Canonicalised
			}
			Readiness::Wait => {
				let id = NextPendingId::<T>::get();
				PendingOrder::<T>::try_mutate(|order| order.try_push(id))
					.map_err(|_| rejected(Error::<T>::PendingFull, fuel_used))?;
				NextPendingId::<T>::put(id.wrapping_add(1));
				Pending::<T>::insert(id, outcome);
				Self::deposit_event(Event::ApovPending { id, submitter: who });
				ApovStatus::Pending(id)
			}
			Readiness::Expired(reason) => {
				return Err(rejected(Error::<T>::from_expiry(reason), fuel_used))
			}
		};
		let checked = Self::process_pending(2 * T::MaxPending::get());
		let actual = base.saturating_add(Self::fuel_weight(fuel_used)).saturating_add(
			T::WeightInfo::pending_check(T::MaxActorsPerApov::get()).saturating_mul(checked.into()),
		);
		Ok(Submitted { status, fuel_used, weight: actual })
	}

	/// Runs `submit_apov` for `who` and rolls every storage change back: what would happen, and at what cost.
	///
	/// Bounded for callers who pay nothing (the `ActorsApi` runtime API, reachable through a node's safe
	/// `state_call`): an APoV longer than `MaxDryRunApovBytes` is refused (`DryRunApovTooLarge`) before it is
	/// validated, and a `fuel_limit` above `MaxDryRunFuel` (up to `MaxFuel`; above is `FuelLimitTooHigh`, as in
	/// `submit_apov`) is lowered to it: running out of that fuel is `DryRunFuelCapReached`, and the result's
	/// weights are those of the lowered limit.
	pub fn dry_run_apov(who: T::AccountId, apov: ActorPov, fuel_limit: u64) -> DryRun {
		use frame_support::storage::{with_transaction, TransactionOutcome};
		let declared = Self::submit_weight(&apov, fuel_limit);
		if apov.encoded_size() > T::MaxDryRunApovBytes::get() as usize {
			let error = Error::<T>::DryRunApovTooLarge.into();
			return DryRun { declared_weight: declared, result: Err((error, declared)) };
		}
		let cap = T::MaxDryRunFuel::get();
		let capped = fuel_limit > cap && fuel_limit <= T::MaxFuel::get();
		let fuel = if capped { cap } else { fuel_limit };
		let result: Result<Result<Submitted, DispatchErrorWithPostInfo>, DispatchError> =
			with_transaction(|| {
				TransactionOutcome::Rollback(Ok(Self::do_submit_apov(who, apov, fuel)))
			});
		let out_of_fuel: DispatchError = Error::<T>::OutOfFuel.into();
		let result = match result {
			Ok(Err(mut e)) if capped && e.error == out_of_fuel => {
				e.error = Error::<T>::DryRunFuelCapReached.into();
				Ok(Err(e))
			}
			other => other,
		};
		match result {
			Ok(Ok(submitted)) => DryRun { declared_weight: declared, result: Ok(submitted) },
			Ok(Err(e)) => DryRun {
				declared_weight: declared,
				result: Err((e.error, e.post_info.actual_weight.unwrap_or(declared))),
			},
			Err(e) => DryRun { declared_weight: declared, result: Err((e, declared)) },
		}
	}

	/// An actor's waiting messages, oldest first (for [`runtime_api::ActorsApi::inbox`]).
	pub fn inbox(task: TaskId) -> Vec<Message> {
		Inboxes::<T>::get(task)
			.into_iter()
			.map(|m| Message { from: m.from, data: m.data.into_inner() })
			.collect()
	}

	/// The pending APoVs in checking order (for [`runtime_api::ActorsApi::pending`]).
	pub fn pending() -> Vec<runtime_api::PendingView> {
		PendingOrder::<T>::get()
			.into_iter()
			.filter_map(|id| {
				let outcome = Pending::<T>::get(id)?;
				let slabs = outcome.slabs.iter().map(|s| (s.actor, s.sequence)).collect();
				Some(runtime_api::PendingView { id, slabs })
			})
			.collect()
	}

	/// The account of actor `task`, which pays its payouts: `PalletId` sub-account `task`.
	pub fn actor_account(task: TaskId) -> T::AccountId {
		T::PalletId::get().into_sub_account_truncating(task)
	}

	/// The longest APoV encoding `submit_apov` accepts, in bytes: the normal-class block length
	/// (`frame_system::Config::BlockLength`), the most one extrinsic can carry. The `ActorsApi` dry run, which no
	/// block bounds, enforces it too, so validation's memory is bounded the same way in both.
	pub fn max_apov_bytes() -> u32 {
		Self::block_length(DispatchClass::Normal)
	}

	/// The most bytes a block carries for `class` (`frame_system::Config::BlockLength`; for `Mandatory`, the
	/// whole block).
	fn block_length(class: DispatchClass) -> u32 {
		*<T as frame_system::Config>::BlockLength::get().max.get(class)
	}

	/// The vm limits this chain enforces, built from the [`Config`] bounds.
	pub fn limits() -> Limits {
		Limits {
			max_code_bytes: T::MaxCodeLen::get(),
			max_memory_pages: T::MaxMemoryPages::get(),
			max_actors: T::MaxActorsPerApov::get(),
			max_agenda_items: T::MaxAgendaItems::get(),
			max_slab_bytes: T::MaxSlabBytes::get(),
			max_apov_bytes: Self::max_apov_bytes(),
			max_message_bytes: T::MaxMessageBytes::get(),
			max_inbox_messages: T::MaxInboxLen::get().saturating_mul(T::MaxActorsPerApov::get()),
			max_messages: <MaxOutcomeMessages as Get<u32>>::get(),
			..Limits::DEFAULT
		}
	}

	/// A machine with this chain's limits. Sequencers must use the same limits ([`Self::limits`]).
	pub fn machine() -> Machine {
		Machine::new(Self::limits())
	}

	/// An upper bound, in bytes, of the runtime heap one `submit_apov` at the limits needs, as `integrity_test`
	/// checks it. The runtime's allocator (`sp-allocator`'s freeing-bump allocator) rounds every allocation up
	/// to a power of two and never merges freed blocks, so each buffer counts rounded up. Per actor: its instance
	/// memory (`MaxMemoryPages` pages of 64 KiB), 4 × `MaxCodeLen` for the code and its compiled module, and the
	/// expansion of a delta `post` (at most `MaxSlabBytes`). Once: the decoded APoV's slabs (at most
	/// [`Self::max_apov_bytes`], twice for the rounding of each slab), the extrinsic re-encoded by
	/// `frame-executive` (`max_apov_bytes`, rounded), the encoded block (the whole block length, rounded), and
	/// the witness's index and copy (`Limits::max_witness_items` preimages of `max_witness_bytes` together).
	/// Validation compares full posts in place (`coreplay_vm::validate_pov`), so no other snapshot-sized buffer
	/// is built per actor.
	pub fn validation_memory_bound() -> u64 {
		let rounded = |bytes: u64| bytes.next_power_of_two();
		let per_actor = rounded(u64::from(T::MaxMemoryPages::get()) * 65_536)
			+ 4 * rounded(u64::from(T::MaxCodeLen::get()))
			+ rounded(u64::from(T::MaxSlabBytes::get()));
		let apov = u64::from(Self::max_apov_bytes());
		let block = u64::from(Self::block_length(DispatchClass::Mandatory));
		// The witness: the vm's copy of its preimages (each allocation rounded up to a power of two, so at most
		// twice its bytes, and at least 8 bytes), beside the decoded ones counted with the APoV; per preimage, a
		// `Vec` in the decoded APoV (24 bytes at most, on any host) and an entry of the vm's index (its hash and
		// a `Vec`: 56 bytes at most), each array rounded.
		let limits = Self::limits();
		let (items, witness_bytes) =
			(u64::from(limits.max_witness_items), u64::from(limits.max_witness_bytes));
		// And `lookup`'s copy of a preimage in the reply buffer of each frame on the call stack.
		let replies = u64::from(limits.max_call_depth) * rounded(witness_bytes);
		let witness =
			2 * witness_bytes + 8 * items + rounded(24 * items) + rounded(56 * items) + replies;
		per_actor * u64::from(T::MaxActorsPerApov::get())
			+ 2 * apov
			+ rounded(apov)
			+ rounded(block)
			+ witness
	}

	fn now() -> u32 {
		frame_system::Pallet::<T>::block_number().saturated_into()
	}

	/// The weight of `fuel` units of fuel: the slope only, `fuel(k) - fuel(0)` (as pallet-contracts derives its
	/// weight per instruction), because that benchmark runs a whole `submit_apov` whose fixed cost
	/// `WeightInfo::submit_apov` already charges; and the highest of the slopes of `fuel` (arithmetic),
	/// `fuel_calls` (`call_indirect` of a function of the most locals) and `fuel_compile` (compiling a function
	/// of empty `loop`s at its first call, `coreplay_vm::COMPILE_FUEL` per byte), so that no kind of work runs
	/// longer per unit than it is charged.
	pub fn fuel_weight(fuel: u64) -> Weight {
		let thousands = fuel.div_ceil(1000).min(u64::from(u32::MAX)) as u32;
		let slope = |f: fn(u32) -> Weight| f(thousands).saturating_sub(f(0));
		slope(T::WeightInfo::fuel)
			.max(slope(T::WeightInfo::fuel_calls))
			.max(slope(T::WeightInfo::fuel_compile))
	}

	/// The weight of running a code of `shape` in one slab: loading it (`Machine::load`), building its module
	/// for the slab's execution and instantiating it (linking its imports, entering its exports, writing its
	/// element items), and compiling each function it calls, all but the bytes of their bodies, which compiling
	/// charges as fuel (`coreplay_vm::COMPILE_FUEL`). The slopes of `WeightInfo::code_load`, whose benchmark calls
	/// every function of the shape that costs the most per function and never calls the function of the bytes
	/// that cost the most per byte, and of `WeightInfo::code_links`, per import, export (of the longest names
	/// that many exports can have) and element item; their fixed parts `WeightInfo::submit_apov` already charges
	/// with its small bench actors. Upload's full validation has its own benchmark, `WeightInfo::upload_code`.
	pub fn code_weight(shape: CodeShape) -> Weight {
		T::WeightInfo::code_load(shape.bytes, shape.functions)
			.saturating_sub(T::WeightInfo::code_load(0, 0))
			.saturating_add(Self::links_weight(shape))
	}

	/// The slopes of `WeightInfo::code_links` for `shape`'s imports, exports and element items.
	fn links_weight(shape: CodeShape) -> Weight {
		T::WeightInfo::code_links(shape.imports, shape.exports, shape.element_items)
			.saturating_sub(T::WeightInfo::code_links(0, 0, 0))
	}

	/// What `upload_code` costs for a code of `shape`: `WeightInfo::upload_code` for its bytes and functions, and
	/// [`Self::links_weight`] for its imports, exports and element items, which upload's validation parses and
	/// enters in maps as building a slab's module does, without linking or instantiating anything.
	pub fn upload_weight(shape: CodeShape) -> Weight {
		T::WeightInfo::upload_code(shape.bytes, shape.functions)
			.saturating_add(Self::links_weight(shape))
	}

	/// [`Self::code_weight`] of the largest code ([`CodeShape::largest`] of `MaxCodeLen` bytes). Declared per
	/// slab by `submit_apov` and once by `create_actor`, which learn the code's shape only from storage.
	pub fn max_code_weight() -> Weight {
		Self::code_weight(CodeShape::largest(T::MaxCodeLen::get() as usize, &Self::limits()))
	}

	/// The weight of hashing and indexing `witness` before the Agenda runs: the slopes of `WeightInfo::witness`,
	/// per preimage and per KiB of preimages (rounded up); `lookup`s are charged as fuel.
	pub fn witness_weight(witness: &coreplay_primitives::Witness) -> Weight {
		let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
		let bytes: usize = witness.preimages.iter().map(Vec::len).sum();
		let (p, k) = (clamp(witness.preimages.len()), clamp(bytes.div_ceil(1024)));
		T::WeightInfo::witness(p, k).saturating_sub(T::WeightInfo::witness(0, 0))
	}

	/// `WeightInfo::submit_apov` for `apov`'s `n` slabs and `i` Agenda items, plus [`Self::pages_weight`] and
	/// [`Self::witness_weight`].
	fn submit_base_weight(apov: &ActorPov) -> Weight {
		let (n, i) = (apov.slabs.len() as u32, apov.agenda.len() as u32);
		T::WeightInfo::submit_apov(n, i.saturating_sub(n))
			.saturating_add(Self::pages_weight(apov))
			.saturating_add(Self::witness_weight(&apov.witness))
	}

	/// The weight of `apov`'s snapshots: [`Self::snapshots_weight`] of every `pre` and `post`. The
	/// `submit_apov` benchmark's actors store no memory, so all stored chunks are charged here.
	pub fn pages_weight(apov: &ActorPov) -> Weight {
		let shapes = apov
			.slabs
			.iter()
			.flat_map(|s| [SnapshotShape::of(&s.pre), SnapshotShape::of_post(&s.pre, &s.post)]);
		Self::snapshots_weight(shapes, 0)
	}

	/// What the `payout` inspector adds (`Machine::payout` runs on a throw-away instance, of a module of its own,
	/// restored from the slab's `pre`), for the slabs for which `payout_code` gives the shape of a code exporting
	/// `payout`: [`Self::snapshots_weight`] of each such `pre` once more, as if it were a `pre` and `post` pair
	/// (restoring alone costs less), and [`Self::code_weight`] of its code once more. Its fuel is
	/// `InspectorFuel`, charged apart.
	fn inspectors_weight(
		apov: &ActorPov,
		payout_code: impl Fn(usize) -> Option<CodeShape>,
	) -> Weight {
		let mut codes = Weight::zero();
		let mut pres = Vec::new();
		for (index, slab) in apov.slabs.iter().enumerate() {
			if let Some(shape) = payout_code(index) {
				codes = codes.saturating_add(Self::code_weight(shape));
				pres.extend([SnapshotShape::of(&slab.pre); 2]);
			}
		}
		codes.saturating_add(Self::snapshots_weight(pres.into_iter(), 0))
	}

	/// Stored chunks, in `snapshots_weight`'s halved units, that `WeightInfo::create_actor` already measured:
	/// its benchmark's actor stores 4 whole pages.
	const CREATE_MEASURED_CHUNKS: u64 = 2 * snapshot::CHUNKS_PER_PAGE as u64;

	/// The slopes of `WeightInfo::snapshot_pages` and `WeightInfo::zero_pages` (whose fixed parts the
	/// dispatchable's own benchmark already charges) for snapshots of `shapes`. Their benchmarks' actors have `k`
	/// whole stored pages, or `m` zero pages, in `pre` and in `post`, so here: stored chunks, summed and halved,
	/// less `measured` (units the dispatchable's own benchmark includes), at the `k` slope divided by
	/// `CHUNKS_PER_PAGE`; and zero pages, the pages declared beyond the stored chunks' whole pages (restoring
	/// grows or clears them and comparing scans them), summed and halved, at the `m` slope. Plus the slope of
	/// `WeightInfo::expand_post`, also per chunk, for the delta posts' expansions.
	pub fn snapshots_weight(shapes: impl Iterator<Item = SnapshotShape>, measured: u64) -> Weight {
		let (mut stored, mut zero, mut expanded) = (0u64, 0u64, 0u64);
		for shape in shapes {
			stored = stored.saturating_add(shape.stored);
			let whole = shape.stored / u64::from(snapshot::CHUNKS_PER_PAGE);
			zero = zero.saturating_add(shape.declared.saturating_sub(whole));
			expanded = expanded.saturating_add(shape.expanded);
		}
		let clamp = |units: u64| units.min(u64::from(u32::MAX)) as u32;
		let half = |units: u64| clamp(units.div_ceil(2));
		// `f` is linear in pages: its slope for `chunks` chunks.
		let per_chunk = |f: fn(u32) -> Weight, chunks: u32| {
			f(chunks).saturating_sub(f(0)).saturating_div(u64::from(snapshot::CHUNKS_PER_PAGE))
		};
		per_chunk(T::WeightInfo::snapshot_pages, half(stored).saturating_sub(clamp(measured)))
			.saturating_add(
				T::WeightInfo::zero_pages(half(zero)).saturating_sub(T::WeightInfo::zero_pages(0)),
			)
			.saturating_add(per_chunk(T::WeightInfo::expand_post, clamp(expanded)))
	}

	/// The most [`Self::snapshots_weight`] one creation snapshot can need. The weight is linear in stored chunks
	/// with `MaxMemoryPages` declared (each whole stored page replaces a zero page), so its maximum is at one end:
	/// `MaxSlabBytes` of stored chunks (every snapshot fits, `integrity_test`), or none.
	fn max_creation_snapshot_weight() -> Weight {
		let declared = u64::from(T::MaxMemoryPages::get());
		let full = SnapshotShape {
			stored: chunks_in(T::MaxSlabBytes::get() as usize),
			declared,
			expanded: 0,
		};
		let empty = SnapshotShape { stored: 0, declared, expanded: 0 };
		let weight =
			|shape| Self::snapshots_weight(core::iter::once(shape), Self::CREATE_MEASURED_CHUNKS);
		weight(full).max(weight(empty))
	}

	fn pending_checks_weight() -> Weight {
		T::WeightInfo::pending_check(T::MaxActorsPerApov::get())
			.saturating_mul(u64::from(2 * T::MaxPending::get()))
	}

	/// The weight `submit_apov` is charged before refunds.
	pub fn submit_weight(apov: &ActorPov, fuel_limit: u64) -> Weight {
		Self::submit_base_weight(apov)
			.saturating_add(Self::max_code_weight().saturating_mul(apov.slabs.len() as u64))
			.saturating_add(Self::inspectors_weight(apov, |_| {
				Some(CodeShape::largest(T::MaxCodeLen::get() as usize, &Self::limits()))
			}))
			.saturating_add(Self::pending_checks_weight())
			.saturating_add(Self::fuel_weight(fuel_limit))
			.saturating_add(Self::fuel_weight(
				T::InspectorFuel::get().saturating_mul(apov.slabs.len() as u64),
			))
	}

	fn fail(error: Error<T>, weight: Weight) -> DispatchErrorWithPostInfo {
		DispatchErrorWithPostInfo {
			post_info: PostDispatchInfo { actual_weight: Some(weight), pays_fee: Pays::Yes },
			error: error.into(),
		}
	}

	/// Appends a message to `to`'s inbox.
	fn deliver(from: TaskId, to: TaskId, data: Vec<u8>) -> Result<(), Error<T>> {
		ensure!(Actors::<T>::contains_key(to), Error::<T>::UnknownRecipient);
		let data = data.try_into().map_err(|_| Error::<T>::MessageTooLarge)?;
		Inboxes::<T>::try_mutate(to, |inbox| inbox.try_push(StoredMessage { from, data }))
			.map_err(|_| Error::<T>::InboxFull)?;
		Self::deposit_event(Event::MessageDelivered { from, to });
		Ok(())
	}

	/// Whether `outcome` can be canonicalised now, must wait, or has expired (RFC "expires when").
	fn readiness(outcome: &OutcomeOf<T>) -> Readiness {
		let mut wait = false;
		for slab in &outcome.slabs {
			let Some(actor) = Actors::<T>::get(slab.actor) else {
				return Readiness::Expired(ExpiryReason::UndeliverableMessage);
			};
			if actor.sequence >= slab.sequence {
				return Readiness::Expired(ExpiryReason::SequenceReached);
			}
			if actor.sequence.saturating_add(1) == slab.sequence {
				if actor.state_hash != slab.pre_hash {
					return Readiness::Expired(ExpiryReason::PreStateChanged);
				}
			} else {
				wait = true;
			}
		}
		if wait {
			return Readiness::Wait;
		}
		for slab in &outcome.slabs {
			let inbox = Inboxes::<T>::get(slab.actor);
			let Some(prefix) = inbox.get(..slab.inbox_consumed as usize) else {
				return Readiness::Expired(ExpiryReason::InboxChanged);
			};
			let messages: Vec<Message> =
				prefix.iter().map(|m| Message { from: m.from, data: m.data.to_vec() }).collect();
			if blake2_256(&messages.encode()) != slab.inbox_hash {
				return Readiness::Expired(ExpiryReason::InboxChanged);
			}
			if let Some(hash) = slab.code_upgrade {
				if !CodeInfoOf::<T>::contains_key(hash) {
					return Readiness::Expired(ExpiryReason::UnknownUpgradeCode);
				}
			}
		}
		// Room in every recipient's inbox once consumed messages are gone.
		let mut recipients: Vec<(TaskId, u32)> = Vec::new();
		for (to, _) in &outcome.outbox {
			match recipients.iter_mut().find(|(t, _)| t == to) {
				Some((_, n)) => *n += 1,
				None => recipients.push((*to, 1)),
			}
		}
		for (to, incoming) in recipients {
			if !Actors::<T>::contains_key(to) {
				return Readiness::Expired(ExpiryReason::UndeliverableMessage);
			}
			let consumed =
				outcome.slabs.iter().find(|s| s.actor == to).map_or(0, |s| s.inbox_consumed);
			let len = (Inboxes::<T>::decode_len(to).unwrap_or(0) as u32).saturating_sub(consumed);
			if len.saturating_add(incoming) > T::MaxInboxLen::get() {
				return Readiness::Expired(ExpiryReason::UndeliverableMessage);
			}
		}
		Readiness::Ready
	}

	/// Applies a ready outcome (callers check [`Self::readiness`] first).
	fn canonicalise(outcome: OutcomeOf<T>, pending: Option<u32>) {
		let actors = outcome.slabs.len() as u32;
		for slab in &outcome.slabs {
			Actors::<T>::mutate(slab.actor, |actor| {
				let Some(actor) = actor else { return };
				actor.sequence = slab.sequence;
				actor.state_hash = slab.post_hash;
				if let Some(new) = slab.code_upgrade {
					CodeInfoOf::<T>::mutate(actor.code_hash, |info| {
						if let Some(info) = info {
							info.refcount.saturating_dec();
						}
					});
					CodeInfoOf::<T>::mutate(new, |info| {
						if let Some(info) = info {
							info.refcount.saturating_inc();
						}
					});
					actor.code_hash = new;
					Self::deposit_event(Event::CodeUpgraded { task: slab.actor, code_hash: new });
				}
			});
			if slab.inbox_consumed > 0 {
				Inboxes::<T>::mutate(slab.actor, |inbox| {
					let keep: Vec<_> =
						inbox.iter().skip(slab.inbox_consumed as usize).cloned().collect();
					*inbox = BoundedVec::truncate_from(keep);
				});
			}
			Self::deposit_event(Event::ActorAdvanced {
				task: slab.actor,
				sequence: slab.sequence,
				state_hash: slab.post_hash,
			});
		}
		for (to, message) in outcome.outbox {
			// Readiness checked the room; a failure here would be a bug, so it is logged, not panicked on.
			if Self::deliver(message.from, to, message.data.into_inner()).is_err() {
				log::error!(target: "runtime::actors", "message to {to} not delivered despite readiness");
			}
		}
		for slab in &outcome.slabs {
			if slab.payout == 0 {
				continue;
			}
			let account = Self::actor_account(slab.actor);
			let available = T::Currency::reducible_balance(
				&account,
				Preservation::Expendable,
				Fortitude::Polite,
			);
			let amount = available.min(slab.payout.saturated_into());
			if amount == Default::default() {
				continue;
			}
			if T::Currency::transfer(&account, &outcome.submitter, amount, Preservation::Expendable)
				.is_ok()
			{
				Self::deposit_event(Event::PayoutPaid {
					task: slab.actor,
					to: outcome.submitter.clone(),
					amount,
				});
			}
		}
		Self::deposit_event(Event::ApovCanonicalised {
			submitter: outcome.submitter,
			pending,
			actors,
		});
	}

	/// Checks pending outcomes in submission order, canonicalising ready ones and dropping expired ones, until a
	/// pass changes nothing or `budget` checks are spent. Returns the number of checks made.
	pub fn process_pending(budget: u32) -> u32 {
		let mut order = PendingOrder::<T>::get();
		let now = frame_system::Pallet::<T>::block_number();
		let mut checks = 0u32;
		loop {
			let mut progressed = false;
			let mut i = 0;
			while i < order.len() {
				if checks >= budget {
					PendingOrder::<T>::put(order);
					return checks;
				}
				checks += 1;
				let id = order[i];
				let Some(outcome) = Pending::<T>::get(id) else {
					order.remove(i);
					continue;
				};
				let timed_out =
					now > outcome.validated_at.saturating_add(T::PendingLifetime::get());
				let readiness = match Self::readiness(&outcome) {
					Readiness::Wait if timed_out => Readiness::Expired(ExpiryReason::TimedOut),
					other => other,
				};
				match readiness {
					Readiness::Wait => i += 1,
					Readiness::Ready => {
						order.remove(i);
						Pending::<T>::remove(id);
						Self::canonicalise(outcome, Some(id));
						progressed = true;
					}
					Readiness::Expired(reason) => {
						order.remove(i);
						Pending::<T>::remove(id);
						Self::deposit_event(Event::ApovExpired { id, reason });
					}
				}
			}
			if !progressed {
				break;
			}
		}
		PendingOrder::<T>::put(order);
		checks
	}
}

impl<T> Error<T> {
	/// The error for an upload rule (`coreplay_vm::CodeError`).
	pub fn from_code(e: CodeError) -> Self {
		match e {
			CodeError::TooLarge => Error::CodeTooLarge,
			CodeError::HeaderTruncated => Error::AvfHeaderTruncated,
			CodeError::BadMagic => Error::AvfBadMagic,
			CodeError::UnsupportedVersion => Error::AvfUnsupportedVersion,
			CodeError::UnknownFormat => Error::AvfUnknownFormat,
			CodeError::HeaderReservedNotZero => Error::AvfReservedNotZero,
			CodeError::UnsupportedFormat => Error::UnsupportedFormat,
			CodeError::InvalidWasm => Error::InvalidWasm,
			CodeError::FloatsNotAllowed => Error::FloatsNotAllowed,
			CodeError::StartFunction => Error::StartFunction,
			CodeError::ForbiddenImport => Error::ForbiddenImport,
			CodeError::ImportSignatureMismatch => Error::ImportSignatureMismatch,
			CodeError::ForbiddenImportKind => Error::ForbiddenImportKind,
			CodeError::MissingExport => Error::MissingExport,
			CodeError::BadExportSignature => Error::BadExportSignature,
			CodeError::ExportedTable => Error::TableNotAllowed,
			CodeError::MemoryMissing => Error::MemoryMissing,
			CodeError::MemoryTooLarge => Error::MemoryTooLarge,
			CodeError::UnexportedMutableGlobal => Error::UnexportedMutableGlobal,
			CodeError::TooManyGlobals => Error::TooManyGlobals,
			CodeError::TooManyFunctions => Error::TooManyFunctions,
			CodeError::DataSegmentOutOfBounds => Error::DataSegmentOutOfBounds,
			CodeError::NotCompiled => Error::CodeNotCompiled,
			CodeError::TooManyLocals => Error::TooManyLocals,
			CodeError::TooManyTypes => Error::TooManyTypes,
			CodeError::TableTooLarge => Error::TableTooLarge,
			CodeError::TooManySegments => Error::TooManySegments,
			CodeError::TooManyImports => Error::TooManyImports,
			CodeError::TooManyExports => Error::TooManyExports,
			CodeError::TooManyElementItems => Error::TooManyElementItems,
			CodeError::GlobalExportedTwice => Error::GlobalExportedTwice,
			CodeError::ExportNameTooLong => Error::ExportNameTooLong,
		}
	}

	/// The error for a failed execution (`coreplay_vm::ExecError`).
	pub fn from_exec(e: ExecError) -> Self {
		match e {
			ExecError::OutOfFuel => Error::OutOfFuel,
			ExecError::StackOverflow => Error::StackOverflow,
			ExecError::Trap(_) => Error::ActorTrapped,
			ExecError::MemoryAccess => Error::MemoryAccess,
			ExecError::OutputTooLarge => Error::OutputTooLarge,
			ExecError::MessageTooLarge => Error::MessageTooLarge,
			ExecError::TooManyMessages => Error::TooManyMessages,
			ExecError::HostFunctionNotAllowed => Error::HostFunctionNotAllowed,
			ExecError::BadEntryStatus => Error::BadEntryStatus,
			ExecError::UnknownActor => Error::NotCoScheduled,
			ExecError::CallRejected => Error::CallRejected,
			ExecError::BadSnapshot(_) | ExecError::SnapshotCodeMismatch => Error::BadSnapshot,
			ExecError::MemoryLimit => Error::MemoryLimit,
			ExecError::Instantiation | ExecError::ForeignCode | ExecError::BadInspectorOutput => {
				Error::Instantiation
			}
		}
	}

	/// The error for an invalid APoV (`coreplay_vm::PovError`).
	pub fn from_pov(e: PovError) -> Self {
		match e {
			PovError::EmptyAgenda => Error::EmptyAgenda,
			PovError::TooManyAgendaItems => Error::TooManyAgendaItems,
			PovError::NoSlabs => Error::NoSlabs,
			PovError::TooManyActors => Error::TooManyActors,
			PovError::SlabsNotAscending => Error::SlabsNotAscending,
			PovError::NotCoScheduled => Error::NotCoScheduled,
			PovError::MissingService => Error::MissingService,
			PovError::ZeroService => Error::ZeroService,
			PovError::SlabTooLarge => Error::SlabTooLarge,
			PovError::ApovTooLarge => Error::ApovTooLarge,
			PovError::CallTooLarge => Error::CallTooLarge,
			PovError::WitnessTooLarge => Error::WitnessTooLarge,
			PovError::BadInboxBatch => Error::BadInboxBatch,
			PovError::InboxTooLarge => Error::InboxTooLarge,
			PovError::CodeCountMismatch => Error::Instantiation,
			PovError::Exec(e) => Error::from_exec(e),
			PovError::CallOutputMismatch => Error::CallOutputMismatch,
			PovError::InboxNotConsumed => Error::InboxNotConsumed,
			PovError::PostMismatch => Error::PostMismatch,
			PovError::BadPostDelta(_) => Error::BadPostDelta,
			PovError::TooManyWitnessItems => Error::TooManyWitnessItems,
		}
	}

	fn from_expiry(reason: ExpiryReason) -> Self {
		match reason {
			ExpiryReason::SequenceReached => Error::StaleSequence,
			ExpiryReason::PreStateChanged => Error::PreStateMismatch,
			ExpiryReason::InboxChanged => Error::InboxMismatch,
			ExpiryReason::UndeliverableMessage => Error::InboxFull,
			ExpiryReason::UnknownUpgradeCode => Error::UnknownUpgradeCode,
			ExpiryReason::TimedOut => Error::PendingFull,
		}
	}
}
