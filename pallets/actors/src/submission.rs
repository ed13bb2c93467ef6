//! APoV submission: admit (bounds, actors, codes, a pending slot) → replay (`coreplay_vm::validate_pov`) →
//! outcome (canonicalised at once or kept pending), and the dry run of it for the runtime API.

use super::*;
use crate::pending::Readiness;
use coreplay_primitives::Invocation;
use sp_runtime::traits::One;

/// What became of a submitted APoV.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, codec::Decode, scale_info::TypeInfo)]
pub enum ApovStatus {
	/// It was canonicalised at once.
	Canonicalised,
	/// It waits for earlier sequences under this pending id.
	Pending(u32),
}

/// A successful submission: its status, the fuel used (replay and inspectors) and the weight charged.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, codec::Decode, scale_info::TypeInfo)]
pub struct Submitted {
	/// Canonicalised or pending.
	pub status: ApovStatus,
	/// Fuel used by the replay and the `payout` inspectors.
	pub fuel_used: u64,
	/// The weight charged after refunds.
	pub weight: Weight,
}

/// The result of [`Pallet::dry_run_apov`].
#[derive(Clone, PartialEq, Eq, Debug, Encode, codec::Decode, scale_info::TypeInfo)]
pub struct DryRun {
	/// The weight `submit_apov` would be charged before refunds.
	pub declared_weight: Weight,
	/// What would happen: the submission, or the error and the weight it would be charged.
	pub result: Result<Submitted, (DispatchError, Weight)>,
	/// What the replay showed beside the verdict (issue 30): its debug output, call outputs and events.
	pub trace: ReplayTrace,
}

/// What a dry run's replay showed (issue 30, after pallet-contracts' `debug_message`): the actors' `print`
/// output, each `Call` item's output, the events they emitted and the fuel the replay used. Filled once the
/// replay succeeded, whatever the verdict after it (an APoV refused after its replay, `InboxFull` say, still
/// shows what it printed); empty (`replayed` false) if it was refused before its replay or its replay failed,
/// since the vm returns no output from a failed execution.
#[derive(Clone, PartialEq, Eq, Debug, Default, Encode, codec::Decode, scale_info::TypeInfo)]
pub struct ReplayTrace {
	/// Whether the replay ran to its end.
	pub replayed: bool,
	/// `print` output, each text followed by a newline, at most `Limits::max_print_bytes` bytes in all (the
	/// bytes printed; UTF-8 where the actor printed text). Also of a replay that did not run to its end or whose
	/// outcome the chain refused: what was printed up to the failure (`coreplay_vm::validate_pov_logged`).
	pub log: Vec<u8>,
	/// The `Ok` output of each `Call` Agenda item, in Agenda order.
	pub call_outputs: Vec<Vec<u8>>,
	/// The events emitted (`emit_event`), in order: what canonicalisation deposits as `ActorEvent`s.
	pub events: Vec<coreplay_primitives::ActorEvent>,
	/// Fuel the replay used (the inspectors' not included).
	pub fuel_used: u64,
}

/// The weight a submission is charged if it stops now, accumulated as `do_submit_apov` learns more: declared
/// (before the codes are loaded: the largest code per slab), then with the slabs' own codes and inspectors. Each
/// way out names what it pays for: [`Charge::before_replay`] no fuel, [`Charge::after_replay`] the fuel given
/// (a failed replay) or used (a rejection after a successful one), [`Charge::succeeded`] the fuel used.
pub(crate) struct Charge<T> {
	/// `WeightInfo::submit_apov(n, i)`, the snapshots' pages and the witness (`Pallet::submit_base_weight`).
	base: Weight,
	/// The slabs' codes and `payout` inspectors: the largest code per slab until they are loaded.
	codes: Weight,
	/// Taking a pending slot (`Pallet::pending_slot_weight`), until it is known that the APoV will not wait.
	slot: Weight,
	/// Its own messages (`Pallet::messages_weight`) and events (`Pallet::events_weight`): the inbox messages it
	/// brings and, until its replay is done, the largest outbox and the most events.
	messages: Weight,
	/// Its scheduling beyond what `WeightInfo::submit_apov` measures (`Pallet::schedule_weight`): every slab
	/// taken over in grace until it is admitted, then those that are.
	schedule: Weight,
	/// Its signed calls' checks: each in its costlier form (`Pallet::signed_calls_weight`) until they are
	/// checked, then the checks made (`Pallet::check_signed_calls`).
	signatures: Weight,
	_config: core::marker::PhantomData<T>,
}

