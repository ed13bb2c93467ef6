//! The host API (`docs/abi.md`, "Imports") and the state one execution keeps in its `wasmi::Store`.

use crate::{ExecError, Limits};
use alloc::{collections::VecDeque, string::String, vec::Vec};
use coreplay_primitives::{BlockNumber, CodeHash, Message, OutboundMessage, TaskId, H256};
use wasmi::{Caller, Error, Global, Instance, Linker, Memory, StoreLimits, TypedFunc};

/// Which entry point a frame runs; decides which host functions it may use.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum EntryKind {
	Init,
	Service,
	Call,
	/// `payout` / `dependencies`: read-only inspectors on a throw-away copy.
	Inspect,
}

/// One entry point call on the call stack.
pub(crate) struct Frame {
	pub actor: usize,
	pub kind: EntryKind,
	pub origin: Option<TaskId>,
	pub input: Vec<u8>,
	pub output: Vec<u8>,
	pub reply: Vec<u8>,
}

/// One co-scheduled actor's instance and per-execution bookkeeping.
pub(crate) struct ActorSlot {
	pub id: TaskId,
	pub instance: Instance,
	pub memory: Memory,
	/// Mutable globals, in snapshot order.
	pub globals: Vec<Global>,
	pub entry_call: TypedFunc<(), i32>,
	/// Inbound messages: first the inbox messages given to the execution, then messages sent by co-scheduled
	/// actors during it.
	pub inbound: VecDeque<(Message, bool)>,
	/// How many of the given inbox messages were popped.
	pub inbox_consumed: u32,
	pub code_upgrade: Option<CodeHash>,
	/// `main` has completed; it is not polled again.
	pub finished: bool,
}

/// The data of the `wasmi::Store` during one execution.
pub(crate) struct HostState {
	pub limits: Limits,
	pub store_limits: StoreLimits,
	pub now: BlockNumber,
	/// Ascending by id.
	pub actors: Vec<ActorSlot>,
	pub frames: Vec<Frame>,
	/// `(hash, preimage)` of the witness, ascending by hash (`lookup` searches it by bisection).
	pub witness: Vec<(H256, Vec<u8>)>,
	pub outbox: Vec<OutboundMessage>,
	pub messages_sent: u32,
	pub log: Vec<u8>,
}

impl HostState {
	pub(crate) fn new(limits: Limits, now: BlockNumber, witness: Vec<(H256, Vec<u8>)>) -> Self {
		let store_limits = wasmi::StoreLimitsBuilder::new()
			.memory_size(
				limits.max_memory_pages as usize * coreplay_primitives::snapshot::PAGE_SIZE,
			)
			.build();
		Self {
			limits,
			store_limits,
			now,
			actors: Vec::new(),
			frames: Vec::new(),
			witness,
			outbox: Vec::new(),
			messages_sent: 0,
			log: Vec::new(),
		}
	}

	pub(crate) fn actor_index(&self, id: TaskId) -> Option<usize> {
		self.actors.binary_search_by_key(&id, |a| a.id).ok()
	}

	fn frame(&self) -> Result<&Frame, Error> {
		self.frames.last().ok_or_else(|| Error::host(ExecError::HostFunctionNotAllowed))
	}

	fn frame_mut(&mut self) -> Result<&mut Frame, Error> {
		self.frames.last_mut().ok_or_else(|| Error::host(ExecError::HostFunctionNotAllowed))
	}
}

impl wasmi::errors::HostError for ExecError {}

impl core::fmt::Display for ExecError {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		core::fmt::Debug::fmt(self, f)
	}
}

type Ctx<'a> = Caller<'a, HostState>;

fn host_err(e: ExecError) -> Error {
	Error::host(e)
}

/// Fails unless the current frame's entry point may use a host function reserved for `init`, `service`, `call`.
fn require_active(caller: &Ctx<'_>) -> Result<(), Error> {
	match caller.data().frame()?.kind {
		EntryKind::Inspect => Err(host_err(ExecError::HostFunctionNotAllowed)),
		_ => Ok(()),
	}
}

/// Charges `Limits::fuel_per_host_call`: every host function does so first.
fn host_call(caller: &mut Ctx<'_>) -> Result<(), Error> {
	let cost = caller.data().limits.fuel_per_host_call;
	charge_fuel(caller, cost)
}

fn charge(caller: &mut Ctx<'_>, bytes: usize) -> Result<(), Error> {
	let cost = caller.data().limits.copy_fuel(bytes);
	charge_fuel(caller, cost)
}

fn charge_fuel(caller: &mut Ctx<'_>, cost: u64) -> Result<(), Error> {
	let fuel = caller.get_fuel()?;
	let rest = fuel.checked_sub(cost).ok_or_else(|| host_err(ExecError::OutOfFuel))?;
	caller.set_fuel(rest)
}

fn current_memory(caller: &Ctx<'_>) -> Result<Memory, Error> {
	let actor = caller.data().frame()?.actor;
	Ok(caller.data().actors[actor].memory)
}

