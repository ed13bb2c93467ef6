//! The machine: instantiate actors from (code, snapshot), run entry points and Agendas, take snapshots.

use crate::{
	code::{validate_code, ActorCode},
	errors::{exec_error, CodeError, ExecError},
	host,
	limits::engine_config,
	restore::{global_values, restore, take_snapshot},
	state::{charge_entry, entry, invoke, ActorSlot, Frame, HostState, Origin},
	Limits,
};
use alloc::{collections::VecDeque, string::String, vec::Vec};
use coreplay_abi::{CallStatus, EntryPoint, EntryStatus};
use coreplay_primitives::{
	blake2_256,
	snapshot::{self, SnapshotView},
	ActorEvent, ActorPov, ActorTransfer, AgendaItem, BlockNumber, CodeHash, Invocation, Message,
	OutboundMessage, Sender, SignedCall, TaskId, Witness,
};
use wasmi::{Engine, Linker, Store};

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
	/// Events emitted (`emit_event`), in emission order: at most `Limits::max_events`.
	pub events: Vec<ActorEvent>,
	/// Payments asked for (`transfer`), in order: at most `Limits::max_transfers`. The chain makes them when it
	/// canonicalises the APoV.
	pub transfers: Vec<ActorTransfer>,
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
	/// Messages sent during `init`, in send order, then those it sent itself and did not read (as after an
	/// Agenda, [`Execution::outbox`]).
	pub outbox: Vec<OutboundMessage>,
	/// Events `init` emitted, in emission order.
	pub events: Vec<ActorEvent>,
	/// Debug output.
	pub log: String,
}

/// A failed execution ([`Machine::execute_logged`]): the error, and what the actors printed before it (`print`,
/// at most `Limits::max_print_bytes`). The log is debugging output for dry runs and tests; the chain's verdict is
/// the error alone.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Failed {
	/// Why it failed.
	pub error: ExecError,
	/// The `print` output up to the failure (each text followed by a newline).
	pub log: String,
}

