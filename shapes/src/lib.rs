//! Coreplay's code shapes: the benchmark actor and the hostile code shapes, built as Wasm with `wasm-encoder`
//! (the runtime has no WAT parser), `no_std` so the pallet's benchmarks build them inside the runtime. The one
//! definition of each shape: the pallet's benchmarks weigh code with them, the fixtures' criterion benchmarks and
//! tests time and check them natively, and the vm's tests check that each is accepted at the limits and refused
//! one past them (`docs/performance.md`, "Hostile code shapes").
//!
//! [`bench_actor`] builds a module with one initial memory page whose `init` grows its memory to `pages` and
//! writes a non-zero byte at the end of every chunk of the first `touched` of them (so its snapshot stores every
//! chunk of `touched` pages and declares `pages`, every zero-chunk check scans whole chunks, and restoring it
//! grows the memory past the module's initial pages: the worst cases) and whose `call` counts down from the `u32`
//! it is given (so its fuel use is chosen by the caller). A data segment of `pad` bytes sizes the code.
//! [`shaped_actor`] adds a [`LoadShape`]: the code that costs the most to load, validate and compile per
//! function, per byte, per import, per export and per element item. Its constructors size the three hostile
//! shapes by the vm's limits (the fields of `coreplay_vm::Limits` of the same names; this crate does not depend
//! on the vm, so that the vm's own tests can use it).
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::{vec, vec::Vec};
use coreplay_abi::EntryPoint;
use coreplay_primitives::avf::{wrap, Format};

/// The functions [`bench_actor`] defines besides a shape's: its three entry points.
pub const BENCH_FUNCTIONS: u32 = 3;
/// The imports [`bench_actor`] has besides a shape's (`coreplay.input_read`).
pub const BENCH_IMPORTS: u32 = 1;
/// The exports [`bench_actor`] has besides a shape's: `memory` and its three entry points.
pub const BENCH_EXPORTS: u32 = 4;

/// An AVF blob (see the crate docs): `pages` initial memory pages, every chunk of the first `touched` written by
/// `init`, a `pad`-byte data segment.
pub fn bench_actor(pages: u32, touched: u32, pad: u32) -> Vec<u8> {
	shaped_actor(pages, touched, pad, LoadShape::default())
}

/// Code that [`shaped_actor`] adds to [`bench_actor`]'s, shaped to cost the most to load, validate and compile
/// per function, per byte, per import, per export and per element item, as timed natively over many shapes
/// (`docs/performance.md`, "Hostile code shapes").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LoadShape {
	/// Functions of type `() -> ()`, each declaring `locals` `i32` locals and an empty body.
	pub functions: u32,
	/// Locals of each of those functions.
	pub locals: u32,
	/// The entry point that calls each of the `functions` once, so that each is compiled (at its first call):
	/// `Init` compiles them when the actor is created, `Service` in the first Service item; `None`, never.
	pub functions_called_by: Option<EntryPoint>,
	/// If non-zero, one function more whose body is about this many bytes of empty `loop`s (three bytes each),
	/// never called.
	pub body: u32,
	/// If non-zero, one function more like `body`'s, which `service` calls once (so compiles).
	pub compiled_body: u32,
	/// Whether and how each iteration of `call`'s loop calls the first of the `functions` (the pallet's call
	/// fuel benchmarks).
	pub calls: Calls,
	/// If non-zero, a data segment of [`RANDOM_BYTES`] bytes of pseudo-random bits at address 0
	/// ([`random_bit_bytes`]), and in each iteration of `call`'s loop a load of the next 32 of those bits into a
	/// local, then this many steps, each an `if`/`else` on that local's lowest bit and a shift of it to the next:
	/// a branch the host CPU mispredicts about half the time, on a condition that costs no load (the pallet's
	/// `fuel_branches` benchmark). At most 16.
	pub branches: u32,
	/// Whether `service` writes over the `touched` pages (a power of two of them) a permutation of their words, the
	/// next index after `i` being `(1664525 i + 1013904223) mod words` (a full-period LCG, so one cycle through all
	/// of them), and each iteration of `call`'s loop follows it by [`CHASE_STEPS`] loads, each from the address the
	/// previous one read: pointer chasing, each load waiting for the memory (the pallet's `fuel_chase`
	/// benchmark, the rate `coreplay_vm::LOAD_FUEL` is priced for: `docs/performance.md`, "Session 36"). Not
	/// with `branches`.
	pub chase: bool,
	/// Whether `service` writes the same permutation as for `chase` (so every chunk of the touched pages is
	/// stored, whatever `call` runs), and each iteration of `call`'s loop stores to [`SCATTER_STEPS`] words of the
	/// touched pages drawn by an LCG: stores all over a memory the caches do not hold, none waiting for another
	/// (the pallet's `fuel_scatter` benchmark: whether a store's price covers them). Not with `branches` or
	/// `chase`.
	pub scatter: bool,
	/// Imports more, each of `coreplay.input_read` again (linked at every instantiation).
	pub imports: u32,
	/// Exports more, each of `init` under a name of `export_name` bytes; the names differ only in their last
	/// bytes, so that every comparison of two of them reads them whole.
	pub exports: u32,
	/// Bytes of each of the `exports`' names (at least 8; `max_export_name_bytes` for the costliest).
	pub export_name: u32,
	/// Function references in an element segment, into a table as large (each written at instantiation).
	pub element_items: u32,
	/// Whether it exports the `payout` inspector (`coreplay_abi::EntryPoint::Payout`): a function of its own,
	/// defined last, that outputs the memory's first 16 bytes (one import more, `coreplay.output`, after the
	/// `imports`). The pallet's `payout_inspector` benchmark runs it.
	pub payout: bool,
}

