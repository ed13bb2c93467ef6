//! Scheduling (issue 28): cores per block, one APoV per actor per block, the sequencer registry, rotations and
//! each actor's canonical sequencer, and grace periods. The rules (design and alternatives:
//! `docs/notes/issue-28-design.md`):
//!
//! - **Cores.** A block validates at most `Config::Cores` APoVs ([`CoreUsage`]); one APoV declares at most
//!   `Config::CoreWeight` for its own work ([`Pallet::core_weight`]); an actor is in at most one APoV validated
//!   per block ([`ActorInfo::scheduled_at`]).
//! - **Rotations.** Rotation `r` is the blocks `[r × RotationPeriod, (r + 1) × RotationPeriod)`. At its first
//!   block, `on_initialize` fixes rotation `r + 1` ([`Rotations`]): the registered sequencers not leaving
//!   ([`Candidates`]) and a seed from `Config::Randomness`; so each rotation is known one rotation ahead.
//! - **Assignment.** An actor's canonical sequencer in rotation `r` is `set[blake2_128(seed ++ key) mod len]`,
//!   where `key` is its affinity group's task id in force at `r`, or its own ([`Pallet::assignment_key`]): actors
//!   of one group share a sequencer and can be co-scheduled. An empty set means open submission.
//! - **Admission.** An APoV is admitted if every actor's canonical sequencer is the signer, or, for each actor
//!   whose is not, the signer is a registered sequencer and the actor's oldest inbox message has waited
//!   `GracePeriod` blocks (grace, [`Event::GraceTaken`], the canonical one's `missed` counted); with an empty
//!   set, anyone is. Refusals are made before any code is loaded and charged [`WeightInfo::admit`] only.
//! - **Payouts.** To the submitter, but an openly submitted APoV pays each actor's payout to its payee
//!   ([`Pallet::set_payee`]) or not at all, so that copying an APoV from the pool earns nothing.

use super::*;
use frame_support::traits::Randomness;

/// How an APoV was admitted ([`Pallet::admit`]).
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Admission<AccountId> {
	/// No sequencer in the rotation: open submission (payouts to payees).
	Open,
	/// The signer is canonical for every actor, or takes over some in grace: `(actor, canonical sequencer,
	/// block its oldest message arrived in)` for each of those.
	Sequenced(Vec<(TaskId, AccountId, coreplay_primitives::BlockNumber)>),
}

impl<T: Config> Pallet<T> {
	/// The rotation block `block` is in.
	pub fn rotation_of(block: coreplay_primitives::BlockNumber) -> RotationIndex {
		block / T::RotationPeriod::get().max(1)
	}

	/// The seed of rotations 0 and 1, fixed at genesis before any block exists: public, as any seed is once
	/// fixed.
	pub(crate) fn genesis_seed(rotation: RotationIndex) -> H256 {
		blake2_256(&(b"coreplay/rotation", rotation).encode())
	}

	/// Fixes rotation `rotation` from the candidates and `Config::Randomness`, and drops rotation
	/// `rotation − 2`. Weight: [`WeightInfo::fix_rotation`] for the set's size.
	pub(crate) fn fix_rotation(rotation: RotationIndex) -> Weight {
		let (random, _) = T::Randomness::random(b"coreplay/rotation");
		let seed = blake2_256(&(b"coreplay/rotation", rotation, random).encode());
		let sequencers = Candidates::<T>::get();
		let len = sequencers.len() as u32;
		Rotations::<T>::insert(rotation, Rotation { seed, sequencers });
		if let Some(old) = rotation.checked_sub(2) {
			Rotations::<T>::remove(old);
		}
		Self::deposit_event(Event::RotationFixed { rotation, sequencers: len });
		T::WeightInfo::fix_rotation(len)
	}

	/// Holds `SequencerBond` from `who` and adds it to the candidates.
	pub(crate) fn do_register_sequencer(who: &T::AccountId) -> Result<BalanceOf<T>, Error<T>> {
		ensure!(!Sequencers::<T>::contains_key(who), Error::<T>::AlreadySequencer);
		let bond = T::SequencerBond::get();
		let mut candidates = Candidates::<T>::get();
		candidates.try_push(who.clone()).map_err(|_| Error::<T>::TooManySequencers)?;
		T::Currency::hold(&HoldReason::SequencerBond.into(), who, bond)
			.map_err(|_| Error::<T>::CannotHoldSequencerBond)?;
		Candidates::<T>::put(candidates);
		Sequencers::<T>::insert(who, SequencerInfo { bond, leaving_at: None, missed: 0 });
		Ok(bond)
	}

	/// The key actor `task` is assigned by in rotation `rotation`: its affinity group's task id in force then, or
	/// its own. Naming actor `b` as a group puts an actor with `b` (while `b` names no group) and with every
	/// other actor naming `b`.
	pub fn assignment_key(task: TaskId, affinity: &Affinity, rotation: RotationIndex) -> TaskId {
		affinity.at(rotation).unwrap_or(task)
	}

