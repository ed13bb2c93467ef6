//! Criterion benchmarks of APoV validation **inside the runtime**: each workload of
//! `coreplay_fixtures::workloads`, with compact `post` slabs (what `actors_buildApov` produces), run through the
//! `ActorsApi_dry_run_apov` runtime API by `sc-executor`'s `WasmExecutor` with the node's settings (compiled
//! wasmtime, pooling copy-on-write instantiation, the default heap; `sc_service::new_wasm_executor`) on this
//! crate's runtime Wasm (`WASM_BINARY`, the blob the dev chain's genesis holds). A dry run is `submit_apov` in a
//! rolled-back storage transaction: decode, validation (code load, restore, replay, compare), hashing and
//! canonicalisation, plus the call into the runtime. `scripts/bench.sh` sets each beside the same compact APoV
//! validated by native `coreplay-vm` (`actors/fixtures/benches/replay.rs`, group `validate-compact`), and beside
//! the weight the chain charges for it. `in-runtime/call-overhead` is the fixed cost of a runtime call.
//!
//! For the table, this writes `$CARGO_TARGET_DIR/in-runtime-charged.json`: per workload, the `ref_time` charged
//! after refunds (ps) and the components `n` (slabs) and `i` (Agenda items beyond one per slab) it was charged
//! `WeightInfo::submit_apov(n, i)` at; the runtime's `DbWeight` (`read`, `write`, ps each), so that the table can
//! take the storage accesses `weights.rs` declares out of the charge (a dry run's storage is in memory, as a
//! benchmark's is, so the time measured is set against the compute part only); and the chain's code limits.
//!
//! State: for each workload, each actor's code uploaded and the actor created natively (`Actors::upload_code`,
//! `create_actor`), then set to its slab's `pre` state hash, at sequence 0, in `TestExternalities` at block 1.
//!
//! Run it in the dev profile (`cargo bench --profile dev --workspace --bench in_runtime`, as `scripts/bench.sh`
//! does: `--workspace` keeps the tests' feature set): only the Wasm's speed is measured, and the dev profile
//! shares its compiled polkadot-sdk dependencies with the node and the tests (the bench profile would compile
//! them all again).

use codec::{Decode, Encode};
use coreplay_fixtures::workloads;
use coreplay_runtime::{
	AccountId, Actors, Balances, Runtime, RuntimeOrigin, System, UNIT, WASM_BINARY,
};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use frame_support::traits::{fungible::Mutate, Get};
use pallet_actors::{ApovStatus, DryRun};
use sc_executor::WasmExecutor;
use sp_core::traits::{CallContext, CodeExecutor, RuntimeCode, WrappedRuntimeCode};
use std::hint::black_box;

/// The fuel limit each dry run declares: the most a dry run may burn (`MaxDryRunFuel`).
fn fuel_limit() -> u64 {
	<<Runtime as pallet_actors::Config>::MaxDryRunFuel as Get<u64>>::get()
}

