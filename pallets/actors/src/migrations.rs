//! Storage migrations, each a `frame_support::migrations::VersionedMigration` the runtime lists in its
//! `Executive` migrations.

use super::*;

/// Storage version 0 → 1 (issue 26): `ActorInfo` gains `deposit` and `now`; each inbox, one `Inboxes` item at
/// version 0, becomes one `InboxMessages` item per message and an `InboxQueue`; `InboxSenders` counts
/// messages; and pending outcomes record each slab's code hash and their APoV's `now`, and keep their outboxes
/// apart.
pub mod v1 {
	use super::*;
	use frame_support::{
		migrations::VersionedMigration, storage_alias, traits::UncheckedOnRuntimeUpgrade,
	};

	/// The inboxes at storage version 0: each actor's messages in one item, oldest first.
	#[storage_alias]
	pub(crate) type Inboxes<T: Config> = StorageMap<
		Pallet<T>,
		Twox64Concat,
		TaskId,
		BoundedVec<StoredMessage<MaxMessageBytes<T>>, <T as Config>::MaxInboxLen>,
		ValueQuery,
	>;

	/// `InboxMessages` at storage version 1: each message an actor's, without value or deposit.
	#[storage_alias]
	pub(crate) type InboxMessages<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Twox64Concat,
		TaskId,
		Twox64Concat,
		u32,
		StoredMessage<MaxMessageBytes<T>>,
	>;

	/// `InboxSenders` at storage version 1: keyed by the sending actor's task id.
	#[storage_alias]
	pub(crate) type InboxSenders<T: Config> =
		StorageDoubleMap<Pallet<T>, Twox64Concat, TaskId, Twox64Concat, TaskId, u32, ValueQuery>;

	/// `ActorInfo` at storage version 0.
	#[derive(Encode, codec::Decode)]
	pub struct ActorInfoV0<AccountId> {
		/// The AVF it runs.
		pub code_hash: coreplay_primitives::CodeHash,
		/// blake2-256 of its canonical snapshot.
		pub state_hash: StateHash,
		/// How many APoVs advanced it.
		pub sequence: u64,
		/// Who created it.
		pub creator: AccountId,
	}

	/// Gives every actor `now` = the block of the upgrade (the last `now` it saw is not recorded at version 0; no
	/// later block is, so time still never goes backwards for it) and no deposit (none was held at version 0),
	/// moves each inbox's messages, in order, to `InboxMessages` at positions 0, 1, … and counts them by sender
	/// into `InboxSenders`, and drops the pending outcomes, which cannot say which code they ran: their
	/// submitters build them again.
	pub struct InnerMigrateV0ToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for InnerMigrateV0ToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let now = Pallet::<T>::now();
			let mut actors = 0u64;
			// In version 1's (and 2's) format: `v3` translates them.
			super::v3::Actors::<T>::translate::<ActorInfoV0<T::AccountId>, _>(|_, old| {
				actors += 1;
				Some(super::v3::ActorInfoV2 {
					code_hash: old.code_hash,
					state_hash: old.state_hash,
					sequence: old.sequence,
					creator: old.creator,
					deposit: Zero::zero(),
					now,
				})
			});
			// One item per message (`InboxMessages`, new) and the count by sender (`InboxSenders`, new), at most
			// `MaxInboxLen` per actor.
			let mut messages = 0u64;
			for (to, inbox) in Inboxes::<T>::drain() {
				let len = inbox.len() as u32;
				for (position, message) in (0u32..).zip(inbox) {
					// In version 1's formats: `v2` translates them.
					self::InboxSenders::<T>::mutate(to, message.from, |count| {
						count.saturating_inc()
					});
					self::InboxMessages::<T>::insert(to, position, message);
					messages += 1;
				}
				if len > 0 {
					InboxQueues::<T>::insert(to, InboxQueue { head: 0, len });
				}
			}
			let dropped = u64::from(Pending::<T>::clear(u32::MAX, None).unique);
			PendingOrder::<T>::kill();
			log::info!(
				target: "runtime::actors",
				"storage v1: {actors} actors translated, {dropped} pending APoVs dropped"
			);
			let accesses = 2 * actors + 2 * messages + dropped + 1;
			T::DbWeight::get().reads_writes(accesses, accesses)
		}
	}

	/// The migration to list in the runtime: runs [`InnerMigrateV0ToV1`] once, at storage version 0, and sets 1.
	pub type MigrateV0ToV1<T> = VersionedMigration<
		0,
		1,
		InnerMigrateV0ToV1<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Storage version 1 → 2 (issue 27, account messages): an inbox message records its sender as an actor or an
