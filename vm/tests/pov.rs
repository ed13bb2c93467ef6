//! APoV rules, and production and validation agreeing (the sequencer and the chain run the same code).

use coreplay_fixtures::wat_actors as common;

use codec::Encode;
use common::{loaded, machine, op, FUEL};
use coreplay_primitives::{
	snapshot::{self, SnapshotError},
	ActorPov, AgendaItem, InboxBatch, Message, PovContext, Slab, Witness,
};
use coreplay_vm::{
	check_pov, produce_pov, validate_pov, ActorCode, ExecError, Execution, Limits, Machine,
	PostForm, PovError,
};

fn slab(actor: u32, pre: &[u8]) -> Slab {
	Slab { actor, sequence: 1, pre: pre.to_vec(), post: Vec::new() }
}

fn pov(agenda: Vec<AgendaItem>, slabs: Vec<Slab>) -> ActorPov {
	ActorPov {
		context: PovContext { now: 3 },
		agenda,
		slabs,
		inbox: vec![],
		witness: Witness::default(),
	}
}

/// Two created test actors (ids 1 and 2), their code, and a produced APoV over them.
fn produced(m: &Machine, code: &ActorCode, inboxes: &[&[Message]]) -> ActorPov {
	let a = m.create(code, 1, &[], 0, FUEL).expect("created").snapshot;
	let b = m.create(code, 2, &[], 0, FUEL).expect("created").snapshot;
	let draft = pov(
		vec![
			AgendaItem::service(1, 2),
			AgendaItem::call(2, op(4, 1, &[0]), vec![]),
			AgendaItem::call(1, op(5, 2, b"hey"), vec![]),
			AgendaItem::service(2, 1),
		],
		vec![slab(1, &a), slab(2, &b)],
	);
	produce_pov(m, draft, &[code, code], inboxes, FUEL, PostForm::Full).expect("produces").0
}

#[test]
fn a_produced_apov_validates() {
	let m = machine();
	let code = loaded(&m);
	let inbox = [Message::from_actor(9, b"in".to_vec()), Message::from_actor(9, b"box".to_vec())];
	let apov = produced(&m, &code, &[&inbox, &[]]);
	// The Call outputs and inbox batch were filled in.
	assert!(apov.agenda.iter().any(
		|i| matches!(&i.entry, coreplay_primitives::Invocation::Call { output, .. } if !output.is_empty())
	));
	assert_eq!(apov.inbox, [InboxBatch { actor: 1, messages: inbox.to_vec() }]);
	let exec = validate_pov(&m, &apov, &[&code, &code], FUEL).expect("valid");
	// Validation compared the posts in place; the APoV's slabs hold them (nothing was expanded).
	assert!(exec.posts.iter().all(Vec::is_empty));
	assert_eq!(exec.post(&apov, 1), &apov.slabs[1].post[..]);
	assert!(apov.slabs.iter().all(|s| !s.post.is_empty()));
	// A second machine (a validator) agrees.
	let other = machine();
	let other_code = loaded(&other);
	assert!(validate_pov(&other, &apov, &[&other_code, &other_code], FUEL).is_ok());
}

#[test]
fn compact_posts_validate_as_the_full_ones_do() {
	let m = machine();
	let code = loaded(&m);
	let full = produced(&m, &code, &[&[], &[]]);
	let mut compact = full.clone();
	for slab in &mut compact.slabs {
		slab.compact(m.limits().max_memory_pages).expect("canonical snapshots");
		assert!(snapshot::is_delta(&slab.post));
	}
	let posts = |apov: &ActorPov| apov.slabs.iter().map(|s| s.post.len()).sum::<usize>();
	assert!(posts(&compact) < posts(&full), "{} against {}", posts(&compact), posts(&full));
	let by_full = validate_pov(&m, &full, &[&code, &code], FUEL).expect("valid");
	let by_delta = validate_pov(&m, &compact, &[&code, &code], FUEL).expect("valid");
	// The same execution, and each expansion is the full post.
	for index in 0..2 {
		assert_eq!(by_delta.post(&compact, index), &full.slabs[index].post[..]);
	}
	assert_eq!(Execution { posts: vec![], ..by_delta }, Execution { posts: vec![], ..by_full });
	// Production in the compact form gives the same APoV.
	let draft = ActorPov { inbox: vec![], ..full.clone() };
	let (produced, _) =
		produce_pov(&m, draft, &[&code, &code], &[&[], &[]], FUEL, PostForm::Compact)
			.expect("produces");
	assert_eq!(produced, compact);
}

