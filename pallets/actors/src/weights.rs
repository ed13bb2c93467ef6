// This file is part of Coreplay. SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_actors`, generated from its benchmarks (`src/benchmarking.rs`) by `scripts/weights.sh`.
//!
//! frame-benchmarking-cli 64.0.0 on 2026-11-23: 10 steps, 3 repeats, Wasm execution
//! `Compiled`, host `vm` (CPU `AMD EPYC`).
//! Do not edit: change the benchmarks or `.maintain/weight-template.hbs`, then run `scripts/weights.sh`.
//!
//! Command:
//!   /root/.cache/coreplay/omni/bin/frame-omni-bencher
//!   v1
//!   benchmark
//!   pallet
//!   --runtime
//!   /tmp/coreplay_runtime_bench.wasm
//!   --pallet
//!   pallet_actors
//!   --extrinsic
//!   *
//!   --steps
//!   10
//!   --repeat
//!   3
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
		// Measured proof size: 109 bytes; minimum execution time: 184_597 ns.
		Weight::from_parts(287_587_786, 3593)
			.saturating_add(Weight::from_parts(5_420, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		// Measured proof size: 312 bytes; minimum execution time: 67_527 ns.
		Weight::from_parts(74_059_000, 3593)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn create_actor(a: u32, ) -> Weight {
		// Measured proof size: 261498 bytes; minimum execution time: 1_270_354 ns.
		Weight::from_parts(1_664_964_951, 265645)
			.saturating_add(Weight::from_parts(3_713, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn submit_apov(n: u32, i: u32, k: u32, ) -> Weight {
		// Measured proof size: 85 bytes; minimum execution time: 5_224_501 ns.
		Weight::from_parts(609_723_872, 1550)
			.saturating_add(Weight::from_parts(536_088_547, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(976_023, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(554_556_914, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn pending_check(n: u32, ) -> Weight {
		// Measured proof size: 217 bytes; minimum execution time: 39_314 ns.
		Weight::from_parts(35_556_550, 1055940)
			.saturating_add(Weight::from_parts(18_704_545, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn fuel(k: u32, ) -> Weight {
		// Measured proof size: 447 bytes; minimum execution time: 755_888 ns.
		Weight::from_parts(1_576_725_097, 266007)
			.saturating_add(Weight::from_parts(5_764_841, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same figures with `RocksDbWeight` for storage, for tests and mocks.
impl WeightInfo for () {
	fn upload_code(c: u32, ) -> Weight {
		Weight::from_parts(287_587_786, 3593)
			.saturating_add(Weight::from_parts(5_420, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn remove_code() -> Weight {
		Weight::from_parts(74_059_000, 3593)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn create_actor(a: u32, ) -> Weight {
		Weight::from_parts(1_664_964_951, 265645)
			.saturating_add(Weight::from_parts(3_713, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn submit_apov(n: u32, i: u32, k: u32, ) -> Weight {
		Weight::from_parts(609_723_872, 1550)
			.saturating_add(Weight::from_parts(536_088_547, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(976_023, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(554_556_914, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn pending_check(n: u32, ) -> Weight {
		Weight::from_parts(35_556_550, 1055940)
			.saturating_add(Weight::from_parts(18_704_545, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 265017).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn fuel(k: u32, ) -> Weight {
		Weight::from_parts(1_576_725_097, 266007)
			.saturating_add(Weight::from_parts(5_764_841, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
}
