//! Code validation at upload and loading of validated code (`docs/abi.md`, "The module").

use crate::{errors::CodeError, limits::wasm1_features, Limits};
use alloc::{string::String, vec::Vec};
use coreplay_abi::{EntryPoint, HostFn};
use coreplay_primitives::avf::{self, Format};
use wasmparser::{ExternalKind, Parser, Payload, TypeRef, ValType};

/// The import module of every host function (`coreplay_abi::HOST_MODULE`).
pub use coreplay_abi::HOST_MODULE;

/// A value type of the ABI as wasmparser names it.
fn wasm_type(ty: coreplay_abi::ValType) -> ValType {
	match ty {
		coreplay_abi::ValType::I32 => ValType::I32,
		coreplay_abi::ValType::I64 => ValType::I64,
	}
}

/// Whether `have` is the signature of `host_fn`.
fn signature_is(host_fn: &HostFn, have: &(Vec<ValType>, Vec<ValType>)) -> bool {
	let same = |want: &[coreplay_abi::ValType], have: &[ValType]| {
		want.len() == have.len() && want.iter().zip(have).all(|(w, h)| wasm_type(*w) == *h)
	};
	same(host_fn.params, &have.0) && same(host_fn.results, &have.1)
}

/// What validation learns about a module that execution needs.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CodeInfo {
	/// Export names of the mutable globals, ascending: the order of globals in a snapshot.
	pub mutable_globals: Vec<String>,
	/// The module's initial memory size, in pages.
	pub initial_pages: u32,
	/// The byte ranges of memory that the module's active data segments initialise, in module order: at
	/// instantiation only these can be non-zero, so restoring a snapshot clears only them. Their total length is at
	/// most the code's size in bytes, so clearing them costs no more than instantiation's own copy of the segments.
	pub data_segments: Vec<core::ops::Range<u32>>,
	/// How many functions the module defines (imports excluded), at most `Limits::max_functions`: with its size
	/// in bytes, what loading it costs (the pallet's `code_load` weight); its imports, exports and element items
	/// below are what instantiating it costs (`code_links`).
	pub functions: u32,
	/// How many imports the module has, at most `Limits::max_imports`.
	pub imports: u32,
	/// How many exports the module has, at most `Limits::max_exports`.
	pub exports: u32,
	/// How many function references its element segments hold together, at most `Limits::max_element_items`.
	pub element_items: u32,
	/// Whether the `payout` inspector is exported.
	pub has_payout: bool,
	/// Whether the `dependencies` inspector is exported.
	pub has_dependencies: bool,
}

/// Checks an AVF blob against `docs/abi.md` and `limits` without compiling it.
///
/// Checks, in order: size, header, Wasm 1.0 validity (floats refused), then structure (imports and their count,
/// exports, their count and their names' length, memory, globals, tables and their sizes, types, start, data and
/// element segments and element items, function count, locals per function, a global exported once at most).
///
/// # Errors
/// The first [`CodeError`] found.
pub fn validate_code(blob: &[u8], limits: &Limits) -> Result<CodeInfo, CodeError> {
	let (info, wasm) = check_structure(blob, limits, Validation::Full)?;
	let engine = wasmi::Engine::new(&crate::limits::upload_config(limits));
	wasmi::Module::new(&engine, wasm).map_err(|_| CodeError::NotCompiled)?;
	Ok(info)
}

