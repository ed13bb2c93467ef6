//! `coreplay_sequencer::memory::MemoryChain` (the sequencer's tests and the fuzz world run on it) against the
//! pallet: the same APoVs, built by the real sequencer, canonicalised by both, must leave the same actors, codes
//! and inboxes, and what the pallet refuses, `MemoryChain` refuses and stays as it was.

use super::*;
use coreplay_sequencer::memory::{MemoryChain, Refused};

/// The pallet's and `MemoryChain`'s view of every actor: code hash, state hash, sequence, inbox.
fn assert_same(memory: &MemoryChain, when: &str) {
	// Storage iterates in hashed-key order: sort by id.
	let mut on_chain: Vec<_> = Actors::<Test>::iter()
		.map(|(id, a)| (id, a.code_hash, a.state_hash, a.sequence, stored_inbox(id)))
		.collect();
	on_chain.sort_by_key(|actor| actor.0);
	let in_memory: Vec<_> = memory
		.actors
		.iter()
		.map(|(id, a)| {
			let inbox = memory.inboxes.get(id).cloned().unwrap_or_default();
			(*id, a.code_hash, a.state_hash, a.sequence, inbox)
		})
		.collect();
	assert_eq!(in_memory, on_chain, "{when}");
	for a in memory.actors.values() {
		assert!(memory.snapshots.contains_key(&a.state_hash), "{when}: every state indexed");
	}
}

/// A world of both chains: actors created on each, APoVs built from the pallet's storage, submitted to it and
/// canonicalised in memory.
struct Both {
	seq: Sequencer,
	memory: MemoryChain,
}

impl Both {
	fn new() -> Self {
		let mut memory = MemoryChain::new(Coreplay::limits(), System::block_number() as u32);
		memory.max_inbox_len = <<Test as Config>::MaxInboxLen as Get<u32>>::get();
		// A sender quota below the inbox's length, so that both bounds are met.
		MaxInboxPerSender::set(4);
		memory.max_inbox_per_sender = 4;
		Self { seq: Sequencer::default(), memory }
	}

	fn create(&mut self, blob: &[u8], args: &[u8]) -> TaskId {
		let hash = self.seq.upload(ALICE, blob);
		let task = self.seq.create(ALICE, hash, args);
		let machine = Coreplay::machine();
		let code = machine.load(blob).expect("valid");
		let fuel = <<Test as Config>::CreationFuel as Get<u64>>::get();
		self.memory.create(&machine, blob, &code, task, args, fuel).expect("creates");
		assert_same(&self.memory, "after a creation");
		task
	}

	/// Builds `agenda`'s APoV, submits it and canonicalises it in memory: both accept it, or both refuse it
	/// (`refused`, with the pallet's `error`) and neither changes.
	fn step(&mut self, agenda: Vec<AgendaItem>, refused: Option<(Error<Test>, Refused)>) {
		let built = self.seq.build(agenda);
		let before = self.memory.clone();
		let submitted = submit_apov(RuntimeOrigin::signed(BOB), built.apov.clone(), FUEL);
		let in_memory = self.memory.canonicalise(&built.apov, &built.execution);
		// Both chains at the same block (`submit_apov` moved the pallet's to the next after a success).
		self.memory.now = System::block_number() as u32;
		match refused {
			None => {
				assert_ok!(submitted);
				assert_eq!(in_memory, Ok(()));
				assert!(PendingOrder::<Test>::get().is_empty(), "canonicalised at once");
				self.seq.adopt(&built.apov);
			}
			Some((error, refusal)) => {
				assert_eq!(submitted.map_err(|e| e.error), Err(error.into()));
				assert_eq!(in_memory, Err(refusal));
				assert_eq!(self.memory, before, "a refusal changes nothing");
			}
		}
		assert_same(&self.memory, &format!("after {:?}", built.apov.agenda));
		// And the sequencer builds the same next APoV from either.
		let next = vec![service(self.memory.actors.keys().next().copied().expect("an actor"))];
		let from_memory = coreplay_sequencer::build_apov(
			&self.memory,
			ApovRequest { agenda: next.clone(), fuel_limit: FUEL, ..Default::default() },
		)
		.expect("builds");
		assert_eq!(from_memory.apov, self.seq.build(next).apov, "the same view");
	}
}

#[test]
fn memory_chain_canonicalises_as_the_pallet() {
	new_test_ext().execute_with(|| {
		let mut both = Both::new();
		// Two ping-pong actors message each other; the test actor sends, upgrades and fails to.
		let a = both.create(coreplay_fixtures::PING_PONG.avf, &1u32.to_le_bytes());
		let b = both.create(coreplay_fixtures::PING_PONG.avf, &0u32.to_le_bytes());
		let t = both.create(&test_actor(), &[]);
		for _ in 0..3 {
			both.step(vec![service(a), service(b)], None);
		}
		// A message to an actor that is not co-scheduled waits in its inbox; the next APoV consumes it.
		both.step(vec![service(t), AgendaItem::call(t, op(5, a, b"hi"), vec![])], None);
		assert_eq!(InboxQueues::<Test>::get(a).len, 2, "B's pong and the test actor's message");
		both.step(vec![service(a), service(b)], None);
		// A code upgrade, applied by both.
		let new_blob = wat_actors::avf(&wat_actors::test_actor_wat().replacen(
			"(func (export \"payout\")",
			"(func) (func (export \"payout\")",
			1,
		));
		let new = both.seq.upload(ALICE, &new_blob);
		both.memory.codes.insert(new, new_blob);
		let upgrade = [&[9u8][..], new.as_bytes()].concat();
		both.step(vec![service(t), AgendaItem::call(t, upgrade, vec![])], None);
		assert_eq!(Actors::<Test>::get(t).expect("exists").code_hash, new);
		// Refused by both: an upgrade to code not stored, a message to no actor, an inbox overfilled, a sender
		// over its quota.
		let missing = [&[9u8][..], &[0xee; 32]].concat();
		both.step(
			vec![service(t), AgendaItem::call(t, missing, vec![])],
			Some((Error::UnknownUpgradeCode, Refused::UnknownUpgradeCode(H256::repeat_byte(0xee)))),
		);
		both.step(
			vec![service(t), AgendaItem::call(t, op(5, 99, b"nobody"), vec![])],
			Some((Error::UnknownRecipient, Refused::UnknownRecipient(99))),
		);
		let room = 8 - InboxQueues::<Test>::get(b).len;
		let fill = |n: u32| {
			std::iter::once(service(t))
				.chain((0..n).map(|_| AgendaItem::call(t, op(5, b, b"fill"), vec![])))
				.collect::<Vec<_>>()
		};
		assert!(room > 4, "room for more than the sender quota");
		both.step(fill(room + 1), Some((Error::InboxFull, Refused::InboxFull(b))));
		both.step(
			fill(5),
			Some((Error::SenderQuotaFull, Refused::SenderQuotaFull { to: b, from: t })),
		);
		both.step(fill(4), None);
		assert_eq!(
			InboxSenders::<Test>::get(b, coreplay_primitives::Sender::Actor(t)),
			4,
			"the test actor's quota in b's inbox is used up"
		);
	});
}
