//! Runtime tests: the genesis presets build, and `ActorsApi` answers for a real `counter` actor.

use crate::*;
use coreplay_primitives::{ActorPov, AgendaItem, InboxBatch, Message, PovContext, Slab, Witness};
use frame_support::{dispatch::RawOrigin, genesis_builder_helper::build_state, traits::Get};
use pallet_actors::runtime_api::runtime_decl_for_actors_api::ActorsApiV4;
use sp_keyring::Sr25519Keyring;

/// Applies a preset's JSON patch to `base`, as the node's chain-spec builder does.
fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(serde_json::Value::Null), value);
			}
		}
		(base, patch) => *base = patch,
	}
}

fn ext(preset: &str) -> sp_io::TestExternalities {
	let patch = genesis_config_presets::get_preset(&preset.into()).expect("the preset exists");
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).expect("serialises");
	merge(&mut config, serde_json::from_slice(&patch).expect("the preset is JSON"));
	let json = serde_json::to_vec(&config).expect("serialises");
	let mut ext = sp_io::TestExternalities::default();
	ext.execute_with(|| build_state::<RuntimeGenesisConfig>(json).expect("the preset builds"));
	ext.execute_with(|| System::set_block_number(1));
	ext
}

fn alice() -> AccountId {
	Sr25519Keyring::Alice.to_account_id()
}

#[test]
fn every_preset_builds_with_its_validators_and_funded_accounts() {
	assert_eq!(
		genesis_config_presets::preset_names(),
		[
			sp_genesis_builder::PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
			sp_genesis_builder::PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
		]
	);
	let bob = Sr25519Keyring::Bob.to_account_id();
	for (preset, validators, sequencers) in
		[("development", 1, vec![alice()]), ("local_testnet", 3, vec![alice(), bob])]
	{
		ext(preset).execute_with(|| {
			// Issue 28: the presets register sequencers, which make up the first two rotations.
			assert_eq!(pallet_actors::Candidates::<Runtime>::get().into_inner(), sequencers);
			for rotation in 0..2 {
				let fixed = pallet_actors::Rotations::<Runtime>::get(rotation).expect("fixed");
				assert_eq!(fixed.sequencers.into_inner(), sequencers, "{preset}");
			}
			for who in &sequencers {
				assert!(Runtime::sequencer(who.clone()).is_some_and(|s| s.bond == 100 * UNIT));
			}
			assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), validators, "{preset}");
			assert_eq!(
				pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(),
				validators,
				"{preset}"
			);
			assert!(Balances::free_balance(alice()) > 1_000 * UNIT, "{preset}");
			assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(alice()), "{preset}");
		});
	}
	assert!(genesis_config_presets::get_preset(&"nope".into()).is_none());
}

#[test]
fn the_actors_api_answers_for_a_counter_actor() {
	ext("development").execute_with(|| {
		let blob = coreplay_fixtures::COUNTER.avf.to_vec();
		let code_hash = coreplay_fixtures::COUNTER.code_hash();
		Actors::upload_code(RawOrigin::Signed(alice()).into(), blob.clone()).expect("uploads");
		Actors::create_actor(RawOrigin::Signed(alice()).into(), code_hash, vec![])
			.expect("creates");

		assert_eq!(Runtime::limits(), Actors::limits());
		assert_eq!(Runtime::code(code_hash), Some(blob.clone()));
		let info = Runtime::code_info(code_hash).expect("stored");
		assert_eq!((info.owner, info.len, info.refcount), (alice(), blob.len() as u32, 1));
		let actor = Runtime::actor(0).expect("created");
		assert_eq!((actor.sequence, actor.code_hash), (0, code_hash));
		assert!(Runtime::inbox(0).is_empty() && Runtime::pending().is_empty());
		assert!(Runtime::actor(1).is_none());
		// Version 3: what the actor's account can pay, and signed calls' next nonces.
		assert_eq!((Runtime::actor_balance(0), Runtime::actor_balance(1)), (0, 0));
		let account = Actors::actor_account(0);
		Balances::transfer_keep_alive(RawOrigin::Signed(alice()).into(), account.into(), 5 * UNIT)
			.expect("funds");
		assert_eq!(Runtime::actor_balance(0), 5 * UNIT, "all of it: payouts may empty the account");
		assert_eq!(Runtime::actor_balance(1), 0, "no actor, nothing to pay");
		let signer = coreplay_primitives::AccountId::new([7; 32]);
		assert_eq!(Runtime::call_nonce(signer.clone(), 0), 0);
		pallet_actors::CallNonces::<Runtime>::insert(&signer, 0, 3);
		assert_eq!(Runtime::call_nonce(signer, 0), 3);

		// Produce an APoV as a sequencer would, with the chain's limits, and dry-run it through the API.
		let machine = coreplay_vm::Machine::new(Runtime::limits());
		let code = machine.load(&blob).expect("valid");
		let pre = machine.create(&code, 0, &[], 1, 10_000_000).expect("creates").snapshot;
		assert_eq!(coreplay_primitives::blake2_256(&pre), actor.state_hash);
		let draft = ActorPov {
			context: PovContext { now: 1 },
			agenda: vec![AgendaItem::service(0, 3), AgendaItem::call(0, vec![0], vec![])],
			slabs: vec![Slab { actor: 0, sequence: 1, pre, post: vec![] }],
			inbox: vec![],
			witness: Witness::default(),
		};
		let (apov, _) = coreplay_vm::produce_pov(
			&machine,
			draft,
			&[&code],
			&[&[]],
			10_000_000,
			coreplay_vm::PostForm::Full,
		)
		.expect("produces");
		let dry = Runtime::dry_run_apov(alice(), apov.clone(), 10_000_000);
		let submitted = dry.result.expect("valid");
		assert_eq!(submitted.status, pallet_actors::ApovStatus::Canonicalised);
		assert_eq!(Runtime::actor(0).expect("exists").sequence, 0, "a dry run changes nothing");

		Actors::submit_apov(RawOrigin::Signed(alice()).into(), apov.clone(), 10_000_000)
			.expect("valid");
		let advanced = Runtime::actor(0).expect("exists");
		assert_eq!(advanced.sequence, 1);
		assert_eq!(advanced.state_hash, coreplay_primitives::blake2_256(&apov.slabs[0].post));
	});
}

