//! `{{name}}`: a Coreplay actor. It counts: each `Inc` call adds one, prints the new count and emits it as a
//! `Counted` event; `Get` answers the count. Made by `coreplay new`; `README.md` has the commands.
//!
//! Its ABI (`coreplay_actor::metadata!` below; `coreplay build` writes it as `{{name}}.json`, through which
//! `coreplay deploy` and `coreplay call` encode arguments from JSON and decode results and events), in SCALE:
//! - creation args: the initial count, a `u64` (8 bytes little-endian); empty args start at 0;
//! - call data: a [`Call`] (`Inc` is `[0x00]`, `Get` is `[0x01]`); its `Ok` output: the count, a `u64`;
//! - events: a [`Counted`] (the new count) at each `Inc`;
//! - any other call data: `Err(())`, which the chain refuses (an APoV cannot hold a rejected call).
#![cfg_attr(target_arch = "wasm32", no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{Decode, DecodeAll, Encode};
use coreplay_actor::{emit_event, print, yield_now, StateCell, TaskId};

/// The calls.
#[derive(Encode, Decode)]
#[cfg_attr(feature = "metadata", derive(scale_info::TypeInfo))]
pub enum Call {
	/// Adds one to the count, prints it and emits [`Counted`]; answers the new count.
	Inc,
	/// Answers the count.
	Get,
}

/// The event of an `Inc`.
#[derive(Encode, Decode)]
#[cfg_attr(feature = "metadata", derive(scale_info::TypeInfo))]
pub struct Counted {
	/// The count after it.
	pub count: u64,
}

coreplay_actor::metadata! {
	init: u64,
	call: Call,
	reply: u64,
	event: Counted,
}

/// The state: it lives in linear memory, so every snapshot holds it.
struct Counter {
	count: u64,
}

static STATE: StateCell<Counter> = StateCell::new(Counter { count: 0 });

/// Runs from creation: sets the initial count, then yields at every `service`.
async fn main(args: Vec<u8>) {
	let initial = match args.as_slice() {
		[] => 0,
		mut bytes => u64::decode_all(&mut bytes).expect("creation args: empty or a u64"),
	};
	STATE.with(|state| state.count = initial);
	loop {
		yield_now().await;
	}
}

/// A transaction (`origin == None`) or a call from a co-scheduled actor.
fn call(_origin: Option<TaskId>, data: Vec<u8>) -> Result<Vec<u8>, ()> {
	match Call::decode_all(&mut &data[..]).map_err(|_| ())? {
		Call::Inc => {
			let count = STATE.with(|state| {
				state.count = state.count.wrapping_add(1);
				state.count
			});
			print(&alloc::format!("count: {count}"));
			emit_event(&[], &Counted { count }.encode());
			Ok(count.encode())
		}
		Call::Get => Ok(STATE.with(|state| state.count).encode()),
	}
}

coreplay_actor::export_actor! {
	main: main,
	call: call,
}
