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

	/// The node as sequencer (`crate::sequencer`).
	#[clap(flatten)]
	pub sequencer: SequencerParams,

	/// How the node authors blocks: `aura` (Aura slots and GRANDPA finality, the default, and the only choice
	/// beside other validators), or, with `--dev` only, `instant-seal` (a block, finalized, as soon as a
	/// transaction is in the pool) or `manual-seal-<ms>` (a block, finalized, every `<ms>` milliseconds, empty or
	/// not): development chains and tests then need not wait 6 s per block (`sc-consensus-manual-seal`).
	#[arg(long, value_name = "CONSENSUS", default_value = "aura")]
	pub consensus: Consensus,
}

/// `--consensus`: how the node authors blocks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Consensus {
	/// Aura authoring and GRANDPA finality (`sc-consensus-aura`, `sc-consensus-grandpa`).
	Aura,
	/// A block as soon as a transaction enters the pool, finalized at once (`run_instant_seal_and_finalize`).
	InstantSeal,
	/// A block every so many milliseconds, finalized at once (`run_manual_seal` driven by a timer).
	ManualSeal(u64),
}

impl std::str::FromStr for Consensus {
	type Err = String;

	fn from_str(s: &str) -> Result<Self, Self::Err> {
		match s {
			"aura" => Ok(Self::Aura),
			"instant-seal" => Ok(Self::InstantSeal),
			_ => match s.strip_prefix("manual-seal-").map(str::parse::<u64>) {
				Some(Ok(ms)) if ms > 0 => Ok(Self::ManualSeal(ms)),
				_ => Err(format!(
					"`{s}`: expected `aura`, `instant-seal` or `manual-seal-<ms>` (a block every <ms> \
					 milliseconds, at least 1)"
				)),
			},
		}
	}
}

impl Consensus {
	/// Checks it fits the chain: sealing (`instant-seal`, `manual-seal-<ms>`) is for a development chain's
	/// single node; a network of validators runs Aura and GRANDPA.
	///
	/// # Errors
	/// A sealing consensus without `--dev`: a message saying so.
	pub fn check(self, dev: bool) -> Result<Self, String> {
		if self != Self::Aura && !dev {
			return Err("--consensus instant-seal and manual-seal-<ms> need --dev: a network of validators \
			            (`local`, zombienet) runs Aura and GRANDPA"
				.into());
		}
		Ok(self)
	}
}

/// `--sequencer`, `--sequencer-key`, `--no-sequencer`: whether the node serves the actors its key holds
/// (issue 29, `crate::sequencer`).
#[derive(Debug, Clone, clap::Args)]
pub struct SequencerParams {
	/// Run the sequencer: on each new best block, build and submit APoVs for the actors this node's key holds
	/// that have messages waiting. On by default with `--dev` (as Alice, the dev chain's sequencer).
	#[arg(long)]
	pub sequencer: bool,

	/// Do not run the sequencer, even with `--dev`.
	#[arg(long, conflicts_with_all = ["sequencer", "sequencer_key"])]
	pub no_sequencer: bool,

	/// The sequencer's sr25519 key as a secret URI (`//Alice`, a mnemonic, a `0x` seed); implies `--sequencer`.
	/// Its account must be a registered sequencer (`actors.registerSequencer`, or the chain's genesis). Default
	/// with `--dev`: `//Alice`; otherwise the node keystore's key of type `seqr` (`coreplay-node key insert
	/// --key-type seqr --scheme sr25519 --suri <secret>`), which signs without the secret on the command line.
	#[arg(long, value_name = "URI")]
	pub sequencer_key: Option<String>,

	/// The least `payout(now)` an actor must offer (in the chain's smallest balance unit, counting only what its
	/// account holds) for the sequencer to serve it when it has no messages and no pooled calls. At least 1: an
	/// actor with nothing to do and nothing to pay is never served.
	#[arg(long, value_name = "BALANCE", default_value_t = 1, value_parser = clap::value_parser!(u128))]
	pub sequencer_min_payout: u128,
}

