//! Outcomes and the pending queue: readiness (RFC "expires when"), canonicalisation (state hashes, sequences,
//! inboxes, upgrades, payouts), delivery of messages, and the views the runtime API gives of them.

use super::*;

/// Whether an outcome can be canonicalised now.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Readiness {
	Ready,
	Wait,
	Expired(ExpiryReason),
}

impl<T: Config> Pallet<T> {
	/// An actor's waiting messages, oldest first (for [`runtime_api::ActorsApi::inbox`]).
	pub fn inbox(task: TaskId) -> Vec<Message> {
		let queue = InboxQueues::<T>::get(task);
		(0..queue.len)
			.filter_map(|i| InboxMessages::<T>::get(task, queue.position(i)))
			.map(|m| Message { from: m.from, data: m.data.into_inner() })
			.collect()
	}

	/// The pending APoVs in checking order (for [`runtime_api::ActorsApi::pending`]).
	pub fn pending() -> Vec<runtime_api::PendingView> {
		PendingOrder::<T>::get()
			.into_iter()
			.filter_map(|id| {
				let outcome = Pending::<T>::get(id)?;
				let slabs = outcome.slabs.iter().map(|s| (s.actor, s.sequence)).collect();
				Some(runtime_api::PendingView { id, slabs })
			})
			.collect()
	}

	/// The account of actor `task`, which pays its payouts: `PalletId` sub-account `task`.
	pub fn actor_account(task: TaskId) -> T::AccountId {
		T::PalletId::get().into_sub_account_truncating(task)
	}

	/// Appends a message to `to`'s inbox, within `MaxInboxLen` and `from`'s `MaxInboxPerSender` there: one
	/// message item written, the queue and the sender's count read and written.
	pub(crate) fn deliver(from: TaskId, to: TaskId, data: Vec<u8>) -> Result<(), Error<T>> {
		ensure!(Actors::<T>::contains_key(to), Error::<T>::UnknownRecipient);
		let data = data.try_into().map_err(|_| Error::<T>::MessageTooLarge)?;
		ensure!(
			InboxSenders::<T>::get(to, from) < T::MaxInboxPerSender::get(),
			Error::<T>::SenderQuotaFull
		);
		let mut queue = InboxQueues::<T>::get(to);
		ensure!(queue.len < T::MaxInboxLen::get(), Error::<T>::InboxFull);
		InboxMessages::<T>::insert(to, queue.position(queue.len), StoredMessage { from, data });
		queue.len += 1;
		InboxQueues::<T>::insert(to, queue);
		InboxSenders::<T>::mutate(to, from, |count| count.saturating_inc());
		Self::deposit_event(Event::MessageDelivered { from, to });
		Ok(())
	}

	/// Whether `outcome`'s slabs can be canonicalised now, must wait, or have expired (RFC "expires when"):
	/// its actors' sequences, states, codes and `now`, read from `Actors` only. [`Self::delivery_readiness`]
	/// checks the inboxes once this says `Ready`.
	pub(crate) fn readiness(outcome: &OutcomeOf<T>) -> Readiness {
		let mut wait = false;
		for slab in &outcome.slabs {
			let Some(actor) = Actors::<T>::get(slab.actor) else {
				return Readiness::Expired(ExpiryReason::ActorRemoved);
			};
			if actor.sequence >= slab.sequence {
				return Readiness::Expired(ExpiryReason::SequenceReached);
			}
			// It ran the actor's code of its validation: after an upgrade it never can be canonicalised.
			if actor.code_hash != slab.code_hash {
				return Readiness::Expired(ExpiryReason::CodeChanged);
			}
			if actor.now > outcome.now {
				return Readiness::Expired(ExpiryReason::TimeWentBackwards);
			}
			if actor.sequence.saturating_add(1) == slab.sequence {
				if actor.state_hash != slab.pre_hash {
					return Readiness::Expired(ExpiryReason::PreStateChanged);
				}
			} else {
				wait = true;
			}
		}
		if wait {
			Readiness::Wait
		} else {
			Readiness::Ready
		}
	}