/// How [`bench_actor`]'s `call` loop calls the first function of a [`LoadShape`] in each iteration.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Calls {
	/// It does not.
	#[default]
	None,
	/// With `call`.
	Direct,
	/// Through a table of one element, with `call_indirect`: a table lookup and a signature check more.
	Indirect,
}

/// Fuel of one iteration of [`bench_actor`]'s `call` loop without calls, under `coreplay_vm`'s fuel schedule
/// (checked by the vm's tests): what the pallet's fuel benchmarks divide their fuel by.
pub const COUNT_DOWN_FUEL: u32 = 23;

/// Fuel of one iteration of the `call` loop with [`Calls::Direct`] or [`Calls::Indirect`], less the call's own
/// price (`coreplay_vm::CALL_FUEL` or `CALL_INDIRECT_FUEL`) and its callee's locals (`coreplay_vm::LOCAL_FUEL`
/// each): [`COUNT_DOWN_FUEL`] and the fuel check of the callee's entry, and for [`Calls::Indirect`] the table
/// index's `i32.const` ([`INDIRECT_INDEX_FUEL`]) (checked by the vm's tests).
pub const CALL_LOOP_FUEL: u32 = COUNT_DOWN_FUEL + 1;

/// Fuel of the `i32.const` table index before a [`Calls::Indirect`] iteration's `call_indirect`.
pub const INDIRECT_INDEX_FUEL: u32 = 1;

/// Fuel of one [`LoadShape::branches`] step, either way it branches: the branch (`coreplay_vm::BRANCH_FUEL`, 15),
/// taking its condition's bit, setting a local and shifting to the next bit (checked by the vm's tests).
pub const RANDOM_BRANCH_FUEL: u32 = 25;

/// Fuel of one iteration of the `call` loop with [`LoadShape::branches`], less its steps' own
/// ([`RANDOM_BRANCH_FUEL`] each): [`COUNT_DOWN_FUEL`], the load of the next 32 bits (`coreplay_vm::LOAD_FUEL`
/// and its `local`s) and moving the byte offset on by 4, within [`RANDOM_BYTES`] (checked by the vm's tests).
pub const BRANCH_LOOP_FUEL: u32 = COUNT_DOWN_FUEL + 22;

/// Loads per iteration of the `call` loop with [`LoadShape::chase`], each a `local.get`, an `i32.load` and a
/// `local.set` of the address: [`CHASE_STEP_FUEL`] units (checked by the vm's tests).
pub const CHASE_STEPS: u32 = 16;

/// Fuel of one [`LoadShape::chase`] load: the load's (`coreplay_vm::LOAD_FUEL`, 14) and its `local`s' 2.
pub const CHASE_STEP_FUEL: u32 = 16;

/// Stores per iteration of the `call` loop with [`LoadShape::scatter`], each the LCG's next state (a
/// `local.get`, a multiply, an add and a `local.tee`, with their constants), masked to a word of the touched
/// pages and stored there: [`SCATTER_STEP_FUEL`] units (checked by the vm's tests).
pub const SCATTER_STEPS: u32 = 16;

/// Fuel of one [`LoadShape::scatter`] store: the store's 2 (`i32.store`) and its address's 9.
pub const SCATTER_STEP_FUEL: u32 = 11;

/// [`LoadShape::branches`] of the pallet's `fuel_branches` benchmark: enough steps per loop iteration that the
/// loop's own work, with its predictable `br_if`, is a small part of the fuel.
pub const RANDOM_BRANCHES: u32 = 16;

