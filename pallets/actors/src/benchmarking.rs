//! Benchmarks for `pallet_actors` (frame-benchmarking v2).
//!
//! The benchmark actor and the hostile code shapes are `coreplay-shapes`' ([`bench_actor`], [`shaped_actor`],
//! [`LoadShape`]): Wasm binaries built with `wasm-encoder`, as the runtime has no WAT parser.

use super::*;
use alloc::{vec, vec::Vec};
use coreplay_primitives::{AgendaItem, PovContext, Slab, Witness};
use coreplay_shapes::{bench_actor, shaped_actor, Calls, LoadShape};
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::Mutate;
use frame_system::RawOrigin;

fn funded<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	let amount = T::CodeDepositPerByte::get()
		.saturating_mul(Pallet::<T>::limits().max_code_bytes.into())
		.saturating_add(T::CodeDepositBase::get())
		.saturating_mul(10u32.into())
		// An actor deposit for each of the most recipients `apply_messages` creates, and a pending deposit.
		.saturating_add(
			T::ActorDeposit::get().saturating_mul(Pallet::<T>::limits().max_messages.into()),
		)
		.saturating_add(T::PendingDeposit::get());
	T::Currency::set_balance(&who, amount);
	who
}

/// Sends `to` a message of `data` from a funded account of its own (`index`), by the `send_message` call: the
/// costliest kind of inbox message to consume or drop (its deposit is released then).
fn account_message<T: Config>(index: u32, to: TaskId, data: Vec<u8>) {
	let sender: T::AccountId = account("sender", index, 0);
	T::Currency::set_balance(&sender, T::MessageDepositBase::get().saturating_mul(1_000u32.into()));
	Pallet::<T>::send_message(RawOrigin::Signed(sender).into(), to, data, Zero::zero())
		.expect("room, and a deposit");
}

/// Creates `n` actors, each with its own code (so validation loads `n` codes): actor 0 with `touched` memory
/// pages written whole and `untouched` more all zero, the others with one page, all zero (their snapshots store
/// no chunk). Returns the creator and each actor's task id and snapshot.
fn actors<T: Config>(
	n: u32,
	touched: u32,
	untouched: u32,
) -> (T::AccountId, Vec<(TaskId, Vec<u8>)>) {
	actors_shaped::<T>(n, touched, untouched, LoadShape::default())
}

/// [`actors`], actor 0's code with `shape`'s functions added.
fn actors_shaped<T: Config>(
	n: u32,
	touched: u32,
	untouched: u32,
	shape: LoadShape,
) -> (T::AccountId, Vec<(TaskId, Vec<u8>)>) {
	let who = funded::<T>("creator");
	// Open submission (a genesis preset may register sequencers): the benchmarks' creator submits for its
	// actors. Open and canonical admission read the same items (`WeightInfo::admit` measures grace).
	let _ = Rotations::<T>::clear(u32::MAX, None);
	let machine = Pallet::<T>::machine();
	let mut out = Vec::new();
	for j in 0..n {
		// A `j`-byte data segment makes each blob, so each code hash, distinct.
		let blob = if j == 0 {
			shaped_actor(touched + untouched, touched, j, shape)
		} else {
			bench_actor(1, 0, j)
		};
		let hash = blake2_256(&blob);
		Pallet::<T>::upload_code(RawOrigin::Signed(who.clone()).into(), blob.clone())
			.expect("the bench actor is valid");
		let code = machine.load(&blob).expect("valid");
		let task = NextTaskId::<T>::get();
		Pallet::<T>::create_actor(RawOrigin::Signed(who.clone()).into(), hash, vec![])
			.expect("creates");
		let now = frame_system::Pallet::<T>::block_number().saturated_into();
		let snapshot =
			machine.create(&code, task, &[], now, T::CreationFuel::get()).expect("creates");
		let declared = if j == 0 { touched + untouched } else { 1 };
		assert_eq!(
			coreplay_primitives::snapshot::declared_pages(&snapshot.snapshot),
			Some(declared.max(1)),
			"init grew the memory to the pages the benchmark wants"
		);
		out.push((task, snapshot.snapshot));
	}
	(who, out)
}

/// The largest `k` (written memory pages of actor 0) of the `submit_apov` benchmark: its APoV, `pre` and `post`
/// of `k` pages plus one-page slabs for the other `max_actors - 1` actors, must stay within
/// `max_apov_bytes` (a block), and `k` within `Limits::max_memory_pages`. The zero pages `m` take the rest of
/// `Limits::max_memory_pages`.
fn max_bench_pages<T: Config>() -> u32 {
	let page = coreplay_primitives::snapshot::ENCODED_PAGE_BYTES as u32;
	let slab_pages = Pallet::<T>::limits().max_apov_bytes / (2 * page);
	slab_pages
		.saturating_sub(Pallet::<T>::limits().max_actors)
		.clamp(1, Pallet::<T>::limits().max_memory_pages)
}

/// A `submit_apov` to benchmark: the signer, an APoV advancing `n` actors of [`actors_shaped`] (`touched`,
/// `untouched`, `shape`) by one with `extra` more Service items and `loops` iterations of one call, and the task
/// whose sequence must be 1 afterwards.
fn submission<T: Config>(
	n: u32,
	(touched, untouched, shape): (u32, u32, LoadShape),
	extra: u32,
	loops: u32,
) -> (T::AccountId, ActorPov, TaskId) {
	let (who, created) = actors_shaped::<T>(n, touched, untouched, shape);
	let first = created[0].0;
	(who, apov::<T>(created, extra, loops, Witness::default()), first)
}

/// The most functions [`LoadShape`] may add: `Limits::max_functions` less the bench actor's three and the
/// two `loop` bodies.
fn max_load_functions<T: Config>() -> u32 {
	Pallet::<T>::limits().max_functions.saturating_sub(coreplay_shapes::BENCH_FUNCTIONS + 2)
}

/// The most bytes [`LoadShape::body`] and [`LoadShape::compiled_body`] may have together, to fit `Limits::max_code_bytes`
/// beside [`max_load_functions`] functions of `max_function_locals` locals (at most 8 bytes each in the code and
/// function sections, 3 more for `service`'s call of each) and the bench actor.
fn max_load_body<T: Config>() -> u32 {
	Pallet::<T>::limits().max_code_bytes.saturating_sub(11 * max_load_functions::<T>() + 1024)
}

