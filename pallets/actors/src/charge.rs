//! The weight model: what `submit_apov`, `upload_code` and `create_actor` are charged, from `weights.rs`
//! (`WeightInfo`) and the shapes of what they load (`SnapshotShape`, `CodeShape`).

use super::*;
use coreplay_primitives::{Invocation, SignatureScheme, SignedForm};

/// What a snapshot costs to validate, read from its length and head without decoding it (weights are computed
/// before validation): see [`Pallet::snapshots_weight`].
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct SnapshotShape {
	/// Stored memory, in chunks (`coreplay_primitives::snapshot::CHUNK_SIZE` bytes and a 4-byte index each):
	/// the length divided by `ENCODED_CHUNK_BYTES`, rounded up, so any bytes (the head too) are charged.
	pub stored: u64,
	/// Pages the snapshot declares (`memory_pages`).
	pub declared: u64,
	/// For a delta `post`, the chunks of `pre` its expansion (`coreplay_primitives::snapshot::expand`, a merge of
	/// `pre`'s chunks with the delta's) reads, by `pre`'s length; 0 for a full snapshot.
	pub expanded_pre: u64,
	/// For a delta `post`, the delta's chunks its expansion merges, by the delta's length; 0 for a full snapshot.
	pub expanded_delta: u64,
}

/// Chunks (index and contents) in `bytes` of an encoding, rounded up.
pub(crate) fn chunks_in(bytes: usize) -> u64 {
	(bytes as u64).div_ceil(snapshot::ENCODED_CHUNK_BYTES as u64)
}

impl SnapshotShape {
	/// The shape of a full snapshot (`pre`, `post` or a creation snapshot), by its length and head. A head
	/// declaring more pages than a block can pay for only makes the extrinsic too heavy to include.
	pub fn of(snapshot: &[u8]) -> Self {
		let declared = snapshot::declared_pages(snapshot).map_or(0, u64::from);
		Self { stored: chunks_in(snapshot.len()), declared, expanded_pre: 0, expanded_delta: 0 }
	}

	/// The shape of a slab's `post`: [`Self::of`] a full one; for a delta, the snapshot it expands to, which
	/// stores at most the chunks `pre` stores and the chunks the delta lists, so at most `pre` and the delta's
	/// lengths together; the expansion merges the two, so its work is in the chunks of each. Bytes that are not a
	/// canonical delta against `pre` are refused in the expansion, before replay, after work no greater than this
	/// charges.
	pub fn of_post(pre: &[u8], post: &[u8]) -> Self {
		if !snapshot::is_delta(post) {
			return Self::of(post);
		}
		let declared = snapshot::declared_pages(post).map_or(0, u64::from);
		Self {
			stored: chunks_in(pre.len().saturating_add(post.len())),
			declared,
			expanded_pre: chunks_in(pre.len()),
			expanded_delta: chunks_in(post.len()),
		}
	}
}

/// What a code costs to load and run in a slab, or to upload, beyond the fixed part of each: its size and the
/// counts of `coreplay_vm::CodeInfo` (see [`Pallet::code_weight`], [`Pallet::upload_weight`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct CodeShape {
	/// The AVF blob's length, in bytes.
	pub bytes: u32,
	/// Functions it defines.
	pub functions: u32,
	/// Its imports.
	pub imports: u32,
	/// Its exports.
	pub exports: u32,
	/// Function references in its element segments.
	pub element_items: u32,
}

impl CodeShape {
	/// The shape of a validated code of `bytes` bytes, from what validation learnt of it.
	pub fn of(bytes: usize, info: &coreplay_vm::CodeInfo) -> Self {
		Self {
			bytes: u32::try_from(bytes).unwrap_or(u32::MAX),
			functions: info.functions,
			imports: info.imports,
			exports: info.exports,
			element_items: info.element_items,
		}
	}

