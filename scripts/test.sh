#!/usr/bin/env bash
# The one command that runs every check: formatting, lints, the Rust tests (the pallet's benchmarks included), the
# actors workspace, rustdoc of the no_std crates, the no_std Wasm build of the vm, and the end-to-end tests of the
# polkadot-js scripts against a real `coreplay-node --dev`, and the zombienet networks.
# CI (.ci/run) calls exactly this. Cargo's target dir defaults to $HOME/.cache/coreplay/target, outside the clone,
# so repeated runs are incremental.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/coreplay/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

scripts/setup.sh

# Each step's heading gives the time it starts and the minutes since this script started (bash's SECONDS), so that
# a cold run's log shows where its time goes (CI's limit is 90 minutes; README.md, "Build times").
step() { printf '\n== %s (%s UTC, %d min in)\n' "$*" "$(date -u +%T)" $((SECONDS / 60)); }

step "Cargo.lock pins (docs/notes/polkadot-2609.md, \"Lockfile pins\")"
# docify_macros 0.4.1 (under frame-support) accepts any git2 and sha2 0.x but compiles only with git2 0.20 and
# sha2 0.10; any re-resolution of the lock (adding a dependency) may pick newer ones and break the build obscurely.
docify_deps="$(awk '/^name = "docify_macros"/{f=1} f&&/^version = "0.4/{g=1} g&&/^dependencies/{d=1} d&&/^]/{exit} d' Cargo.lock)"
grep -q '"sha2 0.10' <<<"$docify_deps" || { echo "Cargo.lock: docify_macros 0.4 must use sha2 0.10 (see docs/notes/polkadot-2609.md)" >&2; exit 1; }
grep -A1 '^name = "git2"' Cargo.lock | grep -q 'version = "0.20' || { echo "Cargo.lock: git2 must be 0.20 (see docs/notes/polkadot-2609.md)" >&2; exit 1; }

step "cargo fmt --check"
cargo fmt --all -- --check

# Clippy runs inside the test build: `linted` sets clippy-driver as the workspace wrapper with `-D warnings`, as
# `cargo clippy --workspace --all-targets -- -D warnings` does (cargo-clippy sets these two variables and runs
# `cargo check`), but under `cargo test`. The lints are the same; the dependencies (all of polkadot-sdk) are then
# compiled once, where `cargo clippy` followed by `cargo test` compiles them twice, once checked and once built: the
# largest part of a cold CI run (README.md, "Build times"). clippy-driver compiles our crates as rustc would, with
# MIR optimisations off; the dependencies and the runtime Wasm are compiled by rustc alone.
clippy_driver="$(rustc --print sysroot)/bin/clippy-driver"
linted() { RUSTC_WORKSPACE_WRAPPER="$clippy_driver" CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__" "$@"; }

# No SKIP_WASM_BUILD: the node embeds the runtime Wasm, and toggling the variable would rebuild the runtime each time.
step "clippy on every target, built for the tests (warnings are errors)"
linted cargo test --locked --workspace --all-targets --no-run

step "cargo test"
linted cargo test --locked --workspace

step "pallet-actors and peer benchmarks, run as tests (their benchmark code linted too)"
SKIP_WASM_BUILD=1 linted cargo test --locked -p pallet-actors -p coreplay-peer-bench --features runtime-benchmarks

step "actors workspace (guest code): fmt, clippy for wasm32v1-none, SDK unit tests on the host (with its metadata feature)"
(
	cd actors
	actors_target="$CARGO_TARGET_DIR/coreplay-actors"
	cargo fmt --all -- --check
	cargo clippy --release --locked --target-dir "$actors_target" -- -D warnings
	# With `metadata` (native only): its ABI metadata tests too.
	cargo test -p coreplay-actor --features metadata --locked --target-dir "$actors_target" --target "$(rustc -vV | sed -n 's/^host: //p')"
)

step "rustdoc (warnings are errors): the ABI, primitives, vm, sequencer and code shapes"
# Their dependencies are few (wasmi, wasmparser, SCALE): documenting the pallet, runtime or node would first check
# all of polkadot-sdk for rustdoc, some ten minutes of a cold CI run.
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps -p coreplay-abi -p coreplay-primitives -p coreplay-vm \
	-p coreplay-sequencer -p coreplay-shapes

step "coreplay-vm builds no_std for wasm32v1-none, as in a runtime"
# `--cfg substrate_runtime`, as polkadot-sdk's wasm-builder sets it: `sp-io` (signed calls verify `MultiSignature`s
# with it) then calls the host's crypto instead of compiling its own C code, which needs a wasm C compiler.
CARGO_TARGET_WASM32V1_NONE_RUSTFLAGS="--cfg substrate_runtime" \
	cargo build --locked -p coreplay-vm --no-default-features --target wasm32v1-none

step "end to end: coreplay-node --dev with the polkadot-js scripts (scripts/test/)"
# `cargo test --workspace` above built the node binary (node/tests/cli.rs runs it) with the test build's features;
# `cargo build -p coreplay-node` would compile it again with a different feature set (4 min cold).
avf_dir="$CARGO_TARGET_DIR/actors"
scripts/build-actors.sh "$avf_dir" >/dev/null
(cd scripts && COREPLAY_AVF_DIR="$avf_dir" COREPLAY_NODE="$CARGO_TARGET_DIR/debug/coreplay-node" npm test)

step "zombienet: three validators (zombienet/*.zndsl)"
COREPLAY_AVF_DIR="$avf_dir" COREPLAY_NODE="$CARGO_TARGET_DIR/debug/coreplay-node" scripts/zombienet.sh
step "all passed"
