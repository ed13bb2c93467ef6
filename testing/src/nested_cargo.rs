// This file is part of Coreplay. SPDX-License-Identifier: Apache-2.0

// The environment a nested cargo build (of actors, for `wasm32v1-none`) must not inherit from the cargo that runs
// it: included by `testing/src/build.rs` (`coreplay_test::build_actor`) and by `actors/fixtures/build.rs` (a build
// script, which cannot depend on `coreplay-test` without compiling the vm for the host once more), so that both
// nested builds clean the same variables.

/// Environment variables that configure cargo or rustc for an outer build (a `cargo test` or a build script running
/// the nested build) and must not reach it: every `CARGO_*` variable but those in [`KEEP_CARGO_VARS`] goes too.
const REMOVE_VARS: &[&str] = &[
	"RUSTFLAGS",
	"RUSTDOCFLAGS",
	// The toolchain: the outer build may run on another one (`cargo +nightly fuzz`), which need not have the
	// `wasm32v1-none` target; the nested build uses the one `rust-toolchain.toml` pins.
	"RUSTC",
	"RUSTUP_TOOLCHAIN",
	"RUSTC_WORKSPACE_WRAPPER",
	"RUSTC_WRAPPER",
	"MAKEFLAGS",
	"MFLAGS",
	"CLIPPY_ARGS",
	"CLIPPY_CONF_DIR",
	"__CARGO_FIX_PLZ",
];

/// `CARGO_*` variables that only say where cargo's home and registries are, or how it prints.
const KEEP_CARGO_VARS: &[&str] = &[
	"CARGO_HOME",
	"CARGO_NET_",
	"CARGO_HTTP_",
	"CARGO_REGISTRIES_",
	"CARGO_REGISTRY_",
	"CARGO_TERM_",
];

/// Removes from `command`'s environment the variables through which the outer cargo would configure it
/// ([`REMOVE_VARS`], every `CARGO_*` variable but [`KEEP_CARGO_VARS`]).
fn clean_env(command: &mut std::process::Command) {
	for (key, _) in std::env::vars_os() {
		let Some(key) = key.to_str() else { continue };
		let cargo_config =
			key.starts_with("CARGO_") && !KEEP_CARGO_VARS.iter().any(|keep| key.starts_with(keep));
		if cargo_config || REMOVE_VARS.contains(&key) {
			command.env_remove(key);
		}
	}
}
