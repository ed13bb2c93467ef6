//! Execution semantics: creation, Service/Call, snapshot and restore, co-scheduled calls and messages, limits.

use coreplay_fixtures::wat_actors as common;

use common::{fields, loaded, machine, op, FUEL};
use coreplay_primitives::{
	blake2_256,
	snapshot::{self, SnapshotView, PAGE_SIZE},
	AgendaItem, Message, OutboundMessage, Witness,
};
use coreplay_vm::{ActorCode, ActorInput, ExecError, Execution, Limits, Machine, TrapKind};

/// Creates actor `id` with `args` and returns its snapshot.
fn create(machine: &Machine, code: &ActorCode, id: u32, args: &[u8]) -> Vec<u8> {
	machine.create(code, id, args, 7, FUEL).expect("creation succeeds").snapshot
}

fn run(
	machine: &Machine,
	code: &ActorCode,
	actors: &[(u32, &[u8])],
	agenda: &[AgendaItem],
) -> Result<Execution, ExecError> {
	let inputs: Vec<ActorInput<'_>> =
		actors.iter().map(|(id, pre)| ActorInput { id: *id, code, pre, inbox: &[] }).collect();
	machine.execute(&inputs, agenda, 7, &Witness::default(), FUEL)
}

/// The state fields of actor `id` (a `Call` of op 0 appended to `agenda`).
fn state_after(machine: &Machine, code: &ActorCode, pre: &[u8], agenda: &[AgendaItem]) -> Vec<i64> {
	let mut agenda = agenda.to_vec();
	agenda.push(AgendaItem::call(1, op(0, 0, &[]), vec![]));
	let exec = run(machine, code, &[(1, pre)], &agenda).expect("runs");
	fields(exec.call_outputs.last().expect("one call"))
}

#[test]
fn creation_runs_init_with_args() {
	let m = machine();
	let code = loaded(&m);
	let mut args = 5u64.to_le_bytes().to_vec();
	args.extend_from_slice(&3u64.to_le_bytes());
	let pre = create(&m, &code, 1, &args);
	// services, calls (this query counts itself), lcg seed, finish_at, messages, bytes, origin
	assert_eq!(state_after(&m, &code, &pre, &[]), [0, 1, 5, 3, 0, 0, -1]);
}

#[test]
fn service_polls_times_and_stops_once_main_completes() {
	let m = machine();
	let code = loaded(&m);
	let mut args = 1u64.to_le_bytes().to_vec();
	args.extend_from_slice(&3u64.to_le_bytes()); // main completes at the third service
	let pre = create(&m, &code, 1, &args);
	let state = state_after(&m, &code, &pre, &[AgendaItem::service(1, 2)]);
	assert_eq!(state[0], 2);
	// u32::MAX polls end at once when main completes: no unbounded host loop.
	let state = state_after(&m, &code, &pre, &[AgendaItem::service(1, u32::MAX)]);
	assert_eq!(state[0], 3);
}

#[test]
fn call_items_record_ok_outputs_and_reject_err() {
	let m = machine();
	let code = loaded(&m);
	let pre = create(&m, &code, 1, &[]);
	let exec =
		run(&m, &code, &[(1, &pre)], &[AgendaItem::call(1, op(13, 0, &[]), vec![])]).expect("ok");
	assert_eq!(exec.call_outputs, [7i32.to_le_bytes().to_vec()]); // now() = 7
	assert_eq!(exec.log, "hi\n");
	let err = run(&m, &code, &[(1, &pre)], &[AgendaItem::call(1, vec![1], vec![])]);
	assert_eq!(err, Err(ExecError::CallRejected));
}

#[test]
fn restoring_a_snapshot_reproduces_it_exactly() {
	let m = machine();
	let code = loaded(&m);
	let pre = create(&m, &code, 1, &9u64.to_le_bytes());
	// Grow memory, clear the data segment (instantiation writes it again), advance the LCG and the global.
	let exec = run(
		&m,
		&code,
		&[(1, &pre)],
		&[
			AgendaItem::call(1, op(7, 3, &[]), vec![]),
			AgendaItem::call(1, op(12, 0, &[]), vec![]),
			AgendaItem::service(1, 4),
		],
	)
	.expect("runs");
	let snapshot = &exec.posts[0];
	let view = SnapshotView::decode(snapshot, 64).expect("canonical");
	assert_eq!(view.memory_pages, 5);
	assert!(
		view.chunks.iter().all(|(index, _)| *index < snapshot::CHUNKS_PER_PAGE),
		"only page 0 is non-zero: the others are elided"
	);
	// An empty Agenda restores and snapshots again: byte-identical.
	let again = run(&m, &code, &[(1, snapshot)], &[]).expect("runs");
	assert_eq!(&again.posts[0], snapshot);
	assert_eq!(blake2_256(&again.posts[0]), blake2_256(snapshot));
}

