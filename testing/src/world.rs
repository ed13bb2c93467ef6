// This file is part of Coreplay. SPDX-License-Identifier: Apache-2.0

//! [`World`]: actors off chain, as the chain runs them.

use coreplay_primitives::{
	blake2_256, ActorEvent, ActorTransfer, AgendaItem, Balance, BlockNumber, CallSignature,
	CodeHash, Message, OutboundMessage, Sender, SignedCall, StateHash, TaskId, Witness,
};
use coreplay_vm::{ActorCode, ActorInput, CodeError, ExecError, Limits, Machine};
use std::collections::{BTreeMap, VecDeque};

/// The fuel of each creation, execution and inspector unless [`World::set_fuel`] says otherwise: the development
/// chain's `MaxFuel` (`runtime/src/configs.rs`), the most one APoV may use there.
pub const DEFAULT_FUEL: u64 = 100_000_000;

/// Why the world refused a step. Nothing of a refused step changes the world.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Error {
	/// The code is not a valid AVF under the world's limits (`upload_code` would refuse it the same way).
	Code(CodeError),
	/// The execution failed: a trap, out of fuel, a broken limit, a rejected call (the chain refuses such an APoV).
	Exec(ExecError),
	/// No code of this hash was uploaded ([`World::upload`]).
	UnknownCode(CodeHash),
	/// No actor of this id was created.
	UnknownActor(TaskId),
	/// [`World::create_with_id`]: an actor of this id exists.
	ActorExists(TaskId),
	/// A message was sent to an actor that does not exist (the chain refuses the APoV: `UnknownRecipient`).
	UnknownRecipient(TaskId),
	/// `set_code` named a code that was not uploaded (the chain: `UnknownUpgradeCode`).
	UnknownUpgradeCode(CodeHash),
}

impl core::fmt::Display for Error {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		match self {
			Error::Code(e) => write!(f, "the code is refused: {e:?}"),
			Error::Exec(e) => write!(f, "the execution failed: {e}"),
			Error::UnknownCode(hash) => write!(f, "no code {hash:?} was uploaded"),
			Error::UnknownActor(id) => write!(f, "no actor {id} exists"),
			Error::ActorExists(id) => write!(f, "actor {id} exists already"),
			Error::UnknownRecipient(id) => {
				write!(f, "a message was sent to actor {id}, which does not exist")
			}
			Error::UnknownUpgradeCode(hash) => {
				write!(f, "set_code names code {hash:?}, which was not uploaded")
			}
		}
	}
}

impl std::error::Error for Error {}

impl From<ExecError> for Error {
	fn from(e: ExecError) -> Self {
		Error::Exec(e)
	}
}

impl From<CodeError> for Error {
	fn from(e: CodeError) -> Self {
		Error::Code(e)
	}
}

/// What one execution of an Agenda did ([`World::execute`] and the steps built on it).
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Report {
	/// Fuel used, entry charges and host copies included (what the chain charges weight for).
	pub fuel_used: u64,
	/// The `Ok` output of each `Call` and `SignedCall` of the Agenda, in Agenda order.
	pub outputs: Vec<Vec<u8>>,
	/// Messages sent, in send order; the world delivered them to their recipients' inboxes.
	pub outbox: Vec<OutboundMessage>,
	/// Events emitted (`emit_event`), in order: what the chain deposits as `Actors::ActorEvent`.
	pub events: Vec<ActorEvent>,
	/// Payments asked for (`transfer`): the chain makes them when it canonicalises the APoV; the world keeps no
	/// balances and only reports them.
	pub transfers: Vec<ActorTransfer>,
	/// Code upgrades (`set_code`) the world applied, by actor.
	pub code_upgrades: Vec<(TaskId, CodeHash)>,
	/// Debug output (`print`), at most `Limits::max_print_bytes` bytes.
	pub log: String,
}

impl Report {
	/// The output of the Agenda's last call, if it had one.
	pub fn output(&self) -> Option<&[u8]> {
		self.outputs.last().map(Vec::as_slice)
	}
}

