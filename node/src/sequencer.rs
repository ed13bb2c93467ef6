//! The node as sequencer (issue 29): actors move by themselves.
//!
//! With `--sequencer` (on by default with `--dev`, as Alice), the node runs [`run`]: on each new best block it
//! asks the runtime which actors its key holds in the next block (`ActorsApi::actors_of`, the canonical sequencer
//! of issue 28) and, if its key is a registered sequencer, which actors of others are in grace then
//! (`ActorsApi::actors_in_grace`: their oldest message waited `GracePeriod` blocks, so a sequencer that stopped
//! does not stop its actors), keeps those with work the chain can see (messages waiting in their inbox), and
//! co-schedules them `Limits::max_actors` at a time (it may: it holds them all, or may take them in grace): for
//! each group it builds an APoV `[Service 1]` per actor with `coreplay-sequencer` in process (the same
//! [`RuntimeChain`] view `actors_buildApov` uses: the runtime API at that block and the snapshots of the node's
//! offchain index; a group that cannot be built is tried one actor at a time), and submits it as
//! `actors.submit_apov` through the node's transaction pool, signed by its key, with a `fuel_limit` of the fuel
//! the build used plus a quarter (the chain replays the same deterministic machine, so it needs the same fuel).
//! At most `Cores` APoVs per block, so `Cores × max_actors` actors; an actor with an APoV in flight is left alone
//! until the chain has it or [`RETRY_AFTER`] blocks pass. Idle actors (nothing waiting) are not touched, so no
//! fees burn on them.
//!
//! Log lines go to the `sequencer` target (`-l sequencer=debug` shows each APoV); metrics, in the node's Prometheus
//! registry, are [`Metrics`].
//!
//! Not yet (issue 29's later items): actors whose `payout(now)` is worth running, co-scheduling with
//! `dependencies`, sequence n+2 on its own pending post, a call pool.

use crate::rpc::actors::RuntimeChain;
use codec::Encode;
use coreplay_primitives::{AgendaItem, BlockNumber, TaskId};
use coreplay_runtime::{opaque::Block, AccountId, Balance, Nonce, RuntimeCall};
use coreplay_sequencer::ApovRequest;
use coreplay_sequencer::ChainView;
use futures::StreamExt;
use pallet_actors::runtime_api::ActorsApi as ActorsRuntimeApi;
use sc_client_api::BlockchainEvents;
use sc_transaction_pool_api::{TransactionPool, TransactionSource};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::{offchain::OffchainStorage, Get, Pair};
use sp_runtime::traits::{Block as BlockT, Header as _};
use std::{
	collections::{BTreeMap, VecDeque},
	sync::Arc,
};
use substrate_prometheus_endpoint::{
	register, Counter, CounterVec, Gauge, Opts, PrometheusError, Registry, U64,
};

/// The log target.
const LOG: &str = "sequencer";

/// Blocks after which an APoV submitted but not seen on chain is given up and its actor served again.
pub const RETRY_AFTER: BlockNumber = 5;

/// What `--sequencer` configures.
#[derive(Clone)]
pub struct SequencerConfig {
	/// The key APoVs are signed with: a registered sequencer's (`actors.registerSequencer`, or a genesis
	/// preset's), or the actors it serves refuse them (`NotCanonicalSequencer`).
	pub key: sp_core::sr25519::Pair,
}

/// The sequencer's Prometheus metrics (`coreplay_sequencer_*`), in the node's registry.
#[derive(Clone)]
pub struct Metrics {
	/// APoVs submitted to the transaction pool.
	submitted: Counter<U64>,
	/// Actors in the submitted APoVs (co-scheduled up to `Limits::max_actors` per APoV).
	actors: Counter<U64>,
	/// APoVs that could not be built or that the pool refused, by `stage` (`build`, `pool`).
	failed: CounterVec<U64>,
	/// Actors taken over in grace (their canonical sequencer left a message waiting `GracePeriod` blocks).
	graced: Counter<U64>,
	/// Fuel the submitted APoVs' builds used.
	fuel: Counter<U64>,
	/// Actors this key holds in the next block.
	held: Gauge<U64>,
}

