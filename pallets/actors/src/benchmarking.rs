//! Benchmarks for `pallet_actors` (frame-benchmarking v2).
//!
//! Benchmark actors are generated here as Wasm binaries (the runtime has no WAT parser):
//! [`bench_actor`] builds a module with one initial memory page whose `init` grows its memory to `pages` and writes a non-zero byte at the end of every chunk of the first `touched` of them (so its snapshot
//! stores every chunk of `touched` pages and declares `pages`, every zero-chunk check scans whole chunks, and
//! restoring it grows the memory past the module's initial pages: the worst cases) and whose `call` counts down
//! from the `u32` it is given (so its fuel use is chosen by the caller). A data segment of `pad` bytes sizes the code for `upload_code`.

use super::*;
use alloc::{vec, vec::Vec};
use coreplay_primitives::{
	avf::{wrap, Format},
	AgendaItem, PovContext, Slab, Witness,
};
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::Mutate;
use frame_system::RawOrigin;

/// Signed LEB128 of `v` (an `i32.const` immediate).
fn sleb(mut v: i32, out: &mut Vec<u8>) {
	loop {
		let byte = (v & 0x7f) as u8;
		v >>= 7;
		if (v == 0 && byte & 0x40 == 0) || (v == -1 && byte & 0x40 != 0) {
			out.push(byte);
			return;
		}
		out.push(byte | 0x80);
	}
}

fn leb(mut v: u32, out: &mut Vec<u8>) {
	loop {
		let byte = (v & 0x7f) as u8;
		v >>= 7;
		if v == 0 {
			out.push(byte);
			return;
		}
		out.push(byte | 0x80);
	}
}

fn section(id: u8, body: Vec<u8>, out: &mut Vec<u8>) {
	out.push(id);
	leb(body.len() as u32, out);
	out.extend(body);
}

fn name(s: &str, out: &mut Vec<u8>) {
	leb(s.len() as u32, out);
	out.extend_from_slice(s.as_bytes());
}

/// An AVF blob (see the module docs): `pages` initial memory pages, every chunk of the first `touched` written by
/// `init`, a `pad`-byte data segment.
pub fn bench_actor(pages: u32, touched: u32, pad: u32) -> Vec<u8> {
	shaped_actor(pages, touched, pad, LoadShape::default())
}

/// Code that [`shaped_actor`] adds to [`bench_actor`]'s, shaped to cost the most to load, validate and compile
/// per function and per byte, as timed natively over many shapes (`docs/performance.md`, "Hostile code shapes").
#[derive(Clone, Copy, Default)]
pub struct LoadShape {
	/// Functions of type `() -> ()`, each declaring `locals` `i32` locals and an empty body.
	pub functions: u32,
	/// Locals of each of those functions.
	pub locals: u32,
	/// Whether `service` calls each of the `functions` once, so that each is compiled (at its first call).
	pub functions_called: bool,
	/// If non-zero, one function more whose body is about this many bytes of empty `loop`s (three bytes each),
	/// never called.
	pub body: u32,
	/// If non-zero, one function more like `body`'s, which `service` calls once (so compiles).
	pub compiled_body: u32,
	/// Whether each iteration of `call`'s loop calls the first of the `functions`, through a table with
	/// `call_indirect`, the costlier of the two calls (for `fuel_calls`).
	pub called: bool,
}