/// What [`World::create`] did.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Created {
	/// The new actor's task id.
	pub id: TaskId,
	/// Whether `main` already completed (it returned instead of yielding).
	pub finished: bool,
	/// Fuel `init` used.
	pub fuel_used: u64,
	/// Messages `init` sent, delivered as an execution's.
	pub outbox: Vec<OutboundMessage>,
	/// Events `init` emitted.
	pub events: Vec<ActorEvent>,
	/// `init`'s debug output.
	pub log: String,
}

/// One actor of the world.
#[derive(Clone, Debug)]
struct Actor {
	code_hash: CodeHash,
	snapshot: Vec<u8>,
	sequence: u64,
}

/// Actors off chain: uploaded codes, created actors with their snapshots and sequences, inboxes, and the block
/// number (`now`), run by `coreplay_vm::Machine`, the machine the chain replays APoVs with. Each successful step
/// is what one canonicalised APoV does on chain: every co-scheduled actor's snapshot becomes its `post` and its
/// sequence counts up, consumed inbox messages leave, sent messages join their recipients' inboxes, `set_code`
/// changes code. A refused step changes nothing.
///
/// The world checks what the vm checks (code validity under its limits, fuel, every execution limit) and the
/// chain's rules that decide an execution's outcome (a message's recipient exists, an upgrade's code was
/// uploaded); it does not check signatures, nonces, deposits, inbox bounds or weights, and keeps no balances (the
/// pallet's tests and the dev chain do).
///
/// ```
/// use coreplay_test::World;
/// // A WAT actor whose `call` answers its input's length: the crate's own doc test needs no Wasm build.
/// let avf = coreplay_test::wat_actor(r#"(module
///   (import "coreplay" "input_len" (func $input_len (result i32)))
///   (import "coreplay" "output" (func $output (param i32 i32)))
///   (memory (export "memory") 1)
///   (func (export "init") (result i32) (i32.const 0))
///   (func (export "service") (result i32) (i32.const 0))
///   (func (export "call") (result i32)
///     (i32.store (i32.const 0) (call $input_len))
///     (call $output (i32.const 0) (i32.const 4))
///     (i32.const 0)))"#);
/// let mut world = World::new();
/// let actor = world.deploy(&avf, &[]).expect("created").id;
/// let report = world.call(actor, b"four").expect("runs");
/// assert_eq!(report.output(), Some(&4u32.to_le_bytes()[..]));
/// assert_eq!(world.sequence(actor), Some(1));
/// ```
pub struct World {
	machine: Machine,
	now: BlockNumber,
	fuel: u64,
	codes: BTreeMap<CodeHash, ActorCode>,
	actors: BTreeMap<TaskId, Actor>,
	inboxes: BTreeMap<TaskId, VecDeque<Message>>,
	/// Each signer's next call number to each actor, as the chain's `CallNonces`.
	nonces: BTreeMap<([u8; 32], TaskId), u64>,
	witness: Witness,
	next_id: TaskId,
	/// What the last execution that failed printed before it failed.
	failure_log: String,
}

impl Default for World {
	fn default() -> Self {
		Self::new()
	}
}

impl World {
	/// An empty world under the development chain's limits (`Limits::DEVELOPMENT`), at block 1, with
	/// [`DEFAULT_FUEL`].
	pub fn new() -> Self {
		Self::with_limits(Limits::DEVELOPMENT)
	}

	/// An empty world under `limits` (e.g. a live chain's, from `ActorsApi::limits`).
	pub fn with_limits(limits: Limits) -> Self {
		Self {
			machine: Machine::new(limits),
			now: 1,
			fuel: DEFAULT_FUEL,
			codes: BTreeMap::new(),
			actors: BTreeMap::new(),
			inboxes: BTreeMap::new(),
			nonces: BTreeMap::new(),
			witness: Witness::default(),
			next_id: 0,
			failure_log: String::new(),
		}
	}

	/// The machine the world runs (its limits: `machine().limits()`).
	pub fn machine(&self) -> &Machine {
		&self.machine
	}

	/// The block number the next step runs at (`now()` in the actor).
	pub fn now(&self) -> BlockNumber {
		self.now
	}

