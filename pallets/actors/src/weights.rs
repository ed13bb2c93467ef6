// This file is part of Coreplay. SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_actors`, generated from its benchmarks (`src/benchmarking.rs`) by `scripts/weights.sh`.
//!
//! frame-benchmarking-cli 64.0.0 on 2026-12-06: 20 steps, 30 repeats, Wasm execution
//! `Compiled`, host `vm` (CPU `AMD EPYC`).
//! Do not edit: change the benchmarks or `.maintain/weight-template.hbs`, then run `scripts/weights.sh`.
//!
//! Command (`scripts/weights.sh` runs one such process per benchmark and joins their functions):
//!   /root/.cache/coreplay/omni/bin/frame-omni-bencher
//!   v1
//!   benchmark
//!   pallet
//!   --runtime
//!   /tmp/bench-head.wasm
//!   --pallet
//!   pallet_actors
//!   --extrinsic
//!   admit
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
//!   /tmp/tmp.Wiyg70WLlJ/001.rs

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
	fn admit(g: u32, ) -> Weight {
		// Measured proof size: 523 bytes; minimum execution time: 7_822 ns.
		Weight::from_parts(19_057_500, 6086)
			.saturating_add(Weight::from_parts(15_683_500, 0).saturating_mul(g.into()))
			.saturating_add(Weight::from_parts(0, 6699).saturating_mul(g.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(g.into())))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn apply_messages(c: u32, m: u32, k: u32, ) -> Weight {
		// Measured proof size: 1241 bytes; minimum execution time: 4_025_524 ns.
		Weight::from_parts(0, 1054615)
			.saturating_add(Weight::from_parts(26_977_930, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(24_346_126, 0).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(26_658_111, 0).saturating_mul(k.into()))
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
	fn apply_transfers(t: u32, ) -> Weight {
		// Measured proof size: 134 bytes; minimum execution time: 300 ns.
		Weight::from_parts(7_731_000, 3593)
			.saturating_add(Weight::from_parts(43_685_000, 0).saturating_mul(t.into()))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(t.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(t.into())))
	}
	fn code_links(i: u32, e: u32, x: u32, ) -> Weight {
		// Measured proof size: 565 bytes; minimum execution time: 216_030 ns.
		Weight::from_parts(99_938_852, 265645)
			.saturating_add(Weight::from_parts(1_101_647, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(3_774_347, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(55_878, 0).saturating_mul(x.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		// Measured proof size: 436 bytes; minimum execution time: 409_158 ns.
		Weight::from_parts(0, 265645)
			.saturating_add(Weight::from_parts(3_608, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(3_921_950, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn create_actor(_a: u32, ) -> Weight {
		// Measured proof size: 261797 bytes; minimum execution time: 774_259 ns.
		Weight::from_parts(869_563_367, 265645)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	fn deposit_events(e: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 160 ns.
		Weight::from_parts(721_804, 0)
			.saturating_add(Weight::from_parts(2_429_487, 0).saturating_mul(e.into()))
	}
	fn expand_post(p: u32, d: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 438_010 ns.
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(37_125_000, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(99_909_076, 0).saturating_mul(d.into()))
	}
	fn fix_rotation(s: u32, ) -> Weight {
		// Measured proof size: 100 bytes; minimum execution time: 10_836 ns.
		Weight::from_parts(13_301_250, 2510)
			.saturating_add(Weight::from_parts(149_375, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fresh_pages(p: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 170 ns.
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(23_445_294, 0).saturating_mul(p.into()))
	}
	fn fuel(k: u32, ) -> Weight {
		// Measured proof size: 545 bytes; minimum execution time: 126_198 ns.
		Weight::from_parts(172_382_829, 265645)
			.saturating_add(Weight::from_parts(1_000_682, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_call_indirect(k: u32, ) -> Weight {
		// Measured proof size: 569 bytes; minimum execution time: 132_226 ns.
		Weight::from_parts(359_600_223, 265645)
			.saturating_add(Weight::from_parts(952_660, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		// Measured proof size: 551 bytes; minimum execution time: 126_007 ns.
		Weight::from_parts(129_898_851, 265645)
			.saturating_add(Weight::from_parts(1_076_361, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		// Measured proof size: 216682 bytes; minimum execution time: 466_121 ns.
		Weight::from_parts(488_946_000, 265645)
			.saturating_add(Weight::from_parts(1_011_803, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_locals(k: u32, ) -> Weight {
		// Measured proof size: 554 bytes; minimum execution time: 130_093 ns.
		Weight::from_parts(137_336_048, 265645)
			.saturating_add(Weight::from_parts(663_391, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn leave_sequencer() -> Weight {
		// Measured proof size: 1688 bytes; minimum execution time: 19_088 ns.
		Weight::from_parts(25_869_000, 3538)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn pending_check(n: u32, ) -> Weight {
		// Measured proof size: 701 bytes; minimum execution time: 78_787 ns.
		Weight::from_parts(70_110_666, 1054615)
			.saturating_add(Weight::from_parts(13_406_666, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 2662).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn register_sequencer() -> Weight {
		// Measured proof size: 2096 bytes; minimum execution time: 62_983 ns.
		Weight::from_parts(67_991_000, 3604)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn release_account_messages(a: u32, ) -> Weight {
		// Measured proof size: 339 bytes; minimum execution time: 240 ns.
		Weight::from_parts(4_245_000, 3481)
			.saturating_add(Weight::from_parts(40_131_600, 0).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(0, 2614).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(a.into())))
	}
	fn remove_actor() -> Weight {
		// Measured proof size: 276199 bytes; minimum execution time: 1_809_515 ns.
		Weight::from_parts(1_985_947_000, 429726)
			.saturating_add(T::DbWeight::get().reads(198))
			.saturating_add(T::DbWeight::get().writes(199))
	}
	fn remove_code() -> Weight {
		// Measured proof size: 449 bytes; minimum execution time: 49_603 ns.
		Weight::from_parts(52_958_000, 3604)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn send_message(_b: u32, ) -> Weight {
		// Measured proof size: 1711 bytes; minimum execution time: 128_310 ns.
		Weight::from_parts(140_514_134, 6196)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	fn set_affinity() -> Weight {
		// Measured proof size: 335 bytes; minimum execution time: 15_273 ns.
		Weight::from_parts(16_515_000, 3652)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn set_payee() -> Weight {
		// Measured proof size: 335 bytes; minimum execution time: 14_631 ns.
		Weight::from_parts(15_804_000, 3652)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn signed_calls_ecdsa(s: u32, ) -> Weight {
		// Measured proof size: 599 bytes; minimum execution time: 109_362 ns.
		Weight::from_parts(176_130_340, 265645)
			.saturating_add(Weight::from_parts(50_314_886, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_ed25519(s: u32, ) -> Weight {
		// Measured proof size: 599 bytes; minimum execution time: 109_552 ns.
		Weight::from_parts(173_435_000, 265645)
			.saturating_add(Weight::from_parts(46_777_833, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_sr25519(s: u32, ) -> Weight {
		// Measured proof size: 599 bytes; minimum execution time: 109_322 ns.
		Weight::from_parts(181_336_823, 265645)
			.saturating_add(Weight::from_parts(48_420_117, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		// Measured proof size: 552 bytes; minimum execution time: 305_663 ns.
		Weight::from_parts(100_464_473, 265645)
			.saturating_add(Weight::from_parts(215_557_263, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		// Measured proof size: 152 bytes; minimum execution time: 345_472 ns.
		Weight::from_parts(38_867_992, 4534)
			.saturating_add(Weight::from_parts(66_218_000, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(251_919, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 264655).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn submit_apov_fixed() -> Weight {
		// Measured proof size: 545 bytes; minimum execution time: 128_690 ns.
		Weight::from_parts(149_352_000, 265645)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn upload_code(c: u32, f: u32, ) -> Weight {
		// Measured proof size: 267 bytes; minimum execution time: 7_745_083 ns.
		Weight::from_parts(305_446_004, 3604)
			.saturating_add(Weight::from_parts(68_525, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_896_153, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn withdraw_bond() -> Weight {
		// Measured proof size: 403 bytes; minimum execution time: 48_092 ns.
		Weight::from_parts(50_495_000, 3604)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn witness(p: u32, k: u32, ) -> Weight {
		// Measured proof size: 545 bytes; minimum execution time: 1_411_534 ns.
		Weight::from_parts(0, 265645)
			.saturating_add(Weight::from_parts(1_466_530, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(7_944_083, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		// Measured proof size: 552 bytes; minimum execution time: 305_703 ns.
		Weight::from_parts(337_393_384, 265645)
			.saturating_add(Weight::from_parts(17_378_846, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same figures with `RocksDbWeight` for storage, for tests and mocks.
impl WeightInfo for () {
	fn admit(g: u32, ) -> Weight {
		Weight::from_parts(19_057_500, 6086)
			.saturating_add(Weight::from_parts(15_683_500, 0).saturating_mul(g.into()))
			.saturating_add(Weight::from_parts(0, 6699).saturating_mul(g.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(g.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn apply_messages(c: u32, m: u32, k: u32, ) -> Weight {
		Weight::from_parts(0, 1054615)
			.saturating_add(Weight::from_parts(26_977_930, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(24_346_126, 0).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(26_658_111, 0).saturating_mul(k.into()))
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
	fn apply_transfers(t: u32, ) -> Weight {
		Weight::from_parts(7_731_000, 3593)
			.saturating_add(Weight::from_parts(43_685_000, 0).saturating_mul(t.into()))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(t.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(t.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(t.into())))
	}
	fn code_links(i: u32, e: u32, x: u32, ) -> Weight {
		Weight::from_parts(99_938_852, 265645)
			.saturating_add(Weight::from_parts(1_101_647, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(3_774_347, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(55_878, 0).saturating_mul(x.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(0, 265645)
			.saturating_add(Weight::from_parts(3_608, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(3_921_950, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn create_actor(_a: u32, ) -> Weight {
		Weight::from_parts(869_563_367, 265645)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn deposit_events(e: u32, ) -> Weight {
		Weight::from_parts(721_804, 0)
			.saturating_add(Weight::from_parts(2_429_487, 0).saturating_mul(e.into()))
	}
	fn expand_post(p: u32, d: u32, ) -> Weight {
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(37_125_000, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(99_909_076, 0).saturating_mul(d.into()))
	}
	fn fix_rotation(s: u32, ) -> Weight {
		Weight::from_parts(13_301_250, 2510)
			.saturating_add(Weight::from_parts(149_375, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fresh_pages(p: u32, ) -> Weight {
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(23_445_294, 0).saturating_mul(p.into()))
	}
	fn fuel(k: u32, ) -> Weight {
		Weight::from_parts(172_382_829, 265645)
			.saturating_add(Weight::from_parts(1_000_682, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_call_indirect(k: u32, ) -> Weight {
		Weight::from_parts(359_600_223, 265645)
			.saturating_add(Weight::from_parts(952_660, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		Weight::from_parts(129_898_851, 265645)
			.saturating_add(Weight::from_parts(1_076_361, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		Weight::from_parts(488_946_000, 265645)
			.saturating_add(Weight::from_parts(1_011_803, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_locals(k: u32, ) -> Weight {
		Weight::from_parts(137_336_048, 265645)
			.saturating_add(Weight::from_parts(663_391, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn leave_sequencer() -> Weight {
		Weight::from_parts(25_869_000, 3538)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn pending_check(n: u32, ) -> Weight {
		Weight::from_parts(70_110_666, 1054615)
			.saturating_add(Weight::from_parts(13_406_666, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 2662).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(5))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn register_sequencer() -> Weight {
		Weight::from_parts(67_991_000, 3604)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn release_account_messages(a: u32, ) -> Weight {
		Weight::from_parts(4_245_000, 3481)
			.saturating_add(Weight::from_parts(40_131_600, 0).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(0, 2614).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(a.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(a.into())))
	}
	fn remove_actor() -> Weight {
		Weight::from_parts(1_985_947_000, 429726)
			.saturating_add(RocksDbWeight::get().reads(198))
			.saturating_add(RocksDbWeight::get().writes(199))
	}
	fn remove_code() -> Weight {
		Weight::from_parts(52_958_000, 3604)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn send_message(_b: u32, ) -> Weight {
		Weight::from_parts(140_514_134, 6196)
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn set_affinity() -> Weight {
		Weight::from_parts(16_515_000, 3652)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_payee() -> Weight {
		Weight::from_parts(15_804_000, 3652)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn signed_calls_ecdsa(s: u32, ) -> Weight {
		Weight::from_parts(176_130_340, 265645)
			.saturating_add(Weight::from_parts(50_314_886, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_ed25519(s: u32, ) -> Weight {
		Weight::from_parts(173_435_000, 265645)
			.saturating_add(Weight::from_parts(46_777_833, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_sr25519(s: u32, ) -> Weight {
		Weight::from_parts(181_336_823, 265645)
			.saturating_add(Weight::from_parts(48_420_117, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		Weight::from_parts(100_464_473, 265645)
			.saturating_add(Weight::from_parts(215_557_263, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		Weight::from_parts(38_867_992, 4534)
			.saturating_add(Weight::from_parts(66_218_000, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(251_919, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 264655).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn submit_apov_fixed() -> Weight {
		Weight::from_parts(149_352_000, 265645)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn upload_code(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(305_446_004, 3604)
			.saturating_add(Weight::from_parts(68_525, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_896_153, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn withdraw_bond() -> Weight {
		Weight::from_parts(50_495_000, 3604)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn witness(p: u32, k: u32, ) -> Weight {
		Weight::from_parts(0, 265645)
			.saturating_add(Weight::from_parts(1_466_530, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(7_944_083, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		Weight::from_parts(337_393_384, 265645)
			.saturating_add(Weight::from_parts(17_378_846, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
}
