//! # Coreplay node
//!
//! A Substrate solochain node for the Coreplay runtime: Aura block authoring, GRANDPA finality, ParityDb storage,
//! and the `actors_*` RPC that serves actor snapshots from offchain storage and builds APoVs with
//! `coreplay-sequencer`.
//!
//! - `coreplay-node --dev`: one validator (Alice) on a fresh temporary database, offchain indexing on.
//! - `coreplay-node --chain local --alice` (and `--bob`, `--charlie`): the three-validator local testnet.
//! - `coreplay-node export-chain-spec --chain dev|local` (or the older `build-spec`): the chain spec as JSON;
//!   `--chain <file.json>` starts from one.
//!
//! Modules: [`chain_spec`] (specs from the runtime's genesis presets), [`cli`] and [`command`] (subcommands),
//! [`service`] (the node's components), [`rpc`] (RPC methods, including [`rpc::actors`]).
#![allow(
	clippy::result_large_err,
	reason = "`sc_service::Error` and `sc_cli::Error` are large, and the sc-* APIs take and return them as they are"
)]

mod chain_spec;
mod cli;
mod command;
mod rpc;
mod sequencer;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
