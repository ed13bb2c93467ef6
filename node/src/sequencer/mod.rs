//! The node as sequencer (issue 29): actors move by themselves.
//!
//! With `--sequencer` (on by default with `--dev`, as Alice), the node runs [`run`]: on each new best block it
//! asks the runtime which actors its key holds in the next block (`ActorsApi::actors_of`, the canonical sequencer
//! of issue 28) and, if its key is a registered sequencer, which actors of others are in grace then
//! (`ActorsApi::actors_in_grace`: their oldest message waited `GracePeriod` blocks, so a sequencer that stopped
//! does not stop its actors), and serves those with **work worth doing**:
//! - messages waiting in their inbox;
//! - signed calls waiting in this node's call pool ([`calls`], filled by the `actors_submitCall` RPC);
//! - a `payout(now)` of at least `--sequencer-min-payout` (default 1), counting what the actor's account can pay
//!   (`ActorsApi::actor_balance`): an actor that wants running pays for it. An actor served for its payout alone
//!   must also cover its share of the APoV's transaction fee (`TransactionPaymentApi::query_info`), or it is left
//!   alone until its state, inbox or payout changes.
//!
//! An actor with none of these is not touched, so no fees burn on idle actors; neither is one whose last build
//! consumed none of its messages (an actor that never reads its inbox would otherwise cost its sequencer a fee
//! every block) or failed, until its state or its inbox changes.
//!
//! Each actor with work is co-scheduled with its `dependencies(now)` that this key holds too (the RFC's
//! inspector), and such groups are packed `Limits::max_actors` actors to an APoV; its Agenda runs each actor's
//! pooled calls, then `Service { times }` for each: one poll, or up to [`PAID_SERVICE_TIMES`] for an actor that
//! pays (halved until the build fits the fuel, so no APoV is submitted that runs out; actors bound their polls with
//! the `fuel_used` host function). APoVs are built with `coreplay-sequencer` in process (the same
//! [`RuntimeChain`] view `actors_buildApov` uses: the runtime API at that block and the snapshots of the node's
//! offchain index): a set of groups that cannot be built is tried group by group, then actor by actor, and a call
//! its actor rejects is answered as such and dropped (with its signer's later calls). Each APoV is submitted as
//! `actors.submit_apov` through the node's transaction pool, signed by its key, with a `fuel_limit` of the fuel
//! the build used plus a quarter (the chain replays the same deterministic machine, so it needs the same fuel).
//! At most `Cores` APoVs per block, so `Cores × max_actors` actors; an actor with an APoV in flight is left alone
//! until the chain has it or [`RETRY_AFTER`] blocks pass. Actors taken over in grace go in APoVs of their own.
//!
//! Log lines go to the `sequencer` target (`-l sequencer=debug` shows each APoV); metrics, in the node's Prometheus
//! registry, are [`Metrics`].
//!
//! Not yet (issue 29): sequence n+2 built on the sequencer's own pending post (an overlay `ChainView`); today an
//! actor advances in consecutive blocks because a round submits right after each import, well within a block time.

pub mod calls;
pub mod key;

use crate::rpc::actors::RuntimeChain;
use calls::CallPool;
use codec::Encode;
use coreplay_primitives::{
	AgendaItem, BlockNumber, CodeHash, Invocation, SignedCall, StateHash, TaskId,
};
use coreplay_runtime::{opaque::Block, AccountId, Balance, Nonce, RuntimeCall};
use coreplay_sequencer::{ApovRequest, ChainView, Sequencer, SequencerError};
use futures::StreamExt;
pub use key::{SequencerKey, Signer};
use pallet_actors::runtime_api::ActorsApi as ActorsRuntimeApi;
use pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi as _;
use sc_client_api::BlockchainEvents;
use sc_transaction_pool_api::{TransactionPool, TransactionSource};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::{offchain::OffchainStorage, Get};
use sp_runtime::traits::{Block as BlockT, Header as _};
use std::{
	collections::{BTreeMap, BTreeSet, VecDeque},
	sync::Arc,
};
use substrate_prometheus_endpoint::{
	register, Counter, CounterVec, Gauge, Opts, PrometheusError, Registry, U64,
};

/// The log target.
const LOG: &str = "sequencer";

/// Blocks after which an APoV submitted but not seen on chain is given up and its actor served again.
pub const RETRY_AFTER: BlockNumber = 5;

/// Most `service` polls an APoV gives an actor that pays for it (`payout`): a long job progresses several slices
/// per fee. Halved until the build fits the fuel (`SequencerError::OutOfFuel`), so no APoV is submitted that runs
/// out; others get one poll.
pub const PAID_SERVICE_TIMES: u32 = 4;

