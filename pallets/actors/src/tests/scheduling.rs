//! Issue 28: cores, one APoV per actor per block, the sequencer registry, canonical sequencers with rotation,
//! affinity groups and grace, and payouts that a copied APoV cannot take. Every rule on the real dispatch path.

use super::{events, service, test_actor, Sequencer, ALICE, BOB, FUEL};
use crate::{mock::*, *};
use coreplay_primitives::AgendaItem;
use frame_support::{
	assert_noop, assert_ok,
	dispatch::GetDispatchInfo,
	traits::{fungible::InspectHold, Hooks},
};
use sp_runtime::{traits::Dispatchable, BuildStorage, StateVersion};

const CHARLIE: u64 = 3;
/// Funded, never registered.
const DAVE: u64 = 4;
const BOND: u128 = 10_000;

/// A chain whose genesis registers `sequencers` (rotations 0 and 1 hold them), with accounts 1–4 funded.
fn sequenced_ext(sequencers: &[u64]) -> sp_io::TestExternalities {
	let mut storage =
		frame_system::GenesisConfig::<Test>::default().build_storage().expect("builds");
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=4).map(|who| (who, ENDOWMENT)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.expect("builds");
	crate::GenesisConfig::<Test> { sequencers: sequencers.to_vec() }
		.assimilate_storage(&mut storage)
		.expect("builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// The canonical sequencer of `task` now, which must exist.
fn canonical(task: TaskId) -> u64 {
	match Coreplay::canonical_sequencer(task, System::block_number() as u32) {
		Assignment::Sequencer { sequencer, .. } => sequencer,
		other => panic!("actor {task}: no canonical sequencer: {other:?}"),
	}
}

/// A registered sequencer of `of` other than `who`.
fn other_than(who: u64, of: &[u64]) -> u64 {
	*of.iter().find(|s| **s != who).expect("another sequencer")
}

/// Dispatches `submit_apov(apov)` from `who` and checks that it fails with `want`, changes no storage, and is
/// charged `WeightInfo::admit(slabs)` only: refused by scheduling before any code is loaded.
fn refused_by_scheduling(who: u64, apov: ActorPov, want: Error<Test>) {
	let slabs = apov.slabs.len() as u32;
	let name = format!("{want:?}");
	let call = RuntimeCall::Coreplay(crate::Call::submit_apov { apov, fuel_limit: FUEL });
	let declared = call.get_dispatch_info().call_weight;
	let root = sp_io::storage::root(StateVersion::V1);
	let err = call.dispatch(RuntimeOrigin::signed(who)).expect_err("refused");
	assert_eq!(err.error, want.into(), "the error");
	assert_eq!(sp_io::storage::root(StateVersion::V1), root, "{name}: storage changed");
	let charged = err.post_info.actual_weight.expect("charged");
	assert_eq!(charged, <() as WeightInfo>::admit(slabs), "{name}: charged the admission only");
	assert!(charged.all_lte(declared));
}

/// Uploads the test actor and creates `n` of it, by Alice.
fn actors(seq: &mut Sequencer, n: usize) -> Vec<TaskId> {
	let hash = seq.upload(ALICE, &test_actor());
	(0..n).map(|_| seq.create(ALICE, hash, &[])).collect()
}

/// Produces the next APoV of `actors` for `agenda`, submits it signed by `who` in the current block (no block
/// passes, unlike `super::submit_apov`: these tests are about what else that block admits) and adopts it.
fn submit_now(
	seq: &mut Sequencer,
	who: u64,
	actors: &[TaskId],
	agenda: Vec<AgendaItem>,
) -> ActorPov {
	let apov = seq.produce(actors, agenda);
	assert_ok!(Coreplay::submit_apov(RuntimeOrigin::signed(who), apov.clone(), FUEL));
	seq.adopt(&apov);
	apov
}

#[test]
fn an_actor_is_in_at_most_one_apov_per_block() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let a = actors(&mut seq, 1)[0];
		submit_now(&mut seq, ALICE, &[a], vec![service(a)]);
		// Its next sequence, built on the adopted state, in the same block: refused.
		let second = seq.produce(&[a], vec![service(a)]);
		refused_by_scheduling(BOB, second.clone(), Error::ActorAlreadyScheduled);
		// A pending APoV schedules its actors too: the one after `second` waits in block 2.
		let sequence = Actors::<Test>::get(a).expect("exists").sequence;
		seq.adopt(&second);
		let ahead = seq.produce_at(&[a], vec![service(a)], &[sequence + 2]);
		next_block();
		assert_ok!(Coreplay::submit_apov(RuntimeOrigin::signed(BOB), ahead, FUEL));
		assert_eq!(PendingOrder::<Test>::get().len(), 1, "it waits");
		refused_by_scheduling(BOB, second.clone(), Error::ActorAlreadyScheduled);
		next_block();
		assert_ok!(Coreplay::submit_apov(RuntimeOrigin::signed(BOB), second, FUEL));
		assert_eq!(
			Actors::<Test>::get(a).expect("exists").sequence,
			2,
			"the submission checks no other"
		);
		// The block's hooks do: `on_idle` in this block when there is room (else the next `on_initialize`).
		Coreplay::on_idle(System::block_number(), Weight::MAX);
		assert_eq!(
			Actors::<Test>::get(a).expect("exists").sequence,
			3,
			"and the pending one followed"
		);
	});
}

