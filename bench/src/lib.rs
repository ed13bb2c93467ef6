//! Benchmarks of the Coreplay runtime's Wasm under the node's executor (`sc-executor`); the code is in
//! `benches/in_runtime.rs` (`cargo bench -p coreplay-bench`, or `scripts/bench.sh`, which renders its results into
//! `docs/performance.md`). This library is empty: the crate exists so that the workspace's `Cargo.toml` can
//! compile it optimised in the dev profile, as a validator's release build is, without optimising the runtime
//! crate's native build too.
