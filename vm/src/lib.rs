//! # Coreplay vm
//!
//! The one deterministic actor machine of Coreplay, on the wasmi interpreter. Validation in the runtime
//! (`pallet-actors`) and APoV production off-chain (the node's sequencer RPC) call the same functions, so they
//! cannot disagree.
//!
//! - [`Machine::validate_code`] checks an AVF at upload against `docs/abi.md` and compiles all of it
//!   ([`CodeError`]); [`Machine::load`] checks stored code's structure for execution ([`ActorCode`]), which
//!   compiles each function lazily, at its first call, for fuel.
//! - [`Machine::create`] runs a new actor's `main(args)` to its first yield and returns its snapshot.
//! - [`Machine::execute`] runs an Agenda over co-scheduled actors held in one `wasmi::Store`, from their snapshots,
//!   and returns their new snapshots, call outputs, fuel used, messages and code upgrades ([`ExecError`]).
//! - [`validate_pov`] / [`produce_pov`] wrap it for an [`coreplay_primitives::ActorPov`] ([`PovError`]).
//! - [`Machine::payout`] / [`Machine::dependencies`] run the RFC's inspector entry points without state change.
//!
//! Everything is bounded by [`Limits`]; the interpreter configuration is built in one place, [`engine_config`].
//! The ABI it implements (host functions, entry points, statuses) is defined once, in [`abi`] (`coreplay-abi`):
//! the structure check accepts exactly its imports, and the linker defines exactly its host functions.
//!
//! ## Determinism
//! No floats (rejected at upload), lazy compilation into a module built afresh for each actor in each execution
//! (the fuel of compiling a function is part of the execution that first calls it, never of a cache), stack
//! limits counted in wasmi's fixed-size cells and frames, ordered collections only, and snapshot encoding defined
//! in [`coreplay_primitives::snapshot`].
//!
//! ## Features
//! | feature | default | what it does |
//! |---|---|---|
//! | `std` | yes | builds with the standard library (off for the runtime) |
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod code;
pub mod errors;
mod exec;
mod host;
mod limits;
mod pov;
mod restore;
mod state;

pub use code::{ActorCode, CodeInfo, HOST_MODULE};
/// The actor ABI (`coreplay-abi`), re-exported for the vm's users and tests.
pub use coreplay_abi as abi;
pub use errors::{CodeError, ExecError, PovError, TrapKind};
pub use exec::{ActorInput, Creation, Execution, Failed, Machine, Payout};
pub use limits::{
	engine_config, operator_costs, Limits, BRANCH_FUEL, CALL_FUEL, CALL_INDIRECT_FUEL,
	COMPILE_FUEL, HASH_BYTE_FUEL, LOAD_FUEL, LOCAL_FUEL, SIGNATURE_CHECK_FUEL,
};
pub use pov::{check_pov, produce_pov, validate_pov, validate_pov_logged, PostForm};
