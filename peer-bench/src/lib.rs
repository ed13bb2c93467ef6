//! The peer of issue 8 (`docs/performance.md`, "The peer"), benchmarked inside the runtime beside
//! `pallet_actors`' `fuel`: the same loop, run by wasmi 0.32.3 configured as pallet-contracts 51 runs contracts.
//! Not a weight: nothing charges it, and no production runtime needs this crate. A benchmark-only pseudo-pallet
//! (model: `frame_benchmarking::baseline` and `frame-system-benchmarking`): a `Config` with nothing in it, a
//! `Pallet` that is not in `construct_runtime!`, listed in the runtime's `define_benchmarks!` under
//! `runtime-benchmarks` only. `scripts/bench.sh` runs it with frame-omni-bencher.
#![cfg_attr(not(feature = "std"), no_std)]

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;

/// The pseudo-pallet the benchmark is defined on.
pub struct Pallet<T: Config>(frame_system::Pallet<T>);

/// Nothing to configure: any runtime with `frame_system` can run the benchmark.
pub trait Config: frame_system::Config {}