	/// For an outcome whose slabs are ready ([`Self::readiness`]): whether its consumed messages are still the
	/// first of its actors' inboxes, its upgrades' codes are stored, and `outbox` fits its recipients' inboxes
	/// and its senders' quotas there once the consumed messages are gone. Reads each consumed message once
	/// (charged by [`Self::messages_weight`]).
	pub(crate) fn delivery_readiness(outcome: &OutcomeOf<T>, outbox: &OutboxOf<T>) -> Readiness {
		// Messages each (recipient, sender) pair loses to consumption, for the senders' quotas below.
		let mut consumed_from: Vec<((TaskId, TaskId), u32)> = Vec::new();
		fn add(counts: &mut Vec<((TaskId, TaskId), u32)>, key: (TaskId, TaskId), n: u32) {
			match counts.iter_mut().find(|(k, _)| *k == key) {
				Some((_, count)) => *count = count.saturating_add(n),
				None => counts.push((key, n)),
			}
		}
		for slab in &outcome.slabs {
			let queue = InboxQueues::<T>::get(slab.actor);
			if queue.len < slab.inbox_consumed {
				return Readiness::Expired(ExpiryReason::InboxChanged);
			}
			let mut messages = Vec::with_capacity(slab.inbox_consumed as usize);
			for i in 0..slab.inbox_consumed {
				let Some(message) = InboxMessages::<T>::get(slab.actor, queue.position(i)) else {
					return Readiness::Expired(ExpiryReason::InboxChanged);
				};
				add(&mut consumed_from, (slab.actor, message.from), 1);
				messages.push(Message { from: message.from, data: message.data.into_inner() });
			}
			if blake2_256(&messages.encode()) != slab.inbox_hash {
				return Readiness::Expired(ExpiryReason::InboxChanged);
			}
			if let Some(hash) = slab.code_upgrade {
				if !CodeInfoOf::<T>::contains_key(hash) {
					return Readiness::Expired(ExpiryReason::UnknownUpgradeCode);
				}
			}
		}
		// Room in every recipient's inbox once consumed messages are gone, and within each sender's quota
		// there.
		let mut recipients: Vec<(TaskId, u32)> = Vec::new();
		let mut senders: Vec<((TaskId, TaskId), u32)> = Vec::new();
		for (to, message) in outbox {
			match recipients.iter_mut().find(|(t, _)| t == to) {
				Some((_, n)) => *n += 1,
				None => recipients.push((*to, 1)),
			}
			add(&mut senders, (*to, message.from), 1);
		}
		for (to, incoming) in recipients {
			if !Actors::<T>::contains_key(to) {
				return Readiness::Expired(ExpiryReason::UndeliverableMessage);
			}
			let consumed =
				outcome.slabs.iter().find(|s| s.actor == to).map_or(0, |s| s.inbox_consumed);
			let len = InboxQueues::<T>::get(to).len.saturating_sub(consumed);
			if len.saturating_add(incoming) > T::MaxInboxLen::get() {
				return Readiness::Expired(ExpiryReason::UndeliverableMessage);
			}
		}
		for ((to, from), incoming) in senders {
			let waiting = InboxSenders::<T>::get(to, from).saturating_sub(
				consumed_from.iter().find(|(k, _)| *k == (to, from)).map_or(0, |e| e.1),
			);
			if waiting.saturating_add(incoming) > T::MaxInboxPerSender::get() {
				return Readiness::Expired(ExpiryReason::SenderQuotaFull);
			}
		}
		Readiness::Ready
	}

	/// Frees pending outcome `id`'s slots (its (actor, sequence) pairs and one of its submitter's) and its
	/// deposit: released, or burned if `burn` (it built on a state that lost).
	fn free_slot(id: u32, outcome: &OutcomeOf<T>, burn: bool) {
		for slab in &outcome.slabs {
			PendingSlots::<T>::remove((slab.actor, slab.sequence));
		}
		PendingCount::<T>::mutate_exists(&outcome.submitter, |count| {
			*count = count.and_then(|n| n.checked_sub(1)).filter(|n| *n > 0);
		});
		let reason = HoldReason::PendingDeposit.into();
		if burn {
			let burned = T::Currency::burn_held(
				&reason,
				&outcome.submitter,
				outcome.deposit,
				Precision::BestEffort,
				Fortitude::Force,
			)
			.unwrap_or_else(|_| Zero::zero());
			Self::deposit_event(Event::PendingDepositBurned {
				id,
				submitter: outcome.submitter.clone(),
				amount: burned,
			});
		} else {
			// Best effort: the hold holds at least this much, unless the runtime changed it under the outcome.
			let _released = T::Currency::release(
				&reason,
				&outcome.submitter,
				outcome.deposit,
				Precision::BestEffort,
			);
		}
	}