	/// The costliest shape a code of `bytes` bytes may have under `limits`: every count at its limit (each
	/// weight is linear and increasing in each).
	pub fn largest(bytes: usize, limits: &Limits) -> Self {
		Self {
			bytes: u32::try_from(bytes).unwrap_or(u32::MAX),
			functions: limits.max_functions,
			imports: limits.max_imports,
			exports: limits.max_exports,
			element_items: limits.max_element_items,
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The weight of `fuel` units of fuel: the slope only, `fuel(k) - fuel(0)` (as pallet-contracts derives its
	/// weight per instruction), because that benchmark runs a whole `submit_apov` whose fixed cost
	/// `WeightInfo::submit_apov` already charges; and the highest of the slopes of `fuel` (arithmetic),
	/// `fuel_calls` (`call` of a function without locals), `fuel_locals` (of one of the most locals),
	/// `fuel_call_indirect` (`call_indirect`), `fuel_branches` (`if`s on pseudo-random bits, the host's
	/// mispredicts, `coreplay_vm::BRANCH_FUEL` each), `fuel_chase` (dependent loads through an actor's most
	/// pages, the host's cache misses, `coreplay_vm::LOAD_FUEL` each), `fuel_scatter` (stores to words drawn at
	/// random through an actor's most pages) and `fuel_compile` (compiling a function of
	/// empty `loop`s at its first call, `coreplay_vm::COMPILE_FUEL` per byte), so that none of these kinds of work
	/// runs longer per unit than it is charged. Some operator shapes still run longer per unit than the
	/// arithmetic loop (`docs/performance.md`, "The fuel schedule").
	pub fn fuel_weight(fuel: u64) -> Weight {
		let thousands = fuel.div_ceil(1000).min(u64::from(u32::MAX)) as u32;
		let slope = |f: fn(u32) -> Weight| f(thousands).saturating_sub(f(0));
		slope(T::WeightInfo::fuel)
			.max(slope(T::WeightInfo::fuel_calls))
			.max(slope(T::WeightInfo::fuel_locals))
			.max(slope(T::WeightInfo::fuel_call_indirect))
			.max(slope(T::WeightInfo::fuel_branches))
			.max(slope(T::WeightInfo::fuel_chase))
			.max(slope(T::WeightInfo::fuel_scatter))
			.max(slope(T::WeightInfo::fuel_compile))
	}

	/// The weight of running a code of `shape` in one slab: loading it (`Machine::load`), building its module
	/// for the slab's execution and instantiating it (linking its imports, entering its exports, writing its
	/// element items), and compiling each function it calls, all but the bytes of their bodies, which compiling
	/// charges as fuel (`coreplay_vm::COMPILE_FUEL`). The slopes of `WeightInfo::code_load`, whose benchmark calls
	/// every function of the shape that costs the most per function and never calls the function of the bytes
	/// that cost the most per byte, and of `WeightInfo::code_links`, per import, export (of the longest names
	/// that many exports can have) and element item; their fixed parts `WeightInfo::submit_apov` already charges
	/// with its small bench actors. Upload's full validation has its own benchmark, `WeightInfo::upload_code`.
	pub fn code_weight(shape: CodeShape) -> Weight {
		let functions = T::WeightInfo::code_load(0, shape.functions)
			.saturating_sub(T::WeightInfo::code_load(0, 0));
		Self::code_bytes_weight(shape)
			.saturating_add(functions)
			.saturating_add(Self::links_weight(shape))
	}

	/// `WeightInfo::code_load`'s per-byte slope (`c`) for `shape`'s bytes: what a code's size costs a slab
	/// ([`Self::code_weight`]) and the `payout` inspector ([`Self::inspectors_weight`]) beyond its functions.
	pub(crate) fn code_bytes_weight(shape: CodeShape) -> Weight {
		T::WeightInfo::code_load(shape.bytes, 0).saturating_sub(T::WeightInfo::code_load(0, 0))
	}

	/// The slopes of `WeightInfo::code_links` for `shape`'s imports, exports and element items.
	pub(crate) fn links_weight(shape: CodeShape) -> Weight {
		T::WeightInfo::code_links(shape.imports, shape.exports, shape.element_items)
			.saturating_sub(T::WeightInfo::code_links(0, 0, 0))
	}

	/// What `upload_code` costs for a code of `shape`: `WeightInfo::upload_code` for its bytes and functions, and
	/// [`Self::links_weight`] for its imports, exports and element items, which upload's validation parses and
	/// enters in maps as building a slab's module does, without linking or instantiating anything.
	pub fn upload_weight(shape: CodeShape) -> Weight {
		T::WeightInfo::upload_code(shape.bytes, shape.functions)
			.saturating_add(Self::links_weight(shape))
	}

	/// [`Self::code_weight`] of the largest code ([`CodeShape::largest`] of `Limits::max_code_bytes` bytes). Declared per
	/// slab by `submit_apov` and once by `create_actor`, which learn the code's shape only from storage.
	pub fn max_code_weight() -> Weight {
		Self::code_weight(CodeShape::largest(
			Pallet::<T>::limits().max_code_bytes as usize,
			&Self::limits(),
		))
	}

	/// The weight of hashing and indexing `witness` before the Agenda runs: the slopes of `WeightInfo::witness`,
	/// per preimage and per KiB of preimages (rounded up); `lookup`s are charged as fuel.
	pub fn witness_weight(witness: &coreplay_primitives::Witness) -> Weight {
		let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
		let bytes: usize = witness.preimages.iter().map(Vec::len).sum();
		let (p, k) = (clamp(witness.preimages.len()), clamp(bytes.div_ceil(1024)));
		T::WeightInfo::witness(p, k).saturating_sub(T::WeightInfo::witness(0, 0))
	}

	/// The fixed part of a submission measured at its own point (`WeightInfo::submit_apov_fixed`, one slab and
	/// one item; its benchmark runs on cold caches, as a block's first APoV does), plus
	/// `WeightInfo::submit_apov`'s slopes above `(1, 0)` for `apov`'s `n` slabs and `i` Agenda items beyond one
	/// per slab (its fitted fixed part, extrapolated, is not used), plus [`Self::pages_weight`] and
	/// [`Self::witness_weight`]. Its signed calls are charged apart
	/// ([`Self::signed_calls_weight`], then what their checks took).
	pub(crate) fn submit_base_weight(apov: &ActorPov) -> Weight {
		let (n, i) = (apov.slabs.len() as u32, apov.agenda.len() as u32);
		let slopes = T::WeightInfo::submit_apov(n.max(1), i.saturating_sub(n))
			.saturating_sub(T::WeightInfo::submit_apov(1, 0));
		T::WeightInfo::submit_apov_fixed()
			.saturating_add(slopes)
			.saturating_add(Self::pages_weight(apov))
			.saturating_add(Self::witness_weight(&apov.witness))
	}

	/// What `apov`'s signed calls are charged before their checks: each at [`Self::signed_call_weight`] of its
	/// scheme in the costlier form ([`SignedForm::Wrapped`], two checks), plus [`Self::signed_inputs_weight`].
	/// `Pallet::check_signed_calls` answers the weight of the checks it made, which replaces this.
	pub fn signed_calls_weight(apov: &ActorPov) -> Weight {
		apov.agenda
			.iter()
			.filter_map(|item| match &item.entry {
				Invocation::SignedCall(call) => Some(call),
				_ => None,
			})
			.fold(Self::signed_inputs_weight(apov), |weight, call| {
				weight.saturating_add(Self::signed_call_weight(call.scheme(), SignedForm::Wrapped))
			})
	}

	/// One signed call of `scheme` whose signature is of `form`: the slope of its scheme's benchmark
	/// (`WeightInfo::signed_calls_sr25519`, `_ed25519` or `_ecdsa`: a raw payload checked once, the nonce read and
	/// written) for [`SignedForm::Raw`]; for [`SignedForm::Wrapped`], that slope's compute time once more (the
	/// second check, on the `<Bytes>`-wrapped payload, after the first failed).
	pub fn signed_call_weight(scheme: SignatureScheme, form: SignedForm) -> Weight {
		let benchmark = match scheme {
			SignatureScheme::Sr25519 => T::WeightInfo::signed_calls_sr25519,
			SignatureScheme::Ed25519 => T::WeightInfo::signed_calls_ed25519,
			SignatureScheme::Ecdsa => T::WeightInfo::signed_calls_ecdsa,
		};
		let once = benchmark(1).saturating_sub(benchmark(0));
		match form {
			SignedForm::Raw => once,
			SignedForm::Wrapped => once.saturating_add(Weight::from_parts(once.ref_time(), 0)),
		}
	}

	/// The benchmarks sign 4 bytes of input; a longer input is hashed with the payload (and SCALE-encoded), so
	/// each KiB of each signed call's input is charged once more at the `witness` benchmark's per-KiB slope
	/// (blake2-256 in the runtime's Wasm, slower than the host's hashing the signature schemes use).
	pub fn signed_inputs_weight(apov: &ActorPov) -> Weight {
		let kib = apov
			.agenda
			.iter()
			.filter_map(|item| match &item.entry {
				Invocation::SignedCall(call) => Some(call.input.len().div_ceil(1024) as u32),
				_ => None,
			})
			.fold(0u32, u32::saturating_add);
		T::WeightInfo::witness(0, kib).saturating_sub(T::WeightInfo::witness(0, 0))
	}

	/// The weight of `apov`'s snapshots: [`Self::snapshots_weight`] of every `pre` and `post`. The
	/// `submit_apov` benchmark's actors store no memory, so all stored chunks are charged here.
	pub fn pages_weight(apov: &ActorPov) -> Weight {
		let shapes = apov
			.slabs
			.iter()
			.flat_map(|s| [SnapshotShape::of(&s.pre), SnapshotShape::of_post(&s.pre, &s.post)]);
		Self::snapshots_weight(shapes, 0)
	}

	/// What the `payout` inspector adds (`Machine::payout` runs on a throw-away instance, of a module of its own,
	/// restored from the slab's `pre`), for the slabs for which `payout_code` gives the shape of a code exporting
	/// `payout`: `WeightInfo::payout_inspector` whole for the code's functions (its benchmark's inspector, on a
	/// one-page `pre` storing no chunk, compiles none of them), [`Self::code_bytes_weight`] for the
	/// code's bytes (above what the inspector's bytes took, 0-0.9 ns each: `docs/performance.md`, "Session 30"),
	/// [`Self::links_weight`] of its imports, exports and element items, instantiated once more, and
	/// [`Self::snapshots_weight`] of each such `pre` once more, as if it were a `pre` and `post` pair (restoring
	/// alone costs less). Its fuel, the functions `payout` compiles included, is `InspectorFuel`, charged apart.
	pub(crate) fn inspectors_weight(
		apov: &ActorPov,
		payout_code: impl Fn(usize) -> Option<CodeShape>,
	) -> Weight {
		let mut codes = Weight::zero();
		let mut pres = Vec::new();
		for (index, slab) in apov.slabs.iter().enumerate() {
			if let Some(shape) = payout_code(index) {
				codes = codes
					.saturating_add(T::WeightInfo::payout_inspector(shape.functions))
					.saturating_add(Self::code_bytes_weight(shape))
					.saturating_add(Self::links_weight(shape));
				pres.extend([SnapshotShape::of(&slab.pre); 2]);
			}
		}
		codes.saturating_add(Self::snapshots_weight(pres.into_iter(), 0))
	}

	/// Stored chunks, in `snapshots_weight`'s halved units, that `WeightInfo::create_actor` already measured:
	/// its benchmark's actor stores 4 whole pages.
	pub(crate) const CREATE_MEASURED_CHUNKS: u64 = 2 * snapshot::CHUNKS_PER_PAGE as u64;

	/// The slopes of `WeightInfo::snapshot_pages` and `WeightInfo::zero_pages` (whose fixed parts the
	/// dispatchable's own benchmark already charges) for snapshots of `shapes`. Their benchmarks' actors have `k`
	/// whole stored pages, or `m` zero pages, in `pre` and in `post`, so here: stored chunks, summed and halved,
	/// less `measured` (units the dispatchable's own benchmark includes), at the `k` slope divided by
	/// `CHUNKS_PER_PAGE`; and zero pages, the pages declared beyond the stored chunks' whole pages (restoring
	/// grows or clears them and comparing scans them), summed and halved, at the `m` slope. Plus the slope of
	/// `WeightInfo::expand_post`, also per chunk, for the delta posts' expansions: per chunk of their `pre`s at
	/// its `p` slope and per chunk of the deltas at its `d` slope. And the slope of `WeightInfo::fresh_pages` per
	/// declared page, summed and halved (a `pre` and `post` pair is one instance's memory): the first touch of
	/// the heap that memory lands on, which a block's first APoV pays and the warm benchmarks above do not see.
	pub fn snapshots_weight(shapes: impl Iterator<Item = SnapshotShape>, measured: u64) -> Weight {
		let (mut stored, mut zero, mut expanded_pre, mut expanded_delta) = (0u64, 0u64, 0u64, 0u64);
		let mut declared = 0u64;
		for shape in shapes {
			stored = stored.saturating_add(shape.stored);
			declared = declared.saturating_add(shape.declared);
			let whole = shape.stored / u64::from(snapshot::CHUNKS_PER_PAGE);
			zero = zero.saturating_add(shape.declared.saturating_sub(whole));
			expanded_pre = expanded_pre.saturating_add(shape.expanded_pre);
			expanded_delta = expanded_delta.saturating_add(shape.expanded_delta);
		}
		let clamp = |units: u64| units.min(u64::from(u32::MAX)) as u32;
		let half = |units: u64| clamp(units.div_ceil(2));
		// `f` is linear in pages: its slope for `chunks` chunks.
		let per_chunk = |f: fn(u32) -> Weight, chunks: u32| {
			f(chunks).saturating_sub(f(0)).saturating_div(u64::from(snapshot::CHUNKS_PER_PAGE))
		};
		let expand_pre: fn(u32) -> Weight = |chunks| T::WeightInfo::expand_post(chunks, 0);
		let expand_delta: fn(u32) -> Weight = |chunks| T::WeightInfo::expand_post(0, chunks);
		per_chunk(T::WeightInfo::snapshot_pages, half(stored).saturating_sub(clamp(measured)))
			.saturating_add(
				T::WeightInfo::zero_pages(half(zero)).saturating_sub(T::WeightInfo::zero_pages(0)),
			)
			.saturating_add(per_chunk(expand_pre, clamp(expanded_pre)))
			.saturating_add(per_chunk(expand_delta, clamp(expanded_delta)))
			.saturating_add(
				T::WeightInfo::fresh_pages(half(declared))
					.saturating_sub(T::WeightInfo::fresh_pages(0)),
			)
	}

	/// The most [`Self::snapshots_weight`] one creation snapshot can need. The weight is linear in stored chunks
	/// with `Limits::max_memory_pages` declared (each whole stored page replaces a zero page), so its maximum is at one end:
	/// `Limits::max_slab_bytes` of stored chunks (every snapshot fits, `integrity_test`), or none.
	pub(crate) fn max_creation_snapshot_weight() -> Weight {
		let declared = u64::from(Pallet::<T>::limits().max_memory_pages);
		let full = SnapshotShape {
			stored: chunks_in(Pallet::<T>::limits().max_slab_bytes as usize),
			declared,
			..SnapshotShape::default()
		};
		let empty = SnapshotShape { stored: 0, declared, ..SnapshotShape::default() };
		let weight =
			|shape| Self::snapshots_weight(core::iter::once(shape), Self::CREATE_MEASURED_CHUNKS);
		weight(full).max(weight(empty))
	}

	/// Taking a pending slot for an APoV of `slabs` slabs, which no benchmark measures apart: reading and
	/// writing the submitter's `PendingCount`, each slab's `PendingSlots` entry, and the deposit's hold (the
	/// submitter's account and holds: two more of each), and writing each actor's `scheduled_at` (issue 28;
	/// canonicalisation writes it with the rest of `ActorInfo`). Charged only if the APoV waits; freeing the slot
	/// is part of `pending_check`'s benchmark.
	pub fn pending_slot_weight(slabs: usize) -> Weight {
		let accesses = slabs as u64 + 3;
		T::DbWeight::get().reads_writes(accesses, accesses.saturating_add(slabs as u64))
	}

	/// Reading one pending outcome in [`Self::process_pending`] and, if its slabs are ready or it expired,
	/// applying or dropping it, all but its messages: `WeightInfo::pending_check` of the most slabs an outcome
	/// has (its benchmark canonicalises an outcome without messages), and the removal of its outbox, events and
	/// transfers.
	pub fn pending_check_weight() -> Weight {
		T::WeightInfo::pending_check(Pallet::<T>::limits().max_actors)
			.saturating_add(T::DbWeight::get().writes(3))
	}

	/// The budget `on_initialize` gives [`Self::process_pending`] in every block (`on_idle` then gives it what the
	/// block has left): the queue's read and write, `2 × MaxPending` checks ([`Self::pending_check_weight`]) and
	/// the messages of the largest outcome ([`Self::max_messages_weight`]), so that any ready outcome fits and
	/// none waits for want of weight longer than one block. Used as spent: a block with nothing pending reads
	/// the queue only. A submission no longer checks pending outcomes itself, so it neither declares nor pays
	/// this reserve (it was most of every `submit_apov`'s declared weight, about 0.5 s on the development chain).
	pub(crate) fn pending_checks_weight() -> Weight {
		Self::pending_check_weight()
			.saturating_mul(u64::from(2 * T::MaxPending::get()))
			.saturating_add(Self::max_messages_weight())
			.saturating_add(Self::max_events_weight())
			.saturating_add(Self::max_transfers_weight())
			.saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}

	/// Depositing `events` actor events (`Event::ActorEvent`): the slope of `WeightInfo::deposit_events(e)`,
	/// whose benchmark deposits events of `Limits::max_event_topics` topics and `max_event_bytes` bytes, and,
	/// for any, keeping them in `PendingEvents` while the outcome waits (a write, then a read and a removal, and
	/// the largest `PendingEvents` item in the proof).
	pub fn events_weight(events: u32) -> Weight {
		if events == 0 {
			return Weight::zero();
		}
		let stored = EventsOf::<T>::max_encoded_len() as u64;
		T::WeightInfo::deposit_events(events)
			.saturating_sub(T::WeightInfo::deposit_events(0))
			.saturating_add(T::DbWeight::get().reads_writes(1, 2))
			.saturating_add(Weight::from_parts(0, stored))
	}

	/// Making `transfers` payments (`transfer`): the slope of `WeightInfo::apply_transfers(t)`, whose benchmark
	/// checks and makes payments to new accounts, and, for any, keeping them in `PendingTransfers` while the
	/// outcome waits (a write, then a read and a removal, and the largest item in the proof).
	pub fn transfers_weight(transfers: u32) -> Weight {
		if transfers == 0 {
			return Weight::zero();
		}
		let stored = TransfersOf::<T>::max_encoded_len() as u64;
		T::WeightInfo::apply_transfers(transfers)
			.saturating_sub(T::WeightInfo::apply_transfers(0))
			.saturating_add(T::DbWeight::get().reads_writes(1, 2))
			.saturating_add(Weight::from_parts(0, stored))
	}

	/// [`Self::transfers_weight`] of the most payments an outcome makes, `Limits::max_transfers`.
	pub fn max_transfers_weight() -> Weight {
		Self::transfers_weight(Self::limits().max_transfers)
	}

	/// [`Self::events_weight`] of the most events an outcome has, `Limits::max_events`.
	pub fn max_events_weight() -> Weight {
		Self::events_weight(Self::limits().max_events)
	}

	/// The work of an outcome's messages beyond what `submit_apov` and `pending_check` measure without any:
	/// reading and taking `consumed` inbox messages (each charged as an account's message of
	/// `Limits::max_message_bytes`, whose deposit is released, as the inbox may hold other messages than the
	/// outcome expects by then) and delivering an outbox of
	/// `outbox`'s shape (reading it back from `PendingOutboxes` if it waited, checking each recipient and
	/// sender quota, writing each message). The slopes of `WeightInfo::apply_messages(c, m, k)`, whose benchmark
	/// canonicalises an outcome consuming `c` messages of the largest size and sending `m` empty messages and
	/// `k` of the largest size: per consumed message, per message sent, and per payload byte the slope of a
	/// largest message over an empty one, divided by `Limits::max_message_bytes` (rounded up). Storing an
	/// outbox while its outcome waits costs no more than delivering it, and is charged the same.
	pub fn messages_weight(consumed: u32, outbox: OutboxShape) -> Weight {
		let apply = T::WeightInfo::apply_messages;
		let counts = apply(consumed, outbox.messages, 0).saturating_sub(apply(0, 0, 0));
		let per_message_bytes = apply(0, 0, 1).saturating_sub(apply(0, 1, 0));
		let max = u128::from(Self::limits().max_message_bytes.max(1));
		let bytes = u128::from(outbox.bytes);
		let scale = |w: u64| (u128::from(w) * bytes).div_ceil(max).min(u128::from(u64::MAX)) as u64;
		counts.saturating_add(Weight::from_parts(
			scale(per_message_bytes.ref_time()),
			scale(per_message_bytes.proof_size()),
		))
	}

	/// What consuming `accounts` messages from accounts takes beyond actors' messages (`messages_weight`): the slope
	/// of `WeightInfo::release_account_messages(a)`, each account message's count and deposit released
	/// (`Pallet::release_account_message`).
	pub fn account_messages_weight(accounts: u32) -> Weight {
		let release = T::WeightInfo::release_account_messages;
		release(accounts).saturating_sub(release(0))
	}

	/// Messages from accounts in `apov`'s inbox batches: each is consumed if the APoV is valid.
	pub(crate) fn account_messages(apov: &ActorPov) -> u32 {
		let n = apov
			.inbox
			.iter()
			.flat_map(|b| &b.messages)
			.filter(|m| matches!(m.from, coreplay_primitives::Sender::Account(_)))
			.count();
		u32::try_from(n).unwrap_or(u32::MAX)
	}

	/// [`Self::messages_weight`] of an outcome: its slabs' consumed messages and its outbox.
	pub(crate) fn outcome_messages_weight(outcome: &OutcomeOf<T>) -> Weight {
		let consumed =
			outcome.slabs.iter().map(|s| s.inbox_consumed).fold(0u32, u32::saturating_add);
		Self::messages_weight(consumed, outcome.outbox)
	}

	/// [`Self::messages_weight`] of the largest outcome: `Limits::max_inbox_messages` consumed, and
	/// `Limits::max_messages` sent of `Limits::max_message_bytes` each.
	pub fn max_messages_weight() -> Weight {
		let limits = Self::limits();
		Self::messages_weight(limits.max_inbox_messages, Self::max_outbox())
			.saturating_add(Self::account_messages_weight(limits.max_inbox_messages))
	}

	/// The largest outbox: `Limits::max_messages` of `Limits::max_message_bytes` each.
	pub(crate) fn max_outbox() -> OutboxShape {
		let limits = Self::limits();
		OutboxShape {
			messages: limits.max_messages,
			bytes: limits.max_messages.saturating_mul(limits.max_message_bytes),
		}
	}

	/// Inbox messages `apov` brings for its actors to consume (all `InboxBatch`es).
	pub(crate) fn inbox_messages(apov: &ActorPov) -> u32 {
		let n: usize = apov.inbox.iter().map(|b| b.messages.len()).sum();
		u32::try_from(n).unwrap_or(u32::MAX)
	}

	/// The scheduling of an APoV with `graced` actors taken over in grace (issue 28, `Pallet::admit`), beyond
	/// what `WeightInfo::submit_apov` measures (its benchmark is admitted openly, reading the core usage, the
	/// rotation and its actors): `WeightInfo::admit(g)`'s slope, each such actor's inbox head read, its
	/// canonical sequencer's miss counted and a `GraceTaken` event.
	/// The benchmark's grace takeovers all miss one canonical sequencer (one `Sequencers` item written); each may
	/// be another's, so a write per takeover is added.
	pub fn schedule_weight(graced: u32) -> Weight {
		T::WeightInfo::admit(graced)
			.saturating_sub(T::WeightInfo::admit(0))
			.saturating_add(T::DbWeight::get().writes(graced.into()))
	}

	/// The weight `submit_apov` is charged before refunds.
	pub fn submit_weight(apov: &ActorPov, fuel_limit: u64) -> Weight {
		Self::submit_base_weight(apov)
			.saturating_add(Self::signed_calls_weight(apov))
			.saturating_add(Self::max_code_weight().saturating_mul(apov.slabs.len() as u64))
			.saturating_add(Self::inspectors_weight(apov, |_| {
				Some(CodeShape::largest(
					Pallet::<T>::limits().max_code_bytes as usize,
					&Self::limits(),
				))
			}))
			.saturating_add(Self::messages_weight(Self::inbox_messages(apov), Self::max_outbox()))
			.saturating_add(Self::account_messages_weight(Self::account_messages(apov)))
			.saturating_add(Self::max_events_weight())
			.saturating_add(Self::max_transfers_weight())
			.saturating_add(Self::pending_slot_weight(apov.slabs.len()))
			.saturating_add(Self::schedule_weight(apov.slabs.len() as u32))
			.saturating_add(Self::fuel_weight(fuel_limit))
			.saturating_add(Self::fuel_weight(
				T::InspectorFuel::get().saturating_mul(apov.slabs.len() as u64),
			))
	}
}
