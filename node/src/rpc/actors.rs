//! The `actors_*` RPC methods: actor snapshots from the node's offchain storage, and APoVs built with
//! `coreplay-sequencer` against the best block.
//!
//! `pallet-actors` writes every snapshot the chain accepts with `sp_io::offchain_index::set` under
//! `pallet_actors::state_key(state_hash)`, in the PERSISTENT offchain keyspace (`sp_core::offchain::STORAGE_PREFIX`).
//! Only nodes with offchain indexing on (`--enable-offchain-indexing true`, the default for development chains)
//! store them, and only for blocks they imported with it on.
//!
//! | method | params | result |
//! |---|---|---|
//! | `actors_getState` | `stateHash` | the snapshot, hex |
//! | `actors_getActorState` | `taskId`, `at?` | `{ at, codeHash, stateHash, sequence, state }` |
//! | `actors_buildApov` | `agenda`, `fuelLimit?`, `witness?`, `compact?` | the SCALE-encoded `ActorPov`, hex |
//! | `actors_traceApov` | as `actors_buildApov` | `{ apov, builtAt, fuelUsed, callOutputs, log, events, outbox }`: the same APoV and what its execution showed |
//! | `actors_submitCall` | `taskId`, `call` (SCALE `SignedCall`, hex) | `{ output, sequence, builtAt, extrinsic }` once this node's sequencer submitted an APoV carrying it |
//!
//! `agenda` is either the SCALE encoding of `Vec<AgendaItem>` as a hex string, or a JSON array of items
//! `{ "actor": 0, "service": 3 }` / `{ "actor": 0, "call": "0x01" }` (a `Call`'s output is filled in by the node).
//! `fuelLimit` defaults to the runtime's `MaxFuel` and is clamped to it (the chain refuses more); `witness` is a list of hex preimages for `lookup`; `compact`
//! (default `true`) writes each `post` as a delta against its `pre` where that is shorter
//! (`coreplay_vm::PostForm::Compact`), `false` as the full snapshot. The chain canonicalises the same state
//! either way.
//! `actors_buildApov` and `actors_traceApov` are unsafe methods (they run actor code on this node): nodes serving
//! RPC beyond localhost refuse them unless started with `--rpc-methods unsafe`.
//!
//! A `SignedCall` whose signature does not verify for this chain is refused before anything runs
//! ([`error_code::BAD_CALL_SIGNATURE`]); its nonce is the chain's to check.
//!
//! `actors_submitCall` hands a user's signed call to this node's sequencer (`crate::sequencer::calls`): it is
//! checked at once (the signature, the nonce against the chain's and the calls pooled before it, that this node's
//! key holds the actor in the next block, and a dry run of the APoV that would carry it, through the runtime's
//! `ActorsApi::dry_run_apov`), then pooled, and the answer comes when the sequencer has submitted an APoV
//! carrying it (its output, the sequence the actor reaches and the extrinsic's hash), or when it is refused: its
//! actor rejected it ([`error_code::CALL_REJECTED`]) or it was not served within `CALL_TTL` blocks
//! ([`error_code::CALL_EXPIRED`]). The user pays nothing and builds nothing; the sequencer pays the APoV and takes
//! the actor's payout. A safe method: the pool is bounded per signer and in all (`calls::MAX_CALLS_PER_SIGNER`,
//! `calls::MAX_CALLS`); a node open to the public should still set `--rpc-rate-limit`, as each call is dry-run.
//!
//! Every error is a JSON-RPC error with one of the codes of [`error_code`] and a message saying what to do.

use codec::DecodeAll;
use coreplay_primitives::{AgendaItem, BlockNumber, CodeHash, Message, StateHash, TaskId, Witness};
use coreplay_runtime::{opaque::Block, AccountId, Balance};
use coreplay_sequencer::{ActorState, ApovRequest, ChainError, ChainView, SequencerError};
use coreplay_vm::{Limits, PostForm};
use jsonrpsee::{core::RpcResult, proc_macros::rpc, types::ErrorObjectOwned};
use pallet_actors::runtime_api::ActorsApi as ActorsRuntimeApi;
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::{
	offchain::{OffchainStorage, STORAGE_PREFIX},
	Bytes, Get,
};
use sp_runtime::traits::Block as BlockT;
use std::sync::Arc;

/// The block hash.
type Hash = <Block as BlockT>::Hash;