/// Copies `len` bytes at `ptr` out of the current actor's memory, charging fuel.
fn read_bytes(caller: &mut Ctx<'_>, ptr: i32, len: i32) -> Result<Vec<u8>, Error> {
	let len = usize::try_from(len as u32).map_err(|_| host_err(ExecError::MemoryAccess))?;
	charge(caller, len)?;
	let memory = current_memory(caller)?;
	let data = memory.data(&*caller);
	let start = ptr as u32 as usize;
	let end = start.checked_add(len).ok_or_else(|| host_err(ExecError::MemoryAccess))?;
	data.get(start..end).map(<[u8]>::to_vec).ok_or_else(|| host_err(ExecError::MemoryAccess))
}

/// Copies `bytes` into the current actor's memory at `ptr`, charging fuel.
fn write_bytes(caller: &mut Ctx<'_>, ptr: i32, bytes: &[u8]) -> Result<(), Error> {
	charge(caller, bytes.len())?;
	let memory = current_memory(caller)?;
	let data = memory.data_mut(&mut *caller);
	let start = ptr as u32 as usize;
	let end = start.checked_add(bytes.len()).ok_or_else(|| host_err(ExecError::MemoryAccess))?;
	data.get_mut(start..end)
		.ok_or_else(|| host_err(ExecError::MemoryAccess))?
		.copy_from_slice(bytes);
	Ok(())
}

fn read_hash(caller: &mut Ctx<'_>, ptr: i32) -> Result<H256, Error> {
	let bytes = read_bytes(caller, ptr, 32)?;
	Ok(H256::from_slice(&bytes))
}

/// `call_actor` status codes (`docs/abi.md`).
const CALL_OK: i32 = 0;
const CALL_ERR: i32 = 1;
const CALL_NOT_COSCHEDULED: i32 = 2;
const CALL_REENTRANT: i32 = 3;
const CALL_DEPTH_EXCEEDED: i32 = 4;

