//! The sequencer against an in-memory chain holding the real example actors (`coreplay-fixtures`). Every built APoV
//! is checked with `coreplay_vm::validate_pov`, as the chain would.

use super::*;
use crate::memory::MemoryChain;
use coreplay_fixtures::{Actor, COUNTER, PING_PONG, PROBE, SPIN};
use coreplay_primitives::{snapshot, OutboundMessage};

/// Fuel for Agendas that are not about fuel.
const FUEL: u64 = 1_000_000_000;
/// The in-memory chain's block number.
const NOW: BlockNumber = 42;

/// An empty in-memory chain with the default limits at [`NOW`].
fn chain() -> MemoryChain {
	MemoryChain::new(Limits::DEFAULT, NOW)
}

/// Stores `actor`'s code and creates it as `id` with `args`, as `create_actor` does.
fn create(chain: &mut MemoryChain, actor: Actor, id: TaskId, args: &[u8]) {
	let machine = Machine::new(chain.limits);
	let code = machine.load(actor.avf).expect("example actors load");
	chain.create(&machine, actor.avf, &code, id, args, FUEL).expect("example actors create");
}

/// Checks `apov` is valid, then makes its results the actors' state, as the pallet's canonicalisation does.
fn canonicalise(chain: &mut MemoryChain, apov: &ActorPov) {
	let execution = assert_valid(chain, apov);
	chain.canonicalise(apov, &execution).expect("the pallet would canonicalise it");
}

/// Queues an actor's `message` for actor `to`.
fn deliver(chain: &mut MemoryChain, to: TaskId, message: Message) {
	let coreplay_primitives::Sender::Actor(from) = message.from else {
		panic!("the memory chain delivers actors' messages")
	};
	chain
		.deliver(&[OutboundMessage { from, to, data: message.data }])
		.expect("the recipient exists and has room");
}

/// A chain that cannot be read.
struct BrokenChain;

impl ChainView for BrokenChain {
	fn block_number(&self) -> BlockNumber {
		0
	}

	fn limits(&self) -> Result<Limits, ChainError> {
		Err(ChainError::new("state pruned"))
	}

	fn actor(&self, _: TaskId) -> Result<Option<ActorState>, ChainError> {
		Err(ChainError::new("state pruned"))
	}

	fn code(&self, _: CodeHash) -> Result<Option<Vec<u8>>, ChainError> {
		Err(ChainError::new("state pruned"))
	}

	fn inbox(&self, _: TaskId) -> Result<Vec<Message>, ChainError> {
		Err(ChainError::new("state pruned"))
	}

	fn snapshot(&self, _: StateHash) -> Result<Option<Vec<u8>>, ChainError> {
		Err(ChainError::new("state pruned"))
	}
}

/// Checks `apov` as the runtime does: structure, then replay from `pre` with the chain's limits and codes.
fn assert_valid(chain: &MemoryChain, apov: &ActorPov) -> Execution {
	let machine = Machine::new(chain.limits);
	let codes: Vec<ActorCode> = apov
		.slabs
		.iter()
		.map(|slab| {
			let code_hash = chain.actors[&slab.actor].code_hash;
			machine.load(&chain.codes[&code_hash]).expect("stored code loads")
		})
		.collect();
	let code_refs: Vec<&ActorCode> = codes.iter().collect();
	coreplay_vm::validate_pov(&machine, apov, &code_refs, FUEL).expect("the built APoV is valid")
}

fn build(chain: &MemoryChain, agenda: Vec<AgendaItem>) -> Result<BuiltApov, SequencerError> {
	build_apov(chain, ApovRequest { agenda, fuel_limit: FUEL, ..Default::default() })
}

fn le64(value: u64) -> Vec<u8> {
	value.to_le_bytes().to_vec()
}

/// `counter`'s `get` output: count then services.
fn counter_get(count: u64, services: u64) -> Vec<u8> {
	[le64(count), le64(services)].concat()
}

const INC: &[u8] = &[0x00];
const GET: &[u8] = &[0x01];

#[test]
fn a_counter_apov_is_valid_and_fills_in_call_outputs() {
	let mut chain = chain();
	create(&mut chain, COUNTER, 3, &le64(10));
	let agenda = vec![
		AgendaItem::service(3, 2),
		AgendaItem::call(3, INC.to_vec(), vec![]),
		AgendaItem::call(3, GET.to_vec(), vec![]),
	];

	let built = build(&chain, agenda).expect("builds");

	assert_valid(&chain, &built.apov);
	assert_eq!(
		built.apov.agenda,
		[
			AgendaItem::service(3, 2),
			AgendaItem::call(3, INC.to_vec(), le64(11)),
			AgendaItem::call(3, GET.to_vec(), counter_get(11, 2)),
		]
	);
	assert!(built.execution.fuel_used > 0);
}

