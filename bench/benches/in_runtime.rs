//! Criterion benchmarks of APoV validation **inside the runtime**: each workload of
//! `coreplay_fixtures::workloads`, with compact `post` slabs (what `actors_buildApov` produces), run through the
//! `ActorsApi_dry_run_apov` runtime API by `sc-executor`'s `WasmExecutor` with the node's settings (compiled
//! wasmtime, pooling copy-on-write instantiation, the default heap; `sc_service::new_wasm_executor`) on the
//! runtime crate's Wasm (`WASM_BINARY`, the blob the dev chain's genesis holds). A dry run is `submit_apov` in a
//! rolled-back storage transaction: decode, validation (code load, restore, replay, compare), hashing and
//! canonicalisation, plus the call into the runtime. `scripts/bench.sh` sets each beside the same compact APoV
//! validated by native `coreplay-vm` (`actors/fixtures/benches/replay.rs`, group `validate-compact`), and beside
//! the weight the chain charges for it. `in-runtime/call-overhead` is the fixed cost of a runtime call.
//! `COREPLAY_HARNESS_WASM=<path>` runs every runtime call in another build of the same runtime ([`OTHER_WASM`]).
//!
//! For the table, this writes `$CARGO_TARGET_DIR/in-runtime-charged.json`: per workload, the `ref_time` charged
//! after refunds (ps) and the components `n` (slabs) and `i` (Agenda items beyond one per slab) it was charged
//! `WeightInfo::submit_apov(n, i)` at, and whether it is one of the pallet benchmarks' own APoVs (`calibration`,
//! set beside the table's band but not judged in it), the runtime heap its dry run takes in a fresh instance
//! (`heap`, bytes: the allocator's high-water mark less a runtime call's own) and the memory pages its snapshots
//! declare (`declared_pages`, `pre`s and `post`s summed; `memory`, bytes: one instance's per pair); the runtime's
//! `DbWeight` (`read`, `write`, ps each), so that the table can take the storage accesses `weights.rs` declares out
//! of the charge (a dry run's storage is in memory, as a benchmark's is, so the time measured is set against the
//! compute part only); and the chain's code limits.
//!
//! State: for each workload, each actor's code uploaded and the actor created natively (`Actors::upload_code`,
//! `create_actor`), then set to its slab's `pre` state hash, at sequence 0, in `TestExternalities` at block 1.
//!
//! Block import (group `in-runtime-block`), what every validator runs: for the workloads of [`BLOCKS`], a block of
//! copies of the APoV (each on actors of its own), each a `submit_apov` signed by Alice, built natively as an
//! author builds it (`Executive`), then imported in the runtime Wasm (`Core_execute_block`, one runtime call for
//! the whole block, as on import); beside it the same block of as many `System::remark`s of the same length, so
//! that the difference, per APoV, is the APoV's call without what every signed extrinsic costs (signature, nonce,
//! fee, and per byte; a remark's call does nothing). Then one copy alone at the head of a block and after a remark
//! of each of [`CONTEXTS`]' sizes, each block imported alternately with the same block that has a remark as long as
//! the APoV's call in its place ([`paired`]): the same APoV in blocks whose earlier extrinsics left the runtime
//! otherwise, each context in [`CONTEXT_EXECUTORS`] executors. The JSON file gains `blocks`: per workload, its
//! `copies` and its `contexts` (`after`: the remark's bytes, 0 for none; `executors`: each executor's median of
//! the paired differences, ns; `median`: the median of those; `q1`, `q3`: the quartiles of all the executors'
//! differences together; `rounds`: per executor).
//! Blocks of the pallet benchmarks' own APoVs (`workloads::calibration`, no dry-run benchmark of their own) are
//! imported the same way, so that each benchmark's weight can be set against the same work in block import.
//!
//! The executor's generic code (host function dispatch, the allocator's host calls) is compiled in this crate,
//! which names the host functions: the workspace's `Cargo.toml` optimises this crate in the dev profile, as a
//! validator's release build is, or each host call (every allocation in the runtime is one) costs several times
//! as much and the dry runs measure the harness, not the runtime.
//!
//! Run it in the dev profile (`cargo bench --profile dev --workspace --bench in_runtime`, as `scripts/bench.sh`
//! does: `--workspace` keeps the tests' feature set): only the Wasm's speed is measured, and the dev profile
//! shares its compiled polkadot-sdk dependencies with the node and the tests (the bench profile would compile
//! them all again).