/// Defines every host function of `docs/abi.md` in `linker`. Each charges `Limits::fuel_per_host_call` first.
pub(crate) fn define(linker: &mut Linker<HostState>) -> Result<(), wasmi::errors::LinkerError> {
	const M: &str = crate::code::HOST_MODULE;
	linker.func_wrap(M, "input_len", |mut c: Ctx<'_>| -> Result<i32, Error> {
		host_call(&mut c)?;
		Ok(c.data().frame()?.input.len() as i32)
	})?;
	linker.func_wrap(M, "input_read", |mut c: Ctx<'_>, ptr: i32| -> Result<(), Error> {
		host_call(&mut c)?;
		let input = core::mem::take(&mut c.data_mut().frame_mut()?.input);
		let result = write_bytes(&mut c, ptr, &input);
		c.data_mut().frame_mut()?.input = input;
		result
	})?;
	linker.func_wrap(M, "output", |mut c: Ctx<'_>, ptr: i32, len: i32| -> Result<(), Error> {
		host_call(&mut c)?;
		if len as u32 > c.data().limits.max_output_bytes {
			return Err(host_err(ExecError::OutputTooLarge));
		}
		let bytes = read_bytes(&mut c, ptr, len)?;
		c.data_mut().frame_mut()?.output = bytes;
		Ok(())
	})?;
	linker.func_wrap(M, "reply_len", |mut c: Ctx<'_>| -> Result<i32, Error> {
		host_call(&mut c)?;
		require_active(&c)?;
		Ok(c.data().frame()?.reply.len() as i32)
	})?;
	linker.func_wrap(M, "reply_read", |mut c: Ctx<'_>, ptr: i32| -> Result<(), Error> {
		host_call(&mut c)?;
		require_active(&c)?;
		let reply = core::mem::take(&mut c.data_mut().frame_mut()?.reply);
		let result = write_bytes(&mut c, ptr, &reply);
		c.data_mut().frame_mut()?.reply = reply;
		result
	})?;
	linker.func_wrap(M, "self_id", |mut c: Ctx<'_>| -> Result<i32, Error> {
		host_call(&mut c)?;
		let actor = c.data().frame()?.actor;
		Ok(c.data().actors[actor].id as i32)
	})?;
	linker.func_wrap(M, "origin", |mut c: Ctx<'_>| -> Result<i64, Error> {
		host_call(&mut c)?;
		Ok(c.data().frame()?.origin.map_or(-1, i64::from))
	})?;
	linker.func_wrap(M, "now", |mut c: Ctx<'_>| -> Result<i32, Error> {
		host_call(&mut c)?;
		Ok(c.data().now as i32)
	})?;
	linker.func_wrap(
		M,
		"coscheduled_tasks",
		|mut c: Ctx<'_>, ptr: i32, cap: i32| -> Result<i32, Error> {
			host_call(&mut c)?;
			require_active(&c)?;
			let ids: Vec<u8> = c
				.data()
				.actors
				.iter()
				.take(cap.max(0) as usize)
				.flat_map(|a| a.id.to_le_bytes())
				.collect();
			write_bytes(&mut c, ptr, &ids)?;
			Ok(c.data().actors.len() as i32)
		},
	)?;
	linker.func_wrap(
		M,
		"call_actor",
		|mut c: Ctx<'_>, task: i32, ptr: i32, len: i32| -> Result<i32, Error> {
			host_call(&mut c)?;
			require_active(&c)?;
			if len as u32 > c.data().limits.max_output_bytes {
				return Err(host_err(ExecError::OutputTooLarge));
			}
			let input = read_bytes(&mut c, ptr, len)?;
			let task = task as u32;
			let state = c.data();
			let Some(callee) = state.actor_index(task) else { return Ok(CALL_NOT_COSCHEDULED) };
			if state.frames.iter().any(|f| f.actor == callee) {
				return Ok(CALL_REENTRANT);
			}
			if state.frames.len() >= state.limits.max_call_depth as usize {
				return Ok(CALL_DEPTH_EXCEEDED);
			}
			let origin = state.actors[state.frame()?.actor].id;
			let entry = state.actors[callee].entry_call;
			let (status, output) =
				crate::exec::invoke(&mut c, callee, entry, EntryKind::Call, Some(origin), input)?;
			charge(&mut c, output.len())?;
			c.data_mut().frame_mut()?.reply = output;
			Ok(if status == 0 { CALL_OK } else { CALL_ERR })
		},
	)?;
	linker.func_wrap(
		M,
		"send_message",
		|mut c: Ctx<'_>, to: i32, ptr: i32, len: i32| -> Result<(), Error> {
			host_call(&mut c)?;
			require_active(&c)?;
			let limits = c.data().limits;
			if len as u32 > limits.max_message_bytes {
				return Err(host_err(ExecError::MessageTooLarge));
			}
			if c.data().messages_sent >= limits.max_messages {
				return Err(host_err(ExecError::TooManyMessages));
			}
			let data = read_bytes(&mut c, ptr, len)?;
			let state = c.data_mut();
			state.messages_sent += 1;
			let from = state.actors[state.frame()?.actor].id;
			let to = to as u32;
			match state.actor_index(to) {
				Some(i) => state.actors[i].inbound.push_back((Message { from, data }, false)),
				None => state.outbox.push(OutboundMessage { from, to, data }),
			}
			Ok(())
		},
	)?;
	linker.func_wrap(M, "next_message", |mut c: Ctx<'_>| -> Result<i64, Error> {
		host_call(&mut c)?;
		require_active(&c)?;
		let state = c.data_mut();
		let actor = state.frame()?.actor;
		let slot = &mut state.actors[actor];
		let Some((message, from_inbox)) = slot.inbound.pop_front() else { return Ok(-1) };
		if from_inbox {
			slot.inbox_consumed += 1;
		}
		charge(&mut c, message.data.len())?;
		c.data_mut().frame_mut()?.reply = message.data;
		Ok(i64::from(message.from))
	})?;
	linker.func_wrap(M, "lookup", |mut c: Ctx<'_>, ptr: i32| -> Result<i32, Error> {
		host_call(&mut c)?;
		require_active(&c)?;
		let hash = read_hash(&mut c, ptr)?;
		let witness = &c.data().witness;
		let found =
			witness.binary_search_by(|(h, _)| h.cmp(&hash)).ok().map(|i| witness[i].1.clone());
		match found {
			Some(preimage) => {
				charge(&mut c, preimage.len())?;
				c.data_mut().frame_mut()?.reply = preimage;
				Ok(0)
			}
			None => Ok(1),
		}
	})?;
	linker.func_wrap(M, "set_code", |mut c: Ctx<'_>, ptr: i32| -> Result<(), Error> {
		host_call(&mut c)?;
		if !matches!(c.data().frame()?.kind, EntryKind::Service | EntryKind::Call) {
			return Err(host_err(ExecError::HostFunctionNotAllowed));
		}
		let hash = read_hash(&mut c, ptr)?;
		let state = c.data_mut();
		let actor = state.frame()?.actor;
		state.actors[actor].code_upgrade = Some(hash);
		Ok(())
	})?;
	linker.func_wrap(M, "print", |mut c: Ctx<'_>, ptr: i32, len: i32| -> Result<(), Error> {
		host_call(&mut c)?;
		let state = c.data();
		let room = (state.limits.max_print_bytes as usize).saturating_sub(state.log.len());
		let keep = (len.max(0) as usize).min(room);
		if keep == 0 {
			return Ok(());
		}
		let bytes = read_bytes(&mut c, ptr, keep as i32)?;
		let log = &mut c.data_mut().log;
		log.extend_from_slice(&bytes);
		log.push(b'\n');
		Ok(())
	})?;
	Ok(())
}

/// Human-readable debug output of an execution (`print`), lossily decoded.
pub(crate) fn log_text(log: &[u8]) -> String {
	String::from_utf8_lossy(log).into_owned()
}