#[test]
fn split_services_across_snapshots_equal_one_uninterrupted_run() {
	let m = machine();
	let code = loaded(&m);
	let pre = create(&m, &code, 1, &42u64.to_le_bytes());
	let straight = run(&m, &code, &[(1, &pre)], &[AgendaItem::service(1, 12)]).expect("runs");
	for split in [[1, 11], [6, 6], [11, 1]] {
		let first =
			run(&m, &code, &[(1, &pre)], &[AgendaItem::service(1, split[0])]).expect("runs");
		let second = run(&m, &code, &[(1, &first.posts[0])], &[AgendaItem::service(1, split[1])])
			.expect("runs");
		assert_eq!(second.posts, straight.posts, "split {split:?}");
	}
	// The global is part of the continuation: a different number of services gives a different state.
	let fewer = run(&m, &code, &[(1, &pre)], &[AgendaItem::service(1, 11)]).expect("runs");
	assert_ne!(fewer.posts, straight.posts);
}

#[test]
fn same_agenda_from_same_snapshots_is_byte_identical() {
	let m = machine();
	let code = loaded(&m);
	let a = create(&m, &code, 1, &1u64.to_le_bytes());
	let b = create(&m, &code, 2, &2u64.to_le_bytes());
	let agenda = [
		AgendaItem::service(1, 3),
		AgendaItem::call(1, op(5, 2, b"msg"), vec![]),
		AgendaItem::call(2, op(4, 1, &[0]), vec![]),
		AgendaItem::service(2, 2),
	];
	let first = run(&m, &code, &[(1, &a), (2, &b)], &agenda).expect("runs");
	// A second machine (a second engine), as a validator next to the producer.
	let other = machine();
	let second = run(&other, &loaded(&other), &[(1, &a), (2, &b)], &agenda).expect("runs");
	assert_eq!(first, second);
	// Code loaded by one machine runs alike on another with the same limits; one with other limits refuses
	// it, never a panic.
	assert_eq!(run(&other, &code, &[(1, &a), (2, &b)], &agenda), Ok(second));
	let smaller = Machine::new(Limits { max_messages: 1, ..Limits::DEFAULT });
	assert_eq!(run(&smaller, &code, &[(1, &a)], &[]), Err(ExecError::ForeignCode));
}

#[test]
fn call_actor_reaches_a_coscheduled_actor_with_its_origin() {
	let m = machine();
	let code = loaded(&m);
	let a = create(&m, &code, 1, &[]);
	let b = create(&m, &code, 2, &[]);
	// Actor 1 calls actor 2 with op 0 (return state).
	let exec = run(&m, &code, &[(1, &a), (2, &b)], &[AgendaItem::call(1, op(4, 2, &[0]), vec![])])
		.expect("runs");
	let out = &exec.call_outputs[0];
	assert_eq!(i32::from_le_bytes(out[..4].try_into().expect("4")), 0, "status Ok");
	let callee = fields(&out[4..]);
	assert_eq!(callee[1], 1, "the callee counted the call");
	assert_eq!(callee[6], 1, "the callee saw origin = actor 1");
}

#[test]
fn call_actor_statuses_for_err_reentrancy_and_unknown_actors() {
	let m = machine();
	let code = loaded(&m);
	let a = create(&m, &code, 1, &[]);
	let b = create(&m, &code, 2, &[]);
	let status = |input: Vec<u8>| {
		let exec = run(&m, &code, &[(1, &a), (2, &b)], &[AgendaItem::call(1, input, vec![])])
			.expect("runs");
		exec.call_outputs[0].clone()
	};
	// Callee returns Err "no": status 1, reply "no".
	assert_eq!(status(op(4, 2, &[1])), [&1i32.to_le_bytes()[..], b"no"].concat());
	// Not co-scheduled.
	assert_eq!(status(op(4, 9, &[0])), 2i32.to_le_bytes());
	// Calling itself.
	assert_eq!(status(op(4, 1, &[0])), 3i32.to_le_bytes());
	// 1 calls 2 which calls back 1: 2 sees status 3 and returns it to 1 as its reply.
	let nested = status(op(4, 2, &op(4, 1, &[0])));
	assert_eq!(nested, [0i32.to_le_bytes(), 3i32.to_le_bytes()].concat());
}

#[test]
fn call_depth_is_bounded() {
	let m = Machine::new(Limits { max_call_depth: 2, ..Limits::DEFAULT });
	let code = loaded(&m);
	let (a, b, c) =
		(create(&m, &code, 1, &[]), create(&m, &code, 2, &[]), create(&m, &code, 3, &[]));
	// 1 → 2 → 3: the second hop exceeds depth 2.
	let exec = run(
		&m,
		&code,
		&[(1, &a), (2, &b), (3, &c)],
		&[AgendaItem::call(1, op(4, 2, &op(4, 3, &[0])), vec![])],
	)
	.expect("runs");
	assert_eq!(exec.call_outputs[0], [0i32.to_le_bytes(), 4i32.to_le_bytes()].concat());
}