use codec::{Decode, Encode};
use coreplay_fixtures::workloads;
use coreplay_primitives::ActorPov;
use coreplay_runtime::{
	AccountId, Actors, Address, Balances, Block, BlockNumber, Executive, Hash, Header, Runtime,
	RuntimeCall, RuntimeOrigin, SignedPayload, System, TxExtension, UncheckedExtrinsic, UNIT,
	WASM_BINARY,
};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use frame_support::traits::{fungible::Mutate, Get};
use pallet_actors::{ApovStatus, DryRun, SnapshotShape};
use sc_executor::WasmExecutor;
use sc_executor_common::runtime_blob::RuntimeBlob;
use serde_json::json;
use sp_core::traits::{CallContext, CodeExecutor, Externalities, RuntimeCode, WrappedRuntimeCode};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{generic::Era, traits::Header as _};
use std::{
	hint::black_box,
	time::{Duration, Instant},
};

/// The environment variable naming another build of the runtime's Wasm to run every runtime call in instead of
/// `WASM_BINARY`, such as the benchmark Wasm `scripts/weights.sh` measures (`bench_runtime_wasm` in
/// `scripts/lib/bencher.sh`; its benchmark host functions are left out). Blocks are still built by the native
/// runtime, so the other build must have the same logic and weights (the same commit) or its imports fail on the
/// state root. It sets the same APoV's time in the two builds side by side: session 28 found the node's Wasm
/// running fuel 1.4× as fast as the benchmark Wasm (`docs/performance.md`, "Session 28").
const OTHER_WASM: &str = "COREPLAY_HARNESS_WASM";

/// The fuel limit each dry run and submission of `apov` declares: the most a dry run may burn
/// (`MaxDryRunFuel`), or less if the APoV's slabs, each declared at the largest code's weight, leave less within a
/// core (`Pallet::core_fuel`; more is refused with `CoreOverweight`). What is charged after refunds is the fuel
/// the replay used, whatever the limit.
fn fuel_limit(apov: &ActorPov) -> u64 {
	let dry_run = <<Runtime as pallet_actors::Config>::MaxDryRunFuel as Get<u64>>::get();
	dry_run.min(Actors::core_fuel(apov).expect("the workload's slabs fit a core"))
}

/// The workloads also measured in block import (all but `ping-pong-16-rounds`, whose inbox the block's
/// initialisation at block 2 changes from the set-up's), each with how many copies one block holds: a copy is the same
/// APoV on actors of its own (task ids shifted by the workload's actor count per copy). One copy for the workloads
/// whose APoV names its actors beyond the slabs and the Agenda (signed calls commit to their actor, inbox messages
/// to their sender) and for `large-memory-2MiB`, whose APoV (2.07 MiB) leaves no room in a block for a second.
/// Block import is what the weights pay for: a block's extrinsics run in one runtime instance whose heap the
/// first touches and the next reuse, as in the pallet's benchmarks, where a dry run pays the page faults of a
/// fresh instance each time (`docs/performance.md`, "Weight against time"). Then the pallet benchmarks' own APoVs
/// (`workloads::calibration`), as many per block as the workloads of their kind (one of the 16-page one, as of
/// `large-memory-2MiB`).
const BLOCKS: &[(&str, u32)] = &[
	("counter-minimal", 16),
	("counter-1MiB", 16),
	("spin-100k", 16),
	("sidetask-job", 16),
	("ledger-100-transfers", 1),
	("large-memory-2MiB", 1),
	("links-8-actors", 16),
	("witness-lookups", 3),
	("branches-random", 16),
	("bench-submit_apov_fixed", 16),
	("bench-snapshot_pages-16", 1),
	("bench-zero_pages-31", 16),
	("bench-fuel-1000", 16),
	("bench-code_links-max", 16),
];

