//! The bounds every execution runs under, and the one place that builds the interpreter's configuration.

use codec::{Decode, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Every bound the machine enforces. A chain sets them once, as the pallet's `Config::Limits`; the sequencer must
/// use the same values as the chain (`pallet_actors::Pallet::limits`, or the `ActorsApi`), or the two disagree on
/// where an execution stops.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct Limits {
	/// Largest AVF blob accepted at upload, in bytes (header included).
	pub max_code_bytes: u32,
	/// Most functions a module may define.
	pub max_functions: u32,
	/// Largest linear memory, in 64 KiB pages: the module's initial and declared maximum sizes, a snapshot's
	/// size, and how far `memory.grow` can go (past it, `memory.grow` returns -1).
	pub max_memory_pages: u32,
	/// Most globals a module may define, mutable or not (each mutable one is part of the snapshot).
	pub max_globals: u32,
	/// Deepest nesting of Wasm function calls within one entry point call (wasmi's recursion depth); deeper
	/// traps with [`crate::ExecError::StackOverflow`].
	pub max_wasm_call_depth: u32,
	/// Largest wasmi value stack in bytes (8 per value cell, on every host); larger traps with
	/// [`crate::ExecError::StackOverflow`].
	pub max_value_stack_bytes: u32,
	/// Deepest chain of `call_actor`s (an Agenda item's entry point is depth 1).
	pub max_call_depth: u32,
	/// Largest message payload, in bytes.
	pub max_message_bytes: u32,
	/// Most messages sent in one execution (all actors together).
	pub max_messages: u32,
	/// Largest entry point output (`output`), in bytes; also bounds `Call` inputs in an APoV.
	pub max_output_bytes: u32,
	/// Most Agenda items in an APoV.
	pub max_agenda_items: u32,
	/// Most co-scheduled actors (slabs) in an APoV.
	pub max_actors: u32,
	/// Largest `pre` or `post` slab, in bytes.
	pub max_slab_bytes: u32,
	/// Largest witness (all preimages together), in bytes.
	pub max_witness_bytes: u32,
	/// Most inbox messages consumed in an APoV (all actors together).
	pub max_inbox_messages: u32,
	/// Debug output kept per execution (`print`), in bytes.
	pub max_print_bytes: u32,
	/// Fuel charged per entry point call, on top of the instructions it runs: covers the host's own work.
	pub fuel_per_entry: u64,
	/// Host functions charge one unit of fuel per this many bytes they copy.
	pub bytes_per_fuel: u32,
	/// Largest whole APoV, SCALE-encoded, in bytes. On chain, what one normal-class extrinsic can carry (the
	/// block length): it bounds what validation holds in memory whatever the per-slab and per-actor limits, and
	/// the `ActorsApi` dry run, which no block bounds.
	pub max_apov_bytes: u32,
	/// Most locals one function may have, its parameters included. wasmi zeroes a function's declared locals on
	/// every call (in the runtime about 0.9 ns each; a loop calling a function of 30,000 locals ran natively at
	/// 1,300× the time per unit of fuel of an arithmetic loop); the vm charges them as [`LOCAL_FUEL`] each per call
	/// (`code::meter_locals`).
	pub max_function_locals: u32,
	/// Most function types a module may declare (its type section's entries).
	pub max_types: u32,
	/// Most elements a table may have: its initial size and declared maximum, which a Wasm 1.0 module cannot
	/// grow past. Instantiation allocates and initialises every element without charging fuel.
	pub max_table_elements: u32,
	/// Most data and element segments a module may have, together. Instantiation copies each (and restoring a
	/// snapshot clears each data segment's bytes) once per instance, that is per slab, without charging fuel.
	pub max_segments: u32,
	/// Most preimages in an APoV's witness. Each is hashed (blake2-256) and indexed before the Agenda runs, and
	/// each `lookup` searches that index (binary search, so a lookup's host work grows with the logarithm of
	/// this); the pallet charges the hashing per preimage and per byte (its `witness` benchmark).
	pub max_witness_items: u32,
	/// Most imports a module may have. Every execution links each import of each actor's module (a host
	/// function looked up by name) when it instantiates it, without charging fuel.
	pub max_imports: u32,
	/// Most exports a module may have. Every execution builds each actor's module and instance with an entry per
	/// export, without charging fuel.
	pub max_exports: u32,
	/// Most function references in all element segments of a module together. Instantiation writes each into
	/// the table, without charging fuel.
	pub max_element_items: u32,
	/// Longest export name, in bytes. Each execution copies every export name of each actor's module into the
	/// maps of its module and instance, comparing names as it goes; in the runtime, exports of names as long as
	/// 128 of them fit in `max_code_bytes` cost some 30 ns per name byte, 15 times what a byte of code is charged.
	pub max_export_name_bytes: u32,
	/// Fuel charged on every host function call, on top of the call's own ([`CALL_FUEL`]) and of the bytes it
	/// copies: the host's fixed work (the call across wasmi's host boundary, the frame, the buffers). In the
	/// runtime a loop of `lookup`s in a full witness (the `witness-lookups` workload) took about 350 ns per
	/// iteration; at 360 units (the arithmetic rate, `fuel`, is 0.72 ns per unit) that workload is charged about
	/// its time.
	pub fuel_per_host_call: u64,
	/// Most events emitted in one execution (`emit_event`, all actors together). The chain deposits each as an
	/// `ActorEvent` and weighs the most of them into every submission (its `deposit_events` benchmark).
	pub max_events: u32,
	/// Most topics of one event, each 32 bytes.
	pub max_event_topics: u32,
	/// Largest data of one event, in bytes.
	pub max_event_bytes: u32,
	/// Most payments asked for in one execution (`transfer`, all actors together). The chain weighs the most
	/// of them into every submission (its `apply_transfers` benchmark).
	pub max_transfers: u32,
}

