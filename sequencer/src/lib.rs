//! # Coreplay sequencer
//!
//! Builds an APoV (RFC: "Actor PoV") from an Agenda, the way the chain will replay it: the co-scheduled actors are
//! the actors the Agenda names, ascending by id; each one's slab starts from its current snapshot (the one whose
//! blake2-256 is its on-chain state hash) at sequence `actor.sequence + 1`; the Agenda runs once in
//! [`coreplay_vm::produce_pov`], which fills in every `Call` output, every `post` and the consumed inbox messages.
//!
//! The crate reads the chain only through [`ChainView`]: the node's `actors_buildApov` RPC implements it with the
//! `ActorsApi` runtime API and the node's offchain storage (where `pallet-actors` indexes every snapshot), tests
//! implement it in memory, and a standalone sequencer can implement it over RPC.
//!
//! ```text
//! ChainView ──limits, actor info, code, inbox, snapshot──> build_apov(agenda) ──produce_pov──> BuiltApov { apov, .. }
//! ```
//!
//! Every failure is a [`SequencerError`] whose `Display` tells the user what to do about it.
//!
//! ## Determinism
//! The [`Machine`] is built from the chain's own [`Limits`] ([`ChainView::limits`]); with other limits the chain
//! would stop the replay elsewhere and reject the APoV.

use coreplay_primitives::{
	blake2_256, ActorPov, AgendaItem, BlockNumber, CodeHash, Message, PovContext, Slab, StateHash,
	TaskId, Witness,
};
use coreplay_vm::{
	ActorCode, CodeError, ExecError, Execution, Limits, Machine, PostForm, PovError, TrapKind,
};
use std::{collections::BTreeSet, fmt};

#[cfg(any(test, feature = "test-utils"))]
pub mod memory;
#[cfg(test)]
mod tests;

/// What the chain stores about an actor, as far as a sequencer needs it (`pallet_actors::ActorInfo` without the
/// creator).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ActorState {
	/// The AVF the actor runs.
	pub code_hash: CodeHash,
	/// blake2-256 of its current canonical snapshot.
	pub state_hash: StateHash,
	/// How many APoVs advanced it; the next APoV's slab carries `sequence + 1`.
	pub sequence: u64,
}

/// A failure to read the chain (a runtime API call failed, the state was pruned, a connection broke, ...). It
/// carries the reader's own message.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ChainError(String);

impl ChainError {
	/// A chain error with `message`.
	pub fn new(message: impl fmt::Display) -> Self {
		Self(message.to_string())
	}

	/// The reader's message.
	pub fn message(&self) -> &str {
		&self.0
	}
}

impl fmt::Display for ChainError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		f.write_str(&self.0)
	}
}

impl std::error::Error for ChainError {}

/// What the sequencer reads from the chain, all at one block ([`ChainView::block_number`]).
///
/// `None` from a getter means "not there" (an unknown actor, removed code, an unindexed snapshot); `Err` means the
/// chain could not be read at all.
pub trait ChainView {
	/// The number of the block the view reads: the APoV's `context.now`, what actors read with `now()`.
	fn block_number(&self) -> BlockNumber;

	/// The vm limits the chain validates APoVs with (`ActorsApi::limits`).
	///
	/// # Errors
	/// [`ChainError`] if the chain cannot be read.
	fn limits(&self) -> Result<Limits, ChainError>;

	/// An actor's code hash, state hash and sequence (`ActorsApi::actor`), `None` if there is no such actor.
	///
	/// # Errors
	/// [`ChainError`] if the chain cannot be read.
	fn actor(&self, actor: TaskId) -> Result<Option<ActorState>, ChainError>;

	/// A stored AVF blob (`ActorsApi::code`), `None` if no code has this hash.
	///
	/// # Errors
	/// [`ChainError`] if the chain cannot be read.
	fn code(&self, code_hash: CodeHash) -> Result<Option<Vec<u8>>, ChainError>;

	/// An actor's waiting inbox messages, oldest first (`ActorsApi::inbox`).
	///
	/// # Errors
	/// [`ChainError`] if the chain cannot be read.
	fn inbox(&self, actor: TaskId) -> Result<Vec<Message>, ChainError>;

