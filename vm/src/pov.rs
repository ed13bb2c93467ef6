//! APoV rules (RFC "Explanation": when an APoV is valid) and the two uses of one execution: validation, which
//! compares what the Agenda produces with the APoV, and production, which fills it in.

use crate::{
	errors::{ExecError, PovError},
	exec::Posts,
	ActorCode, ActorInput, Execution, Limits, Machine,
};
use alloc::{borrow::Cow, string::String, vec::Vec};
use codec::Encode;
use coreplay_primitives::{ActorPov, InboxBatch, Invocation, Message};

/// How [`produce_pov`] writes each slab's `post`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum PostForm {
	/// The canonical snapshot (RFC: the `post` memory).
	#[default]
	Full,
	/// Its delta against `pre` where that is shorter ([`coreplay_primitives::Slab::compact`]): APoV bytes proportional to the
	/// 128-byte chunks (`snapshot::CHUNK_SIZE`) the Agenda changed, not to memory size (issue 8). Validation and state hashes are the
	/// same as with [`PostForm::Full`].
	Compact,
}

/// Checks the structural rules of an APoV against `limits` (no execution).
///
/// # Errors
/// The [`PovError`] of the first rule broken.
pub fn check_pov(pov: &ActorPov, limits: &Limits) -> Result<(), PovError> {
	// `encoded_size` sums lengths; it allocates nothing.
	if pov.encoded_size() > limits.max_apov_bytes as usize {
		return Err(PovError::ApovTooLarge);
	}
	if pov.agenda.is_empty() {
		return Err(PovError::EmptyAgenda);
	}
	if pov.agenda.len() > limits.max_agenda_items as usize {
		return Err(PovError::TooManyAgendaItems);
	}
	if pov.slabs.is_empty() {
		return Err(PovError::NoSlabs);
	}
	if pov.slabs.len() > limits.max_actors as usize {
		return Err(PovError::TooManyActors);
	}
	if pov.slabs.windows(2).any(|w| w[0].actor >= w[1].actor) {
		return Err(PovError::SlabsNotAscending);
	}
	let max_slab = limits.max_slab_bytes as usize;
	if pov.slabs.iter().any(|s| s.pre.len() > max_slab || s.post.len() > max_slab) {
		return Err(PovError::SlabTooLarge);
	}
	let slab_index = |actor| pov.slabs.binary_search_by_key(&actor, |s| s.actor).ok();
	let mut serviced = alloc::vec![false; pov.slabs.len()];
	for item in &pov.agenda {
		let index = slab_index(item.actor).ok_or(PovError::NotCoScheduled)?;
		match &item.entry {
			Invocation::Service { times: 0 } => return Err(PovError::ZeroService),
			Invocation::Service { .. } => serviced[index] = true,
			call => {
				let (input, output) = call.call().expect("not a Service; qed");
				let max = limits.max_output_bytes as usize;
				if input.len() > max || output.len() > max {
					return Err(PovError::CallTooLarge);
				}
			}
		}
	}
	if serviced.contains(&false) {
		return Err(PovError::MissingService);
	}
	if pov.witness.preimages.len() > limits.max_witness_items as usize {
		return Err(PovError::TooManyWitnessItems);
	}
	let witness_bytes: usize = pov.witness.preimages.iter().map(Vec::len).sum();
	if witness_bytes > limits.max_witness_bytes as usize {
		return Err(PovError::WitnessTooLarge);
	}
	if pov.inbox.windows(2).any(|w| w[0].actor >= w[1].actor)
		|| pov.inbox.iter().any(|b| slab_index(b.actor).is_none())
	{
		return Err(PovError::BadInboxBatch);
	}
	let messages: usize = pov.inbox.iter().map(|b| b.messages.len()).sum();
	let max_message = limits.max_message_bytes as usize;
	if messages > limits.max_inbox_messages as usize
		|| pov.inbox.iter().flat_map(|b| &b.messages).any(|m| m.data.len() > max_message)
	{
		return Err(PovError::InboxTooLarge);
	}
	Ok(())
}

fn run(
	machine: &Machine,
	pov: &ActorPov,
	codes: &[&ActorCode],
	inboxes: &[&[Message]],
	fuel: u64,
	posts: Posts<'_>,
) -> Result<(Execution, bool), (PovError, String)> {
	if codes.len() != pov.slabs.len() || inboxes.len() != pov.slabs.len() {
		return Err((PovError::CodeCountMismatch, String::new()));
	}
	let inputs: Vec<ActorInput<'_>> = pov
		.slabs
		.iter()
		.zip(codes)
		.zip(inboxes)
		.map(|((slab, code), inbox)| ActorInput { id: slab.actor, code, pre: &slab.pre, inbox })
		.collect();
	machine
		.run_agenda(&inputs, &pov.agenda, pov.context.now, &pov.witness, fuel, posts)
		.map_err(|failed| (PovError::Exec(failed.error), failed.log))
}

