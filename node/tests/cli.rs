//! The command-line surface zombienet and users rely on, run on the built binary: `build-spec` for the `local`
//! chain (the preset's authorities), the plain-to-raw round trip through a JSON file (what zombienet does), and a
//! clear error for a missing chain spec file.
//!
//! These also make `cargo test --workspace` build `coreplay-node` itself (with the test build's features), which
//! `scripts/test.sh` then runs in its end-to-end and zombienet tests without a second node build.

use std::process::{Command, Output};

fn node(args: &[&str]) -> Output {
	Command::new(env!("CARGO_BIN_EXE_coreplay-node"))
		.args(args)
		.output()
		.expect("the coreplay-node binary runs")
}

fn json(output: &Output) -> serde_json::Value {
	assert!(output.status.success(), "stderr: {}", String::from_utf8_lossy(&output.stderr));
	serde_json::from_slice(&output.stdout).expect("build-spec prints JSON")
}

const ALICE: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

#[test]
fn build_spec_local_has_the_three_preset_authorities() {
	let spec = json(&node(&["build-spec", "--chain", "local", "--disable-default-bootnode"]));
	assert_eq!(spec["id"], "local_testnet");
	assert_eq!(spec["chainType"], "Local");
	let patch = &spec["genesis"]["runtimeGenesis"]["patch"];
	let aura = patch["aura"]["authorities"].as_array().expect("aura authorities");
	assert_eq!(aura.len(), 3);
	assert_eq!(aura[0], ALICE);
	assert_eq!(patch["grandpa"]["authorities"].as_array().expect("grandpa authorities").len(), 3);
	// The runtime Wasm: plain (`\0asm`) or, as the `production` profile builds it, compressed behind
	// `sp-maybe-compressed-blob`'s zstd prefix.
	let code = spec["genesis"]["runtimeGenesis"]["code"].as_str().expect("code");
	assert!(
		code.starts_with("0x0061736d") || code.starts_with("0x52bc537646db8e05"),
		"{}",
		&code[..18]
	);
}

#[test]
fn a_plain_spec_file_converts_to_raw() {
	let plain = node(&["build-spec", "--chain", "dev", "--disable-default-bootnode"]);
	json(&plain);
	let dir = std::env::temp_dir().join(format!("coreplay-node-cli-{}", std::process::id()));
	std::fs::create_dir_all(&dir).expect("temp dir");
	let file = dir.join("dev-plain.json");
	std::fs::write(&file, &plain.stdout).expect("write spec");
	let raw = json(&node(&[
		"build-spec",
		"--chain",
		file.to_str().expect("utf-8 path"),
		"--raw",
		"--disable-default-bootnode",
	]));
	std::fs::remove_dir_all(&dir).ok();
	assert_eq!(raw["id"], "dev");
	let top = raw["genesis"]["raw"]["top"].as_object().expect("raw storage");
	// `:code` is 0x3a636f6465.
	assert!(top.contains_key("0x3a636f6465"), "the raw spec holds the runtime code");
}

#[test]
fn a_missing_chain_spec_file_is_a_clear_error() {
	let output = node(&["build-spec", "--chain", "/nonexistent/coreplay.json"]);
	assert!(!output.status.success());
	let stderr = String::from_utf8_lossy(&output.stderr);
	assert!(stderr.contains("/nonexistent/coreplay.json"), "stderr: {stderr}");
	assert!(stderr.contains("No such file"), "stderr: {stderr}");
}
