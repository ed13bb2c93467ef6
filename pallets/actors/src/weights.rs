// This file is part of Coreplay. SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_actors`, generated from its benchmarks (`src/benchmarking.rs`) by `scripts/weights.sh`.
//!
//! frame-benchmarking-cli 64.0.0 on 2026-12-06: 20 steps, 30 repeats, Wasm execution
//! `Compiled`, host `vm` (CPU `AMD EPYC`).
//! Do not edit: change the benchmarks or `.maintain/weight-template.hbs`, then run `scripts/weights.sh`.
//! Measured alone, every other weight kept: `fuel_scatter`, by `scripts/weights.sh --only fuel_scatter --steps 20 --repeat 30 --draws 3` on 2026-12-07 (CPU `Intel(R) Xeon(R) Processor`).
//! Measured alone, every other weight kept: `fuel_branches`, by `scripts/weights.sh --only fuel_branches --steps 20 --repeat 30 --draws 3` on 2026-12-07 (CPU `Intel(R) Xeon(R) Processor`).
//! Measured alone, every other weight kept: `fuel_chase`, by `scripts/weights.sh --only fuel_chase --only fuel_branches --steps 20 --repeat 30 --draws 3` on 2026-12-07 (CPU `Intel(R) Xeon(R) Processor`).
//! Measured alone, every other weight kept: `fuel`, `fuel_call_indirect`, `fuel_calls`, `fuel_compile`, `fuel_locals`, by `scripts/weights.sh --only fuel --only fuel_branches --only fuel_calls --only fuel_locals --only fuel_call_indirect --only fuel_compile --steps 20 --repeat 30 --draws 3` on 2026-12-07 (CPU `Intel(R) Xeon(R) Processor`).
//! Measured alone, every other weight kept: `payout_inspector`, by `scripts/weights.sh --only payout_inspector` on 2026-12-06 (CPU `AMD EPYC`).
//!
//! Command (`scripts/weights.sh` runs one such process per benchmark and joins their functions):
//!   /root/.cache/coreplay/omni/bin/frame-omni-bencher
//!   v1
//!   benchmark
//!   pallet
//!   --runtime
//!   /tmp/bench-28.wasm
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
//!   /tmp/tmp.8VATaPC3KY/001.rs

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
		// Measured proof size: 523 bytes; minimum execution time: 7_662 ns.
		Weight::from_parts(18_790_000, 6086)
			.saturating_add(Weight::from_parts(15_799_000, 0).saturating_mul(g.into()))
			.saturating_add(Weight::from_parts(0, 6699).saturating_mul(g.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(g.into())))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn apply_messages(c: u32, m: u32, k: u32, ) -> Weight {
		// Measured proof size: 1241 bytes; minimum execution time: 3_896_081 ns.
		Weight::from_parts(0, 1054615)
			.saturating_add(Weight::from_parts(25_497_327, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(21_686_269, 0).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(28_234_376, 0).saturating_mul(k.into()))
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
		// Measured proof size: 134 bytes; minimum execution time: 360 ns.
		Weight::from_parts(8_429_545, 3593)
			.saturating_add(Weight::from_parts(42_581_363, 0).saturating_mul(t.into()))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(t.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(t.into())))
	}
	fn code_links(i: u32, e: u32, x: u32, ) -> Weight {
		// Measured proof size: 565 bytes; minimum execution time: 219_976 ns.
		Weight::from_parts(92_664_900, 265645)
			.saturating_add(Weight::from_parts(1_040_415, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(3_760_722, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(40_145, 0).saturating_mul(x.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		// Measured proof size: 436 bytes; minimum execution time: 415_196 ns.
		Weight::from_parts(0, 265645)
			.saturating_add(Weight::from_parts(2_029, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(3_457_436, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn create_actor(_a: u32, ) -> Weight {
		// Measured proof size: 261797 bytes; minimum execution time: 762_231 ns.
		Weight::from_parts(849_977_787, 265645)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	fn deposit_events(e: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 160 ns.
		Weight::from_parts(743_468, 0)
			.saturating_add(Weight::from_parts(2_416_476, 0).saturating_mul(e.into()))
	}
	fn expand_post(p: u32, d: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 438_832 ns.
		Weight::from_parts(5_144_333, 0)
			.saturating_add(Weight::from_parts(33_329_000, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(99_717_666, 0).saturating_mul(d.into()))
	}
	fn fix_rotation(s: u32, ) -> Weight {
		// Measured proof size: 100 bytes; minimum execution time: 11_417 ns.
		Weight::from_parts(13_979_160, 2510)
			.saturating_add(Weight::from_parts(185_480, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fresh_pages(p: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 170 ns.
		Weight::from_parts(142_941, 0)
			.saturating_add(Weight::from_parts(23_748_176, 0).saturating_mul(p.into()))
	}
	fn fuel(k: u32, ) -> Weight {
		// Measured proof size: 545 bytes; minimum execution time: 107_132 ns.
		Weight::from_parts(135_659_532, 265645)
			.saturating_add(Weight::from_parts(391_166, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_branches(k: u32, ) -> Weight {
		// Measured proof size: 66502 bytes; minimum execution time: 410_835 ns.
		Weight::from_parts(682_912_475, 265645)
			.saturating_add(Weight::from_parts(632_541, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_chase(k: u32, ) -> Weight {
		// Measured proof size: 731 bytes; minimum execution time: 12_733_115 ns.
		Weight::from_parts(17_176_020_291, 265645)
			.saturating_add(Weight::from_parts(794_793, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_call_indirect(k: u32, ) -> Weight {
		// Measured proof size: 569 bytes; minimum execution time: 113_594 ns.
		Weight::from_parts(166_310_771, 265645)
			.saturating_add(Weight::from_parts(642_381, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		// Measured proof size: 551 bytes; minimum execution time: 109_832 ns.
		Weight::from_parts(198_407_502, 265645)
			.saturating_add(Weight::from_parts(548_915, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		// Measured proof size: 216682 bytes; minimum execution time: 443_212 ns.
		Weight::from_parts(794_026_033, 265645)
			.saturating_add(Weight::from_parts(871_427, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_locals(k: u32, ) -> Weight {
		// Measured proof size: 554 bytes; minimum execution time: 112_634 ns.
		Weight::from_parts(181_818_119, 265645)
			.saturating_add(Weight::from_parts(859_103, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_scatter(k: u32, ) -> Weight {
		// Measured proof size: 1057 bytes; minimum execution time: 11_309_069 ns.
		Weight::from_parts(12_184_614_464, 265645)
			.saturating_add(Weight::from_parts(562_004, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn leave_sequencer() -> Weight {
		// Measured proof size: 1688 bytes; minimum execution time: 19_218 ns.
		Weight::from_parts(23_044_000, 3538)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn payout_inspector(f: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 50_495 ns.
		Weight::from_parts(46_156_736, 0)
			.saturating_add(Weight::from_parts(274_425, 0).saturating_mul(f.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		// Measured proof size: 701 bytes; minimum execution time: 78_226 ns.
		Weight::from_parts(70_459_666, 1054615)
			.saturating_add(Weight::from_parts(12_615_666, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 2662).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn register_sequencer() -> Weight {
		// Measured proof size: 2096 bytes; minimum execution time: 62_082 ns.
		Weight::from_parts(66_679_000, 3604)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn release_account_messages(a: u32, ) -> Weight {
		// Measured proof size: 339 bytes; minimum execution time: 291 ns.
		Weight::from_parts(5_394_583, 3481)
			.saturating_add(Weight::from_parts(38_790_083, 0).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(0, 2614).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(a.into())))
	}
	fn remove_actor() -> Weight {
		// Measured proof size: 276199 bytes; minimum execution time: 1_786_261 ns.
		Weight::from_parts(1_875_032_000, 429726)
			.saturating_add(T::DbWeight::get().reads(198))
			.saturating_add(T::DbWeight::get().writes(199))
	}
	fn remove_code() -> Weight {
		// Measured proof size: 449 bytes; minimum execution time: 50_124 ns.
		Weight::from_parts(52_148_000, 3604)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn send_message(b: u32, ) -> Weight {
		// Measured proof size: 1711 bytes; minimum execution time: 125_686 ns.
		Weight::from_parts(130_534_000, 6196)
			.saturating_add(Weight::from_parts(441, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	fn set_affinity() -> Weight {
		// Measured proof size: 335 bytes; minimum execution time: 15_143 ns.
		Weight::from_parts(16_204_000, 3652)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn set_payee() -> Weight {
		// Measured proof size: 335 bytes; minimum execution time: 14_701 ns.
		Weight::from_parts(15_613_000, 3652)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn signed_calls_ecdsa(s: u32, ) -> Weight {
		// Measured proof size: 599 bytes; minimum execution time: 141_831 ns.
		Weight::from_parts(165_840_133, 265645)
			.saturating_add(Weight::from_parts(50_103_033, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_ed25519(s: u32, ) -> Weight {
		// Measured proof size: 599 bytes; minimum execution time: 109_963 ns.
		Weight::from_parts(180_678_333, 265645)
			.saturating_add(Weight::from_parts(46_301_333, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_sr25519(s: u32, ) -> Weight {
		// Measured proof size: 599 bytes; minimum execution time: 110_864 ns.
		Weight::from_parts(180_922_105, 265645)
			.saturating_add(Weight::from_parts(53_474_087, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		// Measured proof size: 552 bytes; minimum execution time: 307_556 ns.
		Weight::from_parts(98_467_222, 265645)
			.saturating_add(Weight::from_parts(228_102_888, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		// Measured proof size: 152 bytes; minimum execution time: 345_202 ns.
		Weight::from_parts(44_914_416, 4534)
			.saturating_add(Weight::from_parts(67_421_000, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(259_230, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 264655).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn submit_apov_fixed() -> Weight {
		// Measured proof size: 545 bytes; minimum execution time: 234_058 ns.
		Weight::from_parts(242_650_000, 265645)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn upload_code(c: u32, f: u32, ) -> Weight {
		// Measured proof size: 267 bytes; minimum execution time: 7_731_724 ns.
		Weight::from_parts(119_732_919, 3604)
			.saturating_add(Weight::from_parts(70_609, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_884_139, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn withdraw_bond() -> Weight {
		// Measured proof size: 403 bytes; minimum execution time: 47_640 ns.
		Weight::from_parts(49_563_000, 3604)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn witness(p: u32, k: u32, ) -> Weight {
		// Measured proof size: 545 bytes; minimum execution time: 1_425_034 ns.
		Weight::from_parts(0, 265645)
			.saturating_add(Weight::from_parts(1_558_485, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(7_699_850, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		// Measured proof size: 552 bytes; minimum execution time: 323_921 ns.
		Weight::from_parts(334_516_000, 265645)
			.saturating_add(Weight::from_parts(15_970_652, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same figures with `RocksDbWeight` for storage, for tests and mocks.
impl WeightInfo for () {
	fn admit(g: u32, ) -> Weight {
		Weight::from_parts(18_790_000, 6086)
			.saturating_add(Weight::from_parts(15_799_000, 0).saturating_mul(g.into()))
			.saturating_add(Weight::from_parts(0, 6699).saturating_mul(g.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(g.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn apply_messages(c: u32, m: u32, k: u32, ) -> Weight {
		Weight::from_parts(0, 1054615)
			.saturating_add(Weight::from_parts(25_497_327, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(21_686_269, 0).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(28_234_376, 0).saturating_mul(k.into()))
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
		Weight::from_parts(8_429_545, 3593)
			.saturating_add(Weight::from_parts(42_581_363, 0).saturating_mul(t.into()))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(t.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(t.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(t.into())))
	}
	fn code_links(i: u32, e: u32, x: u32, ) -> Weight {
		Weight::from_parts(92_664_900, 265645)
			.saturating_add(Weight::from_parts(1_040_415, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(3_760_722, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(40_145, 0).saturating_mul(x.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(0, 265645)
			.saturating_add(Weight::from_parts(2_029, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(3_457_436, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn create_actor(_a: u32, ) -> Weight {
		Weight::from_parts(849_977_787, 265645)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn deposit_events(e: u32, ) -> Weight {
		Weight::from_parts(743_468, 0)
			.saturating_add(Weight::from_parts(2_416_476, 0).saturating_mul(e.into()))
	}
	fn expand_post(p: u32, d: u32, ) -> Weight {
		Weight::from_parts(5_144_333, 0)
			.saturating_add(Weight::from_parts(33_329_000, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(99_717_666, 0).saturating_mul(d.into()))
	}
	fn fix_rotation(s: u32, ) -> Weight {
		Weight::from_parts(13_979_160, 2510)
			.saturating_add(Weight::from_parts(185_480, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fresh_pages(p: u32, ) -> Weight {
		Weight::from_parts(142_941, 0)
			.saturating_add(Weight::from_parts(23_748_176, 0).saturating_mul(p.into()))
	}
	fn fuel(k: u32, ) -> Weight {
		Weight::from_parts(135_659_532, 265645)
			.saturating_add(Weight::from_parts(391_166, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_branches(k: u32, ) -> Weight {
		Weight::from_parts(682_912_475, 265645)
			.saturating_add(Weight::from_parts(632_541, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_chase(k: u32, ) -> Weight {
		Weight::from_parts(17_176_020_291, 265645)
			.saturating_add(Weight::from_parts(794_793, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_call_indirect(k: u32, ) -> Weight {
		Weight::from_parts(166_310_771, 265645)
			.saturating_add(Weight::from_parts(642_381, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		Weight::from_parts(198_407_502, 265645)
			.saturating_add(Weight::from_parts(548_915, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		Weight::from_parts(794_026_033, 265645)
			.saturating_add(Weight::from_parts(871_427, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_locals(k: u32, ) -> Weight {
		Weight::from_parts(181_818_119, 265645)
			.saturating_add(Weight::from_parts(859_103, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_scatter(k: u32, ) -> Weight {
		Weight::from_parts(12_184_614_464, 265645)
			.saturating_add(Weight::from_parts(562_004, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn leave_sequencer() -> Weight {
		Weight::from_parts(23_044_000, 3538)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn payout_inspector(f: u32, ) -> Weight {
		Weight::from_parts(46_156_736, 0)
			.saturating_add(Weight::from_parts(274_425, 0).saturating_mul(f.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		Weight::from_parts(70_459_666, 1054615)
			.saturating_add(Weight::from_parts(12_615_666, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 2662).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(5))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn register_sequencer() -> Weight {
		Weight::from_parts(66_679_000, 3604)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn release_account_messages(a: u32, ) -> Weight {
		Weight::from_parts(5_394_583, 3481)
			.saturating_add(Weight::from_parts(38_790_083, 0).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(0, 2614).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(a.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(a.into())))
	}
	fn remove_actor() -> Weight {
		Weight::from_parts(1_875_032_000, 429726)
			.saturating_add(RocksDbWeight::get().reads(198))
			.saturating_add(RocksDbWeight::get().writes(199))
	}
	fn remove_code() -> Weight {
		Weight::from_parts(52_148_000, 3604)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn send_message(b: u32, ) -> Weight {
		Weight::from_parts(130_534_000, 6196)
			.saturating_add(Weight::from_parts(441, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn set_affinity() -> Weight {
		Weight::from_parts(16_204_000, 3652)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_payee() -> Weight {
		Weight::from_parts(15_613_000, 3652)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn signed_calls_ecdsa(s: u32, ) -> Weight {
		Weight::from_parts(165_840_133, 265645)
			.saturating_add(Weight::from_parts(50_103_033, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_ed25519(s: u32, ) -> Weight {
		Weight::from_parts(180_678_333, 265645)
			.saturating_add(Weight::from_parts(46_301_333, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_sr25519(s: u32, ) -> Weight {
		Weight::from_parts(180_922_105, 265645)
			.saturating_add(Weight::from_parts(53_474_087, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		Weight::from_parts(98_467_222, 265645)
			.saturating_add(Weight::from_parts(228_102_888, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		Weight::from_parts(44_914_416, 4534)
			.saturating_add(Weight::from_parts(67_421_000, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(259_230, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 264655).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn submit_apov_fixed() -> Weight {
		Weight::from_parts(242_650_000, 265645)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn upload_code(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(119_732_919, 3604)
			.saturating_add(Weight::from_parts(70_609, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_884_139, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn withdraw_bond() -> Weight {
		Weight::from_parts(49_563_000, 3604)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn witness(p: u32, k: u32, ) -> Weight {
		Weight::from_parts(0, 265645)
			.saturating_add(Weight::from_parts(1_558_485, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(7_699_850, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		Weight::from_parts(334_516_000, 265645)
			.saturating_add(Weight::from_parts(15_970_652, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
}
