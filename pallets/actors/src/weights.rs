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
		// Measured proof size: 109 bytes; minimum execution time: 5_650_511 ns.
		Weight::from_parts(99_294_853, 3593)
			.saturating_add(Weight::from_parts(45_094, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_395_620, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		// Measured proof size: 312 bytes; minimum execution time: 36_913 ns.
		Weight::from_parts(38_533_000, 3593)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn submit_apov_fixed() -> Weight {
		// Measured proof size: 312 bytes; minimum execution time: 36_913 ns.
		Weight::from_parts(38_533_000, 3593)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn remove_actor() -> Weight {
		// Measured proof size: 650 bytes; minimum execution time: 87_689 ns.
		Weight::from_parts(91_513_000, 6196)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	fn create_actor(a: u32, ) -> Weight {
		// Measured proof size: 261659 bytes; minimum execution time: 762_193 ns.
		Weight::from_parts(803_769_468, 265645)
			.saturating_add(Weight::from_parts(126, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		// Measured proof size: 86 bytes; minimum execution time: 160_098 ns.
		Weight::from_parts(6_389_005, 1550)
			.saturating_add(Weight::from_parts(49_810_750, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(109_811, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		// Measured proof size: 475 bytes; minimum execution time: 294_885 ns.
		Weight::from_parts(63_868_000, 266007)
			.saturating_add(Weight::from_parts(233_389_000, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		// Measured proof size: 475 bytes; minimum execution time: 291_948 ns.
		Weight::from_parts(306_266_000, 266007)
			.saturating_add(Weight::from_parts(17_458_961, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn expand_post(k: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 348 ns.
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(74_297_807, 0).saturating_mul(k.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		// Measured proof size: 543 bytes; minimum execution time: 53_077 ns.
		Weight::from_parts(46_692_285, 1056216)
			.saturating_add(Weight::from_parts(10_166_285, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn apply_messages(c: u32, m: u32, k: u32, ) -> Weight {
		// Provisional until scripts/weights.sh measures it.
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(Weight::from_parts(40_000_000, 4200).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(30_000_000, 100).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(45_000_000, 4200).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		// Measured proof size: 359 bytes; minimum execution time: 241_551 ns.
		Weight::from_parts(84_765_637, 266007)
			.saturating_add(Weight::from_parts(855, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_300_201, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn code_links(i: u32, e: u32, x: u32, ) -> Weight {
		// Measured proof size: 488 bytes; minimum execution time: 140_744 ns.
		Weight::from_parts(55_898_551, 266007)
			.saturating_add(Weight::from_parts(734_615, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(2_692_329, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(26_257, 0).saturating_mul(x.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn witness(p: u32, k: u32, ) -> Weight {
		// Measured proof size: 468 bytes; minimum execution time: 574_899 ns.
		Weight::from_parts(114_301_027, 266007)
			.saturating_add(Weight::from_parts(512_799, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(2_351_209, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		// Measured proof size: 495 bytes; minimum execution time: 80_684 ns.
		Weight::from_parts(93_503_530, 266007)
			.saturating_add(Weight::from_parts(510_734, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		// Measured proof size: 216605 bytes; minimum execution time: 243_308 ns.
		Weight::from_parts(263_130_410, 266007)
			.saturating_add(Weight::from_parts(350_589, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel(k: u32, ) -> Weight {
		// Measured proof size: 468 bytes; minimum execution time: 73_767 ns.
		Weight::from_parts(81_835_172, 266007)
			.saturating_add(Weight::from_parts(876_827, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same figures with `RocksDbWeight` for storage, for tests and mocks.
impl WeightInfo for () {
	fn upload_code(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(99_294_853, 3593)
			.saturating_add(Weight::from_parts(45_094, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_395_620, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		Weight::from_parts(38_533_000, 3593)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn submit_apov_fixed() -> Weight {
		Weight::from_parts(38_533_000, 3593)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn remove_actor() -> Weight {
		Weight::from_parts(91_513_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn create_actor(a: u32, ) -> Weight {
		Weight::from_parts(803_769_468, 265645)
			.saturating_add(Weight::from_parts(126, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		Weight::from_parts(6_389_005, 1550)
			.saturating_add(Weight::from_parts(49_810_750, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(109_811, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		Weight::from_parts(63_868_000, 266007)
			.saturating_add(Weight::from_parts(233_389_000, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		Weight::from_parts(306_266_000, 266007)
			.saturating_add(Weight::from_parts(17_458_961, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn expand_post(k: u32, ) -> Weight {
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(74_297_807, 0).saturating_mul(k.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		Weight::from_parts(46_692_285, 1056216)
			.saturating_add(Weight::from_parts(10_166_285, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(5))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn apply_messages(c: u32, m: u32, k: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(Weight::from_parts(40_000_000, 4200).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(30_000_000, 100).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(45_000_000, 4200).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(84_765_637, 266007)
			.saturating_add(Weight::from_parts(855, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_300_201, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn code_links(i: u32, e: u32, x: u32, ) -> Weight {
		Weight::from_parts(55_898_551, 266007)
			.saturating_add(Weight::from_parts(734_615, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(2_692_329, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(26_257, 0).saturating_mul(x.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn witness(p: u32, k: u32, ) -> Weight {
		Weight::from_parts(114_301_027, 266007)
			.saturating_add(Weight::from_parts(512_799, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(2_351_209, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		Weight::from_parts(93_503_530, 266007)
			.saturating_add(Weight::from_parts(510_734, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		Weight::from_parts(263_130_410, 266007)
			.saturating_add(Weight::from_parts(350_589, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel(k: u32, ) -> Weight {
		Weight::from_parts(81_835_172, 266007)
			.saturating_add(Weight::from_parts(876_827, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
}