/// What [`Machine::run_agenda`]'s fallible part produced.
struct Ran {
	/// Each `Call` item's `Ok` output, in Agenda order.
	call_outputs: Vec<Vec<u8>>,
	/// The posts taken ([`Posts::Take`]), or none ([`Posts::Compare`]).
	posts: Vec<Vec<u8>>,
	/// Whether every actor's state matches its expected post (`true` for [`Posts::Take`]).
	posts_match: bool,
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
		let wasm = crate::code::meter_locals(wasm)?;
		Ok(ActorCode { wasm, info, limits: self.limits })
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
		let (status, _) =
			invoke(&mut store, 0, init, EntryPoint::Init, Origin::None, args.to_vec())
				.map_err(exec_error)?;
		let snapshot = take_snapshot(&store, 0)?;
		let fuel_used = fuel - store.get_fuel().expect("fuel metering is on; qed");
		let mut state = store.into_data();
		let mut outbox = core::mem::take(&mut state.outbox);
		for slot in &mut state.actors {
			unread_into(slot, &mut outbox);
		}
		Ok(Creation {
			snapshot,
			finished: status == EntryStatus::Completed as i32,
			fuel_used,
			outbox,
			events: core::mem::take(&mut state.events),
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
		self.execute_logged(actors, agenda, now, witness, fuel).map_err(|failed| failed.error)
	}

	/// [`Machine::execute`], whose failure also says what the actors printed before it ([`Failed`]).
	///
	/// # Errors
	/// The first [`ExecError`], with the `print` output so far.
	pub fn execute_logged(
		&self,
		actors: &[ActorInput<'_>],
		agenda: &[AgendaItem],
		now: BlockNumber,
		witness: &Witness,
		fuel: u64,
	) -> Result<Execution, Failed> {
		self.run_agenda(actors, agenda, now, witness, fuel, Posts::Take)
			.map(|(execution, _)| execution)
	}

	/// [`Machine::execute`]'s one implementation, shared by validation and production: with [`Posts::Take`] it
	/// returns the posts; with [`Posts::Compare`] it leaves [`Execution::posts`] empty and returns whether every
	/// actor's memory and globals encode to the expected post (`true` for `Take`). A failure carries what the
	/// actors printed before it ([`Failed`]).
	pub(crate) fn run_agenda(
		&self,
		actors: &[ActorInput<'_>],
		agenda: &[AgendaItem],
		now: BlockNumber,
		witness: &Witness,
		fuel: u64,
		posts: Posts<'_>,
	) -> Result<(Execution, bool), Failed> {
		let (mut store, linker) = self.store(now, witness, fuel);
		let Ran { call_outputs, posts, posts_match } =
			match self.run_items(&mut store, &linker, actors, agenda, posts) {
				Ok(ran) => ran,
				Err(error) => {
					return Err(Failed { error, log: host::log_text(&store.data().log) });
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
			unread_into(slot, &mut outbox);
		}
		let execution = Execution {
			posts,
			call_outputs,
			fuel_used,
			outbox,
			inbox_consumed,
			code_upgrades,
			events: core::mem::take(&mut state.events),
			transfers: core::mem::take(&mut state.transfers),
			log: host::log_text(&state.log),
		};
		Ok((execution, posts_match))
	}

	/// The part of [`Machine::run_agenda`] that can fail: the actors instantiated in `store`, the Agenda run, the
	/// posts taken or compared.
	fn run_items(
		&self,
		store: &mut Store<HostState>,
		linker: &Linker<HostState>,
		actors: &[ActorInput<'_>],
		agenda: &[AgendaItem],
		posts: Posts<'_>,
	) -> Result<Ran, ExecError> {
		for actor in actors {
			self.add_actor(store, linker, actor.id, actor.code, Some(actor.pre), actor.inbox)?;
		}
		let mut call_outputs = Vec::new();
		for item in agenda {
			let index = store.data().actor_index(item.actor).ok_or(ExecError::UnknownActor)?;
			match &item.entry {
				Invocation::Service { times } => {
					let service = entry(store, index, EntryPoint::Service.name())?;
					for _ in 0..*times {
						if store.data().actors[index].finished {
							break;
						}
						let (status, _) = invoke(
							&mut *store,
							index,
							service,
							EntryPoint::Service,
							Origin::None,
							Vec::new(),
						)
						.map_err(exec_error)?;
						store.data_mut().actors[index].finished =
							status == EntryStatus::Completed as i32;
					}
				}
				Invocation::Call { input, .. }
				| Invocation::SignedCall(SignedCall { input, .. }) => {
					// The chain checked a signed call's signature and nonce before the replay
					// (`pallet_actors`); the vm passes on who signed it.
					let origin = match &item.entry {
						Invocation::SignedCall(signed) => {
							Origin::Account(signed.signer.clone().into())
						}
						_ => Origin::None,
					};
					let call = store.data().actors[index].entry_call;
					let (status, output) =
						invoke(&mut *store, index, call, EntryPoint::Call, origin, input.clone())
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
				.map(|index| take_snapshot(store, index))
				.collect::<Result<_, _>>()?,
			Posts::Compare(expected) => {
				debug_assert_eq!(expected.len(), actors.len(), "one expected post per actor");
				for (index, post) in expected.iter().enumerate() {
					let slot = &store.data().actors[index];
					let globals = global_values(store, index)?;
					if !snapshot::matches(post, slot.memory.data(&*store), &globals) {
						posts_match = false;
						break;
					}
				}
				Vec::new()
			}
		};
		Ok(Ran { call_outputs, posts, posts_match })
	}

	fn inspect(
		&self,
		code: &ActorCode,
		id: TaskId,
		snapshot: &[u8],
		now: BlockNumber,
		fuel: u64,
		inspector: EntryPoint,
	) -> Result<(Vec<u8>, u64), ExecError> {
		let (mut store, linker) = self.store(now, &Witness::default(), fuel);
		self.add_actor(&mut store, &linker, id, code, Some(snapshot), &[])?;
		let func = store.data().actors[0]
			.instance
			.get_typed_func::<(), ()>(&store, inspector.name())
			.map_err(|_| ExecError::Instantiation)?;
		charge_entry(&mut store)?;
		let fuel_at_entry = store.get_fuel().expect("fuel metering is on; qed");
		store.data_mut().frames.push(Frame {
			actor: 0,
			kind: inspector,
			origin: Origin::None,
			input: Vec::new(),
			output: Vec::new(),
			reply: Vec::new(),
			message: None,
			fuel_at_entry,
		});
		func.call(&mut store, ()).map_err(exec_error)?;
		let frame = store.data_mut().frames.pop().expect("pushed above; qed");
		let left = store.get_fuel().expect("fuel metering is on; qed");
		Ok((frame.output, fuel - left))
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
	) -> Result<Option<Payout>, ExecError> {
		if !code.info.has_payout {
			return Ok(None);
		}
		let (out, fuel_used) = self.inspect(code, id, snapshot, now, fuel, EntryPoint::Payout)?;
		let bytes: [u8; 16] =
			out.as_slice().try_into().map_err(|_| ExecError::BadInspectorOutput)?;
		Ok(Some(Payout { amount: u128::from_le_bytes(bytes), fuel_used }))
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
		let (out, _) = self.inspect(code, id, snapshot, now, fuel, EntryPoint::Dependencies)?;
		if out.len() % 4 != 0 {
			return Err(ExecError::BadInspectorOutput);
		}
		Ok(Some(
			out.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect(),
		))
	}
}

/// What [`Machine::payout`] learnt: the amount the `payout(now)` inspector returned (RFC: what the actor pays
/// whoever schedules it, in the chain's balance units) and the fuel it used, its entry's included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Payout {
	/// The amount, from the inspector's 16 output bytes (`u128` little-endian).
	pub amount: u128,
	/// Fuel used, at most the limit the call was given.
	pub fuel_used: u64,
}

/// Moves the messages `slot`'s actor was sent during this execution (by itself or a co-scheduled actor) and did
/// not read to `outbox`, for its inbox on chain; messages it was given from its inbox and did not read are not
/// consumed, so they stay there.
fn unread_into(slot: &mut ActorSlot, outbox: &mut Vec<OutboundMessage>) {
	for (message, from_inbox) in slot.inbound.drain(..) {
		// Messages sent during the execution are all actors'.
		if let (false, Sender::Actor(from)) = (from_inbox, message.from) {
			outbox.push(OutboundMessage { from, to: slot.id, data: message.data });
		}
	}
}