/// The JSON-RPC error codes of the `actors_*` methods (`sc-rpc-api` uses 1000-8999 for its own groups).
pub mod error_code {
	/// A parameter does not parse (bad hex, bad SCALE, a malformed Agenda item).
	pub const INVALID_PARAMS: i32 = jsonrpsee::types::error::INVALID_PARAMS_CODE;
	/// The runtime or the database could not be read (a runtime API call failed, pruned state).
	pub const CHAIN: i32 = 9000;
	/// `at` names a block this node does not know.
	pub const UNKNOWN_BLOCK: i32 = 9001;
	/// No actor has this id.
	pub const UNKNOWN_ACTOR: i32 = 9002;
	/// The snapshot is not in this node's offchain storage (offchain indexing off, or the block that wrote it was
	/// not imported with it on).
	pub const STATE_NOT_INDEXED: i32 = 9003;
	/// The stored snapshot does not hash to the actor's state hash.
	pub const STATE_CORRUPT: i32 = 9004;
	/// An actor's code is not stored on chain.
	pub const CODE_MISSING: i32 = 9005;
	/// An actor's code does not load under the chain's limits.
	pub const CODE_INVALID: i32 = 9006;
	/// The Agenda breaks an APoV rule (empty, too long, an actor without `Service`, ...).
	pub const INVALID_AGENDA: i32 = 9007;
	/// The Agenda ran out of fuel.
	pub const OUT_OF_FUEL: i32 = 9008;
	/// An actor trapped.
	pub const ACTOR_TRAPPED: i32 = 9009;
	/// A `Call` item was rejected by its actor.
	pub const CALL_REJECTED: i32 = 9010;
	/// The Agenda overflowed the Wasm stack limits.
	pub const STACK_OVERFLOW: i32 = 9011;
	/// The Agenda failed for another reason (a vm limit, a bad snapshot).
	pub const EXECUTION_FAILED: i32 = 9012;
	/// The produced APoV breaks an APoV rule (e.g. a `post` slab too large).
	pub const INVALID_APOV: i32 = 9013;
	/// The chain's limits changed while building.
	pub const LIMITS_CHANGED: i32 = 9014;
	/// A `SignedCall`'s signature is not its signer's over `SignedCall::payload` for this chain and actor: the
	/// chain would refuse the APoV (`actors.BadCallSignature`).
	pub const BAD_CALL_SIGNATURE: i32 = 9015;
	/// A submitted call's nonce is not its signer's next to that actor, the calls pooled before it counted.
	pub const CALL_NONCE: i32 = 9016;
	/// The call pool has no room (in all, or for this signer).
	pub const CALL_POOL_FULL: i32 = 9017;
	/// This node runs no sequencer (`--sequencer`), so it takes no calls.
	pub const NO_SEQUENCER: i32 = 9018;
	/// This node's sequencer does not hold the actor in the next block: another sequencer does, or none.
	pub const NOT_HELD: i32 = 9019;
	/// The call waited `CALL_TTL` blocks and was not carried (or the chain ran another call with its nonce).
	pub const CALL_EXPIRED: i32 = 9020;
	/// The runtime's dry run of the APoV carrying the call refuses it (a `pallet-actors` error, named).
	pub const DRY_RUN_REFUSED: i32 = 9021;
}

/// What `actors_submitCall` answers once this node's sequencer submitted an APoV carrying the call.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubmittedCall {
	/// The actor's answer (the `Ok` bytes of its `call` entry point).
	pub output: Bytes,
	/// The sequence the actor reaches when the APoV is canonicalised.
	pub sequence: u64,
	/// The best block the APoV was built on (its `context.now`).
	pub built_at: BlockNumber,
	/// The hash of the `actors.submitApov` extrinsic, to follow it on chain.
	pub extrinsic: sp_core::H256,
}

/// What `actors_traceApov` answers: the APoV `actors_buildApov` would build, and what its execution showed.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApovTrace {
	/// The SCALE-encoded `ActorPov`, as `actors_buildApov` answers it.
	pub apov: Bytes,
	/// The best block it was built on (its `context.now`).
	pub built_at: BlockNumber,
	/// The fuel the Agenda used: the least `fuel_limit` the chain's replay needs.
	pub fuel_used: u64,
	/// The `Ok` output of each `Call` item, in Agenda order.
	pub call_outputs: Vec<Bytes>,
	/// The actors' `print` output, each text on a line of its own, at most `Limits::max_print_bytes`.
	pub log: String,
	/// The events emitted (`emit_event`), in order, as the chain deposits them once the APoV is canonicalised.
	pub events: Vec<TracedEvent>,
	/// The messages sent to actors outside the APoV (or left unread by co-scheduled ones), in send order.
	pub outbox: Vec<TracedMessage>,
}

/// An event of [`ApovTrace`].
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct TracedEvent {
	/// The emitting actor.
	pub actor: TaskId,
	/// Its topics (32 bytes each).
	pub topics: Vec<sp_core::H256>,
	/// Its data.
	pub data: Bytes,
}

/// A message of [`ApovTrace`].
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct TracedMessage {
	/// The sending actor.
	pub from: TaskId,
	/// The recipient.
	pub to: TaskId,
	/// The payload.
	pub data: Bytes,
}

/// This node's sequencer, as the RPC reaches it: its account and its call pool.
#[derive(Clone)]
pub struct SequencerHandle {
	/// The account its APoVs are signed by.
	pub account: AccountId,
	/// The pool `actors_submitCall` adds to.
	pub calls: Arc<crate::sequencer::calls::CallPool>,
}

/// An actor's on-chain record and its current snapshot.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ActorStateView<BlockHash> {
	/// The block the record was read at.
	pub at: BlockHash,
	/// The AVF the actor runs.
	pub code_hash: CodeHash,
	/// blake2-256 of `state`.
	pub state_hash: StateHash,
	/// How many APoVs advanced the actor.
	pub sequence: u64,
	/// The canonical snapshot.
	pub state: Bytes,
}

