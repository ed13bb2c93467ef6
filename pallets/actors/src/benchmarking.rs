//! Benchmarks for `pallet_actors` (frame-benchmarking v2).
//!
//! Benchmark actors are generated here as Wasm binaries with `wasm-encoder` (the runtime has no WAT parser):
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

/// An AVF blob (see the module docs): `pages` initial memory pages, every chunk of the first `touched` written by
/// `init`, a `pad`-byte data segment.
pub fn bench_actor(pages: u32, touched: u32, pad: u32) -> Vec<u8> {
	shaped_actor(pages, touched, pad, LoadShape::default())
}

/// Code that [`shaped_actor`] adds to [`bench_actor`]'s, shaped to cost the most to load, validate and compile
/// per function, per byte, per import, per export and per element item, as timed natively over many shapes
/// (`docs/performance.md`, "Hostile code shapes").
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
	/// Imports more, each of `coreplay.input_read` again (linked at every instantiation).
	pub imports: u32,
	/// Exports more, each of `init` under a name of `export_name` bytes; the names differ only in their last
	/// bytes, so that every comparison of two of them reads them whole.
	pub exports: u32,
	/// Bytes of each of the `exports`' names (at least 8; `max_export_name_bytes` for the costliest).
	pub export_name: u32,
	/// Function references in an element segment, into a table as large (each written at instantiation).
	pub element_items: u32,
}

