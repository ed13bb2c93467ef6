//! The `Config` of every pallet in the runtime.

use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstBool, ConstU128, ConstU32, ConstU64, ConstU8, VariantCountOf},
	weights::{
		constants::{RocksDbWeight, WEIGHT_REF_TIME_PER_SECOND},
		IdentityFee, Weight,
	},
};
use frame_system::limits::{BlockLength, BlockWeights};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{traits::One, Perbill};
use sp_version::RuntimeVersion;

use super::{
	AccountId, Aura, Balance, Balances, Block, BlockNumber, Hash, Nonce, PalletInfo, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason, RuntimeOrigin, RuntimeTask,
	System, EXISTENTIAL_DEPOSIT, SLOT_DURATION, VERSION,
};

/// Normal transactions may use 75% of a block.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: RuntimeVersion = VERSION;
	/// 2 seconds of compute per 6-second block.
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::with_sensible_defaults(
		Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
		NORMAL_DISPATCH_RATIO,
	);
	/// 5 MiB blocks: an APoV carries whole `pre` and `post` snapshots.
	pub RuntimeBlockLength: BlockLength =
		BlockLength::builder()
			.max_length(5 * 1024 * 1024)
			.modify_max_length_for_class(DispatchClass::Normal, |max| *max = NORMAL_DISPATCH_RATIO * *max)
			.build();
	pub const SS58Prefix: u8 = 42;
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	type DbWeight = RocksDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<32>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<32>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = ();
}

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ();
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