/// Bytes of a remark put before one copy of a workload's APoV in the block-import benchmarks' other contexts (the
/// copy is also imported alone at the head of a block). Session 25 measured each context as two criterion means
/// and found an APoV up to 2.3× slower after a large remark; paired ([`paired`]), the remark changes nothing beyond
/// the quartiles, while being the block's first APoV does (`docs/performance.md`, "Session 26"). Kept so that the
/// table shows both, and the band is judged on the costliest context.
const CONTEXTS: &[usize] = &[70_000, 150_000, 400_000];

/// How many times each context's two blocks are imported, alternately, by [`paired`] in each of the
/// [`CONTEXT_EXECUTORS`] (once each, in one executor, when criterion runs in test mode, as `cargo test` does).
const CONTEXT_ROUNDS: usize = 101;

/// How many executors each context is measured in, each with [`CONTEXT_ROUNDS`] rounds: each executor compiles
/// the runtime anew, and its machine code lands elsewhere in memory. Session 32 found the same APoV's median up to
/// 1.6× apart between two executors in one process (`bench-code_links-max` alone at the head of a block: 0.96 ms
/// in two executors, 1.44 ms in two others, each median of 151 rounds), more than between the rounds of one, so
/// one executor's figure is one draw of where the code lands, as a node's is (`docs/performance.md`, "Session 32").
/// A context's `median` is the median of the executors' medians.
const CONTEXT_EXECUTORS: usize = 3;

/// The differences `time(a) - time(b)` (ns) over `rounds` rounds of both imports, `a` first in even rounds and
/// `b` first in odd ones, after one import of each, sorted. Paired because the difference of two criterion means
/// (session 25: each block measured apart for 2 s) took the noise of both: a block with a 400 KB remark takes
/// about 5 ms here and varies by a few percent between samples, as much as a small APoV's whole time, while this
/// machine's slow drifts cancel within a round.
fn paired(rounds: usize, a: &[u8], b: &[u8], mut time: impl FnMut(&[u8]) -> Duration) -> Vec<f64> {
	time(a);
	time(b);
	let mut differences: Vec<f64> = (0..rounds)
		.map(|round| {
			let (ta, tb) = if round % 2 == 0 {
				let ta = time(a);
				(ta, time(b))
			} else {
				let tb = time(b);
				(time(a), tb)
			};
			ta.as_nanos() as f64 - tb.as_nanos() as f64
		})
		.collect();
	differences.sort_by(f64::total_cmp);
	differences
}

/// The quartiles `[q1, median, q3]` of `sorted` (ascending, not empty).
fn quartiles(sorted: &[f64]) -> [f64; 3] {
	let at = |q: usize| sorted[(sorted.len() - 1) * q / 4];
	[at(1), at(2), at(3)]
}

/// Whether this run measures `group` (a criterion group, or the paired contexts): `cargo bench` passes `--bench`
/// (`cargo test` does not: criterion's test mode runs each benchmark once), and a filter given after `--` matches
/// the group as criterion's filters match its own benchmarks, as a regular expression (`in-runtime-context/spin`,
/// `branches-random|spin-100k`), or names one of the group's benchmarks (`in-runtime-block/spin-100kx16`). A
/// filter that is no regular expression is matched as plain text.
fn benchmarking(group: &str) -> bool {
	let args: Vec<String> = std::env::args().skip(1).collect();
	let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
	let matches = |filter: &str| {
		regex::Regex::new(filter).map_or(group.contains(filter), |r| r.is_match(group))
			|| filter.contains(group)
	};
	args.iter().any(|a| a == "--bench")
		&& (filters.is_empty() || filters.iter().any(|f| matches(f)))
}

/// The number of the block each block-import benchmark imports (its parent is the set-up's block 1).
const BLOCK_NUMBER: BlockNumber = 2;