fn in_runtime(c: &mut Criterion) {
	let wasm = WASM_BINARY.expect("the runtime Wasm is built (do not set SKIP_WASM_BUILD)");
	let executor = WasmExecutor::<sp_io::SubstrateHostFunctions>::builder().build();
	let fetcher = WrappedRuntimeCode(wasm.into());
	let code = RuntimeCode {
		code_fetcher: &fetcher,
		heap_pages: None,
		hash: coreplay_primitives::blake2_256(wasm).as_bytes().to_vec(),
	};
	let who: AccountId = sp_keyring::Sr25519Keyring::Alice.to_account_id();
	// The chain's limits, but for the APoV length: workloads are produced with full `post` slabs (the
	// 2 MiB actor's is longer than a block may hold) and submitted compact.
	let machine = coreplay_vm::Machine::new(coreplay_vm::Limits {
		max_apov_bytes: coreplay_vm::Limits::DEFAULT.max_apov_bytes,
		..Actors::limits()
	});
	// One runtime API call in the runtime Wasm, as an RPC makes it: its SCALE-encoded answer.
	let call = |ext: &mut sp_io::TestExternalities, method: &str, args: &[u8]| {
		let (result, _) = executor.call(&mut ext.ext(), &code, method, args, CallContext::Offchain);
		result.unwrap_or_else(|e| panic!("the runtime API call {method} runs: {e}"))
	};
	let mut group = c.benchmark_group("in-runtime");
	// The fixed cost of a runtime call (instantiation, the call, the answer): `ActorsApi_limits`, which reads no
	// storage.
	{
		let mut ext = sp_io::TestExternalities::default();
		group.bench_function("call-overhead", |b| {
			b.iter(|| {
				let answer = call(&mut ext, "ActorsApi_limits", &[]);
				coreplay_vm::Limits::decode(&mut &answer[..]).expect("decodes")
			})
		});
	}
	let mut charged = Vec::new();
	for w in workloads::all(&machine) {
		let mut apov = w.apov.clone();
		for slab in &mut apov.slabs {
			slab.compact(machine.limits().max_memory_pages).expect("canonical snapshots");
		}
		let mut ext = sp_io::TestExternalities::default();
		ext.execute_with(|| {
			System::set_block_number(1);
			Balances::set_balance(&who, 1_000_000 * UNIT);
			for (actor, slab) in w.actors.iter().zip(&w.apov.slabs) {
				Actors::upload_code(RuntimeOrigin::signed(who.clone()), actor.avf.clone())
					.expect("uploads");
				let code_hash = coreplay_primitives::blake2_256(&actor.avf);
				Actors::create_actor(
					RuntimeOrigin::signed(who.clone()),
					code_hash,
					actor.args.clone(),
				)
				.expect("creates");
				pallet_actors::Actors::<Runtime>::mutate(slab.actor, |info| {
					let info = info.as_mut().expect("created in task id order");
					info.state_hash = coreplay_primitives::blake2_256(&slab.pre);
				});
			}
		});
		ext.commit_all().expect("commits the set-up");
		let args = (who.clone(), apov.clone(), fuel_limit()).encode();
		let dry_run = |ext: &mut sp_io::TestExternalities| {
			let answer = call(ext, "ActorsApi_dry_run_apov", black_box(&args));
			DryRun::decode(&mut &answer[..]).expect("decodes")
		};
		// Once before measuring: the APoV must be valid in the runtime as it is natively.
		let first = dry_run(&mut ext);
		let submitted = first.result.unwrap_or_else(|e| panic!("{}: {e:?}", w.name));
		assert_eq!(submitted.status, ApovStatus::Canonicalised, "{}", w.name);
		assert!(submitted.fuel_used >= w.fuel_used, "{}: replay plus payout", w.name);
		// What the chain charges for it, to set beside the time measured (picoseconds of ref_time), and the
		// components of `WeightInfo::submit_apov` in it (`Pallet::submit_base_weight`).
		let (n, items) = (apov.slabs.len(), apov.agenda.len());
		charged.push(format!(
			"\"{}\": {{\"charged\": {}, \"n\": {n}, \"i\": {}}}",
			w.name,
			submitted.weight.ref_time(),
			items.saturating_sub(n)
		));
		println!(
			"in-runtime/{}: charged weight {} ps (declared {} ps), fuel {}",
			w.name,
			submitted.weight.ref_time(),
			first.declared_weight.ref_time(),
			submitted.fuel_used
		);
		group.throughput(Throughput::Bytes(apov.encoded_size() as u64));
		group.bench_function(w.name, |b| b.iter(|| dry_run(&mut ext)));
	}
	group.finish();
	// For scripts/bench.sh's table: the weight (ref_time, ps) each workload's APoV is charged after refunds, with
	// its `submit_apov` components, the runtime's `DbWeight` and the chain's code limits.
	if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR") {
		let db = <Runtime as frame_system::Config>::DbWeight::get();
		let limits = Actors::limits();
		let json = format!(
			"{{\"db\": {{\"read\": {}, \"write\": {}}}, \
			 \"limits\": {{\"max_code_bytes\": {}, \"max_functions\": {}, \"max_imports\": {}, \
			 \"max_exports\": {}, \"max_element_items\": {}, \"max_witness_items\": {}}}, \
			 \"workloads\": {{{}}}}}\n",
			db.read,
			db.write,
			limits.max_code_bytes,
			limits.max_functions,
			limits.max_imports,
			limits.max_exports,
			limits.max_element_items,
			limits.max_witness_items,
			charged.join(", ")
		);
		let file = std::path::Path::new(&dir).join("in-runtime-charged.json");
		std::fs::write(&file, json).unwrap_or_else(|e| panic!("writing {}: {e}", file.display()));
	}
}

criterion_group!(benches, in_runtime);
criterion_main!(benches);
