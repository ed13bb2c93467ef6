//! Outcomes and the pending queue: readiness (RFC "expires when"), canonicalisation (state hashes, sequences,
//! inboxes, upgrades, payouts), delivery of messages, and the views the runtime API gives of them.

use super::*;
use coreplay_primitives::Sender;

/// What an outcome does besides advancing its actors, kept apart from it while it waits (`PendingOutboxes`,
/// `PendingEvents`, `PendingTransfers`): the messages it sends, the events it emits, the payments it makes.
pub(crate) struct Effects<T: Config> {
	pub outbox: OutboxOf<T>,
	pub events: EventsOf<T>,
	pub transfers: TransfersOf<T>,
}

impl<T: Config> Effects<T> {
	/// What waits for pending outcome `id`, taken out of storage.
	fn take(id: u32) -> Self {
		Self {
			outbox: PendingOutboxes::<T>::take(id).unwrap_or_default(),
			events: PendingEvents::<T>::take(id).unwrap_or_default(),
			transfers: PendingTransfers::<T>::take(id).unwrap_or_default(),
		}
	}
}

/// What comes with a message into an inbox ([`Pallet::deliver`]) besides its sender and data.
pub(crate) struct Delivery<T: Config> {
	/// The value its sender moved into the recipient's account.
	pub value: coreplay_primitives::Balance,
	/// The deposit held from an account sender, and from whom.
	pub deposit: Option<(T::AccountId, BalanceOf<T>)>,
}

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
			.map(|m| m.message())
			.collect()
	}

	/// `who`'s 32 bytes, as actors see an account (`message_sender`, `caller`): its SCALE encoding, zero-padded
	/// (an `AccountId32` is exactly its 32 bytes).
	pub fn account_bytes(who: &T::AccountId) -> [u8; 32] {
		let encoded = who.encode();
		let mut bytes = [0u8; 32];
		let n = encoded.len().min(32);
		bytes[..n].copy_from_slice(&encoded[..n]);
		bytes
	}

	/// Releases an account message's deposit to its sender (nothing for an actor's message). The hold was made
	/// by `send_message`, so less than the whole deposit released is a bug: it is logged, not panicked on.
	pub(crate) fn release_message_deposit(deposit: Option<(T::AccountId, BalanceOf<T>)>) {
		if let Some((sender, amount)) = deposit {
			let released = T::Currency::release(
				&HoldReason::MessageDeposit.into(),
				&sender,
				amount,
				Precision::BestEffort,
			);
			if released != Ok(amount) {
				log::error!(
					target: "runtime::actors",
					"message deposit of {amount:?} released as {released:?}"
				);
			}
		}
	}

	/// What consuming an account's message takes beyond an actor's (weighed apart: `Self::account_messages_weight`):
	/// its count in `InboxAccountMessages` and its deposit released.
	pub fn release_account_message(actor: TaskId, deposit: Option<(T::AccountId, BalanceOf<T>)>) {
		InboxAccountMessages::<T>::mutate_exists(actor, |count| {
			*count = count.and_then(|n| n.checked_sub(1)).filter(|n| *n > 0);
		});
		Self::release_message_deposit(deposit);
	}

	/// [`Self::deliver`] of an actor's message (no value, no deposit).
	pub(crate) fn deliver_from_actor(
		from: TaskId,
		to: TaskId,
		data: Vec<u8>,
	) -> Result<(), Error<T>> {
		Self::deliver(Sender::Actor(from), to, data, Delivery { value: 0, deposit: None })
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

	/// What actor `task`'s account can pay now: its reducible balance (`Preservation::Expendable`), which caps
	/// its payouts and transfers; 0 for an unknown actor (runtime API `ActorsApi::actor_balance`).
	pub fn actor_balance(task: TaskId) -> BalanceOf<T> {
		if !Actors::<T>::contains_key(task) {
			return Default::default();
		}
		T::Currency::reducible_balance(
			&Self::actor_account(task),
			Preservation::Expendable,
			Fortitude::Polite,
		)
	}

	/// The account of actor `task`, which pays its payouts: `PalletId` sub-account `task`.
	pub fn actor_account(task: TaskId) -> T::AccountId {
		T::PalletId::get().into_sub_account_truncating(task)
	}

	/// Appends a message to `to`'s inbox, within `MaxInboxLen` and `from`'s `MaxInboxPerSender` there: one
	/// message item written, the queue and the sender's count read and written. `MessageDelivered` for an
	/// actor's message (`send_message` deposits its own event for an account's).
	pub(crate) fn deliver(
		from: Sender,
		to: TaskId,
		data: Vec<u8>,
		delivery: Delivery<T>,
	) -> Result<(), Error<T>> {
		ensure!(Actors::<T>::contains_key(to), Error::<T>::UnknownRecipient);
		let data = data.try_into().map_err(|_| Error::<T>::MessageTooLarge)?;
		ensure!(
			InboxSenders::<T>::get(to, from) < T::MaxInboxPerSender::get(),
			Error::<T>::SenderQuotaFull
		);
		let mut queue = InboxQueues::<T>::get(to);
		ensure!(queue.len < T::MaxInboxLen::get(), Error::<T>::InboxFull);
		let Delivery { value, deposit } = delivery;
		let entry = InboxEntry { from, data, value, deposit, arrived: Self::now() };
		InboxMessages::<T>::insert(to, queue.position(queue.len), entry);
		queue.len += 1;
		InboxQueues::<T>::insert(to, queue);
		InboxSenders::<T>::mutate(to, from, |count| count.saturating_inc());
		if let Sender::Actor(from) = from {
			Self::deposit_event(Event::MessageDelivered { from, to });
		}
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
		let mut consumed_from: Vec<((TaskId, Sender), u32)> = Vec::new();
		fn add(counts: &mut Vec<((TaskId, Sender), u32)>, key: (TaskId, Sender), n: u32) {
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
				messages.push(message.message());
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
		let mut senders: Vec<((TaskId, Sender), u32)> = Vec::new();
		for (to, message) in outbox {
			match recipients.iter_mut().find(|(t, _)| t == to) {
				Some((_, n)) => *n += 1,
				None => recipients.push((*to, 1)),
			}
			add(&mut senders, (*to, Sender::Actor(message.from)), 1);
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

	/// Keeps `outcome` waiting under a new pending id: its outbox in `PendingOutboxes` (if it sends any), its
	/// events in `PendingEvents` (if it emits any), a
	/// slot per (actor, sequence) and one of `MaxPendingPerAccount` for its submitter, and `PendingDeposit`
	/// held. The caller checked `PendingSlots`, `PendingCount` and `PendingOrder`'s room.
	///
	/// # Errors
	/// `PendingFull`, `CannotHoldPendingDeposit`; nothing is written then.
	pub(crate) fn keep_pending(
		mut outcome: OutcomeOf<T>,
		effects: Effects<T>,
	) -> Result<u32, Error<T>> {
		let Effects { outbox, events, transfers } = effects;
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
		if !events.is_empty() {
			PendingEvents::<T>::insert(id, events);
		}
		if !transfers.is_empty() {
			PendingTransfers::<T>::insert(id, transfers);
		}
		let submitter = outcome.submitter.clone();
		Pending::<T>::insert(id, outcome);
		Self::deposit_event(Event::ApovPending { id, submitter });
		Ok(id)
	}

	/// Whether each actor's account can pay the transfers it asked for (their sum at most its reducible balance,
	/// `Preservation::Expendable`) and each names an account; `Expired(TransfersNotCovered)` otherwise. Reads each
	/// paying actor's account (charged by [`Self::transfers_weight`]).
	pub(crate) fn transfers_readiness(transfers: &TransfersOf<T>) -> Readiness {
		let mut owed: Vec<(TaskId, u128)> = Vec::new();
		for transfer in transfers {
			if T::AccountId::decode(&mut &transfer.to[..]).is_err() {
				return Readiness::Expired(ExpiryReason::TransfersNotCovered);
			}
			match owed.iter_mut().find(|(actor, _)| *actor == transfer.from) {
				Some((_, sum)) => match sum.checked_add(transfer.amount) {
					Some(total) => *sum = total,
					None => return Readiness::Expired(ExpiryReason::TransfersNotCovered),
				},
				None => owed.push((transfer.from, transfer.amount)),
			}
		}
		for (actor, sum) in owed {
			let available = T::Currency::reducible_balance(
				&Self::actor_account(actor),
				Preservation::Expendable,
				Fortitude::Polite,
			);
			if available.saturated_into::<u128>() < sum {
				return Readiness::Expired(ExpiryReason::TransfersNotCovered);
			}
		}
		Readiness::Ready
	}

	/// Makes the payments `transfers` from their actors' accounts (callers check [`Self::transfers_readiness`]
	/// first; a failure is a bug: logged, not panicked on), with an `ActorPaid` event each.
	pub fn make_transfers(transfers: TransfersOf<T>) {
		for transfer in transfers {
			let Ok(to) = T::AccountId::decode(&mut &transfer.to[..]) else { continue };
			let amount: BalanceOf<T> = transfer.amount.saturated_into();
			let from = Self::actor_account(transfer.from);
			match T::Currency::transfer(&from, &to, amount, Preservation::Expendable) {
				Ok(_) => Self::deposit_event(Event::ActorPaid { actor: transfer.from, to, amount }),
				Err(e) => log::error!(
					target: "runtime::actors",
					"a covered transfer of actor {} failed: {e:?}",
					transfer.from
				),
			}
		}
	}

	/// Deposits `events` as `Event::ActorEvent`s, in order (weighed by [`Self::events_weight`]).
	pub fn deposit_actor_events(events: EventsOf<T>) {
		for event in events {
			Self::deposit_event(Event::ActorEvent {
				actor: event.actor,
				topics: event.topics.into_inner(),
				data: event.data.into_inner(),
			});
		}
	}

	/// Applies a ready outcome (callers check [`Self::readiness`] and [`Self::delivery_readiness`] first):
	/// its actors' states, sequences, `now` and upgrades, their consumed messages taken from their inboxes,
	/// `outbox` delivered, `events` deposited, payouts paid.
	pub(crate) fn canonicalise(outcome: OutcomeOf<T>, effects: Effects<T>, pending: Option<u32>) {
		let Effects { outbox, events, transfers } = effects;
		let actors = outcome.slabs.len() as u32;
		let now = Self::now();
		// Where each slab's payout goes: the submitter, or for an open submission the actor's payee, if any.
		let mut payees = Vec::with_capacity(outcome.slabs.len());
		for slab in &outcome.slabs {
			Actors::<T>::mutate(slab.actor, |actor| {
				let Some(actor) = actor else { return payees.push(None) };
				payees.push(if outcome.open {
					actor.payee.clone()
				} else {
					Some(outcome.submitter.clone())
				});
				// Canonicalised at once: validated in this block (a pending one recorded it when it was).
				if pending.is_none() {
					actor.scheduled_at = now;
				}
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
						if let Sender::Account(_) = message.from {
							Self::release_account_message(slab.actor, message.deposit);
						}
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
		Self::deposit_actor_events(events);
		for (to, message) in outbox {
			// Readiness checked the room; a failure here would be a bug, so it is logged, not panicked on.
			if Self::deliver_from_actor(message.from, to, message.data.into_inner()).is_err() {
				log::error!(target: "runtime::actors", "message to {to} not delivered despite readiness");
			}
		}
		// The actors' payments, before their payouts.
		Self::make_transfers(transfers);
		for (slab, payee) in outcome.slabs.iter().zip(payees) {
			let Some(payee) = payee else { continue };
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
			if T::Currency::transfer(&account, &payee, amount, Preservation::Expendable).is_ok() {
				Self::deposit_event(Event::PayoutPaid { task: slab.actor, to: payee, amount });
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
	/// messages delivered), and waits for a later call if the budget does not cover that; an empty queue costs
	/// its read only. Returns the weight used. Called by the block's hooks: `on_initialize` with
	/// `Pallet::pending_checks_weight`, `on_idle` with what the block has left.
	pub fn process_pending(budget: Weight) -> Weight {
		let mut used = T::DbWeight::get().reads_writes(1, 1);
		if used.any_gt(budget) {
			return Weight::zero();
		}
		let mut order = PendingOrder::<T>::get();
		if order.is_empty() {
			return T::DbWeight::get().reads(1);
		}
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
				let mut effects = None;
				if readiness == Readiness::Ready {
					// Its events are not counted in the outcome, nor which of its consumed messages are
					// accounts': the most events, and every consumed message an account's.
					let consumed = outcome
						.slabs
						.iter()
						.map(|s| s.inbox_consumed)
						.fold(0u32, u32::saturating_add);
					let messages = Self::outcome_messages_weight(&outcome)
						.saturating_add(Self::account_messages_weight(consumed))
						.saturating_add(Self::max_events_weight())
						.saturating_add(Self::max_transfers_weight());
					if used.saturating_add(messages).any_gt(budget) {
						// Its delivery does not fit: it waits, unchanged, for a larger budget.
						PendingOrder::<T>::put(order);
						return used;
					}
					used.saturating_accrue(messages);
					let taken = Effects::<T>::take(id);
					readiness = match Self::delivery_readiness(&outcome, &taken.outbox) {
						Readiness::Ready => Self::transfers_readiness(&taken.transfers),
						other => other,
					};
					effects = Some(taken);
				}
				match readiness {
					Readiness::Wait => i += 1,
					Readiness::Ready => {
						order.remove(i);
						Pending::<T>::remove(id);
						Self::free_slot(id, &outcome, false);
						let effects = effects.unwrap_or_else(|| Effects::<T>::take(id));
						Self::canonicalise(outcome, effects, Some(id));
						progressed = true;
					}
					Readiness::Expired(reason) => {
						order.remove(i);
						Pending::<T>::remove(id);
						PendingOutboxes::<T>::remove(id);
						PendingEvents::<T>::remove(id);
						PendingTransfers::<T>::remove(id);
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
