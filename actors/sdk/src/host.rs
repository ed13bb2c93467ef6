//! The host API: the imports of module `coreplay` (`docs/abi.md`, "Imports") and safe wrappers around them.
//!
//! Every wrapper is a thin copy-in/copy-out over [`sys`]. Which entry points may use which function is the vm's
//! rule, not the SDK's: calling e.g. [`call_actor`] from the `payout` inspector aborts the whole execution with
//! `ExecError::HostFunctionNotAllowed`.

use alloc::{vec, vec::Vec};

pub use coreplay_abi::{Balance, BlockNumber, TaskId};
use coreplay_abi::{
	CallStatus, CallerKind, LookupStatus, SignatureStatus, BALANCE_BYTES, CALLER_BYTES,
	FROM_ACCOUNT, HASH_BYTES, PUBLIC_KEY_BYTES, SIGNATURE_BYTES,
};

/// The raw imports, exactly as `coreplay_abi::HOST_FUNCTIONS` lists them (`docs/abi.md`). Integers cross as
/// `i32`/`i64` bit patterns; pointers are offsets into this module's linear memory. The fixtures' tests load every
/// example actor, so an import that drifts from the table fails there (`CodeError::ForbiddenImport` or
/// `ImportSignatureMismatch`).
///
/// Prefer the safe wrappers in the crate root. Outside `target_arch = "wasm32"` these are stubs that panic: the
/// host exists only inside `coreplay-vm`.
pub mod sys {
	#[cfg(target_arch = "wasm32")]
	#[link(wasm_import_module = "coreplay")]
	extern "C" {
		/// Length in bytes of this entry point's input (`init`: args; `call`: data; otherwise 0).
		pub fn input_len() -> i32;
		/// Copies the whole input to `[ptr, ptr + input_len)`.
		pub fn input_read(ptr: i32);
		/// Sets the entry point's output (replaces any earlier one).
		pub fn output(ptr: i32, len: i32);
		/// Length of the reply buffer (last `call_actor` result, `next_message` data or `lookup` preimage).
		pub fn reply_len() -> i32;
		/// Copies the reply buffer to `[ptr, ptr + reply_len)`.
		pub fn reply_read(ptr: i32);
		/// This actor's task id.
		pub fn self_id() -> i32;
		/// The calling actor's task id in `call`, or `-1` for none.
		pub fn origin() -> i64;
		/// Who called: writes 32 bytes at `ptr`; returns `0` none, `1` an actor, `2` an account.
		pub fn caller(ptr: i32) -> i32;
		/// The block number the APoV was built against.
		pub fn now() -> i32;
		/// Writes up to `cap` co-scheduled task ids at `ptr`; returns how many there are.
		pub fn coscheduled_tasks(ptr: i32, cap: i32) -> i32;
		/// Calls a co-scheduled actor: `0` Ok, `1` Err, `2` not co-scheduled, `3` reentrant, `4` too deep.
		pub fn call_actor(task: i32, ptr: i32, len: i32) -> i32;
		/// Sends an asynchronous message.
		pub fn send_message(to: i32, ptr: i32, len: i32);
		/// Pops the next inbound message: the sending actor's id, or `-2` for an account's (data in the reply
		/// buffer), or `-1`.
		pub fn next_message() -> i64;
		/// Who sent the message last popped: writes 32 bytes at `ptr`; returns `0` none, `1` an actor, `2` an
		/// account.
		pub fn message_sender(ptr: i32) -> i32;
		/// The value that came with the message last popped: 16 bytes (`u128` LE) at `ptr`.
		pub fn message_value(ptr: i32);
		/// Looks up a witness preimage by its blake2-256 hash: `0` found (in the reply buffer), `1` not.
		pub fn lookup(hash_ptr: i32) -> i32;
		/// Requests a code upgrade to the AVF with this code hash.
		pub fn set_code(hash_ptr: i32);
		/// Debug output.
		pub fn print(ptr: i32, len: i32);
		/// Writes the blake2-256 of `[ptr, ptr + len)` (32 bytes) at `out`.
		pub fn blake2_256(ptr: i32, len: i32, out: i32);
		/// Checks an sr25519 signature (64 bytes at `sig`) by the key at `key` (32 bytes) over `[msg, msg + len)`:
		/// `0` valid, `1` not.
		pub fn sr25519_verify(sig: i32, key: i32, msg: i32, len: i32) -> i32;
		/// The same for ed25519.
		pub fn ed25519_verify(sig: i32, key: i32, msg: i32, len: i32) -> i32;
		/// Pays the amount at `amount_ptr` (16 bytes, `u128` LE) from this actor's account to the account at
		/// `account_ptr` (32 bytes) when the APoV is canonicalised.
		pub fn transfer(account_ptr: i32, amount_ptr: i32);
		/// Emits an event of `topics` 32-byte topics at `topics_ptr` and data `[ptr, ptr + len)`.
		pub fn emit_event(topics_ptr: i32, topics: i32, ptr: i32, len: i32);
		/// The fuel this entry point call has used so far.
		pub fn fuel_used() -> i64;
	}