/// The most KiB of the `witness` benchmark's large preimage: `max_witness_bytes` less its `p` 4-byte preimages.
fn max_witness_kib<T: Config>() -> u32 {
	let limits = Pallet::<T>::limits();
	limits.max_witness_bytes.saturating_sub(4 * limits.max_witness_items) / 1024
}

/// The most thousands of fuel `fuel_compile` can compile: all of [`max_load_body`] at `COMPILE_FUEL` per byte.
fn max_compile_fuel<T: Config>() -> u32 {
	max_load_body::<T>().saturating_mul(coreplay_vm::COMPILE_FUEL) / 1000
}

/// An APoV advancing `actors` by one, with `extra` more Service items, one call looping `loops` times and
/// `witness`.
fn apov<T: Config>(
	actors: Vec<(TaskId, Vec<u8>)>,
	extra: u32,
	loops: u32,
	witness: Witness,
) -> ActorPov {
	apov_with::<T>(actors, extra, loops, witness, Vec::new())
}

/// [`apov`] with `more` Agenda items at the end.
fn apov_with<T: Config>(
	actors: Vec<(TaskId, Vec<u8>)>,
	extra: u32,
	loops: u32,
	witness: Witness,
	more: Vec<AgendaItem>,
) -> ActorPov {
	let machine = Pallet::<T>::machine();
	let loaded: Vec<_> = actors
		.iter()
		.map(|(task, _)| {
			let hash = Actors::<T>::get(task).expect("exists").code_hash;
			machine.load(&Codes::<T>::get(hash).expect("stored")).expect("valid")
		})
		.collect();
	let mut agenda: Vec<AgendaItem> =
		actors.iter().map(|(a, _)| AgendaItem::service(*a, 1)).collect();
	for i in 0..extra {
		agenda.push(AgendaItem::service(actors[i as usize % actors.len()].0, 1));
	}
	if loops > 0 {
		agenda.push(AgendaItem::call(actors[0].0, loops.to_le_bytes().to_vec(), vec![]));
	}
	agenda.extend(more);
	let draft = ActorPov {
		context: PovContext { now: frame_system::Pallet::<T>::block_number().saturated_into() },
		agenda,
		// The `pre` snapshots are moved, not copied: at 8 actors × 32 pages a copy is 32 MiB of the runtime's
		// 128 MiB heap, and the benchmark must not need more memory than the extrinsic does.
		slabs: actors
			.into_iter()
			.map(|(actor, pre)| Slab { actor, sequence: 1, pre, post: vec![] })
			.collect(),
		inbox: vec![],
		witness,
	};
	let codes: Vec<_> = loaded.iter().collect();
	let inboxes: Vec<&[Message]> = draft.slabs.iter().map(|_| &[][..]).collect();
	coreplay_vm::produce_pov(
		&machine,
		draft,
		&codes,
		&inboxes,
		T::MaxFuel::get(),
		coreplay_vm::PostForm::Full,
	)
	.expect("produces")
	.0
}

/// A submission whose bench actor's `call` loop runs about `k` thousand units of fuel, each iteration calling a
/// function of `locals` locals as `calls` says (`coreplay_shapes::CALL_LOOP_FUEL` and the call's price per
/// iteration).
fn call_loop<T: Config>(k: u32, calls: Calls, locals: u32) -> (T::AccountId, ActorPov, TaskId) {
	let price = match calls {
		Calls::Indirect => {
			u32::from(coreplay_vm::CALL_INDIRECT_FUEL) + coreplay_shapes::INDIRECT_INDEX_FUEL
		}
		_ => u32::from(coreplay_vm::CALL_FUEL),
	};
	let per_iteration = coreplay_shapes::CALL_LOOP_FUEL + price + locals * coreplay_vm::LOCAL_FUEL;
	let shape = LoadShape { functions: 1, locals, calls, ..LoadShape::default() };
	submission::<T>(1, (0, 1, shape), 0, 1000 * k / per_iteration)
}

/// A submission whose bench actor walks all of an actor's most pages (`LoadShape::chase` or `scatter`, after
/// `service` writes every word of them) in a `call` loop of about `k` thousand units of fuel, `step_fuel` per
/// each of its `steps` in an iteration.
fn memory_walk<T: Config>(
	k: u32,
	shape: LoadShape,
	steps: u32,
	step_fuel: u32,
) -> (T::AccountId, ActorPov, TaskId) {
	let pages = Pallet::<T>::limits().max_memory_pages;
	let per_iteration = coreplay_shapes::COUNT_DOWN_FUEL + steps * step_fuel;
	submission::<T>(1, (pages, 0, shape), 0, 1000 * k / per_iteration)
}

/// A funded account `index` registered as a sequencer.
fn sequencer<T: Config>(index: u32) -> T::AccountId {
	let who: T::AccountId = account("sequencer", index, 0);
	T::Currency::set_balance(
		&who,
		T::SequencerBond::get()
			.saturating_mul(2u32.into())
			.saturating_add(T::Currency::minimum_balance()),
	);
	Pallet::<T>::do_register_sequencer(&who).expect("room, and the bond");
	who
}

/// Registers sequencers until `n` are candidates (a genesis preset may have registered some).
fn fill_candidates<T: Config>(n: u32) {
	let mut index = 0;
	while (Candidates::<T>::decode_len().unwrap_or(0) as u32) < n {
		sequencer::<T>(index);
		index += 1;
	}
}

