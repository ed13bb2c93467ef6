//! # Coreplay runtime
//!
//! A FRAME solochain runtime: System, Timestamp, Aura and Grandpa (several validators author and finalise, each
//! re-executing every APoV on import), Balances, TransactionPayment, Sudo, and `pallet-actors`.
//!
//! - [`configs`]: every pallet's `Config`, with the Coreplay limits in [`configs::actors`].
//! - [`apis`]: the runtime APIs, including `pallet_actors::runtime_api::ActorsApi`.
//! - [`genesis_config_presets`]: the `development` and `local_testnet` presets (`sp-genesis-builder`).
//!
//! Built for the node by `substrate-wasm-builder` (`build.rs`); `SKIP_WASM_BUILD=1` skips that for native tests.
#![cfg_attr(not(feature = "std"), no_std)]
#![recursion_limit = "256"]
// `#[frame_support::runtime]`, `impl_runtime_apis!` and the wasm builder's `include!` generate public items
// without docs; the items written here are documented.
#![allow(missing_docs)]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod genesis_config_presets;
#[cfg(test)]
mod tests;

extern crate alloc;

// The runtime macros expand to code that names `Vec` unqualified.
use alloc::vec::Vec;

use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use frame_system::Call as SystemCall;
pub use pallet_actors::Call as ActorsCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Opaque types for the node: it knows blocks and extrinsics only as bytes.
pub mod opaque {
	use super::*;
	use sp_runtime::traits::Hash as HashT;

	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;
	/// The block header.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// The block.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// A block id.
	pub type BlockId = generic::BlockId<Block>;
	/// The block hash.
	pub type Hash = <BlakeTwo256 as HashT>::Output;
}

impl_opaque_keys! {
	/// The session keys of a validator.
	pub struct SessionKeys {
		/// Block authoring.
		pub aura: Aura,
		/// Finality.
		pub grandpa: Grandpa,
	}
}

/// The runtime version.
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("coreplay"),
	impl_name: alloc::borrow::Cow::Borrowed("coreplay"),
	authoring_version: 1,
	spec_version: 121,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 3,
	system_version: 1,
};

/// Block time: one block every 6 seconds (one Aura slot).
pub const MILLI_SECS_PER_BLOCK: u64 = 6000;
/// The Aura slot duration, in milliseconds.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;
/// Blocks per minute.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);

/// One unit of the chain's currency (12 decimals).
pub const UNIT: Balance = 1_000_000_000_000;
/// A thousandth of a unit.
pub const MILLI_UNIT: Balance = 1_000_000_000;
/// A millionth of a unit.
pub const MICRO_UNIT: Balance = 1_000_000;
/// The existential deposit.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// The signature of a transaction.
pub type Signature = MultiSignature;
/// An account id: the public key of the signature scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// A balance.
pub type Balance = u128;
/// A transaction index.
pub type Nonce = u32;
/// A block hash.
pub type Hash = sp_core::H256;
/// A block number (what actors read with `now()`).
pub type BlockNumber = u32;
/// An address in a transaction.
pub type Address = MultiAddress<AccountId, ()>;
/// The block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// The block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// A signed block with justifications.
pub type SignedBlock = generic::SignedBlock<Block>;
/// A block id.
pub type BlockId = generic::BlockId<Block>;

/// The transaction extensions checked for every transaction.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// An extrinsic as the runtime sees it.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// The payload signed by a transaction.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// `call` as a transaction of `pair`'s account with `nonce`, immortal, without tip or metadata hash, for the
/// chain whose genesis hash is `genesis_hash` running `version` (the on-chain runtime's: `Core::version`, which a
/// runtime upgrade changes): what a wallet builds (polkadot-js' defaults but the era), built outside the runtime
/// by giving every [`TxExtension`]'s implicit data (spec and transaction versions, genesis hash twice:
/// `CheckGenesis`, and `CheckEra` for an immortal era). The node's sequencer signs its APoVs with it.
#[cfg(feature = "std")]
pub fn signed_transaction(
	call: RuntimeCall,
	pair: &sp_core::sr25519::Pair,
	nonce: Nonce,
	genesis_hash: Hash,
	version: &RuntimeVersion,
) -> UncheckedExtrinsic {
	use sp_core::Pair as _;
	signed_transaction_with(
		call,
		pair.public(),
		|bytes| Ok(pair.sign(bytes)),
		nonce,
		genesis_hash,
		version,
	)
	.unwrap_or_else(|e: core::convert::Infallible| match e {})
}

/// [`signed_transaction`] for the account of `public`, signed by `sign` (the bytes of the signed payload, hashed
/// with blake2-256 first if longer than 256 bytes, as `SignedPayload` does), which may fail: a keystore signs for
/// keys it holds (`sp_keystore::Keystore::sr25519_sign`).
///
/// # Errors
/// What `sign` returns.
#[cfg(feature = "std")]
pub fn signed_transaction_with<E>(
	call: RuntimeCall,
	public: sp_core::sr25519::Public,
	sign: impl FnOnce(&[u8]) -> Result<sp_core::sr25519::Signature, E>,
	nonce: Nonce,
	genesis_hash: Hash,
	version: &RuntimeVersion,
) -> Result<UncheckedExtrinsic, E> {
	use codec::Encode as _;
	use sp_runtime::traits::IdentifyAccount as _;
	let tx_ext: TxExtension = (
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(generic::Era::Immortal),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		pallet_transaction_payment::ChargeTransactionPayment::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
		frame_system::WeightReclaim::new(),
	);
	let implicit = (
		(),
		version.spec_version,
		version.transaction_version,
		genesis_hash,
		genesis_hash,
		(),
		(),
		(),
		None,
		(),
	);
	let payload = SignedPayload::from_raw(call, tx_ext, implicit);
	let signature = payload.using_encoded(sign)?;
	let (call, tx_ext, _) = payload.deconstruct();
	let account = sp_runtime::MultiSigner::from(public).into_account();
	Ok(UncheckedExtrinsic::new_signed(call, Address::Id(account), signature.into(), tx_ext))
}

/// Storage migrations run on upgrade (each runs once, at the storage version it migrates from).
type Migrations = (
	pallet_actors::migrations::v1::MigrateV0ToV1<Runtime>,
	pallet_actors::migrations::v2::MigrateV1ToV2<Runtime>,
	pallet_actors::migrations::v3::MigrateV2ToV3<Runtime>,
);

/// Dispatches extrinsics to pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;

	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;

	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;

	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;

	#[runtime::pallet_index(6)]
	pub type Sudo = pallet_sudo;

	#[runtime::pallet_index(10)]
	pub type Actors = pallet_actors;
}
