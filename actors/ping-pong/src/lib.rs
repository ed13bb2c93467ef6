//! `ping-pong`: two instances of this code, each created with the other's task id, talk both ways: a synchronous
//! `call_actor` ("ping" → "pong") and one asynchronous message per service. See `README.md` for the encodings.
#![no_std]

extern crate alloc;

use alloc::vec::Vec;
use codec::Encode;
use coreplay_actor::{call_actor, send_message, try_next_message, yield_now, StateCell, TaskId};

/// Call data of a ping.
const PING: u8 = 0;
/// Call data of a counters query.
const GET: u8 = 1;
/// What a ping returns.
const PONG: &[u8] = b"pong";

/// What this instance has seen; a `get` call returns it SCALE-encoded (five `u64` LE, 40 bytes).
#[derive(Clone, Copy, Encode)]
struct Counters {
	/// `service` calls since creation (each is one round).
	services: u64,
	/// Pings this instance answered (calls `[0x00]` from anyone).
	pings_served: u64,
	/// Pings this instance sent to the peer that came back `Ok("pong")`.
	pongs_received: u64,
	/// Messages this instance sent to the peer (one per service).
	messages_sent: u64,
	/// Messages received from the peer (messages from other senders are dropped uncounted).
	messages_received: u64,
}

struct PingPong {
	peer: TaskId,
	counters: Counters,
}

static STATE: StateCell<PingPong> = StateCell::new(PingPong {
	peer: 0,
	counters: Counters {
		services: 0,
		pings_served: 0,
		pongs_received: 0,
		messages_sent: 0,
		messages_received: 0,
	},
});

/// `args`: the peer's task id, 4 bytes `u32` LE (anything else traps: creation fails).
async fn main(args: Vec<u8>) {
	let peer =
		TaskId::from_le_bytes(args.try_into().expect("args: the peer's TaskId, 4 bytes; qed"));
	STATE.with(|state| state.peer = peer);
	loop {
		// `init` ends here; each `service` is one round.
		yield_now().await;
		let round = STATE.with(|state| {
			state.counters.services += 1;
			state.counters.services
		});

		// 1. Count what the peer sent (in an earlier round, or earlier in this APoV).
		while let Some((from, _data)) = try_next_message() {
			if from.actor() == Some(peer) {
				STATE.with(|state| state.counters.messages_received += 1);
			}
		}

		// 2. Ping the peer synchronously, if it is co-scheduled.
		if call_actor(peer, &[PING]).is_ok_and(|reply| reply == PONG) {
			STATE.with(|state| state.counters.pongs_received += 1);
		}

		// 3. One asynchronous message per round: the round number.
		send_message(peer, &round.to_le_bytes());
		STATE.with(|state| state.counters.messages_sent += 1);
	}
}

/// `[0x00]`: ping → `Ok("pong")`. `[0x01]`: the counters. Anything else: `Err(())`.
fn call(_origin: Option<TaskId>, data: Vec<u8>) -> Result<Vec<u8>, ()> {
	STATE.with(|state| match data.as_slice() {
		[PING] => {
			state.counters.pings_served += 1;
			Ok(PONG.to_vec())
		}
		[GET] => Ok(state.counters.encode()),
		_ => Err(()),
	})
}

coreplay_actor::export_actor! {
	main: main,
	call: call,
}
