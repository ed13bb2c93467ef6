//! The host functions (`coreplay_abi::HOST_FUNCTIONS`, explained in `docs/abi.md`, "Imports"): [`define`] links each
//! into an execution's linker over its [`HostState`](crate::state::HostState).

use crate::{
	errors::ExecError,
	state::{HostState, Origin},
};
use alloc::{string::String, vec::Vec};
use coreplay_abi::{
	CallStatus, CallerKind, EntryPoint, HostFn, LookupStatus, SignatureStatus, BALANCE_BYTES,
	CALLER_BYTES, FROM_ACCOUNT, HASH_BYTES, NONE, PUBLIC_KEY_BYTES, SIGNATURE_BYTES,
};
use coreplay_primitives::{ActorEvent, ActorTransfer, Message, OutboundMessage, Sender, H256};
use wasmi::{Caller, Error, Linker, Memory};

type Ctx<'a> = Caller<'a, HostState>;

fn host_err(e: ExecError) -> Error {
	Error::host(e)
}

/// What every host function does first: charges `Limits::fuel_per_host_call`, then fails with
/// `ExecError::HostFunctionNotAllowed` unless the current frame's entry point may call `host_fn`.
fn enter(caller: &mut Ctx<'_>, host_fn: &HostFn) -> Result<(), Error> {
	let cost = caller.data().limits.fuel_per_host_call;
	charge_fuel(caller, cost)?;
	if host_fn.available.allows(caller.data().frame()?.kind) {
		Ok(())
	} else {
		Err(host_err(ExecError::HostFunctionNotAllowed))
	}
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

/// The host function `name` of [`coreplay_abi::HOST_FUNCTIONS`].
///
/// # Panics
/// If the table has no such function: `define` and the table disagree, which `define`'s test catches.
fn table(name: &str) -> &'static HostFn {
	HostFn::named(name).unwrap_or_else(|| panic!("{name} is not in coreplay_abi::HOST_FUNCTIONS"))
}

