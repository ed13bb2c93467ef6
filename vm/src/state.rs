//! What one execution keeps in its `wasmi::Store` ([`HostState`]: the actors, the call stack of entry-point
//! frames, the witness, the outbox, the log) and how an entry point is run on it ([`invoke`]). The host functions
//! (`host.rs`) and the machine (`exec.rs`) both build on this module; it depends on neither.

use crate::{errors::ExecError, Limits};
use alloc::{collections::VecDeque, vec::Vec};
use coreplay_abi::EntryPoint;
use coreplay_primitives::{
	ActorEvent, ActorTransfer, Balance, BlockNumber, CodeHash, Message, OutboundMessage, Sender,
	TaskId, H256,
};
use wasmi::{AsContextMut, Error, Global, Instance, Memory, Store, StoreLimits, TypedFunc};

/// One entry point call on the call stack.
pub(crate) struct Frame {
	pub actor: usize,
	/// The entry point it runs, which decides the host functions it may use (`HostFn::available`).
	pub kind: EntryPoint,
	pub origin: Origin,
	pub input: Vec<u8>,
	pub output: Vec<u8>,
	pub reply: Vec<u8>,
	/// The sender and value of the message `next_message` last popped in this frame (`message_sender`,
	/// `message_value`).
	pub message: Option<(Sender, Balance)>,
	/// The fuel left when the frame began, its entry charge paid (`fuel_used` answers from it).
	pub fuel_at_entry: u64,
}

/// Who called an entry point (`caller`, `origin`; `coreplay_abi::CallerKind`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Origin {
	/// No one: `init`, `service`, the inspectors, an Agenda `Call`.
	None,
	/// A co-scheduled actor, by `call_actor`.
	Actor(TaskId),
	/// The signer of an Agenda `SignedCall`.
	Account([u8; 32]),
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
	/// Events emitted (`emit_event`), in emission order.
	pub events: Vec<ActorEvent>,
	/// Payments asked for (`transfer`), in order.
	pub transfers: Vec<ActorTransfer>,
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
			events: Vec::new(),
			transfers: Vec::new(),
			log: Vec::new(),
		}
	}

	pub(crate) fn actor_index(&self, id: TaskId) -> Option<usize> {
		self.actors.binary_search_by_key(&id, |a| a.id).ok()
	}

	pub(crate) fn frame(&self) -> Result<&Frame, Error> {
		self.frames.last().ok_or_else(|| Error::host(ExecError::HostFunctionNotAllowed))
	}

	pub(crate) fn frame_mut(&mut self) -> Result<&mut Frame, Error> {
		self.frames.last_mut().ok_or_else(|| Error::host(ExecError::HostFunctionNotAllowed))
	}
}

pub(crate) fn entry(
	store: &Store<HostState>,
	actor: usize,
	name: &str,
) -> Result<TypedFunc<(), i32>, ExecError> {
	store.data().actors[actor]
		.instance
		.get_typed_func::<(), i32>(store, name)
		.map_err(|_| ExecError::Instantiation)
}

pub(crate) fn charge_entry(mut ctx: impl AsContextMut<Data = HostState>) -> Result<(), ExecError> {
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
	origin: Origin,
	input: Vec<u8>,
) -> Result<(i32, Vec<u8>), wasmi::Error> {
	charge_entry(&mut ctx).map_err(wasmi::Error::host)?;
	let fuel_at_entry = ctx.as_context_mut().get_fuel().expect("fuel metering is on; qed");
	ctx.as_context_mut().data_mut().frames.push(Frame {
		actor,
		kind,
		origin,
		input,
		output: Vec::new(),
		reply: Vec::new(),
		message: None,
		fuel_at_entry,
	});
	let status = func.call(&mut ctx, ())?;
	let frame = ctx.as_context_mut().data_mut().frames.pop().expect("pushed above; qed");
	if status != 0 && status != 1 {
		return Err(wasmi::Error::host(ExecError::BadEntryStatus));
	}
	Ok((status, frame.output))
}