/// [`bench_actor`] with the functions of `shape` after its own.
pub fn shaped_actor(pages: u32, touched: u32, pad: u32, shape: LoadShape) -> Vec<u8> {
	use coreplay_primitives::snapshot::{CHUNK_SIZE, PAGE_SIZE};
	const I32: u8 = 0x7f;
	let mut m = b"\0asm\x01\0\0\0".to_vec();
	// Types: 0 = (i32) -> (), 1 = () -> i32, 2 = () -> ().
	section(1, vec![3, 0x60, 1, I32, 0, 0x60, 0, 1, I32, 0x60, 0, 0], &mut m);
	// Import coreplay.input_read as function 0.
	let mut imports = vec![1];
	name("coreplay", &mut imports);
	name("input_read", &mut imports);
	imports.extend([0x00, 0]);
	section(2, imports, &mut m);
	// Functions 1 (init), 2 (service), 3 (call), all of type 1; then the shape's, of type 2: its `functions`,
	// then `body`'s, then `compiled_body`'s.
	let extra = shape.functions + u32::from(shape.body > 0) + u32::from(shape.compiled_body > 0);
	let mut functions = Vec::new();
	leb(3 + extra, &mut functions);
	functions.extend([1, 1, 1]);
	functions.extend(core::iter::repeat_n(2u8, extra as usize));
	section(3, functions, &mut m);
	if shape.called {
		// A one-element table (funcref) for `call_indirect`.
		section(4, vec![1, 0x70, 0, 1], &mut m);
	}
	// Memory: one initial page (or `pages` if a data segment pads the code: it must lie within the initial
	// memory), no maximum; `init` grows it to `pages`. Restoring a snapshot grows it again, the costlier case for
	// stored and zero pages alike (wasmi reallocates, copies and zeroes).
	let initial = if pad > 0 { pages.max(1) } else { 1 };
	let mut memory = vec![1, 0];
	leb(initial, &mut memory);
	section(5, memory, &mut m);
	// Exports.
	let mut exports = vec![4];
	for (n, kind, index) in
		[("memory", 2u8, 0u32), ("init", 0, 1), ("service", 0, 2), ("call", 0, 3)]
	{
		name(n, &mut exports);
		exports.push(kind);
		leb(index, &mut exports);
	}
	section(7, exports, &mut m);
	if shape.called {
		// Element 0 of the table: the shape's first function (after the import and the three entries).
		section(9, vec![1, 0x00, 0x41, 0, 0x0b, 1, 4], &mut m);
	}
	// Code.
	let end = i32::try_from(touched as usize * PAGE_SIZE).expect("below 32 768 pages");
	let mut init: Vec<u8> = vec![1, 1, I32]; // one i32 local: the chunk's byte offset
	if pages > initial {
		init.push(0x41); // i32.const (pages - initial); memory.grow; drop
		sleb(i32::try_from(pages - initial).expect("below 32 768 pages"), &mut init);
		init.extend([0x40, 0, 0x1a]);
	}
	init.extend([
		0x02, 0x40, 0x03, 0x40, // block loop
		0x20, 0, 0x41, // local.get 0; i32.const end
	]);
	sleb(end, &mut init);
	init.extend([0x4f, 0x0d, 1]); // i32.ge_u; br_if 1
							   // local 0; i32.const 1; i32.store8 offset=CHUNK_SIZE-1: the chunk's last byte, so zero-chunk checks scan it all
	init.extend([0x20, 0, 0x41, 1, 0x3a, 0]);
	leb(CHUNK_SIZE as u32 - 1, &mut init);
	init.extend([0x20, 0, 0x41]); // local 0 += CHUNK_SIZE; br 0
	sleb(CHUNK_SIZE as i32, &mut init);
	init.extend([0x6a, 0x21, 0, 0x0c, 0]);
	init.extend([0x0b, 0x0b, 0x41, 0, 0x0b]); // end end; i32.const 0; end
	let mut service: Vec<u8> = vec![0];
	let mut called: Vec<u32> = Vec::new();
	if shape.functions_called {
		called.extend(4..4 + shape.functions);
	}
	if shape.compiled_body > 0 {
		called.push(3 + extra);
	}
	for index in called {
		service.push(0x10); // call index
		leb(index, &mut service);
	}
	service.extend([0x41, 0, 0x0b]); // i32.const 0; end
	let mut call: Vec<u8> = vec![
		1, 1, I32, // one i32 local: the counter
		0x41, 0, 0x10, 0, // input_read(0)
		0x41, 0, 0x28, 2, 0, 0x21, 0, // local 0 = i32.load(0)
		0x02, 0x40, 0x03, 0x40, // block loop
		0x20, 0, 0x45, 0x0d, 1, // br_if 1 (local 0 == 0)
	];
	if shape.called && shape.functions > 0 {
		// call_indirect (type 2) of table element 0, the shape's first function: a call's work and the
		// signature check.
		call.extend([0x41, 0, 0x11, 2, 0]);
	}
	call.extend([
		0x20, 0, 0x41, 1, 0x6b, 0x21, 0, 0x0c, 0, // local 0 -= 1; br 0
		0x0b, 0x0b, 0x41, 0, 0x0b, // end end; i32.const 0; end
	]);
	let mut code = Vec::new();
	leb(3 + extra, &mut code);
	for body in [init, service, call] {
		leb(body.len() as u32, &mut code);
		code.extend(body);
	}
	let mut declared = vec![1];
	leb(shape.locals, &mut declared);
	declared.extend([I32, 0x0b]);
	let declared = if shape.locals > 0 { declared } else { vec![0, 0x0b] };
	for _ in 0..shape.functions {
		leb(declared.len() as u32, &mut code);
		code.extend(&declared);
	}
	for bytes in [shape.body, shape.compiled_body] {
		if bytes > 0 {
			let mut body = vec![0];
			for _ in 0..bytes / 3 {
				body.extend([0x03, 0x40, 0x0b]); // loop end
			}
			body.push(0x0b);
			leb(body.len() as u32, &mut code);
			code.extend(body);
		}
	}
	section(10, code, &mut m);
	if pad > 0 {
		let mut data = vec![1, 0, 0x41, 0, 0x0b]; // one active segment at offset 0
		leb(pad, &mut data);
		data.extend(core::iter::repeat_n(1u8, pad as usize));
		section(11, data, &mut m);
	}
	wrap(Format::Wasm, &m)
}