	/// Moves time to block `now`; the chain never moves it backwards, so neither does this (a lower `now` is
	/// ignored).
	pub fn set_now(&mut self, now: BlockNumber) {
		self.now = self.now.max(now);
	}

	/// Moves time `blocks` blocks on.
	pub fn advance(&mut self, blocks: BlockNumber) {
		self.now = self.now.saturating_add(blocks);
	}

	/// The fuel each later step may use (default [`DEFAULT_FUEL`]).
	pub fn set_fuel(&mut self, fuel: u64) {
		self.fuel = fuel;
	}

	/// The witness preimages later executions can `lookup` (RFC "Witness"; empty by default).
	pub fn set_witness(&mut self, preimages: Vec<Vec<u8>>) {
		self.witness = Witness { preimages };
	}

	/// Uploads an AVF blob (`upload_code`): validated under the world's limits, stored under its code hash
	/// (blake2-256 of the blob), which it answers.
	///
	/// # Errors
	/// [`Error::Code`] if the chain would refuse it.
	pub fn upload(&mut self, avf: &[u8]) -> Result<CodeHash, Error> {
		self.machine.validate_code(avf)?;
		let code = self.machine.load(avf)?;
		let hash = blake2_256(avf);
		self.codes.insert(hash, code);
		Ok(hash)
	}

	/// Creates an actor of `code_hash` with creation `args` (`create_actor`), as task id the next free one
	/// (from 0, as the chain assigns them).
	///
	/// # Errors
	/// [`Error::UnknownCode`], [`Error::Exec`] if `init` fails, [`Error::UnknownRecipient`] if it sent a message to
	/// no actor.
	pub fn create(&mut self, code_hash: CodeHash, args: &[u8]) -> Result<Created, Error> {
		let mut id = self.next_id;
		while self.actors.contains_key(&id) {
			id = id.checked_add(1).ok_or(Error::ActorExists(id))?;
		}
		self.create_with_id(id, code_hash, args)
	}

	/// [`World::create`] as task `id`, which must be free.
	///
	/// # Errors
	/// [`Error::ActorExists`], and [`World::create`]'s.
	pub fn create_with_id(
		&mut self,
		id: TaskId,
		code_hash: CodeHash,
		args: &[u8],
	) -> Result<Created, Error> {
		if self.actors.contains_key(&id) {
			return Err(Error::ActorExists(id));
		}
		let code = self.codes.get(&code_hash).ok_or(Error::UnknownCode(code_hash))?;
		let creation = self.machine.create(code, id, args, self.now, self.fuel)?;
		// Messages `init` sent itself are delivered too, as after an Agenda.
		let known = |to: TaskId| to == id || self.actors.contains_key(&to);
		if let Some(message) = creation.outbox.iter().find(|m| !known(m.to)) {
			return Err(Error::UnknownRecipient(message.to));
		}
		self.actors.insert(id, Actor { code_hash, snapshot: creation.snapshot, sequence: 0 });
		self.next_id = self.next_id.max(id.saturating_add(1));
		self.deliver(&creation.outbox);
		Ok(Created {
			id,
			finished: creation.finished,
			fuel_used: creation.fuel_used,
			outbox: creation.outbox,
			events: creation.events,
			log: creation.log,
		})
	}

	/// [`World::upload`] then [`World::create`].
	///
	/// # Errors
	/// Theirs.
	pub fn deploy(&mut self, avf: &[u8], args: &[u8]) -> Result<Created, Error> {
		let hash = self.upload(avf)?;
		self.create(hash, args)
	}