/// Validates an APoV by replay (RFC: "the `post` field of each Actor-Task's Slab equals the contents of the
/// corresponding execution environment's memory"): checks its structure, runs its Agenda from the `pre` slabs with
/// the inbox batches it carries under `fuel` fuel, and requires every `Call` output, every inbox batch to be
/// consumed, and every `post` to match. `codes[i]` is the code of `pov.slabs[i].actor`. A delta `post` is
/// expanded against its `pre` before anything runs ([`coreplay_primitives::Slab::full_post`]). Posts are compared with each actor's
/// memory in place, so the returned [`Execution::posts`] holds only the expansions of delta posts: empty if no
/// slab carries a delta, otherwise one entry per slab (an empty `Vec` for a slab whose `post` is already the full
/// snapshot); [`Execution::post`] gives each slab's new state.
///
/// Sequence numbers and state hashes are the chain's business (the pallet), not this function's.
///
/// # Errors
/// The first [`PovError`].
pub fn validate_pov(
	machine: &Machine,
	pov: &ActorPov,
	codes: &[&ActorCode],
	fuel: u64,
) -> Result<Execution, PovError> {
	validate_pov_logged(machine, pov, codes, fuel).map_err(|(error, _)| error)
}

/// [`validate_pov`], whose refusal also says what the actors printed (`print`) before it: up to the failure of an
/// execution that failed, all of it when the replay ran and its outcome differs from the APoV's (empty when
/// nothing ran). For dry runs: the chain's verdict is the [`PovError`] alone.
///
/// # Errors
/// The first [`PovError`], with the `print` output.
pub fn validate_pov_logged(
	machine: &Machine,
	pov: &ActorPov,
	codes: &[&ActorCode],
	fuel: u64,
) -> Result<Execution, (PovError, String)> {
	let before = |error| (error, String::new());
	let limits = machine.limits();
	check_pov(pov, limits).map_err(before)?;
	let mut expanded = Vec::with_capacity(pov.slabs.len());
	for slab in &pov.slabs {
		let post = match slab
			.full_post(limits.max_memory_pages)
			.map_err(|e| before(PovError::BadPostDelta(e)))?
		{
			// A delta stands for a snapshot that must obey the slab bound too: it is the next `pre`.
			Cow::Owned(post) if post.len() > limits.max_slab_bytes as usize => {
				return Err(before(PovError::SlabTooLarge))
			}
			Cow::Owned(post) => post,
			Cow::Borrowed(_) => Vec::new(),
		};
		expanded.push(post);
	}
	let inboxes: Vec<&[Message]> = pov.slabs.iter().map(|s| pov.inbox_of(s.actor)).collect();
	let expected_posts: Vec<&[u8]> = pov
		.slabs
		.iter()
		.zip(&expanded)
		.map(|(slab, full)| if full.is_empty() { &slab.post[..] } else { &full[..] })
		.collect();
	let (mut execution, posts_match) =
		run(machine, pov, codes, &inboxes, fuel, Posts::Compare(&expected_posts))?;
	drop(expected_posts);
	let refused = |error, execution: Execution| Err((error, execution.log));
	let expected_outputs =
		pov.agenda.iter().filter_map(|item| item.entry.call().map(|(_, out)| out));
	if !expected_outputs.eq(execution.call_outputs.iter().map(Vec::as_slice)) {
		return refused(PovError::CallOutputMismatch, execution);
	}
	if inboxes.iter().zip(&execution.inbox_consumed).any(|(inbox, n)| inbox.len() != *n as usize) {
		return refused(PovError::InboxNotConsumed, execution);
	}
	if !posts_match {
		return refused(PovError::PostMismatch, execution);
	}
	if expanded.iter().any(|post| !post.is_empty()) {
		execution.posts = expanded;
	}
	Ok(execution)
}

/// Produces an APoV (the sequencer's side): runs `pov`'s Agenda from its `pre` slabs, with each actor's whole
/// pending inbox `inboxes[i]` available, and fills in every `Call` output, every `post`, and the inbox batches
/// (the messages actually consumed). Each `post` is written in `form`. `pov`'s own outputs, posts and inbox are
/// ignored. The result passes [`validate_pov`] with the same machine limits and fuel, which returns the same
/// [`Execution`] apart from [`Execution::posts`] (moved into the slabs here, so empty; expansions of delta posts
/// there).
///
/// # Errors
/// The first [`PovError`]; a `Call` the actor rejects is `PovError::Exec(ExecError::CallRejected)`.
pub fn produce_pov(
	machine: &Machine,
	mut pov: ActorPov,
	codes: &[&ActorCode],
	inboxes: &[&[Message]],
	fuel: u64,
	form: PostForm,
) -> Result<(ActorPov, Execution), PovError> {
	pov.inbox.clear();
	check_pov(&pov, machine.limits())?;
	let (mut execution, _) =
		run(machine, &pov, codes, inboxes, fuel, Posts::Take).map_err(|(error, _)| error)?;
	let mut outputs = execution.call_outputs.iter();
	for item in &mut pov.agenda {
		if let Some(output) = item.entry.output_mut() {
			*output = outputs.next().expect("one output per Call item; qed").clone();
		}
	}
	let max_pages = machine.limits().max_memory_pages;
	for (slab, post) in pov.slabs.iter_mut().zip(core::mem::take(&mut execution.posts)) {
		slab.post = post;
		if form == PostForm::Compact {
			slab.compact(max_pages).map_err(|e| PovError::Exec(ExecError::BadSnapshot(e)))?;
		}
	}
	pov.inbox = pov
		.slabs
		.iter()
		.zip(inboxes)
		.zip(&execution.inbox_consumed)
		.filter(|(_, n)| **n > 0)
		.map(|((slab, inbox), n)| InboxBatch {
			actor: slab.actor,
			messages: inbox[..*n as usize].to_vec(),
		})
		.collect();
	check_pov(&pov, machine.limits())?;
	Ok((pov, execution))
}