	#[cfg(not(target_arch = "wasm32"))]
	mod native {
		#![allow(missing_docs, clippy::missing_safety_doc)]

		fn no_host() -> ! {
			panic!("the coreplay host functions exist only inside coreplay-vm (target_arch = \"wasm32\")")
		}

		pub unsafe extern "C" fn input_len() -> i32 {
			no_host()
		}
		pub unsafe extern "C" fn input_read(_ptr: i32) {
			no_host()
		}
		pub unsafe extern "C" fn output(_ptr: i32, _len: i32) {
			no_host()
		}
		pub unsafe extern "C" fn reply_len() -> i32 {
			no_host()
		}
		pub unsafe extern "C" fn reply_read(_ptr: i32) {
			no_host()
		}
		pub unsafe extern "C" fn self_id() -> i32 {
			no_host()
		}
		pub unsafe extern "C" fn origin() -> i64 {
			no_host()
		}
		pub unsafe extern "C" fn caller(_ptr: i32) -> i32 {
			no_host()
		}
		pub unsafe extern "C" fn now() -> i32 {
			no_host()
		}
		pub unsafe extern "C" fn coscheduled_tasks(_ptr: i32, _cap: i32) -> i32 {
			no_host()
		}
		pub unsafe extern "C" fn call_actor(_task: i32, _ptr: i32, _len: i32) -> i32 {
			no_host()
		}
		pub unsafe extern "C" fn send_message(_to: i32, _ptr: i32, _len: i32) {
			no_host()
		}
		pub unsafe extern "C" fn next_message() -> i64 {
			no_host()
		}
		pub unsafe extern "C" fn message_sender(_ptr: i32) -> i32 {
			no_host()
		}
		pub unsafe extern "C" fn message_value(_ptr: i32) {
			no_host()
		}
		pub unsafe extern "C" fn lookup(_hash_ptr: i32) -> i32 {
			no_host()
		}
		pub unsafe extern "C" fn set_code(_hash_ptr: i32) {
			no_host()
		}
		pub unsafe extern "C" fn print(_ptr: i32, _len: i32) {
			no_host()
		}
		pub unsafe extern "C" fn blake2_256(_ptr: i32, _len: i32, _out: i32) {
			no_host()
		}
		pub unsafe extern "C" fn sr25519_verify(_sig: i32, _key: i32, _msg: i32, _len: i32) -> i32 {
			no_host()
		}
		pub unsafe extern "C" fn ed25519_verify(_sig: i32, _key: i32, _msg: i32, _len: i32) -> i32 {
			no_host()
		}
		pub unsafe extern "C" fn transfer(_account_ptr: i32, _amount_ptr: i32) {
			no_host()
		}
		pub unsafe extern "C" fn emit_event(_topics_ptr: i32, _topics: i32, _ptr: i32, _len: i32) {
			no_host()
		}
		pub unsafe extern "C" fn fuel_used() -> i64 {
			no_host()
		}
	}
	#[cfg(not(target_arch = "wasm32"))]
	pub use native::*;
}

/// A pointer into linear memory as the ABI passes it (an `i32` bit pattern of a `wasm32` address).
fn ptr(p: *const u8) -> i32 {
	p as usize as i32
}

/// A byte length as the ABI passes it. Slices in `wasm32` memory are shorter than 4 GiB, so this is exact there.
fn len(bytes: &[u8]) -> i32 {
	bytes.len() as i32
}

/// Reads a host buffer of `n` bytes with `read` (which writes exactly `n` bytes at the pointer it is given).
fn read_buffer(n: i32, read: unsafe extern "C" fn(i32)) -> Vec<u8> {
	// Zeroed, not `set_len` over uninitialised bytes: the buffer is valid whatever the host wrote.
	let mut buf = vec![0u8; n as u32 as usize];
	// SAFETY: the host writes `[ptr, ptr + n)`, which is `buf`'s allocation.
	unsafe { read(ptr(buf.as_mut_ptr())) };
	buf
}

/// The reply buffer: the result of the last [`call_actor`], the data of the last message popped, or the preimage
/// of the last [`lookup`].
fn reply() -> Vec<u8> {
	// SAFETY: `reply_len` has no preconditions.
	read_buffer(unsafe { sys::reply_len() }, sys::reply_read)
}

