//! A test runtime: System, Balances and Actors.

use crate as pallet_actors;
use coreplay_vm::Limits;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64},
	PalletId,
};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Coreplay: pallet_actors,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u128>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = u128;
	type ExistentialDeposit = ConstU128<1>;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

parameter_types! {
	pub const ActorsPalletId: PalletId = PalletId(*b"coreplay");
	/// The vm limits of the test chain: smaller memories, Agendas, messages and inboxes than the default.
	pub const TestLimits: Limits = Limits {
		max_memory_pages: 32,
		max_actors: 8,
		max_agenda_items: 512,
		max_slab_bytes: Limits::slab_bytes_for(32),
		max_message_bytes: 1024,
		// `MaxInboxLen` × `max_actors`: every actor of an APoV can consume its whole inbox.
		max_inbox_messages: 8 * 8,
		..Limits::DEFAULT
	};
	pub static MaxPending: u32 = 4;
	pub static MaxInboxPerSender: u32 = 8;
	/// APoVs per block: tests that fill a block lower it.
	pub static Cores: u32 = 16;
	pub static CoreWeight: frame_support::weights::Weight = frame_support::weights::Weight::MAX;
	/// The rotation seed's randomness: tests set it.
	pub static Seed: sp_core::H256 = sp_core::H256::zero();
}

/// `Config::Randomness` of the mock: the [`Seed`] tests set, whatever the subject.
pub struct TestRandomness;

impl frame_support::traits::Randomness<sp_core::H256, u64> for TestRandomness {
	fn random(_subject: &[u8]) -> (sp_core::H256, u64) {
		(Seed::get(), System::block_number())
	}
}

impl pallet_actors::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type PalletId = ActorsPalletId;
	type CodeDepositBase = ConstU128<1_000>;
	type CodeDepositPerByte = ConstU128<2>;
	type Limits = TestLimits;
	type ActorDeposit = ConstU128<50>;
	type MaxArgsLen = ConstU32<1024>;
	type MaxInboxLen = ConstU32<8>;
	type MessageDepositBase = ConstU128<20>;
	type MessageDepositPerByte = ConstU128<1>;
	type MaxInboxFromAccounts = ConstU32<4>;
	type MaxInboxPerSender = MaxInboxPerSender;
	type MaxPending = MaxPending;
	type MaxPendingPerAccount = ConstU32<2>;
	type PendingDeposit = ConstU128<100>;
	type PendingLifetime = ConstU64<20>;
	type MaxFuel = ConstU64<1_000_000_000>;
	type MaxNowAge = ConstU32<10>;
	type CreationFuel = ConstU64<10_000_000>;
	type InspectorFuel = ConstU64<1_000_000>;
	type MaxDryRunFuel = ConstU64<100_000_000>;
	type MaxDryRunApovBytes = ConstU32<{ 1024 * 1024 }>;
	type RuntimeMemory = ConstU32<{ 128 * 1024 * 1024 }>;
	type Cores = Cores;
	type CoreWeight = CoreWeight;
	type SequencerBond = ConstU128<10_000>;
	type MaxSequencers = ConstU32<4>;
	type RotationPeriod = ConstU32<10>;
	type GracePeriod = ConstU32<3>;
	type LeaveDelay = ConstU32<20>;
	type Randomness = TestRandomness;
	type WeightInfo = ();
}

/// Accounts 1, 2 and 3 start with this much.
pub const ENDOWMENT: u128 = 1_000_000_000;

/// A fresh chain at block 1 with three funded accounts.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage =
		frame_system::GenesisConfig::<Test>::default().build_storage().expect("builds");
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(1, ENDOWMENT), (2, ENDOWMENT), (3, ENDOWMENT)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.expect("builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Moves to the next block, running the pallet's `on_initialize` (which fixes rotations at their boundaries).
pub fn next_block() {
	use frame_support::traits::Hooks;
	let next = System::block_number() + 1;
	System::set_block_number(next);
	Coreplay::on_initialize(next);
}

/// Moves to block `n` block by block (`next_block`).
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		next_block();
	}
}
