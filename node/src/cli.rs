//! The command line: `sc-cli`'s run command plus the subcommands this node supports.

use sc_cli::RunCmd;

/// `coreplay-node [SUBCOMMAND] [OPTIONS]`.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	/// A subcommand; without one the node runs.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// The options of a running node (`--dev`, `--chain`, `--alice`, `--rpc-port`, ...).
	#[clap(flatten)]
	pub run: RunCmd,
}

/// The subcommands. Benchmarking (`frame-benchmarking-cli`) is not built in yet.
#[derive(Debug, clap::Subcommand)]
#[allow(
	clippy::large_enum_variant,
	reason = "parsed once at start-up; boxing the sc-cli commands would only add noise"
)]
pub enum Subcommand {
	/// Key management utilities.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Build a chain specification (zombienet calls this: `build-spec --chain <id> [--raw]`).
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export a chain specification (`dev`, `local` or a JSON file) as JSON, plain or `--raw`.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Database meta columns information.
	ChainInfo(sc_cli::ChainInfoCmd),
}
