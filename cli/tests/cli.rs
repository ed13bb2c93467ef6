//! `coreplay` as a user runs it: every command has `--help`, failures exit non-zero with their cause, `new` makes
//! the crate the tutorial builds (`scripts/test/tutorial.test.js` runs the rest against a dev node), `check`
//! validates a blob under the dev chain's limits.

use std::process::{Command, Output};

fn coreplay(args: &[&str], dir: &std::path::Path) -> Output {
	Command::new(env!("CARGO_BIN_EXE_coreplay"))
		.args(args)
		.current_dir(dir)
		.output()
		.expect("coreplay runs")
}

fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn every_command_has_help() {
	let here = std::env::temp_dir();
	for command in ["new", "build", "check", "deploy", "call", "watch"] {
		let output = coreplay(&[command, "--help"], &here);
		assert!(output.status.success(), "{command} --help: {}", text(&output.stderr));
		assert!(
			text(&output.stdout).starts_with(char::is_uppercase),
			"{command}: a description first"
		);
	}
}

#[test]
fn new_makes_a_standalone_crate_and_refuses_what_it_cannot_make() {
	let dir = std::env::temp_dir().join(format!("coreplay-cli-test-{}", std::process::id()));
	std::fs::create_dir_all(&dir).expect("a temporary directory");
	let output = coreplay(&["new", "my-actor"], &dir);
	assert!(output.status.success(), "{}", text(&output.stderr));
	let made = dir.join("my-actor");
	for file in [
		"Cargo.toml",
		"Cargo.lock",
		"rust-toolchain.toml",
		"rustfmt.toml",
		"src/lib.rs",
		"tests/actor.rs",
		"README.md",
	] {
		assert!(made.join(file).is_file(), "{file} is missing");
	}
	let manifest = std::fs::read_to_string(made.join("Cargo.toml")).expect("written");
	assert!(manifest.contains("name = \"my-actor\""));
	let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the repository");
	let sdk = repo.join("actors/sdk");
	let sdk = format!("coreplay-actor = {{ path = \"{}\" }}", sdk.display());
	assert!(manifest.contains(&sdk), "{manifest}");
	assert!(!manifest.contains("{{"), "every placeholder filled: {manifest}");

	// The same again: the directory exists.
	let again = coreplay(&["new", "my-actor"], &dir);
	assert!(!again.status.success());
	assert!(
		text(&again.stderr).contains("exists: choose another --path"),
		"{}",
		text(&again.stderr)
	);
	// Not a package name.
	let bad = coreplay(&["new", "1actor"], &dir);
	assert!(!bad.status.success());
	assert!(text(&bad.stderr).contains("is not a package name"), "{}", text(&bad.stderr));
	std::fs::remove_dir_all(&dir).expect("cleaned up");
}

#[test]
fn check_validates_a_blob_under_the_dev_chains_limits() {
	let dir = std::env::temp_dir().join(format!("coreplay-cli-check-{}", std::process::id()));
	std::fs::create_dir_all(&dir).expect("a temporary directory");
	let good = dir.join("counter.avf");
	std::fs::write(&good, coreplay_fixtures::COUNTER.avf).expect("written");
	let output = coreplay(&["check", "--avf", good.to_str().expect("utf-8")], &dir);
	assert!(output.status.success(), "{}", text(&output.stderr));
	let expected = format!("code hash {:?}", coreplay_fixtures::COUNTER.code_hash());
	assert!(text(&output.stdout).contains(&expected), "{}", text(&output.stdout));

	let bad = dir.join("bad.avf");
	std::fs::write(&bad, b"not an actor").expect("written");
	let output = coreplay(&["check", "--avf", bad.to_str().expect("utf-8")], &dir);
	assert!(!output.status.success());
	assert!(text(&output.stderr).contains("is not an actor the development chain's limits accept"));
	std::fs::remove_dir_all(&dir).expect("cleaned up");
}

#[test]
fn build_outside_a_crate_says_so() {
	let output = coreplay(&["build", "--path", "/nonexistent"], &std::env::temp_dir());
	assert!(!output.status.success());
	assert!(
		text(&output.stderr).contains("coreplay: building /nonexistent"),
		"{}",
		text(&output.stderr)
	);
}