#[test]
fn the_actors_limits_fit_the_block() {
	// An APoV must fit in a normal-class extrinsic: check that the fuel limit's weight does.
	let max = Actors::fuel_weight(<Runtime as pallet_actors::Config>::MaxFuel::get());
	let block = configs::RuntimeBlockWeights::get();
	let normal =
		block.get(frame_support::dispatch::DispatchClass::Normal).max_extrinsic.expect("bounded");
	assert!(max.all_lt(normal), "MaxFuel ({max:?}) must fit a normal extrinsic ({normal:?})");
	// Nor may the largest codes, declared per slab before any is read, keep an APoV of the most actors out.
	let actors: u32 = pallet_actors::Pallet::<Runtime>::limits().max_actors;
	let actors = u64::from(actors);
	let codes = Actors::max_code_weight().saturating_mul(actors);
	// And the largest witness: the most preimages, of the most bytes together.
	let limits = Actors::limits();
	let each = (limits.max_witness_bytes / limits.max_witness_items) as usize;
	let witness = Witness { preimages: vec![vec![0; each]; limits.max_witness_items as usize] };
	let witness_weight = Actors::witness_weight(&witness);
	assert!(
		max.saturating_add(codes).saturating_add(witness_weight).all_lt(normal),
		"MaxFuel, {actors} of the largest codes ({codes:?}) and the largest witness ({witness_weight:?}) \
		 must fit a normal extrinsic ({normal:?})"
	);
	// The whole declared weight of such an APoV (empty slabs: their bytes are bounded by the block length),
	// with every message it may consume and the largest outbox, and the pending checks after it: what
	// `submit_apov` declares before anything is read.
	let inbox_len: u32 = <Runtime as pallet_actors::Config>::MaxInboxLen::get();
	let message = Message::from_actor(0, vec![]);
	let apov = ActorPov {
		context: PovContext { now: 1 },
		agenda: vec![],
		slabs: (0..limits.max_actors)
			.map(|actor| Slab { actor, sequence: 1, pre: vec![], post: vec![] })
			.collect(),
		inbox: (0..limits.max_actors)
			.map(|actor| InboxBatch { actor, messages: vec![message.clone(); inbox_len as usize] })
			.collect(),
		witness,
	};
	let declared = Actors::submit_weight(&apov, <Runtime as pallet_actors::Config>::MaxFuel::get());
	assert!(
		declared.all_lt(normal),
		"the most a submit_apov declares ({declared:?}) must fit a normal extrinsic ({normal:?})"
	);
}

