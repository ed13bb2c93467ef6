//! # Coreplay actor SDK
//!
//! Write a Coreplay actor in plain `async` Rust: this crate implements the guest side of `docs/abi.md` for
//! `wasm32v1-none`.
//!
//! An actor is a `cdylib` with two required functions and two optional inspectors (the RFC's "AVF code blobs"):
//!
//! - `async fn main(args: Vec<u8>)`: runs from the actor's creation on, across blocks. Each
//!   [`yield_now`]`().await` (or a [`next_message`]`().await` with no message waiting) ends one `service`; the
//!   next `service` continues from there. When `main` returns, the actor is finished: `service` no longer runs it.
//! - `fn call(origin: Option<TaskId>, data: Vec<u8>) -> Result<Vec<u8>, ()>`: a transaction (`origin == None`)
//!   or a synchronous [`call_actor`] from a co-scheduled actor (`Some(caller)`). It runs between two polls of
//!   `main`, never inside one.
//! - `fn payout(now: BlockNumber) -> Balance` (optional): what the actor pays whoever submits its next APoV.
//! - `fn dependencies(now: BlockNumber) -> Vec<TaskId>` (optional): the actors it wants to be co-scheduled with.
//!
//! [`export_actor!`] turns them into the module's exports. State that `main` and `call` share lives in a `static`
//! [`StateCell`].
//!
//! ## Example
//!
//! The `counter` example actor (`actors/counter`), built and checked by `coreplay-fixtures` like every example:
//!
#![doc = concat!("```ignore\n", include_str!("../../counter/src/lib.rs"), "```")]
//!
//! Its `Cargo.toml` makes it a `cdylib` that depends on this crate:
//!
#![doc = concat!("```toml\n", include_str!("../../counter/Cargo.toml"), "```")]
//!
//! ## Host API
//!
//! | function | what it does |
//! |---|---|
//! | [`input`] / [`output`] | this entry point's input and output (the glue does both for `main` and `call`) |
//! | [`self_id`], [`caller`], [`origin`], [`now`] | who am I, who called (an account for a signed call), which relay-chain block the APoV is built against |
//! | [`coscheduled_tasks`] | every actor of this APoV, ascending |
//! | [`call_actor`] | a synchronous call into a co-scheduled actor, [`CallError`] otherwise |
//! | [`send_message`] / [`try_next_message`] / [`next_message`] | asynchronous messages |
//! | [`lookup`] | a witness preimage by blake2-256 hash |
//! | [`set_code`] | a code upgrade, applied when the APoV is canonicalised |
//! | [`emit_event`] | an event the chain deposits (`ActorEvent`) when the APoV is canonicalised |
//! | [`blake2_256`], [`verify`] | the host's hash and signature checks ([`Scheme`]: sr25519, ed25519) |
//! | [`print`] | debug output |
//!
//! The raw imports are in [`sys`]; which entry points may call which function is in `docs/abi.md`.
//!
//! ## Low-level details
//!
//! ### Continuations
//!
//! The vm snapshots an actor between entry-point calls: its linear memory and its one mutable global,
//! `__stack_pointer` (exported by the workspace's linker flags). `main`'s future is boxed into a `static` (in
//! linear memory) and polled with a no-op waker, so between polls the shadow stack is empty and the snapshot holds
//! everything `main` will need when it resumes, on whatever machine restores it.
//!
//! ### Memory, allocation and panics
//!
//! The global allocator is [`dlmalloc`](https://docs.rs/dlmalloc), the allocator Rust's own `std` uses on
//! `wasm32`. It grows linear memory with `memory.grow` as the heap needs it; when the vm refuses to grow (past
//! `Limits::max_memory_pages`, 64 pages = 4 MiB on the development chain) the allocation fails, Rust's
//! allocation-error handler panics, and the panic handler traps (`unreachable`). A trap aborts the whole
//! execution, so no state is kept: an actor that runs out of memory or panics in one APoV is simply not advanced
//! by it. Keep the state bounded, and reject work (`Err(())` from `call`) rather than panic.
//!
//! The panic handler does not print the message: formatting machinery would cost every actor several KiB.
//! Use [`print`] before panicking when debugging.
//!
//! ### Building
//!
//! Inside the `actors/` workspace, `cargo build --release` builds every actor with the settings of
//! `actors/.cargo/config.toml` (`wasm32v1-none`, a 64 KiB stack, `__stack_pointer` exported) and of the
//! workspace's release profile (`opt-level = "z"`, LTO, `panic = "abort"`). `coreplay-fixtures` does that from the
//! root workspace and wraps each module into an AVF blob.
//!
//! Everything target-specific is behind `cfg(target_arch = "wasm32")`: a native build
//! (`cargo check -p coreplay-actor --target x86_64-unknown-linux-gnu`) compiles, with host functions that panic.
#![cfg_attr(not(feature = "metadata"), no_std)]

