// This file is part of Coreplay. SPDX-License-Identifier: Apache-2.0

//! `coreplay`: the actor developer's command line (issue 30), in the `cargo contract` mould.
//!
//! - `new <name>`: a standalone actor crate outside this repository: the SDK as a dependency, the build
//!   settings, an off-chain test on `coreplay-test`, a README.
//! - `build`: the crate to an AVF blob for `wasm32v1-none`, validated as `upload_code` validates it under the
//!   development chain's limits (`Limits::DEVELOPMENT`); prints size, functions, pages and code hash.
//! - `check`: an AVF (or the crate, built) against a live chain's limits (`ActorsApi::limits`, `--ws`).
//! - `deploy`, `call` (a dry run unless `-x/--execute`), `watch`: the polkadot-js scripts of `scripts/bin/`,
//!   which this command runs with `node`.
//!
//! Every failure exits non-zero with its cause on standard error.

use clap::{Parser, Subcommand};
use codec::Decode;
use coreplay_test::{build_actor, Built, Limits};
use std::{
	path::{Path, PathBuf},
	process::{Command, ExitCode},
};

/// This repository, as it was when the command was built: where `new` points the crate's dependencies and
/// where the polkadot-js scripts live. `COREPLAY_REPO` overrides it (a moved checkout).
fn repo() -> PathBuf {
	std::env::var_os("COREPLAY_REPO").map(PathBuf::from).unwrap_or_else(|| {
		Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("cli/ is in the repository").into()
	})
}

#[derive(Parser)]
#[command(
	name = "coreplay",
	version,
	about = "Write, build, test, deploy and call Coreplay actors"
)]
struct Cli {
	#[command(subcommand)]
	command: Commands,
}

#[derive(Subcommand)]
enum Commands {
	/// Make a new actor crate in ./<name> (or --path): a counter that prints and emits an event, with an
	/// off-chain test (`cargo test`).
	New {
		/// The crate's name (a Rust package name: letters, digits, `-` and `_`, starting with a letter).
		name: String,
		/// Where to make it instead of ./<name>; must not exist.
		#[arg(long)]
		path: Option<PathBuf>,
	},
	/// Build the actor crate for wasm32v1-none, wrap it into an AVF and validate it as upload_code does under
	/// the development chain's limits.
	Build {
		/// The crate's directory.
		#[arg(long, default_value = ".")]
		path: PathBuf,
	},
	/// Validate an AVF (or the crate, built) against a chain's limits: the live chain's with --ws, else the
	/// development chain's.
	Check {
		/// The crate's directory (built first), unless --avf is given.
		#[arg(long, default_value = ".")]
		path: PathBuf,
		/// An AVF blob to check instead of building the crate.
		#[arg(long)]
		avf: Option<PathBuf>,
		/// A node's WebSocket endpoint: check against its ActorsApi::limits.
		#[arg(long)]
		ws: Option<String>,
	},
	/// Build the crate (or take --avf), upload it unless stored, and create an actor (scripts/bin/deploy.js).
	Deploy {
		/// The crate's directory, unless --avf is given.
		#[arg(long, default_value = ".")]
		path: PathBuf,
		/// An AVF blob to deploy instead of building the crate.
		#[arg(long)]
		avf: Option<PathBuf>,
		/// The actor's creation args: 0x-prefixed hex, or JSON of the ABI's init type (e.g. `5`).
		#[arg(long, default_value = "0x")]
		args: String,
		/// The ABI metadata (`<actor>.json`): by default the one `build` wrote for the crate in --path.
		#[arg(long)]
		abi: Option<PathBuf>,
		/// Print one JSON object.
		#[arg(long)]
		json: bool,
		/// Options for deploy.js (--ws, --seed), after `--`.
		#[arg(last = true)]
		rest: Vec<String>,
	},
	/// Call an actor: a dry run (nothing submitted, the result, print output and events shown) unless
	/// -x/--execute submits it in an APoV (scripts/bin/call.js).
	Call {
		/// The actor's task id.
		actor: String,
		/// The call data: 0x-prefixed hex, or JSON of the ABI's call type (e.g. `Inc` or `'{"Transfer": {...}}'`).
		input: String,
		/// Submit the call instead of dry-running it.
		#[arg(short = 'x', long)]
		execute: bool,
		/// The ABI metadata (`<actor>.json`): by default the one `build` wrote for the crate in --path, if any.
		#[arg(long)]
		abi: Option<PathBuf>,
		/// The crate whose ABI metadata to use.
		#[arg(long, default_value = ".")]
		path: PathBuf,
		/// Options for call.js (--ws, --seed, --signed, --fuel), after `--`.
		#[arg(last = true)]
		rest: Vec<String>,
	},
	/// Follow the actors pallet's events block by block (scripts/bin/watch.js; its options after `--`).
	Watch {
		/// Options for watch.js (--actor, --only, --count, --ws, ...).
		#[arg(last = true)]
		rest: Vec<String>,
	},
}