/// What `--sequencer` configures.
#[derive(Clone)]
pub struct SequencerConfig {
	/// The key APoVs are signed with: a registered sequencer's (`actors.registerSequencer`, or a genesis
	/// preset's), or the actors it serves refuse them (`NotCanonicalSequencer`). Resolved with the node keystore
	/// when the node starts ([`Signer::new`]).
	pub key: SequencerKey,
	/// The least `payout(now)` (in the chain's smallest balance unit, capped by what the actor's account holds)
	/// that makes an actor with nothing else to do worth an APoV (`--sequencer-min-payout`); at least 1.
	pub min_payout: Balance,
	/// The call pool `actors_submitCall` fills.
	pub calls: Arc<CallPool>,
}

/// The sequencer's Prometheus metrics (`coreplay_sequencer_*`), in the node's registry.
#[derive(Clone)]
pub struct Metrics {
	/// APoVs submitted to the transaction pool.
	submitted: Counter<U64>,
	/// Actors in the submitted APoVs (co-scheduled up to `Limits::max_actors` per APoV).
	actors: Counter<U64>,
	/// Actors whose APoV the chain took (their sequence reached the one built).
	accepted: Counter<U64>,
	/// Actors whose APoV was not on chain within [`RETRY_AFTER`] blocks (refused at dispatch, or dropped).
	lost: Counter<U64>,
	/// APoVs that could not be built or that the pool refused, by `stage` (`build`, `pool`) and `reason`.
	failed: CounterVec<U64>,
	/// Actors taken over in grace (their canonical sequencer left a message waiting `GracePeriod` blocks).
	graced: Counter<U64>,
	/// Fuel the submitted APoVs' builds used.
	fuel: Counter<U64>,
	/// Payouts of the accepted APoVs, as inspected when built (`payout(now)`, capped by the actor's balance).
	payouts: Counter<U64>,
	/// Pooled calls by `outcome` (`included`, `rejected`, `expired`).
	calls: CounterVec<U64>,
	/// Calls in the pool.
	pooled: Gauge<U64>,
	/// Actors this key holds in the next block.
	held: Gauge<U64>,
}

impl Metrics {
	/// Registers the metrics in `registry`.
	///
	/// # Errors
	/// If a metric of the same name is registered already.
	pub fn register(registry: &Registry) -> Result<Self, PrometheusError> {
		let counter = |name: &str, help: &str| register(Counter::new(name, help)?, registry);
		let gauge = |name: &str, help: &str| register(Gauge::new(name, help)?, registry);
		Ok(Self {
			submitted: counter(
				"coreplay_sequencer_apovs_submitted_total",
				"APoVs the sequencer submitted to the transaction pool",
			)?,
			actors: counter(
				"coreplay_sequencer_actors_submitted_total",
				"Actors in the APoVs the sequencer submitted",
			)?,
			accepted: counter(
				"coreplay_sequencer_actors_accepted_total",
				"Actors whose APoV the chain took (their sequence reached the one built)",
			)?,
			lost: counter(
				"coreplay_sequencer_actors_lost_total",
				"Actors whose submitted APoV was not on chain within RETRY_AFTER blocks",
			)?,
			failed: register(
				CounterVec::new(
					Opts::new(
						"coreplay_sequencer_apovs_failed_total",
						"APoVs the sequencer could not build (stage=build) or the pool refused (stage=pool), \
						 by reason",
					),
					&["stage", "reason"],
				)?,
				registry,
			)?,
			graced: counter(
				"coreplay_sequencer_grace_takeovers_total",
				"Actors of other sequencers the sequencer advanced in grace",
			)?,
			fuel: counter(
				"coreplay_sequencer_fuel_used_total",
				"Fuel the builds of the submitted APoVs used",
			)?,
			payouts: counter(
				"coreplay_sequencer_payouts_total",
				"Payouts of the accepted APoVs as inspected when built, in the chain's smallest unit",
			)?,
			calls: register(
				CounterVec::new(
					Opts::new(
						"coreplay_sequencer_calls_total",
						"Pooled signed calls by outcome (included, rejected, expired)",
					),
					&["outcome"],
				)?,
				registry,
			)?,
			pooled: gauge("coreplay_sequencer_calls_pooled", "Signed calls in the call pool")?,
			held: gauge(
				"coreplay_sequencer_actors_held",
				"Actors the sequencer's key is canonical for in the next block",
			)?,
		})
	}
}

/// The label of a build failure.
fn reason(error: &SequencerError) -> &'static str {
	match error {
		SequencerError::InvalidAgenda(_) => "invalid_agenda",
		SequencerError::UnknownActor(_) => "unknown_actor",
		SequencerError::CodeMissing { .. } => "code_missing",
		SequencerError::CodeInvalid { .. } => "code_invalid",
		SequencerError::StateNotIndexed { .. } => "state_not_indexed",
		SequencerError::StateCorrupt { .. } => "state_corrupt",
		SequencerError::OutOfFuel { .. } => "out_of_fuel",
		SequencerError::ActorTrapped(_) => "trapped",
		SequencerError::CallRejected => "call_rejected",
		SequencerError::StackOverflow => "stack_overflow",
		SequencerError::Execution(_) => "execution",
		SequencerError::InvalidApov(_) => "invalid_apov",
		SequencerError::LimitsChanged => "limits_changed",
		SequencerError::Chain(_) => "chain",
	}
}