#[test]
fn a_wrong_or_non_canonical_delta_post_is_rejected() {
	let m = machine();
	let code = loaded(&m);
	let mut apov = produced(&m, &code, &[&[], &[]]);
	apov.slabs[0].compact(m.limits().max_memory_pages).expect("canonical snapshots");
	let delta = apov.slabs[0].post.clone();
	let view = snapshot::DeltaView::decode(&delta, 16).expect("a delta");
	let (first_index, _) = view.chunks[0];
	let first_data = delta.len() - view.chunks.len() * snapshot::ENCODED_CHUNK_BYTES + 4;
	let with = |change: &dyn Fn(&mut Vec<u8>)| {
		let mut bad = apov.clone();
		change(&mut bad.slabs[0].post);
		validate_pov(&m, &bad, &[&code, &code], FUEL).map(|_| ())
	};
	// A chunk's bytes changed: replay does not end there.
	assert_eq!(with(&|d| d[delta.len() - 1] ^= 0x80), Err(PovError::PostMismatch));
	// A chunk set to `pre`'s: not canonical.
	let pre = snapshot::SnapshotView::decode(&apov.slabs[0].pre, 16).expect("canonical");
	let pre_chunk: Vec<u8> = pre
		.chunks
		.iter()
		.find(|(index, _)| *index == first_index)
		.map_or(vec![0; snapshot::CHUNK_SIZE], |(_, data)| data.to_vec());
	assert_eq!(
		with(&|d| d[first_data..first_data + snapshot::CHUNK_SIZE].copy_from_slice(&pre_chunk)),
		Err(PovError::BadPostDelta(SnapshotError::UnchangedChunk(first_index)))
	);
	// Truncated, or fewer pages than `pre`.
	assert_eq!(
		with(&|d| d.truncate(d.len() - 1)),
		Err(PovError::BadPostDelta(SnapshotError::Truncated))
	);
	// (With no pages, its chunks are beyond memory too, which is found first.)
	assert!(matches!(
		with(&|d| d[4..8].copy_from_slice(&0u32.to_le_bytes())),
		Err(PovError::BadPostDelta(SnapshotError::ChunkOutOfOrder(_)))
	));
}

#[test]
fn any_single_byte_change_of_a_post_is_rejected() {
	let m = machine();
	let code = loaded(&m);
	let apov = produced(&m, &code, &[&[], &[]]);
	let post_len = apov.slabs[0].post.len();
	for at in [0, 4, 9, post_len / 2, post_len - 1] {
		let mut bad = apov.clone();
		bad.slabs[0].post[at] ^= 1;
		assert_eq!(
			validate_pov(&m, &bad, &[&code, &code], FUEL).map(|_| ()),
			Err(PovError::PostMismatch),
			"byte {at}"
		);
	}
}

#[test]
fn a_wrong_call_output_is_rejected() {
	let m = machine();
	let code = loaded(&m);
	let mut apov = produced(&m, &code, &[&[], &[]]);
	if let coreplay_primitives::Invocation::Call { output, .. } = &mut apov.agenda[1].entry {
		output.push(0);
	}
	assert_eq!(
		validate_pov(&m, &apov, &[&code, &code], FUEL).map(|_| ()),
		Err(PovError::CallOutputMismatch)
	);
}

#[test]
fn an_inbox_batch_must_be_consumed_whole() {
	let m = machine();
	// The minimal actor never reads messages.
	let code = m.load(&common::avf(&common::minimal(""))).expect("valid");
	let pre = m.create(&code, 1, &[], 0, FUEL).expect("created").snapshot;
	let inbox = [Message::from_actor(5, vec![1])];
	let draft = pov(vec![AgendaItem::service(1, 1)], vec![slab(1, &pre)]);
	let (apov, _) =
		produce_pov(&m, draft, &[&code], &[&inbox], FUEL, PostForm::Full).expect("produces");
	assert!(apov.inbox.is_empty(), "nothing consumed, so no batch");
	let mut padded = apov.clone();
	padded.inbox = vec![InboxBatch { actor: 1, messages: inbox.to_vec() }];
	assert_eq!(
		validate_pov(&m, &padded, &[&code], FUEL).map(|_| ()),
		Err(PovError::InboxNotConsumed)
	);
	assert!(validate_pov(&m, &apov, &[&code], FUEL).is_ok());
}