impl Limits {
	/// The vm's default limits: what tests and tools use without a chain, and what a chain's
	/// `pallet_actors::Config::Limits` starts from as `Limits { .., ..Limits::DEFAULT }` (the development
	/// chain's are in `runtime/src/configs.rs`; the pallet lowers `max_apov_bytes` to its block length).
	/// Chosen so that a whole APoV (16 actors × 2 slabs × `max_slab_bytes`) plus the interpreter's memories fits
	/// well inside a 1 GiB heap.
	pub const DEFAULT: Limits = Limits {
		max_code_bytes: 256 * 1024,
		max_functions: 4096,
		max_memory_pages: 64,
		max_globals: 64,
		max_wasm_call_depth: 512,
		max_value_stack_bytes: 512 * 1024,
		max_call_depth: 8,
		max_message_bytes: 4096,
		max_messages: 256,
		max_output_bytes: 16 * 1024,
		max_agenda_items: 1024,
		max_actors: 16,
		max_slab_bytes: Limits::slab_bytes_for(64),
		max_witness_bytes: 1024 * 1024,
		max_inbox_messages: 256,
		max_print_bytes: 4096,
		fuel_per_entry: 1_000,
		bytes_per_fuel: 64,
		max_apov_bytes: 16 * 1024 * 1024,
		max_function_locals: 128,
		max_types: 256,
		max_table_elements: 1024,
		max_segments: 64,
		max_witness_items: 1024,
		max_imports: 64,
		max_exports: 128,
		max_element_items: 1024,
		max_export_name_bytes: 64,
		fuel_per_host_call: 360,
		max_events: 128,
		max_event_topics: 4,
		max_event_bytes: 256,
		max_transfers: 16,
	};

	/// The development chain's limits (`runtime/src/configs.rs`, `ActorsLimits`): [`Limits::DEFAULT`] with 2 MiB
	/// actors (32 pages, and slabs to hold any of their snapshots), 8 actors per APoV and 512 inbox messages an
	/// APoV's actors may consume (64 per inbox, `MaxInboxLen`). What the actor developer kit (`coreplay build`,
	/// `coreplay_test::World`) checks and runs code under when no chain is asked (`coreplay check --ws` asks one:
	/// `ActorsApi::limits`).
	pub const DEVELOPMENT: Limits = Limits {
		max_memory_pages: 32,
		max_actors: 8,
		max_slab_bytes: Limits::slab_bytes_for(32),
		max_inbox_messages: 64 * 8,
		..Limits::DEFAULT
	};

