//! Pallet tests, one behaviour each, in the mock runtime.

use crate::{mock::*, *};
use coreplay_primitives::{AgendaItem, CodeHash, InboxBatch, Invocation, Witness};
use coreplay_sequencer::{ActorState, ApovRequest, ChainError, ChainView};
use coreplay_vm::Limits;
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use sp_core::H256;
use std::collections::BTreeMap;

use coreplay_fixtures::wat_actors;
use wat_actors::op;

mod adversarial;
mod memory_chain;
mod scheduling;

const ALICE: u64 = 1;
const BOB: u64 = 2;
const FUEL: u64 = 50_000_000;

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Coreplay(e) => Some(e),
			_ => None,
		})
		.collect()
}

/// A sequencer for tests: the real `coreplay-sequencer` over the mock runtime's storage, which this type shows
/// as a node's `ChainView` shows a chain, with each actor's latest snapshot (kept as a node's offchain index keeps
/// them). Like a sequencer that pipelines, it builds on the states of APoVs it adopted ([`Sequencer::adopt`])
/// before the chain canonicalised them.
#[derive(Default)]
struct Sequencer {
	/// Each actor's latest snapshot: its state on chain, or a later one this sequencer adopted.
	snapshots: BTreeMap<TaskId, Vec<u8>>,
	/// The form of the `post` slabs it builds.
	form: coreplay_vm::PostForm,
}

impl ChainView for Sequencer {
	fn block_number(&self) -> coreplay_primitives::BlockNumber {
		System::block_number() as u32
	}

	fn limits(&self) -> Result<Limits, ChainError> {
		Ok(Coreplay::limits())
	}

	/// The actor on chain, at its latest snapshot's state hash: a slab built from it carries the chain's sequence
	/// + 1 (what [`Sequencer::produce_at`] renumbers).
	fn actor(&self, actor: TaskId) -> Result<Option<ActorState>, ChainError> {
		Ok(Actors::<Test>::get(actor).map(|info| ActorState {
			code_hash: info.code_hash,
			state_hash: self.snapshots.get(&actor).map_or(info.state_hash, |s| blake2_256(s)),
			sequence: info.sequence,
		}))
	}

	fn code(&self, code_hash: CodeHash) -> Result<Option<Vec<u8>>, ChainError> {
		Ok(Codes::<Test>::get(code_hash).map(|code| code.into_inner()))
	}

	fn inbox(&self, actor: TaskId) -> Result<Vec<Message>, ChainError> {
		Ok(stored_inbox(actor))
	}

	fn snapshot(&self, state_hash: StateHash) -> Result<Option<Vec<u8>>, ChainError> {
		Ok(self.snapshots.values().find(|s| blake2_256(s) == state_hash).cloned())
	}
}

/// An actor's inbox on chain, as the vm takes it.
fn stored_inbox(actor: TaskId) -> Vec<Message> {
	Coreplay::inbox(actor)
}

impl Sequencer {
	fn upload(&self, who: u64, blob: &[u8]) -> CodeHash {
		assert_ok!(Coreplay::upload_code(RuntimeOrigin::signed(who), blob.to_vec()));
		blake2_256(blob)
	}

	/// Creates an actor and records its snapshot (the same one the chain indexed).
	fn create(&mut self, who: u64, code_hash: CodeHash, args: &[u8]) -> TaskId {
		let task = NextTaskId::<Test>::get();
		assert_ok!(Coreplay::create_actor(RuntimeOrigin::signed(who), code_hash, args.to_vec()));
		let machine = Coreplay::machine();
		let code = machine.load(&Codes::<Test>::get(code_hash).expect("stored")).expect("valid");
		let now = System::block_number() as u32;
		let creation = machine.create(&code, task, args, now, 10_000_000).expect("creates");
		assert_eq!(
			blake2_256(&creation.snapshot),
			Actors::<Test>::get(task).expect("exists").state_hash
		);
		self.snapshots.insert(task, creation.snapshot);
		task
	}

	/// Builds an APoV for `agenda` with `coreplay_sequencer::build_apov` from this view (each actor at its latest
	/// snapshot), and gives its slabs (of `actors`, the Agenda's, ascending) `sequences`; does not submit it.
	fn produce_at(
		&self,
		actors: &[TaskId],
		agenda: Vec<AgendaItem>,
		sequences: &[u64],
	) -> ActorPov {
		assert_eq!(coreplay_sequencer::coscheduled(&agenda), actors, "the Agenda's actors");
		// A slab's sequence is not an input of the replay: renumbering it keeps the APoV valid.
		let mut apov = self.build(agenda).apov;
		for (slab, sequence) in apov.slabs.iter_mut().zip(sequences) {
			slab.sequence = *sequence;
		}
		apov
	}

	/// Builds an APoV for `agenda` from this view, with [`FUEL`] and this sequencer's post form.
	fn build(&self, agenda: Vec<AgendaItem>) -> coreplay_sequencer::BuiltApov {
		let request =
			ApovRequest { agenda, fuel_limit: FUEL, post_form: self.form, ..Default::default() };
		coreplay_sequencer::build_apov(self, request).expect("builds")
	}

	/// Produces the next APoV (each actor's sequence + 1).
	fn produce(&self, actors: &[TaskId], agenda: Vec<AgendaItem>) -> ActorPov {
		let sequences: Vec<u64> =
			actors.iter().map(|a| Actors::<Test>::get(a).expect("exists").sequence + 1).collect();
		self.produce_at(actors, agenda, &sequences)
	}

	/// Records the posts of an APoV as the actors' snapshots (what a sequencer does after submitting).
	fn adopt(&mut self, apov: &ActorPov) {
		let max_pages = Coreplay::limits().max_memory_pages;
		for slab in &apov.slabs {
			let post = slab.full_post(max_pages).expect("a produced post");
			self.snapshots.insert(slab.actor, post.into_owned());
		}
	}

	/// Produces, submits and adopts the next APoV.
	fn advance(&mut self, who: u64, actors: &[TaskId], agenda: Vec<AgendaItem>) -> ActorPov {
		let apov = self.produce(actors, agenda);
		assert_ok!(submit_apov(RuntimeOrigin::signed(who), apov.clone(), FUEL));
		self.adopt(&apov);
		apov
	}
}

/// `Coreplay::submit_apov`, then, if it succeeded, the next block (`next_block`): an actor is in at most one
/// APoV per block, so tests that advance an actor step by step take a block per step.
pub(super) fn submit_apov(
	origin: RuntimeOrigin,
	apov: ActorPov,
	fuel_limit: u64,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	let result = Coreplay::submit_apov(origin, apov, fuel_limit);
	if result.is_ok() {
		next_block();
	}
	result
}

fn test_actor() -> Vec<u8> {
	wat_actors::test_actor()
}

fn service(actor: TaskId) -> AgendaItem {
	AgendaItem::service(actor, 1)
}

/// `pair`'s signed call to `actor` with `nonce` and `input`, signed for this chain (`SignedCall::payload`).
pub(super) fn signed(
	pair: &sp_core::sr25519::Pair,
	actor: TaskId,
	nonce: u64,
	input: Vec<u8>,
) -> coreplay_primitives::SignedCall {
	use sp_core::Pair;
	let payload =
		coreplay_primitives::SignedCall::payload(&Coreplay::genesis_hash(), actor, nonce, &input);
	coreplay_primitives::SignedCall {
		signer: pair.public().into(),
		nonce,
		input,
		output: vec![],
		signature: pair.sign(&payload).into(),
	}
}