impl<T: Config> Charge<T> {
	/// Before anything is read: every slab's code at the largest shape, as `submit_weight` declares it.
	fn declared(apov: &ActorPov) -> Self {
		Self {
			base: Pallet::<T>::submit_base_weight(apov),
			codes: Pallet::<T>::max_code_weight().saturating_mul(apov.slabs.len() as u64),
			slot: Pallet::<T>::pending_slot_weight(apov.slabs.len()),
			messages: Pallet::<T>::messages_weight(
				Pallet::<T>::inbox_messages(apov),
				Pallet::<T>::max_outbox(),
			)
			.saturating_add(Pallet::<T>::account_messages_weight(Pallet::<T>::account_messages(
				apov,
			)))
			.saturating_add(Pallet::<T>::max_events_weight())
			.saturating_add(Pallet::<T>::max_transfers_weight()),
			schedule: Pallet::<T>::schedule_weight(apov.slabs.len() as u32),
			signatures: Pallet::<T>::signed_calls_weight(apov),
			_config: core::marker::PhantomData,
		}
	}

	/// Admitted (`Pallet::admit`) with `graced` actors taken over in grace: their scheduling replaces the
	/// declared (every slab in grace).
	fn admitted(&mut self, graced: u32) {
		self.schedule = Pallet::<T>::schedule_weight(graced);
	}

	/// The slabs' codes are loaded: `codes` (their shapes and the inspectors they export) replaces the declared.
	fn codes_loaded(&mut self, codes: Weight) {
		self.codes = codes;
	}

	/// The signed calls are checked: `checks` (what `Pallet::check_signed_calls` answers) replaces the declared.
	fn signatures_checked(&mut self, checks: Weight) {
		self.signatures = checks;
	}

	/// It will not wait: no pending slot.
	fn no_slot(&mut self) {
		self.slot = Weight::zero();
	}

	/// The replay is done: `messages` (its consumed messages, actual outbox and events) replaces the declared.
	fn outbox_known(&mut self, messages: Weight) {
		self.messages = messages;
	}

	fn so_far(&self) -> Weight {
		self.base
			.saturating_add(self.codes)
			.saturating_add(self.slot)
			.saturating_add(self.messages)
			.saturating_add(self.schedule)
			.saturating_add(self.signatures)
	}

	/// Refused before replay: no fuel.
	fn before_replay(&self, error: Error<T>) -> DispatchErrorWithPostInfo {
		Pallet::<T>::fail(error, self.so_far())
	}

	/// Refused by the replay, with `fuel_limit` (the replay may have used all of it), or after a successful
	/// replay, with the fuel it used.
	fn after_replay(&self, error: Error<T>, fuel: u64) -> DispatchErrorWithPostInfo {
		Pallet::<T>::fail(error, self.so_far().saturating_add(Pallet::<T>::fuel_weight(fuel)))
	}

	/// Kept: the fuel used instead of the limit.
	fn succeeded(&self, fuel_used: u64) -> Weight {
		self.so_far().saturating_add(Pallet::<T>::fuel_weight(fuel_used))
	}
}

impl<T: Config> Pallet<T> {
	/// `submit_apov` for `who`: validate, then canonicalise or keep pending (see the dispatchable's docs).
	///
	/// # Errors
	/// The dispatchable's errors, with the weight to charge.
	pub fn do_submit_apov(
		who: T::AccountId,
		apov: ActorPov,
		fuel_limit: u64,
	) -> Result<Submitted, DispatchErrorWithPostInfo> {
		Self::submit_traced(who, apov, fuel_limit, None)
	}