#[test]
fn messages_reach_coscheduled_actors_in_the_same_execution() {
	let m = machine();
	let code = loaded(&m);
	let a = create(&m, &code, 1, &[]);
	let b = create(&m, &code, 2, &[]);
	let exec = run(
		&m,
		&code,
		&[(1, &a), (2, &b)],
		&[
			AgendaItem::call(1, op(5, 2, b"abc"), vec![]),
			AgendaItem::call(1, op(5, 2, b"de"), vec![]),
			AgendaItem::service(2, 1),
			AgendaItem::call(2, op(0, 0, &[]), vec![]),
		],
	)
	.expect("runs");
	let state = fields(&exec.call_outputs[2]);
	assert_eq!((state[4], state[5]), (2, 5), "two messages, five bytes");
	assert!(exec.outbox.is_empty());
}

#[test]
fn undelivered_messages_leave_through_the_outbox_in_send_order() {
	let m = machine();
	let code = loaded(&m);
	let a = create(&m, &code, 1, &[]);
	let b = create(&m, &code, 2, &[]);
	let exec = run(
		&m,
		&code,
		&[(1, &a), (2, &b)],
		&[
			AgendaItem::call(1, op(5, 2, b"unread"), vec![]), // to a co-scheduled actor that never reads it
			AgendaItem::call(1, op(5, 77, b"away"), vec![]),  // to an actor that is not co-scheduled
		],
	)
	.expect("runs");
	assert_eq!(
		exec.outbox,
		[
			OutboundMessage { from: 1, to: 77, data: b"away".to_vec() },
			OutboundMessage { from: 1, to: 2, data: b"unread".to_vec() },
		]
	);
}

#[test]
fn inbox_messages_are_consumed_in_order_and_counted() {
	let m = machine();
	let code = loaded(&m);
	let pre = create(&m, &code, 1, &[]);
	let inbox = [Message::from_actor(5, vec![1, 2, 3]), Message::from_actor(6, vec![4])];
	let inputs = [ActorInput { id: 1, code: &code, pre: &pre, inbox: &inbox }];
	let agenda = [AgendaItem::service(1, 1), AgendaItem::call(1, op(0, 0, &[]), vec![])];
	let exec = m.execute(&inputs, &agenda, 7, &Witness::default(), FUEL).expect("runs");
	assert_eq!(exec.inbox_consumed, [2]);
	let state = fields(&exec.call_outputs[0]);
	assert_eq!((state[4], state[5]), (2, 4));
}

#[test]
fn lookup_finds_witness_preimages_only() {
	let m = machine();
	let code = loaded(&m);
	let pre = create(&m, &code, 1, &[]);
	let witness = Witness { preimages: vec![b"secret".to_vec()] };
	let hash = blake2_256(b"secret");
	let inputs = [ActorInput { id: 1, code: &code, pre: &pre, inbox: &[] }];
	let mut found = vec![10];
	found.extend_from_slice(hash.as_bytes());
	let mut missing = vec![10];
	missing.extend_from_slice(blake2_256(b"other").as_bytes());
	let agenda = [AgendaItem::call(1, found, vec![]), AgendaItem::call(1, missing, vec![])];
	let exec = m.execute(&inputs, &agenda, 7, &witness, FUEL).expect("runs");
	assert_eq!(exec.call_outputs[0], [&0i32.to_le_bytes()[..], b"secret"].concat());
	assert_eq!(exec.call_outputs[1], 1i32.to_le_bytes());
}

/// The witness is indexed by hash (sorted, searched by bisection): with the most preimages a witness may hold,
/// given in no particular order, each is found and a hash of something else is not.
#[test]
fn lookup_finds_each_preimage_of_a_full_witness() {
	let m = machine();
	let code = loaded(&m);
	let pre = create(&m, &code, 1, &[]);
	let items = m.limits().max_witness_items;
	let preimages: Vec<Vec<u8>> = (0..items).rev().map(|i| i.to_le_bytes().to_vec()).collect();
	let witness = Witness { preimages };
	let inputs = [ActorInput { id: 1, code: &code, pre: &pre, inbox: &[] }];
	let lookup = |preimage: &[u8]| [&[10u8][..], blake2_256(preimage).as_bytes()].concat();
	let wanted = [0u32, 1, items / 2, items - 1];
	let mut agenda: Vec<_> =
		wanted.iter().map(|i| AgendaItem::call(1, lookup(&i.to_le_bytes()), vec![])).collect();
	agenda.push(AgendaItem::call(1, lookup(&items.to_le_bytes()), vec![]));
	let exec = m.execute(&inputs, &agenda, 7, &witness, FUEL).expect("runs");
	for (output, i) in exec.call_outputs.iter().zip(wanted) {
		assert_eq!(*output, [&0i32.to_le_bytes()[..], &i.to_le_bytes()].concat(), "preimage {i}");
	}
	assert_eq!(exec.call_outputs[wanted.len()], 1i32.to_le_bytes(), "not in the witness");
}

