// This file is part of Coreplay. SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_actors`, generated from its benchmarks (`src/benchmarking.rs`) by `scripts/weights.sh`.
//!
//! frame-benchmarking-cli 64.0.0 on 2026-12-04: 20 steps, 30 repeats, Wasm execution
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
		// Measured proof size: 109 bytes; minimum execution time: 6_565_766 ns.
		Weight::from_parts(760_479_060, 3593)
			.saturating_add(Weight::from_parts(50_446, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_484_583, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		// Measured proof size: 312 bytes; minimum execution time: 39_777 ns.
		Weight::from_parts(44_444_000, 3593)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn create_actor(a: u32, ) -> Weight {
		// Measured proof size: 261501 bytes; minimum execution time: 782_006 ns.
		Weight::from_parts(877_734_000, 265645)
			.saturating_add(Weight::from_parts(317, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		// Measured proof size: 86 bytes; minimum execution time: 171_320 ns.
		Weight::from_parts(9_095_333, 1550)
			.saturating_add(Weight::from_parts(58_765_666, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(126_240, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		// Measured proof size: 455 bytes; minimum execution time: 333_595 ns.
		Weight::from_parts(0, 266007)
			.saturating_add(Weight::from_parts(282_150_052, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		// Measured proof size: 455 bytes; minimum execution time: 328_671 ns.
		Weight::from_parts(355_510_000, 266007)
			.saturating_add(Weight::from_parts(19_066_894, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn expand_post(k: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 327 ns.
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(85_573_125, 0).saturating_mul(k.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		// Measured proof size: 217 bytes; minimum execution time: 22_660 ns.
		Weight::from_parts(14_431_500, 1055940)
			.saturating_add(Weight::from_parts(10_383_500, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		// Measured proof size: 339 bytes; minimum execution time: 277_467 ns.
		Weight::from_parts(210_856_653, 266007)
			.saturating_add(Weight::from_parts(866, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_512_032, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn code_links(i: u32, e: u32, x: u32, ) -> Weight {
		// Measured proof size: 468 bytes; minimum execution time: 160_942 ns.
		Weight::from_parts(72_587_696, 266007)
			.saturating_add(Weight::from_parts(818_185, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(3_107_452, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(31_755, 0).saturating_mul(x.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn witness(p: u32, k: u32, ) -> Weight {
		// Measured proof size: 448 bytes; minimum execution time: 651_325 ns.
		Weight::from_parts(161_055_120, 266007)
			.saturating_add(Weight::from_parts(603_374, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(2_725_578, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		// Measured proof size: 475 bytes; minimum execution time: 92_876 ns.
		Weight::from_parts(106_880_373, 266007)
			.saturating_add(Weight::from_parts(588_352, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		// Measured proof size: 216585 bytes; minimum execution time: 279_857 ns.
		Weight::from_parts(302_329_521, 266007)
			.saturating_add(Weight::from_parts(412_478, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel(k: u32, ) -> Weight {
		// Measured proof size: 448 bytes; minimum execution time: 82_052 ns.
		Weight::from_parts(106_748_089, 266007)
			.saturating_add(Weight::from_parts(1_001_671, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same figures with `RocksDbWeight` for storage, for tests and mocks.
impl WeightInfo for () {
	fn upload_code(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(760_479_060, 3593)
			.saturating_add(Weight::from_parts(50_446, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_484_583, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		Weight::from_parts(44_444_000, 3593)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn create_actor(a: u32, ) -> Weight {
		Weight::from_parts(877_734_000, 265645)
			.saturating_add(Weight::from_parts(317, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		Weight::from_parts(9_095_333, 1550)
			.saturating_add(Weight::from_parts(58_765_666, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(126_240, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		Weight::from_parts(0, 266007)
			.saturating_add(Weight::from_parts(282_150_052, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		Weight::from_parts(355_510_000, 266007)
			.saturating_add(Weight::from_parts(19_066_894, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn expand_post(k: u32, ) -> Weight {
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(85_573_125, 0).saturating_mul(k.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		Weight::from_parts(14_431_500, 1055940)
			.saturating_add(Weight::from_parts(10_383_500, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(210_856_653, 266007)
			.saturating_add(Weight::from_parts(866, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_512_032, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn code_links(i: u32, e: u32, x: u32, ) -> Weight {
		Weight::from_parts(72_587_696, 266007)
			.saturating_add(Weight::from_parts(818_185, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(3_107_452, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(31_755, 0).saturating_mul(x.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn witness(p: u32, k: u32, ) -> Weight {
		Weight::from_parts(161_055_120, 266007)
			.saturating_add(Weight::from_parts(603_374, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(2_725_578, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		Weight::from_parts(106_880_373, 266007)
			.saturating_add(Weight::from_parts(588_352, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		Weight::from_parts(302_329_521, 266007)
			.saturating_add(Weight::from_parts(412_478, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel(k: u32, ) -> Weight {
		Weight::from_parts(106_748_089, 266007)
			.saturating_add(Weight::from_parts(1_001_671, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
}
