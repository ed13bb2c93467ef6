//! `probe`: one call per host function, so vm tests can drive every import from real compiled code, from `call`
//! directly or (deferred) from `service`; plus inspectors whose answers the test sets. See `README.md`.
#![no_std]

extern crate alloc;

use alloc::{boxed::Box, string::String, vec, vec::Vec};
use codec::{Decode, DecodeAll, Encode};
use coreplay_actor::{
	call_actor, coscheduled_tasks, lookup, next_message, now, origin, print, self_id, send_message,
	set_code, try_next_message, yield_now, Balance, BlockNumber, CallError, Sender, StateCell,
	TaskId,
};

/// The call data (SCALE; the variant index is the first byte). Each answer is SCALE too.
#[derive(Encode, Decode)]
pub enum Command {
	/// `0`: `self_id()` → `u32`.
	SelfId,
	/// `1`: `origin()` → `Option<u32>`.
	Origin,
	/// `2`: `now()` → `u32`.
	Now,
	/// `3`: `coscheduled_tasks()` → `Vec<u32>`.
	Coscheduled,
	/// `4`: `call_actor(task, data)` → [`CallOutcome`].
	CallActor {
		/// The callee.
		task: TaskId,
		/// Its call data.
		data: Vec<u8>,
	},
	/// `5`: `send_message(to, data)` → `()`.
	Send {
		/// The recipient.
		to: TaskId,
		/// The payload.
		data: Vec<u8>,
	},
	/// `6`: `try_next_message()` → `Option<(u32, Vec<u8>)>`.
	NextMessage,
	/// `7`: `lookup(hash)` → `Option<Vec<u8>>`.
	Lookup {
		/// A blake2-256 hash.
		hash: [u8; 32],
	},
	/// `8`: `set_code(hash)` → `()`.
	SetCode {
		/// A code hash.
		hash: [u8; 32],
	},
	/// `9`: `print(message)` → `()`.
	Print {
		/// The text.
		message: String,
	},
	/// `10`: an output of `len` bytes `0xab` (beyond the output limit, the execution aborts).
	Output {
		/// Output length in bytes.
		len: u32,
	},
	/// `11`: allocates `bytes` more bytes and keeps them (the heap grows) → memory size in 64 KiB pages (`u32`).
	/// Past the memory limit the allocation fails and the actor traps.
	Grow {
		/// How many bytes to add.
		bytes: u32,
	},
	/// `12`: panics, so the actor traps (`unreachable`) and the whole execution aborts.
	Trap,
	/// `13`: queues `command` for the next `service`, whose `main` runs it and keeps its answer → `()`.
	Defer {
		/// What the service will run (a `Defer` in it is run as queued again).
		command: Box<Command>,
	},
	/// `14`: the answers of deferred commands run so far, oldest first, and forgets them →
	/// `Vec<Result<Vec<u8>, ()>>`.
	TakeDeferred,
	/// `15`: sets the inspectors' answers → `()`.
	SetInspectors {
		/// What `payout` returns.
		payout: Balance,
		/// What `dependencies` returns.
		dependencies: Vec<TaskId>,
		/// If true, both inspectors also call `send_message`, which inspectors may not use.
		misbehave: bool,
	},
	/// `16`: how many `service` calls reached the top of `main`'s loop → `u64`.
	Services,
	/// `17`: makes the next `service`, after its deferred commands, wait with `next_message().await` for an
	/// inbound message and keep `(sender, data)` as a deferred answer (`Ok`, SCALE `(u32, Vec<u8>)`) → `()`.
	AwaitMessage,
}

/// The answer to [`Command::CallActor`] (SCALE).
#[derive(Encode, Decode)]
pub enum CallOutcome {
	/// `0`: the callee returned `Ok` with these bytes.
	Ok(Vec<u8>),
	/// `1`: the callee returned `Err` with these bytes.
	Rejected(Vec<u8>),
	/// `2`: the target is not co-scheduled.
	NotCoScheduled,
	/// `3`: the target is on the call stack.
	Reentrant,
	/// `4`: the call chain is too deep.
	DepthExceeded,
}

struct Probe {
	services: u64,
	deferred: Vec<Command>,
	answers: Vec<Result<Vec<u8>, ()>>,
	/// Memory kept by `Grow`.
	hoard: Vec<Vec<u8>>,
	payout: Balance,
	dependencies: Vec<TaskId>,
	misbehave: bool,
	await_message: bool,
}

