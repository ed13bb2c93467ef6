#!/usr/bin/env bash
# Runs the criterion benchmarks (actors/fixtures/benches/replay.rs) and rewrites the results table in
# docs/performance.md (between the bench:start and bench:end markers), with the in-runtime fuel rate taken from
# pallets/actors/src/weights.rs. Usage: scripts/bench.sh [--quick]  (--quick: 1 s warm-up, 3 s per benchmark)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/coreplay/target}"
args=()
[ "${1:-}" = --quick ] && args=(--warm-up-time 1 --measurement-time 3)
cargo bench --locked -p coreplay-fixtures --bench replay -- "${args[@]}"
table="$(node scripts/lib/bench-table.js "$CARGO_TARGET_DIR/criterion" pallets/actors/src/weights.rs)"
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