parameter_types! {
	pub FeeMultiplier: Multiplier = Multiplier::one();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = IdentityFee<Balance>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

/// Coreplay's limits. They bound the worst case of one APoV validation (`validation_memory_bound`, checked by
/// the pallet's `integrity_test`): 8 actors × (a 2 MiB memory + 1 MiB for code and its compiled module) plus three
/// times the 3.75 MiB an APoV may take (`max_apov_bytes`, the normal-class block length: the block, and the
/// decoded slabs counted twice for the allocator's power-of-two rounding) ≈ 35 MiB, within three quarters of the
/// 128 MiB heap the node's executor gives the runtime. Sequencers read them with `ActorsApi::limits`.
pub mod actors {
	use super::*;

	parameter_types! {
		pub const ActorsPalletId: frame_support::PalletId = frame_support::PalletId(*b"coreplay");
		/// Storing code costs 0.01 UNIT plus 1 µUNIT per byte (a 256 KiB AVF: about 0.27 UNIT).
		pub const CodeDepositBase: Balance = 10 * super::super::MILLI_UNIT;
		pub const CodeDepositPerByte: Balance = super::super::MICRO_UNIT;
		/// Held per actor from its creator until `remove_actor`: 0.01 UNIT.
		pub const ActorDeposit: Balance = 10 * super::super::MILLI_UNIT;
		/// Held per pending APoV while it waits: 0.01 UNIT.
		pub const PendingDeposit: Balance = 10 * super::super::MILLI_UNIT;
		/// Held per message an account sends an actor until the actor consumes it: 1 mUNIT plus 1 µUNIT per
		/// byte (a full 4 KiB message: about 5 mUNIT).
		pub const MessageDepositBase: Balance = super::super::MILLI_UNIT;
		pub const MessageDepositPerByte: Balance = super::super::MICRO_UNIT;
		/// A sequencer's bond: 100 UNIT.
		pub const SequencerBond: Balance = 100 * super::super::UNIT;
		/// A core's weight budget: 0.5 s of compute, any proof size.
		pub CoreWeight: Weight = Weight::from_parts(500 * frame_support::weights::constants::WEIGHT_REF_TIME_PER_MILLIS, u64::MAX);
	}

	/// The development chain's rotation seed (`Config::Randomness`): blake2-256 of the subject and the parent
	/// block's hash. Weak: no sequencer that does not author blocks can predict it, but the (known, Aura
	/// round-robin) author of the block before a rotation boundary can try candidate blocks and pick the
	/// seed, capturing actors for one rotation (at most `RotationPeriod` blocks, and `GracePeriod` blocks for
	/// actors with visible work). A production chain would use BABE's VRF output
	/// (`pallet_babe::RandomnessFromOneEpochAgo`) or the relay chain's (`docs/notes/issue-28-design.md`).
	pub struct ParentHashRandomness;

	impl frame_support::traits::Randomness<super::super::Hash, super::super::BlockNumber>
		for ParentHashRandomness
	{
		fn random(subject: &[u8]) -> (super::super::Hash, super::super::BlockNumber) {
			let parent = frame_system::Pallet::<Runtime>::parent_hash();
			let block = frame_system::Pallet::<Runtime>::block_number();
			use sp_runtime::traits::Hash as _;
			let seed = sp_runtime::traits::BlakeTwo256::hash_of(&(subject, parent));
			(seed, block.saturating_sub(1))
		}
	}

	/// Memory pages of one actor: 2 MiB.
	pub const MAX_MEMORY_PAGES: u32 = coreplay_vm::Limits::DEVELOPMENT.max_memory_pages;

	parameter_types! {
		/// The development chain's vm limits, `coreplay_vm::Limits::DEVELOPMENT` (the one place they are
		/// written, so the actor developer kit checks code under the same): the defaults, with 2 MiB actors (and
		/// slabs to hold any of their snapshots: every chunk of every page, with their indices, and the globals),
		/// 8 actors per APoV, 64 messages per inbox (`MaxInboxLen`), all of which an APoV's actors may consume.
		/// `max_apov_bytes` is lowered by the pallet to the normal-class block length.
		pub const ActorsLimits: coreplay_vm::Limits = coreplay_vm::Limits::DEVELOPMENT;
	}

	impl pallet_actors::Config for Runtime {
		type Currency = Balances;
		type RuntimeHoldReason = RuntimeHoldReason;
		type PalletId = ActorsPalletId;
		type CodeDepositBase = CodeDepositBase;
		type CodeDepositPerByte = CodeDepositPerByte;
		type Limits = ActorsLimits;
		type ActorDeposit = ActorDeposit;
		type MaxArgsLen = ConstU32<{ 16 * 1024 }>;
		type MaxInboxLen = ConstU32<64>;
		type MessageDepositBase = MessageDepositBase;
		type MessageDepositPerByte = MessageDepositPerByte;
		// Accounts fill at most half of an inbox: the rest stays for actors.
		type MaxInboxFromAccounts = ConstU32<32>;
		// One sender (an actor or an account) fills at most a quarter of an inbox.
		type MaxInboxPerSender = ConstU32<16>;
		type MaxPending = ConstU32<16>;
		// A quarter of the pending slots per account, each holding 0.01 UNIT (burned if its branch loses).
		type MaxPendingPerAccount = ConstU32<4>;
		type PendingDeposit = PendingDeposit;
		type PendingLifetime = ConstU32<100>;
		// The declared weight of a `submit_apov` at this `fuel_limit` is dominated by it: `MaxFuel` times the fuel
		// rate of `weights.rs` (the highest of `fuel`, `fuel_calls`, `fuel_compile`), plus each slab's largest code.
		type MaxFuel = ConstU64<100_000_000>;
		// An APoV built at block N may be included up to block N + 50 (5 minutes at 6-second blocks).
		type MaxNowAge = ConstU32<50>;
		type CreationFuel = ConstU64<10_000_000>;
		type InspectorFuel = ConstU64<1_000_000>;
		// What one `ActorsApi_dry_run_apov` (a safe `state_call` anyone may make) may cost a node: a fifth of
		// `MaxFuel` (a 100-transfer `ledger` APoV needs 9.3 M), and
		// APoVs of up to 2.5 MiB, two thirds of a block (a 2 MiB actor's compact APoV fits). Documented for
		// operators in node/README.md.
		type MaxDryRunFuel = ConstU64<20_000_000>;
		type MaxDryRunApovBytes = ConstU32<{ 5 * 512 * 1024 }>;
		type RuntimeMemory = ConstU32<{ 128 * 1024 * 1024 }>;
		// Issue 28 (`docs/notes/issue-28-design.md`): 128 cores × 8 co-scheduled actors = 1,024 actors per
		// block. Weight meets the cores there: a co-scheduled APoV of 8 small actors is charged about 5 ms, so
		// 128 of them take about 0.67 s of the 1.5 s normal class, with the reserve the last one declares
		// (`CheckWeight` admits by declared weight). More cores would buy nothing; fewer would miss 1,000.
		type Cores = ConstU32<128>;
		// One actor at every limit (a full 2 MiB slab, `MaxFuel`, a full inbox) declares about 0.28 s for its
		// own work and fits; so do 8 small actors at 10 M fuel (about 0.42 s: each slab is declared at the
		// largest code's weight, once more for a `payout` inspector, with the largest outbox; 0.43 s at
		// `MaxDryRunFuel`). 0.5 s since `weights.rs` of session 27 put 8 such slabs over 0.4 s: a sixth is left
		// for the weights to move when regenerated. Checked by the runtime tests.
		type CoreWeight = CoreWeight;
		type SequencerBond = SequencerBond;
		type MaxSequencers = ConstU32<32>;
		// 20 blocks: 2 minutes at 6-second blocks (the RFC: sequencers "rotated often and randomly, to avoid
		// censorship"); the zombienet suite sees actors change sequencer within its run.
		type RotationPeriod = ConstU32<20>;
		// An inbox message may wait 10 blocks (1 minute) for its canonical sequencer.
		type GracePeriod = ConstU32<10>;
		type LeaveDelay = ConstU32<100>;
		type Randomness = ParentHashRandomness;
		type WeightInfo = pallet_actors::weights::SubstrateWeight<Runtime>;
	}
}
