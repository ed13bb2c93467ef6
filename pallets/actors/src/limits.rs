//! The chain's limits as the vm sees them (`Pallet::limits`, `Pallet::machine`), the bounds of stored types
//! that derive from them, the APoV length a block can hold, and the runtime memory a validation may use.

use super::*;

/// Declares `Get<u32>` views of [`Config::Limits`] fields, so that bounded storage and outcome types are bounded
/// by the same value the vm enforces.
macro_rules! limit_views {
	($($(#[$doc:meta])* $name:ident => $field:ident;)*) => {$(
		$(#[$doc])*
		pub struct $name<T>(core::marker::PhantomData<T>);
		impl<T: Config> Get<u32> for $name<T> {
			fn get() -> u32 {
				T::Limits::get().$field
			}
		}
	)*};
}

limit_views! {
	/// `Limits::max_code_bytes`: the longest AVF in `Codes`, in bytes.
	MaxCodeBytes => max_code_bytes;
	/// `Limits::max_actors`: the most slabs of a pending outcome.
	MaxActors => max_actors;
	/// `Limits::max_message_bytes`: the longest message payload in an inbox or outcome, in bytes.
	MaxMessageBytes => max_message_bytes;
	/// `Limits::max_messages`: the most messages a pending outcome carries.
	MaxMessages => max_messages;
	/// `Limits::max_events`: the most events a pending outcome carries.
	MaxEvents => max_events;
	/// `Limits::max_event_topics`: the most topics of a stored event.
	MaxEventTopics => max_event_topics;
	/// `Limits::max_event_bytes`: the longest data of a stored event, in bytes.
	MaxEventBytes => max_event_bytes;
	/// `Limits::max_transfers`: the most payments a pending outcome carries.
	MaxTransfers => max_transfers;
}

impl<T: Config> Pallet<T> {
	/// The longest APoV encoding `submit_apov` accepts, in bytes: `Limits::max_apov_bytes`, at most the
	/// normal-class block length (`frame_system::Config::BlockLength`), the most one extrinsic can carry. The
	/// `ActorsApi` dry run, which no block bounds, enforces it too, so validation's memory is bounded the same
	/// way in both.
	pub fn max_apov_bytes() -> u32 {
		Self::limits().max_apov_bytes
	}

	/// The most bytes a block carries for `class` (`frame_system::Config::BlockLength`; for `Mandatory`, the
	/// whole block).
	pub(crate) fn block_length(class: DispatchClass) -> u32 {
		*<T as frame_system::Config>::BlockLength::get().max.get(class)
	}

	/// The vm limits this chain enforces: [`Config::Limits`], with `max_apov_bytes` lowered to
	/// [`Self::max_apov_bytes`] (what one extrinsic can carry).
	pub fn limits() -> Limits {
		let limits = T::Limits::get();
		Limits {
			max_apov_bytes: limits.max_apov_bytes.min(Self::block_length(DispatchClass::Normal)),
			..limits
		}
	}

	/// A machine with this chain's limits. Sequencers must use the same limits ([`Self::limits`]).
	pub fn machine() -> Machine {
		Machine::new(Self::limits())
	}

	/// An upper bound, in bytes, of the runtime heap one `submit_apov` at the limits needs, as `integrity_test`
	/// checks it. The runtime's allocator (`sp-allocator`'s freeing-bump allocator) rounds every allocation up
	/// to a power of two and never merges freed blocks, so each buffer counts rounded up. Per actor: its instance
	/// memory (`Limits::max_memory_pages` pages of 64 KiB), 4 × `Limits::max_code_bytes` for the code and its compiled module, and the
	/// expansion of a delta `post` (at most `Limits::max_slab_bytes`). Once: the decoded APoV's slabs (at most
	/// [`Self::max_apov_bytes`], twice for the rounding of each slab), the extrinsic re-encoded by
	/// `frame-executive` (`max_apov_bytes`, rounded), the encoded block (the whole block length, rounded), and
	/// the witness's index and copy (`Limits::max_witness_items` preimages of `max_witness_bytes` together).
	/// Validation compares full posts in place (`coreplay_vm::validate_pov`), so no other snapshot-sized buffer
	/// is built per actor.
	pub fn validation_memory_bound() -> u64 {
		let rounded = |bytes: u64| bytes.next_power_of_two();
		let limits = Self::limits();
		let per_actor = rounded(u64::from(limits.max_memory_pages) * 65_536)
			+ 4 * rounded(u64::from(limits.max_code_bytes))
			+ rounded(u64::from(limits.max_slab_bytes));
		let apov = u64::from(limits.max_apov_bytes);
		let block = u64::from(Self::block_length(DispatchClass::Mandatory));
		// The witness: the vm's copy of its preimages (each allocation rounded up to a power of two, so at most
		// twice its bytes, and at least 8 bytes), beside the decoded ones counted with the APoV; per preimage, a
		// `Vec` in the decoded APoV (24 bytes at most, on any host) and an entry of the vm's index (its hash and
		// a `Vec`: 56 bytes at most), each array rounded.
		let (items, witness_bytes) =
			(u64::from(limits.max_witness_items), u64::from(limits.max_witness_bytes));
		// And `lookup`'s copy of a preimage in the reply buffer of each frame on the call stack.
		let replies = u64::from(limits.max_call_depth) * rounded(witness_bytes);
		let witness =
			2 * witness_bytes + 8 * items + rounded(24 * items) + rounded(56 * items) + replies;
		per_actor * u64::from(limits.max_actors)
			+ 2 * apov
			+ rounded(apov)
			+ rounded(block)
			+ witness
	}

	pub(crate) fn now() -> u32 {
		frame_system::Pallet::<T>::block_number().saturated_into()
	}
}