	/// The canonical sequencer of `key` in a rotation: `None` when its set is empty (open submission).
	pub fn canonical_in(rotation: &RotationOf<T>, key: TaskId) -> Option<&T::AccountId> {
		let len = rotation.sequencers.len() as u128;
		if len == 0 {
			return None;
		}
		let draw = u128::from_le_bytes(sp_io::hashing::blake2_128(&(rotation.seed, key).encode()));
		rotation.sequencers.get((draw % len) as usize)
	}

	/// The block the oldest message in `task`'s inbox arrived in, if it has one (two reads).
	pub(crate) fn oldest_message(task: TaskId) -> Option<coreplay_primitives::BlockNumber> {
		let queue = InboxQueues::<T>::get(task);
		if queue.len == 0 {
			return None;
		}
		InboxMessages::<T>::get(task, queue.head).map(|m| m.arrived)
	}

	/// The weight an APoV declares for its own work: [`Pallet::submit_weight`] (other pending APoVs are checked
	/// in the block's hooks, not by a submission: `Pallet::pending_checks_weight`). A pure function of the APoV
	/// and `fuel_limit`, an upper bound of what validating it costs; at most `Config::CoreWeight`.
	pub fn core_weight(apov: &ActorPov, fuel_limit: u64) -> Weight {
		Self::submit_weight(apov, fuel_limit)
	}

	/// The largest `fuel_limit` (at most `Config::MaxFuel`) at which `apov` fits a core:
	/// [`Self::core_weight`] at most `Config::CoreWeight`; `None` if it exceeds a core at no fuel. An APoV of the
	/// most slabs declares each at the largest code's weight (`Pallet::max_code_weight`) before any is read, so
	/// the fuel left for it may be below `MaxFuel` or `MaxDryRunFuel`: a caller declares at most this (the
	/// benchmarks, the in-runtime harness, the node's sequencer), or is refused with `Error::CoreOverweight`.
	/// A binary search on `core_weight` (about 27 evaluations), so exact whatever the weights' rounding.
	pub fn core_fuel(apov: &ActorPov) -> Option<u64> {
		let fits = |fuel| Self::core_weight(apov, fuel).all_lte(T::CoreWeight::get());
		if !fits(0) {
			return None;
		}
		let (mut low, mut high) = (0u64, T::MaxFuel::get());
		while low < high {
			let mid = low + (high - low).div_ceil(2);
			if fits(mid) {
				low = mid;
			} else {
				high = mid - 1;
			}
		}
		Some(low)
	}

	/// Whether `who` may have `actors` (the APoV's, in slab order, as read from `Actors`, each with the number of
	/// inbox messages the APoV consumes for it) validated in this block: a core is free, none of them is in an
	/// APoV validated in this block, and `who` is their canonical sequencer, or takes over in grace (consuming at
	/// least the message that waited), or submission is open (see the module docs). Reads the core usage and the
	/// current rotation; per actor not `who`'s, its inbox's head and `who`'s registration.
	///
	/// # Errors
	/// `CoresFull`, `ActorAlreadyScheduled`, `NotCanonicalSequencer`, `GraceWithoutMessages`.
	pub fn admit(
		who: &T::AccountId,
		actors: &[(TaskId, ActorInfoOf<T>, usize)],
	) -> Result<Admission<T::AccountId>, Error<T>> {
		let now = Self::now();
		let (block, used) = CoreUsage::<T>::get();
		ensure!(block != now || used < T::Cores::get(), Error::<T>::CoresFull);
		ensure!(
			actors.iter().all(|(_, info, _)| info.scheduled_at != now || now == 0),
			Error::<T>::ActorAlreadyScheduled
		);
		let rotation_index = Self::rotation_of(now);
		// A missing rotation (none fixed yet) is open: genesis and the migration fix rotations 0 and 1.
		let Some(rotation) = Rotations::<T>::get(rotation_index) else {
			return Ok(Admission::Open);
		};
		if rotation.sequencers.is_empty() {
			return Ok(Admission::Open);
		}
		let mut graced = Vec::new();
		let mut registered = None;
		for (task, info, consumed) in actors {
			let key = Self::assignment_key(*task, &info.affinity, rotation_index);
			let Some(canonical) = Self::canonical_in(&rotation, key) else {
				return Ok(Admission::Open);
			};
			if canonical == who {
				continue;
			}
			let since = Self::oldest_message(*task)
				.filter(|arrived| arrived.saturating_add(T::GracePeriod::get()) <= now)
				.ok_or(Error::<T>::NotCanonicalSequencer)?;
			let is_sequencer =
				*registered.get_or_insert_with(|| Sequencers::<T>::contains_key(who));
			ensure!(is_sequencer, Error::<T>::NotCanonicalSequencer);
			// A takeover does the work that waited: so a rescuer cannot hold an actor, or count its canonical
			// sequencer's misses, with APoVs that leave the message where it is.
			ensure!(*consumed > 0, Error::<T>::GraceWithoutMessages);
			graced.push((*task, canonical.clone(), since));
		}
		Ok(Admission::Sequenced(graced))
	}