/// [`bench_actor`] with the code of `shape` after its own, built with `wasm-encoder`.
pub fn shaped_actor(pages: u32, touched: u32, pad: u32, shape: LoadShape) -> Vec<u8> {
	use coreplay_primitives::snapshot::{CHUNK_SIZE, PAGE_SIZE};
	use coreplay_vm::abi::{EntryPoint, HOST_MODULE};
	use wasm_encoder::{
		BlockType, CodeSection, ConstExpr, DataSection, ElementSection, Elements, EntityType,
		ExportKind, ExportSection, Function, FunctionSection, ImportSection, MemArg, MemorySection,
		MemoryType, Module, RefType, TableSection, TableType, TypeSection, ValType,
	};
	const I32: ValType = ValType::I32;
	let mut module = Module::new();
	// Types: 0 = (i32) -> (), 1 = () -> i32, 2 = () -> ().
	let mut types = TypeSection::new();
	types.ty().function([I32], []);
	types.ty().function([], [I32]);
	types.ty().function([], []);
	module.section(&types);
	// Imports: `coreplay.input_read` as function 0, then `shape.imports` more of it.
	let mut imports = ImportSection::new();
	for _ in 0..=shape.imports {
		imports.import(HOST_MODULE, "input_read", EntityType::Function(0));
	}
	module.section(&imports);
	let imported = 1 + shape.imports;
	// Functions `imported` (init), +1 (service), +2 (call), all of type 1; then the shape's, of type 2: its
	// `functions`, then `body`'s, then `compiled_body`'s.
	let (init, service, call, first) = (imported, imported + 1, imported + 2, imported + 3);
	let extra = shape.functions + u32::from(shape.body > 0) + u32::from(shape.compiled_body > 0);
	let mut functions = FunctionSection::new();
	for _ in 0..3 {
		functions.function(1);
	}
	for _ in 0..extra {
		functions.function(2);
	}
	module.section(&functions);
	// A table for `call_indirect` and the element items.
	let table = shape.element_items.max(u32::from(shape.called));
	if table > 0 {
		let mut tables = TableSection::new();
		tables.table(TableType {
			element_type: RefType::FUNCREF,
			table64: false,
			minimum: u64::from(table),
			maximum: None,
			shared: false,
		});
		module.section(&tables);
	}
	// Memory: one initial page (or `pages` if a data segment pads the code: it must lie within the initial
	// memory), no maximum; `init` grows it to `pages`. Restoring a snapshot grows it again, the costlier case for
	// stored and zero pages alike (wasmi reallocates, copies and zeroes).
	let initial = if pad > 0 { pages.max(1) } else { 1 };
	let mut memories = MemorySection::new();
	memories.memory(MemoryType {
		minimum: u64::from(initial),
		maximum: None,
		memory64: false,
		shared: false,
		page_size_log2: None,
	});
	module.section(&memories);
	let mut exports = ExportSection::new();
	exports.export("memory", ExportKind::Memory, 0);
	exports.export(EntryPoint::Init.name(), ExportKind::Func, init);
	exports.export(EntryPoint::Service.name(), ExportKind::Func, service);
	exports.export(EntryPoint::Call.name(), ExportKind::Func, call);
	let name_bytes = shape.export_name.max(8) as usize;
	for i in 0..shape.exports {
		let mut name = alloc::vec![b'x'; name_bytes - 8];
		name.extend_from_slice(alloc::format!("{i:08}").as_bytes());
		let name = core::str::from_utf8(&name).expect("ASCII; qed");
		exports.export(name, ExportKind::Func, init);
	}
	module.section(&exports);
	if table > 0 {
		let mut elements = ElementSection::new();
		let at_zero = ConstExpr::i32_const(0);
		if shape.element_items > 0 {
			let items = vec![call; shape.element_items as usize];
			elements.active(None, &at_zero, Elements::Functions(items.into()));
		}
		if shape.called {
			// Element 0 of the table: the shape's first function, for `call`'s `call_indirect`.
			elements.active(None, &at_zero, Elements::Functions(vec![first].into()));
		}
		module.section(&elements);
	}
	// Code.
	let end = i32::try_from(touched as usize * PAGE_SIZE).expect("below 32 768 pages");
	let pages_more = i32::try_from(pages.saturating_sub(initial)).expect("below 32 768 pages");
	let byte = MemArg { offset: CHUNK_SIZE as u64 - 1, align: 0, memory_index: 0 };
	let word = MemArg { offset: 0, align: 2, memory_index: 0 };
	let mut codes = CodeSection::new();
	// `init`, with one i32 local (the chunk's byte offset): grow to `pages`, then set the last byte of each
	// chunk of the first `touched` pages, so zero-chunk checks scan it all.
	let mut body = Function::new([(1, I32)]);
	let mut ops = body.instructions();
	if pages_more > 0 {
		ops.i32_const(pages_more).memory_grow(0).drop();
	}
	ops.block(BlockType::Empty)
		.loop_(BlockType::Empty)
		.local_get(0)
		.i32_const(end)
		.i32_ge_u()
		.br_if(1)
		.local_get(0)
		.i32_const(1)
		.i32_store8(byte)
		.local_get(0)
		.i32_const(CHUNK_SIZE as i32)
		.i32_add()
		.local_set(0)
		.br(0)
		.end()
		.end()
		.i32_const(0)
		.end();
	codes.function(&body);
	// `service`: calls the functions the shape compiles.
	let mut body = Function::new([]);
	let mut ops = body.instructions();
	if shape.functions_called {
		for index in first..first + shape.functions {
			ops.call(index);
		}
	}
	if shape.compiled_body > 0 {
		ops.call(first + extra - 1);
	}
	ops.i32_const(0).end();
	codes.function(&body);
	// `call`, with one i32 local (the counter): counts down from the `u32` it is given.
	let mut body = Function::new([(1, I32)]);
	let mut ops = body.instructions();
	ops.i32_const(0)
		.call(0)
		.i32_const(0)
		.i32_load(word)
		.local_set(0)
		.block(BlockType::Empty)
		.loop_(BlockType::Empty)
		.local_get(0)
		.i32_eqz()
		.br_if(1);
	if shape.called && shape.functions > 0 {
		// `call_indirect` (type 2) of table element 0, the shape's first function: a call's work and the
		// signature check.
		ops.i32_const(0).call_indirect(0, 2);
	}
	ops.local_get(0).i32_const(1).i32_sub().local_set(0).br(0).end().end().i32_const(0).end();
	codes.function(&body);
	let locals: &[(u32, ValType)] = if shape.locals > 0 { &[(shape.locals, I32)] } else { &[] };
	for _ in 0..shape.functions {
		let mut body = Function::new(locals.iter().copied());
		body.instructions().end();
		codes.function(&body);
	}
	for bytes in [shape.body, shape.compiled_body] {
		if bytes > 0 {
			let mut body = Function::new([]);
			let mut ops = body.instructions();
			for _ in 0..bytes / 3 {
				ops.loop_(BlockType::Empty).end();
			}
			ops.end();
			codes.function(&body);
		}
	}
	module.section(&codes);
	if pad > 0 {
		let mut data = DataSection::new();
		data.active(0, &ConstExpr::i32_const(0), core::iter::repeat_n(1u8, pad as usize));
		module.section(&data);
	}
	wrap(Format::Wasm, &module.finish())
}