/// account, the value it brought and the deposit held for it (`InboxEntry`), and `InboxSenders` counts by
/// `Sender`. Every message at version 1 is an actor's: no value, no deposit. A pending outcome that consumes inbox
/// messages recorded their hash in version 1's `Message` encoding, so it expires (`InboxChanged`) once its slabs
/// are ready: its submitter builds it again. Reads and writes every inbox message and sender count in one block
/// (at most `MaxInboxLen` of each per actor; the development chain's actors are few).
pub mod v2 {
	use super::*;
	use coreplay_primitives::Sender;
	use frame_support::{migrations::VersionedMigration, traits::UncheckedOnRuntimeUpgrade};

	/// Translates each inbox message and each sender count (both at most `MaxInboxLen` per actor).
	pub struct InnerMigrateV1ToV2<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for InnerMigrateV1ToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut messages = 0u64;
			// In version 2's format: `v3` translates them.
			super::v3::InboxMessages::<T>::translate::<StoredMessage<MaxMessageBytes<T>>, _>(
				|_, _, old| {
					messages += 1;
					Some(super::v3::InboxEntryV2 {
						from: Sender::Actor(old.from),
						data: old.data,
						value: 0,
						deposit: None,
					})
				},
			);
			// Collected first: the old and the new keys share the map's prefix.
			let counts: Vec<(TaskId, TaskId, u32)> =
				super::v1::InboxSenders::<T>::drain().collect();
			for (to, from, count) in &counts {
				InboxSenders::<T>::insert(to, Sender::Actor(*from), count);
			}
			log::info!(
				target: "runtime::actors",
				"storage v2: {messages} inbox messages and {} sender counts translated",
				counts.len()
			);
			let accesses = 2 * messages + 2 * counts.len() as u64;
			T::DbWeight::get().reads_writes(accesses, accesses)
		}
	}

	/// The migration to list in the runtime: runs [`InnerMigrateV1ToV2`] once, at storage version 1, and sets 2.
	pub type MigrateV1ToV2<T> = VersionedMigration<
		1,
		2,
		InnerMigrateV1ToV2<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Storage version 2 → 3 (issue 28, scheduling): `ActorInfo` gains `scheduled_at` (0), `affinity` (none) and
/// `payee` (none); each inbox message the block it arrived in (the upgrade's: its grace period starts then);
/// each pending outcome `open` (`false`: its payouts go to its submitter, the rule it was submitted under); and
/// rotations 0 and 1 are fixed with no sequencer. Reads and writes every actor, inbox message and pending
/// outcome in one block (the development chain's are few).
pub mod v3 {
	use super::*;
	use frame_support::{
		migrations::VersionedMigration, storage_alias, traits::UncheckedOnRuntimeUpgrade,
	};

	/// `ActorInfo` at storage versions 1 and 2.
	#[derive(Encode, codec::Decode)]
	pub struct ActorInfoV2<AccountId, Balance> {
		/// The AVF it runs.
		pub code_hash: coreplay_primitives::CodeHash,
		/// blake2-256 of its canonical snapshot.
		pub state_hash: StateHash,
		/// How many APoVs advanced it.
		pub sequence: u64,
		/// Who created it.
		pub creator: AccountId,
		/// The deposit held from `creator`.
		pub deposit: Balance,
		/// The last `now` it saw.
		pub now: coreplay_primitives::BlockNumber,
	}