/// Defines every host function of [`coreplay_abi::HOST_FUNCTIONS`] (`docs/abi.md`, "Imports") in `linker`, under its name in
/// module `HOST_MODULE`; each first [`enter`]s (fee, availability). Returns how many it defined: the table's length
/// (a test asserts it, and that each is defined with the table's signature).
pub(crate) fn define(linker: &mut Linker<HostState>) -> Result<usize, wasmi::errors::LinkerError> {
	const M: &str = coreplay_abi::HOST_MODULE;
	let mut defined = 0;
	let mut def = |name: &str| {
		defined += 1;
		table(name)
	};
	let f = def("input_len");
	linker.func_wrap(M, f.name, move |mut c: Ctx<'_>| -> Result<i32, Error> {
		enter(&mut c, f)?;
		Ok(c.data().frame()?.input.len() as i32)
	})?;
	let f = def("input_read");
	linker.func_wrap(M, f.name, move |mut c: Ctx<'_>, ptr: i32| -> Result<(), Error> {
		enter(&mut c, f)?;
		let input = core::mem::take(&mut c.data_mut().frame_mut()?.input);
		let result = write_bytes(&mut c, ptr, &input);
		c.data_mut().frame_mut()?.input = input;
		result
	})?;
	let f = def("output");
	linker.func_wrap(
		M,
		f.name,
		move |mut c: Ctx<'_>, ptr: i32, len: i32| -> Result<(), Error> {
			enter(&mut c, f)?;
			if len as u32 > c.data().limits.max_output_bytes {
				return Err(host_err(ExecError::OutputTooLarge));
			}
			let bytes = read_bytes(&mut c, ptr, len)?;
			c.data_mut().frame_mut()?.output = bytes;
			Ok(())
		},
	)?;
	let f = def("reply_len");
	linker.func_wrap(M, f.name, move |mut c: Ctx<'_>| -> Result<i32, Error> {
		enter(&mut c, f)?;
		Ok(c.data().frame()?.reply.len() as i32)
	})?;
	let f = def("reply_read");
	linker.func_wrap(M, f.name, move |mut c: Ctx<'_>, ptr: i32| -> Result<(), Error> {
		enter(&mut c, f)?;
		let reply = core::mem::take(&mut c.data_mut().frame_mut()?.reply);
		let result = write_bytes(&mut c, ptr, &reply);
		c.data_mut().frame_mut()?.reply = reply;
		result
	})?;
	let f = def("self_id");
	linker.func_wrap(M, f.name, move |mut c: Ctx<'_>| -> Result<i32, Error> {
		enter(&mut c, f)?;
		let actor = c.data().frame()?.actor;
		Ok(c.data().actors[actor].id as i32)
	})?;
	let f = def("origin");
	linker.func_wrap(M, f.name, move |mut c: Ctx<'_>| -> Result<i64, Error> {
		enter(&mut c, f)?;
		Ok(match c.data().frame()?.origin {
			Origin::Actor(task) => i64::from(task),
			Origin::None | Origin::Account(_) => NONE,
		})
	})?;
	let f = def("caller");
	linker.func_wrap(M, f.name, move |mut c: Ctx<'_>, ptr: i32| -> Result<i32, Error> {
		enter(&mut c, f)?;
		let (kind, bytes) = match c.data().frame()?.origin {
			Origin::None => who(None),
			Origin::Actor(task) => who(Some(Sender::Actor(task))),
			Origin::Account(account) => who(Some(Sender::Account(account))),
		};
		write_bytes(&mut c, ptr, &bytes)?;
		Ok(kind as i32)
	})?;
	let f = def("fuel_used");
	linker.func_wrap(M, f.name, move |mut c: Ctx<'_>| -> Result<i64, Error> {
		enter(&mut c, f)?;
		let left = c.get_fuel()?;
		// Fuel only decreases within a frame, so this does not underflow; saturating keeps it panic-free.
		Ok(c.data().frame()?.fuel_at_entry.saturating_sub(left) as i64)
	})?;
	let f = def("now");
	linker.func_wrap(M, f.name, move |mut c: Ctx<'_>| -> Result<i32, Error> {
		enter(&mut c, f)?;
		Ok(c.data().now as i32)
	})?;
	let f = def("coscheduled_tasks");
	linker.func_wrap(
		M,
		f.name,
		move |mut c: Ctx<'_>, ptr: i32, cap: i32| -> Result<i32, Error> {
			enter(&mut c, f)?;
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
	let f = def("call_actor");
	linker.func_wrap(
		M,
		f.name,
		move |mut c: Ctx<'_>, task: i32, ptr: i32, len: i32| -> Result<i32, Error> {
			enter(&mut c, f)?;
			if len as u32 > c.data().limits.max_output_bytes {
				return Err(host_err(ExecError::OutputTooLarge));
			}
			let input = read_bytes(&mut c, ptr, len)?;
			let task = task as u32;
			let state = c.data();
			let Some(callee) = state.actor_index(task) else {
				return Ok(CallStatus::NotCoscheduled as i32);
			};
			if state.frames.iter().any(|f| f.actor == callee) {
				return Ok(CallStatus::Reentrant as i32);
			}
			if state.frames.len() >= state.limits.max_call_depth as usize {
				return Ok(CallStatus::DepthExceeded as i32);
			}
			let origin = state.actors[state.frame()?.actor].id;
			let entry = state.actors[callee].entry_call;
			let (status, output) = crate::state::invoke(
				&mut c,
				callee,
				entry,
				EntryPoint::Call,
				Origin::Actor(origin),
				input,
			)?;
			charge(&mut c, output.len())?;
			c.data_mut().frame_mut()?.reply = output;
			// `invoke` returned `call`'s own status, `Ok` or `Err`.
			Ok(status)
		},
	)?;
	let f = def("send_message");
	linker.func_wrap(
		M,
		f.name,
		move |mut c: Ctx<'_>, to: i32, ptr: i32, len: i32| -> Result<(), Error> {
			enter(&mut c, f)?;
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
				Some(i) => {
					state.actors[i].inbound.push_back((Message::from_actor(from, data), false))
				}
				None => state.outbox.push(OutboundMessage { from, to, data }),
			}
			Ok(())
		},
	)?;
	let f = def("next_message");
	linker.func_wrap(M, f.name, move |mut c: Ctx<'_>| -> Result<i64, Error> {
		enter(&mut c, f)?;
		let state = c.data_mut();
		let actor = state.frame()?.actor;
		let slot = &mut state.actors[actor];
		let Some((message, from_inbox)) = slot.inbound.pop_front() else {
			// `message_sender` and `message_value` describe the last message returned: none.
			c.data_mut().frame_mut()?.message = None;
			return Ok(NONE);
		};
		if from_inbox {
			slot.inbox_consumed += 1;
		}
		charge(&mut c, message.data.len())?;
		let frame = c.data_mut().frame_mut()?;
		frame.reply = message.data;
		frame.message = Some((message.from, message.value));
		Ok(match message.from {
			Sender::Actor(task) => i64::from(task),
			Sender::Account(_) => FROM_ACCOUNT,
		})
	})?;
	let f = def("message_sender");
	linker.func_wrap(M, f.name, move |mut c: Ctx<'_>, ptr: i32| -> Result<i32, Error> {
		enter(&mut c, f)?;
		let (kind, bytes) = who(c.data().frame()?.message.map(|(sender, _)| sender));
		write_bytes(&mut c, ptr, &bytes)?;
		Ok(kind as i32)
	})?;
	let f = def("message_value");
	linker.func_wrap(M, f.name, move |mut c: Ctx<'_>, ptr: i32| -> Result<(), Error> {
		enter(&mut c, f)?;
		let value = c.data().frame()?.message.map_or(0, |(_, value)| value);
		let bytes: [u8; BALANCE_BYTES] = value.to_le_bytes();
		write_bytes(&mut c, ptr, &bytes)
	})?;
	let f = def("lookup");
	linker.func_wrap(M, f.name, move |mut c: Ctx<'_>, ptr: i32| -> Result<i32, Error> {
		enter(&mut c, f)?;
		let hash = read_hash(&mut c, ptr)?;
		let witness = &c.data().witness;
		let found =
			witness.binary_search_by(|(h, _)| h.cmp(&hash)).ok().map(|i| witness[i].1.clone());
		match found {
			Some(preimage) => {
				charge(&mut c, preimage.len())?;
				c.data_mut().frame_mut()?.reply = preimage;
				Ok(LookupStatus::Found as i32)
			}
			None => Ok(LookupStatus::NotFound as i32),
		}
	})?;
	let f = def("set_code");
	linker.func_wrap(M, f.name, move |mut c: Ctx<'_>, ptr: i32| -> Result<(), Error> {
		enter(&mut c, f)?;
		let hash = read_hash(&mut c, ptr)?;
		let state = c.data_mut();
		let actor = state.frame()?.actor;
		state.actors[actor].code_upgrade = Some(hash);
		Ok(())
	})?;
	let f = def("print");
	linker.func_wrap(
		M,
		f.name,
		move |mut c: Ctx<'_>, ptr: i32, len: i32| -> Result<(), Error> {
			enter(&mut c, f)?;
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
		},
	)?;
	let f = def("blake2_256");
	linker.func_wrap(
		M,
		f.name,
		move |mut c: Ctx<'_>, ptr: i32, len: i32, out: i32| -> Result<(), Error> {
			enter(&mut c, f)?;
			let data = read_bytes(&mut c, ptr, len)?;
			charge_fuel(&mut c, hash_fuel(data.len()))?;
			write_bytes(&mut c, out, &sp_io::hashing::blake2_256(&data))
		},
	)?;
	let f = def("sr25519_verify");
	linker.func_wrap(
		M,
		f.name,
		move |mut c: Ctx<'_>, sig: i32, key: i32, msg: i32, len: i32| -> Result<i32, Error> {
			enter(&mut c, f)?;
			let (signature, public, message) = read_signed(&mut c, sig, key, msg, len)?;
			let valid = sp_io::crypto::sr25519_verify(
				&sp_core::sr25519::Signature::from_raw(signature),
				&message,
				&sp_core::sr25519::Public::from_raw(public),
			);
			Ok(signature_status(valid))
		},
	)?;
	let f = def("ed25519_verify");
	linker.func_wrap(
		M,
		f.name,
		move |mut c: Ctx<'_>, sig: i32, key: i32, msg: i32, len: i32| -> Result<i32, Error> {
			enter(&mut c, f)?;
			let (signature, public, message) = read_signed(&mut c, sig, key, msg, len)?;
			let valid = sp_io::crypto::ed25519_verify(
				&sp_core::ed25519::Signature::from_raw(signature),
				&message,
				&sp_core::ed25519::Public::from_raw(public),
			);
			Ok(signature_status(valid))
		},
	)?;
	let f = def("transfer");
	linker.func_wrap(
		M,
		f.name,
		move |mut c: Ctx<'_>, account_ptr: i32, amount_ptr: i32| -> Result<(), Error> {
			enter(&mut c, f)?;
			if c.data().transfers.len() >= c.data().limits.max_transfers as usize {
				return Err(host_err(ExecError::TooManyTransfers));
			}
			let to = read_bytes(&mut c, account_ptr, CALLER_BYTES as i32)?;
			let amount = read_bytes(&mut c, amount_ptr, BALANCE_BYTES as i32)?;
			let to: [u8; CALLER_BYTES] =
				to.try_into().map_err(|_| host_err(ExecError::MemoryAccess))?;
			let amount: [u8; BALANCE_BYTES] =
				amount.try_into().map_err(|_| host_err(ExecError::MemoryAccess))?;
			let state = c.data_mut();
			let from = state.actors[state.frame()?.actor].id;
			state.transfers.push(ActorTransfer { from, to, amount: u128::from_le_bytes(amount) });
			Ok(())
		},
	)?;
	let f = def("emit_event");
	linker.func_wrap(
		M,
		f.name,
		move |mut c: Ctx<'_>,
		      topics_ptr: i32,
		      topics: i32,
		      ptr: i32,
		      len: i32|
		      -> Result<(), Error> {
			enter(&mut c, f)?;
			let limits = c.data().limits;
			if c.data().events.len() >= limits.max_events as usize {
				return Err(host_err(ExecError::TooManyEvents));
			}
			if topics as u32 > limits.max_event_topics || len as u32 > limits.max_event_bytes {
				return Err(host_err(ExecError::EventTooLarge));
			}
			let topic_bytes = read_bytes(&mut c, topics_ptr, topics * HASH_BYTES as i32)?;
			let data = read_bytes(&mut c, ptr, len)?;
			let state = c.data_mut();
			let actor = state.actors[state.frame()?.actor].id;
			let topics = topic_bytes.chunks_exact(HASH_BYTES).map(H256::from_slice).collect();
			state.events.push(ActorEvent { actor, topics, data });
			Ok(())
		},
	)?;
	Ok(defined)
}

