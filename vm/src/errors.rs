//! The vm's errors, one type per stage, wasmi-style: [`CodeError`] (an AVF refused at upload or load),
//! [`ExecError`] (an execution stopped) with its [`TrapKind`], and [`PovError`] (an APoV invalid). Each rule has
//! its own variant; all are SCALE-encodable so that the chain can report them.

use codec::{Decode, Encode, MaxEncodedLen};
use coreplay_primitives::{avf::HeaderError, snapshot::SnapshotError};
use scale_info::TypeInfo;
use wasmi::TrapCode;

/// Why an AVF blob is refused at upload. Each rejection class has its own variant.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub enum CodeError {
	/// The blob is larger than `Limits::max_code_bytes`.
	TooLarge,
	/// The blob is shorter than the 8-byte AVF header.
	HeaderTruncated,
	/// The blob does not start with the AVF magic `cpAV`.
	BadMagic,
	/// The AVF header version is not 1.
	UnsupportedVersion,
	/// The AVF header names no known format.
	UnknownFormat,
	/// The AVF header's reserved bytes are not zero.
	HeaderReservedNotZero,
	/// The AVF format is valid but cannot run here yet (RISC-V).
	UnsupportedFormat,
	/// The code is not a valid Wasm 1.0 module (MVP + mutable globals); later proposals are not accepted.
	InvalidWasm,
	/// The module uses a float type or instruction.
	FloatsNotAllowed,
	/// The module has a `start` function.
	StartFunction,
	/// An import from a module other than `coreplay`, or of a name it does not provide.
	ForbiddenImport,
	/// An import of a `coreplay` function with the wrong signature.
	ImportSignatureMismatch,
	/// An imported memory, table or global.
	ForbiddenImportKind,
	/// A required export (`memory`, `init`, `service`, `call`) is missing.
	MissingExport,
	/// An entry point export has the wrong signature, or `memory` is not the memory.
	BadExportSignature,
	/// The module imports or exports a table (only the module itself may use its tables).
	ExportedTable,
	/// The module defines no memory, or more than one.
	MemoryMissing,
	/// The memory's initial or maximum size is above `Limits::max_memory_pages`.
	MemoryTooLarge,
	/// A mutable global is not exported, so it could not be part of the snapshot.
	UnexportedMutableGlobal,
	/// More globals (mutable or not) than `Limits::max_globals`.
	TooManyGlobals,
	/// More functions than `Limits::max_functions`.
	TooManyFunctions,
	/// An active data segment does not lie within the initial memory, or its offset is not a constant.
	DataSegmentOutOfBounds,
	/// The module passed every rule but the interpreter (wasmi, with `engine_config`) refused to compile it: one
	/// of wasmi's own limits.
	NotCompiled,
	/// A function has more locals (its parameters included) than `Limits::max_function_locals`.
	TooManyLocals,
	/// More function types than `Limits::max_types`.
	TooManyTypes,
	/// A table's initial size or declared maximum is above `Limits::max_table_elements`.
	TableTooLarge,
	/// More data and element segments together than `Limits::max_segments`.
	TooManySegments,
	/// More imports than `Limits::max_imports`.
	TooManyImports,
	/// More exports than `Limits::max_exports`.
	TooManyExports,
	/// More function references in the element segments together than `Limits::max_element_items`.
	TooManyElementItems,
	/// A global is exported under two names (a mutable one would be two globals of the snapshot).
	GlobalExportedTwice,
	/// An export name is longer than `Limits::max_export_name_bytes`.
	ExportNameTooLong,
}

impl From<HeaderError> for CodeError {
	fn from(e: HeaderError) -> Self {
		match e {
			HeaderError::Truncated => CodeError::HeaderTruncated,
			HeaderError::BadMagic => CodeError::BadMagic,
			HeaderError::UnsupportedVersion(_) => CodeError::UnsupportedVersion,
			HeaderError::UnknownFormat(_) => CodeError::UnknownFormat,
			HeaderError::ReservedNotZero => CodeError::HeaderReservedNotZero,
		}
	}
}

/// Why an execution stopped. An execution that fails changes nothing: no snapshot, message or upgrade results.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub enum ExecError {
	/// The fuel budget ran out.
	OutOfFuel,
	/// The Wasm call stack or value stack exceeded its limit (`Limits::max_wasm_call_depth`,
	/// `max_value_stack_bytes`).
	StackOverflow,
	/// An actor trapped (`unreachable`, out-of-bounds access, division by zero, …): a panic in Rust actors.
	Trap(TrapKind),
	/// A host function was given a memory range outside the actor's memory.
	MemoryAccess,
	/// An entry point wrote more than `Limits::max_output_bytes`, or `call_actor` was given more.
	OutputTooLarge,
	/// A message payload over `Limits::max_message_bytes`.
	MessageTooLarge,
	/// More than `Limits::max_messages` messages sent in one execution.
	TooManyMessages,
	/// A host function was called from an entry point that may not use it (`docs/abi.md`).
	HostFunctionNotAllowed,
	/// An entry point returned a status other than 0 or 1.
	BadEntryStatus,
	/// An Agenda item names an actor that is not co-scheduled in this execution.
	UnknownActor,
	/// A `Call` Agenda item returned `Err`.
	CallRejected,
	/// A snapshot is not canonical or is too large.
	BadSnapshot(SnapshotError),
	/// A snapshot does not fit the code: a different number or type of mutable globals, or less memory than the
	/// module's initial size.
	SnapshotCodeMismatch,
	/// Memory could not be grown to the snapshot's size.
	MemoryLimit,
	/// The module could not be instantiated (a bug: validated code always instantiates).
	Instantiation,
	/// An inspector wrote output of the wrong length.
	BadInspectorOutput,
	/// The code was loaded by a [`Machine`](crate::Machine) with other [`Limits`](crate::Limits), so its checks do not hold here.
	ForeignCode,
	/// More than `Limits::max_events` events emitted in one execution (`emit_event`).
	TooManyEvents,
	/// An event with more than `Limits::max_event_topics` topics or more than `Limits::max_event_bytes` bytes of
	/// data.
	EventTooLarge,
	/// More than `Limits::max_transfers` payments asked for in one execution (`transfer`).
	TooManyTransfers,
}

