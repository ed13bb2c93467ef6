//! The weights `pallet-actors` needs: one function per benchmark in `benchmarking.rs`, implemented by the
//! generated `weights.rs` (`scripts/weights.sh`).

use frame_support::weights::Weight;

/// Weight functions needed for `pallet_actors`.
pub trait WeightInfo {
	/// `upload_code` of `c` bytes.
	fn upload_code(c: u32) -> Weight;
	/// `remove_code`.
	fn remove_code() -> Weight;
	/// `create_actor` with `a` bytes of arguments, fuel excluded.
	fn create_actor(a: u32) -> Weight;
	/// `submit_apov` with `n` slabs, `i` Agenda items and `k` 64 KiB pages in the largest slab, fuel excluded.
	fn submit_apov(n: u32, i: u32, k: u32) -> Weight;
	/// Checking (and canonicalising) one pending APoV of `n` slabs.
	fn pending_check(n: u32) -> Weight;
	/// Executing `k` thousand units of fuel in the in-runtime vm.
	fn fuel(k: u32) -> Weight;
}