/// What `caller` and `message_sender` return and write: the kind, and the account id or the task id
/// (little-endian, zeros after) or zeros.
fn who(sender: Option<Sender>) -> (CallerKind, [u8; CALLER_BYTES]) {
	let mut bytes = [0u8; CALLER_BYTES];
	let kind = match sender {
		None => CallerKind::None,
		Some(Sender::Actor(task)) => {
			bytes[..4].copy_from_slice(&task.to_le_bytes());
			CallerKind::Actor
		}
		Some(Sender::Account(account)) => {
			bytes = account;
			CallerKind::Account
		}
	};
	(kind, bytes)
}

/// Fuel for hashing `bytes` bytes, or checking a signature over them, beyond copying them:
/// [`crate::HASH_BYTE_FUEL`] per byte.
fn hash_fuel(bytes: usize) -> u64 {
	(bytes as u64).saturating_mul(crate::HASH_BYTE_FUEL)
}

/// A signature check's inputs: the signature, the public key, the message.
type Signed = ([u8; SIGNATURE_BYTES], [u8; PUBLIC_KEY_BYTES], Vec<u8>);

/// Reads a signature check's inputs, charging [`crate::SIGNATURE_CHECK_FUEL`] and [`hash_fuel`] for the
/// message: `SIGNATURE_BYTES` at `sig`, `PUBLIC_KEY_BYTES` at `key`, `len` bytes at `msg`.
fn read_signed(
	caller: &mut Ctx<'_>,
	sig: i32,
	key: i32,
	msg: i32,
	len: i32,
) -> Result<Signed, Error> {
	let signature = read_bytes(caller, sig, SIGNATURE_BYTES as i32)?;
	let public = read_bytes(caller, key, PUBLIC_KEY_BYTES as i32)?;
	let message = read_bytes(caller, msg, len)?;
	charge_fuel(caller, crate::SIGNATURE_CHECK_FUEL.saturating_add(hash_fuel(message.len())))?;
	let signature = signature.try_into().map_err(|_| host_err(ExecError::MemoryAccess))?;
	let public = public.try_into().map_err(|_| host_err(ExecError::MemoryAccess))?;
	Ok((signature, public, message))
}