	/// The canonical snapshot whose blake2-256 is `state_hash`, from wherever the chain's snapshots are kept (a
	/// node's offchain storage under `coreplay_primitives::state_key(state_hash)`), `None` if it is not there.
	///
	/// # Errors
	/// [`ChainError`] if the storage cannot be read.
	fn snapshot(&self, state_hash: StateHash) -> Result<Option<Vec<u8>>, ChainError>;
}

/// What to build: an Agenda, the witness its actors may `lookup`, and the fuel budget.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct ApovRequest {
	/// The Agenda, run in order. Its actors are the co-scheduled set; each needs at least one `Service` item.
	/// `Call` items' `output`s are ignored (the sequencer fills them in).
	pub agenda: Vec<AgendaItem>,
	/// Hash preimages available to `lookup`.
	pub witness: Witness,
	/// Fuel for the whole Agenda. Submit the APoV with a `fuel_limit` at least this large, or at least
	/// [`Execution::fuel_used`], so that the chain's replay does not stop earlier.
	pub fuel_limit: u64,
	/// The form of the `post` slabs: full snapshots, or deltas against `pre` where shorter
	/// ([`PostForm::Compact`]); the chain accepts both and canonicalises the same state.
	pub post_form: PostForm,
}

/// A built APoV and what producing it showed.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct BuiltApov {
	/// The APoV, ready for `submit_apov`.
	pub apov: ActorPov,
	/// The execution that produced it: fuel used (the smallest `fuel_limit` its replay needs), messages leaving
	/// the APoV, code upgrades and debug output.
	pub execution: Execution,
}

/// What an actor's inspectors say at a block ([`Sequencer::inspect`]).
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Inspection {
	/// `payout(now)`: what the actor offers whoever submits its next APoV, in the chain's smallest balance unit
	/// (the chain pays at most its account's balance); 0 without a `payout` export or if it fails.
	pub payout: u128,
	/// `dependencies(now)`: the actors it wants co-scheduled with it, ascending, itself and repeats left out;
	/// empty without a `dependencies` export or if it fails.
	pub dependencies: Vec<TaskId>,
}

/// Why an APoV could not be built. `Display` gives a message for the user.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum SequencerError {
	/// The Agenda (or the witness) breaks an APoV rule before anything runs: it is empty, too long, names too many
	/// actors, has an actor without a `Service` item, a `Service { times: 0 }`, a `Call` input over
	/// `max_output_bytes`, or a witness over `max_witness_bytes`.
	InvalidAgenda(PovError),
	/// The Agenda names an actor the chain does not have.
	UnknownActor(TaskId),
	/// The actor's code is not stored on chain (a broken chain: code in use cannot be removed).
	CodeMissing {
		/// The actor.
		actor: TaskId,
		/// The code hash it runs.
		code_hash: CodeHash,
	},
	/// The actor's code does not load under the chain's current limits.
	CodeInvalid {
		/// The actor.
		actor: TaskId,
		/// The code hash it runs.
		code_hash: CodeHash,
		/// Why it does not load.
		error: CodeError,
	},
	/// The snapshot with the actor's state hash is not in the node's offchain storage: the node was not started
	/// with offchain indexing, or did not import the block that wrote it.
	StateNotIndexed {
		/// The actor.
		actor: TaskId,
		/// Its state hash.
		state_hash: StateHash,
	},
	/// The stored snapshot does not hash to the actor's state hash (corrupt storage).
	StateCorrupt {
		/// The actor.
		actor: TaskId,
		/// Its state hash.
		state_hash: StateHash,
	},
	/// The Agenda ran out of fuel.
	OutOfFuel {
		/// The budget it was given.
		fuel_limit: u64,
	},
	/// An actor trapped (a panic in Rust actors).
	ActorTrapped(TrapKind),
	/// A `Call` item returned `Err`: the actor rejects that input in that state.
	CallRejected,
	/// The Agenda overflowed the Wasm call stack or value stack.
	StackOverflow,
	/// The execution stopped for another reason (a limit broken, a bad snapshot, ...).
	Execution(ExecError),
	/// The produced APoV breaks an APoV rule (e.g. a `post` slab over `max_slab_bytes`); the chain would reject it.
	InvalidApov(PovError),
	/// The chain's limits changed since this [`Sequencer`] was made (a runtime upgrade): make a new one.
	LimitsChanged,
	/// The chain could not be read.
	Chain(ChainError),
}

