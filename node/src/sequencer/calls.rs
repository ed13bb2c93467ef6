//! The call pool (issue 29, item 3): signed calls users hand to this node's sequencer (`actors_submitCall`) to be
//! carried in their actor's next APoV, so that a user reaches an actor without building or paying for an APoV.
//!
//! Shared by the RPC, which checks a call before it enters ([`CallPool::add`]), and the sequencer task, which
//! puts an actor's calls at the head of its Agenda (`[SignedCall…, Service 1]`), reports each call's fate to the
//! RPC caller waiting for it ([`CallReport`]), and drops the calls the chain has run ([`CallPool::prune`]).
//!
//! Bounded, since anyone may add to it and the sequencer pays for the APoVs: at most [`MAX_CALLS`] calls, at most
//! [`MAX_CALLS_PER_SIGNER`] from one signer, and each is answered within [`CALL_TTL`] blocks: included (its output
//! and the APoV's extrinsic), rejected by its actor (the calls its signer queued after it go with it, as their
//! nonces no longer follow), or expired (this node's key did not hold the actor for that long).

use coreplay_primitives::{AccountId, BlockNumber, SignedCall, TaskId};
use futures::channel::oneshot;
use std::{collections::BTreeMap, sync::Mutex};

/// Most calls in the pool.
pub const MAX_CALLS: usize = 1_024;
/// Most calls from one signer in the pool (to all actors).
pub const MAX_CALLS_PER_SIGNER: usize = 16;
/// Most calls to one actor in the pool: each is replayed by the dry run of the next one ([`CallPool::add`]'s
/// caller) and carried in one Agenda.
pub const MAX_CALLS_PER_ACTOR: usize = 32;
/// Blocks a call stays in the pool: one not carried by then is answered [`CallReport::Expired`]; one carried by an
/// APoV the chain did not take (refused at dispatch, dropped) is dropped then too, so that it is not carried again
/// and again.
pub const CALL_TTL: BlockNumber = 20;

/// What became of a pooled call, sent to whoever added it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum CallReport {
	/// Carried by an APoV the sequencer submitted to the transaction pool.
	Included {
		/// The actor's answer (what the APoV's `SignedCall` item carries as `output`).
		output: Vec<u8>,
		/// The sequence the actor reaches with that APoV.
		sequence: u64,
		/// The best block it was built on (its `context.now`).
		built_at: BlockNumber,
		/// The `submit_apov` extrinsic's hash.
		extrinsic: sp_core::H256,
	},
	/// Its actor rejected it (returned `Err`) in its state at `at`, or an earlier call of the same signer was
	/// rejected: `reason` says which.
	Rejected {
		/// The block whose state the actor ran on.
		at: BlockNumber,
		/// Why.
		reason: String,
	},
	/// Not carried within [`CALL_TTL`] blocks: this node's key did not hold its actor (another sequencer does),
	/// or the chain ran another call with its nonce.
	Expired {
		/// Why.
		reason: String,
	},
}

/// Why [`CallPool::add`] refused a call.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum AddError {
	/// [`MAX_CALLS`] calls wait already.
	PoolFull,
	/// [`MAX_CALLS_PER_SIGNER`] calls of this signer wait already.
	SignerQuotaFull,
	/// [`MAX_CALLS_PER_ACTOR`] calls to this actor wait already.
	ActorQuotaFull,
	/// The nonce is not the signer's next one to this actor, its pooled calls counted: `expected`.
	BadNonce {
		/// The nonce the chain will expect.
		expected: u64,
	},
}

/// A call waiting for its APoV.
struct Pooled {
	call: SignedCall,
	/// The best block number when it entered.
	added_at: BlockNumber,
	/// Who waits for its [`CallReport`]; `None` once answered.
	reply: Option<oneshot::Sender<CallReport>>,
}

/// The pool: per actor, its calls in the order they entered (so each signer's in nonce order).
#[derive(Default)]
pub struct CallPool {
	calls: Mutex<BTreeMap<TaskId, Vec<Pooled>>>,
}

