//! AVF upload checks on arbitrary bytes: `Machine::validate_code` (what `upload_code` runs) and `Machine::load`
//! (what every execution runs) must never panic, and code accepted at upload always loads, with the same
//! `CodeInfo`. `load` checks structure only (wasmi validates each function at its first call), so it may accept
//! code upload refuses. Half the inputs are wrapped in a valid AVF header, so that the Wasm checks are reached.
//! Seeds: the example actors (`cargo run --release --bin seed-corpus`).

#![no_main]

use coreplay_fuzz::LIMITS;
use coreplay_primitives::avf::{self, Format};
use coreplay_vm::Machine;
use libfuzzer_sys::fuzz_target;

thread_local! {
	static MACHINE: Machine = Machine::new(LIMITS);
}

fuzz_target!(|data: &[u8]| MACHINE.with(|machine| {
	let wrapped;
	let blob = match data.split_first() {
		Some((0, wasm)) => {
			wrapped = avf::wrap(Format::Wasm, wasm);
			&wrapped[..]
		}
		Some((_, blob)) => blob,
		None => data,
	};
	let validated = machine.validate_code(blob);
	let loaded = machine.load(blob);
	match (&validated, &loaded) {
		(Ok(info), Ok(code)) => assert_eq!(info, code.info(), "load learns what validation learnt"),
		// `load` checks structure only (wasmi validates each function at its first call), so it may accept code
		// upload refuses, and the two may name different first errors.
		(Err(_), _) => {}
		(Ok(_), Err(error)) => panic!("load refuses code upload accepts: {error:?}"),
	}
}));