/// A Wasm module (no imports) exporting `run(n: i32)`, which loops `n` times with the instructions of
/// [`bench_actor`]'s `call` loop: the equivalent workload for the `peer_wasmi` benchmark.
fn peer_loop_module() -> Vec<u8> {
	use wasm_encoder::{
		BlockType, CodeSection, ExportKind, ExportSection, Function, FunctionSection, Module,
		TypeSection, ValType,
	};
	let mut module = Module::new();
	let mut types = TypeSection::new();
	types.ty().function([ValType::I32], []);
	module.section(&types);
	let mut functions = FunctionSection::new();
	functions.function(0);
	module.section(&functions);
	let mut exports = ExportSection::new();
	exports.export("run", ExportKind::Func, 0);
	module.section(&exports);
	// No locals: the parameter counts down.
	let mut run = Function::new([]);
	run.instructions()
		.block(BlockType::Empty)
		.loop_(BlockType::Empty)
		.local_get(0)
		.i32_eqz()
		.br_if(1)
		.local_get(0)
		.i32_const(1)
		.i32_sub()
		.local_set(0)
		.br(0)
		.end()
		.end()
		.end();
	let mut codes = CodeSection::new();
	codes.function(&run);
	module.section(&codes);
	module.finish()
}

fn funded<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	let amount = T::CodeDepositPerByte::get()
		.saturating_mul(Pallet::<T>::limits().max_code_bytes.into())
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
/// of `k` pages plus one-page slabs for the other `max_actors - 1` actors, must stay within
/// `max_apov_bytes` (a block), and `k` within `Limits::max_memory_pages`. The zero pages `m` take the rest of
/// `Limits::max_memory_pages`.
fn max_bench_pages<T: Config>() -> u32 {
	let page = coreplay_primitives::snapshot::ENCODED_PAGE_BYTES as u32;
	let slab_pages = Pallet::<T>::limits().max_apov_bytes / (2 * page);
	slab_pages
		.saturating_sub(Pallet::<T>::limits().max_actors)
		.clamp(1, Pallet::<T>::limits().max_memory_pages)
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
	(who, apov::<T>(created, extra, loops, Witness::default()), first)
}

/// The most functions [`LoadShape`] may add: `Limits::max_functions` less the bench actor's three and the
/// two `loop` bodies.
fn max_load_functions<T: Config>() -> u32 {
	Pallet::<T>::limits().max_functions.saturating_sub(5)
}

/// The most bytes [`LoadShape::body`] and [`LoadShape::compiled_body`] may have together, to fit `Limits::max_code_bytes`
/// beside [`max_load_functions`] functions of `max_function_locals` locals (at most 8 bytes each in the code and
/// function sections, 3 more for `service`'s call of each) and the bench actor.
fn max_load_body<T: Config>() -> u32 {
	Pallet::<T>::limits().max_code_bytes.saturating_sub(11 * max_load_functions::<T>() + 1024)
}

/// The most KiB of the `witness` benchmark's large preimage: `max_witness_bytes` less its `p` 4-byte preimages.
fn max_witness_kib<T: Config>() -> u32 {
	let limits = Pallet::<T>::limits();
	limits.max_witness_bytes.saturating_sub(4 * limits.max_witness_items) / 1024
}

/// The most thousands of fuel `fuel_compile` can compile: all of [`max_load_body`] at `COMPILE_FUEL` per byte.
fn max_compile_fuel<T: Config>() -> u32 {
	max_load_body::<T>().saturating_mul(coreplay_vm::COMPILE_FUEL) / 1000
}

