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
		Inboxes::<T>::get(task)
			.into_iter()
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

	/// Appends a message to `to`'s inbox, within `MaxInboxLen` and `from`'s `MaxInboxPerSender` there.
	pub(crate) fn deliver(from: TaskId, to: TaskId, data: Vec<u8>) -> Result<(), Error<T>> {
		ensure!(Actors::<T>::contains_key(to), Error::<T>::UnknownRecipient);
		let data = data.try_into().map_err(|_| Error::<T>::MessageTooLarge)?;
		ensure!(
			InboxSenders::<T>::get(to, from) < T::MaxInboxPerSender::get(),
			Error::<T>::SenderQuotaFull
		);
		Inboxes::<T>::try_mutate(to, |inbox| inbox.try_push(StoredMessage { from, data }))
			.map_err(|_| Error::<T>::InboxFull)?;
		InboxSenders::<T>::mutate(to, from, |count| count.saturating_inc());
		Self::deposit_event(Event::MessageDelivered { from, to });
		Ok(())
	}

	/// Whether `outcome` can be canonicalised now, must wait, or has expired (RFC "expires when").
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
			return Readiness::Wait;
		}
		// Messages each (recipient, sender) pair loses to consumption, for the senders' quotas below.
		let mut consumed_from: Vec<((TaskId, TaskId), u32)> = Vec::new();
		fn add(counts: &mut Vec<((TaskId, TaskId), u32)>, key: (TaskId, TaskId), n: u32) {
			match counts.iter_mut().find(|(k, _)| *k == key) {
				Some((_, count)) => *count = count.saturating_add(n),
				None => counts.push((key, n)),
			}
		}
		for slab in &outcome.slabs {
			let inbox = Inboxes::<T>::get(slab.actor);
			let Some(prefix) = inbox.get(..slab.inbox_consumed as usize) else {
				return Readiness::Expired(ExpiryReason::InboxChanged);
			};
			for message in prefix {
				add(&mut consumed_from, (slab.actor, message.from), 1);
			}
			let messages: Vec<Message> =
				prefix.iter().map(|m| Message { from: m.from, data: m.data.to_vec() }).collect();
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
		for (to, message) in &outcome.outbox {
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
			let len = (Inboxes::<T>::decode_len(to).unwrap_or(0) as u32).saturating_sub(consumed);
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

	/// Applies a ready outcome (callers check [`Self::readiness`] first).
	pub(crate) fn canonicalise(outcome: OutcomeOf<T>, pending: Option<u32>) {
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
				Inboxes::<T>::mutate(slab.actor, |inbox| {
					for message in inbox.iter().take(slab.inbox_consumed as usize) {
						InboxSenders::<T>::mutate_exists(slab.actor, message.from, |count| {
							*count = count.and_then(|n| n.checked_sub(1)).filter(|n| *n > 0);
						});
					}
					let keep: Vec<_> =
						inbox.iter().skip(slab.inbox_consumed as usize).cloned().collect();
					*inbox = BoundedVec::truncate_from(keep);
				});
			}
			Self::deposit_event(Event::ActorAdvanced {
				task: slab.actor,
				sequence: slab.sequence,
				state_hash: slab.post_hash,
			});
		}
		for (to, message) in outcome.outbox {
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
	/// pass changes nothing or `budget` checks are spent. Returns the number of checks made.
	pub fn process_pending(budget: u32) -> u32 {
		let mut order = PendingOrder::<T>::get();
		let now = frame_system::Pallet::<T>::block_number();
		let mut checks = 0u32;
		loop {
			let mut progressed = false;
			let mut i = 0;
			while i < order.len() {
				if checks >= budget {
					PendingOrder::<T>::put(order);
					return checks;
				}
				checks += 1;
				let id = order[i];
				let Some(outcome) = Pending::<T>::get(id) else {
					order.remove(i);
					continue;
				};
				let timed_out =
					now > outcome.validated_at.saturating_add(T::PendingLifetime::get());
				let readiness = match Self::readiness(&outcome) {
					Readiness::Wait if timed_out => Readiness::Expired(ExpiryReason::TimedOut),
					other => other,
				};
				match readiness {
					Readiness::Wait => i += 1,
					Readiness::Ready => {
						order.remove(i);
						Pending::<T>::remove(id);
						Self::free_slot(id, &outcome, false);
						Self::canonicalise(outcome, Some(id));
						progressed = true;
					}
					Readiness::Expired(reason) => {
						order.remove(i);
						Pending::<T>::remove(id);
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
		checks
	}
}