/// A Wasm module (no imports) exporting `run(n: i32)`, which loops `n` times with the instructions of
/// [`bench_actor`]'s `call` loop: the equivalent workload for the `peer_wasmi` benchmark.
fn peer_loop_module() -> Vec<u8> {
	const I32: u8 = 0x7f;
	let mut m = b"\0asm\x01\0\0\0".to_vec();
	section(1, vec![1, 0x60, 1, I32, 0], &mut m); // type 0 = (i32) -> ()
	section(3, vec![1, 0], &mut m); // function 0 of type 0
	let mut exports = vec![1];
	name("run", &mut exports);
	exports.extend([0x00, 0]);
	section(7, exports, &mut m);
	#[rustfmt::skip]
	let run: Vec<u8> = vec![
		0, // no locals: the parameter counts down
		0x02, 0x40, 0x03, 0x40, // block loop
		0x20, 0, 0x45, 0x0d, 1, // br_if 1 (local 0 == 0)
		0x20, 0, 0x41, 1, 0x6b, 0x21, 0, 0x0c, 0, // local 0 -= 1; br 0
		0x0b, 0x0b, 0x0b, // end end end
	];
	let mut code = vec![1];
	leb(run.len() as u32, &mut code);
	code.extend(run);
	section(10, code, &mut m);
	m
}

fn funded<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	let amount = T::CodeDepositPerByte::get()
		.saturating_mul(T::MaxCodeLen::get().into())
		.saturating_add(T::CodeDepositBase::get())
		.saturating_mul(10u32.into());
	T::Currency::set_balance(&who, amount);
	who
}

/// Creates `n` actors, each with its own code (so validation loads `n` codes): actor 0 with `touched` memory
/// pages written whole and `untouched` more all zero, the others with one page, all zero (their snapshots store
/// no chunk). Returns the creator and each actor's task id and snapshot.
fn actors<T: Config>(
	n: u32,
	touched: u32,
	untouched: u32,
) -> (T::AccountId, Vec<(TaskId, Vec<u8>)>) {
	actors_shaped::<T>(n, touched, untouched, LoadShape::default())
}

