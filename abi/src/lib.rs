//! The Coreplay actor ABI, version 1: the one definition of the contract between `coreplay-vm` (the host) and an
//! actor's Wasm code (the guest), which `docs/abi.md` explains.
//!
//! - [`HOST_MODULE`] and [`HOST_FUNCTIONS`]: every host function an actor may import, with its signature and the
//!   entry points it is available in ([`Availability`]). The vm's structure check accepts exactly these imports
//!   and its linker defines exactly these functions (a vm test asserts both); the vm's tests generate their WAT
//!   imports from the table.
//! - [`EntryPoint`]: the exports the host calls, their names and which are required.
//! - The statuses that cross the boundary as integers: [`EntryStatus`] (what `init` and `service` return),
//!   [`CallStatus`] (`call`'s result and `call_actor`'s), [`LookupStatus`], [`CallerKind`] (`caller`),
//!   [`SignatureStatus`] (`sr25519_verify`, `ed25519_verify`), and [`NONE`] (`origin` and `next_message` without
//!   a task).
//! - The ids as the guest sees them: [`TaskId`], [`BlockNumber`], [`Balance`].
//!
//! `no_std`, no dependencies: the host (`coreplay-vm`, in the runtime) and the guest SDK (`coreplay-actor`, built
//! for `wasm32v1-none`) both depend on it. The model is pallet-revive's `uapi` crate.
#![no_std]

/// Identifies an actor (the RFC's "Actor-Task"): assigned by the chain in creation order, starting at 0. Crosses
/// the boundary as an `i32` bit pattern.
pub type TaskId = u32;

/// A relay-chain block number, what `now` returns. Crosses the boundary as an `i32` bit pattern.
pub type BlockNumber = u32;

/// A balance in the chain's smallest unit: what a `payout` inspector writes (16 bytes, little-endian).
pub type Balance = u128;

/// The import module of every host function.
pub const HOST_MODULE: &str = "coreplay";

/// What `origin` returns outside a call from another actor, and `next_message` when no message is left.
pub const NONE: i64 = -1;

/// What `next_message` returns for a message an account sent (the pallet's `send_message` call): `message_sender`
/// gives the account.
pub const FROM_ACCOUNT: i64 = -2;

/// Bytes `message_value` writes: a [`Balance`], little-endian.
pub const BALANCE_BYTES: usize = 16;

/// A Wasm value type of a host function's parameter or result (Wasm 1.0 integers: the ABI has no floats).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ValType {
	/// `i32`: pointers, lengths, task ids, block numbers, statuses.
	I32,
	/// `i64`: a task id or [`NONE`].
	I64,
}

/// An entry point: an export the host calls (`docs/abi.md`, "Exports").
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EntryPoint {
	/// `init() -> i32`: actor creation, with the creation args as input; returns an [`EntryStatus`].
	Init,
	/// `service() -> i32`: an Agenda `Service` item polls `main` once; returns an [`EntryStatus`].
	Service,
	/// `call() -> i32`: an Agenda `Call` item or a `call_actor`; returns a [`CallStatus`] (`Ok` or `Err`).
	Call,
	/// `payout()`: inspector, writes a [`Balance`] (16 bytes) with `output`, on a throw-away copy of the state.
	Payout,
	/// `dependencies()`: inspector, writes `4 × n` bytes of [`TaskId`]s with `output`, on a throw-away copy.
	Dependencies,
}

impl EntryPoint {
	/// Every entry point, required ones first.
	pub const ALL: [EntryPoint; 5] = [
		EntryPoint::Init,
		EntryPoint::Service,
		EntryPoint::Call,
		EntryPoint::Payout,
		EntryPoint::Dependencies,
	];

	/// Its export name.
	pub const fn name(self) -> &'static str {
		match self {
			EntryPoint::Init => "init",
			EntryPoint::Service => "service",
			EntryPoint::Call => "call",
			EntryPoint::Payout => "payout",
			EntryPoint::Dependencies => "dependencies",
		}
	}

	/// Whether every actor must export it: `init`, `service` and `call` (`() -> i32`). The inspectors are
	/// optional (`() -> ()`).
	pub const fn required(self) -> bool {
		matches!(self, EntryPoint::Init | EntryPoint::Service | EntryPoint::Call)
	}

	/// Whether it is a read-only inspector (`payout`, `dependencies`), run on a throw-away copy of the state.
	pub const fn is_inspector(self) -> bool {
		!self.required()
	}
}

/// What `init` and `service` return.
#[repr(i32)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EntryStatus {
	/// `main` is still pending: it yielded.
	Pending = 0,
	/// `main` has completed; it is not polled again.
	Completed = 1,
}