/// `caller` says who called: no one for an Agenda `Call`, the calling actor for `call_actor` (its task id, which
/// `origin` gives too), the signer for a `SignedCall` (which `origin` does not report). The vm does not check a
/// signed call's signature: the chain does before it replays the Agenda (`pallet_actors`).
#[test]
fn the_caller_is_no_one_an_actor_or_the_signing_account() {
	use codec::Decode;
	use coreplay_primitives::{CallSignature, SignedCall};
	let m = machine();
	let code = loaded(&m);
	let (one, two) = (create(&m, &code, 1, &[]), create(&m, &code, 2, &[]));
	let signer = [7u8; 32];
	let signed = SignedCall {
		signer: signer.into(),
		nonce: 0,
		input: op(14, 0, &[]),
		output: vec![],
		signature: CallSignature::decode(&mut &[0u8; 65][..]).expect("an ed25519 signature"),
	};
	let agenda = [
		AgendaItem::call(1, op(14, 0, &[]), vec![]),
		AgendaItem::signed_call(1, signed),
		AgendaItem::call(2, op(4, 1, &op(14, 0, &[])), vec![]),
	];
	let exec = run(&m, &code, &[(1, &one), (2, &two)], &agenda).expect("runs");
	let caller = |kind: i32, bytes: [u8; 32]| [&kind.to_le_bytes()[..], &bytes].concat();
	let mut actor_two = [0u8; 32];
	actor_two[..4].copy_from_slice(&2u32.to_le_bytes());
	assert_eq!(exec.call_outputs[0], caller(0, [0; 32]), "an Agenda call: no one");
	assert_eq!(exec.call_outputs[1], caller(2, signer), "a signed call: the account");
	// Actor 2's `call_actor` reply: its status (`Ok`), then actor 1's output.
	let via_actor = [&0i32.to_le_bytes()[..], &caller(1, actor_two)].concat();
	assert_eq!(exec.call_outputs[2], via_actor, "call_actor: the calling actor");
}

/// Every host function call pays `Limits::fuel_per_host_call` on top of the call and the bytes it copies: the
/// same Agenda on machines that differ only in it differs in fuel by it times the calls. `call(op 0)` makes four
/// (`input_len`, `input_read`, `origin`, `output`) and `call(op 13)` six (those and `print`, `now`).
#[test]
fn each_host_call_pays_its_fee() {
	let cases: &[(&str, Vec<u8>, u64)] =
		&[("state", op(0, 0, &[]), 4), ("print and now", op(13, 0, &[]), 6)];
	for (name, input, calls) in cases {
		let fuel = |fee: u64| {
			let m = Machine::new(Limits { fuel_per_host_call: fee, ..Limits::DEFAULT });
			let code = loaded(&m);
			let pre = create(&m, &code, 1, &[]);
			let agenda = [AgendaItem::call(1, input.clone(), vec![])];
			run(&m, &code, &[(1, &pre)], &agenda).expect("runs").fuel_used
		};
		assert_eq!(fuel(1_000) - fuel(0), 1_000 * calls, "{name}");
	}
}

#[test]
fn set_code_requests_an_upgrade() {
	let m = machine();
	let code = loaded(&m);
	let pre = create(&m, &code, 1, &[]);
	let target = blake2_256(b"new code");
	let mut input = vec![9];
	input.extend_from_slice(target.as_bytes());
	let exec = run(&m, &code, &[(1, &pre)], &[AgendaItem::call(1, input, vec![])]).expect("runs");
	assert_eq!(exec.code_upgrades, [(1, target)]);
}

#[test]
fn failures_are_clean_typed_errors() {
	let m = machine();
	let code = loaded(&m);
	let pre = create(&m, &code, 1, &[]);
	let cases: Vec<(&str, Vec<u8>, ExecError)> = vec![
		("trap", vec![2], ExecError::Trap(TrapKind::Unreachable)),
		("endless loop", vec![3], ExecError::OutOfFuel),
		("endless recursion", vec![6], ExecError::StackOverflow),
		(
			"oversized output",
			op(8, Limits::DEFAULT.max_output_bytes + 1, &[0; 4]),
			ExecError::OutputTooLarge,
		),
		(
			"output outside memory",
			op(8, 16, &(2 * PAGE_SIZE as u32 - 8).to_le_bytes()),
			ExecError::MemoryAccess,
		),
	];
	for (name, input, want) in cases {
		let got = run(&m, &code, &[(1, &pre)], &[AgendaItem::call(1, input, vec![])]);
		assert_eq!(got, Err(want), "{name}");
	}
}

