//! Production vs validation: the sequencer (`coreplay_sequencer::Sequencer::build_apov`, what the node's
//! `actors_buildApov` runs) builds APoVs from fuzzer-chosen Agendas over the example actors, and the validator
//! (`coreplay_vm::validate_pov`, what `pallet-actors` runs in the runtime) must accept every one it builds, with the
//! same execution; the same APoV with any single byte of one `post` slab changed must be rejected with
//! `PostMismatch`. The same APoV with compact `post` slabs (deltas against `pre`) must validate to the same
//! execution, and with any single byte of one delta changed must be rejected (`PostMismatch` or `BadPostDelta`).
//! Up to four APoVs run in sequence, each canonicalised into the world before the next is built,
//! so later Agendas start from states the earlier ones produced.

#![no_main]

use arbitrary::Arbitrary;
use coreplay_fuzz::{World, FUEL};
use coreplay_primitives::{AgendaItem, OutboundMessage, TaskId, Witness};
use coreplay_sequencer::{ApovRequest, Sequencer};
use coreplay_vm::{validate_pov, Execution, PostForm, PovError};
use libfuzzer_sys::fuzz_target;
use std::cell::RefCell;

#[derive(Arbitrary, Debug)]
enum Entry {
	Service { times: u8 },
	Call { input: Vec<u8> },
}

#[derive(Arbitrary, Debug)]
struct Item {
	actor: u8,
	entry: Entry,
}

#[derive(Arbitrary, Debug)]
struct Step {
	/// Messages delivered to the world's actors before the APoV is built.
	deliver: Vec<(u8, u8, Vec<u8>)>,
	items: Vec<Item>,
	preimages: Vec<Vec<u8>>,
	/// Which post slab, which byte, and the (non-zero) xor of the mutation.
	mutate: (u8, u32, u8),
}

thread_local! {
	static WORLD: RefCell<World> = RefCell::new(World::new());
}

fuzz_target!(|steps: Vec<Step>| WORLD.with_borrow_mut(|world| run(world, steps)));

fn run(world: &mut World, steps: Vec<Step>) {
	// Every input starts from the created world: inputs must not depend on each other.
	world.reset();
	let sequencer = Sequencer::new(*world.machine.limits());
	let actor_count = world.actor_count() as u8;
	for step in steps.into_iter().take(4) {
		for (from, to, data) in step.deliver.into_iter().take(4) {
			let to = TaskId::from(to % actor_count);
			// Into a full inbox it is refused, as the pallet refuses it.
			let _full = world.chain.deliver(&[OutboundMessage { from: TaskId::from(from), to, data }]);
		}
		let mut agenda: Vec<AgendaItem> = step
			.items
			.into_iter()
			.take(8)
			.map(|item| {
				let actor = TaskId::from(item.actor % actor_count);
				match item.entry {
					Entry::Service { times } => {
						AgendaItem::service(actor, 1 + u32::from(times % 4))
					}
					Entry::Call { input } => AgendaItem::call(actor, input, Vec::new()),
				}
			})
			.collect();
		// Every co-scheduled actor needs a Service item (RFC); add the missing ones, so that inputs reach execution.
		for actor in coreplay_sequencer::coscheduled(&agenda) {
			if !agenda.iter().any(|item| {
				item.actor == actor
					&& matches!(item.entry, coreplay_primitives::Invocation::Service { .. })
			}) {
				agenda.push(AgendaItem::service(actor, 1));
			}
		}
		if agenda.is_empty() {
			return;
		}
		let request = ApovRequest {
			agenda,
			witness: Witness { preimages: step.preimages.into_iter().take(2).collect() },
			fuel_limit: FUEL,
			post_form: PostForm::Full,
		};
		// Production may fail (a Call the actor rejects, a trap, fuel): then there is nothing to validate.
		let Ok(built) = sequencer.build_apov(&world.chain, request) else { return };
		let apov = built.apov;
		let codes =
			world.codes_for(&apov).expect("the sequencer only co-schedules existing actors");

		let validated = validate_pov(&world.machine, &apov, &codes, FUEL)
			.unwrap_or_else(|e| panic!("the validator rejects a produced APoV: {e:?}\n{apov:?}"));
		assert_eq!(validated, built.execution, "validation and production executed differently");

		let (slab, at, xor) = step.mutate;
		let slab = usize::from(slab) % apov.slabs.len();
		if !apov.slabs[slab].post.is_empty() {
			let mut mutated = apov.clone();
			let post = &mut mutated.slabs[slab].post;
			let at = at as usize % post.len();
			post[at] ^= xor.max(1);
			assert_eq!(
				validate_pov(&world.machine, &mutated, &codes, FUEL).err(),
				Some(PovError::PostMismatch),
				"a post with byte {at} of slab {slab} changed is not rejected as PostMismatch"
			);
		}
		// The compact form validates to the same execution, and any changed byte of a delta is refused: a
		// canonical delta is the only one of its state, so a changed one is not canonical or is another state.
		let max_pages = world.machine.limits().max_memory_pages;
		let mut compact = apov.clone();
		for slab in &mut compact.slabs {
			slab.compact(max_pages).expect("produced posts are canonical snapshots");
		}
		let by_delta = validate_pov(&world.machine, &compact, &codes, FUEL)
			.unwrap_or_else(|e| panic!("the validator rejects a compact APoV: {e:?}"));
		assert_eq!(Execution { posts: Vec::new(), ..by_delta }, validated, "the forms disagree");
		if let Some(delta) = compact.slabs.get_mut(slab).map(|s| &mut s.post) {
			let at = at as usize % delta.len();
			delta[at] ^= xor.max(1);
			let result = validate_pov(&world.machine, &compact, &codes, FUEL).err();
			assert!(
				matches!(
					result,
					Some(
						PovError::PostMismatch | PovError::BadPostDelta(_) | PovError::SlabTooLarge
					)
				),
				"a delta post with byte {at} of slab {slab} changed: {result:?}"
			);
		}
		// The pallet expires what the chain refuses (a message it cannot deliver, an upgrade to unknown code);
		// the world then stays as it was.
		let _refused = world.canonicalise(&apov, &validated);
	}
}