/// In-memory storage with `copies` copies of `w`'s actors (task ids 0, 1, … in order, copy `j` after copy
/// `j - 1`), each code uploaded once by `who` (who also holds 1,000,000 `UNIT`), each actor set to its slab's `pre`
/// state hash at sequence 0, then `w`'s bystanders, and the messages of the APoV's inbox batches waiting in their
/// actors' inboxes (one copy only, if it has any), at block 1 (on a genesis hash of `0x9e…`), committed.
fn set_up(w: &workloads::Workload, copies: u32, who: &AccountId) -> sp_io::TestExternalities {
	let mut ext = sp_io::TestExternalities::default();
	ext.execute_with(|| {
		System::set_block_number(1);
		// The genesis hash, which signed transactions commit to (`CheckGenesis`, `CheckEra`).
		// The workloads' signed calls are signed for it.
		frame_system::BlockHash::<Runtime>::insert(0, Hash::from(workloads::BENCH_GENESIS));
		Balances::set_balance(who, 1_000_000 * UNIT);
		for actor in w.actors.iter().chain(&w.bystanders) {
			let code_hash = coreplay_primitives::blake2_256(&actor.avf);
			if !pallet_actors::Codes::<Runtime>::contains_key(code_hash) {
				Actors::upload_code(RuntimeOrigin::signed(who.clone()), actor.avf.clone())
					.expect("uploads");
			}
		}
		for copy in 0..copies {
			for (actor, slab) in w.actors.iter().zip(&w.apov.slabs) {
				let code_hash = coreplay_primitives::blake2_256(&actor.avf);
				Actors::create_actor(
					RuntimeOrigin::signed(who.clone()),
					code_hash,
					actor.args.clone(),
				)
				.expect("creates");
				let id = slab.actor + copy * w.actors.len() as u32;
				pallet_actors::Actors::<Runtime>::mutate(id, |info| {
					let info = info.as_mut().expect("created in task id order");
					info.state_hash = coreplay_primitives::blake2_256(&slab.pre);
				});
			}
		}
		assert!(
			copies == 1 || (w.bystanders.is_empty() && w.apov.inbox.is_empty()),
			"{}: bystanders and inboxes are set up for one copy",
			w.name
		);
		for actor in &w.bystanders {
			let code_hash = coreplay_primitives::blake2_256(&actor.avf);
			Actors::create_actor(RuntimeOrigin::signed(who.clone()), code_hash, actor.args.clone())
				.expect("creates");
		}
		// The inbox batches' messages, as the chain holds them (`pallet_actors::InboxMessages`, one item each).
		for batch in &w.apov.inbox {
			let len = batch.messages.len() as u32;
			for (position, message) in (0u32..).zip(&batch.messages) {
				let data = message.data.clone().try_into().expect("within max_message_bytes");
				pallet_actors::InboxMessages::<Runtime>::insert(
					batch.actor,
					position,
					pallet_actors::InboxEntry {
						from: message.from,
						data,
						value: message.value,
						deposit: None,
						arrived: 1,
					},
				);
				pallet_actors::InboxSenders::<Runtime>::mutate(batch.actor, message.from, |n| {
					*n += 1
				});
			}
			pallet_actors::InboxQueues::<Runtime>::insert(
				batch.actor,
				pallet_actors::InboxQueue { head: 0, len },
			);
		}
	});
	ext.commit_all().expect("commits the set-up");
	ext
}

/// `apov` for copy `copy` of a workload of `actors` actors (see [`set_up`]): each slab's and Agenda item's actor
/// shifted by `copy × actors`.
fn copy_of(apov: &ActorPov, actors: u32, copy: u32) -> ActorPov {
	let mut apov = apov.clone();
	for slab in &mut apov.slabs {
		slab.actor += copy * actors;
	}
	for item in &mut apov.agenda {
		item.actor += copy * actors;
	}
	apov
}

/// `call` signed by Alice with `nonce`, immortal, no tip: a transaction as a wallet sends it (`TxExtension`).
fn signed(call: RuntimeCall, nonce: u32) -> UncheckedExtrinsic {
	let tx_ext: TxExtension = (
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(Era::Immortal),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		pallet_transaction_payment::ChargeTransactionPayment::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
		frame_system::WeightReclaim::new(),
	);
	let payload = SignedPayload::new(call, tx_ext).expect("the implicit data of the extensions");
	let signature = payload.using_encoded(|bytes| Sr25519Keyring::Alice.sign(bytes));
	let (call, tx_ext, _) = payload.deconstruct();
	let alice = Sr25519Keyring::Alice.to_account_id();
	UncheckedExtrinsic::new_signed(call, Address::Id(alice), signature.into(), tx_ext)
}