#[test]
fn memory_growth_stops_at_the_page_limit() {
	let m = Machine::new(Limits { max_memory_pages: 4, ..Limits::DEFAULT });
	let code = loaded(&m);
	let pre = create(&m, &code, 1, &[]);
	let exec = run(
		&m,
		&code,
		&[(1, &pre)],
		&[AgendaItem::call(1, op(7, 2, &[]), vec![]), AgendaItem::call(1, op(7, 1, &[]), vec![])],
	)
	.expect("runs");
	assert_eq!(exec.call_outputs, [2i32.to_le_bytes().to_vec(), (-1i32).to_le_bytes().to_vec()]);
}

#[test]
fn fuel_use_is_measured_and_bounded() {
	let m = machine();
	let code = loaded(&m);
	let pre = create(&m, &code, 1, &[]);
	let little =
		run(&m, &code, &[(1, &pre)], &[AgendaItem::call(1, op(11, 10, &[]), vec![])]).expect("ok");
	let more = run(&m, &code, &[(1, &pre)], &[AgendaItem::call(1, op(11, 1000, &[]), vec![])])
		.expect("ok");
	assert!(little.fuel_used >= Limits::DEFAULT.fuel_per_entry);
	assert!(
		more.fuel_used > little.fuel_used + 990 * 10,
		"{} vs {}",
		more.fuel_used,
		little.fuel_used
	);
	let inputs = [ActorInput { id: 1, code: &code, pre: &pre, inbox: &[] }];
	let agenda = [AgendaItem::call(1, op(11, 1000, &[]), vec![])];
	let exact = m.execute(&inputs, &agenda, 7, &Witness::default(), more.fuel_used);
	assert_eq!(exact.map(|e| e.posts), Ok(more.posts));
	let short = m.execute(&inputs, &agenda, 7, &Witness::default(), more.fuel_used - 1);
	assert_eq!(short, Err(ExecError::OutOfFuel));
}

#[test]
fn snapshots_that_do_not_fit_the_code_are_rejected() {
	let m = machine();
	let code = loaded(&m);
	// One page of memory: less than the module's initial two.
	let small = coreplay_primitives::snapshot::encode(
		&vec![0; PAGE_SIZE],
		&[
			coreplay_primitives::snapshot::GlobalValue::I32(0),
			coreplay_primitives::snapshot::GlobalValue::I64(0),
		],
	);
	assert_eq!(run(&m, &code, &[(1, &small)], &[]), Err(ExecError::SnapshotCodeMismatch));
	// No globals, though the module has two mutable ones.
	let no_globals = coreplay_primitives::snapshot::encode(&vec![0; 2 * PAGE_SIZE], &[]);
	assert_eq!(run(&m, &code, &[(1, &no_globals)], &[]), Err(ExecError::SnapshotCodeMismatch));
	assert!(matches!(run(&m, &code, &[(1, b"junk")], &[]), Err(ExecError::BadSnapshot(_))));
}

#[test]
fn inspectors_read_state_without_changing_it() {
	let m = machine();
	let code = loaded(&m);
	let pre = create(&m, &code, 1, &[]);
	let exec = run(&m, &code, &[(1, &pre)], &[AgendaItem::service(1, 3)]).expect("runs");
	let payout = m.payout(&code, 1, &exec.posts[0], 7, FUEL).expect("runs").expect("exported");
	assert_eq!(payout.amount, 3); // services = 3, calls = 0
							   // Its fuel: its entry's and a host call's at least, and the same on a limit of exactly that much.
	let least = Limits::DEFAULT.fuel_per_entry + Limits::DEFAULT.fuel_per_host_call;
	assert!(payout.fuel_used > least && payout.fuel_used < FUEL, "{}", payout.fuel_used);
	let exact = m.payout(&code, 1, &exec.posts[0], 7, payout.fuel_used).expect("runs");
	assert_eq!(exact, Some(payout));
	let short = m.payout(&code, 1, &exec.posts[0], 7, payout.fuel_used - 1);
	assert_eq!(short, Err(ExecError::OutOfFuel));
	// `dependencies` calls next_message, which inspectors may not use.
	assert_eq!(
		m.dependencies(&code, 1, &exec.posts[0], 7, FUEL),
		Err(ExecError::HostFunctionNotAllowed)
	);
	let plain = m.load(&common::avf(&common::minimal(""))).expect("valid");
	let plain_pre = create(&m, &plain, 2, &[]);
	assert_eq!(m.payout(&plain, 2, &plain_pre, 7, FUEL), Ok(None));
}

