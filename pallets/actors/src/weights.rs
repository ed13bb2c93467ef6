// This file is part of Coreplay. SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_actors`, generated from its benchmarks (`src/benchmarking.rs`) by `scripts/weights.sh`.
//!
//! frame-benchmarking-cli 64.0.0 on 2026-12-01: 20 steps, 30 repeats, Wasm execution
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
		// Measured proof size: 109 bytes; minimum execution time: 8_562_240 ns.
		Weight::from_parts(552_564_117, 3593)
			.saturating_add(Weight::from_parts(66_949, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(2_124_234, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		// Measured proof size: 312 bytes; minimum execution time: 53_052 ns.
		Weight::from_parts(83_929_000, 3593)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn create_actor(a: u32, ) -> Weight {
		// Measured proof size: 261501 bytes; minimum execution time: 1_038_985 ns.
		Weight::from_parts(1_397_588_154, 265645)
			.saturating_add(Weight::from_parts(4_654, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		// Measured proof size: 86 bytes; minimum execution time: 231_451 ns.
		Weight::from_parts(0, 1550)
			.saturating_add(Weight::from_parts(119_161_500, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(248_532, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		// Measured proof size: 455 bytes; minimum execution time: 428_493 ns.
		Weight::from_parts(215_494_500, 266007)
			.saturating_add(Weight::from_parts(385_229_500, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		// Measured proof size: 455 bytes; minimum execution time: 422_039 ns.
		Weight::from_parts(470_166_500, 266007)
			.saturating_add(Weight::from_parts(21_610_500, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn expand_post(k: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 450 ns.
		Weight::from_parts(601_000, 0)
			.saturating_add(Weight::from_parts(100_731_000, 0).saturating_mul(k.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		// Measured proof size: 217 bytes; minimum execution time: 28_271 ns.
		Weight::from_parts(19_470_000, 1055940)
			.saturating_add(Weight::from_parts(12_683_000, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		// Measured proof size: 339 bytes; minimum execution time: 402_159 ns.
		Weight::from_parts(732_544_977, 266007)
			.saturating_add(Weight::from_parts(816, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_889_449, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		// Measured proof size: 475 bytes; minimum execution time: 113_787 ns.
		Weight::from_parts(126_502_620, 266007)
			.saturating_add(Weight::from_parts(745_861, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		// Measured proof size: 216585 bytes; minimum execution time: 380_274 ns.
		Weight::from_parts(461_995_096, 266007)
			.saturating_add(Weight::from_parts(521_034, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel(k: u32, ) -> Weight {
		// Measured proof size: 448 bytes; minimum execution time: 104_317 ns.
		Weight::from_parts(96_278_627, 266007)
			.saturating_add(Weight::from_parts(1_268_186, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same figures with `RocksDbWeight` for storage, for tests and mocks.
impl WeightInfo for () {
	fn upload_code(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(552_564_117, 3593)
			.saturating_add(Weight::from_parts(66_949, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(2_124_234, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		Weight::from_parts(83_929_000, 3593)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn create_actor(a: u32, ) -> Weight {
		Weight::from_parts(1_397_588_154, 265645)
			.saturating_add(Weight::from_parts(4_654, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		Weight::from_parts(0, 1550)
			.saturating_add(Weight::from_parts(119_161_500, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(248_532, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn snapshot_pages(k: u32, ) -> Weight {
		Weight::from_parts(215_494_500, 266007)
			.saturating_add(Weight::from_parts(385_229_500, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn zero_pages(m: u32, ) -> Weight {
		Weight::from_parts(470_166_500, 266007)
			.saturating_add(Weight::from_parts(21_610_500, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn expand_post(k: u32, ) -> Weight {
		Weight::from_parts(601_000, 0)
			.saturating_add(Weight::from_parts(100_731_000, 0).saturating_mul(k.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		Weight::from_parts(19_470_000, 1055940)
			.saturating_add(Weight::from_parts(12_683_000, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(732_544_977, 266007)
			.saturating_add(Weight::from_parts(816, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(1_889_449, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		Weight::from_parts(126_502_620, 266007)
			.saturating_add(Weight::from_parts(745_861, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_compile(k: u32, ) -> Weight {
		Weight::from_parts(461_995_096, 266007)
			.saturating_add(Weight::from_parts(521_034, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel(k: u32, ) -> Weight {
		Weight::from_parts(96_278_627, 266007)
			.saturating_add(Weight::from_parts(1_268_186, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
}