/// A one-actor APoV whose Agenda is `s` signed calls of `scheme` to the bench actor (4 bytes of input, looping 0
/// times), each by an account of its own (a key generated in the benchmark's keystore) over the raw payload, so
/// each is checked once: its submitter, the APoV, and the actor.
fn signed_apov<T: Config>(
	s: u32,
	scheme: coreplay_primitives::SignatureScheme,
) -> (T::AccountId, ActorPov, TaskId) {
	use coreplay_primitives::{CallSignature, SignatureScheme, SignedCall};
	use sp_runtime::{traits::IdentifyAccount, MultiSigner};
	const KEY: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"cply");
	let (who, created) = actors::<T>(1, 0, 1);
	let actor = created[0].0;
	let input = 0u32.to_le_bytes().to_vec();
	let payload = SignedCall::payload(&Pallet::<T>::genesis_hash(), actor, 0, &input);
	let sign = |_| -> (MultiSigner, CallSignature) {
		let signed = "the key is in the keystore";
		match scheme {
			SignatureScheme::Sr25519 => {
				let public = sp_io::crypto::sr25519_generate(KEY, None);
				let signature = sp_io::crypto::sr25519_sign(KEY, &public, &payload).expect(signed);
				(public.into(), signature.into())
			}
			SignatureScheme::Ed25519 => {
				let public = sp_io::crypto::ed25519_generate(KEY, None);
				let signature = sp_io::crypto::ed25519_sign(KEY, &public, &payload).expect(signed);
				(public.into(), signature.into())
			}
			SignatureScheme::Ecdsa => {
				let public = sp_io::crypto::ecdsa_generate(KEY, None);
				let signature = sp_io::crypto::ecdsa_sign(KEY, &public, &payload).expect(signed);
				(public.into(), signature.into())
			}
		}
	};
	let calls = (0..s)
		.map(sign)
		.map(|(signer, signature)| {
			let call = SignedCall {
				signer: signer.into_account(),
				nonce: 0,
				input: input.clone(),
				output: vec![],
				signature,
			};
			AgendaItem::signed_call(actor, call)
		})
		.collect();
	(who, apov_with::<T>(created, 0, 0, Witness::default(), calls), actor)
}

/// Bytes [`evict_caches`] writes: half as much again as the last-level cache of the machine the weights are
/// measured on (32 MiB on the AMD EPYC of `docs/performance.md`).
const CACHE_EVICTING_BYTES: usize = 48 << 20;

