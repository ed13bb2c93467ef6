// This file is part of Coreplay. SPDX-License-Identifier: Apache-2.0

//! [`build_actor`]: an actor crate to a checked AVF blob, the one build `coreplay build` and tests share.

use coreplay_primitives::{
	avf::{wrap, Format},
	blake2_256, CodeHash,
};
use coreplay_vm::{CodeError, CodeInfo, Limits, Machine};
use std::{
	collections::BTreeMap,
	path::{Path, PathBuf},
	process::Command,
	sync::{Mutex, OnceLock},
};

/// The Wasm target actors build for: the MVP plus `mutable-global`, what the vm accepts (`docs/abi.md`, "The
/// module").
pub const TARGET: &str = "wasm32v1-none";

/// The linker flags every actor module needs (`actors/.cargo/config.toml`): the shadow-stack pointer exported
/// (the vm snapshots exported globals only, and refuses a module with a mutable global it cannot see), and a
/// 64 KiB shadow stack instead of the linker's 1 MiB (16 pages of every snapshot).
pub const RUSTFLAGS: &str = "-C link-arg=--export=__stack_pointer -C link-arg=-zstack-size=65536";

// `REMOVE_VARS`, `KEEP_CARGO_VARS`, `clean_env`: shared with `actors/fixtures/build.rs`.
include!("nested_cargo.rs");

/// An actor crate, built and checked.
#[derive(Clone, Debug)]
pub struct Built {
	/// The crate's package name.
	pub name: String,
	/// The AVF blob: the 8-byte header (`docs/abi.md`, "The AVF blob") and the Wasm module.
	pub avf: Vec<u8>,
	/// Its code hash, blake2-256 of the blob: what `upload_code` stores it under.
	pub code_hash: CodeHash,
	/// What validation under the limits it was built for learnt (functions, imports, exports, initial pages, ...).
	pub info: CodeInfo,
	/// The module cargo wrote.
	pub wasm_path: PathBuf,
	/// The blob, written beside the module as `<crate>.avf`.
	pub avf_path: PathBuf,
}

/// Why [`build_actor`] failed.
#[derive(Debug)]
pub enum BuildError {
	/// `cargo metadata` could not read the crate (no `Cargo.toml` there, or a malformed one).
	Metadata(String),
	/// The crate has no library target of the kind needed: an actor is a `cdylib`, and an `rlib` too for its ABI
	/// metadata ([`build_metadata`]).
	NoLibrary(PathBuf),
	/// `cargo build` failed; its standard error.
	Cargo(String),
	/// Reading the module or writing the blob failed.
	Io(PathBuf, std::io::Error),
	/// The module is not an actor the chain accepts under these limits (`upload_code` would refuse it).
	Invalid(CodeError),
}

impl core::fmt::Display for BuildError {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		match self {
			BuildError::Metadata(e) => write!(f, "reading the crate's manifest: {e}"),
			BuildError::NoLibrary(manifest) => write!(
				f,
				"{} has no library of the kind needed: an actor is a crate-type = [\"cdylib\"] library, and \
				 \"rlib\" too for its ABI metadata",
				manifest.display()
			),
			BuildError::Cargo(stderr) => write!(f, "cargo build failed:\n{stderr}"),
			BuildError::Io(path, e) => write!(f, "{}: {e}", path.display()),
			BuildError::Invalid(e) => write!(
				f,
				"the module is not an actor the chain accepts: {e:?} (docs/abi.md lists what the vm accepts)"
			),
		}
	}
}

impl std::error::Error for BuildError {}