impl LoadShape {
	/// The costliest functions to compile: `max_functions` functions in all, each of `max_function_locals` `i32`
	/// locals and an empty body, every one called by `init` (so compiled when the actor is created). Saturates.
	pub fn most_functions(max_functions: u32, max_function_locals: u32) -> Self {
		LoadShape {
			functions: max_functions.saturating_sub(BENCH_FUNCTIONS),
			locals: max_function_locals,
			functions_called_by: Some(EntryPoint::Init),
			..LoadShape::default()
		}
	}

	/// The costliest bytes to validate and compile at upload: one function of empty `loop`s filling
	/// `max_code_bytes` but 1 KiB (for the rest of the module), never called. Saturates.
	pub fn longest_body(max_code_bytes: u32) -> Self {
		LoadShape { body: max_code_bytes.saturating_sub(1024), ..LoadShape::default() }
	}

	/// The costliest to link and instantiate, what every slab pays before fuel is charged: `max_imports` imports,
	/// `max_exports` exports (the names of all but the bench actor's of `max_export_name_bytes`, differing only
	/// at their ends) and `max_element_items` element items into a table as large. Saturates.
	pub fn most_links(
		max_imports: u32,
		max_exports: u32,
		max_export_name_bytes: u32,
		max_element_items: u32,
	) -> Self {
		LoadShape {
			imports: max_imports.saturating_sub(BENCH_IMPORTS),
			exports: max_exports.saturating_sub(BENCH_EXPORTS),
			export_name: max_export_name_bytes,
			element_items: max_element_items,
			..LoadShape::default()
		}
	}
}