	/// An inbox message at storage version 2.
	#[derive(Encode, codec::Decode)]
	pub struct InboxEntryV2<AccountId, Balance, MaxBytes: Get<u32>> {
		/// The sender.
		pub from: coreplay_primitives::Sender,
		/// The payload.
		pub data: BoundedVec<u8, MaxBytes>,
		/// The value it brought.
		pub value: coreplay_primitives::Balance,
		/// The deposit held for it.
		pub deposit: Option<(AccountId, Balance)>,
	}

	/// A pending outcome at storage versions 1 and 2.
	#[derive(Encode, codec::Decode)]
	pub struct ApovOutcomeV2<AccountId, BlockNumber, Balance, MaxActors: Get<u32>> {
		/// Who submitted it.
		pub submitter: AccountId,
		/// Its deposit.
		pub deposit: Balance,
		/// When it was validated.
		pub validated_at: BlockNumber,
		/// Its `context.now`.
		pub now: coreplay_primitives::BlockNumber,
		/// Its slabs.
		pub slabs: BoundedVec<SlabOutcome, MaxActors>,
		/// Its outbox's shape.
		pub outbox: OutboxShape,
	}

	/// `Actors` as versions 1 and 2 store it (what `v1` writes).
	#[storage_alias]
	pub(crate) type Actors<T: Config> = StorageMap<
		Pallet<T>,
		Twox64Concat,
		TaskId,
		ActorInfoV2<<T as frame_system::Config>::AccountId, BalanceOf<T>>,
	>;

	/// `InboxMessages` as version 2 stores it (what `v2` writes).
	#[storage_alias]
	pub(crate) type InboxMessages<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Twox64Concat,
		TaskId,
		Twox64Concat,
		u32,
		InboxEntryV2<<T as frame_system::Config>::AccountId, BalanceOf<T>, MaxMessageBytes<T>>,
	>;

	/// Translates every actor, inbox message and pending outcome, and fixes rotations 0 and 1.
	pub struct InnerMigrateV2ToV3<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for InnerMigrateV2ToV3<T> {
		fn on_runtime_upgrade() -> Weight {
			let now = Pallet::<T>::now();
			let mut items = 0u64;
			crate::Actors::<T>::translate::<ActorInfoV2<T::AccountId, BalanceOf<T>>, _>(
				|_, old| {
					items += 1;
					Some(ActorInfo {
						code_hash: old.code_hash,
						state_hash: old.state_hash,
						sequence: old.sequence,
						creator: old.creator,
						deposit: old.deposit,
						now: old.now,
						scheduled_at: 0,
						affinity: Affinity::default(),
						payee: None,
					})
				},
			);
			crate::InboxMessages::<T>::translate::<
				InboxEntryV2<T::AccountId, BalanceOf<T>, MaxMessageBytes<T>>,
				_,
			>(|_, _, old| {
				items += 1;
				Some(InboxEntry {
					from: old.from,
					data: old.data,
					value: old.value,
					deposit: old.deposit,
					arrived: now,
				})
			});
			Pending::<T>::translate::<
				ApovOutcomeV2<T::AccountId, BlockNumberFor<T>, BalanceOf<T>, MaxActors<T>>,
				_,
			>(|_, old| {
				items += 1;
				Some(ApovOutcome {
					submitter: old.submitter,
					deposit: old.deposit,
					validated_at: old.validated_at,
					now: old.now,
					slabs: old.slabs,
					outbox: old.outbox,
					open: false,
				})
			});
			let current = Pallet::<T>::rotation_of(now);
			let sequencers = Candidates::<T>::get();
			for rotation in [current, current.saturating_add(1)] {
				Rotations::<T>::insert(
					rotation,
					Rotation {
						seed: Pallet::<T>::genesis_seed(rotation),
						sequencers: sequencers.clone(),
					},
				);
			}
			log::info!(target: "runtime::actors", "storage v3: {items} items translated");
			T::DbWeight::get().reads_writes(items + 1, items + 2)
		}
	}

	/// The migration to list in the runtime: runs [`InnerMigrateV2ToV3`] once, at storage version 2, and sets 3.
	pub type MigrateV2ToV3<T> = VersionedMigration<
		2,
		3,
		InnerMigrateV2ToV3<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