impl SequencerParams {
	/// The sequencer's configuration, `None` if it does not run; `dev`: the node runs a development chain.
	///
	/// # Errors
	/// A key that is no secret URI, or a zero `--sequencer-min-payout`: a message saying which. (`--sequencer`
	/// without a key outside `--dev` takes the keystore's, checked when the node starts.)
	pub fn resolve(&self, dev: bool) -> Result<Option<crate::sequencer::SequencerConfig>, String> {
		use sp_core::Pair as _;
		let enabled = self.sequencer || self.sequencer_key.is_some() || (dev && !self.no_sequencer);
		if !enabled {
			return Ok(None);
		}
		let uri = match (&self.sequencer_key, dev) {
			(Some(uri), _) => Some(uri.as_str()),
			(None, true) => Some("//Alice"),
			// The node keystore's `seqr` key, found when the node starts.
			(None, false) => None,
		};
		let key = match uri {
			Some(uri) => crate::sequencer::SequencerKey::Uri(Box::new(
				sp_core::sr25519::Pair::from_string(uri, None)
					.map_err(|e| format!("--sequencer-key: not a valid secret URI ({e:?})"))?,
			)),
			None => crate::sequencer::SequencerKey::Keystore,
		};
		if self.sequencer_min_payout == 0 {
			return Err(
				"--sequencer-min-payout: at least 1 (an actor paying 0 has nothing to offer)"
					.into(),
			);
		}
		Ok(Some(crate::sequencer::SequencerConfig {
			key,
			min_payout: self.sequencer_min_payout,
			calls: Default::default(),
		}))
	}
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

#[cfg(test)]
mod tests {
	use super::*;
	use clap::Parser;

	fn resolve(args: &[&str], dev: bool) -> Result<Option<String>, String> {
		let cli = Cli::try_parse_from(std::iter::once("coreplay-node").chain(args.iter().copied()))
			.map_err(|e| e.to_string())?;
		cli.sequencer.resolve(dev).map(|config| {
			config.map(|c| match c.key {
				crate::sequencer::SequencerKey::Uri(pair) => {
					use sp_core::{crypto::Ss58Codec, Pair};
					pair.public().to_ss58check()
				}
				crate::sequencer::SequencerKey::Keystore => "keystore".into(),
			})
		})
	}

	const ALICE: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
	const BOB: &str = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";

	#[test]
	fn the_sequencer_runs_as_alice_with_dev_and_as_its_key_elsewhere() {
		assert_eq!(resolve(&["--dev"], true), Ok(Some(ALICE.into())));
		assert_eq!(resolve(&["--dev", "--no-sequencer"], true), Ok(None));
		assert_eq!(resolve(&[], false), Ok(None));
		assert_eq!(resolve(&["--sequencer-key", "//Bob"], false), Ok(Some(BOB.into())));
		assert_eq!(
			resolve(&["--sequencer", "--sequencer-key", "//Bob"], true),
			Ok(Some(BOB.into()))
		);
	}

	#[test]
	fn a_sequencer_without_a_usable_key_is_a_clear_error() {
		// No key outside --dev: the keystore's (`key::Signer::new` says if it has none).
		assert_eq!(resolve(&["--sequencer"], false), Ok(Some("keystore".into())));
		let bad = resolve(&["--sequencer-key", "not a key"], false).expect_err("bad key");
		assert!(bad.contains("--sequencer-key: not a valid secret URI"), "{bad}");
		let both = resolve(&["--sequencer", "--no-sequencer"], true).expect_err("conflict");
		assert!(both.contains("cannot be used with"), "{both}");
	}

	#[test]
	fn sealing_is_for_dev_chains_and_parses_its_interval() {
		let consensus = |args: &[&str]| {
			Cli::try_parse_from(std::iter::once("coreplay-node").chain(args.iter().copied()))
				.map(|cli| cli.consensus)
				.map_err(|e| e.to_string())
		};
		assert_eq!(consensus(&[]), Ok(Consensus::Aura));
		assert_eq!(consensus(&["--consensus", "instant-seal"]), Ok(Consensus::InstantSeal));
		assert_eq!(
			consensus(&["--consensus", "manual-seal-1000"]),
			Ok(Consensus::ManualSeal(1000))
		);
		for bad in ["manual-seal-0", "manual-seal-x", "babe"] {
			let e = consensus(&["--consensus", bad]).expect_err(bad);
			assert!(e.contains("expected `aura`, `instant-seal` or `manual-seal-<ms>`"), "{e}");
		}
		assert_eq!(Consensus::ManualSeal(500).check(true), Ok(Consensus::ManualSeal(500)));
		assert_eq!(Consensus::Aura.check(false), Ok(Consensus::Aura));
		let e = Consensus::InstantSeal.check(false).expect_err("not without --dev");
		assert!(e.contains("need --dev"), "{e}");
	}

	#[test]
	fn the_minimum_payout_is_at_least_one() {
		let cli = Cli::try_parse_from(["coreplay-node", "--dev", "--sequencer-min-payout", "500"])
			.expect("parses");
		let config = cli.sequencer.resolve(true).expect("valid").expect("on with --dev");
		assert_eq!(config.min_payout, 500);
		assert_eq!(
			resolve(&["--dev"], true).map(|k| k.is_some()),
			Ok(true),
			"default 1 is accepted"
		);
		let zero = resolve(&["--dev", "--sequencer-min-payout", "0"], true).expect_err("zero");
		assert!(zero.contains("at least 1"), "{zero}");
	}
}