/// Block [`BLOCK_NUMBER`] on `ext`'s state, built natively as an author builds it (`Executive`): the timestamp
/// inherent, then `calls`, each signed by Alice (nonces 0, 1, …) and each dispatched without error; `check` runs
/// on the state after it. `ext` is left as it was.
fn block_of(
	ext: &mut sp_io::TestExternalities,
	calls: Vec<RuntimeCall>,
	check: impl FnOnce(),
) -> Block {
	ext.execute_with(|| {
		sp_io::storage::start_transaction();
		let parent = System::block_hash(BLOCK_NUMBER - 1);
		Executive::initialize_block(&Header::new(
			BLOCK_NUMBER,
			Default::default(),
			Default::default(),
			parent,
			Default::default(),
		));
		let mut extrinsics = vec![UncheckedExtrinsic::new_bare(RuntimeCall::Timestamp(
			pallet_timestamp::Call::set { now: 1 },
		))];
		extrinsics.extend((0..).zip(calls).map(|(nonce, call)| signed(call, nonce)));
		for xt in &extrinsics {
			Executive::apply_extrinsic(xt.clone())
				.expect("a valid transaction")
				.expect("dispatched without error");
		}
		let header = Executive::finalize_block();
		check();
		sp_io::storage::rollback_transaction();
		Block { header, extrinsics }
	})
}