#[test]
fn the_cores_of_a_block_bound_its_apovs() {
	new_test_ext().execute_with(|| {
		Cores::set(2);
		let mut seq = Sequencer::default();
		let ids = actors(&mut seq, 3);
		for &a in &ids[..2] {
			submit_now(&mut seq, ALICE, &[a], vec![service(a)]);
		}
		assert_eq!(CoreUsage::<Test>::get(), (1, 2));
		let third = seq.produce(&[ids[2]], vec![service(ids[2])]);
		refused_by_scheduling(ALICE, third.clone(), Error::CoresFull);
		// A failed APoV takes no core; the next block has all of them.
		next_block();
		assert_ok!(Coreplay::submit_apov(RuntimeOrigin::signed(ALICE), third.clone(), FUEL));
		seq.adopt(&third);
		assert_eq!(CoreUsage::<Test>::get(), (2, 1));
		// Co-scheduled actors share one core.
		next_block();
		let all = seq.produce(&ids, ids.iter().map(|a| service(*a)).collect());
		assert_ok!(Coreplay::submit_apov(RuntimeOrigin::signed(ALICE), all, FUEL));
		assert_eq!(CoreUsage::<Test>::get(), (3, 1));
		Cores::set(16);
	});
}

#[test]
fn an_apov_declaring_more_than_a_core_is_refused_before_anything_is_read() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let a = actors(&mut seq, 1)[0];
		let apov = seq.produce(&[a], vec![service(a)]);
		let own = Coreplay::core_weight(&apov, FUEL);
		assert_eq!(
			own,
			Coreplay::submit_weight(&apov, FUEL),
			"no reserve for others' pending outcomes"
		);
		CoreWeight::set(own - Weight::from_parts(1, 0));
		refused_by_scheduling(ALICE, apov.clone(), Error::CoreOverweight);
		// A dry run says so too, on the `fuel_limit` asked for (not the lower fuel a dry run replays with).
		let dry = Coreplay::dry_run_apov(ALICE, apov.clone(), FUEL);
		assert_eq!(dry.result.map_err(|(e, _)| e), Err(Error::<Test>::CoreOverweight.into()));
		CoreWeight::set(own);
		assert_ok!(Coreplay::submit_apov(RuntimeOrigin::signed(ALICE), apov, FUEL));
		CoreWeight::set(Weight::MAX);
	});
}