	/// The `max_slab_bytes` that a memory of `memory_pages` pages needs: a snapshot storing every chunk of every
	/// page with its index (`snapshot::ENCODED_PAGE_BYTES` per page), and 1 KiB for the head and the globals (at
	/// most 12 + 9 × `max_globals` bytes: 588 at the default 64). The one place the formula is written: the
	/// default limits, the runtime's and the pallet's mock use it. Saturates.
	pub const fn slab_bytes_for(memory_pages: u32) -> u32 {
		memory_pages
			.saturating_mul(coreplay_primitives::snapshot::ENCODED_PAGE_BYTES as u32)
			.saturating_add(1024)
	}

	/// Fuel charged for copying `bytes` bytes across the host boundary.
	pub fn copy_fuel(&self, bytes: usize) -> u64 {
		(bytes as u64).div_ceil(u64::from(self.bytes_per_fuel.max(1)))
	}
}

impl Default for Limits {
	fn default() -> Self {
		Self::DEFAULT
	}
}

/// Fuel of a `call` (wasmi's default is 1, as for every other operator that runs): a frame and the return, for a
/// callee without locals; its locals add [`LOCAL_FUEL`] each, and its entry's fuel check 1. In the runtime a
/// `call` took about 5 ns, 7 units at the arithmetic rate (`fuel`, 0.72 ns per unit), and each local of its
/// callee 0.66 ns, under one unit (`fuel_calls`, `fuel_locals`; `docs/performance.md`, "The fuel schedule").
pub const CALL_FUEL: u8 = 7;

/// Fuel of a `call_indirect`, for a callee without locals: a `call`'s work, the table lookup and the signature
/// check, which in the runtime took about 15 ns, 21 units at the arithmetic rate (`fuel_call_indirect`).
pub const CALL_INDIRECT_FUEL: u8 = 22;

/// Fuel of a conditional branch, `if`, `br_if` or `br_table`: a branch whose direction or target the guest may
/// draw at random, which an interpreter turns into a host branch it mispredicts about every other time. In the
/// runtime an `if` on a pseudo-random bit loaded from memory, with a constant stored either way, took 18.5 ns,
/// 20 units at the `fuel` benchmark's rate then (0.93 ns), of which the load, the stores and the fuel check are
/// 5 (`fuel_branches`; `docs/performance.md`, "Session 35"). Predictable branches, most loops' `br_if`, are
/// charged the same, so over-charged: a branch cannot be told apart by its operator.
pub const BRANCH_FUEL: u8 = 15;

/// Fuel of a load from linear memory (`i32.load`, `i64.load` and their narrow forms): a load whose address the
/// guest computes from the value a previous load read, pointer chasing, waits for the host's memory on every
/// step, and a permutation of an actor's 2 MiB defeats the host's caches. In the runtime such a chase took
/// 2.38-4.37 ns per unit when a load cost 1 unit, so 7.1-13.1 ns per load with its two `local` operators, 15
/// units at the rate fuel was charged at (0.91 ns); at this price it runs at 0.79 ns per unit, under the 0.87
/// charged (`fuel_chase`, one of the slopes the pallet charges the highest of; `docs/performance.md`, "Session
/// 36"). Loads the caches serve are over-charged; the workloads of `scripts/bench.sh` spend under 3 % of their
/// fuel on loads at 1 unit each (most of it goes to calls, branches and compiling).
pub const LOAD_FUEL: u8 = 14;

/// Fuel per byte of a function's body (its locals declaration included) when it is compiled, that is validated
/// and translated to wasmi's IR at its first call in an execution ([`engine_config`]; wasmi's default is 9: 7 to
/// translate and 2 to validate). Compiling costs the most per byte for a body of empty `loop`s (of the shapes timed
/// natively, `docs/performance.md`): in the runtime about 36 ns per byte, about 50 units at the arithmetic rate
/// (`fuel`, 0.72 ns per unit). The pallet charges fuel at the highest of its fuel benchmarks' rates
/// (`fuel_compile` among them), so the weight stays sound whatever this is.
pub const COMPILE_FUEL: u32 = 52;