/// The dev key of `name` (`//Alice`, ...).
pub(super) fn dev_key(name: &str) -> sp_core::sr25519::Pair {
	<sp_core::sr25519::Pair as sp_core::Pair>::from_string(&format!("//{name}"), None)
		.expect("a dev key")
}

/// Signs `call` again as a browser extension signs raw bytes: its payload wrapped in `<Bytes>`…`</Bytes>`.
fn sign_wrapped(
	pair: &sp_core::sr25519::Pair,
	actor: TaskId,
	call: &mut coreplay_primitives::SignedCall,
) {
	let payload = coreplay_primitives::SignedCall::payload(
		&Coreplay::genesis_hash(),
		actor,
		call.nonce,
		&call.input,
	);
	call.signature = sp_core::Pair::sign(pair, &coreplay_primitives::wrap_bytes(&payload)).into();
}

#[test]
fn a_signed_call_runs_once_with_its_signer_as_the_caller() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(ALICE, hash, &[]);
		let alice = dev_key("Alice");
		let signer = coreplay_primitives::AccountId::from(sp_core::Pair::public(&alice));
		// Op 14 outputs the caller: `Account` (2) and the signer's 32 bytes.
		let call = signed(&alice, task, 0, op(14, 0, &[]));
		let apov =
			seq.advance(BOB, &[task], vec![service(task), AgendaItem::signed_call(task, call)]);
		let output = call_output(&apov, 1);
		assert_eq!(output[..4], 2i32.to_le_bytes());
		assert_eq!(output[4..], *AsRef::<[u8; 32]>::as_ref(&signer));
		assert_eq!(CallNonces::<Test>::get(&signer, task), 1, "its next call is number 1");
		// The next call number runs too; the nonce is per actor.
		let call = signed(&alice, task, 1, op(14, 0, &[]));
		seq.advance(BOB, &[task], vec![service(task), AgendaItem::signed_call(task, call)]);
		assert_eq!(CallNonces::<Test>::get(&signer, task), 2);
		assert_eq!(CallNonces::<Test>::get(&signer, task + 1), 0);
		// Signed as a browser extension signs raw bytes (`<Bytes>`…`</Bytes>`): accepted too.
		let mut call = signed(&alice, task, 2, op(14, 0, &[]));
		sign_wrapped(&alice, task, &mut call);
		seq.advance(BOB, &[task], vec![service(task), AgendaItem::signed_call(task, call)]);
		assert_eq!(CallNonces::<Test>::get(&signer, task), 3);
	});
}

#[test]
fn a_signed_call_pays_for_the_checks_its_form_takes() {
	use coreplay_primitives::{SignatureScheme, SignedForm};
	use frame_support::storage::{with_transaction, TransactionOutcome};
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(ALICE, hash, &[]);
		let alice = dev_key("Alice");
		let call = signed(&alice, task, 0, op(14, 0, &[]));
		let raw = seq.produce(&[task], vec![service(task), AgendaItem::signed_call(task, call)]);
		// The same APoV, its call signed as a browser extension signs raw bytes.
		let mut wrapped = raw.clone();
		let Invocation::SignedCall(call) = &mut wrapped.agenda[1].entry else { unreachable!() };
		sign_wrapped(&alice, task, call);
		let once = Coreplay::signed_call_weight(SignatureScheme::Sr25519, SignedForm::Raw);
		let twice = Coreplay::signed_call_weight(SignatureScheme::Sr25519, SignedForm::Wrapped);
		assert_eq!(twice.ref_time(), 2 * once.ref_time(), "a second check of the same cost");
		// Declared in the costlier form, whatever the signature's form.
		let inputs = Coreplay::signed_inputs_weight(&raw);
		assert_eq!(Coreplay::signed_calls_weight(&raw), inputs + twice);
		assert_eq!(Coreplay::signed_calls_weight(&wrapped), inputs + twice);
		// Checked: the checks made.
		let checked = |apov: &ActorPov| {
			with_transaction(|| {
				TransactionOutcome::Rollback(Ok::<_, sp_runtime::DispatchError>(
					Coreplay::check_signed_calls(apov),
				))
			})
			.expect("rolled back")
		};
		assert_eq!(checked(&raw).ok(), Some(inputs + once));
		assert_eq!(checked(&wrapped).ok(), Some(inputs + twice));
		// On the dispatch path, the raw form is refunded its second check; both are charged under the declared.
		let declared = Coreplay::submit_weight(&raw, FUEL);
		let charged = |apov: ActorPov| {
			with_transaction(|| {
				let post = Coreplay::submit_apov(RuntimeOrigin::signed(BOB), apov, FUEL);
				TransactionOutcome::Rollback(Ok::<_, sp_runtime::DispatchError>(
					post.expect("valid").actual_weight.expect("reported"),
				))
			})
			.expect("rolled back")
		};
		let (raw, wrapped) = (charged(raw), charged(wrapped));
		assert_eq!(wrapped - raw, twice - once);
		assert!(wrapped.all_lte(declared), "{wrapped:?} over {declared:?}");
	});
}

fn state(task: TaskId) -> (u64, StateHash) {
	let a = Actors::<Test>::get(task).expect("exists");
	(a.sequence, a.state_hash)
}

#[test]
fn upload_code_stores_it_and_holds_a_deposit() {
	new_test_ext().execute_with(|| {
		let blob = test_actor();
		let hash = Sequencer::default().upload(ALICE, &blob);
		let deposit = 1_000 + 2 * blob.len() as u128;
		assert_eq!(Codes::<Test>::get(hash).expect("stored").to_vec(), blob);
		assert_eq!(
			CodeInfoOf::<Test>::get(hash),
			Some(CodeInfo { owner: ALICE, deposit, len: blob.len() as u32, refcount: 0 })
		);
		assert_eq!(Balances::balance_on_hold(&HoldReason::CodeDeposit.into(), &ALICE), deposit);
		assert!(events().contains(&Event::CodeStored {
			code_hash: hash,
			owner: ALICE,
			deposit,
			len: blob.len() as u32
		}));
	});
}

#[test]
fn upload_code_is_idempotent() {
	new_test_ext().execute_with(|| {
		let blob = test_actor();
		Sequencer::default().upload(ALICE, &blob);
		let held = Balances::balance_on_hold(&HoldReason::CodeDeposit.into(), &ALICE);
		assert_ok!(Coreplay::upload_code(RuntimeOrigin::signed(BOB), blob));
		assert_eq!(Balances::balance_on_hold(&HoldReason::CodeDeposit.into(), &ALICE), held);
		assert_eq!(Balances::balance_on_hold(&HoldReason::CodeDeposit.into(), &BOB), 0);
	});
}