#[test]
fn a_long_loop_does_not_exhaust_the_host_stack() {
	// Regression: wasmi's tail-call dispatch overflowed the native stack when built with debug assertions.
	let m = machine();
	let code = loaded(&m);
	let pre = create(&m, &code, 1, &[]);
	let inputs = [ActorInput { id: 1, code: &code, pre: &pre, inbox: &[] }];
	let agenda = [AgendaItem::call(1, op(11, 1_000_000, &[]), vec![])];
	let exec = m.execute(&inputs, &agenda, 7, &Witness::default(), 1_000_000_000).expect("runs");
	assert!(exec.fuel_used > 10_000_000, "a million steps use {} fuel", exec.fuel_used);
}

/// Messages `init` sends to its own actor and does not read reach the creation's outbox, for its inbox, as an
/// Agenda's do: none is dropped.
#[test]
fn messages_init_sends_itself_are_kept() {
	let m = machine();
	let wat = format!(
		r#"(module
  {imports}
  (memory (export "memory") 1)
  (data (i32.const 0) "hi")
  (func (export "init") (result i32)
    (call $send_message (i32.const 9) (i32.const 0) (i32.const 2))
    (call $send_message (i32.const 7) (i32.const 0) (i32.const 2))
    (i32.const 0))
  (func (export "service") (result i32) (i32.const 0))
  (func (export "call") (result i32) (i32.const 0)))"#,
		imports = common::imports()
	);
	let code = m.load(&common::avf(&wat)).expect("loads");
	let creation = m.create(&code, 7, &[], 1, common::FUEL).expect("creates");
	let sent = |to| OutboundMessage { from: 7, to, data: b"hi".to_vec() };
	assert_eq!(creation.outbox, [sent(9), sent(7)]);
}

/// `blake2_256` writes the chain's hash (`coreplay_primitives::blake2_256`, the hash of codes, states and
/// witnesses) of the bytes it is given, and charges `HASH_BYTE_FUEL` per byte beyond the copy.
#[test]
fn blake2_256_is_the_chains_hash() {
	let m = machine();
	let code = loaded(&m);
	let pre = create(&m, &code, 1, &[]);
	let cases: [&[u8]; 3] = [b"", b"coreplay", &[7; 4096]];
	let mut fuel = Vec::new();
	for data in cases {
		let exec = run(&m, &code, &[(1, &pre)], &[AgendaItem::call(1, op(15, 0, data), vec![])])
			.expect("runs");
		assert_eq!(exec.call_outputs[0], blake2_256(data).as_bytes(), "{} bytes", data.len());
		fuel.push(exec.fuel_used);
	}
	// 4,096 bytes more: copied in (`copy_fuel`) and hashed (`HASH_BYTE_FUEL` each).
	let more = 4096 * coreplay_vm::HASH_BYTE_FUEL + m.limits().copy_fuel(4096);
	assert!(fuel[2] - fuel[0] >= more, "{fuel:?}: hashing 4 KiB costs {more} more at least");
}

/// `sr25519_verify` and `ed25519_verify` check a signature with the host's crypto (`sp_io::crypto`): valid for
/// the key's signature over the message, invalid for another message, key or scheme, and for a malformed key;
/// each costs `SIGNATURE_CHECK_FUEL` at least.
#[test]
fn signatures_are_checked_by_the_host() {
	use sp_core::{ed25519, sr25519, Pair};
	let m = machine();
	let code = loaded(&m);
	let pre = create(&m, &code, 1, &[]);
	let message = b"pay 5 to bob, nonce 1".to_vec();
	let sr = sr25519::Pair::from_string("//Alice", None).expect("a dev key");
	let ed = ed25519::Pair::from_string("//Alice", None).expect("a dev key");
	let sr_sig = sr.sign(&message).0;
	let ed_sig = ed.sign(&message).0;
	let check = |scheme: u32, sig: &[u8; 64], key: &[u8; 32], msg: &[u8]| {
		op(16, scheme, &[&sig[..], key, msg].concat())
	};
	let (sr_key, ed_key) = (sr.public().0, ed.public().0);
	let other = sr25519::Pair::from_string("//Bob", None).expect("a dev key").public().0;
	// (case, call input, status: 0 valid, 1 invalid)
	let cases: &[(&str, Vec<u8>, i32)] = &[
		("sr25519, its signature", check(0, &sr_sig, &sr_key, &message), 0),
		("ed25519, its signature", check(1, &ed_sig, &ed_key, &message), 0),
		("sr25519, another message", check(0, &sr_sig, &sr_key, b"pay 500 to bob, nonce 1"), 1),
		("ed25519, another message", check(1, &ed_sig, &ed_key, b"pay 5 to eve, nonce 1"), 1),
		("sr25519, another key", check(0, &sr_sig, &other, &message), 1),
		("an ed25519 signature as sr25519", check(0, &ed_sig, &ed_key, &message), 1),
		("an sr25519 signature as ed25519", check(1, &sr_sig, &sr_key, &message), 1),
		("ed25519, a key that is no curve point", check(1, &ed_sig, &[0xff; 32], &message), 1),
	];
	for (case, input, status) in cases {
		let exec = run(&m, &code, &[(1, &pre)], &[AgendaItem::call(1, input.clone(), vec![])])
			.expect("runs");
		assert_eq!(exec.call_outputs[0], status.to_le_bytes(), "{case}");
		assert!(exec.fuel_used > coreplay_vm::SIGNATURE_CHECK_FUEL, "{case}: charged the check");
	}
}