#[test]
fn core_fuel_is_the_most_fuel_that_fits_a_core() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let a = actors(&mut seq, 1)[0];
		let apov = seq.produce(&[a], vec![service(a)]);
		let max_fuel = <<Test as Config>::MaxFuel as Get<u64>>::get();
		assert_eq!(Coreplay::core_fuel(&apov), Some(max_fuel), "an unbounded core leaves MaxFuel");
		// A core a million fuel units short of MaxFuel: the largest limit that fits, and no more.
		let at = max_fuel - 1_000_000;
		CoreWeight::set(Coreplay::core_weight(&apov, at));
		let fuel = Coreplay::core_fuel(&apov).expect("fits");
		assert!(fuel >= at, "{fuel} < {at}");
		assert!(Coreplay::core_weight(&apov, fuel).all_lte(CoreWeight::get()));
		assert!(!Coreplay::core_weight(&apov, fuel + 1).all_lte(CoreWeight::get()));
		let dry = Coreplay::dry_run_apov(ALICE, apov.clone(), fuel + 1);
		assert_eq!(dry.result.map_err(|(e, _)| e), Err(Error::<Test>::CoreOverweight.into()));
		// A core smaller than the APoV at no fuel: none fits.
		CoreWeight::set(Coreplay::core_weight(&apov, 0) - Weight::from_parts(1, 0));
		assert_eq!(Coreplay::core_fuel(&apov), None);
		CoreWeight::set(Weight::MAX);
	});
}

#[test]
fn sequencers_register_with_a_bond_and_withdraw_it_after_leaving() {
	sequenced_ext(&[ALICE]).execute_with(|| {
		let reason = HoldReason::SequencerBond.into();
		assert_eq!(Balances::balance_on_hold(&reason, &ALICE), BOND, "genesis holds the bond");
		assert_ok!(Coreplay::register_sequencer(RuntimeOrigin::signed(BOB)));
		assert_eq!(Balances::balance_on_hold(&reason, &BOB), BOND);
		assert_noop!(
			Coreplay::register_sequencer(RuntimeOrigin::signed(BOB)),
			Error::<Test>::AlreadySequencer
		);
		// An account that cannot hold the bond.
		assert_noop!(
			Coreplay::register_sequencer(RuntimeOrigin::signed(7)),
			Error::<Test>::CannotHoldSequencerBond
		);
		assert_ok!(Coreplay::register_sequencer(RuntimeOrigin::signed(CHARLIE)));
		assert_ok!(Coreplay::register_sequencer(RuntimeOrigin::signed(DAVE)));
		assert_noop!(
			Coreplay::register_sequencer(RuntimeOrigin::signed(5)),
			Error::<Test>::TooManySequencers
		);
		assert_eq!(Candidates::<Test>::get().into_inner(), vec![ALICE, BOB, CHARLIE, DAVE]);
		// Registration joins the next rotation fixed: rotation 2, fixed at block 10.
		assert_eq!(
			Rotations::<Test>::get(1).expect("genesis").sequencers.into_inner(),
			vec![ALICE]
		);
		run_to_block(10);
		assert_eq!(Rotations::<Test>::get(2).expect("fixed").sequencers.len(), 4);
		assert!(!Rotations::<Test>::contains_key(0), "rotation 0 is dropped");

		assert_noop!(
			Coreplay::withdraw_bond(RuntimeOrigin::signed(BOB)),
			Error::<Test>::BondStillLocked
		);
		assert_ok!(Coreplay::leave_sequencer(RuntimeOrigin::signed(BOB)));
		assert_noop!(
			Coreplay::leave_sequencer(RuntimeOrigin::signed(BOB)),
			Error::<Test>::AlreadyLeaving
		);
		assert!(!Candidates::<Test>::get().contains(&BOB), "in no rotation fixed from now on");
		run_to_block(29);
		assert_noop!(
			Coreplay::withdraw_bond(RuntimeOrigin::signed(BOB)),
			Error::<Test>::BondStillLocked
		);
		assert!(!Rotations::<Test>::get(3).expect("fixed at 20").sequencers.contains(&BOB));
		run_to_block(30);
		assert_ok!(Coreplay::withdraw_bond(RuntimeOrigin::signed(BOB)));
		assert_eq!(Balances::balance_on_hold(&reason, &BOB), 0);
		assert!(events().contains(&Event::SequencerWithdrawn { who: BOB, bond: BOND }));
		assert_noop!(
			Coreplay::withdraw_bond(RuntimeOrigin::signed(BOB)),
			Error::<Test>::NotSequencer
		);
		assert_noop!(
			Coreplay::leave_sequencer(RuntimeOrigin::signed(5)),
			Error::<Test>::NotSequencer
		);
	});
}

