// This file is part of Coreplay. SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_actors`, generated from its benchmarks (`src/benchmarking.rs`) by `scripts/weights.sh`.
//!
//! frame-benchmarking-cli 64.0.0 on 2026-12-05: 20 steps, 30 repeats, Wasm execution
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
//!   --steps
//!   20
//!   --repeat
//!   30
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
	fn upload_code(c: u32, f: u32, ) -> Weight {
		// Measured proof size: 109 bytes; minimum execution time: 5_796_941 ns.
		Weight::from_parts(0, 3593)
			.saturating_add(Weight::from_parts(47_265, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_452_067, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		// Measured proof size: 312 bytes; minimum execution time: 37_042 ns.
		Weight::from_parts(39_400_000, 3593)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn create_actor(a: u32, ) -> Weight {
		// Measured proof size: 261501 bytes; minimum execution time: 743_288 ns.
		Weight::from_parts(784_088_078, 265645)
			.saturating_add(Weight::from_parts(107, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		// Measured proof size: 86 bytes; minimum execution time: 161_327 ns.
		Weight::from_parts(6_794_768, 1550)
			.saturating_add(Weight::from_parts(51_835_250, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(111_537, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		// Measured proof size: 459 bytes; minimum execution time: 295_181 ns.
		Weight::from_parts(35_734_777, 266007)
			.saturating_add(Weight::from_parts(243_065_611, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		// Measured proof size: 459 bytes; minimum execution time: 295_419 ns.
		Weight::from_parts(311_745_764, 266007)
			.saturating_add(Weight::from_parts(17_103_529, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn expand_post(k: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 314 ns.
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(74_518_950, 0).saturating_mul(k.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		// Measured proof size: 525 bytes; minimum execution time: 53_342 ns.
		Weight::from_parts(46_907_333, 1056216)
			.saturating_add(Weight::from_parts(10_284_833, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		// Measured proof size: 343 bytes; minimum execution time: 238_685 ns.
		Weight::from_parts(66_194_708, 266007)
			.saturating_add(Weight::from_parts(893, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_313_795, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn code_links(i: u32, e: u32, x: u32, ) -> Weight {
		// Measured proof size: 472 bytes; minimum execution time: 141_404 ns.
		Weight::from_parts(62_071_965, 266007)
			.saturating_add(Weight::from_parts(604_125, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(2_694_884, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(26_356, 0).saturating_mul(x.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn witness(p: u32, k: u32, ) -> Weight {
		// Measured proof size: 452 bytes; minimum execution time: 575_354 ns.
		Weight::from_parts(105_306_777, 266007)
			.saturating_add(Weight::from_parts(516_136, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(2_380_333, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		// Measured proof size: 479 bytes; minimum execution time: 81_476 ns.
		Weight::from_parts(90_237_854, 266007)
			.saturating_add(Weight::from_parts(512_004, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		// Measured proof size: 216589 bytes; minimum execution time: 248_139 ns.
		Weight::from_parts(258_996_840, 266007)
			.saturating_add(Weight::from_parts(359_088, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel(k: u32, ) -> Weight {
		// Measured proof size: 452 bytes; minimum execution time: 74_162 ns.
		Weight::from_parts(76_562_412, 266007)
			.saturating_add(Weight::from_parts(882_381, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same figures with `RocksDbWeight` for storage, for tests and mocks.
impl WeightInfo for () {
	fn upload_code(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(0, 3593)
			.saturating_add(Weight::from_parts(47_265, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_452_067, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		Weight::from_parts(39_400_000, 3593)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn create_actor(a: u32, ) -> Weight {
		Weight::from_parts(784_088_078, 265645)
			.saturating_add(Weight::from_parts(107, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		Weight::from_parts(6_794_768, 1550)
			.saturating_add(Weight::from_parts(51_835_250, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(111_537, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		Weight::from_parts(35_734_777, 266007)
			.saturating_add(Weight::from_parts(243_065_611, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		Weight::from_parts(311_745_764, 266007)
			.saturating_add(Weight::from_parts(17_103_529, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn expand_post(k: u32, ) -> Weight {
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(74_518_950, 0).saturating_mul(k.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		Weight::from_parts(46_907_333, 1056216)
			.saturating_add(Weight::from_parts(10_284_833, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(5))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(66_194_708, 266007)
			.saturating_add(Weight::from_parts(893, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_313_795, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn code_links(i: u32, e: u32, x: u32, ) -> Weight {
		Weight::from_parts(62_071_965, 266007)
			.saturating_add(Weight::from_parts(604_125, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(2_694_884, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(26_356, 0).saturating_mul(x.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn witness(p: u32, k: u32, ) -> Weight {
		Weight::from_parts(105_306_777, 266007)
			.saturating_add(Weight::from_parts(516_136, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(2_380_333, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		Weight::from_parts(90_237_854, 266007)
			.saturating_add(Weight::from_parts(512_004, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		Weight::from_parts(258_996_840, 266007)
			.saturating_add(Weight::from_parts(359_088, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel(k: u32, ) -> Weight {
		Weight::from_parts(76_562_412, 266007)
			.saturating_add(Weight::from_parts(882_381, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
}
