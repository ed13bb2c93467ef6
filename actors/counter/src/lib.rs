//! `counter`: counts increments (calls) and services. See `README.md` for the encodings.
#![no_std]

extern crate alloc;

use alloc::vec::Vec;
use coreplay_actor::{yield_now, StateCell, TaskId};

/// The whole state: lives in linear memory, so it is part of every snapshot.
struct Counter {
	/// Increments so far (plus the initial count).
	count: u64,
	/// `service` calls since creation.
	services: u64,
}

static STATE: StateCell<Counter> = StateCell::new(Counter { count: 0, services: 0 });

/// `args`: empty, or the initial count as 8 bytes little-endian. Any other length traps, so creation fails.
async fn main(args: Vec<u8>) {
	let initial = match args.len() {
		0 => 0,
		_ => u64::from_le_bytes(args.try_into().expect("args: empty or 8 bytes; qed")),
	};
	STATE.with(|state| state.count = initial);
	loop {
		// `init` ends here; every `service` resumes, counts itself and yields again.
		yield_now().await;
		STATE.with(|state| state.services += 1);
	}
}

/// `[0]`: increment, `Ok(new count)`. `[1]`: `Ok(count ++ services)`. Anything else: `Err(())`.
fn call(_origin: Option<TaskId>, data: Vec<u8>) -> Result<Vec<u8>, ()> {
	STATE.with(|state| match data.as_slice() {
		[0] => {
			state.count = state.count.wrapping_add(1);
			Ok(state.count.to_le_bytes().to_vec())
		}
		[1] => Ok([state.count.to_le_bytes(), state.services.to_le_bytes()].concat()),
		_ => Err(()),
	})
}

coreplay_actor::export_actor! {
	main: main,
	call: call,
}