#[test]
fn only_the_canonical_sequencer_advances_an_actor() {
	let set = [ALICE, BOB, CHARLIE];
	sequenced_ext(&set).execute_with(|| {
		let mut seq = Sequencer::default();
		let ids = actors(&mut seq, 4);
		for &a in &ids {
			let apov = seq.produce(&[a], vec![service(a)]);
			let canonical = canonical(a);
			// Another registered sequencer, and an account that is none, are refused before replay.
			refused_by_scheduling(
				other_than(canonical, &set),
				apov.clone(),
				Error::NotCanonicalSequencer,
			);
			refused_by_scheduling(DAVE, apov.clone(), Error::NotCanonicalSequencer);
			assert_ok!(Coreplay::submit_apov(RuntimeOrigin::signed(canonical), apov.clone(), FUEL));
			seq.adopt(&apov);
		}
		// `actors_of` answers the same: each actor held by exactly its canonical sequencer.
		let now = System::block_number() as u32;
		for who in set {
			let (held, more) = Coreplay::actors_of(&who, now, 0, 100);
			assert_eq!(more, None);
			let want: Vec<_> = ids.iter().copied().filter(|a| canonical(*a) == who).collect();
			assert_eq!(held, want, "sequencer {who}");
		}
		// Paged: one task id at a time.
		let (_, more) = Coreplay::actors_of(&ALICE, now, 0, 1);
		assert_eq!(more, Some(1));
		assert_eq!(Coreplay::canonical_sequencer(ids[0], now + 20), Assignment::UnknownRotation);
		assert_eq!(Coreplay::canonical_sequencer(99, now), Assignment::UnknownActor);
	});
}

#[test]
fn rotations_move_actors_between_sequencers() {
	let set = [ALICE, BOB, CHARLIE];
	sequenced_ext(&set).execute_with(|| {
		let mut seq = Sequencer::default();
		let ids = actors(&mut seq, 8);
		let assignment = |at: u32| -> Vec<u64> {
			ids.iter()
				.map(|a| match Coreplay::canonical_sequencer(*a, at) {
					Assignment::Sequencer { sequencer, .. } => sequencer,
					other => panic!("{other:?}"),
				})
				.collect()
		};
		// Each rotation's seed comes from the randomness at the block that fixes it, one rotation ahead.
		let mut seen = vec![assignment(1)];
		let mut ahead = assignment(10);
		for (round, seed) in [[7u8; 32], [8; 32], [9; 32]].into_iter().enumerate() {
			Seed::set(sp_core::H256(seed));
			let boundary = 10 * (round as u64 + 1);
			run_to_block(boundary);
			// What was answered a rotation ahead holds now, and its canonical sequencer is the one admitted.
			let now = assignment(boundary as u32);
			assert_eq!(now, ahead, "rotation {}", round + 1);
			let a = ids[0];
			let apov = seq.produce(&[a], vec![service(a)]);
			refused_by_scheduling(
				other_than(now[0], &set),
				apov.clone(),
				Error::NotCanonicalSequencer,
			);
			assert_ok!(Coreplay::submit_apov(RuntimeOrigin::signed(now[0]), apov.clone(), FUEL));
			seq.adopt(&apov);
			seen.push(now);
			ahead = assignment(boundary as u32 + 10);
		}
		assert!(seen.windows(2).all(|w| w[0] != w[1]), "every rotation moved some actor: {seen:?}");
	});
}

