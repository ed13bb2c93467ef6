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
		// Measured proof size: 267 bytes; minimum execution time: 7_896_508 ns.
		Weight::from_parts(196_897_522, 3604)
			.saturating_add(Weight::from_parts(68_746, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_910_972, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		// Measured proof size: 449 bytes; minimum execution time: 49_313 ns.
		Weight::from_parts(51_226_000, 3604)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn remove_actor() -> Weight {
		// Measured proof size: 276199 bytes; minimum execution time: 1_781_944 ns.
		Weight::from_parts(1_925_908_000, 429726)
			.saturating_add(T::DbWeight::get().reads(198))
			.saturating_add(T::DbWeight::get().writes(199))
	}
	fn create_actor(a: u32, ) -> Weight {
		// Measured proof size: 261797 bytes; minimum execution time: 1_050_468 ns.
		Weight::from_parts(1_115_227_161, 265645)
			.saturating_add(Weight::from_parts(161, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		// Measured proof size: 152 bytes; minimum execution time: 346_094 ns.
		Weight::from_parts(26_436_574, 4534)
			.saturating_add(Weight::from_parts(68_406_500, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(257_407, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 264655).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn submit_apov_fixed() -> Weight {
		// Measured proof size: 545 bytes; minimum execution time: 107_730 ns.
		Weight::from_parts(111_245_000, 265645)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		// Measured proof size: 552 bytes; minimum execution time: 428_916 ns.
		Weight::from_parts(120_214_210, 265645)
			.saturating_add(Weight::from_parts(320_168_789, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		// Measured proof size: 552 bytes; minimum execution time: 428_035 ns.
		Weight::from_parts(455_136_000, 265645)
			.saturating_add(Weight::from_parts(17_114_689, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn expand_post(p: u32, d: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 435_997 ns.
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(31_610_000, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(100_502_200, 0).saturating_mul(d.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		// Measured proof size: 701 bytes; minimum execution time: 77_895 ns.
		Weight::from_parts(71_096_000, 1054615)
			.saturating_add(Weight::from_parts(12_168_000, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 2662).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn apply_messages(c: u32, m: u32, k: u32, ) -> Weight {
		// Measured proof size: 1241 bytes; minimum execution time: 4_174_375 ns.
		Weight::from_parts(0, 1054615)
			.saturating_add(Weight::from_parts(25_652_566, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(22_853_916, 0).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(27_783_221, 0).saturating_mul(k.into()))
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
		// Measured proof size: 436 bytes; minimum execution time: 429_427 ns.
		Weight::from_parts(526_826_057, 265645)
			.saturating_add(Weight::from_parts(383, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(3_401_711, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn code_links(i: u32, e: u32, x: u32, ) -> Weight {
		// Measured proof size: 565 bytes; minimum execution time: 216_682 ns.
		Weight::from_parts(92_488_928, 265645)
			.saturating_add(Weight::from_parts(1_005_590, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(3_766_500, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(45_903, 0).saturating_mul(x.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn witness(p: u32, k: u32, ) -> Weight {
		// Measured proof size: 545 bytes; minimum execution time: 1_404_224 ns.
		Weight::from_parts(71_310_867, 265645)
			.saturating_add(Weight::from_parts(1_272_710, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(7_822_295, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn signed_calls_sr25519(s: u32, ) -> Weight {
		// Measured proof size: 599 bytes; minimum execution time: 109_222 ns.
		Weight::from_parts(185_022_470, 265645)
			.saturating_add(Weight::from_parts(46_490_117, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_ed25519(s: u32, ) -> Weight {
		// Measured proof size: 599 bytes; minimum execution time: 109_452 ns.
		Weight::from_parts(184_681_441, 265645)
			.saturating_add(Weight::from_parts(46_295_441, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_ecdsa(s: u32, ) -> Weight {
		// Measured proof size: 599 bytes; minimum execution time: 108_942 ns.
		Weight::from_parts(168_220_370, 265645)
			.saturating_add(Weight::from_parts(50_054_481, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn send_message(b: u32, ) -> Weight {
		// Measured proof size: 1711 bytes; minimum execution time: 125_527 ns.
		Weight::from_parts(130_516_126, 6196)
			.saturating_add(Weight::from_parts(543, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	fn release_account_messages(a: u32, ) -> Weight {
		// Measured proof size: 339 bytes; minimum execution time: 260 ns.
		Weight::from_parts(5_281_363, 3481)
			.saturating_add(Weight::from_parts(38_295_909, 0).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(0, 2614).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(a.into())))
	}
	fn apply_transfers(t: u32, ) -> Weight {
		// Measured proof size: 134 bytes; minimum execution time: 350 ns.
		Weight::from_parts(8_019_857, 3593)
			.saturating_add(Weight::from_parts(42_124_714, 0).saturating_mul(t.into()))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(t.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(t.into())))
	}
	fn deposit_events(e: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 170 ns.
		Weight::from_parts(1_456_049, 0)
			.saturating_add(Weight::from_parts(2_332_098, 0).saturating_mul(e.into()))
	}
	fn register_sequencer() -> Weight {
		// Measured proof size: 2096 bytes; minimum execution time: 61_972 ns.
		Weight::from_parts(66_108_000, 3604)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn leave_sequencer() -> Weight {
		// Measured proof size: 1688 bytes; minimum execution time: 18_738 ns.
		Weight::from_parts(23_254_000, 3538)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn withdraw_bond() -> Weight {
		// Measured proof size: 403 bytes; minimum execution time: 47_581 ns.
		Weight::from_parts(49_373_000, 3604)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn set_affinity() -> Weight {
		// Measured proof size: 335 bytes; minimum execution time: 14_802 ns.
		Weight::from_parts(15_894_000, 3652)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn set_payee() -> Weight {
		// Measured proof size: 335 bytes; minimum execution time: 14_381 ns.
		Weight::from_parts(15_373_000, 3652)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn fix_rotation(s: u32, ) -> Weight {
		// Measured proof size: 100 bytes; minimum execution time: 10_826 ns.
		Weight::from_parts(13_514_000, 2510)
			.saturating_add(Weight::from_parts(129_000, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn admit(g: u32, ) -> Weight {
		// Measured proof size: 523 bytes; minimum execution time: 7_641 ns.
		Weight::from_parts(18_108_000, 6086)
			.saturating_add(Weight::from_parts(15_878_500, 0).saturating_mul(g.into()))
			.saturating_add(Weight::from_parts(0, 6699).saturating_mul(g.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(g.into())))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		// Measured proof size: 551 bytes; minimum execution time: 127_018 ns.
		Weight::from_parts(137_614_951, 265645)
			.saturating_add(Weight::from_parts(1_024_596, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_locals(k: u32, ) -> Weight {
		// Measured proof size: 554 bytes; minimum execution time: 131_345 ns.
		Weight::from_parts(148_389_301, 265645)
			.saturating_add(Weight::from_parts(651_698, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_call_indirect(k: u32, ) -> Weight {
		// Measured proof size: 569 bytes; minimum execution time: 134_229 ns.
		Weight::from_parts(150_618_957, 265645)
			.saturating_add(Weight::from_parts(936_042, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		// Measured proof size: 216682 bytes; minimum execution time: 472_451 ns.
		Weight::from_parts(527_190_695, 265645)
			.saturating_add(Weight::from_parts(1_002_228, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel(k: u32, ) -> Weight {
		// Measured proof size: 545 bytes; minimum execution time: 122_963 ns.
		Weight::from_parts(130_964_929, 265645)
			.saturating_add(Weight::from_parts(939_532, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same figures with `RocksDbWeight` for storage, for tests and mocks.
impl WeightInfo for () {
	fn upload_code(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(196_897_522, 3604)
			.saturating_add(Weight::from_parts(68_746, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_910_972, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		Weight::from_parts(51_226_000, 3604)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn remove_actor() -> Weight {
		Weight::from_parts(1_925_908_000, 429726)
			.saturating_add(RocksDbWeight::get().reads(198))
			.saturating_add(RocksDbWeight::get().writes(199))
	}
	fn create_actor(a: u32, ) -> Weight {
		Weight::from_parts(1_115_227_161, 265645)
			.saturating_add(Weight::from_parts(161, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		Weight::from_parts(26_436_574, 4534)
			.saturating_add(Weight::from_parts(68_406_500, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(257_407, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 264655).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn submit_apov_fixed() -> Weight {
		Weight::from_parts(111_245_000, 265645)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		Weight::from_parts(120_214_210, 265645)
			.saturating_add(Weight::from_parts(320_168_789, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		Weight::from_parts(455_136_000, 265645)
			.saturating_add(Weight::from_parts(17_114_689, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn expand_post(p: u32, d: u32, ) -> Weight {
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(31_610_000, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(100_502_200, 0).saturating_mul(d.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		Weight::from_parts(71_096_000, 1054615)
			.saturating_add(Weight::from_parts(12_168_000, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 2662).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(5))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn apply_messages(c: u32, m: u32, k: u32, ) -> Weight {
		Weight::from_parts(0, 1054615)
			.saturating_add(Weight::from_parts(25_652_566, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(22_853_916, 0).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(27_783_221, 0).saturating_mul(k.into()))
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
		Weight::from_parts(526_826_057, 265645)
			.saturating_add(Weight::from_parts(383, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(3_401_711, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn code_links(i: u32, e: u32, x: u32, ) -> Weight {
		Weight::from_parts(92_488_928, 265645)
			.saturating_add(Weight::from_parts(1_005_590, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(3_766_500, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(45_903, 0).saturating_mul(x.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn witness(p: u32, k: u32, ) -> Weight {
		Weight::from_parts(71_310_867, 265645)
			.saturating_add(Weight::from_parts(1_272_710, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(7_822_295, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn signed_calls_sr25519(s: u32, ) -> Weight {
		Weight::from_parts(185_022_470, 265645)
			.saturating_add(Weight::from_parts(46_490_117, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_ed25519(s: u32, ) -> Weight {
		Weight::from_parts(184_681_441, 265645)
			.saturating_add(Weight::from_parts(46_295_441, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_ecdsa(s: u32, ) -> Weight {
		Weight::from_parts(168_220_370, 265645)
			.saturating_add(Weight::from_parts(50_054_481, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn send_message(b: u32, ) -> Weight {
		Weight::from_parts(130_516_126, 6196)
			.saturating_add(Weight::from_parts(543, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn release_account_messages(a: u32, ) -> Weight {
		Weight::from_parts(5_281_363, 3481)
			.saturating_add(Weight::from_parts(38_295_909, 0).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(0, 2614).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(a.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(a.into())))
	}
	fn apply_transfers(t: u32, ) -> Weight {
		Weight::from_parts(8_019_857, 3593)
			.saturating_add(Weight::from_parts(42_124_714, 0).saturating_mul(t.into()))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(t.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(t.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(t.into())))
	}
	fn deposit_events(e: u32, ) -> Weight {
		Weight::from_parts(1_456_049, 0)
			.saturating_add(Weight::from_parts(2_332_098, 0).saturating_mul(e.into()))
	}
	fn register_sequencer() -> Weight {
		Weight::from_parts(66_108_000, 3604)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn leave_sequencer() -> Weight {
		Weight::from_parts(23_254_000, 3538)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn withdraw_bond() -> Weight {
		Weight::from_parts(49_373_000, 3604)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn set_affinity() -> Weight {
		Weight::from_parts(15_894_000, 3652)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_payee() -> Weight {
		Weight::from_parts(15_373_000, 3652)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn fix_rotation(s: u32, ) -> Weight {
		Weight::from_parts(13_514_000, 2510)
			.saturating_add(Weight::from_parts(129_000, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn admit(g: u32, ) -> Weight {
		Weight::from_parts(18_108_000, 6086)
			.saturating_add(Weight::from_parts(15_878_500, 0).saturating_mul(g.into()))
			.saturating_add(Weight::from_parts(0, 6699).saturating_mul(g.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(g.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		Weight::from_parts(137_614_951, 265645)
			.saturating_add(Weight::from_parts(1_024_596, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_locals(k: u32, ) -> Weight {
		Weight::from_parts(148_389_301, 265645)
			.saturating_add(Weight::from_parts(651_698, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_call_indirect(k: u32, ) -> Weight {
		Weight::from_parts(150_618_957, 265645)
			.saturating_add(Weight::from_parts(936_042, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		Weight::from_parts(527_190_695, 265645)
			.saturating_add(Weight::from_parts(1_002_228, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel(k: u32, ) -> Weight {
		Weight::from_parts(130_964_929, 265645)
			.saturating_add(Weight::from_parts(939_532, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
}