	/// Keeps `outcome` waiting under a new pending id: its outbox in `PendingOutboxes` (if it sends any), a
	/// slot per (actor, sequence) and one of `MaxPendingPerAccount` for its submitter, and `PendingDeposit`
	/// held. The caller checked `PendingSlots`, `PendingCount` and `PendingOrder`'s room.
	///
	/// # Errors
	/// `PendingFull`, `CannotHoldPendingDeposit`; nothing is written then.
	pub(crate) fn keep_pending(
		mut outcome: OutcomeOf<T>,
		outbox: OutboxOf<T>,
	) -> Result<u32, Error<T>> {
		let id = NextPendingId::<T>::get();
		let mut order = PendingOrder::<T>::get();
		order.try_push(id).map_err(|_| Error::<T>::PendingFull)?;
		let deposit = T::PendingDeposit::get();
		T::Currency::hold(&HoldReason::PendingDeposit.into(), &outcome.submitter, deposit)
			.map_err(|_| Error::<T>::CannotHoldPendingDeposit)?;
		PendingOrder::<T>::put(order);
		NextPendingId::<T>::put(id.wrapping_add(1));
		outcome.deposit = deposit;
		for slab in &outcome.slabs {
			PendingSlots::<T>::insert((slab.actor, slab.sequence), id);
		}
		PendingCount::<T>::mutate(&outcome.submitter, |count| count.saturating_inc());
		if !outbox.is_empty() {
			PendingOutboxes::<T>::insert(id, outbox);
		}
		let submitter = outcome.submitter.clone();
		Pending::<T>::insert(id, outcome);
		Self::deposit_event(Event::ApovPending { id, submitter });
		Ok(id)
	}

	/// Applies a ready outcome (callers check [`Self::readiness`] and [`Self::delivery_readiness`] first):
	/// its actors' states, sequences, `now` and upgrades, their consumed messages taken from their inboxes,
	/// `outbox` delivered, payouts paid.
	pub(crate) fn canonicalise(outcome: OutcomeOf<T>, outbox: OutboxOf<T>, pending: Option<u32>) {
		let actors = outcome.slabs.len() as u32;
		for slab in &outcome.slabs {
			Actors::<T>::mutate(slab.actor, |actor| {
				let Some(actor) = actor else { return };
				actor.sequence = slab.sequence;
				actor.state_hash = slab.post_hash;
				actor.now = outcome.now;
				if let Some(new) = slab.code_upgrade {
					CodeInfoOf::<T>::mutate(actor.code_hash, |info| {
						if let Some(info) = info {
							info.refcount.saturating_dec();
						}
					});
					CodeInfoOf::<T>::mutate(new, |info| {
						if let Some(info) = info {
							info.refcount.saturating_inc();
						}
					});
					actor.code_hash = new;
					Self::deposit_event(Event::CodeUpgraded { task: slab.actor, code_hash: new });
				}
			});
			if slab.inbox_consumed > 0 {
				let queue = InboxQueues::<T>::get(slab.actor);
				let consumed = slab.inbox_consumed.min(queue.len);
				for i in 0..consumed {
					if let Some(message) = InboxMessages::<T>::take(slab.actor, queue.position(i)) {
						InboxSenders::<T>::mutate_exists(slab.actor, message.from, |count| {
							*count = count.and_then(|n| n.checked_sub(1)).filter(|n| *n > 0);
						});
					}
				}
				let queue =
					InboxQueue { head: queue.position(consumed), len: queue.len - consumed };
				if queue.len == 0 {
					InboxQueues::<T>::remove(slab.actor);
				} else {
					InboxQueues::<T>::insert(slab.actor, queue);
				}
			}
			Self::deposit_event(Event::ActorAdvanced {
				task: slab.actor,
				sequence: slab.sequence,
				state_hash: slab.post_hash,
			});
		}
		for (to, message) in outbox {
			// Readiness checked the room; a failure here would be a bug, so it is logged, not panicked on.
			if Self::deliver(message.from, to, message.data.into_inner()).is_err() {
				log::error!(target: "runtime::actors", "message to {to} not delivered despite readiness");
			}
		}
		for slab in &outcome.slabs {
			if slab.payout == 0 {
				continue;
			}
			let account = Self::actor_account(slab.actor);
			let available = T::Currency::reducible_balance(
				&account,
				Preservation::Expendable,
				Fortitude::Polite,
			);
			let amount = available.min(slab.payout.saturated_into());
			if amount == Default::default() {
				continue;
			}
			if T::Currency::transfer(&account, &outcome.submitter, amount, Preservation::Expendable)
				.is_ok()
			{
				Self::deposit_event(Event::PayoutPaid {
					task: slab.actor,
					to: outcome.submitter.clone(),
					amount,
				});
			}
		}
		Self::deposit_event(Event::ApovCanonicalised {
			submitter: outcome.submitter,
			pending,
			actors,
		});
	}

