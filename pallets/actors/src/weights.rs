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
		// Measured proof size: 109 bytes; minimum execution time: 5_390_500 ns.
		Weight::from_parts(0, 3593)
			.saturating_add(Weight::from_parts(46_832, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_496_297, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		// Measured proof size: 312 bytes; minimum execution time: 37_678 ns.
		Weight::from_parts(40_541_000, 3593)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn remove_actor() -> Weight {
		// Measured proof size: 275829 bytes; minimum execution time: 1_454_535 ns.
		Weight::from_parts(1_647_189_000, 429470)
			.saturating_add(T::DbWeight::get().reads(198))
			.saturating_add(T::DbWeight::get().writes(199))
	}
	fn create_actor(a: u32, ) -> Weight {
		// Measured proof size: 261659 bytes; minimum execution time: 841_799 ns.
		Weight::from_parts(949_598_807, 265645)
			.saturating_add(Weight::from_parts(68, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		// Measured proof size: 152 bytes; minimum execution time: 281_684 ns.
		Weight::from_parts(15_397_253, 4534)
			.saturating_add(Weight::from_parts(65_577_800, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(215_091, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 264655).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn submit_apov_fixed() -> Weight {
		// Measured proof size: 545 bytes; minimum execution time: 85_870 ns.
		Weight::from_parts(96_628_000, 265645)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		// Measured proof size: 475 bytes; minimum execution time: 309_924 ns.
		Weight::from_parts(33_620_000, 265645)
			.saturating_add(Weight::from_parts(272_024_666, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		// Measured proof size: 475 bytes; minimum execution time: 307_327 ns.
		Weight::from_parts(344_709_600, 265645)
			.saturating_add(Weight::from_parts(20_021_600, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn expand_post(k: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 343 ns.
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(80_006_185, 0).saturating_mul(k.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		// Measured proof size: 550 bytes; minimum execution time: 58_237 ns.
		Weight::from_parts(54_809_000, 1054615)
			.saturating_add(Weight::from_parts(11_250_000, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 2611).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn apply_messages(c: u32, m: u32, k: u32, ) -> Weight {
		// Measured proof size: 1102 bytes; minimum execution time: 3_516_498 ns.
		Weight::from_parts(0, 1054615)
			.saturating_add(Weight::from_parts(24_132_222, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(18_785_642, 0).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(22_787_068, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(0, 6695).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2611).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(0, 2611).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(9))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(k.into())))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		// Measured proof size: 359 bytes; minimum execution time: 343_011 ns.
		Weight::from_parts(0, 265645)
			.saturating_add(Weight::from_parts(955, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(2_641_964, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn code_links(i: u32, e: u32, x: u32, ) -> Weight {
		// Measured proof size: 488 bytes; minimum execution time: 149_784 ns.
		Weight::from_parts(82_771_330, 265645)
			.saturating_add(Weight::from_parts(512_592, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(2_923_430, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(32_562, 0).saturating_mul(x.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn witness(p: u32, k: u32, ) -> Weight {
		// Measured proof size: 468 bytes; minimum execution time: 630_722 ns.
		Weight::from_parts(188_261_981, 265645)
			.saturating_add(Weight::from_parts(583_742, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(2_694_074, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		// Measured proof size: 474 bytes; minimum execution time: 81_963 ns.
		Weight::from_parts(103_451_372, 265645)
			.saturating_add(Weight::from_parts(615_170, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_locals(k: u32, ) -> Weight {
		// Measured proof size: 477 bytes; minimum execution time: 82_687 ns.
		Weight::from_parts(107_389_512, 265645)
			.saturating_add(Weight::from_parts(614_045, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_call_indirect(k: u32, ) -> Weight {
		// Measured proof size: 492 bytes; minimum execution time: 84_498 ns.
		Weight::from_parts(103_392_699, 265645)
			.saturating_add(Weight::from_parts(691_300, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		// Measured proof size: 216605 bytes; minimum execution time: 368_407 ns.
		Weight::from_parts(395_821_566, 265645)
			.saturating_add(Weight::from_parts(685_433, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn signed_calls_sr25519(s: u32, ) -> Weight {
		// Measured proof size: 522 bytes; minimum execution time: 84_704 ns.
		Weight::from_parts(166_958_600, 265645)
			.saturating_add(Weight::from_parts(77_827_240, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_ed25519(s: u32, ) -> Weight {
		// Measured proof size: 522 bytes; minimum execution time: 84_704 ns.
		Weight::from_parts(166_958_600, 265645)
			.saturating_add(Weight::from_parts(77_827_240, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_ecdsa(s: u32, ) -> Weight {
		// Measured proof size: 522 bytes; minimum execution time: 84_704 ns.
		Weight::from_parts(166_958_600, 265645)
			.saturating_add(Weight::from_parts(77_827_240, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn deposit_events(e: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 143 ns.
		Weight::from_parts(1_739_147, 0)
			.saturating_add(Weight::from_parts(1_888_308, 0).saturating_mul(e.into()))
	}
	fn send_message(b: u32, ) -> Weight {
		// Measured proof size: 1641 bytes; minimum execution time: 103_001 ns.
		Weight::from_parts(113_832_078, 6196)
			.saturating_add(Weight::from_parts(842, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	fn release_account_messages(a: u32, ) -> Weight {
		// Measured proof size: 269 bytes; minimum execution time: 178 ns.
		Weight::from_parts(9_118_823, 3481)
			.saturating_add(Weight::from_parts(31_827_176, 0).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(a.into())))
	}
	fn apply_transfers(t: u32, ) -> Weight {
		// Measured proof size: 134 bytes; minimum execution time: 210 ns.
		Weight::from_parts(7_798_200, 3593)
			.saturating_add(Weight::from_parts(36_138_600, 0).saturating_mul(t.into()))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(t.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(t.into())))
	}
	fn fuel(k: u32, ) -> Weight {
		// Measured proof size: 468 bytes; minimum execution time: 77_190 ns.
		Weight::from_parts(90_701_308, 265645)
			.saturating_add(Weight::from_parts(720_459, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn register_sequencer() -> Weight {
		// Measured proof size: 2096 bytes; minimum execution time: 54_840 ns.
		Weight::from_parts(61_104_000, 3604)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn leave_sequencer() -> Weight {
		// Measured proof size: 1688 bytes; minimum execution time: 17_632 ns.
		Weight::from_parts(21_093_000, 3538)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn withdraw_bond() -> Weight {
		// Measured proof size: 403 bytes; minimum execution time: 42_533 ns.
		Weight::from_parts(45_580_000, 3604)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn set_affinity() -> Weight {
		// Measured proof size: 335 bytes; minimum execution time: 12_607 ns.
		Weight::from_parts(13_830_000, 3652)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn set_payee() -> Weight {
		// Measured proof size: 335 bytes; minimum execution time: 12_238 ns.
		Weight::from_parts(13_346_000, 3652)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn fix_rotation(s: u32, ) -> Weight {
		// Measured proof size: 100 bytes; minimum execution time: 9_248 ns.
		Weight::from_parts(12_257_740, 2510)
			.saturating_add(Weight::from_parts(115_925, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn admit(g: u32, ) -> Weight {
		// Measured proof size: 523 bytes; minimum execution time: 7_691 ns.
		Weight::from_parts(19_585_000, 6086)
			.saturating_add(Weight::from_parts(15_001_000, 0).saturating_mul(g.into()))
			.saturating_add(Weight::from_parts(0, 6699).saturating_mul(g.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(g.into())))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same figures with `RocksDbWeight` for storage, for tests and mocks.
impl WeightInfo for () {
	fn upload_code(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(0, 3593)
			.saturating_add(Weight::from_parts(46_832, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_496_297, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		Weight::from_parts(40_541_000, 3593)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn remove_actor() -> Weight {
		Weight::from_parts(1_647_189_000, 429470)
			.saturating_add(RocksDbWeight::get().reads(198))
			.saturating_add(RocksDbWeight::get().writes(199))
	}
	fn create_actor(a: u32, ) -> Weight {
		Weight::from_parts(949_598_807, 265645)
			.saturating_add(Weight::from_parts(68, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		Weight::from_parts(15_397_253, 4534)
			.saturating_add(Weight::from_parts(65_577_800, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(215_091, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 264655).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn submit_apov_fixed() -> Weight {
		Weight::from_parts(96_628_000, 265645)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		Weight::from_parts(33_620_000, 265645)
			.saturating_add(Weight::from_parts(272_024_666, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		Weight::from_parts(344_709_600, 265645)
			.saturating_add(Weight::from_parts(20_021_600, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn expand_post(k: u32, ) -> Weight {
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(80_006_185, 0).saturating_mul(k.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		Weight::from_parts(54_809_000, 1054615)
			.saturating_add(Weight::from_parts(11_250_000, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 2611).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(5))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn apply_messages(c: u32, m: u32, k: u32, ) -> Weight {
		Weight::from_parts(0, 1054615)
			.saturating_add(Weight::from_parts(24_132_222, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(18_785_642, 0).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(22_787_068, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(0, 6695).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2611).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(0, 2611).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(k.into())))
			.saturating_add(RocksDbWeight::get().writes(9))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(k.into())))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(0, 265645)
			.saturating_add(Weight::from_parts(955, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(2_641_964, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn code_links(i: u32, e: u32, x: u32, ) -> Weight {
		Weight::from_parts(82_771_330, 265645)
			.saturating_add(Weight::from_parts(512_592, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(2_923_430, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(32_562, 0).saturating_mul(x.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn witness(p: u32, k: u32, ) -> Weight {
		Weight::from_parts(188_261_981, 265645)
			.saturating_add(Weight::from_parts(583_742, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(2_694_074, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		Weight::from_parts(103_451_372, 265645)
			.saturating_add(Weight::from_parts(615_170, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_locals(k: u32, ) -> Weight {
		Weight::from_parts(107_389_512, 265645)
			.saturating_add(Weight::from_parts(614_045, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_call_indirect(k: u32, ) -> Weight {
		Weight::from_parts(103_392_699, 265645)
			.saturating_add(Weight::from_parts(691_300, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		Weight::from_parts(395_821_566, 265645)
			.saturating_add(Weight::from_parts(685_433, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn signed_calls_sr25519(s: u32, ) -> Weight {
		Weight::from_parts(166_958_600, 265645)
			.saturating_add(Weight::from_parts(77_827_240, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_ed25519(s: u32, ) -> Weight {
		Weight::from_parts(166_958_600, 265645)
			.saturating_add(Weight::from_parts(77_827_240, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn signed_calls_ecdsa(s: u32, ) -> Weight {
		Weight::from_parts(166_958_600, 265645)
			.saturating_add(Weight::from_parts(77_827_240, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn deposit_events(e: u32, ) -> Weight {
		Weight::from_parts(1_739_147, 0)
			.saturating_add(Weight::from_parts(1_888_308, 0).saturating_mul(e.into()))
	}
	fn send_message(b: u32, ) -> Weight {
		Weight::from_parts(113_832_078, 6196)
			.saturating_add(Weight::from_parts(842, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn release_account_messages(a: u32, ) -> Weight {
		Weight::from_parts(9_118_823, 3481)
			.saturating_add(Weight::from_parts(31_827_176, 0).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(a.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(a.into())))
	}
	fn apply_transfers(t: u32, ) -> Weight {
		Weight::from_parts(7_798_200, 3593)
			.saturating_add(Weight::from_parts(36_138_600, 0).saturating_mul(t.into()))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(t.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(t.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(t.into())))
	}
	fn fuel(k: u32, ) -> Weight {
		Weight::from_parts(90_701_308, 265645)
			.saturating_add(Weight::from_parts(720_459, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn register_sequencer() -> Weight {
		Weight::from_parts(61_104_000, 3604)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn leave_sequencer() -> Weight {
		Weight::from_parts(21_093_000, 3538)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn withdraw_bond() -> Weight {
		Weight::from_parts(45_580_000, 3604)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn set_affinity() -> Weight {
		Weight::from_parts(13_830_000, 3652)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_payee() -> Weight {
		Weight::from_parts(13_346_000, 3652)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn fix_rotation(s: u32, ) -> Weight {
		Weight::from_parts(12_257_740, 2510)
			.saturating_add(Weight::from_parts(115_925, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn admit(g: u32, ) -> Weight {
		Weight::from_parts(19_585_000, 6086)
			.saturating_add(Weight::from_parts(15_001_000, 0).saturating_mul(g.into()))
			.saturating_add(Weight::from_parts(0, 6699).saturating_mul(g.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(g.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
}
