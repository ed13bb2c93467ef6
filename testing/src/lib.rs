// This file is part of Coreplay. SPDX-License-Identifier: Apache-2.0

//! # coreplay-test: Coreplay actors off chain
//!
//! What `gtest` is to Gear programs and `cw-multi-test` to CosmWasm contracts: an actor crate's tests build the
//! crate to an AVF blob ([`current_actor!`], [`build_actor`]) and run it in a [`World`] of actors, on
//! `coreplay_vm::Machine`, the machine the chain replays APoVs with, under the development chain's limits. Each
//! step is what one APoV does on chain: a service, a call, a signed call, messages between actors and from
//! accounts, time moving on. A step answers a [`Report`]: call outputs, fuel used, messages sent, events, payments
//! and the actor's `print` output.
//!
//! ```no_run
//! // tests/actor.rs of an actor crate made by `coreplay new`
//! let actor = coreplay_test::current_actor!();
//! let mut world = coreplay_test::World::new();
//! let id = world.deploy(&actor.avf, &[]).expect("created").id;
//! let report = world.call(id, &[0x00]).expect("the call runs");
//! assert_eq!(report.output(), Some(&1u64.to_le_bytes()[..]));
//! println!("{}", report.log);
//! ```
//!
//! Building needs the `wasm32v1-none` target of the crate's toolchain (`rustup target add wasm32v1-none`); the
//! crate's own release profile decides optimisation (`coreplay new` writes a size-optimised one).

mod build;
mod world;

pub use build::{
	build_actor, build_metadata, build_once, built_paths, BuildError, Built, RUSTFLAGS, TARGET,
};
pub use coreplay_primitives::{
	ActorEvent, ActorTransfer, AgendaItem, BlockNumber, CodeHash, Message, OutboundMessage, Sender,
	StateHash, TaskId,
};
pub use coreplay_vm::{CodeError, CodeInfo, ExecError, Limits, TrapKind};
pub use world::{Created, Error, Report, World, DEFAULT_FUEL};

/// The calling crate built to a checked AVF blob, once per test binary: [`build_once`] of its
/// `CARGO_MANIFEST_DIR`. Panics with the cause if the build fails.
#[macro_export]
macro_rules! current_actor {
	() => {
		$crate::build_once(env!("CARGO_MANIFEST_DIR"))
	};
}

/// An actor written in the WebAssembly text format, as an AVF blob: for tests of host behaviour that need no
/// Rust build.
///
/// # Panics
/// If `wat` does not parse (a test's own mistake).
pub fn wat_actor(wat: &str) -> Vec<u8> {
	let wasm = wat::parse_str(wat).unwrap_or_else(|e| panic!("the WAT does not parse: {e}"));
	coreplay_primitives::avf::wrap(coreplay_primitives::avf::Format::Wasm, &wasm)
}