fn in_runtime(c: &mut Criterion) {
	let other = std::env::var_os(OTHER_WASM).map(|path| {
		std::fs::read(&path)
			.unwrap_or_else(|e| panic!("{OTHER_WASM}: cannot read {}: {e}", path.to_string_lossy()))
	});
	let wasm: &[u8] = match &other {
		Some(wasm) => wasm,
		None => WASM_BINARY.expect("the runtime Wasm is built (do not set SKIP_WASM_BUILD)"),
	};
	// Another build may import host functions the node does not provide (the benchmark Wasm's
	// `ext_benchmarking_*`): they are stubs that fail if called, and no runtime call measured here calls them.
	// The node's executor settings; the block contexts build more of them (`CONTEXT_EXECUTORS`).
	let new_executor = || {
		WasmExecutor::<sp_io::SubstrateHostFunctions>::builder()
			.with_allow_missing_host_functions(other.is_some())
			.build()
	};
	let executor = new_executor();
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
	// The runtime heap a call takes in a fresh instance, as a block's first APoV finds it: the allocator's
	// high-water mark (`AllocationStats::address_space_used`, sc-allocator: bytes from the heap base to the bump
	// pointer, every one of them handed out by this call; each allocation is rounded up to a power of two, so a
	// large one may touch little more than half of its share). Each call compiles the runtime anew
	// (`uncached_call_with_allocation_stats`), from wasmtime's cache on disk after the first.
	let heap_cache = std::env::var_os("CARGO_TARGET_DIR")
		.map_or_else(std::env::temp_dir, std::path::PathBuf::from)
		.join("coreplay-harness-wasmtime");
	let stats_executor = WasmExecutor::<sp_io::SubstrateHostFunctions>::builder()
		.with_allow_missing_host_functions(other.is_some())
		.with_cache_path(&heap_cache)
		.build();
	let fresh_heap = |ext: &mut sp_io::TestExternalities, method: &str, args: &[u8]| {
		let blob = RuntimeBlob::uncompress_if_needed(wasm).expect("the runtime Wasm loads");
		let (result, stats) = stats_executor.uncached_call_with_allocation_stats(
			blob,
			&mut ext.ext(),
			other.is_some(),
			method,
			args,
		);
		result.unwrap_or_else(|e| panic!("the runtime API call {method} runs: {e}"));
		stats.expect("the allocator's statistics").address_space_used
	};
	// What the call itself takes (decoding its input, encoding its answer), less than any APoV's heap.
	let call_heap = fresh_heap(&mut sp_io::TestExternalities::default(), "ActorsApi_limits", &[]);
	let mut charged = serde_json::Map::new();
	let mut for_blocks = Vec::new();
	// The real workloads, then the pallet benchmarks' own APoVs (`workloads::calibration`), which are imported in
	// blocks only: the table sets each benchmark's measured weight against the same work in block import.
	let calibration = workloads::calibration(&machine);
	let calibrating: Vec<&str> = calibration.iter().map(|w| w.name).collect();
	for w in workloads::all(&machine).into_iter().chain(calibration) {
		let mut apov = w.apov.clone();
		for slab in &mut apov.slabs {
			slab.compact(machine.limits().max_memory_pages).expect("canonical snapshots");
		}
		let mut ext = set_up(&w, 1, &who);
		let args = (who.clone(), apov.clone(), fuel_limit(&apov)).encode();
		let dry_run = |ext: &mut sp_io::TestExternalities| {
			let answer = call(ext, "ActorsApi_dry_run_apov", black_box(&args));
			DryRun::decode(&mut &answer[..]).expect("decodes")
		};
		// Once before measuring: the APoV must be valid in the runtime as it is natively.
		let first = dry_run(&mut ext);
		let submitted = first.result.unwrap_or_else(|e| panic!("{}: {e:?}", w.name));
		assert_eq!(submitted.status, ApovStatus::Canonicalised, "{}", w.name);
		assert!(submitted.fuel_used >= w.fuel_used, "{}: replay plus payout", w.name);
		// The heap its validation takes in a fresh instance, and the memory pages its snapshots declare (the
		// charge pays `WeightInfo::fresh_pages` for half of them, a `pre` and `post` pair being one instance's).
		let heap = fresh_heap(&mut ext, "ActorsApi_dry_run_apov", &args).saturating_sub(call_heap);
		let declared: u64 = apov
			.slabs
			.iter()
			.flat_map(|s| [SnapshotShape::of(&s.pre), SnapshotShape::of_post(&s.pre, &s.post)])
			.map(|shape| shape.declared)
			.sum();
		// Each instance's linear memory is a buffer in that heap (wasmi's), so the heap holds at least one memory
		// per `pre` and `post` pair: less would mean the statistics missed the validation's allocations.
		let memory = declared.div_ceil(2) * coreplay_primitives::snapshot::PAGE_SIZE as u64;
		assert!(u64::from(heap) >= memory, "{}: {heap} bytes of heap, {memory} of memory", w.name);
		println!(
			"in-runtime-heap/{}: {} KiB of fresh heap; {} memory pages declared ({} KiB per pair)",
			w.name,
			heap / 1024,
			declared,
			memory / 1024,
		);
		// What the chain charges for it, to set beside the time measured (picoseconds of ref_time), the
		// components of `WeightInfo::submit_apov` in it (`Pallet::submit_base_weight`), and its messages
		// (`Pallet::messages_weight`: consumed, sent, bytes sent).
		let (n, items) = (apov.slabs.len(), apov.agenda.len());
		let consumed: usize = apov.inbox.iter().map(|b| b.messages.len()).sum();
		// Signed calls: each reads and writes its signer's nonce (`WeightInfo::signed_calls_*`' storage slope).
		let signed = apov
			.agenda
			.iter()
			.filter(|item| matches!(item.entry, coreplay_primitives::Invocation::SignedCall(_)))
			.count();
		charged.insert(
			w.name.to_string(),
			json!({
				"charged": submitted.weight.ref_time(),
				"n": n,
				"i": items.saturating_sub(n),
				"consumed": consumed,
				"sent": w.outbox.0,
				"sent_bytes": w.outbox.1,
				"signed": signed,
				"calibration": calibrating.contains(&w.name),
				"heap": heap,
				"declared_pages": declared,
				"memory": memory,
			}),
		);
		// Where the charge comes from (its parts as the pallet computes them; the rest is the fixed part, code,
		// messages, signed calls and the inspectors'), for reading a workload's ratio in the table.
		println!(
			"in-runtime/{}: charged weight {} ps (declared {} ps), fuel {}; of it snapshots {} ps, fuel {} ps, \
			 witness {} ps",
			w.name,
			submitted.weight.ref_time(),
			first.declared_weight.ref_time(),
			submitted.fuel_used,
			Actors::pages_weight(&apov).ref_time(),
			Actors::fuel_weight(submitted.fuel_used).ref_time(),
			Actors::witness_weight(&apov.witness).ref_time(),
		);
		if !calibrating.contains(&w.name) {
			group.throughput(Throughput::Bytes(apov.encoded_size() as u64));
			group.bench_function(w.name, |b| b.iter(|| dry_run(&mut ext)));
		}
		if BLOCKS.iter().any(|(name, _)| *name == w.name) {
			for_blocks.push((w, apov));
		}
	}
	group.finish();

	// Block import, as every validator does it: `Core_execute_block` of a block of copies of a workload's APoV
	// (each on actors of its own) in one runtime call, whose heap the first extrinsics touch and the next reuse,
	// against the same block of as many remarks as long (what every signed extrinsic costs besides its call:
	// signature, nonce, fee, weight, bytes). Each import runs in a storage transaction rolled back after it.
	let mut group = c.benchmark_group("in-runtime-block");
	group.sample_size(20);
	let import_in =
		|executor: &WasmExecutor<_>, ext: &mut sp_io::TestExternalities, block: &[u8]| {
			let mut e = ext.ext();
			e.storage_start_transaction();
			let (result, _) = executor.call(
				&mut e,
				&code,
				"Core_execute_block",
				block,
				CallContext::Onchain { import: true },
			);
			result.unwrap_or_else(|e| panic!("the block imports: {e}"));
			e.storage_rollback_transaction().expect("the transaction opened above");
		};
	let import =
		|ext: &mut sp_io::TestExternalities, block: &[u8]| import_in(&executor, ext, block);
	let mut blocks = serde_json::Map::new();
	let mut contexts = Vec::new();
	for (w, apov) in &for_blocks {
		let copies = BLOCKS.iter().find(|(name, _)| *name == w.name).expect("listed").1;
		let actors = w.actors.len() as u32;
		let mut ext = set_up(w, copies, &who);
		let submit = |copy| {
			RuntimeCall::Actors(pallet_actors::Call::submit_apov {
				apov: copy_of(apov, actors, copy),
				fuel_limit: fuel_limit(apov),
			})
		};
		let block = block_of(&mut ext, (0..copies).map(submit).collect(), || {
			for id in 0..copies * actors {
				let info = pallet_actors::Actors::<Runtime>::get(id).expect("created");
				assert_eq!(info.sequence, 1, "{}: each copy's APoV is canonicalised", w.name);
			}
		})
		.encode();
		// Once before measuring: the block the native runtime built imports in the runtime Wasm.
		import(&mut ext, &block);
		group.throughput(Throughput::Elements(copies.into()));
		group.bench_function(format!("{}x{copies}", w.name), |b| {
			b.iter(|| import(&mut ext, black_box(&block)))
		});
		// The baseline: remarks as long as the `submit_apov` call, so that what a transaction costs per byte
		// (decoding, the signed payload's hash, the extrinsics root) cancels too.
		let remark = RuntimeCall::System(frame_system::Call::remark {
			remark: vec![0; submit(0).encoded_size().saturating_sub(4)],
		});
		let remarks = block_of(&mut ext, vec![remark.clone(); copies as usize], || ()).encode();
		import(&mut ext, &remarks);
		group.bench_function(format!("{}x{copies}-remarks", w.name), |b| {
			b.iter(|| import(&mut ext, black_box(&remarks)))
		});
		contexts.push((w, apov, remark, copies));
	}
	group.finish();
	// The other contexts: one copy alone at the head of the block, then after a remark of each size of
	// `CONTEXTS`, against the same block with a remark as long as the APoV's call in its place; paired imports,
	// not a criterion group (see `paired`), in each of `CONTEXT_EXECUTORS` executors: the one above, and others
	// built as it is, each compiling the runtime anew (at its first call) and so placing its code elsewhere.
	let measuring =
		|w: &workloads::Workload| benchmarking(&format!("in-runtime-context/{}", w.name));
	let others: Vec<WasmExecutor<_>> = if contexts.iter().any(|(w, ..)| measuring(w)) {
		(1..CONTEXT_EXECUTORS).map(|_| new_executor()).collect()
	} else {
		Vec::new()
	};
	for (w, apov, remark, copies) in contexts {
		// Under `cargo test`, or filtered out, each block still imports once: every context must be valid.
		let measuring = measuring(w);
		let (rounds, executors) =
			if measuring { (CONTEXT_ROUNDS, others.len() + 1) } else { (1, 1) };
		let actors = w.actors.len() as u32;
		let mut ext = set_up(w, 1, &who);
		let submit = RuntimeCall::Actors(pallet_actors::Call::submit_apov {
			apov: copy_of(apov, actors, 0),
			fuel_limit: fuel_limit(apov),
		});
		let mut measured = Vec::new();
		for pad in std::iter::once(0).chain(CONTEXTS.iter().copied()) {
			let before = (pad > 0)
				.then(|| RuntimeCall::System(frame_system::Call::remark { remark: vec![0; pad] }));
			let with = |last: &RuntimeCall| before.iter().chain([last]).cloned().collect();
			let block = block_of(&mut ext, with(&submit), || {
				for id in 0..actors {
					let info = pallet_actors::Actors::<Runtime>::get(id).expect("created");
					assert_eq!(info.sequence, 1, "{}: canonicalised after {pad} bytes", w.name);
				}
			})
			.encode();
			let remarks = block_of(&mut ext, with(&remark), || ()).encode();
			// Each executor's differences; the context's median is the median of their medians, its quartiles
			// those of all the differences together.
			let mut all = Vec::new();
			let mut medians = Vec::new();
			for executor in std::iter::once(&executor).chain(&others).take(executors) {
				let differences = paired(rounds, &block, &remarks, |block| {
					let start = Instant::now();
					import_in(executor, &mut ext, black_box(block));
					start.elapsed()
				});
				medians.push(quartiles(&differences)[1]);
				all.extend(differences);
			}
			if !measuring {
				continue;
			}
			all.sort_by(f64::total_cmp);
			let [q1, _, q3] = quartiles(&all);
			let mut sorted = medians.clone();
			sorted.sort_by(f64::total_cmp);
			let [_, median, _] = quartiles(&sorted);
			let each: Vec<String> = medians.iter().map(|m| format!("{:.1}", m / 1e3)).collect();
			println!(
				"in-runtime-context/{}x1-after-{pad}: {:.1} µs (quartiles {:.1}-{:.1} µs; medians per executor {} \
				 µs; {rounds} rounds in each of {executors} executors)",
				w.name,
				median / 1e3,
				q1 / 1e3,
				q3 / 1e3,
				each.join(", "),
			);
			measured.push(json!({
				"after": pad,
				"median": median.round(),
				"q1": q1.round(),
				"q3": q3.round(),
				"executors": medians.iter().map(|m| m.round()).collect::<Vec<_>>(),
				"rounds": rounds,
			}));
		}
		blocks.insert(w.name.to_string(), json!({ "copies": copies, "contexts": measured }));
	}
	// For scripts/bench.sh's table: the weight (ref_time, ps) each workload's APoV is charged after refunds, with
	// its `submit_apov` components, the runtime's `DbWeight` and the chain's code limits.
	if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR") {
		let db = <Runtime as frame_system::Config>::DbWeight::get();
		let limits = Actors::limits();
		let json = json!({
			"db": { "read": db.read, "write": db.write },
			"limits": {
				"max_code_bytes": limits.max_code_bytes,
				"max_functions": limits.max_functions,
				"max_imports": limits.max_imports,
				"max_exports": limits.max_exports,
				"max_element_items": limits.max_element_items,
				"max_witness_items": limits.max_witness_items,
				"max_message_bytes": limits.max_message_bytes,
			},
			"workloads": charged,
			"blocks": blocks,
		});
		let file = std::path::Path::new(&dir).join("in-runtime-charged.json");
		std::fs::write(&file, format!("{json}\n"))
			.unwrap_or_else(|e| panic!("writing {}: {e}", file.display()));
	}
}

criterion_group!(benches, in_runtime);
criterion_main!(benches);