/// Writes [`CACHE_EVICTING_BYTES`] of the runtime's heap, in parts of 16 MiB held together (the runtime's allocator
/// serves at most 32 MiB at once), and frees them, so that the call measured next finds the CPU's caches holding
/// none of its code or data and, in a fresh runtime instance, lands its allocations on heap no allocation touched
/// (the freed parts serve no smaller size), as a block's first APoV finds both: in a block import the first APoV
/// took 60-80 µs more than each of the copies after it. Only the first repeat of a runtime call is so measured
/// (the later ones reuse what it freed: 130-170 µs, against about 245 for the first, and 121 for a first repeat
/// without this), so `scripts/weights.sh` runs the benchmark that calls it with `--repeat 1`
/// (`docs/performance.md`, sessions 26 to 28).
fn evict_caches() {
	const PART: usize = 16 << 20;
	let parts: Vec<Vec<u8>> = (0..CACHE_EVICTING_BYTES / PART).map(|_| vec![1u8; PART]).collect();
	core::hint::black_box(&parts);
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// Validation in full (wasmparser's validator and wasmi's eager compiler) and storage of a code of the
	/// costliest shapes: `f` functions of the most locals and a function of `c` bytes of empty loops.
	#[benchmark]
	fn upload_code(
		c: Linear<0, { max_load_body::<T>() }>,
		f: Linear<0, { max_load_functions::<T>() }>,
	) {
		let who = funded::<T>("uploader");
		let locals = Pallet::<T>::limits().max_function_locals;
		let shape = LoadShape { functions: f, locals, body: c, ..LoadShape::default() };
		let blob = shaped_actor(1, 1, 0, shape);
		let hash = blake2_256(&blob);
		#[extrinsic_call]
		_(RawOrigin::Signed(who), blob);
		assert!(Codes::<T>::contains_key(hash));
	}

	#[benchmark]
	fn remove_code() {
		let who = funded::<T>("uploader");
		let blob = bench_actor(1, 1, 0);
		let hash = blake2_256(&blob);
		Pallet::<T>::upload_code(RawOrigin::Signed(who.clone()).into(), blob).expect("valid");
		#[extrinsic_call]
		_(RawOrigin::Signed(who), hash);
		assert!(!Codes::<T>::contains_key(hash));
	}

	#[benchmark]
	fn remove_actor() {
		let (who, created) = actors::<T>(1, 0, 1);
		let task = created[0].0;
		// Its inbox full of the largest messages, each from a sender of its own (an `InboxSenders` entry each):
		// as many from accounts as may wait (a deposit each, released with the actor), the rest from actors; its
		// account funded (paid out).
		let limits = Pallet::<T>::limits();
		let largest = vec![7u8; limits.max_message_bytes as usize];
		for i in 0..T::MaxInboxFromAccounts::get() {
			account_message::<T>(i, task, largest.clone());
		}
		for i in T::MaxInboxFromAccounts::get()..T::MaxInboxLen::get() {
			Pallet::<T>::deliver_from_actor(TaskId::MAX - i, task, largest.clone()).expect("room");
		}
		let account = Pallet::<T>::actor_account(task);
		T::Currency::set_balance(&account, T::CodeDepositBase::get().saturating_mul(10u32.into()));
		#[extrinsic_call]
		_(RawOrigin::Signed(who), task);
		assert!(!Actors::<T>::contains_key(task) && Pallet::<T>::inbox(task).is_empty());
		assert_eq!(InboxMessages::<T>::iter_prefix(task).count(), 0);
	}

	#[benchmark]
	fn create_actor(a: Linear<0, { T::MaxArgsLen::get() }>) {
		let who = funded::<T>("creator");
		// The largest code: compiling it is most of the work.
		let pages = Pallet::<T>::limits().max_memory_pages.min(4);
		let blob = bench_actor(
			pages,
			pages,
			Pallet::<T>::limits().max_code_bytes.saturating_sub(1024).min(4 * 65_536),
		);
		let hash = blake2_256(&blob);
		Pallet::<T>::upload_code(RawOrigin::Signed(who.clone()).into(), blob).expect("valid");
		#[extrinsic_call]
		_(RawOrigin::Signed(who), hash, vec![1u8; a as usize]);
		assert!(Actors::<T>::contains_key(0));
	}

	#[benchmark]
	fn submit_apov(
		n: Linear<1, { Pallet::<T>::limits().max_actors }>,
		i: Linear<
			0,
			{
				Pallet::<T>::limits()
					.max_agenda_items
					.saturating_sub(Pallet::<T>::limits().max_actors)
			},
		>,
	) {
		let (who, apov, first) = submission::<T>(n, (0, 1, LoadShape::default()), i, 0);
		let fuel_limit = Pallet::<T>::core_fuel(&apov).expect("the slabs fit a core");
		#[extrinsic_call]
		_(RawOrigin::Signed(who), apov, fuel_limit);
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	/// `submit_apov(1, 0)` measured at its own point: one actor of one page storing no chunk, one `Service`. Its
	/// whole time is the fixed part of a submission, which `submit_apov(n, i)`'s fit extrapolates from points
	/// where the other component is at its maximum (and loses: it came out at a tenth of this). The pallet
	/// charges this plus `submit_apov`'s slopes above `(1, 0)` (`Pallet::submit_base_weight`). Measured on cold
	/// caches and fresh heap ([`evict_caches`], one repeat per runtime call): every APoV is charged what the first
	/// of a block takes.
	#[benchmark]
	fn submit_apov_fixed() {
		let (who, apov, first) = submission::<T>(1, (0, 1, LoadShape::default()), 0, 0);
		evict_caches();
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	/// Snapshot pages, measured apart from `n` and `i` (as `fuel` is) so that each benchmark's fixed part is
	/// measured near its points, not extrapolated from points where the other components are at their maximum.
	#[benchmark]
	fn snapshot_pages(k: Linear<1, { max_bench_pages::<T>() }>) {
		let (who, apov, first) = submission::<T>(1, (k, 0, LoadShape::default()), 0, 0);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	/// Zero pages, apart from `snapshot_pages`: with its stored pages at their maximum, the time of each point
	/// varied more than all the zero pages cost together. One stored page, and `m` zero pages declared beyond the
	/// module's initial memory, so restoring grows the memory by `m` pages (wasmi reallocates and zeroes) and
	/// comparing scans them, in `pre` and in `post`.
	#[benchmark]
	fn zero_pages(m: Linear<0, { Pallet::<T>::limits().max_memory_pages - 1 }>) {
		let (who, apov, first) = submission::<T>(1, (1, m, LoadShape::default()), 0, 0);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	/// The expansion of a delta `post` alone (validation's extra work for the compact form), per chunk of each
	/// input: `pre` stores every chunk of `p + d` pages, each with its last byte set; the delta rewrites every
	/// chunk of the last `d` of them (its last byte changed, so each is compared in full, scanned for zeros to its
	/// end and copied) and leaves the first `p` pages' chunks as they were (each copied from `pre`). `p` is the
	/// work of a chunk of `pre` the delta does not name, `d` that of a chunk the delta rewrites, the `pre` chunk it
	/// replaces included; `Pallet::snapshots_weight` charges every chunk of `pre` at `p`'s slope and every chunk
	/// of the delta at `d`'s (a rewritten chunk's `pre` chunk is so charged twice; a delta chunk that `pre` does
	/// not store, or that becomes zero, is compared with zeros and is no costlier).
	#[benchmark]
	fn expand_post(
		p: Linear<0, { Pallet::<T>::limits().max_memory_pages / 2 }>,
		d: Linear<0, { Pallet::<T>::limits().max_memory_pages / 2 }>,
	) {
		use coreplay_primitives::snapshot::{self, CHUNK_SIZE, PAGE_SIZE};
		let max_pages = Pallet::<T>::limits().max_memory_pages;
		let (kept, all) = (p as usize * PAGE_SIZE, (p + d) as usize * PAGE_SIZE);
		let mut memory = vec![0u8; max_pages as usize * PAGE_SIZE];
		let last_bytes = |range: core::ops::Range<usize>| {
			(range.start + CHUNK_SIZE - 1..range.end).step_by(CHUNK_SIZE)
		};
		last_bytes(0..all).for_each(|at| memory[at] = 1);
		let pre = snapshot::encode(&memory, &[]);
		last_bytes(kept..all).for_each(|at| memory[at] = 2);
		let post = snapshot::encode(&memory, &[]);
		let delta = snapshot::delta(&pre, &post, max_pages).expect("canonical");
		let expanded;
		#[block]
		{
			expanded = snapshot::expand(&pre, &delta, max_pages);
		}
		assert_eq!(expanded, Ok(post));
	}

	/// The first touch of `p` 64 KiB pages of the runtime's heap that nothing in this runtime call has used: an
	/// allocation of `p` pages with one byte written per 4 KiB (the host's page, where the fault is taken), never
	/// freed, so that each repeat's allocation lands beyond the last one's (a freed one is reused by the next and
	/// is warm). What a block's first APoV pays for the memory its instances allocate, where the benchmarks of
	/// `submit_apov` measure a heap their first repeat already touched (`docs/performance.md`, "Session 26");
	/// writing the memory is in theirs. At most 32 pages, so that the repeats' allocations fit in the runtime's
	/// heap (32 × 64 KiB per repeat).
	#[benchmark]
	fn fresh_pages(p: Linear<0, 32>) {
		const HOST_PAGE_BYTES: usize = 4096;
		let bytes = p as usize * coreplay_primitives::snapshot::PAGE_SIZE;
		#[block]
		{
			let mut heap: Vec<u8> = Vec::with_capacity(bytes);
			for byte in heap.spare_capacity_mut().iter_mut().step_by(HOST_PAGE_BYTES) {
				byte.write(1);
			}
			core::mem::forget(core::hint::black_box(heap));
		}
	}

	#[benchmark]
	fn pending_check(n: Linear<1, { Pallet::<T>::limits().max_actors }>) {
		let (who, created) = actors::<T>(n, 0, 1);
		// A slab's sequence is not an input of replay: renumbered to 2, the APoV waits.
		let first = created[0].0;
		let ready: Vec<_> = created.iter().map(|(task, pre)| (*task, blake2_256(pre))).collect();
		let mut later = apov::<T>(created, 0, 0, Witness::default());
		for slab in &mut later.slabs {
			slab.sequence = 2;
		}
		let fuel_limit = Pallet::<T>::core_fuel(&later).expect("the slabs fit a core");
		Pallet::<T>::submit_apov(RawOrigin::Signed(who).into(), later, fuel_limit)
			.expect("pending");
		// Make it ready, the worst case: each actor at sequence 1 with the APoV's pre state.
		for (task, pre_hash) in ready {
			Actors::<T>::mutate(task, |actor| {
				let actor = actor.as_mut().expect("exists");
				actor.sequence = 1;
				actor.state_hash = pre_hash;
			});
		}
		#[block]
		{
			Pallet::<T>::process_pending(Weight::MAX);
		}
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 2);
	}

	/// An outcome's messages, measured apart from `pending_check` (whose outcome has none): a ready one-slab
	/// outcome whose actor consumes `c` inbox messages of `Limits::max_message_bytes` each (from as many
	/// actors; an account's message costs `release_account_messages` more), and which sends `m` empty messages and `k` of `Limits::max_message_bytes`, its whole outbox
	/// read back from `PendingOutboxes`, each to a recipient of its own (the most storage items: each message
	/// reads and writes its recipient's queue and sender count). The pallet charges the slopes
	/// (`Pallet::messages_weight`).
	#[benchmark]
	fn apply_messages(
		c: Linear<0, { T::MaxInboxLen::get() }>,
		m: Linear<0, { Pallet::<T>::limits().max_messages / 2 }>,
		k: Linear<0, { Pallet::<T>::limits().max_messages / 2 }>,
	) {
		let limits = Pallet::<T>::limits();
		let (who, created) = actors::<T>(1, 0, 1);
		let task = created[0].0;
		// The recipients, all on one code (uploading one per actor would make the set-up slow).
		let blob = bench_actor(1, 0, 1);
		Pallet::<T>::upload_code(RawOrigin::Signed(who.clone()).into(), blob.clone())
			.expect("the bench actor is valid");
		let recipients: Vec<TaskId> = (0..m + k)
			.map(|_| {
				let to = NextTaskId::<T>::get();
				Pallet::<T>::create_actor(
					RawOrigin::Signed(who.clone()).into(),
					blake2_256(&blob),
					vec![],
				)
				.expect("creates");
				to
			})
			.collect();
		let largest = vec![7u8; limits.max_message_bytes as usize];
		for i in 0..c {
			// Senders that are no actors: any id is a valid sender of a stored message.
			Pallet::<T>::deliver_from_actor(TaskId::MAX - i, task, largest.clone()).expect("room");
		}
		let consumed = Pallet::<T>::inbox(task);
		let mut outbox = OutboxOf::<T>::new();
		for j in 0..m + k {
			let to = recipients[j as usize];
			let data = if j < k { largest.clone() } else { vec![] };
			let message = StoredMessage { from: task, data: BoundedVec::truncate_from(data) };
			outbox.try_push((to, message)).expect("within max_messages");
		}
		let actor = Actors::<T>::get(task).expect("exists");
		let slab = SlabOutcome {
			actor: task,
			sequence: 1,
			pre_hash: actor.state_hash,
			post_hash: H256::repeat_byte(9),
			inbox_consumed: c,
			inbox_hash: blake2_256(&consumed.encode()),
			code_hash: actor.code_hash,
			code_upgrade: None,
			payout: 0,
		};
		let outcome = ApovOutcome {
			submitter: who,
			deposit: Zero::zero(),
			validated_at: frame_system::Pallet::<T>::block_number(),
			now: actor.now,
			slabs: BoundedVec::truncate_from(vec![slab]),
			outbox: OutboxShape::of(&outbox),
			open: false,
		};
		let effects = crate::pending::Effects {
			outbox,
			events: EventsOf::<T>::new(),
			transfers: TransfersOf::<T>::new(),
		};
		Pallet::<T>::keep_pending(outcome, effects).expect("a slot");
		#[block]
		{
			Pallet::<T>::process_pending(Weight::MAX);
		}
		assert_eq!(Actors::<T>::get(task).expect("exists").sequence, 1);
		assert_eq!(InboxQueues::<T>::get(task).len, 0, "consumed");
		assert!(recipients.iter().all(|to| InboxQueues::<T>::get(to).len == 1), "delivered");
	}

	/// Loading code, measured apart from `n` (whose bench actors are a few hundred bytes): a one-actor
	/// `submit_apov` whose actor's code has `f` functions more, each with the most locals a function may have and
	/// called once by `service` (so compiled), and a function of `c` bytes of empty `loop`s, never called: the
	/// shapes that cost the most per function and per byte. The pallet charges only the slopes, per byte of each
	/// slab's code (all of it, not only function bodies) and per function it defines (`Pallet::code_weight`);
	/// the bytes of the functions an execution compiles are charged as fuel (`fuel_compile`).
	#[benchmark]
	fn code_load(
		c: Linear<0, { max_load_body::<T>() }>,
		f: Linear<0, { max_load_functions::<T>() }>,
	) {
		let locals = Pallet::<T>::limits().max_function_locals;
		let shape = LoadShape {
			functions: f,
			locals,
			functions_called_by: Some(coreplay_vm::abi::EntryPoint::Service),
			body: c,
			..LoadShape::default()
		};
		let (who, apov, first) = submission::<T>(1, (0, 1, shape), 0, 0);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	/// The imports, exports and element items of a slab's code, measured apart from `code_load` (whose `c` and
	/// `f` fill `Limits::max_code_bytes`): a one-actor `submit_apov` whose code has `i` imports more (each linked at
	/// instantiation), `e` exports more, each with a name of `max_export_name_bytes` (the names differ only at
	/// their ends, so each comparison reads them whole, the costliest case of the maps wasmi enters them in), and
	/// `x` element items written into a table as large. The pallet charges only the slopes, per import, export
	/// and element item of each slab's code (`Pallet::code_weight`) and of each uploaded code
	/// (`Pallet::upload_weight`: validation parses and enters the same items, and instantiates nothing).
	#[benchmark]
	fn code_links(
		i: Linear<0, { Pallet::<T>::limits().max_imports - 1 }>,
		e: Linear<0, { Pallet::<T>::limits().max_exports - 4 }>,
		x: Linear<0, { Pallet::<T>::limits().max_element_items }>,
	) {
		let shape = LoadShape {
			imports: i,
			exports: e,
			export_name: Pallet::<T>::limits().max_export_name_bytes,
			element_items: x,
			..LoadShape::default()
		};
		let (who, apov, first) = submission::<T>(1, (0, 1, shape), 0, 0);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	/// The `payout` inspector, which `submit_apov` runs for each slab whose code exports it (`Machine::payout`): a
	/// throw-away instance of a module of its own (an engine, a linker and a store of its own too), built from the
	/// bench actor's code with `f` functions of the most locals, none of them called (an inspector compiles only
	/// what `payout` calls, whose bytes it pays as fuel), restored from its one-page `pre` storing no chunk, and
	/// `payout` run to its output. One component, so that the fixed part is measured at its own point, not
	/// extrapolated (a first version with a `c`-byte function as well fitted bases of 27-223 µs around a measured
	/// 110; the bytes cost it 0-0.9 ns each, below `code_load`'s per-byte slope, at which the pallet charges them).
	/// The pallet charges it whole for each such slab, with `code_load`'s per-byte slope for the code's bytes,
	/// `code_links`' slopes for its imports, exports and element items, and the snapshots' weight of its `pre`
	/// (`Pallet::inspectors_weight`); its fuel is `InspectorFuel`, charged apart.
	#[benchmark]
	fn payout_inspector(f: Linear<0, { max_load_functions::<T>() }>) {
		let locals = Pallet::<T>::limits().max_function_locals;
		let shape = LoadShape { functions: f, locals, payout: true, ..LoadShape::default() };
		let (_, created) = actors_shaped::<T>(1, 0, 1, shape);
		let (task, pre) = &created[0];
		let machine = Pallet::<T>::machine();
		let hash = Actors::<T>::get(task).expect("exists").code_hash;
		let code = machine.load(&Codes::<T>::get(hash).expect("stored")).expect("valid");
		let now = frame_system::Pallet::<T>::block_number().saturated_into();
		let payout;
		#[block]
		{
			payout = machine.payout(&code, *task, pre, now, T::InspectorFuel::get());
		}
		assert!(matches!(payout, Ok(Some(_))), "{payout:?}");
	}

	/// The witness: a one-actor `submit_apov` whose witness holds `p` preimages of 4 bytes (distinct, so sorting
	/// compares whole hashes) and one more of `k` KiB, which the vm hashes (blake2-256, in the runtime's Wasm),
	/// copies and sorts into its index before the Agenda runs. The pallet charges only the slopes, per preimage
	/// and per KiB (`Pallet::witness_weight`); `lookup`s are charged as fuel.
	#[benchmark]
	fn witness(
		p: Linear<0, { Pallet::<T>::limits().max_witness_items - 1 }>,
		k: Linear<0, { max_witness_kib::<T>() }>,
	) {
		let (who, created) = actors::<T>(1, 0, 1);
		let first = created[0].0;
		let mut preimages: Vec<Vec<u8>> = (0..p).map(|j| j.to_le_bytes().to_vec()).collect();
		preimages.push(vec![7; k as usize * 1024]);
		let apov = apov::<T>(created, 0, 0, Witness { preimages });
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	/// Signed calls of sr25519: a one-actor `submit_apov` whose Agenda holds `s` signed calls to the bench actor
	/// (each looping 0 times), each of an account of its own (so each nonce is a read and a write of its own),
	/// each signed over the raw payload, so checked once (`signed_apov`). The pallet charges the slope per check
	/// of a call of this scheme (`Pallet::signed_call_weight`; a `<Bytes>`-wrapped signature is checked twice).
	#[benchmark]
	fn signed_calls_sr25519(s: Linear<0, 64>) {
		let (who, apov, actor) = signed_apov::<T>(s, coreplay_primitives::SignatureScheme::Sr25519);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(actor).expect("exists").sequence, 1);
	}

	/// `signed_calls_sr25519` with ed25519 signatures.
	#[benchmark]
	fn signed_calls_ed25519(s: Linear<0, 64>) {
		let (who, apov, actor) = signed_apov::<T>(s, coreplay_primitives::SignatureScheme::Ed25519);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(actor).expect("exists").sequence, 1);
	}

	/// `signed_calls_sr25519` with ecdsa signatures: each check recovers the public key and hashes it into the
	/// account id.
	#[benchmark]
	fn signed_calls_ecdsa(s: Linear<0, 64>) {
		let (who, apov, actor) = signed_apov::<T>(s, coreplay_primitives::SignatureScheme::Ecdsa);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(actor).expect("exists").sequence, 1);
	}

	/// `send_message` of `b` bytes and a value to an actor whose inbox already holds messages from other
	/// accounts: the deposit held, the value moved, the message stored.
	#[benchmark]
	fn send_message(b: Linear<0, { Pallet::<T>::limits().max_message_bytes }>) {
		let (_, created) = actors::<T>(1, 0, 1);
		let task = created[0].0;
		// As many account messages as may wait, but this one.
		let waiting = T::MaxInboxFromAccounts::get().saturating_sub(1);
		for i in 0..waiting {
			account_message::<T>(i, task, vec![]);
		}
		let who = funded::<T>("messenger");
		let value = T::Currency::minimum_balance().saturating_mul(10u32.into());
		#[extrinsic_call]
		_(RawOrigin::Signed(who), task, vec![7u8; b as usize], value);
		assert_eq!(InboxQueues::<T>::get(task).len, waiting + 1);
	}

	/// What consuming `a` messages from accounts takes beyond actors' messages: each one's count in
	/// `InboxAccountMessages` and its deposit released (`Pallet::release_account_message`), as canonicalisation
	/// does for each consumed account message.
	#[benchmark]
	fn release_account_messages(a: Linear<0, { T::MaxInboxFromAccounts::get() }>) {
		let (_, created) = actors::<T>(1, 0, 1);
		let task = created[0].0;
		for i in 0..a {
			account_message::<T>(i, task, vec![7]);
		}
		let deposits: Vec<_> =
			InboxMessages::<T>::iter_prefix_values(task).map(|m| m.deposit).collect();
		#[block]
		{
			for deposit in deposits {
				Pallet::<T>::release_account_message(task, deposit);
			}
		}
		assert_eq!(InboxAccountMessages::<T>::get(task), 0);
	}

	/// Checking and making `t` payments of one actor (`transfer`), each to a new account:
	/// `Pallet::transfers_readiness` then `Pallet::make_transfers`, as canonicalisation does.
	#[benchmark]
	fn apply_transfers(t: Linear<0, { Pallet::<T>::limits().max_transfers }>) {
		let (_, created) = actors::<T>(1, 0, 1);
		let task = created[0].0;
		let amount = T::Currency::minimum_balance().saturating_mul(10u32.into());
		T::Currency::set_balance(
			&Pallet::<T>::actor_account(task),
			amount.saturating_mul(t.saturating_add(1).into()),
		);
		let transfers = (0..t)
			.map(|i| coreplay_primitives::ActorTransfer {
				from: task,
				to: Pallet::<T>::account_bytes(&account("payee", i, 0)),
				amount: amount.saturated_into(),
			})
			.collect::<Vec<_>>();
		let transfers = TransfersOf::<T>::truncate_from(transfers);
		#[block]
		{
			assert!(
				Pallet::<T>::transfers_readiness(&transfers) == crate::pending::Readiness::Ready
			);
			Pallet::<T>::make_transfers(transfers);
		}
		let paid: T::AccountId = account("payee", 0, 0);
		assert!(t == 0 || T::Currency::balance(&paid) == amount);
	}

	/// Depositing `e` actor events of the largest shape (`Limits::max_event_topics` topics,
	/// `max_event_bytes` bytes of data): `Pallet::deposit_actor_events`, as canonicalisation calls it. The
	/// pallet charges the slope per event (`Pallet::events_weight`).
	#[benchmark]
	fn deposit_events(e: Linear<0, { Pallet::<T>::limits().max_events }>) {
		let limits = Pallet::<T>::limits();
		// Events are not kept at genesis (block 0).
		frame_system::Pallet::<T>::set_block_number(1u32.into());
		frame_system::Pallet::<T>::reset_events();
		let topics =
			vec![coreplay_primitives::H256::repeat_byte(7); limits.max_event_topics as usize];
		let event = StoredEvent {
			actor: 0,
			topics: BoundedVec::truncate_from(topics),
			data: BoundedVec::truncate_from(vec![7u8; limits.max_event_bytes as usize]),
		};
		let events = EventsOf::<T>::truncate_from(vec![event; e as usize]);
		#[block]
		{
			Pallet::<T>::deposit_actor_events(events);
		}
		assert_eq!(frame_system::Pallet::<T>::event_count(), e);
	}

	/// The fuel rate of calls: `fuel`'s loop, each iteration also calling (`call`) a function without locals,
	/// for [`coreplay_vm::CALL_FUEL`] more. The pallet charges fuel at the highest of the fuel slopes
	/// (`Pallet::fuel_weight`).
	/// `register_sequencer` with `MaxSequencers − 1` candidates.
	#[benchmark]
	fn register_sequencer() {
		fill_candidates::<T>(T::MaxSequencers::get() - 1);
		let who: T::AccountId = account("newcomer", 0, 0);
		T::Currency::set_balance(&who, T::SequencerBond::get().saturating_mul(2u32.into()));
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(Sequencers::<T>::contains_key(&who));
	}

	/// `leave_sequencer` of the last of `MaxSequencers` candidates (the whole set scanned and rewritten).
	#[benchmark]
	fn leave_sequencer() {
		fill_candidates::<T>(T::MaxSequencers::get());
		let who = Candidates::<T>::get().last().cloned().expect("full");
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Candidates::<T>::get().contains(&who));
	}

	/// `withdraw_bond` `LeaveDelay` blocks after leaving.
	#[benchmark]
	fn withdraw_bond() {
		let who = sequencer::<T>(1_000);
		Pallet::<T>::leave_sequencer(RawOrigin::Signed(who.clone()).into()).expect("registered");
		let now = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(now + T::LeaveDelay::get().into());
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Sequencers::<T>::contains_key(&who));
	}

	/// `set_affinity` by the actor's creator.
	#[benchmark]
	fn set_affinity() {
		let (who, created) = actors::<T>(1, 0, 1);
		let task = created[0].0;
		#[extrinsic_call]
		_(RawOrigin::Signed(who), task, Some(task + 1));
		assert_eq!(Actors::<T>::get(task).expect("exists").affinity.group, Some(task + 1));
	}

	/// `set_payee` by the actor's creator.
	#[benchmark]
	fn set_payee() {
		let (who, created) = actors::<T>(1, 0, 1);
		let task = created[0].0;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), task, Some(who.clone()));
		assert_eq!(Actors::<T>::get(task).expect("exists").payee, Some(who));
	}

	/// `on_initialize` at a rotation's first block: the next rotation fixed with `s` sequencers, the one
	/// before the current dropped.
	#[benchmark]
	fn fix_rotation(s: Linear<0, { T::MaxSequencers::get() }>) {
		Candidates::<T>::kill();
		for i in 0..s {
			sequencer::<T>(i);
		}
		let period = T::RotationPeriod::get();
		let block: BlockNumberFor<T> = (period * 2).into();
		frame_system::Pallet::<T>::set_block_number(block);
		Rotations::<T>::insert(
			1,
			Rotation { seed: H256::zero(), sequencers: Candidates::<T>::get() },
		);
		#[block]
		{
			<Pallet<T> as frame_support::traits::Hooks<_>>::on_initialize(block);
		}
		assert_eq!(Rotations::<T>::get(3).expect("fixed").sequencers.len() as u32, s);
		assert!(!Rotations::<T>::contains_key(1));
	}

	/// Admitting an APoV of `g` actors, each taken over in grace (its canonical sequencer another, its oldest
	/// message waiting `GracePeriod` blocks, the signer registered): its actors read, the core usage and the
	/// rotation read, each inbox's head read, each canonical sequencer's miss counted, a core taken.
	#[benchmark]
	fn admit(g: Linear<0, { Pallet::<T>::limits().max_actors }>) {
		let (_, created) = actors::<T>(g, 0, 1);
		let keeper = sequencer::<T>(0);
		let who = sequencer::<T>(1);
		let now = Pallet::<T>::now();
		let mut sequencers = BoundedVec::new();
		sequencers.try_push(keeper.clone()).expect("room for one");
		Rotations::<T>::insert(
			Pallet::<T>::rotation_of(now + T::GracePeriod::get()),
			Rotation { seed: H256::zero(), sequencers },
		);
		for (i, (task, _)) in created.iter().enumerate() {
			account_message::<T>(i as u32, *task, vec![]);
		}
		frame_system::Pallet::<T>::set_block_number((now + T::GracePeriod::get()).into());
		let tasks: Vec<TaskId> = created.iter().map(|(task, _)| *task).collect();
		#[block]
		{
			let actors: Vec<_> = tasks
				.iter()
				.map(|task| (*task, Actors::<T>::get(task).expect("exists"), 1))
				.collect();
			let admission = Pallet::<T>::admit(&who, &actors).expect("in grace");
			Pallet::<T>::record_admission(&who, admission);
		}
		assert_eq!(Sequencers::<T>::get(&keeper).expect("registered").missed, g);
	}

	#[benchmark]
	fn fuel_calls(k: Linear<1, 10_000>) {
		let (who, apov, first) = call_loop::<T>(k, Calls::Direct, 0);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	/// The fuel rate of a callee's locals: `fuel_calls` with a callee of the most locals a function may have,
	/// which wasmi zeroes on every call and the vm charges [`coreplay_vm::LOCAL_FUEL`] each.
	#[benchmark]
	fn fuel_locals(k: Linear<1, 10_000>) {
		let locals = Pallet::<T>::limits().max_function_locals;
		let (who, apov, first) = call_loop::<T>(k, Calls::Direct, locals);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	/// The fuel rate of indirect calls: `fuel_calls` through a table (`call_indirect`: the table lookup and the
	/// signature check more), for [`coreplay_vm::CALL_INDIRECT_FUEL`].
	#[benchmark]
	fn fuel_call_indirect(k: Linear<1, 10_000>) {
		let (who, apov, first) = call_loop::<T>(k, Calls::Indirect, 0);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	/// The fuel rate of unpredictable branches: `fuel`'s loop with `coreplay_shapes::RANDOM_BRANCHES` `if`s in
	/// each iteration, each on a pseudo-random bit loaded from memory (`LoadShape::branches`), a branch the
	/// host CPU mispredicts about every other time: an interpreter's costliest control flow per unit of fuel
	/// (`docs/performance.md`, "Session 35").
	#[benchmark]
	fn fuel_branches(k: Linear<1, 10_000>) {
		use coreplay_shapes::{BRANCH_LOOP_FUEL, RANDOM_BRANCHES, RANDOM_BRANCH_FUEL};
		let per_iteration = BRANCH_LOOP_FUEL + RANDOM_BRANCHES * RANDOM_BRANCH_FUEL;
		let shape = LoadShape { branches: RANDOM_BRANCHES, ..LoadShape::default() };
		let (who, apov, first) = submission::<T>(1, (0, 1, shape), 0, 1000 * k / per_iteration);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	/// The fuel rate of pointer chasing: `fuel`'s loop with `coreplay_shapes::CHASE_STEPS` loads in each
	/// iteration, each from the address the previous one read, through a permutation of every word of an actor's
	/// most pages (`LoadShape::chase`; `service` writes it, once per APoV, so in the fixed part): each load waits
	/// for the host's memory, the work `coreplay_vm::LOAD_FUEL` is priced for. The pallet charges fuel at the
	/// highest of the fuel slopes (`Pallet::fuel_weight`; `docs/performance.md`, "Session 36").
	#[benchmark]
	fn fuel_chase(k: Linear<1, 10_000>) {
		use coreplay_shapes::{CHASE_STEPS, CHASE_STEP_FUEL};
		let shape = LoadShape { chase: true, ..LoadShape::default() };
		let (who, apov, first) = memory_walk::<T>(k, shape, CHASE_STEPS, CHASE_STEP_FUEL);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	/// The fuel rate of scattered stores: `fuel`'s loop with `coreplay_shapes::SCATTER_STEPS` stores in each
	/// iteration, each to a word of an actor's most pages drawn by an LCG (`LoadShape::scatter`; `service` writes
	/// every word first, so every chunk is stored at every `k`): stores all over a memory the host's caches do not
	/// hold, at a store's price (2 units) and its address's. The pallet charges fuel at the highest of the fuel
	/// slopes (`Pallet::fuel_weight`; `docs/performance.md`, "Session 36").
	#[benchmark]
	fn fuel_scatter(k: Linear<1, 10_000>) {
		use coreplay_shapes::{SCATTER_STEPS, SCATTER_STEP_FUEL};
		let shape = LoadShape { scatter: true, ..LoadShape::default() };
		let (who, apov, first) = memory_walk::<T>(k, shape, SCATTER_STEPS, SCATTER_STEP_FUEL);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	/// The fuel rate of compiling: `service` calls a function of empty `loop`s (the costliest bytes to compile)
	/// of `k` thousand units of fuel at `COMPILE_FUEL` per byte, compiled at that call. An uncalled function of
	/// the rest of [`max_load_body`]'s bytes keeps the code's size, so its loading, the same at every `k`. The
	/// pallet charges fuel at the highest of the fuel slopes (`Pallet::fuel_weight`).
	#[benchmark]
	fn fuel_compile(k: Linear<1, { max_compile_fuel::<T>() }>) {
		let compiled = 1000 * k / coreplay_vm::COMPILE_FUEL;
		let shape = LoadShape {
			body: max_load_body::<T>().saturating_sub(compiled),
			compiled_body: compiled,
			..LoadShape::default()
		};
		let (who, apov, first) = submission::<T>(1, (0, 1, shape), 0, 0);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	#[benchmark]
	fn fuel(k: Linear<1, 10_000>) {
		// `COUNT_DOWN_FUEL` per loop iteration.
		let iterations = 1000 * k / coreplay_shapes::COUNT_DOWN_FUEL;
		let (who, apov, first) = submission::<T>(1, (0, 1, LoadShape::default()), 0, iterations);
		#[extrinsic_call]
		submit_apov(RawOrigin::Signed(who), apov, T::MaxFuel::get());
		assert_eq!(Actors::<T>::get(first).expect("exists").sequence, 1);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