impl Metrics {
	/// Registers the metrics in `registry`.
	///
	/// # Errors
	/// If a metric of the same name is registered already.
	pub fn register(registry: &Registry) -> Result<Self, PrometheusError> {
		Ok(Self {
			submitted: register(
				Counter::new(
					"coreplay_sequencer_apovs_submitted_total",
					"APoVs the sequencer submitted to the transaction pool",
				)?,
				registry,
			)?,
			actors: register(
				Counter::new(
					"coreplay_sequencer_actors_submitted_total",
					"Actors in the APoVs the sequencer submitted",
				)?,
				registry,
			)?,
			failed: register(
				CounterVec::new(
					Opts::new(
						"coreplay_sequencer_apovs_failed_total",
						"APoVs the sequencer could not build (stage=build) or the pool refused (stage=pool)",
					),
					&["stage"],
				)?,
				registry,
			)?,
			graced: register(
				Counter::new(
					"coreplay_sequencer_grace_takeovers_total",
					"Actors of other sequencers the sequencer advanced in grace",
				)?,
				registry,
			)?,
			fuel: register(
				Counter::new(
					"coreplay_sequencer_fuel_used_total",
					"Fuel the builds of the submitted APoVs used",
				)?,
				registry,
			)?,
			held: register(
				Gauge::new(
					"coreplay_sequencer_actors_held",
					"Actors the sequencer's key is canonical for in the next block",
				)?,
				registry,
			)?,
		})
	}
}

/// An actor with work: messages waiting in its inbox.
#[derive(Clone)]
struct Work {
	task: TaskId,
	/// Held by another sequencer, taken over in grace.
	in_grace: bool,
	/// Its sequence on chain.
	sequence: u64,
	/// How many messages wait.
	waiting: usize,
}

/// The task ids of `group`.
fn tasks(group: &[Work]) -> Vec<TaskId> {
	group.iter().map(|w| w.task).collect()
}

/// An APoV submitted for an actor and not yet seen on chain.
struct InFlight {
	/// The actor's sequence once it is canonicalised.
	sequence: u64,
	/// The best block it was built on.
	built_at: BlockNumber,
}

/// Runs the sequencer until the node stops: one round per new best block ([`round`]); a failed round is logged
/// and the next block tries again.
pub async fn run<C, P, S>(
	client: Arc<C>,
	pool: Arc<P>,
	offchain_db: Option<S>,
	config: SequencerConfig,
	metrics: Option<Metrics>,
) where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ BlockchainEvents<Block>
		+ Send
		+ Sync
		+ 'static,
	C::Api: ActorsRuntimeApi<Block, AccountId, Balance>
		+ substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>
		+ sp_block_builder::BlockBuilder<Block>
		+ sp_api::Core<Block>,
	P: TransactionPool<Block = Block> + 'static,
	S: OffchainStorage + 'static,
{
	let me: AccountId = config.key.public().into();
	log::info!(target: LOG, "sequencing as {me}: serving the actors it holds that have messages waiting");
	let mut in_flight = BTreeMap::new();
	let mut blocks = client.import_notification_stream();
	while let Some(block) = blocks.next().await {
		if !block.is_new_best {
			continue;
		}
		let number = *block.header.number();
		let context = Round { config: &config, me: &me, metrics: metrics.as_ref() };
		if let Err(e) = round(
			&client,
			&pool,
			offchain_db.as_ref(),
			&context,
			block.hash,
			number,
			&mut in_flight,
		)
		.await
		{
			log::warn!(target: LOG, "at #{number}: {e}");
		}
	}
}

/// What every round needs: the configuration, the key's account and the metrics.
struct Round<'a> {
	config: &'a SequencerConfig,
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