#[test]
fn structural_rules_each_have_their_error() {
	let limits = Limits::DEFAULT;
	let s = |actor| slab(actor, &[]);
	let svc = |actor| AgendaItem::service(actor, 1);
	let big = vec![0; limits.max_slab_bytes as usize + 1];
	let mut too_big = pov(vec![svc(1)], vec![s(1)]);
	too_big.slabs[0].post = big;
	let mut big_witness = pov(vec![svc(1)], vec![s(1)]);
	big_witness.witness.preimages = vec![vec![0; limits.max_witness_bytes as usize + 1]];
	// Empty preimages: no bytes, so only their number bounds the hashing and indexing before the Agenda runs.
	let mut many_preimages = pov(vec![svc(1)], vec![s(1)]);
	many_preimages.witness.preimages = vec![vec![]; limits.max_witness_items as usize + 1];
	let mut stray_batch = pov(vec![svc(1)], vec![s(1)]);
	stray_batch.inbox = vec![InboxBatch { actor: 2, messages: vec![] }];
	let mut huge_message = pov(vec![svc(1)], vec![s(1)]);
	huge_message.inbox = vec![InboxBatch {
		actor: 1,
		messages: vec![Message::from_actor(0, vec![0; limits.max_message_bytes as usize + 1])],
	}];
	let cases: Vec<(&str, ActorPov, PovError)> = vec![
		("empty agenda", pov(vec![], vec![s(1)]), PovError::EmptyAgenda),
		("too many items", pov(vec![svc(1); 1025], vec![s(1)]), PovError::TooManyAgendaItems),
		("no slabs", pov(vec![svc(1)], vec![]), PovError::NoSlabs),
		("too many actors", pov(vec![svc(1)], (0..17).map(s).collect()), PovError::TooManyActors),
		("duplicate slab", pov(vec![svc(1)], vec![s(1), s(1)]), PovError::SlabsNotAscending),
		(
			"unsorted slabs",
			pov(vec![svc(1), svc(2)], vec![s(2), s(1)]),
			PovError::SlabsNotAscending,
		),
		(
			"item for an actor without slab",
			pov(vec![svc(1), svc(3)], vec![s(1)]),
			PovError::NotCoScheduled,
		),
		(
			"actor without service",
			pov(vec![svc(1), AgendaItem::call(2, vec![], vec![])], vec![s(1), s(2)]),
			PovError::MissingService,
		),
		("zero service", pov(vec![AgendaItem::service(1, 0)], vec![s(1)]), PovError::ZeroService),
		("oversized slab", too_big, PovError::SlabTooLarge),
		(
			"oversized call",
			pov(vec![svc(1), AgendaItem::call(1, vec![0; 16 * 1024 + 1], vec![])], vec![s(1)]),
			PovError::CallTooLarge,
		),
		("oversized witness", big_witness, PovError::WitnessTooLarge),
		("too many preimages", many_preimages, PovError::TooManyWitnessItems),
		("batch for an actor without slab", stray_batch, PovError::BadInboxBatch),
		("oversized message", huge_message, PovError::InboxTooLarge),
	];
	for (name, apov, want) in cases {
		assert_eq!(check_pov(&apov, &limits), Err(want), "{name}");
	}

	// The whole APoV's encoding is bounded too: two slabs each within `max_slab_bytes` whose APoV is one byte
	// longer than `max_apov_bytes`; at exactly the bound it passes.
	let half = vec![1; 1000];
	let two = pov(vec![svc(1), svc(2)], vec![slab(1, &half), slab(2, &half)]);
	let exact =
		Limits { max_apov_bytes: two.encoded_size() as u32, max_slab_bytes: 2000, ..limits };
	assert_eq!(check_pov(&two, &exact), Ok(()));
	let short = Limits { max_apov_bytes: exact.max_apov_bytes - 1, ..exact };
	assert_eq!(check_pov(&two, &short), Err(PovError::ApovTooLarge));
}

#[test]
fn execution_errors_surface_through_validation() {
	let m = machine();
	let code = loaded(&m);
	let a = m.create(&code, 1, &[], 0, FUEL).expect("created").snapshot;
	let trap = pov(
		vec![AgendaItem::service(1, 1), AgendaItem::call(1, vec![2], vec![])],
		vec![slab(1, &a)],
	);
	assert_eq!(
		validate_pov(&m, &trap, &[&code], FUEL).map(|_| ()),
		Err(PovError::Exec(ExecError::Trap(coreplay_vm::TrapKind::Unreachable)))
	);
	let rejected = pov(
		vec![AgendaItem::service(1, 1), AgendaItem::call(1, vec![1], vec![])],
		vec![slab(1, &a)],
	);
	assert_eq!(
		produce_pov(&m, rejected, &[&code], &[&[]], FUEL, PostForm::Full).map(|_| ()),
		Err(PovError::Exec(ExecError::CallRejected))
	);
	let missing_code = pov(vec![AgendaItem::service(1, 1)], vec![slab(1, &a)]);
	assert_eq!(
		validate_pov(&m, &missing_code, &[], FUEL).map(|_| ()),
		Err(PovError::CodeCountMismatch)
	);
}
