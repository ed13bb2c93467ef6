//! Adversarial inputs, table-driven. Each case goes through the real dispatch path (`RuntimeCall::dispatch`, with
//! its storage layer) and must end in its typed error, charge no more weight than was declared, and leave the
//! storage root exactly as it was.

use super::{dev_key, signed, submit_apov, wat_actors, Sequencer, ALICE, BOB, FUEL};
use crate::{mock::*, *};
use coreplay_primitives::{avf, AgendaItem, Invocation, Sender, Slab, Witness};
use frame_support::{assert_ok, dispatch::GetDispatchInfo, traits::fungible::InspectHold};
use sp_runtime::{traits::Dispatchable, StateVersion};
use wat_actors::op;

/// Dispatches `call` from `who` and checks the three properties; returns nothing, panics with `name` on failure.
fn rejects(name: &str, who: u64, call: crate::Call<Test>, want: Error<Test>) {
	let call = RuntimeCall::Coreplay(call);
	let declared = call.get_dispatch_info().call_weight;
	let root = sp_io::storage::root(StateVersion::V1);
	let result = call.dispatch(RuntimeOrigin::signed(who));
	let err = result.expect_err(name);
	assert_eq!(err.error, want.into(), "{name}: the error");
	let charged = err.post_info.actual_weight.unwrap_or(declared);
	assert!(charged.all_lte(declared), "{name}: charged {charged:?} above declared {declared:?}");
	assert_eq!(sp_io::storage::root(StateVersion::V1), root, "{name}: storage changed");
}

/// Two test actors (0 and 1) with their current snapshots, ready for APoVs.
fn setup() -> (Sequencer, TaskId, TaskId) {
	let mut seq = Sequencer::default();
	let hash = seq.upload(ALICE, &wat_actors::test_actor());
	let a = seq.create(ALICE, hash, &[]);
	let b = seq.create(ALICE, hash, &[]);
	(seq, a, b)
}

/// An APoV over `a` alone running `agenda`, with `post` = `pre`: for inputs that must fail before the posts are
/// compared.
fn unproduced(seq: &Sequencer, a: TaskId, agenda: Vec<AgendaItem>) -> ActorPov {
	let pre = seq.snapshots[&a].clone();
	ActorPov {
		context: coreplay_primitives::PovContext { now: 1 },
		agenda,
		slabs: vec![Slab { actor: a, sequence: 1, pre: pre.clone(), post: pre }],
		inbox: vec![],
		witness: Witness::default(),
	}
}

fn submit(apov: ActorPov) -> crate::Call<Test> {
	crate::Call::submit_apov { apov, fuel_limit: FUEL }
}

#[test]
fn malformed_and_oversized_apovs_are_rejected_cleanly() {
	new_test_ext().execute_with(|| {
		let (seq, a, b) = setup();
		let good = seq.produce(&[a], vec![AgendaItem::service(a, 1)]);
		let limits = Coreplay::limits();
		let mut cases: Vec<(&str, ActorPov, Error<Test>)> = Vec::new();

		let mut big_slab = good.clone();
		big_slab.slabs[0].pre = vec![1; limits.max_slab_bytes as usize + 1];
		cases.push(("oversized slab", big_slab, Error::SlabTooLarge));
		// Both slabs within `max_slab_bytes`, together longer than one extrinsic may be.
		let mut long_apov = good.clone();
		long_apov.slabs[0].pre = vec![1; limits.max_slab_bytes as usize];
		long_apov.slabs[0].post = vec![1; limits.max_slab_bytes as usize];
		assert!(long_apov.encoded_size() > Coreplay::max_apov_bytes() as usize);
		cases.push(("APoV longer than a block", long_apov, Error::ApovTooLarge));
		let mut long_agenda = good.clone();
		long_agenda.agenda = vec![AgendaItem::service(a, 1); limits.max_agenda_items as usize + 1];
		cases.push(("oversized agenda", long_agenda, Error::TooManyAgendaItems));
		let mut big_witness = good.clone();
		big_witness.witness.preimages = vec![vec![0; limits.max_witness_bytes as usize + 1]];
		cases.push(("oversized witness", big_witness, Error::WitnessTooLarge));
		let mut many_preimages = good.clone();
		many_preimages.witness.preimages = vec![vec![]; limits.max_witness_items as usize + 1];
		cases.push(("too many witness preimages", many_preimages, Error::TooManyWitnessItems));
		let mut duplicate = good.clone();
		duplicate.slabs.push(duplicate.slabs[0].clone());
		cases.push(("duplicate slab", duplicate, Error::SlabsNotAscending));
		let mut unknown = good.clone();
		unknown.slabs[0].actor = 77;
		unknown.agenda[0].actor = 77;
		cases.push(("slab for an unknown actor", unknown, Error::UnknownActor));
		let mut not_coscheduled = good.clone();
		not_coscheduled.agenda.push(AgendaItem::service(b, 1));
		cases.push(("item for a non-co-scheduled actor", not_coscheduled, Error::NotCoScheduled));
		let mut replay = good.clone();
		replay.slabs[0].sequence = 0;
		cases.push(("sequence replay", replay, Error::StaleSequence));
		let mut wrong_pre = good.clone();
		wrong_pre.slabs[0].pre[20] ^= 1;
		cases.push(("pre not the state", wrong_pre, Error::PreStateMismatch));
		let mut garbage_pre = unproduced(&seq, a, vec![AgendaItem::service(a, 1)]);
		garbage_pre.slabs[0].sequence = 2; // skip the pre-hash check: the replay must reject it
		garbage_pre.slabs[0].pre = b"not a snapshot".to_vec();
		cases.push(("garbage pre", garbage_pre, Error::BadSnapshot));
		let mut off_by_one = good.clone();
		let last = off_by_one.slabs[0].post.len() - 1;
		off_by_one.slabs[0].post[last] ^= 1;
		cases.push(("post off by one byte", off_by_one, Error::PostMismatch));

		for (name, apov, want) in cases {
			rejects(name, BOB, submit(apov), want);
		}
		// After all that, the honest APoV still goes through.
		assert_ok!(submit_apov(RuntimeOrigin::signed(BOB), good, FUEL));
	});
}

