//! The machine: instantiate actors from (code, snapshot), run entry points and Agendas, take snapshots.

use crate::{
	code::{validate_code, ActorCode, CodeError},
	host::{self, ActorSlot, Frame, HostState},
	limits::engine_config,
	Limits,
};
use alloc::{collections::VecDeque, string::String, vec::Vec};
use codec::{Decode, Encode, MaxEncodedLen};
use coreplay_abi::{CallStatus, EntryPoint, EntryStatus};
use coreplay_primitives::{
	blake2_256,
	snapshot::{self, GlobalValue, SnapshotError, SnapshotView, CHUNK_SIZE},
	ActorPov, AgendaItem, BlockNumber, CodeHash, Invocation, Message, OutboundMessage, TaskId,
	Witness,
};
use scale_info::TypeInfo;
use wasmi::{AsContextMut, Engine, Linker, Store, TrapCode, TypedFunc, Val};

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
	/// The code was loaded by a [`Machine`] with other [`Limits`], so its checks do not hold here.
	ForeignCode,
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

fn exec_error(error: wasmi::Error) -> ExecError {
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

/// One co-scheduled actor going into [`Machine::execute`].
#[derive(Clone, Copy, Debug)]
pub struct ActorInput<'a> {
	/// The actor.
	pub id: TaskId,
	/// Its code, from [`Machine::load`].
	pub code: &'a ActorCode,
	/// Its canonical snapshot before the Agenda (the slab's `pre`).
	pub pre: &'a [u8],
	/// Inbox messages it may consume, oldest first.
	pub inbox: &'a [Message],
}

/// What [`Machine::execute`] produced.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Execution {
	/// Canonical snapshot of each actor after the Agenda, in input order (the slabs' `post`). Empty from
	/// [`crate::produce_pov`], which moves them into the slabs. From [`crate::validate_pov`], which compares
	/// memory with the APoV's posts in place: empty if no `post` is a delta, otherwise the expansion of each delta
	/// `post` and an empty `Vec` for a slab whose `post` is the full snapshot ([`Execution::post`] picks).
	pub posts: Vec<Vec<u8>>,
	/// The `Ok` output of each `Call` Agenda item, in Agenda order.
	pub call_outputs: Vec<Vec<u8>>,
	/// Fuel used, entry charges and host copies included.
	pub fuel_used: u64,
	/// Messages for actors that are not co-scheduled, and messages to co-scheduled actors left unread, in send
	/// order.
	pub outbox: Vec<OutboundMessage>,
	/// How many of each actor's inbox messages were consumed, in input order.
	pub inbox_consumed: Vec<u32>,
	/// Code upgrades requested with `set_code` (the last per actor), ascending by actor.
	pub code_upgrades: Vec<(TaskId, CodeHash)>,
	/// Debug output (`print`), at most `Limits::max_print_bytes`.
	pub log: String,
}

impl Execution {
	/// The canonical snapshot slab `index` of `pov` ends in, after [`crate::validate_pov`] accepted `pov` with
	/// this execution: the expansion of its delta `post`, or its `post` itself. Its blake2-256 is the actor's new
	/// state hash.
	///
	/// # Panics
	/// If `pov` has no slab `index`.
	pub fn post<'a>(&'a self, pov: &'a ActorPov, index: usize) -> &'a [u8] {
		match self.posts.get(index) {
			Some(full) if !full.is_empty() => full,
			_ => &pov.slabs[index].post,
		}
	}
}

/// What the Agenda's run does with each actor's memory and globals at the end.
pub(crate) enum Posts<'a> {
	/// Take each actor's canonical snapshot into [`Execution::posts`] (production and [`Machine::execute`]).
	Take,
	/// Compare each actor's with the expected `post`, in input order, without encoding it
	/// ([`snapshot::matches`]): validation, which needs no snapshot-sized copy per actor.
	Compare(&'a [&'a [u8]]),
}

/// What [`Machine::create`] produced.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Creation {
	/// The actor's canonical snapshot after `main(args)` ran to its first yield.
	pub snapshot: Vec<u8>,
	/// Whether `main` already completed.
	pub finished: bool,
	/// Fuel used.
	pub fuel_used: u64,
	/// Messages sent during `init`.
	pub outbox: Vec<OutboundMessage>,
	/// Debug output.
	pub log: String,
}

