//! Chain specifications, built from the runtime's genesis presets (`runtime/src/genesis_config_presets.rs`).

use coreplay_runtime::WASM_BINARY;
use sc_service::{ChainType, Properties};

/// The node's chain spec: a genesis from a runtime preset (or a JSON file), no extensions.
pub type ChainSpec = sc_service::GenericChainSpec;

/// The runtime's Wasm, which every chain spec embeds.
fn wasm_binary() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"the runtime's Wasm was not built (SKIP_WASM_BUILD was set): build the node without it"
			.to_string()
	})
}

/// Token properties for wallets and polkadot-js: `UNIT`, 12 decimals, the generic Substrate SS58 prefix.
fn properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), "UNIT".into());
	properties.insert("tokenDecimals".into(), 12.into());
	properties.insert("ss58Format".into(), 42.into());
	properties
}

/// `--dev` / `--chain dev`: Alice alone authors and finalises (the runtime's `development` preset).
pub fn development_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name("Coreplay Development")
		.with_id("dev")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_preset_name(sp_genesis_builder::DEV_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// `--chain local`: Alice, Bob and Charlie author and finalise (the runtime's `local_testnet` preset).
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name("Coreplay Local Testnet")
		.with_id("local_testnet")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}