/// The `actors_*` methods.
#[rpc(server)]
pub trait ActorsApi<BlockHash> {
	/// The snapshot whose blake2-256 is `state_hash`, from this node's offchain storage.
	#[method(name = "actors_getState")]
	fn get_state(&self, state_hash: StateHash) -> RpcResult<Bytes>;

	/// Actor `task`'s code hash, state hash, sequence and snapshot at block `at` (default: the best block).
	#[method(name = "actors_getActorState")]
	fn get_actor_state(
		&self,
		task: TaskId,
		at: Option<BlockHash>,
	) -> RpcResult<ActorStateView<BlockHash>>;

	/// Builds an APoV for `agenda` at the best block (`context.now` = its number), under `fuel_limit` (default
	/// and most: the runtime's `MaxFuel`; a larger one is clamped to it), with `witness` preimages, its `post` slabs compact (deltas against `pre`) unless
	/// `compact` is `false`; returns the SCALE-encoded `ActorPov`.
	///
	/// Unsafe (`--rpc-methods`): one call may interpret up to `MaxFuel` of actor code on this node, so a node
	/// with public RPC refuses it (error -32601 "RPC call is unsafe to be called externally"), as `sc-rpc` does
	/// for its own costly methods. With the default `--rpc-methods auto`, a node listening on localhost only
	/// allows it.
	#[method(name = "actors_buildApov", blocking, with_extensions)]
	fn build_apov(
		&self,
		agenda: serde_json::Value,
		fuel_limit: Option<u64>,
		witness: Option<Vec<Bytes>>,
		compact: Option<bool>,
	) -> RpcResult<Bytes>;

	/// Builds an APoV as `actors_buildApov` does (the same parameters, unsafe likewise) and answers it with what
	/// its execution showed (issue 30, after pallet-contracts' `debug_message`): the fuel it used, each `Call`
	/// item's output, the actors' `print` output, the events they emitted and the messages they sent. A build
	/// that fails answers the same error as `actors_buildApov`.
	#[method(name = "actors_traceApov", blocking, with_extensions)]
	fn trace_apov(
		&self,
		agenda: serde_json::Value,
		fuel_limit: Option<u64>,
		witness: Option<Vec<Bytes>>,
		compact: Option<bool>,
	) -> RpcResult<ApovTrace>;

	/// Hands `call`, a SCALE-encoded `SignedCall` (hex) to actor `task`, to this node's sequencer, which carries it
	/// in the actor's next APoV (`[SignedCall…, Service 1]`); answers once that APoV is submitted (in the next
	/// block or so), with the call's output. Refused at once with a bad signature, a nonce that does not follow,
	/// an actor this node's key does not hold in the next block, a full pool, or a dry run that fails (see the
	/// module documentation).
	#[method(name = "actors_submitCall")]
	async fn submit_call(&self, task: TaskId, call: Bytes) -> RpcResult<SubmittedCall>;
}

/// The `actors_*` methods over a client and the offchain database.
pub struct Actors<C, S> {
	client: Arc<C>,
	offchain_db: Option<S>,
	offchain_indexing: bool,
	sequencer: Option<SequencerHandle>,
	/// [`CALL_CHECKS_AT_ONCE`] permits for `actors_submitCall`'s checks.
	checks: Arc<tokio::sync::Semaphore>,
}

impl<C, S> Actors<C, S> {
	/// The methods over `client` and `offchain_db`; `offchain_indexing` says whether this node indexes (it only
	/// changes error messages); `sequencer`, this node's sequencer if it runs one (for `actors_submitCall`).
	pub fn new(
		client: Arc<C>,
		offchain_db: Option<S>,
		offchain_indexing: bool,
		sequencer: Option<SequencerHandle>,
	) -> Self {
		let checks = Arc::new(tokio::sync::Semaphore::new(CALL_CHECKS_AT_ONCE));
		Self { client, offchain_db, offchain_indexing, sequencer, checks }
	}
}

/// Most `actors_submitCall` checks (an APoV build and a runtime dry run each, on the blocking pool) running at
/// once; a call that finds them all busy is refused with [`error_code::CALL_POOL_FULL`], to try again.
pub const CALL_CHECKS_AT_ONCE: usize = 2;

/// Checks `call` to `task` for `sequencer`'s pool at the best block and adds it: this node's key holds the actor in
/// one of the next two blocks (the round at the next block serves the holders of the one after), the nonce
/// follows the chain's and the pooled calls', and the APoV that would carry it after the pooled calls the chain
/// has not run yet builds and passes the runtime's dry run.
fn pool_call<C, S>(
	client: &C,
	offchain_db: Option<&S>,
	offchain_indexing: bool,
	sequencer: &SequencerHandle,
	task: TaskId,
	call: coreplay_primitives::SignedCall,
) -> Result<
	futures::channel::oneshot::Receiver<crate::sequencer::calls::CallReport>,
	ErrorObjectOwned,