/// This entry point's input: the `args` in `init`, the call data in `call`, empty elsewhere.
///
/// The SDK's glue already passes it to `main` and `call`; reading it again gives the same bytes.
pub fn input() -> Vec<u8> {
	// SAFETY: `input_len` has no preconditions.
	read_buffer(unsafe { sys::input_len() }, sys::input_read)
}

/// Sets this entry point's output to `bytes`, replacing any earlier output.
///
/// The SDK's glue calls it with `call`'s result (and the inspectors' results), so actors rarely need it.
/// More than `Limits::max_output_bytes` (16 KiB on the development chain) aborts the execution
/// (`ExecError::OutputTooLarge`).
pub fn output(bytes: &[u8]) {
	// SAFETY: `bytes` is readable for its length.
	unsafe { sys::output(ptr(bytes.as_ptr()), len(bytes)) }
}

/// This actor's own [`TaskId`].
pub fn self_id() -> TaskId {
	// SAFETY: no preconditions.
	unsafe { sys::self_id() as u32 }
}

/// Who called: in `call`, `Some(task)` for a `call_actor` from the co-scheduled actor `task`, `None` for an Agenda
/// `Call` or `SignedCall` item (use [`caller`] to tell a signed call's account). `None` in every other entry point.
pub fn origin() -> Option<TaskId> {
	// SAFETY: no preconditions.
	let origin = unsafe { sys::origin() };
	u32::try_from(origin).ok()
}

/// Who called the running entry point ([`caller`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Caller {
	/// No one: `init`, `service`, the inspectors, and an Agenda `Call` item.
	None,
	/// The co-scheduled actor `task`, by `call_actor`.
	Actor(TaskId),
	/// The account of these 32 bytes (a FRAME `AccountId32`), by an Agenda `SignedCall` whose signature and
	/// nonce the chain checked: the call is that account's, and runs at most once.
	Account([u8; 32]),
}

/// Who called: [`Caller::Account`] for a signed call, [`Caller::Actor`] for `call_actor`, else [`Caller::None`].
/// Unlike [`origin`], it tells a signed call's account apart from an unsigned call.
pub fn caller() -> Caller {
	let mut bytes = [0u8; CALLER_BYTES];
	// SAFETY: the host writes exactly `CALLER_BYTES` bytes at the pointer, within `bytes`.
	let kind = unsafe { sys::caller(ptr(bytes.as_mut_ptr())) };
	match CallerKind::from_i32(kind) {
		Some(CallerKind::Actor) => {
			Caller::Actor(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
		}
		Some(CallerKind::Account) => Caller::Account(bytes),
		Some(CallerKind::None) | None => Caller::None,
	}
}

/// The relay-chain block number the APoV was built against (`ActorPov::context.now`). Constant for a whole APoV.
pub fn now() -> BlockNumber {
	// SAFETY: no preconditions.
	unsafe { sys::now() as u32 }
}

/// The fuel this entry point call (this `service` poll, this `call`, ...) has used so far, the calls it made
/// included, in the vm's units (`docs/abi.md`, "Fuel"). Deterministic: every replay of the APoV sees the same
/// figure, whatever fuel limit it was submitted with. A long job checks it to yield before its budget runs out and
/// go on at the next `service`, so it spreads over APoVs instead of failing with `OutOfFuel`:
///
/// ```ignore
/// while work_left() {
///     step();
///     if fuel_used() > SLICE_FUEL {
///         yield_now().await;
///     }
/// }
/// ```
pub fn fuel_used() -> u64 {
	// SAFETY: no preconditions.
	unsafe { sys::fuel_used() as u64 }
}

/// The task ids of every actor co-scheduled in this APoV (this one included), ascending.
///
/// Not available in the inspectors (`payout`, `dependencies`).
pub fn coscheduled_tasks() -> Vec<TaskId> {
	// Most APoVs co-schedule a handful of actors: one call usually suffices, a second one always does.
	let mut cap = 16usize;
	loop {
		let mut ids = vec![0u32; cap];
		// SAFETY: the host writes at most `cap` little-endian `u32`s, i.e. within `ids`; `wasm32` is little-endian
		// so each 4-byte group is the `u32` it encodes.
		let n = unsafe { sys::coscheduled_tasks(ptr(ids.as_mut_ptr().cast()), cap as i32) };
		let n = n as u32 as usize;
		if n <= cap {
			ids.truncate(n);
			return ids;
		}
		cap = n;
	}
}

/// Why a [`call_actor`] did not return `Ok`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum CallError {
	/// The callee's `call` returned `Err`; these are the bytes it gave to `output` (empty for the SDK's `Err(())`).
	Rejected(Vec<u8>),
	/// The target is not co-scheduled in this APoV: use [`send_message`] instead, or ask the sequencer to
	/// co-schedule it (e.g. through the `dependencies` inspector).
	NotCoScheduled,
	/// The target is already on the call stack (it called us, directly or through others): actors are never
	/// re-entered.
	Reentrant,
	/// The chain of `call_actor`s is deeper than `Limits::max_call_depth` (8 on the development chain, counting the
	/// Agenda item's own entry point).
	DepthExceeded,
}