/// The module `Machine::load` builds each execution's wasmi module from: `wasm` with [`LOCAL_FUEL`] `nop`s per
/// declared local (parameters excluded) put before the first operator of each function body, and its custom
/// sections left out. wasmi zeroes a function's declared locals on every call but charges no fuel for them; a
/// `nop` emits no instruction and costs its fuel ([`crate::limits::operator_costs`]) in the fuel check of the
/// function's entry block, so every call pays for its callee's locals, and `call` itself is priced at a callee
/// without locals ([`crate::CALL_FUEL`]). Semantics are unchanged: a `nop` does nothing, and traps, results and
/// memory are the same. The extra bytes (at most `Limits::max_function_locals` per function) are also compiled
/// at [`crate::COMPILE_FUEL`] each at a function's first call.
///
/// [`LOCAL_FUEL`]: crate::limits::LOCAL_FUEL
///
/// # Errors
/// [`CodeError::InvalidWasm`] if `wasm` does not parse (code that passed upload always does).
pub(crate) fn meter_locals(wasm: &[u8]) -> Result<Vec<u8>, CodeError> {
	use wasm_encoder::{CodeSection, Encode, Instruction, RawSection};
	let invalid = |_| CodeError::InvalidWasm;
	let mut module = wasm_encoder::Module::new();
	let mut code: Option<(CodeSection, u32)> = None;
	let mut nop = Vec::new();
	Instruction::Nop.encode(&mut nop);
	let mut body = Vec::new();
	for payload in Parser::new(0).parse_all(wasm) {
		let payload = payload.map_err(invalid)?;
		match payload {
			Payload::CodeSectionStart { count, .. } => {
				if count == 0 {
					module.section(&CodeSection::new());
				} else {
					code = Some((CodeSection::new(), count));
				}
			}
			Payload::CodeSectionEntry(function) => {
				let (section, left) = code.as_mut().ok_or(CodeError::InvalidWasm)?;
				let mut locals = 0u32;
				for entry in function.get_locals_reader().map_err(invalid)? {
					locals = locals.saturating_add(entry.map_err(invalid)?.0);
				}
				let range = function.range();
				let operators =
					function.get_operators_reader().map_err(invalid)?.original_position();
				body.clear();
				body.extend_from_slice(
					wasm.get(range.start..operators).ok_or(CodeError::InvalidWasm)?,
				);
				for _ in 0..locals.saturating_mul(crate::limits::LOCAL_FUEL) {
					body.extend_from_slice(&nop);
				}
				body.extend_from_slice(
					wasm.get(operators..range.end).ok_or(CodeError::InvalidWasm)?,
				);
				section.raw(&body);
				*left -= 1;
				if *left == 0 {
					let (section, _) = code.take().ok_or(CodeError::InvalidWasm)?;
					module.section(&section);
				}
			}
			Payload::CustomSection(_) | Payload::Version { .. } | Payload::End(_) => {}
			other => {
				let (id, range) = other.as_section().ok_or(CodeError::InvalidWasm)?;
				let data = wasm.get(range).ok_or(CodeError::InvalidWasm)?;
				module.section(&RawSection { id, data });
			}
		}
	}
	if code.is_some() {
		return Err(CodeError::InvalidWasm);
	}
	Ok(module.finish())
}

/// Whether [`check_structure`] runs wasmparser's validator over the whole module first.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Validation {
	/// At upload: wasmparser's validator tells invalid Wasm and floats apart, each with its own error.
	Full,
	/// At load, of code that passed upload: wasmi validates the module's sections when an execution builds its
	/// module and each function when it is first compiled (at its first call; floats refused by
	/// `engine_config`), so a pass of wasmparser's validator would only repeat it.
	ByCompiler,
}

