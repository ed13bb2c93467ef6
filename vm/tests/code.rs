//! Upload checks: each rejection class of `validate_code` has its own error.

use coreplay_fixtures::wat_actors as common;

use common::{avf, machine, minimal, test_actor};
use coreplay_primitives::avf::{wrap, Format};
use coreplay_shapes::{shaped_actor, LoadShape};
use coreplay_vm::{CodeError, Limits, Machine};

fn check(blob: &[u8], want: Result<(), CodeError>) {
	let got = machine().validate_code(blob).map(|_| ());
	assert_eq!(got, want);
}

#[test]
fn valid_modules_are_accepted() {
	check(&avf(&minimal("")), Ok(()));
	check(&test_actor(), Ok(()));
}

#[test]
fn code_info_lists_mutable_globals_by_name_and_inspectors() {
	let info = machine().validate_code(&test_actor()).expect("valid");
	assert_eq!(info.mutable_globals, ["__stack_pointer", "acc"]);
	assert!(info.has_payout && info.has_dependencies);
	assert_eq!(info.initial_pages, 2);
	// "hello" at 1024: restoring a snapshot clears those five bytes only.
	assert_eq!(info.data_segments, [core::ops::Range { start: 1024, end: 1029 }]);
	let info = machine().validate_code(&avf(&minimal(""))).expect("valid");
	assert!(info.mutable_globals.is_empty() && !info.has_payout && !info.has_dependencies);
	assert!(info.data_segments.is_empty());
}

