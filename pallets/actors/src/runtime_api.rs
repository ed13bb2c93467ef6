//! The runtime API of Coreplay: what clients and sequencers read without knowing storage keys, and APoV dry
//! runs. The runtime implements it by calling the [`crate::Pallet`] functions of the same names.

use crate::{ActorInfo, CodeInfo, DryRun};
use alloc::vec::Vec;
use coreplay_primitives::{ActorPov, CodeHash, Message, TaskId};
use coreplay_vm::Limits;

/// A pending APoV as clients see it.
#[derive(Clone, PartialEq, Eq, Debug, codec::Encode, codec::Decode, scale_info::TypeInfo)]
pub struct PendingView {
	/// Its pending id.
	pub id: u32,
	/// `(actor, sequence)` of each slab.
	pub slabs: Vec<(TaskId, u64)>,
}

sp_api::decl_runtime_apis! {
	/// Actors, code and APoVs (`pallet-actors`).
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
	}
}
