//! Weights for `pallet_actors`.
//!
//! NOT YET GENERATED: these are hand estimates (the fuel figure from the in-runtime speed measured in
//! `../shared/DESIGN-NOTES.md`, about 100 ms per 2 M loop steps), placeholders until `scripts/weights.sh`
//! (frame-omni-bencher 0.28.0 with `.maintain/weight-template.hbs`) replaces this file with figures from
//! `benchmarking.rs`. `scripts/bench.sh` reads the `fuel` slope below and marks it as a hand estimate while this
//! paragraph is here.

#![allow(unused_parens, unused_imports, reason = "the layout of generated weight files")]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

use crate::WeightInfo;

/// Weights for `pallet_actors` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn upload_code(c: u32) -> Weight {
		// Validation and compilation are linear in the code size.
		Weight::from_parts(60_000_000, 3_600)
			.saturating_add(Weight::from_parts(60_000, 1).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn remove_code() -> Weight {
		Weight::from_parts(40_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn create_actor(a: u32) -> Weight {
		// Compiling the code dominates; it is bounded by `MaxCodeLen`.
		Weight::from_parts(400_000_000, 270_000)
			.saturating_add(Weight::from_parts(2_000, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn submit_apov(n: u32, i: u32, k: u32) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(400_000_000, 270_000).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(200_000, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(128_000_000, 65_536).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
	}
	fn pending_check(n: u32) -> Weight {
		Weight::from_parts(10_000_000, 1_000)
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
	}
	fn fuel(k: u32) -> Weight {
		// About 10 ns per unit of fuel in the runtime (wasmi's portable dispatch under the runtime's executor).
		Weight::from_parts(10_000_000, 0).saturating_mul(k.into())
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn upload_code(c: u32) -> Weight {
		Weight::from_parts(60_000_000, 3_600)
			.saturating_add(Weight::from_parts(60_000, 1).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(2, 3))
	}
	fn remove_code() -> Weight {
		Weight::from_parts(40_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads_writes(2, 3))
	}
	fn create_actor(a: u32) -> Weight {
		Weight::from_parts(400_000_000, 270_000)
			.saturating_add(Weight::from_parts(2_000, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn submit_apov(n: u32, i: u32, k: u32) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(400_000_000, 270_000).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(200_000, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(128_000_000, 65_536).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(4 * u64::from(n), 3 * u64::from(n)))
	}
	fn pending_check(n: u32) -> Weight {
		Weight::from_parts(10_000_000, 1_000)
			.saturating_add(RocksDbWeight::get().reads_writes(3 * u64::from(n), 3 * u64::from(n)))
	}
	fn fuel(k: u32) -> Weight {
		Weight::from_parts(10_000_000, 0).saturating_mul(k.into())
	}
}