#[test]
fn upload_code_rejects_invalid_code_with_its_error() {
	new_test_ext().execute_with(|| {
		let floats = wat_actors::avf(&wat_actors::minimal(r#"(func (result f32) (f32.const 1))"#));
		assert_noop!(
			Coreplay::upload_code(RuntimeOrigin::signed(ALICE), floats),
			Error::<Test>::FloatsNotAllowed
		);
		let raw_wasm = wat::parse_str(wat_actors::minimal("")).expect("parses");
		assert_noop!(
			Coreplay::upload_code(RuntimeOrigin::signed(ALICE), raw_wasm),
			Error::<Test>::AvfBadMagic
		);
		let huge = vec![0u8; 256 * 1024 + 1];
		assert_noop!(
			Coreplay::upload_code(RuntimeOrigin::signed(ALICE), huge),
			Error::<Test>::CodeTooLarge
		);
	});
}

#[test]
fn remove_code_releases_the_deposit_for_the_owner_only_when_unused() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		assert_noop!(
			Coreplay::remove_code(RuntimeOrigin::signed(BOB), hash),
			Error::<Test>::NotCodeOwner
		);
		seq.create(BOB, hash, &[]);
		assert_noop!(
			Coreplay::remove_code(RuntimeOrigin::signed(ALICE), hash),
			Error::<Test>::CodeInUse
		);
		let unused = seq.upload(ALICE, &wat_actors::avf(&wat_actors::minimal("")));
		assert_ok!(Coreplay::remove_code(RuntimeOrigin::signed(ALICE), unused));
		assert!(!Codes::<Test>::contains_key(unused) && !CodeInfoOf::<Test>::contains_key(unused));
		let still_held = 1_000 + 2 * test_actor().len() as u128;
		assert_eq!(Balances::balance_on_hold(&HoldReason::CodeDeposit.into(), &ALICE), still_held);
		assert_noop!(
			Coreplay::remove_code(RuntimeOrigin::signed(ALICE), unused),
			Error::<Test>::CodeNotFound
		);
	});
}

#[test]
fn create_actor_stores_sequence_zero_and_the_initial_state_hash() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(BOB, hash, &7u64.to_le_bytes());
		let actor = Actors::<Test>::get(task).expect("exists");
		assert_eq!((actor.sequence, actor.code_hash, actor.creator), (0, hash, BOB));
		assert_eq!(actor.state_hash, blake2_256(&seq.snapshots[&task]));
		assert_eq!(CodeInfoOf::<Test>::get(hash).expect("stored").refcount, 1);
		assert_eq!(NextTaskId::<Test>::get(), task + 1);
		assert!(events()
			.iter()
			.any(|e| matches!(e, Event::ActorCreated { task: t, .. } if *t == task)));
		assert_noop!(
			Coreplay::create_actor(RuntimeOrigin::signed(BOB), H256::repeat_byte(9), vec![]),
			Error::<Test>::CodeNotFound
		);
	});
}

#[test]
fn a_valid_apov_is_canonicalised() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(ALICE, hash, &[]);
		let apov = seq.advance(BOB, &[task], vec![AgendaItem::service(task, 3)]);
		assert_eq!(state(task), (1, blake2_256(&apov.slabs[0].post)));
		assert!(events().contains(&Event::ActorAdvanced {
			task,
			sequence: 1,
			state_hash: blake2_256(&apov.slabs[0].post)
		}));
		assert!(events().contains(&Event::ApovCanonicalised {
			submitter: BOB,
			pending: None,
			actors: 1
		}));
	});
}

#[test]
fn a_wrong_post_is_rejected_and_changes_nothing() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(ALICE, hash, &[]);
		let mut apov = seq.produce(&[task], vec![service(task)]);
		let last = apov.slabs[0].post.len() - 1;
		apov.slabs[0].post[last] ^= 1;
		let before = state(task);
		let result = submit_apov(RuntimeOrigin::signed(BOB), apov, FUEL);
		assert_eq!(result.map_err(|e| e.error), Err(Error::<Test>::PostMismatch.into()));
		assert_eq!(state(task), before);
	});
}

#[test]
fn chain_rules_each_have_their_error() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(ALICE, hash, &[]);
		let good = seq.produce(&[task], vec![service(task)]);
		let submit = |apov: ActorPov, fuel: u64| {
			submit_apov(RuntimeOrigin::signed(BOB), apov, fuel).map_err(|e| e.error)
		};
		let mut unknown = good.clone();
		unknown.slabs[0].actor = 99;
		unknown.agenda[0].actor = 99;
		let mut stale = good.clone();
		stale.slabs[0].sequence = 0;
		let mut wrong_pre = good.clone();
		wrong_pre.slabs[0].pre = good.slabs[0].post.clone();
		let mut future = good.clone();
		future.context.now = 5;
		let mut no_service = good.clone();
		no_service.agenda = vec![AgendaItem::call(task, op(0, 0, &[]), vec![])];
		let cases: Vec<(&str, ActorPov, u64, Error<Test>)> = vec![
			("unknown actor", unknown, FUEL, Error::UnknownActor),
			("stale sequence", stale, FUEL, Error::StaleSequence),
			("pre not the state", wrong_pre, FUEL, Error::PreStateMismatch),
			("future context", future, FUEL, Error::FutureContext),
			("no service", no_service, FUEL, Error::MissingService),
			("fuel above the maximum", good.clone(), 1_000_000_001, Error::FuelLimitTooHigh),
			("too little fuel", good.clone(), 10, Error::OutOfFuel),
		];
		for (name, apov, fuel, want) in cases {
			assert_eq!(submit(apov, fuel), Err(want.into()), "{name}");
			assert_eq!(state(task).0, 0, "{name} changed nothing");
		}
		assert_ok!(submit(good, FUEL));
	});
}

#[test]
fn pipelined_apovs_canonicalise_in_order_when_the_later_comes_first() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(ALICE, hash, &[]);
		let first = seq.produce(&[task], vec![service(task)]);
		seq.adopt(&first);
		let second = seq.produce_at(&[task], vec![AgendaItem::service(task, 2)], &[2]);
		assert_ok!(submit_apov(RuntimeOrigin::signed(BOB), second.clone(), FUEL));
		assert_eq!(state(task).0, 0);
		assert_eq!(PendingOrder::<Test>::get().to_vec(), vec![0]);
		assert!(events().contains(&Event::ApovPending { id: 0, submitter: BOB }));
		assert_ok!(submit_apov(RuntimeOrigin::signed(ALICE), first, FUEL));
		assert_eq!(state(task), (2, blake2_256(&second.slabs[0].post)));
		assert!(PendingOrder::<Test>::get().is_empty() && !Pending::<Test>::contains_key(0));
		assert!(events().contains(&Event::ApovCanonicalised {
			submitter: BOB,
			pending: Some(0),
			actors: 1
		}));
	});
}

#[test]
fn a_pending_apov_expires_when_the_state_it_built_on_loses() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(ALICE, hash, &[]);
		// Branch A: seq 1 (one service) and seq 2 on top of it; branch B: a different seq 1 (two services).
		let a1 = seq.produce(&[task], vec![service(task)]);
		let b1 = seq.produce(&[task], vec![AgendaItem::service(task, 2)]);
		seq.adopt(&a1);
		let a2 = seq.produce_at(&[task], vec![service(task)], &[2]);
		assert_ok!(submit_apov(RuntimeOrigin::signed(BOB), a2, FUEL));
		let held = || Balances::balance_on_hold(&HoldReason::PendingDeposit.into(), &BOB);
		assert_eq!(held(), 100, "a pending APoV holds `PendingDeposit`");
		assert_ok!(submit_apov(RuntimeOrigin::signed(BOB), b1.clone(), FUEL));
		// RFC rule 2: sequence one below a2's slab, with a state hash other than a2's pre.
		assert!(
			events().contains(&Event::ApovExpired { id: 0, reason: ExpiryReason::PreStateChanged })
		);
		// Its branch lost: the deposit is burned.
		assert_eq!(held(), 0);
		assert!(events().contains(&Event::PendingDepositBurned {
			id: 0,
			submitter: BOB,
			amount: 100
		}));
		assert_eq!(Balances::total_balance(&BOB), ENDOWMENT - 100);
		assert_eq!(state(task), (1, blake2_256(&b1.slabs[0].post)));
		assert!(PendingOrder::<Test>::get().is_empty());
	});
}

