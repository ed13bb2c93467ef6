//! `sidetask`: Phala's SideVM pattern. `call` only queues a command (the RFC's "async mutator"); `main` works
//! through the queue a bounded slice per service, yielding in between, and reports each result by message to
//! whoever queued the job. See `README.md` for the encodings.
#![no_std]

extern crate alloc;

use alloc::{
	collections::{BTreeMap, VecDeque},
	vec::Vec,
};
use codec::{Decode, DecodeAll, Encode};
use coreplay_actor::{send_message, yield_now, Balance, BlockNumber, StateCell, TaskId};

/// Loop steps one `service` may run (over all jobs): bounds the fuel of one service.
pub const SLICE_STEPS: u32 = 1_000;
/// Most jobs known at once (queued plus finished): keeps the state bounded.
pub const MAX_JOBS: usize = 1_024;
/// What `payout(now)` offers while a job is queued, per APoV, from the actor's account (the chain pays at most
/// its balance), in the chain's smallest unit: 0.1 of the development chain's unit, more than the fee of an APoV
/// serving it there. An actor with work left pays a sequencer to keep serving it (the node's sequencer serves an
/// actor for its payout only if it covers its share of the APoV's fee), and one with none pays nothing, so a
/// sequencer leaves it alone.
pub const SLICE_PAYOUT: Balance = 100_000_000_000;

/// The call data (SCALE; the variant index is the first byte).
#[derive(Encode, Decode)]
pub enum Command {
	/// `0`: queue a job: iterate [`step`] `steps` times from `seed`.
	Job {
		/// Chosen by the caller; must be new.
		id: u32,
		/// How many steps; 0 gives back `seed`.
		steps: u32,
		/// The starting value.
		seed: u64,
	},
	/// `1`: a job's [`JobStatus`].
	Result {
		/// The job.
		id: u32,
	},
}

/// The answer to [`Command::Result`] (SCALE).
#[derive(Encode, Decode, PartialEq, Eq, Debug)]
pub enum JobStatus {
	/// `0`: no job has this id.
	Unknown,
	/// `1`: queued or running, with this many steps left.
	Pending {
		/// Steps still to run.
		remaining: u32,
	},
	/// `2`: finished.
	Done {
		/// The value after all the steps.
		result: u64,
	},
}

/// One step of the work: Knuth's MMIX linear congruential generator.
pub fn step(x: u64) -> u64 {
	x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407)
}

struct Job {
	id: u32,
	/// Who queued it: `Some` gets a message with the result.
	origin: Option<TaskId>,
	remaining: u32,
	value: u64,
}

struct SideTask {
	queue: VecDeque<Job>,
	results: BTreeMap<u32, u64>,
}

static STATE: StateCell<SideTask> =
	StateCell::new(SideTask { queue: VecDeque::new(), results: BTreeMap::new() });

impl SideTask {
	fn status(&self, id: u32) -> JobStatus {
		if let Some(&result) = self.results.get(&id) {
			return JobStatus::Done { result };
		}
		match self.queue.iter().find(|job| job.id == id) {
			Some(job) => JobStatus::Pending { remaining: job.remaining },
			None => JobStatus::Unknown,
		}
	}

	/// Runs the front job for at most `budget` steps (taking them from `budget`). Returns the job if it
	/// finished; `None` if the queue is empty or the budget ran out first.
	fn work(&mut self, budget: &mut u32) -> Option<Job> {
		let job = self.queue.front_mut()?;
		let steps = job.remaining.min(*budget);
		for _ in 0..steps {
			job.value = step(job.value);
		}
		job.remaining -= steps;
		*budget -= steps;
		if job.remaining > 0 {
			return None;
		}
		let job = self.queue.pop_front()?;
		self.results.insert(job.id, job.value);
		Some(job)
	}
}

/// `args`: ignored.
async fn main(_args: Vec<u8>) {
	loop {
		// `init` ends here; each `service` runs one slice.
		yield_now().await;
		let mut budget = SLICE_STEPS;
		while let Some(done) = STATE.with(|side| side.work(&mut budget)) {
			if let Some(origin) = done.origin {
				send_message(origin, &(done.id, done.value).encode());
			}
		}
	}
}

fn call(origin: Option<TaskId>, data: Vec<u8>) -> Result<Vec<u8>, ()> {
	let command = Command::decode_all(&mut &data[..]).map_err(|_| ())?;
	STATE.with(|side| match command {
		Command::Job { id, steps, seed } => {
			let known = side.queue.len() + side.results.len();
			if known >= MAX_JOBS || side.status(id) != JobStatus::Unknown {
				return Err(());
			}
			side.queue.push_back(Job { id, origin, remaining: steps, value: seed });
			Ok(Vec::new())
		}
		Command::Result { id } => Ok(side.status(id).encode()),
	})
}

/// [`SLICE_PAYOUT`] while a job is queued, else 0.
fn payout(_now: BlockNumber) -> Balance {
	STATE.with(|side| if side.queue.is_empty() { 0 } else { SLICE_PAYOUT })
}

coreplay_actor::export_actor! {
	main: main,
	call: call,
	payout: payout,
}
