//! AVF upload checks and execution on `wasm-smith` modules shaped like actors: each module may import any
//! `coreplay` host function, exports `init`, `service` and `call` (`() -> i32`), its memory as `memory` and every
//! mutable global (the ABI of `docs/abi.md`), so that most modules pass the structural checks and reach execution.
//! The generator's own configuration is fuzzed too; most inputs are restricted to Wasm 1.0 without floats (what an
//! actor may use), the rest may use anything and must be refused.
//!
//! Invariants: nothing panics; code `validate_code` accepts, `load` accepts with the same `CodeInfo`; code that
//! loads (also code upload refuses, whose functions wasmi validates at their first call) runs `init` (creation) and
//! an Agenda of `Service` and `Call` under a small fuel budget without panicking, and twice gives the same result
//! (snapshot, outputs, fuel, messages): execution is deterministic.
//!
//! With `COREPLAY_FUZZ_STATS` set, each input's outcome is printed to stderr (`upload: ..`, `create: ..`,
//! `execute: ..`), so that a corpus run (`-runs=0`) shows how far the generated modules get.

#![no_main]

use arbitrary::{Arbitrary, Result, Unstructured};
use coreplay_fuzz::{LIMITS, NOW};
use coreplay_primitives::{
	avf::{self, Format},
	AgendaItem, Witness,
};
use coreplay_vm::{ActorInput, Machine};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;
use wasm_encoder::{ExportKind, ExportSection, Module as Encoder, RawSection};
use wasmparser::{Parser, Payload};

/// Fuel for `init` and for the Agenda: small, so that generated loops end quickly in `OutOfFuel`.
const FUEL: u64 = 200_000;

/// The host functions an actor may import: a module importing each of `coreplay_abi::HOST_FUNCTIONS`.
static IMPORTS: LazyLock<Vec<u8>> = LazyLock::new(|| {
	let imports: String =
		coreplay_vm::abi::HOST_FUNCTIONS.iter().map(|f| format!("{}\n", f.wat())).collect();
	wat::parse_str(format!("(module {imports})")).expect("valid wat")
});

/// The entry points an actor must export (`docs/abi.md`, "Exports"); `memory` is added after generation.
static EXPORTS: LazyLock<Vec<u8>> = LazyLock::new(|| {
	wat::parse_str(
		r#"(module
			(func (export "init") (result i32) i32.const 0)
			(func (export "service") (result i32) i32.const 0)
			(func (export "call") (result i32) i32.const 0))"#,
	)
	.expect("valid wat")
});

thread_local! {
	static MACHINE: Machine = Machine::new(LIMITS);
}

fuzz_target!(|data: &[u8]| {
	let mut u = Unstructured::new(data);
	let Ok(module) = actor_like(&mut u) else { return };
	let blob = avf::wrap(Format::Wasm, &module);
	let args: Vec<u8> = u.arbitrary().unwrap_or_default();
	let input: Vec<u8> = u.arbitrary().unwrap_or_default();
	MACHINE.with(|machine| check(machine, &blob, &args, input));
});

/// A `wasm-smith` module with the actor ABI's imports and exports.
fn actor_like(u: &mut Unstructured<'_>) -> Result<Vec<u8>> {
	let mut config = wasm_smith::Config::arbitrary(u)?;
	config.available_imports = Some(IMPORTS.clone());
	config.exports = Some(EXPORTS.clone());
	config.max_exports = 0;
	config.min_memories = 1;
	config.max_memories = 1;
	config.max_memory32_bytes = config.max_memory32_bytes.min(16 * 65_536);
	config.max_funcs = config.max_funcs.min(64);
	config.max_instructions = config.max_instructions.min(400);
	if u.ratio(7, 8)? {
		// What an actor may use: Wasm 1.0 (MVP + mutable globals), no floats.
		config.allow_floats = false;
		config.bulk_memory_enabled = false;
		config.reference_types_enabled = false;
		config.simd_enabled = false;
		config.relaxed_simd_enabled = false;
		config.multi_value_enabled = false;
		config.saturating_float_to_int_enabled = false;
		config.sign_extension_ops_enabled = false;
		config.exceptions_enabled = false;
		config.threads_enabled = false;
		config.tail_call_enabled = false;
		config.gc_enabled = false;
		config.memory64_enabled = false;
		config.extended_const_enabled = false;
		config.max_tables = config.max_tables.min(1);
		config.allow_start_export = false;
	}
	// Mostly without `unreachable` and trapping instructions, so that `init` returns and the Agenda runs.
	config.disallow_traps |= u.ratio(3, 4)?;
	let module = wasm_smith::Module::new(config, u)?;
	Ok(export_memory_and_globals(&module.to_bytes()))
}