>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
	C::Api: ActorsRuntimeApi<Block, AccountId, Balance>,
	S: OffchainStorage,
{
	use crate::sequencer::calls::{AddError, MAX_CALLS, MAX_CALLS_PER_ACTOR, MAX_CALLS_PER_SIGNER};
	use error_code::*;
	let info = client.info();
	let chain = RuntimeChain::new(client, info.best_hash, info.best_number, offchain_db);
	let api = client.runtime_api();
	let read = |what: &str, e: sp_api::ApiError| chain_error(api_error(what, &chain.at, e));
	let next = chain.number.saturating_add(1);
	let mut holders = Vec::new();
	for at in [next, next.saturating_add(1)] {
		match api
			.canonical_sequencer(chain.at, task, at)
			.map_err(|e| read("canonical_sequencer", e))?
		{
			pallet_actors::Assignment::UnknownActor => {
				return Err(rpc_error(UNKNOWN_ACTOR, format!("actor {task} does not exist")))
			}
			pallet_actors::Assignment::Sequencer { sequencer: holder, .. } => holders.push(holder),
			_ => {}
		}
	}
	if !holders.contains(&sequencer.account) {
		return Err(rpc_error(
			NOT_HELD,
			match holders.first() {
				Some(holder) => format!(
					"actor {task} is held by sequencer {holder} in block #{next}, not by this node's \
					 ({}): submit the call to that sequencer's node",
					sequencer.account
				),
				None => format!(
					"actor {task} has no canonical sequencer in block #{next}: submit the call in an APoV of \
					 your own (scripts/bin/call.js --signed)"
				),
			},
		));
	}
	let mut nonces = std::collections::BTreeMap::new();
	let mut nonce_of = |signer: &coreplay_primitives::AccountId| -> Result<u64, ErrorObjectOwned> {
		if let Some(nonce) = nonces.get(signer) {
			return Ok(*nonce);
		}
		let nonce =
			api.call_nonce(chain.at, signer.clone(), task).map_err(|e| read("call_nonce", e))?;
		nonces.insert(signer.clone(), nonce);
		Ok(nonce)
	};
	let chain_nonce = nonce_of(&call.signer)?;
	let expected = sequencer.calls.next_nonce(&call.signer, task, chain_nonce);
	if call.nonce != expected {
		return Err(rpc_error(
			CALL_NONCE,
			format!(
				"nonce {} of {} to actor {task}: the next is {expected} (the chain's {chain_nonce} and the calls \
				 pooled before it); sign the call again with nonce {expected}",
				call.nonce, call.signer
			),
		));
	}
	// The pooled calls the chain has not run yet (the round that drops the others may not have run), then this one.
	let mut agenda = Vec::new();
	for pooled in sequencer.calls.calls_for(task) {
		if pooled.nonce >= nonce_of(&pooled.signer)? {
			agenda.push(AgendaItem::signed_call(task, pooled));
		}
	}
	let pooled = agenda.len();
	agenda.push(AgendaItem::signed_call(task, call.clone()));
	agenda.push(AgendaItem::service(task, 1));
	let fuel_limit = default_fuel_limit();
	let request = ApovRequest { agenda, fuel_limit, ..Default::default() };
	let built = coreplay_sequencer::build_apov(&chain, request).map_err(|e| match e {
		SequencerError::CallRejected => rpc_error(
			CALL_REJECTED,
			format!(
				"actor {task} rejects the call (returns `Err`) in its state at #{} after the {pooled} call(s) \
				 pooled before it",
				chain.number
			),
		),
		e => sequencer_error(e, offchain_indexing),
	})?;
	let dry_run = api
		.dry_run_apov(chain.at, sequencer.account.clone(), built.apov, fuel_limit)
		.map_err(|e| read("dry_run_apov", e))?;
	if let Err((error, _)) = dry_run.result {
		return Err(rpc_error(
			DRY_RUN_REFUSED,
			format!(
				"the chain would refuse the APoV carrying the call: {} (dry run at #{})",
				dispatch_error_name(&error),
				chain.number
			),
		));
	}
	sequencer.calls.add(task, call, chain_nonce, chain.number).map_err(|e| match e {
		AddError::PoolFull => rpc_error(
			CALL_POOL_FULL,
			format!("the call pool holds {MAX_CALLS} calls, its most: try again in a few blocks"),
		),
		AddError::SignerQuotaFull => rpc_error(
			CALL_POOL_FULL,
			format!(
				"the signer has {MAX_CALLS_PER_SIGNER} calls waiting, the most one signer may: wait for their \
				 answers"
			),
		),
		AddError::ActorQuotaFull => rpc_error(
			CALL_POOL_FULL,
			format!(
				"actor {task} has {MAX_CALLS_PER_ACTOR} calls waiting, the most one actor may: try again in a \
				 few blocks"
			),
		),
		AddError::BadNonce { expected } => rpc_error(
			CALL_NONCE,
			format!(
				"the pool changed while the call was checked: the next nonce is {expected}; sign the call again \
				 with it"
			),
		),
	})
}

/// The name of a dispatch error: `pallet-actors`' error variant if it is one.
fn dispatch_error_name(error: &sp_runtime::DispatchError) -> String {
	if let sp_runtime::DispatchError::Module(module) = error {
		let actors = <coreplay_runtime::Actors as frame_support::traits::PalletInfoAccess>::index();
		if usize::from(module.index) == actors {
			if let Ok(e) =
				<pallet_actors::Error<coreplay_runtime::Runtime> as codec::Decode>::decode(
					&mut &module.error[..],
				) {
				let name: &'static str = e.into();
				return format!("actors.{name}");
			}
		}
	}
	format!("{error:?}")
}