/// The trap kinds of Wasm (wasmi's `TrapCode`), as the chain reports them.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub enum TrapKind {
	/// `unreachable` executed (Rust: a panic or an allocation failure).
	Unreachable,
	/// A load or store outside linear memory.
	MemoryOutOfBounds,
	/// A `call_indirect` outside the table.
	TableOutOfBounds,
	/// A `call_indirect` to an empty table slot.
	IndirectCallToNull,
	/// Integer division or remainder by zero.
	IntegerDivisionByZero,
	/// Integer overflow (`i32.div_s` of `MIN` by -1).
	IntegerOverflow,
	/// A `call_indirect` with the wrong signature.
	BadSignature,
	/// Any other trap.
	Other,
}

pub(crate) fn exec_error(error: wasmi::Error) -> ExecError {
	if let Some(e) = error.downcast_ref::<ExecError>() {
		return *e;
	}
	match error.as_trap_code() {
		Some(TrapCode::OutOfFuel) => ExecError::OutOfFuel,
		Some(TrapCode::StackOverflow) => ExecError::StackOverflow,
		Some(TrapCode::UnreachableCodeReached) => ExecError::Trap(TrapKind::Unreachable),
		Some(TrapCode::MemoryOutOfBounds) => ExecError::Trap(TrapKind::MemoryOutOfBounds),
		Some(TrapCode::TableOutOfBounds) => ExecError::Trap(TrapKind::TableOutOfBounds),
		Some(TrapCode::IndirectCallToNull) => ExecError::Trap(TrapKind::IndirectCallToNull),
		Some(TrapCode::IntegerDivisionByZero) => ExecError::Trap(TrapKind::IntegerDivisionByZero),
		Some(TrapCode::IntegerOverflow) => ExecError::Trap(TrapKind::IntegerOverflow),
		Some(TrapCode::BadSignature) => ExecError::Trap(TrapKind::BadSignature),
		Some(_) => ExecError::Trap(TrapKind::Other),
		None => ExecError::Instantiation,
	}
}

/// Why an APoV is invalid. Structural variants are found before any execution.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub enum PovError {
	/// The Agenda is empty.
	EmptyAgenda,
	/// More Agenda items than `Limits::max_agenda_items`.
	TooManyAgendaItems,
	/// The APoV has no slab.
	NoSlabs,
	/// More slabs than `Limits::max_actors`.
	TooManyActors,
	/// Slabs are not strictly ascending by actor: a duplicate slab, or out of order.
	SlabsNotAscending,
	/// An Agenda item names an actor without a slab (RFC: "only entries for the Actor-Tasks which have been
	/// co-scheduled").
	NotCoScheduled,
	/// A co-scheduled actor has no `Service` item (RFC: "at least one `Service` entry for each").
	MissingService,
	/// A `Service { times: 0 }` item.
	ZeroService,
	/// A slab's `pre` or `post` is larger than `Limits::max_slab_bytes`.
	SlabTooLarge,
	/// A `Call` item's input or output is larger than `Limits::max_output_bytes`.
	CallTooLarge,
	/// The witness is larger than `Limits::max_witness_bytes`.
	WitnessTooLarge,
	/// Inbox batches are not strictly ascending by actor, or name an actor without a slab.
	BadInboxBatch,
	/// More inbox messages than `Limits::max_inbox_messages`, or one over `Limits::max_message_bytes`.
	InboxTooLarge,
	/// Fewer slabs' codes were given than slabs (a caller bug).
	CodeCountMismatch,
	/// The Agenda failed to run.
	Exec(ExecError),
	/// A `Call` item's `output` differs from what the actor returned.
	CallOutputMismatch,
	/// An actor did not consume every message of its inbox batch.
	InboxNotConsumed,
	/// A slab's `post` differs from the actor's snapshot after the Agenda.
	PostMismatch,
	/// The APoV's SCALE encoding is longer than `Limits::max_apov_bytes`.
	ApovTooLarge,
	/// A slab's `post` is a delta (`coreplay_primitives::snapshot::DeltaView`) that is not canonical against
	/// its `pre`, or `pre` is not a canonical snapshot.
	BadPostDelta(SnapshotError),
	/// The witness has more preimages than `Limits::max_witness_items`.
	TooManyWitnessItems,
}

impl wasmi::errors::HostError for ExecError {}

impl core::fmt::Display for ExecError {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		core::fmt::Debug::fmt(self, f)
	}
}
