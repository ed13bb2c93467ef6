//! # Coreplay fuzzing support
//!
//! What the targets in `fuzz_targets/` share: [`World`], a chain in memory holding the real example actors
//! (`coreplay-fixtures`), created as `create_actor` creates them; it implements [`ChainView`], so the sequencer
//! builds APoVs from it exactly as the node's `actors_buildApov` builds them from chain state, and it canonicalises
//! accepted APoVs as `pallet-actors` does. See `fuzz/README.md` for the targets and how to run them.

use coreplay_fixtures::{examples, Actor, PING_PONG};
use coreplay_primitives::{
	blake2_256, ActorPov, BlockNumber, CodeHash, Message, OutboundMessage, StateHash, TaskId,
};
use coreplay_sequencer::{ActorState, ChainError, ChainView};
use coreplay_vm::{ActorCode, Limits, Machine};
use std::collections::BTreeMap;

/// The vm limits of every target: the development chain's.
pub const LIMITS: Limits = Limits::DEFAULT;
/// Fuel for one Agenda in the targets: enough for every example actor's ordinary work (`spin` with a large step
/// count runs out, which is one of the outcomes tested), small enough for thousands of executions per second.
pub const FUEL: u64 = 20_000_000;
/// The block number the world is at (what actors read with `now()`).
pub const NOW: BlockNumber = 42;

/// The actors of the world, by task id (`0..actors().len()`): every example actor with its creation args
/// (`coreplay_fixtures::examples`, from each actor's `README.md`), in that order, with `ping-pong` twice: tasks 4
/// and 5, each other's peers.
pub fn actors() -> Vec<(Actor, Vec<u8>)> {
	let mut actors = Vec::new();
	for example in examples() {
		if example.actor == PING_PONG {
			let first = actors.len() as TaskId;
			actors.push((PING_PONG, (first + 1).to_le_bytes().to_vec()));
			actors.push((PING_PONG, first.to_le_bytes().to_vec()));
		} else {
			actors.push((example.actor, example.args));
		}
	}
	actors
}

/// A call actor `id` of the world answers with `Ok` (its example's, `coreplay_fixtures::Example::call`).
///
/// # Panics
/// If `id` is not an actor of the world.
pub fn ok_call(id: TaskId) -> Vec<u8> {
	let (actor, _) = actors().swap_remove(id as usize);
	examples().into_iter().find(|e| e.actor == actor).expect("every actor is an example; qed").call
}

/// What changes as APoVs are canonicalised: what `pallet-actors` stores about actors and inboxes, plus the
/// snapshots a node indexes offchain.
#[derive(Clone, Default)]
pub struct State {
	/// Actor id → code hash, state hash, sequence.
	pub actors: BTreeMap<TaskId, ActorState>,
	/// Actor id → waiting messages, oldest first.
	pub inboxes: BTreeMap<TaskId, Vec<Message>>,
	/// State hash → snapshot.
	pub snapshots: BTreeMap<StateHash, Vec<u8>>,
}

/// A chain in memory: the stored codes, the actors' [`State`], and one [`Machine`] with [`LIMITS`] for both
/// production and validation (loaded code belongs to the machine that loaded it).
pub struct World {
	/// The machine every target runs.
	pub machine: Machine,
	/// Code hash → AVF blob.
	pub codes: BTreeMap<CodeHash, Vec<u8>>,
	/// Code hash → loaded code.
	pub loaded: BTreeMap<CodeHash, ActorCode>,
	/// The current state.
	pub state: State,
	/// The state right after creation, for [`World::reset`].
	initial: State,
}