	/// [`Self::do_submit_apov`], recording what the replay showed in `trace` if given (dry runs only: the
	/// dispatchable keeps nothing of it).
	fn submit_traced(
		who: T::AccountId,
		apov: ActorPov,
		fuel_limit: u64,
		trace: Option<&mut ReplayTrace>,
	) -> Result<Submitted, DispatchErrorWithPostInfo> {
		let mut charge = Charge::<T>::declared(&apov);
		ensure!(
			fuel_limit <= T::MaxFuel::get(),
			charge.before_replay(Error::<T>::FuelLimitTooHigh)
		);
		let machine = Self::machine();
		coreplay_vm::check_pov(&apov, machine.limits())
			.map_err(|e| charge.before_replay(Error::<T>::from_pov(e)))?;
		ensure!(apov.context.now <= Self::now(), charge.before_replay(Error::<T>::FutureContext));
		ensure!(
			apov.context.now.saturating_add(T::MaxNowAge::get()) >= Self::now(),
			charge.before_replay(Error::<T>::ContextTooOld)
		);
		// Scheduling (issue 28), before any code is loaded: refusals here pay for these reads only.
		let unscheduled =
			|e: Error<T>| Self::fail(e, T::WeightInfo::admit(apov.slabs.len() as u32));
		ensure!(
			Self::core_weight(&apov, fuel_limit).all_lte(T::CoreWeight::get()),
			unscheduled(Error::<T>::CoreOverweight)
		);
		let mut actors = Vec::with_capacity(apov.slabs.len());
		for slab in &apov.slabs {
			let actor =
				Actors::<T>::get(slab.actor).ok_or(unscheduled(Error::<T>::UnknownActor))?;
			actors.push((slab.actor, actor, apov.inbox_of(slab.actor).len()));
		}
		let admission = Self::admit(&who, &actors).map_err(unscheduled)?;
		let graced = match &admission {
			Admission::Open => 0,
			Admission::Sequenced(graced) => graced.len() as u32,
		};
		let open = admission == Admission::Open;
		charge.admitted(graced);
		// Each distinct code is loaded once, however many co-scheduled actors run it; each slab pays for its
		// code, because the vm builds a module per actor and execution (`coreplay_vm::engine_config`).
		let mut compiled: Vec<(coreplay_primitives::CodeHash, coreplay_vm::ActorCode, usize)> =
			Vec::new();
		let mut loaded = Weight::zero();
		let mut code_of = Vec::with_capacity(apov.slabs.len());
		// Each `pre` is hashed once (a slab is up to `Limits::max_memory_pages` pages), here and for its outcome below.
		let mut pre_hashes = Vec::with_capacity(apov.slabs.len());
		// Whether the outcome will wait in `Pending`: a slab for a later sequence than the actor's next.
		let mut waits = false;
		for (slab, (_, actor, _)) in apov.slabs.iter().zip(&actors) {
			ensure!(
				slab.sequence > actor.sequence,
				charge.before_replay(Error::<T>::StaleSequence)
			);
			// Time never goes backwards for an actor (a pending APoV is checked again at canonicalisation).
			ensure!(
				apov.context.now >= actor.now,
				charge.before_replay(Error::<T>::ContextBeforeActor)
			);
			let pre_hash = blake2_256(&slab.pre);
			if slab.sequence == actor.sequence.saturating_add(1) {
				ensure!(
					pre_hash == actor.state_hash,
					charge.before_replay(Error::<T>::PreStateMismatch)
				);
			} else {
				waits = true;
			}
			pre_hashes.push(pre_hash);
			let index = match compiled.iter().position(|(hash, _, _)| *hash == actor.code_hash) {
				Some(index) => index,
				None => {
					let blob = Codes::<T>::get(actor.code_hash)
						.ok_or(charge.before_replay(Error::<T>::CodeNotFound))?;
					let code = machine
						.load(&blob)
						.map_err(|e| charge.before_replay(Error::<T>::from_code(e)))?;
					compiled.push((actor.code_hash, code, blob.len()));
					compiled.len() - 1
				}
			};
			let (_, code, bytes) = &compiled[index];
			loaded = loaded.saturating_add(Self::code_weight(CodeShape::of(*bytes, code.info())));
			code_of.push(index);
		}
		// A submission that will wait needs a pending slot: without one it is refused before replay, so that
		// whoever fills the queue cannot make others pay for replays that cannot be kept.
		// And one branch of each actor waits at a time; each account holds a bounded number of slots, and a
		// deposit for each.
		if !waits {
			charge.no_slot();
		}
		// A signed call's nonce is used when its APoV is accepted: one built on a pending state could expire
		// without running it, or be overtaken by a later call number, so it must run on the actors' current state.
		let signed = apov.agenda.iter().any(|item| matches!(item.entry, Invocation::SignedCall(_)));
		ensure!(!(waits && signed), charge.before_replay(Error::<T>::SignedCallMustNotWait));
		if waits {
			let pending = PendingOrder::<T>::decode_len().unwrap_or(0);
			ensure!(
				pending < T::MaxPending::get() as usize,
				charge.before_replay(Error::<T>::PendingFull)
			);
			ensure!(
				PendingCount::<T>::get(&who) < T::MaxPendingPerAccount::get(),
				charge.before_replay(Error::<T>::TooManyPending)
			);
			for slab in &apov.slabs {
				ensure!(
					!PendingSlots::<T>::contains_key((slab.actor, slab.sequence)),
					charge.before_replay(Error::<T>::SequenceAlreadyPending)
				);
			}
			<T::Currency as frame_support::traits::fungible::InspectHold<_>>::ensure_can_hold(
				&HoldReason::PendingDeposit.into(),
				&who,
				T::PendingDeposit::get(),
			)
			.map_err(|_| charge.before_replay(Error::<T>::CannotHoldPendingDeposit))?;
		}
		let checks = Self::check_signed_calls(&apov).map_err(|e| charge.before_replay(e))?;
		charge.signatures_checked(checks);
		let code_refs: Vec<_> = code_of.iter().map(|i| &compiled[*i].1).collect();
		// From here on, the slabs' codes are charged, not the largest, and only the inspectors they export.
		charge.codes_loaded(loaded.saturating_add(Self::inspectors_weight(&apov, |index| {
			let (_, code, bytes) = &compiled[code_of[index]];
			code.info().has_payout.then(|| CodeShape::of(*bytes, code.info()))
		})));
		// Replay. A failure here pays for all the fuel it was given; a rejection after a successful replay (the
		// chain changed under it: a recipient, an upgrade's code, the pending queue) pays for the fuel it used.
		// A delta `post` is expanded (and found not canonical, or too large) before anything runs.
		// A dry run keeps what the actors printed before a refusal too (the dispatchable drops it).
		let mut trace = trace;
		let execution = coreplay_vm::validate_pov_logged(&machine, &apov, &code_refs, fuel_limit)
			.map_err(|(e, log)| {
			if let Some(trace) = trace.as_deref_mut() {
				trace.log = log.into_bytes();
			}
			match e {
				PovError::BadPostDelta(_) | PovError::SlabTooLarge => {
					charge.before_replay(Error::<T>::from_pov(e))
				}
				_ => charge.after_replay(Error::<T>::from_pov(e), fuel_limit),
			}
		})?;
		if let Some(trace) = trace {
			*trace = ReplayTrace {
				replayed: true,
				log: execution.log.clone().into_bytes(),
				call_outputs: execution.call_outputs.clone(),
				events: execution.events.clone(),
				fuel_used: execution.fuel_used,
			};
		}
		let mut fuel_used = execution.fuel_used;

		let mut slabs = BoundedVec::<SlabOutcome, MaxActors<T>>::new();
		for (index, (((slab, code), consumed), pre_hash)) in apov
			.slabs
			.iter()
			.zip(&code_refs)
			.zip(&execution.inbox_consumed)
			.zip(pre_hashes)
			.enumerate()
		{
			// The full snapshot, whether the slab carried it or a delta against `pre`.
			let post = execution.post(&apov, index);
			let post_hash = blake2_256(post);
			sp_io::offchain_index::set(&state_key(&post_hash), post);
			// The inspector's own fuel; all of `InspectorFuel` if it fails (it pays nothing then).
			let inspection = machine.payout(
				code,
				slab.actor,
				&slab.pre,
				apov.context.now,
				T::InspectorFuel::get(),
			);
			let (payout, inspector_fuel) = match inspection {
				Ok(Some(payout)) => (payout.amount, payout.fuel_used),
				Ok(None) => (0, 0),
				Err(_) => (0, T::InspectorFuel::get()),
			};
			fuel_used = fuel_used.saturating_add(inspector_fuel);
			let upgrade =
				execution.code_upgrades.iter().find(|(a, _)| *a == slab.actor).map(|(_, h)| *h);
			if let Some(hash) = upgrade {
				ensure!(
					CodeInfoOf::<T>::contains_key(hash),
					charge.after_replay(Error::<T>::UnknownUpgradeCode, fuel_used)
				);
			}
			let outcome = SlabOutcome {
				actor: slab.actor,
				sequence: slab.sequence,
				code_hash: compiled[code_of[index]].0,
				pre_hash,
				post_hash,
				inbox_consumed: *consumed,
				inbox_hash: blake2_256(&apov.inbox_of(slab.actor).to_vec().encode()),
				code_upgrade: upgrade,
				payout,
			};
			slabs
				.try_push(outcome)
				.map_err(|_| charge.after_replay(Error::<T>::TooManyActors, fuel_used))?;
		}
		let mut outbox = BoundedVec::new();
		for message in execution.outbox {
			ensure!(
				Actors::<T>::contains_key(message.to),
				charge.after_replay(Error::<T>::UnknownRecipient, fuel_used)
			);
			let data = message
				.data
				.try_into()
				.map_err(|_| charge.after_replay(Error::<T>::MessageTooLarge, fuel_used))?;
			outbox
				.try_push((message.to, StoredMessage { from: message.from, data }))
				.map_err(|_| charge.after_replay(Error::<T>::TooManyMessages, fuel_used))?;
		}
		let mut events = EventsOf::<T>::new();
		for event in execution.events {
			let stored = StoredEvent {
				actor: event.actor,
				topics: event
					.topics
					.try_into()
					.map_err(|_| charge.after_replay(Error::<T>::EventTooLarge, fuel_used))?,
				data: event
					.data
					.try_into()
					.map_err(|_| charge.after_replay(Error::<T>::EventTooLarge, fuel_used))?,
			};
			events
				.try_push(stored)
				.map_err(|_| charge.after_replay(Error::<T>::TooManyEvents, fuel_used))?;
		}
		let transfers: TransfersOf<T> = execution
			.transfers
			.try_into()
			.map_err(|_| charge.after_replay(Error::<T>::TooManyTransfers, fuel_used))?;
		let outcome = ApovOutcome {
			submitter: who,
			deposit: Zero::zero(),
			validated_at: frame_system::Pallet::<T>::block_number(),
			now: apov.context.now,
			slabs,
			outbox: OutboxShape::of(&outbox),
			open,
		};
		charge.outbox_known(
			Self::outcome_messages_weight(&outcome)
				.saturating_add(Self::account_messages_weight(Self::account_messages(&apov)))
				.saturating_add(Self::events_weight(events.len() as u32))
				.saturating_add(Self::transfers_weight(transfers.len() as u32)),
		);

		// Payments are checked now whatever else waits: an APoV its actors cannot pay for is refused.
		if let Readiness::Expired(reason) = Self::transfers_readiness(&transfers) {
			return Err(charge.after_replay(Error::<T>::from_expiry(reason), fuel_used));
		}
		let readiness = match Self::readiness(&outcome) {
			Readiness::Ready => Self::delivery_readiness(&outcome, &outbox),
			other => other,
		};
		let submitter = outcome.submitter.clone();
		let status = match readiness {
			Readiness::Ready => {
				Self::canonicalise(outcome, Effects { outbox, events, transfers }, None);
				ApovStatus::Canonicalised
			}
			Readiness::Wait => {
				let actors = outcome.slabs.iter().map(|slab| slab.actor).collect::<Vec<_>>();
				let id = Self::keep_pending(outcome, Effects { outbox, events, transfers })
					.map_err(|e| charge.after_replay(e, fuel_used))?;
				// Its actors are scheduled in this block even though they do not advance yet.
				let now = Self::now();
				for actor in actors {
					Actors::<T>::mutate(actor, |info| {
						if let Some(info) = info {
							info.scheduled_at = now;
						}
					});
				}
				ApovStatus::Pending(id)
			}
			Readiness::Expired(reason) => {
				return Err(charge.after_replay(Error::<T>::from_expiry(reason), fuel_used))
			}
		};
		Self::record_admission(&submitter, admission);
		// Pending outcomes this one made ready are checked in the block's hooks (`on_idle`, then the next
		// block's `on_initialize`), not here: no submission declares a reserve for others' outcomes.
		let actual = charge.succeeded(fuel_used);
		Ok(Submitted { status, fuel_used, weight: actual })
	}

