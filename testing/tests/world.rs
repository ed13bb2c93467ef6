//! `coreplay_test::World` runs actors as the chain does: each step advances the co-scheduled actors like one
//! canonicalised APoV, delivers messages, applies upgrades, and a refused step changes nothing. The actors: the
//! example `counter` and `ping-pong`, and the WAT test actor of `coreplay_fixtures::wat_actors` (`op` documents
//! its calls).

use coreplay_fixtures::{
	wat_actors::{op, test_actor},
	COUNTER, PING_PONG,
};
use coreplay_test::{build_actor, Error, ExecError, Limits, Sender, World};

/// The test actor's call that outputs `caller()`: its kind (`i32` LE) and 32 bytes.
const CALLER: u8 = 14;

fn le64(n: u64) -> Vec<u8> {
	n.to_le_bytes().to_vec()
}

#[test]
fn a_call_advances_the_actor_as_an_apov_would() {
	let mut world = World::new();
	let counter = world.deploy(COUNTER.avf, &le64(41)).expect("created").id;
	assert_eq!((counter, world.sequence(counter)), (0, Some(0)), "ids from 0, sequence 0");
	let before = world.state_hash(counter);
	let report = world.call(counter, &[0x00]).expect("inc");
	assert_eq!(report.output(), Some(&le64(42)[..]));
	assert!(report.fuel_used > 0);
	assert_eq!(world.sequence(counter), Some(1));
	assert_ne!(world.state_hash(counter), before);
	world.service(counter, 2).expect("services");
	let get = world.call(counter, &[0x01]).expect("get");
	assert_eq!(get.output(), Some(&[le64(42), le64(2)].concat()[..]), "count, then services");
	assert_eq!(world.sequence(counter), Some(3));
}

#[test]
fn a_message_to_an_actor_not_coscheduled_waits_in_its_inbox() {
	let mut world = World::new();
	let hash = world.upload(PING_PONG.avf).expect("valid");
	let a = world.create(hash, &1u32.to_le_bytes()).expect("a").id;
	let b = world.create(hash, &0u32.to_le_bytes()).expect("b").id;
	// A's round alone: its ping finds no co-scheduled peer; its message goes to B's inbox.
	let report = world.service(a, 1).expect("a's round");
	assert_eq!(report.outbox.len(), 1);
	assert_eq!(world.inbox(b).len(), 1);
	assert_eq!(world.inbox(b)[0].from, Sender::Actor(a));
	// B's round reads it.
	world.service(b, 1).expect("b's round");
	assert!(world.inbox(b).is_empty(), "consumed");
	let counters = world.call(b, &[0x01]).expect("get").output().expect("output").to_vec();
	let received = u64::from_le_bytes(counters[32..40].try_into().expect("8 bytes"));
	assert_eq!(received, 1, "messages_received");
	// Co-scheduled, each round's ping is answered synchronously.
	world.execute(&[a, b], &[coreplay_test::AgendaItem::service(a, 1)]).expect("together");
	let counters = world.call(a, &[0x01]).expect("get").output().expect("output").to_vec();
	let pongs = u64::from_le_bytes(counters[16..24].try_into().expect("8 bytes"));
	assert_eq!(pongs, 1, "pongs_received");
}

#[test]
fn an_account_message_reaches_the_actor_with_its_sender_and_value() {
	let mut world = World::new();
	let actor = world.deploy(&test_actor(), &[]).expect("created").id;
	world.send([7; 32], actor, b"hello", 5).expect("queued");
	let report = world.call(actor, &op(18, 0, &[])).expect("pops it");
	let output = report.output().expect("output");
	assert_eq!(output[..8], (-2i64).to_le_bytes(), "a message from an account (`FROM_ACCOUNT`)");
	assert_eq!(output[8..12], 2i32.to_le_bytes(), "from an account");
	assert_eq!(output[12..44], [7; 32]);
	assert_eq!(output[44..60], 5u128.to_le_bytes());
	assert_eq!(&output[60..], b"hello");
	assert!(world.inbox(actor).is_empty());
	assert_eq!(world.send([7; 32], 99, b"", 0), Err(Error::UnknownActor(99)));
}

#[test]
fn a_signed_call_has_its_signer_as_the_caller() {
	let mut world = World::new();
	let actor = world.deploy(&test_actor(), &[]).expect("created").id;
	let signer = [9; 32];
	let output = world.call_signed(actor, signer, &op(CALLER, 0, &[])).expect("runs");
	assert_eq!(output.output().expect("output")[..4], 2i32.to_le_bytes(), "an account");
	assert_eq!(output.output().expect("output")[4..], signer);
	let output = world.call(actor, &op(CALLER, 0, &[])).expect("runs");
	assert_eq!(output.output().expect("output")[..4], 0i32.to_le_bytes(), "no one");
}