/// An APoV advancing `actors` by one, with `extra` more Service items, one call looping `loops` times and
/// `witness`.
fn apov<T: Config>(
	actors: Vec<(TaskId, Vec<u8>)>,
	extra: u32,
	loops: u32,
	witness: Witness,
) -> ActorPov {
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
		witness,
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
		let pages = Pallet::<T>::limits().max_memory_pages.min(4);
		let blob = bench_actor(
			pages,
			pages,
			Pallet::<T>::limits().max_code_bytes.saturating_sub(1024).min(4 * 65_536),
		);
		let hash = blake2_256(&blob);
		Pallet::<T>::upload_code(RawOrigin::Signed(who.clone()).into(), blob).expect("valid");
		#[extrinsic_call]
		_(RawOrigin::Signed(who), hash, vec![1u8; a as usize]);
		assert!(Actors::<T>::contains_key(0));
	}

	#[benchmark]
	fn submit_apov(
		n: Linear<1, { Pallet::<T>::limits().max_actors }>,
		i: Linear<
			0,
			{
				Pallet::<T>::limits()
					.max_agenda_items
					.saturating_sub(Pallet::<T>::limits().max_actors)
			},
		>,
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
	fn zero_pages(m: Linear<0, { Pallet::<T>::limits().max_memory_pages - 1 }>) {
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
	fn expand_post(k: Linear<0, { Pallet::<T>::limits().max_memory_pages }>) {
		use coreplay_primitives::snapshot::{self, CHUNK_SIZE, PAGE_SIZE};
		let max_pages = Pallet::<T>::limits().max_memory_pages;
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
	fn pending_check(n: Linear<1, { Pallet::<T>::limits().max_actors }>) {
		let (who, created) = actors::<T>(n, 0, 1);
		// A slab's sequence is not an input of replay: renumbered to 2, the APoV waits.
		let first = created[0].0;
		let ready: Vec<_> = created.iter().map(|(task, pre)| (*task, blake2_256(pre))).collect();
		let mut later = apov::<T>(created, 0, 0, Witness::default());
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

	/// The imports, exports and element items of a slab's code, measured apart from `code_load` (whose `c` and
	/// `f` fill `Limits::max_code_bytes`): a one-actor `submit_apov` whose code has `i` imports more (each linked at
	/// instantiation), `e` exports more, each with a name of `max_export_name_bytes` (the names differ only at
	/// their ends, so each comparison reads them whole, the costliest case of the maps wasmi enters them in), and
	/// `x` element items written into a table as large. The pallet charges only the slopes, per import, export
	/// and element item of each slab's code (`Pallet::code_weight`) and of each uploaded code
	/// (`Pallet::upload_weight`: validation parses and enters the same items, and instantiates nothing).
	#[benchmark]
	fn code_links(
		i: Linear<0, { Pallet::<T>::limits().max_imports - 1 }>,
		e: Linear<0, { Pallet::<T>::limits().max_exports - 4 }>,
		x: Linear<0, { Pallet::<T>::limits().max_element_items }>,
	) {
		let shape = LoadShape {
			imports: i,
			exports: e,
			export_name: Pallet::<T>::limits().max_export_name_bytes,
			element_items: x,
			..LoadShape::default()
		};
		let (who, apov, first) = submission::<T>(1, (0, 1, shape), 0, 0);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	/// The witness: a one-actor `submit_apov` whose witness holds `p` preimages of 4 bytes (distinct, so sorting
	/// compares whole hashes) and one more of `k` KiB, which the vm hashes (blake2-256, in the runtime's Wasm),
	/// copies and sorts into its index before the Agenda runs. The pallet charges only the slopes, per preimage
	/// and per KiB (`Pallet::witness_weight`); `lookup`s are charged as fuel.
	#[benchmark]
	fn witness(
		p: Linear<0, { Pallet::<T>::limits().max_witness_items - 1 }>,
		k: Linear<0, { max_witness_kib::<T>() }>,
	) {
		let (who, created) = actors::<T>(1, 0, 1);
		let first = created[0].0;
		let mut preimages: Vec<Vec<u8>> = (0..p).map(|j| j.to_le_bytes().to_vec()).collect();
		preimages.push(vec![7; k as usize * 1024]);
		let apov = apov::<T>(created, 0, 0, Witness { preimages });
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