/// A failure, with what to do about it.
struct Failure(String);

impl<E: std::fmt::Display> From<E> for Failure {
	fn from(e: E) -> Self {
		Failure(e.to_string())
	}
}

fn main() -> ExitCode {
	let cli = Cli::parse();
	let result = match cli.command {
		Commands::New { name, path } => new(&name, path),
		Commands::Build { path } => build(&path, &Limits::DEVELOPMENT).and_then(|built| {
			print_built(&built, "the development chain's limits");
			match coreplay_test::build_metadata(&path)
				.map_err(|e| Failure(format!("the ABI metadata of {}: {e}", path.display())))?
			{
				Some(json) => println!("metadata:  {}", json.display()),
				None => println!("metadata:  none (the crate has no `metadata` feature)"),
			}
			Ok(ExitCode::SUCCESS)
		}),
		Commands::Check { path, avf, ws } => check(&path, avf.as_deref(), ws.as_deref()),
		Commands::Deploy { path, avf, args, abi, json, rest } => {
			deploy(&path, avf.as_deref(), &args, abi, json, &rest)
		}
		Commands::Call { actor, input, execute, abi, path, rest } => {
			let mut args = vec![actor, input];
			if !execute {
				args.push("--dry-run".into());
			}
			if let Some(abi) = abi.or_else(|| built_metadata(&path)) {
				args.extend(["--abi".into(), abi.display().to_string()]);
			}
			args.extend(rest);
			script("call.js", &args)
		}
		Commands::Watch { rest } => script("watch.js", &rest),
	};
	result.unwrap_or_else(|Failure(message)| {
		eprintln!("coreplay: {message}");
		ExitCode::FAILURE
	})
}

/// The files of a new crate: (path in the crate, contents with `{{name}}`, `{{crate}}` (the name as a Rust
/// identifier), `{{sdk}}` and `{{testing}}` to fill in).
const TEMPLATE: &[(&str, &str)] = &[
	("Cargo.toml", include_str!("../template/Cargo.toml.in")),
	("src/lib.rs", include_str!("../template/src/lib.rs")),
	("tests/actor.rs", include_str!("../template/tests/actor.rs")),
	("README.md", include_str!("../template/README.md")),
	(".gitignore", "/target\n"),
];

fn new(name: &str, path: Option<PathBuf>) -> Result<ExitCode, Failure> {
	let valid = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
		&& name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
	if !valid {
		return Err(Failure(format!(
			"`{name}` is not a package name: use letters, digits, `-` and `_`, starting with a letter"
		)));
	}
	let dir = path.unwrap_or_else(|| PathBuf::from(name));
	if dir.exists() {
		return Err(Failure(format!("{} exists: choose another --path", dir.display())));
	}
	let repo = repo();
	let sdk = repo.join("actors/sdk");
	if !sdk.join("Cargo.toml").is_file() {
		return Err(Failure(format!(
			"the SDK is not at {}: set COREPLAY_REPO to the Coreplay checkout",
			sdk.display()
		)));
	}
	let toolchain = std::fs::read_to_string(repo.join("rust-toolchain.toml"))?;
	let fill = |text: &str| {
		text.replace("{{name}}", name)
			.replace("{{crate}}", &name.replace('-', "_"))
			.replace("{{sdk}}", &sdk.display().to_string())
			.replace("{{testing}}", &repo.join("testing").display().to_string())
	};
	for (file, text) in TEMPLATE {
		let to = dir.join(file);
		std::fs::create_dir_all(to.parent().expect("a file in the crate"))?;
		std::fs::write(&to, fill(text))?;
	}
	// The repository's toolchain (its `wasm32v1-none` target), formatting and lock file, so the crate builds with
	// the versions this repository is tested with (cargo drops what the crate does not use).
	std::fs::write(dir.join("rust-toolchain.toml"), toolchain)?;
	std::fs::copy(repo.join("rustfmt.toml"), dir.join("rustfmt.toml"))?;
	std::fs::copy(repo.join("Cargo.lock"), dir.join("Cargo.lock"))?;
	println!("made the actor crate `{name}` in {}", dir.display());
	println!("next: cd {} && coreplay build && cargo test", dir.display());
	Ok(ExitCode::SUCCESS)
}

fn build(path: &Path, limits: &Limits) -> Result<Built, Failure> {
	build_actor(path, limits).map_err(|e| Failure(format!("building {}: {e}", path.display())))
}

