//! Sets `SUBSTRATE_CLI_IMPL_VERSION` (the version `--version` prints: crate version and git commit).

use substrate_build_script_utils::{generate_cargo_keys, rerun_if_git_head_changed};

fn main() {
	generate_cargo_keys();
	rerun_if_git_head_changed();
}