#[test]
fn a_pending_apov_expires_when_an_actor_reaches_its_sequence() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let p = seq.create(ALICE, hash, &[]);
		let q = seq.create(ALICE, hash, &[]);
		// Pending: p at 1 and q at 2 (q must first reach 1).
		let q1 = seq.produce(&[q], vec![service(q)]);
		let both = {
			let mut s = Sequencer { snapshots: seq.snapshots.clone(), form: seq.form };
			s.adopt(&q1);
			s.produce_at(&[p, q], vec![service(p), service(q)], &[1, 2])
		};
		assert_ok!(submit_apov(RuntimeOrigin::signed(BOB), both, FUEL));
		// p reaches sequence 1 by another APoV: RFC rule 1 for the pending one.
		seq.advance(BOB, &[p], vec![AgendaItem::service(p, 2)]);
		assert!(
			events().contains(&Event::ApovExpired { id: 0, reason: ExpiryReason::SequenceReached })
		);
	});
}

#[test]
fn pending_apovs_are_bounded() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(ALICE, hash, &[]);
		// Four sequences ahead, from two accounts (each may hold `MaxPendingPerAccount`, 2).
		for (who, sequence) in [(ALICE, 5), (ALICE, 6), (BOB, 7), (BOB, 8)] {
			let far = seq.produce_at(&[task], vec![service(task)], &[sequence]);
			assert_ok!(submit_apov(RuntimeOrigin::signed(who), far, FUEL));
		}
		let one_more = seq.produce_at(&[task], vec![AgendaItem::service(task, 9)], &[9]);
		let result = submit_apov(RuntimeOrigin::signed(3), one_more, FUEL);
		assert_eq!(result.map_err(|e| e.error), Err(Error::<Test>::PendingFull.into()));
		// They time out after `PendingLifetime` blocks and make room.
		System::set_block_number(30);
		Coreplay::process_pending(Weight::MAX);
		assert!(PendingOrder::<Test>::get().is_empty());
		assert!(events().contains(&Event::ApovExpired { id: 3, reason: ExpiryReason::TimedOut }));
	});
}

#[test]
fn messages_are_delivered_and_consumed_in_order_across_apovs() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let sender = seq.create(ALICE, hash, &[]);
		let receiver = seq.create(ALICE, hash, &[]);
		seq.advance(
			BOB,
			&[sender],
			vec![
				service(sender),
				AgendaItem::call(sender, op(5, receiver, b"first"), vec![]),
				AgendaItem::call(sender, op(5, receiver, b"second!"), vec![]),
			],
		);
		let inbox: Vec<Vec<u8>> = stored_inbox(receiver).into_iter().map(|m| m.data).collect();
		assert_eq!(inbox, [b"first".to_vec(), b"second!".to_vec()]);
		let apov = seq.advance(
			BOB,
			&[receiver],
			vec![service(receiver), AgendaItem::call(receiver, op(0, 0, &[]), vec![])],
		);
		assert_eq!(apov.inbox.len(), 1);
		assert_eq!(apov.inbox[0].messages.len(), 2);
		let Invocation::Call { output, .. } = &apov.agenda[1].entry else { panic!("a call") };
		let fields = wat_actors::fields(output);
		assert_eq!((fields[4], fields[5]), (2, 12), "two messages, 12 bytes, read in the APoV");
		assert!(stored_inbox(receiver).is_empty());
		assert_eq!(InboxMessages::<Test>::iter_prefix(receiver).count(), 0, "consumed: taken");
		assert!(!InboxQueues::<Test>::contains_key(receiver));
	});
}

#[test]
fn an_apov_whose_inbox_batch_is_not_the_inbox_prefix_is_rejected() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(ALICE, hash, &[]);
		let mut apov = seq.produce(&[task], vec![service(task)]);
		// The actor reads messages in `service`: invent one that never arrived.
		apov.inbox =
			vec![InboxBatch { actor: task, messages: vec![Message::from_actor(7, vec![1])] }];
		let machine = Coreplay::machine();
		let code = machine.load(&test_actor()).expect("valid");
		let post = machine
			.execute(
				&[coreplay_vm::ActorInput {
					id: task,
					code: &code,
					pre: &apov.slabs[0].pre,
					inbox: &apov.inbox[0].messages,
				}],
				&apov.agenda,
				apov.context.now,
				&Witness::default(),
				FUEL,
			)
			.expect("runs")
			.posts
			.remove(0);
		apov.slabs[0].post = post;
		let result = submit_apov(RuntimeOrigin::signed(BOB), apov, FUEL);
		assert_eq!(result.map_err(|e| e.error), Err(Error::<Test>::InboxMismatch.into()));
		assert_eq!(state(task).0, 0);
	});
}

#[test]
fn the_payout_is_paid_from_the_actor_account_to_the_submitter() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(ALICE, hash, &[]);
		// Submission is open (no sequencer registered): payouts go to the actor's payee, here its submitter.
		assert_ok!(Coreplay::set_payee(RuntimeOrigin::signed(ALICE), task, Some(BOB)));
		assert_ok!(Balances::transfer_allow_death(
			RuntimeOrigin::signed(ALICE),
			Coreplay::actor_account(task),
			1_000
		));
		seq.advance(BOB, &[task], vec![AgendaItem::service(task, 3)]);
		// The test actor's payout is its service count on `pre`: 0 now, 3 next time.
		let before = Balances::free_balance(BOB);
		seq.advance(BOB, &[task], vec![service(task)]);
		assert_eq!(Balances::free_balance(BOB), before + 3);
		assert_eq!(Balances::free_balance(Coreplay::actor_account(task)), 997);
		assert!(events().contains(&Event::PayoutPaid { task, to: BOB, amount: 3 }));
	});
}

#[test]
fn a_code_upgrade_moves_the_actor_to_the_new_code() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let old = seq.upload(ALICE, &test_actor());
		// The same actor with one more (unused) function is different code that fits the same snapshots.
		let new_blob = wat_actors::avf(&wat_actors::test_actor_wat().replacen(
			"(func (export \"payout\")",
			"(func) (func (export \"payout\")",
			1,
		));
		let new = seq.upload(ALICE, &new_blob);
		let task = seq.create(ALICE, old, &[]);
		let mut set_code = vec![9];
		set_code.extend_from_slice(new.as_bytes());
		seq.advance(BOB, &[task], vec![service(task), AgendaItem::call(task, set_code, vec![])]);
		assert_eq!(Actors::<Test>::get(task).expect("exists").code_hash, new);
		assert_eq!(CodeInfoOf::<Test>::get(old).expect("stored").refcount, 0);
		assert_eq!(CodeInfoOf::<Test>::get(new).expect("stored").refcount, 1);
		assert!(events().contains(&Event::CodeUpgraded { task, code_hash: new }));
		// It runs the new code from now on.
		seq.advance(BOB, &[task], vec![service(task)]);
		assert_eq!(state(task).0, 2);
	});
}

#[test]
fn an_upgrade_to_missing_code_is_rejected() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(ALICE, hash, &[]);
		let mut set_code = vec![9];
		set_code.extend_from_slice(&[7; 32]);
		let apov =
			seq.produce(&[task], vec![service(task), AgendaItem::call(task, set_code, vec![])]);
		let result = submit_apov(RuntimeOrigin::signed(BOB), apov, FUEL);
		assert_eq!(result.map_err(|e| e.error), Err(Error::<Test>::UnknownUpgradeCode.into()));
	});
}

