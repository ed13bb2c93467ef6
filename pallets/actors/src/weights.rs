// This file is part of Coreplay. SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_actors`, generated from its benchmarks (`src/benchmarking.rs`) by `scripts/weights.sh`.
//!
//! frame-benchmarking-cli 64.0.0 on 2026-11-24: 20 steps, 10 repeats, Wasm execution
//! `Compiled`, host `vm` (CPU `AMD EPYC`).
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
		// Measured proof size: 109 bytes; minimum execution time: 156_564 ns.
		Weight::from_parts(186_141_097, 3593)
			.saturating_add(Weight::from_parts(3_214, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		// Measured proof size: 312 bytes; minimum execution time: 62_116 ns.
		Weight::from_parts(64_141_000, 3593)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn create_actor(a: u32, ) -> Weight {
		// Measured proof size: 261498 bytes; minimum execution time: 1_125_230 ns.
		Weight::from_parts(1_182_121_570, 265645)
			.saturating_add(Weight::from_parts(689, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		// Measured proof size: 86 bytes; minimum execution time: 331_582 ns.
		Weight::from_parts(52_974_339, 1550)
			.saturating_add(Weight::from_parts(104_379_333, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(191_012, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn snapshot_pages(k: u32, m: u32, ) -> Weight {
		// Measured proof size: 447 bytes; minimum execution time: 747_562 ns.
		Weight::from_parts(65_550_580, 266007)
			.saturating_add(Weight::from_parts(376_434_133, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(28_231_571, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn expand_post(k: u32, ) -> Weight {
		// Measured proof size: 0 bytes; minimum execution time: 461 ns.
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(102_422_111, 0).saturating_mul(k.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		// Measured proof size: 217 bytes; minimum execution time: 32_270 ns.
		Weight::from_parts(20_850_800, 1055940)
			.saturating_add(Weight::from_parts(12_912_200, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn fuel(k: u32, ) -> Weight {
		// Measured proof size: 445 bytes; minimum execution time: 162_715 ns.
		Weight::from_parts(169_497_045, 266007)
			.saturating_add(Weight::from_parts(931_273, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same figures with `RocksDbWeight` for storage, for tests and mocks.
impl WeightInfo for () {
	fn upload_code(c: u32, ) -> Weight {
		Weight::from_parts(186_141_097, 3593)
			.saturating_add(Weight::from_parts(3_214, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		Weight::from_parts(64_141_000, 3593)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn create_actor(a: u32, ) -> Weight {
		Weight::from_parts(1_182_121_570, 265645)
			.saturating_add(Weight::from_parts(689, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn submit_apov(n: u32, i: u32, ) -> Weight {
		Weight::from_parts(52_974_339, 1550)
			.saturating_add(Weight::from_parts(104_379_333, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(191_012, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn snapshot_pages(k: u32, m: u32, ) -> Weight {
		Weight::from_parts(65_550_580, 266007)
			.saturating_add(Weight::from_parts(376_434_133, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(28_231_571, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn expand_post(k: u32, ) -> Weight {
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(102_422_111, 0).saturating_mul(k.into()))
	}
	fn pending_check(n: u32, ) -> Weight {
		Weight::from_parts(20_850_800, 1055940)
			.saturating_add(Weight::from_parts(12_912_200, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn fuel(k: u32, ) -> Weight {
		Weight::from_parts(169_497_045, 266007)
			.saturating_add(Weight::from_parts(931_273, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
}
