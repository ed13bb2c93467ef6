//! `spin`: burns a chosen number of loop steps per `call` or `service`, for fuel and speed measurements. See
//! `README.md` for the encodings.
#![no_std]

extern crate alloc;

use alloc::vec::Vec;
use coreplay_actor::{yield_now, StateCell, TaskId};

/// One loop step: a 64-bit xorshift-multiply mix (no closed form, so every step really runs).
pub fn step(x: u64) -> u64 {
	(x ^ (x >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9).wrapping_add(1)
}

fn run(mut x: u64, steps: u32) -> u64 {
	for _ in 0..steps {
		x = step(x);
	}
	x
}

struct Spin {
	/// Steps each `service` runs.
	steps_per_service: u32,
	/// The value every step advances.
	acc: u64,
}

static STATE: StateCell<Spin> = StateCell::new(Spin { steps_per_service: 0, acc: 0 });

/// `args`: empty (no work per service) or `steps_per_service` as 4 bytes `u32` LE; anything else traps.
async fn main(args: Vec<u8>) {
	let steps = match args.len() {
		0 => 0,
		_ => u32::from_le_bytes(args.try_into().expect("args: empty or 4 bytes; qed")),
	};
	STATE.with(|spin| spin.steps_per_service = steps);
	loop {
		yield_now().await;
		STATE.with(|spin| spin.acc = run(spin.acc, spin.steps_per_service));
	}
}

/// `n` as 4 bytes `u32` LE: runs `n` steps, `Ok(acc as u64 LE)`. Anything else: `Err(())`.
fn call(_origin: Option<TaskId>, data: Vec<u8>) -> Result<Vec<u8>, ()> {
	let steps = u32::from_le_bytes(data.try_into().map_err(|_| ())?);
	STATE.with(|spin| {
		spin.acc = run(spin.acc, steps);
		Ok(spin.acc.to_le_bytes().to_vec())
	})
}

coreplay_actor::export_actor! {
	main: main,
	call: call,
}
