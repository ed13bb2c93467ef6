// This file is part of Coreplay. SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_actors`, generated from its benchmarks (`src/benchmarking.rs`) by `scripts/weights.sh`.
//!
//! frame-benchmarking-cli 64.0.0 on 2026-12-01: 20 steps, 10 repeats, Wasm execution
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
//!   10
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
	fn upload_code(c: u32, ) -> Weight {
		// Measured proof size: 109 bytes; minimum execution time: 124_984 ns.
		Weight::from_parts(264_867_000, 3593)
			.saturating_add(Weight::from_parts(4_273, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		// Measured proof size: 312 bytes; minimum execution time: 53_704 ns.
		Weight::from_parts(95_476_000, 3593)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn create_actor(a: u32, ) -> Weight {
		// Measured proof size: 261501 bytes; minimum execution time: 1_037_504 ns.
		Weight::from_parts(1_568_519_252, 265645)
			.saturating_add(Weight::from_parts(1_543, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		// Measured proof size: 86 bytes; minimum execution time: 253_072 ns.
		Weight::from_parts(253_381_408, 1550)
			.saturating_add(Weight::from_parts(127_514_666, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(127_149, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn snapshot_pages(k: u32, m: u32, ) -> Weight {
		// Measured proof size: 455 bytes; minimum execution time: 767_609 ns.
		Weight::from_parts(0, 266007)
			.saturating_add(Weight::from_parts(502_641_733, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(146_189_090, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn expand_post(k: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 875 ns.
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(172_403_400, 0).saturating_mul(k.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		// Measured proof size: 217 bytes; minimum execution time: 29_250 ns.
		Weight::from_parts(30_446_666, 1055940)
			.saturating_add(Weight::from_parts(19_247_666, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		// Measured proof size: 460 bytes; minimum execution time: 9_489_004 ns.
		Weight::from_parts(383_544_615, 266007)
			.saturating_add(Weight::from_parts(110_055, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(2_965_924, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		// Measured proof size: 457 bytes; minimum execution time: 123_821 ns.
		Weight::from_parts(231_592_170, 266007)
			.saturating_add(Weight::from_parts(1_278_201, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn fuel(k: u32, ) -> Weight {
		// Measured proof size: 448 bytes; minimum execution time: 109_891 ns.
		Weight::from_parts(115_072_609, 266007)
			.saturating_add(Weight::from_parts(1_332_172, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same figures with `RocksDbWeight` for storage, for tests and mocks.
impl WeightInfo for () {
	fn upload_code(c: u32, ) -> Weight {
		Weight::from_parts(264_867_000, 3593)
			.saturating_add(Weight::from_parts(4_273, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		Weight::from_parts(95_476_000, 3593)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn create_actor(a: u32, ) -> Weight {
		Weight::from_parts(1_568_519_252, 265645)
			.saturating_add(Weight::from_parts(1_543, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		Weight::from_parts(253_381_408, 1550)
			.saturating_add(Weight::from_parts(127_514_666, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(127_149, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn snapshot_pages(k: u32, m: u32, ) -> Weight {
		Weight::from_parts(0, 266007)
			.saturating_add(Weight::from_parts(502_641_733, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(146_189_090, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn expand_post(k: u32, ) -> Weight {
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(172_403_400, 0).saturating_mul(k.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		Weight::from_parts(30_446_666, 1055940)
			.saturating_add(Weight::from_parts(19_247_666, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn code_load(c: u32, f: u32, ) -> Weight {
		Weight::from_parts(383_544_615, 266007)
			.saturating_add(Weight::from_parts(110_055, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(2_965_924, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel_calls(k: u32, ) -> Weight {
		Weight::from_parts(231_592_170, 266007)
			.saturating_add(Weight::from_parts(1_278_201, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn fuel(k: u32, ) -> Weight {
		Weight::from_parts(115_072_609, 266007)
			.saturating_add(Weight::from_parts(1_332_172, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
}