	/// Runs `agenda` over the `coscheduled` actors (any order; each consumes what it reads of its inbox), at
	/// [`World::now`], under the world's fuel and witness: one APoV's replay. On success each co-scheduled
	/// actor's snapshot becomes its post and its sequence counts up.
	///
	/// # Errors
	/// [`Error::UnknownActor`], [`Error::Exec`], [`Error::UnknownRecipient`], [`Error::UnknownUpgradeCode`].
	pub fn execute(
		&mut self,
		coscheduled: &[TaskId],
		agenda: &[AgendaItem],
	) -> Result<Report, Error> {
		let mut ids = coscheduled.to_vec();
		ids.sort_unstable();
		ids.dedup();
		let mut inputs = Vec::with_capacity(ids.len());
		let inboxes: Vec<Vec<Message>> = ids
			.iter()
			.map(|id| self.inboxes.get(id).map(|q| q.iter().cloned().collect()).unwrap_or_default())
			.collect();
		for (id, inbox) in ids.iter().zip(&inboxes) {
			let actor = self.actors.get(id).ok_or(Error::UnknownActor(*id))?;
			let code =
				self.codes.get(&actor.code_hash).ok_or(Error::UnknownCode(actor.code_hash))?;
			inputs.push(ActorInput { id: *id, code, pre: &actor.snapshot, inbox });
		}
		let execution = match self.machine.execute_logged(
			&inputs,
			agenda,
			self.now,
			&self.witness,
			self.fuel,
		) {
			Ok(execution) => execution,
			Err(failed) => {
				self.failure_log = failed.log;
				return Err(Error::Exec(failed.error));
			}
		};
		if let Some(message) = execution.outbox.iter().find(|m| !self.actors.contains_key(&m.to)) {
			return Err(Error::UnknownRecipient(message.to));
		}
		if let Some((_, hash)) =
			execution.code_upgrades.iter().find(|(_, hash)| !self.codes.contains_key(hash))
		{
			return Err(Error::UnknownUpgradeCode(*hash));
		}
		for ((id, post), consumed) in ids.iter().zip(execution.posts).zip(&execution.inbox_consumed)
		{
			let actor = self.actors.get_mut(id).expect("co-scheduled actors exist; checked above");
			actor.snapshot = post;
			actor.sequence = actor.sequence.saturating_add(1);
			if let Some(inbox) = self.inboxes.get_mut(id) {
				inbox.drain(..(*consumed as usize).min(inbox.len()));
			}
		}
		for (id, hash) in &execution.code_upgrades {
			self.actors.get_mut(id).expect("only co-scheduled actors upgrade; qed").code_hash =
				*hash;
		}
		self.deliver(&execution.outbox);
		Ok(Report {
			fuel_used: execution.fuel_used,
			outputs: execution.call_outputs,
			outbox: execution.outbox,
			events: execution.events,
			transfers: execution.transfers,
			code_upgrades: execution.code_upgrades,
			log: execution.log,
		})
	}

	/// `Service { times }` on `id` alone: `main` resumed up to `times` times.
	///
	/// # Errors
	/// [`World::execute`]'s.
	pub fn service(&mut self, id: TaskId, times: u32) -> Result<Report, Error> {
		self.execute(&[id], &[AgendaItem::service(id, times)])
	}

	/// An Agenda `Call` of `input` on `id` alone (`call(origin: None, input)`): [`Report::output`] is its `Ok`
	/// output.
	///
	/// # Errors
	/// [`World::execute`]'s; an actor that answers `Err` makes it `Error::Exec(ExecError::CallRejected)`.
	pub fn call(&mut self, id: TaskId, input: &[u8]) -> Result<Report, Error> {
		self.execute(&[id], &[AgendaItem::call(id, input.to_vec(), Vec::new())])
	}

	/// An Agenda `SignedCall` of account `signer` (32 bytes) on `id` alone: the actor sees `signer` as its
	/// caller (`caller()` answers `Account`). Its nonce is the signer's next call number to `id`, as the chain
	/// requires; the signature is not checked off chain (the chain checks it before the replay), so it is empty.
	///
	/// # Errors
	/// [`World::execute`]'s.
	pub fn call_signed(
		&mut self,
		id: TaskId,
		signer: [u8; 32],
		input: &[u8],
	) -> Result<Report, Error> {
		let nonce = self.nonces.get(&(signer, id)).copied().unwrap_or(0);
		let call = SignedCall {
			signer: signer.into(),
			nonce,
			input: input.to_vec(),
			output: Vec::new(),
			signature: CallSignature::Ed25519(sp_core::ed25519::Signature::from_raw([0; 64])),
		};
		let report = self.execute(&[id], &[AgendaItem::signed_call(id, call)])?;
		self.nonces.insert((signer, id), nonce.saturating_add(1));
		Ok(report)
	}

