#!/usr/bin/env bash
# Regenerates pallets/actors/src/weights.rs from the pallet's benchmarks (src/benchmarking.rs):
#   1. installs frame-omni-bencher 0.28.0 (the 2609-line frame-benchmarking-cli 64) if it is missing: a one-time
#      build of about 1,200 crates, RocksDB and binaryen included, into $BENCHER_ROOT (default ~/.cache/coreplay/omni);
#   2. builds the runtime Wasm with `runtime-benchmarks` (target dir $BENCH_TARGET_DIR, default the test build's,
#      $CARGO_TARGET_DIR or ~/.cache/coreplay/target: about 1 min warm, and the next test build rebuilds its own
#      runtime Wasm in about 1 min; a separate dir would cost a cold build of the runtime's dependencies instead);
#   3. runs every pallet_actors benchmark in that Wasm on the `development` genesis preset (the bencher's jemalloc
#      set to reuse memory as coreplay-node's allocator does: `run_bencher`) and renders
#      .maintain/weight-template.hbs into pallets/actors/src/weights.rs, with the median-slopes analysis: FRAME
#      varies one component at a time with the others at their maximum, so the default least-squares base is an
#      extrapolation far from every point (for an earlier four-component submit_apov it came out 5x the directly
#      measured cost of a one-actor APoV; docs/performance.md, "Weights").
# Usage: scripts/weights.sh [--steps N] [--repeat N] [--runtime WASM]
#   --steps/--repeat: defaults 50 and 20, FRAME's; use e.g. 10 and 3 to try it.
#   --runtime: a runtime Wasm already built with runtime-benchmarks (skips step 2).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
steps=50
repeat=20
wasm=""
while [ $# -gt 0 ]; do
	case "$1" in
	--steps) steps="${2:?--steps needs a value}"; shift ;;
	--repeat) repeat="${2:?--repeat needs a value}"; shift ;;
	--runtime) wasm="${2:?--runtime needs a file}"; shift ;;
	-h | --help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "weights: unknown argument $1 (try --help)" >&2; exit 1 ;;
	esac
	shift
done

# shellcheck source=lib/bencher.sh
. scripts/lib/bencher.sh
bencher="$(bencher_path)"

if [ -z "$wasm" ]; then
	target="${BENCH_TARGET_DIR:-${CARGO_TARGET_DIR:-$HOME/.cache/coreplay/target}}"
	echo "weights: building the runtime Wasm with runtime-benchmarks (target dir $target)"
	wasm="$(bench_runtime_wasm "$target")"
fi
[ -f "$wasm" ] || { echo "weights: $wasm was not built" >&2; exit 1; }

echo "weights: running the benchmarks ($steps steps, $repeat repeats)"
run_bencher "$bencher" v1 benchmark pallet \
	--runtime "$wasm" \
	--pallet pallet_actors \
	--extrinsic '*' \
	--steps "$steps" \
	--repeat "$repeat" \
	--output-analysis median-slopes \
	--template .maintain/weight-template.hbs \
	--header .maintain/HEADER \
	--output pallets/actors/src/weights.rs
echo "weights: wrote pallets/actors/src/weights.rs"