/// [`bench_actor`] with the code of `shape` after its own, built with `wasm-encoder`.
pub fn shaped_actor(pages: u32, touched: u32, pad: u32, shape: LoadShape) -> Vec<u8> {
	use coreplay_abi::HOST_MODULE;
	use coreplay_primitives::snapshot::{CHUNK_SIZE, PAGE_SIZE};
	use wasm_encoder::{
		BlockType, CodeSection, ConstExpr, DataSection, ElementSection, Elements, EntityType,
		ExportKind, ExportSection, Function, FunctionSection, ImportSection, MemArg, MemorySection,
		MemoryType, Module, RefType, TableSection, TableType, TypeSection, ValType,
	};
	const I32: ValType = ValType::I32;
	let mut module = Module::new();
	// Types: 0 = (i32) -> (), 1 = () -> i32, 2 = () -> (); with `payout`, 3 = (i32, i32) -> () for `output`.
	let mut types = TypeSection::new();
	types.ty().function([I32], []);
	types.ty().function([], [I32]);
	types.ty().function([], []);
	if shape.payout {
		types.ty().function([I32, I32], []);
	}
	module.section(&types);
	// Imports: `coreplay.input_read` as function 0, then `shape.imports` more of it; with `payout`,
	// `coreplay.output` after them.
	let mut imports = ImportSection::new();
	for _ in 0..=shape.imports {
		imports.import(HOST_MODULE, "input_read", EntityType::Function(0));
	}
	let output = 1 + shape.imports;
	if shape.payout {
		imports.import(HOST_MODULE, "output", EntityType::Function(3));
	}
	module.section(&imports);
	let imported = 1 + shape.imports + u32::from(shape.payout);
	// Functions `imported` (init), +1 (service), +2 (call), all of type 1; then the shape's, of type 2: its
	// `functions`, then `body`'s, then `compiled_body`'s, then `payout`.
	let (init, service, call, first) = (imported, imported + 1, imported + 2, imported + 3);
	let extra = shape.functions + u32::from(shape.body > 0) + u32::from(shape.compiled_body > 0);
	let payout = first + extra;
	let mut functions = FunctionSection::new();
	for _ in 0..3 {
		functions.function(1);
	}
	for _ in 0..extra + u32::from(shape.payout) {
		functions.function(2);
	}
	module.section(&functions);
	// A table for `call_indirect` and the element items.
	let table = shape.element_items.max(u32::from(shape.calls == Calls::Indirect));
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
	if shape.payout {
		exports.export(EntryPoint::Payout.name(), ExportKind::Func, payout);
	}
	let name_bytes = shape.export_name.max(8) as usize;
	for i in 0..shape.exports {
		let mut name = vec![b'x'; name_bytes - 8];
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
		if shape.calls == Calls::Indirect {
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
	if shape.functions_called_by == Some(EntryPoint::Init) {
		for index in first..first + shape.functions {
			ops.call(index);
		}
	}
	if pages_more > 0 {
		ops.i32_const(pages_more).memory_grow(0).drop();
	}
	ops.block(BlockType::Empty)
		.loop_(BlockType::Empty)
		.local_get(0)
		// With `chase` or `scatter`, `service` writes every word of the touched pages instead.
		.i32_const(if shape.chase || shape.scatter { 0 } else { end })
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
	// `service`: with `chase` or `scatter`, writes the permutation (one i32 local, the word's index); calls the
	// functions the shape compiles.
	let permutation = shape.chase || shape.scatter;
	let mut body = Function::new(if permutation { &[(1, I32)][..] } else { &[] }.iter().copied());
	let mut ops = body.instructions();
	if permutation {
		let words = end / 4;
		ops.block(BlockType::Empty)
			.loop_(BlockType::Empty)
			.local_get(0)
			.i32_const(words)
			.i32_ge_u()
			.br_if(1)
			.local_get(0)
			.i32_const(2)
			.i32_shl()
			.local_get(0)
			.i32_const(LCG_MULTIPLIER as i32)
			.i32_mul()
			.i32_const(LCG_INCREMENT as i32)
			.i32_add()
			.i32_const(words - 1)
			.i32_and()
			.i32_const(2)
			.i32_shl()
			.i32_store(word)
			.local_get(0)
			.i32_const(1)
			.i32_add()
			.local_set(0)
			.br(0)
			.end()
			.end();
	}
	if shape.functions_called_by == Some(EntryPoint::Service) {
		for index in first..first + shape.functions {
			ops.call(index);
		}
	}
	if shape.compiled_body > 0 {
		ops.call(first + extra - 1);
	}
	ops.i32_const(0).end();
	codes.function(&body);
	// `call`, with one i32 local (the counter): counts down from the `u32` it is given. With `branches`, three
	// more: the offset of the next random bits, the `if`s' result and the bits; with `chase`, the address of the
	// next load, with `scatter` the LCG's state (and one unused).
	let locals = if shape.branches > 0 {
		4
	} else if shape.chase || shape.scatter {
		3
	} else {
		1
	};
	assert!(
		u8::from(shape.branches > 0) + u8::from(shape.chase) + u8::from(shape.scatter) <= 1,
		"branches, chase and scatter each use `call`'s local 1"
	);
	let mut body = Function::new([(locals, I32)]);
	let mut ops = body.instructions();
	ops.i32_const(0).call(0).i32_const(0).i32_load(word).local_set(0);
	if shape.chase {
		// The input overwrote word 0 of the permutation: put it back.
		let words = end / 4;
		assert!((words as u32).is_power_of_two(), "chase: a power of two of touched pages");
		ops.i32_const(0).i32_const((LCG_INCREMENT as i32 & (words - 1)) << 2).i32_store(word);
	}
	ops.block(BlockType::Empty).loop_(BlockType::Empty).local_get(0).i32_eqz().br_if(1);
	if shape.functions > 0 {
		match shape.calls {
			Calls::None => {}
			Calls::Direct => {
				ops.call(first);
			}
			// `call_indirect` (type 2) of table element 0, the shape's first function: a call's work, the
			// table lookup and the signature check.
			Calls::Indirect => {
				ops.i32_const(0).call_indirect(0, 2);
			}
		}
	}
	if shape.chase {
		for _ in 0..CHASE_STEPS {
			ops.local_get(1).i32_load(word).local_set(1);
		}
	}
	if shape.scatter {
		assert!((end as u32).is_power_of_two(), "scatter: a power of two of touched pages");
		for _ in 0..SCATTER_STEPS {
			ops.local_get(1)
				.i32_const(LCG_MULTIPLIER as i32)
				.i32_mul()
				.i32_const(LCG_INCREMENT as i32)
				.i32_add()
				.local_tee(1)
				.i32_const(end - 4)
				.i32_and()
				.local_get(1)
				.i32_store(word);
		}
	}
	if shape.branches > 0 {
		assert!(shape.branches <= 16, "branches: at most 16 of the 32 bits each iteration loads");
		ops.local_get(1).i32_load(word).local_set(3);
		for _ in 0..shape.branches {
			random_branch(&mut ops);
		}
		// On to the next word, within the data.
		ops.local_get(1)
			.i32_const(4)
			.i32_add()
			.i32_const(RANDOM_BYTES as i32 - 4)
			.i32_and()
			.local_set(1);
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
	if shape.payout {
		// `payout`: outputs the memory's first 16 bytes, a `Balance`.
		let mut body = Function::new([]);
		body.instructions().i32_const(0).i32_const(16).call(output).end();
		codes.function(&body);
	}
	module.section(&codes);
	if pad > 0 || shape.branches > 0 {
		let mut data = DataSection::new();
		if pad > 0 {
			data.active(0, &ConstExpr::i32_const(0), core::iter::repeat_n(1u8, pad as usize));
		}
		if shape.branches > 0 {
			data.active(0, &ConstExpr::i32_const(0), random_bit_bytes());
		}
		module.section(&data);
	}
	wrap(Format::Wasm, &module.finish())
}

/// The multiplier of the LCG (Numerical Recipes') behind [`random_bits`], [`random_bit_bytes`],
/// [`LoadShape::chase`]'s permutation and [`LoadShape::scatter`]'s addresses.
const LCG_MULTIPLIER: u32 = 1_664_525;
/// The LCG's increment (odd, so that its period mod any power of two is full).
const LCG_INCREMENT: u32 = 1_013_904_223;

/// Bytes of [`random_bits`] and of [`LoadShape::branches`]' data segment ([`random_bit_bytes`]): one memory page.
pub const RANDOM_BYTES: u32 = 65_536;

/// The top bits of successive values of an LCG (Numerical Recipes' `1664525 x + 1013904223` mod 2^32, whose top
/// bit has the full period) from 0: a sequence no branch predictor holds.
fn lcg_top_bits() -> impl Iterator<Item = u8> {
	let mut x: u32 = 0;
	core::iter::repeat_with(move || {
		x = x.wrapping_mul(LCG_MULTIPLIER).wrapping_add(LCG_INCREMENT);
		(x >> 31) as u8
	})
}

/// [`RANDOM_BYTES`] bytes, each 0 or 1: the LCG's top bits one per byte, the fixtures' `if-bits` fuel shapes'
/// data (a condition loaded from memory).
pub fn random_bits() -> impl ExactSizeIterator<Item = u8> {
	let mut bits = lcg_top_bits();
	(0..RANDOM_BYTES).map(move |_| bits.next().unwrap_or_default())
}

/// [`RANDOM_BYTES`] bytes of the LCG's top bits eight per byte, lowest bit first: [`LoadShape::branches`]' data
/// and the fixtures' `if-shift` fuel shape's, read 32 bits at a time.
pub fn random_bit_bytes() -> impl ExactSizeIterator<Item = u8> {
	let mut bits = lcg_top_bits();
	(0..RANDOM_BYTES)
		.map(move |_| (0..8).fold(0, |byte, i| byte | bits.next().unwrap_or_default() << i))
}

/// One step of [`LoadShape::branches`] into `ops`, in a function whose locals 2 and 3 (32 random bits) are
/// `i32`s: an `if`/`else` on local 3's lowest bit sets local 2 to 1 or 2, then local 3 shifts right by one. The
/// cheapest pseudo-random condition there is, so an interpreter's costliest control flow per unit of fuel: the
/// host mispredicts about every other step. [`RANDOM_BRANCH_FUEL`] units either way.
fn random_branch(ops: &mut wasm_encoder::InstructionSink<'_>) {
	use wasm_encoder::BlockType;
	ops.local_get(3)
		.i32_const(1)
		.i32_and()
		.if_(BlockType::Empty)
		.i32_const(1)
		.local_set(2)
		.else_()
		.i32_const(2)
		.local_set(2)
		.end()
		.local_get(3)
		.i32_const(1)
		.i32_shr_u()
		.local_set(3);
}

/// A Wasm module (no imports, not an AVF) exporting `run(n: i32)`, which loops `n` times with the instructions of
/// [`bench_actor`]'s `call` loop: the equivalent workload for another engine (the `peer_wasmi` benchmark).
pub fn count_down_module() -> Vec<u8> {
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

#[cfg(test)]
mod tests {
	use super::*;

	/// `random_bit_bytes` packs the sequence `random_bits` spreads one per byte, and the bits are about half set.
	#[test]
	fn the_packed_random_bits_are_the_same_sequence() {
		let bits: Vec<u8> = random_bits().collect();
		let bytes: Vec<u8> = random_bit_bytes().collect();
		assert_eq!((bits.len(), bytes.len()), (RANDOM_BYTES as usize, RANDOM_BYTES as usize));
		for (i, bit) in bits.iter().enumerate() {
			assert_eq!((bytes[i / 8] >> (i % 8)) & 1, *bit, "bit {i}");
		}
		let set: u32 = bytes.iter().map(|b| b.count_ones()).sum();
		let all = 8 * RANDOM_BYTES;
		assert!(set > all * 45 / 100 && set < all * 55 / 100, "{set} of {all} bits set");
	}
}