	/// Checks `apov`'s signed calls in Agenda order (issue 27): each signature is its signer's over this chain's
	/// genesis hash, the item's actor, its nonce and its input (`SignedCall::verified_form`, the host's crypto),
	/// and each nonce is the signer's next call number to that actor (`CallNonces`), which it counts up.
	/// `submit_apov` is transactional, so a later refusal undoes the count. Answers the weight of the checks made:
	/// `Pallet::signed_call_weight` of each call's scheme and form, and `Pallet::signed_inputs_weight`.
	///
	/// # Errors
	/// [`Error::BadCallSignature`] or [`Error::CallNonceMismatch`] for the first call that fails (charged as
	/// declared, every call in its costlier form).
	pub(crate) fn check_signed_calls(apov: &ActorPov) -> Result<Weight, Error<T>> {
		let mut genesis = None;
		let mut checks = Self::signed_inputs_weight(apov);
		for item in &apov.agenda {
			let Invocation::SignedCall(call) = &item.entry else { continue };
			let genesis = *genesis.get_or_insert_with(Self::genesis_hash);
			let form =
				call.verified_form(&genesis, item.actor).ok_or(Error::<T>::BadCallSignature)?;
			let next = CallNonces::<T>::get(&call.signer, item.actor);
			ensure!(call.nonce == next, Error::<T>::CallNonceMismatch);
			let after = next.checked_add(1).ok_or(Error::<T>::CallNonceMismatch)?;
			CallNonces::<T>::insert(&call.signer, item.actor, after);
			checks = checks.saturating_add(Self::signed_call_weight(call.scheme(), form));
		}
		Ok(checks)
	}