#[test]
fn slabs_start_from_the_indexed_snapshot_at_the_next_sequence() {
	let mut chain = chain();
	create(&mut chain, COUNTER, 3, &[]);
	let state = chain.actors[&3];

	let built = build(&chain, vec![AgendaItem::service(3, 1)]).expect("builds");

	assert_eq!(built.apov.slabs.len(), 1);
	let slab = &built.apov.slabs[0];
	assert_eq!((slab.actor, slab.sequence), (3, 1));
	assert_eq!(slab.pre, chain.snapshots[&state.state_hash]);
	assert_ne!(slab.post, slab.pre, "a service changes the counter's state");
}

#[test]
fn compact_posts_are_small_valid_and_canonicalise_to_the_same_state() {
	let mut chain = chain();
	create(&mut chain, COUNTER, 3, &le64(10));
	let agenda = vec![AgendaItem::service(3, 1), AgendaItem::call(3, INC.to_vec(), vec![])];
	let full = build(&chain, agenda.clone()).expect("builds");
	let compact = build_apov(
		&chain,
		ApovRequest {
			agenda,
			fuel_limit: FUEL,
			post_form: PostForm::Compact,
			..Default::default()
		},
	)
	.expect("builds");

	let (full_post, delta) = (&full.apov.slabs[0].post, &compact.apov.slabs[0].post);
	assert!(snapshot::is_delta(delta) && !snapshot::is_delta(full_post));
	assert!(delta.len() < full_post.len(), "{} against {} bytes", delta.len(), full_post.len());
	assert_eq!(compact.apov.slabs[0].pre, full.apov.slabs[0].pre);
	assert_valid(&chain, &compact.apov);
	let mut other = chain.clone();
	chain.canonicalise(&full.apov, &full.execution).expect("canonicalises");
	other.canonicalise(&compact.apov, &compact.execution).expect("canonicalises");
	assert_eq!(chain.actors[&3], other.actors[&3]);
	assert_eq!(chain.actors[&3].state_hash, blake2_256(full_post));
}

#[test]
fn context_now_is_the_chains_block_number() {
	let mut chain = chain();
	chain.now = 1234;
	create(&mut chain, PROBE, 0, &[]);
	// The probe's call 0x02 returns `now()`.
	let agenda = vec![AgendaItem::service(0, 1), AgendaItem::call(0, vec![0x02], vec![])];

	let built = build(&chain, agenda).expect("builds");

	assert_eq!(built.apov.context.now, 1234);
	assert_eq!(
		built.apov.agenda[1],
		AgendaItem::call(0, vec![0x02], 1234u32.to_le_bytes().to_vec())
	);
}

#[test]
fn successive_apovs_build_on_the_canonical_state() {
	let mut chain = chain();
	create(&mut chain, COUNTER, 3, &[]);
	for round in 1..=3u64 {
		let agenda = vec![AgendaItem::service(3, 1), AgendaItem::call(3, INC.to_vec(), vec![])];
		let built = build(&chain, agenda).expect("builds");
		assert_eq!(built.apov.slabs[0].sequence, round);
		assert_eq!(built.apov.agenda[1], AgendaItem::call(3, INC.to_vec(), le64(round)));
		canonicalise(&mut chain, &built.apov);
	}
	assert_eq!(chain.actors[&3].sequence, 3);
}

#[test]
fn coscheduled_actors_are_the_agenda_actors_ascending() {
	let mut chain = chain();
	create(&mut chain, PING_PONG, 7, &2u32.to_le_bytes());
	create(&mut chain, PING_PONG, 2, &7u32.to_le_bytes());
	let agenda =
		vec![AgendaItem::service(7, 1), AgendaItem::service(2, 1), AgendaItem::service(7, 1)];

	let built = build(&chain, agenda).expect("builds");

	assert_eq!(built.apov.coscheduled().collect::<Vec<_>>(), [2, 7]);
	assert_valid(&chain, &built.apov);
}

#[test]
fn coscheduled_lists_each_actor_once_ascending() {
	let agenda = [AgendaItem::service(9, 1), AgendaItem::service(1, 1), AgendaItem::service(9, 2)];
	assert_eq!(coscheduled(&agenda), [1, 9]);
}