static STATE: StateCell<Probe> = StateCell::new(Probe {
	services: 0,
	deferred: Vec::new(),
	answers: Vec::new(),
	hoard: Vec::new(),
	payout: 0,
	dependencies: Vec::new(),
	misbehave: false,
	await_message: false,
});

fn memory_pages() -> u32 {
	#[cfg(target_arch = "wasm32")]
	return core::arch::wasm32::memory_size(0) as u32;
	#[cfg(not(target_arch = "wasm32"))]
	return 0;
}

/// Runs one command. No state borrow is held while a host function runs that could call back into actors.
fn run(command: Command) -> Result<Vec<u8>, ()> {
	Ok(match command {
		Command::SelfId => self_id().encode(),
		Command::Origin => origin().encode(),
		Command::Now => now().encode(),
		Command::Coscheduled => coscheduled_tasks().encode(),
		Command::CallActor { task, data } => match call_actor(task, &data) {
			Ok(reply) => CallOutcome::Ok(reply),
			Err(CallError::Rejected(reply)) => CallOutcome::Rejected(reply),
			Err(CallError::NotCoScheduled) => CallOutcome::NotCoScheduled,
			Err(CallError::Reentrant) => CallOutcome::Reentrant,
			Err(CallError::DepthExceeded) => CallOutcome::DepthExceeded,
		}
		.encode(),
		Command::Send { to, data } => {
			send_message(to, &data);
			Vec::new()
		}
		Command::NextMessage => try_next_message().map(actor_message).encode(),
		Command::Lookup { hash } => lookup(&hash).encode(),
		Command::SetCode { hash } => {
			set_code(&hash);
			Vec::new()
		}
		Command::Print { message } => {
			print(&message);
			Vec::new()
		}
		Command::Output { len } => vec![0xab; len as usize],
		Command::Grow { bytes } => {
			let block = vec![1u8; bytes as usize];
			STATE.with(|probe| probe.hoard.push(block));
			memory_pages().encode()
		}
		Command::Trap => panic!("probe: Trap"),
		Command::Defer { command } => {
			STATE.with(|probe| probe.deferred.push(*command));
			Vec::new()
		}
		Command::TakeDeferred => STATE.with(|probe| core::mem::take(&mut probe.answers)).encode(),
		Command::SetInspectors { payout, dependencies, misbehave } => {
			STATE.with(|probe| {
				probe.payout = payout;
				probe.dependencies = dependencies;
				probe.misbehave = misbehave;
			});
			Vec::new()
		}
		Command::Services => STATE.with(|probe| probe.services).encode(),
		Command::AwaitMessage => {
			STATE.with(|probe| probe.await_message = true);
			Vec::new()
		}
	})
}

/// `args`: ignored. Each `service` counts itself and runs the deferred commands, in order; then, if asked, waits
/// for a message (the following services only poll that wait until a message arrives).
async fn main(_args: Vec<u8>) {
	loop {
		yield_now().await;
		let deferred = STATE.with(|probe| {
			probe.services += 1;
			core::mem::take(&mut probe.deferred)
		});
		for command in deferred {
			let answer = run(command);
			STATE.with(|probe| probe.answers.push(answer));
		}
		if STATE.with(|probe| core::mem::take(&mut probe.await_message)) {
			let message = actor_message(next_message().await);
			STATE.with(|probe| probe.answers.push(Ok(message.encode())));
		}
	}
}

/// A message as the probe answers it: `(sender, data)`, the sender an actor's task id or `u32::MAX` for an
/// account.
fn actor_message((from, data): (Sender, Vec<u8>)) -> (TaskId, Vec<u8>) {
	(from.actor().unwrap_or(u32::MAX), data)
}

fn call(_origin: Option<TaskId>, data: Vec<u8>) -> Result<Vec<u8>, ()> {
	run(Command::decode_all(&mut &data[..]).map_err(|_| ())?)
}

fn misbehave_if_asked() {
	if STATE.with(|probe| probe.misbehave) {
		send_message(self_id(), b"from an inspector");
	}
}

fn payout(_now: BlockNumber) -> Balance {
	misbehave_if_asked();
	STATE.with(|probe| probe.payout)
}

fn dependencies(_now: BlockNumber) -> Vec<TaskId> {
	misbehave_if_asked();
	STATE.with(|probe| probe.dependencies.clone())
}

coreplay_actor::export_actor! {
	main: main,
	call: call,
	payout: payout,
	dependencies: dependencies,
}