impl CallPool {
	fn lock(&self) -> std::sync::MutexGuard<'_, BTreeMap<TaskId, Vec<Pooled>>> {
		// A panic while holding the lock leaves plain data behind: keep using it.
		self.calls.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
	}

	/// How many calls wait.
	pub fn len(&self) -> usize {
		self.lock().values().map(Vec::len).sum()
	}

	/// The next nonce `signer` may pool for `actor`, given the chain's (`chain_nonce`, `ActorsApi::call_nonce`):
	/// one past its last pooled call to that actor, or the chain's.
	pub fn next_nonce(&self, signer: &AccountId, actor: TaskId, chain_nonce: u64) -> u64 {
		self.lock()
			.get(&actor)
			.into_iter()
			.flatten()
			.filter(|p| p.call.signer == *signer && p.call.nonce >= chain_nonce)
			.map(|p| p.call.nonce + 1)
			.max()
			.unwrap_or(chain_nonce)
	}

	/// Adds `call` for `actor` at best block `now`, if the pool has room for it and its nonce follows the
	/// signer's (`chain_nonce` is the chain's next): the receiver gets its [`CallReport`].
	///
	/// # Errors
	/// An [`AddError`]; the pool is then unchanged.
	pub fn add(
		&self,
		actor: TaskId,
		call: SignedCall,
		chain_nonce: u64,
		now: BlockNumber,
	) -> Result<oneshot::Receiver<CallReport>, AddError> {
		let expected = self.next_nonce(&call.signer, actor, chain_nonce);
		let mut calls = self.lock();
		if calls.values().map(Vec::len).sum::<usize>() >= MAX_CALLS {
			return Err(AddError::PoolFull);
		}
		let from_signer = calls.values().flatten().filter(|p| p.call.signer == call.signer).count();
		if from_signer >= MAX_CALLS_PER_SIGNER {
			return Err(AddError::SignerQuotaFull);
		}
		if calls.get(&actor).map_or(0, Vec::len) >= MAX_CALLS_PER_ACTOR {
			return Err(AddError::ActorQuotaFull);
		}
		if call.nonce != expected {
			return Err(AddError::BadNonce { expected });
		}
		let (sender, receiver) = oneshot::channel();
		calls.entry(actor).or_default().push(Pooled { call, added_at: now, reply: Some(sender) });
		Ok(receiver)
	}

	/// The actors with calls waiting, ascending.
	pub fn actors(&self) -> Vec<TaskId> {
		self.lock().iter().filter(|(_, calls)| !calls.is_empty()).map(|(a, _)| *a).collect()
	}

	/// `actor`'s waiting calls, in the order to run them.
	pub fn calls_for(&self, actor: TaskId) -> Vec<SignedCall> {
		self.lock().get(&actor).into_iter().flatten().map(|p| p.call.clone()).collect()
	}

	/// Drops `actor`'s calls the chain has run (`chain_nonce(signer)` is past their nonce); one not yet answered
	/// is answered [`CallReport::Expired`] (the chain ran a call with its nonce, through another node). Then drops
	/// those that entered [`CALL_TTL`] blocks before `now`: unanswered ones as expired with `unserved` as the
	/// reason, answered ones (their APoV did not make it) silently. Returns how many calls it answered as expired.
	pub fn prune(
		&self,
		actor: TaskId,
		mut chain_nonce: impl FnMut(&AccountId) -> u64,
		now: BlockNumber,
		unserved: &str,
	) -> usize {
		let mut calls = self.lock();
		let Some(pooled) = calls.get_mut(&actor) else { return 0 };
		let mut expired = 0;
		let mut nonces = BTreeMap::new();
		pooled.retain_mut(|p| {
			let next =
				*nonces.entry(p.call.signer.clone()).or_insert_with(|| chain_nonce(&p.call.signer));
			let reason = if p.call.nonce < next {
				"the chain ran a call with its nonce (this one through another node, or another call)"
			} else if now >= p.added_at.saturating_add(CALL_TTL) {
				unserved
			} else {
				return true;
			};
			if let Some(reply) = p.reply.take() {
				let _ = reply.send(CallReport::Expired { reason: reason.into() });
				expired += 1;
			}
			false
		});
		if pooled.is_empty() {
			calls.remove(&actor);
		}
		expired
	}

	/// Answers `actor`'s calls `calls` (the ones an APoV carried, outputs filled in) as included; they stay
	/// until the chain has run them ([`Self::prune`]), and go into the actor's next APoV again if this one is lost.
	pub fn included(
		&self,
		actor: TaskId,
		calls: &[SignedCall],
		sequence: u64,
		built_at: BlockNumber,
		extrinsic: sp_core::H256,
	) {
		let mut pool = self.lock();
		for pooled in pool.get_mut(&actor).into_iter().flatten() {
			let Some(carried) = calls
				.iter()
				.find(|c| c.signer == pooled.call.signer && c.nonce == pooled.call.nonce)
			else {
				continue;
			};
			if let Some(reply) = pooled.reply.take() {
				let _ = reply.send(CallReport::Included {
					output: carried.output.clone(),
					sequence,
					built_at,
					extrinsic,
				});
			}
		}
	}

	/// Drops all of `actor`'s calls, answering those not yet answered [`CallReport::Expired`] with `reason` (this
	/// node's key no longer holds the actor). Returns how many it answered.
	pub fn expire_actor(&self, actor: TaskId, reason: &str) -> usize {
		let Some(pooled) = self.lock().remove(&actor) else { return 0 };
		pooled
			.into_iter()
			.filter_map(|p| p.reply)
			.map(|reply| drop(reply.send(CallReport::Expired { reason: reason.into() })))
			.count()
	}

	/// Removes `actor`'s call `(signer, nonce)`, which failed at block `at` for `reason` (its actor rejected it,
	/// or it made the APoV fail), and the signer's later calls to it (their nonces no longer follow), answering
	/// each [`CallReport::Rejected`].
	pub fn reject(
		&self,
		actor: TaskId,
		signer: &AccountId,
		nonce: u64,
		at: BlockNumber,
		reason: &str,
	) {
		let mut calls = self.lock();
		let Some(pooled) = calls.get_mut(&actor) else { return };
		pooled.retain_mut(|p| {
			if p.call.signer != *signer || p.call.nonce < nonce {
				return true;
			}
			let reason = if p.call.nonce == nonce {
				format!("actor {actor} at #{at}: {reason}")
			} else {
				format!("call {nonce} of the same signer to actor {actor}, before this one, was rejected")
			};
			if let Some(reply) = p.reply.take() {
				let _ = reply.send(CallReport::Rejected { at, reason });
			}
			false
		});
		if pooled.is_empty() {
			calls.remove(&actor);
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_runtime::MultiSignature;

	fn call(signer: u8, nonce: u64) -> SignedCall {
		SignedCall {
			signer: AccountId::new([signer; 32]),
			nonce,
			input: vec![nonce as u8],
			output: Vec::new(),
			signature: MultiSignature::Sr25519(sp_core::sr25519::Signature::from_raw([0; 64])),
		}
	}

	fn answer(receiver: &mut oneshot::Receiver<CallReport>) -> Option<CallReport> {
		receiver.try_recv().expect("the sender is kept until answered")
	}

	#[test]
	fn nonces_must_follow_the_chains_and_the_pooled_ones() {
		let pool = CallPool::default();
		assert_eq!(
			pool.add(7, call(1, 3), 2, 10).expect_err("refused"),
			AddError::BadNonce { expected: 2 }
		);
		drop(pool.add(7, call(1, 2), 2, 10).expect("the chain's next"));
		assert_eq!(
			pool.add(7, call(1, 2), 2, 10).expect_err("refused"),
			AddError::BadNonce { expected: 3 }
		);
		drop(pool.add(7, call(1, 3), 2, 10).expect("the pooled one's next"));
		// Another actor and another signer have nonces of their own.
		drop(pool.add(8, call(1, 0), 0, 10).expect("another actor"));
		drop(pool.add(7, call(2, 0), 0, 10).expect("another signer"));
		assert_eq!(pool.calls_for(7).iter().map(|c| c.nonce).collect::<Vec<_>>(), [2, 3, 0]);
		assert_eq!(pool.actors(), [7, 8]);
		assert_eq!(pool.len(), 4);
	}

	#[test]
	fn one_signer_cannot_fill_the_pool() {
		let pool = CallPool::default();
		for nonce in 0..MAX_CALLS_PER_SIGNER as u64 {
			drop(pool.add(1, call(9, nonce), 0, 0).expect("within the quota"));
		}
		assert_eq!(
			pool.add(2, call(9, 0), 0, 0).expect_err("refused"),
			AddError::SignerQuotaFull,
			"to any actor"
		);
		drop(pool.add(1, call(8, 0), 0, 0).expect("others still may"));
	}

	#[test]
	fn the_pool_is_bounded() {
		let pool = CallPool::default();
		let per = MAX_CALLS_PER_SIGNER as u64;
		for i in 0..MAX_CALLS as u64 {
			let mut c = call(0, i % per);
			c.signer = AccountId::new([(i / per) as u8; 32]);
			let actor = (i / MAX_CALLS_PER_ACTOR as u64) as TaskId;
			drop(pool.add(actor, c, 0, 0).expect("room"));
		}
		assert_eq!(pool.add(9_999, call(255, 0), 0, 0).expect_err("refused"), AddError::PoolFull);
	}

	#[test]
	fn a_rejected_call_takes_its_signers_later_calls_with_it() {
		let pool = CallPool::default();
		let mut first = pool.add(1, call(1, 0), 0, 5).expect("pooled");
		let mut second = pool.add(1, call(1, 1), 0, 5).expect("pooled");
		let mut third = pool.add(1, call(1, 2), 0, 5).expect("pooled");
		let mut other = pool.add(1, call(2, 0), 0, 5).expect("pooled");
		pool.reject(1, &AccountId::new([1; 32]), 1, 6, "it rejected the call");
		assert_eq!(answer(&mut first), None);
		assert!(
			matches!(answer(&mut second), Some(CallReport::Rejected { at: 6, reason }) if reason == "actor 1 at #6: it rejected the call")
		);
		assert!(
			matches!(answer(&mut third), Some(CallReport::Rejected { reason, .. }) if reason.contains("before this one"))
		);
		assert_eq!(answer(&mut other), None);
		assert_eq!(pool.calls_for(1).len(), 2);
	}

	#[test]
	fn included_calls_are_answered_and_stay_until_the_chain_ran_them() {
		let pool = CallPool::default();
		let mut receiver = pool.add(1, call(1, 0), 0, 5).expect("pooled");
		let mut carried = call(1, 0);
		carried.output = vec![42];
		pool.included(1, &[carried], 3, 5, sp_core::H256::repeat_byte(7));
		assert_eq!(
			answer(&mut receiver),
			Some(CallReport::Included {
				output: vec![42],
				sequence: 3,
				built_at: 5,
				extrinsic: sp_core::H256::repeat_byte(7)
			})
		);
		// Not run yet: kept until the chain runs it.
		pool.prune(1, |_| 0, 6, "unserved");
		assert_eq!(pool.len(), 1);
		pool.prune(1, |_| 1, 6, "unserved");
		assert_eq!(pool.len(), 0);
		assert!(pool.actors().is_empty());
	}

	#[test]
	fn a_carried_call_whose_apov_never_lands_leaves_after_its_time() {
		let pool = CallPool::default();
		let mut receiver = pool.add(1, call(1, 0), 0, 5).expect("pooled");
		pool.included(1, &[call(1, 0)], 3, 5, sp_core::H256::zero());
		assert!(matches!(answer(&mut receiver), Some(CallReport::Included { .. })));
		pool.prune(1, |_| 0, 4 + CALL_TTL, "unserved");
		assert_eq!(pool.len(), 1);
		assert_eq!(pool.prune(1, |_| 0, 5 + CALL_TTL, "unserved"), 0, "answered already");
		assert_eq!(pool.len(), 0, "not carried again and again");
	}

	#[test]
	fn calls_to_an_actor_this_key_no_longer_holds_are_answered_at_once() {
		let pool = CallPool::default();
		let mut first = pool.add(1, call(1, 0), 0, 5).expect("pooled");
		let _carried = pool.add(1, call(2, 0), 0, 5).expect("pooled");
		pool.included(1, &[call(2, 0)], 3, 5, sp_core::H256::zero());
		assert_eq!(pool.expire_actor(1, "moved"), 1, "the one not answered yet");
		assert_eq!(answer(&mut first), Some(CallReport::Expired { reason: "moved".into() }));
		assert_eq!(pool.len(), 0);
	}

	#[test]
	fn one_actor_takes_at_most_its_share() {
		let pool = CallPool::default();
		for signer in 0..MAX_CALLS_PER_ACTOR as u8 {
			drop(pool.add(1, call(signer, 0), 0, 0).expect("room"));
		}
		assert_eq!(pool.add(1, call(200, 0), 0, 0).expect_err("full"), AddError::ActorQuotaFull);
		drop(pool.add(2, call(200, 0), 0, 0).expect("another actor"));
	}

	#[test]
	fn unserved_calls_expire_and_taken_nonces_are_reported() {
		let pool = CallPool::default();
		let mut old = pool.add(1, call(1, 0), 0, 5).expect("pooled");
		let mut young = pool.add(1, call(2, 0), 0, 10).expect("pooled");
		pool.prune(1, |_| 0, 5 + CALL_TTL, "not held");
		assert_eq!(answer(&mut old), Some(CallReport::Expired { reason: "not held".into() }));
		assert_eq!(answer(&mut young), None);
		pool.prune(1, |_| 1, 11, "not held");
		assert!(
			matches!(answer(&mut young), Some(CallReport::Expired { reason }) if reason.contains("another call"))
		);
	}
}