/// `emit_event` collects events in emission order across actors and items; past `max_event_topics`,
/// `max_event_bytes` or `max_events` the execution aborts with a typed error and returns nothing.
#[test]
fn events_are_kept_in_order_within_their_bounds() {
	use coreplay_primitives::{ActorEvent, H256};
	let m = machine();
	let limits = *m.limits();
	let code = loaded(&m);
	let (one, two) = (create(&m, &code, 1, &[]), create(&m, &code, 2, &[]));
	let emit = |topics: &[[u8; 32]], data: &[u8]| {
		op(17, topics.len() as u32, &[topics.concat(), data.to_vec()].concat())
	};
	let agenda = [
		AgendaItem::call(2, emit(&[[1; 32], [2; 32]], b"first"), vec![]),
		AgendaItem::call(1, emit(&[], b""), vec![]),
		AgendaItem::call(2, emit(&[[3; 32]], b"third"), vec![]),
	];
	let exec = run(&m, &code, &[(1, &one), (2, &two)], &agenda).expect("runs");
	let event = |actor, topics: &[[u8; 32]], data: &[u8]| ActorEvent {
		actor,
		topics: topics.iter().map(|t| H256(*t)).collect(),
		data: data.to_vec(),
	};
	assert_eq!(
		exec.events,
		[
			event(2, &[[1; 32], [2; 32]], b"first"),
			event(1, &[], b""),
			event(2, &[[3; 32]], b"third")
		]
	);
	let at_limits = emit(
		&vec![[9; 32]; limits.max_event_topics as usize],
		&vec![5; limits.max_event_bytes as usize],
	);
	let cases: &[(&str, Vec<AgendaItem>, Result<usize, ExecError>)] = &[
		("the largest event", vec![AgendaItem::call(1, at_limits.clone(), vec![])], Ok(1)),
		(
			"max_events events",
			vec![AgendaItem::call(1, emit(&[], b"e"), vec![]); limits.max_events as usize],
			Ok(limits.max_events as usize),
		),
		(
			"one topic too many",
			vec![AgendaItem::call(
				1,
				emit(&vec![[9; 32]; limits.max_event_topics as usize + 1], b""),
				vec![],
			)],
			Err(ExecError::EventTooLarge),
		),
		(
			"one byte too many",
			vec![AgendaItem::call(
				1,
				emit(&[], &vec![5; limits.max_event_bytes as usize + 1]),
				vec![],
			)],
			Err(ExecError::EventTooLarge),
		),
		(
			"one event too many",
			vec![AgendaItem::call(1, emit(&[], b"e"), vec![]); limits.max_events as usize + 1],
			Err(ExecError::TooManyEvents),
		),
	];
	for (case, agenda, expected) in cases {
		let result = run(&m, &code, &[(1, &one)], agenda).map(|exec| exec.events.len());
		assert_eq!(&result, expected, "{case}");
	}
}

/// `next_message` tells an actor's message (its task id) from an account's (`FROM_ACCOUNT`), and
/// `message_sender` and `message_value` describe the message last popped in the same entry point call: the
/// sending actor or account and the value it brought; with none popped, `None` and 0.
#[test]
fn message_sender_and_value_describe_the_last_message_popped() {
	use coreplay_primitives::Sender;
	let m = machine();
	let code = loaded(&m);
	let pre = create(&m, &code, 1, &[]);
	let account = [9u8; 32];
	let inbox = [
		Message { from: Sender::Account(account), data: b"paid".to_vec(), value: 500 },
		Message::from_actor(4, b"hi".to_vec()),
	];
	let inputs = [ActorInput { id: 1, code: &code, pre: &pre, inbox: &inbox }];
	let pop = AgendaItem::call(1, op(18, 0, &[]), vec![]);
	let agenda = [pop.clone(), pop.clone(), pop];
	let exec = m.execute(&inputs, &agenda, 7, &Witness::default(), FUEL).expect("runs");
	let popped = |from: i64, kind: i32, who: [u8; 32], value: u128, data: &[u8]| {
		[&from.to_le_bytes()[..], &kind.to_le_bytes(), &who, &value.to_le_bytes(), data].concat()
	};
	let mut actor = [0u8; 32];
	actor[..4].copy_from_slice(&4u32.to_le_bytes());
	assert_eq!(
		exec.call_outputs[0],
		popped(coreplay_vm::abi::FROM_ACCOUNT, 2, account, 500, b"paid")
	);
	assert_eq!(exec.call_outputs[1], popped(4, 1, actor, 0, b"hi"));
	assert_eq!(exec.call_outputs[2], popped(-1, 0, [0; 32], 0, b""), "none left");
	assert_eq!(exec.inbox_consumed, [2]);
}