/// An actor to serve, and why.
#[derive(Clone)]
struct Work {
	task: TaskId,
	/// Held by another sequencer, taken over in grace.
	in_grace: bool,
	/// Co-scheduled because another actor depends on it, with no work of its own.
	dependency: bool,
	/// Its sequence on chain.
	sequence: u64,
	/// Its state hash on chain.
	state_hash: StateHash,
	/// How many messages wait.
	waiting: usize,
	/// Its pooled calls, to run first, in pool order.
	calls: Vec<SignedCall>,
	/// `min(payout(now), its balance)`: what its APoV earns.
	earned: Balance,
	/// `earned` reaches the minimum.
	paid: bool,
	/// `dependencies(now)`.
	dependencies: Vec<TaskId>,
	/// Its `Service { times }`.
	times: u32,
}

impl Work {
	/// Whether serving it must show in the APoV: it consumes a message. An actor with calls or a payout worth
	/// its APoV, or co-scheduled as a dependency, need not; one taken over in grace must
	/// (`GraceWithoutMessages`).
	/// `carried_calls`: the APoV carries some of its calls (within the Agenda's length).
	fn must_consume(&self, carried_calls: bool) -> bool {
		self.in_grace || (!carried_calls && !self.paid && !self.dependency)
	}
}

/// An APoV to build: one or more groups (an actor with its dependencies), at most `max_actors` actors in all.
type Bin = Vec<Vec<Work>>;

/// The task ids of `bin`.
fn tasks(bin: &Bin) -> Vec<TaskId> {
	bin.iter().flatten().map(|w| w.task).collect()
}

/// An APoV submitted for an actor and not yet seen on chain.
struct InFlight {
	/// The actor's sequence once it is canonicalised.
	sequence: u64,
	/// The best block it was built on.
	built_at: BlockNumber,
	/// What it earns if accepted.
	earned: Balance,
}

/// What the sequencer remembers between rounds.
#[derive(Default)]
struct State {
	/// APoVs submitted and not yet on chain, by actor.
	in_flight: BTreeMap<TaskId, InFlight>,
	/// Actors whose last build consumed none of their messages, or failed, at `(state hash, messages waiting)`:
	/// left alone until either changes, or they get calls or a payout.
	idle: BTreeMap<TaskId, (StateHash, usize)>,
	/// Actors served only for their payout that did not cover their share of the APoV's fee, at `(state hash,
	/// messages waiting, payout)`: left alone until one changes, or they get calls.
	underpaid: BTreeMap<TaskId, (StateHash, usize, Balance)>,
	/// Whether a code exports `payout` or `dependencies` (so its actors are worth inspecting).
	inspected: BTreeMap<CodeHash, bool>,
}

/// The runtime APIs a round calls: actors and assignments, fees, the account nonce (and what it needs), the
/// runtime version.
pub trait SequencerApi:
	ActorsRuntimeApi<Block, AccountId, Balance>
	+ pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>
	+ substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>
	+ sp_block_builder::BlockBuilder<Block>
	+ sp_api::Core<Block>
{
}

impl<T> SequencerApi for T where
	T: ActorsRuntimeApi<Block, AccountId, Balance>
		+ pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>
		+ substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>
		+ sp_block_builder::BlockBuilder<Block>
		+ sp_api::Core<Block>
{
}

/// Runs the sequencer until the node stops: one round per new best block ([`round`]); a failed round is logged
/// and the next block tries again.
pub async fn run<C, P, S>(
	client: Arc<C>,
	pool: Arc<P>,
	offchain_db: Option<S>,
	config: SequencerConfig,
	signer: Signer,
	metrics: Option<Metrics>,
) where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ BlockchainEvents<Block>
		+ Send
		+ Sync
		+ 'static,
	C::Api: SequencerApi,
	P: TransactionPool<Block = Block> + 'static,
	S: OffchainStorage + 'static,
{
	let me: AccountId = signer.public().into();
	log::info!(
		target: LOG,
		"sequencing as {me}: serving the actors it holds with messages waiting, pooled calls, or a payout of at \
		 least {}",
		config.min_payout
	);
	let mut state = State::default();
	let mut blocks = client.import_notification_stream();
	while let Some(block) = blocks.next().await {
		if !block.is_new_best {
			continue;
		}
		let number = *block.header.number();
		let context =
			Round { config: &config, signer: &signer, me: &me, metrics: metrics.as_ref() };
		if let Err(e) =
			round(&client, &pool, offchain_db.as_ref(), &context, block.hash, number, &mut state)
				.await
		{
			log::warn!(target: LOG, "at #{number}: {e}");
		}
	}
}

/// What every round needs: the configuration, the key's account and the metrics.
struct Round<'a> {
	config: &'a SequencerConfig,
	signer: &'a Signer,
	me: &'a AccountId,
	metrics: Option<&'a Metrics>,
}