/// Calls the co-scheduled actor `task` synchronously: runs its `call` entry point with `data` and
/// `origin() == Some(self_id())`, and returns its result.
///
/// A trap in the callee aborts the whole execution (there is no partial failure).
///
/// # Errors
/// See [`CallError`].
pub fn call_actor(task: TaskId, data: &[u8]) -> Result<Vec<u8>, CallError> {
	// SAFETY: `data` is readable for its length.
	let status = unsafe { sys::call_actor(task as i32, ptr(data.as_ptr()), len(data)) };
	match CallStatus::from_i32(status) {
		Some(CallStatus::Ok) => Ok(reply()),
		Some(CallStatus::Err) => Err(CallError::Rejected(reply())),
		Some(CallStatus::NotCoscheduled) => Err(CallError::NotCoScheduled),
		Some(CallStatus::Reentrant) => Err(CallError::Reentrant),
		Some(CallStatus::DepthExceeded) => Err(CallError::DepthExceeded),
		None => panic!("call_actor: status {status} is not a coreplay_abi::CallStatus"),
	}
}

/// Sends `data` to actor `to` asynchronously.
///
/// A co-scheduled recipient can read it in this same APoV (after its inbox); otherwise it is delivered to the
/// recipient's inbox when the APoV is canonicalised. Messages over `Limits::max_message_bytes` (4 KiB on the
/// development chain), or more than `Limits::max_messages` in one APoV, abort the execution.
pub fn send_message(to: TaskId, data: &[u8]) {
	// SAFETY: `data` is readable for its length.
	unsafe { sys::send_message(to as i32, ptr(data.as_ptr()), len(data)) }
}

/// Who sent a message ([`try_next_message`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Sender {
	/// The actor `task` (`send_message`).
	Actor(TaskId),
	/// The account of these 32 bytes (a FRAME `AccountId32`), by the chain's `send_message` call: the chain
	/// checked it signed the extrinsic, and holds a deposit from it until this message is consumed. It may have
	/// sent value with it ([`message_value`]).
	Account([u8; 32]),
}

impl Sender {
	/// The sending actor, or `None` for an account.
	pub fn actor(self) -> Option<TaskId> {
		match self {
			Sender::Actor(task) => Some(task),
			Sender::Account(_) => None,
		}
	}
}

/// Pops this actor's next inbound message: `Some((sender, data))`, or `None` if there is none right now. A
/// message popped is consumed, whoever sent it: handle messages from senders you do not expect too (e.g. ignore
/// them).
///
/// In `main`, [`crate::next_message`] waits for one instead.
pub fn try_next_message() -> Option<(Sender, Vec<u8>)> {
	// SAFETY: no preconditions.
	let from = unsafe { sys::next_message() };
	if from == FROM_ACCOUNT {
		let mut account = [0u8; CALLER_BYTES];
		// SAFETY: the host writes exactly `CALLER_BYTES` bytes at the pointer, within `account`.
		let kind = unsafe { sys::message_sender(ptr(account.as_mut_ptr())) };
		debug_assert_eq!(CallerKind::from_i32(kind), Some(CallerKind::Account));
		return Some((Sender::Account(account), reply()));
	}
	let from = u32::try_from(from).ok()?;
	Some((Sender::Actor(from), reply()))
}

/// The chain's currency that came with the message [`try_next_message`] last returned in this entry point call,
/// moved into this actor's account when the message was queued (only an account's message carries any); 0 if
/// none.
pub fn message_value() -> Balance {
	let mut bytes = [0u8; BALANCE_BYTES];
	// SAFETY: the host writes exactly `BALANCE_BYTES` bytes at the pointer, within `bytes`.
	unsafe { sys::message_value(ptr(bytes.as_mut_ptr())) };
	Balance::from_le_bytes(bytes)
}