	/// Checks pending outcomes in submission order, canonicalising ready ones and dropping expired ones, until a
	/// pass changes nothing or the next step would take more than `budget`. Reading and writing the queue costs
	/// one read and one write (nothing is touched if `budget` is less); each outcome read costs
	/// [`Self::pending_check_weight`] (its slabs' actors; the outbox is not read); one whose slabs are ready
	/// costs its [`Self::outcome_messages_weight`] more (its consumed messages and its outbox read, its
	/// messages delivered), and waits for a later call if the budget does not cover that. Returns the weight
	/// used.
	pub fn process_pending(budget: Weight) -> Weight {
		let mut used = T::DbWeight::get().reads_writes(1, 1);
		if used.any_gt(budget) {
			return Weight::zero();
		}
		let mut order = PendingOrder::<T>::get();
		let now = frame_system::Pallet::<T>::block_number();
		let check = Self::pending_check_weight();
		loop {
			let mut progressed = false;
			let mut i = 0;
			while i < order.len() {
				if used.saturating_add(check).any_gt(budget) {
					PendingOrder::<T>::put(order);
					return used;
				}
				used.saturating_accrue(check);
				let id = order[i];
				let Some(outcome) = Pending::<T>::get(id) else {
					order.remove(i);
					continue;
				};
				let timed_out =
					now > outcome.validated_at.saturating_add(T::PendingLifetime::get());
				let mut readiness = match Self::readiness(&outcome) {
					Readiness::Wait if timed_out => Readiness::Expired(ExpiryReason::TimedOut),
					other => other,
				};
				let mut outbox = OutboxOf::<T>::new();
				if readiness == Readiness::Ready {
					let messages = Self::outcome_messages_weight(&outcome);
					if used.saturating_add(messages).any_gt(budget) {
						// Its delivery does not fit: it waits, unchanged, for a larger budget.
						PendingOrder::<T>::put(order);
						return used;
					}
					used.saturating_accrue(messages);
					outbox = PendingOutboxes::<T>::take(id).unwrap_or_default();
					readiness = Self::delivery_readiness(&outcome, &outbox);
				}
				match readiness {
					Readiness::Wait => i += 1,
					Readiness::Ready => {
						order.remove(i);
						Pending::<T>::remove(id);
						Self::free_slot(id, &outcome, false);
						Self::canonicalise(outcome, outbox, Some(id));
						progressed = true;
					}
					Readiness::Expired(reason) => {
						order.remove(i);
						Pending::<T>::remove(id);
						PendingOutboxes::<T>::remove(id);
						Self::free_slot(id, &outcome, reason == ExpiryReason::PreStateChanged);
						Self::deposit_event(Event::ApovExpired { id, reason });
					}
				}
			}
			if !progressed {
				break;
			}
		}
		PendingOrder::<T>::put(order);
		used
	}
}