/// Issue 28's numbers (`docs/notes/issue-28-design.md`): the dev chain's cores let 1,024 actors advance per block
/// when co-scheduled 8 per APoV; 128 such APoVs of 8 `counter`s, each charged what a real one is here, fit the
/// normal class with the reserve the last one declares; a core holds one actor at every limit and 8 small actors
/// at 10 M fuel.
#[test]
fn the_cores_let_a_thousand_actors_advance_in_a_block() {
	ext("development").execute_with(|| {
		let limits = Actors::limits();
		let cores: u32 = <Runtime as pallet_actors::Config>::Cores::get();
		assert!(cores * limits.max_actors >= 1_000, "{cores} cores × {} actors", limits.max_actors);
		let core = <Runtime as pallet_actors::Config>::CoreWeight::get();
		let max_fuel = <Runtime as pallet_actors::Config>::MaxFuel::get();

		// Eight counters co-scheduled by the dev chain's sequencer, Alice.
		let blob = coreplay_fixtures::COUNTER.avf.to_vec();
		let code_hash = coreplay_fixtures::COUNTER.code_hash();
		Actors::upload_code(RawOrigin::Signed(alice()).into(), blob.clone()).expect("uploads");
		let machine = coreplay_vm::Machine::new(Runtime::limits());
		let code = machine.load(&blob).expect("valid");
		let mut slabs = Vec::new();
		for task in 0..limits.max_actors {
			Actors::create_actor(RawOrigin::Signed(alice()).into(), code_hash, vec![])
				.expect("creates");
			let pre = machine.create(&code, task, &[], 1, 10_000_000).expect("creates").snapshot;
			slabs.push(Slab { actor: task, sequence: 1, pre, post: vec![] });
			assert_eq!(
				Runtime::canonical_sequencer(task, 1),
				pallet_actors::Assignment::Sequencer { sequencer: alice(), grace_from: None }
			);
		}
		let draft = ActorPov {
			context: PovContext { now: 1 },
			agenda: (0..limits.max_actors).map(|task| AgendaItem::service(task, 1)).collect(),
			slabs,
			inbox: vec![],
			witness: Witness::default(),
		};
		let codes = vec![&code; limits.max_actors as usize];
		let inboxes: Vec<&[Message]> = vec![&[]; limits.max_actors as usize];
		let fuel = 10_000_000;
		let (apov, _) = coreplay_vm::produce_pov(
			&machine,
			draft,
			&codes,
			&inboxes,
			fuel,
			coreplay_vm::PostForm::Compact,
		)
		.expect("produces");
		let own = Actors::core_weight(&apov, fuel);
		assert!(own.all_lte(core), "8 small actors at 10 M fuel ({own:?}) fit a core ({core:?})");
		let declared = Actors::submit_weight(&apov, fuel);
		let charged = Actors::submit_apov(RawOrigin::Signed(alice()).into(), apov, fuel)
			.expect("admitted")
			.actual_weight
			.expect("refunded");
		let normal = configs::RuntimeBlockWeights::get()
			.get(frame_support::dispatch::DispatchClass::Normal)
			.max_total
			.expect("bounded");
		let base = <Runtime as frame_system::Config>::BlockWeights::get()
			.get(frame_support::dispatch::DispatchClass::Normal)
			.base_extrinsic;
		let block = charged.saturating_add(base).saturating_mul(u64::from(cores - 1)).saturating_add(
			declared.saturating_add(base),
		);
		assert!(
			block.ref_time() <= normal.ref_time(),
			"{cores} APoVs of 8 counters ({charged:?} each, the last declaring {declared:?}) take {block:?}, \
			 more than the normal class ({normal:?})"
		);

		// One actor at every limit: a whole slab each way, `MaxFuel`, a full inbox of the largest messages.
		let inbox_len: u32 = <Runtime as pallet_actors::Config>::MaxInboxLen::get();
		let message = Message::from_actor(1, vec![0; limits.max_message_bytes as usize]);
		let slab = vec![0u8; limits.max_slab_bytes as usize];
		let full = ActorPov {
			context: PovContext { now: 1 },
			agenda: vec![AgendaItem::service(0, 1)],
			slabs: vec![Slab { actor: 0, sequence: 2, pre: slab.clone(), post: slab }],
			inbox: vec![InboxBatch { actor: 0, messages: vec![message; inbox_len as usize] }],
			witness: Witness::default(),
		};
		let own = Actors::core_weight(&full, max_fuel);
		assert!(own.all_lte(core), "one actor at every limit ({own:?}) fits a core ({core:?})");
	});
}

/// `signed_transaction` (what the node's sequencer signs with) builds a transaction the runtime applies: its
/// implicit data is the chain's.
#[test]
fn a_transaction_signed_outside_the_runtime_is_applied() {
	use sp_runtime::traits::Header as _;
	ext("development").execute_with(|| {
		let genesis = System::block_hash(0);
		let parent = System::block_hash(0);
		Executive::initialize_block(&Header::new(
			2,
			Default::default(),
			Default::default(),
			parent,
			Default::default(),
		));
		let call = RuntimeCall::System(frame_system::Call::remark { remark: vec![1, 2, 3] });
		let pair = Sr25519Keyring::Alice.pair();
		let xt = signed_transaction(call.clone(), &pair, 0, genesis, &VERSION);
		assert_eq!(Executive::apply_extrinsic(xt), Ok(Ok(())));
		assert_eq!(System::account_nonce(alice()), 1);
		// Signed for another chain: refused.
		let other = signed_transaction(call.clone(), &pair, 1, Hash::repeat_byte(7), &VERSION);
		assert!(Executive::apply_extrinsic(other).is_err());
		// Signed for another runtime version (the one before an upgrade): refused.
		let old = sp_version::RuntimeVersion { spec_version: VERSION.spec_version - 1, ..VERSION };
		assert!(
			Executive::apply_extrinsic(signed_transaction(call, &pair, 1, genesis, &old)).is_err()
		);
	});
}