/// What an actor's `call` returns, and what `call_actor` returns to its caller.
#[repr(i32)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CallStatus {
	/// The call succeeded; its result is the callee's output (the caller's reply buffer).
	Ok = 0,
	/// The callee returned `Err`; its output is the error (the caller's reply buffer). An Agenda `Call` item that
	/// returns it invalidates the APoV.
	Err = 1,
	/// `call_actor` only: the target is not co-scheduled; it did not run.
	NotCoscheduled = 2,
	/// `call_actor` only: the target is already on the call stack; it did not run.
	Reentrant = 3,
	/// `call_actor` only: `Limits::max_call_depth` would be exceeded; the target did not run.
	DepthExceeded = 4,
}

impl CallStatus {
	/// The status of an `i32` the ABI passed, or `None` if it is none of them.
	pub const fn from_i32(status: i32) -> Option<Self> {
		Some(match status {
			0 => CallStatus::Ok,
			1 => CallStatus::Err,
			2 => CallStatus::NotCoscheduled,
			3 => CallStatus::Reentrant,
			4 => CallStatus::DepthExceeded,
			_ => return None,
		})
	}
}

/// Who called the running entry point, what `caller` returns (its 32 bytes at the pointer say which one).
#[repr(i32)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CallerKind {
	/// No one: `init`, `service`, the inspectors, and an Agenda `Call`. The 32 bytes are zero.
	None = 0,
	/// A co-scheduled actor, by `call_actor`: its [`TaskId`] in the first 4 bytes (little-endian), zeros after.
	Actor = 1,
	/// An account, by an Agenda `SignedCall` whose signature and nonce the chain checked: its 32-byte account id.
	Account = 2,
}

impl CallerKind {
	/// The kind of an `i32` the ABI passed, or `None` if it is none of them.
	pub const fn from_i32(kind: i32) -> Option<Self> {
		Some(match kind {
			0 => CallerKind::None,
			1 => CallerKind::Actor,
			2 => CallerKind::Account,
			_ => return None,
		})
	}
}

/// Bytes `caller` writes at its pointer.
pub const CALLER_BYTES: usize = 32;

/// What `lookup` returns.
#[repr(i32)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LookupStatus {
	/// The preimage is in the reply buffer.
	Found = 0,
	/// No witness preimage has that hash.
	NotFound = 1,
}

/// What `sr25519_verify` and `ed25519_verify` return.
#[repr(i32)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SignatureStatus {
	/// The signature is the public key's over the message.
	Valid = 0,
	/// It is not (or the key or signature is malformed).
	Invalid = 1,
}

impl SignatureStatus {
	/// The status of an `i32` the ABI passed, or `None` if it is none of them.
	pub const fn from_i32(status: i32) -> Option<Self> {
		Some(match status {
			0 => SignatureStatus::Valid,
			1 => SignatureStatus::Invalid,
			_ => return None,
		})
	}
}

/// Bytes of a public key `sr25519_verify` and `ed25519_verify` read (sr25519 and ed25519 alike).
pub const PUBLIC_KEY_BYTES: usize = 32;

/// Bytes of a signature `sr25519_verify` and `ed25519_verify` read (sr25519 and ed25519 alike).
pub const SIGNATURE_BYTES: usize = 64;

/// Bytes of a hash: what `blake2_256` writes, and each topic `emit_event` reads.
pub const HASH_BYTES: usize = 32;

/// The entry points a host function may be called from; elsewhere it aborts the execution
/// (`ExecError::HostFunctionNotAllowed`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Availability {
	/// Every entry point, inspectors included.
	All,
	/// `init`, `service` and `call`: not the read-only inspectors.
	Active,
	/// `service` and `call`: not `init` (so not `main`'s first poll) and not the inspectors.
	ServiceAndCall,
}

impl Availability {
	/// Whether a function of this availability may be called from `entry`.
	pub const fn allows(self, entry: EntryPoint) -> bool {
		match self {
			Availability::All => true,
			Availability::Active => !entry.is_inspector(),
			Availability::ServiceAndCall => matches!(entry, EntryPoint::Service | EntryPoint::Call),
		}
	}
}

/// One host function of module [`HOST_MODULE`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct HostFn {
	/// The import name.
	pub name: &'static str,
	/// Its parameters.
	pub params: &'static [ValType],
	/// Its results (none or one).
	pub results: &'static [ValType],
	/// The entry points it may be called from.
	pub available: Availability,
}