#[test]
fn an_affinity_group_shares_a_sequencer_from_two_rotations_on() {
	let set = [ALICE, BOB, CHARLIE];
	sequenced_ext(&set).execute_with(|| {
		let mut seq = Sequencer::default();
		let ids = actors(&mut seq, 8);
		// Each advanced once: live actors, which move two rotations on.
		for &a in &ids {
			let apov = seq.produce(&[a], vec![service(a)]);
			assert_ok!(Coreplay::submit_apov(
				RuntimeOrigin::signed(canonical(a)),
				apov.clone(),
				FUEL
			));
			seq.adopt(&apov);
		}
		let anchor = ids[0];
		for &a in &ids[1..] {
			assert_noop!(
				Coreplay::set_affinity(RuntimeOrigin::signed(BOB), a, Some(anchor)),
				Error::<Test>::NotCreator
			);
			assert_ok!(Coreplay::set_affinity(RuntimeOrigin::signed(ALICE), a, Some(anchor)));
		}
		assert!(events().contains(&Event::AffinitySet {
			task: ids[1],
			group: Some(anchor),
			from_rotation: 2
		}));
		// One change at a time: a second one before the first is in force is refused.
		assert_noop!(
			Coreplay::set_affinity(RuntimeOrigin::signed(ALICE), ids[1], None),
			Error::<Test>::AffinityChangePending
		);
		// Not before rotation 2 (whose seed was unknown when the group was set); from then on, one sequencer.
		let at = |block: u32| -> Vec<u64> {
			ids.iter()
				.map(|a| match Coreplay::canonical_sequencer(*a, block) {
					Assignment::Sequencer { sequencer, .. } => sequencer,
					other => panic!("{other:?}"),
				})
				.collect()
		};
		assert!(at(15).windows(2).any(|w| w[0] != w[1]), "rotation 1 still spreads them");
		run_to_block(20);
		let shared = at(20);
		assert!(shared.iter().all(|s| *s == shared[0]), "{shared:?}");
		// So its sequencer co-schedules all eight in one APoV, on one core.
		let apov = seq.produce(&ids, ids.iter().map(|a| service(*a)).collect());
		refused_by_scheduling(
			other_than(shared[0], &set),
			apov.clone(),
			Error::NotCanonicalSequencer,
		);
		assert_ok!(Coreplay::submit_apov(RuntimeOrigin::signed(shared[0]), apov, FUEL));
		assert_eq!(CoreUsage::<Test>::get(), (20, 1));
	});
}

#[test]
fn grace_opens_an_actor_with_waiting_work_to_any_registered_sequencer() {
	let set = [ALICE, BOB, CHARLIE];
	sequenced_ext(&set).execute_with(|| {
		let mut seq = Sequencer::default();
		let ids = actors(&mut seq, 2);
		let (a, idle) = (ids[0], ids[1]);
		let keeper = canonical(a);
		let rescuer = other_than(keeper, &set);
		// A message arrives at block 2; its canonical sequencer does nothing with it.
		next_block();
		assert_ok!(Coreplay::send_message(RuntimeOrigin::signed(DAVE), a, vec![1], 0));
		let grace = <<Test as Config>::GracePeriod as Get<u32>>::get() as u64;
		assert_eq!(
			Coreplay::canonical_sequencer(a, 2),
			Assignment::Sequencer { sequencer: keeper, grace_from: Some(2 + grace as u32) }
		);
		run_to_block(2 + grace - 1);
		assert_eq!(Coreplay::actors_in_grace(4, 0, 100), (vec![], None));
		assert_eq!(Coreplay::actors_in_grace(5, 0, 100), (vec![a], None), "answered a block ahead");
		assert_eq!(Coreplay::actors_in_grace(5, 0, 1), (vec![a], Some(1)), "paged");
		let apov = seq.produce(&[a], vec![service(a)]);
		refused_by_scheduling(rescuer, apov.clone(), Error::NotCanonicalSequencer);
		next_block();
		// Its grace has passed: an unregistered account is still refused, a registered sequencer is admitted,
		// if its APoV consumes the message that waited.
		refused_by_scheduling(DAVE, apov.clone(), Error::NotCanonicalSequencer);
		let apov = seq.produce(&[a], vec![service(a)]);
		assert!(!apov.inbox.is_empty(), "the test actor reads its messages");
		let mut consumes_nothing = apov.clone();
		consumes_nothing.inbox.clear();
		refused_by_scheduling(rescuer, consumes_nothing, Error::GraceWithoutMessages);
		assert_ok!(Coreplay::submit_apov(RuntimeOrigin::signed(rescuer), apov.clone(), FUEL));
		seq.adopt(&apov);
		assert!(events().contains(&Event::GraceTaken {
			task: a,
			by: rescuer,
			canonical: keeper,
			waiting_since: 2
		}));
		assert_eq!(Sequencers::<Test>::get(keeper).expect("registered").missed, 1);
		assert_eq!(Coreplay::actors_in_grace(5, 0, 100), (vec![], None), "its message consumed");
		// An actor with nothing waiting never opens, however long its sequencer waits.
		run_to_block(9);
		let apov = seq.produce(&[idle], vec![service(idle)]);
		refused_by_scheduling(
			other_than(canonical(idle), &set),
			apov,
			Error::NotCanonicalSequencer,
		);
	});
}

