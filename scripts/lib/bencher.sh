# Sourced by scripts/weights.sh and scripts/bench.sh: `bencher_path` prints the path of frame-omni-bencher 0.28.0
# (the 2609-line frame-benchmarking-cli 64), installing it first if it is missing: a one-time build of about
# 1,200 crates, RocksDB and binaryen included (over an hour on 2 cores), into $BENCHER_ROOT (default
# ~/.cache/coreplay/omni). Progress goes to stderr.
bencher_path() {
	local root="${BENCHER_ROOT:-$HOME/.cache/coreplay/omni}"
	local bencher="$root/bin/frame-omni-bencher"
	if [ ! -x "$bencher" ]; then
		# RocksDB's bindgen (a frame-omni-bencher dependency) needs libclang.
		if ! ls /usr/lib/llvm-*/lib/libclang*.so >/dev/null 2>&1; then
			local sudo_cmd=""
			[ "$(id -u)" = 0 ] || sudo_cmd=sudo
			$sudo_cmd apt-get update -qq >&2
			$sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libclang-dev >/dev/null
		fi
		echo "installing frame-omni-bencher 0.28.0 into $root (one time; over an hour on 2 cores)" >&2
		# Outside the repository, so that its own Cargo.lock (--locked) and the stable toolchain are used.
		(cd /tmp && cargo install frame-omni-bencher@0.28.0 --locked --root "$root") >&2
	fi
	echo "$bencher"
}
