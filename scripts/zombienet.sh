#!/usr/bin/env bash
# Runs the zombienet network tests (zombienet/*.zndsl) with the native provider: three coreplay-node validators
# on loopback. Needs the npm packages (scripts/setup.sh), the node and the actors' AVF blobs (scripts/test.sh
# builds them first; run alone, this builds whichever is missing).
#
# zombienet's output goes to $CARGO_TARGET_DIR/zombienet/<test>.log, the network's files (chain specs, each node's
# <name>.log) to $CARGO_TARGET_DIR/zombienet/<test>/. On failure this prints the failing assertions (or the end of
# zombienet's output) and the tail of every node's log.
# Usage: scripts/zombienet.sh [zombienet/<test>.zndsl ...] (default: all of them)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/coreplay/target}"
export COREPLAY_NODE="${COREPLAY_NODE:-$CARGO_TARGET_DIR/debug/coreplay-node}"
export COREPLAY_AVF_DIR="${COREPLAY_AVF_DIR:-$CARGO_TARGET_DIR/actors}"

[ -x scripts/node_modules/.bin/zombienet ] || { echo "zombienet: npm packages missing: run scripts/setup.sh first" >&2; exit 1; }
[ -x "$COREPLAY_NODE" ] || cargo build --locked -p coreplay-node
for actor in counter ping-pong minimal spin sidetask mutex ledger; do
	[ -f "$COREPLAY_AVF_DIR/$actor.avf" ] || { scripts/build-actors.sh "$COREPLAY_AVF_DIR" >/dev/null; break; }
done

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
		grep -A 8 '❌' "$log" | grep -v '^\s*at ' | head -n 40 >&2 || tail -n 30 "$log" >&2
		for node_log in "$dir"/*.log; do
			[ -f "$node_log" ] || continue
			echo "--- $node_log (tail)" >&2
			tail -n 25 "$node_log" >&2
		done
	fi
done
exit $status