/// Builds the actor crate in `crate_dir` for [`TARGET`] (`cargo build --release --lib`, its own release profile,
/// [`RUSTFLAGS`], its `rust-toolchain.toml` if it has one), wraps the module into an AVF blob and validates it as
/// `upload_code` does under `limits` (`Limits::DEVELOPMENT` for the dev chain). The build's target dir is
/// `coreplay/` inside the crate's own target dir, so that it never waits for the lock of a `cargo test` that
/// called it.
///
/// # Errors
/// A [`BuildError`] that says which step failed, with cargo's output for a failed build.
pub fn build_actor(crate_dir: impl AsRef<Path>, limits: &Limits) -> Result<Built, BuildError> {
	let manifest = crate_dir.as_ref().join("Cargo.toml");
	let (package, target_dir) = package_of(crate_dir.as_ref())?;
	let library = package
		.targets
		.iter()
		.find(|target| target.kind.iter().any(|kind| kind == "cdylib" || kind == "lib"))
		.ok_or_else(|| BuildError::NoLibrary(manifest.clone()))?;
	let target_dir = target_dir.join("coreplay");

	let mut command = Command::new("cargo");
	command
		.current_dir(crate_dir.as_ref())
		.args(["build", "--release", "--lib", "--target", TARGET, "--manifest-path"])
		.arg(&manifest)
		.arg("--target-dir")
		.arg(&target_dir);
	clean_env(&mut command);
	command.env("CARGO_TARGET_WASM32V1_NONE_RUSTFLAGS", RUSTFLAGS);
	let output = command.output().map_err(|e| BuildError::Io(PathBuf::from("cargo"), e))?;
	if !output.status.success() {
		return Err(BuildError::Cargo(String::from_utf8_lossy(&output.stderr).into_owned()));
	}

	let file = library.name.replace('-', "_");
	let release = target_dir.join(TARGET).join("release");
	let wasm_path = release.join(format!("{file}.wasm"));
	let wasm = std::fs::read(&wasm_path).map_err(|e| BuildError::Io(wasm_path.clone(), e))?;
	let avf = wrap(Format::Wasm, &wasm);
	let info = Machine::new(*limits).validate_code(&avf).map_err(BuildError::Invalid)?;
	let avf_path = release.join(format!("{}.avf", package.name));
	std::fs::write(&avf_path, &avf).map_err(|e| BuildError::Io(avf_path.clone(), e))?;
	Ok(Built {
		name: package.name.clone(),
		code_hash: blake2_256(&avf),
		avf,
		info,
		wasm_path,
		avf_path,
	})
}

/// The crate in `crate_dir` as `cargo metadata` describes it, and its target dir.
fn package_of(crate_dir: &Path) -> Result<(cargo_metadata::Package, PathBuf), BuildError> {
	let manifest = crate_dir.join("Cargo.toml");
	let metadata = cargo_metadata::MetadataCommand::new()
		.manifest_path(&manifest)
		.no_deps()
		.exec()
		.map_err(|e| BuildError::Metadata(e.to_string()))?;
	// The crate itself, also when it is a member of a workspace (`--no-deps` answers no resolved root).
	let canonical = |path: &Path| path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
	let package = metadata
		.packages
		.iter()
		.find(|package| canonical(package.manifest_path.as_std_path()) == canonical(&manifest))
		.ok_or_else(|| BuildError::Metadata(format!("{} is not a package", manifest.display())))?;
	Ok((package.clone(), metadata.target_directory.into_std_path_buf()))
}

/// Where [`build_actor`] and [`build_metadata`] write the blob and the metadata of the crate in `crate_dir`:
/// `(<crate>.avf, <crate>.json)`, in `<target>/coreplay/wasm32v1-none/release/`.
///
/// # Errors
/// [`BuildError::Metadata`] if `cargo metadata` cannot read the crate.
pub fn built_paths(crate_dir: impl AsRef<Path>) -> Result<(PathBuf, PathBuf), BuildError> {
	let (package, target) = package_of(crate_dir.as_ref())?;
	let release = target.join("coreplay").join(TARGET).join("release");
	Ok((
		release.join(format!("{}.avf", package.name)),
		release.join(format!("{}.json", package.name)),
	))
}

