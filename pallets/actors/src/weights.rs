// This file is part of Coreplay. SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_actors`, generated from its benchmarks (`src/benchmarking.rs`) by `scripts/weights.sh`.
//!
//! frame-benchmarking-cli 64.0.0 on 2026-12-01: 20 steps, 10 repeats, Wasm execution
//! `Compiled`, host `vm` (CPU `Intel(R) Xeon(R) Processor`).
//! Do not edit: change the benchmarks or `.maintain/weight-template.hbs`, then run `scripts/weights.sh`.
//!
//! Command:
//!   /root/.cache/coreplay/omni/bin/frame-omni-bencher
//!   v1
//!   benchmark
//!   pallet
//!   --runtime
//!   /root/.cache/coreplay/target/debug/wbuild/coreplay-runtime/coreplay_runtime.wasm
//!   --pallet
//!   pallet_actors
//!   --extrinsic
//!   *
//!   --exclude-extrinsics
//!   pallet_actors::peer_wasmi
//!   --steps
//!   20
//!   --repeat
//!   10
//!   --output-analysis
//!   median-slopes
//!   --template
//!   .maintain/weight-template.hbs
//!   --header
//!   .maintain/HEADER
//!   --output
//!   pallets/actors/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, reason = "the layout of generated weight files")]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

use crate::WeightInfo;

/// The measured weights, with the runtime's `DbWeight` for storage reads and writes.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn upload_code(c: u32, ) -> Weight {
		// Measured proof size: 109 bytes; minimum execution time: 121_125 ns.
		Weight::from_parts(269_951_777, 3593)
			.saturating_add(Weight::from_parts(4_266, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		// Measured proof size: 312 bytes; minimum execution time: 54_053 ns.
		Weight::from_parts(91_005_000, 3593)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn create_actor(a: u32, ) -> Weight {
		// Measured proof size: 261501 bytes; minimum execution time: 1_001_241 ns.
		Weight::from_parts(1_449_776_000, 265645)
			.saturating_add(Weight::from_parts(1_111, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		// Measured proof size: 86 bytes; minimum execution time: 251_751 ns.
		Weight::from_parts(39_646_554, 1550)
			.saturating_add(Weight::from_parts(110_911_666, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(354_002, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		// Measured proof size: 450 bytes; minimum execution time: 654_522 ns.
		Weight::from_parts(256_529_000, 266007)
			.saturating_add(Weight::from_parts(462_551_000, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		// Measured proof size: 455 bytes; minimum execution time: 477_748 ns.
		Weight::from_parts(785_379_400, 266007)
			.saturating_add(Weight::from_parts(36_408_400, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn expand_post(k: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 833 ns.
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(182_798_000, 0).saturating_mul(k.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		// Measured proof size: 217 bytes; minimum execution time: 29_457 ns.
		Weight::from_parts(22_244_000, 1055940)
			.saturating_add(Weight::from_parts(14_426_500, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		// Measured proof size: 460 bytes; minimum execution time: 8_358_273 ns.
		Weight::from_parts(0, 266007)
			.saturating_add(Weight::from_parts(111_636, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(3_594_253, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		// Measured proof size: 457 bytes; minimum execution time: 223_353 ns.
		Weight::from_parts(443_547_562, 266007)
			.saturating_add(Weight::from_parts(1_827_063, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel(k: u32, ) -> Weight {
		// Measured proof size: 448 bytes; minimum execution time: 119_592 ns.
		Weight::from_parts(271_534_821, 266007)
			.saturating_add(Weight::from_parts(1_499_571, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same figures with `RocksDbWeight` for storage, for tests and mocks.
impl WeightInfo for () {
	fn upload_code(c: u32, ) -> Weight {
		Weight::from_parts(269_951_777, 3593)
			.saturating_add(Weight::from_parts(4_266, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		Weight::from_parts(91_005_000, 3593)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn create_actor(a: u32, ) -> Weight {
		Weight::from_parts(1_449_776_000, 265645)
			.saturating_add(Weight::from_parts(1_111, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		Weight::from_parts(39_646_554, 1550)
			.saturating_add(Weight::from_parts(110_911_666, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(354_002, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		Weight::from_parts(256_529_000, 266007)
			.saturating_add(Weight::from_parts(462_551_000, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		Weight::from_parts(785_379_400, 266007)
			.saturating_add(Weight::from_parts(36_408_400, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn expand_post(k: u32, ) -> Weight {
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(182_798_000, 0).saturating_mul(k.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		Weight::from_parts(22_244_000, 1055940)
			.saturating_add(Weight::from_parts(14_426_500, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(0, 266007)
			.saturating_add(Weight::from_parts(111_636, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(3_594_253, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		Weight::from_parts(443_547_562, 266007)
			.saturating_add(Weight::from_parts(1_827_063, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel(k: u32, ) -> Weight {
		Weight::from_parts(271_534_821, 266007)
			.saturating_add(Weight::from_parts(1_499_571, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
}