/// Fuel of one signature check (`sr25519_verify`, `ed25519_verify`), on top of the host call's
/// (`Limits::fuel_per_host_call`), of its copies and of [`HASH_BYTE_FUEL`] per byte of the message: the check
/// itself, which the host does (`sp_io::crypto`, the same native code whether the vm runs natively or in the
/// runtime). Measured through the vm (`host-crypto/*` in `actors/fixtures/benches/replay.rs`): 38.3 µs per
/// sr25519 check and 37.7 µs per ed25519 check of a 32-byte message, that is 53,000 units at the in-runtime
/// arithmetic rate (`fuel`, 0.72 ns per unit); 60,000 leaves 1.13× for crossing from the runtime to the host.
pub const SIGNATURE_CHECK_FUEL: u64 = 60_000;

/// Fuel per byte hashed by `blake2_256`, or read as a signed message by the signature checks, on top of the
/// copy's (`Limits::bytes_per_fuel`): hashing 4 KiB through the vm took 3.65 µs (`host-crypto/blake2-4KiB`,
/// the input's copies included), 0.89 ns per byte, and 2 units are 1.44 ns at the in-runtime arithmetic rate.
pub const HASH_BYTE_FUEL: u64 = 2;

/// Bytes a wasmi IR instruction (a call's parameters, `memory.grow`) copies per unit of fuel: wasmi's default.
const BYTES_COPIED_PER_FUEL: u32 = 64;

/// The one constructor of the interpreter's configuration (as pallet-contracts' `wasm::prepare` does).
///
/// - Wasm features: exactly what Rust's `wasm32v1-none` emits, the Wasm 1.0 MVP plus `mutable-global`. Every later
///   proposal is off, so no instruction can mutate a table (`table.set/grow/fill/copy/init` need reference types
///   or bulk memory) and memory is 32-bit with 64 KiB pages.
/// - Floats off: float types and instructions fail validation.
/// - Fuel metering on with the schedule of [`operator_costs`], and [`COMPILE_FUEL`] per byte of a function body
///   compiled.
/// - No `start` function.
/// - Lazy compilation: a function is validated and translated at its first call, for [`COMPILE_FUEL`] units of
///   fuel per byte of its body, charged to the execution that calls it. The machine builds each actor's wasmi
///   module afresh for every execution (`Machine::execute`, `create`, the inspectors), on an engine of that
///   execution's own, so which functions an
///   execution compiles, and the fuel it uses, depend on the execution alone, never on a cache or on what ran
///   before. Code that is never called is never translated: loading is cheap, and an APoV pays for the code it
///   runs.
/// - Stack limits from [`Limits`]; wasmi counts its value stack in 8-byte cells and its call stack in frames on
///   every host, so a 64-bit node and the 32-bit runtime overflow at the same point.
pub fn engine_config(limits: &Limits) -> wasmi::Config {
	let mut config = wasmi::Config::default();
	config
		.wasm_mutable_global(true)
		.wasm_sign_extension(false)
		.wasm_saturating_float_to_int(false)
		.wasm_multi_value(false)
		.wasm_multi_memory(false)
		.wasm_bulk_memory(false)
		.wasm_reference_types(false)
		.wasm_tail_call(false)
		.wasm_extended_const(false)
		.wasm_custom_page_sizes(false)
		.wasm_wide_arithmetic(false)
		.floats(false)
		.consume_fuel(true)
		.operator_cost(operator_costs())
		.fuel_cost(wasmi::CustomFuelCosts {
			bytes_copied_per_fuel: BYTES_COPIED_PER_FUEL,
			fuel_per_bytes_translated: COMPILE_FUEL,
			fuel_per_bytes_validated: 0,
		})
		.allow_start_fn(false)
		.compilation_mode(wasmi::CompilationMode::Lazy)
		.set_max_recursion_depth(limits.max_wasm_call_depth as usize)
		.set_max_stack_height(limits.max_value_stack_bytes as usize);
	config
}

/// [`engine_config`] with every function compiled when the module is built, as upload's validation needs: it
/// must find every function wasmi refuses to compile (its own limits), which lazy compilation would only find when
/// the function is first called.
pub(crate) fn upload_config(limits: &Limits) -> wasmi::Config {
	let mut config = engine_config(limits);
	config.compilation_mode(wasmi::CompilationMode::Eager);
	config
}

/// Fuel per declared local of a function, paid on every call of it: `Machine::load` puts this many `nop`s per
/// local before each function body (`code::meter_locals`), each `nop` at one unit ([`operator_costs`]).
pub const LOCAL_FUEL: u32 = 1;