/// Writes the ABI metadata of the actor crate in `crate_dir` (`coreplay_actor::metadata!`) beside its blob, as
/// `<crate>.json` in the directory [`build_actor`] writes `<crate>.avf` to, and answers its path; `None` if the
/// crate has no `metadata` feature (an actor without declared ABI types). It builds and runs, natively, a program
/// that links the crate (its `rlib`) with that feature and prints `__coreplay_metadata()`, as `cargo contract`
/// generates ink! metadata; the crate's `Cargo.lock` and `rust-toolchain.toml` are used for it.
///
/// # Errors
/// A [`BuildError`]: [`BuildError::NoLibrary`] if the crate has a `metadata` feature but no `rlib`.
pub fn build_metadata(crate_dir: impl AsRef<Path>) -> Result<Option<PathBuf>, BuildError> {
	let crate_dir = crate_dir.as_ref();
	let (package, target) = package_of(crate_dir)?;
	if !package.features.contains_key("metadata") {
		return Ok(None);
	}
	let rlib = |target: &cargo_metadata::Target| {
		target.kind.iter().any(|kind| kind == "rlib" || kind == "lib")
	};
	if !package.targets.iter().any(rlib) {
		return Err(BuildError::NoLibrary(crate_dir.join("Cargo.toml")));
	}
	let generator = target.join("coreplay").join("metadata-gen").join(&package.name);
	let io = |path: &Path, e| BuildError::Io(path.to_path_buf(), e);
	std::fs::create_dir_all(generator.join("src")).map_err(|e| io(&generator, e))?;
	let crate_path = crate_dir.canonicalize().map_err(|e| io(crate_dir, e))?;
	let cargo_toml = format!(
		"[package]\nname = \"coreplay-metadata-gen\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
		 [dependencies]\nactor = {{ package = {:?}, path = {:?}, features = [\"metadata\"] }}\n\n\
		 [workspace]\n",
		package.name,
		crate_path.display().to_string(),
	);
	let main = "fn main() {\n\tprint!(\"{}\", actor::__coreplay_metadata());\n}\n".to_string();
	for (file, text) in [("Cargo.toml", cargo_toml), ("src/main.rs", main)] {
		let path = generator.join(file);
		std::fs::write(&path, text).map_err(|e| io(&path, e))?;
	}
	for file in ["Cargo.lock", "rust-toolchain.toml"] {
		let from = crate_dir.join(file);
		if from.is_file() {
			std::fs::copy(&from, generator.join(file)).map_err(|e| io(&from, e))?;
		}
	}
	let mut command = Command::new("cargo");
	command
		.current_dir(&generator)
		.args(["run", "--quiet", "--manifest-path"])
		.arg(generator.join("Cargo.toml"))
		.arg("--target-dir")
		.arg(target.join("coreplay").join("metadata"));
	clean_env(&mut command);
	let output = command.output().map_err(|e| io(Path::new("cargo"), e))?;
	if !output.status.success() {
		return Err(BuildError::Cargo(String::from_utf8_lossy(&output.stderr).into_owned()));
	}
	let json = String::from_utf8_lossy(&output.stdout);
	if !json.contains("\"coreplay_metadata\"") {
		return Err(BuildError::Cargo(format!(
			"__coreplay_metadata() printed no metadata: {json}"
		)));
	}
	let (_, path) = built_paths(crate_dir)?;
	std::fs::write(&path, json.as_bytes()).map_err(|e| io(&path, e))?;
	Ok(Some(path))
}

/// [`build_actor`] under `Limits::DEVELOPMENT`, once per crate directory and process: what an actor crate's
/// tests call (each test of a test binary shares the one build). [`crate::current_actor!`] calls it with the
/// calling crate's directory.
///
/// # Panics
/// If the build fails, with [`BuildError`]'s message (cargo's output included): a test cannot go on without its
/// actor.
pub fn build_once(crate_dir: &str) -> &'static Built {
	static BUILT: OnceLock<Mutex<BTreeMap<PathBuf, &'static Built>>> = OnceLock::new();
	let mut built = BUILT.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
	built.entry(PathBuf::from(crate_dir)).or_insert_with(|| {
		let actor = build_actor(crate_dir, &Limits::DEVELOPMENT)
			.unwrap_or_else(|e| panic!("building the actor in {crate_dir}: {e}"));
		Box::leak(Box::new(actor))
	})
}