fn print_built(built: &Built, under: &str) {
	let info = &built.info;
	println!("actor:     {} ({})", built.name, built.avf_path.display());
	println!("size:      {} bytes (AVF)", built.avf.len());
	println!(
		"functions: {}, imports: {}, exports: {}, element items: {}",
		info.functions, info.imports, info.exports, info.element_items
	);
	println!("memory:    {} pages initially (64 KiB each)", info.initial_pages);
	println!("code hash: {:?}", built.code_hash);
	println!("valid under {under}");
}

fn check(path: &Path, avf: Option<&Path>, ws: Option<&str>) -> Result<ExitCode, Failure> {
	let (limits, under) = match ws {
		Some(ws) => (chain_limits(ws)?, format!("the limits of the chain at {ws}")),
		None => (Limits::DEVELOPMENT, "the development chain's limits".into()),
	};
	match avf {
		Some(file) => {
			let blob = std::fs::read(file)
				.map_err(|e| Failure(format!("reading {}: {e}", file.display())))?;
			let info = coreplay_vm::Machine::new(limits).validate_code(&blob).map_err(|e| {
				Failure(format!(
					"{} is not an actor {under} accept: {e:?} (docs/abi.md lists what the vm accepts)",
					file.display()
				))
			})?;
			println!(
				"{}: {} bytes, {} functions, {} pages initially, code hash {:?}: valid under {under}",
				file.display(),
				blob.len(),
				info.functions,
				info.initial_pages,
				coreplay_primitives::blake2_256(&blob)
			);
		}
		None => print_built(&build(path, &limits)?, &under),
	}
	Ok(ExitCode::SUCCESS)
}

/// The chain's `ActorsApi::limits`, as `scripts/bin/limits.js` prints them (SCALE, hex).
fn chain_limits(ws: &str) -> Result<Limits, Failure> {
	let scripts = repo().join("scripts/bin");
	let output = Command::new("node")
		.arg(scripts.join("limits.js"))
		.args(["--scale", "--ws", ws])
		.output()
		.map_err(|e| Failure(format!("running node (needed for --ws): {e}")))?;
	if !output.status.success() {
		return Err(Failure(format!(
			"asking {ws} for its limits failed: {}",
			String::from_utf8_lossy(&output.stderr).trim()
		)));
	}
	let hex = String::from_utf8_lossy(&output.stdout);
	let bytes = sp_core::bytes::from_hex(hex.trim())
		.map_err(|e| Failure(format!("limits.js printed no hex ({e}): {hex}")))?;
	Limits::decode(&mut &bytes[..]).map_err(|e| {
		Failure(format!(
			"the chain's limits do not decode ({e}): is this command as new as the chain?"
		))
	})
}

/// The ABI metadata `build` wrote for the crate in `path` (`<crate>.json` beside its blob), if there is one.
fn built_metadata(path: &Path) -> Option<PathBuf> {
	coreplay_test::built_paths(path).ok().map(|(_, json)| json).filter(|json| json.is_file())
}

fn deploy(
	path: &Path,
	avf: Option<&Path>,
	args: &str,
	abi: Option<PathBuf>,
	json: bool,
	rest: &[String],
) -> Result<ExitCode, Failure> {
	// The blob and its ABI metadata: built from the crate (both), or the given blob (and --abi if given).
	let (file, built_abi) = match avf {
		Some(file) => (file.to_path_buf(), None),
		None => {
			let built = build(path, &Limits::DEVELOPMENT)?;
			let abi = coreplay_test::build_metadata(path)
				.map_err(|e| Failure(format!("the ABI metadata of {}: {e}", path.display())))?;
			(built.avf_path, abi)
		}
	};
	let mut script_args = vec![file.display().to_string(), "--args".into(), args.into()];
	if let Some(abi) = abi.or(built_abi) {
		script_args.extend(["--abi".into(), abi.display().to_string()]);
	}
	if json {
		script_args.push("--json".into());
	}
	script_args.extend(rest.iter().cloned());
	script("deploy.js", &script_args)
}

/// Runs `scripts/bin/<name>` with `node`, passing its exit code on.
fn script(name: &str, args: &[String]) -> Result<ExitCode, Failure> {
	let file = repo().join("scripts/bin").join(name);
	if !repo().join("scripts/node_modules").is_dir() {
		return Err(Failure(format!(
			"the polkadot-js scripts are not installed: run `npm ci` in {}",
			repo().join("scripts").display()
		)));
	}
	let status = Command::new("node")
		.arg(&file)
		.args(args)
		.status()
		.map_err(|e| Failure(format!("running node {}: {e}", file.display())))?;
	Ok(match status.code() {
		Some(0) => ExitCode::SUCCESS,
		Some(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
		None => ExitCode::FAILURE,
	})
}
