//! `heartbeat`: an actor that wants to run at every block and pays for it (issue 29: "an actor that wants running
//! pays for it"). It beats at most once per block (the first `service` at a new `now()`); `payout(now)` offers the tip set at
//! creation while beats are left, so a sequencer that serves actors for their payout (the node's, at least
//! `--sequencer-min-payout` and its share of the APoV's fee) keeps it beating with no message and no call. See
//! `README.md` for the encodings.
#![no_std]

extern crate alloc;

use alloc::vec::Vec;
use codec::{DecodeAll, Encode};
use coreplay_actor::{now, yield_now, Balance, BlockNumber, StateCell, TaskId};

/// The whole state: lives in linear memory, so it is part of every snapshot.
struct Heartbeat {
	/// What `payout` offers per APoV while beats are left, in the chain's smallest unit (paid from the actor's
	/// account, as far as its balance allows).
	tip: Balance,
	/// Beats it still wants (and pays for).
	beats_left: u64,
	/// Beats so far.
	beats: u64,
	/// The block (`now()`) of the last beat, 0 before the first.
	last: BlockNumber,
}

static STATE: StateCell<Heartbeat> =
	StateCell::new(Heartbeat { tip: 0, beats_left: 0, beats: 0, last: 0 });

/// `args`: SCALE `(tip: u128, beats: u64)`, 24 bytes. Anything else traps, so creation fails.
async fn main(args: Vec<u8>) {
	let (tip, beats) = <(Balance, u64)>::decode_all(&mut &args[..])
		.expect("args: (tip u128, beats u64), SCALE; qed");
	STATE.with(|state| {
		state.tip = tip;
		state.beats_left = beats;
	});
	loop {
		// `init` ends here; every `service` resumes, beats if beats are left and it has not beaten in this
		// block yet, and yields again.
		yield_now().await;
		let now = now();
		STATE.with(|state| {
			if state.beats_left > 0 && (state.beats == 0 || now > state.last) {
				state.beats_left -= 1;
				state.beats += 1;
				state.last = now;
			}
		});
	}
}

/// `[0x00]`: `Ok((beats u64, beats_left u64, last u32))`, SCALE (20 bytes). Anything else: `Err(())`.
fn call(_origin: Option<TaskId>, data: Vec<u8>) -> Result<Vec<u8>, ()> {
	match data.as_slice() {
		[0x00] => Ok(STATE.with(|state| (state.beats, state.beats_left, state.last).encode())),
		_ => Err(()),
	}
}

/// The tip while beats are left, else 0 (a sequencer then leaves it alone).
fn payout(_now: BlockNumber) -> Balance {
	STATE.with(|state| if state.beats_left > 0 { state.tip } else { 0 })
}

coreplay_actor::export_actor! {
	main: main,
	call: call,
	payout: payout,
}
