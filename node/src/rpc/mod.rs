//! The node's RPC methods beyond `sc-rpc`'s standard set: `system_accountNextIndex` (frame-system),
//! `payment_*` (transaction payment) and `actors_*` ([`actors`]).

pub mod actors;

use coreplay_runtime::{opaque::Block, AccountId, Balance, Nonce};
use jsonrpsee::RpcModule;
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};
use sp_core::offchain::OffchainStorage;
use std::sync::Arc;

/// What the RPC methods need from the node.
pub struct FullDeps<C, P, S> {
	/// The client.
	pub client: Arc<C>,
	/// The transaction pool.
	pub pool: Arc<P>,
	/// The offchain database (`backend.offchain_storage()`), where `pallet-actors` indexes snapshots.
	pub offchain_db: Option<S>,
	/// Whether this node indexes offchain (`--enable-offchain-indexing`, on for development chains): without
	/// it, the offchain database holds no snapshots.
	pub offchain_indexing: bool,
	/// This node's sequencer, if it runs one (`actors_submitCall` adds to its call pool).
	pub sequencer: Option<actors::SequencerHandle>,
}

/// Builds the RPC module of every method in [`FullDeps`]' reach.
///
/// # Errors
/// If two modules register the same method name (a programming error).
pub fn create_full<C, P, S>(
	deps: FullDeps<C, P, S>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ HeaderMetadata<Block, Error = BlockChainError>
		+ Send
		+ Sync
		+ 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>
		+ pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>
		+ pallet_actors::runtime_api::ActorsApi<Block, AccountId, Balance>
		+ BlockBuilder<Block>,
	P: TransactionPool + 'static,
	S: OffchainStorage + 'static,
{
	use actors::{Actors, ActorsApiServer};
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool, offchain_db, offchain_indexing, sequencer } = deps;

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(Actors::new(client, offchain_db, offchain_indexing, sequencer).into_rpc())?;

	Ok(module)
}
