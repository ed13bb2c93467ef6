//! The chain's limits as the vm sees them (`Pallet::limits`, `Pallet::machine`), the APoV length a block can
//! hold, and the runtime memory a validation may use.

use super::*;

impl<T: Config> Pallet<T> {
	/// The longest APoV encoding `submit_apov` accepts, in bytes: the normal-class block length
	/// (`frame_system::Config::BlockLength`), the most one extrinsic can carry. The `ActorsApi` dry run, which no
	/// block bounds, enforces it too, so validation's memory is bounded the same way in both.
	pub fn max_apov_bytes() -> u32 {
		Self::block_length(DispatchClass::Normal)
	}

	/// The most bytes a block carries for `class` (`frame_system::Config::BlockLength`; for `Mandatory`, the
	/// whole block).
	pub(crate) fn block_length(class: DispatchClass) -> u32 {
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

	pub(crate) fn now() -> u32 {
		frame_system::Pallet::<T>::block_number().saturated_into()
	}
}
