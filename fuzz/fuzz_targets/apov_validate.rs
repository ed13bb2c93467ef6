//! APoV decoding and validation against the example actors: arbitrary bytes are decoded as the `apov` argument of
//! `submit_apov` is decoded in the runtime (SCALE, depth-limited like an extrinsic) and, if they decode, validated
//! with `coreplay_vm::validate_pov` under the development chain's limits, with each slab's actor's code taken from
//! the world (slabs for actors it does not have end the input, as `UnknownActor` ends it in the pallet).
//!
//! Invariants: nothing panics; whatever validates re-encodes to the same APoV, and production from the same `pre`
//! slabs and inbox (`coreplay_vm::produce_pov`) gives the same Call outputs and posts (validation and production
//! cannot disagree); a validated delta `post` is the canonical delta of the full post. Seeds: `cargo run --release --bin seed-corpus` writes real APoVs built by the sequencer.

#![no_main]

use codec::{DecodeLimit, Encode};
use coreplay_fuzz::{World, FUEL};
use coreplay_primitives::{snapshot, ActorPov, Message};
use coreplay_vm::{produce_pov, validate_pov, Execution, PostForm};
use libfuzzer_sys::fuzz_target;

/// `sp_runtime`'s `MAX_EXTRINSIC_DEPTH`: how deep an extrinsic's arguments may nest.
const MAX_EXTRINSIC_DEPTH: u32 = 256;

thread_local! {
	static WORLD: World = World::new();
}

fuzz_target!(|data: &[u8]| WORLD.with(|world| run(world, data)));

fn run(world: &World, data: &[u8]) {
	let Ok(apov) = ActorPov::decode_all_with_depth_limit(MAX_EXTRINSIC_DEPTH, &mut &data[..])
	else {
		return;
	};
	let Some(codes) = world.codes_for(&apov) else { return };
	let Ok(execution) = validate_pov(&world.machine, &apov, &codes, FUEL) else { return };
	assert_eq!(apov.encode(), data, "a validated APoV re-encodes to its own bytes");

	let inboxes: Vec<&[Message]> = apov.slabs.iter().map(|s| apov.inbox_of(s.actor)).collect();
	let (produced, production) =
		produce_pov(&world.machine, apov.clone(), &codes, &inboxes, FUEL, PostForm::Full)
			.expect("what validates can be produced from the same pre slabs and inbox");
	assert_eq!(
		production,
		Execution { posts: Vec::new(), ..execution.clone() },
		"production and validation executed differently"
	);
	assert_eq!(produced.agenda, apov.agenda, "production fills in the same Call outputs");
	for (index, (made, given)) in produced.slabs.iter().zip(&apov.slabs).enumerate() {
		assert_eq!(made.post, execution.post(&apov, index), "production fills in the same posts");
		if snapshot::is_delta(&given.post) {
			// One state has one canonical delta against one `pre`.
			let max_pages = world.machine.limits().max_memory_pages;
			assert_eq!(
				snapshot::delta(&given.pre, &made.post, max_pages).as_ref(),
				Ok(&given.post),
				"a validated delta is the canonical delta of its state"
			);
		}
	}
}