#[test]
fn consumed_inbox_messages_are_carried_in_the_apov() {
	let mut chain = chain();
	create(&mut chain, PING_PONG, 0, &1u32.to_le_bytes());
	create(&mut chain, PING_PONG, 1, &0u32.to_le_bytes());
	let waiting = Message::from_actor(1, le64(99));
	deliver(&mut chain, 0, waiting.clone());

	let built =
		build(&chain, vec![AgendaItem::service(0, 1), AgendaItem::service(1, 1)]).expect("builds");

	assert_eq!(built.apov.inbox_of(0), std::slice::from_ref(&waiting));
	assert!(built.apov.inbox_of(1).is_empty());
	canonicalise(&mut chain, &built.apov);
	// The consumed message left the inbox; what waits there now is what the APoV sent 0 and 0 did not read.
	let sent: Vec<Message> = built
		.execution
		.outbox
		.iter()
		.filter(|m| m.to == 0)
		.map(|m| Message::from_actor(m.from, m.data.clone()))
		.collect();
	assert!(!chain.inboxes[&0].contains(&waiting), "the consumed message left the inbox");
	assert_eq!(chain.inboxes[&0], sent);
}

#[test]
fn offered_inbox_messages_are_capped_at_max_inbox_messages() {
	let mut chain = chain();
	chain.limits.max_inbox_messages = 2;
	create(&mut chain, PING_PONG, 0, &1u32.to_le_bytes());
	create(&mut chain, PING_PONG, 1, &0u32.to_le_bytes());
	for n in 0..3 {
		deliver(&mut chain, 0, Message::from_actor(1, le64(n)));
	}
	deliver(&mut chain, 1, Message::from_actor(0, le64(7)));

	let built =
		build(&chain, vec![AgendaItem::service(0, 1), AgendaItem::service(1, 1)]).expect("builds");

	// Actor 0 (first) takes the whole budget; ping-pong pops every message it is offered.
	assert_eq!(built.apov.inbox_of(0).len(), 2);
	assert!(built.apov.inbox_of(1).is_empty());
	assert_valid(&chain, &built.apov);
}

#[test]
fn an_unknown_actor_is_reported() {
	let mut chain = chain();
	create(&mut chain, COUNTER, 0, &[]);
	let result = build(&chain, vec![AgendaItem::service(0, 1), AgendaItem::service(5, 1)]);
	assert_eq!(result.map(|_| ()), Err(SequencerError::UnknownActor(5)));
}

#[test]
fn a_snapshot_missing_from_offchain_storage_is_state_not_indexed() {
	let mut chain = chain();
	create(&mut chain, COUNTER, 0, &[]);
	let state_hash = chain.actors[&0].state_hash;
	chain.snapshots.clear();

	let error = build(&chain, vec![AgendaItem::service(0, 1)])
		.map(|_| ())
		.expect_err("the snapshot is missing");

	assert_eq!(error, SequencerError::StateNotIndexed { actor: 0, state_hash });
	assert!(error.to_string().contains("--enable-offchain-indexing true"), "{error}");
}

#[test]
fn a_snapshot_with_another_hash_is_state_corrupt() {
	let mut chain = chain();
	create(&mut chain, COUNTER, 0, &[]);
	let state_hash = chain.actors[&0].state_hash;
	chain.snapshots.insert(state_hash, vec![1, 2, 3]);

	let result = build(&chain, vec![AgendaItem::service(0, 1)]);

	assert_eq!(result.map(|_| ()), Err(SequencerError::StateCorrupt { actor: 0, state_hash }));
}

#[test]
fn missing_code_is_reported() {
	let mut chain = chain();
	create(&mut chain, COUNTER, 0, &[]);
	chain.codes.clear();

	let result = build(&chain, vec![AgendaItem::service(0, 1)]);

	assert_eq!(
		result.map(|_| ()),
		Err(SequencerError::CodeMissing { actor: 0, code_hash: COUNTER.code_hash() })
	);
}

#[test]
fn code_that_does_not_load_is_reported() {
	let mut chain = chain();
	create(&mut chain, COUNTER, 0, &[]);
	chain.codes.insert(COUNTER.code_hash(), b"not an AVF".to_vec());

	let result = build(&chain, vec![AgendaItem::service(0, 1)]);

	assert!(
		matches!(result, Err(SequencerError::CodeInvalid { actor: 0, .. })),
		"{:?}",
		result.map(|_| ())
	);
}

