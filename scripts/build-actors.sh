#!/usr/bin/env bash
# Builds every example actor (actors/) and writes its AVF blob to <dir>/<name>.avf, for the node, polkadot-js
# scripts and anything else outside Rust. <dir> defaults to target/actors in the repository.
#
# The build itself is actors/fixtures/build.rs (one place): this runs the fixtures crate's `export-actors` binary,
# which writes the blobs that build embedded. Usage: scripts/build-actors.sh [dir]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:-$repo/target/actors}"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
cd "$repo"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/coreplay/target}"
cargo run --quiet -p coreplay-fixtures --bin export-actors -- "$dir"