/// The deterministic actor machine: the interpreter's configuration ([`engine_config`]) and the [`Limits`].
/// Validation in the runtime and APoV production off-chain both call this type.
///
/// Each execution (`execute`, `create`, an inspector) runs on a wasmi engine of its own, with the host functions
/// linked, a module per actor and one store, all dropped when it ends: wasmi's engine keeps every function it
/// ever compiled, so an engine per execution keeps a long-lived machine from growing, and makes each execution's
/// compiling, and its fuel, its own (natively about 4 µs per execution).
pub struct Machine {
	config: wasmi::Config,
	limits: Limits,
}

impl Machine {
	/// A machine enforcing `limits`.
	pub fn new(limits: Limits) -> Self {
		Self { config: engine_config(&limits), limits }
	}

	/// The limits this machine enforces.
	pub fn limits(&self) -> &Limits {
		&self.limits
	}

	/// Checks an AVF blob for upload (`docs/abi.md`).
	///
	/// # Errors
	/// The [`CodeError`] of the first rule broken.
	pub fn validate_code(&self, blob: &[u8]) -> Result<crate::CodeInfo, CodeError> {
		validate_code(blob, &self.limits)
	}

	/// Checks an AVF blob against the upload rules' structure for execution, without validating or compiling its
	/// functions: each execution builds a module of it per actor and compiles each function at its first call
	/// (validating it then), for [`crate::COMPILE_FUEL`] fuel per byte of its body. Meant for code that passed
	/// [`Self::validate_code`] at upload; a function that is not valid Wasm fails the execution that calls it
	/// ([`ExecError::Instantiation`]).
	///
	/// # Errors
	/// The [`CodeError`] of the first structural rule broken; malformed Wasm is [`CodeError::InvalidWasm`].
	pub fn load(&self, blob: &[u8]) -> Result<ActorCode, CodeError> {
		let (info, wasm) =
			crate::code::check_structure(blob, &self.limits, crate::code::Validation::ByCompiler)?;
		Ok(ActorCode { wasm: wasm.to_vec(), info, limits: self.limits })
	}

	/// A new engine, its linker with the host functions, and a store on it with `fuel`: one execution's.
	fn store(
		&self,
		now: BlockNumber,
		witness: &Witness,
		fuel: u64,
	) -> (Store<HostState>, Linker<HostState>) {
		let engine = Engine::new(&self.config);
		let mut linker = Linker::new(&engine);
		host::define(&mut linker).expect("each host function is defined once; qed");
		// Sorted by hash, so that `lookup` searches it in logarithmic time (equal hashes are equal preimages).
		let mut witness: Vec<_> =
			witness.preimages.iter().map(|p| (blake2_256(p), p.clone())).collect();
		witness.sort_unstable_by_key(|(hash, _)| *hash);
		let mut store = Store::new(&engine, HostState::new(self.limits, now, witness));
		store.limiter(|state| &mut state.store_limits);
		store.set_fuel(fuel).expect("fuel metering is on; qed");
		(store, linker)
	}

	/// Instantiates `code` as actor `id` in `store` (with `linker`, on the store's engine), restores `pre` if
	/// given, and appends it to the store's actors (callers add actors in ascending id order).
	fn add_actor(
		&self,
		store: &mut Store<HostState>,
		linker: &Linker<HostState>,
		id: TaskId,
		code: &ActorCode,
		pre: Option<&[u8]>,
		inbox: &[Message],
	) -> Result<(), ExecError> {
		if code.limits != self.limits {
			return Err(ExecError::ForeignCode);
		}
		// A module of its own for this actor in this execution: the functions it compiles are charged here.
		let module =
			wasmi::Module::new(store.engine(), &code.wasm).map_err(|_| ExecError::Instantiation)?;
		let instance = linker.instantiate_and_start(&mut *store, &module).map_err(exec_error)?;
		let memory = instance.get_memory(&*store, "memory").ok_or(ExecError::Instantiation)?;
		let mut globals = Vec::with_capacity(code.info.mutable_globals.len());
		for name in &code.info.mutable_globals {
			globals.push(instance.get_global(&*store, name).ok_or(ExecError::Instantiation)?);
		}
		let entry_call = instance
			.get_typed_func::<(), i32>(&*store, EntryPoint::Call.name())
			.map_err(|_| ExecError::Instantiation)?;
		if let Some(pre) = pre {
			let view = SnapshotView::decode(pre, self.limits.max_memory_pages)
				.map_err(ExecError::BadSnapshot)?;
			restore(store, memory, &globals, &code.info.data_segments, &view)?;
		}
		store.data_mut().actors.push(ActorSlot {
			id,
			instance,
			memory,
			globals,
			entry_call,
			inbound: inbox.iter().map(|m| (m.clone(), true)).collect::<VecDeque<_>>(),
			inbox_consumed: 0,
			code_upgrade: None,
			finished: false,
		});
		Ok(())
	}