impl World {
	/// The world with every actor of [`actors`] created, and the messages their `init`s sent delivered.
	///
	/// # Panics
	/// If an example actor does not load or create (a broken fixture, not a finding).
	pub fn new() -> Self {
		let mut world = Self {
			machine: Machine::new(LIMITS),
			codes: BTreeMap::new(),
			loaded: BTreeMap::new(),
			state: State::default(),
			initial: State::default(),
		};
		for (id, (actor, args)) in actors().into_iter().enumerate() {
			let id = id as TaskId;
			let code_hash = actor.code_hash();
			if !world.loaded.contains_key(&code_hash) {
				let code = world.machine.load(actor.avf).expect("example actors load");
				world.loaded.insert(code_hash, code);
				world.codes.insert(code_hash, actor.avf.to_vec());
			}
			let creation = world
				.machine
				.create(&world.loaded[&code_hash], id, &args, NOW, FUEL)
				.expect("example actors create");
			let state_hash = blake2_256(&creation.snapshot);
			world.state.snapshots.insert(state_hash, creation.snapshot);
			world.state.actors.insert(id, ActorState { code_hash, state_hash, sequence: 0 });
			world.deliver(&creation.outbox);
		}
		world.initial = world.state.clone();
		world
	}

	/// Goes back to the state right after creation, so that fuzz inputs do not depend on each other.
	pub fn reset(&mut self) {
		self.state.clone_from(&self.initial);
	}

	/// How many actors the world has (their ids are `0..actor_count()`).
	pub fn actor_count(&self) -> usize {
		self.state.actors.len()
	}

	/// The loaded code of each of `apov`'s slabs, in slab order; `None` if a slab names an actor the world does
	/// not have (the pallet rejects such an APoV before replaying it).
	pub fn codes_for(&self, apov: &ActorPov) -> Option<Vec<&ActorCode>> {
		apov.slabs
			.iter()
			.map(|slab| {
				self.state.actors.get(&slab.actor).map(|state| &self.loaded[&state.code_hash])
			})
			.collect()
	}

	/// Queues messages for the world's actors, as the pallet does with an execution's outbox; messages to actors
	/// that do not exist are dropped.
	pub fn deliver(&mut self, outbox: &[OutboundMessage]) {
		for message in outbox {
			if self.state.actors.contains_key(&message.to) {
				self.state
					.inboxes
					.entry(message.to)
					.or_default()
					.push(Message { from: message.from, data: message.data.clone() });
			}
		}
	}

	/// Makes a validated `apov`'s results the actors' state, as the pallet's canonicalisation does: each slab's
	/// actor moves to the slab's sequence and the blake2-256 of its `post`, consumed inbox messages are removed and
	/// `outbox` is delivered.
	///
	/// # Panics
	/// If `apov` does not build on the current state (its `pre` is not the actor's snapshot or its sequence is not
	/// the next one): the sequencer built it from this world, so that is a finding.
	pub fn canonicalise(&mut self, apov: &ActorPov, outbox: &[OutboundMessage]) {
		for slab in &apov.slabs {
			let state = self.state.actors.get_mut(&slab.actor).expect("co-scheduled actors exist");
			assert_eq!(slab.sequence, state.sequence + 1, "the slab carries the next sequence");
			assert_eq!(blake2_256(&slab.pre), state.state_hash, "the slab starts from the state");
			state.sequence = slab.sequence;
			state.state_hash = blake2_256(&slab.post);
			self.state.snapshots.insert(state.state_hash, slab.post.clone());
		}
		for batch in &apov.inbox {
			self.state.inboxes.entry(batch.actor).or_default().drain(..batch.messages.len());
		}
		self.deliver(outbox);
	}
}

impl Default for World {
	fn default() -> Self {
		Self::new()
	}
}

impl ChainView for World {
	fn block_number(&self) -> BlockNumber {
		NOW
	}

	fn limits(&self) -> Result<Limits, ChainError> {
		Ok(LIMITS)
	}

	fn actor(&self, actor: TaskId) -> Result<Option<ActorState>, ChainError> {
		Ok(self.state.actors.get(&actor).copied())
	}

	fn code(&self, code_hash: CodeHash) -> Result<Option<Vec<u8>>, ChainError> {
		Ok(self.codes.get(&code_hash).cloned())
	}

	fn inbox(&self, actor: TaskId) -> Result<Vec<Message>, ChainError> {
		Ok(self.state.inboxes.get(&actor).cloned().unwrap_or_default())
	}

	fn snapshot(&self, state_hash: StateHash) -> Result<Option<Vec<u8>>, ChainError> {
		Ok(self.state.snapshots.get(&state_hash).cloned())
	}
}
