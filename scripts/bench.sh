#!/usr/bin/env bash
# Runs the criterion benchmarks (actors/fixtures/benches/replay.rs) and the pallet's benchmarks in the runtime,
# and rewrites the results table in docs/performance.md (between the bench:start and bench:end markers).
# Usage: scripts/bench.sh [--quick] [--no-runtime | --no-bencher]
#   --quick: criterion with 1 s warm-up and 3 s per benchmark;
#   --no-runtime: no in-runtime run (neither the dry runs of bench/benches/in_runtime.rs nor frame-omni-bencher,
#   so no install): the in-runtime rows come from weights.rs;
#   --no-bencher: the dry runs, but not frame-omni-bencher (whose first install takes over an hour): the rows of
#   the pallet's benchmarks come from the committed weights.rs, and the peer's rows are left out.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/coreplay/target}"
args=()
runtime=1
omni=1
for arg in "$@"; do
	case "$arg" in
	--quick) args=(--warm-up-time 1 --measurement-time 3) ;;
	--no-runtime) runtime=0 omni=0 ;;
	--no-bencher) omni=0 ;;
	*) echo "bench: unknown argument $arg (usage: scripts/bench.sh [--quick] [--no-runtime | --no-bencher])" >&2; exit 1 ;;
	esac
done
cargo bench --locked -p coreplay-fixtures --bench replay -- "${args[@]}"

# In the runtime, live: every pallet_actors benchmark (the rows per actor, item, page and chunk, the fuel rate)
# and the peer's (`coreplay_peer_bench::peer_wasmi`: wasmi 0.32.3 as pallet-contracts runs it, the same loop as
# `fuel`), run in the runtime Wasm built with runtime-benchmarks by frame-omni-bencher (installed on first use,
# lib/bencher.sh), and rendered like weights.rs into the target dir, so every ratio in the table is of one run on
# one machine.
# --no-runtime and --no-bencher skip it: the in-runtime rows are then read from the committed weights.rs.
peer_out="$CARGO_TARGET_DIR/bench-peer.txt"
weights="pallets/actors/src/weights.rs"
# Results of an earlier run must not pass for this one's.
rm -rf "$peer_out" "$CARGO_TARGET_DIR/criterion/in-runtime" "$CARGO_TARGET_DIR/criterion/in-runtime-block" \
	"$CARGO_TARGET_DIR/in-runtime-charged.json"
if [ "$runtime" = 1 ]; then
	# Each workload's compact APoV through the runtime API `ActorsApi_dry_run_apov` in the runtime Wasm under
	# sc-executor (bench/benches/in_runtime.rs), and blocks of some of them through `Core_execute_block`, in the
	# dev profile: its polkadot-sdk dependencies are the ones the node and the tests compiled (optimised, and
	# `coreplay-bench` too, where the executor's host calls are compiled: Cargo.toml), so only the Wasm's speed is
	# measured.
	cargo bench --locked --profile dev --workspace --bench in_runtime -- "${args[@]}"
fi
if [ "$omni" = 1 ]; then
	# shellcheck source=lib/bencher.sh
	. scripts/lib/bencher.sh
	bencher="$(bencher_path)"
	wasm="$(bench_runtime_wasm "$CARGO_TARGET_DIR")"
	weights="$CARGO_TARGET_DIR/bench-weights.rs"
	run_bencher "$bencher" v1 benchmark pallet --runtime "$wasm" \
		--pallet pallet_actors --extrinsic '*' --steps 10 --repeat 10 --output-analysis median-slopes \
		--template .maintain/weight-template.hbs --header .maintain/HEADER --output "$weights" >"$peer_out"
	# The peer: a benchmark-only pseudo-pallet of the benchmark runtime (peer-bench/), not a weight.
	run_bencher "$bencher" v1 benchmark pallet --runtime "$wasm" \
		--pallet coreplay_peer_bench --extrinsic peer_wasmi --steps 10 --repeat 10 --output-analysis median-slopes \
		>>"$peer_out"
	export BENCH_WEIGHTS_LIVE=1
fi
table="$(node scripts/lib/bench-table.js "$CARGO_TARGET_DIR/criterion" "$weights" "$peer_out")"
stamp="Measured $(date -u +%Y-%m-%d) by \`scripts/bench.sh${*:+ $*}\` on $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1))."
BENCH_TABLE="$stamp"$'\n\n'"$table" node -e '
const fs = require("node:fs");
const file = "docs/performance.md";
const text = fs.readFileSync(file, "utf8");
const start = "<!-- bench:start -->", end = "<!-- bench:end -->";
const i = text.indexOf(start), j = text.indexOf(end);
if (i < 0 || j < i) { console.error(`${file}: the ${start} / ${end} markers are missing`); process.exit(1); }
fs.writeFileSync(file, text.slice(0, i + start.length) + "\n" + process.env.BENCH_TABLE + "\n" + text.slice(j));
'
echo "bench: updated docs/performance.md"
