#!/usr/bin/env bash
# Runs the cargo-fuzz targets in fuzz/ (fuzz/README.md): installs the nightly toolchain and cargo-fuzz if missing,
# writes the seed corpora, then runs each target until the given time or number of executions and prints one
# summary line per target (executions, corpus size, crash artifacts, and the executions of every recorded run of it
# together). Not part of the test command: fuzzing needs nightly and time.
# Usage: scripts/fuzz.sh [--time SECONDS] [--runs N] [--sanitizer address|none] [TARGET ...]
#   --time: the most seconds per target (default 300); --runs: stop a target after N executions (libFuzzer -runs);
#   --sanitizer: `address` (default, AddressSanitizer) or `none` (several times the executions per second; the
#   fuzzed crates have no unsafe code, so ASan looks only at their dependencies'). Targets: apov_validate
#   code_bytes code_smith differential (default all).
# Corpora accumulate across runs in $FUZZ_CORPUS_DIR (default ~/.cache/coreplay/fuzz-corpus, outside the clone:
# CI does not need them), one dir per target, where each run appends its line to runs.tsv. Crash artifacts stay in
# fuzz/artifacts/<target>. Target dir: $FUZZ_TARGET_DIR (default ~/.cache/coreplay/fuzz-target).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo/fuzz"
seconds=300
runs=0
sanitizer=address
targets=()
while [ $# -gt 0 ]; do
	case "$1" in
	--time) seconds="${2:?--time needs a value}"; shift ;;
	--runs) runs="${2:?--runs needs a value}"; shift ;;
	--sanitizer) sanitizer="${2:?--sanitizer needs address or none}"; shift ;;
	-h | --help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	-*) echo "fuzz: unknown option $1 (try --help)" >&2; exit 1 ;;
	*) targets+=("$1") ;;
	esac
	shift
done
[ ${#targets[@]} -gt 0 ] || targets=(apov_validate code_bytes code_smith differential)
case "$sanitizer" in address | none) ;; *) echo "fuzz: --sanitizer is address or none, not $sanitizer" >&2; exit 1 ;; esac
case "$runs$seconds" in *[!0-9]*) echo "fuzz: --time and --runs take whole numbers" >&2; exit 1 ;; esac

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo +nightly install cargo-fuzz --locked
target_dir="${FUZZ_TARGET_DIR:-$HOME/.cache/coreplay/fuzz-target}"
# The fixtures' build script builds the actors with the pinned toolchain, in its own target dir.
export COREPLAY_ACTORS_TARGET_DIR="${COREPLAY_ACTORS_TARGET_DIR:-$target_dir/coreplay-actors}"

corpus_root="${FUZZ_CORPUS_DIR:-$HOME/.cache/coreplay/fuzz-corpus}"
mkdir -p "$corpus_root"
echo "fuzz: writing seed corpora into $corpus_root"
cargo +nightly run --locked --release --quiet --target-dir "$target_dir" --bin seed-corpus -- "$corpus_root"

summary=()
for target in "${targets[@]}"; do
	until="at most $seconds s"
	[ "$runs" = 0 ] || until="$until and $runs executions"
	echo "fuzz: $target for $until (sanitizer $sanitizer)"
	corpus_dir="$corpus_root/$target"
	mkdir -p "$corpus_dir" "artifacts/$target"
	log="artifacts/$target/last-run.log"
	status=0
	limit=()
	[ "$runs" = 0 ] || limit=(-runs="$runs")
	start=$(date +%s)
	cargo +nightly fuzz run --sanitizer "$sanitizer" --target-dir "$target_dir" "$target" "$corpus_dir" -- \
		-max_total_time="$seconds" "${limit[@]}" -rss_limit_mb=4096 -timeout=30 -print_final_stats=1 \
		-artifact_prefix="artifacts/$target/" >"$log" 2>&1 || status=$?
	took=$(($(date +%s) - start))
	executed=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
	corpus=$(find "$corpus_dir" -type f | wc -l)
	# libFuzzer's findings: crash-, leak-, timeout- and oom- files; slow-unit- files are inputs that took long
	# (more than 10 s, e.g. on a busy machine), not failures.
	crashes=$(find "artifacts/$target" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$target" "$sanitizer" "$took" \
		"${executed:-0}" "$corpus" "$crashes" "$status" >>"$corpus_root/runs.tsv"
	total=$(awk -F'\t' -v t="$target" '$2 == t { n += $5 } END { print n + 0 }' "$corpus_root/runs.tsv")
	line="$target: ${executed:-?} executions in $took s, corpus $corpus inputs, $crashes crash artifacts, exit $status; $total executions in all recorded runs"
	echo "fuzz: $line"
	summary+=("$line")
	[ "$status" = 0 ] || tail -40 "$log" >&2
done
echo
printf '%s\n' "${summary[@]}"