/// The preimage of the 32-byte blake2-256 `hash` among this APoV's witness preimages, if the sequencer supplied it.
pub fn lookup(hash: &[u8; 32]) -> Option<Vec<u8>> {
	// SAFETY: `hash` is readable for 32 bytes.
	let status = unsafe { sys::lookup(ptr(hash.as_ptr())) };
	(status == LookupStatus::Found as i32).then(reply)
}

/// Requests that this actor's code become the AVF blob with code hash `code_hash` once the APoV is canonicalised
/// (the last request in an APoV wins). The running code is unaffected until then.
///
/// Only `service` and `call` may use it (`main` runs in `init` too: do not upgrade from `main`'s first poll).
pub fn set_code(code_hash: &[u8; 32]) {
	// SAFETY: `code_hash` is readable for 32 bytes.
	unsafe { sys::set_code(ptr(code_hash.as_ptr())) }
}

/// Debug output. Never affects state or results; the vm keeps at most `Limits::max_print_bytes` per execution.
pub fn print(message: &str) {
	// SAFETY: `message` is readable for its length.
	unsafe { sys::print(ptr(message.as_ptr()), len(message.as_bytes())) }
}

/// The blake2-256 hash of `data`, computed by the host (the chain's hash: code, state and witness hashes).
/// Charged `Limits::fuel_per_host_call` plus `HASH_BYTE_FUEL` per byte more than a copy.
pub fn blake2_256(data: &[u8]) -> [u8; HASH_BYTES] {
	let mut hash = [0u8; HASH_BYTES];
	// SAFETY: `data` is readable for its length; the host writes `HASH_BYTES` bytes within `hash`.
	unsafe { sys::blake2_256(ptr(data.as_ptr()), len(data), ptr(hash.as_mut_ptr())) };
	hash
}

/// A signature scheme the host checks ([`verify`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Scheme {
	/// Schnorrkel sr25519, the default of Substrate accounts (polkadot-js signs messages with it).
	Sr25519,
	/// Ed25519.
	Ed25519,
}

/// Whether `signature` is `public`'s over `message` in `scheme`, checked by the host (`sp_io::crypto` on chain).
/// Each check costs `SIGNATURE_CHECK_FUEL` (60,000 units, about 40 µs) plus `HASH_BYTE_FUEL` per message byte: check
/// once, keep the result. A signature only proves who signed the bytes: bind the actor, the chain and a nonce into
/// `message` to stop replays (as the chain does for `SignedCall`s).
pub fn verify(
	scheme: Scheme,
	signature: &[u8; SIGNATURE_BYTES],
	public: &[u8; PUBLIC_KEY_BYTES],
	message: &[u8],
) -> bool {
	let check = match scheme {
		Scheme::Sr25519 => sys::sr25519_verify,
		Scheme::Ed25519 => sys::ed25519_verify,
	};
	// SAFETY: the signature, key and message are readable for their lengths.
	let status = unsafe {
		check(ptr(signature.as_ptr()), ptr(public.as_ptr()), ptr(message.as_ptr()), len(message))
	};
	status == SignatureStatus::Valid as i32
}

/// Emits an event: the chain deposits `ActorEvent { actor: self_id(), topics, data }` when this APoV is
/// canonicalised (or, from `main`'s first poll, when the actor is created), in emission order. At most
/// `Limits::max_events` per APoV (128 on the development chain), `max_event_topics` topics (4) and
/// `max_event_bytes` of data (256); beyond, the execution aborts (`TooManyEvents`, `EventTooLarge`). Not
/// available in the inspectors.
pub fn emit_event(topics: &[[u8; HASH_BYTES]], data: &[u8]) {
	// SAFETY: `topics` is readable for `topics.len()` × 32 bytes, `data` for its length.
	unsafe {
		sys::emit_event(
			ptr(topics.as_ptr().cast()),
			topics.len() as i32,
			ptr(data.as_ptr()),
			len(data),
		)
	}
}

/// Pays `amount` of the chain's currency (its smallest unit) from this actor's account on chain to the account
/// `to` (a FRAME `AccountId32`), when this APoV is canonicalised, after its other effects and before the payouts.
/// The chain refuses an APoV whose actors' accounts cannot cover all their payments (`TransfersNotCovered`), so
/// an actor should pay only out of value it knows it holds (e.g. what [`message_value`] brought). At most
/// `Limits::max_transfers` per APoV (16 on the development chain); only in `service` and `call`.
pub fn transfer(to: &[u8; 32], amount: Balance) {
	let amount = amount.to_le_bytes();
	// SAFETY: `to` is readable for 32 bytes, `amount` for 16.
	unsafe { sys::transfer(ptr(to.as_ptr()), ptr(amount.as_ptr())) }
}