/// The default `fuelLimit`: the largest the runtime accepts in `submit_apov`.
fn default_fuel_limit() -> u64 {
	<<coreplay_runtime::Runtime as pallet_actors::Config>::MaxFuel as Get<u64>>::get()
}

fn rpc_error(code: i32, message: impl Into<String>) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(code, message, None::<()>)
}

fn chain_error(error: ChainError) -> ErrorObjectOwned {
	rpc_error(error_code::CHAIN, format!("cannot read the chain: {error}"))
}

/// The message for a snapshot this node does not have.
fn not_indexed_message(state_hash: &StateHash, offchain_indexing: bool) -> String {
	if offchain_indexing {
		format!(
			"snapshot {state_hash:?} is not in this node's offchain storage: it was written by a block this \
			 node imported without offchain indexing, or no such state exists; resync the node from genesis \
			 with `--enable-offchain-indexing true`"
		)
	} else {
		format!(
			"snapshot {state_hash:?} is not available: this node runs without offchain indexing; restart it \
			 with `--enable-offchain-indexing true` (on by default with `--dev`) and resync it from genesis"
		)
	}
}

/// A [`SequencerError`] as a JSON-RPC error.
fn sequencer_error(error: SequencerError, offchain_indexing: bool) -> ErrorObjectOwned {
	use error_code::*;
	let code = match &error {
		SequencerError::InvalidAgenda(_) => INVALID_AGENDA,
		SequencerError::UnknownActor(_) => UNKNOWN_ACTOR,
		SequencerError::CodeMissing { .. } => CODE_MISSING,
		SequencerError::CodeInvalid { .. } => CODE_INVALID,
		SequencerError::StateNotIndexed { actor, state_hash } => {
			let message =
				format!("actor {actor}: {}", not_indexed_message(state_hash, offchain_indexing));
			return rpc_error(STATE_NOT_INDEXED, message);
		}
		SequencerError::StateCorrupt { .. } => STATE_CORRUPT,
		SequencerError::OutOfFuel { .. } => OUT_OF_FUEL,
		SequencerError::ActorTrapped(_) => ACTOR_TRAPPED,
		SequencerError::CallRejected => CALL_REJECTED,
		SequencerError::StackOverflow => STACK_OVERFLOW,
		SequencerError::Execution(_) => EXECUTION_FAILED,
		SequencerError::InvalidApov(_) => INVALID_APOV,
		SequencerError::LimitsChanged => LIMITS_CHANGED,
		SequencerError::Chain(_) => CHAIN,
	};
	rpc_error(code, error.to_string())
}

/// One Agenda item in JSON: exactly one of `service` (times) and `call` (hex input).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AgendaItemJson {
	actor: TaskId,
	#[serde(default)]
	service: Option<u32>,
	#[serde(default)]
	call: Option<Bytes>,
}

/// Parses `agenda`: a hex string of SCALE `Vec<AgendaItem>`, or a JSON array of [`AgendaItemJson`].
fn parse_agenda(agenda: serde_json::Value) -> Result<Vec<AgendaItem>, ErrorObjectOwned> {
	let invalid = |message: String| rpc_error(error_code::INVALID_PARAMS, message);
	match agenda {
		serde_json::Value::String(hex) => {
			let bytes = hex
				.parse::<Bytes>()
				.map_err(|e| invalid(format!("agenda: not a hex string: {e}")))?;
			Vec::<AgendaItem>::decode_all(&mut &bytes[..])
				.map_err(|e| invalid(format!("agenda: not a SCALE-encoded Vec<AgendaItem>: {e}")))
		}
		serde_json::Value::Array(items) => items
			.into_iter()
			.enumerate()
			.map(|(index, item)| {
				let item: AgendaItemJson = serde_json::from_value(item)
					.map_err(|e| invalid(format!("agenda item {index}: {e}")))?;
				match (item.service, item.call) {
					(Some(times), None) => Ok(AgendaItem::service(item.actor, times)),
					(None, Some(input)) => Ok(AgendaItem::call(item.actor, input.0, Vec::new())),
					_ => Err(invalid(format!(
						"agenda item {index}: give exactly one of `service` (times) and `call` (hex input)"
					))),
				}
			})
			.collect(),
		_ => Err(invalid(
			"agenda: expected a hex string (SCALE Vec<AgendaItem>) or an array of \
			 {\"actor\", \"service\" | \"call\"} items"
				.into(),
		)),
	}
}

/// Checks the signature of every `SignedCall` of `agenda` for the chain of `genesis` (`SignedCall::verify`), as the
/// chain will before it replays the APoV: a bad one is [`error_code::BAD_CALL_SIGNATURE`], saying what to sign. The
/// nonces are left to the chain (`actors.CallNonceMismatch`; a dry run reports it).
fn check_call_signatures(
	agenda: &[AgendaItem],
	genesis: &coreplay_primitives::H256,
) -> Result<(), ErrorObjectOwned> {
	for (index, item) in agenda.iter().enumerate() {
		let coreplay_primitives::Invocation::SignedCall(call) = &item.entry else { continue };
		if !call.verify(genesis, item.actor) {
			return Err(rpc_error(
				error_code::BAD_CALL_SIGNATURE,
				format!(
					"agenda item {index}: the signature is not {}'s over SignedCall::payload(genesis {genesis:?}, \
					 actor {}, nonce {}, input): sign that payload for this chain (docs/abi.md, \"Signed calls\")",
					call.signer, item.actor, call.nonce
				),
			));
		}
	}
	Ok(())
}