impl From<ChainError> for SequencerError {
	fn from(error: ChainError) -> Self {
		Self::Chain(error)
	}
}

impl SequencerError {
	fn from_pov(error: PovError, fuel_limit: u64) -> Self {
		match error {
			PovError::Exec(ExecError::OutOfFuel) => Self::OutOfFuel { fuel_limit },
			PovError::Exec(ExecError::Trap(kind)) => Self::ActorTrapped(kind),
			PovError::Exec(ExecError::CallRejected) => Self::CallRejected,
			PovError::Exec(ExecError::StackOverflow) => Self::StackOverflow,
			PovError::Exec(other) => Self::Execution(other),
			other => Self::InvalidApov(other),
		}
	}
}

/// A sentence for an APoV rule broken.
fn pov_error_message(error: &PovError) -> String {
	match error {
		PovError::EmptyAgenda => "the Agenda is empty".into(),
		PovError::TooManyAgendaItems => {
			"the Agenda has more items than the chain's `max_agenda_items`".into()
		}
		PovError::NoSlabs => "the APoV has no slab".into(),
		PovError::TooManyActors => {
			"the Agenda names more actors than the chain's `max_actors` per APoV".into()
		}
		PovError::SlabsNotAscending => "the slabs are not strictly ascending by actor".into(),
		PovError::NotCoScheduled => "an Agenda item names an actor without a slab".into(),
		PovError::MissingService => {
			"every actor in the Agenda needs at least one `Service` item".into()
		}
		PovError::ZeroService => "an Agenda item is `Service { times: 0 }`".into(),
		PovError::SlabTooLarge => "a snapshot is larger than the chain's `max_slab_bytes`".into(),
		PovError::ApovTooLarge => {
			"the APoV is longer than the chain's `max_apov_bytes` (one extrinsic); co-schedule fewer actors"
				.into()
		}
		PovError::CallTooLarge => {
			"a `Call` input or output is larger than the chain's `max_output_bytes`".into()
		}
		PovError::WitnessTooLarge => {
			"the witness is larger than the chain's `max_witness_bytes`".into()
		}
		PovError::TooManyWitnessItems => {
			"the witness has more preimages than the chain's `max_witness_items`".into()
		}
		PovError::BadInboxBatch => "the inbox batches are not ascending co-scheduled actors".into(),
		PovError::InboxTooLarge => {
			"the consumed inbox messages exceed the chain's `max_inbox_messages`".into()
		}
		PovError::CodeCountMismatch => "one code per slab was not given (a sequencer bug)".into(),
		PovError::Exec(e) => format!("the Agenda failed: {e}"),
		PovError::CallOutputMismatch => "a `Call` output differs".into(),
		PovError::InboxNotConsumed => "an inbox batch was not consumed".into(),
		PovError::PostMismatch => "a `post` slab differs".into(),
		PovError::BadPostDelta(e) => format!("a delta `post` is not canonical against its `pre`: {e:?}"),
	}
}

impl fmt::Display for SequencerError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::InvalidAgenda(e) => write!(f, "invalid Agenda: {}", pov_error_message(e)),
			Self::UnknownActor(actor) => write!(f, "actor {actor} does not exist on chain"),
			Self::CodeMissing { actor, code_hash } => {
				write!(f, "code {code_hash:?} of actor {actor} is not stored on chain")
			}
			Self::CodeInvalid { actor, code_hash, error } => write!(
				f,
				"code {code_hash:?} of actor {actor} does not load under the chain's limits: {error:?}"
			),
			Self::StateNotIndexed { actor, state_hash } => write!(
				f,
				"the snapshot of actor {actor} (state hash {state_hash:?}) is not in this node's offchain \
				 storage: start the node with offchain indexing (`--enable-offchain-indexing true`; on by \
				 default with `--dev`) and let it import the chain from genesis"
			),
			Self::StateCorrupt { actor, state_hash } => write!(
				f,
				"the stored snapshot of actor {actor} does not hash to its state hash {state_hash:?}"
			),
			Self::OutOfFuel { fuel_limit } => {
				write!(
					f,
					"the Agenda ran out of fuel ({fuel_limit}): raise the fuel limit or shorten it"
				)
			}
			Self::ActorTrapped(kind) => write!(f, "an actor trapped: {kind:?}"),
			Self::CallRejected => {
				write!(f, "a `Call` item was rejected by its actor (it returned `Err`)")
			}
			Self::StackOverflow => write!(f, "the Agenda overflowed the Wasm stack limits"),
			Self::Execution(e) => write!(f, "the Agenda failed: {e}"),
			Self::InvalidApov(e) => {
				write!(f, "the produced APoV would be rejected: {}", pov_error_message(e))
			}
			Self::LimitsChanged => {
				write!(
					f,
					"the chain's vm limits changed (a runtime upgrade): rebuild the sequencer"
				)
			}
			Self::Chain(e) => write!(f, "cannot read the chain: {e}"),
		}
	}
}