fn signature_status(valid: bool) -> i32 {
	if valid {
		SignatureStatus::Valid as i32
	} else {
		SignatureStatus::Invalid as i32
	}
}

/// Human-readable debug output of an execution (`print`), lossily decoded.
pub(crate) fn log_text(log: &[u8]) -> String {
	String::from_utf8_lossy(log).into_owned()
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::Limits;
	use alloc::{format, string::String};
	use wasmi::{Engine, Module, Store};

	/// `define` and `coreplay_abi::HOST_FUNCTIONS` agree: it defines as many functions as the table lists, and a
	/// module importing every one of them with the table's signature instantiates against it (wasmi checks each
	/// import's type), so each is defined under a name of the table with the table's signature. The structure
	/// check accepts exactly the table's imports (`vm/tests/code.rs`).
	#[test]
	fn the_linker_defines_exactly_the_abi_host_functions() {
		let engine = Engine::default();
		let mut linker = Linker::new(&engine);
		let defined = define(&mut linker).expect("each name once");
		assert_eq!(defined, coreplay_abi::HOST_FUNCTIONS.len());
		let imports: String =
			coreplay_abi::HOST_FUNCTIONS.iter().map(|f| format!("{}\n", f.wat())).collect();
		let wasm = wat::parse_str(format!("(module {imports})")).expect("the WAT parses");
		let module = Module::new(&engine, &wasm).expect("a valid module");
		let mut store = Store::new(&engine, HostState::new(Limits::DEFAULT, 1, Vec::new()));
		linker
			.instantiate_and_start(&mut store, &module)
			.expect("every import is defined, with its type");
	}
}