/// Header, validity and structure checks; returns what execution needs and the Wasm bytes.
pub(crate) fn check_structure<'a>(
	blob: &'a [u8],
	limits: &Limits,
	validation: Validation,
) -> Result<(CodeInfo, &'a [u8]), CodeError> {
	if blob.len() > limits.max_code_bytes as usize {
		return Err(CodeError::TooLarge);
	}
	let (header, wasm) = avf::split(blob)?;
	if header.format != Format::Wasm {
		return Err(CodeError::UnsupportedFormat);
	}
	// Floats are checked by the validator itself (wasmparser's `floats` feature off); only a module that fails so
	// is validated again with floats on, to tell a float (`FloatsNotAllowed`) from invalid Wasm.
	let mut no_floats = wasm1_features();
	no_floats.set(wasmparser::WasmFeatures::FLOATS, false);
	if validation == Validation::Full
		&& wasmparser::Validator::new_with_features(no_floats).validate_all(wasm).is_err()
	{
		wasmparser::Validator::new_with_features(wasm1_features())
			.validate_all(wasm)
			.map_err(|_| CodeError::InvalidWasm)?;
		return Err(CodeError::FloatsNotAllowed);
	}

	// The module is valid: walk it once more for the policy checks.
	let mut func_types: Vec<(Vec<ValType>, Vec<ValType>)> = Vec::new();
	let mut imported_funcs: Vec<u32> = Vec::new(); // type index per imported function
	let mut defined_funcs: Vec<u32> = Vec::new(); // type index per defined function
	let mut memories: Vec<(u64, Option<u64>)> = Vec::new();
	let mut mutable_globals: Vec<u32> = Vec::new(); // global indices

	// Names borrowed from `wasm`: no allocation per export (in the runtime each allocation is a host call).
	let mut exports: Vec<(&str, ExternalKind, u32)> = Vec::new();
	let mut data_segments: Vec<(Option<i64>, usize)> = Vec::new(); // (constant offset, length)
	let mut bodies = 0usize; // function bodies seen
	let mut segments = 0u32; // data and element segments seen

	// Counted over every section of a kind: `load` meets modules wasmi has not validated yet, which may repeat one.
	let mut imports = 0u32;
	let mut element_items = 0u32;
	for payload in Parser::new(0).parse_all(wasm) {
		let payload = payload.map_err(|_| CodeError::InvalidWasm)?;
		match payload {
			Payload::TypeSection(reader) => {
				if reader.count() > limits.max_types {
					return Err(CodeError::TooManyTypes);
				}
				for ty in reader.into_iter_err_on_gc_types() {
					let ty = ty.map_err(|_| CodeError::InvalidWasm)?;
					func_types.push((ty.params().to_vec(), ty.results().to_vec()));
				}
			}
			Payload::ImportSection(reader) => {
				imports = imports.saturating_add(reader.count());
				if imports > limits.max_imports {
					return Err(CodeError::TooManyImports);
				}
				for import in reader {
					let import = import.map_err(|_| CodeError::InvalidWasm)?;
					let TypeRef::Func(type_index) = import.ty else {
						return Err(match import.ty {
							TypeRef::Table(_) => CodeError::ExportedTable,
							_ => CodeError::ForbiddenImportKind,
						});
					};
					if import.module != HOST_MODULE {
						return Err(CodeError::ForbiddenImport);
					}
					let host_fn = HostFn::named(import.name).ok_or(CodeError::ForbiddenImport)?;
					let have = func_types.get(type_index as usize).ok_or(CodeError::InvalidWasm)?;
					if !signature_is(host_fn, have) {
						return Err(CodeError::ImportSignatureMismatch);
					}
					imported_funcs.push(type_index);
				}
			}
			Payload::FunctionSection(reader) => {
				for type_index in reader {
					defined_funcs.push(type_index.map_err(|_| CodeError::InvalidWasm)?);
				}
				if defined_funcs.len() > limits.max_functions as usize {
					return Err(CodeError::TooManyFunctions);
				}
			}
			Payload::MemorySection(reader) => {
				for memory in reader {
					let memory = memory.map_err(|_| CodeError::InvalidWasm)?;
					memories.push((memory.initial, memory.maximum));
				}
			}
			Payload::TableSection(reader) => {
				for table in reader {
					let ty = table.map_err(|_| CodeError::InvalidWasm)?.ty;
					let max = u64::from(limits.max_table_elements);
					if ty.initial > max || ty.maximum.is_some_and(|m| m > max) {
						return Err(CodeError::TableTooLarge);
					}
				}
			}
			Payload::GlobalSection(reader) => {
				if reader.count() > limits.max_globals {
					return Err(CodeError::TooManyGlobals);
				}
				for (index, global) in reader.into_iter().enumerate() {
					let global = global.map_err(|_| CodeError::InvalidWasm)?;
					if global.ty.mutable {
						mutable_globals.push(index as u32);
					}
				}
			}
			Payload::ExportSection(reader) => {
				if (exports.len() as u64).saturating_add(u64::from(reader.count()))
					> u64::from(limits.max_exports)
				{
					return Err(CodeError::TooManyExports);
				}
				for export in reader {
					let export = export.map_err(|_| CodeError::InvalidWasm)?;
					if export.name.len() > limits.max_export_name_bytes as usize {
						return Err(CodeError::ExportNameTooLong);
					}
					exports.push((export.name, export.kind, export.index));
				}
			}
			Payload::StartSection { .. } => return Err(CodeError::StartFunction),
			Payload::ElementSection(reader) => {
				segments = segments.saturating_add(reader.count());
				if segments > limits.max_segments {
					return Err(CodeError::TooManySegments);
				}
				for element in reader {
					let items = match element.map_err(|_| CodeError::InvalidWasm)?.items {
						wasmparser::ElementItems::Functions(functions) => functions.count(),
						wasmparser::ElementItems::Expressions(_, expressions) => {
							expressions.count()
						}
					};
					element_items = element_items.saturating_add(items);
					if element_items > limits.max_element_items {
						return Err(CodeError::TooManyElementItems);
					}
				}
			}
			Payload::CodeSectionEntry(body) => {
				let params = func_types
					.get(*defined_funcs.get(bodies).ok_or(CodeError::InvalidWasm)? as usize)
					.map_or(0, |(params, _)| params.len() as u64);
				bodies += 1;
				let mut locals = params;
				for entry in body.get_locals_reader().map_err(|_| CodeError::InvalidWasm)? {
					let (count, _) = entry.map_err(|_| CodeError::InvalidWasm)?;
					locals = locals.saturating_add(u64::from(count));
				}
				if locals > u64::from(limits.max_function_locals) {
					return Err(CodeError::TooManyLocals);
				}
			}
			Payload::DataSection(reader) => {
				segments = segments.saturating_add(reader.count());
				if segments > limits.max_segments {
					return Err(CodeError::TooManySegments);
				}
				for data in reader {
					let data = data.map_err(|_| CodeError::InvalidWasm)?;
					if let wasmparser::DataKind::Active { offset_expr, .. } = data.kind {
						data_segments.push((const_i32(&offset_expr), data.data.len()));
					}
				}
			}
			_ => {}
		}
	}

	// Memory: exactly one, defined here (imports were refused above), within the page limit.
	let [(initial, maximum)] = memories.as_slice() else {
		return Err(CodeError::MemoryMissing);
	};
	let max_pages = u64::from(limits.max_memory_pages);
	if *initial > max_pages || maximum.is_some_and(|m| m > max_pages) {
		return Err(CodeError::MemoryTooLarge);
	}
	let initial_pages = *initial as u32;
	let initial_bytes = *initial as i64 * coreplay_primitives::snapshot::PAGE_SIZE as i64;
	let mut data_ranges = Vec::with_capacity(data_segments.len());
	for (offset, len) in data_segments {
		let end = offset.map(|offset| offset + len as i64);
		match (offset.map(u32::try_from), end.map(u32::try_from)) {
			// Within the initial memory, itself at most `max_memory_pages` (checked above).
			(Some(Ok(start)), Some(Ok(end))) if i64::from(end) <= initial_bytes => {
				data_ranges.push(start..end)
			}
			_ => return Err(CodeError::DataSegmentOutOfBounds),
		}
	}

	// Exports.
	let func_type = |index: u32| -> Option<&(Vec<ValType>, Vec<ValType>)> {
		let index = index as usize;
		let type_index = if index < imported_funcs.len() {
			imported_funcs[index]
		} else {
			*defined_funcs.get(index - imported_funcs.len())?
		};
		func_types.get(type_index as usize)
	};
	let find = |name: &str| exports.iter().find(|(n, _, _)| *n == name);
	if exports.iter().any(|(_, kind, _)| *kind == ExternalKind::Table) {
		return Err(CodeError::ExportedTable);
	}
	match find("memory") {
		None => return Err(CodeError::MissingExport),
		Some((_, ExternalKind::Memory, 0)) => {}
		Some(_) => return Err(CodeError::BadExportSignature),
	}
	// The required entry points are `() -> i32`, the inspectors `() -> ()` (`coreplay_abi::EntryPoint`).
	let (mut has_payout, mut has_dependencies) = (false, false);
	for entry in EntryPoint::ALL {
		let Some((_, kind, index)) = find(entry.name()) else {
			if entry.required() {
				return Err(CodeError::MissingExport);
			}
			continue;
		};
		let results: &[ValType] = if entry.required() { &[ValType::I32] } else { &[] };
		match (kind, func_type(*index)) {
			(ExternalKind::Func, Some((p, r))) if p.is_empty() && r.as_slice() == results => {}
			_ => return Err(CodeError::BadExportSignature),
		}
		match entry {
			EntryPoint::Payout => has_payout = true,
			EntryPoint::Dependencies => has_dependencies = true,
			EntryPoint::Init | EntryPoint::Service | EntryPoint::Call => {}
		}
	}

	// Each global exported once at most: a mutable one exported twice would be two globals of the snapshot.
	let mut exported_globals: Vec<u32> = exports
		.iter()
		.filter(|(_, kind, _)| *kind == ExternalKind::Global)
		.map(|(_, _, index)| *index)
		.collect();
	exported_globals.sort_unstable();
	if exported_globals.windows(2).any(|w| w[0] == w[1]) {
		return Err(CodeError::GlobalExportedTwice);
	}

	// Mutable globals: every one exported, so that the snapshot holds it. One pass over the exports: the globals
	// are at most `max_globals`, the exports at most `max_exports`.
	let mut global_names = Vec::with_capacity(mutable_globals.len());
	// `mutable_globals` is ascending in a valid module; `load` may meet an invalid one (wasmi's compiler validates
	// after this walk), where it need not be: then the search errs, but never indexes out of bounds.
	let mut named = alloc::vec![false; mutable_globals.len()];
	for (name, kind, index) in &exports {
		if *kind != ExternalKind::Global {
			continue;
		}
		if let Ok(position) = mutable_globals.binary_search(index) {
			global_names.push(String::from(*name));
			named[position] = true;
		}
	}
	if named.contains(&false) {
		return Err(CodeError::UnexportedMutableGlobal);
	}
	global_names.sort();

	let info = CodeInfo {
		mutable_globals: global_names,
		initial_pages,
		data_segments: data_ranges,
		functions: defined_funcs.len() as u32,
		imports,
		exports: exports.len() as u32,
		element_items,
		has_payout,
		has_dependencies,
	};
	Ok((info, wasm))
}

