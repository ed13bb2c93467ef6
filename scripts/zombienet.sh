#!/usr/bin/env bash
# Runs the zombienet network tests (zombienet/*.zndsl) with the native provider: three coreplay-node validators
# on loopback. Needs the node and the actors' AVF blobs built (scripts/test.sh builds them first; run alone, this
# builds them too) and the npm packages (scripts/setup.sh).
#
# zombienet's output goes to <dir>/zombienet.log, each node's to <dir>/<name>.log, where <dir> is
# $CARGO_TARGET_DIR/zombienet/<test>. On failure this prints the failing assertions and the tail of every
# node's log. Usage: scripts/zombienet.sh [zombienet/<test>.zndsl ...] (default: all of them)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/coreplay/target}"
export COREPLAY_NODE="${COREPLAY_NODE:-$CARGO_TARGET_DIR/debug/coreplay-node}"
export COREPLAY_AVF_DIR="${COREPLAY_AVF_DIR:-$CARGO_TARGET_DIR/actors}"

if [ ! -x "$COREPLAY_NODE" ] || [ ! -f "$COREPLAY_AVF_DIR/counter.avf" ]; then
	cargo build --locked -p coreplay-node
	scripts/build-actors.sh "$COREPLAY_AVF_DIR" >/dev/null
fi

tests=("$@")
[ ${#tests[@]} -gt 0 ] || tests=(zombienet/*.zndsl)
status=0
for test in "${tests[@]}"; do
	name="$(basename "$test" .zndsl)"
	dir="$CARGO_TARGET_DIR/zombienet/$name"
	rm -rf "$dir"
	mkdir -p "$(dirname "$dir")"
	log="$CARGO_TARGET_DIR/zombienet/$name.log"
	echo "zombienet: $test (log $log, network files $dir)"
	start=$(date +%s)
	if (cd zombienet && "$repo/scripts/node_modules/.bin/zombienet" -p native -l text -f -d "$dir" test "$(basename "$test")") >"$log" 2>&1; then
		echo "zombienet: $test passed in $(($(date +%s) - start)) s: $(grep -c '✅' "$log" || true) assertions"
	else
		status=1
		echo "zombienet: $test FAILED after $(($(date +%s) - start)) s" >&2
		# The failing assertions, each with the lines that follow it (a js-script's error).
		grep -A 8 '❌' "$log" | grep -v '^\s*at ' | head -n 40 >&2 || true
		for node_log in "$dir"/*.log; do
			[ -f "$node_log" ] || continue
			echo "--- $node_log (tail)" >&2
			tail -n 25 "$node_log" >&2
		done
	fi
done
exit $status