/// The chain as `coreplay-sequencer` sees it: the `ActorsApi` runtime API at one block, and the offchain
/// database for snapshots. The RPC and the node's sequencer (`crate::sequencer`) build APoVs through it.
pub(crate) struct RuntimeChain<'a, C, S> {
	client: &'a C,
	at: Hash,
	number: BlockNumber,
	offchain_db: Option<&'a S>,
}

impl<'a, C, S> RuntimeChain<'a, C, S> {
	/// The chain at block `at` (number `number`), snapshots from `offchain_db`.
	pub(crate) fn new(
		client: &'a C,
		at: Hash,
		number: BlockNumber,
		offchain_db: Option<&'a S>,
	) -> Self {
		Self { client, at, number, offchain_db }
	}
}

fn api_error(method: &str, at: &Hash, error: sp_api::ApiError) -> ChainError {
	ChainError::new(format!("runtime API `ActorsApi::{method}` at block {at:?} failed: {error}"))
}

impl<C, S> ChainView for RuntimeChain<'_, C, S>
where
	C: ProvideRuntimeApi<Block>,
	C::Api: ActorsRuntimeApi<Block, AccountId, Balance>,
	S: OffchainStorage,
{
	fn block_number(&self) -> BlockNumber {
		self.number
	}

	fn limits(&self) -> Result<Limits, ChainError> {
		self.client.runtime_api().limits(self.at).map_err(|e| api_error("limits", &self.at, e))
	}

	fn actor(&self, actor: TaskId) -> Result<Option<ActorState>, ChainError> {
		let info = self
			.client
			.runtime_api()
			.actor(self.at, actor)
			.map_err(|e| api_error("actor", &self.at, e))?;
		Ok(info.map(|info| ActorState {
			code_hash: info.code_hash,
			state_hash: info.state_hash,
			sequence: info.sequence,
		}))
	}

	fn code(&self, code_hash: CodeHash) -> Result<Option<Vec<u8>>, ChainError> {
		self.client
			.runtime_api()
			.code(self.at, code_hash)
			.map_err(|e| api_error("code", &self.at, e))
	}

	fn inbox(&self, actor: TaskId) -> Result<Vec<Message>, ChainError> {
		self.client.runtime_api().inbox(self.at, actor).map_err(|e| api_error("inbox", &self.at, e))
	}

	fn snapshot(&self, state_hash: StateHash) -> Result<Option<Vec<u8>>, ChainError> {
		Ok(self
			.offchain_db
			.and_then(|db| db.get(STORAGE_PREFIX, &coreplay_primitives::state_key(&state_hash))))
	}
}

impl<C, S> Actors<C, S>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
	C::Api: ActorsRuntimeApi<Block, AccountId, Balance>,
	S: OffchainStorage,
{
	/// `actors_buildApov`'s and `actors_traceApov`'s work: checks the method may be called, parses the Agenda,
	/// checks its signed calls' signatures and builds the APoV at the best block; the build and that block's
	/// number.
	fn build(
		&self,
		ext: &jsonrpsee::Extensions,
		agenda: serde_json::Value,
		fuel_limit: Option<u64>,
		witness: Option<Vec<Bytes>>,
		compact: Option<bool>,
	) -> Result<(coreplay_sequencer::BuiltApov, BlockNumber), ErrorObjectOwned> {
		sc_rpc_api::check_if_safe(ext)?;
		let agenda = parse_agenda(agenda)?;
		let genesis =
			coreplay_primitives::H256::from_slice(self.client.info().genesis_hash.as_ref());
		check_call_signatures(&agenda, &genesis)?;
		let request = ApovRequest {
			agenda,
			witness: Witness {
				preimages: witness.unwrap_or_default().into_iter().map(|p| p.0).collect(),
			},
			// At most `MaxFuel`: the chain refuses more, and this node would interpret it for nothing.
			fuel_limit: fuel_limit.map_or_else(default_fuel_limit, |f| f.min(default_fuel_limit())),
			post_form: if compact.unwrap_or(true) { PostForm::Compact } else { PostForm::Full },
		};
		let chain = self.chain_at(None)?;
		let built = coreplay_sequencer::build_apov(&chain, request)
			.map_err(|e| sequencer_error(e, self.offchain_indexing))?;
		log::debug!(
			target: "actors-rpc",
			"built an APoV over {:?} at #{}: {} fuel",
			coreplay_sequencer::coscheduled(&built.apov.agenda),
			chain.number,
			built.execution.fuel_used,
		);
		Ok((built, chain.number))
	}

	/// The chain at `at`, or at the best block.
	fn chain_at(&self, at: Option<Hash>) -> Result<RuntimeChain<'_, C, S>, ErrorObjectOwned> {
		let (at, number) = match at {
			Some(at) => {
				let number = self
					.client
					.number(at)
					.map_err(|e| chain_error(ChainError::new(e)))?
					.ok_or_else(|| {
					rpc_error(error_code::UNKNOWN_BLOCK, format!("block {at:?} is not known"))
				})?;
				(at, number)
			}
			None => {
				let info = self.client.info();
				(info.best_hash, info.best_number)
			}
		};
		Ok(RuntimeChain {
			client: &*self.client,
			at,
			number,
			offchain_db: self.offchain_db.as_ref(),
		})
	}

	/// The snapshot with `state_hash`, or a [`error_code::STATE_NOT_INDEXED`] error.
	fn snapshot(
		&self,
		chain: &RuntimeChain<'_, C, S>,
		state_hash: StateHash,
	) -> Result<Vec<u8>, ErrorObjectOwned> {
		chain.snapshot(state_hash).map_err(chain_error)?.ok_or_else(|| {
			rpc_error(
				error_code::STATE_NOT_INDEXED,
				not_indexed_message(&state_hash, self.offchain_indexing),
			)
		})
	}
}