	/// This chain's genesis hash, as signed calls bind it (what `frame_system`'s `CheckGenesis` checks
	/// transactions against, and polkadot-js' `api.genesisHash`).
	pub fn genesis_hash() -> coreplay_primitives::H256 {
		let hash = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		coreplay_primitives::H256::from_slice(hash.as_ref())
	}

	/// Runs `submit_apov` for `who` as in the next block (where a submission made now lands) and rolls every
	/// storage change back: what would happen, and at what cost.
	///
	/// Bounded for callers who pay nothing (the `ActorsApi` runtime API, reachable through a node's safe
	/// `state_call`): an APoV longer than `MaxDryRunApovBytes` is refused (`DryRunApovTooLarge`) before it is
	/// validated, and a `fuel_limit` above `MaxDryRunFuel` (up to `MaxFuel`; above is `FuelLimitTooHigh`, as in
	/// `submit_apov`) is lowered to it: running out of that fuel is `DryRunFuelCapReached`, and the result's
	/// weights are those of the lowered limit.
	pub fn dry_run_apov(who: T::AccountId, apov: ActorPov, fuel_limit: u64) -> DryRun {
		use frame_support::storage::{with_transaction, TransactionOutcome};
		let declared = Self::submit_weight(&apov, fuel_limit);
		if apov.encoded_size() > T::MaxDryRunApovBytes::get() as usize {
			let error = Error::<T>::DryRunApovTooLarge.into();
			return DryRun {
				declared_weight: declared,
				result: Err((error, declared)),
				trace: ReplayTrace::default(),
			};
		}
		// The core's bound, on the `fuel_limit` asked for (the capped one below would declare less).
		if !Self::core_weight(&apov, fuel_limit).all_lte(T::CoreWeight::get()) {
			let error = Error::<T>::CoreOverweight.into();
			let charged = T::WeightInfo::admit(apov.slabs.len() as u32);
			return DryRun {
				declared_weight: declared,
				result: Err((error, charged)),
				trace: ReplayTrace::default(),
			};
		}
		let cap = T::MaxDryRunFuel::get();
		let capped = fuel_limit > cap && fuel_limit <= T::MaxFuel::get();
		let fuel = if capped { cap } else { fuel_limit };
		// As in the next block, where a submission made now is included: the actors advanced in this block and
		// its cores are free again there, and its rotation applies (rolled back with the rest).
		let mut trace = ReplayTrace::default();
		let result: Result<Result<Submitted, DispatchErrorWithPostInfo>, DispatchError> =
			with_transaction(|| {
				// `initialize` (the public way to move a block on) records the parent hash under the current
				// block's number; its own entry (block 0's: the genesis hash signed calls bind) is kept.
				let block = frame_system::Pallet::<T>::block_number();
				let hash = frame_system::BlockHash::<T>::get(block);
				frame_system::Pallet::<T>::initialize(
					&block.saturating_add(One::one()),
					&frame_system::Pallet::<T>::parent_hash(),
					&Default::default(),
				);
				frame_system::BlockHash::<T>::insert(block, hash);
				// And the pallet's `on_initialize` of that block runs first: it checks the pending outcomes (one an
				// APoV of this block made ready is canonicalised there, before a submission made now) and, at a
				// rotation boundary, fixes the rotation after the next.
				<Self as frame_support::traits::Hooks<BlockNumberFor<T>>>::on_initialize(
					block.saturating_add(One::one()),
				);
				TransactionOutcome::Rollback(Ok(Self::submit_traced(
					who,
					apov,
					fuel,
					Some(&mut trace),
				)))
			});
		let out_of_fuel: DispatchError = Error::<T>::OutOfFuel.into();
		let result = match result {
			Ok(Err(mut e)) if capped && e.error == out_of_fuel => {
				e.error = Error::<T>::DryRunFuelCapReached.into();
				Ok(Err(e))
			}
			other => other,
		};
		match result {
			Ok(Ok(submitted)) => DryRun { declared_weight: declared, result: Ok(submitted), trace },
			Ok(Err(e)) => DryRun {
				declared_weight: declared,
				result: Err((e.error, e.post_info.actual_weight.unwrap_or(declared))),
				trace,
			},
			Err(e) => DryRun { declared_weight: declared, result: Err((e, declared)), trace },
		}
	}