	/// Creates an actor: instantiates `code` fresh (data segments applied) and runs `init` with `args`, i.e.
	/// `main(args)` to its first yield, under `fuel` fuel.
	///
	/// # Errors
	/// An [`ExecError`] if `init` traps, runs out of fuel or breaks a limit.
	pub fn create(
		&self,
		code: &ActorCode,
		id: TaskId,
		args: &[u8],
		now: BlockNumber,
		fuel: u64,
	) -> Result<Creation, ExecError> {
		let (mut store, linker) = self.store(now, &Witness::default(), fuel);
		self.add_actor(&mut store, &linker, id, code, None, &[])?;
		let init = entry(&store, 0, EntryPoint::Init.name())?;
		let (status, _) = invoke(&mut store, 0, init, EntryPoint::Init, None, args.to_vec())
			.map_err(exec_error)?;
		let snapshot = take_snapshot(&store, 0)?;
		let fuel_used = fuel - store.get_fuel().expect("fuel metering is on; qed");
		let state = store.into_data();
		Ok(Creation {
			snapshot,
			finished: status == EntryStatus::Completed as i32,
			fuel_used,
			outbox: state.outbox,
			log: host::log_text(&state.log),
		})
	}

	/// Runs an Agenda over co-scheduled `actors` (ascending by id, distinct) in one store, under `fuel` fuel.
	///
	/// `Service { times }` polls the actor's `main` up to `times` times (a completed `main` is not polled
	/// again); `Call { input, .. }` runs `call(None, input)`, which must return `Ok`; its output is recorded, not
	/// compared (see [`crate::validate_pov`] and [`crate::produce_pov`], which serve validation and production).
	///
	/// # Errors
	/// The first [`ExecError`]; nothing of a failed execution is returned.
	pub fn execute(
		&self,
		actors: &[ActorInput<'_>],
		agenda: &[AgendaItem],
		now: BlockNumber,
		witness: &Witness,
		fuel: u64,
	) -> Result<Execution, ExecError> {
		self.run_agenda(actors, agenda, now, witness, fuel, Posts::Take)
			.map(|(execution, _)| execution)
	}

	/// [`Machine::execute`]'s one implementation, shared by validation and production: with [`Posts::Take`] it
	/// returns the posts; with [`Posts::Compare`] it leaves [`Execution::posts`] empty and returns whether every
	/// actor's memory and globals encode to the expected post (`true` for `Take`).
	pub(crate) fn run_agenda(
		&self,
		actors: &[ActorInput<'_>],
		agenda: &[AgendaItem],
		now: BlockNumber,
		witness: &Witness,
		fuel: u64,
		posts: Posts<'_>,
	) -> Result<(Execution, bool), ExecError> {
		let (mut store, linker) = self.store(now, witness, fuel);
		for actor in actors {
			self.add_actor(
				&mut store,
				&linker,
				actor.id,
				actor.code,
				Some(actor.pre),
				actor.inbox,
			)?;
		}
		let mut call_outputs = Vec::new();
		for item in agenda {
			let index = store.data().actor_index(item.actor).ok_or(ExecError::UnknownActor)?;
			match &item.entry {
				Invocation::Service { times } => {
					let service = entry(&store, index, EntryPoint::Service.name())?;
					for _ in 0..*times {
						if store.data().actors[index].finished {
							break;
						}
						let (status, _) = invoke(
							&mut store,
							index,
							service,
							EntryPoint::Service,
							None,
							Vec::new(),
						)
						.map_err(exec_error)?;
						store.data_mut().actors[index].finished =
							status == EntryStatus::Completed as i32;
					}
				}
				Invocation::Call { input, .. } => {
					let call = store.data().actors[index].entry_call;
					let (status, output) =
						invoke(&mut store, index, call, EntryPoint::Call, None, input.clone())
							.map_err(exec_error)?;
					if status != CallStatus::Ok as i32 {
						return Err(ExecError::CallRejected);
					}
					call_outputs.push(output);
				}
			}
		}
		let mut posts_match = true;
		let posts = match posts {
			Posts::Take => (0..actors.len())
				.map(|index| take_snapshot(&store, index))
				.collect::<Result<_, _>>()?,
			Posts::Compare(expected) => {
				debug_assert_eq!(expected.len(), actors.len(), "one expected post per actor");
				for (index, post) in expected.iter().enumerate() {
					let slot = &store.data().actors[index];
					let globals = global_values(&store, index)?;
					if !snapshot::matches(post, slot.memory.data(&store), &globals) {
						posts_match = false;
						break;
					}
				}
				Vec::new()
			}
		};
		let fuel_used = fuel - store.get_fuel().expect("fuel metering is on; qed");
		let mut state = store.into_data();
		let mut outbox = core::mem::take(&mut state.outbox);
		let mut inbox_consumed = Vec::with_capacity(actors.len());
		let mut code_upgrades = Vec::new();
		for slot in &mut state.actors {
			inbox_consumed.push(slot.inbox_consumed);
			if let Some(hash) = slot.code_upgrade {
				code_upgrades.push((slot.id, hash));
			}
			for (message, from_inbox) in slot.inbound.drain(..) {
				if !from_inbox {
					outbox.push(OutboundMessage {
						from: message.from,
						to: slot.id,
						data: message.data,
					});
				}
			}
		}
		let execution = Execution {
			posts,
			call_outputs,
			fuel_used,
			outbox,
			inbox_consumed,
			code_upgrades,
			log: host::log_text(&state.log),
		};
		Ok((execution, posts_match))
	}

	fn inspect(
		&self,
		code: &ActorCode,
		id: TaskId,
		snapshot: &[u8],
		now: BlockNumber,
		fuel: u64,
		inspector: EntryPoint,
	) -> Result<Vec<u8>, ExecError> {
		let (mut store, linker) = self.store(now, &Witness::default(), fuel);
		self.add_actor(&mut store, &linker, id, code, Some(snapshot), &[])?;
		let func = store.data().actors[0]
			.instance
			.get_typed_func::<(), ()>(&store, inspector.name())
			.map_err(|_| ExecError::Instantiation)?;
		store.data_mut().frames.push(Frame {
			actor: 0,
			kind: inspector,
			origin: None,
			input: Vec::new(),
			output: Vec::new(),
			reply: Vec::new(),
		});
		charge_entry(&mut store)?;
		func.call(&mut store, ()).map_err(exec_error)?;
		let frame = store.data_mut().frames.pop().expect("pushed above; qed");
		Ok(frame.output)
	}

	/// The `payout(now)` inspector on `snapshot` (RFC: what the actor pays whoever schedules it), or `None` if the
	/// code exports no `payout`. Runs on a throw-away instance: no state changes.
	///
	/// # Errors
	/// An [`ExecError`] if it traps, runs out of fuel, or does not output exactly 16 bytes.
	pub fn payout(
		&self,
		code: &ActorCode,
		id: TaskId,
		snapshot: &[u8],
		now: BlockNumber,
		fuel: u64,
	) -> Result<Option<u128>, ExecError> {
		if !code.info.has_payout {
			return Ok(None);
		}
		let out = self.inspect(code, id, snapshot, now, fuel, EntryPoint::Payout)?;
		let bytes: [u8; 16] =
			out.as_slice().try_into().map_err(|_| ExecError::BadInspectorOutput)?;
		Ok(Some(u128::from_le_bytes(bytes)))
	}

	/// The `dependencies(now)` inspector on `snapshot` (RFC: the actors this one wants co-scheduled with it), or
	/// `None` if the code exports no `dependencies`. Runs on a throw-away instance.
	///
	/// # Errors
	/// An [`ExecError`] if it traps, runs out of fuel, or outputs a length that is not a multiple of 4.
	pub fn dependencies(
		&self,
		code: &ActorCode,
		id: TaskId,
		snapshot: &[u8],
		now: BlockNumber,
		fuel: u64,
	) -> Result<Option<Vec<TaskId>>, ExecError> {
		if !code.info.has_dependencies {
			return Ok(None);
		}
		let out = self.inspect(code, id, snapshot, now, fuel, EntryPoint::Dependencies)?;
		if out.len() % 4 != 0 {
			return Err(ExecError::BadInspectorOutput);
		}
		Ok(Some(
			out.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect(),
		))
	}
}

fn entry(
	store: &Store<HostState>,
	actor: usize,
	name: &str,
) -> Result<TypedFunc<(), i32>, ExecError> {
	store.data().actors[actor]
		.instance
		.get_typed_func::<(), i32>(store, name)
		.map_err(|_| ExecError::Instantiation)
}

fn charge_entry(mut ctx: impl AsContextMut<Data = HostState>) -> Result<(), ExecError> {
	let mut ctx = ctx.as_context_mut();
	let cost = ctx.data().limits.fuel_per_entry;
	let fuel = ctx.get_fuel().expect("fuel metering is on; qed");
	let rest = fuel.checked_sub(cost).ok_or(ExecError::OutOfFuel)?;
	ctx.set_fuel(rest).expect("fuel metering is on; qed");
	Ok(())
}

/// Runs one entry point of actor `actor` on a new frame; returns its status (0 or 1: an `EntryStatus` for `init`
/// and `service`, a `CallStatus` `Ok` or `Err` for `call`) and output.
pub(crate) fn invoke(
	mut ctx: impl AsContextMut<Data = HostState>,
	actor: usize,
	func: TypedFunc<(), i32>,
	kind: EntryPoint,
	origin: Option<TaskId>,
	input: Vec<u8>,
) -> Result<(i32, Vec<u8>), wasmi::Error> {
	charge_entry(&mut ctx).map_err(wasmi::Error::host)?;
	ctx.as_context_mut().data_mut().frames.push(Frame {
		actor,
		kind,
		origin,
		input,
		output: Vec::new(),
		reply: Vec::new(),
	});
	let status = func.call(&mut ctx, ())?;
	let frame = ctx.as_context_mut().data_mut().frames.pop().expect("pushed above; qed");
	if status != 0 && status != 1 {
		return Err(wasmi::Error::host(ExecError::BadEntryStatus));
	}
	Ok((status, frame.output))
}

/// Overwrites a fresh instance's memory and mutable globals with a snapshot. `data_segments` is
/// [`CodeInfo::data_segments`](crate::CodeInfo::data_segments): only those bytes can be non-zero in a fresh
/// instance, so only they are cleared before the snapshot's chunks are written (scanning the whole initial memory
/// was a fifth of validation's in-runtime time per page, `docs/performance.md`; clearing up to the last segment's
/// end would cost a page's `memset` per initial page that no benchmark measures).
fn restore(
	store: &mut Store<HostState>,
	memory: wasmi::Memory,
	globals: &[wasmi::Global],
	data_segments: &[core::ops::Range<u32>],
	view: &SnapshotView<'_>,
) -> Result<(), ExecError> {
	if view.globals.len() != globals.len() {
		return Err(ExecError::SnapshotCodeMismatch);
	}
	for (global, value) in globals.iter().zip(&view.globals) {
		let val = match value {
			GlobalValue::I32(v) => Val::I32(*v),
			GlobalValue::I64(v) => Val::I64(*v),
		};
		global.set(&mut *store, val).map_err(|_| ExecError::SnapshotCodeMismatch)?;
	}
	let initial = memory.size(&*store);
	let wanted = u64::from(view.memory_pages);
	if wanted < initial {
		return Err(ExecError::SnapshotCodeMismatch);
	}
	if wanted > initial {
		memory.grow(&mut *store, wanted - initial).map_err(|_| ExecError::MemoryLimit)?;
	}
	let data = memory.data_mut(&mut *store);
	// Grown pages are zero, and so is initial memory outside the data segments, which lie within it (checked at
	// upload, `check_structure`).
	for range in data_segments {
		data[range.start as usize..range.end as usize].fill(0);
	}
	for (index, bytes) in &view.chunks {
		let start = *index as usize * CHUNK_SIZE;
		data[start..start + CHUNK_SIZE].copy_from_slice(bytes);
	}
	Ok(())
}

/// The values of actor `index`'s exported mutable globals, in snapshot order.
fn global_values(store: &Store<HostState>, index: usize) -> Result<Vec<GlobalValue>, ExecError> {
	store.data().actors[index]
		.globals
		.iter()
		.map(|global| match global.get(store) {
			Val::I32(v) => Ok(GlobalValue::I32(v)),
			Val::I64(v) => Ok(GlobalValue::I64(v)),
			_ => Err(ExecError::SnapshotCodeMismatch),
		})
		.collect()
}

/// The canonical snapshot of actor `index` in `store`.
fn take_snapshot(store: &Store<HostState>, index: usize) -> Result<Vec<u8>, ExecError> {
	let values = global_values(store, index)?;
	Ok(snapshot::encode(store.data().actors[index].memory.data(store), &values))
}
