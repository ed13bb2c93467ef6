#!/usr/bin/env bash
# Runs the cargo-fuzz targets in fuzz/ (fuzz/README.md): installs the nightly toolchain and cargo-fuzz if missing,
# writes the seed corpora, then runs each target for the given time and prints one summary line per target
# (executions, corpus size, crash artifacts). Not part of the test command: fuzzing needs nightly and time.
# Usage: scripts/fuzz.sh [--time SECONDS] [TARGET ...]   (default 300 s each; targets: apov_validate code_bytes
#        code_smith differential). Target dir: $FUZZ_TARGET_DIR (default ~/.cache/coreplay/fuzz-target).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo/fuzz"
seconds=300
targets=()
while [ $# -gt 0 ]; do
	case "$1" in
	--time) seconds="${2:?--time needs a value}"; shift ;;
	-h | --help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	-*) echo "fuzz: unknown option $1 (try --help)" >&2; exit 1 ;;
	*) targets+=("$1") ;;
	esac
	shift
done
[ ${#targets[@]} -gt 0 ] || targets=(apov_validate code_bytes code_smith differential)

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo +nightly install cargo-fuzz --locked
target_dir="${FUZZ_TARGET_DIR:-$HOME/.cache/coreplay/fuzz-target}"
# The fixtures' build script builds the actors with the pinned toolchain, in its own target dir.
export COREPLAY_ACTORS_TARGET_DIR="${COREPLAY_ACTORS_TARGET_DIR:-$target_dir/coreplay-actors}"

echo "fuzz: writing seed corpora"
cargo +nightly run --locked --release --quiet --target-dir "$target_dir" --bin seed-corpus -- corpus

summary=()
for target in "${targets[@]}"; do
	echo "fuzz: $target for $seconds s"
	mkdir -p "corpus/$target" "artifacts/$target"
	log="artifacts/$target/last-run.log"
	status=0
	cargo +nightly fuzz run --target-dir "$target_dir" "$target" "corpus/$target" -- \
		-max_total_time="$seconds" -rss_limit_mb=4096 -timeout=30 -print_final_stats=1 >"$log" 2>&1 || status=$?
	runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
	corpus=$(find "corpus/$target" -type f | wc -l)
	crashes=$(find "artifacts/$target" -type f ! -name last-run.log | wc -l)
	line="$target: ${runs:-?} executions in $seconds s, corpus $corpus inputs, $crashes crash artifacts, exit $status"
	echo "fuzz: $line"
	summary+=("$line")
	[ "$status" = 0 ] || tail -40 "$log" >&2
done
echo
printf '%s\n' "${summary[@]}"