	/// What `upload_code(code)` signed by `origin` would do, with no state change (issue 30: check a code
	/// against this chain's limits before its deposit is at stake; `ActorsApi::dry_run_upload_code`): the code's
	/// hash and the deposit it would hold (0 if the code is stored already, as nothing more is held), or the
	/// dispatchable's error (every upload rule's, `CodeTooLarge`, or the deposit's). Bounded as the extrinsic
	/// is: longer code is refused before it is read.
	pub fn dry_run_upload_code(
		origin: T::AccountId,
		code: Vec<u8>,
	) -> Result<(coreplay_primitives::CodeHash, BalanceOf<T>), DispatchError> {
		use frame_support::storage::{with_transaction, TransactionOutcome};
		let code_hash = blake2_256(&code);
		let stored = CodeInfoOf::<T>::contains_key(code_hash);
		with_transaction(|| {
			let result = Self::upload_code(frame_system::RawOrigin::Signed(origin).into(), code)
				.map_err(|e| e.error)
				.map(|_| {
					let held = CodeInfoOf::<T>::get(code_hash).map(|info| info.deposit);
					(code_hash, if stored { Zero::zero() } else { held.unwrap_or_default() })
				});
			TransactionOutcome::Rollback(Ok::<_, DispatchError>(result))
		})?
	}

