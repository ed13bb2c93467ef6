//! The runtime API of Coreplay: what clients and sequencers read without knowing storage keys, and APoV dry
//! runs. The runtime implements it by calling the [`crate::Pallet`] functions of the same names.

use crate::{ActorInfo, Assignment, CodeInfo, DryRun, SequencerInfo};
use alloc::vec::Vec;
use coreplay_primitives::{ActorPov, BlockNumber, CodeHash, Message, StateHash, TaskId};
use coreplay_vm::Limits;
use sp_runtime::DispatchError;

/// A pending APoV as clients see it.
#[derive(Clone, PartialEq, Eq, Debug, codec::Encode, codec::Decode, scale_info::TypeInfo)]
pub struct PendingView {
	/// Its pending id.
	pub id: u32,
	/// `(actor, sequence)` of each slab.
	pub slabs: Vec<(TaskId, u64)>,
}

sp_api::decl_runtime_apis! {
	/// Actors, code and APoVs (`pallet-actors`). Version 2 (issue 28): `actor` returns the actor's scheduling,
	/// affinity and payee too, and sequencers' assignments are answered. Version 3 (issue 29): what a sequencer
	/// weighs before it serves an actor, its account's balance and signed calls' nonces. Version 4 (issue 30):
	/// `dry_run_apov` shows what the replay printed, returned and emitted (`DryRun::trace`), and uploads and
	/// creations have dry runs (the methods marked 4; the runtime implements version 4).
	#[api_version(3)]
	pub trait ActorsApi<AccountId, Balance> where
		AccountId: codec::Codec,
		Balance: codec::Codec,
	{
		/// The vm limits this chain validates with; a sequencer must produce APoVs under the same limits.
		fn limits() -> Limits;
		/// An actor's code hash, state hash, sequence, creator, deposit and last `now`.
		fn actor(task: TaskId) -> Option<ActorInfo<AccountId, Balance>>;
		/// Stored code's owner, deposit, length and reference count.
		fn code_info(code_hash: CodeHash) -> Option<CodeInfo<AccountId, Balance>>;
		/// A stored AVF blob.
		fn code(code_hash: CodeHash) -> Option<Vec<u8>>;
		/// An actor's waiting messages, oldest first.
		fn inbox(task: TaskId) -> Vec<Message>;
		/// The pending APoVs, in the order they are checked.
		fn pending() -> Vec<PendingView>;
		/// What `submit_apov(apov, fuel_limit)` signed by `origin` would do, with no state change. Capped, as
		/// anyone may call it through `state_call`: an APoV longer than `MaxDryRunApovBytes` is
		/// `DryRunApovTooLarge`, and a `fuel_limit` above `MaxDryRunFuel` is lowered to it
		/// (`DryRunFuelCapReached` if that runs out; `Pallet::dry_run_apov`).
		fn dry_run_apov(origin: AccountId, apov: ActorPov, fuel_limit: u64) -> DryRun;
		/// Who may advance actor `task` at block `at` (`Pallet::canonical_sequencer`): `Open` (no sequencer),
		/// its canonical sequencer and the block from which its grace lets any registered sequencer in (if it has
		/// a message waiting), or `UnknownRotation` for a block outside the current and the next rotation.
		/// Called on block N's state, it answers for APoVs included in blocks N + 1 onwards.
		fn canonical_sequencer(task: TaskId, at: BlockNumber) -> Assignment<AccountId>;
		/// The actors whose canonical sequencer `sequencer` is at block `at`, among task ids `from..from +
		/// limit` (`limit` at most 1,000), and the task id to continue from if more remain
		/// (`Pallet::actors_of`).
		fn actors_of(sequencer: AccountId, at: BlockNumber, from: TaskId, limit: u32) -> (Vec<TaskId>, Option<TaskId>);
		/// The actors any registered sequencer may advance at block `at` because their oldest message has
		/// waited `GracePeriod` blocks for their canonical sequencer, among task ids `from..from + limit` (`limit`
		/// at most 1,000), and the task id to continue from if more remain (`Pallet::actors_in_grace`).
		fn actors_in_grace(at: BlockNumber, from: TaskId, limit: u32) -> (Vec<TaskId>, Option<TaskId>);
		/// A registered sequencer's bond, leaving block and missed grace periods.
		fn sequencer(who: AccountId) -> Option<SequencerInfo<Balance>>;
		/// What actor `task`'s account can pay now (`Pallet::actor_balance`): its payouts and transfers are capped
		/// by it, so a sequencer counts `min(payout(now), actor_balance)` as what serving the actor earns. 0 for an
		/// unknown actor.
		#[api_version(3)]
		fn actor_balance(task: TaskId) -> Balance;
		/// The call number the chain expects next from `signer` to actor `task` (`CallNonces`, from 0): a
		/// `SignedCall` with any other nonce is refused (`CallNonceMismatch`).
		#[api_version(3)]
		fn call_nonce(signer: coreplay_primitives::AccountId, task: TaskId) -> u64;
		/// What `upload_code(code)` signed by `origin` would do, with no state change
		/// (`Pallet::dry_run_upload_code`): the code's hash and the deposit it would hold, or the error.
		#[api_version(4)]
		fn dry_run_upload_code(origin: AccountId, code: Vec<u8>) -> Result<(CodeHash, Balance), DispatchError>;
		/// What `create_actor(code_hash, args)` signed by `origin` would do, with no state change
		/// (`Pallet::dry_run_create_actor`): the actor's task id and initial state hash, or the error.
		#[api_version(4)]
		fn dry_run_create_actor(origin: AccountId, code_hash: CodeHash, args: Vec<u8>) -> Result<(TaskId, StateHash), DispatchError>;
	}
}