#[test]
fn misbehaving_actors_end_in_typed_errors() {
	new_test_ext().execute_with(|| {
		let (seq, a, _) = setup();
		let limits = Coreplay::limits();
		let call =
			|input: Vec<u8>| vec![AgendaItem::service(a, 1), AgendaItem::call(a, input, vec![])];
		let flood: Vec<AgendaItem> = std::iter::once(AgendaItem::service(a, 1))
			.chain(
				(0..=limits.max_messages).map(|_| AgendaItem::call(a, op(5, 9, b"spam"), vec![])),
			)
			.collect();
		let mut upgrade_to_nothing = vec![9];
		upgrade_to_nothing.extend_from_slice(&[0xee; 32]);
		let cases: Vec<(&str, Vec<AgendaItem>, Error<Test>)> = vec![
			("loops forever", call(vec![3]), Error::OutOfFuel),
			("traps", call(vec![2]), Error::ActorTrapped),
			("recurses to the stack limit", call(vec![6]), Error::StackOverflow),
			(
				"returns an oversized output",
				call(op(8, limits.max_output_bytes + 1, &[0; 4])),
				Error::OutputTooLarge,
			),
			(
				"writes outside its memory",
				call(op(8, 16, &(4 * 65_536u32).to_le_bytes())),
				Error::MemoryAccess,
			),
			("floods messages", flood, Error::TooManyMessages),
			("rejects a scheduled call", call(vec![1]), Error::CallRejected),
			(
				"a call item with the wrong output",
				{
					let mut items = call(op(0, 0, &[]));
					if let Invocation::Call { output, .. } = &mut items[1].entry {
						output.push(1);
					}
					items
				},
				Error::CallOutputMismatch,
			),
		];
		for (name, agenda, want) in cases {
			rejects(name, BOB, submit(unproduced(&seq, a, agenda)), want);
		}
		// A code upgrade to a missing hash replays fine and is refused afterwards.
		let apov = seq.produce(&[a], call(upgrade_to_nothing));
		rejects("upgrade to missing code", BOB, submit(apov), Error::UnknownUpgradeCode);
	});
}

