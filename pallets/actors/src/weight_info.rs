//! The weights `pallet-actors` needs: one function per benchmark in `benchmarking.rs`, implemented by the
//! generated `weights.rs` (`scripts/weights.sh`).

use frame_support::weights::Weight;

/// Weight functions needed for `pallet_actors`.
pub trait WeightInfo {
	/// `upload_code` of a code with a `c`-byte function of empty loops and `f` functions of the most locals, the
	/// costliest shapes to validate and compile in full per byte and per function (`docs/performance.md`,
	/// "Hostile code shapes"); charged whole, for the code's size and its functions.
	fn upload_code(c: u32, f: u32) -> Weight;
	/// `remove_code`.
	fn remove_code() -> Weight;
	/// `create_actor` with `a` bytes of arguments, fuel excluded.
	fn create_actor(a: u32) -> Weight;
	/// `remove_actor` of an actor whose inbox is full of the largest messages and whose account holds funds.
	fn remove_actor() -> Weight;
	/// `submit_apov` with `n` slabs (each with its own code and a one-page memory storing no chunk) and `i`
	/// Agenda items beyond one `Service` per actor; fuel and snapshots excluded.
	fn submit_apov(n: u32, i: u32) -> Weight;
	/// `submit_apov(1, 0)` measured at that point alone: the fixed part of a submission, which the pallet charges
	/// with `submit_apov`'s slopes above `(1, 0)`.
	fn submit_apov_fixed() -> Weight;
	/// A one-actor `submit_apov` whose snapshots store every chunk of `k` 64 KiB pages, in `pre` and in `post`; the
	/// pallet charges only the slope, per stored chunk (divided by `CHUNKS_PER_PAGE`; `Pallet::snapshots_weight`).
	fn snapshot_pages(k: u32) -> Weight;
	/// A one-actor `submit_apov` whose snapshots store one page and declare `m` more (zero) pages, in `pre` and in
	/// `post`, beyond the module's initial memory (restoring grows it, the costlier case); the pallet charges only
	/// the slope, per zero page (`Pallet::snapshots_weight`).
	fn zero_pages(m: u32) -> Weight;
	/// Expanding a delta `post` (`coreplay_primitives::snapshot::expand`) whose `pre` stores every chunk of
	/// `p + d` 64 KiB pages and which rewrites every chunk of `d` of them; the pallet charges only the slopes, per
	/// chunk of `pre` at `p`'s and per chunk of the delta at `d`'s (divided by `CHUNKS_PER_PAGE`;
	/// `Pallet::snapshots_weight`), on top of the expanded snapshot's `snapshot_pages`.
	fn expand_post(p: u32, d: u32) -> Weight;
	/// The first touch of `p` 64 KiB pages of runtime heap no allocation of the block used before (the host's page
	/// faults), which the other benchmarks, repeated on one heap, do not see; the pallet charges the slope per page
	/// an APoV's instances declare (`Pallet::snapshots_weight`).
	fn fresh_pages(p: u32) -> Weight;
	/// A one-actor `submit_apov` whose code has `f` more functions of the most locals, each called once (so
	/// compiled), and a `c`-byte function of empty loops, never called; the pallet charges only the slopes, per
	/// byte and per function of each slab's code (`Pallet::code_weight`).
	fn code_load(c: u32, f: u32) -> Weight;
	/// A one-actor `submit_apov` whose code has `i` imports, `e` exports (with names of `max_export_name_bytes`)
	/// and `x` element items more; the pallet charges only the slopes, per import, export and
	/// element item of each slab's code and of each uploaded code (`Pallet::code_weight`, `Pallet::upload_weight`).
	fn code_links(i: u32, e: u32, x: u32) -> Weight;
	/// The `payout` inspector (`Machine::payout`) of the bench actor's code with `f` functions of the most locals,
	/// none of them called, on its one-page `pre` storing no chunk; the pallet charges it whole per slab whose
	/// code exports `payout`, at that code's functions (`Pallet::inspectors_weight`).
	fn payout_inspector(f: u32) -> Weight;
	/// A one-actor `submit_apov` whose witness holds `p` 4-byte preimages and one of `k` KiB, hashed and indexed
	/// before the Agenda runs; the pallet charges only the slopes, per preimage and per KiB
	/// (`Pallet::witness_weight`).
	fn witness(p: u32, k: u32) -> Weight;
	/// Checking (and canonicalising) one pending APoV of `n` slabs.
	fn pending_check(n: u32) -> Weight;
	/// Checking and canonicalising a ready one-slab APoV that consumes `c` inbox messages of
	/// `Limits::max_message_bytes` and sends `m` empty messages and `k` of `Limits::max_message_bytes`; the
	/// pallet charges its slopes (`Pallet::messages_weight`).
	fn apply_messages(c: u32, m: u32, k: u32) -> Weight;
	/// A one-actor `submit_apov` whose Agenda runs `k` thousand units of fuel in the in-runtime vm; the pallet
	/// charges only the slope, `fuel(k) - fuel(0)` (`Pallet::fuel_weight`).
	fn fuel(k: u32) -> Weight;
	/// `fuel`'s benchmark with a `call` of a function without locals in each loop iteration; the pallet charges
	/// fuel at the highest of the fuel slopes (`Pallet::fuel_weight`).
	fn fuel_calls(k: u32) -> Weight;
	/// `fuel_calls` with a callee of `Limits::max_function_locals` locals (`coreplay_vm::LOCAL_FUEL` each).
	fn fuel_locals(k: u32) -> Weight;
	/// `fuel_calls` through a table, with `call_indirect` (`coreplay_vm::CALL_INDIRECT_FUEL`).
	fn fuel_call_indirect(k: u32) -> Weight;
	/// `fuel`'s benchmark with `coreplay_shapes::RANDOM_BRANCHES` `if`s on pseudo-random bits loaded from memory
	/// in each loop iteration (`LoadShape::branches`), branches the host mispredicts about half the time.
	fn fuel_branches(k: u32) -> Weight;
	/// `fuel`'s benchmark with `coreplay_shapes::CHASE_STEPS` dependent loads in each loop iteration through a
	/// permutation of an actor's most pages (`LoadShape::chase`), loads the host's caches miss; the pallet
	/// charges fuel at the highest of the fuel slopes (`Pallet::fuel_weight`).
	fn fuel_chase(k: u32) -> Weight;
	/// `fuel`'s benchmark with `coreplay_shapes::SCATTER_STEPS` stores in each loop iteration to words of an
	/// actor's most pages drawn by an LCG (`LoadShape::scatter`); the pallet charges fuel at the highest of the
	/// fuel slopes (`Pallet::fuel_weight`).
	fn fuel_scatter(k: u32) -> Weight;
	/// A one-actor `submit_apov` whose Agenda compiles a function of empty loops worth `k` thousand units of fuel
	/// (`coreplay_vm::COMPILE_FUEL` per byte), the code's size held constant; the pallet charges fuel at the
	/// highest of the fuel slopes (`Pallet::fuel_weight`).
	fn fuel_compile(k: u32) -> Weight;
	/// A one-actor `submit_apov` whose Agenda holds `s` signed calls (sr25519, 4 bytes of input, the raw
	/// payload, so each checked once), each of an account of its own, to the actor, each verified and its nonce
	/// read and written before the replay; the pallet charges the slope per check of a call of this scheme
	/// (`Pallet::signed_calls_weight`).
	fn signed_calls_sr25519(s: u32) -> Weight;
	/// `signed_calls_sr25519` with ed25519 signatures.
	fn signed_calls_ed25519(s: u32) -> Weight;
	/// `signed_calls_sr25519` with ecdsa signatures (each check recovers the public key and hashes it).
	fn signed_calls_ecdsa(s: u32) -> Weight;
	/// `Pallet::deposit_actor_events` of `e` events of `Limits::max_event_topics` topics and
	/// `max_event_bytes` bytes each.
	fn deposit_events(e: u32) -> Weight;
	/// `send_message` of `b` bytes of data and a value, to an actor whose inbox holds messages already.
	fn send_message(b: u32) -> Weight;
	/// `Pallet::release_account_message` for `a` consumed account messages: what consuming each takes beyond an
	/// actor's message.
	fn release_account_messages(a: u32) -> Weight;
	/// `Pallet::transfers_readiness` and the payments of `canonicalise` for `t` transfers of one actor, each to a
	/// new account.
	fn apply_transfers(t: u32) -> Weight;
	/// `register_sequencer` with `MaxSequencers − 1` registered.
	fn register_sequencer() -> Weight;
	/// `leave_sequencer` with `MaxSequencers` registered (the candidates rewritten).
	fn leave_sequencer() -> Weight;
	/// `withdraw_bond`.
	fn withdraw_bond() -> Weight;
	/// `set_affinity`.
	fn set_affinity() -> Weight;
	/// `set_payee`.
	fn set_payee() -> Weight;
	/// `on_initialize` at a rotation's first block, fixing the next rotation with `s` sequencers.
	fn fix_rotation(s: u32) -> Weight;
	/// `Pallet::admit` then `Pallet::record_admission` of `g` actors, each taken over in grace (its inbox head
	/// read, its canonical sequencer's miss counted, `GraceTaken`): what a refusal by scheduling is charged, and
	/// (its slope) what a grace takeover adds to `submit_apov`.
	fn admit(g: u32) -> Weight;
}