	/// What `create_actor(code_hash, args)` signed by `origin` would do, with no state change
	/// (`ActorsApi::dry_run_create_actor`): the task id and initial state hash the actor would get (its `init` run
	/// with `CreationFuel`), or the dispatchable's error (`CodeNotFound`, `ArgsTooLarge`, the deposit's, or the
	/// execution error of an `init` that fails: `ActorTrapped`, `OutOfFuel`, ...).
	pub fn dry_run_create_actor(
		origin: T::AccountId,
		code_hash: coreplay_primitives::CodeHash,
		args: Vec<u8>,
	) -> Result<(TaskId, StateHash), DispatchError> {
		use frame_support::storage::{with_transaction, TransactionOutcome};
		with_transaction(|| {
			let task = NextTaskId::<T>::get();
			let result =
				Self::create_actor(frame_system::RawOrigin::Signed(origin).into(), code_hash, args)
					.map_err(|e| e.error)
					.and_then(|_| {
						let info = Actors::<T>::get(task).ok_or(Error::<T>::UnknownActor)?;
						Ok((task, info.state_hash))
					});
			TransactionOutcome::Rollback(Ok::<_, DispatchError>(result))
		})?
	}

	pub(crate) fn fail(error: Error<T>, weight: Weight) -> DispatchErrorWithPostInfo {
		DispatchErrorWithPostInfo {
			post_info: PostDispatchInfo { actual_weight: Some(weight), pays_fee: Pays::Yes },
			error: error.into(),
		}
	}
}