#[test]
fn with_no_sequencer_submission_is_open_and_a_copied_apov_earns_nothing() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let a = actors(&mut seq, 1)[0];
		assert_ok!(Balances::transfer_allow_death(
			RuntimeOrigin::signed(ALICE),
			Coreplay::actor_account(a),
			1_000
		));
		assert_eq!(Coreplay::canonical_sequencer(a, 1), Assignment::Open);
		seq.advance(ALICE, &[a], vec![AgendaItem::service(a, 3)]);
		// The next APoV pays a payout of 3. Bob copies it from the pool and is included first: open submission
		// admits him, but the payout goes to the actor's payee, none yet: nobody is paid.
		let apov = seq.produce(&[a], vec![service(a)]);
		let bob = Balances::free_balance(BOB);
		assert_ok!(Coreplay::submit_apov(RuntimeOrigin::signed(BOB), apov.clone(), FUEL));
		assert_eq!(Balances::free_balance(BOB), bob, "the copier earned nothing");
		assert_eq!(Balances::free_balance(Coreplay::actor_account(a)), 1_000, "nor anyone");
		// The honest submission is refused cheaply in the same block.
		refused_by_scheduling(ALICE, apov.clone(), Error::ActorAlreadyScheduled);
		seq.adopt(&apov);
		// With a payee, open submissions pay it, whoever submits.
		assert_ok!(Coreplay::set_payee(RuntimeOrigin::signed(ALICE), a, Some(CHARLIE)));
		assert_noop!(
			Coreplay::set_payee(RuntimeOrigin::signed(BOB), a, Some(BOB)),
			Error::<Test>::NotCreator
		);
		next_block();
		let charlie = Balances::free_balance(CHARLIE);
		seq.advance(BOB, &[a], vec![service(a)]);
		assert_eq!(Balances::free_balance(CHARLIE), charlie + 4);
	});
}

#[test]
fn with_sequencers_a_copied_apov_is_refused_and_payouts_go_to_the_submitter() {
	let set = [ALICE, BOB];
	sequenced_ext(&set).execute_with(|| {
		let mut seq = Sequencer::default();
		let a = actors(&mut seq, 1)[0];
		assert_ok!(Balances::transfer_allow_death(
			RuntimeOrigin::signed(ALICE),
			Coreplay::actor_account(a),
			1_000
		));
		let keeper = canonical(a);
		submit_now(&mut seq, keeper, &[a], vec![AgendaItem::service(a, 3)]);
		next_block();
		let apov = seq.produce(&[a], vec![service(a)]);
		// The copy is refused before replay, for the admission's weight only.
		refused_by_scheduling(other_than(keeper, &set), apov.clone(), Error::NotCanonicalSequencer);
		refused_by_scheduling(DAVE, apov.clone(), Error::NotCanonicalSequencer);
		let before = Balances::free_balance(keeper);
		let info =
			Coreplay::submit_apov(RuntimeOrigin::signed(keeper), apov, FUEL).expect("admitted");
		let fee_free = Balances::free_balance(keeper);
		assert_eq!(fee_free, before + 3, "the canonical sequencer is paid the payout");
		assert!(info.actual_weight.is_some());
	});
}

