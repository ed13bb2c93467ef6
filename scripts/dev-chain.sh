#!/usr/bin/env bash
# Brings up a Coreplay dev chain and shows an actor advancing on it:
#   1. installs what is missing (scripts/setup.sh: Rust toolchain and targets, apt packages, Node.js, npm packages);
#   2. builds coreplay-node (runtime Wasm included) and the example actors' AVF blobs;
#   3. starts `coreplay-node --dev` (one validator and its sequencer, Alice; temporary database; RPC on
#      ws://127.0.0.1:9944; a block a second, final at once: `--consensus manual-seal-1000`, unless the extra
#      node args give another `--consensus`, e.g. `-- --consensus aura` for 6-second Aura slots and GRANDPA);
#   4. runs the demo (scripts/bin/demo.js): deploys `counter` and advances it with APoVs built by
#      actors_buildApov, printing its sequence and state hash from chain state; then deploys two `ping-pong`
#      actors, sends one a message, and watches the node's sequencer play ten rounds by itself;
#   5. keeps the chain running until Ctrl-C.
#
# Usage: scripts/dev-chain.sh [--no-demo] [-- <extra coreplay-node args>]
# Environment: COREPLAY_RPC_PORT (default 9944), CARGO_TARGET_DIR (default ~/.cache/coreplay/target).
# A cold build on a 2-core machine takes about 40 minutes (README.md, "Build times"); later runs start in seconds.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/coreplay/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
port="${COREPLAY_RPC_PORT:-9944}"

demo=1
node_args=()
while [ $# -gt 0 ]; do
	case "$1" in
	--no-demo) demo=0 ;;
	--) shift; node_args=("$@"); break ;;
	-h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "dev-chain: unknown argument $1 (try --help)" >&2; exit 1 ;;
	esac
	shift
done

scripts/setup.sh
echo "== building coreplay-node (cold: about 40 min on 2 cores; warm: seconds)"
cargo build --locked -p coreplay-node
echo "== building the example actors"
scripts/build-actors.sh >/dev/null

if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
	echo "dev-chain: port $port is in use: is a node already running? Stop it or set COREPLAY_RPC_PORT." >&2
	exit 1
fi
log="$CARGO_TARGET_DIR/dev-chain.log"
consensus=(--consensus manual-seal-1000)
for arg in "${node_args[@]}"; do
	case "$arg" in --consensus | --consensus=*) consensus=() ;; esac
done
echo "== starting coreplay-node --dev ${consensus[*]} (RPC ws://127.0.0.1:$port, log $log)"
"$CARGO_TARGET_DIR/debug/coreplay-node" --dev --rpc-port "$port" "${consensus[@]}" "${node_args[@]}" >"$log" 2>&1 &
node_pid=$!
trap 'kill -INT $node_pid 2>/dev/null || true; wait $node_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
	(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
	kill -0 $node_pid 2>/dev/null || { echo "dev-chain: coreplay-node exited; its log:" >&2; tail -n 30 "$log" >&2; exit 1; }
	sleep 0.5
done
(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "dev-chain: no RPC on port $port after 60 s; log: $log" >&2; exit 1; }

if [ "$demo" = 1 ]; then
	echo "== demo: deploy counter, advance it with APoVs; then two ping-pong actors the node's sequencer plays"
	node scripts/bin/demo.js --ws "ws://127.0.0.1:$port"
fi
echo "== the dev chain runs at ws://127.0.0.1:$port (Ctrl-C stops it). Try:"
echo "   node scripts/bin/submit-apov.js 0          # one Service for actor 0"
echo "   node scripts/bin/call.js 0 0x01            # the counter's get"
echo "   node scripts/bin/watch.js                  # follow actor events"
wait $node_pid