/// [`actors`], actor 0's code with `shape`'s functions added.
fn actors_shaped<T: Config>(
	n: u32,
	touched: u32,
	untouched: u32,
	shape: LoadShape,
) -> (T::AccountId, Vec<(TaskId, Vec<u8>)>) {
	let who = funded::<T>("creator");
	let machine = Pallet::<T>::machine();
	let mut out = Vec::new();
	for j in 0..n {
		// A `j`-byte data segment makes each blob, so each code hash, distinct.
		let blob = if j == 0 {
			shaped_actor(touched + untouched, touched, j, shape)
		} else {
			bench_actor(1, 0, j)
		};
		let hash = blake2_256(&blob);
		Pallet::<T>::upload_code(RawOrigin::Signed(who.clone()).into(), blob.clone())
			.expect("the bench actor is valid");
		let code = machine.load(&blob).expect("valid");
		let task = NextTaskId::<T>::get();
		Pallet::<T>::create_actor(RawOrigin::Signed(who.clone()).into(), hash, vec![])
			.expect("creates");
		let now = frame_system::Pallet::<T>::block_number().saturated_into();
		let snapshot =
			machine.create(&code, task, &[], now, T::CreationFuel::get()).expect("creates");
		let declared = if j == 0 { touched + untouched } else { 1 };
		assert_eq!(
			coreplay_primitives::snapshot::declared_pages(&snapshot.snapshot),
			Some(declared.max(1)),
			"init grew the memory to the pages the benchmark wants"
		);
		out.push((task, snapshot.snapshot));
	}
	(who, out)
}

/// The largest `k` (written memory pages of actor 0) of the `submit_apov` benchmark: its APoV, `pre` and `post`
/// of `k` pages plus one-page slabs for the other `MaxActorsPerApov - 1` actors, must stay within
/// `max_apov_bytes` (a block), and `k` within `MaxMemoryPages`. The zero pages `m` take the rest of
/// `MaxMemoryPages`.
fn max_bench_pages<T: Config>() -> u32 {
	let page = coreplay_primitives::snapshot::ENCODED_PAGE_BYTES as u32;
	let slab_pages = Pallet::<T>::limits().max_apov_bytes / (2 * page);
	slab_pages.saturating_sub(T::MaxActorsPerApov::get()).clamp(1, T::MaxMemoryPages::get())
}

/// A `submit_apov` to benchmark: the signer, an APoV advancing `n` actors of [`actors_shaped`] (`touched`,
/// `untouched`, `shape`) by one with `extra` more Service items and `loops` iterations of one call, and the task
/// whose sequence must be 1 afterwards.
fn submission<T: Config>(
	n: u32,
	(touched, untouched, shape): (u32, u32, LoadShape),
	extra: u32,
	loops: u32,
) -> (T::AccountId, ActorPov, TaskId) {
	let (who, created) = actors_shaped::<T>(n, touched, untouched, shape);
	let first = created[0].0;
	(who, apov::<T>(created, extra, loops), first)
}

/// The most functions [`LoadShape`] may add: `Limits::max_functions` less the bench actor's three and the
/// two `loop` bodies.
fn max_load_functions<T: Config>() -> u32 {
	Pallet::<T>::limits().max_functions.saturating_sub(5)
}

/// The most bytes [`LoadShape::body`] and [`LoadShape::compiled_body`] may have together, to fit `MaxCodeLen`
/// beside [`max_load_functions`] functions of `max_function_locals` locals (at most 8 bytes each in the code and
/// function sections, 3 more for `service`'s call of each) and the bench actor.
fn max_load_body<T: Config>() -> u32 {
	T::MaxCodeLen::get().saturating_sub(11 * max_load_functions::<T>() + 1024)
}

/// The most thousands of fuel `fuel_compile` can compile: all of [`max_load_body`] at `COMPILE_FUEL` per byte.
fn max_compile_fuel<T: Config>() -> u32 {
	max_load_body::<T>().saturating_mul(coreplay_vm::COMPILE_FUEL) / 1000
}