#[test]
fn unused_fuel_is_refunded() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(ALICE, hash, &[]);
		let apov = seq.produce(&[task], vec![service(task)]);
		let declared = Coreplay::submit_weight(&apov, FUEL);
		let post = submit_apov(RuntimeOrigin::signed(BOB), apov, FUEL).expect("valid");
		let actual = post.actual_weight.expect("reported");
		assert!(actual.ref_time() < declared.ref_time());
		// The replay's unused fuel, and the `payout` inspector's too (it uses a few thousand of its budget).
		let inspector = <<Test as crate::Config>::InspectorFuel as Get<u64>>::get();
		let refunded = Coreplay::fuel_weight(FUEL / 2) + Coreplay::fuel_weight(inspector / 2);
		assert!(declared.ref_time() - actual.ref_time() >= refunded.ref_time(), "{actual:?}");
	});
}

#[test]
fn a_failed_replay_pays_for_all_its_fuel() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(ALICE, hash, &[]);
		let mut apov = seq.produce(&[task], vec![service(task)]);
		apov.slabs[0].post[0] ^= 1;
		let declared = Coreplay::submit_weight(&apov, FUEL);
		let err = submit_apov(RuntimeOrigin::signed(BOB), apov, FUEL).expect_err("rejected");
		let charged = err.post_info.actual_weight.expect("reported");
		assert!(charged.ref_time() >= Coreplay::fuel_weight(FUEL).ref_time());
		assert!(charged.ref_time() <= declared.ref_time());
	});
}

#[test]
fn snapshots_are_indexed_offchain_under_their_state_hash() {
	let mut ext = new_test_ext();
	let (initial, post) = ext.execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(ALICE, hash, &[]);
		let apov = seq.advance(BOB, &[task], vec![service(task)]);
		(apov.slabs[0].pre.clone(), apov.slabs[0].post.clone())
	});
	ext.persist_offchain_overlay();
	let db = ext.offchain_db();
	for snapshot in [initial, post] {
		let key = state_key(&blake2_256(&snapshot));
		assert_eq!(db.get(&key), Some(snapshot));
	}
}

/// Each page an instance declares is charged its first touch (`WeightInfo::fresh_pages`, the page faults a
/// block's first APoV takes) besides the zero page's work (`WeightInfo::zero_pages`): a `pre` and `post` pair of
/// 32 declared pages, none stored, costs 31 pages of both more than a pair of one.
#[test]
fn each_declared_page_is_charged_its_first_touch() {
	let pair = |declared| [SnapshotShape { declared, ..SnapshotShape::default() }; 2].into_iter();
	let slope = |f: fn(u32) -> Weight| f(31).saturating_sub(f(0));
	let fresh = slope(<() as WeightInfo>::fresh_pages);
	assert!(fresh.ref_time() > 0, "the first touch is weighed");
	assert_eq!(
		Pallet::<Test>::snapshots_weight(pair(32), 0)
			.saturating_sub(Pallet::<Test>::snapshots_weight(pair(1), 0)),
		slope(<() as WeightInfo>::zero_pages).saturating_add(fresh)
	);
}

/// Fuel is charged at the highest of the fuel benchmarks' slopes, so that no kind of work they measure runs
/// longer per unit than it is charged: `fuel_branches` (`if`s on random bits, the host's mispredicts) and
/// `fuel_chase` (pointer chasing, the host's cache misses) as much as scattered stores, the arithmetic loop,
/// calls, locals, `call_indirect` and compiling.
#[test]
fn fuel_is_charged_at_least_every_fuel_benchmarks_rate() {
	type W = <Test as Config>::WeightInfo;
	type Benchmark = fn(u32) -> Weight;
	let slopes: [(&str, Benchmark); 8] = [
		("fuel", W::fuel),
		("fuel_calls", W::fuel_calls),
		("fuel_locals", W::fuel_locals),
		("fuel_call_indirect", W::fuel_call_indirect),
		("fuel_branches", W::fuel_branches),
		("fuel_chase", W::fuel_chase),
		("fuel_scatter", W::fuel_scatter),
		("fuel_compile", W::fuel_compile),
	];
	for k in [1, 1_000, 10_000] {
		let charged = Pallet::<Test>::fuel_weight(1000 * u64::from(k));
		for (name, f) in slopes {
			let slope = f(k).saturating_sub(f(0));
			assert!(charged.ref_time() >= slope.ref_time(), "{name} at {k} thousand units");
		}
		// The bound is one of them, not more.
		assert!(slopes.iter().any(|(_, f)| f(k).saturating_sub(f(0)) == charged), "{k}");
	}
}

#[test]
fn a_compact_apov_advances_actors_to_the_full_posts_state_and_indexes_it() {
	let mut ext = new_test_ext();
	let (full, compact) = ext.execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let (a, b) = (seq.create(ALICE, hash, &[]), seq.create(ALICE, hash, &[]));
		let agenda = vec![AgendaItem::service(a, 2), AgendaItem::service(b, 1)];
		let full = seq.produce(&[a, b], agenda.clone());
		seq.form = coreplay_vm::PostForm::Compact;
		let compact = seq.produce(&[a, b], agenda);
		assert!(compact.slabs.iter().all(|s| snapshot::is_delta(&s.post)));
		assert!(compact.encoded_size() < full.encoded_size());
		// Charged for the chunks of the snapshot each delta expands to (at most `pre`'s and the delta's), and
		// for expanding it.
		let chunks = |bytes: usize| (bytes as u64).div_ceil(snapshot::ENCODED_CHUNK_BYTES as u64);
		for (f, c) in full.slabs.iter().zip(&compact.slabs) {
			let shape = SnapshotShape::of_post(&c.pre, &c.post);
			assert_eq!(
				shape,
				SnapshotShape {
					stored: chunks(c.pre.len() + c.post.len()),
					declared: SnapshotShape::of(&f.post).declared,
					expanded_pre: chunks(c.pre.len()),
					expanded_delta: chunks(c.post.len()),
				}
			);
			assert!(shape.stored >= SnapshotShape::of(&f.post).stored);
		}
		assert_ok!(submit_apov(RuntimeOrigin::signed(BOB), compact.clone(), FUEL));
		for slab in &full.slabs {
			assert_eq!(state(slab.actor), (1, blake2_256(&slab.post)));
		}
		seq.adopt(&compact);
		assert_eq!(seq.snapshots[&a], full.slabs[0].post);
		(full, compact)
	});
	ext.persist_offchain_overlay();
	let db = ext.offchain_db();
	for (slab, delta) in full.slabs.iter().zip(&compact.slabs) {
		assert_eq!(db.get(&state_key(&blake2_256(&slab.post))), Some(slab.post.clone()));
		assert_eq!(db.get(&state_key(&blake2_256(&delta.post))), None, "a delta is not a state");
	}
}