	/// Records an admitted APoV in this block: one core taken, and its grace takeovers (each canonical
	/// sequencer's `missed` counted when it held the actor for a whole grace period of this rotation with the
	/// message waiting, and `GraceTaken`).
	pub(crate) fn record_admission(who: &T::AccountId, admission: Admission<T::AccountId>) {
		let now = Self::now();
		CoreUsage::<T>::mutate(|(block, used)| {
			if *block != now {
				*block = now;
				*used = 0;
			}
			used.saturating_inc();
		});
		if let Admission::Sequenced(graced) = admission {
			for (task, canonical, waiting_since) in graced {
				let rotation_start =
					Self::rotation_of(now).saturating_mul(T::RotationPeriod::get().max(1));
				if waiting_since.max(rotation_start).saturating_add(T::GracePeriod::get()) <= now {
					Sequencers::<T>::mutate(&canonical, |info| {
						if let Some(info) = info {
							info.missed.saturating_inc();
						}
					});
				}
				Self::deposit_event(Event::GraceTaken {
					task,
					by: who.clone(),
					canonical,
					waiting_since,
				});
			}
		}
	}

	/// Who may advance actor `task` at block `at` (`ActorsApi::canonical_sequencer`): answered for blocks of the
	/// rotations fixed in the state it is called on (the current one and the next), `UnknownRotation` for
	/// others.
	pub fn canonical_sequencer(
		task: TaskId,
		at: coreplay_primitives::BlockNumber,
	) -> Assignment<T::AccountId> {
		let Some(info) = Actors::<T>::get(task) else { return Assignment::UnknownActor };
		let index = Self::rotation_of(at);
		let current = Self::rotation_of(Self::now());
		if index < current || index > current.saturating_add(1) {
			return Assignment::UnknownRotation;
		}
		// As `admit`: a rotation not fixed (a chain without genesis rotations) is open.
		let Some(rotation) = Rotations::<T>::get(index) else { return Assignment::Open };
		match Self::canonical_in(&rotation, Self::assignment_key(task, &info.affinity, index)) {
			None => Assignment::Open,
			Some(sequencer) => Assignment::Sequencer {
				sequencer: sequencer.clone(),
				grace_from: Self::oldest_message(task)
					.map(|arrived| arrived.saturating_add(T::GracePeriod::get())),
			},
		}
	}

	/// The actors in grace at block `at` (`ActorsApi::actors_in_grace`): held by a canonical sequencer in `at`'s
	/// rotation, with a message that arrived `GracePeriod` blocks before `at` or earlier, so that any registered
	/// sequencer may advance them then. Among task ids `from..from + limit` (`limit` at most 1,000), with the task
	/// id to continue from if more remain; empty if `at`'s rotation is not fixed or submission is open.
	pub fn actors_in_grace(
		at: coreplay_primitives::BlockNumber,
		from: TaskId,
		limit: u32,
	) -> (Vec<TaskId>, Option<TaskId>) {
		let index = Self::rotation_of(at);
		let open = Rotations::<T>::get(index).is_none_or(|r| r.sequencers.is_empty());
		let end = NextTaskId::<T>::get();
		let limit = limit.min(1_000) as u64;
		let mut graced = Vec::new();
		let mut task = from;
		while task < end && u64::from(task - from) < limit {
			let waited = Self::oldest_message(task)
				.is_some_and(|arrived| arrived.saturating_add(T::GracePeriod::get()) <= at);
			if !open && waited && Actors::<T>::contains_key(task) {
				graced.push(task);
			}
			task += 1;
		}
		(graced, (task < end).then_some(task))
	}

	/// The actors `sequencer` holds at block `at` (`ActorsApi::actors_of`), in task-id order, from task `from`
	/// on, at most `limit` (at most 1,000) of them, and the task id to continue from if more actors remain to
	/// be looked at. Empty if `at`'s rotation is not fixed or submission is open then.
	pub fn actors_of(
		sequencer: &T::AccountId,
		at: coreplay_primitives::BlockNumber,
		from: TaskId,
		limit: u32,
	) -> (Vec<TaskId>, Option<TaskId>) {
		let index = Self::rotation_of(at);
		let Some(rotation) = Rotations::<T>::get(index) else { return (Vec::new(), None) };
		let limit = limit.min(1_000) as u64;
		let end = NextTaskId::<T>::get();
		let mut held = Vec::new();
		let mut task = from;
		// Looks at `limit` task ids at most, so one call is bounded whoever holds what.
		while task < end && u64::from(task - from) < limit {
			if let Some(info) = Actors::<T>::get(task) {
				let key = Self::assignment_key(task, &info.affinity, index);
				if Self::canonical_in(&rotation, key) == Some(sequencer) {
					held.push(task);
				}
			}
			task += 1;
		}
		(held, (task < end).then_some(task))
	}
}
