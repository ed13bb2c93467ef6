//! # Coreplay fuzzing support
//!
//! What the targets in `fuzz_targets/` share: [`World`], a chain in memory holding the real example actors
//! (`coreplay-fixtures`), created as `create_actor` creates them. Its chain is the sequencer's [`MemoryChain`], a
//! `ChainView`, so the sequencer builds APoVs from it exactly as the node's `actors_buildApov` builds them from
//! chain state, and it canonicalises accepted APoVs as `pallet-actors` does. See `fuzz/README.md` for the targets and how to run them.

use coreplay_fixtures::{examples, Actor, PING_PONG};
use coreplay_primitives::{ActorPov, BlockNumber, CodeHash, TaskId};
use coreplay_sequencer::memory::{MemoryChain, Refused};
use coreplay_vm::{ActorCode, Execution, Limits, Machine};
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

/// The in-memory chain every target runs against ([`MemoryChain`], the sequencer's `test-utils`), holding
/// every actor of [`actors`], and one [`Machine`] with [`LIMITS`] for both production and validation (loaded code
/// belongs to the machine that loaded it).
pub struct World {
	/// The machine every target runs.
	pub machine: Machine,
	/// Code hash → loaded code.
	pub loaded: BTreeMap<CodeHash, ActorCode>,
	/// The chain: codes, actors, inboxes and snapshots.
	pub chain: MemoryChain,
	/// The chain right after creation, for [`World::reset`].
	initial: MemoryChain,
}

impl World {
	/// The world with every actor of [`actors`] created, and the messages their `init`s sent delivered.
	///
	/// # Panics
	/// If an example actor does not load or create (a broken fixture, not a finding).
	pub fn new() -> Self {
		let machine = Machine::new(LIMITS);
		let mut chain = MemoryChain::new(LIMITS, NOW);
		let mut loaded = BTreeMap::new();
		for (id, (actor, args)) in actors().into_iter().enumerate() {
			let code = loaded
				.entry(actor.code_hash())
				.or_insert_with(|| machine.load(actor.avf).expect("example actors load"));
			chain
				.create(&machine, actor.avf, code, id as TaskId, &args, FUEL)
				.expect("example actors create");
		}
		Self { machine, loaded, initial: chain.clone(), chain }
	}

	/// Goes back to the state right after creation, so that fuzz inputs do not depend on each other.
	pub fn reset(&mut self) {
		self.chain.clone_from(&self.initial);
	}

	/// How many actors the world has (their ids are `0..actor_count()`).
	pub fn actor_count(&self) -> usize {
		self.chain.actors.len()
	}

	/// The loaded code of each of `apov`'s slabs, in slab order; `None` if a slab names an actor the world does
	/// not have (the pallet rejects such an APoV before replaying it).
	pub fn codes_for(&self, apov: &ActorPov) -> Option<Vec<&ActorCode>> {
		apov.slabs
			.iter()
			.map(|slab| {
				self.chain.actors.get(&slab.actor).map(|state| &self.loaded[&state.code_hash])
			})
			.collect()
	}

	/// Makes a validated `apov`'s results the chain's state, with `execution` (what producing or validating it
	/// returned), by the pallet's rules ([`MemoryChain::canonicalise`]).
	///
	/// # Errors
	/// What the pallet would expire the APoV for (a message it cannot deliver, an upgrade to unknown code); the
	/// world is then unchanged.
	///
	/// # Panics
	/// If `apov` does not build on the current state: the sequencer built it from this world, so that is a
	/// finding.
	pub fn canonicalise(&mut self, apov: &ActorPov, execution: &Execution) -> Result<(), Refused> {
		self.chain.canonicalise(apov, execution)
	}
}

impl Default for World {
	fn default() -> Self {
		Self::new()
	}
}