impl std::error::Error for SequencerError {
	fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
		match self {
			Self::Chain(e) => Some(e),
			_ => None,
		}
	}
}

/// The co-scheduled actors of `agenda`: every actor it names, ascending, once each.
pub fn coscheduled(agenda: &[AgendaItem]) -> Vec<TaskId> {
	agenda.iter().map(|item| item.actor).collect::<BTreeSet<_>>().into_iter().collect()
}

/// Builds an APoV for `request` from what `chain` shows, with a machine made for the chain's limits (see
/// [`Sequencer::build_apov`]).
///
/// # Errors
/// The first [`SequencerError`].
pub fn build_apov<C: ChainView + ?Sized>(
	chain: &C,
	request: ApovRequest,
) -> Result<BuiltApov, SequencerError> {
	Sequencer::new(chain.limits()?).build_unchecked(chain, request)
}

/// An APoV builder for one chain: a [`Machine`] with the chain's [`Limits`]. Keep one for as long as the limits
/// stay the same; [`Sequencer::build_apov`] reports [`SequencerError::LimitsChanged`] when they do not.
pub struct Sequencer {
	machine: Machine,
}

impl Sequencer {
	/// A sequencer for a chain with `limits`.
	pub fn new(limits: Limits) -> Self {
		Self { machine: Machine::new(limits) }
	}

	/// A sequencer for `chain`'s current limits.
	///
	/// # Errors
	/// [`SequencerError::Chain`] if the limits cannot be read.
	pub fn for_chain<C: ChainView + ?Sized>(chain: &C) -> Result<Self, SequencerError> {
		Ok(Self::new(chain.limits()?))
	}

	/// The machine it builds with (`coreplay_vm::Machine`, the chain's limits): to validate code or run an
	/// actor's entry points as the chain would.
	pub fn machine(&self) -> &Machine {
		&self.machine
	}

	/// The limits this sequencer builds under.
	pub fn limits(&self) -> &Limits {
		self.machine.limits()
	}

	/// Builds an APoV for `request` from what `chain` shows at [`ChainView::block_number`]:
	///
	/// 1. the co-scheduled actors are the actors the Agenda names ([`coscheduled`]); the Agenda's structure is
	///    checked before the chain is read;
	/// 2. each actor's slab has `sequence = actor.sequence + 1` and `pre` = the snapshot with its state hash;
	/// 3. each actor's inbox is offered oldest first, cut so that all together hold at most
	///    `Limits::max_inbox_messages` messages (the first actors get theirs first);
	/// 4. `context.now` is the block number; [`coreplay_vm::produce_pov`] runs the Agenda and fills in the rest.
	///
	/// The result is what the chain would accept if no other APoV advances these actors first.
	///
	/// # Errors
	/// The first [`SequencerError`]; [`SequencerError::LimitsChanged`] if the chain's limits are no longer this
	/// sequencer's.
	pub fn build_apov<C: ChainView + ?Sized>(
		&self,
		chain: &C,
		request: ApovRequest,
	) -> Result<BuiltApov, SequencerError> {
		if chain.limits()? != *self.limits() {
			return Err(SequencerError::LimitsChanged);
		}
		self.build_unchecked(chain, request)
	}