#[test]
fn structurally_invalid_agendas_are_rejected_before_reading_the_chain() {
	let cases = [
		(vec![], PovError::EmptyAgenda),
		(vec![AgendaItem::call(0, INC.to_vec(), vec![])], PovError::MissingService),
		(vec![AgendaItem::service(0, 0)], PovError::ZeroService),
		((0..17).map(|actor| AgendaItem::service(actor, 1)).collect(), PovError::TooManyActors),
	];
	for (agenda, reason) in cases {
		// `LimitsOnly` fails every read but `limits`, so only the structure check can answer.
		let chain = LimitsOnly(Limits::DEFAULT);
		let result = Sequencer::new(Limits::DEFAULT).build_apov(
			&chain,
			ApovRequest { agenda: agenda.clone(), fuel_limit: FUEL, ..Default::default() },
		);
		assert_eq!(result.map(|_| ()), Err(SequencerError::InvalidAgenda(reason)), "{agenda:?}");
	}
}

/// A chain whose only readable item is its limits.
struct LimitsOnly(Limits);

impl ChainView for LimitsOnly {
	fn block_number(&self) -> BlockNumber {
		0
	}

	fn limits(&self) -> Result<Limits, ChainError> {
		Ok(self.0)
	}

	fn actor(&self, _: TaskId) -> Result<Option<ActorState>, ChainError> {
		BrokenChain.actor(0)
	}

	fn code(&self, _: CodeHash) -> Result<Option<Vec<u8>>, ChainError> {
		BrokenChain.code(CodeHash::zero())
	}

	fn inbox(&self, _: TaskId) -> Result<Vec<Message>, ChainError> {
		BrokenChain.inbox(0)
	}

	fn snapshot(&self, _: StateHash) -> Result<Option<Vec<u8>>, ChainError> {
		BrokenChain.snapshot(StateHash::zero())
	}
}

#[test]
fn an_agenda_that_runs_out_of_fuel_is_out_of_fuel() {
	let mut chain = chain();
	create(&mut chain, SPIN, 0, &[]);
	let agenda = vec![
		AgendaItem::service(0, 1),
		AgendaItem::call(0, u32::MAX.to_le_bytes().to_vec(), vec![]),
	];

	let result =
		build_apov(&chain, ApovRequest { agenda, fuel_limit: 1_000_000, ..Default::default() });

	assert_eq!(result.map(|_| ()), Err(SequencerError::OutOfFuel { fuel_limit: 1_000_000 }));
}

#[test]
fn a_panicking_actor_is_actor_trapped() {
	let mut chain = chain();
	create(&mut chain, PROBE, 0, &[]);
	// The probe's call 0x0c panics.
	let result =
		build(&chain, vec![AgendaItem::service(0, 1), AgendaItem::call(0, vec![0x0c], vec![])]);
	assert_eq!(result.map(|_| ()), Err(SequencerError::ActorTrapped(TrapKind::Unreachable)));
}

#[test]
fn a_call_the_actor_rejects_is_call_rejected() {
	let mut chain = chain();
	create(&mut chain, COUNTER, 0, &[]);
	let result =
		build(&chain, vec![AgendaItem::service(0, 1), AgendaItem::call(0, vec![0x02], vec![])]);
	assert_eq!(result.map(|_| ()), Err(SequencerError::CallRejected));
}

#[test]
fn a_sequencer_refuses_a_chain_whose_limits_changed() {
	let mut chain = chain();
	create(&mut chain, COUNTER, 0, &[]);
	let sequencer = Sequencer::for_chain(&chain).expect("limits are readable");
	chain.limits.max_agenda_items = 10;

	let result = sequencer.build_apov(
		&chain,
		ApovRequest {
			agenda: vec![AgendaItem::service(0, 1)],
			fuel_limit: FUEL,
			..Default::default()
		},
	);

	assert_eq!(result.map(|_| ()), Err(SequencerError::LimitsChanged));
}

#[test]
fn chain_read_failures_are_chain_errors() {
	let result = build_apov(
		&BrokenChain,
		ApovRequest {
			agenda: vec![AgendaItem::service(0, 1)],
			fuel_limit: FUEL,
			..Default::default()
		},
	);
	assert_eq!(result.map(|_| ()), Err(SequencerError::Chain(ChainError::new("state pruned"))));
}

