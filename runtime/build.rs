//! Builds the runtime to Wasm with `substrate-wasm-builder` (skipped with `SKIP_WASM_BUILD=1`), with the workspace's
//! `production` profile (fat LTO, one codegen unit: measurably faster validation, `docs/performance.md`) unless
//! `WASM_BUILD_TYPE` names another (`release` builds about 2 minutes faster).

/// Makes `production` the default Wasm profile; the builder reads `WASM_BUILD_TYPE` (and reruns when it changes).
#[cfg(feature = "std")]
fn default_to_production() {
	if std::env::var_os("WASM_BUILD_TYPE").is_none() {
		// The build script is single-threaded: nothing reads the environment concurrently.
		std::env::set_var("WASM_BUILD_TYPE", "production");
	}
}

#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn main() {
	default_to_production();
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash("UNIT", 12)
		.build();
}

#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
fn main() {
	default_to_production();
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

#[cfg(not(feature = "std"))]
fn main() {}