/// Pages through a runtime API answering `(task ids, where to continue)` from a task id.
fn all_pages(
	mut page: impl FnMut(TaskId) -> Result<(Vec<TaskId>, Option<TaskId>), String>,
) -> Result<Vec<TaskId>, String> {
	let mut all = Vec::new();
	let mut from = 0;
	loop {
		let (tasks, more) = page(from)?;
		all.extend(tasks);
		match more {
			Some(more) => from = more,
			None => return Ok(all),
		}
	}
}

/// The calls of `apov`'s Agenda for `actor`, outputs filled in.
fn carried_calls(agenda: &[AgendaItem], actor: TaskId) -> Vec<SignedCall> {
	agenda
		.iter()
		.filter(|item| item.actor == actor)
		.filter_map(|item| match &item.entry {
			Invocation::SignedCall(call) => Some(call.clone()),
			_ => None,
		})
		.collect()
}

/// One round at best block `at` (number `number`): serve every actor `me` holds in the next block, and every
/// actor in grace then if `me` is a registered sequencer, that has work worth doing and no APoV in flight.
async fn round<C, P, S>(
	client: &Arc<C>,
	pool: &Arc<P>,
	offchain_db: Option<&S>,
	context: &Round<'_>,
	at: <Block as BlockT>::Hash,
	number: BlockNumber,
	state: &mut State,
) -> Result<(), String>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: SequencerApi,
	P: TransactionPool<Block = Block> + 'static,
	S: OffchainStorage,
{
	let Round { config, signer, me, metrics } = *context;
	let started = std::time::Instant::now();
	let api = client.runtime_api();
	let runtime_error = |what: &str, e: sp_api::ApiError| format!("runtime API {what}: {e}");
	let next = number.saturating_add(1);
	let held = all_pages(|from| {
		api.actors_of(at, me.clone(), next, from, 1_000)
			.map_err(|e| runtime_error("ActorsApi::actors_of", e))
	})?;
	if let Some(metrics) = metrics {
		metrics.held.set(held.len() as u64);
	}
	let held_set: BTreeSet<TaskId> = held.iter().copied().collect();
	let registered = api
		.sequencer(at, me.clone())
		.map_err(|e| runtime_error("ActorsApi::sequencer", e))?
		.is_some();
	let mut serve: Vec<(TaskId, bool)> = held.iter().map(|task| (*task, false)).collect();
	if registered {
		let graced = all_pages(|from| {
			api.actors_in_grace(at, next, from, 1_000)
				.map_err(|e| runtime_error("ActorsApi::actors_in_grace", e))
		})?;
		serve.extend(
			graced.into_iter().filter(|task| !held_set.contains(task)).map(|task| (task, true)),
		);
	}

	// The call pool: answer at once the calls to actors this key does not hold in the next block (a rotation moved
	// them), drop the calls the chain ran, and those this key did not get to serve in time.
	for actor in config.calls.actors() {
		if !held_set.contains(&actor) {
			let holder = match api
				.canonical_sequencer(at, actor, next)
				.map_err(|e| runtime_error("ActorsApi::canonical_sequencer", e))?
			{
				pallet_actors::Assignment::Sequencer { sequencer, .. } => sequencer.to_string(),
				other => format!("{other:?}"),
			};
			let expired = config.calls.expire_actor(
				actor,
				&format!(
					"actor {actor} is held by sequencer {holder} from block #{next}, no longer by this node's \
					 ({me}): submit the call to that sequencer's node"
				),
			);
			if let Some(metrics) = metrics {
				metrics.calls.with_label_values(&["expired"]).inc_by(expired as u64);
			}
			continue;
		}
		let mut nonces = BTreeMap::new();
		for call in config.calls.calls_for(actor) {
			if let std::collections::btree_map::Entry::Vacant(entry) =
				nonces.entry(call.signer.clone())
			{
				entry.insert(
					api.call_nonce(at, call.signer, actor)
						.map_err(|e| runtime_error("ActorsApi::call_nonce", e))?,
				);
			}
		}
		let unserved = format!(
			"this node's sequencer ({me}) did not hold actor {actor} for {} blocks: submit the call to the \
			 node of its canonical sequencer (ActorsApi::canonical_sequencer)",
			calls::CALL_TTL
		);
		let expired = config.calls.prune(
			actor,
			|signer| nonces.get(signer).copied().unwrap_or(0),
			number,
			&unserved,
		);
		if let Some(metrics) = metrics {
			metrics.calls.with_label_values(&["expired"]).inc_by(expired as u64);
		}
	}
	if let Some(metrics) = metrics {
		metrics.pooled.set(config.calls.len() as u64);
	}

	let cores: u32 = <coreplay_runtime::Runtime as pallet_actors::Config>::Cores::get();
	let max_fuel: u64 = <coreplay_runtime::Runtime as pallet_actors::Config>::MaxFuel::get();
	let inspector_fuel: u64 =
		<coreplay_runtime::Runtime as pallet_actors::Config>::InspectorFuel::get();
	let chain = RuntimeChain::new(&**client, at, number, offchain_db);
	// Transactions are signed for the runtime on chain, which an upgrade may have changed.
	let version =
		sp_api::Core::version(&*api, at).map_err(|e| runtime_error("Core::version", e))?;
	let limits = chain.limits().map_err(|e| e.to_string())?;
	let max_actors = limits.max_actors.max(1) as usize;
	let max_items = limits.max_agenda_items as usize;
	let sequencer = Sequencer::new(limits);
	let min_payout = config.min_payout.max(1);

	// The actors with work worth doing, and no APoV of ours in flight.
	let mut work = Vec::new();
	for (task, in_grace) in serve {
		let Some(actor) = api.actor(at, task).map_err(|e| runtime_error("ActorsApi::actor", e))?
		else {
			continue;
		};
		if let Some(flight) = state.in_flight.get(&task) {
			let arrived = actor.sequence >= flight.sequence;
			if !arrived && number < flight.built_at.saturating_add(RETRY_AFTER) {
				continue;
			}
			if let Some(metrics) = metrics {
				if arrived {
					metrics.accepted.inc();
					metrics.payouts.inc_by(u64::try_from(flight.earned).unwrap_or(u64::MAX));
				} else {
					metrics.lost.inc();
				}
			}
			state.in_flight.remove(&task);
		}
		let waiting = api.inbox(at, task).map_err(|e| runtime_error("ActorsApi::inbox", e))?.len();
		let pooled = if in_grace { Vec::new() } else { config.calls.calls_for(task) };
		// The inspectors, for actors whose code has them.
		let inspects = match state.inspected.get(&actor.code_hash) {
			Some(inspects) => *inspects,
			None => {
				let inspects = api
					.code(at, actor.code_hash)
					.map_err(|e| runtime_error("ActorsApi::code", e))?
					.and_then(|blob| sequencer.machine().validate_code(&blob).ok())
					.is_some_and(|info| info.has_payout || info.has_dependencies);
				state.inspected.insert(actor.code_hash, inspects);
				inspects
			}
		};
		let inspection = if inspects && !in_grace {
			sequencer.inspect(&chain, task, inspector_fuel).unwrap_or_default()
		} else {
			Default::default()
		};
		let earned = if inspection.payout > 0 {
			let balance = api
				.actor_balance(at, task)
				.map_err(|e| runtime_error("ActorsApi::actor_balance", e))?;
			inspection.payout.min(balance)
		} else {
			0
		};
		let paid = earned >= min_payout;
		if pooled.is_empty() && !paid && state.idle.get(&task) == Some(&(actor.state_hash, waiting))
		{
			continue;
		}
		if pooled.is_empty()
			&& state.underpaid.get(&task) == Some(&(actor.state_hash, waiting, earned))
		{
			continue;
		}
		state.idle.remove(&task);
		state.underpaid.remove(&task);
		if waiting > 0 || !pooled.is_empty() || paid {
			work.push(Work {
				task,
				in_grace,
				dependency: false,
				sequence: actor.sequence,
				state_hash: actor.state_hash,
				waiting,
				calls: pooled,
				earned,
				paid,
				dependencies: inspection.dependencies,
				times: if paid { PAID_SERVICE_TIMES } else { 1 },
			});
		}
	}

	// Groups: each actor with the dependencies this key holds (idle ones included), at most `max_actors`.
	let (graced, own): (Vec<Work>, Vec<Work>) = work.into_iter().partition(|w| w.in_grace);
	let by_task: BTreeMap<TaskId, Work> = own.into_iter().map(|w| (w.task, w)).collect();
	let mut assigned = BTreeSet::new();
	let mut groups: Vec<Vec<Work>> = Vec::new();
	for (task, w) in &by_task {
		if !assigned.insert(*task) {
			continue;
		}
		let mut group = vec![w.clone()];
		for dep in &w.dependencies {
			if group.len() >= max_actors {
				break;
			}
			if assigned.contains(dep) {
				continue;
			}
			if let Some(other) = by_task.get(dep) {
				group.push(other.clone());
			} else if held_set.contains(dep) && !state.in_flight.contains_key(dep) {
				let Some(actor) =
					api.actor(at, *dep).map_err(|e| runtime_error("ActorsApi::actor", e))?
				else {
					continue;
				};
				group.push(Work {
					task: *dep,
					in_grace: false,
					dependency: true,
					sequence: actor.sequence,
					state_hash: actor.state_hash,
					waiting: 0,
					calls: config.calls.calls_for(*dep),
					earned: 0,
					paid: false,
					dependencies: Vec::new(),
					times: 1,
				});
			} else {
				continue;
			}
			assigned.insert(*dep);
		}
		groups.push(group);
	}
	// Packed into APoVs of at most `max_actors`, one per core. Actors taken over in grace go in APoVs of their
	// own, so that losing one of them to another rescuer does not fail the key's own actors.
	let mut bins: VecDeque<Bin> = VecDeque::new();
	for own in [groups, graced.chunks(max_actors).map(<[Work]>::to_vec).collect()] {
		let mut bin: Bin = Vec::new();
		for group in own {
			if bin.iter().map(Vec::len).sum::<usize>() + group.len() > max_actors {
				bins.push_back(std::mem::take(&mut bin));
			}
			bin.push(group);
		}
		if !bin.is_empty() {
			bins.push_back(bin);
		}
	}

	let mut next_nonce: Option<Nonce> = None;
	let mut submitted = 0u32;
	while let Some(bin) = bins.pop_front() {
		if submitted >= cores {
			break;
		}
		let mut actors: Vec<&Work> = bin.iter().flatten().collect();
		actors.sort_by_key(|w| w.task);
		// Calls first (a prefix of each actor's, within the Agenda's length), then one `Service` each.
		let mut budget = max_items.saturating_sub(actors.len());
		let mut agenda = Vec::new();
		for w in &actors {
			for call in w.calls.iter().take(budget) {
				agenda.push(AgendaItem::signed_call(w.task, call.clone()));
			}
			budget = budget.saturating_sub(w.calls.len());
		}
		agenda.extend(actors.iter().map(|w| AgendaItem::service(w.task, w.times)));
		let request = ApovRequest { agenda, fuel_limit: max_fuel, ..Default::default() };
		let built = match sequencer.build_apov(&chain, request) {
			Ok(built) => built,
			Err(e) if bin.len() > 1 => {
				log::debug!(target: LOG, "actors {:?} at #{number}: {e}; building each group alone", tasks(&bin));
				for group in bin.into_iter().rev() {
					bins.push_front(vec![group]);
				}
				continue;
			}
			Err(e) if actors.len() > 1 => {
				log::debug!(target: LOG, "actors {:?} at #{number}: {e}; building each alone", tasks(&bin));
				// An actor there only as another's dependency has nothing to do alone.
				for single in bin.into_iter().flatten().filter(|w| !w.dependency).rev() {
					bins.push_front(vec![vec![single]]);
				}
				continue;
			}
			Err(SequencerError::OutOfFuel { .. }) if actors[0].times > 1 => {
				let mut fewer = actors[0].clone();
				fewer.times /= 2;
				bins.push_front(vec![vec![fewer]]);
				continue;
			}
			Err(e) if !actors[0].calls.is_empty() && deterministic(&e) => {
				let w = actors[0];
				match failing_call(&sequencer, &chain, w, max_fuel) {
					Ok((culprit, error)) => {
						log::info!(
							target: LOG,
							"actor {}: call {} of {} fails at #{number}: {error}",
							w.task,
							culprit.nonce,
							culprit.signer
						);
						let why = match error {
							SequencerError::CallRejected => {
								"it rejected the call (returned `Err`)".to_string()
							}
							other => format!("the call makes its APoV fail: {other}"),
						};
						config.calls.reject(w.task, &culprit.signer, culprit.nonce, number, &why);
						if let Some(metrics) = metrics {
							metrics.calls.with_label_values(&["rejected"]).inc();
						}
						let mut retry = w.clone();
						retry.calls = config.calls.calls_for(w.task);
						if !retry.calls.is_empty() || retry.waiting > 0 || retry.paid {
							bins.push_front(vec![vec![retry]]);
						}
					}
					// The actor fails without any call: none of them can be carried.
					Err(Some(error)) => {
						log::warn!(target: LOG, "actor {} at #{number}: cannot build an APoV: {error}", w.task);
						let expired = config.calls.expire_actor(
							w.task,
							&format!("actor {} fails on its own at #{number}: {error}", w.task),
						);
						state.idle.insert(w.task, (w.state_hash, w.waiting));
						if let Some(metrics) = metrics {
							metrics.failed.with_label_values(&["build", reason(&error)]).inc();
							metrics.calls.with_label_values(&["expired"]).inc_by(expired as u64);
						}
					}
					// Every prefix builds now: the chain view changed; the next round tries again.
					Err(None) => {}
				}
				continue;
			}
			Err(e) => {
				let w = actors[0];
				log::warn!(target: LOG, "actor {} at #{number}: cannot build an APoV: {e}", w.task);
				// Left alone until its state or inbox changes, unless the failure may pass (a chain read).
				if deterministic(&e) {
					state.idle.insert(w.task, (w.state_hash, w.waiting));
				}
				if let Some(metrics) = metrics {
					metrics.failed.with_label_values(&["build", reason(&e)]).inc();
				}
				continue;
			}
		};
		// An actor that had to show work and consumed nothing is left alone until its state or inbox changes.
		let idle: Vec<&Work> = actors
			.iter()
			.copied()
			.filter(|w| {
				w.must_consume(!carried_calls(&built.apov.agenda, w.task).is_empty())
					&& !built.apov.inbox.iter().any(|b| b.actor == w.task && !b.messages.is_empty())
			})
			.collect();
		if !idle.is_empty() {
			for w in &idle {
				log::debug!(target: LOG, "actor {}: reads none of its {} messages; left alone", w.task, w.waiting);
				state.idle.insert(w.task, (w.state_hash, w.waiting));
			}
			let idle: BTreeSet<TaskId> = idle.iter().map(|w| w.task).collect();
			if let Some(rest) = without(bin, &idle) {
				bins.push_front(rest);
			}
			continue;
		}

		let used = built.execution.fuel_used;
		// Each slab is declared at the largest code's weight before any is read, so the fuel a core leaves an APoV
		// of many actors may be below `MaxFuel` (`Pallet::core_fuel`, by this node's runtime's weights; the
		// chain's dry run and pool check it again).
		let core_fuel = pallet_actors::Pallet::<coreplay_runtime::Runtime>::core_fuel(&built.apov);
		let Some(core_fuel) = core_fuel.filter(|&core_fuel| core_fuel >= used) else {
			log::warn!(
				target: LOG,
				"actors {:?}: their APoV needs {used} fuel, more than a core leaves it ({core_fuel:?}, \
				 `CoreWeight`); left alone: co-schedule fewer of them",
				tasks(&bin)
			);
			for w in &actors {
				state.idle.insert(w.task, (w.state_hash, w.waiting));
			}
			continue;
		};
		let fuel_limit =
			used.saturating_add(used / 4).saturating_add(10_000).min(max_fuel).min(core_fuel);
		let nonce = match next_nonce {
			Some(nonce) => nonce,
			None => account_nonce(client, pool, me).await?,
		};
		let agenda = built.apov.agenda.clone();
		let built_inbox = built.apov.inbox.clone();
		// An actor served only for its payout must cover its share of what the APoV costs its submitter: the
		// transaction fee after refunds (`TransactionPaymentApi::query_fee_details` for the base and length fees,
		// the weight the runtime's dry run charges, `ActorsApi::dry_run_apov`). Measured only for such APoVs.
		let payout_only = |w: &Work| {
			w.paid
				&& !w.in_grace
				&& !w.dependency
				&& carried_calls(&agenda, w.task).is_empty()
				&& !built_inbox.iter().any(|b| b.actor == w.task && !b.messages.is_empty())
		};
		// The APoV again for the dry run, only if needed.
		let dry_apov = actors.iter().any(|w| payout_only(w)).then(|| built.apov.clone());
		let call =
			RuntimeCall::Actors(pallet_actors::Call::submit_apov { apov: built.apov, fuel_limit });
		let genesis = client.info().genesis_hash;
		let xt = coreplay_runtime::signed_transaction_with(
			call,
			signer.public(),
			|payload| signer.sign(payload),
			nonce,
			genesis,
			&version,
		)?;
		let encoded = xt.encode();
		let extrinsic = sp_core::H256(sp_io::hashing::blake2_256(&encoded));
		let opaque = sp_runtime::OpaqueExtrinsic::try_from_encoded_extrinsic(&encoded)
			.map_err(|e| format!("re-encoding a signed extrinsic: {e}"))?;
		let (fee, share) = if let Some(apov) = dry_apov {
			let dry_run = api
				.dry_run_apov(at, me.clone(), apov, fuel_limit)
				.map_err(|e| runtime_error("ActorsApi::dry_run_apov", e))?;
			let weight = match dry_run.result {
				Ok(submitted) => submitted.weight,
				Err((error, _)) => {
					log::warn!(target: LOG, "actors {:?}: the chain would refuse their APoV: {error:?}", tasks(&bin));
					for w in &actors {
						state.idle.insert(w.task, (w.state_hash, w.waiting));
					}
					continue;
				}
			};
			let details = api
				.query_fee_details(at, opaque.clone(), encoded.len() as u32)
				.map_err(|e| runtime_error("TransactionPaymentApi::query_fee_details", e))?;
			let fee =
				details
					.inclusion_fee
					.map_or(0, |f| f.base_fee.saturating_add(f.len_fee))
					.saturating_add(api.query_weight_to_fee(at, weight).map_err(|e| {
						runtime_error("TransactionPaymentApi::query_weight_to_fee", e)
					})?);
			(fee, fee.div_ceil(actors.len() as Balance))
		} else {
			(0, 0)
		};
		let underpaid: Vec<&Work> =
			actors.iter().copied().filter(|w| payout_only(w) && w.earned < share).collect();
		if !underpaid.is_empty() {
			for w in &underpaid {
				log::debug!(
					target: LOG,
					"actor {}: pays {} for its APoV, less than its share {share} of the fee {fee}; left alone",
					w.task,
					w.earned
				);
				state.underpaid.insert(w.task, (w.state_hash, w.waiting, w.earned));
			}
			let underpaid: BTreeSet<TaskId> = underpaid.iter().map(|w| w.task).collect();
			if let Some(rest) = without(bin, &underpaid) {
				bins.push_front(rest);
			}
			continue;
		}
		match pool.submit_one(at, TransactionSource::Local, opaque).await {
			Ok(_) => {
				submitted += 1;
				next_nonce = Some(nonce.saturating_add(1));
				for w in &actors {
					let carried = carried_calls(&agenda, w.task);
					log::debug!(
						target: LOG,
						"actor {}: APoV for sequence {} submitted at #{number} ({} messages, {} calls, payout {}; \
						 {} actors, {used} fuel{})",
						w.task,
						w.sequence + 1,
						w.waiting,
						carried.len(),
						w.earned,
						actors.len(),
						if fee > 0 { format!(", fee after refunds {fee}") } else { String::new() },
					);
					if w.in_grace {
						log::info!(target: LOG, "actor {}: taken over in grace at #{number}", w.task);
					}
					if !carried.is_empty() {
						config.calls.included(w.task, &carried, w.sequence + 1, number, extrinsic);
						if let Some(metrics) = metrics {
							metrics
								.calls
								.with_label_values(&["included"])
								.inc_by(carried.len() as u64);
						}
					}
					state.in_flight.insert(
						w.task,
						InFlight { sequence: w.sequence + 1, built_at: number, earned: w.earned },
					);
				}
				if let Some(metrics) = metrics {
					metrics.submitted.inc();
					metrics.actors.inc_by(actors.len() as u64);
					metrics.fuel.inc_by(used);
					metrics.graced.inc_by(actors.iter().filter(|w| w.in_grace).count() as u64);
				}
			}
			Err(e) => {
				log::warn!(target: LOG, "actors {:?}: the pool refused their APoV: {e}", tasks(&bin));
				next_nonce = None;
				if let Some(metrics) = metrics {
					metrics.failed.with_label_values(&["pool", "refused"]).inc();
				}
			}
		}
	}
	if submitted > 0 {
		log::info!(
			target: LOG,
			"#{number}: {submitted} APoV(s) submitted in {} ms",
			started.elapsed().as_millis()
		);
	}
	Ok(())
}