impl HostFn {
	/// The host function imported as `name` from [`HOST_MODULE`], if there is one.
	pub fn named(name: &str) -> Option<&'static HostFn> {
		HOST_FUNCTIONS.iter().find(|f| f.name == name)
	}

	/// Its import from [`HOST_MODULE`] as WAT text, named `$<name>`, e.g.
	/// `(import "coreplay" "lookup" (func $lookup (param i32) (result i32)))`: for tests that write modules.
	pub const fn wat(&'static self) -> WatImport {
		WatImport(self)
	}
}

/// A host function's import as WAT text ([`HostFn::wat`]); written with `Display`, so without allocating.
#[derive(Clone, Copy, Debug)]
pub struct WatImport(&'static HostFn);

impl core::fmt::Display for WatImport {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		let name = |t: &ValType| match t {
			ValType::I32 => " i32",
			ValType::I64 => " i64",
		};
		let host_fn = self.0;
		write!(f, "(import \"{HOST_MODULE}\" \"{}\" (func ${}", host_fn.name, host_fn.name)?;
		if !host_fn.params.is_empty() {
			f.write_str(" (param")?;
			host_fn.params.iter().try_for_each(|t| f.write_str(name(t)))?;
			f.write_str(")")?;
		}
		if !host_fn.results.is_empty() {
			f.write_str(" (result")?;
			host_fn.results.iter().try_for_each(|t| f.write_str(name(t)))?;
			f.write_str(")")?;
		}
		f.write_str("))")
	}
}

macro_rules! host_fn {
	($name:literal, [$($p:ident),*], [$($r:ident),*], $available:ident) => {
		HostFn {
			name: $name,
			params: &[$(ValType::$p),*],
			results: &[$(ValType::$r),*],
			available: Availability::$available,
		}
	};
}

/// Every host function, in `docs/abi.md`'s order ("Imports"). An actor imports any of them, each at most once, and
/// nothing else.
pub const HOST_FUNCTIONS: &[HostFn] = &[
	// Length in bytes of this entry point's input (`init`: args; `call`: data; otherwise 0).
	host_fn!("input_len", [], [I32], All),
	// Copies the whole input to `[ptr, ptr + input_len)`.
	host_fn!("input_read", [I32], [], All),
	// `(ptr, len)`: sets the entry point's output (replaces any earlier one).
	host_fn!("output", [I32, I32], [], All),
	// Length of the reply buffer (last `call_actor` result, `next_message` data or `lookup` preimage).
	host_fn!("reply_len", [], [I32], Active),
	// Copies the reply buffer to `[ptr, ptr + reply_len)`.
	host_fn!("reply_read", [I32], [], Active),
	// This actor's task id.
	host_fn!("self_id", [], [I32], All),
	// In `call`: the calling actor's task id, or `NONE` (an Agenda `Call` or `SignedCall`); elsewhere `NONE`.
	host_fn!("origin", [], [I64], All),
	// `(ptr) -> CallerKind`: who called, as `CALLER_BYTES` bytes at `ptr` (an account id, or a task id).
	host_fn!("caller", [I32], [I32], All),
	// The block number the APoV was built against.
	host_fn!("now", [], [I32], All),
	// `(ptr, cap) -> count`: writes up to `cap` co-scheduled task ids at `ptr`.
	host_fn!("coscheduled_tasks", [I32, I32], [I32], Active),
	// `(task, ptr, len) -> CallStatus`: a synchronous call into a co-scheduled actor.
	host_fn!("call_actor", [I32, I32, I32], [I32], Active),
	// `(to, ptr, len)`: sends an asynchronous message.
	host_fn!("send_message", [I32, I32, I32], [], Active),
	// Pops the next inbound message: the sending actor's task id, or `FROM_ACCOUNT` for an account's (data in the
	// reply buffer either way), or `NONE`.
	host_fn!("next_message", [], [I64], Active),
	// `(ptr) -> CallerKind`: who sent the message `next_message` last popped in this entry point call, as
	// `CALLER_BYTES` at `ptr` (an `Account` and its id, or an `Actor` and its task id); `None` and zeros if none.
	host_fn!("message_sender", [I32], [I32], Active),
	// `(ptr)`: the value (`BALANCE_BYTES`, little-endian) that came with that message (0 if none).
	host_fn!("message_value", [I32], [], Active),
	// `(hash_ptr) -> LookupStatus`: a witness preimage by its blake2-256 hash.
	host_fn!("lookup", [I32], [I32], Active),
	// `(hash_ptr)`: requests a code upgrade to the AVF with this code hash.
	host_fn!("set_code", [I32], [], ServiceAndCall),
	// `(ptr, len)`: debug output.
	host_fn!("print", [I32, I32], [], All),
	// `(ptr, len, out_ptr)`: writes the blake2-256 of `[ptr, ptr + len)` (`HASH_BYTES`) at `out_ptr`.
	host_fn!("blake2_256", [I32, I32, I32], [], All),
	// `(sig_ptr, key_ptr, msg_ptr, msg_len) -> SignatureStatus`: checks an sr25519 signature (`SIGNATURE_BYTES`)
	// by a public key (`PUBLIC_KEY_BYTES`) over a message.
	host_fn!("sr25519_verify", [I32, I32, I32, I32], [I32], All),
	// `(sig_ptr, key_ptr, msg_ptr, msg_len) -> SignatureStatus`: the same for ed25519.
	host_fn!("ed25519_verify", [I32, I32, I32, I32], [I32], All),
	// `(account_ptr, amount_ptr)`: pays `BALANCE_BYTES` (little-endian) at `amount_ptr` from this actor's account
	// to the `CALLER_BYTES` account at `account_ptr` when the APoV is canonicalised.
	host_fn!("transfer", [I32, I32], [], ServiceAndCall),
	// `(topics_ptr, topics, data_ptr, data_len)`: an event of `topics` × `HASH_BYTES` topics and data, deposited
	// by the chain as `ActorEvent` when the APoV is canonicalised (or the actor created).
	host_fn!("emit_event", [I32, I32, I32, I32], [], Active),
	// The fuel this entry point call has used so far (the calls it made included, its entry charge not): lets a
	// long-running `main` yield before its budget runs out. The same in every replay, whatever fuel limit the
	// APoV was submitted with.
	host_fn!("fuel_used", [], [I64], All),
];

