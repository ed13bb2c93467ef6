#!/usr/bin/env bash
# Runs the criterion benchmarks (actors/fixtures/benches/replay.rs) and rewrites the results table in
# docs/performance.md (between the bench:start and bench:end markers), with the in-runtime fuel rate taken from
# pallets/actors/src/weights.rs and, live, the in-runtime fuel rate beside the peer's (pallet-contracts' wasmi).
# Usage: scripts/bench.sh [--quick]  (--quick: 1 s warm-up, 3 s per benchmark)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/coreplay/target}"
args=()
[ "${1:-}" = --quick ] && args=(--warm-up-time 1 --measurement-time 3)
cargo bench --locked -p coreplay-fixtures --bench replay -- "${args[@]}"

# In the runtime, live: our `fuel` benchmark beside the peer's (`peer_wasmi`: wasmi 0.32.3 as pallet-contracts runs
# it, the same loop), in the runtime Wasm built with runtime-benchmarks, if scripts/weights.sh installed the bencher.
bencher="${BENCHER_ROOT:-$HOME/.cache/coreplay/omni}/bin/frame-omni-bencher"
peer_out="$CARGO_TARGET_DIR/bench-peer.txt"
rm -f "$peer_out"
if [ -x "$bencher" ]; then
	cargo check --locked -p coreplay-runtime --features runtime-benchmarks
	"$bencher" v1 benchmark pallet --runtime "$CARGO_TARGET_DIR/debug/wbuild/coreplay-runtime/coreplay_runtime.wasm" \
		--pallet pallet_actors --extrinsic fuel,peer_wasmi --steps 10 --repeat 10 \
		--output-analysis median-slopes >"$peer_out"
else
	echo "bench: $bencher is missing (scripts/weights.sh installs it): no live in-runtime rows" >&2
fi
table="$(node scripts/lib/bench-table.js "$CARGO_TARGET_DIR/criterion" pallets/actors/src/weights.rs "$peer_out")"
stamp="Measured $(date -u +%Y-%m-%d) by \`scripts/bench.sh${1:+ $1}\` on $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1))."
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