	/// Actor `actor`'s record, loaded code and current snapshot (checked against its state hash).
	fn load_actor<C: ChainView + ?Sized>(
		&self,
		chain: &C,
		actor: TaskId,
	) -> Result<(ActorState, ActorCode, Vec<u8>), SequencerError> {
		let state = chain.actor(actor)?.ok_or(SequencerError::UnknownActor(actor))?;
		let code_hash = state.code_hash;
		let blob =
			chain.code(code_hash)?.ok_or(SequencerError::CodeMissing { actor, code_hash })?;
		let code = self.machine.load(&blob).map_err(|error| SequencerError::CodeInvalid {
			actor,
			code_hash,
			error,
		})?;
		let state_hash = state.state_hash;
		let pre = chain
			.snapshot(state_hash)?
			.ok_or(SequencerError::StateNotIndexed { actor, state_hash })?;
		if blake2_256(&pre) != state_hash {
			return Err(SequencerError::StateCorrupt { actor, state_hash });
		}
		Ok((state, code, pre))
	}

	/// Runs actor `actor`'s inspectors on its current snapshot with `now()` = [`ChainView::block_number`], as the
	/// chain runs `payout` when it canonicalises an APoV built at that block (RFC: `payout(now)` and
	/// `dependencies(now)`; `docs/abi.md`, "Payout"), each with at most `fuel` (the chain's `InspectorFuel`). A
	/// sequencer asks it before it serves an actor: what the APoV would earn, and whom to co-schedule with it.
	/// An inspector that fails counts as absent: the chain pays nothing for a failed `payout`.
	///
	/// # Errors
	/// A [`SequencerError`] if the actor, its code or its snapshot cannot be read or loaded.
	pub fn inspect<C: ChainView + ?Sized>(
		&self,
		chain: &C,
		actor: TaskId,
		fuel: u64,
	) -> Result<Inspection, SequencerError> {
		let (_, code, pre) = self.load_actor(chain, actor)?;
		let now = chain.block_number();
		let payout = self
			.machine
			.payout(&code, actor, &pre, now, fuel)
			.ok()
			.flatten()
			.map_or(0, |payout| payout.amount);
		let dependencies = self
			.machine
			.dependencies(&code, actor, &pre, now, fuel)
			.ok()
			.flatten()
			.unwrap_or_default()
			.into_iter()
			.filter(|task| *task != actor)
			.collect::<BTreeSet<_>>()
			.into_iter()
			.collect();
		Ok(Inspection { payout, dependencies })
	}

	/// [`Sequencer::build_apov`] without checking the limits.
	fn build_unchecked<C: ChainView + ?Sized>(
		&self,
		chain: &C,
		request: ApovRequest,
	) -> Result<BuiltApov, SequencerError> {
		let ApovRequest { agenda, witness, fuel_limit, post_form } = request;
		let actors = coscheduled(&agenda);
		let mut apov = ActorPov {
			context: PovContext { now: chain.block_number() },
			agenda,
			slabs: actors
				.iter()
				.map(|actor| Slab { actor: *actor, sequence: 0, pre: Vec::new(), post: Vec::new() })
				.collect(),
			inbox: Vec::new(),
			witness,
		};
		// Structure first: it bounds how much is read from the chain.
		coreplay_vm::check_pov(&apov, self.limits()).map_err(SequencerError::InvalidAgenda)?;

		let mut codes: Vec<ActorCode> = Vec::with_capacity(actors.len());
		let mut inboxes: Vec<Vec<Message>> = Vec::with_capacity(actors.len());
		let mut inbox_budget = self.limits().max_inbox_messages as usize;
		for slab in &mut apov.slabs {
			let actor = slab.actor;
			let (state, code, pre) = self.load_actor(chain, actor)?;
			let mut inbox = chain.inbox(actor)?;
			inbox.truncate(inbox_budget);
			inbox_budget -= inbox.len();

			// The chain will not reach u64::MAX APoVs for one actor; saturating keeps this panic-free.
			slab.sequence = state.sequence.saturating_add(1);
			slab.pre = pre;
			codes.push(code);
			inboxes.push(inbox);
		}

		let code_refs: Vec<&ActorCode> = codes.iter().collect();
		let inbox_refs: Vec<&[Message]> = inboxes.iter().map(Vec::as_slice).collect();
		let (apov, execution) = coreplay_vm::produce_pov(
			&self.machine,
			apov,
			&code_refs,
			&inbox_refs,
			fuel_limit,
			post_form,
		)
		.map_err(|e| SequencerError::from_pov(e, fuel_limit))?;
		Ok(BuiltApov { apov, execution })
	}
}
