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
		// Measured proof size: 109 bytes; minimum execution time: 6_172_244 ns.
		Weight::from_parts(84_730_746, 3593)
			.saturating_add(Weight::from_parts(55_082, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_554_944, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		// Measured proof size: 312 bytes; minimum execution time: 42_398 ns.
		Weight::from_parts(45_297_000, 3593)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn remove_actor() -> Weight {
		// Measured proof size: 5030 bytes; minimum execution time: 232_490 ns.
		Weight::from_parts(244_183_000, 423454)
			.saturating_add(T::DbWeight::get().reads(133))
			.saturating_add(T::DbWeight::get().writes(134))
	}
	fn create_actor(a: u32, ) -> Weight {
		// Measured proof size: 261659 bytes; minimum execution time: 859_805 ns.
		Weight::from_parts(895_446_837, 265645)
			.saturating_add(Weight::from_parts(391, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		// Measured proof size: 86 bytes; minimum execution time: 187_004 ns.
		Weight::from_parts(10_528_242, 1550)
			.saturating_add(Weight::from_parts(62_380_333, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(125_485, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 264655).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn submit_apov_fixed() -> Weight {
		// Measured proof size: 468 bytes; minimum execution time: 77_237 ns.
		Weight::from_parts(84_162_000, 265645)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		// Measured proof size: 475 bytes; minimum execution time: 337_069 ns.
		Weight::from_parts(0, 265645)
			.saturating_add(Weight::from_parts(295_634_642, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		// Measured proof size: 475 bytes; minimum execution time: 338_953 ns.
		Weight::from_parts(357_990_000, 265645)
			.saturating_add(Weight::from_parts(18_836_466, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn expand_post(k: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 371 ns.
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(83_070_000, 0).saturating_mul(k.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		// Measured proof size: 550 bytes; minimum execution time: 64_342 ns.
		Weight::from_parts(57_942_000, 1054615)
			.saturating_add(Weight::from_parts(11_850_000, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 2611).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn apply_messages(c: u32, m: u32, k: u32, ) -> Weight {
		// Measured proof size: 1054 bytes; minimum execution time: 3_666_107 ns.
		Weight::from_parts(0, 1054615)
			.saturating_add(Weight::from_parts(25_742_000, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(18_508_555, 0).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(24_211_450, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(0, 6601).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2611).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(0, 2611).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(9))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(k.into())))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		// Measured proof size: 359 bytes; minimum execution time: 300_892 ns.
		Weight::from_parts(110_175_674, 265645)
			.saturating_add(Weight::from_parts(1_235, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_442_095, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn code_links(i: u32, e: u32, x: u32, ) -> Weight {
		// Measured proof size: 488 bytes; minimum execution time: 166_140 ns.
		Weight::from_parts(74_460_361, 265645)
			.saturating_add(Weight::from_parts(856_808, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(3_223_650, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(31_751, 0).saturating_mul(x.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn witness(p: u32, k: u32, ) -> Weight {
		// Measured proof size: 468 bytes; minimum execution time: 676_310 ns.
		Weight::from_parts(145_523_733, 265645)
			.saturating_add(Weight::from_parts(569_938, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(2_861_358, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		// Measured proof size: 495 bytes; minimum execution time: 92_537 ns.
		Weight::from_parts(107_736_031, 265645)
			.saturating_add(Weight::from_parts(594_539, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		// Measured proof size: 216605 bytes; minimum execution time: 311_333 ns.
		Weight::from_parts(339_361_154, 265645)
			.saturating_add(Weight::from_parts(420_113, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel(k: u32, ) -> Weight {
		// Measured proof size: 468 bytes; minimum execution time: 86_945 ns.
		Weight::from_parts(110_069_018, 265645)
			.saturating_add(Weight::from_parts(1_026_394, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same figures with `RocksDbWeight` for storage, for tests and mocks.
impl WeightInfo for () {
	fn upload_code(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(84_730_746, 3593)
			.saturating_add(Weight::from_parts(55_082, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_554_944, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		Weight::from_parts(45_297_000, 3593)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn remove_actor() -> Weight {
		Weight::from_parts(244_183_000, 423454)
			.saturating_add(RocksDbWeight::get().reads(133))
			.saturating_add(RocksDbWeight::get().writes(134))
	}
	fn create_actor(a: u32, ) -> Weight {
		Weight::from_parts(895_446_837, 265645)
			.saturating_add(Weight::from_parts(391, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		Weight::from_parts(10_528_242, 1550)
			.saturating_add(Weight::from_parts(62_380_333, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(125_485, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 264655).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn submit_apov_fixed() -> Weight {
		Weight::from_parts(84_162_000, 265645)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		Weight::from_parts(0, 265645)
			.saturating_add(Weight::from_parts(295_634_642, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		Weight::from_parts(357_990_000, 265645)
			.saturating_add(Weight::from_parts(18_836_466, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn expand_post(k: u32, ) -> Weight {
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(83_070_000, 0).saturating_mul(k.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		Weight::from_parts(57_942_000, 1054615)
			.saturating_add(Weight::from_parts(11_850_000, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 2611).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(5))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn apply_messages(c: u32, m: u32, k: u32, ) -> Weight {
		Weight::from_parts(0, 1054615)
			.saturating_add(Weight::from_parts(25_742_000, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(18_508_555, 0).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(24_211_450, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(0, 6601).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2611).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(0, 2611).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(k.into())))
			.saturating_add(RocksDbWeight::get().writes(9))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(k.into())))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(110_175_674, 265645)
			.saturating_add(Weight::from_parts(1_235, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_442_095, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn code_links(i: u32, e: u32, x: u32, ) -> Weight {
		Weight::from_parts(74_460_361, 265645)
			.saturating_add(Weight::from_parts(856_808, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(3_223_650, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(31_751, 0).saturating_mul(x.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn witness(p: u32, k: u32, ) -> Weight {
		Weight::from_parts(145_523_733, 265645)
			.saturating_add(Weight::from_parts(569_938, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(2_861_358, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		Weight::from_parts(107_736_031, 265645)
			.saturating_add(Weight::from_parts(594_539, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		Weight::from_parts(339_361_154, 265645)
			.saturating_add(Weight::from_parts(420_113, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel(k: u32, ) -> Weight {
		Weight::from_parts(110_069_018, 265645)
			.saturating_add(Weight::from_parts(1_026_394, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
}