#[test]
fn a_non_canonical_delta_post_is_refused_before_replay() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer { form: coreplay_vm::PostForm::Compact, ..Default::default() };
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(ALICE, hash, &[]);
		let mut apov = seq.produce(&[task], vec![service(task)]);
		// The first chunk's index beyond the declared memory.
		apov.slabs[0].post[4..8].copy_from_slice(&0u32.to_le_bytes());
		let declared = Coreplay::submit_weight(&apov, FUEL);
		let err = submit_apov(RuntimeOrigin::signed(BOB), apov, FUEL).expect_err("rejected");
		assert_eq!(err.error, Error::<Test>::BadPostDelta.into());
		// No replay ran, so its fuel is refunded.
		let charged = err.post_info.actual_weight.expect("reported");
		assert!(charged.ref_time() + Coreplay::fuel_weight(FUEL).ref_time() <= declared.ref_time());
		assert_eq!(state(task).0, 0);
	});
}

#[test]
fn a_dry_run_reports_the_outcome_and_changes_nothing() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(ALICE, hash, &[]);
		let apov = seq.produce(&[task], vec![AgendaItem::service(task, 2)]);
		let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
		let dry = Coreplay::dry_run_apov(BOB, apov.clone(), FUEL);
		assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), root, "nothing changed");
		let submitted = dry.result.expect("valid");
		assert_eq!(submitted.status, ApovStatus::Canonicalised);
		assert!(
			submitted.fuel_used > 0 && submitted.weight.ref_time() < dry.declared_weight.ref_time()
		);
		// The real submission agrees.
		let post = submit_apov(RuntimeOrigin::signed(BOB), apov.clone(), FUEL).expect("valid");
		assert_eq!(post.actual_weight, Some(submitted.weight));
		// Now it is stale: the dry run says so, with the error's weight.
		let (error, _) = Coreplay::dry_run_apov(BOB, apov, FUEL).result.expect_err("stale");
		assert_eq!(error, Error::<Test>::StaleSequence.into());
	});
}

/// A dry run shows what the replay printed, returned and emitted (issue 30, `DryRun::trace`), what it printed
/// before it failed, and nothing of an APoV refused before its replay.
#[test]
fn a_dry_run_shows_the_replays_log_outputs_and_events() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(ALICE, hash, &[]);
		let topic = [7u8; 32];
		let emit = [wat_actors::op(17, 1, &topic), b"data".to_vec()].concat();
		let apov = seq.produce(
			&[task],
			vec![
				AgendaItem::service(task, 1),
				AgendaItem::call(task, wat_actors::op(13, 0, &[]), vec![]),
				AgendaItem::call(task, emit, vec![]),
			],
		);
		let dry = Coreplay::dry_run_apov(BOB, apov.clone(), FUEL);
		let submitted = dry.result.expect("valid");
		let trace = dry.trace;
		assert!(trace.replayed);
		assert_eq!(trace.log, b"hi\n", "what `print` printed, a line per call");
		assert_eq!(trace.call_outputs, [call_output(&apov, 1), call_output(&apov, 2)]);
		assert_eq!(trace.events.len(), 1);
		assert_eq!(
			(trace.events[0].actor, trace.events[0].topics[0].0, &trace.events[0].data[..]),
			(task, topic, &b"data"[..])
		);
		assert!(trace.fuel_used > 0 && trace.fuel_used <= submitted.fuel_used);
		// Its replay traps after printing: what was printed up to the trap is shown, though the replay did not
		// run to its end (and so returned no outputs or events).
		let mut trapping = apov.clone();
		trapping.agenda[2] = AgendaItem::call(task, wat_actors::op(2, 0, &[]), vec![]);
		let dry = Coreplay::dry_run_apov(BOB, trapping, FUEL);
		assert!(dry.result.is_err());
		assert!(!dry.trace.replayed);
		assert_eq!(dry.trace.log, b"hi\n");
		assert!(dry.trace.events.is_empty());
		// Refused before its replay: nothing to show.
		let dry = Coreplay::dry_run_apov(BOB, apov, FUEL + 1_000_000_000_000);
		assert!(dry.result.is_err());
		assert_eq!(dry.trace, ReplayTrace::default());
	});
}

/// Uploads and creations have dry runs (issue 30): the answer the dispatchable would give, nothing stored or held.
#[test]
fn uploads_and_creations_have_dry_runs() {
	new_test_ext().execute_with(|| {
		let code = test_actor();
		let code_hash = blake2_256(&code);
		let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
		let (hash, deposit) =
			Coreplay::dry_run_upload_code(ALICE, code.clone()).expect("valid code");
		assert_eq!(
			sp_io::storage::root(sp_runtime::StateVersion::V1),
			root,
			"nothing stored or held"
		);
		assert_eq!(hash, code_hash);
		assert_ok!(Coreplay::upload_code(RuntimeOrigin::signed(ALICE), code.clone()));
		assert_eq!(
			CodeInfoOf::<Test>::get(code_hash).expect("stored").deposit,
			deposit,
			"what it held"
		);
		assert_eq!(
			Coreplay::dry_run_upload_code(BOB, code),
			Ok((code_hash, 0)),
			"stored already: nothing more"
		);
		assert_eq!(
			Coreplay::dry_run_upload_code(ALICE, b"not an AVF".to_vec()).map(|_| ()),
			Err(Error::<Test>::AvfBadMagic.into())
		);

		let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
		let (task, state_hash) =
			Coreplay::dry_run_create_actor(BOB, code_hash, vec![]).expect("created");
		assert_eq!(
			sp_io::storage::root(sp_runtime::StateVersion::V1),
			root,
			"nothing created or held"
		);
		let mut seq = Sequencer::default();
		assert_eq!(seq.create(BOB, code_hash, &[]), task);
		assert_eq!(Actors::<Test>::get(task).expect("created").state_hash, state_hash);
		assert_eq!(
			Coreplay::dry_run_create_actor(BOB, CodeHash::repeat_byte(9), vec![]),
			Err(Error::<Test>::CodeNotFound.into())
		);
	});
}

fn call_output(apov: &ActorPov, item: usize) -> Vec<u8> {
	let (_, output) =
		apov.agenda[item].entry.call().unwrap_or_else(|| panic!("item {item} is a Service"));
	output.to_vec()
}

#[docify::export]
#[test]
fn counter_advances_through_apovs() {
	new_test_ext().execute_with(|| {
		// The sequencer side: `Sequencer` keeps each actor's latest snapshot and builds APoVs with
		// `coreplay-sequencer` (`coreplay_vm::produce_pov`, the same machine the pallet validates with).
		let mut seq = Sequencer::default();
		let code_hash = seq.upload(ALICE, coreplay_fixtures::COUNTER.avf);
		let counter = seq.create(ALICE, code_hash, &5u64.to_le_bytes());
		for round in 1..=3u64 {
			// Two services, then `inc` (`[0x00]`), which returns the new count.
			let apov = seq.advance(
				BOB,
				&[counter],
				vec![
					AgendaItem::service(counter, 2),
					AgendaItem::call(counter, vec![0x00], vec![]),
				],
			);
			assert_eq!(call_output(&apov, 1), (5 + round).to_le_bytes());
			assert_eq!(state(counter), (round, blake2_256(&apov.slabs[0].post)));
		}
		// `get` (`[0x01]`): the count, then the services (2 per round, plus this one).
		let apov = seq.advance(
			BOB,
			&[counter],
			vec![service(counter), AgendaItem::call(counter, vec![0x01], vec![])],
		);
		assert_eq!(call_output(&apov, 1), [8u64.to_le_bytes(), 7u64.to_le_bytes()].concat());
		assert_eq!(state(counter).0, 4);
	});
}

