//! `peer_wasmi(k)`.

use super::*;
use frame_benchmarking::v2::*;

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The loop of `pallet_actors`' `fuel` benchmark actor (`coreplay_shapes::count_down_module`), `125 * k`
	/// iterations (about `k` thousand units of coreplay-vm's fuel), run inside the runtime by wasmi 0.32.3
	/// configured as pallet-contracts 51 runs contracts (`wasm/prepare.rs`: Wasm 1.0 with sign extension, fuel
	/// metering on, lazy compilation at execution), the module compiled and instantiated each time as
	/// pallet-contracts does per call. Its slope per `k` sits beside `fuel`'s in `docs/performance.md`.
	#[benchmark]
	fn peer_wasmi(k: Linear<1, 10_000>) {
		use wasmi_peer::{CompilationMode, Config as PeerConfig, Engine, Linker, Module, Store};
		let wasm = coreplay_shapes::count_down_module();
		let mut config = PeerConfig::default();
		config
			.wasm_multi_value(false)
			.wasm_mutable_global(false)
			.wasm_sign_extension(true)
			.wasm_bulk_memory(false)
			.wasm_reference_types(false)
			.wasm_tail_call(false)
			.wasm_extended_const(false)
			.wasm_saturating_float_to_int(false)
			.floats(false)
			.compilation_mode(CompilationMode::Lazy)
			.consume_fuel(true);
		let fuel_left;
		#[block]
		{
			let engine = Engine::new(&config);
			let module = Module::new(&engine, &wasm[..]).expect("the loop module is valid");
			let mut store = Store::new(&engine, ());
			store.set_fuel(u64::MAX).expect("fuel metering is on");
			let instance = Linker::<()>::new(&engine)
				.instantiate(&mut store, &module)
				.and_then(|pre| pre.start(&mut store))
				.expect("instantiates");
			let run = instance.get_typed_func::<i32, ()>(&store, "run").expect("exports run(i32)");
			run.call(&mut store, (125 * k) as i32).expect("runs");
			fuel_left = store.get_fuel().expect("fuel metering is on");
		}
		// 125 iterations of about 8 instructions each per `k`: wasmi 0.32 charges one unit per instruction.
		assert!(u64::MAX - fuel_left >= 125 * u64::from(k), "the peer metered the loop");
	}

	impl_benchmark_test_suite!(Pallet, mock::new_test_ext(), mock::Test);
}

#[cfg(test)]
mod mock {
	use frame_support::derive_impl;

	type Block = frame_system::mocking::MockBlock<Test>;

	frame_support::construct_runtime!(
		pub enum Test {
			System: frame_system,
		}
	);

	#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
	impl frame_system::Config for Test {
		type Block = Block;
	}

	impl crate::Config for Test {}

	pub fn new_test_ext() -> sp_io::TestExternalities {
		sp_io::TestExternalities::new_empty()
	}
}
