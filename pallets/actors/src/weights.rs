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
		// Measured proof size: 267 bytes; minimum execution time: 5_635_076 ns.
		Weight::from_parts(145_520_623, 3604)
			.saturating_add(Weight::from_parts(53_028, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_430_254, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		// Measured proof size: 449 bytes; minimum execution time: 38_900 ns.
		Weight::from_parts(43_512_000, 3604)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn remove_actor() -> Weight {
		// Measured proof size: 276199 bytes; minimum execution time: 1_462_341 ns.
		Weight::from_parts(1_639_014_000, 429726)
			.saturating_add(T::DbWeight::get().reads(198))
			.saturating_add(T::DbWeight::get().writes(199))
	}
	fn create_actor(a: u32, ) -> Weight {
		// Measured proof size: 261797 bytes; minimum execution time: 907_664 ns.
		Weight::from_parts(991_756_189, 265645)
			.saturating_add(Weight::from_parts(189, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		// Measured proof size: 152 bytes; minimum execution time: 255_549 ns.
		Weight::from_parts(5_534_953, 4534)
			.saturating_add(Weight::from_parts(62_226_000, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(215_406, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 264655).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn submit_apov_fixed() -> Weight {
		// Measured proof size: 545 bytes; minimum execution time: 78_830 ns.
		Weight::from_parts(85_620_000, 265645)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		// Measured proof size: 552 bytes; minimum execution time: 327_520 ns.
		Weight::from_parts(4_289_333, 265645)
			.saturating_add(Weight::from_parts(269_901_666, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		// Measured proof size: 552 bytes; minimum execution time: 329_448 ns.
		Weight::from_parts(368_836_080, 265645)
			.saturating_add(Weight::from_parts(20_920_640, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn expand_post(k: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 373 ns.
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(82_056_068, 0).saturating_mul(k.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		// Measured proof size: 701 bytes; minimum execution time: 65_716 ns.
		Weight::from_parts(65_157_000, 1054615)
			.saturating_add(Weight::from_parts(11_802_000, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 2662).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn apply_messages(c: u32, m: u32, k: u32, ) -> Weight {
		// Measured proof size: 1241 bytes; minimum execution time: 3_447_967 ns.
		Weight::from_parts(0, 1054615)
			.saturating_add(Weight::from_parts(22_485_379, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(18_605_805, 0).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(27_556_065, 0).saturating_mul(k.into()))
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
	fn code_load(_c: u32, f: u32, ) -> Weight {
		// Measured proof size: 436 bytes; minimum execution time: 411_575 ns.
		Weight::from_parts(430_186_557, 265645)
			.saturating_add(Weight::from_parts(2_781_297, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn code_links(i: u32, e: u32, x: u32, ) -> Weight {
		// Measured proof size: 565 bytes; minimum execution time: 160_060 ns.
		Weight::from_parts(86_251_380, 265645)
			.saturating_add(Weight::from_parts(725_575, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(3_052_545, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(35_851, 0).saturating_mul(x.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn witness(p: u32, k: u32, ) -> Weight {
		// Measured proof size: 545 bytes; minimum execution time: 605_051 ns.
		Weight::from_parts(230_862_186, 265645)
			.saturating_add(Weight::from_parts(427_904, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(2_654_926, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn signed_calls_sr25519(s: u32, ) -> Weight {
		// Measured proof size: 599 bytes; minimum execution time: 81_873 ns.
		Weight::from_parts(109_417_510, 265645)
			.saturating_add(Weight::from_parts(49_081_914, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_ed25519(s: u32, ) -> Weight {
		// Measured proof size: 599 bytes; minimum execution time: 91_200 ns.
		Weight::from_parts(160_493_850, 265645)
			.saturating_add(Weight::from_parts(48_228_950, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_ecdsa(s: u32, ) -> Weight {
		// Measured proof size: 599 bytes; minimum execution time: 87_476 ns.
		Weight::from_parts(143_945_714, 265645)
			.saturating_add(Weight::from_parts(43_859_142, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn send_message(b: u32, ) -> Weight {
		// Measured proof size: 1711 bytes; minimum execution time: 103_889 ns.
		Weight::from_parts(112_566_701, 6196)
			.saturating_add(Weight::from_parts(661, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	fn release_account_messages(a: u32, ) -> Weight {
		// Measured proof size: 339 bytes; minimum execution time: 190 ns.
		Weight::from_parts(6_073_000, 3481)
			.saturating_add(Weight::from_parts(33_462_000, 0).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(0, 2614).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(a.into())))
	}
	fn apply_transfers(t: u32, ) -> Weight {
		// Measured proof size: 134 bytes; minimum execution time: 244 ns.
		Weight::from_parts(8_702_400, 3593)
			.saturating_add(Weight::from_parts(36_402_700, 0).saturating_mul(t.into()))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(t.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(t.into())))
	}
	fn deposit_events(e: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 160 ns.
		Weight::from_parts(1_873_037, 0)
			.saturating_add(Weight::from_parts(2_058_037, 0).saturating_mul(e.into()))
	}
	fn register_sequencer() -> Weight {
		// Measured proof size: 2096 bytes; minimum execution time: 52_300 ns.
		Weight::from_parts(59_467_000, 3604)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn leave_sequencer() -> Weight {
		// Measured proof size: 1688 bytes; minimum execution time: 16_878 ns.
		Weight::from_parts(20_688_000, 3538)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn withdraw_bond() -> Weight {
		// Measured proof size: 403 bytes; minimum execution time: 39_030 ns.
		Weight::from_parts(44_975_000, 3604)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn set_affinity() -> Weight {
		// Measured proof size: 335 bytes; minimum execution time: 11_836 ns.
		Weight::from_parts(13_659_000, 3652)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn set_payee() -> Weight {
		// Measured proof size: 335 bytes; minimum execution time: 11_272 ns.
		Weight::from_parts(13_214_000, 3652)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn fix_rotation(s: u32, ) -> Weight {
		// Measured proof size: 100 bytes; minimum execution time: 9_256 ns.
		Weight::from_parts(12_406_333, 2510)
			.saturating_add(Weight::from_parts(114_333, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn admit(g: u32, ) -> Weight {
		// Measured proof size: 523 bytes; minimum execution time: 7_085 ns.
		Weight::from_parts(17_420_166, 6086)
			.saturating_add(Weight::from_parts(14_702_833, 0).saturating_mul(g.into()))
			.saturating_add(Weight::from_parts(0, 6699).saturating_mul(g.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(g.into())))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		// Measured proof size: 551 bytes; minimum execution time: 91_903 ns.
		Weight::from_parts(113_689_739, 265645)
			.saturating_add(Weight::from_parts(690_260, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_locals(k: u32, ) -> Weight {
		// Measured proof size: 554 bytes; minimum execution time: 103_769 ns.
		Weight::from_parts(114_362_417, 265645)
			.saturating_add(Weight::from_parts(683_164, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_call_indirect(k: u32, ) -> Weight {
		// Measured proof size: 569 bytes; minimum execution time: 103_661 ns.
		Weight::from_parts(126_977_604, 265645)
			.saturating_add(Weight::from_parts(766_271, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		// Measured proof size: 216682 bytes; minimum execution time: 447_461 ns.
		Weight::from_parts(461_443_969, 265645)
			.saturating_add(Weight::from_parts(761_280, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel(k: u32, ) -> Weight {
		// Measured proof size: 545 bytes; minimum execution time: 96_636 ns.
		Weight::from_parts(138_446_013, 265645)
			.saturating_add(Weight::from_parts(806_314, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same figures with `RocksDbWeight` for storage, for tests and mocks.
impl WeightInfo for () {
	fn upload_code(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(145_520_623, 3604)
			.saturating_add(Weight::from_parts(53_028, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_430_254, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		Weight::from_parts(43_512_000, 3604)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn remove_actor() -> Weight {
		Weight::from_parts(1_639_014_000, 429726)
			.saturating_add(RocksDbWeight::get().reads(198))
			.saturating_add(RocksDbWeight::get().writes(199))
	}
	fn create_actor(a: u32, ) -> Weight {
		Weight::from_parts(991_756_189, 265645)
			.saturating_add(Weight::from_parts(189, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		Weight::from_parts(5_534_953, 4534)
			.saturating_add(Weight::from_parts(62_226_000, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(215_406, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 264655).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn submit_apov_fixed() -> Weight {
		Weight::from_parts(85_620_000, 265645)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		Weight::from_parts(4_289_333, 265645)
			.saturating_add(Weight::from_parts(269_901_666, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		Weight::from_parts(368_836_080, 265645)
			.saturating_add(Weight::from_parts(20_920_640, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn expand_post(k: u32, ) -> Weight {
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(82_056_068, 0).saturating_mul(k.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		Weight::from_parts(65_157_000, 1054615)
			.saturating_add(Weight::from_parts(11_802_000, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 2662).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(5))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn apply_messages(c: u32, m: u32, k: u32, ) -> Weight {
		Weight::from_parts(0, 1054615)
			.saturating_add(Weight::from_parts(22_485_379, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(18_605_805, 0).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(27_556_065, 0).saturating_mul(k.into()))
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
	fn code_load(_c: u32, f: u32, ) -> Weight {
		Weight::from_parts(430_186_557, 265645)
			.saturating_add(Weight::from_parts(2_781_297, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn code_links(i: u32, e: u32, x: u32, ) -> Weight {
		Weight::from_parts(86_251_380, 265645)
			.saturating_add(Weight::from_parts(725_575, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(3_052_545, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(35_851, 0).saturating_mul(x.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn witness(p: u32, k: u32, ) -> Weight {
		Weight::from_parts(230_862_186, 265645)
			.saturating_add(Weight::from_parts(427_904, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(2_654_926, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn signed_calls_sr25519(s: u32, ) -> Weight {
		Weight::from_parts(109_417_510, 265645)
			.saturating_add(Weight::from_parts(49_081_914, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_ed25519(s: u32, ) -> Weight {
		Weight::from_parts(160_493_850, 265645)
			.saturating_add(Weight::from_parts(48_228_950, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_ecdsa(s: u32, ) -> Weight {
		Weight::from_parts(143_945_714, 265645)
			.saturating_add(Weight::from_parts(43_859_142, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn send_message(b: u32, ) -> Weight {
		Weight::from_parts(112_566_701, 6196)
			.saturating_add(Weight::from_parts(661, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn release_account_messages(a: u32, ) -> Weight {
		Weight::from_parts(6_073_000, 3481)
			.saturating_add(Weight::from_parts(33_462_000, 0).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(0, 2614).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(a.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(a.into())))
	}
	fn apply_transfers(t: u32, ) -> Weight {
		Weight::from_parts(8_702_400, 3593)
			.saturating_add(Weight::from_parts(36_402_700, 0).saturating_mul(t.into()))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(t.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(t.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(t.into())))
	}
	fn deposit_events(e: u32, ) -> Weight {
		Weight::from_parts(1_873_037, 0)
			.saturating_add(Weight::from_parts(2_058_037, 0).saturating_mul(e.into()))
	}
	fn register_sequencer() -> Weight {
		Weight::from_parts(59_467_000, 3604)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn leave_sequencer() -> Weight {
		Weight::from_parts(20_688_000, 3538)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn withdraw_bond() -> Weight {
		Weight::from_parts(44_975_000, 3604)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn set_affinity() -> Weight {
		Weight::from_parts(13_659_000, 3652)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_payee() -> Weight {
		Weight::from_parts(13_214_000, 3652)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn fix_rotation(s: u32, ) -> Weight {
		Weight::from_parts(12_406_333, 2510)
			.saturating_add(Weight::from_parts(114_333, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn admit(g: u32, ) -> Weight {
		Weight::from_parts(17_420_166, 6086)
			.saturating_add(Weight::from_parts(14_702_833, 0).saturating_mul(g.into()))
			.saturating_add(Weight::from_parts(0, 6699).saturating_mul(g.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(g.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		Weight::from_parts(113_689_739, 265645)
			.saturating_add(Weight::from_parts(690_260, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_locals(k: u32, ) -> Weight {
		Weight::from_parts(114_362_417, 265645)
			.saturating_add(Weight::from_parts(683_164, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_call_indirect(k: u32, ) -> Weight {
		Weight::from_parts(126_977_604, 265645)
			.saturating_add(Weight::from_parts(766_271, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		Weight::from_parts(461_443_969, 265645)
			.saturating_add(Weight::from_parts(761_280, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel(k: u32, ) -> Weight {
		Weight::from_parts(138_446_013, 265645)
			.saturating_add(Weight::from_parts(806_314, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
}