/// One round at best block `at` (number `number`): serve every actor `me` holds in the next block, and every
/// actor in grace then if `me` is a registered sequencer, that has messages waiting and no APoV in flight.
async fn round<C, P, S>(
	client: &Arc<C>,
	pool: &Arc<P>,
	offchain_db: Option<&S>,
	context: &Round<'_>,
	at: <Block as BlockT>::Hash,
	number: BlockNumber,
	in_flight: &mut BTreeMap<TaskId, InFlight>,
) -> Result<(), String>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ActorsRuntimeApi<Block, AccountId, Balance>
		+ substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>
		+ sp_block_builder::BlockBuilder<Block>
		+ sp_api::Core<Block>,
	P: TransactionPool<Block = Block> + 'static,
	S: OffchainStorage,
{
	let Round { config, me, metrics } = *context;
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
			graced.into_iter().filter(|task| !held.contains(task)).map(|task| (task, true)),
		);
	}
	let cores: u32 = <coreplay_runtime::Runtime as pallet_actors::Config>::Cores::get();
	let max_fuel: u64 = <coreplay_runtime::Runtime as pallet_actors::Config>::MaxFuel::get();
	let chain = RuntimeChain::new(&**client, at, number, offchain_db);
	// Transactions are signed for the runtime on chain, which an upgrade may have changed.
	let version =
		sp_api::Core::version(&*api, at).map_err(|e| runtime_error("Core::version", e))?;
	let max_actors = chain.limits().map_err(|e| e.to_string())?.max_actors.max(1) as usize;
	// The actors with work: messages waiting, and no APoV of ours in flight.
	let mut work = Vec::new();
	for (task, in_grace) in serve {
		let Some(actor) = api.actor(at, task).map_err(|e| runtime_error("ActorsApi::actor", e))?
		else {
			continue;
		};
		if let Some(flight) = in_flight.get(&task) {
			if actor.sequence < flight.sequence
				&& number < flight.built_at.saturating_add(RETRY_AFTER)
			{
				continue;
			}
			in_flight.remove(&task);
		}
		let waiting = api.inbox(at, task).map_err(|e| runtime_error("ActorsApi::inbox", e))?.len();
		if waiting > 0 {
			work.push(Work { task, in_grace, sequence: actor.sequence, waiting });
		}
	}
	// Co-scheduled `max_actors` at a time (the key holds them all), one APoV per core: `Cores × max_actors` actors
	// a block. Actors taken over in grace go in APoVs of their own, so that losing one of them to another
	// rescuer does not fail the key's own actors. A group that cannot be built is tried one actor at a time.
	let (graced, own): (Vec<Work>, Vec<Work>) = work.into_iter().partition(|w| w.in_grace);
	let mut groups: VecDeque<Vec<Work>> =
		own.chunks(max_actors).chain(graced.chunks(max_actors)).map(<[Work]>::to_vec).collect();
	let mut next_nonce: Option<Nonce> = None;
	let mut submitted = 0u32;
	while let Some(mut group) = groups.pop_front() {
		if submitted >= cores {
			break;
		}
		group.sort_by_key(|w| w.task);
		let request = ApovRequest {
			agenda: group.iter().map(|w| AgendaItem::service(w.task, 1)).collect(),
			fuel_limit: max_fuel,
			..Default::default()
		};
		let built = match coreplay_sequencer::build_apov(&chain, request) {
			Ok(built) => built,
			Err(e) if group.len() > 1 => {
				log::debug!(target: LOG, "{} actors at #{number}: {e}; building each alone", group.len());
				for single in group.into_iter().rev() {
					groups.push_front(vec![single]);
				}
				continue;
			}
			Err(e) => {
				log::warn!(target: LOG, "actor {} at #{number}: cannot build an APoV: {e}", group[0].task);
				if let Some(metrics) = metrics {
					metrics.failed.with_label_values(&["build"]).inc();
				}
				continue;
			}
		};
		let used = built.execution.fuel_used;
		let fuel_limit = used.saturating_add(used / 4).saturating_add(10_000).min(max_fuel);
		let nonce = match next_nonce {
			Some(nonce) => nonce,
			None => account_nonce(client, pool, me).await?,
		};
		let call =
			RuntimeCall::Actors(pallet_actors::Call::submit_apov { apov: built.apov, fuel_limit });
		let genesis = client.info().genesis_hash;
		let xt = coreplay_runtime::signed_transaction(call, &config.key, nonce, genesis, &version);
		let opaque = sp_runtime::OpaqueExtrinsic::try_from_encoded_extrinsic(&xt.encode())
			.map_err(|e| format!("re-encoding a signed extrinsic: {e}"))?;
		match pool.submit_one(at, TransactionSource::Local, opaque).await {
			Ok(_) => {
				submitted += 1;
				next_nonce = Some(nonce.saturating_add(1));
				for w in &group {
					log::debug!(
						target: LOG,
						"actor {}: APoV for sequence {} submitted at #{number} ({} messages; {} actors, {used} fuel)",
						w.task,
						w.sequence + 1,
						w.waiting,
						group.len(),
					);
					if w.in_grace {
						log::info!(target: LOG, "actor {}: taken over in grace at #{number}", w.task);
					}
					in_flight
						.insert(w.task, InFlight { sequence: w.sequence + 1, built_at: number });
				}
				if let Some(metrics) = metrics {
					metrics.submitted.inc();
					metrics.actors.inc_by(group.len() as u64);
					metrics.fuel.inc_by(used);
					metrics.graced.inc_by(group.iter().filter(|w| w.in_grace).count() as u64);
				}
			}
			Err(e) => {
				log::warn!(target: LOG, "actors {:?}: the pool refused their APoV: {e}", tasks(&group));
				next_nonce = None;
				if let Some(metrics) = metrics {
					metrics.failed.with_label_values(&["pool"]).inc();
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