#[cfg(test)]
mod tests {
	extern crate std;
	use super::*;
	use std::string::ToString;

	#[test]
	fn each_host_function_is_named_once() {
		for (i, f) in HOST_FUNCTIONS.iter().enumerate() {
			assert!(HOST_FUNCTIONS[..i].iter().all(|g| g.name != f.name), "{} twice", f.name);
			assert_eq!(HostFn::named(f.name), Some(f));
			assert!(f.results.len() <= 1, "{}: Wasm 1.0 has at most one result", f.name);
		}
		assert_eq!(HostFn::named("memory"), None);
	}

	#[test]
	fn wat_imports_carry_the_signature() {
		let lookup = HostFn::named("lookup").expect("listed");
		assert_eq!(
			lookup.wat().to_string(),
			r#"(import "coreplay" "lookup" (func $lookup (param i32) (result i32)))"#
		);
		let print = HostFn::named("print").expect("listed");
		assert_eq!(
			print.wat().to_string(),
			r#"(import "coreplay" "print" (func $print (param i32 i32)))"#
		);
		let now = HostFn::named("now").expect("listed");
		assert_eq!(now.wat().to_string(), r#"(import "coreplay" "now" (func $now (result i32)))"#);
	}

	#[test]
	fn statuses_round_trip() {
		for status in [
			CallStatus::Ok,
			CallStatus::Err,
			CallStatus::NotCoscheduled,
			CallStatus::Reentrant,
			CallStatus::DepthExceeded,
		] {
			assert_eq!(CallStatus::from_i32(status as i32), Some(status));
		}
		assert_eq!(CallStatus::from_i32(5), None);
		assert_eq!(CallStatus::from_i32(-1), None);
	}

	#[test]
	fn signature_statuses_are_distinct() {
		assert_ne!(SignatureStatus::Valid as i32, SignatureStatus::Invalid as i32);
		assert_eq!(SignatureStatus::from_i32(0), Some(SignatureStatus::Valid));
		assert_eq!(SignatureStatus::from_i32(1), Some(SignatureStatus::Invalid));
		assert_eq!(SignatureStatus::from_i32(2), None);
	}

	#[test]
	fn availability_follows_the_entry_point() {
		use EntryPoint::*;
		let allowed = |a: Availability| EntryPoint::ALL.map(|e| a.allows(e));
		assert_eq!(allowed(Availability::All), [true; 5]);
		assert_eq!(allowed(Availability::Active), [true, true, true, false, false]);
		assert_eq!(allowed(Availability::ServiceAndCall), [false, true, true, false, false]);
		assert!([Init, Service, Call].iter().all(|e| e.required() && !e.is_inspector()));
		assert!([Payout, Dependencies].iter().all(|e| e.is_inspector()));
	}
}
