#!/usr/bin/env bash
# Regenerates pallets/actors/src/weights.rs from the pallet's benchmarks (src/benchmarking.rs):
#   1. installs frame-omni-bencher 0.28.0 (the 2609-line frame-benchmarking-cli 64) if it is missing: a one-time
#      build of about 1,200 crates, RocksDB and binaryen included, into $BENCHER_ROOT (default ~/.cache/coreplay/omni);
#   2. builds the runtime Wasm with `runtime-benchmarks` (target dir $BENCH_TARGET_DIR, default the test build's,
#      $CARGO_TARGET_DIR or ~/.cache/coreplay/target: about 1 min warm, and the next test build rebuilds its own
#      runtime Wasm in about 1 min; a separate dir would cost a cold build of the runtime's dependencies instead);
#   3. runs every pallet_actors benchmark in that Wasm on the `development` genesis preset, each in a bencher
#      process of its own (with its jemalloc set to reuse memory as coreplay-node's allocator does: `run_bencher`),
#      renders .maintain/weight-template.hbs for each and joins their functions into pallets/actors/src/weights.rs,
#      with the median-slopes analysis: FRAME varies one component at a time with the others at their maximum, so
#      the default least-squares base is an extrapolation far from every point (for an earlier four-component
#      submit_apov it came out 5x the directly measured cost of a one-actor APoV; docs/performance.md, "Weights").
# Usage: scripts/weights.sh [--steps N] [--repeat N] [--draws N] [--runtime WASM] [--only BENCHMARK]...
#   --steps/--repeat: defaults 50 and 20, FRAME's; use e.g. 10 and 3 to try it (submit_apov_fixed: 1 per runtime call).
#   --draws: run each benchmark in N processes (default 1) and keep, for each base and slope, the median of the N
#   (scripts/lib/weights-median.js): each process is one draw of where wasmtime places the compiled runtime, which
#   moves the same call's time by up to 1.6x on some machines (docs/performance.md, "Session 32"). N times as long.
#   --runtime: a runtime Wasm already built with runtime-benchmarks (skips step 2).
#   --only: measure these benchmarks alone (repeat it for more) and put their functions into the committed
#   weights.rs in place of theirs, or beside the others for a new one; every other weight is kept, and the header
#   gains a line naming them, with the command, date and CPU. For a benchmark added or changed: a full run on
#   another machine or build moves every weight (docs/performance.md, "Session 30").
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
invocation="scripts/weights.sh${*:+ $*}"
steps=50
repeat=20
wasm=""
only=()
draws=1
while [ $# -gt 0 ]; do
	case "$1" in
	--steps) steps="${2:?--steps needs a value}"; shift ;;
	--repeat) repeat="${2:?--repeat needs a value}"; shift ;;
	--draws) draws="${2:?--draws needs a value}"; shift ;;
	--runtime) wasm="${2:?--runtime needs a file}"; shift ;;
	--only) only+=("${2:?--only needs a benchmark}"); shift ;;
	-h | --help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "weights: unknown argument $1 (try --help)" >&2; exit 1 ;;
	esac
	shift
done
[[ "$draws" =~ ^[1-9][0-9]*$ ]] || { echo "weights: --draws $draws: expected a count of processes, 1 or more" >&2; exit 1; }

# shellcheck source=lib/bencher.sh
. scripts/lib/bencher.sh
bencher="$(bencher_path)"

if [ -z "$wasm" ]; then
	target="${BENCH_TARGET_DIR:-${CARGO_TARGET_DIR:-$HOME/.cache/coreplay/target}}"
	echo "weights: building the runtime Wasm with runtime-benchmarks (target dir $target)"
	wasm="$(bench_runtime_wasm "$target")"
fi
[ -f "$wasm" ] || { echo "weights: $wasm was not built" >&2; exit 1; }