#[test]
fn each_module_rule_has_its_error() {
	use CodeError::*;
	let cases: &[(&str, &str, CodeError)] = &[
		("float result", r#"(func (export "f") (result f32) (f32.const 1))"#, FloatsNotAllowed),
		("float local", r#"(func (local f64))"#, FloatsNotAllowed),
		("float global", r#"(global f64 (f64.const 0))"#, FloatsNotAllowed),
		// Invalid whatever the float rule says: invalid, not a float.
		("float type mismatch", r#"(func (result f32) (i32.const 1))"#, InvalidWasm),
		("import from env", r#"(import "env" "x" (func))"#, ForbiddenImport),
		("unknown host function", r#"(import "coreplay" "nope" (func))"#, ForbiddenImport),
		(
			"host function signature",
			r#"(import "coreplay" "now" (func (result i64)))"#,
			ImportSignatureMismatch,
		),
		("imported global", r#"(import "coreplay" "g" (global i32))"#, ForbiddenImportKind),
		("start function", r#"(func $s) (start $s)"#, StartFunction),
		("exported table", r#"(table (export "t") 1 funcref)"#, ExportedTable),
		(
			"unexported mutable global",
			r#"(global (mut i32) (i32.const 0))"#,
			UnexportedMutableGlobal,
		),
		(
			"mutable global exported twice",
			r#"(global $g (export "a") (export "b") (mut i32) (i32.const 0))"#,
			GlobalExportedTwice,
		),
		(
			"immutable global exported twice",
			r#"(global $g (export "a") (export "b") i32 (i32.const 0))"#,
			GlobalExportedTwice,
		),
		(
			"bulk memory",
			r#"(func (memory.fill (i32.const 0) (i32.const 0) (i32.const 0)))"#,
			InvalidWasm,
		),
		("sign extension", r#"(func (drop (i32.extend8_s (i32.const 1))))"#, InvalidWasm),
		("multi value", r#"(func (result i32 i32) (i32.const 0) (i32.const 0))"#, InvalidWasm),
		("data past memory", r#"(data (i32.const 65530) "0123456789")"#, DataSegmentOutOfBounds),
	];
	for (name, extra, want) in cases {
		let got = machine().validate_code(&avf(&minimal(extra))).map(|_| ());
		assert_eq!(got, Err(*want), "{name}");
	}
}

#[test]
fn each_shape_rule_has_its_error() {
	use CodeError::*;
	let entries = r#"(func (export "init") (result i32) (i32.const 0))
  (func (export "service") (result i32) (i32.const 0))
  (func (export "call") (result i32) (i32.const 0))"#;
	let cases: Vec<(&str, String, CodeError)> = vec![
		("no memory", format!("(module {entries})"), MemoryMissing),
		("memory not exported", format!("(module (memory 1) {entries})"), MissingExport),
		(
			"imported memory",
			format!(r#"(module (import "coreplay" "m" (memory 1)) {entries})"#),
			ForbiddenImportKind,
		),
		(
			"initial memory too large",
			format!(r#"(module (memory (export "memory") 65) {entries})"#),
			MemoryTooLarge,
		),
		(
			"maximum memory too large",
			format!(r#"(module (memory (export "memory") 1 65) {entries})"#),
			MemoryTooLarge,
		),
		(
			"missing call",
			r#"(module (memory (export "memory") 1)
  (func (export "init") (result i32) (i32.const 0))
  (func (export "service") (result i32) (i32.const 0)))"#
				.into(),
			MissingExport,
		),
		(
			"service with a parameter",
			r#"(module (memory (export "memory") 1)
  (func (export "init") (result i32) (i32.const 0))
  (func (export "service") (param i32) (result i32) (i32.const 0))
  (func (export "call") (result i32) (i32.const 0)))"#
				.into(),
			BadExportSignature,
		),
		(
			"payout with a result",
			format!(
				r#"(module (memory (export "memory") 1) {entries} (func (export "payout") (result i32) (i32.const 0)))"#
			),
			BadExportSignature,
		),
	];
	for (name, module, want) in cases {
		let got = machine().validate_code(&avf(&module)).map(|_| ());
		assert_eq!(got, Err(want), "{name}");
	}
}

#[test]
fn each_blob_rule_has_its_error() {
	use CodeError::*;
	let wasm = wat::parse_str(minimal("")).expect("parses");
	let mut bad_magic = wrap(Format::Wasm, &wasm);
	bad_magic[0] = b'x';
	let cases: Vec<(&str, Vec<u8>, CodeError)> = vec![
		("truncated header", b"cpAV".to_vec(), HeaderTruncated),
		("bad magic", bad_magic, BadMagic),
		("raw wasm without header", wasm.clone(), BadMagic),
		("risc-v", wrap(Format::RiscV, &wasm), UnsupportedFormat),
		("garbage code", wrap(Format::Wasm, b"not wasm at all"), InvalidWasm),
		("truncated code", wrap(Format::Wasm, &wasm[..wasm.len() - 3]), InvalidWasm),
	];
	for (name, blob, want) in cases {
		assert_eq!(machine().validate_code(&blob).map(|_| ()), Err(want), "{name}");
	}
}

#[test]
fn size_limits_are_enforced() {
	let small = Machine::new(Limits { max_code_bytes: 64, ..Limits::DEFAULT });
	assert_eq!(small.validate_code(&test_actor()).map(|_| ()), Err(CodeError::TooLarge));

	let few_functions = Machine::new(Limits { max_functions: 3, ..Limits::DEFAULT });
	let four = avf(&minimal("(func)"));
	assert_eq!(few_functions.validate_code(&four).map(|_| ()), Err(CodeError::TooManyFunctions));
	assert!(few_functions.validate_code(&avf(&minimal(""))).is_ok());

	let few_globals = Machine::new(Limits { max_globals: 1, ..Limits::DEFAULT });
	assert_eq!(
		few_globals.validate_code(&test_actor()).map(|_| ()),
		Err(CodeError::TooManyGlobals)
	);
}

/// The bounds on work that neither fuel nor the code's size pays for: locals zeroed on every call, table elements,
/// element items and globals initialised and imports linked at instantiation, types interned and exports entered
/// at load. Each is accepted at its limit and refused one above it, by upload and by `load` alike.
#[test]
fn unmetered_shape_limits_are_enforced() {
	let l = Limits::DEFAULT;
	let locals = |params: u32, locals: u32| {
		let params = " i32".repeat(params as usize);
		let locals = " i32".repeat(locals as usize);
		avf(&minimal(&format!("(func (param{params}) (local{locals}))")))
	};
	let table = |size: u32| avf(&minimal(&format!("(table {size} funcref)")));
	let bounded_table = |max: u32| avf(&minimal(&format!("(table 1 {max} funcref)")));
	// `minimal` declares 1 type (`() -> i32`) and no global.
	let types = |n: u32| avf(&minimal(&"(type (func (param i32)))".repeat(n as usize - 1)));
	let globals = |n: u32| avf(&minimal(&"(global i32 (i32.const 0))".repeat(n as usize)));
	// Data and element segments count together: one element segment, the rest data.
	let segments = |n: u32| {
		let data = r#"(data (i32.const 0) "x")"#.repeat(n as usize - 1);
		avf(&minimal(&format!("(table 1 funcref) (elem (i32.const 0) func) {data}")))
	};
	let imports = |n: u32| {
		avf(&minimal(&r#"(import "coreplay" "now" (func (result i32)))"#.repeat(n as usize)))
	};
	// `minimal` exports 4: `memory` and its three entry points.
	let exports = |n: u32| {
		let more: String = (4..n).map(|i| format!(r#"(export "e{i}" (func 0))"#)).collect();
		avf(&minimal(&more))
	};
	// Over two segments (the bound is on their sum) into a table of `max_table_elements`.
	let element_items = |n: u32| {
		let half = |n: u32| " 0".repeat(n as usize);
		avf(&minimal(&format!(
			"(table {} funcref) (elem (i32.const 0) func{}) (elem (i32.const 0) func{})",
			l.max_table_elements,
			half(n / 2),
			half(n - n / 2)
		)))
	};
	let export_name = |bytes: u32| {
		avf(&minimal(&format!(r#"(export "{}" (func 0))"#, "n".repeat(bytes as usize))))
	};
	let cases = [
		("imports", imports(l.max_imports), imports(l.max_imports + 1), CodeError::TooManyImports),
		(
			"export name",
			export_name(l.max_export_name_bytes),
			export_name(l.max_export_name_bytes + 1),
			CodeError::ExportNameTooLong,
		),
		("exports", exports(l.max_exports), exports(l.max_exports + 1), CodeError::TooManyExports),
		(
			"element items",
			element_items(l.max_element_items),
			element_items(l.max_element_items + 1),
			CodeError::TooManyElementItems,
		),
		(
			"locals",
			locals(0, l.max_function_locals),
			locals(0, l.max_function_locals + 1),
			CodeError::TooManyLocals,
		),
		(
			"params and locals",
			locals(6, l.max_function_locals - 6),
			locals(6, l.max_function_locals - 5),
			CodeError::TooManyLocals,
		),
		(
			"table",
			table(l.max_table_elements),
			table(l.max_table_elements + 1),
			CodeError::TableTooLarge,
		),
		(
			"table maximum",
			bounded_table(l.max_table_elements),
			bounded_table(l.max_table_elements + 1),
			CodeError::TableTooLarge,
		),
		("types", types(l.max_types), types(l.max_types + 1), CodeError::TooManyTypes),
		(
			"immutable globals",
			globals(l.max_globals),
			globals(l.max_globals + 1),
			CodeError::TooManyGlobals,
		),
		(
			"segments",
			segments(l.max_segments),
			segments(l.max_segments + 1),
			CodeError::TooManySegments,
		),
	];
	let m = machine();
	for (name, at_limit, above, want) in cases {
		assert!(m.validate_code(&at_limit).is_ok(), "{name} at the limit");
		assert!(m.load(&at_limit).is_ok(), "{name} at the limit loads");
		assert_eq!(m.validate_code(&above).map(|_| ()), Err(want), "{name} above the limit");
		assert_eq!(m.load(&above).map(|_| ()), Err(want), "{name} above the limit, loaded");
	}
}

/// The hostile code shapes (`coreplay-shapes`: what the pallet's benchmarks weigh code with and the fixtures time)
/// are the costliest the limits allow: each is accepted at `Limits::DEFAULT`, and refused with one more of each
/// thing it maximises. A shape that drifts from the limits, or a limit from its shape, fails here.
#[test]
fn the_hostile_shapes_are_at_the_limits() {
	let l = Limits::DEFAULT;
	let functions = LoadShape::most_functions(l.max_functions, l.max_function_locals);
	let body = LoadShape::longest_body(l.max_code_bytes);
	let links = LoadShape::most_links(
		l.max_imports,
		l.max_exports,
		l.max_export_name_bytes,
		l.max_element_items,
	);
	let blob = |shape| shaped_actor(1, 0, 0, shape);
	let m = machine();
	for (name, shape) in [("functions", functions), ("body", body), ("links", links)] {
		assert!(m.validate_code(&blob(shape)).is_ok(), "{name} at the limits uploads");
		assert!(m.load(&blob(shape)).is_ok(), "{name} at the limits loads");
	}
	// The longest body leaves 1 KiB of the code's bytes to the rest of the module.
	let len = blob(body).len() as u32;
	assert!(len <= l.max_code_bytes && len > l.max_code_bytes - 1024, "{len} bytes");
	let cases = [
		(
			"functions",
			LoadShape { functions: functions.functions + 1, ..functions },
			CodeError::TooManyFunctions,
		),
		(
			"locals",
			LoadShape { locals: functions.locals + 1, ..functions },
			CodeError::TooManyLocals,
		),
		("imports", LoadShape { imports: links.imports + 1, ..links }, CodeError::TooManyImports),
		("exports", LoadShape { exports: links.exports + 1, ..links }, CodeError::TooManyExports),
		(
			"export name",
			LoadShape { export_name: links.export_name + 1, ..links },
			CodeError::ExportNameTooLong,
		),
		(
			"element items",
			LoadShape { element_items: links.element_items + 1, ..links },
			CodeError::TableTooLarge,
		),
		("body", LoadShape { body: body.body + 1024, ..body }, CodeError::TooLarge),
	];
	for (name, above, want) in cases {
		assert_eq!(m.validate_code(&blob(above)).map(|_| ()), Err(want), "one more {name}");
	}
}

/// A shape with `payout` (the pallet's `payout_inspector` benchmark runs it) exports the inspector and only adds
/// to the shape: `Machine::payout` on the created actor's snapshot outputs the memory's first 16 bytes (a data
/// segment of ones), and the same shape without it has no inspector.
#[test]
fn a_shape_with_payout_exports_the_inspector() {
	let m = machine();
	let shape =
		LoadShape { functions: 3, locals: 4, body: 300, payout: true, ..LoadShape::default() };
	let code = m.load(&shaped_actor(1, 0, 16, shape)).expect("valid");
	assert!(code.info().has_payout && !code.info().has_dependencies);
	let created = m.create(&code, 1, &[], 7, common::FUEL).expect("init").snapshot;
	let payout = m.payout(&code, 1, &created, 7, common::FUEL).expect("runs").expect("exported");
	assert_eq!(payout.amount, u128::from_le_bytes([1; 16]));
	let without =
		m.load(&shaped_actor(1, 0, 16, LoadShape { payout: false, ..shape })).expect("valid");
	assert!(!without.info().has_payout);
	assert_eq!(m.payout(&without, 1, &created, 7, common::FUEL), Ok(None));
}

/// `load` runs the structure walk before wasmi's compiler validates, so it meets invalid modules the validator would
/// have refused first: two global sections (the second one's mutable global renumbered from 0) must be an error,
/// not a panic.
#[test]
fn load_refuses_invalid_modules_without_panicking() {
	use wasm_encoder::{
		CodeSection, ConstExpr, ExportKind, ExportSection, Function, FunctionSection,
		GlobalSection, GlobalType, MemorySection, MemoryType, Module, TypeSection, ValType,
	};
	let mutable_i32s = |n: usize| {
		let mut globals = GlobalSection::new();
		let ty = GlobalType { val_type: ValType::I32, mutable: true, shared: false };
		for _ in 0..n {
			globals.global(ty, &ConstExpr::i32_const(0));
		}
		globals
	};
	let mut module = Module::new();
	let mut types = TypeSection::new();
	types.ty().function([], [ValType::I32]);
	module.section(&types);
	let mut functions = FunctionSection::new();
	(0..3).for_each(|_| {
		functions.function(0);
	});
	module.section(&functions);
	let mut memories = MemorySection::new();
	memories.memory(MemoryType {
		minimum: 1,
		maximum: None,
		memory64: false,
		shared: false,
		page_size_log2: None,
	});
	module.section(&memories);
	// `Module::section` appends in the order given: two global sections.
	module.section(&mutable_i32s(5));
	module.section(&mutable_i32s(1));
	let mut exports = ExportSection::new();
	exports.export("memory", ExportKind::Memory, 0);
	exports.export("init", ExportKind::Func, 0);
	exports.export("service", ExportKind::Func, 1);
	exports.export("call", ExportKind::Func, 2);
	exports.export("g", ExportKind::Global, 3);
	module.section(&exports);
	let mut codes = CodeSection::new();
	let mut body = Function::new([]);
	body.instructions().i32_const(0).end();
	(0..3).for_each(|_| {
		codes.function(&body);
	});
	module.section(&codes);
	let wasm = module.finish();
	let blob = wrap(Format::Wasm, &wasm);
	assert!(machine().load(&blob).is_err());
	assert_eq!(machine().validate_code(&blob).map(|_| ()), Err(CodeError::InvalidWasm));
}