#[test]
fn print_output_and_events_are_reported() {
	let mut world = World::new();
	world.set_now(12);
	let actor = world.deploy(&test_actor(), &[]).expect("created").id;
	let report = world.call(actor, &op(13, 0, &[])).expect("prints");
	assert_eq!(report.log, "hi\n");
	assert_eq!(report.output(), Some(&12i32.to_le_bytes()[..]), "now()");
	let topic = [3; 32];
	let report = world.call(actor, &op(17, 1, &[&topic[..], b"data"].concat())).expect("emits");
	assert_eq!(report.events.len(), 1);
	assert_eq!(report.events[0].actor, actor);
	assert_eq!(report.events[0].data, b"data");
}

#[test]
fn time_moves_forward_only() {
	let mut world = World::new();
	let actor = world.deploy(&test_actor(), &[]).expect("created").id;
	world.advance(9);
	world.set_now(3);
	assert_eq!(world.now(), 10);
	let report = world.call(actor, &op(13, 0, &[])).expect("now()");
	assert_eq!(report.output(), Some(&10i32.to_le_bytes()[..]));
}

#[test]
fn a_refused_step_changes_nothing() {
	let mut world = World::new();
	let actor = world.deploy(&test_actor(), &[]).expect("created").id;
	let before = (world.state_hash(actor), world.sequence(actor));
	// A message to no actor: the chain refuses such an APoV (`UnknownRecipient`).
	let to_nobody = op(5, 99, b"lost");
	assert_eq!(world.call(actor, &to_nobody), Err(Error::UnknownRecipient(99)));
	// An upgrade to a code never uploaded (`UnknownUpgradeCode`).
	let unknown = [1u8; 32];
	let upgrade = [&[9][..], &unknown].concat();
	assert_eq!(world.call(actor, &upgrade), Err(Error::UnknownUpgradeCode(unknown.into())));
	// A call the actor rejects, and a trap.
	assert_eq!(world.call(actor, &op(1, 0, &[])), Err(Error::Exec(ExecError::CallRejected)));
	assert!(matches!(world.call(actor, &op(2, 0, &[])), Err(Error::Exec(ExecError::Trap(_)))));
	// What it printed before a trap is kept: `hi` (op 13), then the trap (op 2), in one execution.
	let agenda = [
		coreplay_test::AgendaItem::call(actor, op(13, 0, &[]), vec![]),
		coreplay_test::AgendaItem::call(actor, op(2, 0, &[]), vec![]),
	];
	assert!(matches!(world.execute(&[actor], &agenda), Err(Error::Exec(ExecError::Trap(_)))));
	assert_eq!(world.failure_log(), "hi\n");
	assert_eq!((world.state_hash(actor), world.sequence(actor)), before);
	// Out of fuel.
	world.set_fuel(10_000);
	assert_eq!(world.call(actor, &op(3, 0, &[])), Err(Error::Exec(ExecError::OutOfFuel)));
	assert_eq!((world.state_hash(actor), world.sequence(actor)), before);
}

#[test]
fn an_upgrade_to_an_uploaded_code_changes_the_actors_code() {
	let mut world = World::new();
	let actor = world.deploy(&test_actor(), &[]).expect("created").id;
	let counter = world.upload(COUNTER.avf).expect("valid");
	let report = world.call(actor, &[&[9][..], counter.as_bytes()].concat()).expect("set_code");
	assert_eq!(report.code_upgrades, [(actor, counter)]);
	assert_eq!(world.code_hash(actor), Some(counter));
}

#[test]
fn code_the_chain_refuses_is_refused_at_upload() {
	let mut world = World::new();
	assert!(matches!(world.upload(b"not an AVF"), Err(Error::Code(_))));
	assert_eq!(world.create([0; 32].into(), &[]), Err(Error::UnknownCode([0; 32].into())));
}

#[test]
fn build_actor_builds_an_example_crate_into_the_blob_the_fixtures_hold() {
	let crate_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../actors/counter");
	let built = build_actor(crate_dir, &Limits::DEVELOPMENT).expect("builds");
	assert_eq!(built.name, "counter");
	assert_eq!(built.avf, COUNTER.avf, "the same module as actors/fixtures/build.rs builds");
	assert_eq!(built.code_hash, COUNTER.code_hash());
	assert_eq!(std::fs::read(&built.avf_path).expect("written"), built.avf);
}

#[test]
fn build_actor_says_what_is_missing() {
	let error = build_actor("/nonexistent", &Limits::DEVELOPMENT).expect_err("no crate");
	assert!(error.to_string().contains("reading the crate's manifest"), "{error}");
}
