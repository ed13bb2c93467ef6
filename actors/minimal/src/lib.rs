//! `minimal`: the smallest actor. `main` completes at once; `call` echoes. See `README.md`.
#![no_std]

extern crate alloc;

use alloc::vec::Vec;
use coreplay_actor::TaskId;

/// Returns at once: `init` returns `1` and `main` is never polled again.
async fn main(_args: Vec<u8>) {}

/// Echoes non-empty data; empty data is rejected.
fn call(_origin: Option<TaskId>, data: Vec<u8>) -> Result<Vec<u8>, ()> {
	if data.is_empty() {
		Err(())
	} else {
		Ok(data)
	}
}

coreplay_actor::export_actor! {
	main: main,
	call: call,
}