/// The value of a constant expression that is a single `i32.const`, if it is one.
fn const_i32(expr: &wasmparser::ConstExpr<'_>) -> Option<i64> {
	let mut ops = expr.get_operators_reader();
	let value = match ops.read().ok()? {
		wasmparser::Operator::I32Const { value } => i64::from(value as u32),
		_ => return None,
	};
	matches!(ops.read().ok()?, wasmparser::Operator::End).then_some(value)
}

/// Actor code whose structure was checked: what executions instantiate. Built by [`crate::Machine::load`]. It
/// holds the Wasm bytes, not a compiled module: each execution builds its own module for each actor, which
/// compiles a function at its first call (`engine_config`), so reusing an `ActorCode` never changes an
/// execution's fuel.
#[derive(Clone, Debug)]
pub struct ActorCode {
	pub(crate) wasm: Vec<u8>,
	pub(crate) info: CodeInfo,
	/// The limits it was checked under ([`crate::ExecError::ForeignCode`] on a machine with others).
	pub(crate) limits: Limits,
}

impl ActorCode {
	/// What validation learnt about the module.
	pub fn info(&self) -> &CodeInfo {
		&self.info
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use alloc::format;

	/// Each function body's operators (debug-printed) and whether the module has custom sections.
	fn bodies(wasm: &[u8]) -> (Vec<Vec<String>>, bool) {
		let (mut bodies, mut custom) = (Vec::new(), false);
		for payload in Parser::new(0).parse_all(wasm) {
			match payload.expect("parses") {
				Payload::CodeSectionEntry(body) => {
					let mut ops = body.get_operators_reader().expect("operators");
					let mut list = Vec::new();
					while !ops.eof() {
						list.push(format!("{:?}", ops.read().expect("an operator")));
					}
					bodies.push(list);
				}
				Payload::CustomSection(_) => custom = true,
				_ => {}
			}
		}
		(bodies, custom)
	}

	#[test]
	fn metering_puts_local_fuel_nops_per_declared_local_before_each_body() {
		let cases: &[(&str, &str, &[u32])] = &[
			("no code section", "(module (memory 1))", &[]),
			("no locals", "(module (func (nop)))", &[0]),
			(
				"locals in groups; parameters are not zeroed, not counted",
				"(module (func (param i32) (local i32 i64) (local i32) (drop (i32.const 1))) (func (local i64)))",
				&[3, 1],
			),
			("a custom section is left out", r#"(module (@custom "name" "x") (func (local i32)))"#, &[1]),
		];
		for (name, wat, locals) in cases {
			let wasm = wat::parse_str(wat).expect("WAT");
			let metered = meter_locals(&wasm).expect(name);
			wasmparser::Validator::new_with_features(wasm1_features())
				.validate_all(&metered)
				.unwrap_or_else(|e| panic!("{name}: {e}"));
			let ((before, had_custom), (after, custom)) = (bodies(&wasm), bodies(&metered));
			assert!(!custom, "{name}");
			assert_eq!(
				had_custom,
				name.starts_with("a custom"),
				"{name}: the case is what it says"
			);
			assert_eq!(after.len(), locals.len(), "{name}");
			for ((before, after), locals) in before.iter().zip(&after).zip(*locals) {
				let nops = (locals * crate::limits::LOCAL_FUEL) as usize;
				assert!(after[..nops].iter().all(|op| *op == "Nop"), "{name}");
				assert_eq!(&after[nops..], &before[..], "{name}: the rest unchanged");
			}
		}
		let truncated = &wat::parse_str("(module (func (local i32)))").expect("WAT")[..20];
		assert_eq!(meter_locals(truncated), Err(CodeError::InvalidWasm), "malformed: an error");
	}
}