/// `MemoryChain` refuses what the pallet refuses (a message to no actor or into a full inbox, an upgrade to code
/// not stored) and then stays as it was. `pallet-actors`' test `memory_chain_canonicalises_as_the_pallet` runs the
/// same cases through both.
#[test]
fn memory_chain_refusals_change_nothing() {
	use crate::memory::Refused;
	let mut chain = chain();
	let machine = Machine::new(chain.limits);
	let blob = coreplay_fixtures::wat_actors::test_actor();
	let code = machine.load(&blob).expect("loads");
	chain.create(&machine, &blob, &code, 1, &[], FUEL).expect("creates");
	chain.max_inbox_len = 2;
	let to = |to: TaskId, n: usize| -> Vec<OutboundMessage> {
		(0..n).map(|_| OutboundMessage { from: 1, to, data: vec![7] }).collect()
	};
	let before = chain.clone();
	assert_eq!(chain.deliver(&to(9, 1)), Err(Refused::UnknownRecipient(9)));
	assert_eq!(chain.deliver(&to(1, 3)), Err(Refused::InboxFull(1)));
	assert_eq!(chain, before, "refused deliveries change nothing");
	chain.deliver(&to(1, 2)).expect("room for two");
	assert_eq!(chain.inboxes[&1].len(), 2);

	let missing = CodeHash::repeat_byte(0xee);
	let upgrade = [&[9u8][..], missing.as_bytes()].concat();
	let built =
		build(&chain, vec![AgendaItem::service(1, 1), AgendaItem::call(1, upgrade, vec![])])
			.expect("builds");
	let before = chain.clone();
	assert_eq!(
		chain.canonicalise(&built.apov, &built.execution),
		Err(Refused::UnknownUpgradeCode(missing))
	);
	assert_eq!(chain, before, "a refused APoV changes nothing");
	let built = build(&chain, vec![AgendaItem::service(1, 1)]).expect("builds");
	chain.canonicalise(&built.apov, &built.execution).expect("canonicalises");
	assert_eq!(chain.actors[&1].sequence, 1);
	assert!(chain.inboxes[&1].is_empty(), "its service consumed both messages");
}

/// The probe's `SetInspectors { payout, dependencies, misbehave }` call (variant 15), SCALE by hand: a `u128`, a
/// compact length and `u32`s, a `bool`.
fn set_inspectors(payout: u128, dependencies: &[TaskId], misbehave: bool) -> Vec<u8> {
	let mut input = vec![15];
	input.extend(payout.to_le_bytes());
	input.push(u8::try_from(dependencies.len() * 4).expect("a few dependencies"));
	for task in dependencies {
		input.extend(task.to_le_bytes());
	}
	input.push(u8::from(misbehave));
	input
}

#[test]
fn inspect_reports_payout_and_dependencies_on_the_current_state() {
	let mut chain = chain();
	create(&mut chain, PROBE, 0, &[]);
	create(&mut chain, COUNTER, 3, &[]);
	let sequencer = Sequencer::for_chain(&chain).expect("limits");
	assert_eq!(sequencer.inspect(&chain, 0, FUEL), Ok(Inspection::default()));
	// A counter exports no inspectors.
	assert_eq!(sequencer.inspect(&chain, 3, FUEL), Ok(Inspection::default()));

	let agenda = vec![
		AgendaItem::service(0, 1),
		AgendaItem::call(0, set_inspectors(7, &[3, 0, 5, 3], false), vec![]),
	];
	let built = build(&chain, agenda).expect("builds");
	canonicalise(&mut chain, &built.apov);

	// Itself and repeats are left out, the rest ascending.
	assert_eq!(
		sequencer.inspect(&chain, 0, FUEL),
		Ok(Inspection { payout: 7, dependencies: vec![3, 5] })
	);
	assert_eq!(sequencer.inspect(&chain, 9, FUEL), Err(SequencerError::UnknownActor(9)));
}

#[test]
fn inspectors_that_fail_count_as_absent() {
	let mut chain = chain();
	create(&mut chain, PROBE, 0, &[]);
	let agenda =
		vec![AgendaItem::service(0, 1), AgendaItem::call(0, set_inspectors(7, &[3], true), vec![])];
	let built = build(&chain, agenda).expect("builds");
	canonicalise(&mut chain, &built.apov);
	let sequencer = Sequencer::for_chain(&chain).expect("limits");
	// Both call `send_message`, which inspectors may not: the chain would pay nothing.
	assert_eq!(sequencer.inspect(&chain, 0, FUEL), Ok(Inspection::default()));
	// Out of fuel too.
	let agenda = vec![
		AgendaItem::service(0, 1),
		AgendaItem::call(0, set_inspectors(7, &[3], false), vec![]),
	];
	let built = build(&chain, agenda).expect("builds");
	canonicalise(&mut chain, &built.apov);
	assert_eq!(sequencer.inspect(&chain, 0, 10), Ok(Inspection::default()));
	assert_eq!(sequencer.inspect(&chain, 0, FUEL).map(|i| i.payout), Ok(7));
}