	/// A message from account `from` with `value` (the chain's `send_message`), queued in `to`'s inbox: the
	/// actor reads it at its next execution (`next_message`, `message_sender`, `message_value`).
	///
	/// # Errors
	/// [`Error::UnknownActor`].
	pub fn send(
		&mut self,
		from: [u8; 32],
		to: TaskId,
		data: &[u8],
		value: Balance,
	) -> Result<(), Error> {
		if !self.actors.contains_key(&to) {
			return Err(Error::UnknownActor(to));
		}
		self.inboxes.entry(to).or_default().push_back(Message {
			from: Sender::Account(from),
			data: data.to_vec(),
			value,
		});
		Ok(())
	}

	/// What the actors printed (`print`) in the last execution that failed ([`Error::Exec`]), up to the failure:
	/// the output a trap or an exhausted fuel budget would otherwise hide.
	pub fn failure_log(&self) -> &str {
		&self.failure_log
	}

	/// The messages waiting in `id`'s inbox, oldest first.
	pub fn inbox(&self, id: TaskId) -> Vec<Message> {
		self.inboxes.get(&id).map(|q| q.iter().cloned().collect()).unwrap_or_default()
	}

	/// `id`'s canonical snapshot (the next execution's `pre`).
	pub fn snapshot(&self, id: TaskId) -> Option<&[u8]> {
		self.actors.get(&id).map(|a| a.snapshot.as_slice())
	}

	/// `id`'s state hash: blake2-256 of its snapshot, what the chain stores.
	pub fn state_hash(&self, id: TaskId) -> Option<StateHash> {
		self.snapshot(id).map(blake2_256)
	}

	/// `id`'s sequence: 0 at creation, plus one per execution it was co-scheduled in.
	pub fn sequence(&self, id: TaskId) -> Option<u64> {
		self.actors.get(&id).map(|a| a.sequence)
	}

	/// `id`'s code hash.
	pub fn code_hash(&self, id: TaskId) -> Option<CodeHash> {
		self.actors.get(&id).map(|a| a.code_hash)
	}

	/// The `payout(now)` inspector on `id`'s snapshot, at [`World::now`]: what its sequencer would be paid
	/// (`None` if the code exports no `payout` or it answers none).
	///
	/// # Errors
	/// [`Error::UnknownActor`], [`Error::Exec`].
	pub fn payout(&self, id: TaskId) -> Result<Option<Balance>, Error> {
		let (code, snapshot) = self.code_of(id)?;
		let payout = self.machine.payout(code, id, snapshot, self.now, self.fuel)?;
		Ok(payout.map(|p| p.amount))
	}

	/// The `dependencies(now)` inspector on `id`'s snapshot, at [`World::now`]: the actors it asks to be
	/// co-scheduled with.
	///
	/// # Errors
	/// [`Error::UnknownActor`], [`Error::Exec`].
	pub fn dependencies(&self, id: TaskId) -> Result<Option<Vec<TaskId>>, Error> {
		let (code, snapshot) = self.code_of(id)?;
		Ok(self.machine.dependencies(code, id, snapshot, self.now, self.fuel)?)
	}

	fn code_of(&self, id: TaskId) -> Result<(&ActorCode, &[u8]), Error> {
		let actor = self.actors.get(&id).ok_or(Error::UnknownActor(id))?;
		let code = self.codes.get(&actor.code_hash).ok_or(Error::UnknownCode(actor.code_hash))?;
		Ok((code, &actor.snapshot))
	}

	/// Appends `outbox` to the recipients' inboxes (all exist: checked by the caller).
	fn deliver(&mut self, outbox: &[OutboundMessage]) {
		for message in outbox {
			self.inboxes
				.entry(message.to)
				.or_default()
				.push_back(Message::from_actor(message.from, message.data.clone()));
		}
	}
}