#[test]
fn ping_pong_actors_talk_across_apovs() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let code_hash = seq.upload(ALICE, coreplay_fixtures::PING_PONG.avf);
		let a = seq.create(ALICE, code_hash, &1u32.to_le_bytes());
		let b = seq.create(ALICE, code_hash, &0u32.to_le_bytes());
		for _ in 0..3 {
			seq.advance(BOB, &[a, b], vec![service(a), service(b)]);
			// B's message of the round is unread by A (serviced first): it waits in A's inbox on chain.
			assert_eq!(InboxQueues::<Test>::get(a).len, 1);
		}
		let apov = seq.advance(
			BOB,
			&[a, b],
			vec![
				service(a),
				service(b),
				AgendaItem::call(a, vec![0x01], vec![]),
				AgendaItem::call(b, vec![0x01], vec![]),
			],
		);
		let counters = |output: Vec<u8>| -> Vec<u64> {
			output
				.chunks_exact(8)
				.map(|c| u64::from_le_bytes(c.try_into().expect("8 bytes")))
				.collect()
		};
		// services, pings served, pongs received, messages sent, messages received.
		assert_eq!(
			counters(call_output(&apov, 2)),
			[4, 4, 4, 4, 3],
			"A read B's messages one APoV late"
		);
		assert_eq!(
			counters(call_output(&apov, 3)),
			[4, 4, 4, 4, 4],
			"B read A's messages in the same APoV"
		);
		assert_eq!(
			apov.inbox,
			[InboxBatch {
				actor: a,
				messages: vec![Message::from_actor(b, 3u64.to_le_bytes().to_vec())]
			}]
		);
		assert_eq!((state(a).0, state(b).0), (4, 4));
	});
}

/// Messages an actor's `init` sends itself reach its inbox, as an Agenda's do (issue 26: they were dropped).
#[test]
fn messages_init_sends_itself_reach_its_inbox() {
	new_test_ext().execute_with(|| {
		let seq = Sequencer::default();
		let task = NextTaskId::<Test>::get();
		let wat = format!(
			r#"(module
  {imports}
  (memory (export "memory") 1)
  (data (i32.const 0) "me")
  (func (export "init") (result i32)
    (call $send_message (i32.const {task}) (i32.const 0) (i32.const 2))
    (i32.const 0))
  (func (export "service") (result i32) (i32.const 0))
  (func (export "call") (result i32) (i32.const 0)))"#,
			imports = wat_actors::imports()
		);
		let hash = seq.upload(ALICE, &wat_actors::avf(&wat));
		assert_ok!(Coreplay::create_actor(RuntimeOrigin::signed(ALICE), hash, vec![]));
		assert_eq!(stored_inbox(task), [Message::from_actor(task, b"me".to_vec())]);
	});
}

/// Storage version 0 → 1 → 2, as the runtime lists them: actors gain `now` (the upgrade's block) and a zero
/// deposit, inbox messages are counted by sender, pending outcomes of version 0 are dropped (v1); each inbox
/// message and sender count names an actor sender, with no value and no deposit (v2); the version becomes 2, and
/// running them again changes nothing.
#[test]
fn the_v1_to_v3_migrations_translate_actors_and_inboxes() {
	use crate::migrations::{
		v1::{ActorInfoV0, MigrateV0ToV1},
		v2::MigrateV1ToV2,
		v3::MigrateV2ToV3,
	};
	use coreplay_primitives::Sender;
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	new_test_ext().execute_with(|| {
		StorageVersion::new(0).put::<Coreplay>();
		let old = ActorInfoV0 {
			code_hash: H256::repeat_byte(1),
			state_hash: H256::repeat_byte(2),
			sequence: 7,
			creator: ALICE,
		};
		frame_support::storage::unhashed::put_raw(
			&Actors::<Test>::hashed_key_for(3),
			&old.encode(),
		);
		frame_support::storage::unhashed::put_raw(&Pending::<Test>::hashed_key_for(0), &[1, 2, 3]);
		PendingOrder::<Test>::put(BoundedVec::truncate_from(vec![0]));
		let message = StoredMessage { from: 5, data: BoundedVec::truncate_from(vec![1]) };
		let other = StoredMessage { from: 6, data: BoundedVec::truncate_from(vec![2]) };
		crate::migrations::v1::Inboxes::<Test>::insert(
			3,
			BoundedVec::truncate_from(vec![message.clone(), message.clone(), other.clone()]),
		);
		System::set_block_number(9);
		MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(Coreplay::on_chain_storage_version(), 1);
		MigrateV1ToV2::<Test>::on_runtime_upgrade();
		assert_eq!(Coreplay::on_chain_storage_version(), 2);
		MigrateV2ToV3::<Test>::on_runtime_upgrade();
		let want = ActorInfo {
			code_hash: H256::repeat_byte(1),
			state_hash: H256::repeat_byte(2),
			sequence: 7,
			creator: ALICE,
			deposit: 0,
			now: 9,
			scheduled_at: 0,
			affinity: Affinity::default(),
			payee: None,
		};
		assert_eq!(Actors::<Test>::get(3), Some(want.clone()));
		assert!(!Pending::<Test>::contains_key(0) && PendingOrder::<Test>::get().is_empty());
		assert_eq!(InboxSenders::<Test>::get(3, Sender::Actor(5)), 2, "messages counted by sender");
		assert_eq!(InboxSenders::<Test>::get(3, Sender::Actor(6)), 1);
		use frame_support::storage::StoragePrefixedMap;
		let prefix = InboxSenders::<Test>::final_prefix();
		let keys = frame_support::storage::KeyPrefixIterator::new(
			prefix.to_vec(),
			prefix.to_vec(),
			|_| Ok(()),
		);
		assert_eq!(keys.count(), 2, "the old counts are gone, only the two new ones are left");
		let moved = |m: &StoredMessage<_>| Message::from_actor(m.from, m.data.to_vec());
		assert_eq!(Coreplay::inbox(3), [moved(&message), moved(&message), moved(&other)]);
		assert_eq!(InboxQueues::<Test>::get(3), InboxQueue { head: 0, len: 3 });
		assert!(InboxMessages::<Test>::iter()
			.all(|(_, _, m)| m.value == 0 && m.deposit.is_none() && m.arrived == 9));
		assert!(!crate::migrations::v1::Inboxes::<Test>::contains_key(3), "the old item is gone");
		assert_eq!(Coreplay::on_chain_storage_version(), 3);
		let rotation = Coreplay::rotation_of(9);
		assert!(Rotations::<Test>::get(rotation).is_some_and(|r| r.sequencers.is_empty()));
		assert!(Rotations::<Test>::contains_key(rotation + 1), "the next rotation is fixed too");
		System::set_block_number(12);
		MigrateV0ToV1::<Test>::on_runtime_upgrade();
		MigrateV1ToV2::<Test>::on_runtime_upgrade();
		MigrateV2ToV3::<Test>::on_runtime_upgrade();
		assert_eq!(Actors::<Test>::get(3), Some(want), "runs once");
		assert_eq!(InboxSenders::<Test>::get(3, Sender::Actor(5)), 2);
	});
}