#[test]
fn rotations_are_fixed_at_their_boundaries_only() {
	new_test_ext().execute_with(|| {
		assert_eq!(Coreplay::on_initialize(11), Weight::zero());
		assert!(!Rotations::<Test>::contains_key(2));
		assert_eq!(Coreplay::on_initialize(10), <() as WeightInfo>::fix_rotation(0));
		assert!(Rotations::<Test>::get(2).is_some_and(|r| r.sequencers.is_empty()));
	});
}

/// A dry run answers for the next block, where a submission made now is included: an actor advanced in this block
/// is free there (and stays refused in this one).
#[test]
fn a_dry_run_answers_for_the_next_block() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let a = actors(&mut seq, 1)[0];
		submit_now(&mut seq, ALICE, &[a], vec![service(a)]);
		let second = seq.produce(&[a], vec![service(a)]);
		let dry = Coreplay::dry_run_apov(ALICE, second.clone(), FUEL);
		assert_eq!(dry.result.map(|s| s.status), Ok(ApovStatus::Canonicalised));
		assert_eq!(System::block_number(), 1, "rolled back");
		refused_by_scheduling(ALICE, second, Error::ActorAlreadyScheduled);
	});
}

/// A dry run sees the pending outcomes the next block's `on_initialize` canonicalises: an APoV built on one that
/// an APoV of this block made ready is answered `Canonicalised`, as it would be in that block.
#[test]
fn a_dry_run_sees_what_the_next_blocks_hooks_canonicalise() {
	new_test_ext().execute_with(|| {
		let mut seq = Sequencer::default();
		let a = actors(&mut seq, 1)[0];
		let sequence = Actors::<Test>::get(a).expect("exists").sequence;
		let first = seq.produce(&[a], vec![service(a)]);
		seq.adopt(&first);
		let second = seq.produce_at(&[a], vec![service(a)], &[sequence + 2]);
		seq.adopt(&second);
		let third = seq.produce_at(&[a], vec![service(a)], &[sequence + 3]);
		next_block();
		assert_ok!(Coreplay::submit_apov(RuntimeOrigin::signed(ALICE), second, FUEL));
		next_block();
		assert_ok!(Coreplay::submit_apov(RuntimeOrigin::signed(ALICE), first, FUEL));
		assert_eq!(PendingOrder::<Test>::get().len(), 1, "ready, not checked before the hooks");
		let dry = Coreplay::dry_run_apov(ALICE, third, FUEL);
		assert_eq!(dry.result.map(|s| s.status), Ok(ApovStatus::Canonicalised));
		assert_eq!(PendingOrder::<Test>::get().len(), 1, "rolled back");
		assert_eq!(Actors::<Test>::get(a).expect("exists").sequence, sequence + 1);
	});
}

/// A fresh actor (never advanced) joins its group at once: its creator co-schedules it with the group from the
/// start.
#[test]
fn a_fresh_actor_joins_its_group_at_once() {
	let set = [ALICE, BOB, CHARLIE];
	sequenced_ext(&set).execute_with(|| {
		let mut seq = Sequencer::default();
		let ids = actors(&mut seq, 8);
		for &a in &ids[1..] {
			assert_ok!(Coreplay::set_affinity(RuntimeOrigin::signed(ALICE), a, Some(ids[0])));
		}
		let keeper = canonical(ids[0]);
		assert!(ids.iter().all(|a| canonical(*a) == keeper));
		let apov = seq.produce(&ids, ids.iter().map(|a| service(*a)).collect());
		assert_ok!(Coreplay::submit_apov(RuntimeOrigin::signed(keeper), apov, FUEL));
		// Now live: leaving the group takes two rotations.
		assert_ok!(Coreplay::set_affinity(RuntimeOrigin::signed(ALICE), ids[1], None));
		assert_eq!(canonical(ids[1]), keeper);
		assert!(events().contains(&Event::AffinitySet {
			task: ids[1],
			group: None,
			from_rotation: 2
		}));
	});
}