#[jsonrpsee::core::async_trait]
impl<C, S> ActorsApiServer<Hash> for Actors<C, S>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ActorsRuntimeApi<Block, AccountId, Balance>,
	S: OffchainStorage + 'static,
{
	fn get_state(&self, state_hash: StateHash) -> RpcResult<Bytes> {
		let chain = self.chain_at(None)?;
		Ok(self.snapshot(&chain, state_hash)?.into())
	}

	fn get_actor_state(&self, task: TaskId, at: Option<Hash>) -> RpcResult<ActorStateView<Hash>> {
		let chain = self.chain_at(at)?;
		let state = chain.actor(task).map_err(chain_error)?.ok_or_else(|| {
			rpc_error(
				error_code::UNKNOWN_ACTOR,
				format!("actor {task} does not exist at block {:?}", chain.at),
			)
		})?;
		let snapshot = self.snapshot(&chain, state.state_hash)?;
		Ok(ActorStateView {
			at: chain.at,
			code_hash: state.code_hash,
			state_hash: state.state_hash,
			sequence: state.sequence,
			state: snapshot.into(),
		})
	}

	fn build_apov(
		&self,
		ext: &jsonrpsee::Extensions,
		agenda: serde_json::Value,
		fuel_limit: Option<u64>,
		witness: Option<Vec<Bytes>>,
		compact: Option<bool>,
	) -> RpcResult<Bytes> {
		let (built, _) = self.build(ext, agenda, fuel_limit, witness, compact)?;
		Ok(codec::Encode::encode(&built.apov).into())
	}

	fn trace_apov(
		&self,
		ext: &jsonrpsee::Extensions,
		agenda: serde_json::Value,
		fuel_limit: Option<u64>,
		witness: Option<Vec<Bytes>>,
		compact: Option<bool>,
	) -> RpcResult<ApovTrace> {
		let (built, built_at) = self.build(ext, agenda, fuel_limit, witness, compact)?;
		let execution = built.execution;
		Ok(ApovTrace {
			apov: codec::Encode::encode(&built.apov).into(),
			built_at,
			fuel_used: execution.fuel_used,
			call_outputs: execution.call_outputs.into_iter().map(Bytes).collect(),
			log: execution.log,
			events: execution
				.events
				.into_iter()
				.map(|e| TracedEvent {
					actor: e.actor,
					topics: e.topics.into_iter().map(|t| sp_core::H256(t.0)).collect(),
					data: e.data.into(),
				})
				.collect(),
			outbox: execution
				.outbox
				.into_iter()
				.map(|m| TracedMessage { from: m.from, to: m.to, data: m.data.into() })
				.collect(),
		})
	}

	async fn submit_call(&self, task: TaskId, call: Bytes) -> RpcResult<SubmittedCall> {
		use crate::sequencer::calls::CallReport;
		use error_code::*;
		let Some(sequencer) = &self.sequencer else {
			return Err(rpc_error(
				NO_SEQUENCER,
				"this node runs no sequencer: submit the call to a sequencer's node, or in an APoV of your own \
				 (scripts/bin/call.js --signed)",
			));
		};
		let call = coreplay_primitives::SignedCall::decode_all(&mut &call[..]).map_err(|e| {
			rpc_error(INVALID_PARAMS, format!("call: not a SCALE-encoded SignedCall: {e}"))
		})?;
		let genesis =
			coreplay_primitives::H256::from_slice(self.client.info().genesis_hash.as_ref());
		check_call_signatures(&[AgendaItem::signed_call(task, call.clone())], &genesis)?;
		// The checks run actor code and the runtime: on the blocking pool, a few at a time.
		let permit = self.checks.clone().try_acquire_owned().map_err(|_| {
			rpc_error(
				CALL_POOL_FULL,
				format!(
					"this node is checking {CALL_CHECKS_AT_ONCE} calls already: try again in a moment"
				),
			)
		})?;
		let (client, offchain_db, indexing) =
			(self.client.clone(), self.offchain_db.clone(), self.offchain_indexing);
		let sequencer = sequencer.clone();
		let receiver = tokio::task::spawn_blocking(move || {
			let _permit = permit;
			pool_call(&*client, offchain_db.as_ref(), indexing, &sequencer, task, call)
		})
		.await
		.map_err(|e| rpc_error(CHAIN, format!("the call's check stopped: {e}")))??;
		match receiver.await {
			Ok(CallReport::Included { output, sequence, built_at, extrinsic }) => {
				Ok(SubmittedCall { output: output.into(), sequence, built_at, extrinsic })
			}
			Ok(CallReport::Rejected { reason, .. }) => Err(rpc_error(CALL_REJECTED, reason)),
			Ok(CallReport::Expired { reason }) => Err(rpc_error(CALL_EXPIRED, reason)),
			Err(_) => Err(rpc_error(CHAIN, "the sequencer stopped before it served the call")),
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn json_agenda_items_parse() {
		let agenda = serde_json::json!([
			{ "actor": 3, "service": 2 },
			{ "actor": 3, "call": "0x0001" },
		]);
		assert_eq!(
			parse_agenda(agenda),
			Ok(vec![AgendaItem::service(3, 2), AgendaItem::call(3, vec![0, 1], vec![])])
		);
	}

	#[test]
	fn scale_hex_agendas_parse() {
		let items = vec![AgendaItem::service(1, 1), AgendaItem::call(1, vec![7], vec![])];
		let hex = format!("0x{}", hex_encode(&codec::Encode::encode(&items)));
		assert_eq!(parse_agenda(serde_json::Value::String(hex)), Ok(items));
	}

	#[test]
	fn a_signed_call_with_a_bad_signature_is_refused_before_building() {
		use sp_core::Pair;
		let alice = sp_core::sr25519::Pair::from_string("//Alice", None).expect("a dev key");
		let genesis = coreplay_primitives::H256::repeat_byte(7);
		let input = vec![0u8];
		let payload = coreplay_primitives::SignedCall::payload(&genesis, 3, 0, &input);
		let call = coreplay_primitives::SignedCall {
			signer: alice.public().into(),
			nonce: 0,
			input,
			output: vec![],
			signature: alice.sign(&payload).into(),
		};
		let agenda = |call| vec![AgendaItem::service(3, 1), AgendaItem::signed_call(3, call)];
		assert_eq!(check_call_signatures(&agenda(call.clone()), &genesis), Ok(()));
		let other_chain =
			check_call_signatures(&agenda(call.clone()), &coreplay_primitives::H256::zero());
		let error = other_chain.expect_err("signed for another chain");
		assert_eq!(error.code(), error_code::BAD_CALL_SIGNATURE);
		assert!(error.message().contains("agenda item 1"), "{}", error.message());
		let mut other_nonce = call;
		other_nonce.nonce = 1;
		let error =
			check_call_signatures(&agenda(other_nonce), &genesis).expect_err("another nonce");
		assert_eq!(error.code(), error_code::BAD_CALL_SIGNATURE);
	}

	#[test]
	fn malformed_agendas_are_invalid_params() {
		for agenda in [
			serde_json::json!([{ "actor": 1 }]),
			serde_json::json!([{ "actor": 1, "service": 1, "call": "0x00" }]),
			serde_json::json!([{ "actor": 1, "services": 1 }]),
			serde_json::json!("0xzz"),
			serde_json::json!("0x01"),
			serde_json::json!(5),
		] {
			let error = parse_agenda(agenda.clone()).expect_err("malformed");
			assert_eq!(error.code(), error_code::INVALID_PARAMS, "{agenda}");
		}
	}

	#[test]
	fn each_sequencer_error_has_its_own_code() {
		let errors = [
			SequencerError::InvalidAgenda(coreplay_vm::PovError::EmptyAgenda),
			SequencerError::UnknownActor(1),
			SequencerError::CodeMissing { actor: 1, code_hash: CodeHash::zero() },
			SequencerError::CodeInvalid {
				actor: 1,
				code_hash: CodeHash::zero(),
				error: coreplay_vm::CodeError::TooLarge,
			},
			SequencerError::StateNotIndexed { actor: 1, state_hash: StateHash::zero() },
			SequencerError::StateCorrupt { actor: 1, state_hash: StateHash::zero() },
			SequencerError::OutOfFuel { fuel_limit: 1 },
			SequencerError::ActorTrapped(coreplay_vm::TrapKind::Unreachable),
			SequencerError::CallRejected,
			SequencerError::StackOverflow,
			SequencerError::Execution(coreplay_vm::ExecError::MemoryAccess),
			SequencerError::InvalidApov(coreplay_vm::PovError::SlabTooLarge),
			SequencerError::LimitsChanged,
			SequencerError::Chain(ChainError::new("pruned")),
		];
		let mut codes: Vec<i32> =
			errors.iter().map(|e| sequencer_error(e.clone(), true).code()).collect();
		codes.sort_unstable();
		codes.dedup();
		assert_eq!(codes.len(), errors.len());
	}

	#[test]
	fn state_not_indexed_says_how_to_enable_indexing() {
		let error = sequencer_error(
			SequencerError::StateNotIndexed { actor: 1, state_hash: StateHash::zero() },
			false,
		);
		assert_eq!(error.code(), error_code::STATE_NOT_INDEXED);
		assert!(error.message().contains("--enable-offchain-indexing true"), "{}", error.message());
	}

	fn hex_encode(bytes: &[u8]) -> String {
		bytes.iter().map(|b| format!("{b:02x}")).collect()
	}
}