/// An APoV advancing `actors` by one, with `extra` more Service items and one call looping `loops` times.
fn apov<T: Config>(actors: Vec<(TaskId, Vec<u8>)>, extra: u32, loops: u32) -> ActorPov {
	let machine = Pallet::<T>::machine();
	let loaded: Vec<_> = actors
		.iter()
		.map(|(task, _)| {
			let hash = Actors::<T>::get(task).expect("exists").code_hash;
			machine.load(&Codes::<T>::get(hash).expect("stored")).expect("valid")
		})
		.collect();
	let mut agenda: Vec<AgendaItem> =
		actors.iter().map(|(a, _)| AgendaItem::service(*a, 1)).collect();
	for i in 0..extra {
		agenda.push(AgendaItem::service(actors[i as usize % actors.len()].0, 1));
	}
	if loops > 0 {
		agenda.push(AgendaItem::call(actors[0].0, loops.to_le_bytes().to_vec(), vec![]));
	}
	let draft = ActorPov {
		context: PovContext { now: frame_system::Pallet::<T>::block_number().saturated_into() },
		agenda,
		// The `pre` snapshots are moved, not copied: at 8 actors × 32 pages a copy is 32 MiB of the runtime's
		// 128 MiB heap, and the benchmark must not need more memory than the extrinsic does.
		slabs: actors
			.into_iter()
			.map(|(actor, pre)| Slab { actor, sequence: 1, pre, post: vec![] })
			.collect(),
		inbox: vec![],
		witness: Witness::default(),
	};
	let codes: Vec<_> = loaded.iter().collect();
	let inboxes: Vec<&[Message]> = draft.slabs.iter().map(|_| &[][..]).collect();
	coreplay_vm::produce_pov(
		&machine,
		draft,
		&codes,
		&inboxes,
		T::MaxFuel::get(),
		coreplay_vm::PostForm::Full,
	)
	.expect("produces")
	.0
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// Validation in full (wasmparser's validator and wasmi's eager compiler) and storage of a code of the
	/// costliest shapes: `f` functions of the most locals and a function of `c` bytes of empty loops.
	#[benchmark]
	fn upload_code(
		c: Linear<0, { max_load_body::<T>() }>,
		f: Linear<0, { max_load_functions::<T>() }>,
	) {
		let who = funded::<T>("uploader");
		let locals = Pallet::<T>::limits().max_function_locals;
		let shape = LoadShape { functions: f, locals, body: c, ..LoadShape::default() };
		let blob = shaped_actor(1, 1, 0, shape);
		let hash = blake2_256(&blob);
		#[extrinsic_call]
		_(RawOrigin::Signed(who), blob);
		assert!(Codes::<T>::contains_key(hash));
	}

	#[benchmark]
	fn remove_code() {
		let who = funded::<T>("uploader");
		let blob = bench_actor(1, 1, 0);
		let hash = blake2_256(&blob);
		Pallet::<T>::upload_code(RawOrigin::Signed(who.clone()).into(), blob).expect("valid");
		#[extrinsic_call]
		_(RawOrigin::Signed(who), hash);
		assert!(!Codes::<T>::contains_key(hash));
	}

	#[benchmark]
	fn create_actor(a: Linear<0, { T::MaxArgsLen::get() }>) {
		let who = funded::<T>("creator");
		// The largest code: compiling it is most of the work.
		let pages = T::MaxMemoryPages::get().min(4);
		let blob =
			bench_actor(pages, pages, T::MaxCodeLen::get().saturating_sub(1024).min(4 * 65_536));
		let hash = blake2_256(&blob);
		Pallet::<T>::upload_code(RawOrigin::Signed(who.clone()).into(), blob).expect("valid");
		#[extrinsic_call]
		_(RawOrigin::Signed(who), hash, vec![1u8; a as usize]);
		assert!(Actors::<T>::contains_key(0));
	}

	#[benchmark]
	fn submit_apov(
		n: Linear<1, { T::MaxActorsPerApov::get() }>,
		i: Linear<0, { T::MaxAgendaItems::get().saturating_sub(T::MaxActorsPerApov::get()) }>,
	) {
		let (who, apov, first) = submission::<T>(n, (0, 1, LoadShape::default()), i, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	/// Snapshot pages, measured apart from `n` and `i` (as `fuel` is) so that each benchmark's fixed part is
	/// measured near its points, not extrapolated from points where the other components are at their maximum.
	#[benchmark]
	fn snapshot_pages(k: Linear<1, { max_bench_pages::<T>() }>) {
		let (who, apov, first) = submission::<T>(1, (k, 0, LoadShape::default()), 0, 0);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	/// Zero pages, apart from `snapshot_pages`: with its stored pages at their maximum, the time of each point
	/// varied more than all the zero pages cost together. One stored page, and `m` zero pages declared beyond the
	/// module's initial memory, so restoring grows the memory by `m` pages (wasmi reallocates and zeroes) and
	/// comparing scans them, in `pre` and in `post`.
	#[benchmark]
	fn zero_pages(m: Linear<0, { T::MaxMemoryPages::get() - 1 }>) {
		let (who, apov, first) = submission::<T>(1, (1, m, LoadShape::default()), 0, 0);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	/// The expansion of a delta `post` alone (validation's extra work for the compact form), at its worst per
	/// chunk: `pre` stores every chunk of `k` pages, each with its last byte set, and the delta rewrites every one
	/// of them, so each is compared, scanned for zeros and copied. `Pallet::snapshots_weight` charges its slope
	/// per page for every 512 chunks of both inputs together, twice what this measures when they are the same
	/// size: a delta whose chunks are not in `pre` makes as many output chunks as input chunks.
	#[benchmark]
	fn expand_post(k: Linear<0, { T::MaxMemoryPages::get() }>) {
		use coreplay_primitives::snapshot::{self, CHUNK_SIZE, PAGE_SIZE};
		let max_pages = T::MaxMemoryPages::get();
		let mut memory = vec![0u8; max_pages as usize * PAGE_SIZE];
		let last_bytes = (CHUNK_SIZE - 1..k as usize * PAGE_SIZE).step_by(CHUNK_SIZE);
		last_bytes.clone().for_each(|at| memory[at] = 1);
		let pre = snapshot::encode(&memory, &[]);
		last_bytes.for_each(|at| memory[at] = 2);
		let post = snapshot::encode(&memory, &[]);
		let delta = snapshot::delta(&pre, &post, max_pages).expect("canonical");
		let expanded;
		#[block]
		{
			expanded = snapshot::expand(&pre, &delta, max_pages);
		}
		assert_eq!(expanded, Ok(post));
	}

	/// The peer of issue 8, not a weight: the loop of `fuel`'s benchmark actor, `125 * k` iterations (about `k`
	/// thousand units of our fuel), run inside the runtime by wasmi 0.32.3 configured as pallet-contracts 51 runs
	/// contracts (`wasm/prepare.rs`: Wasm 1.0 with sign extension, fuel metering on, lazy compilation at
	/// execution), module compiled and instantiated each time as pallet-contracts does per call. Its slope per
	/// `k` sits beside `fuel`'s in `docs/performance.md`; `Pallet` never charges it.
	#[benchmark]
	fn peer_wasmi(k: Linear<1, 10_000>) {
		use wasmi_peer::{CompilationMode, Config as PeerConfig, Engine, Linker, Module, Store};
		let wasm = peer_loop_module();
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
		assert!(fuel_left < u64::MAX, "the peer metered fuel");
	}

	#[benchmark]
	fn pending_check(n: Linear<1, { T::MaxActorsPerApov::get() }>) {
		let (who, created) = actors::<T>(n, 0, 1);
		// A slab's sequence is not an input of replay: renumbered to 2, the APoV waits.
		let first = created[0].0;
		let ready: Vec<_> = created.iter().map(|(task, pre)| (*task, blake2_256(pre))).collect();
		let mut later = apov::<T>(created, 0, 0);
		for slab in &mut later.slabs {
			slab.sequence = 2;
		}
		Pallet::<T>::submit_apov(RawOrigin::Signed(who).into(), later, T::MaxFuel::get())
			.expect("pending");
		// Make it ready, the worst case: each actor at sequence 1 with the APoV's pre state.
		for (task, pre_hash) in ready {
			Actors::<T>::mutate(task, |actor| {
				let actor = actor.as_mut().expect("exists");
				actor.sequence = 1;
				actor.state_hash = pre_hash;
			});
		}
		#[block]
		{
			Pallet::<T>::process_pending(1);
		}
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 2);
	}

	/// Loading code, measured apart from `n` (whose bench actors are a few hundred bytes): a one-actor
	/// `submit_apov` whose actor's code has `f` functions more, each with the most locals a function may have and
	/// called once by `service` (so compiled), and a function of `c` bytes of empty `loop`s, never called: the
	/// shapes that cost the most per function and per byte. The pallet charges only the slopes, per byte of each
	/// slab's code (all of it, not only function bodies) and per function it defines (`Pallet::code_weight`);
	/// the bytes of the functions an execution compiles are charged as fuel (`fuel_compile`).
	#[benchmark]
	fn code_load(
		c: Linear<0, { max_load_body::<T>() }>,
		f: Linear<0, { max_load_functions::<T>() }>,
	) {
		let locals = Pallet::<T>::limits().max_function_locals;
		let shape = LoadShape {
			functions: f,
			locals,
			functions_called: true,
			body: c,
			..LoadShape::default()
		};
		let (who, apov, first) = submission::<T>(1, (0, 1, shape), 0, 0);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	/// The fuel rate of calls, the costliest operator per unit of fuel: `fuel`'s loop, each iteration also calling
	/// (`call_indirect`) a function with the most locals a function may have (wasmi zeroes them on every call). The pallet charges
	/// fuel at the higher of the two slopes (`Pallet::fuel_weight`).
	#[benchmark]
	fn fuel_calls(k: Linear<1, 10_000>) {
		let locals = Pallet::<T>::limits().max_function_locals;
		let shape = LoadShape { functions: 1, locals, called: true, ..LoadShape::default() };
		// About 8 fuel per loop iteration, plus the table index's `i32.const` and the call's: `k` thousand fuel is
		// about 1000 × k / (9 + call) iterations.
		let per_iteration = 9 + u32::from(coreplay_vm::CALL_FUEL);
		let (who, apov, first) = submission::<T>(1, (0, 1, shape), 0, 1000 * k / per_iteration);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	/// The fuel rate of compiling: `service` calls a function of empty `loop`s (the costliest bytes to compile)
	/// of `k` thousand units of fuel at `COMPILE_FUEL` per byte, compiled at that call. An uncalled function of
	/// the rest of [`max_load_body`]'s bytes keeps the code's size, so its loading, the same at every `k`. The
	/// pallet charges fuel at the highest of the fuel slopes (`Pallet::fuel_weight`).
	#[benchmark]
	fn fuel_compile(k: Linear<1, { max_compile_fuel::<T>() }>) {
		let compiled = 1000 * k / coreplay_vm::COMPILE_FUEL;
		let shape = LoadShape {
			body: max_load_body::<T>().saturating_sub(compiled),
			compiled_body: compiled,
			..LoadShape::default()
		};
		let (who, apov, first) = submission::<T>(1, (0, 1, shape), 0, 0);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	#[benchmark]
	fn fuel(k: Linear<1, 10_000>) {
		// About 8 fuel per loop iteration: `k` thousand fuel is about 125 × k iterations.
		let (who, apov, first) = submission::<T>(1, (0, 1, LoadShape::default()), 0, 125 * k);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