/// The fuel schedule: what each Wasm operator costs when it runs, calibrated so that a unit of fuel takes about
/// the same time whatever the operators (`docs/performance.md`, "The fuel schedule"). wasmi 2.0 translates Wasm
/// to a register machine: most operators are one instruction, or a copy, at one unit; the few that take several
/// times an arithmetic instruction's time cost as many units; a call is [`CALL_FUEL`] for a callee without locals,
/// and its callee's locals add [`LOCAL_FUEL`] each; a conditional branch is [`BRANCH_FUEL`], priced for a branch
/// the host mispredicts, and a load [`LOAD_FUEL`], priced for a load the host's caches miss. Not every shape is
/// priced exactly: natively, a store at a constant address and `global.set` ran at 1.3-2.1× an arithmetic
/// unit's time per unit, and a predictable branch and a load the caches serve are over-charged
/// (`docs/performance.md`, "The fuel schedule", "Session 35" and "Session 36").
pub fn operator_costs() -> wasmi::OperatorCost {
	// wasmi's defaults: one unit per operator, none for `nop`, `drop`, `block`, `loop`, `else`, `end`,
	// `unreachable` and `return`; each fuel check (a function's entry, a loop's head, a branch's target) one more.
	wasmi::OperatorCost {
		call: CALL_FUEL,
		call_indirect: CALL_INDIRECT_FUEL,
		// The `nop`s `code::meter_locals` puts before each body, `LOCAL_FUEL` per local, one unit each.
		nop: 1,
		// `local.get` and the constants keep wasmi's one unit although most become operands of the instruction
		// that uses them: wasmi copies a `local.get` still on the stack at every `block`, `if` and `loop` and at a
		// `local.set` of that local, and each call argument into the callee's frame, without fuel of its own, so
		// at 0 a loop of stacked `local.get`s would run thousands of copies per unit.
		// Natively, against an arithmetic loop's time per unit (`docs/performance.md`, "The fuel schedule"):
		// `global.set` 4 (a store through the instance); stores 2 (bounds check, write). Branches are priced for
		// a mispredict (`BRANCH_FUEL`), a `br_table` on a predictable index took about 10 units; loads for a
		// cache miss (`LOAD_FUEL`).
		br_if: BRANCH_FUEL,
		if_: BRANCH_FUEL,
		br_table: BRANCH_FUEL,
		global_set: 4,
		i32_load: LOAD_FUEL,
		i64_load: LOAD_FUEL,
		i32_load8_s: LOAD_FUEL,
		i32_load8_u: LOAD_FUEL,
		i32_load16_s: LOAD_FUEL,
		i32_load16_u: LOAD_FUEL,
		i64_load8_s: LOAD_FUEL,
		i64_load8_u: LOAD_FUEL,
		i64_load16_s: LOAD_FUEL,
		i64_load16_u: LOAD_FUEL,
		i64_load32_s: LOAD_FUEL,
		i64_load32_u: LOAD_FUEL,
		i32_store: 2,
		i64_store: 2,
		i32_store8: 2,
		i32_store16: 2,
		i64_store8: 2,
		i64_store16: 2,
		i64_store32: 2,
		..Default::default()
	}
}

/// The Wasm features `validate_code` accepts before the float check: Wasm 1.0 (MVP + mutable globals), floats
/// included so that a float use is told apart from other invalid code.
pub(crate) fn wasm1_features() -> wasmparser::WasmFeatures {
	wasmparser::WasmFeatures::WASM1
}

#[cfg(test)]
mod tests {
	use super::*;
	use coreplay_primitives::snapshot::max_encoded_len;

	#[test]
	fn a_slab_of_slab_bytes_for_holds_any_snapshot_of_that_memory() {
		for pages in [0, 1, 32, 64] {
			let longest = max_encoded_len(pages, Limits::DEFAULT.max_globals);
			assert!(Limits::slab_bytes_for(pages) as usize >= longest, "{pages} pages");
			assert!(
				Limits::slab_bytes_for(pages) as usize <= longest + 1024,
				"{pages} pages: no waste"
			);
		}
		assert_eq!(
			Limits::DEFAULT.max_slab_bytes,
			Limits::slab_bytes_for(Limits::DEFAULT.max_memory_pages)
		);
		assert_eq!(Limits::slab_bytes_for(u32::MAX), u32::MAX, "saturates");
	}
}