# Each benchmark runs in a bencher process of its own, rendered with the template into a file of its own; the
# functions of all of them are then joined into one weights.rs (the template marks them: `// @functions <impl>`
# ... `// @end`). In one process for all of them, the benchmarks that ran last (the fuel rates) came out 1.3-1.7x
# what the same benchmarks measure alone on the same Wasm, in three full runs of session 27 (docs/performance.md).
# Each process compiles the runtime and builds the genesis state: about 15 s more per benchmark.
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
benchmarks="$(run_bencher "$bencher" v1 benchmark pallet --runtime "$wasm" --pallet pallet_actors --list=all 2>/dev/null |
	sed -n 's/^pallet_actors, //p')"
[ -n "$benchmarks" ] || { echo "weights: $wasm lists no pallet_actors benchmark" >&2; exit 1; }
if [ ${#only[@]} -gt 0 ]; then
	for benchmark in "${only[@]}"; do
		grep -qx "$benchmark" <<<"$benchmarks" || {
			echo "weights: --only $benchmark: $wasm has no such pallet_actors benchmark (it has: $(echo $benchmarks))" >&2
			exit 1
		}
	done
	benchmarks="$(printf '%s\n' "${only[@]}" | sort -u)"
fi
echo "weights: running the benchmarks ($steps steps, $repeat repeats), $draws process(es) each: $(echo "$benchmarks" | tr '\n' ' ')"
mkdir "$results/draws"
index=0
for benchmark in $benchmarks; do
	index=$((index + 1))
	# The fixed part of every APoV is measured as a block's first APoV runs: each call the first in a fresh
	# runtime instance (the bencher runs `--repeat` repeats per runtime call, and the ones after the first find
	# the instance's memory and the caches warm: 130-170 us against about 245; docs/performance.md, "Session 28").
	repeats="$repeat"
	[ "$benchmark" = submit_apov_fixed ] && repeats=1
	rendered=()
	for draw in $(seq "$draws"); do
		echo "weights: $benchmark ($repeats repeats per runtime call; process $draw of $draws)"
		rendered+=("$results/draws/$(printf %03d-%03d "$index" "$draw").rs")
		run_bencher "$bencher" v1 benchmark pallet \
			--runtime "$wasm" \
			--pallet pallet_actors \
			--extrinsic "$benchmark" \
			--steps "$steps" \
			--repeat "$repeats" \
			--output-analysis median-slopes \
			--template .maintain/weight-template.hbs \
			--header .maintain/HEADER \
			--output "${rendered[-1]}" >/dev/null
	done
	node scripts/lib/weights-median.js "${rendered[@]}" >"$results/$(printf %03d "$index").rs"
done
# The command behind the joined file, for its header (each rendered file lists only its own process's arguments).
WEIGHTS_COMMAND="//! \`$invocation\`: for each benchmark \`<b>\`, in a process of its own,
//!   frame-omni-bencher v1 benchmark pallet --runtime <the runtime Wasm with runtime-benchmarks>
//!   --pallet pallet_actors --extrinsic <b> --steps $steps --repeat $repeat --output-analysis median-slopes
//!   --template .maintain/weight-template.hbs --header .maintain/HEADER
//! with \`--repeat 1\` for \`submit_apov_fixed\` (every call in a fresh runtime instance)$(
	[ "$draws" = 1 ] || printf ';\n//! each benchmark in %s such processes, every base and slope the median of theirs' "$draws")."
export WEIGHTS_COMMAND
weights=pallets/actors/src/weights.rs
if [ ${#only[@]} -gt 0 ]; then
	# Each function measured now (a rendered file's `// @functions <impl>` section holds it, from `\tfn <name>(` to
	# its `\t}`) replaces the committed one of its name in the same impl, or goes among them in name order (FRAME's);
	# the committed file is read last, after all of them.
	cpu="$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)"
	names="$(echo $benchmarks | sed 's/\([a-z0-9_]*\)/`\1`/g; s/ /, /g')"
	prefix="//! Measured alone, every other weight kept: "
	note="$prefix$names, by \`$invocation\` on $(date -u +%F) (CPU \`$cpu\`)."
	# An older note's names measured again now leave it; a note left without names goes.
	awk -v committed="$weights" -v note="$note" -v prefix="$prefix" -v measured="$benchmarks" '
		BEGIN { split(measured, list, " "); for (i in list) again["`" list[i] "`"] = 1 }
		function flush(impl, below,   best, key, name, part) {
			while (1) {
				best = ""
				for (key in fresh) {
					split(key, part, SUBSEP)
					name = part[2]
					if (part[1] == impl && !(key in done) && name < below && (best == "" || name < best)) best = name
				}
				if (best == "") return
				printf "%s", fresh[impl SUBSEP best]
				done[impl SUBSEP best] = 1
			}
		}
		FILENAME != committed && /^\/\/ @functions / { section = $3; next }
		FILENAME != committed && $0 == "// @end" { section = ""; next }
		FILENAME != committed && section != "" {
			if (match($0, /^\tfn [a-z0-9_]+\(/)) key = section SUBSEP substr($0, 5, RLENGTH - 5)
			fresh[key] = fresh[key] $0 "\n"
			next
		}
		FILENAME != committed { next }
		$0 == "impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {" { impl = "SubstrateWeight" }
		$0 == "impl WeightInfo for () {" { impl = "unit" }
		/^\/\/! Do not edit:/ { print; print note; next }
		index($0, prefix) == 1 {
			rest = substr($0, length(prefix) + 1)
			at = index(rest, ", by `")
			count = split(substr(rest, 1, at - 1), names, ", ")
			kept = ""
			for (i = 1; i <= count; i++) if (!(names[i] in again)) kept = kept (kept == "" ? "" : ", ") names[i]
			if (kept != "") print prefix kept substr(rest, at)
			next
		}
		skipping { if ($0 == "\t}") skipping = 0; next }
		impl != "" && match($0, /^\tfn [a-z0-9_]+\(/) {
			name = substr($0, 5, RLENGTH - 5)
			flush(impl, name)
			if ((impl SUBSEP name) in fresh) {
				# Already put in name order before a committed function out of order: drop this one.
				if (!((impl SUBSEP name) in done)) printf "%s", fresh[impl SUBSEP name]
				done[impl SUBSEP name] = 1
				skipping = 1
				next
			}
		}
		impl != "" && $0 == "}" { flush(impl, "~"); impl = "" }
		{ print }' "$results"/[0-9]*.rs "$weights" >"$results/weights.rs"
	for benchmark in $benchmarks; do
		[ "$(grep -c "^	fn $benchmark(" "$results/weights.rs")" = 2 ] || {
			echo "weights: the joined file lacks $benchmark's functions; $weights unchanged" >&2
			exit 1
		}
	done
	cp "$results/weights.rs" "$weights"
	echo "weights: measured $names alone into $weights"
	exit 0
fi
# The first file, each marked section in it replaced by that section of every file, in order, and its command
# by the one above.
awk 'FNR == 1 { file++ }
	$0 == "//! @command" { command = 1; if (file == 1) skeleton[++lines] = ENVIRON["WEIGHTS_COMMAND"]; next }
	$0 == "//! @end-command" { command = 0; next }
	command { next }
	/^\/\/ @functions / { section = $3; if (file == 1) skeleton[++lines] = "@" section; next }
	$0 == "// @end" { section = ""; next }
	section != "" { body[section] = body[section] $0 "\n"; next }
	file == 1 { skeleton[++lines] = $0 }
	END { for (i = 1; i <= lines; i++) printf "%s", (skeleton[i] ~ /^@/ ? body[substr(skeleton[i], 2)] : skeleton[i] "\n") }' \
	"$results"/[0-9]*.rs >"$weights"
[ "$(grep -c '^	fn ' "$weights")" = "$((2 * index))" ] || {
	echo "weights: $weights lacks some of the $index benchmarks' functions" >&2
	exit 1
}
echo "weights: wrote $weights ($index benchmarks)"
