// This file is part of Coreplay. SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_actors`, generated from its benchmarks (`src/benchmarking.rs`) by `scripts/weights.sh`.
//!
//! frame-benchmarking-cli 64.0.0 on 2026-12-06: 20 steps, 30 repeats, Wasm execution
//! `Compiled`, host `vm` (CPU `AMD EPYC`).
//! Do not edit: change the benchmarks or `.maintain/weight-template.hbs`, then run `scripts/weights.sh`.
//!
//! Command:
//!   /root/.cache/coreplay/omni/bin/frame-omni-bencher
//!   v1
//!   benchmark
//!   pallet
//!   --runtime
//!   /tmp/bench-runtime.wasm
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
		// Measured proof size: 267 bytes; minimum execution time: 7_934_364 ns.
		Weight::from_parts(705_064_576, 3604)
			.saturating_add(Weight::from_parts(69_181, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_720_978, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		// Measured proof size: 449 bytes; minimum execution time: 49_574 ns.
		Weight::from_parts(51_637_000, 3604)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn remove_actor() -> Weight {
		// Measured proof size: 276199 bytes; minimum execution time: 1_795_354 ns.
		Weight::from_parts(1_872_999_000, 429726)
			.saturating_add(T::DbWeight::get().reads(198))
			.saturating_add(T::DbWeight::get().writes(199))
	}
	fn create_actor(a: u32, ) -> Weight {
		// Measured proof size: 261797 bytes; minimum execution time: 1_025_491 ns.
		Weight::from_parts(1_101_676_797, 265645)
			.saturating_add(Weight::from_parts(112, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		// Measured proof size: 152 bytes; minimum execution time: 338_993 ns.
		Weight::from_parts(46_672_879, 4534)
			.saturating_add(Weight::from_parts(73_388_500, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(227_657, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 264655).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn submit_apov_fixed() -> Weight {
		// Measured proof size: 545 bytes; minimum execution time: 112_016 ns.
		Weight::from_parts(115_721_000, 265645)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		// Measured proof size: 552 bytes; minimum execution time: 417_129 ns.
		Weight::from_parts(126_801_176, 265645)
			.saturating_add(Weight::from_parts(311_275_411, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		// Measured proof size: 552 bytes; minimum execution time: 414_976 ns.
		Weight::from_parts(454_556_280, 265645)
			.saturating_add(Weight::from_parts(25_240_240, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn expand_post(p: u32, d: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 405_872 ns.
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(28_752_692, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(100_733_250, 0).saturating_mul(d.into()))
	}
	fn fresh_pages(p: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 170 ns.
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(24_583_320, 0).saturating_mul(p.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		// Measured proof size: 701 bytes; minimum execution time: 77_615 ns.
		Weight::from_parts(71_487_000, 1054615)
			.saturating_add(Weight::from_parts(12_418_333, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 2662).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn apply_messages(c: u32, m: u32, k: u32, ) -> Weight {
		// Measured proof size: 1241 bytes; minimum execution time: 4_165_571 ns.
		Weight::from_parts(406_568_400, 1054615)
			.saturating_add(Weight::from_parts(18_812_250, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(20_968_625, 0).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(24_257_950, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(0, 6699).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2662).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(0, 2662).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(9))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(k.into())))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		// Measured proof size: 436 bytes; minimum execution time: 385_382 ns.
		Weight::from_parts(153_120_354, 265645)
			.saturating_add(Weight::from_parts(931, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(3_216_555, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn code_links(i: u32, e: u32, x: u32, ) -> Weight {
		// Measured proof size: 565 bytes; minimum execution time: 220_687 ns.
		Weight::from_parts(106_108_937, 265645)
			.saturating_add(Weight::from_parts(1_014_956, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(3_713_311, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(30_243, 0).saturating_mul(x.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn witness(p: u32, k: u32, ) -> Weight {
		// Measured proof size: 545 bytes; minimum execution time: 1_412_095 ns.
		Weight::from_parts(97_334_162, 265645)
			.saturating_add(Weight::from_parts(1_388_565, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(7_609_693, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn signed_calls_sr25519(s: u32, ) -> Weight {
		// Measured proof size: 599 bytes; minimum execution time: 112_507 ns.
		Weight::from_parts(170_119_000, 265645)
			.saturating_add(Weight::from_parts(49_564_666, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_ed25519(s: u32, ) -> Weight {
		// Measured proof size: 599 bytes; minimum execution time: 112_588 ns.
		Weight::from_parts(163_512_428, 265645)
			.saturating_add(Weight::from_parts(45_447_428, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_ecdsa(s: u32, ) -> Weight {
		// Measured proof size: 599 bytes; minimum execution time: 112_457 ns.
		Weight::from_parts(140_068_000, 265645)
			.saturating_add(Weight::from_parts(49_984_000, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn send_message(b: u32, ) -> Weight {
		// Measured proof size: 1711 bytes; minimum execution time: 125_867 ns.
		Weight::from_parts(129_127_094, 6196)
			.saturating_add(Weight::from_parts(663, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	fn release_account_messages(a: u32, ) -> Weight {
		// Measured proof size: 339 bytes; minimum execution time: 261 ns.
		Weight::from_parts(6_232_800, 3481)
			.saturating_add(Weight::from_parts(38_566_700, 0).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(0, 2614).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(a.into())))
	}
	fn apply_transfers(t: u32, ) -> Weight {
		// Measured proof size: 134 bytes; minimum execution time: 380 ns.
		Weight::from_parts(8_025_916, 3593)
			.saturating_add(Weight::from_parts(42_974_583, 0).saturating_mul(t.into()))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(t.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(t.into())))
	}
	fn deposit_events(e: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 170 ns.
		Weight::from_parts(1_249_900, 0)
			.saturating_add(Weight::from_parts(2_368_850, 0).saturating_mul(e.into()))
	}
	fn register_sequencer() -> Weight {
		// Measured proof size: 2096 bytes; minimum execution time: 62_433 ns.
		Weight::from_parts(65_978_000, 3604)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn leave_sequencer() -> Weight {
		// Measured proof size: 1688 bytes; minimum execution time: 19_168 ns.
		Weight::from_parts(22_313_000, 3538)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn withdraw_bond() -> Weight {
		// Measured proof size: 403 bytes; minimum execution time: 47_701 ns.
		Weight::from_parts(49_764_000, 3604)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn set_affinity() -> Weight {
		// Measured proof size: 335 bytes; minimum execution time: 14_952 ns.
		Weight::from_parts(16_004_000, 3652)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn set_payee() -> Weight {
		// Measured proof size: 335 bytes; minimum execution time: 14_431 ns.
		Weight::from_parts(15_514_000, 3652)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn fix_rotation(s: u32, ) -> Weight {
		// Measured proof size: 100 bytes; minimum execution time: 10_706 ns.
		Weight::from_parts(13_471_400, 2510)
			.saturating_add(Weight::from_parts(133_200, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn admit(g: u32, ) -> Weight {
		// Measured proof size: 523 bytes; minimum execution time: 7_761 ns.
		Weight::from_parts(19_078_000, 6086)
			.saturating_add(Weight::from_parts(15_460_500, 0).saturating_mul(g.into()))
			.saturating_add(Weight::from_parts(0, 6699).saturating_mul(g.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(g.into())))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		// Measured proof size: 551 bytes; minimum execution time: 128_120 ns.
		Weight::from_parts(139_146_098, 265645)
			.saturating_add(Weight::from_parts(781_901, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_locals(k: u32, ) -> Weight {
		// Measured proof size: 554 bytes; minimum execution time: 133_869 ns.
		Weight::from_parts(142_252_356, 265645)
			.saturating_add(Weight::from_parts(1_070_286, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_call_indirect(k: u32, ) -> Weight {
		// Measured proof size: 569 bytes; minimum execution time: 136_413 ns.
		Weight::from_parts(181_790_645, 265645)
			.saturating_add(Weight::from_parts(914_708, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		// Measured proof size: 216682 bytes; minimum execution time: 415_496 ns.
		Weight::from_parts(431_785_586, 265645)
			.saturating_add(Weight::from_parts(1_003_591, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel(k: u32, ) -> Weight {
		// Measured proof size: 545 bytes; minimum execution time: 125_657 ns.
		Weight::from_parts(133_990_189, 265645)
			.saturating_add(Weight::from_parts(660_132, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same figures with `RocksDbWeight` for storage, for tests and mocks.
impl WeightInfo for () {
	fn upload_code(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(705_064_576, 3604)
			.saturating_add(Weight::from_parts(69_181, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_720_978, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		Weight::from_parts(51_637_000, 3604)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn remove_actor() -> Weight {
		Weight::from_parts(1_872_999_000, 429726)
			.saturating_add(RocksDbWeight::get().reads(198))
			.saturating_add(RocksDbWeight::get().writes(199))
	}
	fn create_actor(a: u32, ) -> Weight {
		Weight::from_parts(1_101_676_797, 265645)
			.saturating_add(Weight::from_parts(112, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		Weight::from_parts(46_672_879, 4534)
			.saturating_add(Weight::from_parts(73_388_500, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(227_657, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 264655).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn submit_apov_fixed() -> Weight {
		Weight::from_parts(115_721_000, 265645)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		Weight::from_parts(126_801_176, 265645)
			.saturating_add(Weight::from_parts(311_275_411, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		Weight::from_parts(454_556_280, 265645)
			.saturating_add(Weight::from_parts(25_240_240, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn expand_post(p: u32, d: u32, ) -> Weight {
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(28_752_692, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(100_733_250, 0).saturating_mul(d.into()))
	}
	fn fresh_pages(p: u32, ) -> Weight {
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(24_583_320, 0).saturating_mul(p.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		Weight::from_parts(71_487_000, 1054615)
			.saturating_add(Weight::from_parts(12_418_333, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 2662).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(5))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn apply_messages(c: u32, m: u32, k: u32, ) -> Weight {
		Weight::from_parts(406_568_400, 1054615)
			.saturating_add(Weight::from_parts(18_812_250, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(20_968_625, 0).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(24_257_950, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(0, 6699).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2662).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(0, 2662).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(10))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(k.into())))
			.saturating_add(RocksDbWeight::get().writes(9))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(k.into())))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(153_120_354, 265645)
			.saturating_add(Weight::from_parts(931, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(3_216_555, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn code_links(i: u32, e: u32, x: u32, ) -> Weight {
		Weight::from_parts(106_108_937, 265645)
			.saturating_add(Weight::from_parts(1_014_956, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(3_713_311, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(30_243, 0).saturating_mul(x.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn witness(p: u32, k: u32, ) -> Weight {
		Weight::from_parts(97_334_162, 265645)
			.saturating_add(Weight::from_parts(1_388_565, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(7_609_693, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn signed_calls_sr25519(s: u32, ) -> Weight {
		Weight::from_parts(170_119_000, 265645)
			.saturating_add(Weight::from_parts(49_564_666, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_ed25519(s: u32, ) -> Weight {
		Weight::from_parts(163_512_428, 265645)
			.saturating_add(Weight::from_parts(45_447_428, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_ecdsa(s: u32, ) -> Weight {
		Weight::from_parts(140_068_000, 265645)
			.saturating_add(Weight::from_parts(49_984_000, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn send_message(b: u32, ) -> Weight {
		Weight::from_parts(129_127_094, 6196)
			.saturating_add(Weight::from_parts(663, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn release_account_messages(a: u32, ) -> Weight {
		Weight::from_parts(6_232_800, 3481)
			.saturating_add(Weight::from_parts(38_566_700, 0).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(0, 2614).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(a.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(a.into())))
	}
	fn apply_transfers(t: u32, ) -> Weight {
		Weight::from_parts(8_025_916, 3593)
			.saturating_add(Weight::from_parts(42_974_583, 0).saturating_mul(t.into()))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(t.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(t.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(t.into())))
	}
	fn deposit_events(e: u32, ) -> Weight {
		Weight::from_parts(1_249_900, 0)
			.saturating_add(Weight::from_parts(2_368_850, 0).saturating_mul(e.into()))
	}
	fn register_sequencer() -> Weight {
		Weight::from_parts(65_978_000, 3604)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn leave_sequencer() -> Weight {
		Weight::from_parts(22_313_000, 3538)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn withdraw_bond() -> Weight {
		Weight::from_parts(49_764_000, 3604)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn set_affinity() -> Weight {
		Weight::from_parts(16_004_000, 3652)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_payee() -> Weight {
		Weight::from_parts(15_514_000, 3652)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn fix_rotation(s: u32, ) -> Weight {
		Weight::from_parts(13_471_400, 2510)
			.saturating_add(Weight::from_parts(133_200, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn admit(g: u32, ) -> Weight {
		Weight::from_parts(19_078_000, 6086)
			.saturating_add(Weight::from_parts(15_460_500, 0).saturating_mul(g.into()))
			.saturating_add(Weight::from_parts(0, 6699).saturating_mul(g.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(g.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		Weight::from_parts(139_146_098, 265645)
			.saturating_add(Weight::from_parts(781_901, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_locals(k: u32, ) -> Weight {
		Weight::from_parts(142_252_356, 265645)
			.saturating_add(Weight::from_parts(1_070_286, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_call_indirect(k: u32, ) -> Weight {
		Weight::from_parts(181_790_645, 265645)
			.saturating_add(Weight::from_parts(914_708, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		Weight::from_parts(431_785_586, 265645)
			.saturating_add(Weight::from_parts(1_003_591, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel(k: u32, ) -> Weight {
		Weight::from_parts(133_990_189, 265645)
			.saturating_add(Weight::from_parts(660_132, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
}