/// `wasm` with its first memory exported as `memory` and every mutable global it defines exported as `g<index>`
/// (`wasm-smith` cannot be asked for a memory export).
fn export_memory_and_globals(wasm: &[u8]) -> Vec<u8> {
	let mut imported_globals = 0;
	let mut mutable_globals = Vec::new();
	let mut existing = Vec::new();
	for payload in Parser::new(0).parse_all(wasm) {
		match payload.expect("wasm-smith emits valid modules") {
			Payload::ImportSection(imports) => {
				for import in imports {
					let import = import.expect("valid import");
					if matches!(import.ty, wasmparser::TypeRef::Global(_)) {
						imported_globals += 1;
					}
				}
			}
			Payload::GlobalSection(globals) => {
				for (index, global) in globals.into_iter().enumerate() {
					if global.expect("valid global").ty.mutable {
						mutable_globals.push(imported_globals + index as u32);
					}
				}
			}
			Payload::ExportSection(exports) => {
				for export in exports {
					let export = export.expect("valid export");
					existing.push((export.name.to_owned(), export.kind, export.index));
				}
			}
			_ => {}
		}
	}
	let mut section = ExportSection::new();
	for (name, kind, index) in &existing {
		let kind = match kind {
			wasmparser::ExternalKind::Func => ExportKind::Func,
			wasmparser::ExternalKind::Global => ExportKind::Global,
			wasmparser::ExternalKind::Memory => ExportKind::Memory,
			wasmparser::ExternalKind::Table => ExportKind::Table,
			wasmparser::ExternalKind::Tag => ExportKind::Tag,
		};
		section.export(name, kind, *index);
	}
	section.export("memory", ExportKind::Memory, 0);
	for index in mutable_globals {
		if !existing
			.iter()
			.any(|(_, kind, i)| *kind == wasmparser::ExternalKind::Global && *i == index)
		{
			section.export(&format!("g{index}"), ExportKind::Global, index);
		}
	}
	let mut out = Encoder::new();
	for payload in Parser::new(0).parse_all(wasm) {
		let payload = payload.expect("wasm-smith emits valid modules");
		if let Payload::ExportSection(_) = payload {
			out.section(&section);
		} else if let Some((id, range)) = payload.as_section() {
			out.section(&RawSection { id, data: &wasm[range] });
		}
	}
	out.finish()
}

/// Prints `what` when `COREPLAY_FUZZ_STATS` is set.
fn stat(what: std::fmt::Arguments<'_>) {
	static ON: LazyLock<bool> = LazyLock::new(|| std::env::var_os("COREPLAY_FUZZ_STATS").is_some());
	if *ON {
		eprintln!("{what}");
	}
}

fn check(machine: &Machine, blob: &[u8], args: &[u8], input: Vec<u8>) {
	let validated = machine.validate_code(blob);
	stat(format_args!("upload: {:?}", validated.as_ref().map(|_| ())));
	let loaded = machine.load(blob);
	// `load` checks structure only (functions are validated at their first call), so it may accept code upload
	// refuses: that code is still executed below, where it must fail cleanly, never panic.
	let code = match (validated, loaded) {
		(Ok(info), Ok(code)) => {
			assert_eq!(&info, code.info(), "load learns what validation learnt");
			code
		}
		(Err(_), Ok(code)) => code,
		(Err(_), Err(_)) => return,
		(Ok(_), Err(error)) => panic!("load refuses code upload accepts: {error:?}"),
	};
	let create = || machine.create(&code, 1, args, NOW, FUEL);
	let creation = create();
	assert_eq!(creation, create(), "creation is deterministic");
	stat(format_args!("create: {:?}", creation.as_ref().map(|_| ())));
	let Ok(creation) = creation else { return };
	let agenda = [AgendaItem::service(1, 2), AgendaItem::call(1, input, Vec::new())];
	let actors = [ActorInput { id: 1, code: &code, pre: &creation.snapshot, inbox: &[] }];
	let execute = || machine.execute(&actors, &agenda, NOW, &Witness::default(), FUEL);
	let execution = execute();
	stat(format_args!("execute: {:?}", execution.as_ref().map(|_| ())));
	assert_eq!(execution, execute(), "execution is deterministic");
}
