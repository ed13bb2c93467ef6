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
		# Outside the repository, so that its own Cargo.lock (--locked) and the stable toolchain are used; built in
		# a target directory of its own under $root, kept, so that an install cut short resumes where it stopped.
		(cd /tmp && CARGO_TARGET_DIR="$root/build" cargo install frame-omni-bencher@0.28.0 --locked --root "$root") >&2 || {
			echo "frame-omni-bencher 0.28.0 did not install (cargo's output above); run again to resume the build" >&2
			return 1
		}
	fi
	echo "$bencher"
}

# `run_bencher BENCHER ARGS...` runs frame-omni-bencher with its allocator told to reuse memory as coreplay-node's
# does. The bencher links jemalloc (polkadot-jemalloc-shim), which zeroes a large `calloc` outside its thread cache
# by purging the pages (`MADV_DONTNEED` in `ehooks_default_zero_impl`, jemalloc 5.3), so every host function that
# reads a slice of the runtime's memory (`FunctionContext::read_memory` allocates `vec![0; len]`: blake2_256 of a
# snapshot, offchain_index::set of a `post`) faulted once per 4 KiB page in the benchmarks, where coreplay-node
# (glibc's malloc, which clears a reused chunk with memset) does not. So the thread cache serves sizes up to its
# limit, 8 MiB (`tcache_max`), and is not flushed as the bytes allocated grow (`tcache_gc_incr_bytes` 4 GiB; at
# its default of 64 KiB, the cache's periodic flushes sent buffers back to the purge): a freed buffer is reused
# and cleared with memset. `snapshot_pages`' slope: 337-344 µs per `k` without the setting, 280-284 with `tcache_max` alone,
# 231-239 with both, as with `thp:always` (234-241; not kept: `fuel_locals` then varied 1.14-1.82 ns per unit
# from run to run), where a stored page pair takes about 180 µs in a block import (docs/performance.md, session
# 27). `fuel` and `submit_apov_fixed` measure the same either way.
run_bencher() {
	local bencher="$1"
	shift
	MALLOC_CONF=tcache_max:8388608,tcache_gc_incr_bytes:4294967296 "$bencher" "$@"
}

# `bench_runtime_wasm TARGET_DIR` builds the runtime Wasm with runtime-benchmarks into TARGET_DIR (`cargo check`
# runs the runtime's build script, which builds the Wasm in release with the crate's features; the native crates
# are only checked) and prints its path. Once, right after a build of the Wasm without the feature, the build
# script ran and left the Wasm without the benchmark API (frame-omni-bencher: "Did not find the benchmarking
# runtime api"); so the Wasm is checked for it, and rebuilt once more with the build script forced to run.
bench_runtime_wasm() {
	local target="$1"
	local wasm="$target/debug/wbuild/coreplay-runtime/coreplay_runtime.wasm"
	CARGO_TARGET_DIR="$target" cargo check --locked -p coreplay-runtime --features runtime-benchmarks >&2
	if ! grep -q Benchmark_benchmark_metadata "$wasm" 2>/dev/null; then
		echo "the runtime Wasm lacks the benchmark API: rebuilding it" >&2
		touch runtime/build.rs
		CARGO_TARGET_DIR="$target" cargo check --locked -p coreplay-runtime --features runtime-benchmarks >&2
	fi
	grep -q Benchmark_benchmark_metadata "$wasm" || {
		echo "$wasm was built without the benchmark API (feature runtime-benchmarks)" >&2
		return 1
	}
	echo "$wasm"
}