/// `bin` without the actors `drop`, and without groups left with dependencies only; `None` if nothing is left.
fn without(bin: Bin, drop: &BTreeSet<TaskId>) -> Option<Bin> {
	let rest: Bin = bin
		.into_iter()
		.map(|group| group.into_iter().filter(|w| !drop.contains(&w.task)).collect::<Vec<_>>())
		.filter(|group| group.iter().any(|w| !w.dependency))
		.collect();
	(!rest.is_empty()).then_some(rest)
}

/// Whether a build failure would happen again on the same state (not a chain read, a missing snapshot or a
/// runtime upgrade, which may pass).
fn deterministic(error: &SequencerError) -> bool {
	!matches!(
		error,
		SequencerError::Chain(_)
			| SequencerError::StateNotIndexed { .. }
			| SequencerError::LimitsChanged
	)
}

/// The first of `w`'s calls that makes its APoV fail, and how: builds `[Service 1]`, then `[calls[..=i],
/// Service 1]` for `i` = 0, 1, … (at most `calls + 1` builds, `calls` at most the Agenda's length).
///
/// # Errors
/// `Some(error)` if the actor fails with no call at all; `None` if every build succeeds (the chain view changed).
fn failing_call<V: ChainView>(
	sequencer: &Sequencer,
	chain: &V,
	w: &Work,
	fuel_limit: u64,
) -> Result<(SignedCall, SequencerError), Option<SequencerError>> {
	for end in 0..=w.calls.len() {
		let mut agenda: Vec<AgendaItem> =
			w.calls[..end].iter().map(|c| AgendaItem::signed_call(w.task, c.clone())).collect();
		agenda.push(AgendaItem::service(w.task, 1));
		match sequencer.build_apov(chain, ApovRequest { agenda, fuel_limit, ..Default::default() })
		{
			Ok(_) => continue,
			Err(error) if end == 0 => return Err(Some(error)),
			Err(error) => return Ok((w.calls[end - 1].clone(), error)),
		}
	}
	Err(None)
}

/// `me`'s next transaction index, the transactions it has in the pool counted (`system_accountNextIndex`, the
/// same function in process): the sequencer's key may also sign other transactions (a dev chain's Alice does).
async fn account_nonce<C, P>(
	client: &Arc<C>,
	pool: &Arc<P>,
	me: &AccountId,
) -> Result<Nonce, String>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>
		+ sp_block_builder::BlockBuilder<Block>,
	P: TransactionPool + 'static,
{
	use substrate_frame_rpc_system::{System, SystemApiServer};
	System::<P, C, Block>::new(client.clone(), pool.clone())
		.nonce(me.clone())
		.await
		.map_err(|e| format!("the next nonce of {me}: {e}"))
}