#[test]
fn hostile_code_is_refused_at_upload() {
	new_test_ext().execute_with(|| {
		let minimal = |extra: &str| wat_actors::avf(&wat_actors::minimal(extra));
		let many_functions = minimal(&"(func)".repeat(5_000));
		let huge_data = minimal(&format!(r#"(data (i32.const 0) "{}")"#, "x".repeat(70_000)));
		let mut bad_header = minimal("");
		bad_header[4] = 9;
		let cases: Vec<(&str, Vec<u8>, Error<Test>)> = vec![
			("floats", minimal(r#"(func (result f64) (f64.const 1))"#), Error::FloatsNotAllowed),
			(
				"forbidden import",
				minimal(r#"(import "env" "abort" (func))"#),
				Error::ForbiddenImport,
			),
			("start function", minimal(r#"(func $s) (start $s)"#), Error::StartFunction),
			("huge data segment", huge_data, Error::DataSegmentOutOfBounds),
			("many functions", many_functions, Error::TooManyFunctions),
			// 300 locals: 64 of them took a call 2.2 ns natively, 30,000 took 6.8 µs for the same fuel.
			(
				"many locals",
				minimal(&format!("(func (local{}))", " i32".repeat(300))),
				Error::TooManyLocals,
			),
			// 10 M elements: 103 bytes of code, 27 ms and 80 MB to instantiate natively.
			("huge table", minimal("(table 10000000 funcref)"), Error::TableTooLarge),
			("many types", minimal(&"(type (func))".repeat(300)), Error::TooManyTypes),
			(
				"many globals",
				minimal(&"(global i32 (i32.const 0))".repeat(100)),
				Error::TooManyGlobals,
			),
			// Each import is linked, each export entered, each element item written, for every slab of every
			// execution, before any fuel is charged.
			(
				"many imports",
				minimal(&r#"(import "coreplay" "now" (func (result i32)))"#.repeat(1_000)),
				Error::TooManyImports,
			),
			(
				"many exports",
				minimal(
					&(0..1_000).map(|i| format!(r#"(export "e{i}" (func 0))"#)).collect::<String>(),
				),
				Error::TooManyExports,
			),
			(
				"many element items",
				minimal(&format!(
					"(table 1 funcref) (elem (i32.const 0) func{})",
					" 0".repeat(5_000)
				)),
				Error::TooManyElementItems,
			),
			(
				"a long export name",
				minimal(&format!(r#"(export "{}" (func 0))"#, "n".repeat(100_000))),
				Error::ExportNameTooLong,
			),
			(
				"a mutable global exported under many names",
				minimal(&format!(
					"(global $g {} (mut i32) (i32.const 0))",
					(0..50).map(|i| format!(r#"(export "g{i}")"#)).collect::<String>()
				)),
				Error::GlobalExportedTwice,
			),
			("malformed header", bad_header, Error::AvfUnsupportedVersion),
			("RISC-V", avf::wrap(avf::Format::RiscV, b"\x7fELF"), Error::UnsupportedFormat),
			("not wasm", avf::wrap(avf::Format::Wasm, b"\0asm\x01\0\0\0\xff"), Error::InvalidWasm),
		];
		for (name, code, want) in cases {
			rejects(name, ALICE, crate::Call::upload_code { code }, want);
		}
	});
}

/// The weight `call` declares and the weight its dispatch from `who` is charged, after checking that it fails with
/// `want` and changes nothing (`rejects`).
fn charged(name: &str, who: u64, call: crate::Call<Test>, want: Error<Test>) -> (Weight, Weight) {
	let declared = RuntimeCall::Coreplay(call.clone()).get_dispatch_info().call_weight;
	let root = sp_io::storage::root(StateVersion::V1);
	let err = RuntimeCall::Coreplay(call).dispatch(RuntimeOrigin::signed(who)).expect_err(name);
	assert_eq!(err.error, want.into(), "{name}: the error");
	assert_eq!(sp_io::storage::root(StateVersion::V1), root, "{name}: storage changed");
	(declared, err.post_info.actual_weight.unwrap_or(declared))
}

/// A block-sized APoV of empty preimages (each one byte of the extrinsic) is refused by its preimage count, before
/// anything is hashed or replayed: it pays no fuel.
#[test]
fn a_block_of_empty_preimages_is_refused_before_replay() {
	new_test_ext().execute_with(|| {
		let (seq, a, _) = setup();
		let mut apov = seq.produce(&[a], vec![AgendaItem::service(a, 1)]);
		let room = Coreplay::max_apov_bytes() as usize - apov.encoded_size() - 8;
		apov.witness.preimages = vec![vec![]; room];
		assert!(apov.encoded_size() <= Coreplay::max_apov_bytes() as usize);
		let (declared, paid) =
			charged("empty preimages", BOB, submit(apov), Error::TooManyWitnessItems);
		assert!(paid.ref_time() + Coreplay::fuel_weight(FUEL).ref_time() <= declared.ref_time());
	});
}

/// Whoever fills the pending queue cannot make others pay for replays: a submission that would have to wait
/// is refused before replay when no slot is free, and pays no fuel.
#[test]
fn a_full_pending_queue_refuses_before_replay() {
	new_test_ext().execute_with(|| {
		let (seq, a, _) = setup();
		// `MaxPending` (4) far-future APoVs from two accounts, each at its own sequence.
		for (who, sequence) in [(ALICE, 5), (ALICE, 7), (3, 8), (3, 9)] {
			let far = seq.produce_at(&[a], vec![AgendaItem::service(a, 1)], &[sequence]);
			assert_ok!(submit_apov(RuntimeOrigin::signed(who), far, FUEL));
		}
		assert_eq!(PendingOrder::<Test>::get().len() as u32, MaxPending::get());
		let waits = seq.produce_at(&[a], vec![AgendaItem::service(a, 99)], &[6]);
		let (declared, paid) = charged("pending full", BOB, submit(waits), Error::PendingFull);
		assert!(paid.ref_time() + Coreplay::fuel_weight(FUEL).ref_time() <= declared.ref_time());
		// An APoV for the next sequence needs no slot: it still goes through.
		let next = seq.produce(&[a], vec![AgendaItem::service(a, 1)]);
		assert_ok!(submit_apov(RuntimeOrigin::signed(BOB), next, FUEL));
	});
}

/// Others' pending outcomes cost a submission nothing: the block's hooks check them (`on_initialize`,
/// `on_idle`), so an APoV declares no reserve for them and is charged the same with `MaxPending` far-future
/// outcomes waiting as with none; they still wait, checked in each block.
#[test]
fn others_pending_outcomes_cost_a_submission_nothing() {
	let charge = |fill: bool| {
		new_test_ext().execute_with(|| {
			let (seq, a, b) = setup();
			if fill {
				for (who, sequence) in [(ALICE, 5), (ALICE, 7), (3, 8), (3, 9)] {
					let far = seq.produce_at(&[a], vec![AgendaItem::service(a, 1)], &[sequence]);
					assert_ok!(submit_apov(RuntimeOrigin::signed(who), far, FUEL));
				}
				assert_eq!(PendingOrder::<Test>::get().len() as u32, MaxPending::get());
			}
			let next = seq.produce(&[b], vec![AgendaItem::service(b, 1)]);
			let declared = submit(next.clone()).get_dispatch_info().call_weight;
			assert_eq!(
				declared,
				Coreplay::core_weight(&next, FUEL),
				"no reserve for others' outcomes"
			);
			let charged = submit_apov(RuntimeOrigin::signed(BOB), next, FUEL)
				.expect("canonicalised")
				.actual_weight
				.expect("refunded");
			assert_eq!(
				PendingOrder::<Test>::get().len(),
				if fill { 4 } else { 0 },
				"still waiting"
			);
			(declared, charged)
		})
	};
	assert_eq!(charge(true), charge(false));
}

/// A rejection after a successful replay, because the chain changed under the APoV (a recipient's inbox filled,
/// an upgrade's code missing), pays for the fuel the replay used, not its whole `fuel_limit`.
#[test]
fn a_rejection_after_replay_pays_the_fuel_used() {
	new_test_ext().execute_with(|| {
		let (mut seq, a, b) = setup();
		let send = |n: u32| -> Vec<AgendaItem> {
			std::iter::once(AgendaItem::service(a, 1))
				.chain((0..n).map(|_| AgendaItem::call(a, op(5, b, b"fill"), vec![])))
				.collect()
		};
		// Somebody fills `b`'s inbox first.
		let inbox_len = <<Test as Config>::MaxInboxLen as Get<_>>::get();
		seq.advance(ALICE, &[a], send(inbox_len));
		assert_eq!(InboxQueues::<Test>::get(b).len, inbox_len);
		let refund = Coreplay::fuel_weight(FUEL).ref_time();
		let late = seq.produce(&[a], send(1));
		let (declared, paid) = charged("inbox filled", BOB, submit(late), Error::InboxFull);
		assert!(paid.ref_time() + refund / 2 <= declared.ref_time(), "{paid:?} of {declared:?}");
		let mut upgrade = vec![9];
		upgrade.extend_from_slice(&[0xee; 32]);
		let missing = seq
			.produce(&[a], vec![AgendaItem::service(a, 1), AgendaItem::call(a, upgrade, vec![])]);
		let (declared, paid) =
			charged("upgrade to missing code", BOB, submit(missing), Error::UnknownUpgradeCode);
		assert!(paid.ref_time() + refund / 2 <= declared.ref_time(), "{paid:?} of {declared:?}");
	});
}

/// `ActorsApi::dry_run_apov` is free to call (a safe `state_call`): its APoV's length and its replay's fuel are
/// capped.
#[test]
fn dry_runs_are_bounded() {
	new_test_ext().execute_with(|| {
		let (seq, a, _) = setup();
		let cap = <<Test as Config>::MaxDryRunFuel as Get<_>>::get();
		let max_fuel = <<Test as Config>::MaxFuel as Get<_>>::get();
		let mut long = seq.produce(&[a], vec![AgendaItem::service(a, 1)]);
		long.witness.preimages = vec![vec![0; 1024]; 1024];
		assert!(
			long.encoded_size()
				> <<Test as Config>::MaxDryRunApovBytes as Get<u32>>::get() as usize
		);
		let (error, _) = Coreplay::dry_run_apov(BOB, long, FUEL).result.expect_err("too long");
		assert_eq!(error, Error::<Test>::DryRunApovTooLarge.into());

		let forever = unproduced(
			&seq,
			a,
			vec![AgendaItem::service(a, 1), AgendaItem::call(a, vec![3], vec![])],
		);
		// Above the cap: lowered to it, and running out of it says so.
		let dry = Coreplay::dry_run_apov(BOB, forever.clone(), max_fuel);
		let (error, weight) = dry.result.expect_err("loops");
		assert_eq!(error, Error::<Test>::DryRunFuelCapReached.into());
		assert!(weight.all_lte(Coreplay::submit_weight(&forever, cap)), "charged at the cap");
		// Within the cap: the submission's own error.
		let (error, _) =
			Coreplay::dry_run_apov(BOB, forever.clone(), cap).result.expect_err("loops");
		assert_eq!(error, Error::<Test>::OutOfFuel.into());
		// Above `MaxFuel`: refused as `submit_apov` refuses it.
		let (error, _) =
			Coreplay::dry_run_apov(BOB, forever, max_fuel + 1).result.expect_err("too much");
		assert_eq!(error, Error::<Test>::FuelLimitTooHigh.into());
	});
}

/// The test actor's code, counting two services per service: the same memory and globals, other behaviour.
fn doubling_actor() -> Vec<u8> {
	let services = "(i64.store (i32.const 0) (i64.add (i64.load (i32.const 0)) (i64.const 1)))";
	let wat = wat_actors::test_actor_wat();
	assert!(wat.contains(services), "the test actor counts its services");
	wat_actors::avf(&wat.replacen(services, &services.replace("(i64.const 1)", "(i64.const 2)"), 1))
}

/// Issue 26, hole 1: a pending APoV ran its actors' code of its validation. When an earlier APoV upgrades that
/// code, the pending one expires (`CodeChanged`) instead of being canonicalised on code it did not run. Then an
/// APoV built on the old code is refused (the chain replays it with the new code), and one built on the new code
/// is accepted.
#[test]
fn a_pending_apov_expires_when_its_actors_code_changes() {
	new_test_ext().execute_with(|| {
		let (seq, a, _) = setup();
		let new = seq.upload(ALICE, &doubling_actor());
		let set_code = [&[9u8][..], new.as_bytes()].concat();
		let upgrade = seq
			.produce(&[a], vec![AgendaItem::service(a, 1), AgendaItem::call(a, set_code, vec![])]);
		// A sequencer that pipelines builds sequence 2 on the upgrade's post, with the code still on chain.
		let mut ahead = Sequencer { snapshots: seq.snapshots.clone(), form: seq.form };
		ahead.adopt(&upgrade);
		let on_old_code = ahead.produce_at(&[a], vec![AgendaItem::service(a, 1)], &[2]);
		assert_ok!(submit_apov(RuntimeOrigin::signed(BOB), on_old_code.clone(), FUEL));
		let id = PendingOrder::<Test>::get()[0];
		assert_ok!(submit_apov(RuntimeOrigin::signed(BOB), upgrade, FUEL));
		assert_eq!(Actors::<Test>::get(a).expect("exists").code_hash, new);
		assert_eq!(
			Actors::<Test>::get(a).expect("exists").sequence,
			1,
			"the pending APoV was dropped"
		);
		assert!(System::events().iter().any(|r| r.event
			== RuntimeEvent::Coreplay(Event::ApovExpired {
				id,
				reason: ExpiryReason::CodeChanged
			})));
		assert!(Pending::<Test>::get(id).is_none());
		rejects("built on the old code", BOB, submit(on_old_code), Error::PostMismatch);
		let on_new_code = ahead.produce_at(&[a], vec![AgendaItem::service(a, 1)], &[2]);
		assert_ok!(submit_apov(RuntimeOrigin::signed(BOB), on_new_code, FUEL));
		assert_eq!(Actors::<Test>::get(a).expect("exists").sequence, 2);
	});
}

/// Issue 26, hole 3: time never goes backwards for an actor, and `now` cannot be picked from long ago. An APoV's
/// `context.now` may not be before the `now` of its actors' last canonical APoV (`ContextBeforeActor`), nor more
/// than `MaxNowAge` blocks old (`ContextTooOld`); a pending APoV overtaken by a later `now` expires
/// (`TimeWentBackwards`).
#[test]
fn time_never_goes_backwards() {
	new_test_ext().execute_with(|| {
		let (mut seq, a, b) = setup();
		let max_age = <<Test as Config>::MaxNowAge as Get<u32>>::get();
		// Built at block 1, a sequence-3 APoV for `b` waits.
		let early = seq.produce(&[a], vec![AgendaItem::service(a, 1)]);
		let mut ahead = Sequencer { snapshots: seq.snapshots.clone(), form: seq.form };
		let b1 = ahead.produce(&[b], vec![AgendaItem::service(b, 1)]);
		ahead.adopt(&b1);
		let b2_early = ahead.produce_at(&[b], vec![AgendaItem::service(b, 1)], &[2]);
		System::set_block_number(5);
		// `a` advances at block 5, so it has seen 5.
		seq.advance(ALICE, &[a], vec![AgendaItem::service(a, 2)]);
		assert_eq!(Actors::<Test>::get(a).expect("exists").now, 5);
		// An APoV built at block 1 for `a`'s next sequence would show it 1 after 5.
		let mut back = early;
		back.slabs[0].sequence = 2;
		rejects("now before the actor's", BOB, submit(back), Error::ContextBeforeActor);
		// `b`'s sequence 2, built at block 1, waits; then `b`'s sequence 1 is canonicalised at block 5: the
		// pending one would show `b` 1 after 5.
		assert_ok!(submit_apov(RuntimeOrigin::signed(BOB), b2_early, FUEL));
		let id = PendingOrder::<Test>::get()[0];
		// The test actor's service does not read `now`: the same APoV at block 5 is valid.
		let mut b1_late = b1;
		b1_late.context.now = 5;
		assert_ok!(submit_apov(RuntimeOrigin::signed(BOB), b1_late, FUEL));
		assert!(System::events().iter().any(|r| r.event
			== RuntimeEvent::Coreplay(Event::ApovExpired {
				id,
				reason: ExpiryReason::TimeWentBackwards
			})));
		assert_eq!(Actors::<Test>::get(b).expect("exists").sequence, 1);
		// Too old: built more than `MaxNowAge` blocks ago.
		let stale = seq.produce(&[a], vec![AgendaItem::service(a, 1)]);
		System::set_block_number(System::block_number() + u64::from(max_age) + 1);
		rejects("now too old", BOB, submit(stale), Error::ContextTooOld);
	});
}

/// Issue 26, holes 2 and 4: one branch of an actor's fork waits at a time (`SequenceAlreadyPending`), one account
/// holds at most `MaxPendingPerAccount` pending slots (`TooManyPending`), and each slot holds `PendingDeposit`
/// (`CannotHoldPendingDeposit` without it); all refused before replay. A slot's deposit comes back when its APoV
/// is canonicalised.
#[test]
fn pending_slots_are_one_per_sequence_bounded_per_account_and_paid_for() {
	new_test_ext().execute_with(|| {
		let (seq, a, b) = setup();
		let held = |who| Balances::balance_on_hold(&HoldReason::PendingDeposit.into(), &who);
		let deposit = <<Test as Config>::PendingDeposit as Get<u128>>::get();
		let at = |actor, times, sequence| {
			seq.produce_at(&[actor], vec![AgendaItem::service(actor, times)], &[sequence])
		};
		// BOB's `a` at sequence 2, built on a sequence 1 not yet submitted: it waits, holding the deposit.
		let mut view = Sequencer { snapshots: seq.snapshots.clone(), form: seq.form };
		let one = view.produce(&[a], vec![AgendaItem::service(a, 1)]);
		view.adopt(&one);
		let two = view.produce_at(&[a], vec![AgendaItem::service(a, 1)], &[2]);
		assert_ok!(submit_apov(RuntimeOrigin::signed(BOB), two, FUEL));
		assert_eq!(held(BOB), deposit);
		// Another branch for the same (actor, sequence), from anyone: refused before replay.
		let (declared, paid) =
			charged("a second branch", ALICE, submit(at(a, 2, 2)), Error::SequenceAlreadyPending);
		assert!(paid.ref_time() + Coreplay::fuel_weight(FUEL).ref_time() <= declared.ref_time());
		// A second slot for BOB, then no third.
		assert_ok!(submit_apov(RuntimeOrigin::signed(BOB), at(b, 1, 3), FUEL));
		assert_eq!(held(BOB), 2 * deposit);
		rejects("a third slot", BOB, submit(at(b, 1, 4)), Error::TooManyPending);
		// An account that cannot hold the deposit.
		let poor = 99;
		Balances::set_balance(&poor, deposit / 2);
		rejects("no deposit", poor, submit(at(b, 1, 5)), Error::CannotHoldPendingDeposit);
		// Sequence 1 makes BOB's sequence 2 ready: both are canonicalised, and its slot and deposit come back.
		assert_ok!(submit_apov(RuntimeOrigin::signed(ALICE), one, FUEL));
		assert_eq!(Actors::<Test>::get(a).expect("exists").sequence, 2);
		assert!(!PendingSlots::<Test>::contains_key((a, 2)));
		assert_eq!(PendingCount::<Test>::get(BOB), 1);
		assert_eq!(held(BOB), deposit);
		assert_eq!(Balances::total_balance(&BOB), ENDOWMENT, "nothing burned");
	});
}

/// Issue 26, holes 4 and 6b: an actor holds `ActorDeposit` from its creator until the creator removes it; only the
/// creator may (`NotCreator`; an unknown actor is `UnknownActor`). Removal releases the deposit and the actor's
/// reference to its code, so the owner of code that someone else's actor ran can remove it; a pending APoV with a
/// slab for the actor expires (`ActorRemoved`); the actor's account balance goes to the creator.
#[test]
fn actors_hold_a_deposit_until_their_creator_removes_them() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let deposit = <<Test as Config>::ActorDeposit as Get<u128>>::get();
		let held = |who| Balances::balance_on_hold(&HoldReason::ActorDeposit.into(), &who);
		// ALICE's code, BOB's actor on it.
		let hash = seq.upload(ALICE, &wat_actors::test_actor());
		let a = seq.create(BOB, hash, &[]);
		assert_eq!(held(BOB), deposit);
		rejects(
			"code in use",
			ALICE,
			crate::Call::remove_code { code_hash: hash },
			Error::CodeInUse,
		);
		let later = seq.produce_at(&[a], vec![AgendaItem::service(a, 1)], &[3]);
		assert_ok!(submit_apov(RuntimeOrigin::signed(ALICE), later, FUEL));
		let id = PendingOrder::<Test>::get()[0];
		Balances::set_balance(&Coreplay::actor_account(a), 500);
		rejects("not the creator", ALICE, crate::Call::remove_actor { task: a }, Error::NotCreator);
		rejects("no such actor", BOB, crate::Call::remove_actor { task: 77 }, Error::UnknownActor);
		let before = Balances::total_balance(&BOB);
		assert_ok!(Coreplay::remove_actor(RuntimeOrigin::signed(BOB), a));
		assert!(Actors::<Test>::get(a).is_none());
		assert_eq!(held(BOB), 0);
		assert_eq!(Balances::total_balance(&BOB), before + 500, "the actor's balance went to BOB");
		Coreplay::process_pending(Weight::MAX);
		assert!(System::events().iter().any(|r| r.event
			== RuntimeEvent::Coreplay(Event::ApovExpired {
				id,
				reason: ExpiryReason::ActorRemoved
			})));
		assert_ok!(Coreplay::remove_code(RuntimeOrigin::signed(ALICE), hash));
	});
}

/// Issue 26, hole 4: one sending actor has at most `MaxInboxPerSender` messages waiting in an inbox
/// (`SenderQuotaFull`, refused after replay: it pays the fuel used), so it cannot fill the inbox for everyone:
/// other senders still reach it, and the quota frees as the recipient consumes.
#[test]
fn one_sender_cannot_fill_an_inbox() {
	new_test_ext().execute_with(|| {
		MaxInboxPerSender::set(3);
		let (mut seq, a, b) = setup();
		let code = Actors::<Test>::get(a).expect("exists").code_hash;
		let c = seq.create(ALICE, code, &[]);
		let send = |from: TaskId, n: u32| -> Vec<AgendaItem> {
			std::iter::once(AgendaItem::service(from, 1))
				.chain((0..n).map(|_| AgendaItem::call(from, op(5, b, b"x"), vec![])))
				.collect()
		};
		seq.advance(ALICE, &[a], send(a, 3));
		assert_eq!(InboxSenders::<Test>::get(b, Sender::Actor(a)), 3);
		let (declared, paid) = charged(
			"a fourth from one sender",
			BOB,
			submit(seq.produce(&[a], send(a, 1))),
			Error::SenderQuotaFull,
		);
		assert!(paid.all_lte(declared));
		seq.advance(ALICE, &[c], send(c, 3));
		assert_eq!(InboxQueues::<Test>::get(b).len, 6, "another sender still reaches it");
		seq.advance(ALICE, &[b], vec![AgendaItem::service(b, 1)]);
		assert_eq!(InboxQueues::<Test>::get(b).len, 0);
		assert_eq!(
			InboxSenders::<Test>::get(b, Sender::Actor(a)),
			0,
			"consumed: the quota is free again"
		);
		seq.advance(ALICE, &[a], send(a, 3));
	});
}

/// Issue 26, holes 5 and 6: an outcome's messages are charged (`Pallet::messages_weight`: consumed and sent
/// messages and their bytes), to the submission that applies them, and a pending outcome's outbox is stored
/// apart (`PendingOutboxes`), so that checking it while it waits does not read it. A ready outcome whose
/// messages do not fit what is left of a `process_pending` budget waits, unchanged, for a later one.
#[test]
fn messages_are_charged_and_wait_for_a_budget_that_covers_them() {
	new_test_ext().execute_with(|| {
		let (mut seq, a, b) = setup();
		let send = |n: u32| -> Vec<AgendaItem> {
			std::iter::once(AgendaItem::service(a, 1))
				.chain((0..n).map(|_| AgendaItem::call(a, op(5, b, b"four"), vec![])))
				.collect()
		};
		// At once: charged its three messages, within what it declared.
		let dispatch = |seq: &mut Sequencer, agenda| {
			let apov = seq.produce(&[a], agenda);
			let call = RuntimeCall::Coreplay(submit(apov.clone()));
			let declared = call.get_dispatch_info().call_weight;
			let info = call.dispatch(RuntimeOrigin::signed(BOB)).expect("canonicalised");
			next_block();
			seq.adopt(&apov);
			(declared, info.actual_weight.expect("refunded"))
		};
		let (declared, paid) = dispatch(&mut seq, send(3));
		let messages = Coreplay::messages_weight(0, OutboxShape { messages: 3, bytes: 12 });
		assert!(messages.ref_time() > 0);
		let (_, quiet_paid) = dispatch(&mut seq, send(0));
		assert!(paid.all_lte(declared), "{paid:?} above {declared:?}");
		assert!(
			paid.ref_time() >= quiet_paid.ref_time() + messages.ref_time(),
			"sending 3 messages ({paid:?}) costs their weight over sending none ({quiet_paid:?})"
		);
		// B consumes them, so its inbox has room again.
		seq.advance(ALICE, &[b], vec![AgendaItem::service(b, 1)]);

		// A sequence ahead waits; its outbox is kept apart from the outcome checked each time.
		let sequence = Actors::<Test>::get(a).expect("exists").sequence;
		let ahead = seq.produce_at(&[a], send(2), &[sequence + 2]);
		assert_ok!(submit_apov(RuntimeOrigin::signed(BOB), ahead, FUEL));
		let id = PendingOrder::<Test>::get()[0];
		let outcome = Pending::<Test>::get(id).expect("waits");
		assert_eq!(outcome.outbox, OutboxShape { messages: 2, bytes: 8 });
		assert_eq!(PendingOutboxes::<Test>::get(id).expect("kept apart").len(), 2);
		// Its slabs become ready (the actor at the sequence before, on the same state).
		Actors::<Test>::mutate(a, |actor| actor.as_mut().expect("exists").sequence += 1);
		let db: frame_support::weights::RuntimeDbWeight =
			<<Test as frame_system::Config>::DbWeight as Get<_>>::get();
		let queue = db.reads_writes(1, 1);
		let check = queue.saturating_add(Coreplay::pending_check_weight());
		// Its messages, and room for the most events and payments (an outcome does not count its own).
		let messages = Coreplay::messages_weight(0, outcome.outbox)
			.saturating_add(Coreplay::max_events_weight())
			.saturating_add(Coreplay::max_transfers_weight());
		let short = check.saturating_add(messages).saturating_sub(Weight::from_parts(1, 0));
		let used = Coreplay::process_pending(short);
		assert_eq!(used, check, "read, found ready, left for a larger budget");
		assert_eq!(PendingOrder::<Test>::get().to_vec(), vec![id]);
		assert!(PendingOutboxes::<Test>::contains_key(id));
		assert_eq!(InboxQueues::<Test>::get(b).len, 0, "nothing delivered yet");
		let used = Coreplay::process_pending(check.saturating_add(messages));
		assert_eq!(used, check.saturating_add(messages));
		assert!(PendingOrder::<Test>::get().is_empty());
		assert!(!Pending::<Test>::contains_key(id) && !PendingOutboxes::<Test>::contains_key(id));
		assert_eq!(InboxQueues::<Test>::get(b).len, 2, "delivered");
	});
}

/// A signed call runs only as what its signer signed: this chain, this actor, this nonce, this input, once.
#[test]
fn signed_calls_are_refused_unless_signed_for_this_chain_actor_and_nonce() {
	new_test_ext().execute_with(|| {
		let (mut seq, a, b) = setup();
		let (alice, bob) = (dev_key("Alice"), dev_key("Bob"));
		let input = op(14, 0, &[]);
		let with = |seq: &Sequencer, call| {
			seq.produce(&[a], vec![AgendaItem::service(a, 1), AgendaItem::signed_call(a, call)])
		};
		let mut cases: Vec<(&str, ActorPov, Error<Test>)> = Vec::new();
		let mut forged = signed(&bob, a, 0, input.clone());
		forged.signer = sp_core::Pair::public(&alice).into();
		cases.push(("signed by another key", with(&seq, forged), Error::BadCallSignature));
		let mut other_chain = signed(&alice, a, 0, input.clone());
		let payload = coreplay_primitives::SignedCall::payload(
			&coreplay_primitives::H256::repeat_byte(1),
			a,
			0,
			&input,
		);
		other_chain.signature = sp_core::Pair::sign(&alice, &payload).into();
		cases.push(("signed for another chain", with(&seq, other_chain), Error::BadCallSignature));
		let other_actor = signed(&alice, b, 0, input.clone());
		cases.push(("signed for another actor", with(&seq, other_actor), Error::BadCallSignature));
		let mut other_input = signed(&alice, a, 0, input.clone());
		other_input.input = op(0, 0, &[]);
		cases.push(("another input", with(&seq, other_input), Error::BadCallSignature));
		let ahead = signed(&alice, a, 1, input.clone());
		cases.push(("a nonce ahead", with(&seq, ahead), Error::CallNonceMismatch));
		let twice = signed(&alice, a, 0, input.clone());
		let both = seq.produce(
			&[a],
			vec![
				AgendaItem::service(a, 1),
				AgendaItem::signed_call(a, twice.clone()),
				AgendaItem::signed_call(a, twice.clone()),
			],
		);
		cases.push(("the same call twice in one APoV", both, Error::CallNonceMismatch));
		for (name, apov, want) in cases {
			rejects(name, BOB, submit(apov), want);
		}
		// Accepted once, then replayed.
		let once = seq.advance(
			BOB,
			&[a],
			vec![AgendaItem::service(a, 1), AgendaItem::signed_call(a, twice.clone())],
		);
		assert_eq!(once.slabs.len(), 1);
		rejects("replayed", BOB, submit(with(&seq, twice)), Error::CallNonceMismatch);
		// Built ahead, on a state not canonical yet: it would wait, and could expire or be overtaken, so a signed
		// call in it is refused before replay.
		let next = seq.produce(&[a], vec![AgendaItem::service(a, 1)]);
		let mut ahead = Sequencer { snapshots: seq.snapshots.clone(), form: seq.form };
		ahead.adopt(&next);
		let call = signed(&alice, a, 1, input.clone());
		let items = vec![AgendaItem::service(a, 1), AgendaItem::signed_call(a, call)];
		let waiting = ahead.produce_at(&[a], items, &[next.slabs[0].sequence + 1]);
		rejects(
			"a signed call that would wait",
			BOB,
			submit(waiting),
			Error::SignedCallMustNotWait,
		);
	});
}

/// Sending an actor messages costs the sender: each holds a deposit until consumed, one account fills at most
/// `MaxInboxPerSender` of an inbox, and each refusal is a typed error that changes nothing. Removing the actor
/// releases the deposits of its waiting messages.
#[test]
fn account_messages_are_paid_for_and_bounded() {
	new_test_ext().execute_with(|| {
		let (_, a, b) = setup();
		let limits = Coreplay::limits();
		let too_long = vec![0u8; limits.max_message_bytes as usize + 1];
		let poor = 99u64;
		assert_ok!(<Balances as frame_support::traits::fungible::Mutate<u64>>::mint_into(
			&poor, 10
		));
		// (case, sender, recipient, data, value, error)
		type Case = (&'static str, u64, TaskId, Vec<u8>, u128, Error<Test>);
		let cases: Vec<Case> = vec![
			("longer than max_message_bytes", BOB, a, too_long, 0, Error::MessageTooLarge),
			("to no actor", BOB, 999, vec![1], 0, Error::UnknownRecipient),
			("without the deposit", poor, a, vec![1], 0, Error::CannotHoldMessageDeposit),
			("more value than the sender has", BOB, a, vec![1], ENDOWMENT, Error::CannotPayValue),
		];
		for (case, who, to, data, value, error) in cases {
			rejects(case, who, crate::Call::send_message { to, data, value }, error);
		}
		// One account fills at most `MaxInboxPerSender` of an inbox, accounts together `MaxInboxFromAccounts`.
		MaxInboxPerSender::set(2);
		let send = || crate::Call::send_message { to: a, data: vec![1], value: 0 };
		for who in [BOB, BOB] {
			assert_ok!(Coreplay::send_message(RuntimeOrigin::signed(who), a, vec![1], 0));
		}
		rejects("a third from one account", BOB, send(), Error::SenderQuotaFull);
		for who in [3, 3] {
			assert_ok!(Coreplay::send_message(RuntimeOrigin::signed(who), a, vec![1], 0));
		}
		rejects("a fifth from accounts", ALICE, send(), Error::TooManyAccountMessages);
		// Actors' messages still have room.
		assert_ok!(Coreplay::deliver_from_actor(b, a, vec![1]));
		let held = |who| Balances::balance_on_hold(&HoldReason::MessageDeposit.into(), &who);
		assert_eq!((held(BOB), held(3)), (42, 42));
		assert_ok!(Coreplay::remove_actor(RuntimeOrigin::signed(ALICE), a));
		assert_eq!((held(BOB), held(3)), (0, 0), "released with the inbox");
		assert_eq!(InboxMessages::<Test>::iter_prefix(a).count(), 0);
		assert_eq!(InboxAccountMessages::<Test>::get(a), 0);
	});
}