/// `transfer` records each payment asked for, in order, with the paying actor; past `max_transfers` the execution
/// aborts (`TooManyTransfers`). The vm only records them: the chain checks and makes them.
#[test]
fn transfers_are_recorded_within_their_bound() {
	use coreplay_primitives::ActorTransfer;
	let m = machine();
	let max = m.limits().max_transfers as usize;
	let code = loaded(&m);
	let (one, two) = (create(&m, &code, 1, &[]), create(&m, &code, 2, &[]));
	let pay = |actor: u32, to: u8, amount: u128| {
		AgendaItem::call(actor, op(19, 0, &[&[to; 32][..], &amount.to_le_bytes()].concat()), vec![])
	};
	let exec = run(&m, &code, &[(1, &one), (2, &two)], &[pay(2, 7, 5), pay(1, 8, u128::MAX)])
		.expect("runs");
	assert_eq!(
		exec.transfers,
		[
			ActorTransfer { from: 2, to: [7; 32], amount: 5 },
			ActorTransfer { from: 1, to: [8; 32], amount: u128::MAX },
		]
	);
	let at_most = vec![pay(1, 7, 1); max];
	assert_eq!(run(&m, &code, &[(1, &one)], &at_most).map(|e| e.transfers.len()), Ok(max));
	let one_more = vec![pay(1, 7, 1); max + 1];
	assert_eq!(
		run(&m, &code, &[(1, &one)], &one_more).map(|_| ()),
		Err(ExecError::TooManyTransfers)
	);
}

/// A module whose `service` counts loop rounds (i64 at 0) until `fuel_used()` reaches `budget` and then yields;
/// `call` outputs the rounds so far and its own `fuel_used()` (i64 at 8).
fn fuel_budget_actor(budget: u64) -> Vec<u8> {
	common::avf(&format!(
		r#"(module
  {imports}
  (memory (export "memory") 1)
  (func (export "init") (result i32) (i32.const 0))
  (func (export "service") (result i32)
    (loop $round
      (i64.store (i32.const 0) (i64.add (i64.load (i32.const 0)) (i64.const 1)))
      (br_if $round (i64.lt_u (call $fuel_used) (i64.const {budget}))))
    (i32.const 0))
  (func (export "call") (result i32)
    (i64.store (i32.const 8) (call $fuel_used))
    (call $output (i32.const 0) (i32.const 16))
    (i32.const 0)))"#,
		imports = common::imports()
	))
}

#[test]
fn fuel_used_is_the_same_whatever_the_fuel_limit_so_a_job_can_yield_on_it() {
	let m = machine();
	let code = m.load(&fuel_budget_actor(200_000)).expect("loads");
	let pre = create(&m, &code, 1, &[]);
	let agenda =
		[AgendaItem::service(1, 1), AgendaItem::service(1, 1), AgendaItem::call(1, vec![], vec![])];
	let inputs = [ActorInput { id: 1, code: &code, pre: &pre, inbox: &[] }];
	let with = |fuel| m.execute(&inputs, &agenda, 7, &Witness::default(), fuel);
	let small = with(600_000).expect("two polls of about 200,000 fuel fit");
	let large = with(100 * FUEL).expect("runs");
	// The replay's fuel limit changes nothing: same rounds, same state, same fuel.
	assert_eq!(small.call_outputs, large.call_outputs);
	assert_eq!(small.posts, large.posts);
	assert_eq!(small.fuel_used, large.fuel_used);
	let out = &small.call_outputs[0];
	let rounds = u64::from_le_bytes(out[..8].try_into().expect("8 bytes"));
	let in_call = u64::from_le_bytes(out[8..].try_into().expect("8 bytes"));
	// Each poll stopped at its budget: a fresh count per entry point call, so two polls ran about equally long.
	assert!(rounds > 100, "{rounds} rounds");
	assert!(small.fuel_used >= 400_000 && small.fuel_used < 600_000, "{}", small.fuel_used);
	// In the `call`: compiling it, its host call and a store; nothing of the 200,000 of the services before it.
	assert!((Limits::DEFAULT.fuel_per_host_call..5_000).contains(&in_call), "{in_call}");
	// Less fuel than two budgets: the second poll runs out.
	assert_eq!(with(300_000).map(|_| ()), Err(ExecError::OutOfFuel));
}