/// `emit_event`'s events are deposited as `ActorEvent`s when their APoV is canonicalised, in order, after its
/// `ActorAdvanced`: at once, or when a pending APoV becomes canonical (kept in `PendingEvents` meanwhile); a
/// pending APoV that expires deposits none.
#[test]
fn actor_events_are_deposited_when_their_apov_is_canonicalised() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(ALICE, hash, &[]);
		let emit = |topic: u8, data: &[u8]| {
			AgendaItem::call(task, op(17, 1, &[&[topic; 32][..], data].concat()), vec![])
		};
		let actor_event = |topic: u8, data: &[u8]| Event::ActorEvent {
			actor: task,
			topics: vec![H256::repeat_byte(topic)],
			data: data.to_vec(),
		};
		seq.advance(BOB, &[task], vec![service(task), emit(1, b"now")]);
		let deposited = events();
		let advanced = deposited.iter().position(|e| matches!(e, Event::ActorAdvanced { .. }));
		let emitted = deposited.iter().position(|e| *e == actor_event(1, b"now"));
		assert!(advanced < emitted && emitted.is_some(), "{deposited:?}");

		// Sequence 3 first: it waits with its event, which is deposited after sequence 2's.
		System::reset_events();
		let second = seq.produce(&[task], vec![service(task), emit(2, b"second")]);
		seq.adopt(&second);
		let third = seq.produce_at(&[task], vec![service(task), emit(3, b"third")], &[3]);
		seq.adopt(&third);
		assert_ok!(submit_apov(RuntimeOrigin::signed(BOB), third, FUEL));
		assert_eq!(PendingEvents::<Test>::get(0).map(|e| e.len()), Some(1));
		assert!(!events().iter().any(|e| matches!(e, Event::ActorEvent { .. })));
		assert_ok!(submit_apov(RuntimeOrigin::signed(BOB), second, FUEL));
		let emitted: Vec<_> =
			events().into_iter().filter(|e| matches!(e, Event::ActorEvent { .. })).collect();
		assert_eq!(emitted, [actor_event(2, b"second"), actor_event(3, b"third")]);
		assert!(!PendingEvents::<Test>::contains_key(0));

		// A pending APoV whose `pre` loses to another branch (both built on sequence 3) expires, and its event
		// with it.
		System::reset_events();
		let loser = seq.produce_at(&[task], vec![service(task), emit(4, b"lost")], &[5]);
		let winner = seq.produce(&[task], vec![AgendaItem::service(task, 2)]);
		assert_ok!(submit_apov(RuntimeOrigin::signed(BOB), loser, FUEL));
		assert_ok!(submit_apov(RuntimeOrigin::signed(ALICE), winner, FUEL));
		assert!(!events().iter().any(|e| matches!(e, Event::ActorEvent { .. })), "{:?}", events());
		assert!(PendingEvents::<Test>::iter().next().is_none());
	});
}

/// An account's message (`send_message`) waits in the actor's inbox with its sender, data and value; the actor
/// reads the sender as an account (`next_message` gives `FROM_ACCOUNT`, `message_sender` the account,
/// `message_value` the value); the value is in the actor's account at once, and the deposit is held until the
/// message is consumed.
#[test]
fn an_account_message_reaches_the_actor_with_its_sender_and_value() {
	use coreplay_primitives::Sender;
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(ALICE, hash, &[]);
		let account = Coreplay::actor_account(task);
		let before = Balances::free_balance(account);
		assert_ok!(Coreplay::send_message(RuntimeOrigin::signed(BOB), task, b"hi".to_vec(), 7));
		// `MessageDepositBase` 20 + 1 per byte in the mock.
		assert!(events().contains(&Event::MessageSent {
			from: BOB,
			to: task,
			value: 7,
			deposit: 22
		}));
		let held = |who| Balances::balance_on_hold(&HoldReason::MessageDeposit.into(), &who);
		assert_eq!(held(BOB), 22);
		assert_eq!(Balances::free_balance(account), before + 7);
		let bob = Sender::Account(Coreplay::account_bytes(&BOB));
		assert_eq!(stored_inbox(task), [Message { from: bob, data: b"hi".to_vec(), value: 7 }]);
		assert_eq!(InboxSenders::<Test>::get(task, bob), 1);

		// Op 18 pops it: `FROM_ACCOUNT` (-2), `Account` (2) and the 32 bytes, the value, the data.
		let apov = seq.advance(
			ALICE,
			&[task],
			vec![AgendaItem::call(task, op(18, 0, &[]), vec![]), service(task)],
		);
		let output = call_output(&apov, 0);
		assert_eq!(output[..8], (-2i64).to_le_bytes());
		assert_eq!(output[8..12], 2i32.to_le_bytes());
		assert_eq!(output[12..44], Coreplay::account_bytes(&BOB));
		assert_eq!(output[44..60], 7u128.to_le_bytes());
		assert_eq!(output[60..], *b"hi");
		assert!(stored_inbox(task).is_empty(), "consumed");
		assert_eq!(held(BOB), 0, "the deposit is released");
		assert_eq!(InboxSenders::<Test>::get(task, bob), 0);
	});
}

/// An actor pays accounts from its account (`transfer`) when its APoV is canonicalised (`ActorPaid`); an APoV
/// whose actor cannot cover its payments is refused (`TransfersNotCovered`), and a pending one whose actor's
/// account no longer covers them when it becomes ready expires.
#[test]
fn an_actor_pays_accounts_when_its_apov_is_canonicalised() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let hash = seq.upload(ALICE, &test_actor());
		let task = seq.create(ALICE, hash, &[]);
		let account = Coreplay::actor_account(task);
		assert_ok!(<Balances as frame_support::traits::fungible::Mutate<u64>>::mint_into(
			&account, 1_000
		));
		let pay = |to: u64, amount: u128| {
			let to = Coreplay::account_bytes(&to);
			AgendaItem::call(task, op(19, 0, &[&to[..], &amount.to_le_bytes()].concat()), vec![])
		};
		let bob = Balances::free_balance(BOB);
		seq.advance(ALICE, &[task], vec![pay(BOB, 300), pay(BOB, 200), service(task)]);
		assert_eq!(Balances::free_balance(BOB), bob + 500);
		assert_eq!(Balances::free_balance(account), 500);
		assert!(events().contains(&Event::ActorPaid { actor: task, to: BOB, amount: 300 }));

		// More than the account holds: refused, nothing applied.
		let apov = seq.produce(&[task], vec![pay(BOB, 501), service(task)]);
		assert_eq!(
			submit_apov(RuntimeOrigin::signed(ALICE), apov, FUEL).map_err(|e| e.error),
			Err(Error::<Test>::TransfersNotCovered.into())
		);
		assert_eq!(Balances::free_balance(account), 500);

		// Pending, then the account is drained before it can be canonicalised: it expires.
		let next = seq.produce(&[task], vec![service(task)]);
		seq.adopt(&next);
		let ahead = seq.produce_at(&[task], vec![pay(BOB, 400), service(task)], &[3]);
		assert_ok!(submit_apov(RuntimeOrigin::signed(ALICE), ahead, FUEL));
		let id = PendingOrder::<Test>::get()[0];
		assert_eq!(PendingTransfers::<Test>::get(id).map(|t| t.len()), Some(1));
		assert_ok!(<Balances as frame_support::traits::fungible::Mutate<u64>>::burn_from(
			&account,
			200,
			frame_support::traits::tokens::Preservation::Expendable,
			frame_support::traits::tokens::Precision::Exact,
			frame_support::traits::tokens::Fortitude::Polite,
		));
		assert_ok!(submit_apov(RuntimeOrigin::signed(ALICE), next, FUEL));
		assert!(events()
			.contains(&Event::ApovExpired { id, reason: ExpiryReason::TransfersNotCovered }));
		assert!(!PendingTransfers::<Test>::contains_key(id));
		assert_eq!(Balances::free_balance(BOB), bob + 500, "the expired payment was not made");
	});
}