extern crate alloc;

mod entry;
#[cfg(feature = "metadata")]
pub mod metadata;
#[cfg(feature = "metadata")]
#[doc(hidden)]
pub use scale_info;
mod executor;
mod host;
mod state;

#[doc(hidden)]
pub use entry::__private;
pub use executor::{next_message, yield_now, NextMessage, YieldNow};
pub use host::{
	blake2_256, call_actor, caller, coscheduled_tasks, emit_event, fuel_used, input, lookup,
	message_value, now, origin, output, print, self_id, send_message, set_code, sys, transfer,
	try_next_message, verify, Balance, BlockNumber, CallError, Caller, Scheme, Sender, TaskId,
};
pub use state::StateCell;

/// Declares the actor's ABI types (issue 30), each a `scale_info::TypeInfo` type in the crate's `metadata`
/// feature (`#[cfg_attr(feature = "metadata", derive(scale_info::TypeInfo))]`) whose SCALE encoding is the bytes:
///
/// ```ignore
/// coreplay_actor::metadata! {
///     init: InitArgs,   // the creation args
///     call: Call,       // a call's data, e.g. an enum with one variant per call
///     reply: u64,       // a call's `Ok` output
///     message: Ping,    // optional: the data of messages it reads
///     event: Counted,   // optional: the data of events it emits
/// }
/// ```
///
/// With this crate's `metadata` feature it defines `pub fn __coreplay_metadata() -> String`, the JSON of a
/// [`metadata::ActorMetadata`], which `coreplay build` writes beside the actor's AVF as `<actor>.json`; without it
/// (every Wasm build) it only names the types.
#[cfg(feature = "metadata")]
#[macro_export]
macro_rules! metadata {
	(
		init: $init:ty,
		call: $call:ty,
		reply: $reply:ty
		$(, message: $message:ty)?
		$(, event: $event:ty)?
		$(,)?
	) => {
		/// The actor's ABI metadata as JSON (`coreplay_actor::metadata!`).
		#[cfg(not(target_arch = "wasm32"))]
		pub fn __coreplay_metadata() -> $crate::metadata::Json {
			#[allow(unused_mut, unused_assignments)]
			let mut message = None;
			$(message = Some($crate::scale_info::meta_type::<$message>());)?
			#[allow(unused_mut, unused_assignments)]
			let mut event = None;
			$(event = Some($crate::scale_info::meta_type::<$event>());)?
			$crate::metadata::to_json(&$crate::metadata::describe::<$init, $call, $reply>(message, event))
		}
	};
}

/// Declares the actor's ABI types (issue 30); see the `metadata` feature's version of this macro. Without the
/// feature it only names the types, so that they must exist.
#[cfg(not(feature = "metadata"))]
#[macro_export]
macro_rules! metadata {
	(
		init: $init:ty,
		call: $call:ty,
		reply: $reply:ty
		$(, message: $message:ty)?
		$(, event: $event:ty)?
		$(,)?
	) => {
		const _: () = {
			#[allow(dead_code)]
			fn __coreplay_metadata_types(
				_: ::core::marker::PhantomData<($init, $call, $reply $(, $message)? $(, $event)?)>,
			) {
			}
		};
	};
}

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: dlmalloc::GlobalDlmalloc = dlmalloc::GlobalDlmalloc;

/// Traps: a panic aborts the whole execution (`docs/abi.md`), so there is nothing to unwind to.
#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_info: &core::panic::PanicInfo<'_>) -> ! {
	core::arch::wasm32::unreachable()
}
