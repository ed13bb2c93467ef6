//! `{{name}}` off chain: built to its AVF blob and run in a `coreplay_test::World`, as the chain runs it. Calls and
//! events are the crate's own ABI types (`src/lib.rs`), encoded and decoded with SCALE.

use codec::{Decode, Encode};
use coreplay_test::{current_actor, Error, ExecError, TaskId, World};
use {{crate}}::{Call, Counted};

/// A world holding one `{{name}}` actor created with the count `initial` (empty args without), and its task id.
fn world(initial: Option<u64>) -> (World, TaskId) {
	let mut world = World::new();
	let args = initial.map(|count| count.encode()).unwrap_or_default();
	let created = world.deploy(&current_actor!().avf, &args).expect("the actor is created");
	(world, created.id)
}

/// The reply of `call`, decoded.
fn reply(world: &mut World, actor: TaskId, call: Call) -> u64 {
	let report = world.call(actor, &call.encode()).expect("the call runs");
	u64::decode(&mut report.output().expect("a reply")).expect("a u64")
}

#[test]
fn inc_counts_prints_and_emits() {
	let (mut world, actor) = world(Some(41));
	let report = world.call(actor, &Call::Inc.encode()).expect("inc runs");
	assert_eq!(report.output(), Some(&42u64.encode()[..]));
	assert_eq!(report.log, "count: 42\n", "each print is a line");
	assert_eq!(report.events.len(), 1);
	let event = Counted::decode(&mut &report.events[0].data[..]).expect("a Counted event");
	assert_eq!(event.count, 42);
	assert!(report.fuel_used > 0);
	assert_eq!(reply(&mut world, actor, Call::Get), 42);
	assert_eq!(world.sequence(actor), Some(2), "one per execution");
}

#[test]
fn the_count_starts_at_zero_without_args() {
	let (mut world, actor) = world(None);
	assert_eq!(reply(&mut world, actor, Call::Get), 0);
}

#[test]
fn other_calls_are_rejected_and_change_nothing() {
	let (mut world, actor) = world(None);
	let before = world.state_hash(actor);
	assert_eq!(world.call(actor, &[0x02]), Err(Error::Exec(ExecError::CallRejected)));
	assert_eq!(world.state_hash(actor), before);
}

#[test]
fn services_keep_the_count() {
	let (mut world, actor) = world(Some(7));
	world.service(actor, 3).expect("services run");
	assert_eq!(reply(&mut world, actor, Call::Get), 7);
}
